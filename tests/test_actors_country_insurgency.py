"""A general word for Islamist armed men names a country's one jihadist insurgency in
that country's news (Mozambique: Islamic State (Mozambique)), and only there: in
another country's news the same words stay an unidentified armed group."""

from __future__ import annotations

import eventcoder


def _doers(text: str) -> list[str | None]:
    return [e.actor1 for e in eventcoder.code(text, published="2021-05-03")]


def test_islamist_insurgents_in_mozambique_are_its_insurgency() -> None:
    assert "Islamic State (Mozambique)" in _doers(
        "PEMBA, May 3 - Jihadist fighters burned a school and shot two teachers in the "
        "district of Muidumbe in Cabo Delgado province on Sunday, a local official said.")


def test_the_words_name_no_group_abroad() -> None:
    doers = _doers("NIAMEY, May 3 - Islamist insurgents shot two traders near the town of "
                   "Tillaberi on Sunday, a local official said.")
    assert doers
    assert "Islamic State (Mozambique)" not in doers


def test_islamist_fighters_in_kenya_are_al_shabaab() -> None:
    # Kenya's file names Al Shabaab, a group Somalia's file holds and lets name itself
    # anywhere: the lookup finds it though it is no entry of Kenya's own
    assert "Al Shabaab" in _doers(
        "GARISSA, May 3 - Islamist fighters torched a dispensary and wounded a nurse in "
        "the village of Galmagalla on Sunday, the county commissioner said.")


def test_an_act_called_extremist_names_the_insurgency_as_its_doer() -> None:
    assert "Al Shabaab" in _doers(
        "MANDERA, May 3 - Armed men shot dead three masons building a borehole near "
        "Arabia on Sunday in what the county commissioner called an extremist raid.")


def test_an_extremist_act_abroad_stays_unidentified() -> None:
    doers = _doers("NIAMEY, May 3 - Armed men shot dead three traders near the town of "
                   "Tillaberi on Sunday in what officials called an extremist raid.")
    assert doers
    assert "Al Shabaab" not in doers
