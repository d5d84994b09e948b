"""People arrested as suspected of ties to a named armed group ("suspected of links to Al
Shabaab", "with suspected ties to Al Shabaab") are that group's side of the arrest, as ACLED
codes the arrest of a group's suspected members; a group named only for another reason
("over an attack that Al Shabaab claimed") leaves the arrested civilians."""

from __future__ import annotations

import pytest

import eventcoder


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in eventcoder.code(text, published="2019-06-03")]


@pytest.mark.parametrize("text", [
    "Police in Garissa arrested four traders suspected of being affiliated with Al Shabaab on "
    "Thursday.",
    "Two men with suspected ties to Al Shabaab were arrested in Garissa on Monday.",
])
def test_suspected_members_are_the_groups(text: str) -> None:
    assert _sides(text) == [("Police Forces of Kenya (2013-)", "Al Shabaab")]


def test_a_group_named_for_its_claim_is_no_side() -> None:
    assert _sides("Police arrested three men in Garissa on Monday over an attack that Al "
                  "Shabaab claimed.") == [("Police Forces of Kenya (2013-)", "Civilians (Kenya)")]
