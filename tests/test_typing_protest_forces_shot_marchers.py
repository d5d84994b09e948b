"""State forces shooting at the demonstrators themselves ("police shot three
marchers"), the shots no warning or rubber ones, used lethal force on them: Excessive
force against protesters, not the intervention their attack word is read as
(issue #3; typing_crowds.forces_shot_demonstrators, kept over the demonstration's
sentences as SentenceInfo.forces_shot). A warning shot told in the clause before
("fired in the air and shot ...") does not make the second shot harmless
(typing_crowds._shot_phrase)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2023-07-12")]


def test_police_shooting_marchers(nlp: Language) -> None:
    text = "Police shot three marchers outside the county offices in Kakamega on Tuesday."
    assert _types(nlp, text) == ["Excessive force against protesters"]


def test_shot_after_warning_shots(nlp: Language) -> None:
    text = ("Officers fired into the air and shot four demonstrators near the market "
            "in Homa Bay on Tuesday.")
    assert _types(nlp, text) == ["Excessive force against protesters"]


def test_rubber_bullets_stay_an_intervention(nlp: Language) -> None:
    text = "Police fired rubber bullets at marchers outside the county offices in Kakamega."
    assert _types(nlp, text) == ["Protest with intervention"]
