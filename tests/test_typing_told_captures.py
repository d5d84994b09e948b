"""A non-state group that tells its own capture (issue #3): "the Arakan Army said it had
seized the town", "the rebels claimed to have captured a post" name the group as the
taker, through the pronoun or the missing subject: Non-state actor overtakes territory."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language

PUBLISHED = "2024-03-18"

CASES = [
    ("The Arakan Army said it had seized the town of Paletwa on Sunday.",
     "Non-state actor overtakes territory"),
    ("The Arakan Army claimed to have captured a police outpost in Rathedaung on Sunday.",
     "Non-state actor overtakes territory"),
    # the group tells what the army did
    ("The Arakan Army said the military had seized the town of Paletwa on Sunday.",
     "Government regains territory"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_the_teller_of_a_capture_is_its_taker(nlp: Language, text: str, wanted: str) -> None:
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == [wanted], describe(events)
