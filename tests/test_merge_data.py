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


def test_merge_word_lists_are_well_formed() -> None:
    """data/merge.yaml: demonstration overrides name real Protests/Riots sub-types,
    cue lists are non-empty lower-case phrases."""
    from importlib import resources

    import yaml

    from eventcoder.taxonomy import event_type_of

    text = resources.files("eventcoder").joinpath("data/merge.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    names = {s.name for s in SUB_EVENT_TYPES}
    overrides = data["merged_demonstration_precedence"]
    assert overrides
    for winner, losers in overrides.items():
        assert winner in names and event_type_of(winner) in ("Protests", "Riots"), winner
        for loser in losers:
            assert loser in names and event_type_of(loser) in ("Protests", "Riots"), loser
            assert loser != winner
    for key in ("night_time_words", "separate_incident_cues"):
        words = data[key]
        assert words and len(set(words)) == len(words), key
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), key
