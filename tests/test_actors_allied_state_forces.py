"""A state's army and police told together as the takers of a place ("special forces
troops and federal police took the town") are one side: the police are not the side the
army drove out. Soldiers fighting the police ("clashed with police") stay two sides."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_POLICE = "Police Forces of the Democratic Republic of Congo (2019-)"


def test_police_beside_the_army_are_not_the_side_driven_out(nlp: Language) -> None:
    text = ("Special forces troops and federal police took the town of Bunia in Congo's "
            "Ituri province on Saturday and also seized the M3 military base and the airport, "
            "the army said.")
    events = coded_events(nlp, text, "2024-03-10")
    assert events and all(e.actor2 != _POLICE for e in events)


def test_soldiers_clashing_with_police_keep_both_sides(nlp: Language) -> None:
    text = ("Mutinous soldiers clashed with police in Bunia in Congo's Ituri province on "
            "Saturday, killing two officers, the governor said.")
    events = coded_events(nlp, text, "2024-03-10")
    assert any(_POLICE in (e.actor1, e.actor2) for e in events)
