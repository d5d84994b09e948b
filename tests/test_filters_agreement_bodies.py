"""An agreement word that names a body or a thing of an agreement ("ceasefire monitors",
"its truce committee") reaches no agreement (issue #3), unless the noun it modifies is
an agreement itself ("a ceasefire deal"); and what was done "under the deal" in the
present perfect ("thousands of fighters have handed in their weapons under the deal") is
done over time, up to now: habitual (filters._done_under_an_agreement)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 2, 6)


def test_ceasefire_monitors_are_no_agreement(nlp: Language) -> None:
    text = ("Two soldiers were killed in a clash with rebels near the town of Kidal on "
            "Monday, the army said. It added that ceasefire monitors from both sides had "
            "travelled to the area.")
    assert statuses(nlp, text, "ceasefire", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


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
