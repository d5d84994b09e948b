"""Where ACLED names the Islamic State's regional branch rather than a country-scoped
Islamic State, a bare "Islamic State" takes the branch's name: the central Sahel
branch in Burkina Faso and Mali; elsewhere the country scopes it (hand-written
sentences)."""

from __future__ import annotations

import pytest
from fixtures_actors import story_mention
from spacy.language import Language


@pytest.mark.parametrize("text, country, expected", [
    pytest.param("Islamic State fighters killed twelve soldiers at an army post near Djibo "
                 "on Sunday.", "Burkina Faso", "Islamic State (Sahel)", id="burkina_faso"),
    pytest.param("Islamic State fighters killed twelve soldiers at an army post near Menaka "
                 "on Sunday.", "Mali", "Islamic State (Sahel)", id="mali"),
    pytest.param("Islamic State fighters killed twelve soldiers at an army post near Hawija "
                 "on Sunday.", "Iraq", "Islamic State (Iraq)", id="iraq_keeps_the_country"),
])
def test_a_bare_islamic_state_takes_the_branch_acled_names(nlp: Language, text: str,
                                                           country: str,
                                                           expected: str) -> None:
    mention = story_mention(nlp, text, "killed", "Armed clash", country)
    names = {a.name for a in (mention.actor1, mention.actor2) if a is not None}
    assert expected in names
