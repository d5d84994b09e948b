"""A named group the actor dictionary lacks is kept as written and flagged on the event
(issue #4): in the JSON object, in ACLED's ``tags`` column and through the store."""
from __future__ import annotations

import datetime as dt

import fixtures_store
from fixtures_events import coded_events
from fixtures_store import make_article
from spacy.language import Language

from eventcoder.merge import combine_reports
from eventcoder.schema import Event
from eventcoder.store import open_store

pg_server = fixtures_store.pg_server
store_url = fixtures_store.store_url

UNLISTED = ("The Kaptalamwa Defence Militia attacked a police post in Kapsowar on Monday, "
            "killing two officers, police said.")
LISTED = ("Al Shabaab fighters attacked a police post in Mandera on Monday, killing two "
          "officers, police said.")


PUBLISHED = "2025-03-04"


def test_unlisted_group_is_flagged_on_the_event(nlp: Language) -> None:
    (event,) = coded_events(nlp, UNLISTED, PUBLISHED)
    assert event.actor2 == "Kaptalamwa Defence Militia"
    assert event.actors_not_normalised == ["Kaptalamwa Defence Militia"]
    assert event.to_dict()["actors_not_normalised"] == ["Kaptalamwa Defence Militia"]
    assert event.to_acled_row()["tags"] == "not in actor dictionary: Kaptalamwa Defence Militia"


def test_dictionary_names_carry_no_flag(nlp: Language) -> None:
    events = coded_events(nlp, LISTED, PUBLISHED)
    assert events and all(e.actors_not_normalised == [] for e in events)
    assert all(e.to_acled_row()["tags"] == "" for e in events)


def _report(event_id: str, actor1: str, actor2: str, flagged: list[str]) -> Event:
    return Event(event_id=event_id, doc_id="doc", event_date=dt.date(2025, 3, 3),
                 time_precision=1, event_type="Battles", sub_event_type="Armed clash",
                 actor1=actor1, inter1=1, actor2=actor2, inter2=3,
                 actors_not_normalised=flagged)


def test_combined_event_keeps_the_flags_of_the_names_it_carries() -> None:
    police = "Police Forces of Kenya (2013-)"
    reports = [_report("a", police, "Kaptalamwa Defence Militia", ["Kaptalamwa Defence Militia"]),
               _report("b", police, "Kaptalamwa Defence Militia", ["Kaptalamwa Defence Militia"]),
               _report("c", police, "Unidentified Armed Group (Kenya)", ["Chepkum Youth Front"])]
    event = combine_reports(reports)
    assert event.actor2 == "Kaptalamwa Defence Militia"
    # the third report's own unlisted name is not a side of the combined event
    assert event.actors_not_normalised == ["Kaptalamwa Defence Militia"]


def test_store_keeps_the_flag(nlp: Language, store_url: str) -> None:
    (event,) = coded_events(nlp, UNLISTED, PUBLISHED)
    store = open_store(store_url)
    try:
        store.add_article(make_article(UNLISTED, doc_id="doc", published=PUBLISHED), [event])
        (stored,) = list(store.events())
    finally:
        store.close()
    assert stored.actors_not_normalised == ["Kaptalamwa Defence Militia"]
