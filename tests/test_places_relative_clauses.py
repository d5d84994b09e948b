"""A place told in a relative clause about people ("the gunmen who killed 26 people near
the resort town of Pahalgam") says what they did before, not where the story's later
sentences happen: a sentence that names no place takes the story's own place."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language


def test_a_later_sentence_does_not_take_the_place_of_a_past_deed(nlp: Language) -> None:
    text = ("Police blew up the home of a suspected militant in Shopian district overnight, "
            "as troops hunted the gunmen who killed 26 tourists near the resort town of "
            "Pahalgam last week. Neighbours said the blast also damaged two houses.")
    mention = event_place(nlp, text, "damaged",
                          sub_event_type="Looting/property destruction")
    assert mention.place is not None and mention.place.name == "Shopian"
