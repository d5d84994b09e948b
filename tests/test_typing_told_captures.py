"""A non-state group that tells its own capture (issue #3): "the Arakan Army said it had
seized the town", "the rebels claimed to have captured a post" name the group as the
taker, through the pronoun or the missing subject: Non-state actor overtakes territory.
The state's forces that tell their own capture the same way ("the army said it had
taken control of the town") regain territory (typing_armed.territory)."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language

PUBLISHED = "2024-03-18"

CASES: list[tuple[str, str | None]] = [
    ("The Arakan Army said it had seized the town of Paletwa on Sunday.",
     "Non-state actor overtakes territory"),
    ("The Arakan Army claimed to have captured a police outpost in Rathedaung on Sunday.",
     "Non-state actor overtakes territory"),
    # the group tells what the army did
    ("The Arakan Army said the military had seized the town of Paletwa on Sunday.",
     "Government regains territory"),
    # the country's own forces tell their capture through a pronoun
    ("Somalia's army said on Monday it had taken control of Bulo Burde after two days "
     "of fighting with the militants.", "Government regains territory"),
    ("The defence ministry announced that it had retaken the town of Kismayo on Sunday.",
     "Government regains territory"),
    # a teller who is no side: the pronoun's capture stays read from the words alone
    ("Residents feared they had lost the town of Paletwa to the Arakan Army on Sunday.",
     None),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_the_teller_of_a_capture_is_its_taker(nlp: Language, text: str, wanted: str) -> None:
    events = coded_events(nlp, text, PUBLISHED)
    if wanted is None:
        assert "Government regains territory" not in [e.sub_event_type for e in events]
        return
    assert [e.sub_event_type for e in events] == [wanted], describe(events)
