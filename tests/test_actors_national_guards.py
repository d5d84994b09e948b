"""A national guard told without its country is the guard of the country the news is
about (a role word, like "troops"): Mexico's file listed "National Guard" as its own name,
so the guard of any other country (the United States', Ukraine's, Tunisia's) became the
Military Forces of Mexico. A country whose guard serves the interior ministry names it
police (role_aliases: Tunisia, Niger). The same holds for the units and services many
states have under one name (a republican guard, state or general security, internal
security forces, a joint or special task force, mobile police), which one country file
each listed as its own; Nigeria's Special Task Force (Plateau) is military-led. The Lake
Chad basin's Multinational Joint Task Force is an entry of its own. A federal country's
police by its tiers ("state police", "municipal police", which Mexico's and India's files
list) is any country's. The tests fail on cfbf8df but Culiacan's guard, Syria's republican
guard, the CJTF and Mexico's state police."""

from __future__ import annotations

import datetime as dt

import pytest

import eventcoder
from eventcoder.resolve.actors import ActorDictionary


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2024-05-31")]


@pytest.mark.parametrize(("text", "guard"), [
    ("National Guard soldiers fired tear gas at stone-throwing crowds in downtown Portland, "
     "Oregon, on Thursday night, the city's police said.",
     "Military Forces of the United States"),
    ("KYIV, May 31 (Reuters) - Russian drones hit a National Guard post outside Sumy on "
     "Thursday, killing three guardsmen, the regional governor said.",
     "Military Forces of Ukraine"),
    ("TUNIS, May 31 (Reuters) - National Guard officers detained nine suspected militants "
     "near Kasserine on Thursday, the interior ministry said.",
     "Police Forces of Tunisia"),
])
def test_a_national_guard_is_its_own_country_s(text: str, guard: str) -> None:
    sides = _sides(text)
    assert sides and any((side or "").startswith(guard) for pair in sides for side in pair), \
        sides
    assert not any("Mexico" in (side or "") for pair in sides for side in pair), sides


def test_mexico_s_guard_stays_its_army() -> None:
    sides = _sides("CULIACAN, Mexico, May 31 (Reuters) - Gunmen ambushed a National Guard "
                   "convoy outside Culiacan on Thursday, killing two guardsmen, officials said.")
    assert sides and any((side or "").startswith("Military Forces of Mexico")
                         for pair in sides for side in pair), sides


@pytest.mark.parametrize(("text", "country", "name"), [
    # units and services that many states have under one name: the event's country's
    ("Republican Guard", "Chad", "Military Forces of Chad"),
    ("Republican Guard", "Syria", "Military Forces of Syria"),
    ("State Security", "Egypt", "Police Forces of Egypt"),
    ("General Security", "Lebanon", "Police Forces of Lebanon"),
    ("Internal Security Forces", "Iraq", "Police Forces of Iraq"),
    ("Joint Task Force", "Philippines", "Military Forces of the Philippines"),
    ("Special Task Force", "Sri Lanka", "Police Forces of Sri Lanka"),
    ("Special Task Force", "Nigeria", "Military Forces of Nigeria"),
    ("Mobile Police", "Ghana", "Police Forces of Ghana"),
    # a federal country's police by its tiers, in any federal country's news
    ("state police", "Nigeria", "Police Forces of Nigeria"),
    ("municipal police", "Brazil", "Police Forces of Brazil"),
    ("state police", "Mexico", "Police Forces of Mexico"),
    # the Lake Chad force is its own, not Nigeria's army (its name holds "Joint Task Force")
    ("Multinational Joint Task Force", "Chad", "MNJTF: Multinational Joint Task Force"),
    ("Civilian Joint Task Force", "Nigeria", "CJTF: Civilian Joint Task Force"),
])
def test_a_shared_unit_name_is_the_event_country_s(dictionary: ActorDictionary, text: str,
                                                   country: str, name: str) -> None:
    actor = dictionary.resolve(text, country, dt.date(2024, 5, 31))
    assert actor is not None and actor.name.startswith(name), (text, country, actor)
    assert dictionary.home_country(text) in (None, country), text
