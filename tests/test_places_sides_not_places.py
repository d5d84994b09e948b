"""A country named only as whose side someone is on ("The U.S. military's Central
Command said", "the Iran-aligned movement") does not keep an event from the story's
place in another country."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_the_owner_of_the_speaking_command_is_no_country_of_the_strikes(
        nlp: Language) -> None:
    text = ("The U.S. military's Central Command said its strikes destroyed fuel tanks "
            "overnight. Rescuers pulled bodies from the port in Hodeidah province.")
    mention = event_place(nlp, text, "strikes", sub_event_type="Air/drone strike")
    assert mention.place is not None and mention.place.admin1 == "Al Hudaydah"


def test_a_country_joined_to_a_participle_is_no_country_of_the_strikes(
        nlp: Language) -> None:
    text = ("Strikes destroyed fuel tanks used by the Iran-aligned movement overnight. "
            "Rescuers pulled bodies from the port in Hodeidah province.")
    mention = event_place(nlp, text, "Strikes", sub_event_type="Air/drone strike")
    assert mention.place is not None and mention.place.admin1 == "Al Hudaydah"
