"""The wounded told by a harm they are left or escape with (extract.casualties)."""

from __future__ import annotations

import pytest
from fixtures_mentions import casualty_mention
from spacy.language import Language

from eventcoder.nlp import load_base_model


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_base_model()


def _injured(parser: Language, text: str) -> int | None:
    # the parse alone (no trigger or cue spans), the text's first letter as trigger
    return casualty_mention(parser, text, text[:1]).injured


@pytest.mark.parametrize(("text", "injured"), [
    # a harmed body part the victim is left with: the verb's object
    ("Youths with iron bars set upon a vendor outside the depot on Friday night, "
     "leaving him with a fractured skull.", 1),
    ("Thugs beat up two poll clerks, leaving both of them with broken ribs.", 2),
    # an injury the victims escape with: the verb's subject
    ("A herder was shot dead in the raid and three of his kinsmen fled with gunshot "
     "wounds.", 3),
    ("The headman escaped with a cracked collarbone.", 1),
    # a body found with wounds is a death, not a wounded person
    ("The trader was later found with deep cuts and stab wounds in a ditch.", None),
    # a body part with no harm told is nothing
    ("A guard hit the man with his arm.", None),
])
def test_harm_told_with_counts_the_wounded(parser: Language, text: str,
                                           injured: int | None) -> None:
    assert _injured(parser, text) == injured
