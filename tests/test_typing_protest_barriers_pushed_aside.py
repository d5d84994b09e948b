"""A crowd that pushed aside, climbed, removed or got through barricades put up against
it ("the marchers pushed aside barricades on the bridge", "nurses pushed through
barricades") built no road block of its own: the
barricade word is no violent demonstration, and the forces' tear gas types the march
as a protest with intervention (issue #3; typing_crowds.crowd_went_past_barriers;
barrier words in data/typing.yaml). Barricades the crowd put up, or that the forces
cleared, stay the crowd's road block."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-02-15")]


def test_marchers_pushing_aside_barricades(nlp: Language) -> None:
    text = ("Police fired tear gas at thousands of teachers marching to the capital on "
            "Wednesday. The teachers pushed aside barricades on a bridge near Nakuru and "
            "walked on, witnesses said.")
    assert _types(nlp, text) == ["Protest with intervention"]


def test_nurses_pushing_through_barricades(nlp: Language) -> None:
    # the barrier is the object of "through", not of the verb
    text = ("Officers lobbed tear gas at hundreds of protesting nurses who pushed through "
            "barricades outside the health ministry in Nairobi on Thursday, witnesses said.")
    assert _types(nlp, text) == ["Protest with intervention"]


def test_barricades_the_crowd_erected_stay_a_road_block(nlp: Language) -> None:
    text = "Traders erected barricades on the highway in Nakuru on Monday."
    assert _types(nlp, text) == ["Violent demonstration"]


def test_barricades_the_police_cleared_were_the_crowds(nlp: Language) -> None:
    text = "Police removed barricades on the highway in Nakuru on Monday."
    assert _types(nlp, text) == ["Violent demonstration"]
