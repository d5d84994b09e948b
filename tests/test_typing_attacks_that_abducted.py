"""An attack whose only harm told is the people it took ('gunmen attacked the
village ... they abducted a woman and her two sons', 'hijacked a bus and took the
passengers to an unknown place') is an Abduction/forced disappearance (issue #3;
HarmTold.retype_attacks_that_abducted in mention_ranking, bare_attack_words in
data/typing.yaml). Before: the bare attack word made an Attack mention and the merge
gave the incident the Attack's precedence. A killing, an injury or a blow told in
the text keeps the Attack. The first two tests fail without the change."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2021-03-09")]


def test_village_attack_that_took_people(nlp: Language) -> None:
    text = ("Gunmen attacked a village near Garsen on Monday night. They abducted a woman "
            "and her two sons before fleeing into the forest.")
    assert _types(nlp, text) == ["Abduction/forced disappearance"]


def test_raid_on_a_farm_that_took_herders(nlp: Language) -> None:
    text = ("Bandits raided a ranch near Isiolo on Monday. The gang abducted three "
            "herders and drove them towards the border.")
    assert _types(nlp, text) == ["Abduction/forced disappearance"]


def test_a_killing_keeps_the_attack(nlp: Language) -> None:
    text = ("Gunmen attacked a village near Garsen on Monday night, killing a farmer. "
            "They abducted his wife and two sons.")
    assert _types(nlp, text) == ["Attack"]


def test_a_beating_keeps_the_attack(nlp: Language) -> None:
    text = ("Gunmen attacked a village near Garsen on Monday night and beat several "
            "residents. They abducted a woman and her two sons.")
    assert _types(nlp, text) == ["Attack"]
