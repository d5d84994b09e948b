"""What a relative clause says a base serves ("had established a camp in the forest,
from which they were carrying out attacks on farmers") describes the base: the base set
up is the clause's event, a Headquarters or base established (issue #3;
typing_armed.tells_the_bases_use, read in events.type_triggers). Before, the attack
word outranked the base by ACLED's precedence.

The first test fails without the rule; the guard keeps an attack told beside a camp."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_attacks_launched_from_the_camp_describe_it(nlp: Language) -> None:
    text = ("The army said on Monday that the rebels had established a camp in the forest "
            "near Beni, from which they were carrying out attacks on farmers.")
    events = coded_events(nlp, text, "2023-06-12")
    assert [e.sub_event_type for e in events] == ["Headquarters or base established"],\
        describe(events)


def test_attack_beside_a_camp_stays_the_event(nlp: Language) -> None:
    text = ("The rebels set up a camp in the forest near Beni on Monday and attacked "
            "farmers in a nearby village, killing two, the army said.")
    events = coded_events(nlp, text, "2023-06-12")
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)
