"""One event per incident: within a document, and across documents.

ACLED codes one event per actor pair, location and day. A news story names its
incident in the lead ("an air strike killed 12 in Idlib on Sunday") and again
later with more detail (the village, the monitor's toll, the government's
denial). ``merge_mentions`` turns the mentions of one document into one
``Event`` per incident; ``same_incident`` and ``combine_reports`` do the same
across documents for the store (see ``store.ingest``).

Rules (and why):

- **Which mentions are one incident.** Same or unknown day; same, unknown,
  nearby (<= 25 km) or containing place (a town inside the province another
  mention names; a country that is only the article's focus, named by no sentence
  of the report, is no place within a story; a nearby town counts only for the same
  weapon: an air strike and a shelling of two towns are two events); compatible
  type (the violent types Battles, Explosions/Remote
  violence and Violence against civilians describe one incident from different
  angles; Protests and Riots likewise; Strategic developments only within one
  sub-type). Within one story the actor stage is noisy (a later sentence's
  "they" or "the soldiers" lands on the wrong side), so mentions are one
  incident unless both name clearly different parties on a side (two different
  named groups or state forces, sides swapped allowed); generic crowds,
  civilians, unidentified or missing actors never keep mentions apart, and an
  unidentified doer joins a named one only for the same event type (or when it
  is an unattributed killing of civilians, the usual re-telling of a strike's
  toll). A place carried over from another sentence (the last town named) does
  not count as the mention's place. Across documents actors must agree (same
  name, unknown, or "Unidentified ..." against a named group when the target
  and the sub-type agree): different actor pairs never merge; there is no
  wildcard date or place.
- **One night.** Consecutive days are one incident only for the same sub-type
  when the reports say it was at night (data/merge.yaml: the usual cause of
  one-day disagreements, "overnight" dated by the morning's statement, "late on
  Friday" in the detail): across documents one report saying so, at the same
  location; within one story both reports (``_one_night``, read by
  ``_date_relation``). Otherwise consecutive days are separate events.
- **Day of telling.** Within one story, a report dated only by the day it was told
  (the date phrase right after a verb of saying: "..., the agency said on Tuesday")
  is the incident another report dates on that day or up to a week before ("The
  strike on Sunday night ..."), and the merged event takes the incident's own day
  (data/merge.yaml telling_phrases; ``_told_on``).
- **Fields.** Sub-event type by ACLED precedence (``taxonomy.precedence``);
  the most specific place (lowest ``geo_precision``, first report on ties); the
  most precise stated date (a date without evidence, i.e. the publication day
  the resolver assumed, counts as unknown while merging and is used only when
  no mention of the incident states one); per side the best-identified actor
  (named > generic > unidentified; a report of the final event type, then the
  report whose trigger decided the type, then the earliest, on ties), each actor
  on the side that report names it on, or that the other reports name it on when
  read in the same order or swapped, whichever agrees with it (a one-sided
  attack on civilians never read swapped; a group named alone takes the side
  left unidentified), never the
  same actor on both sides; a violent crowd makes a merged demonstration a riot
  (data/merge.yaml); all sources. A teller's account that the next sentence denies
  ("The governor said gunmen had tried to storm it. Residents denied this") is a
  disputed version: joining an incident, it is evidence of it and does not re-type it. Nor
  does a later sentence that points back at the act with a general word ("The explosive
  had been hidden ..." after "hurled a grenade"): its actors and figures count, not its
  type (data/merge.yaml told_before_nouns).
- **Fatalities** (and injured), from the claims: figures are grouped by the
  source that gave them (an unattributed figure is the document's own voice and
  joins that document's only named source when it has exactly one). Within one
  source the *highest* figure counts: a source updating its toll or giving the
  detailed total later in the story is not undercounted. Across sources the
  *lowest* counts (ACLED: the lowest credible figure when reports conflict), and
  ``notes`` says who reported what. Every claim is kept. Two figures of one field
  in one report (one mention) are always disagreeing accounts, whoever gave them:
  the casualty stage adds up victim groups and lets a stated toll stand for the
  whole, so only a conflict cue leaves two ("At least 15 were killed ...,
  officials put the toll at 22" is 15). A rising toll told as an update ("the
  death toll rose to 22") is its own report and stays the source's newer figure.
- **Civilians killed in a battle** (a mention whose victims are civilians, with
  no named perpetrator, at the place and day of a battle) add to the battle's
  fatalities instead of becoming an event; their claims are kept with the field
  ``civilian_fatalities``. Only figures from other sentences than the battle's
  are added (a sentence that gives both usually gives the total).
- **Multi-day totals**: a mention spanning several known days
  (``EventMention.end_date``) becomes one event per day, its figures split
  evenly (the remainder to the first days).
- **event_id**: ``"ev-"`` + 12 hex digits of SHA-1 over the document id, the
  offsets of the incident's first trigger and the day. It is stable for the
  same text and extraction, and independent of the order of other incidents.
- **confidence**: the best mention's, raised by each further report by 20 % of
  the remaining gap times that report's confidence (several mentions are more
  evidence, but mentions in one story are not independent).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any

import yaml

from eventcoder.extract.casualties import PART_OF_TOLL
from eventcoder.extract.sources import REPORT_KIND
from eventcoder.extract.sources import load_lexicon as load_source_lexicon
from eventcoder.extract.typing_base import (
    MARK_ARMED_VICTIMS_ALONE,
    MARK_BOTH_ARMED,
    MARK_WEAPONS_SEIZED_WITH,
)
from eventcoder.geo import haversine_km
from eventcoder.resolve.actors import load_actor_words
from eventcoder.schema import Article, Claim, Event, EventMention, Evidence, PlaceMention
from eventcoder.taxonomy import event_type_of, interaction_code, precedence
from eventcoder.text import quotation_around

__all__ = [
    "NEARBY_KM",
    "casualty_only_class",
    "combine_reports",
    "event_from_mention",
    "incident_score",
    "merge_mentions",
    "notes_phrases",
    "same_incident",
]

NEARBY_KM = 25.0  # places this close are "the same place" (ACLED codes to the nearest town)
UNIT_KM = 50.0  # a town this close to a district's or province's seat is taken to be in it
MAX_SPAN_DAYS = 14  # a longer "span" is a campaign summary, not a splittable total
CIVILIANS = 7  # inter code
CIVILIAN_FIELD = "civilian_fatalities"
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_VIOLENT_OR_RIOTS = _VIOLENT | {"Riots"}
_DEMONSTRATIONS = frozenset({"Protests", "Riots"})
# incidents a speaker's quoted words may be about (merge._told_in_a_quotation)
_ANSWERED = _VIOLENT_OR_RIOTS | {"Protests"}
_REGION_WORDS = re.compile(
    r"\b(governorate|province|region|state|district|county|oblast|department|prefecture)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- notes data


@dataclass(frozen=True, slots=True)
class NotesPhrases:
    unknown_actor: str
    unknown_date: str
    fatalities_phrase: str
    injured_phrase: str
    by_sub_event: dict[str, dict[str, str]]
    account_disagreement_phrase: str
    account_phrase: str
    # event type -> its sub-types, the account that claims least first
    conservative_order: dict[str, tuple[str, ...]]
    # (sub-event type, actor1's inter code) -> wording told from actor1's side
    by_actor1_inter: dict[tuple[str, int], dict[str, str]] = field(default_factory=dict)


@cache
def notes_phrases() -> NotesPhrases:
    """The wording of generated ``notes`` (data/notes.yaml), loaded once."""
    text = resources.files("eventcoder").joinpath("data/notes.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return NotesPhrases(
        unknown_actor=str(data["unknown_actor"]),
        unknown_date=str(data["unknown_date"]),
        fatalities_phrase=str(data["fatalities_phrase"]),
        injured_phrase=str(data["injured_phrase"]),
        by_sub_event={
            str(k): {kk: str(vv) for kk, vv in v.items()}
            for k, v in data["sub_event_types"].items()
        },
        account_disagreement_phrase=str(data["account_disagreement_phrase"]),
        account_phrase=str(data["account_phrase"]),
        conservative_order={
            str(k): tuple(str(x) for x in v)
            for k, v in data["conservative_sub_event_order"].items()
        },
        by_actor1_inter={
            (str(row["sub_event_type"]), int(row["inter1"])):
                {"verb": str(row["verb"]), "target": str(row["target"])}
            for row in data.get("actor1_side_wording", ())
        },
    )


@cache
def _merge_data() -> dict[str, Any]:
    """The merging rules' word lists (data/merge.yaml), read once."""
    text = resources.files("eventcoder").joinpath("data/merge.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def _merge_set(key: str) -> frozenset[str]:
    """A list of data/merge.yaml as a set (empty when the file leaves it out)."""
    return frozenset(str(item) for item in _merge_data().get(key) or ())


def _name_sets(key: str) -> dict[str, frozenset[str]]:
    """A mapping of data/merge.yaml from a name to a list of names, as sets."""
    raw: dict[str, list[str]] = _merge_data()[key]
    return {str(k): frozenset(str(v) for v in values) for k, values in raw.items()}


def _phrase_pattern(key: str) -> re.Pattern[str]:
    """Any phrase of a data/merge.yaml list, as whole words, any spacing and case."""
    phrases = [str(w) for w in _merge_data()[key]]
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


@cache
def _merged_demonstration_precedence() -> dict[str, frozenset[str]]:
    """Sub-types that outrank others within one merged demonstration (data/merge.yaml)."""
    return _name_sets("merged_demonstration_precedence")


def _merged_sub_type(reports: Sequence[Event]) -> Event:
    """The report whose sub-type the merged event takes: ACLED precedence, except that a
    violent crowd makes one demonstration a riot (data/merge.yaml)."""
    typed = min(reports, key=lambda r: precedence(r.sub_event_type))
    overrides = _merged_demonstration_precedence()
    for report in reports:
        if typed.sub_event_type in overrides.get(report.sub_event_type, frozenset()):
            return report
    return typed


@cache
def _separate_incident_pattern() -> re.Pattern[str]:
    """Cues that a mention tells another incident (data/merge.yaml)."""
    return _phrase_pattern("separate_incident_cues")


def _told_as_separate(mention: EventMention, article: Article) -> bool:
    """Does the mention's sentence, before its trigger, say it is another incident?"""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    return bool(_separate_incident_pattern().search(lead_in))


@cache
def _toll_update_pattern() -> re.Pattern[str]:
    """Words telling a toll as an update of an earlier one (data/merge.yaml)."""
    return _phrase_pattern("toll_update_phrases")


@cache
def _night_time_pattern() -> re.Pattern[str]:
    """Words saying an incident happened at night (data/merge.yaml)."""
    return _phrase_pattern("night_time_words")


@cache
def _casualty_only_hosts() -> dict[str, frozenset[str]]:
    """Trigger class -> event types a casualty-only report may join (data/merge.yaml)."""
    return _name_sets("casualty_only_hosts")


def casualty_only_class(mention: EventMention) -> str | None:
    """The trigger class of a mention typed only from a toll ("two people were
    killed") with no perpetrator named in the text; None for any other mention."""
    if mention.trigger_class not in _casualty_only_hosts():
        return None
    doer = mention.actor1
    if doer is not None and doer.start is not None:
        return None  # "killed by gunmen": the text names who did it
    return mention.trigger_class


def _armed_toll_hosts() -> frozenset[str]:
    """Event types whose toll of armed victims told alone is no battle (data/merge.yaml)."""
    return _merge_set("armed_toll_hosts")


def _fight_classes() -> frozenset[str]:
    """Trigger classes that tell a fight or gunfire (data/merge.yaml)."""
    return _merge_set("armed_toll_fight_classes")


def _armed_toll_of(mention: EventMention, incident: Event,
                   mentions: Sequence[EventMention]) -> bool:
    """Is the mention a toll of armed people with no doer told ("Two other officers were
    wounded": a clash typed from its armed victims alone, one side the unnamed fallback)
    that joins an incident of a type it tells the victims of (``armed_toll_hosts``), with
    no fight told at its place and day (gunfire at the police there, "the attackers then
    opened fire on the officers", makes the armed victims a fight's)?"""
    if (mention.sub_event_type != "Armed clash" or mention.trigger_class not in ("kill", "injure")
            or MARK_BOTH_ARMED not in mention.rule_marks
            or incident.event_type not in _armed_toll_hosts()
            or not any(side is None or side.start is None
                       for side in (mention.actor1, mention.actor2))):
        return False
    where = mention.place.name if mention.place else None
    # (a day or place the text does not state is left open: it keeps no mention apart)
    return not any(
        m is not mention and m.status == "new"
        and (m.trigger_class in _fight_classes()
             or m.event_type in _VIOLENT_OR_RIOTS and m.event_type not in _armed_toll_hosts())
        and _open_or_same(m.place.name if m.place else None, where)
        and _open_or_same(m.event_date, mention.event_date)
        for m in mentions)


def _armed_victims_alone(mention: EventMention) -> bool:
    """Is the mention a battle typed from a toll of armed men alone, its clause naming no
    doer ("one of its peacekeepers had died", "three soldiers were killed")?"""
    return (mention.sub_event_type == "Armed clash" and mention.trigger_class in ("kill", "injure")
            and MARK_ARMED_VICTIMS_ALONE in mention.rule_marks)


def _fight_told_before(clusters: Sequence[_Cluster], report: Event, mention: EventMention,
                       sentence_ends: Mapping[int, int], text: str) -> tuple[int, int] | None:
    """(0, index) of the battle told in the sentence just before the mention's, when its
    day and place may be the report's; None when there is none. (A toll told further on
    may be a statistic or another incident's.)"""
    def just_before(start: int) -> bool:
        end = sentence_ends.get(start)
        return end is not None and end <= mention.sent_start \
            and not text[end:mention.sent_start].strip()

    for index in range(len(clusters) - 1, -1, -1):
        cluster = clusters[index]
        if (cluster.summary.event_type == "Battles"
                and any(just_before(start) for start in cluster.sentences)
                and _date_relation(cluster.summary, report, across_documents=False)
                in ("same", "unknown", "overlap")
                and _place_relation(cluster.summary, report, across_documents=False)
                != "different"):
            return (0, index)
    return None


def _open_or_same(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _told_at_night(event: Event, sentences: Sequence[Evidence] = ()) -> bool:
    """Does the report say the incident was at night ("an overnight raid", "late on
    Friday", "the early hours of Saturday"; ``night_time_words``): its date phrase, its
    sentence, or, for a date carried over from another sentence ("Dozens of wounded
    were taken to hospital" dated by the sentence before), that sentence among
    ``sentences``?"""
    pattern = _night_time_pattern()
    if any(pattern.search(e.text) for e in event.evidence if e.field != "trigger"):
        return True
    dates = [e for e in event.evidence if e.field == "event_date"]
    return any(_holds(s, d) and pattern.search(s.text) for d in dates for s in sentences)


def _sentences_of(*events: Event) -> list[Evidence]:
    """The reports' sentences: where a date carried over from another sentence was told."""
    return [e for event in events for e in event.evidence if e.field == "sentence"]


def _holds(sentence: Evidence, phrase: Evidence) -> bool:
    """Is the phrase inside the sentence?"""
    return sentence.doc_id == phrase.doc_id and sentence.start <= phrase.start \
        and phrase.end <= sentence.end


# --------------------------------------------------------------------------- compatibility


def _type_group(event: Event) -> str:
    if event.event_type in _VIOLENT:
        return "violence"
    if event.event_type in _DEMONSTRATIONS:
        return "demonstration"
    return f"sub:{event.sub_event_type}"


def _is_unidentified(name: str | None) -> bool:
    return bool(name) and str(name).startswith("Unidentified")


def _same_actor(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


_GENERIC_INTER = frozenset({5, 6, 7})  # rioters, protesters, civilians


def _actor_rank(name: str | None, inter: int | None) -> int:
    """How well a report identifies one side: 2 a named group or state force,
    1 a generic crowd or civilians, or a body that mostly tells of violence (the
    UN's toll of a fight, merge.yaml teller_actors), 0 unidentified or none."""
    if not name or _is_unidentified(name):
        return 0
    return 1 if inter in _GENERIC_INTER or name in _teller_actors() else 2


def _teller_actors() -> frozenset[str]:
    """Actors that report on violence far more than they take part in it: as a side
    they never keep apart two reports of one fight ("The UN said ... 40 people had
    been killed in the four days of fighting" retells the lead's clash)."""
    return _merge_set("teller_actors")


_STATE_FORCES = 1  # inter code
_PROTESTERS = 6  # inter code
# "Police Forces of Kenya (2013-)" -> "Kenya"
_STATE_COUNTRY = re.compile(r"\bof (?P<country>.+?)(?: \(|$)")


def _state_country(name: str | None, inter: int | None) -> str | None:
    """The country of a state force's canonical name, None for other actors."""
    if not name or inter != _STATE_FORCES:
        return None
    m = _STATE_COUNTRY.search(name)
    return m.group("country").casefold() if m else None


def _allied_forces(x: str | None, xi: int | None, y: str | None, yi: int | None) -> bool:
    """Two state forces of one country ("the police" in one sentence, "soldiers" in
    the next): ACLED codes them on one side, the second as associated actor."""
    country = _state_country(x, xi)
    return country is not None and country == _state_country(y, yi)


def _sides_conflict(a1: tuple[str | None, int | None], b1: tuple[str | None, int | None],
                    a2: tuple[str | None, int | None], b2: tuple[str | None, int | None]
                    ) -> bool:
    """Do the two reports name clearly different parties on a side? Only two
    confidently named actors that differ do; generic, unidentified or missing
    actors never (the actor stage is noisy within a story). Two state forces of
    one country do not either when both reports name the same party against them
    ("police fought the rebels", "the rebels ambushed soldiers"), or the same unnamed
    armed group ("police fought gunmen at the palace", "soldiers battled the attackers"):
    not civilians, whom forces of one country often hit in two acts of one day."""
    pairs = ((a1, b1), (a2, b2))
    for k, ((x, xi), (y, yi)) in enumerate(pairs):
        if _actor_rank(x, xi) < 2 or _actor_rank(y, yi) < 2 or _same_actor(x, y):
            continue
        (u, ui), (v, _) = pairs[1 - k]
        if not (_allied_forces(x, xi, y, yi) and _same_actor(u, v)
                and (_actor_rank(u, ui) == 2 or _is_unidentified(u))):
            return True
    return False


def _actors_compatible_in_document(a: Event, b: Event) -> bool:
    """Within one story the mentions of an incident may each get different, partial
    actors: they are one incident unless both name different parties."""
    pa1, pa2 = (a.actor1, a.inter1), (a.actor2, a.inter2)
    pb1, pb2 = (b.actor1, b.inter1), (b.actor2, b.inter2)
    ranks = (_actor_rank(*pa1), _actor_rank(*pb1))
    if set(ranks) == {0, 2} and a.actor1 and b.actor1 and a.event_type != b.event_type:
        # "gunmen" attacking here, a named group shelling there: a named doer takes
        # over an unidentified one only for the same kind of act ("Al Shabaab also
        # fired mortars" after a gun attack is a second event). An unattributed
        # killing of civilians is the exception: it is how stories re-tell the toll
        # of the strike or clash they lead with ("19 people were killed in the raids").
        unnamed, named = (a, b) if ranks[0] == 0 else (b, a)
        if unnamed.event_type != "Violence against civilians" and not _fires_back_in_battle(
                unnamed, named) and not _second_side_of_battle(unnamed, named):
            return False
    if not _sides_conflict(pa1, pb1, pa2, pb2) or _one_act_of_allied_forces(a, b):
        return True
    # sides swapped: "soldiers fought rebels" / "rebels attacked soldiers"; not when
    # both name the same target and different doers (the regime's strike on civilians
    # and Russia's strike on civilians are two events, not one told backwards)
    if _same_actor(a.actor2, b.actor2):
        return False
    return not _sides_conflict(pa1, pb2, pa2, pb1)


def _allied_forces_sub_types() -> frozenset[str]:
    return _merge_set("allied_forces_sub_types")


def _one_act_of_allied_forces(a: Event, b: Event) -> bool:
    """Two reports of one act by two state forces of one country against the same
    (or an untold) other side, of a sub-type listed in ``allied_forces_sub_types``
    ("Rangers arrested the former prime minister", the minister: "he had been
    detained on a warrant", the arrest then credited to the police): one event."""
    return (a.sub_event_type == b.sub_event_type
            and a.sub_event_type in _allied_forces_sub_types()
            and _allied_forces(a.actor1, a.inter1, b.actor1, b.inter1)
            and (a.actor2 is None or b.actor2 is None or _same_actor(a.actor2, b.actor2)))


def _fires_back_in_battle(unnamed: Event, battle: Event) -> bool:
    """"Police shot dead an Al Shabaab suspect ... after he hurled a grenade at the
    officers": an act by an unnamed doer against the battle's first side (its target
    is the side the battle names first) is the other side's part in that battle, not
    a second event. An act against the battle's second side is another attack by the
    first ("Al Shabaab attacked the post ... also fired mortars at it")."""
    return (battle.event_type == "Battles" and _actor_rank(unnamed.actor2, unnamed.inter2) == 2
            and _same_actor(unnamed.actor2, battle.actor1))


def _second_side_of_battle(unnamed: Event, battle: Event) -> bool:
    """Is the unnamed doer of an act aimed at nobody the text names ("the attackers"
    threw a grenade) the very unidentified group the battle names as its second side
    (the gunmen the police fought)? The order of a battle's sides means nothing: the
    act is that side's part in the fight, as when the battle names the group first."""
    return (battle.event_type == "Battles" and unnamed.actor2 is None
            and _same_actor(unnamed.actor1, battle.actor2))


def _side_match(x: str | None, y: str | None) -> str:
    """How two reports name one side: "same", "open" (one names nobody),
    "unnamed" (an unidentified group against a name) or "differ"."""
    if x is None or y is None:
        return "open"
    if _same_actor(x, y):
        return "same"
    return "unnamed" if _is_unidentified(x) or _is_unidentified(y) else "differ"


def _actors_compatible(a: Event, b: Event, *, across_documents: bool) -> bool:
    """Same actor pair, allowing unknowns; Battles' pairs are unordered."""
    if not across_documents:
        return _actors_compatible_in_document(a, b)

    def pair_ok(a1: str | None, a2: str | None, b1: str | None, b2: str | None) -> bool:
        sides = (_side_match(a1, b1), _side_match(a2, b2))
        if "differ" in sides:
            return False
        if "unnamed" not in sides:
            return True
        # "gunmen" in one report, the group named in another (on either side: a
        # battle lists the state forces first): only for the same kind of incident
        # and against the same named other side, so different pairs never merge.
        other = sides[1] if sides[0] == "unnamed" else sides[0]
        return other == "same" and a.sub_event_type == b.sub_event_type

    if pair_ok(a.actor1, a.actor2, b.actor1, b.actor2):
        return True
    if a.event_type == "Battles" and b.event_type == "Battles":
        return pair_ok(a.actor1, a.actor2, b.actor2, b.actor1)
    return False


def _region_key(name: str | None) -> str:
    if not name:
        return ""
    return " ".join(_REGION_WORDS.sub(" ", name).split()).casefold()


def _country_told(event: Event) -> bool:
    """Does the text name the report's country (a place, or the country itself in the
    mention's sentence)? Otherwise it is only the article's focus."""
    return any(e.field in ("location", "country") for e in event.evidence)


def _place_relation(a: Event, b: Event, *, across_documents: bool = True) -> str:
    """'same', 'near', 'contains', 'unknown' or 'different'."""
    if a.country and b.country and a.country.casefold() != b.country.casefold():
        if across_documents or (_country_told(a) and _country_told(b)):
            return "different"
        # Within one story, a report that names neither a place nor a country took
        # the article's focus: like a place carried over from another sentence, it
        # says nothing that keeps the report apart ("Drones hit a convoy in Yemen on
        # the story's day ... The raid killed nine": the raid is the drones').
    if a.location is None or b.location is None:
        return "unknown"
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return "same"
    if a.location.casefold() == b.location.casefold():
        return "same"
    if _unit_holds_town(a, b) or _unit_holds_town(b, a):
        return "contains"
    region_a = (a.geo_precision or 1) >= 3
    region_b = (b.geo_precision or 1) >= 3
    if region_a != region_b:
        region, town = (a, b) if region_a else (b, a)
        keys = {_region_key(region.location), _region_key(region.admin1)} - {""}
        if _region_key(town.admin1) in keys:
            return "contains"
        return "different"
    if (
        not region_a
        and a.latitude is not None
        and a.longitude is not None
        and b.latitude is not None
        and b.longitude is not None
        and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEARBY_KM
    ):
        return "near"
    return "different"


def _second_level_unit(event: Event) -> bool:
    """Is the report placed at a second-level unit itself (a district or province placed
    at its seat: "on the southern island of Basilan"), not at a town in it?"""
    return bool(event.admin2) and (event.location or "").casefold() == str(
        event.admin2).casefold()


def _unit_holds_town(unit: Event, town: Event) -> bool:
    """Is ``town`` (a place in the same admin1 whose second-level unit is that one, or,
    untold, within ``UNIT_KM`` of the unit's seat) in the second-level unit ``unit`` is
    placed at ("in the town of Sumisip" on the island province of Basilan, 31 km from
    its seat)? A unit placed at its seat is no town: NEARBY_KM is too short for it."""
    if not _second_level_unit(unit) or _second_level_unit(town) or not town.location:
        return False
    if not unit.admin1 or (town.admin1 or "").casefold() != unit.admin1.casefold():
        return False
    if town.admin2 is not None:
        return str(town.admin2).casefold() == str(unit.admin2).casefold()
    # the gazetteer often leaves a town's second-level unit untold: one near the unit's
    # seat is taken to be in it (another province's town of the region is not)
    if unit.latitude is None or unit.longitude is None or town.latitude is None \
            or town.longitude is None:
        return False
    return haversine_km(unit.latitude, unit.longitude, town.latitude, town.longitude) <= UNIT_KM


def _day_range(date: dt.date, precision: int | None) -> tuple[dt.date, dt.date]:
    if precision == 2:  # the week
        return date - dt.timedelta(days=6), date + dt.timedelta(days=6)
    if precision == 3:  # the month
        start = date.replace(day=1)
        nxt = (start + dt.timedelta(days=32)).replace(day=1)
        return start, nxt - dt.timedelta(days=1)
    return date, date


def _date_relation(a: Event, b: Event, *, across_documents: bool) -> str:
    """'same', 'adjacent' (consecutive days of one night), 'overlap' (coarse
    precision), 'told' (a day of telling and the incident's day before it, within one
    story), 'unknown' or 'different'."""
    if a.event_date is None or b.event_date is None:
        return "unknown"
    if a.event_date == b.event_date:
        return "same"
    if not across_documents and _told_after_the_incident(a, b):
        return "told"
    a_lo, a_hi = _day_range(a.event_date, a.time_precision)
    b_lo, b_hi = _day_range(b.event_date, b.time_precision)
    if (a.time_precision or 1) > 1 or (b.time_precision or 1) > 1:
        return "overlap" if a_lo <= b_hi and b_lo <= a_hi else "different"
    if abs((a.event_date - b.event_date).days) == 1 \
            and _one_night(a, b, across_documents=across_documents):
        return "adjacent"
    return "different"


def _one_night(a: Event, b: Event, *, across_documents: bool) -> bool:
    """Are two reports of the same sub-type dated on consecutive days one night's
    incident, told from its evening and from its morning? ACLED codes one event per
    day, and a night is the usual cause of a one-day disagreement ("an overnight raid"
    dated by the morning's statement, "late on Friday" in the detail). Across documents
    one report saying so is enough (each story dates the incident its own way); within
    one story both must say so: a story that dates two acts a day apart and tells only
    one of them at night tells two days."""
    if a.sub_event_type != b.sub_event_type:
        return False
    sentences = _sentences_of(a, b)
    a_night, b_night = _told_at_night(a, sentences), _told_at_night(b, sentences)
    return (a_night or b_night) if across_documents else (a_night and b_night)


@cache
def _telling_pattern() -> re.Pattern[str]:
    """Words of saying right before a date phrase ("said on Tuesday"; data/merge.yaml)."""
    phrases = [str(w) for w in _merge_data()["telling_phrases"]]
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in phrases)
    return re.compile(rf"\b(?:{alternatives})\s+(?:on\s+)?$", re.IGNORECASE)


def _told_on(event: Event, sentences: Sequence[Evidence] = ()) -> bool:
    """Is the report dated only by the day it was told: its date phrase comes right after
    a verb of saying ("killed 85 villagers ..., the agency said on Tuesday") in its own
    sentence or, for a date carried over, in that sentence among ``sentences``?"""
    dates = [e for e in event.evidence if e.field == "event_date"]
    if len(dates) != 1 or event.time_precision not in (None, 1):
        return False
    date = dates[0]
    pattern = _telling_pattern()
    return any(_holds(s, date) and pattern.search(s.text[:date.start - s.start])
               for s in (*_sentences_of(event), *sentences))


def _told_after_the_incident(a: Event, b: Event) -> bool:
    """Is one report dated by its telling and the other on a day before it, within
    own_account_max_days_after (the lead's "the agency said on Tuesday" and the detail's
    "The strike on Sunday night")? Two reports dated by their telling are two days."""
    assert a.event_date is not None and b.event_date is not None
    if (a.time_precision or 1) != 1 or (b.time_precision or 1) != 1 or not (
            0 < abs((a.event_date - b.event_date).days)
            <= int(_merge_data()["own_account_max_days_after"])):
        return False  # (the cheap checks first: most pairs a story compares end here)
    sentences = _sentences_of(a, b)
    a_told, b_told = _told_on(a, sentences), _told_on(b, sentences)
    if a_told == b_told:
        return False
    told, incident = (a, b) if a_told else (b, a)
    assert told.event_date is not None and incident.event_date is not None
    return told.event_date > incident.event_date


def _civilian_victims(event: Event) -> bool:
    return event.inter2 == CIVILIANS


def incident_score(a: Event, b: Event, *, across_documents: bool = True) -> int | None:
    """How strongly two event reports look like one incident; None: they are not.

    The score counts the keys both reports state and agree on (day, place,
    actors, sub-type), so a caller can pick the best of several candidates.
    """
    group_a, group_b = _type_group(a), _type_group(b)
    if group_a != group_b:
        return None
    # Civilian victims and a battle are not one event pair: they are folded
    # (within a document) by a separate rule, never merged as if one.
    if (a.event_type == "Battles") != (b.event_type == "Battles") and (
        _civilian_victims(a) or _civilian_victims(b)
    ):
        return None
    if not _actors_compatible(a, b, across_documents=across_documents):
        return None
    date_rel = _date_relation(a, b, across_documents=across_documents)
    place_rel = _place_relation(a, b, across_documents=across_documents)
    if date_rel == "different" or place_rel == "different":
        return None
    if place_rel == "near" and _other_weapon(a, b):
        # "An air strike hit a house in Gaza City ... Tanks also shelled the outskirts
        # of Khan Younis": another town and another weapon is another strike, however
        # close the towns (a village and the nearby town named for one incident share
        # the weapon).
        return None
    if across_documents:
        if date_rel == "unknown" or place_rel == "unknown":
            return None  # an undated or unplaced report cannot be matched to another story's
        if date_rel == "adjacent" and place_rel != "same":
            return None  # one night told by two stories: at one place
        if a.actor1 is None and b.actor1 is None and a.actor2 is None and b.actor2 is None:
            # No actors at all: only the same sub-type at the same place and day.
            if not (place_rel == "same" and date_rel == "same"
                    and a.sub_event_type == b.sub_event_type):
                return None
    score = 0
    score += {"same": 3, "overlap": 1, "adjacent": 1, "told": 1}.get(date_rel, 0)
    score += {"same": 3, "near": 2, "contains": 1}.get(place_rel, 0)
    score += sum(1 for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)) if _same_actor(x, y))
    score += 1 if a.sub_event_type == b.sub_event_type else 0
    return score


