"""Property that the forces or the authorities destroyed, told in a story about
a demonstration, is what the demonstrators protest, not their violence
(issue #3). Fails without the named-doer case of
``extract.typing_crowds.authorities_demolished``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-09-16")]


def test_stalls_destroyed_by_officers_are_the_grievance(nlp: Language) -> None:
    text = ("Hundreds of hawkers protested in Eldoret on Monday after they found "
            "their stalls destroyed by police officers overnight.")
    assert _types(nlp, text) == ["Peaceful protest"]


def test_property_the_demonstrators_destroyed_stays_violence(nlp: Language) -> None:
    text = ("Hundreds of hawkers protested in Eldoret on Monday and destroyed "
            "the stalls of rival traders.")
    assert _types(nlp, text) == ["Violent demonstration"]
