"""People arrested for a plot to disrupt or stage a gathering ('arrested youths who
were planning to disrupt a rally') were arrested before any demonstration took
place: Arrests, not a Protest with intervention (issue #3). Needs the plan and
plot words among protest_instigation_words in data/typing.yaml (the grounds of an
arrest, read by typing_crowds.demonstrations_charged)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_youths_arrested_for_planning_to_disrupt_a_rally(nlp: Language) -> None:
    text = ("Police in Kisumu arrested 14 youths carrying clubs on Saturday who were "
            "planning to disrupt a campaign rally of the governor.")
    assert _types(nlp, text) == ["Arrests"]


def test_men_arrested_for_plotting_a_march(nlp: Language) -> None:
    text = ("Security officers detained three activists in Nairobi on Monday for "
            "plotting a march on parliament, their lawyer said.")
    assert _types(nlp, text) == ["Arrests"]


def test_marchers_arrested_at_their_march_stay_an_intervention(nlp: Language) -> None:
    text = ("Police arrested 20 marchers in Nairobi on Monday as they protested against "
            "the new tax.")
    assert _types(nlp, text) == ["Protest with intervention"]
