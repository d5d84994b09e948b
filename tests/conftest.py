"""Shared fixtures: the annotation pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventcoder.nlp import load_nlp
from eventcoder.resolve.actors import ActorDictionary, load_actor_dictionary

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
