"""A crowd that storms a place to protest or to demand something, hurting
nobody, is demonstrating (ACLED: a protest, not mob violence or an attack);
storming with harm, or by armed men, stays violence (issue #3). Fails without
``extract.typing_crowds._stormed_to_protest``."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-03-12")]


def test_youths_storming_offices_to_demand_jobs_protest(nlp: Language) -> None:
    text = ("Dozens of youths stormed the county offices in Kitale on Monday "
            "to demand jobs at a new water project.")
    assert _types(nlp, text) == ["Peaceful protest"]


def test_storming_with_a_demanding_participle_is_a_protest(nlp: Language) -> None:
    text = ("Hundreds of farmers stormed the board's depot in Eldoret on Friday, "
            "demanding payment for maize delivered last season.")
    assert _types(nlp, text) == ["Peaceful protest"]


def test_angry_crowd_storming_to_protest_met_by_tear_gas(nlp: Language) -> None:
    # (the angry crowd is the demonstrators, not a mob of its own)
    text = ("Angry traders stormed the town hall in Nakuru on Tuesday to protest "
            "against new market fees. Police fired tear gas to disperse them.")
    assert _types(nlp, text) == ["Protest with intervention"]


def test_storming_the_streets_is_a_march(nlp: Language) -> None:
    text = ("Residents of Busia stormed the streets on Wednesday waving branches, "
            "demanding the return of the electoral officials.")
    assert _types(nlp, text) == ["Peaceful protest"]


def test_a_crowd_that_storms_in_and_beats_someone_is_a_mob(nlp: Language) -> None:
    text = ("Villagers stormed the home of a suspected cattle thief in Kakamega "
            "on Sunday and beat him to death.")
    assert _types(nlp, text) == ["Mob violence"]


def test_gunmen_storming_a_hotel_to_demand_ransom_attack_it(nlp: Language) -> None:
    text = ("Gunmen stormed a hotel in Mandera on Saturday to demand ransom, "
            "killing two waiters.")
    assert _types(nlp, text) == ["Attack"]


def test_a_crowd_storming_a_polling_station_with_a_demand_riots(nlp: Language) -> None:
    # (rushing in where the votes are cast stops the vote there: Riots, whatever the
    # crowd asked for; fails without ``_voting_place``)
    text = ("About forty young men stormed a polling station in Homa Bay on Tuesday "
            "morning, demanding that the voter roll be read out.")
    assert _types(nlp, text) == ["Mob violence"]


def test_storming_the_electoral_offices_to_protest_stays_a_protest(nlp: Language) -> None:
    text = ("Supporters of a losing aspirant stormed the electoral commission's offices "
            "in Kakamega on Friday to protest against the results.")
    assert _types(nlp, text) == ["Peaceful protest"]
