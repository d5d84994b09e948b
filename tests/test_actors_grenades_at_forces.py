"""A grenade an armed group throws at police or soldiers (a post, a patrol): ACLED's
Kenya coders list the forces first, as in a battle (8 of the 9 Kenya notes of a grenade
between the state and an armed group). A grenade thrown at civilians keeps its thrower
first (issue #4; the first test fails without grenade_at_forces)."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events
from spacy.language import Language


@pytest.mark.parametrize(("text", "force"), [
    ("Suspected Al Shabaab militants threw a grenade at a police post in Garissa on "
     "Monday, but nobody was hurt.", "Police Forces of Kenya (2013-)"),
    ("Unknown attackers lobbed a grenade at an army patrol near Mandera on Friday, "
     "wounding two soldiers.", "Military Forces of Kenya (2013-)"),
])
def test_a_grenade_at_the_forces_lists_them_first(nlp: Language, text: str,
                                                  force: str) -> None:
    events = [e for e in coded_events(nlp, text, "2019-05-20")
              if e.sub_event_type == "Grenade"]
    assert [e.actor1 for e in events] == [force]


def test_a_grenade_at_civilians_keeps_its_thrower_first(nlp: Language) -> None:
    text = "Suspected Al Shabaab militants threw a grenade into a bar in Garissa on Monday."
    events = [e for e in coded_events(nlp, text, "2019-05-20")
              if e.sub_event_type == "Grenade"]
    assert [(e.actor1, e.actor2) for e in events] == [("Al Shabaab", "Civilians (Kenya)")]


def test_a_grenade_beside_shots_leaves_the_fight_one_event(nlp: Language) -> None:
    # (the shots make the fight; the grenade's sides are left as told, so that no
    # grenade of the forces on civilians is made of it)
    text = ("Unidentified men hurled a grenade at a police truck in Wajir town on Friday "
            "evening. They then shot at the officers, who drove off.")
    events = coded_events(nlp, text, "2019-05-20")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Armed clash", "Police Forces of Kenya (2013-)")]
