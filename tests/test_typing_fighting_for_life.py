""""Fighting for his life" tells a gravely wounded person, not a fight (issue #3)."""

from __future__ import annotations

import datetime as dt

from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2024, 3, 18)


def test_a_wounded_man_fighting_for_his_life_is_no_clash(nlp: Language) -> None:
    text = ("A shopkeeper is fighting for his life in hospital after gunmen shot him "
            "outside his shop in Garissa on Monday.")
    assert primary_type(nlp, text, PUBLISHED) == "Attack"
