"""A plural word for armed groups followed by a list of their names ("two rebel groups, 3R
and the UPC", "the two most hardline rebel groups, Islamic State and the Nusra Front") means
those groups: the first named is the side the kind's word stands in, the others are on
it (actor_candidates._groups_listed_after). A count of part of the groups ("two of the
province's militia groups") stands where the noun would in the walk to the trigger. Each
behaviour test fails on cfbf8df, where the kind's word stayed an unnamed group (or, too
deep for the walk, no side); the guard passes there too."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[eventcoder.Event]:
    return eventcoder.code(text, published="2024-03-08")


def test_the_groups_a_battle_lists_are_its_second_side() -> None:
    events = _events("MAIDUGURI, Nigeria, March 8 (Reuters) - Nigerian troops fought two "
                     "rival militant groups, ISWAP and Boko Haram, near Monguno on Friday, "
                     "killing 14 fighters, the army said.")
    assert len(events) == 1, events
    assert (events[0].actor2 or "").startswith("Islamic State West Africa Province"), events
    assert (events[0].assoc_actor_2 or "").startswith("Boko Haram"), events


def test_a_truce_with_leaders_of_some_of_the_groups_has_the_groups_as_its_party() -> None:
    events = _events("BUNIA, Congo, March 8 (Reuters) - Congo's government signed a truce "
                     "with the leaders of two of Ituri province's militia groups, CODECO and "
                     "the FRPI, in Bunia on Friday, the governor said.")
    assert [e.actor2 for e in events] == ["CODECO: Cooperative for the Development of Congo"]


def test_groups_without_a_list_stay_unnamed() -> None:
    events = _events("MAIDUGURI, Nigeria, March 8 (Reuters) - Nigerian troops fought militant "
                     "groups near Monguno on Friday, killing 14 fighters, the army said.")
    assert [e.actor2 for e in events] == ["Unidentified Armed Group (Nigeria)"], events
