"""An act on civilians whose doer is left unnamed, then laid at the door of state forces
("his relatives accused two officers of shooting him", "witnesses believe officers were
responsible"), was done by those forces. Forces accused of failings, or said not to be
responsible, stay no side."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_relatives_accuse_officers_of_the_shooting() -> None:
    assert _events("A trader was shot dead in Mombasa on Sunday. His relatives later accused "
                   "two police officers of shooting him.") == [
        ("Attack", "Police Forces of Kenya (2013-)", "Civilians (Kenya)")]


def test_witnesses_hold_officers_responsible() -> None:
    assert _events("A preacher was shot dead by a lone gunman in Mombasa on Sunday. The gunman "
                   "has not been identified, but witnesses believe police officers were "
                   "responsible.") == [
        ("Attack", "Police Forces of Kenya (2013-)", "Civilians (Kenya)")]


def test_denied_responsibility_is_no_accusation() -> None:
    assert _events("A preacher was shot dead by a lone gunman in Mombasa on Sunday. Police said "
                   "officers were not responsible.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_accused_of_failings_is_no_side() -> None:
    assert _events("A trader was shot dead in Mombasa on Sunday. Residents accused the police "
                   "of failing to act on earlier threats.") == [
        ("Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")]


def test_armed_groups_charge_is_its_claim() -> None:
    assert _events("A cleric was shot dead by unidentified gunmen in Mombasa on Sunday. Al "
                   "Shabaab said government troops were behind the shooting.")[0] == (
        "Attack", "Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
