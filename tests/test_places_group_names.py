"""A place named inside an armed group's name ("the Jalisco cartel") tells who
the group is, not where the event happened (issue #5's event place). Fails
without the rule in ``resolve.places.place_for_mention``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _places(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location, e.admin1) for e in coded_events(nlp, text, "2024-04-02")]


def test_a_state_in_a_cartel_name_is_not_the_event_place(nlp: Language) -> None:
    text = "Members of the Jalisco cartel ambushed police officers in Michoacan, killing eight."
    assert _places(nlp, text) == [("Michoacan", "Michoacan")]


def test_a_place_told_apart_from_the_name_is_still_the_event_place(nlp: Language) -> None:
    # (the rule drops only the name inside the group's name, not the same place named again)
    text = "Gunmen of the Jalisco cartel killed six people in a bar in Jalisco on Sunday."
    assert [admin1 for _, admin1 in _places(nlp, text)] == ["Jalisco"]



def test_only_a_non_state_groups_name_hides_its_place() -> None:
    # ("Delhi Police", "Kenya Defence Forces": the place names where they serve)
    from eventcoder.resolve.places import _non_state_group
    assert _non_state_group("Jalisco cartel") and _non_state_group("Kachin Independence Army")
    assert not _non_state_group("Delhi Police") and not _non_state_group("Kenya Defence Forces")
