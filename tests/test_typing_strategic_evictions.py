"""A forced eviction told with no violence (an authority or a group putting
people out of their homes or land) is a strategic development of ACLED's
Other type; a crowd that evicts people from their homes acts on them, Mob
violence; a demonstration against an eviction keeps its own type (issue #3).
Needs the eviction phrases of the other_strategic class (data/triggers.yaml)
and eviction_words (data/typing.yaml) read in events._propose."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_families_evicted_from_a_forest(nlp: Language) -> None:
    text = ("About 200 families were evicted from the Mau forest in Narok on Monday, "
            "the county commissioner said.")
    assert _types(nlp, text) == ["Other"]


def test_villagers_evict_families_accused_of_witchcraft(nlp: Language) -> None:
    text = ("Angry villagers in Kakamega evicted two families accused of witchcraft "
            "from their homes on Sunday, the chief said.")
    assert _types(nlp, text) == ["Mob violence"]


def test_a_sit_in_against_an_eviction_stays_a_protest(nlp: Language) -> None:
    text = ("Traders in Kisumu staged a sit-in on Monday against a court order to evict "
            "them from the market.")
    assert _types(nlp, text) == ["Peaceful protest"]
