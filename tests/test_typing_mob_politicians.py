"""Politicians who come to blows with each other ("lawmakers clashed in the
county assembly", "political rivals clashed at a funeral") are no armed sides:
ACLED codes their fight as mob violence between rioters (issue #3), and forces
dispersing them break up a gathering. Each test fails without the politicians'
line of crowd_cue in data/triggers.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-06-10")]


def test_lawmakers_clashing_in_the_assembly_is_mob_violence(nlp: Language) -> None:
    text = "Rival lawmakers clashed in the county assembly in Kakamega on Tuesday over the budget."
    assert _types(nlp, text) == ["Mob violence"]


def test_political_rivals_clashing_at_a_funeral_is_mob_violence(nlp: Language) -> None:
    text = "Political rivals clashed at a funeral in Kitale on Saturday."
    assert _types(nlp, text) == ["Mob violence"]


def test_police_teargassing_legislators_broke_up_a_gathering(nlp: Language) -> None:
    text = ("Police in Nairobi used teargas on Tuesday to disperse opposition legislators "
            "who had gone to a police station to ask about a colleague's arrest.")
    assert _types(nlp, text) == ["Protest with intervention"]
