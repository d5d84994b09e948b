"""Remote violence told by the weapon as the subject of a strike verb, a force taking
up quarters at a base, and the body a merger forms, an organisation (each test fails
without its rule; the refugee camp guards the base rule's limit)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import detected, new_types, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2023, 6, 12)
_type = partial(primary_type, published=PUBLISHED)
_new_types = partial(new_types, published=PUBLISHED)


def test_drones_that_hit_a_target_in_a_conjunct_clause_strike(nlp: Language) -> None:
    # ("drones flew in ... and hit"): the weapon is the subject the two verbs share
    text = ("Drones flew in from the sea overnight and hit two apartment blocks in the "
            "port city, the regional governor said.")
    assert _type(nlp, text) == "Air/drone strike"


def test_a_partitive_pronoun_stands_for_the_drones_named_before(nlp: Language) -> None:
    # ("three of them hit a fuel depot"): "them" are the drones tracked
    text = ("The army said it had tracked a swarm of drones overnight and that three of "
            "them hit a fuel depot near the border.")
    assert _type(nlp, text) == "Air/drone strike"


def test_a_force_moving_into_a_camp_establishes_a_base(nlp: Language) -> None:
    text = ("Fighters of the militia moved into an abandoned army camp outside the town "
            "on Monday, residents said.")
    assert _type(nlp, text) == "Headquarters or base established"


def test_families_moving_into_a_refugee_camp_establish_no_base(nlp: Language) -> None:
    text = ("Hundreds of displaced families moved into a refugee camp outside the town "
            "on Monday, aid workers said.")
    assert "Headquarters or base established" not in _new_types(nlp, text)


def _all_types(nlp: Language, text: str) -> set[str]:
    """The sub-event types of every mention, whatever its status."""
    return {m.sub_event_type for m in detected(nlp, text, PUBLISHED)}


def test_a_new_body_formed_by_a_merger_is_no_corpse(nlp: Language) -> None:
    # ("merged in 2019 to form a new body"): an organisation, no killing
    text = ("Officials said the two militias, which had merged in 2019 to form a new "
            "body, were still active in the hills.")
    assert _all_types(nlp, text) == {"Change to group/activity"}


def test_a_governing_body_is_no_corpse(nlp: Language) -> None:
    text = "The country's football federation said its governing body would meet on Monday."
    assert "Attack" not in _all_types(nlp, text)
