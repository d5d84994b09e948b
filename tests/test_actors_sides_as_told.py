"""Battles of an era whose coding keeps the sides as the report tells them: ACLED's
Kenyan battles before 2012 list first the side the report has attacking (its subject,
or a passive's agent) and the forces it hit second; from 2012 on, and wherever the
country file sets no such era, the state forces come first (issue #4; the first test
fails without ``sides_as_told``)."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events
from fixtures_store import make_article
from spacy.language import Language

from eventcoder.pipeline import code_doc

_RAID = ("Armed bandits ambushed a police patrol near Lodwar on Tuesday night, wounding "
         "two officers before they fled with a rifle.")


def test_an_early_ambush_lists_its_attackers_first(nlp: Language) -> None:
    events = [e for e in coded_events(nlp, _RAID, "2009-06-10")
              if e.sub_event_type == "Armed clash"]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2002-2013)")]


def test_a_later_ambush_lists_the_forces_first(nlp: Language) -> None:
    events = [e for e in coded_events(nlp, _RAID, "2014-06-10")
              if e.sub_event_type == "Armed clash"]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Police Forces of Kenya (2013-)", "Unidentified Armed Group (Kenya)")]


@pytest.mark.parametrize("text", [
    # the forces are the subject: they come first in any era
    "Police engaged a gang of armed raiders near Lodwar on Tuesday, killing two of them.",
    # a fight both sides are told in is no one side's attack
    "Armed raiders fought a fierce battle with police near Lodwar on Tuesday.",
    # a clash told without a doer and an object keeps the state first
    "Two officers and three raiders died in a gunfight near Lodwar on Tuesday.",
])
def test_an_early_battle_not_told_as_an_attack_keeps_the_forces_first(
        nlp: Language, text: str) -> None:
    events = [e for e in coded_events(nlp, text, "2009-06-10")
              if e.sub_event_type == "Armed clash"]
    assert events and all(e.actor1.startswith("Police Forces of Kenya") for e in events)


def _undated_clashes(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    article = make_article(text, published=None)
    return [(e.actor1, e.actor2) for e in code_doc(nlp(text), article).events
            if e.sub_event_type == "Armed clash"]


def test_an_undated_ambush_whose_words_end_before_2012_lists_its_attackers_first(
        nlp: Language) -> None:
    # Awori was vice-president until January 2008: the whole stretch is before 2012
    text = ("Armed bandits ambushed a police patrol escorting Vice-President Awori near "
            "Lodwar, wounding two officers before they fled with a rifle.")
    assert _undated_clashes(nlp, text) == [
        ("Unidentified Armed Group (Kenya)", "Police Forces of Kenya (2002-2013)")]


def test_an_undated_ambush_whose_words_span_2012_lists_the_forces_first(
        nlp: Language) -> None:
    # a district commissioner dates a text only to before 2013, which spans the change
    text = ("Armed bandits ambushed a police patrol escorting the district commissioner "
            "near Lodwar, wounding two officers before they fled with a rifle.")
    assert _undated_clashes(nlp, text) == [
        ("Police Forces of Kenya (2002-2013)", "Unidentified Armed Group (Kenya)")]
