"""A "non-" compound names people by what they are not ("non-Somali passengers",
"non-locals"): no nationality, community or faith read inside it says who they are.
The head noun still names the victims; a nation named plainly still scopes them."""

from __future__ import annotations

import pytest

import eventcoder


def _victims(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published="2019-06-03")
            if e.sub_event_type in ("Attack", "Mob violence")]


@pytest.mark.parametrize("text", [
    "Al Shabaab gunmen ambushed a bus in Mandera county and killed 19 non-Somali "
    "passengers on Saturday.",
    "Gunmen stopped a lorry near Elwak and shot dead non-Somalis on board, police said.",
])
def test_non_compound_names_no_nation(text: str) -> None:
    assert _victims(text)[:1] == ["Civilians (Kenya)"]


def test_non_compound_head_still_names_the_victims() -> None:
    text = "Rioters stormed a clinic in Wajir and attacked non-locals, killing one."
    assert _victims(text)[:1] == ["Civilians (Kenya)"]


def test_nation_named_plainly_still_scopes_the_victims() -> None:
    text = ("Al Shabaab gunmen ambushed a bus in Mandera county and killed 19 Somali "
            "passengers on Saturday.")
    assert _victims(text)[:1] == ["Civilians (Somalia)"]
