"""The subject of an undated past act, described by a clause dated to an earlier year
("Kenyan troops deployed in 2011 helped the army recapture most towns") tells the history
of those doers since that year: background with no date, which the coding policy drops
(issue #3; filters.history._doers_described_as_of_a_year). The same subject with a day of the
verb's own is that day's event."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2023, 6, 21)


def test_an_undated_act_of_doers_described_by_a_year_is_history(nlp: Language) -> None:
    text = ("Al Shabaab fighters attacked an army base in the Hiran region on Monday, "
            "killing four soldiers, officials said. African Union troops deployed in 2012 "
            "helped the army recapture most towns in the region.")
    assert statuses(nlp, text, "recapture", PUBLISHED) == ["background"]


def test_the_same_doers_with_a_day_of_their_own_stay_new(nlp: Language) -> None:
    text = ("African Union troops deployed in 2012 helped the army recapture the town of "
            "Moqokori on Tuesday, officials said.")
    assert statuses(nlp, text, "recapture", PUBLISHED) == ["new"]
