"""A planted bomb that its attackers followed with gunfire ('blew up the track and opened
fire on the train', 'the minibus drove over a landmine, and the attackers then fired
on it') is a direct attack: ACLED codes the Attack (or the Armed clash, when the
targets were armed) that the sides make, not a Remote explosive (issue #3;
typing_armed.explosive_beside_gunfire). Shots told in an 'after' phrase, and a bomb
'fired' by soldiers, are no gunfire beside it. The first two tests fail without the
rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2023-01-16")]


def test_track_blown_up_and_train_fired_on(nlp: Language) -> None:
    text = ("Separatist fighters blew up the railway track and opened fire on a passenger "
            "train near Sibi on Tuesday, wounding the driver.")
    assert _types(nlp, text) == ["Attack"]


def test_minibus_hit_a_mine_then_shot_at(nlp: Language) -> None:
    text = ("A minibus hit a landmine near Witu on Sunday and was shot at afterwards by "
            "militants hiding in the bush.")
    assert _types(nlp, text) == ["Attack"]


def test_bomb_hours_after_a_shooting_stays_a_bombing(nlp: Language) -> None:
    text = ("A bomb went off outside an embassy in Tripoli on Sunday, hours after a shooting "
            "at a consulate.")
    assert "Remote explosive/landmine/IED" in _types(nlp, text)
