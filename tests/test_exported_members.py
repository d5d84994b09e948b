"""The public API is small and explicit (httpx style)."""

from __future__ import annotations

import eventcoder


def test_all_exports_exist_and_are_sorted() -> None:
    assert eventcoder.__all__ == sorted(eventcoder.__all__)
    for name in eventcoder.__all__:
        assert hasattr(eventcoder, name), name


def test_nothing_private_is_exported() -> None:
    public = {
        n for n in dir(eventcoder) if not n.startswith("_") and callable(getattr(eventcoder, n))
    }
    # Every public callable at the top level is part of the declared API.
    # Submodules are importable but are not top-level callables.
    assert public <= set(eventcoder.__all__)