def _crowd_targets_differ(a: Event, b: Event) -> bool:
    """A crowd that beats a passer-by to death and a crowd that fights the police are
    two actor pairs, even at one place and day: ACLED codes the mob's killing (Rioters
    against Civilians) apart from the riot against the state forces. Civilians are a
    generic side that never keeps reports apart elsewhere; here the other report names
    the state forces as the crowd's target, so the two sides clearly differ. Only for
    reports told in sentences of their own: a killing named in the riot's sentence ("a
    demonstration following the killing of a trader") is its cause or part of it."""
    targets = {a.inter2, b.inter2}
    return targets == {CIVILIANS, _STATE_FORCES} and MOB_VIOLENCE in (
        a.sub_event_type, b.sub_event_type)


def _mob_killing_apart_from_riot(cluster: _Cluster, report: Event) -> bool:
    """Is one of the two a mob's violence against civilians the text names ("a crowd
    beat a driver to death") and the other a riot against the state forces? Civilians
    the actor stage assumed (a mob with no victim in its words: "a running battle with
    angry residents") are no side that keeps the reports apart."""
    if not _crowd_targets_differ(cluster.summary, report):
        return False
    return any(r.sub_event_type == MOB_VIOLENCE and r.inter2 == CIVILIANS
               and _victims_told_apart_from_crowd(r) for r in (*cluster.reports, report))


