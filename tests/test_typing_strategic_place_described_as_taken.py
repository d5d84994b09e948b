"""A capture word that is only an adjective of a place ("landmines were cleared in the
liberated villages") tells what the place has been since an earlier capture: the clause's
own event is the clearing, Disrupted weapons use. A capture verb that reports the taking
keeps its type (issue #3). Needs typing_armed.describes_a_place_taken."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2017-06-05")]


def test_mines_cleared_in_liberated_villages(nlp: Language) -> None:
    text = ("Army engineers found and defused dozens of landmines in the liberated villages "
            "south of Mosul on Monday.")
    assert _types(nlp, text) == ["Disrupted weapons use"]


def test_villages_recaptured_stay_a_regained_territory(nlp: Language) -> None:
    text = "Iraqi troops recaptured three villages south of Mosul on Monday."
    assert _types(nlp, text) == ["Government regains territory"]
