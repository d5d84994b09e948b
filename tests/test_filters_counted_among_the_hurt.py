"""People counted among the hurt or the dead after an event was told ("Several police
officers were among dozens injured", "two soldiers were among those wounded") are who its
victims were: no act of those people, told again (issue #3;
filters.references._counted_among_the_hurt)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _sides(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.actor1) for e in coded_events(nlp, text, "2024-04-08")]


def test_officers_among_the_injured_did_not_attack(nlp: Language) -> None:
    text = ("Rival crowds fought with sticks and stones at a cattle market in Garissa on "
            "Sunday. Four police officers were among 20 people injured, the county "
            "commander said.")
    assert "Police Forces of Kenya (2013-)" not in [a for _, a in _sides(nlp, text)]


def test_injured_named_with_their_attackers_stay_an_event(nlp: Language) -> None:
    # ("injured by ..."): the participle has doers of its own, no counting of victims
    text = ("Rival crowds fought at a cattle market in Garissa on Sunday. On Monday two "
            "traders were among five people wounded by gunmen on the road to Dadaab.")
    assert ("Attack", "Unidentified Armed Group (Kenya)") in _sides(nlp, text)
