"""A partitive count is part of a figure told before it ("14 people were killed, 6 of
these ..."). Told first, of a side the pronoun names ("went after the raiders and
killed five of them ..., two policemen also died"), it is that side's dead, and ACLED
adds the attackers killed to the toll."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_attackers_killed_as_a_partitive_add_to_the_forces_dead(nlp: Language) -> None:
    text = ("Police pursued the cattle raiders on Tuesday and shot dead five of them in a "
            "gunfight near the village, the county commander said, adding that two "
            "officers died in the exchange.")
    events = coded_events(nlp, text, "2024-03-14")
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    assert clash.fatalities == 7


def test_a_partitive_after_its_whole_stays_a_part(nlp: Language) -> None:
    text = ("Gunmen killed nine villagers in a raid on Friday; four of them were shot "
            "dead in their homes, a local official said.")
    events = coded_events(nlp, text, "2024-03-16")
    assert events and events[0].fatalities == 9
