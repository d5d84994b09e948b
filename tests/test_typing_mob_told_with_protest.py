"""A mob's violence told with a peaceful gathering at the same place and day
('A mob attacked a street preacher ... hours after traders protested') is one
incident for the merge, and its type is the mob's: a crowd that was violent
makes it Riots, as a violent demonstration outranks a peaceful one when they
are merged (issue #3; data/merge.yaml merged_demonstration_precedence). The
first test fails without the Mob violence entry there."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2018-03-12")]


def test_mob_attack_told_after_a_protest_is_mob_violence(nlp: Language) -> None:
    text = ("A mob attacked a street preacher in Thika on Monday. The attack came hours "
            "after traders protested against rising crime in the town.")
    assert _types(nlp, text) == ["Mob violence"]


def test_a_protest_alone_stays_peaceful(nlp: Language) -> None:
    text = "Traders protested against rising crime in Thika on Monday."
    assert _types(nlp, text) == ["Peaceful protest"]
