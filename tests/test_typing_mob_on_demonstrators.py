"""A crowd that attacks demonstrators ('youths loyal to the governor beat
marchers with sticks') is Rioters against Protesters: Mob violence, not a
violent demonstration of the people attacked, nor a peaceful protest for
their word (issue #3). State forces attacking demonstrators keep their own
rules (an intervention). The demonstrators' own peaceful gathering, told in a
sentence of its own, is another actor pair than the crowd that beat them; and
'the violence set off reprisals' names the attack told before as the cause of
a new incident, whose toll is not the mob's. All but the police test fail
without crowd_attacked_demonstrators (extract/typing_crowds.py), the merge's
two exceptions (merge/) and the phrasal consequence verbs ('set off') of
filters/references.py's _refers_back."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events
from fixtures_mentions import new_mentions
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str | None, int]]:
    return [(e.sub_event_type, e.actor2, e.fatalities)
            for e in coded_events(nlp, text, "2022-05-30")]


def test_youths_beating_marchers_is_mob_violence_against_protesters(nlp: Language) -> None:
    text = "Youths loyal to the governor beat marchers with sticks in Nakuru on Monday."
    assert _events(nlp, text) == [("Mob violence", "Protesters (Kenya)", 0)]


def test_supporters_attacking_demonstrators_at_their_camp(nlp: Language) -> None:
    text = ("Supporters of the ruling party attacked opposition demonstrators at their "
            "camp in Kisumu on Sunday, tearing down tents and beating people.")
    assert _events(nlp, text) == [("Mob violence", "Protesters (Kenya)", 0)]


def test_police_attacking_demonstrators_stay_an_intervention(nlp: Language) -> None:
    text = "Police attacked the demonstrators with batons in Nakuru on Monday."
    assert [t for t, _, _ in _events(nlp, text)] == ["Protest with intervention"]


def test_their_peaceful_sit_in_is_another_pair(nlp: Language) -> None:
    text = ("Youths loyal to the governor attacked demonstrators at their camp in Nakuru on "
            "Monday, beating people with sticks. The demonstrators had camped peacefully "
            "outside the county offices for two weeks.")
    assert _events(nlp, text) == [("Mob violence", "Protesters (Kenya)", 0),
                                  ("Peaceful protest", None, 0)]


def test_reprisals_after_a_lynching_are_not_the_mob(nlp: Language) -> None:
    text = ("A mob beat two traders to death in Kisumu on Monday. The violence set off "
            "reprisals across the town in the evening, and three people were hacked to death.")
    assert _events(nlp, text) == [("Mob violence", "Civilians (Kenya)", 2),
                                  ("Attack", "Civilians (Kenya)", 3)]


def test_the_violence_as_a_cause_is_no_new_incident(nlp: Language) -> None:
    text = ("Youths burned a police post in Kisumu on Monday. "
            "The violence set off reprisals in the evening.")
    triggers = [m.trigger_text for m in new_mentions(nlp, text, dt.date(2022, 5, 30))]
    assert "violence" not in triggers
