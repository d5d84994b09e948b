"""A raid on a place where people live (homes, homesteads, a village, a camp the
text says shelters displaced people) is an attack on its people even when only
their animals or goods are reported taken; a raid on a school or a farm that
took only things, or a raid on homes after which the text says nobody was hurt,
stays Looting/property destruction (issue #3). Needs typing_armed.raids_homes
(home_place_nouns, and 'resettlement' among civilian_site_modifiers, in
data/typing.yaml)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_LOOT = "Looting/property destruction"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_bandits_raid_homesteads_and_drive_away_goats(nlp: Language) -> None:
    text = ("Bandits raided homesteads at Kolowa on Sunday night and drove away 200 "
            "goats, the chief said.")
    assert _types(nlp, text) == ["Attack"]


def test_a_resettlement_camp_raided_for_cattle(nlp: Language) -> None:
    text = ("A resettlement camp for displaced families at Chepyuk was raided on Friday "
            "night and 60 cattle were stolen, officials said.")
    assert _types(nlp, text) == ["Attack"]


def test_a_school_raided_for_food_stays_looting(nlp: Language) -> None:
    text = ("Bandits raided a school in Kainuk on Monday night and stole food meant "
            "for the pupils, police said.")
    assert _types(nlp, text) == [_LOOT]


def test_homes_raided_with_nobody_hurt_stay_looting(nlp: Language) -> None:
    text = ("Armed men raided homes at Kapedo on Monday and stole 90 goats. "
            "Nobody was hurt, the chief said.")
    assert _types(nlp, text) == [_LOOT]
