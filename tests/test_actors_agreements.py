"""The parties to an agreement are its two sides (actor1 and actor2), not allies; a head
of state signs for the government."""

from __future__ import annotations

import pytest
from fixtures_actors import side_names, story_mention
from spacy.language import Language

import eventcoder


def _story(nlp: Language, text: str, trigger: str, sub_event_type: str, country: str
           ) -> tuple[str | None, str | None]:
    mention = story_mention(nlp, text, trigger, sub_event_type, country)
    return side_names(mention)


def test_coordinated_parties_of_an_agreement_are_both_sides() -> None:
    events = eventcoder.code(
        "Sudan's government and the Sudan People's Liberation Movement-North agreed on "
        "Sunday to extend a ceasefire in South Kordofan for six months.",
        published="2023-03-06")
    assert [(e.sub_event_type, (e.actor1 or "").split(" (")[0], e.actor2 is not None)
            for e in events] == [("Agreement", "Government of Sudan", True)]
    assert not events[0].assoc_actor_1


def test_allies_in_an_attack_stay_one_side() -> None:
    events = eventcoder.code(
        "Soldiers and allied militiamen attacked a rebel camp near Kadugli on Sunday, "
        "killing six fighters.", published="2023-03-06")
    assert events and all(e.sub_event_type != "Agreement" for e in events)
    assert events[0].actor2 is not None


@pytest.mark.parametrize(("text", "trigger", "country", "wanted"), [
    ("Sudan's Prime Minister Abdalla Hamdok and the leader of the SPLM-N signed a "
     "ceasefire deal in Juba on Saturday.", "signed a ceasefire", "Sudan",
     ("Government of Sudan", "SPLM-N: Sudan People's Liberation Movement-North")),
    # the parties named as such are left as they are
    ("The M23 and the Congolese government signed a truce in Doha on Friday.",
     "signed a truce", "Democratic Republic of Congo",
     ("M23: March 23 Movement", "Government of the Democratic Republic of Congo (2001-2019)")),
])
def test_a_head_of_state_signs_for_the_government(
        nlp: Language, text: str, trigger: str, country: str,
        wanted: tuple[str, str]) -> None:
    assert _story(nlp, text, trigger, "Agreement", country) == wanted
