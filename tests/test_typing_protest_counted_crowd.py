"""People counted as a crowd ("hundreds of people", "thousands") who do a riot's act
with no demonstration told ("hurled stones at the police") are a crowd at work, as
"youths" are: their violence is the crowd's (Mob violence, rioters against the
police), not left untyped, so that a killing told in the sentence's 'after' clause
typed it (issue #3; typing_crowds.crowd_agent, crowd_numbers in
data/typing.yaml). Officers hurt, told alone after that sentence, are the crowd's
toll, not an Armed clash of the police with an unidentified armed group
(forces_hurt_in_protest_story, with Context.mob_typed)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.actor1, e.injured)
            for e in coded_events(nlp, text, "2022-03-15")]


def test_hundreds_hurl_stones_at_police(nlp: Language) -> None:
    text = ("Hundreds of people hurled stones at police outside a church in Kisumu on "
            "Sunday night, two days after a pastor was shot dead in the town.")
    assert [e[:2] for e in _events(nlp, text)][0] == ("Mob violence", "Rioters (Kenya)")


def test_officers_hurt_after_the_crowd_stoned_them(nlp: Language) -> None:
    text = ("Hundreds of people hurled stones at police outside a church in Kisumu on "
            "Sunday night.\n\nTwenty officers were injured in the disorder, the county "
            "commander said.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)", 20)]


def test_armed_men_are_no_crowd(nlp: Language) -> None:
    text = ("Hundreds of armed bandits fired at police outside a church in Kisumu on "
            "Sunday night.")
    assert all(e[0] != "Mob violence" for e in _events(nlp, text))
