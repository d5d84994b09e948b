"""A bare "shot" with no outcome told anywhere counts its victims as killed (ACLED's
summaries tell a fatal shooting by the verb alone), but not when the victim lived,
nothing was hit, no person was shot or the text tells the outcome in other words.
One test per rule, each asserting the value."""

from __future__ import annotations

import pytest
from fixtures_mentions import VAC, casualty_mention
from spacy.language import Language

from eventcoder.extract.casualties import load_lexicon

_mention = casualty_mention


# A bare "shot", when the text tells no death and no injury, counts its victims.
SHOT_ONLY = [
    ("Police shoot demonstrator during protests in Kisumu.", "shoot", 1),
    ("Police shoot two gang members to quell fighting in Mathare.", "shoot", 2),
    ("3 people were shot by suspected militia members in Mount Elgon.", "shot", 3),
    # "at" that is a time or a place, not the target of the shooting
    ("A police officer was shot twice by two gunmen at around 8pm at a bus stage in "
     "Mwandoni.", "shot", 1),
    ("Gunmen on a motorcycle ambushed a senior officer in Majengo on Friday night and "
     "shot him three times before fleeing with his pistol.", "shot", 1),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SHOT_ONLY)
def test_a_bare_shooting_counts_its_victims_as_killed(
    nlp: Language, text: str, trigger: str, expected: int
) -> None:
    assert _mention(nlp, text, trigger).fatalities == expected


# ... but not when the victim lived, when nothing was hit, when no person was shot,
# or when the text tells the outcome in other words.
SHOT_NOT_FATAL = [
    ("A police officer was admitted to hospital after he was shot by herders in Laikipia.",
     "shot", VAC),
    ("A trader was shot in the leg by robbers in Eldoret on Sunday.", "shot", VAC),
    ("A police helicopter was shot at by raiders during a patrol near Baragoi.", "shot", VAC),
    ("Squatters shot arrows at officers sent to evict them from a farm in Solai.", "shot",
     "Riots"),
    ("Riders torched a police car in Busia, protesting the killing of a colleague. "
     "The rider had been shot at a roadblock.", "torched", "Riots"),
    ("Gunmen shot two traders and injured a third at a market in Mandera.", "shot", VAC),
    ("Soldiers shot down a drone near the border with Somalia on Monday.", "shot", "Battles"),
    ("Militants shot a military helicopter over Kismayo on Monday.", "shot", "Battles"),
]


@pytest.mark.parametrize(("text", "trigger", "event_type"), SHOT_NOT_FATAL)
def test_a_shooting_with_a_survivor_or_no_victim_counts_no_death(
    nlp: Language, text: str, trigger: str, event_type: str
) -> None:
    assert not _mention(nlp, text, trigger, event_type).fatalities


def test_class_label_and_shot_lexicon_entries() -> None:
    lex = load_lexicon()
    assert {"form", "standard", "grade"} <= lex.class_label_words
    assert {"shot", "shoot", "shoots"} == lex.shot_verbs
    assert "arrows" in lex.shot_non_victims
    assert lex.shot_survival.search("was rushed to hospital")
    assert not lex.shot_survival.search("shot a trader at his shop")
    assert "killed" in lex.outcome_words and "fire" not in lex.outcome_words
