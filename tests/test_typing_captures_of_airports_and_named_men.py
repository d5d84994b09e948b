"""What a capture verb takes. An airport, airfield or airstrip is ground a side holds
("rebels seized the airport at Kavumu after brief fighting"): a capture of territory,
not a battle with no place taken. A man the text has told as a person ("Soldiers
captured Abu Salim, a commander of the group" ... "Troops seized Salim at dawn") is
no place when his name comes back alone (issue #3). Fails
without the airport words of territory_noun (data/triggers.yaml) and
typing_armed._names_a_person's reading of a name told before; the guard keeps a town
taken under a name of its own."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_an_airport_seized_by_rebels_is_territory_taken(nlp: Language) -> None:
    text = ("Rebel fighters seized the airport at Kalemie on Friday after brief fighting "
            "with government soldiers, residents said.")
    events = coded_events(nlp, text, "2024-03-04")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"],\
        describe(events)


def test_a_man_told_before_is_no_place_taken(nlp: Language) -> None:
    text = ("Police said on Monday they had captured Musa Kadiri, a commander of the gang, "
            "in a raid in Zamfara state. Officers seized Kadiri at a farm outside Gusau "
            "before dawn on Sunday, a police spokesman said.")
    events = coded_events(nlp, text, "2024-03-04")
    assert "Government regains territory" not in [e.sub_event_type for e in events],\
        describe(events)


def test_a_town_taken_keeps_its_capture(nlp: Language) -> None:
    text = "Government troops captured Kadiri, a town in the north, from the rebels on Sunday."
    events = coded_events(nlp, text, "2024-03-04")
    assert [e.sub_event_type for e in events] == ["Government regains territory"],\
        describe(events)
