"""An unarmed crowd that takes someone by force ('a suspect was grabbed from the
officers escorting him by villagers, who clubbed him', 'villagers seized two men they
accused of theft') is a mob at work: ACLED codes rioters' violence against people as mob
violence, not as a kidnapping, and not by the police the suspect was taken from
(issue #3; events._propose, abduction and capture branches). The first three tests
fail without the rule."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _events(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2021-08-02")]


def test_suspect_snatched_from_officers_and_clubbed(nlp: Language) -> None:
    text = ("A man held over a shopkeeper's murder was snatched from two officers by "
            "residents at Usenge on Sunday and clubbed until he died.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_suspect_snatched_from_officers_by_residents(nlp: Language) -> None:
    text = ("A theft suspect was snatched from police officers by angry residents in "
            "Bondo on Sunday.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_villagers_seized_suspected_thieves(nlp: Language) -> None:
    text = ("Villagers in Butere seized two men they accused of stealing a cow and "
            "paraded them through the market on Friday.")
    assert _events(nlp, text) == [("Mob violence", "Rioters (Kenya)")]


def test_gunmen_who_abducted_teachers_stay_kidnappers(nlp: Language) -> None:
    text = "Gunmen abducted three teachers in Mandera on Friday."
    assert [t for t, _ in _events(nlp, text)] == ["Abduction/forced disappearance"]
