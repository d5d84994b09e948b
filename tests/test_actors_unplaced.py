"""A text that names no country: a common-noun description ("rebels", "the
army") names no country's actor, a proper name ("the PKK") still does (issue #4:
never force a wrong canonical name). Fails without the rule in
``ActorDictionary`` (lower-case aliases are not looked up across countries)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

from eventcoder.resolve.actors import default_actor_dictionary


def _actors(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in coded_events(nlp, text, "2024-04-02")]


def test_rebels_in_an_unplaced_text_are_not_syrian(nlp: Language) -> None:
    actors = _actors(nlp, "Rebels attacked an army post overnight, killing four soldiers.")
    assert actors and not any("Syria" in (name or "") for pair in actors for name in pair)


def test_a_description_tells_no_home_country() -> None:
    dictionary = default_actor_dictionary()
    assert dictionary.home_country("rebels") is None
    assert dictionary.home_country("Arakan Army") == "Myanmar"
