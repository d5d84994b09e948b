"""Casualty rules of session 6: a follow-up sentence that tells another event, at
another place or by an event noun of its own, keeps its figures (they are that
event's, not the mention's). One test per rule, each asserting the value."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import casualty_mention
from spacy.language import Language

from eventcoder.pipeline import code_doc, make_article
from eventcoder.schema import EventMention


def _mention(nlp: Language, text: str, trigger: str) -> EventMention:
    article = make_article(text, published=dt.date(2023, 4, 12))
    coded = code_doc(nlp(text), article)
    start = text.index(trigger)
    return next(m for m in coded.mentions if m.trigger_start <= start < m.trigger_end)


def test_a_doers_event_at_another_place_keeps_its_wounded(nlp: Language) -> None:
    # the shelling of another town, with its own doer, wounds its own people
    text = ("Government jets bombed the village of Kafr Nabl in Idlib province on Tuesday, "
            "killing five civilians, a monitor said. Insurgents shelled the town of Mhardeh "
            "in Hama province, wounding seven people, state media said.")
    bombing = _mention(nlp, text, "bombed")
    assert bombing.fatalities == 5
    assert bombing.injured is None
    assert _mention(nlp, text, "shelled").injured == 7


def test_a_follow_up_at_the_same_place_still_adds_its_wounded(nlp: Language) -> None:
    text = ("Gunmen attacked a bus near Mandera on Monday, killing three passengers. "
            "Police fired at them near Mandera, wounding two others.")
    assert _mention(nlp, text, "attacked").injured == 2


def test_a_death_in_an_exchange_of_fire_is_that_clash_s(nlp: Language) -> None:
    # "fire" is also a casualty word ("set on fire"); the event noun is still another event
    text = ("Bandits kidnapped 40 villagers from Kasuwar Daji in Niger state on Sunday. "
            "Troops pursued the abductors into the bush. A soldier was killed in an exchange "
            "of fire with the gang, the army said.")
    assert not casualty_mention(nlp, text, "pursued").fatalities
    assert not casualty_mention(nlp, text, "kidnapped").fatalities


def test_a_claimed_toll_is_the_claimants_account(nlp: Language) -> None:
    text = ("The Taliban claimed the assault on the checkpoint, claiming to have killed 14 "
            "soldiers.")
    mention = casualty_mention(nlp, text, "assault", "Battles")
    assert [(c.value, c.source) for c in mention.claims] == [(14, "The Taliban")]
    told = casualty_mention(nlp, "Gunmen killed 14 soldiers at a checkpoint.", "killed",
                            "Battles")
    assert [(c.value, c.source) for c in told.claims] == [(14, None)]


def test_claim_verbs_are_data() -> None:
    from eventcoder.extract.casualties import load_lexicon

    assert {"claimed", "claiming"} <= load_lexicon().claim_verbs


# A body found is one death (ACLED codes a found body as a killing), but only where a
# verb of finding governs the word ("the electoral body said" is none).
FOUND_BODIES = [
    ("The body of a watchman was found in a maize farm near Kitale on Monday.", "body", 1),
    ("The body of a teacher and the body of her son were dumped near the road to Thika.",
     "body", 2),
    ("A burnt body was discovered at a tea farm in Kericho.", "body", 1),
    ("Police recovered the body of a boda boda rider from a dam in Machakos.", "body", 1),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), FOUND_BODIES)
def test_a_found_body_is_one_death(nlp: Language, text: str, trigger: str,
                                   expected: int) -> None:
    assert casualty_mention(nlp, text, trigger).fatalities == expected


def test_a_body_that_is_no_corpse_counts_nothing(nlp: Language) -> None:
    text = "The electoral body said the vote in Kisii would go ahead despite the attack."
    assert casualty_mention(nlp, text, "attack").fatalities is None


def test_pronouns_alone_tell_one_person_again(nlp: Language) -> None:
    text = "She had been strangled and her body was later found in a thicket in Ruiru."
    assert casualty_mention(nlp, text, "strangled").fatalities == 1


def test_a_body_found_before_the_event_is_its_cause(nlp: Language) -> None:
    text = ("Youths torched six houses in Kapsowar after the body of a herder was found "
            "near the river.")
    assert not casualty_mention(nlp, text, "body", "Riots").fatalities


# "together with X" / "along with X" adds X's victims even when the parser hangs both
# words on the verb.
@pytest.mark.parametrize(("text", "expected"), [
    ("The farm manager was killed together with his driver near Naivasha.", 2),
    ("A trader died along with his son when gunmen raided the market in Moyale.", 2),
])
def test_victims_together_with_others(nlp: Language, text: str, expected: int) -> None:
    trigger = "killed" if "killed" in text else "died"
    assert casualty_mention(nlp, text, trigger).fatalities == expected
