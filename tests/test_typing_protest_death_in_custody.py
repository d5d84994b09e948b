"""'died in police custody', 'beaten to death in their custody': the custody says where
the harm was done; no arrest is reported, so a demonstration over such a death is no
arrest of the demonstrators (the parser often hangs the demonstration on 'custody',
so the rule reads the words). Someone held in custody is still an arrest."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2016, 5, 10)
_types = partial(new_types, published=PUBLISHED)


def test_protest_over_a_death_in_custody(nlp: Language) -> None:
    text = "Relatives of a trader who died in police custody protested in Eldoret on Monday."
    assert _types(nlp, text) == {"Peaceful protest"}


def test_held_in_custody_is_an_arrest(nlp: Language) -> None:
    text = "Two suspects were held in police custody in Eldoret on Sunday."
    assert _types(nlp, text) == {"Arrests"}
