"""Words that say who someone is, not what happened: a possessor's "jailed leader" (as
"the jailed leader of the gang" already was) and a group "listed as a terrorist
organisation" (as one "formed to defend the area" already was) are references, never
events of their own (each test fails without its rule or guards it)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import detected
from spacy.language import Language

PUBLISHED = dt.date(2024, 10, 24)


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    return {m.trigger_text: m.status for m in detected(nlp, text, PUBLISHED)}


def test_the_group_s_jailed_leader_is_no_arrest(nlp: Language) -> None:
    text = ("The minister suggested that the movement's jailed leader could be freed if "
            "the group laid down its arms.")
    assert _statuses(nlp, text)["jailed"] == "reference"


def test_the_arrested_youths_still_tell_of_an_arrest(nlp: Language) -> None:
    # the guard: no possessor, no apposition
    text = "The arrested youths were charged in court on Wednesday."
    assert _statuses(nlp, text)["arrested"] == "new"


def test_a_group_listed_as_a_terrorist_organisation_is_described(nlp: Language) -> None:
    text = ("The movement, listed as a terrorist organisation by the government, began "
            "its insurgency in 1984.")
    assert _statuses(nlp, text)["as a terrorist organisation"] == "reference"


def test_an_apposition_measuring_the_event_reports_none_of_its_own(nlp: Language) -> None:
    # "its largest attack in years" restates the storming told before it, which the
    # sentence dates to last month
    text = ("Last month, militants stormed a prison holding hundreds of the group's members "
            "in the northern city of Kidal, their largest attack in the region in years.")
    statuses = _statuses(nlp, text)
    assert statuses and "new" not in statuses.values(), statuses


def test_the_day_s_killing_measured_in_apposition_stays_news(nlp: Language) -> None:
    # the guard: the apposition goes, the killing it measures stays
    text = ("Gunmen killed 30 villagers in the north on Sunday, the deadliest attack in the "
            "region this year.")
    assert _statuses(nlp, text)["killed"] == "new"
