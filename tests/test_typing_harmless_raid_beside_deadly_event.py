"""A raid that took herds and burnt property while nobody was hurt is a Looting/property
destruction even when the text tells a deadly incident of another day (issue #3): the
sentence of the raid, or the one right after it, says no one was harmed, and neither
tells a casualty (mention_ranking.HarmTold._harmless_passage). Before, a casualty
anywhere in the text (a mine that killed soldiers the next day) kept the raid an Attack.

The first test fails without the rule; the guard keeps a raid that killed someone."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_harmless_raid_beside_a_later_bombing(nlp: Language) -> None:
    text = ("Gunmen raided a village outside Djibo on Friday, driving away hundreds of goats "
            "and camels and torching homes and granaries. Nobody was injured because residents "
            "had fled before the men arrived, a local official said. On Saturday a roadside "
            "bomb killed three soldiers near the town, a security source said.")
    events = coded_events(nlp, text, "2023-06-12")
    types = sorted(e.sub_event_type for e in events)
    assert types == ["Looting/property destruction", "Remote explosive/landmine/IED"],\
        describe(events)


def test_raid_that_killed_stays_an_attack(nlp: Language) -> None:
    text = ("Gunmen raided a village outside Djibo on Friday, driving away hundreds of goats "
            "and shooting dead a herder, a local official said. On Saturday a roadside bomb "
            "killed three soldiers near the town. Nobody was injured in a second blast.")
    events = coded_events(nlp, text, "2023-06-12")
    assert "Attack" in [e.sub_event_type for e in events], describe(events)
    assert "Looting/property destruction" not in [e.sub_event_type for e in events],\
        describe(events)
