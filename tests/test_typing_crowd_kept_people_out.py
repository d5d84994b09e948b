"""A crowd that kept people out or stopped them doing something ("blocked the
surveyors from marking the plots") held a demonstration though no protest word is
used (issue #3); forces who block people did no such thing. Fails without the
"blocked <people> from <doing>" protest pattern of data/triggers.yaml and
``keeping_out_verbs`` in ``extract.events._forces_disrupted``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-12")]


def test_villagers_who_kept_surveyors_off_their_land(nlp: Language) -> None:
    text = ("Villagers near the new dam in Kitui blocked county surveyors from marking "
            "out plots on Tuesday, saying the land had never been bought from them.")
    assert _types(nlp, text) == ["Peaceful protest"]


def test_police_who_kept_reporters_out_of_a_court_are_no_crowd(nlp: Language) -> None:
    text = ("Police in Eldoret blocked reporters from entering the court where the "
            "governor's case was being heard on Tuesday.")
    assert "Peaceful protest" not in _types(nlp, text)
