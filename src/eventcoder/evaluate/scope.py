"""The country a scorer's run scopes texts to, as a user coding a national feed sets it.

Scorers of national corpora (ACLED's Kenya notes, the Times of India stories of
IndiaPoliceEvents) take ``country``: texts that name no country of their own are then
coded as ``$EVENTCODER_COUNTRY`` says, instead of by the one neighbour a story happens
to mention."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from eventcoder.extract.actors import COUNTRY_ENV_VAR

__all__ = ["default_country", "run_country"]


@contextmanager
def default_country(country: str | None) -> Iterator[None]:
    """Set ``$EVENTCODER_COUNTRY`` for the run (when given), then restore it."""
    if not country:
        yield
        return
    before = os.environ.get(COUNTRY_ENV_VAR)
    os.environ[COUNTRY_ENV_VAR] = country
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(COUNTRY_ENV_VAR, None)
        else:
            os.environ[COUNTRY_ENV_VAR] = before


def run_country(country: str | None) -> str | None:
    """The country a run was scoped to: the option, else the environment's, else None."""
    return country or os.environ.get(COUNTRY_ENV_VAR) or None
