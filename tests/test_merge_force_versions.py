"""A state force's version of the incident the story leads with is that incident, not a
second one (issue #3): its own men named bare ("the army said troops had fought rebels
there") and its telling of the same kind of act with other sides (the target's army
telling the raid on it, a military accusing another group of the bombing)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

SHOOTING = ("BUEA, Cameroon, March 9 (Reuters) - Soldiers shot dead 11 villagers in the "
            "hamlet of Kumba in Cameroon's South-West region on Saturday, residents told a "
            "rights group on Monday.\n\n")

BOMBING = ("MARAWI, Philippines, June 3 (Reuters) - Two bombs went off outside a chapel in "
           "Marawi on the southern island of Mindanao on Sunday, killing six worshippers, "
           "police said.\n\n")


def test_the_armys_bare_troops_join_the_killing_it_disputes(nlp: Language) -> None:
    text = SHOOTING + ("The army said on Monday that troops had fought with separatist "
                       "fighters in the area, killing four of them.")
    events = coded_events(nlp, text, "2024-03-11")
    assert len(events) == 1, describe(events)
    assert events[0].event_type == "Violence against civilians", describe(events)


def test_residents_telling_of_troops_is_not_the_armys_own_account(nlp: Language) -> None:
    text = SHOOTING + ("In the town of Limbe on Sunday, troops fought with separatist "
                       "fighters for hours and killed four of them, a local official said.")
    events = coded_events(nlp, text, "2024-03-11")
    assert len(events) == 2, describe(events)


def test_the_militarys_version_of_the_blasts_joins_them(nlp: Language) -> None:
    text = BOMBING + ("An Islamic State affiliate said its fighters had planted the bombs. "
                      "The military said it thought the two charges had been set off by "
                      "remote control, and it accused a local faction of the Maute group.")
    events = coded_events(nlp, text, "2024-06-03")
    assert len(events) == 1, describe(events)
    assert events[0].sub_event_type == "Remote explosive/landmine/IED", describe(events)


def test_the_militarys_other_act_elsewhere_stays_apart(nlp: Language) -> None:
    text = BOMBING + ("The military said a roadside bomb had also exploded on Sunday near a "
                      "checkpoint in Cotabato, 200 km away, wounding three soldiers.")
    events = coded_events(nlp, text, "2024-06-03")
    assert len(events) == 2, describe(events)


def test_the_targets_military_telling_the_raid_joins_it(nlp: Language) -> None:
    text = ("ISLAMABAD, March 18 (Reuters) - Pakistani jets struck what officials called "
            "hideouts of the Tehrik-i-Taliban Pakistan in Afghanistan's Khost province on "
            "Monday, killing a number of its fighters, a security source said.\n\n"
            "Afghanistan's army said Pakistani jets had bombed empty houses in Khost before "
            "its soldiers fired at them.")
    events = coded_events(nlp, text, "2024-03-18")
    assert len(events) == 1, describe(events)
    assert events[0].sub_event_type == "Air/drone strike", describe(events)
