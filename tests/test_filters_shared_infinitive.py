"""A bare verb coordinated with an infinitive shares its "to" ("commits the two movements
to stop fighting and join a demobilisation programme", "vowed to track down and arrest
the gunmen"): what is bound or planned, not done (issue #3; filters.plans._first_infinitive)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2024, 8, 12)

TEXT = ("The accord, signed in Luanda on Sunday, commits the two rebel movements to stop "
        "fighting and join a demobilisation programme within 60 days, mediators said.")


def test_the_second_verb_of_a_commitment_is_no_change_of_the_day(nlp: Language) -> None:
    assert "Change to group/activity" not in new_types(nlp, TEXT, PUBLISHED)
