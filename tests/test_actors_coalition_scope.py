"""The bare word "coalition" names the Global Coalition Against Daesh in Iraq's and
Syria's news (and Washington's statements) only, and the Saudi-led one in Yemen's;
elsewhere it is a local alliance of groups or parties, never the anti-IS coalition
(hand-written sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import side_names, story_mention
from spacy.language import Language

from eventcoder.resolve.actors import ActorDictionary

DAY = dt.date(2019, 5, 1)


@pytest.mark.parametrize(("country", "expected"), [
    ("Iraq", "Global Coalition Against Daesh"),
    ("Syria", "Global Coalition Against Daesh"),
    ("Yemen", "Operation Restoring Hope"),
    ("United States", "Global Coalition Against Daesh"),  # the coalition Washington leads
    ("Democratic Republic of Congo", None),
    ("Kenya", None),
])
def test_the_bare_word_names_a_coalition_only_where_one_fights(
        dictionary: ActorDictionary, country: str, expected: str | None) -> None:
    actor = dictionary.resolve("the coalition", country, DAY)
    assert (actor.name if actor else None) == expected


def test_a_rebel_alliance_calling_itself_the_coalition_is_not_the_anti_is_one(
        nlp: Language) -> None:
    text = ("The coalition said its fighters overran an army post near Kaga Bandoro on "
            "Sunday, killing three soldiers.")
    names = side_names(story_mention(nlp, text, "overran", "Armed clash",
                                     "Central African Republic", DAY))
    assert "Global Coalition Against Daesh" not in names, names
