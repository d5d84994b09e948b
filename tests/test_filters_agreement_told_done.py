"""A deal told by its noun and the participle of its making ("the accord signed on
Monday") is a trigger of an Agreement; and what the parties will do under it (a future
in the clause that governs the noun) does not make the deal itself a plan: its own
participle tells it done."""

from __future__ import annotations

import eventcoder

PUBLISHED = "2024-06-11"


def _types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in eventcoder.code(text, published=PUBLISHED)]


def test_a_deal_reached_is_coded_though_its_terms_lie_ahead() -> None:
    text = ("Under the accord signed with army commanders in Bentiu on Monday, the militia "
            "will give up its rifles and its fighters will be moved to a camp, a militia "
            "spokesman said.")
    assert _types(text) == ["Agreement"]


def test_a_deal_still_to_be_signed_is_a_plan() -> None:
    text = ("The militia will sign an accord with army commanders in Bentiu next week, a "
            "spokesman said.")
    assert "Agreement" not in _types(text)


def test_a_deal_someone_failed_to_carry_out_is_no_new_agreement() -> None:
    text = ("Nurses in Nakuru downed their tools on Monday, angry that the county had not "
            "implemented an accord signed with their union last year.")
    assert "Agreement" not in _types(text)
