"""One assault told twice: a lead that says whose men a group killed, and a detail that
tells the fighting without naming them (hand-written sentences in agency style, about
conflicts outside Kenya):

- the detail's battle, whose second side it leaves untold, is fought against the force
  whose men the same group hit in the sentence before;
- a foreign state's forces that fight a non-state group are listed first, as the
  country's own forces are;
- a relative clause that gives unnamed fighters' name ("whose full name is X") makes them
  that group.
"""

from __future__ import annotations

from fixtures_actors import story_sides
from spacy.language import Language

_BASE_STORMED = (
    "Al Shabaab militants killed 12 Burundian soldiers when they stormed a base in the "
    "Hiraan region last week, officials said on Monday. The militants rammed a truck bomb "
    "into the gate before dawn and then fought their way inside, residents said.")


def test_the_untold_side_is_the_force_the_group_hit_before(nlp: Language) -> None:
    actor1, actor2 = story_sides(nlp, _BASE_STORMED, "fought", "Armed clash", "Somalia")
    assert actor1 is not None and actor1.startswith("Military Forces of Burundi")
    assert actor2 == "Al Shabaab"


def test_own_forces_hit_before_are_the_other_side(nlp: Language) -> None:
    text = ("JNIM fighters killed 17 soldiers when they overran an army post near Djibo, "
            "the army said on Tuesday. The jihadists set off a car bomb at the gate and then "
            "fought their way into the post, a local official said.")
    actor1, actor2 = story_sides(nlp, text, "fought", "Armed clash", "Burkina Faso")
    assert actor1 is not None and actor1.startswith("Military Forces of Burkina Faso")
    assert actor2 is not None and actor2.startswith("JNIM")


def test_forces_told_only_as_tellers_before_are_no_side(nlp: Language) -> None:
    # the soldiers' force must be the one the group hit, not anyone named before
    text = ("Ugandan troops said on Monday they had found weapons near Afgoye. Al Shabaab "
            "militants later fought their way into a village nearby, residents said.")
    _, actor2 = story_sides(nlp, text, "fought", "Armed clash", "Somalia")
    assert actor2 is None or not actor2.startswith("Military Forces of Uganda")


def test_a_clause_giving_the_fighters_name_names_them(nlp: Language) -> None:
    text = ("The fighters, whose full name is Jama'at Nusrat al-Islam wal-Muslimin, "
            "ambushed a convoy of the Malian army near Boni on Sunday, killing nine soldiers.")
    actor1, actor2 = story_sides(nlp, text, "ambushed", "Armed clash", "Mali")
    assert actor1 is not None and actor1.startswith("Military Forces of Mali")
    assert actor2 is not None and actor2.startswith("JNIM")
