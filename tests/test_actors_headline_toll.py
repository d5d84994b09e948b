"""A toll told in headline style after the attack ("Three officers killed, another missing"):
the forces the parse takes for the subject of "killed" are the ones hit, and the armed
group the sentence before names attacking is the other side of the battle."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_the_toll_s_forces_fought_the_attackers_told_before() -> None:
    assert ("Armed clash", "Police Forces of Kenya (2013-)", "Al Shabaab") in _events(
        "Al Shabaab gunmen storm Hulugho in Garissa county. Three officers killed, another "
        "missing.")
    assert ("Armed clash", "Police Forces of Kenya (2013-)", "Al Shabaab") in _events(
        "Al Shabaab gunmen storm a border town near Mandera. Three police officers killed "
        "in the raid.")


def test_forces_that_killed_someone_stay_the_doers() -> None:
    assert _events("Police killed three robbery suspects in Kayole on Sunday.") == [
        ("Attack", "Police Forces of Kenya (2013-)", "Civilians (Kenya)")]


def test_a_headline_passive_with_its_doer_puts_the_doer_first() -> None:
    # (the parser reads "killed"/"wounded" as active with the one hit as its subject; a
    # "by" phrase of its own, as agent or as a preposition, makes it passive)
    assert _events("Policeman killed near Mandera by a bomb planted by Al Shabaab "
                   "militants.") == [
        ("Remote explosive/landmine/IED", "Al Shabaab", "Police Forces of Kenya (2013-)")]
    assert _events("Soldier wounded near Kiunga by a landmine buried by Al Shabaab "
                   "fighters.") == [
        ("Remote explosive/landmine/IED", "Al Shabaab", "Military Forces of Kenya (2013-)")]


def test_a_means_told_after_by_keeps_the_subject_the_doer() -> None:
    assert _events("Police killed two suspects by shooting them in Kayole on Sunday.") == [
        ("Attack", "Police Forces of Kenya (2013-)", "Civilians (Kenya)")]
