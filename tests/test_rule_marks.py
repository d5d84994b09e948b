"""The trigger class and the typing rules' marks are fields of a mention
(``trigger_class``, ``rule_marks``): later rules read them, never the wording of
``type_reason``, which is written for a reviewer and may be reworded."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from fixtures_mentions import new_mentions
from fixtures_store import make_mention
from spacy.language import Language

from eventcoder.extract.mention_ranking import retype_attacks_fought_back
from eventcoder.extract.typing_base import (
    MARK_CIVILIAN_VICTIMS,
    MARK_COMMUNAL_FIGHT,
    MARK_NO_ARMED_VICTIM,
)

PUBLISHED = dt.date(2024, 5, 20)


def test_typing_sets_the_trigger_class_and_the_rules_marks(nlp: Language) -> None:
    shot = new_mentions(nlp, "Gunmen shot dead four traders at a market in Mandera on Tuesday.",
                        PUBLISHED)
    assert [(m.trigger_class, m.rule_marks) for m in shot] == [
        ("kill", frozenset({MARK_NO_ARMED_VICTIM, MARK_CIVILIAN_VICTIMS}))]
    # the reason a reviewer reads is written as before
    assert shot[0].type_reason == "trigger 'shot dead' (kill): civilian victims"
    fight = new_mentions(nlp, "Residents of two villages clashed over a disputed boundary in "
                         "Isiolo on Friday.", PUBLISHED)
    assert [(m.trigger_class, m.rule_marks) for m in fight] == [
        ("armed_clash", frozenset({MARK_COMMUNAL_FIGHT}))]


def test_an_attack_fought_back_is_found_by_its_mark_not_its_reason(nlp: Language) -> None:
    text = ("Bandits raided a village near Kapedo on Sunday. "
            "The herders retaliated, leading to an hour of gunfire.")
    doc = nlp(text)
    raid = replace(make_mention(text, "raided", "Attack"), trigger_class="attack")
    marked = replace(raid, type_reason="reworded for a reviewer",
                     rule_marks=frozenset({MARK_NO_ARMED_VICTIM}))
    # the old reason words alone no longer make the rule act
    unmarked = replace(raid, type_reason="trigger 'raided' (attack): civilian victims")
    retype_attacks_fought_back([marked, unmarked], doc)
    assert marked.sub_event_type == "Armed clash"
    assert unmarked.sub_event_type == "Attack"
