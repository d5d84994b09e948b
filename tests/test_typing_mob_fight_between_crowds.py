"""A fight told as a noun whose 'between' phrase names crowds on both sides
('hurt in a clash between supporters of the senator and those of the
governor') is a fight of unarmed crowds, Mob violence, as it is when the crowds
are the verb's subject (issue #3). The parse shows no doer for such a noun, so
the unarmed-groups rule had left it a battle between unidentified armed groups.
Crowds labelled by a party, communities and armed men keep the battle. The
first two tests fail without crowds_are_the_sides (extract/typing_crowds.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2017-06-10")]


def test_fight_between_supporters_of_two_politicians_is_mob_violence(nlp: Language) -> None:
    text = ("Four people were hurt in a fight between supporters of Senator Ali Juma "
            "and those of Governor Peter Kamau in Nyeri town on Friday.")
    assert _types(nlp, text) == ["Mob violence"]


def test_clash_between_students_and_youths_is_mob_violence(nlp: Language) -> None:
    text = ("Three pupils were admitted to hospital after a clash between students "
            "and youths from a nearby estate in Kisumu on Monday.")
    assert _types(nlp, text) == ["Mob violence"]


def test_crowds_named_by_their_party_stay_a_battle(nlp: Language) -> None:
    # (ACLED's data of the years before 2013 codes fights of a party's supporters as
    # its militia's battle; from then on as rioters: test_typing_party_crowds_by_period)
    text = "A candidate was injured in a clash between KANU and FORD supporters in Nyeri."
    assert [e.sub_event_type for e in coded_events(nlp, text, "2002-11-20")] == ["Armed clash"]


def test_a_side_that_is_no_crowd_keeps_the_battle(nlp: Language) -> None:
    text = "Two men died in a clash between herders and police reservists near Isiolo."
    assert "Mob violence" not in _types(nlp, text)


def test_groups_of_no_known_kind_keep_the_battle(nlp: Language) -> None:
    # ('rival groups' may be armed men; only crowds the text says are people of a
    # kind make the noun's fight a mob's)
    text = "Three people died in a clash between two rival groups in Garissa on Sunday."
    assert _types(nlp, text) == ["Armed clash"]


def test_stabbed_in_a_row_between_aspirants(nlp: Language) -> None:
    # (the fight word is no trigger: the harm's 'in' phrase sets it in the
    # crowds' fight; fails without harm_in_crowds_fight)
    text = ("A campaign agent was stabbed in a heated row between the aspirants "
            "outside a church in Thika.")
    assert _types(nlp, text) == ["Mob violence"]


def test_hurt_in_a_brawl_between_students_and_touts(nlp: Language) -> None:
    text = "Two boys were hurt in a brawl between students and touts at a bus stage in Nakuru."
    assert _types(nlp, text) == ["Mob violence"]


def test_stabbed_in_a_scuffle_with_police_on_one_side_is_no_mob(nlp: Language) -> None:
    text = "A man was stabbed during a scuffle between herders and police reservists in Isiolo."
    assert "Mob violence" not in _types(nlp, text)
