"""A rally word that only tells where the victim was coming from, or when the harm
came ('beaten while walking back from a candidate's rally', 'stabbed after the rally'),
is no gathering the harm broke out in: no crowd's violence at someone's rally
(Mob violence) and no peaceful protest beside it; the harm's own word types the
event (issue #3; typing_crowds.rallies_left_behind, read by
events._gathering_as_scene). The first two tests fail without the change."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2017-06-02")]


def test_attacked_on_the_way_home_from_a_rally(nlp: Language) -> None:
    text = ("A women's representative aspirant was attacked in Naivasha on her way back "
            "from a Jubilee Party rally.")
    assert _types(nlp, text) == ["Attack"]


def test_stabbed_after_a_rally(nlp: Language) -> None:
    text = "A ward aspirant was stabbed in Kakamega after a campaign rally on Sunday."
    assert _types(nlp, text) == ["Attack"]


def test_attacked_during_a_rally_stays_the_crowds(nlp: Language) -> None:
    text = "A ward aspirant was attacked in Kakamega during a campaign rally on Sunday."
    assert _types(nlp, text) == ["Mob violence"]
