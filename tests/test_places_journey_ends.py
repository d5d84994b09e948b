"""A sentence whose only places are where someone came from or went to ("as it travelled
from Quetta to Peshawar") does not move the event there when the story has already said
where it happened; nor does a later sentence take such a place as the last one named."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language

TEXT = ("Security forces freed the hostages of a hijacked train in a remote pass in "
        "Balochistan province on Wednesday. Gunmen had opened fire on the train on Tuesday "
        "as it travelled from Quetta to Peshawar. The army said 21 passengers were killed.")


def test_a_journeys_ends_are_not_the_place_of_the_attack(nlp: Language) -> None:
    mention = event_place(nlp, TEXT, "opened fire")
    assert mention.place is not None and mention.place.admin1 == "Balochistan"
    assert mention.place.feature_code == "ADM1"


def test_a_later_sentence_does_not_take_a_journeys_end(nlp: Language) -> None:
    mention = event_place(nlp, TEXT, "killed")
    assert mention.place is not None and mention.place.feature_code == "ADM1"


def test_a_journeys_end_still_places_a_story_that_names_nothing_else(
        nlp: Language) -> None:
    text = "Gunmen opened fire on a bus travelling from Garissa to Nairobi on Monday."
    mention = event_place(nlp, text, "opened fire")
    assert mention.place is not None and mention.place.name == "Garissa"


def test_a_distance_from_a_town_is_no_journeys_end(nlp: Language) -> None:
    text = ("Nine people were killed in clashes in Moyale county on Sunday. Militiamen "
            "attacked a village some 50 kilometres from Moyale town at dawn.")
    mention = event_place(nlp, text, "attacked", sub_event_type="Armed clash")
    assert mention.place is not None and mention.place.name == "Moyale"
    assert mention.geo_precision == 2


def test_the_town_of_the_hospital_is_not_where_the_wounded_were_hurt(
        nlp: Language) -> None:
    text = ("Gunmen killed 12 villagers in an attack near the town of Djibo in northern "
            "Burkina Faso on Friday. Nine people were wounded and taken to hospital in the "
            "capital Ouagadougou.")
    mention = event_place(nlp, text, "wounded")
    assert mention.place is not None and mention.place.name == "Djibo"


def test_a_clinic_with_an_article_is_a_destination_too(nlp: Language) -> None:
    text = ("Militiamen attacked the village of Bule in Ituri province on Sunday. The "
            "wounded were flown to a clinic in Bunia.")
    mention = event_place(nlp, text, "wounded")
    assert mention.place is not None and mention.place.name != "Bunia"
