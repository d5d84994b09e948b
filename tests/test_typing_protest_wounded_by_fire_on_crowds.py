"""People wounded or killed when state forces fired on a crowd, told in a sentence
after the one whose event was typed a demonstration ("Police shot dead four marchers
... More than 40 people were wounded when officers fired live rounds at crowds"), are
the toll of the force used on the demonstrators: the wounded join the Excessive force
against protesters, not an Attack on civilians of its own (issue #3;
typing_crowds.forces_fired_on_crowd_in_story). With no demonstration told before, the
shooting stays an attack, and forces as the victims keep their own rules."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

PUBLISHED = "2024-03-12"


def _events(nlp: Language, text: str) -> list[tuple[str, int | None]]:
    return [(e.sub_event_type, e.injured) for e in coded_events(nlp, text, PUBLISHED)]


def test_wounded_when_troops_fired_at_crowds_join_the_lethal_force(nlp: Language) -> None:
    text = ("Soldiers shot dead six demonstrators in the city of Mosul on Monday, hospital "
            "officials said. More than 70 people were wounded when troops fired on "
            "the crowds near the river bridge, the officials said.")
    assert _events(nlp, text) == [("Excessive force against protesters", 70)]


def test_wounded_after_police_used_live_bullets_on_marchers(nlp: Language) -> None:
    text = ("Police opened fire on marchers in the town of Kisumu on Tuesday, killing two "
            "people. Officers later fired live bullets into the crowd and 15 people were "
            "wounded, a rights group said.")
    assert _events(nlp, text) == [("Excessive force against protesters", 15)]


def test_shooting_with_no_demonstration_told_stays_an_attack(nlp: Language) -> None:
    text = ("More than 70 people were wounded when troops fired on crowds "
            "outside a market in the city of Mosul on Monday, hospital officials said.")
    assert [t for t, _ in _events(nlp, text)] == ["Attack"]
