"""Sources: a military spokesman is the military, not the government; end-to-end checks of
realistic attributions ("X told AFP", "state media reported", two accounts of one
toll)."""

from __future__ import annotations

import datetime as dt

import pytest

import eventcoder
from eventcoder.extract.sources import find_sources


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Kenya Defence Forces spokesman Paul Njuguna said 5 militants were killed.", "Kenya",
         ["Military (Kenya)"]),
        ("KDF spokesperson Zipporah Kioko said two soldiers were wounded.", "Kenya",
         ["Military (Kenya)"]),
        ("Police spokesman Charles Owino said the suspects fled.", "Kenya", ["Police (Kenya)"]),
        ("A county government spokesman said the road was closed.", "Kenya",
         ["Government (Kenya)"]),
    ],
)
def test_a_spokesman_speaks_for_his_service(
    text: str, country: str | None, expected: list[str]
) -> None:
    assert [c.name for c in find_sources(text, country=country)] == expected


PUBLISHED = dt.date(2019, 5, 10)


def test_a_local_official_telling_an_agency_is_two_sources() -> None:
    text = "Gunmen killed seven villagers in Mandera on Tuesday, a local chief told AFP."
    [event] = eventcoder.code(text, published=PUBLISHED)
    assert event.fatalities == 7
    assert event.source == "Government (Kenya); AFP"
    assert [c.source for c in event.claims if c.field == "fatalities"] == ["Government (Kenya)"]


def test_state_media_resolves_by_country() -> None:
    text = ("Militants stormed a police post in Lamu county on Monday, killing three "
            "officers, state media reported.")
    [event] = eventcoder.code(text, published=PUBLISHED)
    assert event.source == "Kenya Broadcasting Corporation"


def test_two_sources_two_tolls_code_the_lower_and_say_so() -> None:
    text = (
        "At least 12 people were killed when fighters attacked a market in Garissa on "
        "Sunday, according to the Kenya Red Cross. Police put the toll at nine."
    )
    [event] = eventcoder.code(text, published=PUBLISHED)
    assert event.fatalities == 9
    claims = {(c.source, c.value) for c in event.claims if c.field == "fatalities"}
    assert claims == {("Kenya Red Cross", 12), ("Police (Kenya)", 9)}
    assert event.notes is not None and "Kenya Red Cross reported 12" in event.notes
