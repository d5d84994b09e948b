"""Integrity of the taxonomy data file and the helpers over it."""

from __future__ import annotations

import pytest

from eventcoder import taxonomy


def test_all_25_acled_sub_event_types_in_six_event_types() -> None:
    assert len(taxonomy.SUB_EVENT_TYPES) == 25
    assert len({s.event_type for s in taxonomy.SUB_EVENT_TYPES}) == 6
    assert len({s.name for s in taxonomy.SUB_EVENT_TYPES}) == 25
    assert len({s.code for s in taxonomy.SUB_EVENT_TYPES}) == 25


def test_precedence_follows_the_codebook_order() -> None:
    # Battles before protests before explosions; within explosions air before shelling.
    assert taxonomy.precedence("Government regains territory") == 0
    assert taxonomy.precedence("Armed clash") < taxonomy.precedence("Peaceful protest")
    assert taxonomy.precedence("Air/drone strike") < taxonomy.precedence(
        "Shelling/artillery/missile attack"
    )
    assert taxonomy.precedence("Suicide bomb") < taxonomy.precedence(
        "Remote explosive/landmine/IED"
    )
    assert taxonomy.precedence("Other") == 24


@pytest.mark.parametrize(
    ("code", "name", "event_type"),
    [
        ("AIR_STRIKE", "Air/drone strike", "Explosions/Remote violence"),
        ("ARREST", "Arrests", "Strategic developments"),
        ("MOB_VIOL", "Mob violence", "Riots"),
        ("ABDUCT_DISSAP", "Abduction/forced disappearance", "Violence against civilians"),
        ("PROTEST_WITH_INTER", "Protest with intervention", "Protests"),
        ("NON_STATE_ACTOR_OVERTAKES_TER", "Non-state actor overtakes territory", "Battles"),
    ],
)
def test_case_codes_map_to_acled_names(code: str, name: str, event_type: str) -> None:
    st = taxonomy.by_code(code)
    assert st.name == name
    assert taxonomy.event_type_of(name) == event_type


def test_inter_codes_and_interaction() -> None:
    assert sorted(taxonomy.INTER_CODES) == list(range(1, 9))
    assert taxonomy.interaction_code(1, 7) == 17
    assert taxonomy.interaction_code(7, 3) == 37
    assert taxonomy.interaction_code(2, None) == 20
    assert taxonomy.interaction_code(None, 1) is None


def test_non_acled_classes_are_not_sub_event_codes() -> None:
    codes = {s.code for s in taxonomy.SUB_EVENT_TYPES}
    assert taxonomy.NON_ACLED_CODES == {
        "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"
    }
    assert not codes & taxonomy.NON_ACLED_CODES
