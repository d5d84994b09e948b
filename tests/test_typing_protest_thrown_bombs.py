"""A bomb the demonstrators themselves threw ("marchers hurled a crude bomb at the
police post") is their violence: the demonstration is a Violent demonstration, and
the bomb is no Grenade by an unidentified armed group beside it (issue #3;
typing_crowds.demonstrators_attack reads the thrown bomb, bomb_of_the_demonstrators
leaves it to the riot words, as the crowd's petrol bombs already were). A bomb
thrown by others at the marchers keeps its own type."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-03-15")]


def test_demonstrators_hurl_a_crude_bomb(nlp: Language) -> None:
    text = ("Youths demonstrating against the eviction of hawkers hurled a crude bomb "
            "at officers guarding the county offices in Kisumu on Monday.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_march_then_a_homemade_bomb(nlp: Language) -> None:
    text = ("Boda boda riders marched through Kakamega on Monday against new permit fees. "
            "They later threw a homemade bomb at a police post.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_bomb_thrown_at_the_marchers_stays_a_bomb(nlp: Language) -> None:
    text = ("Boda boda riders marched through Kakamega on Monday against new permit fees. "
            "Unknown men later threw a homemade bomb at the marchers.")
    assert "Grenade" in _types(nlp, text)
