"""A group that disarmed lives on in the news under its old name: after the FARC laid
down its arms (June 2017), an armed "FARC" is its dissidents, one actor with the EMC
the same story may name (hand-written sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import story_mention
from spacy.language import Language

TEXT = "FARC rebels ambushed an army patrol near Suarez on Tuesday, killing three soldiers."


@pytest.mark.parametrize("day, expected", [
    pytest.param(dt.date(2023, 5, 2), "EMC: FARC Central General Staff",
                 id="after_the_disarmament_the_dissidents"),
    pytest.param(dt.date(2011, 5, 3), "FARC: Revolutionary Armed Forces of Colombia",
                 id="before_it_the_guerrilla"),
])
def test_the_farc_is_named_by_the_events_day(nlp: Language, day: dt.date,
                                              expected: str) -> None:
    mention = story_mention(nlp, TEXT, "ambushed", "Armed clash", "Colombia", day)
    names = {a.name for a in (mention.actor1, mention.actor2) if a is not None}
    assert expected in names
