"""The Boni forest, the reserve that straddles Lamu and Garissa where Kenyan forces hunt
al-Shabaab, is an area coded at its point (a park, geo precision 2) in Garissa,
where ACLED places it as the Boni National Reserve; as a region it was left
unplaced (data/places/supplement.yaml)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_troops_raiding_a_hideout_in_the_forest_place_it_there(nlp: Language) -> None:
    text = ("Kenyan troops said they killed four al-Shabaab fighters during a raid on a "
            "hideout in Boni Forest on Thursday.")
    events = coded_events(nlp, text, "2024-06-10")
    assert [(e.location, e.admin1) for e in events] == [("Boni National Reserve", "Garissa")]


def test_the_reserve_named_in_full_is_the_same_place(nlp: Language) -> None:
    text = ("Gunmen ambushed a police patrol inside the Boni National Reserve on Friday, "
            "wounding two officers.")
    events = coded_events(nlp, text, "2024-06-10")
    assert [(e.location, e.admin1) for e in events] == [("Boni National Reserve", "Garissa")]
