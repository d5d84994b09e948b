"""An attack whose doers and victims the clause names, told beside fighting that only sets
the scene ("raiders attacked villagers during ethnic clashes", "a gang attacked traders
after one of its men died in clashes with police"), is the clause's event: an attack on
civilians, not the clashes. Deaths with no doer named ("twelve killed following clashes"),
or forces that shot people during them ("police shot two men during clashes"), stay the
clashes (each test fails without its rule, except the two that guard those limits)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 6, 12)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_raiders_attacking_villagers_during_clashes_is_an_attack(nlp: Language) -> None:
    text = "A nurse was attacked by raiders during clan clashes in Marsabit on Monday."
    assert _primary_type(nlp, text) == "Attack"


def test_a_gang_attacking_traders_after_a_clash_is_an_attack(nlp: Language) -> None:
    text = ("A gang armed with pangas attacked traders at Kongowea market on Monday after "
            "one of its members died in clashes with police.")
    assert _primary_type(nlp, text) == "Attack"


def test_deaths_with_no_doer_following_clashes_stay_the_clashes(nlp: Language) -> None:
    text = "Twelve people were killed following clashes between two clans in Mandera on Sunday."
    assert _primary_type(nlp, text) == "Armed clash"


def test_forces_killing_people_during_clashes_stay_the_clashes(nlp: Language) -> None:
    text = "Police shot dead two men during ethnic clashes in Kerio Valley on Tuesday."
    assert _primary_type(nlp, text) == "Armed clash"
