"""Place rules of session 7: a country name that only says whose a thing is ("a Kenya
army statement", "the US's estimate") is not where the event was, and a country the
event's own sentence names is kept as evidence (merging tells it from the article's
focus)."""

from __future__ import annotations

from fixtures_places import event_place
from spacy.language import Language

SOMALIA_LEAD = ("Fighting between Somalia's army and Al Shabaab went on for hours on Monday, "
                "officials in Somalia said. ")


def test_a_country_modifying_a_noun_is_no_event_country(nlp: Language) -> None:
    text = SOMALIA_LEAD + "A Kenya army statement said its jets killed 30 of the militants."
    mention = event_place(nlp, text, "killed")
    assert mention.place is None
    assert mention.country == "Somalia"  # the story's focus, not the statement's owner
    assert not [e for e in mention.evidence if e.field == "country"]


def test_a_country_the_sentence_places_the_event_in_is_its_evidence(nlp: Language) -> None:
    text = SOMALIA_LEAD + "Its jets killed 30 militants in Kenya, the army said."
    mention = event_place(nlp, text, "killed")
    assert mention.country == "Kenya"
    assert [(e.field, e.text) for e in mention.evidence] == [("country", "Kenya")]


def test_a_border_named_by_its_countries_still_places_the_event(nlp: Language) -> None:
    text = SOMALIA_LEAD + "Raiders killed 30 herders at the Kenya-Somalia border, police said."
    mention = event_place(nlp, text, "killed 30")
    assert mention.country == "Kenya"
