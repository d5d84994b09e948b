"""Armed groups of current conflicts that the dictionary names (facts: names and
aliases), each resolved from a way the news writes it."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.resolve.actors import ActorDictionary

DAY = dt.date(2025, 3, 1)


@pytest.mark.parametrize("text, country, name, inter", [
    ("YBS", "Iraq", "Sinjar Resistance Units", 3),
    ("444th Brigade", "Libya", "444 Brigade", 3),
    ("Three Brotherhood Alliance", "Myanmar", "Three Brotherhood Alliance", 2),
    ("Darfur Joint Force", "Sudan", "Joint Force of Armed Struggle Movements", 2),
    ("Lakurawa militants", "Nigeria", "Lakurawa", 2),
    ("Kraze Barye gang", "Haiti", "Kraze Baryè", 3),
    ("5 Segonn", "Haiti", "Village de Dieu Gang", 3),
    ("Military Operations Command", "Syria", "Hayat Tahrir al-Sham", 2),
    ("Ansar al-Sunna", "Mozambique", "Islamic State (Mozambique)", 2),
    ("Tuareg separatist rebels", "Mali",
     "CSP-DPA: Permanent Strategic Framework for the Defense of the People of Azawad", 2),
])
def test_current_armed_groups_are_known(dictionary: ActorDictionary, text: str, country: str,
                                        name: str, inter: int) -> None:
    actor = dictionary.resolve(text, country, DAY)
    assert actor is not None, text
    assert (actor.name, actor.inter) == (name, inter)


@pytest.mark.parametrize("country, name", [
    ("Cameroon", "Ambazonian Separatists"),
    ("Yemen", "STC: Southern Transitional Council"),
    ("Kenya", "Unidentified Armed Group (Kenya)"),
])
def test_separatists_are_the_separatists_of_the_event_s_country(
        dictionary: ActorDictionary, country: str, name: str) -> None:
    # a bare "separatists" names no one group worldwide: Cameroon's Ambazonians are
    # not the separatists of Yemen or of the Kenyan coast
    actor = dictionary.resolve("the separatists", country, DAY)
    assert actor is not None and actor.name == name
