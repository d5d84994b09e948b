"""Acts told as a habit or spread over a period, not as one event (issue #3): what
someone does, in a present-tense relative clause ("a monitor that records killings";
filters.habits._done_as_a_habit); a time told as recurring ("almost every night";
filters.habits._recurring); acts spread "throughout" a month or a period
(filters.statistics._over_a_period); strikes and shelling a purpose clause would spare people
from (a gerund coordinated with a noun is read as a noun, so the infinitive of purpose
is its clause's verb)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_what_a_monitor_records_is_no_event(nlp: Language) -> None:
    text = ("Soldiers burned more than 50 houses in the village of Kinma on Friday, "
            "residents said. The figures come from a monitor that records killings of "
            "civilians across the country.")
    assert statuses(nlp, text, "killings", PUBLISHED) == ["habitual"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_shelling_almost_every_night_is_a_habit(nlp: Language) -> None:
    text = ("Government forces recaptured the town of Mabein from rebels on Sunday, state "
            "television said. Residents said the town had been hit by air strikes almost "
            "every night in April.")
    assert statuses(nlp, text, "air strikes", PUBLISHED) == ["habitual"]
    events = coded_events(nlp, text, PUBLISHED)
    assert "Air/drone strike" not in [e.sub_event_type for e in events], describe(events)


def test_strikes_throughout_a_month_are_many_acts(nlp: Language) -> None:
    text = ("Air defences shot down six drones over Belgorod on Tuesday, the governor said. "
            "Moscow has launched waves of missile attacks on Kharkiv throughout April.")
    assert statuses(nlp, text, "missile attacks", PUBLISHED) == ["habitual"]


def test_a_strike_throughout_the_night_is_the_days_event(nlp: Language) -> None:
    text = "Artillery shelled the outskirts of Kharkiv throughout the night, officials said."
    assert statuses(nlp, text, "Artillery", PUBLISHED) == ["new"]


def test_shelling_that_a_withdrawal_spares_residents_from(nlp: Language) -> None:
    text = ("Rebels said they had withdrawn from the town to spare residents from the army's "
            "air strikes and shelling.")
    assert "new" not in statuses(nlp, text, "shelling", PUBLISHED)
    events = coded_events(nlp, text, PUBLISHED)
    assert "Air/drone strike" not in [e.sub_event_type for e in events], describe(events)
