"""Typing and status rules of session 5 (issue #3), each on a hand-written
sentence that the rule decides (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import detected, new_mentions, primary, primary_type
from spacy.language import Language

from eventcoder.extract.filters import _chain

PUBLISHED = dt.date(2023, 6, 20)
_mentions = partial(detected, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_governor_chain_stops_at_the_root(nlp: Language) -> None:
    doc = nlp("Gunmen torched the market.")
    chain = _chain(doc[1], depth=6)  # "torched", the root
    assert [t.i for t in chain] == [1]
    chain = _chain(doc[3], depth=6)  # "market" -> "torched"
    assert [t.i for t in chain] == [3, 1]


def test_casualties_under_a_denial_three_clauses_up_are_background(nlp: Language) -> None:
    text = ("A rebel commander denied his fighters were behind the ambush, killing six "
            "porters and wounding nine.")
    assert _new(nlp, text) == []


def test_a_semicolon_ends_the_clause_that_governs_a_trigger(nlp: Language) -> None:
    # (the parser hangs the riot under "demand"; the demand is in another clause)
    text = "A riot erupts when ward results announced; rival supporters demand fresh polls"
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Violent demonstration"


def test_nobody_attacked_negates_the_attack_word(nlp: Language) -> None:
    text = "Herders set fire to maize farms near the river on Friday. No one was attacked."
    assert [m.sub_event_type for m in _new(nlp, text)] == ["Looting/property destruction"]


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


def test_fighting_back_in_defence_is_no_history(nlp: Language) -> None:
    text = "Three cattle raiders were killed by villagers who fought back in self-defence."
    assert [m.status for m in _mentions(nlp, text)] == ["new"]


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


def test_no_civilians_hurt_negates_the_injury_not_the_attack(nlp: Language) -> None:
    text = "Gunmen attacked the village at night; no civilians were injured."
    statuses = {m.trigger_text: m.status for m in _mentions(nlp, text)}
    assert statuses == {"attacked": "new", "injured": "negated"}
    assert _primary_type(nlp, text) == "Attack"


def test_a_security_build_up_is_a_change_to_activity(nlp: Language) -> None:
    text = "Security has been stepped up along the lake shore before Sunday's by-election."
    assert _primary_type(nlp, text) == "Change to group/activity"


def test_a_group_arming_itself_is_a_change_to_activity(nlp: Language) -> None:
    text = "Elders said herders in the valley were arming themselves ahead of the elections."
    assert _primary_type(nlp, text) == "Change to group/activity"


def test_the_doer_of_a_vow_is_not_part_of_the_plan(nlp: Language) -> None:
    text = ("The alleged killer, a local man – shot dead by police – had pledged "
            "allegiance to the militia.")
    assert _primary_type(nlp, text) in ("Armed clash", "Attack")
