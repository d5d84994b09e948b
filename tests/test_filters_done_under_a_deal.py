"""What was done "under the deal" in the present perfect ("thousands of fighters have
handed in their weapons under the deal") is done over time, up to now: habitual, no
agreement of the day (issue #3; filters.agreements._done_under_an_agreement). A ceasefire deal
signed on a day stays an agreement. (An agreement word naming a standing body,
"ceasefire monitors", is typing's: typing_armed.names_a_standing_body.)"""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 2, 6)


def test_weapons_handed_in_under_a_deal_up_to_now(nlp: Language) -> None:
    text = ("Two soldiers were killed in a clash with rebels near the town of Kidal on "
            "Monday, the army said. Thousands of former rebels have handed in their weapons "
            "under the deal.")
    assert statuses(nlp, text, "handed in their weapons", PUBLISHED) == ["habitual"]


def test_a_ceasefire_deal_signed_stays_an_agreement(nlp: Language) -> None:
    text = ("The government and the rebels signed a ceasefire deal in Algiers on Monday, "
            "mediators said.")
    assert "new" in statuses(nlp, text, "ceasefire", PUBLISHED) + statuses(
        nlp, text, "signed a ceasefire", PUBLISHED)
