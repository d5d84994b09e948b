"""Merge rules of session 7: within one story, a report whose country is only the
article's focus (its sentence names no place and no country) is not kept apart from an
incident the text places in another country."""

from __future__ import annotations

from fixtures_store import make_article, make_mention

from eventcoder.merge import merge_mentions
from eventcoder.schema import EventMention, Evidence

STORY = ("Drones struck an Al Shabaab camp in Somalia on Tuesday. "
         "The strikes killed nine fighters, officials said.")


def _mentions(*, told_second: bool) -> list[EventMention]:
    lead = make_mention(STORY, "struck", "Air/drone strike", actor2="shabaab",
                        date="2019-05-14")
    lead.country = "Somalia"
    at = STORY.index("Somalia")
    lead.evidence.append(Evidence("doc1", at, at + len("Somalia"), "Somalia", "country"))
    toll = make_mention(STORY, "strikes", "Air/drone strike",
                        fatalities=9)
    toll.country = "Kenya"  # the feed's country: nothing in the sentence says so
    if told_second:
        toll.evidence.append(Evidence("doc1", 0, 6, "Drones", "country"))
    return [lead, toll]


def test_a_report_in_the_article_s_focus_country_joins_the_placed_incident() -> None:
    [event] = merge_mentions(_mentions(told_second=False), make_article(STORY))
    assert event.country == "Somalia"  # the country the text names, not the focus
    assert event.fatalities == 9


def test_two_countries_the_text_names_keep_two_incidents_apart() -> None:
    events = merge_mentions(_mentions(told_second=True), make_article(STORY))
    assert [e.country for e in events] == ["Somalia", "Kenya"]
