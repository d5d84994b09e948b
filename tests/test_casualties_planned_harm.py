"""A casualty verb in an infinitive of purpose ("gathered to lynch two suspects") is
what the doers meant to do, not a toll: nobody is counted dead from it."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def _events_fatalities(nlp: Language, text: str) -> list[int]:
    article = make_article(text, published=dt.date(2024, 5, 1))
    return [e.fatalities for e in code_doc(nlp(text), article).events]


def test_a_crowd_gathered_to_lynch_suspects_kills_no_one(nlp: Language) -> None:
    text = ("Angry villagers gathered outside a police station in Molo on Tuesday to lynch two "
            "suspected cattle thieves, but officers dispersed them with teargas.")
    assert _events_fatalities(nlp, text) == [0]


def test_a_crowd_gathered_to_beat_a_man_to_death_kills_no_one(nlp: Language) -> None:
    text = ("Residents of Kisii stormed the cells on Monday to beat a murder suspect to death, "
            "but police fired in the air and moved him to another station.")
    assert all(f == 0 for f in _events_fatalities(nlp, text))


def test_killing_done_after_a_purpose_clause_is_still_counted(nlp: Language) -> None:
    text = ("Gunmen stormed a village near Mandera on Sunday to punish its elders and shot "
            "dead three people, police said.")
    assert _events_fatalities(nlp, text) == [3]
