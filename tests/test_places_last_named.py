"""The story's last-named place for a later sentence that names none: a capital told by a
phrase ("the Somali capital") is one, a town named after it wins, and a name no
gazetteer knows, told as lying near a known place, is at that place when named again."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language


def test_a_capital_phrase_places_the_next_sentence_s_event(nlp: Language) -> None:
    text = ("Militants stormed a police station in the Somali capital on Tuesday night, "
            "killing four officers. Troops retook the building on Wednesday after a long "
            "gun battle.")
    mention = event_place(nlp, text, "gun battle")
    assert mention.place is not None and mention.place.name == "Mogadishu"
    assert mention.geo_precision == 1


def test_a_town_named_after_the_capital_phrase_wins(nlp: Language) -> None:
    text = ("Militants stormed a hotel in the Somali capital on Friday. Soldiers also raided "
            "a militant camp near Kismayo. Fighting went on into Saturday.")
    mention = event_place(nlp, text, "Fighting")
    assert mention.place is not None and mention.place.name == "Kismayo"


UNKNOWN_NEAR = ("Bandits raided the village of Dorayi Kwari near Gusau on Sunday and took 20 "
                "people. The police spokesman in Zamfara state confirmed the raid. On Monday, "
                "soldiers killed six of the bandits in the bush outside Dorayi Kwari, the "
                "army said.")


def test_an_unknown_village_told_near_a_town_is_at_that_town(nlp: Language) -> None:
    assert "Dorayi Kwari" not in place_mentions(nlp, UNKNOWN_NEAR)  # no gazetteer knows it
    mention = event_place(nlp, UNKNOWN_NEAR, "killed six")
    assert mention.place is not None and mention.place.name == "Gusau"
    assert mention.geo_precision == 2


def test_a_later_sentence_without_the_unknown_name_takes_the_last_named_place(
        nlp: Language) -> None:
    text = ("Bandits raided the village of Dorayi Kwari near Gusau on Sunday. Police in "
            "Zamfara state said on Monday that troops killed six of the bandits.")
    mention = event_place(nlp, text, "killed six")
    assert mention.place is not None and mention.place.admin1 == "Zamfara"
    assert mention.geo_precision == 3
