"""A list of names closed by a plural unit word ("in the Murmansk and Irkutsk regions")
names those units, not the towns that share their names."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_names_listed_before_regions_are_the_regions(nlp: Language) -> None:
    text = ("Several aircraft caught fire after drone attacks in the Murmansk and Irkutsk "
            "regions on Sunday, the defence ministry said.")
    mention = event_place(nlp, text, "drone attacks", sub_event_type="Air/drone strike")
    assert mention.place is not None and mention.place.feature_code == "ADM1"
    assert mention.geo_precision == 3
