"""Which of a report's events is its primary one: violence outranks arrests, burnt
houses and a kidnapping it went with, a scene told in an 'after' clause or a flight
from the violence; a strategic event keeps its rank beside violence told as its
scene (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_mentions, primary, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2023, 6, 20)
_new = partial(new_mentions, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_arrests_in_a_raid_that_killed_rank_below_the_killing(nlp: Language) -> None:
    text = ("Officers raided a mosque in the old town and arrested 40 young men. "
            "A worshipper was shot dead as the raid went on.")
    assert _primary_type(nlp, text) == "Attack"
    arrest = next(m for m in _new(nlp, text) if m.sub_event_type == "Arrests")
    assert "ranked below the violence" in arrest.type_reason


def test_houses_burnt_beside_an_injury_rank_below_it(nlp: Language) -> None:
    text = ("Raiders from the hills torched forty homes in the village overnight. "
            "A farmer was injured.")
    assert _primary_type(nlp, text) == "Attack"


def test_a_strategic_event_keeps_its_rank_beside_violence_told_as_its_scene(
        nlp: Language) -> None:
    text = ("The army has dispatched hundreds of soldiers and armoured vehicles to the "
            "desert front. Officers said the convoy was sent there after the militants' "
            "heavy attack against an army post.")
    assert _primary_type(nlp, text) == "Change to group/activity"


def test_a_killing_in_a_kidnapping_raid_makes_it_an_attack(nlp: Language) -> None:
    text = ("Armed men seized twelve farmers from their fields near the river on Monday "
            "and shot dead a herder who tried to flee, the district officer said.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Attack"
    assert "precedence over Abduction" in best.type_reason


def test_a_kidnapping_with_no_killing_stays_an_abduction(nlp: Language) -> None:
    text = "Armed men seized twelve farmers from their fields near the river on Monday."
    assert _primary_type(nlp, text) == "Abduction/forced disappearance"


def test_a_shooting_by_police_is_no_accident(nlp: Language) -> None:
    text = ("A volunteer medic was shot dead by police while he helped the injured after "
            "a road accident on the highway.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Attack"
    assert "no accident" in best.type_reason


def test_machetes_carried_by_vandals_report_no_attack(nlp: Language) -> None:
    text = "Men wielding machetes destroyed a campaign billboard at the junction."
    assert _primary_type(nlp, text) == "Looting/property destruction"


def test_machetes_alone_still_report_an_attack(nlp: Language) -> None:
    text = "A family of four was attacked by men wielding machetes in the village."
    assert _primary_type(nlp, text) == "Attack"


def test_an_attack_on_property_that_hurt_nobody_is_property_destruction(
        nlp: Language) -> None:
    text = ("Gunmen attacked two phone masts near the camp at night; no civilians were "
            "injured, though the equipment was destroyed.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Looting/property destruction"


def test_an_arrest_in_an_after_clause_sets_the_scene(nlp: Language) -> None:
    text = ("A day after police arrested dozens of students at a rally, gunmen abducted two "
            "student leaders.")
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Abduction/forced disappearance"


def test_an_after_clause_does_not_outrank_violence_with_a_surrender(nlp: Language) -> None:
    # (only a violent event of the clause takes over from the scene)
    text = "Witnesses said the two men had surrendered before officers opened fire."
    assert _primary_type(nlp, text) == "Attack"


# People fleeing the violence the text reports are no event of their own.

def test_flight_after_a_reported_attack_is_no_event(nlp: Language) -> None:
    text = ("Gunmen killed eleven villagers in Kapedo on Tuesday. About 3,000 residents "
            "fled their homes after the raid, officials said.")
    subs = [m.sub_event_type for m in _new(nlp, text)]
    assert "Other" not in subs
    assert "Attack" in subs


def test_flight_alone_is_still_told(nlp: Language) -> None:
    text = "Thousands of residents fled their homes in the district on Monday."
    assert [m.sub_event_type for m in _new(nlp, text)] == ["Other"]
