"""A battle with forces told in a raid's own 'after' phrase ('raiders drove off the
cattle after a fierce battle with herders and police reservists'): the raiders fought
the forces on their raid, one Armed clash (issue #3; typing_armed.battle_of_the_raid,
read in events.type_triggers). Before, the battle only set the scene and the raid was an
Attack on civilians. Clashes between two other sides stay the scene of an attack. The
first two tests fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2021-05-18")]


def test_raiders_drove_off_cattle_after_battle_with_police(nlp: Language) -> None:
    text = ("About 150 armed raiders attacked a village in Turkana East on Monday and drove "
            "off the cattle after a fierce battle with local herders and police reservists.")
    assert _types(nlp, text) == ["Armed clash"]


def test_raiders_drove_away_goats_after_shootout_with_reservists(nlp: Language) -> None:
    text = ("Armed raiders attacked a village near Kapedo on Monday and drove away 40 goats "
            "after a shootout with police reservists.")
    assert _types(nlp, text) == ["Armed clash"]


def test_killing_after_clashes_between_clans_stays_an_attack(nlp: Language) -> None:
    text = "Gunmen killed two traders in Mandera on Monday after clashes between two clans."
    assert _types(nlp, text) == ["Attack"]
