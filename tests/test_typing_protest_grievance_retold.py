"""The arrest the demonstrators protest, told again in a later sentence of the person
the demonstration is about ("... demanding the release of P, a councillor who was
detained last week. The councillor was arrested after a dispute ..."), is the
grievance told in full, not the forces arresting demonstrators: the demonstration
stays peaceful. An arrest of other people after the march is still an intervention."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2018, 4, 16)
_types = partial(new_types, published=PUBLISHED)
_MARCH = ("Residents marched in Kakamega on Monday demanding the release of Peter Wekesa, "
          "a councillor who was detained last week. ")


def test_the_councillor_arrested_again(nlp: Language) -> None:
    text = _MARCH + "The councillor was arrested after a dispute with the county clerk."
    assert _types(nlp, text) == {"Peaceful protest"}


def test_named_again(nlp: Language) -> None:
    text = _MARCH + "Wekesa was arrested after a dispute with the county clerk."
    assert _types(nlp, text) == {"Peaceful protest"}


def test_other_people_arrested(nlp: Language) -> None:
    text = ("Teachers marched in Kakamega on Monday demanding the release of their "
            "colleagues. Police arrested ten teachers.")
    assert _types(nlp, text) == {"Protest with intervention"}
