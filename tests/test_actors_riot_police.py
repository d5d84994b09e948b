"""The police as a riot's second side when the text names no one the crowd hurt:
a mob whose acts hit only things ("set stalls on fire", "hurled stones at a convoy")
fought the forces that dispersed it, and people arrested at a violent demonstration
with no force named ("eight students were arrested after ...") tell that the police
intervened. A mob that hurt someone keeps the civilians; an arrest the crowd protests
is its grievance, not an intervention."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2019-06-03")]


def test_a_mob_that_burned_stalls_fought_the_police_that_dispersed_it() -> None:
    assert _events("Hawkers set market stalls on fire in Eldoret town on Tuesday. Police "
                   "dispersed the crowd with tear gas.") == [
        ("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2013-)")]


def test_stones_at_a_convoy_hurt_no_one() -> None:
    assert _events("A crowd of youths hurled stones at the governor's convoy in Kisumu on "
                   "Sunday. Anti-riot police dispersed them.") == [
        ("Mob violence", "Rioters (Kenya)", "Police Forces of Kenya (2013-)")]


def test_a_mob_that_beat_a_man_keeps_the_civilians() -> None:
    assert _events("A mob beat a suspected thief in Kakamega on Friday. Police dispersed "
                   "the crowd and took the man to hospital.") == [
        ("Mob violence", "Rioters (Kenya)", "Civilians (Kenya)")]


def test_arrests_at_a_riot_tell_the_police() -> None:
    assert ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2013-)") in\
        _events("Eight students were arrested after they set fire to a dormitory at a boys' "
                "school in Nyeri to protest against exams.")
    assert ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2013-)") in\
        _events("Students rioted and burned a bus at a college in Meru. Twelve arrests "
                "were made.")


def test_an_arrest_the_crowd_protests_is_no_intervention() -> None:
    assert _events("Residents barricaded the Kisii road on Monday to protest after two boda "
                   "boda riders were arrested over a traffic offence.") == [
        ("Violent demonstration", "Rioters (Kenya)", None)]


def test_a_crowd_dispersed_with_no_force_named() -> None:
    assert ("Violent demonstration", "Rioters (Kenya)", "Police Forces of Kenya (2013-)") in\
        _events("Youths barricaded the highway at Kikuyu and lit bonfires on Monday, but the "
                "rioters were dispersed in the afternoon.")
