"""A bare prevention verb ('thwarted', 'foiled', 'averted') with no weapon named in
its sentence disrupted no weapons use: 'police thwarted an attempt by students to
burn down a dormitory' tells a crowd stopped, not arms seized or a bomb defused
(issue #3; events.detect_mentions, where 'thwarted an attack' with no weapon was
already dropped). The first test fails without the change; a foiled bomb stays a
disrupted weapon."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2018-07-24")]


def test_thwarted_attempt_to_burn_a_dormitory(nlp: Language) -> None:
    text = "Police thwarted an attempt by students to burn down a dormitory in Nyeri on Tuesday."
    assert "Disrupted weapons use" not in _types(nlp, text)


def test_foiled_bomb_plot_stays_disrupted(nlp: Language) -> None:
    text = "Police foiled a bomb plot in Mombasa on Tuesday."
    assert _types(nlp, text) == ["Disrupted weapons use"]
