""""Taken to hospitals in the state capital X": the capital is where the wounded were
taken, as "to hospital in the capital X" already was, whatever unit word stands before
"capital" (state, regional, provincial)."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_the_state_capital_of_the_hospitals_is_not_where_they_were_hurt(
        nlp: Language) -> None:
    text = ("Gunmen killed 30 villagers in an attack on the town of Mangu in central "
            "Nigeria's Plateau state on Tuesday. Dozens of wounded people were taken to "
            "hospitals in the state capital Jos.")
    mention = event_place(nlp, text, "wounded")
    assert mention.place is not None and mention.place.name == "Mangu"
