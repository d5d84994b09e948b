"""A victim said to be a member of an armed group when the parser makes the saying verb
the clause's head ("a herder believed to be an ONLF fighter was gunned down by unknown
attackers": "believed" the root, "gunned" a conjunct with no subject of its own): the
herder and what he is said to be are the victims, so gunmen who killed a group's member
fought that group (issue #3; typing_armed._identity_clause_misread). Fails without the
rule; the guard keeps a herder said to be a trader an Attack on a civilian."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_member_of_a_group_said_so_in_a_misread_clause(nlp: Language) -> None:
    text = ("Late on Friday, a herder believed to be an Ogaden National Liberation Front "
            "(ONLF) fighter was gunned down by unknown attackers near Dadaab, police said.")
    events = coded_events(nlp, text, "2011-03-07")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


def test_man_said_to_be_a_trader_stays_an_attack(nlp: Language) -> None:
    text = ("Late on Friday, a herder believed to be a trader was gunned down by unknown "
            "attackers near Dadaab, police said.")
    events = coded_events(nlp, text, "2011-03-07")
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)


def test_saying_verb_parsed_as_a_clause_of_the_passive(nlp: Language) -> None:
    # (a bracketed day before the subject makes "believed" a clause hung on "shot")
    text = ("Late on Friday [12 March], a herder thought to be an MRC militiaman was "
            "gunned down near Likoni by unknown men.")
    events = coded_events(nlp, text, "2012-03-14")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


def test_member_of_a_group_told_in_an_apposition(nlp: Language) -> None:
    text = "Juma Ali, a commander of a splinter Mungiki faction, was shot dead in Nakuru on Friday."
    events = coded_events(nlp, text, "2009-05-11")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)


def test_apposition_naming_a_trade_stays_an_attack(nlp: Language) -> None:
    text = "Juma Ali, a shopkeeper, was gunned down near Nakuru on Friday by unknown men."
    events = coded_events(nlp, text, "2009-05-11")
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)
