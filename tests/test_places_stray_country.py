"""A minor place whose only reading lies in a country that nothing but the stray
readings of other names points to (a namesake of a state the story names, say) is a
local place the gazetteer lacks, not a hamlet abroad: the event keeps the story's
country."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_a_mining_camp_raid_stays_in_nigeria(nlp: Language) -> None:
    # "Borno" has a small Italian namesake; the camp's town has only an Italian one
    text = ("ABUJA, Nigeria, June 4 (Reuters) - Gunmen killed seven farmers in Benue on "
            "Monday and kidnapped a priest in Kogi, police said, days after a bombing in "
            "Borno.\n\nBandits attacked a mining camp near Shiroro on Tuesday, killing four "
            "workers, residents said.")
    events = coded_events(nlp, text, "2024-06-04")
    assert events and all(e.country == "Nigeria" for e in events), describe(events)
