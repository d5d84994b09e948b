"""What someone says an event told before was ("the governor said the bombing of the
market was a crime against humanity", "police said the ambush was the work of a splinter
faction") is a judgement on that event, told again: a retold reference, no new event
(issue #3; filters.references._judged_in_a_statement). The first telling stays new."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 5)


def test_a_judgement_on_the_attack_told_before_is_no_new_attack(nlp: Language) -> None:
    text = ("A car bomb exploded at a cattle market in the town of Baidoa on Monday, killing "
            "nine people, police said. The regional governor said the bombing was a cowardly "
            "crime against innocent traders.")
    assert statuses(nlp, text, "bombing", PUBLISHED) == ["reference"]


def test_a_judgement_with_nothing_told_before_stays_new(nlp: Language) -> None:
    text = ("The regional governor said the bombing at the cattle market in Baidoa on "
            "Monday was a cowardly crime against innocent traders.")
    assert statuses(nlp, text, "bombing", PUBLISHED) == ["new"]