def _victims_told_apart_from_crowd(report: Event) -> bool:
    """Does the text name the mob's victims in words other than the crowd's own (the
    actor stage sometimes makes "the angry residents" of a running battle both the
    crowd and its victims)?"""
    crowd = {e.text.casefold() for e in report.evidence if e.field in ("actor1", "trigger")}
    return any(e.field == "actor2" and e.text.casefold() not in crowd
               for e in report.evidence)


@cache
def _peaceful_pattern() -> re.Pattern[str]:
    return _phrase_pattern("peaceful_words")


def _told_as_peaceful(report: Event) -> bool:
    """A Peaceful protest whose own sentence says the crowd kept the peace ("marched
    peacefully")."""
    pattern = _peaceful_pattern()
    return report.sub_event_type == "Peaceful protest" and any(
        e.field == "sentence" and pattern.search(e.text) for e in report.evidence)


def _peaceful_march_apart_from_riot(a: Event, b: Event) -> bool:
    """A march the story calls peaceful, in a sentence of its own, and a riot at the same
    place and day are two crowds (protesters and rioters: another actor pair), not one
    demonstration turned violent: the writer who tells the crowd kept the peace tells
    that it did not riot. Only a Violent demonstration, or Mob violence against the
    protesters (a crowd that attacked them is another crowd by the words that name
    its victims): other Mob violence is often a crowd's quarrel the typing stage read
    into background ("residents battling over land"), not another crowd that day."""
    return any(_told_as_peaceful(x) and (y.sub_event_type == VIOLENT_DEMONSTRATION or (
        y.sub_event_type == MOB_VIOLENCE and y.inter2 == _PROTESTERS))
               for x, y in ((a, b), (b, a)))


def _other_weapon(a: Event, b: Event) -> bool:
    """Two remote-violence reports by different means (air strike, shelling, a bomb)."""
    return (a.event_type == b.event_type == "Explosions/Remote violence"
            and a.sub_event_type != b.sub_event_type)


def same_incident(a: Event, b: Event) -> bool:
    """Do two events from different documents report one incident?"""
    return incident_score(a, b, across_documents=True) is not None


# --------------------------------------------------------------------------- mention -> event


def _event_id(doc_id: str, start: int, end: int, day: dt.date | None) -> str:
    key = f"{doc_id}\x1f{start}\x1f{end}\x1f{day.isoformat() if day else ''}"
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


@cache
def _iso3(country: str) -> str | None:
    import pycountry

    try:
        return str(pycountry.countries.lookup(country).alpha_3)
    except LookupError:
        return None


def _mention_claims(mention: EventMention) -> list[Claim]:
    """The mention's claims, plus one for each figure no claim carries."""
    claims = list(mention.claims)
    single_source = mention.sources[0] if len(mention.sources) == 1 else None
    for name in ("fatalities", "injured"):
        value = getattr(mention, name)
        if value is not None and not any(c.field == name for c in claims):
            claims.append(Claim(field=name, value=value, source=single_source))
    return claims


def event_from_mention(mention: EventMention, day: dt.date | None = None) -> Event:
    """One mention as a provisional single-report event (before merging)."""
    place = mention.place
    evidence = list(mention.evidence)
    trigger_span = (mention.trigger_start, mention.trigger_end)
    if not any((e.start, e.end) == trigger_span for e in evidence):
        evidence.insert(0, Evidence(mention.doc_id, *trigger_span, mention.trigger_text,
                                    "trigger"))
    if mention.date_evidence and mention.date_evidence not in evidence:
        evidence.append(mention.date_evidence)
    country = place.country if place else mention.country
    geo_precision = mention.geo_precision
    if place is not None and geo_precision is None:
        geo_precision = 3 if (place.feature_code or "").startswith("ADM") else 1
    a1, a2 = mention.actor1, mention.actor2
    event_date = day or mention.event_date
    return Event(
        event_id=_event_id(mention.doc_id, mention.trigger_start, mention.trigger_end,
                           event_date),
        doc_id=mention.doc_id,
        event_date=event_date,
        time_precision=(1 if day else mention.time_precision) if event_date else None,
        event_type=mention.event_type,
        sub_event_type=mention.sub_event_type,
        actor1=a1.name if a1 else None,
        assoc_actor_1="; ".join(a.name for a in mention.assoc_actor_1) or None,
        inter1=a1.inter if a1 else None,
        actor2=a2.name if a2 else None,
        assoc_actor_2="; ".join(a.name for a in mention.assoc_actor_2) or None,
        inter2=a2.inter if a2 else None,
        country=country,
        iso3=place.iso3 if place else (_iso3(country) if country else None),
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        location=place.name if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=geo_precision if place else None,
        geonameid=place.geonameid if place else None,
        source="; ".join(dict.fromkeys(mention.sources)) or None,
        fatalities=mention.fatalities or 0,
        injured=mention.injured or 0,
        confidence=mention.confidence,
        evidence=evidence,
        claims=_mention_claims(mention),
        actors_not_normalised=list(dict.fromkeys(
            a.name for a in (a1, a2, *mention.assoc_actor_1, *mention.assoc_actor_2)
            if a is not None and not a.normalised)),
    )


def _split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _events_for_mention(mention: EventMention) -> list[Event]:
    """One event per day of the mention, and per town when its sentence lists several
    towns hit (``EventMention.also_hit``)."""
    events = _events_per_day(mention)
    if len(events) != 1:
        return events
    return [events[0], *(_at_town_also_hit(events[0], pm) for pm in mention.also_hit)]


def _at_town_also_hit(first: Event, pm: PlaceMention) -> Event:
    """The event at another town of the list, at the first's precision ("near the
    towns of ..."): its toll unknown (ACLED codes 0 where the text gives none; the
    stated total stays on the first town's event)."""
    place = pm.place
    assert place is not None
    evidence = [e for e in first.evidence if e.field != "location"]
    evidence.append(Evidence(first.doc_id, pm.start, pm.end, pm.text, "location"))
    return replace(
        first,
        event_id=_event_id(first.doc_id, pm.start, pm.end, first.event_date),
        country=place.country, iso3=place.iso3, admin1=place.admin1, admin2=place.admin2,
        location=place.name, latitude=place.latitude, longitude=place.longitude,
        geonameid=place.geonameid, fatalities=0, injured=0,
        # a province named like its seat ("port facilities in B") is coded as a region
        geo_precision=3 if place.feature_code == "ADM1" else first.geo_precision,
        claims=[c for c in first.claims if c.field not in _TOLL_FIELDS],
        evidence=evidence,
    )


