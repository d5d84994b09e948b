"""A state told by its name alone as the one that arrests (hand-written sentences in
agency style, outside Kenya): it arrests by its police, whereas its name as the doer of
an armed act stays its army."""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language


def test_a_state_that_arrests_does_so_by_its_police(nlp: Language) -> None:
    actor1, _ = story_sides(
        nlp, "Egypt stopped a bus at the border crossing on Friday and arrested two "
        "opposition bloggers who were on board, their lawyer said.", "arrested", "Arrests",
        "Egypt")
    assert actor1 is not None and actor1.startswith("Police Forces of Egypt")


def test_troops_that_arrest_stay_the_army(nlp: Language) -> None:
    actor1, _ = story_sides(
        nlp, "Malian troops arrested two suspected jihadists near Mopti on Friday, the army "
        "said.", "arrested", "Arrests", "Mali")
    assert actor1 is not None and actor1.startswith("Military Forces of Mali")
