"""Fighting told again with its cause: clashes told before and how they began are
background, while clashes that began after an arrest are the news (each test fails
without its rule)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import detected
from spacy.language import Language

PUBLISHED = dt.date(2024, 12, 2)


def _status(nlp: Language, text: str, trigger: str) -> str:
    found = [m for m in detected(nlp, text, PUBLISHED) if m.trigger_text == trigger]
    assert found, f"no mention for {trigger!r}"
    return found[0].status


def test_the_clashes_told_before_and_how_they_began_are_background(nlp: Language) -> None:
    text = ("Separatist fighters and government troops clashed in the port city on Sunday. "
            "The clashes began after the separatists accused the government of withholding "
            "salaries.")
    assert _status(nlp, text, "clashes") == "background"


def test_clashes_that_began_after_an_arrest_are_the_news(nlp: Language) -> None:
    text = "Clashes began after police arrested a local leader in the town on Monday."
    assert _status(nlp, text, "Clashes") == "new"
