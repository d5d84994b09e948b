"""A crowd's violence of a demonstration's kind (a building broken into, stones
thrown), told in a sentence after one whose event was a demonstration, is the
demonstrators' riot: a Violent demonstration, not property destroyed by unknown men
nor a mob's violence (issue #3; typing_crowds.crowd_riot_in_protest_story). A crowd that
beats a man to death, a small 'group of men', and a rally where rival crowds fought
keep their own types. A movement's activists are such a crowd (crowd_doers in
data/typing.yaml). Bricks thrown are stones thrown (data/triggers.yaml)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-05")]


def test_hundreds_break_into_an_office_after_a_march(nlp: Language) -> None:
    text = ("Thousands of hawkers marched through Kisumu on Monday to demand lower market "
            "fees, the second day of protests in the city.\n\n"
            "On Tuesday, hundreds of people in Kisumu broke into the county revenue office "
            "and carried away computers and files.")
    types = _types(nlp, text)
    assert "Violent demonstration" in types
    assert "Looting/property destruction" not in types


def test_a_small_group_breaking_in_stays_looting(nlp: Language) -> None:
    text = ("Thousands of hawkers marched through Kisumu on Monday to demand lower market "
            "fees, the second day of protests in the city.\n\n"
            "On Tuesday, a group of men in Kisumu broke into a warehouse owned by the "
            "governor's family and looted it.")
    assert "Violent demonstration" not in _types(nlp, text)


def test_a_crowd_beating_a_man_to_death_stays_a_mob(nlp: Language) -> None:
    text = ("Students marched in Eldoret on Monday against a rise in fees.\n\n"
            "Also in Eldoret, a crowd beat a taxi driver to death after accusing him of "
            "theft.")
    assert "Mob violence" in _types(nlp, text)


def test_stones_thrown_at_each_other_after_a_rally_fight(nlp: Language) -> None:
    text = ("Supporters of two rival candidates clashed at a rally in Migori on Sunday. "
            "Youths hurled stones at each other.")
    assert _types(nlp, text) == ["Mob violence"]


def test_bricks_thrown_at_police_by_demonstrators(nlp: Language) -> None:
    text = ("Demonstrators threw bricks at police outside the county offices in Nyeri "
            "on Friday.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_party_activists_stoning_and_burning_after_a_rally_clash(nlp: Language) -> None:
    # (a paragraph of its own: the demonstration's typing over sentences stops there)
    text = ("Opposition supporters clashed with police at a rally in Kisumu on Saturday.\n\n"
            "Elsewhere in the town, activists of the party threw stones and set fire to two "
            "buses near its offices.")
    assert set(_types(nlp, text)) == {"Violent demonstration"}
