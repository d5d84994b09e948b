"""A 'by' phrase after the target of a noun trigger ("an attack on a village by Garre
militia") names the act's doer, though the parser hangs it on the target noun; a
participle's own agent ("a convoy escorted by police") is not the act's doer."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_the_agent_hung_on_the_target_is_the_doer() -> None:
    assert _events("Attack on a Degodia village by Garre militia near Mandera.") == [
        ("Attack", "Garre Ethnic Militia (Kenya)", "Civilians (Kenya)")]


def test_a_place_after_by_names_no_doer() -> None:
    assert _events("An attack on a bus by the roadside killed two people near Garissa.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]
