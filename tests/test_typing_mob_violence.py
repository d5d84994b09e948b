"""Mob violence: a riot told with a mob, a crowd's justice, a crowd that kills without
arms, and the people who are no mob (vigilantes quoted as a source, victims who are
dead or whose homes were burnt, a mob broken up by police) (each test fails without
its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 9)
_primary = partial(primary, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)


def test_a_mob_killing_a_suspected_rapist_is_mob_violence(nlp: Language) -> None:
    text = "Villagers in Kisii beat a suspected rapist to death on Sunday."
    assert _primary_type(nlp, text) == "Mob violence"


# An act told as an accusation is not reported as having happened.

def test_lynched_for_suspected_rape_is_mob_violence(nlp: Language) -> None:
    text = "An angry mob lynched a herdsman near the market for suspected rape."
    assert _primary_type(nlp, text) == "Mob violence"


def test_a_crowd_without_arms_still_makes_mob_violence(nlp: Language) -> None:
    # (the rule's counterpart: no self-arming phrase, the crowd stays a mob)
    text = "Three bandits were beaten to death by villagers during the night."
    assert _primary_type(nlp, text) == "Mob violence"


# The subject of a death word or of a passive suffered the act: it is no crowd
# that did it.

def test_fishermen_who_are_dead_are_no_mob(nlp: Language) -> None:
    text = "Five fishermen are dead on the lake after raiders from across the border attacked them."
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Attack"
    assert "unarmed crowd" not in best.type_reason


def test_residents_whose_homes_were_burnt_are_no_mob(nlp: Language) -> None:
    text = ("A trader was shot dead at Loruk by raiders as villagers fled after "
            "their huts were set on fire.")
    assert _primary_type(nlp, text) == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "A rioting mob set fire to a minibus in the town centre.",
        "A riot broke out in the market after a mob chased and lynched two men.",
    ],
)
def test_a_riot_told_with_a_mob_and_no_demonstration_is_mob_violence(
        nlp: Language, text: str) -> None:
    assert _primary_type(nlp, text) == "Mob violence"


def test_vigilantes_as_the_source_are_no_mob(nlp: Language) -> None:
    text = ("Gunmen raided two hamlets in the "
            "district, killing twelve farmers, according to vigilantes.")
    assert _primary_type(nlp, text) == "Attack"


def test_police_breaking_up_a_mob_leave_the_mob_violence(nlp: Language) -> None:
    text = ("Villagers beat a herdsman they blamed for a missing goat. Police intervened "
            "and dispersed "
            "the crowd.")
    assert [m.sub_event_type for m in _new(nlp, text)] == ["Mob violence"]
