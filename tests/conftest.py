"""Shared fixtures: the annotation pipeline is loaded once per test session."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from eventcoder.nlp import load_nlp
from eventcoder.pipeline import CodedDocument
from eventcoder.resolve.actors import ActorDictionary, load_actor_dictionary
from eventcoder.schema import Article

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def dictionary() -> ActorDictionary:
    """The actor dictionary as shipped (no user file from the environment)."""
    return load_actor_dictionary(use_env=False)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The team's dev datasets, when present (tests that need them skip otherwise)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture
def country_while_coding(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """A scorer's run with the pipeline replaced by one that codes nothing and records
    $EVENTCODER_COUNTRY as each article is coded (unset before the test)."""
    monkeypatch.delenv("EVENTCODER_COUNTRY", raising=False)
    during: list[str | None] = []

    def fake_code_articles(articles: Iterable[Article]) -> Iterator[CodedDocument]:
        for article in articles:
            during.append(os.environ.get("EVENTCODER_COUNTRY"))
            yield CodedDocument(article=article, events=[], places=[])

    monkeypatch.setattr("eventcoder.pipeline.code_articles", fake_code_articles)
    return during