_TOLL_FIELDS = frozenset({"fatalities", "injured", CIVILIAN_FIELD})


def _events_per_day(mention: EventMention) -> list[Event]:
    """One event per day of the mention (a span's figures split across its days)."""
    start, end = mention.event_date, mention.end_date
    if (
        start is None
        or end is None
        or end <= start
        or (end - start).days >= MAX_SPAN_DAYS
        or mention.time_precision not in (None, 1)
    ):
        return [event_from_mention(mention)]
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    out: list[Event] = []
    for i, day in enumerate(days):
        event = event_from_mention(mention, day)
        claims: list[Claim] = []
        for claim in event.claims:
            if claim.field in ("fatalities", "injured") and isinstance(claim.value, int):
                share = _split(claim.value, len(days))[i]
                claims.append(replace(claim, value=share))
            else:
                claims.append(claim)
        event.claims = claims
        event.fatalities = _split(event.fatalities, len(days))[i]
        event.injured = _split(event.injured, len(days))[i]
        out.append(event)
    return out


# --------------------------------------------------------------------------- combining


def _split_sources(source: str | None) -> list[str]:
    return [s.strip() for s in (source or "").split(";") if s.strip()]


@dataclass(slots=True)
class _Figures:
    """One field's figures grouped by who gave them."""

    by_source: dict[str, list[int]] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    # figures told as an update of the toll ("rose to 22"), by source
    updates: dict[str, list[int]] = field(default_factory=dict)

    def resolve(self) -> tuple[int | None, str | None]:
        """(value, disagreement note): max within a source, min across sources; an
        update of the toll is the newer figure, whoever reported the older one."""
        per_source = {k: max(v) for k, v in self.by_source.items() if v}
        if not per_source:
            return None, None
        value = min(per_source.values())
        if self.updates:
            value = max(value, min(max(v) for v in self.updates.values()))
        note = None
        if len(set(per_source.values())) > 1:
            ordered = sorted(per_source.items(), key=lambda kv: -kv[1])
            parts = [f"{self.labels[k]} reported {v}" if i == 0 else f"{self.labels[k]} {v}"
                     for i, (k, v) in enumerate(ordered)]
            note = "; ".join(parts)
        return value, note


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


# Accounts a story sets beside its own rather than relays: "initial reports", "later
# reports", another paper or agency ("The Star reports four dead").
_ACCOUNTS_SET_BESIDE = frozenset({REPORT_KIND, "outlet", "agency"})


def _set_beside(source: str) -> bool:
    """Is the source an account the story sets beside its own figures?"""
    return load_source_lexicon().kind_of.get(source) in _ACCOUNTS_SET_BESIDE


def _party_to(source: str, reports: Sequence[Event]) -> bool:
    """Is the source one of the incident's sides ("Al Shabaab claimed to have killed
    five")? A party's own count stands beside the story's figure, never replaces it."""
    words = source.casefold().split()
    if words and words[0] == "the":
        words = words[1:]
    name = " ".join(words)
    return bool(name) and any(
        actor is not None and name in actor.casefold()
        for report in reports for actor in (report.actor1, report.actor2))


_ANY_GROUP = "*"
# the victim group of casualty claims about civilians (data/casualties.yaml victim_groups)
_CIVILIAN_GROUP = "civilian"


def _figures(reports: Sequence[Event], claim_field: str,
             group: str | None = _ANY_GROUP) -> _Figures:
    """The field's figures by source; ``group``: only the claims about those victims
    (None: the claims that name no side), all claims by default."""
    figures = _Figures()
    named_by_doc: dict[str, set[str]] = {}
    unattributed_by_doc: dict[str, list[int]] = {}
    for report in reports:
        claims = [(claim, value) for claim in report.claims
                  if claim.field == claim_field
                  and (group == _ANY_GROUP or claim.group == group)
                  and (value := _as_int(claim.value)) is not None and value >= 0]
        for claim, value in claims:
            if claim.evidence is not None and _toll_update_pattern().search(claim.evidence.text):
                figures.updates.setdefault((claim.source or "").casefold(), []).append(value)
        if len({value for _, value in claims}) > 1:
            # disagreeing accounts inside one report: each is its own account, so the
            # lowest counts even when one teller (or the story's voice) gave both
            for claim, value in claims:
                key = f"account:{len(figures.by_source)}"
                figures.by_source[key] = [value]
                figures.labels[key] = claim.source or f"an unattributed report ({report.doc_id})"
            continue
        for claim, value in claims:
            if claim.source:
                key = claim.source.casefold()
                figures.by_source.setdefault(key, []).append(value)
                figures.labels.setdefault(key, claim.source)
                named_by_doc.setdefault(report.doc_id, set()).add(key)
            else:
                unattributed_by_doc.setdefault(report.doc_id, []).append(value)
    for doc_id, values in unattributed_by_doc.items():
        named = named_by_doc.get(doc_id, set())
        only = figures.labels[next(iter(named))] if len(named) == 1 else ""
        if only and not _set_beside(only) and not _party_to(only, reports):
            # the story relays its one source ("later reports" or another paper is no
            # source it relays: the story's own figure stands beside that report's)
            figures.by_source[next(iter(named))].extend(values)
        else:
            key = f"doc:{doc_id}"
            figures.by_source.setdefault(key, []).extend(values)
            figures.labels.setdefault(key, f"an unattributed report ({doc_id})")
    return figures


def _without_parts_of_a_toll(reports: Sequence[Event], claim_field: str
                             ) -> Sequence[Event]:
    """The reports without their figures of one person singled out of someone's circle
    ("one of his lieutenants was killed": casualties.PART_OF_TOLL) when another figure
    of the field is given: that death is among the toll, no lower rival account of it."""
    def part(claim: Claim) -> bool:
        return claim.field == claim_field and claim.group == PART_OF_TOLL

    claims = [c for r in reports for c in r.claims
              if c.field == claim_field and _as_int(c.value) is not None]
    if not any(part(c) for c in claims) or all(part(c) for c in claims):
        return reports
    return [replace(r, claims=[c for c in r.claims if not part(c)]) for r in reports]


def _resolve_figures(reports: Sequence[Event], claim_field: str
                     ) -> tuple[int | None, str | None]:
    """(value, disagreement note) of one field. ACLED counts the deaths of every side
    of an event: when the claims count victims of different sides (each claim's
    ``group``, none shared), each side's figure is resolved on its own (max within a
    source, min across sources) and the sides add up ("ten soldiers were killed" and
    "the army said it killed 20 attackers": 30). A figure that names no side may be
    the whole toll: it stands when it is the larger. Otherwise all figures are
    accounts of one toll."""
    reports = _without_parts_of_a_toll(reports, claim_field)
    groups = {c.group for r in reports for c in r.claims
              if c.field == claim_field and c.group and _as_int(c.value) is not None}
    sides = [frozenset(g.split("+")) for g in groups]
    disjoint = all(a.isdisjoint(b) for i, a in enumerate(sides) for b in sides[i + 1:])
    if len(sides) == 1 and _CIVILIAN_GROUP not in sides[0]:
        # one side's dead, soldiers or fighters, beside a larger toll that names no side
        # ("Seventeen people were killed when protesters clashed with police"; "a police
        # officer was burned to death"): the side's figure is at most a part of that
        # toll, no rival account of it, so the whole stands. A figure of civilians is
        # the same victims as a toll of people, and the lowest of the two counts.
        side, _ = _figures(reports, claim_field, next(iter(groups))).resolve()
        whole, note = _figures(reports, claim_field, None).resolve()
        if side is not None and whole is not None and whole > side:
            return whole, note
    if len(sides) < 2 or not disjoint:
        return _figures(reports, claim_field).resolve()
    total = 0
    notes: list[str] = []
    for group in sorted(groups):
        value, note = _figures(reports, claim_field, group).resolve()
        total += value or 0
        if note:
            notes.append(f"{group.replace('+', ' and ')}: {note}")
    whole, note = _figures(reports, claim_field, None).resolve()
    if whole is not None and whole > total:
        total = whole
        notes = [note] if note else []
    return total, "; ".join(notes) or None


def _one_sided(report: Event) -> bool:
    """A report whose type tells who did it to whom (an attack on civilians, a strike or
    bomb that hit civilians): its actor1 is the doer, its sides are never read swapped."""
    return report.inter2 == CIVILIANS and report.event_type in (
        "Violence against civilians", "Explosions/Remote violence")


def _on_side(name: str, inter: int | None, side: int,
             placed: dict[str, tuple[int, str, int | None]]) -> bool:
    """Is the actor already placed on this side (or on both), or a state force allied
    with one that is (the police on the army's side)?"""
    if name.casefold() in placed:
        return placed[name.casefold()][0] in (side, _BOTH_SIDES)
    return any(s == side and _allied_forces(n, i, name, inter) for s, n, i in placed.values())


def _by_initiative(reports: Sequence[Event], typed: Event) -> list[Event]:
    """The reports in the order their sides are believed: the report whose trigger
    decided the type first, then the other reports of the final event type, then the
    rest, each group in reading order."""
    rest = [r for r in reports if r is not typed]
    return [typed, *(r for r in rest if r.event_type == typed.event_type),
            *(r for r in rest if r.event_type != typed.event_type)]


_BOTH_SIDES = 0  # an actor a report names against itself (two unnamed groups fighting)


def _incident_sides(reports: Sequence[Event], typed: Event) -> dict[str, int]:
    """The side of the incident each actor is on (1, 2, or _BOTH_SIDES). The report
    whose trigger decided the type places its actors as it names them; each further
    report is read as naming the sides in that order or swapped, whichever agrees with
    the actors already placed ("the army said it repelled the attackers" after "JNIM
    attacked the post"), and places its new actors accordingly (a named group on the
    side of the unnamed one the lead told). A one-sided report (an attack on civilians)
    is never read swapped: its victims are never the doers. A report that names one
    actor on both sides tells no order; an actor keeps the first side it was placed on."""
    placed: dict[str, tuple[int, str, int | None]] = {}
    for report in _by_initiative(reports, typed):
        pairs = [(1, report.actor1, report.inter1), (2, report.actor2, report.inter2)]
        if _same_actor(report.actor1, report.actor2):
            placed.setdefault(str(report.actor1).casefold(),
                              (_BOTH_SIDES, str(report.actor1), report.inter1))
            continue
        swapped = False
        if not _one_sided(report):
            kept = sum(_on_side(n, i, s, placed) for s, n, i in pairs if n)
            turned = sum(_on_side(n, i, 3 - s, placed) for s, n, i in pairs if n)
            swapped = turned > kept
            if kept == turned == 0 and report.actor2 is None and report.inter1 in _ARMED_GROUPS:
                # a group named alone ("the Coastal Shield Brigade said it had carried
                # out the attack"): the name of the side the lead left unnamed
                swapped = _unnamed_side(placed) == 2
        for side, name, inter in pairs:
            if name:
                placed.setdefault(name.casefold(), (3 - side if swapped else side, name, inter))
    return {key: side for key, (side, _, _) in placed.items()}


_ARMED_GROUPS = frozenset({2, 3, 4})  # inter codes: rebels, political and identity militias


def _unnamed_side(placed: dict[str, tuple[int, str, int | None]]) -> int | None:
    """The side only unidentified groups hold, when the other holds a named party."""
    ranks: dict[int, set[int]] = {1: set(), 2: set()}
    for side, name, inter in placed.values():
        if side in ranks:
            ranks[side].add(_actor_rank(name, inter))
    for side in (1, 2):
        if ranks[side] == {0} and 2 in ranks[3 - side]:
            return side
    return None


def _side_rank(name: str, inter: int | None, event_type: str | None) -> int:
    """How well an actor identifies a side of the incident (_actor_rank). In a battle
    the state's force comes first among the named parties of its side (the police who
    shot the robbers, over the guards the robbers beat), and civilians are no party:
    the victims a one-sided report of the fight names rank below the unidentified
    armed group the battle's reports name."""
    if event_type != "Battles":
        return _actor_rank(name, inter)
    if inter == CIVILIANS:
        return -1
    rank = _actor_rank(name, inter)
    return rank + 1 if rank == 2 and inter == _STATE_FORCES else rank


