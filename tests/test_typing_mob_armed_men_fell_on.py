"""Armed men who 'descended on' or 'set upon' a place are raiders, and what they
did there is no mob's either ('bandits descended on the village and torched ten
houses'): the mob word's armed doers keep the whole clause from being read as
mob violence (issue #3; typing_crowds.armed_men_fell_on, mob_at_work). The first
two tests fail without the rule: the arson and the vandalism were typed as a mob's."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2023-03-14")]


def test_bandits_who_descended_on_a_village_and_burned_it(nlp: Language) -> None:
    text = ("Bandits descended on a village in Baringo on Tuesday night and torched "
            "twelve houses.")
    types = [t for t, _ in _events(nlp, text)]
    assert "Mob violence" not in types and types, _events(nlp, text)


def test_hired_goons_who_descended_on_a_chapel(nlp: Language) -> None:
    text = ("Elders said hired goons descended on a chapel in Nyamira on Sunday and "
            "vandalised it.")
    assert all(a != "Rioters (Kenya)" for _, a in _events(nlp, text)), _events(nlp, text)


def test_a_mob_that_descended_on_a_village_stays_a_mob(nlp: Language) -> None:
    text = ("An angry mob descended on a village in Kisii on Tuesday and torched the "
            "houses of two men accused of theft.")
    assert [t for t, _ in _events(nlp, text)] == ["Mob violence"]
