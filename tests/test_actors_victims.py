"""Who the victims are: the owners of property destroyed, named by their people, are its
civilians; demonstrators a mob attacks stay protesters, other people it attacks are
civilians (hand-written sentences)."""

from __future__ import annotations

import pytest
from fixtures_actors import kenyan_mention, side_names, story_mention
from spacy.language import Language


def _names(nlp: Language, text: str, trigger: str, sub_event_type: str
           ) -> tuple[str | None, str | None]:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    return side_names(mention)


def _story(nlp: Language, text: str, trigger: str, sub_event_type: str, country: str
           ) -> tuple[str | None, str | None]:
    mention = story_mention(nlp, text, trigger, sub_event_type, country)
    return side_names(mention)


@pytest.mark.parametrize(("text", "trigger", "country", "wanted"), [
    # a people's word on the place the property stands in
    ("Israeli settlers set fire to dozens of houses and cars in the Palestinian town of "
     "Huwara late on Sunday.", "set fire to", "Palestine",
     ("Settlers (Israel)", "Civilians (Palestine)")),
    # ... or on the property itself
    ("Armed settlers burned several Palestinian cars near Nablus overnight.", "burned",
     "Palestine", ("Settlers (Israel)", "Civilians (Palestine)")),
    # a community's name on the huts is the owners', not the community's militia
    ("Raiders burned down Pokot huts and looted granaries in the valley.", "burned down",
     "Kenya", ("Unidentified Ethnic Militia (Kenya)", "Civilians (Kenya)")),
    # no owner told: no second actor, as ACLED's Kenyan coders leave it
    ("An unknown group burned down homes in the village on Tuesday night.", "burned down",
     "Kenya", ("Unidentified Armed Group (Kenya)", None)),
])
def test_the_owners_a_property_destruction_names_are_civilians(
        nlp: Language, text: str, trigger: str, country: str,
        wanted: tuple[str, str | None]) -> None:
    assert _story(nlp, text, trigger, "Looting/property destruction", country) == wanted


@pytest.mark.parametrize(("text", "wanted"), [
    ("Supporters of the ruling party armed with sticks attacked anti-government "
     "demonstrators at their camp in the capital.", "Protesters (Kenya)"),
    ("A mob beat up protesters who were marching against the new tax in Kisumu.",
     "Protesters (Kenya)"),
    # not demonstrators: the people a mob attacks are civilians
    ("A mob beat up two suspected thieves at the market in Kisumu.", "Civilians (Kenya)"),
    ("A crowd of youths stoned two traders outside the tallying centre.",
     "Civilians (Kenya)"),
])
def test_demonstrators_a_mob_attacks_stay_protesters(nlp: Language, text: str,
                                                     wanted: str) -> None:
    trigger = next(w for w in ("attacked", "beat up", "stoned") if w in text)
    assert _names(nlp, text, trigger, "Mob violence") == ("Rioters (Kenya)", wanted)