def _pick_actor(reports: Sequence[Event], side: int, typed: Event, *,
                event_type: str | None = None, other: str | None = None,
                other_inter: int | None = None) -> tuple[str | None, int | None]:
    """The best-identified actor placed on a side (_incident_sides): named > generic >
    unidentified; then one from a report of the incident's final event type (its
    actors fit that type: protesters for a protest, rioters for a riot); then the
    report whose trigger decided the type, then the others in reading order.
    Never the actor already on the other side, unless a report names it on both
    sides (two unnamed armed groups fighting, rioters against rioters: ACLED names
    both sides alike). Nor a state force allied with the other side's, unless one
    report sets the two against each other."""
    sides = _incident_sides(reports, typed)
    known: list[tuple[int, int, int, int, str, int | None]] = []
    for order, report in enumerate(_by_initiative(reports, typed)):
        both_sides = _same_actor(report.actor1, report.actor2)
        for name, inter in ((report.actor1, report.inter1), (report.actor2, report.inter2)):
            if not name or (not both_sides and (
                    _same_actor(name, other)
                    or sides.get(name.casefold()) not in (side, _BOTH_SIDES))):
                continue
            if _allied_forces(other, other_inter, name, inter) and not _allied_forces(
                    report.actor1, report.inter1, report.actor2, report.inter2):
                continue
            fits = 1 if event_type is not None and report.event_type == event_type else 0
            known.append((-_side_rank(name, inter, event_type),
                          -_foreign_civilians(name, inter, report), -fits, order, name, inter))
    if not known:
        return None, None
    *_, name, inter = min(known)
    return name, inter


_ACTOR_COUNTRY = re.compile(r"\((?P<country>[^)]+)\)$")


def _foreign_civilians(name: str, inter: int | None, report: Event) -> int:
    """1 for civilians named with a nation other than the event's country ("Somali
    refugees" in a Kenyan camp, "an Italian missionary"): that nationality was told,
    while the event country's civilians are also what an untold nationality defaults
    to, so the told one describes the victims better."""
    if inter != CIVILIANS or not report.country:
        return 0
    m = _ACTOR_COUNTRY.search(name)
    return 1 if m and m.group("country").casefold() != report.country.casefold() else 0


def _allies_reported(reports: Sequence[Event], chosen: str | None,
                     inter: int | None, other: str | None) -> list[str]:
    """Other state forces of the chosen actor's country that some report names
    (on either side: the sides of allied forces are what merging reconciled),
    except the other side's actor. None where a report sets two forces of one
    country against each other (a clash between police and soldiers)."""
    if any(_allied_forces(r.actor1, r.inter1, r.actor2, r.inter2) for r in reports):
        return []
    allies: list[str] = []
    for report in reports:
        for name, name_inter in ((report.actor1, report.inter1),
                                 (report.actor2, report.inter2)):
            if (name and not _same_actor(name, chosen) and not _same_actor(name, other)
                    and _allied_forces(chosen, inter, name, name_inter)):
                allies.append(name)
    return allies


def _join_unique(values: Iterable[str | None]) -> str | None:
    out: dict[str, None] = {}
    for value in values:
        for part in _split_sources(value):
            out.setdefault(part, None)
    return "; ".join(out) or None


def _kept_as_written(reports: Sequence[Event], event: Event) -> list[str]:
    """The reports' names the actor dictionary does not know that the combined event
    still carries as a side or an associate (a report's flag follows its name)."""
    named = {part for value in (event.actor1, event.actor2, event.assoc_actor_1,
                                event.assoc_actor_2) for part in _split_sources(value)}
    return list(dict.fromkeys(name for r in reports for name in r.actors_not_normalised
                              if name in named))


def _combined_confidence(values: Sequence[float]) -> float:
    ordered = sorted(values, reverse=True)
    if not ordered:
        return 0.0
    conf = ordered[0]
    for extra in ordered[1:]:
        conf += (1.0 - conf) * 0.2 * extra
    return round(min(conf, 1.0), 4)


def _location_phrase(event: Event) -> str:
    if not event.location:
        return f" in {event.country}" if event.country else ""
    where = event.location
    context = [x for x in (event.admin1, event.country) if x and x != event.location]
    if context:
        where += f" ({', '.join(context)})"
    return f" near {where}" if event.geo_precision == 2 else f" in {where}"


def summary_sentence(event: Event) -> str:
    """A short summary in the project's own words: 'On <date>, <actor1> ... in <place>'."""
    phrases = notes_phrases()
    words = phrases.by_sub_event.get(event.sub_event_type, {})
    if event.inter1 is not None:
        words = {**words, **phrases.by_actor1_inter.get((event.sub_event_type, event.inter1), {})}
    if event.event_date:
        when = f"On {event.event_date.isoformat()}"
        if event.time_precision == 2:
            when = f"In the week of {event.event_date.isoformat()}"
        elif event.time_precision == 3:
            when = f"In {event.event_date.strftime('%B %Y')}"
    else:
        when = phrases.unknown_date
    if event.actor1:
        what = f"{event.actor1} {words.get('verb', event.sub_event_type.lower())}"
        if event.actor2:
            target = words.get("target", "")
            what += f" {target} {event.actor2}" if target else f" {event.actor2}"
    else:
        what = f"{words.get('noun', event.sub_event_type.lower())} occurred"
        if event.actor2:
            what += f" targeting {event.actor2}"
    sentence = f"{when}, {what}{_location_phrase(event)}"
    tolls = []
    if event.fatalities:
        tolls.append(phrases.fatalities_phrase.format(n=event.fatalities))
    if event.injured:
        tolls.append(phrases.injured_phrase.format(n=event.injured))
    if tolls:
        sentence += ": " + ", ".join(tolls)
    return sentence + "."


def combine_reports(
    reports: Sequence[Event], *, event_id: str | None = None, extra_notes: Sequence[str] = ()
) -> Event:
    """Combine reports of one incident (events from one or several documents) into one.

    ``reports`` are in reading order (the lead first, or the first stored
    report first); the result keeps every report's evidence and claims.
    """
    if not reports:
        raise ValueError("no reports to combine")
    # Folded civilian reports carry their host battle's type and no actors of their own
    # (see _fold_civilians_into_battles), so every report can vote on type and actors.
    main = list(reports)
    typed = _merged_sub_type(main)
    sub_event_type = typed.sub_event_type
    accounts = _disagreeing_accounts(reports, event_type_of(sub_event_type))
    if accounts is not None:
        sub_event_type, account_note = accounts
    else:
        account_note = None
    placed = [r for r in reports if r.location]
    where = min(placed, key=lambda r: r.geo_precision or 1) if placed else None
    where_precision = _precision_at(where, placed) if where else None
    dated = [r for r in main if r.event_date] or [r for r in reports if r.event_date]
    when = min(dated, key=lambda r: r.time_precision or 1) if dated else None
    if len({r.event_date for r in dated}) > 1:
        # among the most precise, the incident's own day over the day a report was told
        # ("the agency said on Tuesday", the detail's "on Sunday night")
        sentences = _sentences_of(*reports)
        when = min(dated, key=lambda r: (r.time_precision or 1, _told_on(r, sentences)))
    final_type = event_type_of(sub_event_type)
    actor1, inter1 = _pick_actor(main, 1, typed, event_type=final_type)
    actor2, inter2 = _pick_actor(main, 2, typed, event_type=final_type, other=actor1,
                                 other_inter=inter1)
    notes_extra = list(extra_notes)
    if account_note:
        notes_extra.append(account_note)
    fatalities, note = _resolve_figures(reports, "fatalities")
    if note:
        notes_extra.append(f"Fatality reports differ: {note}.")
    civilians, civ_note = _figures(reports, CIVILIAN_FIELD).resolve()
    if civilians:
        notes_extra.append(f"Includes {civilians} civilians killed in the fighting.")
    if civ_note:
        notes_extra.append(f"Civilian fatality reports differ: {civ_note}.")
    injured, inj_note = _resolve_figures(reports, "injured")
    if inj_note:
        notes_extra.append(f"Injury reports differ: {inj_note}.")
    country = where.country if where else next(
        (r.country for r in sorted(reports, key=lambda r: not _country_told(r)) if r.country),
        None)
    event = Event(
        event_id=event_id or reports[0].event_id,
        doc_id=reports[0].doc_id,
        event_date=when.event_date if when else None,
        time_precision=when.time_precision if when else None,
        event_type=final_type,
        sub_event_type=sub_event_type,
        actor1=actor1,
        assoc_actor_1=_join_unique([*(r.assoc_actor_1 for r in main),
                                    *_allies_reported(main, actor1, inter1, actor2)]),
        inter1=inter1,
        actor2=actor2,
        assoc_actor_2=_join_unique([*(r.assoc_actor_2 for r in main),
                                    *_allies_reported(main, actor2, inter2, actor1)]),
        inter2=inter2,
        interaction=interaction_code(inter1, inter2),
        civilian_targeting="Civilian targeting" if inter2 == CIVILIANS else None,
        country=country,
        iso3=where.iso3 if where else next((r.iso3 for r in reports if r.iso3), None),
        admin1=where.admin1 if where else None,
        admin2=where.admin2 if where else None,
        location=where.location if where else None,
        latitude=where.latitude if where else None,
        longitude=where.longitude if where else None,
        geo_precision=where_precision,
        geonameid=where.geonameid if where else None,
        source=_join_unique(r.source for r in reports),
        fatalities=(fatalities or 0) + (civilians or 0),
        injured=injured or 0,
        confidence=_combined_confidence([r.confidence for r in reports]),
        evidence=_unique_evidence(e for r in reports for e in r.evidence),
        claims=[c for r in reports for c in r.claims],
    )
    event.actors_not_normalised = _kept_as_written(reports, event)
    event.notes = " ".join([summary_sentence(event), *notes_extra])
    return event


def _disagreeing_accounts(reports: Sequence[Event], event_type: str
                          ) -> tuple[str, str] | None:
    """When sources disagree on what happened, the most conservative account and a note.

    Each report's ``sub_event_type`` claims say which source told what. Sources
    disagree when two of them share no account (one says air strike, the other
    shelling); the event is then coded by the account listed first for its event
    type in data/notes.yaml. Accounts of another event type, or outside the
    list, leave the event as merged.
    """
    told: dict[str, list[str]] = {}
    for report in reports:
        for claim in report.claims:
            if claim.field == "sub_event_type" and claim.source:
                kinds = told.setdefault(claim.source, [])
                if claim.value not in kinds:
                    kinds.append(str(claim.value))
    if len(told) < 2:
        return None
    included = _name_sets("accounts_included")
    # a capture includes the fighting: "took the town" and "fighting" agree
    sets = [set(kinds).union(*(included.get(k, frozenset()) for k in kinds))
            for kinds in told.values()]
    if not any(a.isdisjoint(b) for i, a in enumerate(sets) for b in sets[i + 1:]):
        return None
    phrases = notes_phrases()
    order = phrases.conservative_order.get(event_type, ())
    claimed = {kind for kinds in sets for kind in kinds}
    if not claimed <= set(order):
        return None
    chosen = next(kind for kind in order if kind in claimed)
    listed = "; ".join(
        phrases.account_phrase.format(source=source, sub_event_type=", ".join(kinds))
        for source, kinds in told.items()
    )
    return chosen, phrases.account_disagreement_phrase.format(accounts=listed, chosen=chosen)


def _precision_at(where: Event, placed: Sequence[Event]) -> int | None:
    """Town-level precision of the chosen place as the first report of that same town
    states it: "near Baidoa" in the lead (2) is not undone by a later sentence that
    names Baidoa for another reason (1)."""
    if (where.geo_precision or 1) > 2:
        return where.geo_precision
    for report in placed:
        same = (report.geonameid == where.geonameid if where.geonameid is not None
                else (report.location or "").casefold() == (where.location or "").casefold())
        if same and (report.geo_precision or 1) <= 2:
            return report.geo_precision
    return where.geo_precision


def _unique_evidence(items: Iterable[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int, str | None]] = set()
    out: list[Evidence] = []
    for e in items:
        key = (e.doc_id, e.start, e.end, e.field)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


# --------------------------------------------------------------------------- within a document


class _Cluster:
    """The reports of one incident so far; ``summary`` combines them on demand
    (most clusters are compared with few later reports, so combining after
    every join would be wasted work)."""

    __slots__ = ("reports", "sentences", "casualty_only", "opened_as_toll", "_summary")

    def __init__(self, reports: list[Event], sentences: set[int],
                 casualty_only: set[str] | None = None) -> None:
        self.reports = reports
        self.sentences = sentences
        # trigger classes of casualty-only reports; None once any other report joins
        self.casualty_only = casualty_only
        # (opened by a toll with no doer, whatever joined it later)
        self.opened_as_toll = casualty_only is not None
        self._summary: Event | None = reports[0] if len(reports) == 1 else None

    def add(self, report: Event, sentence: int | None = None) -> None:
        self.reports.append(report)
        if sentence is not None:
            self.sentences.add(sentence)
        self._summary = None

    @property
    def summary(self) -> Event:
        """The reports combined (what a new mention is compared with)."""
        if self._summary is None:
            self._summary = combine_reports(self.reports)
        return self._summary


def _battle_weapon_types() -> frozenset[str]:
    return _merge_set("battle_weapon_types")


def _fold_candidate(event: Event) -> bool:
    """Civilians killed or hurt with no named perpetrator (violence, not an arrest or
    looting): part of a battle when one is near.
    So is shelling by nobody the text names ("residents reported heavy gunfire and
    shelling through the night" in a story of clashes): the battle's weapons."""
    if not _civilian_victims(event) or event.event_type not in _VIOLENT \
            or event.event_type == "Battles":
        # (an arrest of people the text does not say who held, "25 persons have been
        # arrested", is no one killed in the battle: it stays an Arrests event)
        return False
    return event.actor1 is None or (
        event.sub_event_type in _battle_weapon_types() and _is_unidentified(event.actor1))


