"""Status rules (issue #3): demonstrators named to tell of something else. "The
protests began last week over ...", after the story has told today's protest, is that
movement's start (history), and the demonstrators as subject of a relative clause on
another noun ("a law that protesters say will raise prices") tell what they think, not
a demonstration of their own."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def test_when_the_protests_began_is_history(nlp: Language) -> None:
    text = ("Police fired tear gas at hundreds of traders protesting against new market fees "
            "in Kisumu on Monday, witnesses said. The protests began last week over a rise "
            "in stall rents.")
    assert statuses(nlp, text, "protests", PUBLISHED) == ["background"]


def test_protests_that_began_with_no_time_stay_new(nlp: Language) -> None:
    # the twin: no day or cause told for the start, nothing told before
    text = "Protests began in Kisumu over a rise in stall rents."
    assert statuses(nlp, text, "protests", PUBLISHED) == ["new"]


def test_protesters_describing_a_law_hold_no_protest(nlp: Language) -> None:
    text = ("Parliament passed the finance bill in Nairobi on Tuesday, a law that protesters "
            "say will raise the cost of food.")
    assert statuses(nlp, text, "protesters", PUBLISHED) == ["reference"]


def test_protesters_who_say_something_in_a_main_clause_stay_new(nlp: Language) -> None:
    text = "Protesters in Nairobi say the finance bill will raise the cost of food."
    assert statuses(nlp, text, "protesters", PUBLISHED) == ["new"]


def test_demonstrators_accusing_in_the_simple_present_hold_no_protest(nlp: Language) -> None:
    # a standing grievance told after the story's march, not a second demonstration
    text = ("Hundreds of nurses marched through Eldoret on Friday to demand unpaid wages. "
            "Demonstrators accuse the county of spending health funds on a new stadium.")
    assert statuses(nlp, text, "Demonstrators", PUBLISHED) == ["reference"]


def test_marchers_blaming_a_flood_on_the_council_hold_no_protest(nlp: Language) -> None:
    text = ("The floods swept away forty homes in Budalangi in April, a disaster marchers "
            "blame on a dyke the council never repaired.")
    assert statuses(nlp, text, "marchers", PUBLISHED) == ["reference"]


def test_demonstrators_who_have_accused_someone_stay_new(nlp: Language) -> None:
    # the twin: an auxiliary makes the accusation an act of the day
    text = ("Demonstrators have accused the county of spending health funds on a stadium "
            "in Eldoret.")
    assert statuses(nlp, text, "Demonstrators", PUBLISHED) == ["new"]
