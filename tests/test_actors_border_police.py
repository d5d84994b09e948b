"""Kenya's border police named as news names them ("border patrol police", "a border
police patrol", "the Police Border Patrol Unit") are ACLED's Border Patrol Unit of the
police, not the police at large (issue #4). Fails without those aliases in
actors/kenya.yaml."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events
from spacy.language import Language

_UNIT = "Police Forces of Kenya (2013-) Border Patrol Unit"


@pytest.mark.parametrize(("text", "sides"), [
    ("Two border patrol police were wounded by a roadside bomb on the Kiunga road on Sunday.",
     ("Unidentified Armed Group (Kenya)", _UNIT)),
    # (a grenade at the forces lists them first: actors.grenade_at_forces)
    ("On Monday gunmen threw a grenade at a border police patrol on the edge of Mandera town, "
     "wounding three.", (_UNIT, "Unidentified Armed Group (Kenya)")),
    ("The Police Border Patrol Unit repulsed an Al Shabaab attack near Ijara on Tuesday, "
     "killing two fighters.", (_UNIT, "Al Shabaab")),
])
def test_border_police_are_the_border_patrol_unit(nlp: Language, text: str,
                                                  sides: tuple[str, str]) -> None:
    assert [(e.actor1, e.actor2) for e in coded_events(nlp, text, "2017-08-14")] == [sides]
