"""A death that forces found when they came ("By the time officers reached the scene the
man was dead", "Police arrived after he had died") is the victim of the event told
before, not a killing by those who came (issue #3; filters.references._found_dead_on_arrival)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _sides(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2024-05-20")]


def test_police_who_came_after_a_lynching_attacked_nobody(nlp: Language) -> None:
    text = ("Traders in Kisii beat a suspected pickpocket with sticks on Saturday. When "
            "officers arrived, the man was already dead.")
    assert _sides(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_a_death_in_an_attack_on_arriving_troops_is_still_new(nlp: Language) -> None:
    text = ("Gunmen raided a village in Lamu on Friday. Two soldiers died when the attackers "
            "ambushed their convoy as it arrived in the village.")
    assert "Armed clash" in [t for t, _ in _sides(nlp, text)]
