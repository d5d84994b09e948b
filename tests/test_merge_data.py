"""data/notes.yaml: every ACLED sub-event type has summary wording."""

from __future__ import annotations

from eventcoder.merge import notes_phrases
from eventcoder.taxonomy import SUB_EVENT_TYPES


def test_every_sub_event_type_has_notes_wording() -> None:
    phrases = notes_phrases()
    names = {s.name for s in SUB_EVENT_TYPES}
    assert set(phrases.by_sub_event) == names
    for name, words in phrases.by_sub_event.items():
        assert set(words) == {"verb", "target", "noun"}, name
        assert words["verb"].strip() and words["noun"].strip(), name
    assert "{n}" in phrases.fatalities_phrase and "{n}" in phrases.injured_phrase
