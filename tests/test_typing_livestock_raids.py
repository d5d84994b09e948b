"""Livestock driven off in a raid ("rustlers stole 40 cows", "the rustling of 300
goats", "a camp was raided and 60 animals stolen") is violence against the
herders, an Attack as ACLED codes it, not the looting of goods. Herds taken while
the text tells that nobody was hurt, herds driven off a raided farm or ranch, a
farm invaded whose trees were cut, and goods taken stay looting/property
destruction (the first three tests fail without the rule, the others guard it)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2023, 5, 8)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_rustlers_stealing_cows_attack_the_herders(nlp: Language) -> None:
    text = "Armed rustlers broke into a homestead at Tinderet and stole 40 cows on Sunday night."
    assert _primary_type(nlp, text) == "Attack"


def test_the_rustling_of_goats_is_an_attack(nlp: Language) -> None:
    text = "Bandits struck a homestead near Marigat on Friday in the rustling of 300 goats."
    assert _primary_type(nlp, text) == "Attack"


def test_animals_stolen_after_a_raid_is_an_attack(nlp: Language) -> None:
    text = "A settlement for displaced families near Kapenguria was raided on Monday, " \
           "with over 60 animals stolen."
    assert _primary_type(nlp, text) == "Attack"


def test_cattle_driven_off_with_nobody_hurt_stay_looting(nlp: Language) -> None:
    text = "Samburu raiders drove away 200 cattle from grazing fields near Baragoi on " \
           "Tuesday. Nobody was injured."
    assert _primary_type(nlp, text) == "Looting/property destruction"


def test_sheep_taken_from_an_invaded_farm_whose_trees_were_cut_stay_looting(
        nlp: Language) -> None:
    text = "Armed men invaded a ranch near Nanyuki on Monday, chopping trees " \
           "and stealing sheep."
    assert _primary_type(nlp, text) == "Looting/property destruction"


def test_goods_stolen_from_a_shop_stay_looting(nlp: Language) -> None:
    text = "Al-Shabaab militants stole medicine and food from a health centre in Mandera " \
           "on Sunday."
    assert _primary_type(nlp, text) == "Looting/property destruction"


def test_a_raid_burning_houses_with_nobody_hurt_stays_property(nlp: Language) -> None:
    text = "Raiders attacked a village near Kapedo and torched twelve houses on Tuesday. " \
           "No one was injured."
    assert _primary_type(nlp, text) == "Looting/property destruction"


def test_cattle_driven_off_a_raided_ranch_stay_looting(nlp: Language) -> None:
    text = "Armed men raided a ranch near Rumuruti on Friday and stole 80 cattle."
    assert _primary_type(nlp, text) == "Looting/property destruction"
