"""Civilians of another country hurt abroad: ACLED names them by their country once its
data covers that country, and "Civilians (International)" before (its country files'
covered_from day); foreigners whose country the text does not tell are always
"Civilians (International)"."""

from __future__ import annotations

import pytest

import eventcoder

_TOURISTS = ("Gunmen attacked a group of British tourists near their hotel in Mombasa on "
             "Friday, wounding two of them, police said.")


def _victims(text: str, published: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text, published=published)
            if e.event_type == "Violence against civilians"]


@pytest.mark.parametrize(("published", "wanted"), [
    ("2012-06-16", "Civilians (International)"),  # before ACLED covered the UK
    ("2022-06-18", "Civilians (United Kingdom)"),
])
def test_foreign_civilians_are_named_by_coverage_on_the_day(published: str, wanted: str
                                                            ) -> None:
    assert _victims(_TOURISTS, published) == [wanted]


def test_a_covered_neighbours_civilians_keep_their_country() -> None:
    assert _victims("Bandits shot dead three Ethiopian traders near Moyale on Tuesday, "
                    "police said.", "2008-03-20") == ["Civilians (Ethiopia)"]


@pytest.mark.parametrize(("published", "wanted"), [
    ("2011-02-14", "Civilians (International)"),  # before ACLED covered Saudi Arabia
    ("2021-02-14", "Civilians (Saudi Arabia)"),
])
def test_a_two_word_demonym_names_the_victims_country(published: str, wanted: str
                                                      ) -> None:
    # ("Saudi Arabian", the adjective of the country's full name)
    assert _victims("Robbers stabbed a Saudi Arabian businessman outside a Nairobi hotel "
                    "on Sunday, police said.", published) == [wanted]


def test_foreigners_of_no_told_country_are_international() -> None:
    assert _victims("Gunmen shot dead two foreigners outside a bar in Malindi on Saturday, "
                    "police said.", "2016-04-10") == ["Civilians (International)"]


def test_a_headline_passive_names_the_foreign_victims() -> None:
    # a headline's passive with no auxiliary: the demonym is those the act hit
    assert _victims("Two Tanzanians killed by bandits near Kajiado.", "2019-06-03") == [
        "Civilians (Tanzania)"]


def test_a_headline_passive_of_a_mob_names_its_foreign_victims() -> None:
    events = eventcoder.code("Three Somalis wounded by a mob in Eastleigh.",
                             published="2019-06-03")
    assert [(e.actor1, e.actor2) for e in events] == [("Rioters (Kenya)", "Civilians (Somalia)")]


_AID_WORKER = ("Armed men seized an Austrian aid worker at a clinic outside Gao on Thursday "
               "and drove off into the desert, officials said.")


@pytest.mark.parametrize(("published", "wanted"), [
    ("2014-05-09", "Civilians (International)"),  # before ACLED covered Western Europe
    ("2024-05-10", "Civilians (Austria)"),
])
def test_a_nation_once_unlisted_is_named_by_its_coverage(published: str, wanted: str
                                                         ) -> None:
    # Austria's file gives the day ACLED began to cover it (its demonym was unlisted)
    assert _victims(_AID_WORKER, published) == [wanted]


def _undated_victims(text: str) -> list[str | None]:
    return [e.actor2 for e in eventcoder.code(text)
            if e.event_type == "Violence against civilians"]


def test_an_undated_foreigner_of_a_late_covered_country_is_international() -> None:
    # no day told: ACLED covered the UK only from 2020, so the day may be before it
    assert _undated_victims("Robbers stabbed a British engineer outside his house in "
                            "Nakuru, police said.") == ["Civilians (International)"]


def test_an_undated_foreigner_of_a_country_covered_throughout_keeps_it() -> None:
    assert _undated_victims("Bandits shot dead two Ethiopian traders near Moyale, "
                            "police said.") == ["Civilians (Ethiopia)"]


_PRIEST = ("Gunmen shot dead an Italian priest at his parish outside Beira on Sunday, "
           "church officials said.")


@pytest.mark.parametrize(("published", "wanted"), [
    ("2013-03-04", "Civilians (International)"),  # before ACLED covered Italy
    ("2023-03-06", "Civilians (Italy)"),
])
def test_italian_victims_are_named_by_italys_coverage(published: str, wanted: str) -> None:
    assert _victims(_PRIEST, published) == [wanted]
