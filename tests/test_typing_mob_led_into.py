"""People someone led into an act ('the senator led a band of youths in storming
the tallying centre') did it: a crowd led into violence is a mob, not an
unidentified armed group, whoever led it (issue #3; typing_crowds.led_into,
typing.yaml leading_verbs). The first two tests fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2022-08-10")]


def test_youths_led_into_storming_a_centre_are_a_mob(nlp: Language) -> None:
    text = ("A ward aspirant led a band of rowdy youths in storming a tallying centre in "
            "Kilifi on Tuesday.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_villagers_led_into_attacking_a_family_are_a_mob(nlp: Language) -> None:
    text = ("A village elder led a crowd of residents in attacking a family accused of "
            "theft in Kisii on Monday.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_fighters_led_into_an_attack_stay_armed(nlp: Language) -> None:
    text = ("A militia commander led his fighters in attacking a village near Kapedo on "
            "Monday, killing four residents.")
    assert "Mob violence" not in [t for t, _ in _events(nlp, text)]
