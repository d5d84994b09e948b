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
