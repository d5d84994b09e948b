"""A country's name or demonym before a role word names whose role it is: "the US
military said" cites the United States' military, whatever the event's country.
Fails without ``extract.sources._owner_country``."""

from __future__ import annotations

import pytest

from eventcoder.extract.sources import find_sources


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels fired a missile at a ship, the US military said.", ["Military (United States)"]),
    ("Gunmen killed five people in Gao, Nigerian military officials said.", ["Military (Nigeria)"]),
    ("Five people were killed, British police said.", ["Police (United Kingdom)"]),
    # no owner before the role: the event's country
    ("Gunmen killed five people in Gao, the army said.", ["Military (Mali)"]),
    # a town before the role names no country
    ("Gunmen killed five people, Garissa police said.", ["Police (Mali)"]),
])
def test_the_owner_of_a_cited_role(text: str, expected: list[str]) -> None:
    assert [c.name for c in find_sources(text, country="Mali")] == expected


def test_civil_society_is_cited() -> None:
    text = "Gunmen killed five villagers near Beni, a civil society leader said."
    assert [c.name for c in find_sources(text, country="Democratic Republic of Congo")] == [
        "Activists (Democratic Republic of Congo)"]
