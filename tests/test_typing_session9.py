"""Typing rules of session 9 (issue #3), each on a hand-written sentence that
the rule decides (each case fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from fixtures_mentions import new_mentions, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)
_type = partial(primary_type, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)

PRIMARY_TYPES = [
    # A crowd that tried to force its way into a building, or broke the police
    # cordon, used force: a violent demonstration, also with no protest word.
    ("A crowd of protesters tried to storm the county offices in Nakuru on Tuesday.",
     "Violent demonstration"),
    ("Protesters broke through police lines and marched to the governor's office.",
     "Violent demonstration"),
    ("Demonstrators broke a police line outside the ministry on Monday.",
     "Violent demonstration"),
    ("Riot police used tear gas on hundreds of voters who tried to storm the counting "
     "centre on Wednesday.", "Violent demonstration"),
    # ... not armed men forcing their way into a camp
    ("Two soldiers were hurt when insurgents tried to force their way into a barracks on "
     "the outskirts of the town.", "Armed clash"),
    # A raid that only took or destroyed property, whatever the raid verb.
    ("Hundreds of men armed with machetes stormed a ranch near the town on Monday, "
     "cutting down trees and driving away cattle.", "Looting/property destruction"),
    # ... but a raid on a force's site is a fight.
    ("Gunmen raid a police post in the hills and set two lorries ablaze.", "Armed clash"),
    # Trees cut down by demonstrators are property destroyed.
    ("Sugarcane growers cut down trees along the road in protest over late payments.",
     "Violent demonstration"),
    # A gathering in an "after/amid/during" phrase where armed men struck is the
    # scene of their attack, not a demonstration.
    ("Gunmen stormed a church during a night vigil, killing 14 worshippers.", "Attack"),
    ("Militants opened fire on the crowd during a peace rally, killing six.", "Attack"),
    # ... while forces killing people at a demonstration stay excessive force.
    ("Police shot dead two people during a demonstration in the town.",
     "Excessive force against protesters"),
    # Demonstrators told by a participle ("elders protesting ...") who attacked
    # someone made the demonstration violent.
    ("A group of elders protesting against the land sale led two surveyors to the river "
     "and attacked them.", "Violent demonstration"),
    # A verb of attempt leading the trigger reports the attempt, not a plan.
    ("Students are tear-gassed by police after they try to forcibly enter the university "
     "senate hall.", "Violent demonstration"),
    # A former member of an armed group is no armed side when killed; former
    # members who attack forces still fight them.
    ("A former militia member who had turned to farming was killed by unknown attackers "
     "in the village.", "Attack"),
    ("Former rebels attacked a police post in the district on Monday, killing two officers.",
     "Armed clash"),
    # A crowd breaking up someone else's gathering is crowd violence; the forces
    # breaking up a rally intervene in it.
    ("Jeering youths disrupted the senator's rally at the stadium.", "Violent demonstration"),
    ("Youths armed with sticks disrupted a voter education forum at the school on Monday.",
     "Mob violence"),
    ("Police disrupted an opposition rally in the town and arrested two organisers.",
     "Protest with intervention"),
    # Looting is done on purpose: the accident words of the place looted drop nothing.
    ("A group of men broke into a gas cylinder factory in the capital and looted it.",
     "Looting/property destruction"),
    ("A gas cylinder exploded at a factory in the capital, killing two workers.", "none"),
]


@pytest.mark.parametrize(("text", "sub_event_type"), PRIMARY_TYPES)
def test_primary_type(nlp: Language, text: str, sub_event_type: str) -> None:
    assert _type(nlp, text) == sub_event_type


def test_the_reason_says_the_gathering_is_the_scene(nlp: Language) -> None:
    text = "Gunmen stormed a church during a night vigil, killing 14 worshippers."
    best = [m for m in _new(nlp, text) if m.sub_event_type == "Attack"]
    assert best and "'vigil' in an 'after/amid/during' phrase" in best[0].type_reason


def test_the_reason_says_looting_is_no_accident(nlp: Language) -> None:
    text = "A group of men broke into a gas cylinder factory in the capital and looted it."
    looted = [m for m in _new(nlp, text) if m.trigger_text == "looted"]
    assert looted and "looted on purpose" in looted[0].type_reason


def test_the_protest_window_ends_at_a_paragraph_break(nlp: Language) -> None:
    march = ("Riot police used tear gas on hundreds of voters who tried to march into the "
             "city centre on Monday.")
    raid = ("Hundreds of men armed with machetes stormed a farm near the town on the same day, "
            "cutting down trees and driving away sheep.")
    apart = {m.sub_event_type for m in _new(nlp, f"{march}\n\n{raid}")}
    assert apart == {"Protest with intervention", "Looting/property destruction"}
    # (in one paragraph the raid is still read as the demonstrators' violence)
    together = {m.sub_event_type for m in _new(nlp, f"{march} {raid}")}
    assert together == {"Violent demonstration"}
