"""A participle after a form of "be" is a passive even where a comma between
them leads the parser to read the subject as the doer ("four of the raiders
were, however, shot dead"): the subject is who was shot, so raiders shot dead
after their raid fought whoever shot them (the first test fails without the
rule; the second guards an active verb)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import new_mentions
from spacy.language import Language

PUBLISHED = dt.date(2024, 4, 22)


def _type_of(nlp: Language, text: str, trigger: str) -> str | None:
    found = [m.sub_event_type for m in new_mentions(nlp, text, PUBLISHED)
             if m.trigger_text.lower() == trigger]
    return found[0] if found else None


def test_raiders_who_were_however_shot_dead_fought(nlp: Language) -> None:
    text = ("Armed raiders attacked a village near Kainuk on Sunday. Four of the raiders "
            "were, however, shot dead while others escaped with wounds.")
    assert _type_of(nlp, text, "shot dead") == "Armed clash"


def test_raiders_who_shot_herders_attacked_them(nlp: Language) -> None:
    text = "Armed raiders shot dead four herders near Kainuk on Sunday."
    assert _type_of(nlp, text, "shot dead") == "Attack"
