"""Being shot at told from the target's side ('a police patrol came under fire from
bandits', 'villagers came under fire'): the subject is the target and the 'from'
phrase the shooters, so armed targets make an Armed clash and civilians an Attack
(issue #3: 'came under fire' was no trigger; the attack phrase in
data/triggers.yaml, its verb among typing.yaml's victim_subject_verbs). Both tests
fail without the change (no event)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-08-14")]


def test_patrol_under_fire_fought_armed_men(nlp: Language) -> None:
    text = "A police patrol came under fire from bandits near Kapedo on Thursday."
    assert _types(nlp, text) == ["Armed clash"]


def test_villagers_under_fire_is_an_attack(nlp: Language) -> None:
    text = "Villagers came under fire from raiders near Mandera on Thursday."
    assert _types(nlp, text) == ["Attack"]
