"""People, forces or armed men someone "targeted" were attacked: the verb aims
violence at them, and who they were decides the type ("gunmen targeted a police
patrol" is a fight with the police; "suspected militiamen targeted by police" a
fight with the militia). The participle that restates another act ("a blast ...,
targeting soldiers"), a weapon or attack as the doer, and a passive whose agent
is no one ("targeted by a smear campaign") make no attack of their own."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 11)
_primary_type = partial(primary_type, published=PUBLISHED)


def _targeted_mentions(nlp: Language, text: str) -> list[str]:
    return [m.sub_event_type for m in new_mentions(nlp, text, PUBLISHED)
            if m.trigger_text.lower().startswith("target")]


def test_raiders_targeting_police_fought_them(nlp: Language) -> None:
    text = "Armed raiders targeted police officers and herders near Kapedo on Sunday night."
    assert _primary_type(nlp, text) == "Armed clash"


def test_militiamen_targeted_by_police_fought_them(nlp: Language) -> None:
    text = ("Suspected SLDF militiamen targeted by police in Mount Elgon on Friday fled "
            "into the forest.")
    assert _primary_type(nlp, text) == "Armed clash"


def test_women_targeted_by_a_gang_were_attacked(nlp: Language) -> None:
    text = "Two women targeted and chased by a gang in Kisii town on Monday, police said."
    assert _primary_type(nlp, text) == "Attack"


def test_a_smear_campaign_is_no_attack(nlp: Language) -> None:
    text = "Opposition politicians were targeted by a smear campaign in Nairobi last week."
    assert _targeted_mentions(nlp, text) == []


def test_a_blast_targeting_soldiers_stays_the_blast(nlp: Language) -> None:
    text = ("A roadside bomb exploded near Mandera on Tuesday, targeting a convoy of Kenyan "
            "soldiers.")
    assert _targeted_mentions(nlp, text) == []
    assert _primary_type(nlp, text) == "Remote explosive/landmine/IED"
