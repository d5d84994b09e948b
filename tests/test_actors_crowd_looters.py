"""A crowd that loots is coded Rioters, not an armed group (issue #4;
actors._pick's looting branch, crowd_looter_words of data/actor_words.yaml, read
on the doer or, when the dictionary knows no actor there, on the trigger's subject):
the Kenya notes code crowds that looted in unrest as rioters; a small band of
unknown people stays an armed group."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _firsts(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2023-06-02")]


def test_crowds_carrying_goods_off_from_a_depot_are_rioters(nlp: Language) -> None:
    text = ("BAMAKO, June 2 - Crowds broke into a government grain depot in Bamako on "
            "Thursday, carrying away sacks of rice and millet, witnesses said.")
    assert _firsts(nlp, text) == [("Looting/property destruction", "Rioters (Mali)")]


def test_unknown_men_burning_a_kiosk_stay_an_armed_group(nlp: Language) -> None:
    text = ("BAMAKO, June 2 - Unknown men armed with clubs set fire to a roadside kiosk "
            "in Bamako on Thursday night, police said.")
    assert _firsts(nlp, text) == [("Looting/property destruction",
                                   "Unidentified Armed Group (Mali)")]
