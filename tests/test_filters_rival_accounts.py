"""A second side's account of fighting the text has told ("the army gave a conflicting
version: its spokesman said the men had attacked the checkpoint"; "the ministry denied
starting the clash. It said the other side had fired first"; "said it was the rebels
who had attacked first"): the same event by the other side's telling, a reference that
joins it (extract/rival_accounts.py). A telling with none of these signals, which may
tell an event nobody else tells, stays new."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 12)

CHECKPOINT = ("Soldiers shot dead three men at a checkpoint outside Rutshuru on Monday, "
              "residents said.\n\n")
BORDER = ("Border guards of the two countries exchanged fire near a disputed pass in Ishkashim "
          "on Monday, killing four, officials said.\n\n")


def test_a_conflicting_version_after_the_shooting_refers_to_it(nlp: Language) -> None:
    text = CHECKPOINT + ("The army offered a conflicting version. Its spokesman said the "
                         "men had attacked the checkpoint with grenades.")
    assert statuses(nlp, text, "grenades", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_the_account_after_a_denial_of_starting_it_refers_to_it(nlp: Language) -> None:
    text = BORDER + ("The neighbouring ministry denied starting the clash. It said the "
                     "other side's guards had ambushed its patrol near the pass.")
    assert statuses(nlp, text, "ambushed", PUBLISHED) == ["reference"]


def test_a_cleft_on_who_attacked_first_refers_to_the_fight(nlp: Language) -> None:
    text = BORDER + ("The other capital said it was the first country's guards who had "
                     "opened fire first, ambushing a patrol near the pass.")
    assert statuses(nlp, text, "ambushing", PUBLISHED) == ["reference"]


def test_a_killing_told_by_witnesses_after_the_shooting_stays_new(nlp: Language) -> None:
    # no differing account, no denial, no cleft: another event, told after the first
    text = CHECKPOINT + ("Witnesses in a nearby village said soldiers had killed two "
                         "herders near the river on Sunday.")
    assert statuses(nlp, text, "killed", PUBLISHED) == ["new"]
