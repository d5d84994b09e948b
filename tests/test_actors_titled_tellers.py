"""A state or international body named only in the title of an official who tells of
the event ("the United Nations' humanitarian coordinator said ...") took no side in it;
a rebel group's own commander who tells of its acts still names the doer (hand-written
sentences)."""

from __future__ import annotations

from fixtures_actors import story_mention
from spacy.language import Language


def _actor1(nlp: Language, text: str, trigger: str, sub_event_type: str, country: str
            ) -> str | None:
    mention = story_mention(nlp, text, trigger, sub_event_type, country)
    return mention.actor1.name if mention.actor1 else None


def test_an_international_officials_body_is_no_side(nlp: Language) -> None:
    actor1 = _actor1(
        nlp, "The United Nations' humanitarian coordinator in Mali said on Monday that at "
        "least 30 civilians had been killed near Bandiagara.", "killed", "Attack", "Mali")
    assert actor1 == "Unidentified Armed Group (Mali)"


def test_a_rebel_commander_tells_of_his_groups_act(nlp: Language) -> None:
    actor1 = _actor1(
        nlp, "An Al Shabaab commander told reporters that the group had burned two "
        "telecom masts near Bardhere on Sunday.", "burned", "Looting/property destruction",
        "Somalia")
    assert actor1 == "Al Shabaab"
