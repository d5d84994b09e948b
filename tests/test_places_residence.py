"""A place in a relative clause about a person ("the governor, who lives in Nairobi,
was not in the town") is where the person lives: a later sentence that names no place
does not take it for its event."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_where_someone_lives_is_not_carried_to_the_next_event(nlp: Language) -> None:
    text = ("MOGADISHU, March 4 (Reuters) - Al Shabaab fighters attacked an army base in "
            "the town of Beledweyne on Saturday, residents said.\n\n"
            "The regional governor, who lives in Nairobi, was not in the town. Officials "
            "said on Sunday that 12 soldiers had been killed in the fighting.")
    events = coded_events(nlp, text, "2024-03-04")
    assert events and all(e.location == "Beledweyne" for e in events), describe(events)
