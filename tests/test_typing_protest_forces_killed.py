"""Forces named as the killers of demonstrators make the demonstration one met by
excessive force, whatever the weapon; a killing that is what the crowd protests stays
its grievance (each test fails without its rule, or guards the rule's limit)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events, describe
from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2023, 3, 9)
FORCE = "Excessive force against protesters"
_protest_types = partial(new_types, published=PUBLISHED, event_type="Protests")


def test_police_killed_demonstrators(nlp: Language) -> None:
    text = "Police killed four demonstrators in Port Harcourt on Tuesday, a rights group said."
    assert _protest_types(nlp, text) == {FORCE}


def test_demonstrators_killed_by_soldiers(nlp: Language) -> None:
    text = "Two marchers were killed by soldiers in Omdurman on Monday, medics said."
    assert _protest_types(nlp, text) == {FORCE}


def test_a_killing_the_crowd_protests_is_its_grievance(nlp: Language) -> None:
    # (the rule's limit: the victim is no demonstrator, the killing came before)
    text = ("Hundreds of traders marched in Kisumu on Thursday after police killed a "
            "vendor at the market.")
    assert FORCE not in _protest_types(nlp, text)


def test_a_tellers_account_of_the_protests_does_not_undo_the_shooting(
        nlp: Language) -> None:
    # The marchers who tell only that they gathered to protest give no account that
    # disagrees with the witnesses' shooting (data/merge.yaml): one event, the force.
    text = ("ABUJA, March 9 (Reuters) - Soldiers opened fire on protesters at a "
            "roundabout in Abuja on Wednesday, wounding 14 people, witnesses said.\n\n"
            "Hundreds of people had gathered at the roundabout to protest against the "
            "price of fuel, two of the marchers told Reuters.")
    events = coded_events(nlp, text, "2023-03-09")
    assert {e.sub_event_type for e in events if e.event_type == "Protests"} == {FORCE}, \
        describe(events)


def test_a_victim_described_as_marching_was_a_demonstrator(nlp: Language) -> None:
    text = ("Police in Garissa killed a trader who was taking part in a march against "
            "county levies on Thursday, a rights group said.")
    assert _protest_types(nlp, text) == {FORCE}


def test_a_procession_is_a_demonstration(nlp: Language) -> None:
    text = ("Nurses held a peaceful procession in Garissa on Thursday to demand the payment "
            "of their arrears.")
    assert _protest_types(nlp, text) == {"Peaceful protest"}


def test_a_funeral_procession_is_no_demonstration(nlp: Language) -> None:
    # (the limit: mourners walking behind a coffin are not demonstrating)
    text = "Gunmen attacked a funeral procession near Garissa on Thursday, killing two mourners."
    assert _protest_types(nlp, text) == set()
