"""How far a status cue reaches: the governor chain stops at the root, a semicolon ends
the clause, 'it is not clear why' and a modal in the next clause leave the event
standing, a participle describing a person reports no event (each test fails without
its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import detected, new_mentions, primary
from spacy.language import Language

from eventcoder.extract.filters.clauses import _chain

PUBLISHED = dt.date(2023, 6, 20)
_primary = partial(primary, published=PUBLISHED)
_mentions = partial(detected, published=PUBLISHED)
_new = partial(new_mentions, published=PUBLISHED)


def test_governor_chain_stops_at_the_root(nlp: Language) -> None:
    doc = nlp("Gunmen torched the market.")
    chain = _chain(doc[1], depth=6)  # "torched", the root
    assert [t.i for t in chain] == [1]
    chain = _chain(doc[3], depth=6)  # "market" -> "torched"
    assert [t.i for t in chain] == [3, 1]


def test_a_semicolon_ends_the_clause_that_governs_a_trigger(nlp: Language) -> None:
    # (the parser hangs the riot under "demand"; the demand is in another clause)
    text = "A riot erupts when ward results announced; rival supporters demand fresh polls"
    best = _primary(nlp, text)
    assert best is not None and best.sub_event_type == "Violent demonstration"


# Status rules (extract/filters/).

def test_a_modal_after_a_semicolon_leaves_the_kidnapping_standing(nlp: Language) -> None:
    text = "A chief was kidnapped and robbed in Voi; the kidnappers may have been paid by rivals"
    kidnapping = next(m for m in _mentions(nlp, text) if m.trigger_text == "kidnapped")
    assert kidnapping.status == "new"


def test_it_is_not_clear_why_leaves_the_shooting_standing(nlp: Language) -> None:
    text = "It is not clear why the guard opened fire on the crowd."
    shooting = next(m for m in _mentions(nlp, text) if m.trigger_text == "opened fire")
    assert shooting.status == "new"


def test_a_participle_describing_a_person_reports_no_fight(nlp: Language) -> None:
    text = "Musa, a herder helping the army fight the insurgents, said the market was calm."
    assert not _new(nlp, text)
