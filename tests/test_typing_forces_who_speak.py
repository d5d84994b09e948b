"""Forces named only in the title of who tells the story ("a police commander told
reporters", "an army spokesman said") are no side of the violence told: the detail of
an attack on civilians told by them is no battle of those forces (issue #3;
typing_armed.acting_state_forces reads the noun the force's word qualifies as the
speaker)."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events
from spacy.language import Language

_LEAD = "Gunmen killed four men at a bar in Esmeraldas on Friday night. "


@pytest.mark.parametrize("teller", ["a police commander told reporters",
                                    "an army spokesman said"])
def test_forces_in_the_tellers_title_are_no_side(nlp: Language, teller: str) -> None:
    text = (_LEAD + "The attackers came on motorbikes and shot at the drinkers before "
            f"escaping, {teller}.")
    assert [e.sub_event_type for e in coded_events(nlp, text, "2024-07-15")] == ["Attack"]


def test_forces_that_act_still_make_a_battle(nlp: Language) -> None:
    text = ("Masked gunmen opened fire on a police patrol in a village outside Tumaco on "
            "Saturday night, a local official told journalists.")
    assert [e.sub_event_type for e in coded_events(nlp, text, "2024-07-15")] == ["Armed clash"]
