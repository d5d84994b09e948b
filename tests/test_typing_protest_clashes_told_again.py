"""A fighting noun with the definite article and no sides of its own ("a party agent
also died in the clashes"), told after a sentence whose event was typed a
demonstration, is that demonstration's fight named again: its riot, not an Armed
clash between two unidentified armed groups (issue #3; typing_crowds.clashes_told_again,
fight_named_again for the typing over the demonstration's sentences). Clashes with
their own sides stay a battle."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-03-15")]


def test_a_death_in_the_clashes_of_a_rally(nlp: Language) -> None:
    text = ("Supporters of the opposition clashed with police at a rally in Kisumu on "
            "Saturday, the county commander said. A party agent also died in the "
            "clashes, his family said.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_a_march_and_deaths_in_the_clashes(nlp: Language) -> None:
    text = ("Hawkers marched on the county offices in Nyeri on Saturday. Two people "
            "died in the clashes.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_clashes_between_named_sides_stay_a_battle(nlp: Language) -> None:
    text = ("Hawkers marched on the county offices in Nyeri on Saturday. Clashes "
            "between two rival militias killed four people in Marsabit.")
    assert "Armed clash" in _types(nlp, text)
