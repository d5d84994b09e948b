"""Totals, comparisons and round-ups: a comparison with an earlier event ("for the first
time since 2016", "the worst violence since 2019") is no total since a date and leaves
the day's news standing, while a toll since a year stays a statistic and "the deadliest
attack since" restates the lead; a toll across a whole country is a round-up, unlike
raiders who came across the border (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import detected
from spacy.language import Language

PUBLISHED = dt.date(2024, 12, 2)


def _status(nlp: Language, text: str, trigger: str) -> str:
    found = [m for m in detected(nlp, text, PUBLISHED) if m.trigger_text == trigger]
    assert found, f"no mention for {trigger!r}"
    return found[0].status


def test_the_first_time_since_a_year_is_no_total_since_a_date(nlp: Language) -> None:
    text = "Rebels took control of the city on Saturday for the first time since 2016."
    assert _status(nlp, text, "control of the city") == "new"


def test_the_past_event_of_a_first_time_comparison_dates_nothing(nlp: Language) -> None:
    text = ("Rebels took control of most of the city on Saturday, for the first time since "
            "government forces drove them out in 2016.")
    assert _status(nlp, text, "took control") == "new"


def test_the_worst_violence_since_a_year_is_the_day_s_news(nlp: Language) -> None:
    text = "Gunmen killed 12 villagers on Monday, the worst violence in the area since 2019."
    assert _status(nlp, text, "killed") == "new"


def test_a_toll_since_a_year_stays_a_statistic(nlp: Language) -> None:
    text = "More than 300 people have been killed in the fighting since 2016."
    assert _status(nlp, text, "fighting") == "statistic"


def test_the_deadliest_attack_since_restates_the_lead(nlp: Language) -> None:
    text = ("A suicide bomber killed 40 worshippers at a mosque in the city on Friday. "
            "It was the deadliest attack since the last foreign troops left the country.")
    assert _status(nlp, text, "attack") == "background"
    assert _status(nlp, text, "suicide bomber") == "new"


def test_a_toll_across_a_whole_country_is_a_round_up(nlp: Language) -> None:
    # (the country's toll does not make the capital's demonstration a killing one)
    text = ("Police fired tear gas at students protesting in the capital on Tuesday, as at "
            "least six people were killed in violence across Bangladesh.")
    protest = [m for m in detected(nlp, text, PUBLISHED) if m.trigger_text == "protesting"]
    assert protest and protest[0].sub_event_type == "Protest with intervention"
    text = "Dozens of people were killed throughout the country on Sunday, officials said."
    assert _status(nlp, text, "killed") == "statistic"


def test_a_toll_of_raiders_who_came_across_the_border_is_the_news(nlp: Language) -> None:
    text = "Raiders who came across the border killed six herders near the town on Monday."
    assert _status(nlp, text, "killed") == "new"
