"""Someone who died at the demonstration itself ("one person died in Kisumu in a
protest against ..."), with no forces or killers told, makes it no peaceful protest:
a Violent demonstration (issue #3; typing_crowds.died_at_protest, kept for the
demonstration's typing over several sentences in SentenceInfo.died_at_protest). A
death the demonstrators protest, or one told of a person in a relative clause, keeps
the protest peaceful."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2019-05-21")]


def test_one_died_in_a_protest(nlp: Language) -> None:
    text = ("One person died in Kisumu on Monday in a protest against the sale of a public "
            "beach to an investor.")
    assert _types(nlp, text) == ["Violent demonstration"]


def test_protest_over_a_death_stays_peaceful(nlp: Language) -> None:
    text = "Hundreds marched in Nakuru on Monday over the death of a pupil at a boarding school."
    assert _types(nlp, text) == ["Peaceful protest"]


def test_a_death_in_a_relative_clause_stays_peaceful(nlp: Language) -> None:
    # (a headline, whose parse hangs the demonstration under the relative clause's verb)
    text = "Widow of a driver who died in prison cell stage demonstration in Nyeri"
    assert _types(nlp, text) == ["Peaceful protest"]
