"""People arrested by nobody the text names, told in a story of clashes, are an
arrest, not civilians killed in the battle: only violence against civilians folds
into a battle told at the place and day (merge.folds._fold_candidate)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from spacy.language import Language

_events = partial(coded_events, published=dt.date(2023, 3, 5))


def test_an_arrest_with_no_named_police_stays_beside_the_clashes(nlp: Language) -> None:
    # (no town the gazetteer knows, so no country's police is assumed as the doer)
    text = ("A curfew was imposed in the old town on Saturday after overnight clashes "
            "between two rival groups. About thirty people have been arrested in and "
            "around the town.")
    types = sorted(e.sub_event_type for e in _events(nlp, text))
    assert types == ["Armed clash", "Arrests"]


def test_civilians_killed_by_nobody_named_still_join_the_clashes(nlp: Language) -> None:
    # the guard: the fold itself stays for violence against civilians
    text = ("Government troops and rebels clashed in the village of Mbau on Saturday. "
            "Two civilians were killed in the village that day.")
    events = _events(nlp, text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
