"""The camps of Kenya's 2005 constitutional referendum are named by their symbols: the
Banana ("Yes") and the Orange ("No", which became ODM). Their supporters' violence is
coded with the camps as political militias (issue #4). Fails without their aliases in
actors/kenya.yaml."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import kenyan_mention, side_names
from spacy.language import Language


@pytest.mark.parametrize(("text", "trigger", "sub_event_type", "wanted"), [
    ("Banana supporters attacked two voters at a polling centre in Kakamega on Monday.",
     "attacked", "Attack", ("Banana Political Militia", "Civilians (Kenya)")),
    ("Police fought Orange supporters in Kisumu on Sunday; several were hurt on both sides.",
     "fought", "Armed clash", ("Police Forces of Kenya (2002-2013)",
                                "ODM: Orange Democratic Movement")),
])
def test_the_referendum_camps_are_political_militias(nlp: Language, text: str, trigger: str,
                                                     sub_event_type: str,
                                                     wanted: tuple[str, str]) -> None:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type, day=dt.date(2005, 11, 14))
    assert side_names(mention) == wanted
