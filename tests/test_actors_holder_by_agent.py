"""The agent of a participle of holding after a place ("a district run by X", "posts held
by X") says who holds the place, like "X-held" before it: no doer of an attack on it
(actor_candidates._holds_a_place)."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_the_holder_of_the_place_hit_is_not_the_bomber(nlp: Language) -> None:
    text = ("A bomb went off on Friday in a market of a town controlled by the Arakan Army, "
            "killing six people, residents said.")
    first, _ = story_sides(nlp, text, "bomb", "Remote explosive/landmine/IED", "Myanmar")
    assert not (first or "").startswith("AA"), first
    assert "Arakan" not in (first or ""), first
