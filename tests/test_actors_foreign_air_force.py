"""An air strike the text leaves unattributed, in a story that names one state's
military only, a foreign one, and no force of the country, was flown by that military;
with another state's forces also named it stays unattributed (hand-written sentences)."""

from __future__ import annotations

from fixtures_actors import story_mention
from spacy.language import Language


def _actor1(nlp: Language, text: str) -> str | None:
    mention = story_mention(nlp, text, "jets hit", "Air/drone strike", "Lebanon")
    return mention.actor1.name if mention.actor1 else None


def test_the_one_foreign_air_force_flew_it(nlp: Language) -> None:
    actor1 = _actor1(
        nlp, "Israeli warplanes pounded villages across southern Lebanon on Monday. In "
        "Nabatieh, jets hit a three-storey building, killing four people, the health "
        "ministry said.")
    assert actor1 is not None and actor1.startswith("Military Forces of Israel")


def test_two_foreign_forces_leave_it_unattributed(nlp: Language) -> None:
    actor1 = _actor1(
        nlp, "Israeli warplanes pounded villages across southern Lebanon on Monday, while "
        "Syrian troops shelled the border. In Nabatieh, jets hit a three-storey building, "
        "killing four people, the health ministry said.")
    assert actor1 == "Unidentified Armed Group (Lebanon)"
