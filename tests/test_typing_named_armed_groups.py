"""Armed groups known by name only to the actor dictionary (no cue word such as
"militia" or "rebels" in the sentence) are armed sides for the typing: forces
killing their members fight a battle, not an attack on civilians. A party the
dictionary codes as a political militia, and a person the name only qualifies
("a supporter of the group's cause"), are no armed side (each test fails without
its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2022, 3, 14)
_type = partial(primary_type, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Police killed three members of the Imbonerakure in Kirundo province on Monday, "
        "officials said.",
        "Troops killed four Imbonerakure near Ngozi on Sunday, a police spokesman said.",
        "Police shot dead two Sungu Sungu members in Kisii on Friday, a police commander said.",
    ],
)
def test_forces_killing_a_named_group_fight_a_battle(nlp: Language, text: str) -> None:
    assert _type(nlp, text) == "Armed clash"


def test_a_person_the_group_name_only_qualifies_is_a_civilian(nlp: Language) -> None:
    # (the name qualifies a sympathiser of the cause, no armed man of the group)
    text = "Gunmen shot dead an Imbonerakure sympathiser outside a bar in Ngozi on Monday."
    assert _type(nlp, text) == "Attack"


def test_a_party_coded_as_a_militia_is_no_armed_side(nlp: Language) -> None:
    text = "Police shot dead two NUP supporters in Kampala on Monday, witnesses said."
    assert _type(nlp, text) != "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Six suspected SLDF militiamen were killed in Mount Elgon on Monday.",
        "Two suspected ONLF fighters were shot dead near Garissa on Friday.",
    ],
)
def test_suspects_named_by_a_group_acronym_are_armed(nlp: Language, text: str) -> None:
    # (the tagger reads the acronym as an adjective; the actor dictionary knows the name)
    assert _type(nlp, text) == "Armed clash"


def test_a_victim_said_to_be_a_group_member_is_armed(nlp: Language) -> None:
    # (the clause on the victim says who he is; the typing reads it as the victim)
    text = "Gunmen killed a man said to be an Imbonerakure fighter in Ngozi on Sunday."
    assert _type(nlp, text) == "Armed clash"
    assert _type(nlp, text.replace("an Imbonerakure fighter", "a shopkeeper")) == "Attack"
