"""A participle trigger that describes the doers ("Rioting Kenyan youths attacked ...",
"Protesting riders attacked ..."): its event is the clause of the noun it describes,
so the object of that clause's verb is the side hit (issue #4). Without the rule the
trigger's own chain held no verb: the object had no role, and the victims fell back
to the event country's civilians or were lost. Fails without
extract.actor_candidates' _modifies_a_noun."""

from __future__ import annotations

import pytest
from fixtures_events import coded_events
from spacy.language import Language


@pytest.mark.parametrize(("text", "sides"), [
    ("Rioting Kenyan youths attacked Somali civilians in Eastleigh after a grenade blast "
     "on Sunday.", ("Rioters (Kenya)", "Civilians (Somalia)")),
    ("Rampaging Kenyan youths beat Somali traders in Garissa on Monday.",
     ("Rioters (Kenya)", "Civilians (Somalia)")),
    ("Protesting boda boda riders attacked Ethiopian traders in Moyale on Monday.",
     ("Rioters (Kenya)", "Civilians (Ethiopia)")),
])
def test_the_described_doers_clause_tells_who_was_hit(nlp: Language, text: str,
                                                      sides: tuple[str, str]) -> None:
    assert [(e.actor1, e.actor2) for e in coded_events(nlp, text, "2017-08-14")] == [sides]
