"""Status rules of session 9 (issue #3): comparisons with earlier events and
fighting told again with its cause (each test fails without its rule)."""

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


def test_the_clashes_told_before_and_how_they_began_are_background(nlp: Language) -> None:
    text = ("Separatist fighters and government troops clashed in the port city on Sunday. "
            "The clashes began after the separatists accused the government of withholding "
            "salaries.")
    assert _status(nlp, text, "clashes") == "background"


def test_clashes_that_began_after_an_arrest_are_the_news(nlp: Language) -> None:
    text = "Clashes began after police arrested a local leader in the town on Monday."
    assert _status(nlp, text, "Clashes") == "new"


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
