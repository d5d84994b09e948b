"""A province named as the territory of an office ("the Punjab police chief told
reporters") says whose police spoke, not where the arrests were."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_a_police_chiefs_province_is_not_the_place_of_the_arrests(nlp: Language) -> None:
    text = ("A mob burned two churches in the town of Jaranwala on Wednesday. Police "
            "arrested 40 people overnight, the Punjab police chief told reporters.")
    mention = event_place(nlp, text, "arrested", sub_event_type="Arrests")
    assert mention.place is not None and mention.place.name == "Jaranwala"
    assert mention.geo_precision == 1
