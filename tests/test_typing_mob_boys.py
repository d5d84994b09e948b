"""Boys as a band ('street boys', 'schoolboys': a crowd_cue phrase of
data/triggers.yaml) who stone or beat people are a crowd, as youths are: Mob
violence, not an attack by an unidentified armed group or no event (issue #3).
The first two tests fail without the change; the last guards boys as victims."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2021-05-04")]


def test_street_boys_stone_motorists(nlp: Language) -> None:
    text = "Street boys pelted motorists with stones in Nakuru on Monday."
    assert _types(nlp, text) == ["Mob violence"]


def test_schoolboys_beat_a_watchman(nlp: Language) -> None:
    text = "Schoolboys beat up a night watchman in Nyeri on Monday."
    assert _types(nlp, text) == ["Mob violence"]


def test_boys_shot_by_police(nlp: Language) -> None:
    text = "Police shot dead two boys in Kisumu on Monday."
    assert _types(nlp, text) == ["Attack"]
