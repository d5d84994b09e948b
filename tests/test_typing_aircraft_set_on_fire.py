"""An aircraft that an arson trigger ending in a preposition acts on ("set fire to a
cargo plane", "setting fire to his plane") is what was burned, not what delivered the
violence: no Air/drone strike (issue #3; typing_armed._targets_of reads the object of
the trigger's own preposition, as aircraft_near skips targets)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_plane_set_on_fire_is_property_destroyed(nlp: Language) -> None:
    text = ("Bandits set fire to a small cargo plane at the airstrip in Wajir on Monday, "
            "police said.")
    events = coded_events(nlp, text, "2024-05-06")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"], describe(events)


def test_drone_setting_fire_to_a_depot_stays_an_air_strike(nlp: Language) -> None:
    text = ("A drone struck a fuel depot near Port Sudan on Monday, setting fire to storage "
            "tanks, the army said.")
    events = coded_events(nlp, text, "2024-05-06")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], describe(events)
