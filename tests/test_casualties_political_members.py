"""The dead of a riot add up across sides (the merge sums figures of disjoint sides): a
member of a political body ("a member of the party's student wing") or its supporters
are of the crowd's side, so a later "also died in the clashes" is not read as another
account of a policeman's death told before; a member of an armed wing is of the armed
side."""

from __future__ import annotations

from spacy.language import Language

from eventcoder.extract.casualties import figures_in_span


def _groups(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(text)
    return [f.group for f in figures_in_span(doc[:])]


def test_a_party_member_is_of_the_crowds_side(nlp: Language) -> None:
    assert _groups(nlp, "A member of the party's student wing also died in the "
                        "clashes, party officials said.") == ["crowd"]


def test_party_supporters_are_of_the_crowds_side(nlp: Language) -> None:
    assert _groups(nlp, "Three opposition supporters were shot dead near the rally.") \
        == ["crowd"]


def test_a_member_of_an_armed_wing_is_of_the_armed_side(nlp: Language) -> None:
    assert _groups(nlp, "Two members of the movement's armed wing were killed in the "
                        "raid.") == ["armed"]


def test_members_of_the_public_name_no_side(nlp: Language) -> None:
    assert _groups(nlp, "Two members of the public were killed in the crossfire.") == [None]
