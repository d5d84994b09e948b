"""What a later sentence adds to an incident told before: property destroyed by "the
gunmen", weapons recovered after a killing of suspects, an unnamed doer's grenade at one
side of a battle, people hurt by nobody named after a mob and shelling by nobody named
in a story of clashes are part of it (ACLED codes one event per actor pair, place and
day); what others did and a named group's or force's own act stay events of their own."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from fixtures_store import make_article, make_mention
from spacy.language import Language

from eventcoder.merge import merge_mentions
from eventcoder.schema import Actor, EventMention, Evidence

STORY = ("Gunmen killed 20 villagers in Baidoa on Monday, police said. "
         "{doer} also set fire to 40 homes, an aid agency said.")


AID_AGENCY = Actor("Aid Agency (Somalia)", 8, country="Somalia")


def _mentions(doer: str) -> tuple[str, list[EventMention]]:
    text = STORY.format(doer=doer)
    attack = make_mention(text, "killed", "Attack", actor1="uag_somalia",
                          actor2="civ_somalia", place="Baidoa", date="2019-05-13",
                          fatalities=20)
    arson = make_mention(text, "set fire to", "Looting/property destruction",
                         place="Baidoa", date="2019-05-13")
    # the actor stage took the later sentence's source for the doer
    arson.actor1 = AID_AGENCY
    word = doer.split()[-1]
    at = text.index(word, text.index(". ") + 2)
    arson.evidence.append(Evidence("doc1", at, at + len(word), word, "actor1"))
    return text, [attack, arson]


def test_destruction_by_the_gunmen_told_later_joins_their_attack() -> None:
    text, mentions = _mentions("The gunmen")
    [event] = merge_mentions(mentions, make_article(text))
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Attack", "Unidentified Armed Group (Somalia)", 20)


def test_destruction_by_others_told_later_stays_apart() -> None:
    text, mentions = _mentions("Local traders")
    events = merge_mentions(mentions, make_article(text))
    assert [e.sub_event_type for e in events] == ["Attack", "Looting/property destruction"]


def test_an_undefined_doer_is_not_an_anaphor() -> None:
    # "Other gunmen": not the ones told before
    text, mentions = _mentions("Other gunmen")
    events = merge_mentions(mentions, make_article(text))
    assert len(events) == 2


SHOT_SUSPECTS = ("Police shot dead five robbery suspects in Baidoa on Monday. "
                 "Officers recovered three rifles from the suspects after the incident.")


def test_weapons_recovered_after_a_killing_of_suspects_join_it() -> None:
    # suspects shot by the police are typed an attack on civilians when the text
    # tells no fight; the weapons seized from them are still part of that incident
    killing = make_mention(SHOT_SUSPECTS, "shot dead", "Attack", actor1="somalia_police",
                           actor2="civ_somalia", place="Baidoa", date="2019-05-13",
                           fatalities=5)
    seized = make_mention(SHOT_SUSPECTS, "recovered", "Disrupted weapons use",
                          actor1="somalia_police", place="Baidoa", date="2019-05-13")
    [event] = merge_mentions([killing, seized], make_article(SHOT_SUSPECTS))
    assert (event.sub_event_type, event.fatalities) == ("Attack", 5)


SUSPECT_SHOT = ("Police shot dead an Al Shabaab suspect in Baidoa on Monday. The suspect was "
                "killed after he hurled a grenade at the officers.")


def _battle_and_grenade(grenade_target: str) -> list[EventMention]:
    battle = make_mention(SUSPECT_SHOT, "shot dead", "Armed clash", actor1="somalia_police",
                          actor2="shabaab", place="Baidoa", date="2019-05-13", fatalities=1)
    grenade = make_mention(SUSPECT_SHOT, "hurled a grenade", "Grenade", actor1="uag_somalia",
                           actor2=grenade_target, place="Baidoa", date="2019-05-13")
    return [battle, grenade]


def test_an_unnamed_doers_grenade_at_one_side_of_the_battle_is_part_of_it() -> None:
    [event] = merge_mentions(_battle_and_grenade("somalia_police"), make_article(SUSPECT_SHOT))
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Police Forces of Somalia (2012-)", "Al Shabaab")


def test_an_unnamed_doers_grenade_at_civilians_stays_another_event() -> None:
    events = merge_mentions(_battle_and_grenade("civ_somalia"), make_article(SUSPECT_SHOT))
    assert [e.sub_event_type for e in events] == ["Armed clash", "Grenade"]


def test_people_hurt_by_nobody_named_after_a_mob_are_the_mobs(nlp: Language) -> None:
    text = ("A crowd lynched a suspected cattle thief in Kapenguria on Sunday, the police "
            "said. Some of them stormed a nearby clinic and assaulted three nurses.")
    events = coded_events(nlp, text, "2024-03-11")
    assert [e.sub_event_type for e in events] == ["Mob violence"], describe(events)


def test_a_named_groups_attack_beside_a_mob_stays_its_own(nlp: Language) -> None:
    text = ("A crowd lynched a suspected cattle thief in Kapenguria on Sunday, the police "
            "said. Pokot raiders stormed a nearby clinic and assaulted three nurses.")
    events = coded_events(nlp, text, "2024-03-11")
    assert {e.sub_event_type for e in events} == {"Mob violence", "Attack"}, describe(events)


_CLASH = ("Clashes between two rival militias broke out in the south of Tripoli on Monday "
          "evening and killed at least 12 people, the health ministry said. ")


def test_shelling_by_nobody_named_in_a_story_of_clashes_is_the_clash(nlp: Language) -> None:
    text = _CLASH + ("Residents of the Abu Salim district reported heavy gunfire and shelling "
                     "through the night. The ministry said 40 people had been wounded.")
    events = coded_events(nlp, text, "2024-05-07")
    assert [e.sub_event_type for e in events] == ["Armed clash"], describe(events)
    assert (events[0].fatalities, events[0].injured) == (12, 40), describe(events)


def test_shelling_by_a_named_force_beside_clashes_stays_its_own(nlp: Language) -> None:
    text = _CLASH + "The army later shelled the Abu Salim district, residents said."
    events = coded_events(nlp, text, "2024-05-07")
    assert {e.sub_event_type for e in events} == {
        "Armed clash", "Shelling/artillery/missile attack"}, describe(events)
