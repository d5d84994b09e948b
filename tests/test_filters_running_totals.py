"""A count of people "since <weekday>" on a perfect, two days or more before the story
was published, is a total run up over several days ("Hundreds of people have been
arrested since Friday" on a Sunday): a statistic, not an event on the day of telling.
The day's own toll ("since Saturday" on a Sunday) and one person held since a weekday
stay events (each test fails without its rule or guards it)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import detected
from spacy.language import Language

SUNDAY = dt.date(2024, 12, 1)


def _status(nlp: Language, text: str, trigger: str) -> str:
    found = [m for m in detected(nlp, text, SUNDAY) if m.trigger_text == trigger]
    assert found, f"no mention for {trigger!r}"
    return found[0].status


def test_arrests_counted_since_friday_are_a_running_total(nlp: Language) -> None:
    text = "More than 400 people have been arrested since Friday, the interior ministry said."
    assert _status(nlp, text, "arrested") == "statistic"


def test_deaths_counted_since_thursday_in_a_past_perfect_are_a_total(nlp: Language) -> None:
    text = ("Dozens of civilians had been killed since Thursday in the coastal towns, a "
            "monitoring group said.")
    assert _status(nlp, text, "killed") == "statistic"


def test_people_detained_by_police_since_friday_are_a_total(nlp: Language) -> None:
    text = "Police have detained more than 300 people since Friday."
    assert _status(nlp, text, "detained") == "statistic"


def test_arrests_since_yesterday_are_the_day_s_event(nlp: Language) -> None:
    # the guard: the day before publication is the day's news
    text = "More than 400 people have been arrested since Saturday, the ministry said."
    assert _status(nlp, text, "arrested") == "new"


def test_one_leader_held_since_friday_is_an_arrest(nlp: Language) -> None:
    # the guard: the police are no count; one man arrested is that day's arrest
    text = "Police have arrested the opposition leader since Friday."
    assert _status(nlp, text, "arrested") == "new"


def test_a_total_killed_in_violence_since_thursday_files_no_event(nlp: Language) -> None:
    # the event noun the count's verb tells of is part of the same total
    from eventcoder.pipeline import code_doc, make_article

    text = ("More than 500 villagers had been killed in the violence in the hills since "
            "Thursday, a monitoring group said.")
    coded = code_doc(nlp(text), make_article(text, published=SUNDAY))
    assert coded.events == []
