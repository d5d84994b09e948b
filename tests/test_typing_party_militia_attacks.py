"""A named party's crowd ("<party> supporters", "<party> youths") that attacks, beats or
stabs someone is the party's political militia at work: ACLED codes it as an attack on
civilians under the party's name (inter 3), not as a mob. The same crowd marching,
rioting or fighting another crowd, or attacked itself, stays what it was (issue #4;
fails without party_attack_verbs and _party_crowd_attacks)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_events import coded_events
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2017, 8, 14)
_type = partial(primary_type, published=PUBLISHED)


@pytest.mark.parametrize(("text", "party"), [
    ("Jubilee supporters stabbed a campaign agent outside a polling station in Eldoret "
     "on Tuesday.", "Jubilee Coalition"),
    ("ODM youths beat up two traders accused of backing a rival aspirant in Homa Bay.",
     "ODM: Orange Democratic Movement"),
])
def test_a_partys_crowd_attacking_someone_is_its_militia(nlp: Language, text: str,
                                                         party: str) -> None:
    assert _type(nlp, text) == "Attack"
    events = coded_events(nlp, text, "2017-08-14")
    assert [(e.actor1, e.inter1) for e in events] == [(party, 3)]


@pytest.mark.parametrize("text", [
    "Jubilee supporters marched through Eldoret on Tuesday to celebrate the results.",
    "Jubilee supporters were stabbed by unknown men outside a polling station in Eldoret.",
])
def test_the_crowd_that_marched_or_was_attacked_is_no_militia(nlp: Language,
                                                              text: str) -> None:
    assert _type(nlp, text) != "Attack" or all(
        e.actor1 != "Jubilee Coalition" for e in coded_events(nlp, text, "2017-08-14"))


def test_a_party_named_a_national_union_is_a_party(nlp: Language) -> None:
    # ("... National Union" names a party, as "... Party" does: its crowd fighting
    # another party's crowd at a rally is typed as any two parties' crowds are)
    text = "{} and Jubilee supporters clashed at a rally in Kericho on Sunday."
    assert _type(nlp, text.format("KANU")) == _type(nlp, text.format("ODM")) == "Mob violence"


def test_the_crowd_word_ends_the_name_whatever_the_parse(nlp: Language) -> None:
    # (the tagger splits "ZANU-PF" and hangs its first half on the verb)
    text = "ZANU-PF youths beat a teacher in Harare on Sunday, witnesses said."
    events = coded_events(nlp, text, "2018-07-30")
    assert [(e.sub_event_type, e.inter1) for e in events] == [("Attack", 3)]


@pytest.mark.parametrize(("text", "party"), [
    # (the crowd named in an "of" phrase: of a collective, or after the crowd noun)
    ("A mob of Jubilee supporters beat a hawker to death in Nakuru on Monday.",
     "Jubilee Coalition"),
    ("A group of ODM youths stabbed a rival agent near a tallying centre in Migori.",
     "ODM: Orange Democratic Movement"),
    ("Supporters of the ODM attacked a polling clerk in Kisumu on Tuesday.",
     "ODM: Orange Democratic Movement"),
])
def test_a_partys_crowd_told_with_of_is_its_militia(nlp: Language, text: str,
                                                    party: str) -> None:
    events = coded_events(nlp, text, "2017-08-14")
    assert [(e.sub_event_type, e.actor1, e.inter1) for e in events] == [
        ("Attack", party, 3)]


def test_a_mob_of_party_supporters_that_marched_is_no_militia(nlp: Language) -> None:
    text = "A mob of Jubilee supporters marched through Eldoret on Tuesday."
    assert all(e.actor1 != "Jubilee Coalition"
               for e in coded_events(nlp, text, "2017-08-14"))


@pytest.mark.parametrize(("text", "actor1"), [
    # (the crowd as the agent of a passive attack verb, the victim its subject)
    ("Two hawkers were beaten to death by ODM youths in Kibera on Wednesday.",
     "ODM: Orange Democratic Movement"),
    # (a crowd told only by its side: an unnamed armed side at work, no mob)
    ("Four farm workers were murdered near Burnt Forest on Sunday by opposition "
     "supporters.", "Unidentified Armed Group (Kenya)"),
    ("Youths allied to the sitting MP stabbed a rival's campaign manager in Webuye "
     "on Friday.", "Unidentified Armed Group (Kenya)"),
])
def test_a_partisan_crowd_killing_someone_is_an_armed_side(nlp: Language, text: str,
                                                           actor1: str) -> None:
    events = coded_events(nlp, text, "2008-01-14")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Attack", actor1)]


@pytest.mark.parametrize("text", [
    "Opposition supporters clashed with rival youths at a rally in Webuye on Friday.",
    "Rival supporters pelted one another with rocks outside a tallying centre in Webuye.",
    # (demonstrators beaten by such a crowd: Mob violence on the protesters)
    "Youths allied to the senator beat up marchers with sticks in Eldoret on Friday.",
])
def test_a_partisan_crowd_fighting_stays_a_crowd(nlp: Language, text: str) -> None:
    assert all(e.sub_event_type != "Attack" for e in coded_events(nlp, text, "2017-08-14"))
