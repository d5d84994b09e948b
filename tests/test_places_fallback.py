"""An event whose own sentence names only a country (its town is in no gazetteer)
stays in that country: it is not moved to a place a later sentence names abroad."""

from __future__ import annotations

import eventcoder


def test_a_place_abroad_does_not_take_an_unplaced_event() -> None:
    text = ("Rebels seized the village of Wabbasoro on Congo's border with Uganda on "
            "Monday after fighting with the army, officials said.\n\n"
            "Congo accused neighbouring Rwanda of backing the rebels, a charge Kigali "
            "rejects.")
    events = eventcoder.code(text, published="2022-06-14")
    assert [(e.sub_event_type, e.country, e.location) for e in events] == [
        ("Non-state actor overtakes territory", "Democratic Republic of Congo", None)]


def test_a_later_place_in_the_same_country_still_places_it() -> None:
    text = ("Rebels seized the village of Wabbasoro in eastern Congo on Monday after "
            "fighting with the army, officials said.\n\n"
            "Thousands of residents fled towards Goma.")
    captures = [e for e in eventcoder.code(text, published="2022-06-14")
                if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [(e.country, e.location) for e in captures] == [
        ("Democratic Republic of Congo", "Goma")]
