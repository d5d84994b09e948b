"""The coded document lists every attack/die/injure mention, also harm for which
ACLED codes no event (issue #3: detection of attack/die/injure events beside the
ACLED coding). Fails without ``CodedDocument.harm``."""

from __future__ import annotations

from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article


def test_harm_beside_the_events(nlp: Language) -> None:
    text = ("Two patients died of cholera in the camp last week. "
            "On Monday gunmen killed three farmers near Jos.")
    coded = code_doc(nlp(text), make_article(text, published="2024-07-02"))
    assert [e.sub_event_type for e in coded.events] == ["Attack"]
    assert [(text[a:b], kind) for a, b, kind in coded.harm] == [("died", "die"),
                                                                ("killed", "die")]
