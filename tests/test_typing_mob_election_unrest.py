"""Election violence told with nothing specific is rioting (a violent demonstration) only
when the text reports no specific violence elsewhere: beside an attack told in
another sentence it frames that attack (issue #3). Fails without
``extract.typing_crowds.without_unrest_beside_violence``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-01-08")]


def test_unrest_sentence_frames_the_attack_told_before(nlp: Language) -> None:
    text = ("Gunmen attacked a bus carrying farm workers near Molo on Sunday. "
            "Continuation of post-election violence.")
    assert _types(nlp, text) == ["Attack"]


def test_unrest_told_alone_stays_rioting(nlp: Language) -> None:
    text = "Post-election violence continued in Kisumu on Tuesday."
    assert _types(nlp, text) == ["Violent demonstration"]


def test_a_casualty_count_does_not_absorb_the_unrest(nlp: Language) -> None:
    text = ("Post-election violence continued in Kisumu on Tuesday. "
            "Fatalities: unknown.")
    assert "Violent demonstration" in _types(nlp, text)


def test_vague_unrest_after_a_disputed_vote_is_a_violent_demonstration(nlp: Language) -> None:
    """ACLED codes the vague unrest that follows a disputed vote as the rioting of
    crowds who contest the result (Violent demonstration), as it codes the same
    unrest when a text calls it post-election riots; no mob of its own."""
    text = "Election-related violence flared again in the lakeside town on Monday night."
    assert _types(nlp, text) == ["Violent demonstration"]
