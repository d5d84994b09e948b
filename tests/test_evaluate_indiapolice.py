"""IndiaPoliceEvents scorer: label mapping, sentence anchoring and P/R/F1,
on hand-made sentences and hand-made predictions."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from eventcoder.evaluate import indiapolice as ipe
from eventcoder.pipeline import CodedDocument
from eventcoder.schema import Article, Event, Evidence

DOC_TEXT = (
    "ranchi: police arrested four men on friday for torching a bus. "
    "the men were produced in court. "
    "later, police fired in the air and burst teargas shells to scatter a crowd."
)
SENTS = [
    "ranchi: police arrested four men on friday for torching a bus.",
    "the men were produced in court.",
    "later, police fired in the air and burst teargas shells to scatter a crowd.",
]
LABELS = [["ARREST", "ANY_ACTION"], [], ["FORCE", "ANY_ACTION"]]


def _anchor(sub: str, inter1: int | None = None, inter2: int | None = None,
            fatalities: int = 0) -> ipe.Anchor:
    return ipe.Anchor(0, 1, sub, inter1, inter2, fatalities)


def test_labels_for_maps_acled_types_to_police_labels() -> None:
    assert ipe.labels_for(_anchor("Arrests", inter1=1)) == {"ARREST", "ANY_ACTION"}
    assert ipe.labels_for(_anchor("Attack", inter1=1, fatalities=2)) == {
        "KILL", "FORCE", "ANY_ACTION"
    }
    assert ipe.labels_for(_anchor("Attack", inter1=3, fatalities=2)) == set()
    assert ipe.labels_for(_anchor("Armed clash", inter1=2, inter2=1)) == {"ANY_ACTION"}
    assert ipe.labels_for(_anchor("Protest with intervention", inter1=6)) == {
        "FORCE", "ANY_ACTION"
    }
    assert ipe.labels_for(_anchor("Peaceful protest", inter1=6)) == set()
    # type_only ignores who acted
    assert ipe.labels_for(_anchor("Attack", inter1=3, fatalities=2), type_only=True) == {
        "KILL", "FORCE", "ANY_ACTION"
    }


def test_locate_sentences_finds_offsets_in_order() -> None:
    rows = [{"doc_id": 7, "sent_id": i, "sent_text": s, "sent_labels": LABELS[i]}
            for i, s in enumerate(SENTS)]
    rows.append({"doc_id": 7, "sent_id": 3, "sent_text": "not in the text", "sent_labels": []})
    sentences = ipe.locate_sentences(DOC_TEXT, rows)
    for sentence, text in zip(sentences, SENTS, strict=False):
        assert DOC_TEXT[sentence.start:sentence.end] == text
    assert sentences[3].start == -1
    assert sentences[0].labels == frozenset({"ARREST", "ANY_ACTION"})


def test_sentences_hit_and_prf() -> None:
    rows = [{"doc_id": 7, "sent_id": i, "sent_text": s, "sent_labels": LABELS[i]}
            for i, s in enumerate(SENTS)]
    sentences = ipe.locate_sentences(DOC_TEXT, rows)
    arrest_at = DOC_TEXT.index("arrested")
    fired_at = DOC_TEXT.index("fired")
    anchors = [
        ipe.Anchor(arrest_at, arrest_at + 8, "Arrests", 1, None, 0),
        # the force event is typed right but its actor is missed: only type_only sees it
        ipe.Anchor(fired_at, fired_at + 5, "Attack", None, None, 0),
    ]
    strict = ipe.sentences_hit(sentences, anchors)
    assert strict == [{"ARREST", "ANY_ACTION"}, set(), set()]
    loose = ipe.sentences_hit(sentences, anchors, type_only=True)
    assert loose[2] == {"FORCE", "ANY_ACTION"}
    scores = ipe.score_sentences([s.labels for s in sentences], strict)
    assert scores["ARREST"]["f1"] == 1.0
    assert scores["FORCE"]["recall"] == 0.0
    assert scores["ANY_ACTION"]["precision"] == 1.0 and scores["ANY_ACTION"]["recall"] == 0.5


def _write_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "ipe"
    folder.mkdir()
    (folder / "docs.jsonl").write_text(
        json.dumps({"doc_id": 7, "doc_text": DOC_TEXT, "doc_labels": []}) + "\n", "utf-8")
    (folder / "metadata.jsonl").write_text(
        json.dumps({"doc_id": 7, "date": "2011-05-06", "url": ""}) + "\n", "utf-8")
    (folder / "sents.jsonl").write_text("".join(
        json.dumps({"doc_id": 7, "sent_id": i, "sent_text": s, "sent_labels": LABELS[i]}) + "\n"
        for i, s in enumerate(SENTS)), "utf-8")
    return folder


def test_score_end_to_end_with_fake_pipeline(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _write_corpus(tmp_path)
    at = DOC_TEXT.index("fired")
    seen: list[Article] = []

    def fake_code_articles(articles: Iterable[Article]) -> Iterator[CodedDocument]:
        for article in articles:
            seen.append(article)
            event = Event(event_id="e1", doc_id=article.doc_id, event_date=None,
                          time_precision=None, event_type="Violence against civilians",
                          sub_event_type="Attack", inter1=1,
                          evidence=[Evidence(article.doc_id, 0, 10, "ranchi: po", "sentence"),
                                    Evidence(article.doc_id, at, at + 5, "fired", "trigger")])
            yield CodedDocument(article=article, events=[event], places=[])

    monkeypatch.setattr("eventcoder.pipeline.code_articles", fake_code_articles)
    result = ipe.score(folder)
    assert seen[0].published is not None and seen[0].published.isoformat() == "2011-05-06"
    assert result["n_sentences"] == 3 and result["unlocated_sentences"] == 0
    assert result["gold_support"]["ANY_ACTION"] == 2
    assert result["scores"]["events"]["FORCE"]["f1"] == 1.0
    assert result["scores"]["events"]["ARREST"]["recall"] == 0.0
    assert result["scores"]["mentions"]["FORCE"]["tp"] == 0  # no mentions were given
    assert "FORCE" in ipe.format_report(result)


def test_score_country_option_scopes_the_run_and_is_reported(
    tmp_path: Path, country_while_coding: list[str | None]
) -> None:
    # the Times of India's stories rarely name India: a national feed sets the country
    folder = _write_corpus(tmp_path)
    during = country_while_coding
    result = ipe.score(folder, country="India")
    assert during == ["India"]
    assert result["country"] == "India"
    assert "default country: India" in ipe.format_report(result)
    assert "EVENTCODER_COUNTRY" not in os.environ
    assert ipe.score(folder)["country"] is None
