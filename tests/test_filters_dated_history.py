"""Status rules (issue #3): history told with its month or year where the parse puts
the date out of the trigger's reach: a year written after its month ("in March
2016"), "last month" hung on the last noun of a place phrase, a month in the
participle clause that tells when an agreement was made. Each case has a twin that
must stay new."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import first_status
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)



CASES = [
    # A year after its month dates the attack like a bare year.
    ("A chlorine attack on the northern suburbs of Aleppo in March 2016 killed dozens "
     "of people.", "chlorine attack", "background"),
    # ... while this year's month leaves it to the dates stage.
    ("A chlorine attack on the northern suburbs of Aleppo on 3 May 2024 killed dozens "
     "of people.", "chlorine attack", "new"),
    # "last month" on the noun of the place phrase still dates the verb.
    ("Gunmen killed nine farmers, most of them women harvesting rice, at a field beside "
     "an irrigation canal near a village in Borno state last month.", "killed",
     "background"),
    ("Gunmen killed nine farmers, most of them women harvesting rice, at a field beside "
     "an irrigation canal near a village in Borno state on Sunday.", "killed", "new"),
    # A truce dated by the participle clause that tells where and when it was agreed.
    ("Under a ceasefire agreed in talks in the Qatari capital Doha in January, the "
     "rebels agreed to leave the town.", "ceasefire", "background"),
    ("Under a ceasefire agreed in talks in the Qatari capital Doha on Sunday, the "
     "rebels agreed to leave the town.", "ceasefire", "new"),
    # A verb coordinated with a dated one shares its subject, and the subject's year.
    ("A month of fighting between the two militias in 2019 left scores dead and ended "
     "in a ceasefire brokered by church leaders.", "ceasefire", "background"),
    ("A day of fighting between the two militias on Sunday left scores dead and ended "
     "in a ceasefire brokered by church leaders.", "ceasefire", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_history_dated_out_of_the_triggers_reach(nlp: Language, text: str, trigger: str,
                                                 expected: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == expected
