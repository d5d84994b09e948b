"""Tolls that are another incident's: a follow-up sentence that tells another event (at
another place, by an event noun of its own, set off by an arrest), a running total of
months of unrest, and a toll in a clause marked as earlier ("hours after a gunman
shot dead two men"), which is still the toll of the mention whose own trigger is in
that clause. One test per rule, each asserting the value."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import casualty_mention
from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article
from eventcoder.schema import EventMention


def _mention(nlp: Language, text: str, trigger: str) -> EventMention:
    article = make_article(text, published=dt.date(2023, 4, 12))
    coded = code_doc(nlp(text), article)
    start = text.index(trigger)
    return next(m for m in coded.mentions if m.trigger_start <= start < m.trigger_end)


def test_a_doers_event_at_another_place_keeps_its_wounded(nlp: Language) -> None:
    # the shelling of another town, with its own doer, wounds its own people
    text = ("Government jets bombed the village of Kafr Nabl in Idlib province on Tuesday, "
            "killing five civilians, a monitor said. Insurgents shelled the town of Mhardeh "
            "in Hama province, wounding seven people, state media said.")
    bombing = _mention(nlp, text, "bombed")
    assert bombing.fatalities == 5
    assert bombing.injured is None
    assert _mention(nlp, text, "shelled").injured == 7


def test_a_follow_up_at_the_same_place_still_adds_its_wounded(nlp: Language) -> None:
    text = ("Gunmen attacked a bus near Mandera on Monday, killing three passengers. "
            "Police fired at them near Mandera, wounding two others.")
    assert _mention(nlp, text, "attacked").injured == 2


def test_a_death_in_an_exchange_of_fire_is_that_clash_s(nlp: Language) -> None:
    # "fire" is also a casualty word ("set on fire"); the event noun is still another event
    text = ("Bandits kidnapped 40 villagers from Kasuwar Daji in Niger state on Sunday. "
            "Troops pursued the abductors into the bush. A soldier was killed in an exchange "
            "of fire with the gang, the army said.")
    assert not casualty_mention(nlp, text, "pursued").fatalities
    assert not casualty_mention(nlp, text, "kidnapped").fatalities


def test_an_arrest_takes_no_toll_from_the_sentences_after_it(nlp: Language) -> None:
    text = ("Police detained a shopkeeper accused of blasphemy in Mardan on Thursday. "
            "Hundreds of people then stormed the police station and set it alight. "
            "Eleven people were injured.")
    events = coded_events(nlp, text, "2024-06-21")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and all((e.injured, e.fatalities) == (0, 0) for e in arrests), \
        describe(events)
    assert any(e.injured == 11 for e in events if e.sub_event_type != "Arrests"), \
        describe(events)


def test_deaths_over_months_of_unrest_are_a_running_total(nlp: Language) -> None:
    text = ("Police fired tear gas at hundreds of opposition supporters in Kisumu on Monday. "
            "At least three people were shot dead. The crowd had come to a memorial for "
            "some 50 people killed, most of them by the police, in more than three months of "
            "unrest over the vote.")
    events = coded_events(nlp, text, "2024-06-18")
    assert events and max(e.fatalities for e in events) == 3, describe(events)


def test_a_death_told_at_another_place_is_not_this_incidents(nlp: Language) -> None:
    text = ("Raiders torched ten houses in Marigat on Sunday night, the police said. A "
            "herder was shot dead in Kabarnet as the raiders fled.")
    events = coded_events(nlp, text, "2024-03-11")
    torched = [e for e in events if e.location == "Marigat"]
    assert torched and all(e.fatalities == 0 for e in torched), describe(events)


def test_the_earlier_clauses_own_mention_keeps_its_toll(nlp: Language) -> None:
    text = ("Settlers set fire to shops in the village of Burin late on Sunday, hours "
            "after a gunman shot dead two soldiers at a checkpoint nearby, officials said.")
    events = coded_events(nlp, text, "2024-04-08")
    assert events and max(e.fatalities for e in events) == 2, describe(events)


def test_the_main_clauses_event_does_not_take_the_earlier_toll(nlp: Language) -> None:
    text = ("Villagers burned a police post in the town of Garissa on Sunday night, hours "
            "after a gunman shot dead three traders at the market there, officials said.")
    events = coded_events(nlp, text, "2024-04-08")
    others = [e for e in events if e.event_type != "Violence against civilians"]
    assert all(e.fatalities == 0 for e in others), describe(events)
