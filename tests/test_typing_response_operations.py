"""A security operation launched in answer to violence (issue #3): ACLED codes the
violence that set it off; the operation, with no fighting of its own told, is no
battle and does not outrank it."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)


def test_a_sweep_after_killings_leaves_the_attack_first(nlp: Language) -> None:
    text = ("Gunmen shot dead two traders at a market in Lamu on Monday. Soldiers began a "
            "security sweep around the town that evening.")
    assert primary_type(nlp, text, PUBLISHED) == "Attack"


def test_an_operation_after_a_bombing_is_the_bombing(nlp: Language) -> None:
    text = ("Security forces are carrying out security operations in Wajir after a police "
            "lorry was hit by a roadside bomb on Sunday night.")
    events = coded_events(nlp, text, "2024-03-18")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"], \
        describe(events)


def test_fighting_in_an_operation_stays_a_clash(nlp: Language) -> None:
    text = "Soldiers killed five militants during a security operation in Lamu on Monday."
    assert primary_type(nlp, text, PUBLISHED) == "Armed clash"
