"""Another teller's version of the incident ("The government gave a different account,
saying armed men had attacked a police post") is that incident told otherwise, not a
second event (issue #3), whatever kind of act the version tells."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

LEAD = ("CONAKRY, Nov 10 (Reuters) - Guinean security forces fired on a march against the "
        "military junta in Conakry on Thursday, killing three demonstrators, witnesses and a "
        "rights group said.\n\n")


def test_the_governments_version_joins_the_shooting_it_disputes(nlp: Language) -> None:
    text = LEAD + ("The government gave a different account, saying unidentified gunmen had "
                   "attacked a police post in Conakry and wounded two officers.")
    events = coded_events(nlp, text, "2023-11-10")
    assert len(events) == 1, describe(events)
    assert events[0].event_type == "Protests", describe(events)


def test_an_attack_told_without_such_words_is_coded(nlp: Language) -> None:
    text = LEAD + ("In the evening, armed men attacked a police post in the northern city of "
                   "Labe and wounded two officers, the government said.")
    events = coded_events(nlp, text, "2023-11-10")
    assert len(events) == 2, describe(events)
