"""Fights between party supporters, coded by period (issue #3).

ACLED's data of earlier years codes supporters of two parties who fight each other
as the parties' political militias in a battle; from the day typing.yaml names
(``party_crowds_rioters_from``) on, as rioters (Mob violence), which is its current
codebook's rule for crowds that are no organised armed group. A text's period is its
publication day or, for an undated text, the day its words date it to (the country
file's ``eras``: "county governor" in Kenya is after 2013)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from eventcoder.extract.actor_matcher import (
    actor_dictionary,
    actor_spans,
    doc_era_day,
    document_country,
)
from eventcoder.extract.typing_base import WORDS, Context, names_a_party
from eventcoder.extract.typing_crowds import crowd_armed_itself
from eventcoder.schema import Article

PARTY_CROWDS_RIOT = "party supporters fighting each other, no forces or armed group: rioters"
_RIOTERS_FROM = min(dt.date.fromisoformat(d) for d in WORDS.party_crowds_rioters_from)


def party_crowds_riot(doc: Doc, article: Article) -> bool:
    """Is the text dated to the period in which fights of party supporters are
    mob violence? (Undated texts keep the battle.)"""
    day = article.published
    if day is None:
        dictionary = actor_dictionary()
        day = doc_era_day(doc, article.text, dictionary, document_country(doc, dictionary))
    return day is not None and day >= _RIOTERS_FROM


def party_crowds_fight(ctx: Context, sent: Span) -> bool:
    """The sentence's fighters are crowds labelled by party ("Jubilee and NASA
    members clashed", "rival political supporters"), with no forces, armed group or
    community among them and no crowd said to have taken up arms."""
    if ctx.cue("state_forces") or ctx.cue("non_state") or ctx.cue("identity_group"):
        return False
    if crowd_armed_itself(ctx.cues.text_lower):
        return False
    return _names_a_party(sent) or _party_labelled_crowd(ctx)


def _names_a_party(sent: Span) -> bool:
    dictionary = actor_dictionary()
    for span in actor_spans(sent.doc):
        if span.label_ != "named" or not sent.start <= span.start < sent.end:
            continue
        actor = dictionary.resolve(span.text, None)
        if actor is not None and names_a_party(actor.inter, actor.name):
            return True
    return False


def _party_labelled_crowd(ctx: Context) -> bool:
    """A crowd word with a party label ("political supporters", "party youths")."""
    return any(c.lower_ in WORDS.party_crowd_modifiers
               for span in ctx.cues.by_label.get("crowd_cue", ())
               for c in span.root.children if c.dep_ in ("amod", "compound", "nmod"))
