"""A death told with no doer after the forces' lethal fire on a march, at its place
and day, is that fire's toll (ACLED codes it in the Excessive
force event): merge.folds._fold_forces_violence_into_crackdowns, crackdown_hosts in
data/merge.yaml. Gunmen's killing beside a march stays an attack of its own."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2022, 9, 7))


def _types(nlp: Language, text: str) -> list[str]:
    return sorted(e.sub_event_type for e in _events(nlp, text))


def test_a_death_told_after_fire_on_a_march_is_its_toll(nlp: Language) -> None:
    text = ("FREETOWN, Sept 7 (Reuters) - Police fired live rounds at thousands of people "
            "marching in Freetown on Wednesday against rising prices, witnesses said.\n\n"
            "The health ministry confirmed that one person died in Freetown.")
    assert _types(nlp, text) == ["Excessive force against protesters"]


def test_gunmen_killing_a_trader_beside_a_march_stay_apart(nlp: Language) -> None:
    text = ("FREETOWN, Sept 7 (Reuters) - Police fired live rounds at thousands of people "
            "marching in Freetown on Wednesday against rising prices, witnesses said.\n\n"
            "Separately, gunmen shot dead a trader in Freetown on Wednesday, police said.")
    assert "Attack" in _types(nlp, text)


def test_the_forces_shooting_a_marcher_later_is_that_fire(nlp: Language) -> None:
    text = ("FREETOWN, Sept 7 (Reuters) - Police fired live rounds at thousands of people "
            "marching in Freetown on Wednesday against rising prices, witnesses said.\n\n"
            "Police officers shot a student dead in Freetown, his family said.")
    assert _types(nlp, text) == ["Excessive force against protesters"]
