"""Tolls as claims: a later sentence putting the toll lower is another claim (one with
more victims is not), a toll the doers claim is their account, and a speaker telling
its own killing claims the figure. One test per rule, each asserting the value."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from fixtures_mentions import casualty_mention
from spacy.language import Language

_mention = casualty_mention


def test_a_later_sentence_putting_the_toll_lower_is_another_claim(nlp: Language) -> None:
    text = (
        "At least 12 people were killed when fighters attacked a market in Garissa on "
        "Sunday, according to the Kenya Red Cross. Police put the toll at nine."
    )
    mention = _mention(nlp, text, "killed")
    values = sorted(c.value for c in mention.claims if c.field == "fatalities")
    assert values == [9, 12]
    assert mention.fatalities == 9


def test_a_later_sentence_with_more_victims_is_not_another_claim(nlp: Language) -> None:
    text = (
        "Gunmen killed four traders at a market in Mandera on Sunday, police said. "
        "Police said two of the attackers were shot dead as they fled."
    )
    assert _mention(nlp, text, "killed").fatalities == 4


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


def test_a_speaker_telling_its_own_killing_claims_the_figure(nlp: Language) -> None:
    text = ("Militants attacked an army post in the W National Park on Tuesday, killing "
            "eight soldiers, Benin's army said. The group said in a statement that it had "
            "killed 30 soldiers.")
    events = coded_events(nlp, text, "2025-02-13")
    assert [e.fatalities for e in events] == [8], describe(events)
