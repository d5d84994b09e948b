"""A body where states deliberate or are judged (the U.N. Security Council, the
General Assembly) is never a side of an event, whether a complaint is filed with it or
it condemns an act; the United Nations' own forces stay a side (hand-written sentences)."""

from __future__ import annotations

from fixtures_actors import side_names, story_mention
from spacy.language import Language


def test_the_council_a_complaint_goes_to_is_no_side(nlp: Language) -> None:
    text = ("Shells hit a market in the border town of Kiryat Shmona on Monday, wounding "
            "six people. The foreign ministry blamed Syrian forces for the attack and said "
            "it would lodge a protest with the U.N. Security Council.")
    names = side_names(story_mention(nlp, text, "attack",
                                     "Shelling/artillery/missile attack", "Israel"))
    assert not any(name and "Security Council" in name for name in names), names


def test_the_council_that_condemns_an_attack_is_no_side(nlp: Language) -> None:
    text = ("Mortar fire struck a camp for displaced people near Goma on Tuesday, killing "
            "four. The United Nations Security Council condemned the attack on Wednesday.")
    names = side_names(story_mention(nlp, text, "attack",
                                     "Shelling/artillery/missile attack",
                                     "Democratic Republic of Congo"))
    assert not any(name and ("United Nations" in name or "Security Council" in name)
                   for name in names), names


def test_peacekeepers_of_the_united_nations_remain_a_side(nlp: Language) -> None:
    text = ("Militiamen attacked a United Nations peacekeeping force base near Beni on "
            "Tuesday, and the U.N. peacekeepers fought them off.")
    mention = story_mention(nlp, text, "fought", "Armed clash",
                            "Democratic Republic of Congo")
    assert any(name and "United Nations" in name for name in side_names(mention))
