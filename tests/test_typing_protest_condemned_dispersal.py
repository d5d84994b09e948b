"""A reaction that condemns the forces' act on a demonstration ("rights groups condemned
the incident in which police used excessive force to disperse protesters"): what holds
the demonstration itself is no grievance of that demonstration, and the forces' act,
told in the same condemned clause as the demonstration, is reported with it; the event
is the force used on the demonstrators, not a peaceful protest. A protest that
condemns a crackdown keeps the crackdown as its grievance."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2017, 10, 3)
_types = partial(new_types, published=PUBLISHED)


def test_condemned_incident_of_excessive_force(nlp: Language) -> None:
    text = ("Rights groups on Tuesday condemned Monday's incident in which police used "
            "excessive force to disperse opposition protesters in Nairobi.")
    assert _types(nlp, text) == {"Excessive force against protesters"}


def test_condemned_force_told_as_one_phrase(nlp: Language) -> None:
    text = ("Rights groups condemned the excessive force police used on Monday against "
            "opposition protesters in Kisumu.")
    assert _types(nlp, text) == {"Excessive force against protesters"}


def test_demonstrators_condemning_a_crackdown(nlp: Language) -> None:
    text = ("Hundreds of traders protested in Kisumu on Monday, condemning the police "
            "crackdown on hawkers.")
    assert _types(nlp, text) == {"Peaceful protest"}


def test_a_crackdown_condemned_beside_a_new_march(nlp: Language) -> None:
    text = ("Rights groups condemned the police crackdown, as protesters marched again in "
            "Kisumu on Tuesday.")
    assert _types(nlp, text) == {"Peaceful protest"}
