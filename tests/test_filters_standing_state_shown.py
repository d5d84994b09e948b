"""What shows a standing state, not an event of a day (issue #3). (1) A "with" clause
with a subject and a gerund of its own, hung on a verb of being in the present or the
present perfect ("North Kivu has become the deadliest province in the country, with
rebels attacking villages and camps"): habitual (filters.habits._illustrating_a_state); the
same clause on a past day ("The town remained tense on Monday, with gunmen attacking a
police post") is that day's news. (2) An event adjective ranked by degree ("one of the
most violent provinces"): a place compared, no act (degree_adverbs)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import new_mentions, statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 6, 23)


def test_a_with_clause_on_a_standing_state_is_a_habit(nlp: Language) -> None:
    text = ("Gunmen killed four farmers near the town of Kasindi on Sunday, the army said. "
            "North Kivu has become the deadliest province in the country, with rebels "
            "attacking villages and camps for the displaced.")
    assert statuses(nlp, text, "attacking", PUBLISHED) == ["habitual"]


def test_a_with_clause_on_a_past_day_is_news(nlp: Language) -> None:
    text = "The town remained tense on Monday, with gunmen attacking a police post."
    assert statuses(nlp, text, "attacking", PUBLISHED) == ["new"]


def test_a_province_ranked_as_most_violent_is_no_attack(nlp: Language) -> None:
    text = ("Gunmen killed four farmers near the town of Kasindi on Sunday, the army said. "
            "Ituri is one of the most violent provinces in the country.")
    assert [m.trigger_text for m in new_mentions(nlp, text, PUBLISHED)] == ["killed"]
