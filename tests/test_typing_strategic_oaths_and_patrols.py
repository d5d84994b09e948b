"""A group that administers secret oaths binds new members to it (recruitment),
and forces that step up their patrols change their activity, as a security
build-up does: both are Change to group/activity (issue #3). Needs the oath and
patrol phrases of the change_group class in data/triggers.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_CHANGE = "Change to group/activity"


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-04")]


def test_separatists_taking_oaths_to_recruit(nlp: Language) -> None:
    text = ("Police in Kilifi said on Monday that members of the separatist group were "
            "taking oaths in the forest to recruit young men.")
    assert _types(nlp, text) == [_CHANGE]


def test_a_gang_holds_oathing_ceremonies(nlp: Language) -> None:
    text = ("Elders in Nyeri said the outlawed sect held oath-taking ceremonies for "
            "hundreds of school leavers last week.")
    assert _types(nlp, text) == [_CHANGE]


def test_soldiers_step_up_border_patrols(nlp: Language) -> None:
    text = ("Soldiers stepped up patrols along the border with Somalia on Tuesday, the "
            "army spokesman said.")
    assert _types(nlp, text) == [_CHANGE]
