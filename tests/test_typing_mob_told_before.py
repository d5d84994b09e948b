"""A lynching told over two sentences: the crowd is the doer of the first
('Villagers caught a man stealing a goat') and 'they' of the second beat him
to death (issue #3). 'They' stands for that crowd, so the harm is Mob
violence, not an attack by an unidentified armed group. Not when the sentence
before names forces or an armed group, whom 'they' may mean, nor across a
paragraph break. The first two tests fail without crowd_named_before
(extract/typing_crowds.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2018-03-12")]


def test_villagers_then_they_beat_him_to_death(nlp: Language) -> None:
    text = ("Villagers in Meru caught a man stealing a goat on Sunday. "
            "They beat him to death and burned his body.")
    assert _types(nlp, text) == ["Mob violence"]


def test_traders_then_they_assaulted_him(nlp: Language) -> None:
    text = ("Traders at a market in Nakuru chased a suspected pickpocket on Friday. "
            "They assaulted him and left him with serious burns.")
    assert _types(nlp, text) == ["Mob violence"]


def test_forces_in_the_sentence_before_keep_they_unresolved(nlp: Language) -> None:
    # ('they' may be the police: no crowd is read into it)
    text = ("Police and residents pursued a gang of robbers in Meru on Sunday. "
            "They shot one of the suspects dead.")
    assert "Mob violence" not in _types(nlp, text)


def test_a_new_paragraph_is_no_crowd_told_before(nlp: Language) -> None:
    text = ("Villagers in Meru caught a man stealing a goat on Sunday.\n\n"
            "They beat him to death and burned his body.")
    assert "Mob violence" not in _types(nlp, text)
