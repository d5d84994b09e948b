"""A second count told after an unrest's running total ("... had died since the riots
began and that 900 had been arrested", the parser hanging the second count inside the
"since" clause) is part of the same total, no arrest event of its own (filters; the
test fails without the rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2021, 9, 3)
_types = partial(new_types, published=PUBLISHED)


def test_arrests_counted_with_a_running_toll(nlp: Language) -> None:
    text = ("Officials said on Thursday that 40 people had died since the riots began "
            "last week and that 900 had been arrested.")
    assert "Arrests" not in _types(nlp, text)


def test_an_arrest_told_with_another_clause_stays(nlp: Language) -> None:
    # (no running total: the day's arrest is an event)
    text = ("Officials said on Thursday that police had arrested 90 traders in Kisumu on "
            "Wednesday and that the market had been closed.")
    assert "Arrests" in _types(nlp, text)


def test_a_closing_since_clause_leaves_the_toll(nlp: Language) -> None:
    # (the parser may hang the whole sentence under "since the war began"): only a
    # count coordinated with the "since" clause's verb is part of its total
    text = ("NAIROBI, May 3 (Reuters) - Mortar shells fired by the rebels struck a busy "
            "market in Kassala on Saturday, "
            "killing 40 people and wounding 90, the health ministry said, one of the deadliest "
            "attacks on the town since the war began.")
    assert "Shelling/artillery/missile attack" in _types(nlp, text)
