"""People added to those told before ("two other marchers", "fellow protesters") name the
same demonstration again: the sentence is typed with it (the test fails without the
rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2022, 4, 9)
_new = partial(new_mentions, published=PUBLISHED)


def test_other_marchers_hurt_are_the_same_demonstration(nlp: Language) -> None:
    text = ("A mother said her son was shot dead by police during a peaceful march in "
            "Homa Bay on Friday. Three other marchers were treated for gunshot wounds.")
    second = [m for m in _new(nlp, text) if m.sent_start > 0]
    assert second and {m.sub_event_type for m in second} == {
        "Excessive force against protesters"}
