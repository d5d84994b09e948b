"""Mentions that tell an incident again: a general name or a determiner pointing
back, a quotation, another place or time, and what they keep of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cache

from eventcoder.merge.places_dates import _date_relation, _place_relation
from eventcoder.merge.scoring import _Cluster
from eventcoder.merge.sides import CIVILIANS
from eventcoder.merge.words import (
    _DEFINITE_BEFORE,
    _OPENING_PREPOSITION,
    _VIOLENT,
    _merge_data,
    _phrase_pattern,
)
from eventcoder.resolve.actors import load_actor_words
from eventcoder.schema import Article, Event, EventMention
from eventcoder.text import quotation_around


@cache
def _separate_incident_pattern() -> re.Pattern[str]:
    """Cues that a mention tells another incident (data/merge.yaml)."""
    return _phrase_pattern("separate_incident_cues")


def _told_as_separate(mention: EventMention, article: Article) -> bool:
    """Does the mention's sentence, before its trigger, say it is another incident?"""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    return bool(_separate_incident_pattern().search(lead_in))


@cache
def _told_before_determiner_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in _merge_data()["told_before_determiners"])
    return re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE)


@cache
def _told_before_nouns() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _merge_data()["told_before_nouns"])


def _general_name_told_before(mention: EventMention, article: Article) -> bool:
    """Is the trigger a general name of the act pointed back at ("The explosive had
    been hidden ...", data/merge.yaml told_before_nouns / told_before_determiners)?"""
    words = mention.trigger_text.split()
    if not words or words[-1].casefold() not in _told_before_nouns():
        return False
    return _after_told_before_determiner(mention, article)


def _after_told_before_determiner(mention: EventMention, article: Article) -> bool:
    """Does a determiner that points back ("the", "this", data/merge.yaml
    told_before_determiners) stand right before the trigger, in its sentence?"""
    before = article.text[max(mention.sent_start, mention.trigger_start - 12):
                          mention.trigger_start]
    return _told_before_determiner_pattern().search(before) is not None


def _last_incident_named_again(clusters: Sequence[_Cluster], report: Event,
                               kinds: AbstractSet[str] = _VIOLENT) -> tuple[int, int] | None:
    """(0, index) of the violent incident told last before a general name of the act
    that matched none as read ("The assault on the posts was carried out by ...", typed
    an attack on civilians after the lead's fight with soldiers), at a day and place
    that do not contradict the report's; None when there is none. (``kinds``: the event
    types taken as incidents.)"""
    for index in range(len(clusters) - 1, -1, -1):
        host = clusters[index].summary
        if host.event_type in kinds and _date_relation(
                host, report, across_documents=False) in ("same", "unknown", "overlap") \
                and _place_relation(host, report, across_documents=False) != "different":
            return (0, index)
    return None


_QUOTATION_MIN_WORDS = 3  # fewer words between the marks: a scare quote ("neutralised")


def _told_in_a_quotation(mention: EventMention, article: Article) -> bool:
    """Does the trigger stand inside a direct quotation of three words or more that opens
    and closes in its sentence ('"We had nothing in our hands when they fired," a
    student said'), or in a paragraph it opens ('"They fired at us. Two of my friends
    fell," said a resident': a witness's few sentences)? A word or two in quotation marks ('had
    "neutralised" a commander') is the teller's own sentence; a quotation running over
    paragraphs (a long statement read out, a document quoted) may tell anything."""
    text = article.text
    start, end = mention.trigger_start, mention.trigger_end
    marks = quotation_around(text, mention.sent_start, mention.sent_end, start, end)
    paragraph = text.rfind("\n", 0, start) + 1
    if marks is None and paragraph > 0:
        # (only a paragraph the quotation opens: a text with no paragraph breaks, or a
        # quotation opened inside a teller's paragraph, may quote anything)
        paragraph_end = text.find("\n", end)
        marks = quotation_around(text, paragraph, len(text) if paragraph_end < 0
                                 else paragraph_end, start, end)
        if marks is not None and text[paragraph:marks[0]].strip():
            marks = None
    return marks is not None \
        and len(text[marks[0] + 1:marks[1]].split()) >= _QUOTATION_MIN_WORDS


def _without_victims(report: Event) -> Event:
    """The report without its second side: the act's victims are the incident's."""
    return replace(report, actor2=None, inter2=None, assoc_actor_2=None, interaction=None,
                   civilian_targeting=None)


def _general_name_opens_sentence(mention: EventMention, article: Article) -> bool:
    """Is the trigger a general name of the act pointed back at that opens its sentence,
    the subject of what the sentence tells of the act ("The assault on the posts was
    carried out by ...")? Not one inside a phrase that refers to it ("two men were
    charged over the attack"): that may be the whole story's name."""
    lead_in = article.text[mention.sent_start:mention.trigger_start].strip(" \n\"'")
    return (lead_in.casefold() in _told_before_determiners()
            and _general_name_told_before(mention, article))


