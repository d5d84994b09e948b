"""Who owns another act named in the sentence ("a setback to the government's offensive")
does that act: the parse's path from its noun up to the trigger never makes the owner the
trigger's target. Fails without actor_candidates._owns_another_act."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_the_owner_of_an_offensive_is_not_the_side_that_lost_the_town(nlp: Language) -> None:
    # (the government, owner of the offensive, was the side that lost the town, over
    # the troops the battle was fought with)
    text = ("MOGADISHU, May 6 (Reuters) - Al Shabaab fighters captured the town of Mahas in "
            "Hiraan region on Sunday after a battle with government troops, residents said, "
            "a setback to the government's offensive against the group.\n\nThe militants "
            "overran army positions at dawn, a soldier said.")
    events = coded_events(nlp, text, "2024-05-06")
    assert [(e.actor1, e.actor2) for e in events]\
        == [("Al Shabaab", "Military Forces of Somalia (2022-)")]
