"""An act an ACLED note says is coded as a record of its own ("led to a fight with
the herders (coded separately)", "deaths recorded separately as a battle") is no
event of the note (issue #3): the note's own event is the rest. Counted over the
Kenya development notes: 10 of the 11 notes with such a remark are coded as the
act the remark leaves. Fails without coded_elsewhere (extract/coded_elsewhere.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return sorted(e.sub_event_type for e in coded_events(nlp, text, "2006-03-14"))


def test_a_fight_coded_separately_after_a_livestock_raid(nlp: Language) -> None:
    text = ("Raiders from the Pokot side stole some 300 goats near Kapedo on Monday - this "
            "led to a gunfight between the two communities (coded separately).")
    assert "Armed clash" not in _types(nlp, text)
    assert "Attack" in _types(nlp, text)


def test_deaths_recorded_separately_as_a_battle(nlp: Language) -> None:
    text = ("Bandits raided three homesteads near Kapedo on Monday - deaths recorded "
            "separately as a battle with police reservists.")
    assert _types(nlp, text) == ["Attack"]


def test_a_toll_coded_separately_leaves_the_fight(nlp: Language) -> None:
    # (the remark closes the clause of the other toll, not the fight told before it)
    text = ("Two men died in fighting between rival clans near Wajir on Sunday (and one "
            "officer - coded separately).")
    assert _types(nlp, text) == ["Armed clash"]
