"""Unnamed attackers of one people of a feud are the other people's militia: when the
story sets two communities against each other ("fighting between the Meitei and the
Kuki") and the victims are told as one community's ("a Meitei family"), the attackers
are coded as the other community's militia. Attackers the text calls unknown stay an
unidentified armed group; victims of no told community leave the attackers an
unidentified ethnic militia (tests/test_actors_feuds.py)."""

from __future__ import annotations

import pytest

import eventcoder


def _attackers(text: str, sub_event_type: str) -> list[str | None]:
    return [e.actor1 for e in eventcoder.code(text, published="2024-09-14")
            if e.sub_event_type == sub_event_type]


@pytest.mark.parametrize(("text", "wanted"), [
    ("Gunmen abducted four members of a Meitei family from their farm in Manipur's "
     "Bishnupur district on Friday, police said. Clashes between the Meitei and the Kuki "
     "communities have killed more than 200 people since last year.",
     "Kuki Ethnic Militia (India)"),
    # Kuki-Zo, the shared name of the Kuki and Zo peoples, is coded as Kuki
    ("Gunmen abducted four members of a Meitei family from their farm in Manipur's "
     "Bishnupur district on Friday, police said. Clashes between the Meitei and the "
     "Kuki-Zo communities have killed more than 200 people since last year.",
     "Kuki Ethnic Militia (India)"),
    # the victims are the other people's: the attackers are the first people's men
    ("Gunmen abducted four members of a Kuki family from their farm in Manipur's "
     "Churachandpur district on Friday, police said. Clashes between the Meitei and the "
     "Kuki communities have killed more than 200 people since last year.",
     "Meitei Ethnic Militia (India)"),
    # attackers told as unknown stay unidentified
    ("Unknown gunmen abducted four members of a Meitei family from their farm in "
     "Manipur's Bishnupur district on Friday, police said. Clashes between the Meitei and "
     "the Kuki communities have killed more than 200 people since last year.",
     "Unidentified Armed Group (India)"),
])
def test_attackers_of_one_people_are_the_other_peoples_militia(text: str, wanted: str
                                                               ) -> None:
    assert _attackers(text, "Abduction/forced disappearance") == [wanted]


def test_the_kuki_zo_are_coded_as_kuki() -> None:
    events = eventcoder.code("Kuki-Zo militants attacked a police post in Manipur's Jiribam "
                             "district on Monday and wounded two officers, police said.",
                             published="2024-09-14")
    assert "Kuki Ethnic Militia (India)" in {e.actor2 for e in events}
