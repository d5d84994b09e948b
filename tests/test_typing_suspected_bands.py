"""Forces against several people said to have done armed violence ("two men suspected of
shooting a trader", "suspects linked to the bus bombing") fought an armed band: an armed
clash, as for "suspected gangsters". A lone suspect, or suspects the text calls unarmed,
stay an attack; the act they are tied to is the accusation, not a second event (each test
fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_new = partial(new_mentions, published=PUBLISHED)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_forces_killing_men_suspected_of_a_murder_fought_a_band(nlp: Language) -> None:
    text = ("Police in Kisii shot dead four men suspected of murdering a village elder "
            "on Sunday night, the county commander said.")
    assert _primary_type(nlp, text) == "Armed clash"


def test_suspects_linked_to_bombings_killed_by_troops_fought_them(nlp: Language) -> None:
    text = ("Soldiers near Garissa on Thursday shot dead six suspects linked to the bombing "
            "of a bus in Lamu.")
    assert _primary_type(nlp, text) == "Armed clash"


def test_the_bombings_suspects_are_linked_to_are_no_new_event(nlp: Language) -> None:
    text = ("Soldiers near Garissa on Thursday shot dead six suspects linked to the bombing "
            "of a bus in Lamu.")
    assert "bombing" not in {m.trigger_text for m in _new(nlp, text)}


def test_unarmed_suspects_killed_by_police_stay_an_attack(nlp: Language) -> None:
    text = ("Police in Kisii shot dead four unarmed men suspected of murdering a village "
            "elder on Sunday night, residents said.")
    assert _primary_type(nlp, text) == "Attack"


def test_a_lone_suspect_killed_by_police_stays_an_attack(nlp: Language) -> None:
    text = ("Police in Kisii shot dead a man suspected of murdering a village elder "
            "on Sunday night, residents said.")
    assert _primary_type(nlp, text) == "Attack"
