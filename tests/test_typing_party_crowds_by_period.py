"""Party supporters who fight each other, with no forces or armed group among them,
are coded by the period the text is dated to (issue #3): ACLED's Kenya data codes
them as the parties' militias in a battle before the March 2013 election and as
rioters (Mob violence) after it, as its current codebook does for crowds that are
no organised armed group. Counted over the Kenya development notes: 19 of 20 such
fights dated from 2013 on are Mob violence; 9 of 11 before are battles. The period is
the publication day, else the day the text's words date it to; an undated text
keeps the battle. Fails without party_crowds_fight (extract/party_crowds.py)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

from eventcoder.extract.party_crowds import PARTY_CROWDS_RIOT
from eventcoder.pipeline import code_doc, make_article

_BRAWL = ("Three people were hurt when members of the Wiper and Jubilee parties "
          "fought with clubs outside a nomination centre in Machakos on Monday.")


def _types(nlp: Language, text: str, published: str | None) -> list[str]:
    if published is None:
        events = code_doc(nlp(text), make_article(text, published=None)).events
    else:
        events = coded_events(nlp, text, published)
    return [e.sub_event_type for e in events]


def test_party_members_fighting_after_2013_are_rioters(nlp: Language) -> None:
    assert _types(nlp, _BRAWL, "2017-05-02") == ["Mob violence"]


def test_party_members_fighting_before_2013_are_the_parties_battle(nlp: Language) -> None:
    text = ("Three people were hurt in a clash between KANU and FORD-Kenya supporters "
            "outside a nomination centre in Machakos on Monday.")
    assert _types(nlp, text, "2007-11-19") == ["Armed clash"]


def test_an_undated_text_dated_by_its_words(nlp: Language) -> None:
    # ("the county governor" dates a Kenyan text after 2013)
    text = ("ODM and Jubilee supporters clashed outside the county governor's office in "
            "Kisumu, leaving two people injured.")
    assert _types(nlp, text, None) == ["Mob violence"]


def test_party_crowds_fighting_police_are_no_brawl_of_crowds(nlp: Language) -> None:
    # (forces in the fight: other rules read it, not this one)
    text = ("Jubilee supporters clashed with police officers outside a tallying centre in "
            "Nakuru on Tuesday, leaving two officers injured.")
    mentions = code_doc(nlp(text), make_article(text, published="2017-08-09")).mentions
    assert mentions and not any(PARTY_CROWDS_RIOT in m.type_reason for m in mentions)
