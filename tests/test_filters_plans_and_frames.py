"""Three more ways news tells what is no event of the day (issue #3): the second of two
infinitives after "are to" is a plan like the first ("are to withdraw troops by June 1
and to sign a peace agreement by July 15"; filters.plans._first_infinitive); what a relative
clause says of a campaign that framed month-dated acts is as old as they are ("seized
Goma in January and Bukavu in February, in an offensive that killed thousands";
filters.history._verb_of_the_framing_event); a perfect count of many up to a day is a running
total ("more than 80 people had been killed in the crackdown before Friday";
filters.statistics._total_up_to_a_day)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 7, 20)


def test_an_agreement_the_sides_are_to_sign(nlp: Language) -> None:
    text = ("The government and the rebels signed a declaration of principles in Doha on "
            "Saturday. Under its terms the two sides are to withdraw troops by Aug. 1 and "
            "to sign a peace agreement by Aug. 15.")
    assert statuses(nlp, text, "sign a peace", PUBLISHED) == ["plan"]


def test_the_toll_of_an_offensive_that_framed_month_dated_captures(nlp: Language) -> None:
    text = ("Rebels shelled the town of Uvira on Thursday, killing five civilians, officials "
            "said. Rebel fighters seized Goma in January and Bukavu in February, in an "
            "offensive that killed thousands of people.")
    assert "new" not in statuses(nlp, text, "killed", PUBLISHED)
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.event_date for e in events] == [dt.date(2024, 7, 18)], describe(events)


def test_a_toll_up_to_a_day_is_a_running_total(nlp: Language) -> None:
    text = ("Security forces opened fire on protesters in Zahedan on Friday, killing 19 "
            "people, officials said. A rights group says more than 80 people had been "
            "killed in the crackdown before Friday.")
    assert "new" not in statuses(nlp, text, "killed", PUBLISHED)
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.fatalities for e in events] == [19], describe(events)


def test_a_toll_before_dawn_is_the_days_own(nlp: Language) -> None:
    text = "Police said five people had been killed in the village before dawn on Friday."
    assert statuses(nlp, text, "killed", PUBLISHED) == ["new"]
