"""A successor who takes over a post ("took over as chief of the council", "will take
over from the outgoing envoy") takes no place: no territory event (issue #3; the
takeover_verbs, succession_words and predecessor_prepositions of data/filters.yaml,
filters.habits._office_taken_over). Fighters who take over a town, or take over from the
army there, still capture it."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language

_TERRITORY = {"Government regains territory", "Non-state actor overtakes territory",
              "Non-violent transfer of territory"}


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2023-08-17")]


def test_a_minister_taking_over_as_chief_takes_no_place(nlp: Language) -> None:
    text = ("LUSAKA, Aug 17 - The defence minister took over as chairman of the national "
            "security committee on Wednesday, the cabinet office said.")
    assert not _TERRITORY & set(_types(nlp, text))


def test_taking_over_from_a_named_predecessor_takes_no_place(nlp: Language) -> None:
    text = ("DAKAR, Aug 17 - General Moussa Diallo will take over from Amadou Sow as head "
            "of the presidential guard next month, a spokesman said on Wednesday.")
    assert not _TERRITORY & set(_types(nlp, text))


def test_fighters_taking_over_from_the_army_still_capture(nlp: Language) -> None:
    text = ("BAMAKO, Aug 17 - Jihadist fighters took over from the army in the town of "
            "Boni on Wednesday after a gun battle, residents said.")
    assert "Non-state actor overtakes territory" in _types(nlp, text)
