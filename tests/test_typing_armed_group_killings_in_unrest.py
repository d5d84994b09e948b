"""An armed group or an identity militia named as the killer in a story of riots or
protests ("Riots broke out ... Mungiki adherents hacked two residents to death";
"gunmen killed a trader ... Protests against the killing went on all day") did
violence of its own against civilians: the group's Attack leads, not the crowds'
unrest told beside it (issue #3). Fails without
mention_ranking.rank_armed_group_killings_over_crowds; the guard keeps a riot whose
killers are the rioters themselves."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events, describe
from spacy.language import Language


@pytest.mark.parametrize("text", [
    "Riots broke out in Mathare for a second day on Tuesday over the killing of a sect "
    "leader's brother. Mungiki adherents hacked two residents to death near the market.",
    "Unidentified gunmen shot dead a shopkeeper in Wajir town early on Monday. Protests "
    "against the killing went on throughout the day.",
])
def test_the_armed_groups_killing_leads_the_unrest(nlp: Language, text: str) -> None:
    events = coded_events(nlp, text, "2009-03-10")
    lead = max(events, key=lambda e: e.confidence)
    assert lead.sub_event_type == "Attack", describe(events)


def test_rioters_who_killed_keep_their_riot(nlp: Language) -> None:
    text = ("Riots broke out in Mathare on Tuesday over the killing of a trader. Rioters "
            "stoned a passer-by to death during the unrest.")
    events = coded_events(nlp, text, "2009-03-10")
    lead = max(events, key=lambda e: e.confidence)
    assert lead.sub_event_type in ("Violent demonstration", "Mob violence"), describe(events)