def _doers_named_again(mention: EventMention, article: Article) -> bool:
    """Is the trigger a definite noun for the doers told before ("The attackers arrived in
    two cars", "adding that the attackers had also suffered losses"; actor_words.yaml
    anaphoric_heads)? No word of the sentence names an act of their own (it would be the
    trigger): the act is theirs, told before."""
    words = mention.trigger_text.split()
    if len(words) != 1 or words[0].casefold() not in load_actor_words().anaphoric_heads:
        return False
    return _after_told_before_determiner(mention, article)


@cache
def _told_before_determiners() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _merge_data()["told_before_determiners"])


def _typed_as(report: Event, incident: Event) -> Event:
    """The report with the incident's type and no type claim of its own (its actors and
    figures still count): the act told before, named again."""
    return replace(report, claims=[c for c in report.claims if c.field != "sub_event_type"],
                   event_type=incident.event_type, sub_event_type=incident.sub_event_type)


def _told_before_probe(report: Event) -> Event:
    """A report of the event told before ("Schools stayed shut for three days after the
    blast") as compared with the incidents: its date is the time of something else
    ("three days after"), its actors were guessed from a clause about something else
    ("Following the attack, the gunmen took the officers' rifles"): only its kind and
    its place say which incident it names."""
    return replace(report, event_date=None, time_precision=None, actor1=None, inter1=None,
                   actor2=None, inter2=None, assoc_actor_1=None, assoc_actor_2=None,
                   interaction=None, civilian_targeting=None)


def _without_assumed_victims(report: Event, mention: EventMention) -> Event:
    """An explosion by a doer the text names ("the attackers"), whose civilian victims
    are the actor stage's assumption (no words of the text name them), with its second
    side left open."""
    doer, victims = mention.actor1, mention.actor2
    if (report.event_type != "Explosions/Remote violence" or doer is None
            or doer.text is None or victims is None or victims.inter != CIVILIANS
            or victims.text is not None):
        return report
    return replace(report, actor2=None, inter2=None, assoc_actor_2=None, interaction=None,
                   civilian_targeting=None)


def _opens_with_its_place(mention: EventMention, article: Article) -> bool:
    """Does the mention's sentence open with "In/At <its place>," before its trigger?"""
    if not _OPENING_PREPOSITION.match(article.text, mention.sent_start):
        return False
    places = [e for e in mention.evidence if e.field == "location"]
    return any(mention.sent_start <= e.start < mention.trigger_start
               and "," in article.text[e.end:mention.trigger_start] for e in places)


@cache
def _another_time_pattern() -> re.Pattern[str]:
    """Openings of a sentence told at another time than the one before (data/merge.yaml)."""
    return _phrase_pattern("another_time_openings")


def _opens_at_another_time(mention: EventMention, article: Article) -> bool:
    """Does the mention's sentence open with "Later", "Hours later", "Earlier"... before
    its trigger (``another_time_openings``)?"""
    lead_in = article.text[mention.sent_start:mention.trigger_start].lstrip()
    return _another_time_pattern().match(lead_in) is not None


def _place_carried_over(mention: EventMention) -> bool:
    """Was the mention's place named outside its own sentence?"""
    spans = [e for e in mention.evidence if e.field == "location"]
    return bool(spans) and not any(
        mention.sent_start <= e.start < mention.sent_end for e in spans)


def _with_place_of(report: Event, placed: Event) -> Event:
    return replace(report, location=placed.location, admin1=placed.admin1,
                   admin2=placed.admin2, latitude=placed.latitude,
                   longitude=placed.longitude, geo_precision=placed.geo_precision,
                   geonameid=placed.geonameid)


@cache
def _occurrence_pattern() -> re.Pattern[str]:
    return _phrase_pattern("occurrence_verbs")


def _told_as_occurrence(mention: EventMention, article: Article) -> bool:
    """Is the mention a definite event noun that a verb of occurring follows ("The attack
    took place in El Aguaje", "The clash occurred at ...")? The sentence tells where or
    when the incident told before happened, not a new one: its actors are carried over
    or assumed, its victims too."""
    before = article.text[max(mention.sent_start, mention.trigger_start - 30):
                          mention.trigger_start]
    if _DEFINITE_BEFORE.search(before) is None:
        return False
    after = article.text[mention.trigger_end:min(mention.sent_end, mention.trigger_end + 30)]
    return _occurrence_pattern().match(after.lstrip()) is not None
