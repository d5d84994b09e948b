"""State forces who burn or tear down what belongs to demonstrators ("police burned
the protesters' tents"; the forces named in the subject's 'of' phrase too,
"paramilitaries of the Rapid Support Forces") acted on the demonstration: an
intervention, not the demonstrators' violence nor their grievance (issue #3;
typing_crowds.forces_wreck_demonstrators_things). The demonstrators' own burning keeps
the riot."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-04")]


def test_police_burning_the_protesters_tents(nlp: Language) -> None:
    text = "Police burned the protesters' tents outside parliament in Nairobi on Monday."
    assert _types(nlp, text) == ["Protest with intervention"]


def test_paramilitaries_burning_a_camp_after_lethal_fire(nlp: Language) -> None:
    text = ("Soldiers opened fire on a sit-in outside the army headquarters in Khartoum on "
            "Monday, killing 12 people, medics said. Witnesses said paramilitaries of the "
            "Rapid Support Forces led the raid, burning the protesters' tents.")
    assert _types(nlp, text) == ["Excessive force against protesters"]


def test_demonstrators_burning_their_own_tyres_stay_a_riot(nlp: Language) -> None:
    text = "Protesters burned tyres outside parliament in Nairobi on Monday."
    assert _types(nlp, text) == ["Violent demonstration"]
