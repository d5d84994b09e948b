"""An agreement that acts are done under, named with no date of its own ("trainers sent
under a defence pact with Ankara", "handed the town back under a truce brokered by
Beijing") is named as in force: a reference, no agreement reached in the story (issue
#3; filters.agreements._agreement_in_force, framework_prepositions). One its words date ("under a
ceasefire agreed in Doha on Sunday") is history told with its date, which the policy
keeps (test_filters_dated_history); a deal that is the first sentence's own news ("handed
over fifty goats under a peace deal") is the agreement (test_typing_agreements_and_territory)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 9)


def test_a_pact_named_as_the_frame_is_no_new_agreement(nlp: Language) -> None:
    text = ("Turkish military advisers have moved into a disused army base near the town of "
            "Agadez, a Nigerien army spokesman said on Thursday. The advisers arrived at the "
            "base on Tuesday with trucks and drones, the spokesman said, describing them as "
            "trainers sent under a defence pact with Ankara.")
    assert statuses(nlp, text, "pact with", PUBLISHED) == ["reference"]


def test_a_truce_dated_in_its_words_is_left_to_the_dating_rules(nlp: Language) -> None:
    text = ("An air strike killed three fighters near the town of Maaloula on Wednesday, "
            "a monitor said. Under a truce that took effect on March 3, rebel fighters "
            "were to withdraw from the hills.")
    assert statuses(nlp, text, "truce", PUBLISHED) != ["reference"]
