"""What a relative clause tells of someone to say who they are, not an event of the
story (issue #3): a protest as a state a person was in ("a prisoner who had been on
hunger strike"; filters.habits._state_of_someone_described), and what a group did during a
war ("a militia that fought beside government troops during the civil war";
filters.habits._done_during_a_war)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_a_hunger_strike_that_says_who_a_prisoner_was(nlp: Language) -> None:
    text = ("Police fired tear gas at mourners in Nairobi on Monday, witnesses said. The "
            "mourners had gathered for the burial of a teacher who had been on hunger "
            "strike in prison.")
    assert statuses(nlp, text, "hunger strike", PUBLISHED) == ["reference"]


def test_a_hunger_strike_told_as_news_is_a_protest(nlp: Language) -> None:
    text = "Twenty prisoners went on hunger strike in Kamiti prison on Monday, a lawyer said."
    assert statuses(nlp, text, "hunger strike", PUBLISHED) == ["new"]


def test_what_a_militia_did_during_a_war_says_who_it_is(nlp: Language) -> None:
    text = ("Militiamen took control of the town of Debre Tabor on Wednesday after hours of "
            "fighting with federal troops, residents said. The militia, a network of local "
            "fighters that fought beside government troops during the civil war, has "
            "turned against its former allies.")
    assert statuses(nlp, text, "fought", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)
