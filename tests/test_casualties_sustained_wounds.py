"""The wounded told as the subject of a harm they sustain: "wounds" as a noun
(extract.casualties), not the verb of the same spelling."""

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
    # the noun after a verb of sustaining: its subject counts the wounded
    ("Raiders fired on the checkpoint overnight and three guards suffered minor wounds.", 3),
    ("Four traders sustained shrapnel wounds when the device went off near the stalls.", 4),
    # the verb "wounds" keeps its object as the victims
    ("A mine wounds five herders grazing near the river.", 5),
])
def test_wounds_sustained(parser: Language, text: str, injured: int) -> None:
    assert _injured(parser, text) == injured
