"""Pakistan's districts of the former tribal areas are second-level units
(data/places/supplement.yaml): a report that names only "the North Waziristan district"
places its event there, in Khyber Pakhtunkhwa, and a town of the district that town
lists lack (Mir Ali) is not read as a namesake abroad."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_a_district_named_alone_places_the_event(nlp: Language) -> None:
    text = ("A roadside bomb hit a police van in Pakistan's South Waziristan district on "
            "Friday, killing four officers, officials said.")
    mention = event_place(nlp, text, "hit", sub_event_type="Remote explosive/landmine/IED")
    assert mention.place is not None and mention.place.name == "South Waziristan"
    assert mention.place.admin1 == "Khyber Pakhtunkhwa"


def test_a_town_of_the_district_is_found_in_pakistan(nlp: Language) -> None:
    text = ("Militants stormed a checkpoint in the Mir Ali area of northwest Pakistan on "
            "Sunday, killing three soldiers, the army said.")
    mention = event_place(nlp, text, "stormed", sub_event_type="Armed clash")
    assert mention.place is not None and mention.place.name == "Mir Ali"
    assert mention.place.admin1 == "Khyber Pakhtunkhwa"
