"""A gathering that a thrown or planted explosive struck ('two men lobbed a
grenade into a campaign rally', 'a bomb went off at a prayer meeting') is the
bombing's target, not a demonstration of its own: ACLED codes the Grenade or
the Remote explosive, with the gathering's people as victims (issue #3;
typing_armed.bombed_gathering, read in events.type_triggers). Before: the
protest word won by precedence and the bombing became a Peaceful protest or a
Violent demonstration. The first three tests fail without the change."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in coded_events(nlp, text, "2022-08-14")]


def test_grenade_thrown_into_a_rally(nlp: Language) -> None:
    text = ("Two men threw a grenade into a campaign rally in Kisumu on Saturday, "
            "killing three people.")
    assert _events(nlp, text) == [("Grenade", "Unidentified Armed Group (Kenya)",
                                   "Civilians (Kenya)")]


def test_grenade_hurled_into_a_crowd_of_marchers(nlp: Language) -> None:
    text = ("A grenade was hurled into a crowd of demonstrators in Mombasa on Saturday, "
            "wounding ten.")
    assert [e[0] for e in _events(nlp, text)] == ["Grenade"]


def test_bomb_that_went_off_at_a_rally(nlp: Language) -> None:
    text = "A bomb exploded at an opposition rally in Garissa on Saturday, killing two."
    assert [e[0] for e in _events(nlp, text)] == ["Remote explosive/landmine/IED"]


def test_a_march_told_beside_a_bombing_stays(nlp: Language) -> None:
    # the march is no target of the explosive: it keeps its own event
    text = ("Hundreds of traders marched through Garissa on Saturday to demand better "
            "security, a day after a bomb exploded at the market.")
    assert "Peaceful protest" in [e[0] for e in _events(nlp, text)]
