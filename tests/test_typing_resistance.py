"""Armed men who fought back hard ('the militiamen put up heavy resistance', 'troops met
stiff resistance from the rebels') fought: an Armed clash (issue #3; the armed_clash
phrase '{heavy,stiff,fierce,stubborn} resistance' of data/triggers.yaml). Before, a
story whose only fighting word was the resistance had no event. A place taken 'without
resistance' stays a non-violent transfer. The first two tests fail without the phrase."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2020-07-02")]


def test_militiamen_put_up_heavy_resistance(nlp: Language) -> None:
    text = ("Police launched an operation on Tuesday to retake two police posts held by "
            "Pokot militiamen in Baringo. The militiamen put up heavy resistance.")
    assert _types(nlp, text) == ["Armed clash"]


def test_troops_met_stiff_resistance(nlp: Language) -> None:
    text = "Kenyan troops met stiff resistance from al Shabaab fighters near Kolbio on Monday."
    assert _types(nlp, text) == ["Armed clash"]


def test_town_entered_without_resistance_stays_a_transfer(nlp: Language) -> None:
    text = "Government troops entered Kolbio without resistance on Monday after the militants left."
    assert _types(nlp, text) == ["Non-violent transfer of territory"]
