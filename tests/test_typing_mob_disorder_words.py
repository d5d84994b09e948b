"""Words that only say a gathering became disorderly ("violence erupted at the
party's rally") name the fight the text tells beside them ("supporters of two
rival aspirants clashed"): with that fight typed mob violence they are no
violent demonstration of their own (issue #3). The first test fails without
_without_disorder_beside_crowds_fight (extract/events.py) and 'disorder_words'
(data/typing.yaml); a sentence that tells a demonstration keeps its type."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_violence_erupting_at_a_rally_is_the_rivals_fight(nlp: Language) -> None:
    text = ("Violence erupted at a party rally in Homa Bay on Saturday. Supporters of two "
            "rival aspirants clashed, injuring four people.")
    assert _types(nlp, text) == ["Mob violence"]


def test_violence_erupting_at_a_demonstration_stays_a_demonstration(nlp: Language) -> None:
    text = ("Violence erupted at a demonstration in Kisumu on Saturday. Supporters of two "
            "rival aspirants clashed, injuring four people.")
    assert _types(nlp, text) == ["Violent demonstration"]
