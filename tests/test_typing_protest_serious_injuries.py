"""Forces who attack demonstrators intervene in the demonstration, and demonstrators
left badly hurt by the forces' intervention were met with excessive force (ACLED counts
serious injuries, not only deaths); a negated or the forces' own serious injury does not
count (each test fails without its rule, or guards its limit)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_types
from spacy.language import Language

PUBLISHED = dt.date(2022, 11, 3)
FORCE = "Excessive force against protesters"
INTER = "Protest with intervention"
_protest_types = partial(new_types, published=PUBLISHED, event_type="Protests")


def test_police_attacking_demonstrators_intervene(nlp: Language) -> None:
    text = "Police attacked demonstrators outside the county offices in Kakamega on Wednesday."
    assert _protest_types(nlp, text) == {INTER}


def test_marchers_beaten_into_a_coma_met_excessive_force(nlp: Language) -> None:
    text = ("Officers clobbered peaceful marchers in Kakamega on Wednesday, leaving a "
            "student in a coma, his family said.")
    assert _protest_types(nlp, text) == {FORCE}


def test_tear_gas_that_left_people_badly_hurt_is_excessive_force(nlp: Language) -> None:
    text = ("Riot police fired tear gas canisters directly at hawkers protesting in Kakamega "
            "on Wednesday, leaving two with fractured skulls.")
    assert _protest_types(nlp, text) == {FORCE}


def test_no_serious_injuries_stays_an_intervention(nlp: Language) -> None:
    # (the limits: a negated serious injury ...)
    text = ("Police fired tear gas at nurses marching in Kakamega on Wednesday; several "
            "were hurt but there were no reports of serious injuries.")
    assert _protest_types(nlp, text) == {INTER}


def test_officers_badly_hurt_are_no_force_on_the_crowd(nlp: Language) -> None:
    # (... or the forces' own)
    text = ("Two police officers were seriously injured in Kakamega on Wednesday as riot "
            "police dispersed a march by nurses.")
    assert FORCE not in _protest_types(nlp, text)
