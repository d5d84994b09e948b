"""An event the story told, named again by what someone said or did about it (issue
#3): a claim of "the attack" on another day is the attack told before, not a second
attack on the claim's day (filters.references._retold_as_referred_to); what "the burning showed"
is a comment on the fire told before (consequence_verbs); strikes deep inside an
accusation are referred to ("accuses the army of killing civilians in air strikes");
what the story's event came an uncounted time after ("came days after the death of a
governor who was shot ...") dates it and has no date of its own
(filters.history._vaguely_dated_by); the clashes "after days of" which something else was done
are many days of events (filters.statistics._days_before_or_after)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import detected, statuses
from spacy.language import Language

from eventcoder.extract.filters import RETOLD

PUBLISHED = dt.date(2024, 5, 20)


def test_a_claim_of_the_attack_on_another_day_is_the_attack(nlp: Language) -> None:
    text = ("Insurgents beheaded five farmers near the town of Mueda on Friday, local "
            "officials said. Islamic State claimed the attack on Sunday in a statement "
            "posted online.")
    found = [m for m in detected(nlp, text, PUBLISHED) if m.trigger_text == "attack"]
    assert [(m.status, m.status_kind) for m in found] == [("reference", RETOLD)]
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.event_date for e in events] == [dt.date(2024, 5, 17)], describe(events)


def test_what_the_burning_showed_is_a_comment(nlp: Language) -> None:
    text = ("Soldiers set fire to more than 80 houses in the village of Kinma on Friday, "
            "residents said. A U.N. envoy said the burning showed the army's contempt for "
            "civilians.")
    assert statuses(nlp, text, "burning", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_strikes_deep_inside_an_accusation(nlp: Language) -> None:
    text = ("Rebel shells struck a market in El Fasher on Saturday, killing 20 people, "
            "doctors said. The rebels deny targeting civilians and accuse the army of "
            "killing villagers in air strikes on areas they hold.")
    assert "new" not in statuses(nlp, text, "air strikes", PUBLISHED)


def test_an_event_days_before_the_story_is_told_to_date_it(nlp: Language) -> None:
    text = ("Gunmen killed six police officers in Cauca on Thursday, officials said. It "
            "came days after the death of a mayor who was shot dead in Cali.")
    assert statuses(nlp, text, "shot dead", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_an_event_a_counted_interval_before_keeps_its_own_day(nlp: Language) -> None:
    # the policy of issue #3: an earlier event the text dates clearly is coded
    text = ("Gunmen killed six police officers in Cauca on Thursday, officials said. It "
            "came two days after gunmen shot dead a mayor in Cali.")
    events = coded_events(nlp, text, PUBLISHED)
    assert dt.date(2024, 5, 14) in [e.event_date for e in events], describe(events)


def test_clashes_after_days_of_which_a_curfew_came(nlp: Language) -> None:
    text = ("Rebels took the town of Kidal on Wednesday, residents said. The government "
            "imposed a curfew in the region on Friday after days of clashes between the "
            "army and the rebels.")
    assert statuses(nlp, text, "clashes", PUBLISHED) == ["statistic"]
