"""Parties named together as the subject of an agreement are its two sides, also when the
agreement's trigger hangs below their verb ("X and Y signed a framework, pledging to a
truce"): one of them was its only side, the other dropped as its ally. And Congo's
government has ACLED's name. Fails without actor_sides.signatories_coordinated and the
government entry of data/actors/dr_congo.yaml."""

from __future__ import annotations

import datetime as dt

from fixtures_actors import side_names, story_mention
from spacy.language import Language


def test_signatories_of_a_truce_named_below_their_verb_are_both_sides(nlp: Language) -> None:
    text = ("Sudan's government and the SPLM-N signed a framework in Juba on Monday, "
            "pledging to a lasting truce in South Kordofan.")
    mention = story_mention(nlp, text, "truce", "Agreement", "Sudan", dt.date(2023, 3, 6))
    assert side_names(mention) == ("Government of Sudan",
                                   "SPLM-N: Sudan People's Liberation Movement-North")


def test_congos_government_has_its_acled_name(nlp: Language) -> None:
    text = ("The Congolese government and the M23 signed a pact in Doha on Friday, "
            "committing to a lasting ceasefire in North Kivu.")
    mention = story_mention(nlp, text, "ceasefire", "Agreement",
                            "Democratic Republic of Congo", dt.date(2025, 7, 19))
    assert side_names(mention) == ("Government of the Democratic Republic of Congo (2019-)",
                                   "M23: March 23 Movement")
