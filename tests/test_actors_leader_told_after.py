"""A state's forces told in general words whose act the next sentence names again with
the named force that led it ("Witnesses said members of the X led the raid") are that
force (actor_sides.leader_of_the_act_after; verbs of leading_verbs in actor_words.yaml,
the act a noun of referring_act_nouns after a referring determiner). A force only seen
afterwards, leading nothing, is no side."""

from __future__ import annotations

import eventcoder

_FIRST = ("Security forces opened fire on villagers in Jigjiga on Tuesday, killing seven "
          "people, a rights group said. ")


def test_the_force_that_led_the_raid_is_its_side() -> None:
    events = eventcoder.code(_FIRST + "Witnesses said members of the Liyu Police led the raid.",
                             published="2019-06-16")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Attack", "Police Forces of Ethiopia (2018-) Liyu Police")]


def test_a_force_seen_afterwards_leads_nothing() -> None:
    events = eventcoder.code(_FIRST + "Members of the Liyu Police were later seen in the town.",
                             published="2019-06-16")
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Attack", "Military Forces of Ethiopia (2018-)")]


def test_the_other_side_leading_its_attack_stays_the_other_side() -> None:
    # (the state's side had become the group it fought, then an unidentified group)
    events = eventcoder.code(
        "Soldiers clashed with Al Shabaab fighters near Mandera on Monday, killing four of "
        "them, officials said. Witnesses said Al Shabaab led the attack.",
        published="2019-06-16")
    clashes = [(e.actor1, e.actor2) for e in events if e.sub_event_type == "Armed clash"]
    assert clashes == [("Military Forces of Kenya (2013-)", "Al Shabaab")]
