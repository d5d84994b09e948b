"""Claims, denials, suspicions and condemnations: an act someone is suspected of or a
suspect in is no event, killings condemned are referred to, a denial makes background,
while a claim to have seized weapons and killings attributed to a group are reported
(each test fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import detected, new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 9)
_mentions = partial(detected, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


# Agent nouns name the doer, not an act.

def test_pursuing_the_kidnappers_is_no_abduction(nlp: Language) -> None:
    text = "Soldiers chased the kidnappers through the hills on Tuesday."
    assert [m.sub_event_type for m in _new(nlp, text)] == []


def test_the_act_someone_is_suspected_of_is_no_event(nlp: Language) -> None:
    text = "Police detained a teacher suspected of defilement in Kitale on Monday."
    subs = [m.sub_event_type for m in _new(nlp, text)]
    assert "Sexual violence" not in subs
    assert subs == ["Arrests"]


def test_killings_attributed_to_a_sect_are_reported(nlp: Language) -> None:
    text = "Three traders hacked in the night at Kiambu. Killings attributed to the Mungiki sect."
    killings = next(m for m in _mentions(nlp, text) if m.trigger_text == "Killings")
    assert killings.status == "new"


def test_killings_condemned_are_still_referred_to(nlp: Language) -> None:
    text = "The bishops condemned the killings blamed on the army."
    killings = next(m for m in _mentions(nlp, text) if m.trigger_text == "killings")
    assert killings.status == "background"


def test_the_attack_someone_is_a_suspect_in_is_no_event(nlp: Language) -> None:
    text = ("A trader was shot dead by a lone gunman in Malindi on Friday. He was one of "
            "four suspects in a grenade attack on a church in the town.")
    assert [m.sub_event_type for m in _new(nlp, text)] == ["Attack"]


def test_a_claim_to_have_seized_weapons_reports_the_seizure(nlp: Language) -> None:
    text = "The border unit claimed to have seized a large cache of rifles during a raid on a farm."
    assert _primary_type(nlp, text) == "Disrupted weapons use"


def test_a_conceded_claim_stays_a_claim(nlp: Language) -> None:
    # (the counterpart: "while ..." concedes a claim the sentence disputes)
    text = ("While the group claimed to have captured the town and its police post, "
            "officers said they still held it.")
    captured = next(m for m in _mentions(nlp, text) if m.trigger_text == "captured")
    assert captured.status == "background"


def test_casualties_under_a_denial_three_clauses_up_are_background(nlp: Language) -> None:
    text = ("A rebel commander denied his fighters were behind the ambush, killing six "
            "porters and wounding nine.")
    assert _new(nlp, text) == []
