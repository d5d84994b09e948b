"""Status of acts told through hearsay or attempt verbs: a hearsay verb's infinitive
("claim to kill", "said to be harassing") tells the act, not an intention, while a vow
stays a plan; a headline's verb of attempt misparsed as a noun is no plan, while an
attempt named as a noun still plans nothing done (each test fails without its rule)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import detected
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)


def _status(nlp: Language, text: str, trigger: str) -> str:
    found = [m for m in detected(nlp, text, PUBLISHED) if m.trigger_text == trigger]
    assert found, f"no mention for {trigger!r}"
    return found[0].status


def test_forces_who_claim_to_kill_militants_report_a_killing(nlp: Language) -> None:
    text = "Soldiers claim to kill four militants near the border after a night raid."
    assert _status(nlp, text, "kill") == "new"


def test_an_attack_told_after_a_report_of_forces_targeting_people_is_new(
        nlp: Language) -> None:
    text = "Police said to be harassing traders in the market after a grenade attack on a bus."
    assert _status(nlp, text, "grenade attack") == "new"


def test_a_vow_to_attack_stays_a_plan(nlp: Language) -> None:
    text = "The rebels vowed to attack the garrison town before the rains."
    assert _status(nlp, text, "attack") == "plan"


def test_youths_who_attempt_to_riot_and_are_dispersed_rioted(nlp: Language) -> None:
    text = "Youths attempt to riot after the vote count, but police disperse rioters"
    assert _status(nlp, text, "riot") == "new"


def test_an_attempt_named_as_a_noun_still_plans_nothing_done(nlp: Language) -> None:
    text = "Police say the gang's attempt to attack the bank was discussed for weeks."
    assert _status(nlp, text, "attack") == "plan"
