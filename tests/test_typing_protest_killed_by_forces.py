"""People the forces killed in the demonstration's own clause, the victims not named
as the demonstrators ("police killed two people during the protests"): lethal force
used at the demonstration, whatever the weapon (the firearm rules need a gun word),
so no peaceful protest. A killing the demonstrators protest stays their grievance."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2021, 5, 14)
_types = partial(new_types, published=PUBLISHED)


def test_people_killed_by_police_during_protests(nlp: Language) -> None:
    text = "Police killed three people during protests over water shortages in Garissa on Monday."
    assert _types(nlp, text) == {"Excessive force against protesters"}


def test_soldiers_killed_people_at_a_march(nlp: Language) -> None:
    text = "Soldiers killed two men at a march against the new tax in Eldoret on Thursday."
    assert _types(nlp, text) == {"Excessive force against protesters"}


def test_killing_protested_stays_the_grievance(nlp: Language) -> None:
    text = "Traders protested in Garissa on Monday after police killed two suspected robbers."
    assert _types(nlp, text) == {"Peaceful protest"}
