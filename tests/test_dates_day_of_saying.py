"""A day that dates only the verb of saying ("..., the agency said on Tuesday") of an
act told in the simple past is the report's day, not the act's: the act takes the day
a later sentence gives it when that sentence tells it again by a definite noun ("The
strike on Sunday night ..."), and a detail told again by one ("The attackers opened
fire ..., he said on Saturday") takes the lead's earlier day."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

D = dt.date


def test_the_act_told_again_gives_the_lead_its_day(nlp: Language) -> None:
    # published on a Tuesday; the strike came on the Sunday night
    text = ("SOKOTO, Nigeria, Jan 9 (Reuters) - A military air strike killed at least 30 "
            "villagers at a wedding in northwestern Zamfara state, the state government "
            "said on Tuesday.\n\n"
            "The strike on Sunday night hit guests in the village of Tungar Kara, "
            "residents said.")
    events = coded_events(nlp, text, "2024-01-09")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1 and strikes[0].event_date == D(2024, 1, 7), describe(events)


def test_a_detail_told_again_keeps_the_leads_day(nlp: Language) -> None:
    text = ("BUJUMBURA, Burundi, March 2 (Reuters) - Gunmen killed 11 people in an attack "
            "on a fishing village near Lake Tanganyika on Thursday night, the government "
            "said.\n\n"
            "The attackers opened fire on fishermen in Rumonge province, an interior "
            "ministry spokesman said in a statement on Friday.")
    events = coded_events(nlp, text, "2024-03-02")
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert attacks and all(e.event_date == D(2024, 2, 29) for e in attacks), \
        describe(events)


def test_another_act_dated_later_does_not_date_the_lead(nlp: Language) -> None:
    # the later sentence tells another attack (no definite noun): the lead keeps the
    # day of the report
    text = ("SOKOTO, Nigeria, Jan 9 (Reuters) - Bandits killed 14 farmers in northwestern "
            "Zamfara state, the state government said on Tuesday.\n\n"
            "On Sunday, gunmen abducted 20 worshippers from a mosque in Katsina state, "
            "police said.")
    events = coded_events(nlp, text, "2024-01-09")
    killing = [e for e in events if e.fatalities == 14]
    assert killing and killing[0].event_date == D(2024, 1, 9), describe(events)


def test_a_claims_day_gives_way_to_the_day_the_claim_tells(nlp: Language) -> None:
    # a claim comes after the act: the next sentence's earlier day (no definite noun)
    # dates the claimed bombing and the toll told without a day
    text = ("BAGHDAD, May 9 (Reuters) - Islamic State claimed responsibility on Thursday "
            "for a car bomb that killed 22 people at a livestock market in the town of "
            "Tuz Khurmatu.\n\n"
            "The group said its fighter had set off explosives packed in a truck near the "
            "market gate on Tuesday.\n\n"
            "Hospital officials said 40 people were wounded.")
    events = coded_events(nlp, text, "2024-05-09")
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bombs and all(e.event_date == D(2024, 5, 7) for e in bombs), describe(events)



def test_a_claims_day_stays_when_the_next_act_is_of_another_kind(nlp: Language) -> None:
    text = ("BAGHDAD, May 9 (Reuters) - Islamic State claimed responsibility on Thursday "
            "for a car bomb that killed 22 people at a livestock market in the town of "
            "Tuz Khurmatu.\n\n"
            "Separately, police arrested three smugglers in Kirkuk on Tuesday.")
    events = coded_events(nlp, text, "2024-05-09")
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert bombs and all(e.event_date == D(2024, 5, 9) for e in bombs), describe(events)


def test_a_day_on_the_statements_participle_dates_only_the_saying(nlp: Language) -> None:
    # the day hangs on the participle of the statement's noun, not on "said"; the
    # detail told with a participle after its definite doer keeps the lead's day
    text = ("BAMAKO, Mali, June 12 (Reuters) - Armed men on motorbikes killed 22 villagers in "
            "an attack on a weekly market in central Mali on Saturday, officials said.\n\n"
            "The raiders surrounded the market near the river, firing on traders, a "
            "regional governor said in a statement read on national radio on Monday.")
    events = coded_events(nlp, text, "2024-06-12")
    attacks = [e for e in events if e.event_type == "Violence against civilians"]
    assert attacks and all(e.event_date == D(2024, 6, 8) for e in attacks), \
        describe(events)
