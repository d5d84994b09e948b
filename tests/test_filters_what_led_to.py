"""What led to a month-dated event of the story's history ("was arrested in December
after he tried to dissolve Congress", "was sacked in March when gunmen ambushed
his convoy") is as old as it: background, not the day's news (each test fails without
its rule or guards it)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import detected
from spacy.language import Language

PUBLISHED = dt.date(2024, 1, 10)


def _status(nlp: Language, text: str, trigger: str) -> str:
    found = [m for m in detected(nlp, text, PUBLISHED) if m.trigger_text == trigger]
    assert found, f"no mention for {trigger!r}"
    return found[0].status


def test_an_attack_after_which_a_man_was_held_in_march_is_history(nlp: Language) -> None:
    text = "Police arrested the suspect in March after he attacked a bus in the town."
    assert _status(nlp, text, "attacked") == "background"


def test_an_ambush_when_a_governor_was_sacked_in_march_is_history(nlp: Language) -> None:
    # ("when" hangs on its clause's verb as an adverb, not as a mark)
    text = "The governor was sacked in March when gunmen ambushed his convoy near the border."
    assert _status(nlp, text, "ambushed") == "background"


def test_an_attack_that_led_to_today_s_arrest_stays_news(nlp: Language) -> None:
    # the guard: no month on the verb before the clause
    text = "Police arrested the suspect on Tuesday after he attacked a bus in the town."
    assert _status(nlp, text, "attacked") == "new"
