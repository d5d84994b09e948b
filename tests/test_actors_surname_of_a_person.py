"""A surname told alone after the person's full name is that person, not an armed group
the dictionary lacks: the small model may tag it as an organisation ("Brevik described
the suspect"), and a name kept as written may be blamed for the act (f2ca7bc)."""
from __future__ import annotations

import datetime as dt

from spacy.language import Language

from eventcoder.extract.actor_candidates import candidates
from eventcoder.resolve.actors import load_actor_dictionary

TEXT = ("A parcel bomb exploded outside a bakery in the city centre on Friday, wounding 13 "
        "people. The regional prosecutor, {full}, said an investigation had been opened. "
        "{last} described the suspect as a man in his thirties.")


def test_surname_of_a_quoted_person_is_no_unlisted_group(nlp: Language) -> None:
    full, last = "Anna Brevik", "Brevik"  # the model tags the lone surname ORG here
    doc = nlp(TEXT.format(full=full, last=last))
    sent = list(doc.sents)[-1]
    found = candidates(doc, sent, load_actor_dictionary(use_env=False), "France",
                       dt.date(2025, 5, 23))
    assert not [c for c in found if c.kind == "unknown"]


def test_a_named_organisation_stays_a_candidate(nlp: Language) -> None:
    # no person of that name before: an unlisted organisation as the subject is kept
    doc = nlp("The Tiger Brigade said its fighters had attacked an army post near Bria.")
    sent = list(doc.sents)[0]
    found = candidates(doc, sent, load_actor_dictionary(use_env=False), None,
                       dt.date(2025, 5, 23))
    assert [c.actor.name for c in found if c.kind == "unknown" and c.actor]
