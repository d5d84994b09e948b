"""A killing verb joined by "and" to the verb before it borrows that verb's subject:
the doers ("three gunmen raided ... and killed 14 or more villagers"). When the parser
loses the killing's object (a speaker list after the count misleads it), the doers'
numeral is no toll: the count after the verb is."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_doers_of_a_conjoined_killing_are_not_its_toll(nlp: Language) -> None:
    text = ("Three gunmen raided the northern village of Kuru on Friday and killed at least "
            "14 people including a local chief, officials and witnesses said on Saturday.")
    events = coded_events(nlp, text, "2024-05-04")
    assert events and events[0].fatalities == 14


def test_a_headline_count_before_its_own_verb_is_still_the_toll(nlp: Language) -> None:
    text = "Four killed and six wounded as gunmen raid a market in Kuru on Friday."
    events = coded_events(nlp, text, "2024-05-04")
    assert events and events[0].fatalities == 4
