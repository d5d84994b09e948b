"""Status rules (issue #3): a casualty word that only says which people are meant
("the dead men were farmers", "the wounded officers were flown to Kabul"), after the
story told the killing, refers to those victims: no new killing. The same word in the
first sentence is still the event."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_the_dead_men_named_again_are_no_new_killing(nlp: Language) -> None:
    text = ("Soldiers shot dead six suspected rebels near a village in Ituri on Sunday, the "
            "army said. Local leaders said the dead men were farmers returning from their "
            "fields.")
    assert statuses(nlp, text, "dead", PUBLISHED) == ["reference"]


def test_dead_men_found_with_nothing_told_before_stay_new(nlp: Language) -> None:
    text = "The dead men were found beside a road near Bunia on Sunday, police said."
    assert statuses(nlp, text, "dead", PUBLISHED) == ["new"]
