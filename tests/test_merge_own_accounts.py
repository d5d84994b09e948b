"""One incident, several tellers (issue #3): a side's own account of the fight the
story leads with ("the group said its fighters had attacked ...", "the army said it
had killed ...") and a claim of responsibility for "the attack" are that incident told
again, not new events; a side's account of a fight at another town stays its own."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from spacy.language import Language

from eventcoder.schema import Event


def _trigger_words(event: Event) -> list[str]:
    return [e.text for e in event.evidence if e.field == "trigger"]


def test_the_attackers_version_joins_their_attack_on_villagers(nlp: Language) -> None:
    # the attackers call the villagers militiamen: the same victims, a rival count
    text = ("NIAMEY, May 6 (Reuters) - Islamic State fighters killed 22 villagers in an "
            "attack on the village of Tamou in Niger's Tillaberi region on Sunday, local "
            "officials said.\n\n"
            "Islamic State said in a statement that its fighters had attacked a camp of "
            "pro-government militiamen in Tamou and killed 60 of them, and denied that "
            "civilians had been targeted.")
    events = coded_events(nlp, text, "2024-05-06")
    assert len(events) == 1, describe(events)
    event = events[0]
    assert event.sub_event_type == "Attack", describe(events)
    assert event.actor2 is not None and event.actor2.startswith("Civilians"), describe(events)
    assert event.fatalities == 22, describe(events)
    assert "attacked" in _trigger_words(event), describe(events)


def test_the_armys_statement_days_later_joins_the_battle(nlp: Language) -> None:
    # "on Tuesday" dates the communique: the army's kills were in Sunday's fight, and the
    # dead of both sides add up
    text = ("BAMAKO, May 8 (Reuters) - Tuareg rebels said they had killed 15 soldiers in "
            "heavy fighting with the Malian army near the town of Tessalit in the Kidal "
            "region on Sunday.\n\n"
            "The army conceded in a communique on Tuesday that it had lost men, and said it "
            "had killed 20 of the rebels near Tessalit.")
    events = coded_events(nlp, text, "2024-05-08")
    assert len(events) == 1, describe(events)
    assert events[0].event_type == "Battles", describe(events)
    assert events[0].event_date == dt.date(2024, 5, 5), describe(events)
    assert events[0].fatalities == 35, describe(events)


def test_the_armys_fight_at_another_town_stays_apart(nlp: Language) -> None:
    text = ("KHARTOUM, June 2 (Reuters) - Shells fired by the paramilitary Rapid Support "
            "Forces hit a market in Omdurman on Saturday, killing 30 people, medics said.\n\n"
            "The army said its troops had fought the RSF in the town of Bahri, east of the "
            "Nile, on Saturday.")
    events = coded_events(nlp, text, "2024-06-02")
    assert len(events) == 2, describe(events)


def test_a_claim_of_the_attack_does_not_date_it(nlp: Language) -> None:
    # the claim came a day later: its day is the claim's, not the raid's
    text = ("MAPUTO, Oct 4 (Reuters) - Insurgents linked to Islamic State killed seven "
            "villagers and burned a school in a raid on the village of Mazeze in "
            "Mozambique's Cabo Delgado province on Monday, officials said.\n\n"
            "Islamic State claimed the raid through its news agency on Tuesday.")
    events = coded_events(nlp, text, "2024-10-04")
    assert len(events) == 1, describe(events)
    assert events[0].event_date == dt.date(2024, 9, 30), describe(events)
    assert events[0].fatalities == 7, describe(events)



def test_the_losing_sides_withdrawal_is_the_armys_taking_of_the_town(nlp: Language) -> None:
    # one town changing hands, told by both: the army took it, the militants say their men
    # left it; a careful coder codes the army's regaining only
    text = ("OUAGADOUGOU, March 4 (Reuters) - Burkina Faso's army said on Monday it had "
            "recaptured the town of Djibo in the Sahel region from Ansarul Islam "
            "militants.\n\n"
            "It was not clear whether any soldiers were killed in the operation.\n\n"
            "Ansarul Islam said its fighters had pulled out of Djibo to spare its "
            "residents, and vowed to keep fighting.")
    events = coded_events(nlp, text, "2024-03-04")
    assert len(events) == 1, describe(events)
    assert events[0].sub_event_type == "Government regains territory", describe(events)


def test_a_withdrawal_from_another_town_stays_apart(nlp: Language) -> None:
    text = ("OUAGADOUGOU, March 4 (Reuters) - Burkina Faso's army said on Monday it had "
            "recaptured the town of Djibo in the Sahel region from Ansarul Islam "
            "militants.\n\n"
            "It was not clear whether any soldiers were killed in the operation.\n\n"
            "Ansarul Islam said its fighters had pulled out of Dori, 200 km to the south, "
            "to spare its residents.")
    events = coded_events(nlp, text, "2024-03-04")
    assert len(events) == 2, describe(events)
