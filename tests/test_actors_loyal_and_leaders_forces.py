"""Armed men told by whom they fight for: "forces loyal to the government" are the
government's army, not the government itself (actor_candidates._forces_loyal_to);
a leader's "troops" or "men" are the side the dictionary knows as that leader's
forces (actor_candidates._leaders_forces)."""

from __future__ import annotations

import datetime as dt

from fixtures_actors import side_names, story_mention
from spacy.language import Language

DAY = dt.date(2019, 5, 3)


def test_forces_loyal_to_a_government_are_its_army(nlp: Language) -> None:
    text = ("Forces loyal to Yemen's government recaptured the hills above Dhale on Thursday "
            "after a week of fighting with separatist units.")
    first, _ = side_names(story_mention(nlp, text, "recaptured", "Government regains territory",
                                        "Yemen", DAY))
    assert (first or "").startswith("Military Forces of Yemen"), first


def test_a_leaders_troops_are_the_side_known_as_his_forces(nlp: Language) -> None:
    text = ("Government troops drove Riek Machar's troops out of a garrison town near "
            "Nasir on Friday, a local official said.")
    first, second = side_names(story_mention(nlp, text, "drove", "Government regains territory",
                                             "South Sudan", DAY))
    assert (second or "").startswith("SPLM/A-IO"), (first, second)


def test_a_government_officials_word_stays_no_side(nlp: Language) -> None:
    text = ("Fighters loyal to a local commander attacked a market near Dhale on Thursday, "
            "a government official said.")
    first, _ = side_names(story_mention(nlp, text, "attacked", "Attack", "Yemen", DAY))
    assert not (first or "").startswith("Military Forces of Yemen"), first