def merge_mentions(mentions: list[EventMention], article: Article,
                   retold: Sequence[EventMention] = ()) -> list[Event]:
    """One ``Event`` per incident in the document, in order of first mention.

    ``retold``: mentions that tell an event told before once more ("in the weeks
    before the attack"; extract.filters.retells_an_event): each joins the incident
    it matches as one more report of it, and is dropped when it matches none (it
    never starts an incident of its own)."""
    again = {id(m) for m in retold}
    ordered = sorted([*mentions, *retold], key=lambda m: (m.trigger_start, m.trigger_end))
    sentence_ends = {m.sent_start: m.sent_end for m in ordered}
    clusters: list[_Cluster] = []
    # A date with no evidence is the publication day assumed by the date resolver, not
    # something the text says: it must not keep a mention apart from the incident the
    # text dates. It is used only when no mention of the incident states a date.
    inferred: dict[str, tuple[dt.date, int | None]] = {}
    # Likewise a place carried over from an earlier sentence (the last town the text
    # named) is not what this mention says: it neither keeps the mention apart nor
    # outranks a place the incident's own sentences give.
    carried: dict[str, Event] = {}
    # reports told as a side's own account ("the group said its fighters had ...")
    accounts: dict[str, str] = {}
    # reports told as another teller's version ("State media gave a different account")
    rivals: set[str] = set()
    force_told: set[str] = set()
    # arrests told with weapons seized in their clause (typing's MARK_WEAPONS_SEIZED_WITH)
    with_seizures: set[str] = set()
    for mention in ordered:
        for report in _events_for_mention(mention):
            if (mention.date_evidence is None and report.event_date is not None
                    and mention.end_date is None):
                inferred[report.event_id] = (report.event_date, report.time_precision)
                report = replace(report, event_date=None, time_precision=None)
            if report.location is not None and _place_carried_over(mention):
                carried[report.event_id] = report
                report = replace(report, location=None, admin1=None, admin2=None,
                                 latitude=None, longitude=None, geo_precision=None,
                                 geonameid=None)
            best: tuple[int, int] | None = None  # (score, index)
            # "in a separate attack": not one of the incidents told before this sentence
            separate = _told_as_separate(mention, article)
            # "In Nairobi's Industrial Area, a group of men looted ...": a sentence
            # that opens with its own town sets a new scene, not a nearby town's
            # ("Later on Saturday, an Israeli strike hit worshippers in the Shati camp"):
            # so does one that opens at another time of the day and names its own place
            another_time = _opens_at_another_time(mention, article)
            new_scene = report.location is not None and (
                _opens_with_its_place(mention, article) or another_time)
            # ("Later on Tuesday, troops fired mortar shells at ..." after an air raid):
            # another time of the day and another weapon is another strike, even where
            # the sentence's own place was not found
            other_strike = another_time and report.event_type == "Explosions/Remote violence"
            # "The attackers used an IED before opening fire on the convoy": a means
            # whose victims the text does not name is compared without the civilians the
            # actor stage assumed for it (it is the incident's, whoever its sides are)
            compared = _without_assumed_victims(report, mention)
            if id(mention) in again:
                compared = _told_before_probe(compared)
            # "Islamic State claimed the attack on Wednesday": the day is the claim's
            claimed = id(mention) not in again and _claims_responsibility(mention, article)
            if claimed:
                best = _best_cluster(clusters, _claim_probe(compared, mention), mention,
                                     separate=separate, new_scene=new_scene,
                                     other_strike=other_strike)
                if best is not None:
                    compared = _claim_probe(compared, mention)
            claim_joined = best is not None
            if best is None:
                best = _best_cluster(clusters, compared, mention, separate=separate,
                                     new_scene=new_scene, other_strike=other_strike)
            # "The attack took place in El Aguaje": the incident told before, placed
            retelling = (best is None and id(mention) not in again
                         and _told_as_occurrence(mention, article))
            if retelling:
                best = _best_cluster(clusters, _told_before_probe(compared), mention,
                                     separate=separate, new_scene=new_scene,
                                     other_strike=other_strike)
            # "The assault on the posts was carried out by ...": the act told before,
            # named with a general word, whose victims were read otherwise; "The
            # attackers arrived in two cars": its doers told again, with no act word
            named_again = best is None and id(mention) not in again and not separate
            doers_again = named_again and _doers_named_again(mention, article)
            named_again = doers_again or (
                named_again and _general_name_opens_sentence(mention, article))
            if named_again:
                best = _last_incident_named_again(clusters, compared)
            # '"We had nothing in our hands when they fired," a student said': a
            # speaker's words about the incident told before, not another incident
            quoted = best is None and id(mention) not in again and not separate \
                and _told_in_a_quotation(mention, article)
            if quoted:
                best = _last_incident_named_again(clusters, compared, _ANSWERED)
            speaker = _own_account_speaker(mention, article)
            if speaker is not None:
                accounts[report.event_id] = speaker
            # "The governor said gunmen had tried to storm it. Residents denied this."
            disputed = _disputed_by_next_sentence(mention, article)
            if _told_as_rival_account(mention, article):
                rivals.add(report.event_id)
            if _told_by_a_force(mention, article):
                force_told.add(report.event_id)
            if MARK_WEAPONS_SEIZED_WITH in mention.rule_marks:
                with_seizures.add(report.event_id)
            # "Two officers and three soldiers were killed", told after the story's
            # fight: a toll of armed men whose clause names no doer counts that fight's
            # dead, whatever sides the actor stage read from the victims and the teller
            armed_toll = (best is None and id(mention) not in again and not separate
                          and not new_scene and _armed_victims_alone(mention))
            if armed_toll:
                best = _fight_told_before(clusters, compared, mention, sentence_ends,
                                          article.text)
            toll_class = casualty_only_class(mention)
            if best is None and id(mention) in again:
                continue  # the event told before is none of those coded: no new one
            if best is None:
                clusters.append(_Cluster([report], {mention.sent_start},
                                         {toll_class} if toll_class else None))
            else:
                cluster = clusters[best[1]]
                # ("the attackers were backed by India": whatever sides the sentence
                # reads, they are the incident's)
                if id(mention) in again or retelling or disputed or doers_again or quoted:
                    compared = _as_evidence_of(compared, cluster.summary)
                elif named_again:
                    compared = _typed_as(_without_victims(compared), cluster.summary)
                elif _general_name_told_before(mention, article):
                    compared = _typed_as(compared, cluster.summary)
                elif claim_joined:
                    compared = _claim_as_evidence_of(compared, cluster.summary)
                elif armed_toll or _armed_toll_of(mention, cluster.summary, mentions):
                    compared = _as_evidence_of(compared, cluster.summary)
                cluster.add(compared, mention.sent_start)
                if cluster.casualty_only is not None and toll_class:
                    cluster.casualty_only.add(toll_class)
                else:
                    cluster.casualty_only = None
    clusters = _fold_own_accounts_into_incidents(clusters, accounts)
    clusters = _fold_rival_accounts_into_incidents(clusters, rivals)
    clusters = _fold_force_versions_into_incidents(clusters, force_told)
    clusters = _fold_civilians_into_battles(clusters)
    clusters = _fold_tolls_into_incidents(clusters)
    clusters = _fold_companions_into_violence(clusters, article, with_seizures)
    clusters = _fold_attacks_into_mob_violence(clusters)
    clusters = _fold_forces_violence_into_crackdowns(clusters)
    clusters = _fold_forces_beatings_into_riots(clusters)
    events: list[Event] = []
    for cluster in clusters:
        reports = cluster.reports
        if all(r.location is None for r in reports):
            reports = [_with_place_of(r, carried[r.event_id]) if r.event_id in carried else r
                       for r in reports]
        if all(r.event_date is None for r in reports):
            reports = [replace(r, event_date=inferred[r.event_id][0],
                               time_precision=inferred[r.event_id][1])
                       if r.event_id in inferred else r for r in reports]
        events.append(combine_reports(reports, event_id=reports[0].event_id))
    return events


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


