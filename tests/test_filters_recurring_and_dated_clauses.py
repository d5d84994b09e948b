"""What a clause on a noun tells about time (issue #3). An event noun whose describing
clause makes it recur ("a strike the union calls each January"; filters.
_recurring_in_its_description) is a habit. A verb coordinated with a relative clause's
verb, or its infinitive, shares the clause's year ("a rebel force that tried to march on
the capital before the 2015 elections and was pushed back")."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 9, 5)


def test_a_boycott_imposed_each_september_is_a_habit(nlp: Language) -> None:
    text = ("Gunmen kidnapped a headmaster near the town of Bamenda on Tuesday, the church "
            "said. He had kept his school open during a boycott the separatists enforce "
            "each September.")
    assert statuses(nlp, text, "boycott", PUBLISHED) == ["habitual"]


def test_a_boycott_of_the_day_stays_new(nlp: Language) -> None:
    text = "Traders began a boycott of the new market in Bamenda on Wednesday."
    assert "habitual" not in statuses(nlp, text, "boycott", PUBLISHED)


def test_pushed_back_in_a_relative_clause_with_a_year(nlp: Language) -> None:
    text = ("The government signed a peace agreement with two rebel groups in Bangui on "
            "Saturday. Both belonged to a rebel force that tried to march on the capital "
            "before the 2015 elections and was pushed back by government troops.")
    assert statuses(nlp, text, "pushed back by government troops", PUBLISHED) == ["background"]

