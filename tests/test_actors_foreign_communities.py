"""A nation's community or diaspora abroad that protests ("the Ethiopian community in
Nairobi") are protesters of that nation: ACLED scopes foreign protesters by their own
country, not the one they gathered in."""

from __future__ import annotations

import pytest

import eventcoder


@pytest.mark.parametrize(("text", "wanted"), [
    ("The Ethiopian community in Nairobi protested on Friday against the detention of "
     "dozens of traders.", "Protesters (Ethiopia)"),
    ("The Somali diaspora in Eastleigh held a peaceful march on Friday to demand the "
     "release of detained traders.", "Protesters (Somalia)"),
])
def test_a_foreign_community_protests_as_its_nation(text: str, wanted: str) -> None:
    events = eventcoder.code(text, published="2019-06-03")
    assert [e.actor1 for e in events if e.sub_event_type == "Peaceful protest"] == [wanted]
