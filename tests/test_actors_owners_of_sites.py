"""The owner of what an attack's verb hit ("gunmen struck the army's camp, killing 11
people") is hit, never the attacker that the nearest armed word before the trigger
would make it. Fails without actors._owns_what_was_hit."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_the_owner_of_a_stormed_base_is_not_its_attacker(nlp: Language) -> None:
    # (the army, owner of the garrison, was the attacker of the people killed)
    text = ("QUETTA, May 6 (Reuters) - Militant attacks have risen in the province this "
            "year.\n\nIn April, a car bomb and gunmen struck the army's camp in the nearby "
            "town of Zhob, killing 11 people.")
    events = coded_events(nlp, text, "2024-05-06")
    assert events and all(not (e.actor1 or "").startswith("Military Forces")
                          for e in events)
