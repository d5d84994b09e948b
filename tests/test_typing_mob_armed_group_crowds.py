"""A crowd word that a clause on it ties to an armed group ("youths thought
to belong to the banned sect", "young men suspected to be members of the
MRC") names the group's men: ACLED codes their violence as the group's attack,
not a mob's (issue #3). The first three tests fail without
said_to_be_armed_group (extract/typing_crowds.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2024-06-10")]


def test_youths_said_to_be_sect_members_who_kill_attack(nlp: Language) -> None:
    text = ("Youths thought to belong to the banned Mungiki sect killed a butcher "
            "in Kayole on Sunday.")
    assert _events(nlp, text) == [("Attack", "Mungiki Militia")]


def test_young_men_said_to_be_group_members_who_beat_attack(nlp: Language) -> None:
    text = ("Young men suspected to be members of the MRC beat a village elder "
            "in Kwale on Sunday.")
    assert [sub for sub, _ in _events(nlp, text)] == ["Attack"]


def test_stones_thrown_by_youths_said_to_be_group_members(nlp: Language) -> None:
    text = ("Youths suspected to be followers of the MRC threw stones at a church "
            "in Likoni on Sunday.")
    assert [sub for sub, _ in _events(nlp, text)] == ["Attack"]


def test_youths_with_no_group_named_stay_a_mob(nlp: Language) -> None:
    text = "Youths beat a suspected thief to death in Kayole on Sunday."
    assert [sub for sub, _ in _events(nlp, text)] == ["Mob violence"]
