""""Form" meaning "make up" founds no body: states that formed an old kingdom, a
brigade that formed part of a reserve (issue #3; the form_verbs, made_up_parts and
constituent_places of data/filters.yaml, filters.habits._what_makes_up). Commanders who
form a new armed group still change their group."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_CHANGE = "Change to group/activity"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2021-03-04")]


def test_states_that_formed_a_kingdom_found_nothing(nlp: Language) -> None:
    text = ("KUALA LUMPUR, March 4 - Gunmen killed two soldiers in Kedah on Wednesday. "
            "Violence has flared since 2004 in Kedah and Perlis, two states that formed "
            "an old kingdom before the war.")
    assert _CHANGE not in _types(nlp, text)


def test_a_brigade_forming_part_of_the_reserve_founds_nothing(nlp: Language) -> None:
    text = ("SOFIA, March 4 - The brigade, which formed part of the reserve, was sent to "
            "the border on Wednesday.")
    assert _CHANGE not in _types(nlp, text)


def test_commanders_forming_a_new_armed_group_change_it(nlp: Language) -> None:
    text = ("JUBA, March 4 - Rebel commanders formed a new armed group in Juba on "
            "Wednesday, a spokesman said.")
    assert _types(nlp, text) == [_CHANGE]
