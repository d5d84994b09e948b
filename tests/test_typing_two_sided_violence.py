"""Violence told as two-sided (issue #3): a war or feud between communities, and
violence or an attack "between" two groups or villages, is fighting between armed
sides (Armed clash), whoever the dead were; communal "violence" alone stays typed
by who did what to whom."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)

CASES = [
    ("Renewed violence between the Borana and Gabra communities left two dead near "
     "Moyale on Monday.", "Armed clash"),
    ("Three people died in a clan war over grazing land in Wajir on Monday.", "Armed clash"),
    ("Two people were killed following an attack between two neighbouring villages in "
     "Kisumu on Monday.", "Armed clash"),
    ("Four herders died in an inter-tribal conflict over water points near Baragoi on "
     "Sunday.", "Armed clash"),
    # one-sided: the victims decide
    ("Five villagers were killed in ethnic violence in Marsabit on Monday.", "Attack"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_two_sided_violence(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
