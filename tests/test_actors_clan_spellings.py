"""News spells a Kenyan clan's name several ways ("Kabsiren", "Kabasirian"): each is
the listed clan, under the name ACLED uses (Kabasiran Clan Militia), not an
unidentified militia (issue #4). Fails without the spellings in actors/kenya.yaml."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events
from spacy.language import Language


@pytest.mark.parametrize(("text", "sides"), [
    ("Members of the Kabsiren clan attacked a homestead in Kerio Valley on Sunday, killing "
     "two people.", ("Kabasiran Clan Militia (Kenya)", "Civilians (Kenya)")),
    ("A boy was killed on Monday in fighting between the Kapkeny and Kabasirian clans in "
     "Kerio Valley.", ("Kapkeny Clan Militia (Kenya)", "Kabasiran Clan Militia (Kenya)")),
])
def test_a_clans_other_spellings_name_it(nlp: Language, text: str, sides: tuple[str, str]
                                         ) -> None:
    assert [(e.actor1, e.actor2) for e in coded_events(nlp, text, "2017-08-14")] == [sides]
