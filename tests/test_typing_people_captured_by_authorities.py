"""People captured by the state are arrested, not abducted (issue #3;
typing_armed._people_taken, the detaining_authorities of data/typing.yaml): "the
authorities said they had captured six men" (the takers told by a pronoun whose
teller is the authorities), "soldiers captured four men". Gunmen who capture
people abduct them."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-02-09")]


def test_authorities_telling_their_own_capture_of_men_arrest(nlp: Language) -> None:
    text = ("LIMA, Feb 9 - Peruvian authorities said on Tuesday they had captured five men "
            "accused of plotting to blow up a pipeline near Cusco.")
    assert _types(nlp, text) == ["Arrests"]


def test_soldiers_capturing_men_arrest(nlp: Language) -> None:
    text = ("LIMA, Feb 9 - Soldiers captured four men at a farm near Cusco on Tuesday, "
            "the defence ministry said.")
    assert _types(nlp, text) == ["Arrests"]


def test_gunmen_capturing_men_abduct(nlp: Language) -> None:
    text = ("LIMA, Feb 9 - Gunmen captured four men at a farm near Cusco on Tuesday, "
            "police said.")
    assert _types(nlp, text) == ["Abduction/forced disappearance"]
