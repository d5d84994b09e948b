"""An apposition that says where a place lies ("Las Palmas, a village in the municipality
of Tepalcatepec") qualifies it as plainly as "X in Y": a namesake of the village in
another state is not it (the gazetteer lacks the village), and the event is placed at
the municipality the text names."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language

TEXT = ("Gunmen ambushed an army patrol in the western state of Michoacan on Tuesday, "
        "killing four soldiers. The attack happened near El Aguaje, a village in the "
        "municipality of Aguililla. Later, troops clashed with gunmen in the town of "
        "Iguala in Guerrero state.")


def test_a_namesake_village_in_another_state_is_not_taken(nlp: Language) -> None:
    found = place_mentions(nlp, TEXT)
    village = found.get("El Aguaje")
    assert village is None or village.place is None or village.place.admin1 == "Michoacan"


def test_the_event_is_placed_at_the_municipality(nlp: Language) -> None:
    mention = event_place(nlp, TEXT, "happened", sub_event_type="Armed clash")
    assert mention.place is not None and mention.place.admin1 == "Michoacan"


def test_a_town_inside_the_named_unit_is_kept(nlp: Language) -> None:
    text = ("Police said a bomb went off at a bus stand in Hangu, a town in Khyber "
            "Pakhtunkhwa, on Monday, wounding six people.")
    found = place_mentions(nlp, text)
    town = found["Hangu"].place
    assert town is not None and town.admin1 == "Khyber Pakhtunkhwa"