def _as_evidence_of(report: Event, incident: Event) -> Event:
    """The report as evidence and figures of the incident: no actors of its own (the
    incident's stand) and no type claim (it is not another account of what happened)."""
    return replace(report, actor1=None, inter1=None, actor2=None, inter2=None,
                   assoc_actor_1=None, assoc_actor_2=None,
                   claims=[c for c in report.claims if c.field != "sub_event_type"],
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


_OPENING_PREPOSITION = re.compile(r"\s*(?:in|at)\s", re.IGNORECASE)


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


def _may_host(host: _Cluster, folded: _Cluster) -> bool:
    """Can ``folded`` be part of ``host``'s incident: same or unknown day, and a
    place that is not a different one."""
    return (
        _date_relation(host.summary, folded.summary, across_documents=False)
        in ("same", "unknown", "overlap")
        and _place_relation(host.summary, folded.summary, across_documents=False)
        != "different"
    )


def _fold_tolls_into_incidents(clusters: list[_Cluster]) -> list[_Cluster]:
    """Casualty-only reports join the nearest compatible incident of the story.

    Their claims keep their fields: within one source the highest figure counts
    (merge rules), so a toll the incident's own sentence already gave is not
    added twice. Their template actors ("Unidentified Armed Group", "Civilians")
    are dropped: the incident's actors stand.
    """
    hosts_by_class = _casualty_only_hosts()
    kept: list[_Cluster] = []
    for cluster in clusters:
        if not cluster.casualty_only:
            kept.append(cluster)
            continue
        allowed = frozenset.intersection(*(hosts_by_class[c] for c in cluster.casualty_only))
        where = min(cluster.sentences)
        candidates = [
            host for host in clusters
            if host is not cluster and not host.casualty_only
            and host.summary.event_type in allowed
            and _may_host(host, cluster)
        ]
        if not candidates:
            kept.append(cluster)
            continue
        host = min(candidates, key=lambda c: min(abs(s - where) for s in c.sentences))
        _absorb(host, cluster)  # a toll tells how many, not what happened
    return kept


def _absorb(host: _Cluster, folded: _Cluster) -> None:
    """``folded``'s reports become evidence and figures of ``host``'s incident. They
    keep no actors of their own (the incident's stand) and no type claim: they are
    not another account of what happened."""
    hosted = host.summary
    for report in folded.reports:
        host.add(_as_evidence_of(report, hosted))
    host.sentences |= folded.sentences


def _companion_side_ok(host: Event, companion: Event) -> bool:
    """The development's doer is one of the incident's sides, or nobody named."""
    doer = companion.actor1
    if host.event_type == "Protests" and companion.sub_event_type in _intervention_companions():
        # the demonstrators do not arrest: only state forces intervene
        return companion.inter1 == 1
    return (doer is None or _is_unidentified(doer) or _same_actor(doer, host.actor1)
            or _same_actor(doer, host.actor2))


def _told_with_or_after(companion: _Cluster, host: _Cluster,
                        with_seizures: AbstractSet[str] = frozenset()) -> bool:
    """Is the development told in the incident's sentence, or, for weapons seized
    (``companions_told_after``), after the incident ("... shot dead five suspects.
    Police recovered three rifles.")? Arrests told after it join when made in the
    fighting (``companions_told_after_battle``; ``with_seizures``: the reports of arrests
    told with weapons seized in their clause). (Damage told after it with no doer of its
    own is ``_damage_of_the_incident``'s.)"""
    if companion.sentences & host.sentences:
        return True
    if host.summary.event_type == "Protests" \
            and companion.summary.sub_event_type in _intervention_companions():
        # arrests told later in a demonstration's story, at its own place and day
        return min(companion.sentences) > min(host.sentences) and _place_relation(
            host.summary, companion.summary, across_documents=False) == "same" \
            and _date_relation(host.summary, companion.summary,
                               across_documents=False) == "same"
    if min(companion.sentences) <= min(host.sentences):
        return False
    if host.summary.event_type in ("Battles", "Violence against civilians") \
            and companion.summary.sub_event_type in _companions_told_after_battle():
        return _rounded_up_in_the_fighting(host.summary, companion, with_seizures)
    return companion.summary.sub_event_type in _companions_told_after()


def _rounded_up_in_the_fighting(incident: Event, arrested: _Cluster,
                                with_seizures: AbstractSet[str]) -> bool:
    """Arrests told with more of the fight (its wounded, weapons seized with them:
    "Police arrested 81 people and seized dozens of rifles", "35 soldiers were wounded
    and 21 suspects were arrested"), by the incident's state forces, on its day and at a
    place that does not contradict its own, of people of no named side. (An arrest
    told alone later, "Officers arrested four other men at a nearby market", may be
    another event.)"""
    arrests = arrested.summary
    with_the_fight = bool(arrests.injured or arrests.fatalities) or any(
        r.event_id in with_seizures or r.sub_event_type in _companions_told_after()
        for r in arrested.reports)
    return with_the_fight and arrests.inter1 == _STATE_FORCES \
        and arrests.inter2 in (None, CIVILIANS) \
        and _same_actor(arrests.actor1, incident.actor1) \
        and _place_relation(incident, arrests, across_documents=False) != "different" \
        and _date_relation(incident, arrests, across_documents=False) == "same"


def _companions_told_after() -> frozenset[str]:
    return _merge_set("companions_told_after")


def _companions_told_after_battle() -> frozenset[str]:
    return _merge_set("companions_told_after_battle")


_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _doer_told_as_anaphor(cluster: _Cluster, article: Article) -> bool:
    """Is the development's doer only a definite generic phrase that points back to
    attackers already told ("The gunmen ... set fire to 45 homes", ``anaphoric_heads``
    of data/actor_words.yaml), or a plural pronoun (``pronouns``)? Whatever name the
    actor stage gave it, such a doer is the earlier incident's."""
    words = load_actor_words()
    doers = [e for r in cluster.reports for e in r.evidence if e.field == "actor1"]
    return bool(doers) and all(
        e.text.casefold() in words.pronouns  # "They then set fire to the market"
        or (e.text.casefold() in words.anaphoric_heads
            and _DEFINITE.search(article.text[max(0, e.start - 8):e.start]))
        for e in doers)


def _damage_told_after() -> frozenset[str]:
    return _merge_set("damage_told_after")


def _damage_of_the_incident(cluster: _Cluster, hosts: list[_Cluster]) -> _Cluster | None:
    """The incident whose damage the development is: damage told after it with no doer
    of its own ("two huts were set alight", "a dozen motorbikes were wrecked") belongs
    to the violent event told last before it (the riot's crowd, the raid's attackers);
    ACLED codes it there, the type higher in precedence (``damage_told_after`` in
    data/merge.yaml). After the state's violence ("police shot two protesters. Shops
    were burnt") such damage is rather the crowd's or the other side's act than the
    forces': it stays apart."""
    if cluster.summary.sub_event_type not in _damage_told_after():
        return None
    host = _anaphoric_host(cluster, hosts)
    if host is None or host.summary.inter1 == _STATE_FORCES \
            or not _told_with_no_doer(cluster):
        return None
    return host


def _told_with_no_doer(damage: _Cluster) -> bool:
    """Does the damage name no doer of its own: no one, or an unidentified group, did
    it ("Several buildings were burnt", "unknown people torched a kiosk")? Such doers
    are no side apart from the incident's (the crowd, the attackers go unnamed). The
    actor stage may read a passive clause's subject as the doer's words ("several
    houses were torched"), so the doer's name is what counts, not its evidence."""
    doer = damage.summary.actor1
    return doer is None or _is_unidentified(doer)


def _anaphoric_host(cluster: _Cluster, hosts: list[_Cluster]) -> _Cluster | None:
    """The incident told last before the development (its doers are "the gunmen")."""
    first = min(cluster.sentences)
    earlier = [h for h in hosts if min(h.sentences) < first]
    return max(earlier, key=lambda h: min(h.sentences)) if earlier else None


def _fold_companions_into_violence(clusters: list[_Cluster], article: Article,
                                   with_seizures: AbstractSet[str] = frozenset()
                                   ) -> list[_Cluster]:
    """Looting, seized weapons or arrests told in a violent incident's own sentence,
    by one of its sides, join it (``companion_hosts`` in data/merge.yaml); so do
    those told later by the incident's attackers referred to as "the gunmen"."""
    hosts_by_type = _name_sets("companion_hosts")
    kept: list[_Cluster] = []
    for cluster in clusters:
        companion = cluster.summary
        allowed = hosts_by_type.get(companion.sub_event_type)
        host = None
        if allowed:
            hosts = [h for h in clusters if h is not cluster
                     and h.summary.event_type in allowed
                     and h.summary.sub_event_type not in hosts_by_type
                     and _may_host(h, cluster)]
            host = next((h for h in hosts if _told_with_or_after(cluster, h, with_seizures)
                         and _companion_side_ok(h.summary, companion)), None)
            if host is None and _doer_told_as_anaphor(cluster, article):
                host = _anaphoric_host(cluster, hosts)
            if host is None:
                host = _damage_of_the_incident(cluster, hosts)
        if host is None:
            kept.append(cluster)
            continue
        if _intervention_in(host, cluster):
            _absorb_intervention(host, cluster)
            continue
        _absorb(host, cluster)  # what one side did besides the violence
    return kept


@cache
def _intervention_companions() -> dict[str, str]:
    raw = _merge_data().get("intervention_companions") or {}
    return {str(k): str(v) for k, v in raw.items()}


def _intervention_in(host: _Cluster, companion: _Cluster) -> bool:
    """Is the development state forces' intervention in a demonstration (arrests at a
    protest)?"""
    return host.summary.event_type == "Protests" \
        and companion.summary.sub_event_type in _intervention_companions()


def _absorb_intervention(host: _Cluster, folded: _Cluster) -> None:
    """The arrests join the demonstration as its intervention: the forces that made
    them its second side, the demonstration at least a Protest with intervention
    (precedence keeps a stronger sub-type, such as excessive force)."""
    for report in folded.reports:
        host.add(replace(report, actor1=None, inter1=None, assoc_actor_1=None,
                         actor2=report.actor1, inter2=report.inter1, assoc_actor_2=None,
                         claims=[c for c in report.claims if c.field != "sub_event_type"],
                         event_type="Protests",
                         sub_event_type=_intervention_companions()[report.sub_event_type]))
    host.sentences |= folded.sentences


def _fold_civilians_into_battles(clusters: list[_Cluster]) -> list[_Cluster]:
    battles = [c for c in clusters if c.summary.event_type == "Battles"]
    if not battles:
        return clusters
    kept: list[_Cluster] = []
    for cluster in clusters:
        if not _fold_candidate(cluster.summary):
            kept.append(cluster)
            continue
        host = next((battle for battle in battles if _may_host(battle, cluster)), None)
        if host is None:
            kept.append(cluster)
            continue
        additive = not (cluster.sentences & host.sentences)
        hosted = host.summary
        for report in cluster.reports:
            claims = [
                replace(c, field=CIVILIAN_FIELD)
                if additive and c.field == "fatalities"
                else c
                for c in report.claims
                if c.field != "sub_event_type"  # a toll, not an account of what happened
            ]
            # the battle keeps its own type and actors; the report adds evidence and claims
            host.add(replace(report, claims=claims, actor2=None, inter2=None,
                             event_type=hosted.event_type,
                             sub_event_type=hosted.sub_event_type))
        host.sentences |= cluster.sentences
    return kept


MOB_VIOLENCE = "Mob violence"
VIOLENT_DEMONSTRATION = "Violent demonstration"


def _unnamed_doers(cluster: _Cluster) -> bool:
    """Does the report that opens the incident name no doer (nobody, an unidentified
    group, a crowd)? Later sentences' actors are noisy ("police opened a case against
    the attackers" lands the police on the attacking side)."""
    first = cluster.reports[0]
    return _actor_rank(first.actor1, first.inter1) < 2


@cache
def _reprisal_pattern() -> re.Pattern[str]:
    return _phrase_pattern("reprisal_words")


def _told_as_reprisal(cluster: _Cluster) -> bool:
    """Is the report's trigger a word of striking back ("reprisals")? Those are the
    other side's answer to a mob, not its violence."""
    pattern = _reprisal_pattern()
    return any(e.field == "trigger" and pattern.search(e.text)
               for r in cluster.reports for e in r.evidence)


def _civilians_apart_from_riot(mob: _Cluster, attack: _Cluster) -> bool:
    """A crowd that fought the state forces, and civilians the text names as hurt by
    someone it does not call the crowd ("rioters burned police cars ... The attacker
    stabbed a girl outside a school"): two actor pairs, as in _crowd_targets_differ;
    the civilians' attacker is not the riot's crowd."""
    return mob.summary.inter2 == _STATE_FORCES and any(
        r.inter2 == CIVILIANS and _victims_told_apart_from_crowd(r) for r in attack.reports)


def _fold_attacks_into_mob_violence(clusters: list[_Cluster]) -> list[_Cluster]:
    """Violence against people by nobody named, at the place and day of a mob's
    violence told before it ("A mob lynched a man ... Hundreds of people then stormed
    the station ... Eleven people were injured"): the mob's. ACLED codes the people a
    mob hurts as part of the Mob violence event (Riots), not an attack of its own."""
    mobs = [c for c in clusters if c.summary.sub_event_type == MOB_VIOLENCE]
    if not mobs:
        return clusters

    def mob_of(cluster: _Cluster) -> _Cluster | None:
        if cluster.summary.event_type != "Violence against civilians"\
                or not _unnamed_doers(cluster) or _told_as_reprisal(cluster):
            return None
        first = min(cluster.sentences)
        return next((m for m in mobs if min(m.sentences) <= first
                     and _may_host(m, cluster) and not _civilians_apart_from_riot(m, cluster)),
                    None)

    return _absorb_each(clusters, mob_of)


def _fold_forces_violence_into_crackdowns(clusters: list[_Cluster]) -> list[_Cluster]:
    """Violence against civilians opened by a toll with no doer ("The government
    confirmed one death in the capital"), or opened by nobody named and then told of
    the forces ("they fired at us"), after the forces' lethal fire on a demonstration at
    its place and day: the toll of that fire, which ACLED codes in the Excessive force
    event, not as an attack of its own (``crackdown_hosts`` in data/merge.yaml). A kind
    of civilian the forces are first told to have hit ("a schoolboy was wounded when
    officers fired") keeps an Attack of its own, and so does the forces' killing
    beside a riot (the crowd was violent; the forces' victim is apart)."""
    hosts = [c for c in clusters if c.summary.sub_event_type in _merge_set("crackdown_hosts")
             and c.summary.inter2 == _STATE_FORCES]
    if not hosts:
        return clusters

    def host_of(cluster: _Cluster) -> _Cluster | None:
        attack = cluster.summary
        if attack.event_type != "Violence against civilians" or attack.inter2 != CIVILIANS:
            return None
        first = min(cluster.sentences)
        return next((h for h in hosts if min(h.sentences) < first and _may_host(h, cluster)
                     and (cluster.opened_as_toll or _unnamed_doers(cluster) and any(
                         _same_actor(r.actor1, h.summary.actor2) for r in cluster.reports))),
                    None)

    return _absorb_each(clusters, host_of)


def _fold_forces_beatings_into_riots(clusters: list[_Cluster]) -> list[_Cluster]:
    """The forces a riot fought, told after it beating or hurting people at its place and
    day with no one killed ("Police beat people they caught at the barricades"): the
    riot told once more with its sides reversed, the forces' part in it, which ACLED
    codes in the riot's event. A killing by them stays an Attack of its own (ACLED
    Kenya), and so does violence by the forces the riot did not name."""
    riots = [c for c in clusters if c.summary.sub_event_type in (
        VIOLENT_DEMONSTRATION, *_merge_set("crackdown_hosts"))
             and c.summary.inter2 == _STATE_FORCES]
    if not riots:
        return clusters

    def riot_of(cluster: _Cluster) -> _Cluster | None:
        beating = cluster.summary
        if beating.event_type != "Violence against civilians" or beating.fatalities \
                or beating.injured or beating.inter1 != _STATE_FORCES \
                or beating.inter2 != CIVILIANS:
            return None
        first = min(cluster.sentences)
        return next((r for r in riots if min(r.sentences) < first
                     and _same_actor(r.summary.actor2, beating.actor1)
                     and _may_host(r, cluster) and _date_relation(
                         r.summary, beating, across_documents=False) in ("same", "unknown")),
                    None)

    return _absorb_each(clusters, riot_of)


def _absorb_each(clusters: list[_Cluster],
                 host_of: Callable[[_Cluster], _Cluster | None]) -> list[_Cluster]:
    """The clusters, in order, less each one that ``host_of`` gives a host: that one is
    absorbed into its host (a fold says only which host it looks for)."""
    kept: list[_Cluster] = []
    for cluster in clusters:
        host = host_of(cluster)
        if host is None:
            kept.append(cluster)
        else:
            _absorb(host, cluster)
    return kept


def _best_cluster(clusters: Sequence[_Cluster], report: Event, mention: EventMention, *,
                  separate: bool, new_scene: bool, other_strike: bool = False
                  ) -> tuple[int, int] | None:
    """(score, index) of the incident the report joins, None for a new one (ties: the
    most recent incident). ``other_strike``: a remote-violence report told at another
    time of the day, which joins no incident of another weapon."""
    best: tuple[int, int] | None = None
    for index, cluster in enumerate(clusters):
        if separate and min(cluster.sentences) < mention.sent_start:
            continue
        if other_strike and _other_weapon(cluster.summary, report):
            continue
        if new_scene and _place_relation(cluster.summary, report,
                                         across_documents=False) == "near":
            continue
        if mention.sent_start not in cluster.sentences and (
                _mob_killing_apart_from_riot(cluster, report)
                or _peaceful_march_apart_from_riot(cluster.summary, report)):
            continue
        score = incident_score(cluster.summary, report, across_documents=False)
        if score is not None and (best is None or score >= best[0]):
            best = (score, index)
    return best


@cache
def _occurrence_pattern() -> re.Pattern[str]:
    return _phrase_pattern("occurrence_verbs")


# the noun right after its article ("The second bombing occurred in Kabul" is another
# one), not in a clause that times something else by it ("minutes before the blast
# occurred")
_DEFINITE_BEFORE = re.compile(
    r"(?<!\bbefore )(?<!\bafter )(?<!\bwhen )(?<!\buntil )(?<!\bsince )(?<!\bas )"
    r"(?<!\bwhile )\b(?:the|this|that)\s+$", re.IGNORECASE)


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


def _claim_probe(report: Event, mention: EventMention) -> Event:
    """A claim of responsibility as compared with the incidents: undated (the day is
    the claim's) and without the civilians the actor stage assumed as victims where
    the claim names none ("said it had carried out the attack": the claim names who
    did it, the incident told before says to whom)."""
    victims = mention.actor2
    if victims is not None and victims.text is None and victims.inter == CIVILIANS:
        report = replace(report, actor2=None, inter2=None, assoc_actor_2=None,
                         interaction=None, civilian_targeting=None)
    return _undated(report)


def _claim_as_evidence_of(claim: Event, incident: Event) -> Event:
    """A claim joined to its incident: evidence of it (no type claim: the claim tells
    who, not what happened) whose doer still names a side (_incident_sides puts a group
    named alone on the side the incident's reports left unidentified)."""
    return replace(_as_evidence_of(claim, incident), actor1=claim.actor1, inter1=claim.inter1)


def _undated(report: Event) -> Event:
    return replace(report, event_date=None, time_precision=None)


@cache
def _claim_of_responsibility_pattern() -> re.Pattern[str]:
    """Words that claim an incident told as a definite noun, ending right before it."""
    phrases = [str(w) for w in _merge_data()["claim_of_responsibility_openings"]]
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in phrases)
    return re.compile(rf"\b(?:{alternatives})\s+$", re.IGNORECASE)


