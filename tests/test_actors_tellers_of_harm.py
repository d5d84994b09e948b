"""Who tells that people were harmed, in a clause that names no doer, is no side of the
harm: a body saying how many were wounded ("the U.N. mission said 25 people had been
wounded"), or the one a passive verb on a toll says gave it ("the toll was raised to 20
by the government"). The attack stays its unnamed attackers'."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_a_body_telling_the_wounded_is_not_the_attacker(nlp: Language) -> None:
    text = ("Gunmen sprayed a minibus with bullets near Bunia in Congo's Ituri province on "
            "Friday, killing nine passengers, police said. The United Nations mission said 25 "
            "people had been wounded.")
    events = coded_events(nlp, text, "2024-03-10")
    assert events
    assert {e.actor1 for e in events} == {"Unidentified Armed Group (Democratic Republic of Congo)"}


def test_the_giver_of_a_raised_toll_is_not_the_attacker(nlp: Language) -> None:
    text = ("Gunmen raided a village near Bunia in Congo's Ituri province on Friday. The "
            "toll was raised to 20 by the government on Saturday, and officials said about "
            "30 people were wounded.")
    events = coded_events(nlp, text, "2024-03-10")
    assert events
    assert all(e.actor1 is not None and e.actor1.startswith("Unidentified Armed Group")
               for e in events)


def test_a_force_telling_its_own_kills_stays_a_side(nlp: Language) -> None:
    text = ("The army said it had killed 12 militants near Bunia in Congo's Ituri province "
            "on Friday.")
    events = coded_events(nlp, text, "2024-03-10")
    assert events and events[0].actor1 is not None
    assert events[0].actor1.startswith("Military Forces of the Democratic Republic of Congo")
