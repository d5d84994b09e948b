"""A body found is one death (ACLED codes a found body as a killing), but only where a
verb of finding governs the word; a body found before the event is its cause.
One test per rule, each asserting the value."""

from __future__ import annotations

import pytest
from fixtures_mentions import casualty_mention
from spacy.language import Language

# A body found is one death (ACLED codes a found body as a killing), but only where a
# verb of finding governs the word ("the electoral body said" is none).
FOUND_BODIES = [
    ("The body of a watchman was found in a maize farm near Kitale on Monday.", "body", 1),
    ("The body of a teacher and the body of her son were dumped near the road to Thika.",
     "body", 2),
    ("A burnt body was discovered at a tea farm in Kericho.", "body", 1),
    ("Police recovered the body of a boda boda rider from a dam in Machakos.", "body", 1),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FOUND_BODIES)
def test_a_found_body_is_one_death(nlp: Language, text: str, trigger: str,
                                   expected: int) -> None:
    assert casualty_mention(nlp, text, trigger).fatalities == expected


def test_a_body_that_is_no_corpse_counts_nothing(nlp: Language) -> None:
    text = "The electoral body said the vote in Kisii would go ahead despite the attack."
    assert casualty_mention(nlp, text, "attack").fatalities is None


def test_a_body_found_before_the_event_is_its_cause(nlp: Language) -> None:
    text = ("Youths torched six houses in Kapsowar after the body of a herder was found "
            "near the river.")
    assert not casualty_mention(nlp, text, "body", "Riots").fatalities
