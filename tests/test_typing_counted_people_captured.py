"""A bare count taken in a fight is people captured, not a place taken (issue #3;
typing_armed._counted_people_subject): "N killed and M captured" elides the
passive's "were", and the parser reads the number as the capture's doer; with no
place told as taken, the fight is an Armed clash, not a territory event."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-03-14")]


def test_fighters_killed_and_a_count_captured_are_a_clash(nlp: Language) -> None:
    text = ("GOMA, March 14 - Militiamen raided an army post outside Rutshuru on Sunday "
            "and were repulsed, an army spokesman said, adding that twelve of the raiders "
            "had been killed and four captured.")
    assert _types(nlp, text) == ["Armed clash"]


def test_a_count_captured_first_is_a_clash_too(nlp: Language) -> None:
    text = ("GOMA, March 14 - Fifteen captured and one killed by soldiers in fighting with "
            "cattle raiders near Rutshuru on Sunday.")
    assert _types(nlp, text) == ["Armed clash"]


def test_a_town_captured_stays_a_capture(nlp: Language) -> None:
    text = ("GOMA, March 14 - Rebels captured the town of Rutshuru on Sunday after heavy "
            "fighting with the army, residents said.")
    assert _types(nlp, text) == ["Non-state actor overtakes territory"]
