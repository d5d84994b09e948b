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


def test_actor1_side_wording_names_real_types_and_inter_codes() -> None:
    from eventcoder.taxonomy import INTER_CODES

    phrases = notes_phrases()
    names = {s.name for s in SUB_EVENT_TYPES}
    assert phrases.by_actor1_inter
    for (sub_type, inter), words in phrases.by_actor1_inter.items():
        assert sub_type in names and inter in INTER_CODES, (sub_type, inter)
        assert words["verb"].strip(), (sub_type, inter)


def _summary(actor1: str, inter1: int, actor2: str, inter2: int) -> str:
    import datetime as dt

    from eventcoder.merge import summary_sentence
    from eventcoder.schema import Event

    event = Event(event_id="e", doc_id="d", event_date=dt.date(2023, 7, 5), time_precision=1,
                  event_type="Protests", sub_event_type="Excessive force against protesters",
                  actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2,
                  location="Kisumu", country="Kenya", fatalities=2)
    return summary_sentence(event)


def test_excessive_force_summary_is_told_from_the_protesters_side_when_they_are_actor1() -> None:
    # ACLED lists the protesters first in most such events; the police used the force.
    text = _summary("Protesters (Kenya)", 6, "Police Forces of Kenya (2013-)", 1)
    assert "Protesters (Kenya) met excessive force from Police Forces of Kenya (2013-)" in text
    assert "Protesters (Kenya) used excessive force" not in text
    text = _summary("Police Forces of Kenya (2013-)", 1, "Protesters (Kenya)", 6)
    assert "Police Forces of Kenya (2013-) used excessive force against Protesters (Kenya)" in text
