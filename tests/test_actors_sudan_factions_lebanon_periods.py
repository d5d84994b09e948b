"""Sudan's split movements and the army's mobilised militia, and Lebanon's state since its
2025 president (actor dictionary, session 21). The SLM/A split in 2005 (Abdel Wahid al-Nur's
and Minni Minawi's factions) and the SPLM-N in 2017 (Abdelaziz al-Hilu's and Malik Agar's)
fight on different sides of the 2023 war, so a faction told by its leader is that faction;
the movement told alone keeps the movement's name. The Popular Resistance raised since
June 2023 is a militia beside the army. The behaviour tests fail on cfbf8df, where the
factions shared one entry, the Popular Resistance had none and Lebanon's last period was
the one from 2022; the two guards (the movement told alone, the Popular Resistance only in
Sudan) pass there too."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import actor_sides, coded_events
from spacy.language import Language

from eventcoder.resolve.actors import ActorDictionary

DAY = dt.date(2024, 8, 1)
SLM_AW = "SLM/A-AW: Sudan Liberation Movement/Army (Abdul Wahid)"
SLM_MM = "SLM/A-MM: Sudan Liberation Movement/Army (Minni Minawi)"
SPLM_HILU = "SPLM-N: Sudan People's Liberation Movement-North (al-Hilu Faction)"
SPLM_AGAR = "SPLM-N: Sudan People's Liberation Movement-North (Agar Faction)"


@pytest.mark.parametrize(("text", "name"), [
    ("SLA-AW", SLM_AW),
    ("Abdel Wahid al-Nur's forces", SLM_AW),
    ("SLM-Minnawi", SLM_MM),
    ("Minni Minawi's forces", SLM_MM),
    ("SPLM-N El Hilu", SPLM_HILU),
    ("Abdelaziz al-Hilu's forces", SPLM_HILU),
    ("Malik Agar's forces", SPLM_AGAR),
    ("Sudanese Popular Resistance", "Popular Resistance (Sudan)"),
    ("Mustanfareen", "Popular Resistance (Sudan)"),
])
def test_a_faction_told_by_its_leader_is_that_faction(dictionary: ActorDictionary, text: str,
                                                      name: str) -> None:
    actor = dictionary.resolve(text, "Sudan", DAY)
    assert actor is not None and actor.name == name, (text, actor)


@pytest.mark.parametrize(("text", "name"), [
    ("Sudan Liberation Army", "SLM/A: Sudan Liberation Movement/Army"),
    ("SPLM-N", "SPLM-N: Sudan People's Liberation Movement-North"),
])
def test_the_movement_told_alone_keeps_its_name(dictionary: ActorDictionary, text: str,
                                                name: str) -> None:
    actor = dictionary.resolve(text, "Sudan", DAY)
    assert actor is not None and actor.name == name, (text, actor)


def test_the_popular_resistance_fights_beside_the_army(nlp: Language) -> None:
    text = ("PORT SUDAN, Aug 1 (Reuters) - Fighters of the Popular Resistance clashed with the "
            "Rapid Support Forces outside Sennar on Wednesday, leaving nine dead, residents said.")
    sides = actor_sides(coded_events(nlp, text, "2024-08-01"))
    assert ("Popular Resistance (Sudan)", 3) in sides, sides


def test_the_popular_resistance_is_sudan_s_alone(dictionary: ActorDictionary) -> None:
    # (Gaza's Popular Resistance Committees share its words: it is named only in Sudan)
    assert dictionary.home_country("Popular Resistance") is None
    actor = dictionary.resolve("Popular Resistance", "Palestine", DAY)
    assert actor is None or actor.country != "Sudan", actor


@pytest.mark.parametrize(("day", "name"), [
    (dt.date(2023, 11, 20), "Military Forces of Lebanon (2022-2025)"),
    (dt.date(2025, 3, 2), "Military Forces of Lebanon (2025-)"),
])
def test_lebanon_s_army_is_named_by_its_president_s_period(dictionary: ActorDictionary,
                                                           day: dt.date, name: str) -> None:
    actor = dictionary.resolve("Lebanese army", "Lebanon", day)
    assert actor is not None and actor.name == name, actor
