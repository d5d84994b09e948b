"""A crowd that fought the police, and civilians the text names as hurt by someone it
does not call the crowd (a lone attacker whose act set off the riot): two actor
pairs, so the attack is not folded into the riot as the mob's violence. Violence with
no doer named that the mob did to people (its lynching, its victims) still joins it."""

from __future__ import annotations

import eventcoder

PUBLISHED = "2024-05-11"


def _types(text: str) -> list[str | None]:
    return sorted(e.sub_event_type or "" for e in eventcoder.code(text, published=PUBLISHED))


def test_a_lone_attacker_is_apart_from_the_riot_that_followed() -> None:
    text = ("Rioters torched two buses, set police vans alight and looted shops in central "
            "Leeds on Friday night, hours after a man knifed two pupils at a bus stop.\n\n"
            "The attacker struck at the stop near a secondary school on Friday morning, "
            "wounding a twelve-year-old boy seriously, police said.")
    types = _types(text)
    assert "Attack" in types
    assert len(types) == 2


def test_victims_of_the_mob_itself_still_join_it() -> None:
    text = ("A mob beat a suspected thief to death in Kisumu on Friday.\n\n"
            "Two bystanders were also injured, police said.")
    assert _types(text) == ["Mob violence"]
