"""Harm told in election violence with no doer named ('three people were killed
in post-election violence in the town', 'several were injured during electoral
violence') is the toll of the unrest: rioting (a violent demonstration) like the
unrest itself (typing_crowds.election_unrest), not the attack of an armed group nobody named
(issue #3; typing_crowds.harm_in_election_unrest). Forces or an armed group who
did it keep their own event. The first two tests fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2008-01-20")]


def test_killed_in_post_election_violence_is_rioting(nlp: Language) -> None:
    text = "Three people were killed in Eldoret in post-election violence on Friday."
    assert _events(nlp, text) == [("Violent demonstration", "Rioters (Kenya)")]


def test_injured_during_electoral_violence_is_rioting(nlp: Language) -> None:
    text = "Several traders were injured during electoral violence in Naivasha on Friday."
    assert _events(nlp, text) == [("Violent demonstration", "Rioters (Kenya)")]


def test_police_shooting_in_post_election_violence_stays_theirs(nlp: Language) -> None:
    text = ("Two men were shot dead by police during post-election violence in Kisumu "
            "on Friday.")
    assert [t for t, _ in _events(nlp, text)] == ["Attack"]
