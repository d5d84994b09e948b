"""Air bases the news names by their own name ("the Belaya base", "the Olenya base")
are places of the project's supplement, in their region, not towns elsewhere that share
the name in some language."""

from __future__ import annotations

from fixtures_places import event_place, place_mentions
from spacy.language import Language


def test_a_bomber_base_named_with_its_region_is_in_that_region(nlp: Language) -> None:
    text = ("Drones set fire to three bombers at the Belaya base in the Irkutsk region on "
            "Sunday, the governor said.")
    mention = event_place(nlp, text, "set fire", sub_event_type="Air/drone strike")
    assert mention.place is not None and mention.place.admin1 == "Irkutsk"
    assert mention.geo_precision == 1


def test_a_bomber_base_in_the_arctic_is_known_by_its_own_name(nlp: Language) -> None:
    found = place_mentions(nlp, "Drones hit aircraft parked at the Olenya base overnight.")
    assert found["Olenya"].place is not None
    assert found["Olenya"].place.admin1 == "Murmansk"
