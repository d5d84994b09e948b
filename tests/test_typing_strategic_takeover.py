"""A place taken over with no violence told anywhere in the text, by a state's
forces or by men who left it again, changed hands without a battle: ACLED's
Non-violent transfer of territory, not a Battles event (issue #3). Needs 'take
over' among the capture phrases (data/triggers.yaml), the takeover_words of
data/typing.yaml and mention_ranking._taken_over_peacefully; a force's building
taken ('a police station') is a place, not the force's men captured
(force_site_heads)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_NVT = "Non-violent transfer of territory"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_militants_take_over_a_village_and_retreat(nlp: Language) -> None:
    text = ("Dozens of Al-Shabaab militants take over a village in Lamu County, "
            "address the residents in its square and lecture them on religion "
            "before retreating into the forest.")
    assert _types(nlp, text) == [_NVT]


def test_foreign_soldiers_take_over_a_police_station(nlp: Language) -> None:
    text = ("Ugandan soldiers in six trucks crossed the border on Tuesday and took "
            "over a police station at Kamion, local officials said.")
    assert _types(nlp, text) == [_NVT]


def test_a_takeover_after_a_gun_battle_stays_a_battle(nlp: Language) -> None:
    text = ("Rebels took over the town of Kiwanja on Monday after a three-hour gun "
            "battle with the army, residents said.")
    assert _types(nlp, text) == ["Non-state actor overtakes territory"]


def test_a_bare_takeover_by_rebels_stays_a_capture(nlp: Language) -> None:
    text = ("Mai Mai rebels have taken over two localities in Beni territory, an army "
            "spokesman said.")
    assert _types(nlp, text) == ["Non-state actor overtakes territory"]
