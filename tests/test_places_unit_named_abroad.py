"""A name followed by a unit word ("Bui division") is a unit of the document's
country, not a town abroad known by that name in another language, when nothing but
the stray readings of other names points to that country."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_a_division_is_no_town_abroad(nlp: Language) -> None:
    text = ("YAOUNDE, Cameroon, Oct 2 (Reuters) - Separatist fighters burned a school in "
            "Cameroon's North-West region on Tuesday, the regional governor said.\n\n"
            "Hundreds of traders marched in Bui division on Wednesday to protest against "
            "the lockdowns the fighters impose.")
    events = coded_events(nlp, text, "2024-10-02")
    assert events and all(e.country == "Cameroon" for e in events), describe(events)
