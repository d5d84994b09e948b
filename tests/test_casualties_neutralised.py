"""Enemies a military communique says were "neutralised" were killed: they count
as fatalities (issue #3; casualties.yaml, fatal transitive). A bomb neutralised is
no person."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _fatalities(nlp: Language, text: str) -> list[tuple[str, int]]:
    return [(e.sub_event_type, e.fatalities) for e in coded_events(nlp, text, "2024-06-10")]


def test_fighters_neutralised_in_an_ambush_are_counted(nlp: Language) -> None:
    text = ("Gunmen ambushed an army convoy near Mopti on Tuesday; the army said its troops "
            "neutralised about 15 of the attackers.")
    assert _fatalities(nlp, text) == [("Armed clash", 15)]


def test_jihadists_neutralized_in_a_sweep_are_counted(nlp: Language) -> None:
    text = "The army said on Tuesday that troops had neutralized 9 jihadists near Djibo."
    assert [f for _, f in _fatalities(nlp, text)] == [9]


def test_a_bomb_neutralised_kills_no_one(nlp: Language) -> None:
    text = "Police neutralised a bomb found near a church in Mombasa on Tuesday."
    assert all(f == 0 for _, f in _fatalities(nlp, text))
