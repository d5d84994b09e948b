"""People driven out by force by a crowd ('angry villagers chased the chief
away', 'residents forcibly evicted suspected thieves from their homes') is mob
violence (issue #3; triggers.yaml mob_violence expulsion phrases, typing.yaml
expulsion_words, typing_crowds.expulsion_by_no_crowd). Forces evicting
squatters, villagers chasing off armed raiders, and a crowd that only told
someone to leave are no mob. The first three tests fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2022-08-10")]


def test_villagers_chasing_an_official_away_are_a_mob(nlp: Language) -> None:
    text = ("Angry villagers chased away a ward administrator from a tallying centre in "
            "Busia on Tuesday, accusing him of bribing voters.")
    assert _types(nlp, text) == ["Mob violence"]


def test_an_official_chased_away_by_a_crowd_in_the_passive(nlp: Language) -> None:
    text = ("A ward administrator was chased away by irate traders at a market in "
            "Bungoma on Monday.")
    assert _types(nlp, text) == ["Mob violence"]


def test_residents_evicting_suspected_thieves_are_a_mob(nlp: Language) -> None:
    text = ("Residents of a village in Siaya forcibly evicted eight suspected thieves "
            "from their homes on Sunday.")
    assert _types(nlp, text) == ["Mob violence"]


def test_police_evicting_squatters_are_no_mob(nlp: Language) -> None:
    text = "Police evicted hundreds of squatters from a farm in Nakuru on Sunday."
    assert "Mob violence" not in _types(nlp, text)


def test_words_that_drive_someone_out_are_no_mob(nlp: Language) -> None:
    text = ("Church members verbally ejected a visiting bishop from the sanctuary in "
            "Nyeri on Sunday.")
    assert "Mob violence" not in _types(nlp, text)
