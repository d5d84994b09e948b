"""Change to group/activity: a security build-up and a group arming itself (each test
fails without its rule)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2023, 6, 20)
_primary_type = partial(primary_type, published=PUBLISHED)


def test_a_security_build_up_is_a_change_to_activity(nlp: Language) -> None:
    text = "Security has been stepped up along the lake shore before Sunday's by-election."
    assert _primary_type(nlp, text) == "Change to group/activity"


def test_a_group_arming_itself_is_a_change_to_activity(nlp: Language) -> None:
    text = "Elders said herders in the valley were arming themselves ahead of the elections."
    assert _primary_type(nlp, text) == "Change to group/activity"
