"""A junta's forces named as victims ("killed dozens of the junta's soldiers", "members
of the junta's forces") are armed men: the killing is a battle, not an attack on civilians
(issue #3; the junta words among the state_forces cues of data/triggers.yaml)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_militants_killing_the_juntas_soldiers_fought_them(nlp: Language) -> None:
    text = ("Militants said on Friday they had killed dozens of the junta's soldiers near "
            "Mopti in fighting on Thursday.")
    events = coded_events(nlp, text, "2024-05-10")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


def test_members_of_the_juntas_forces_are_armed(nlp: Language) -> None:
    text = ("The group said its fighters had killed or wounded hundreds of members of the "
            "junta's forces near Mopti on Thursday.")
    events = coded_events(nlp, text, "2024-05-10")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
