"""An unrest word under a period a superlative rates ("killing six, in the bloodiest
night of unrest the county has seen") measures the act its sentence tells against other
days; it is no violence of the crowd's, so demonstrators whom the police shot dead stay an
Excessive force against protesters (issue #3; typing_crowds.ranks_a_day_of_unrest; the
periods and superlatives in data/typing.yaml). Unrest told as what happened stays."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-05-06")]


def test_bloodiest_night_of_unrest_rates_the_shooting(nlp: Language) -> None:
    text = ("Police shot dead six demonstrators who marched on the governor's residence in "
            "Kisumu on Friday, in the bloodiest night of unrest the county has seen since the "
            "election, a hospital official said.")
    assert _types(nlp, text) == ["Excessive force against protesters"]


def test_unrest_told_as_what_happened_stays(nlp: Language) -> None:
    text = ("Police shot dead six demonstrators who marched on the governor's residence in "
            "Kisumu on Friday, in a night of unrest, a hospital official said.")
    assert _types(nlp, text) == ["Violent demonstration"]