def _claims_responsibility(mention: EventMention, article: Article) -> bool:
    """Is the mention a claim of responsibility for "the attack" ("Islamic State claimed
    the attack through its news agency on Wednesday")? Its day is the claim's, not the
    incident's, which the definite noun points back to."""
    lead_in = article.text[max(mention.sent_start, mention.trigger_start - 60):
                           mention.trigger_start]
    return _claim_of_responsibility_pattern().search(lead_in) is not None


@cache
def _own_account_pattern() -> re.Pattern[str]:
    """A verb of saying whose content opens with the speaker itself as the doer: a
    pronoun ("the army said it had killed"; not "said it was unclear who ...") or a
    noun it owns ("said in a statement that its fighters had attacked")."""
    words = load_actor_words()

    def alternation(items: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))

    verbs = alternation(words.self_report_verbs)
    pronouns = alternation(words.self_report_pronouns)
    owners = alternation(words.self_report_possessives)
    nouns = alternation(str(n) for n in _merge_data()["own_account_nouns"])
    not_a_doer = r"(?!\s+(?:was|were|is|are|would|will|could|may|might|did\s+not)\b)"
    return re.compile(
        rf"\b(?:{verbs})\b(?:[^.;]{{0,80}}?\bthat)?\s+"
        rf"(?:(?:{pronouns})\b{not_a_doer}|(?:{owners})\s+(?:own\s+)?(?:{nouns})\b)",
        re.IGNORECASE)


@cache
def _force_account_patterns() -> tuple[re.Pattern[str], ...]:
    """A state force's speaker noun, a verb of saying, then a bare noun of its own men
    ("the army said on Sunday that soldiers had ...": data/merge.yaml)."""
    verbs = "|".join(re.escape(w) for w in sorted(load_actor_words().self_report_verbs,
                                                    key=len, reverse=True))
    speakers: dict[str, list[str]] = _merge_data()["own_account_force_speakers"]
    return tuple(re.compile(
        rf"\b{re.escape(speaker)}\b[^.;,]{{0,30}}?\b(?:{verbs})\b(?:[^.;]{{0,80}}?\bthat)?\s+"
        rf"(?P<men>{'|'.join(re.escape(str(n)) for n in men)})\b"
        r"(?!\s+(?:was|were|is|are|would|will|could|may|might|did\s+not)\b)",
        re.IGNORECASE) for speaker, men in speakers.items())


def _force_account_speaker(mention: EventMention, article: Article) -> str | None:
    """The force whose speaker tells the mention as its own men's act, read from the
    actor the bare noun of its men gives (rank 2), None when the sentence does not."""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    for pattern in _force_account_patterns():
        told = pattern.search(lead_in)
        if told is None:
            continue
        men_at = mention.sent_start + told.start("men")
        men_end = mention.sent_start + told.end("men")
        for actor in (mention.actor1, mention.actor2):
            if actor is not None and actor.start is not None and _actor_rank(
                    actor.name, actor.inter) == 2 and men_at <= actor.start < men_end:
                return actor.name
    return None


def _own_account_speaker(mention: EventMention, article: Article) -> str | None:
    """The side that tells the mention as its own act ("The RSF said in a statement that
    its forces had attacked ..."), None when the sentence does not tell it so before the
    trigger: the mention's actor named before the verb of saying (the speaker), or the
    one read from the owned noun itself ("its fighters", which the actor stage gives the
    speaker's name)."""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    told = _own_account_pattern().search(lead_in)
    if told is None:
        return _force_account_speaker(mention, article)
    said_at = mention.sent_start + told.start()
    owned_end = mention.sent_start + told.end()
    for actor in (mention.actor1, mention.actor2):
        if actor is not None and actor.start is not None and _actor_rank(
                actor.name, actor.inter) == 2 and (
                mention.sent_start <= actor.start < said_at
                or said_at <= actor.start < owned_end):
            return actor.name
    return None


def _own_account_sub_types() -> frozenset[str]:
    return _merge_set("own_account_sub_types")


def _named_sides(cluster: _Cluster) -> set[str]:
    """The named groups and forces (rank 2) any report of the incident puts on a side."""
    return {name.casefold() for r in cluster.reports
            for name, inter in ((r.actor1, r.inter1), (r.actor2, r.inter2))
            if name and _actor_rank(name, inter) == 2}


def _told_on_or_after(host: Event, account: Event) -> bool:
    """Is the account's day the incident's, unknown, or a few days after it (the day the
    party told it: "the army said in a statement on Monday that it had killed ...")?"""
    if _date_relation(host, account, across_documents=False) in ("same", "unknown", "overlap"):
        return True
    assert host.event_date is not None and account.event_date is not None
    days = (account.event_date - host.event_date).days
    return 0 < days <= int(_merge_data()["own_account_max_days_after"])


def _account_host(account: _Cluster, speaker: str,
                  earlier: Sequence[_Cluster]) -> _Cluster | None:
    """The first incident told before the account that names its speaker as a side, at
    a place its own sentences tell (an accusation that took the last town named is no
    scene), the account's place or one containing it (or the account names none), and a
    day that does not contradict it.
    (A fight the army tells at a nearby town, or one against the attackers of a strike
    on a hospital the army took no part in, is another event.)"""
    told = account.summary
    if told.event_type not in _VIOLENT and told.sub_event_type not in _own_account_sub_types():
        return None
    for host in earlier:
        hosted = host.summary
        if (hosted.event_type in _VIOLENT and speaker.casefold() in _named_sides(host)
                and min(host.sentences) < min(account.sentences)
                and hosted.location is not None
                and _place_relation(hosted, told, across_documents=False)
                in ("same", "contains", "unknown")
                and _told_on_or_after(hosted, told)):
            return host
    return None


def _fold_own_accounts_into_incidents(clusters: list[_Cluster],
                                      accounts: dict[str, str]) -> list[_Cluster]:
    """An incident opened by a side's own account of violence ("The RSF said its forces
    had attacked three army camps", after the lead's massacre of villagers by the RSF)
    is that side's version of an incident told before it (``_account_host``): it joins
    it as evidence. ACLED codes one event per actor pair, place and day, whoever tells it."""
    kept: list[_Cluster] = []
    for cluster in clusters:
        speaker = accounts.get(cluster.reports[0].event_id)
        host = _account_host(cluster, speaker, kept) if speaker else None
        if host is None:
            kept.append(cluster)
        else:
            _absorb_account(host, cluster, str(speaker))
    return kept


def _absorb_account(host: _Cluster, account: _Cluster, party: str) -> None:
    """The account as evidence of the incident. Against a one-sided attack, the party's
    toll is a rival count of the same victims ("killed 300 militiamen" of the villagers
    the lead counts), told by the party: its figures lose their side and take the
    party's name as source, so that the lowest account is coded."""
    hosted = host.summary
    for report in account.reports:
        if hosted.event_type == "Violence against civilians":
            report = replace(report, claims=[
                replace(c, group=None, source=party)
                if c.field in ("fatalities", "injured") else c for c in report.claims])
        host.add(_as_evidence_of(report, hosted))
    host.sentences |= account.sentences


@cache
def _rival_account_pattern() -> re.Pattern[str]:
    return _phrase_pattern("rival_account_cues")


def _told_as_rival_account(mention: EventMention, article: Article) -> bool:
    """Does the mention's sentence, before its trigger, say it is another teller's version
    of the incident told ("State media gave a different account, saying ...")?"""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    return _rival_account_pattern().search(lead_in) is not None


@cache
def _disputed_account_pattern() -> re.Pattern[str]:
    """A denial of what was just told: "denied this", "rejected the claim" (data/merge.yaml)."""
    data = _merge_data()
    verbs = "|".join(re.escape(str(w)) for w in data["disputed_account_verbs"])
    objects = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+")
                       for w in data["disputed_account_objects"])
    # (not "denied the allegation that the government was responsible": a new clause)
    return re.compile(rf"\b(?:{verbs})\s+(?:{objects})\b(?!\s+(?:that|of)\b)",
                      re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _next_sentence(mention: EventMention, article: Article) -> str:
    """The text of the sentence after the mention's (roughly: up to its final stop)."""
    rest = article.text[mention.sent_end:]
    stop = _SENTENCE_END.search(rest)
    return rest[:stop.end()] if stop else rest


def _disputed_by_next_sentence(mention: EventMention, article: Article) -> bool:
    """Does the next sentence deny the mention's account ("Residents denied this"), or a
    trailing clause of its own ("..., claims the army dismissed as lies")? Such an account
    is a disputed version of the incident, not what the story says happened."""
    if _disputed_account_pattern().search(_next_sentence(mention, article)) is not None:
        return True
    after = article.text[mention.trigger_end:mention.sent_end]
    return _trailing_denial_pattern().search(after) is not None


@cache
def _trailing_denial_pattern() -> re.Pattern[str]:
    """A clause after a comma that denies what its sentence told (data/merge.yaml)."""
    data = _merge_data()
    verbs = "|".join(re.escape(str(w)) for w in data["disputed_account_verbs"])
    openings = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+")
                        for w in data["disputed_trailing_openings"])
    return re.compile(rf",\s+(?:{openings})\s+(?:[\w'-]+\s+){{0,4}}(?:{verbs})\b",
                      re.IGNORECASE)


@cache
def _force_teller_pattern() -> re.Pattern[str]:
    """A state force's noun, then a verb of saying (data/merge.yaml force_teller_nouns)."""
    nouns = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+")
                     for w in _merge_data()["force_teller_nouns"])
    verbs = "|".join(re.escape(w) for w in sorted(load_actor_words().self_report_verbs,
                                                    key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\b[^.;,]{{0,30}}?\b(?:{verbs})\b", re.IGNORECASE)


def _told_by_a_force(mention: EventMention, article: Article) -> bool:
    """Does the mention's sentence, before its trigger, give it as a state force's words
    ("Pakistan's military said Indian jets had dropped their bombs ...")?"""
    lead_in = article.text[mention.sent_start:mention.trigger_start]
    return _force_teller_pattern().search(lead_in) is not None


def _fold_force_versions_into_incidents(clusters: list[_Cluster],
                                        told: set[str]) -> list[_Cluster]:
    """An incident opened by a state force's version of an act of the sub-type of one told
    before, at a place and day that do not contradict it, is that act told by the force
    (who it blames, or that it names itself the target, is its version of the sides):
    it joins the earlier incident as evidence."""
    def host_of(cluster: _Cluster) -> _Cluster | None:
        if cluster.reports[0].event_id not in told:
            return None
        first = min(cluster.sentences)
        sub_type = cluster.summary.sub_event_type
        return next((h for h in kept if min(h.sentences) < first
                     and h.summary.sub_event_type == sub_type
                     and h.summary.event_type in _VIOLENT
                     and _may_host(h, cluster)), None)

    kept: list[_Cluster] = []
    for cluster in clusters:
        host = host_of(cluster)
        if host is None:
            kept.append(cluster)
        else:
            _absorb(host, cluster)
    return kept


def _fold_rival_accounts_into_incidents(clusters: list[_Cluster],
                                        rivals: set[str]) -> list[_Cluster]:
    """An incident opened by another teller's version ("a different account, saying
    unidentified gunmen had attacked the police station", after witnesses told the forces
    firing on the marchers there) is the incident told last before it, at a place and day
    that do not contradict it, whatever kind of act the version tells: it joins that
    incident as evidence (ACLED codes the event once and notes the rival account)."""
    kept: list[_Cluster] = []
    for cluster in clusters:
        host = None
        if cluster.reports[0].event_id in rivals:
            first = min(cluster.sentences)
            host = next((h for h in reversed(kept) if min(h.sentences) < first
                         and h.summary.event_type in _VIOLENT | _DEMONSTRATIONS
                         and _may_host(h, cluster)), None)
        if host is None:
            kept.append(cluster)
        else:
            _absorb(host, cluster)
    return kept
