"""Armed men driven back by troops ("the militants were repelled by government soldiers",
"soldiers repelled the bandits") fought them: an armed clash, even with nobody hurt
(each test fails without its rule; the last guards a crowd pushed back by police)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 9, 2)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_militants_repelled_by_soldiers_fought_them(nlp: Language) -> None:
    text = ("Al-Shabaab militants besieged a border post near Mandera on Sunday but were "
            "repelled by government soldiers within an hour.")
    assert _primary_type(nlp, text) == "Armed clash"


def test_soldiers_repelling_bandits_fought_them(nlp: Language) -> None:
    text = "Soldiers repelled the bandits at Kapedo in Baringo county on Tuesday night."
    assert _primary_type(nlp, text) == "Armed clash"


def test_a_crowd_repulsed_by_police_is_no_clash(nlp: Language) -> None:
    text = ("Traders marched to the county offices in Kisumu on Monday to demand new stalls "
            "but were repulsed by police.")
    assert _primary_type(nlp, text) != "Armed clash"


def test_raiders_driven_back_by_troops_regained_no_ground(nlp: Language) -> None:
    # (a repelled raid is a fight where it happened, no government recapture)
    text = ("Gunmen stormed a market town near Gao at dawn on Sunday but were driven back "
            "by government troops after two hours.")
    assert _primary_type(nlp, text) == "Armed clash"


def test_marchers_pushed_back_by_police_regained_no_ground(nlp: Language) -> None:
    text = ("Nurses marched on the health ministry in Kisumu on Monday to demand unpaid "
            "wages but were pushed back by police.")
    assert _primary_type(nlp, text) != "Government regains territory"
