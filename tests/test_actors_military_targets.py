"""What only an armed force holds (hand-written sentences in agency style, about conflicts
outside Kenya): a foreign state's strike on an air base or on warplanes, with no owner
told, hit the military of the country they are in, not its civilians; a strike on what
civilians have stays a strike on civilians.
"""

from __future__ import annotations

import pytest
from fixtures_actors import side_names, story_mention
from spacy.language import Language

from eventcoder.schema import Place

_PLACES = {
    "Syria": Place("Homs", 34.7308, 36.7094, "Syria", "SYR", "Homs"),
    "Ukraine": Place("Kremenchuk", 49.0658, 33.4104, "Ukraine", "UKR", "Poltava"),
}


def _sides(nlp: Language, text: str, trigger: str, sub: str, country: str
           ) -> tuple[str | None, str | None]:
    """The sides of a mention placed in a town of ``country`` (the striker's demonym
    must not make its country the event's)."""
    return side_names(story_mention(nlp, text, trigger, sub, country,
                                    place=_PLACES[country]))


@pytest.mark.parametrize(("text", "trigger", "sub", "country", "striker", "target"), [
    ("Israeli jets struck an air base near Homs overnight, destroying several helicopters, "
     "a war monitor said on Tuesday.", "struck", "Air/drone strike", "Syria",
     "Military Forces of Israel", "Military Forces of Syria"),
    ("Russian drones struck two air bases in central Ukraine overnight and set fuel "
     "depots there ablaze, the regional governor said.", "drones", "Air/drone strike",
     "Ukraine", "Military Forces of Russia", "Military Forces of Ukraine"),
])
def test_a_foreign_strike_on_a_base_hits_its_military(
        nlp: Language, text: str, trigger: str, sub: str, country: str, striker: str,
        target: str) -> None:
    actor1, actor2 = _sides(nlp, text, trigger, sub, country)
    assert actor1 is not None and actor1.startswith(striker)
    assert actor2 is not None and actor2.startswith(target)


def test_a_foreign_strike_on_a_mall_hits_civilians(nlp: Language) -> None:
    _, actor2 = _sides(
        nlp, "Russian missiles struck a crowded shopping mall in Kremenchuk on Monday, "
        "killing at least 18 people, officials said.", "missiles",
        "Shelling/artillery/missile attack", "Ukraine")
    assert actor2 == "Civilians (Ukraine)"
