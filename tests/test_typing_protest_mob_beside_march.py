"""A mob's violence merged with a peaceful protest of the same place and day (a lynching
told with the residents' protest): the merged event is the mob's violence, not a peaceful
protest carrying the mob's dead (data/merge.yaml merged_demonstration_precedence; the
test fails without that entry)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

PUBLISHED = "2023-08-15"


def test_lynching_beside_a_protest_is_mob_violence(nlp: Language) -> None:
    text = ("A mob lynched a suspected thief in Kisumu on Monday. The residents were "
            "protesting against insecurity in the estate.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Mob violence"], describe(events)


def test_a_march_alone_stays_peaceful(nlp: Language) -> None:
    text = ("Residents of Kisumu marched to the county offices on Monday, protesting "
            "against insecurity in the estate.")
    events = coded_events(nlp, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"], describe(events)
