"""Plans, vows and obligations: what is vowed, threatened or feared has not happened, while
a verb done beside a vow, a past obligation ('had to fire') and killings told after a
vow have (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import detected, primary, primary_type, trigger_statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_statuses = partial(trigger_statuses, published=PUBLISHED)
_primary = partial(primary, published=PUBLISHED)


_mentions = partial(detected, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


# A past obligation was met: "police had to fire in the air".

def test_had_to_fire_in_the_air_happened(nlp: Language) -> None:
    text = "Police had to fire in the air to scatter the marchers outside the court."
    statuses = _statuses(nlp, text)
    assert statuses["fire in the air"] == "new"
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Protest with intervention"


def test_have_to_stays_a_plan_when_not_in_the_past(nlp: Language) -> None:
    # (only the past obligation reports the act; "will have to" is still to come)
    text = "Police will have to disperse the crowd if it grows."
    assert _statuses(nlp, text)["disperse"] != "new"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The militants pledged allegiance to the Islamic State and attacked an army post.",
         "new"),
        ("The rebels vowed revenge and burned three villages.", "new"),
        # (a verb coordinated inside what is vowed stays vowed)
        ("The gunmen threatened to burn and loot the town.", "plan"),
    ],
)
def test_a_verb_coordinated_with_a_vow_is_done(nlp: Language, text: str, expected: str) -> None:
    statuses = [m.status for m in _mentions(nlp, text)]
    assert statuses and statuses[-1] == expected, statuses


def test_a_vow_about_killings_told_after_it_does_not_make_them_a_plan(nlp: Language) -> None:
    text = ("The governor vowed an inquiry after five "
            "people were hacked to death by vigilantes near the market.")
    assert _primary_type(nlp, text) == "Mob violence"


def test_attacks_feared_by_those_who_flee_are_no_attack(nlp: Language) -> None:
    text = "Thousands of villagers fled their homes fearing attacks by the militants."
    assert _primary_type(nlp, text) == "Other"


def test_the_doer_of_a_vow_is_not_part_of_the_plan(nlp: Language) -> None:
    text = ("The alleged killer, a local man – shot dead by police – had pledged "
            "allegiance to the militia.")
    assert _primary_type(nlp, text) in ("Armed clash", "Attack")
