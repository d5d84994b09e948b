"""A place inside what a crowd protests about ("protested against air strikes on
<place>") is the grievance's place, not where the crowd gathered: in a national feed a
grievance abroad leaves the protest in the feed's country, and a place named outside the
grievance, in another country, is where the crowd stood."""

from __future__ import annotations

import pytest
from fixtures_places import event_place
from spacy.language import Language


def test_a_grievance_abroad_is_no_place_of_a_protest_in_a_national_feed(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_COUNTRY", "Kenya")
    text = "Students marched out of their campus to protest against air strikes on Gaza."
    mention = event_place(nlp, text, "marched", sub_event_type="Peaceful protest")
    assert mention.place is None
    assert mention.country == "Kenya"


def test_the_crowd_stood_where_the_sentence_names_another_country(nlp: Language) -> None:
    text = ("Thousands protested against the bombing of Gaza outside the Israeli embassy "
            "in Ankara on Sunday.")
    mention = event_place(nlp, text, "protested", sub_event_type="Peaceful protest")
    assert mention.place is not None and mention.place.name == "Ankara"


def test_a_town_after_a_grievance_in_the_same_country_still_places_the_protest(
        nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTCODER_COUNTRY", "Kenya")
    text = "Farmers protested against a new levy on milk in Kiambu on Tuesday."
    mention = event_place(nlp, text, "protested", sub_event_type="Peaceful protest")
    assert mention.place is not None and mention.place.name == "Kiambu"
