"""The force in a teller's title ("the police commander of Tiaty said", "according to
the county police commander") tells of the event; it is no side of it (hand-written
sentences)."""

from __future__ import annotations

import pytest
from fixtures_actors import kenyan_mention
from spacy.language import Language

UNIDENTIFIED = "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize("text, trigger, sub_event_type, expected", [
    pytest.param("Two herders were shot dead in Nadome on Sunday, the police commander of "
                 "Tiaty said.", "shot dead", "Attack", UNIDENTIFIED,
                 id="a_commander_who_says_it"),
    pytest.param("Three people were abducted near Lamu on Monday, according to the county "
                 "police commander.", "abducted", "Abduction/forced disappearance",
                 UNIDENTIFIED, id="according_to_a_commander"),
    pytest.param("Two herders were shot dead near Kapedo on Wednesday, said John Kamau, the "
                 "police commander of Tiaty.", "shot dead", "Attack", UNIDENTIFIED,
                 id="said_a_named_commander"),
    pytest.param("Police believe the trader was abducted on his way home from the market in "
                 "Lamu.", "abducted", "Abduction/forced disappearance", UNIDENTIFIED,
                 id="the_police_who_believe_it"),
    pytest.param("Police shot dead two suspected robbers in Kayole on Sunday, the police "
                 "commander of Nairobi said.", "shot dead", "Attack",
                 "Police Forces of Kenya (2013-)", id="the_force_that_did_it_stays_the_doer"),
])
def test_a_tellers_force_is_no_side(nlp: Language, text: str, trigger: str,
                                    sub_event_type: str, expected: str) -> None:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    assert mention.actor1 is not None
    assert mention.actor1.name == expected


def test_the_beat_in_a_tellers_title_is_no_side(nlp: Language) -> None:
    # "Baringo South" names the commander's district, not a group that fought
    text = ("Herders fought raiders near Kapedo until Thursday, said John Kamau, the police "
            "commander of Baringo South.")
    mention = kenyan_mention(nlp, text, "fought", "Armed clash")
    names = [a.name for a in (mention.actor1, mention.actor2) if a is not None]
    assert not any("Baringo" in name for name in names)
