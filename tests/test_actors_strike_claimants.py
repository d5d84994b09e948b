"""A state force that tells of a strike its own country's weapons flew claims it: it is
the striker, not the target (hand-written sentences)."""

from __future__ import annotations

import datetime as dt

from fixtures_actors import story_mention
from spacy.language import Language


def test_the_security_service_that_tells_of_its_drones_strike(nlp: Language) -> None:
    mention = story_mention(
        nlp, "Ukrainian drones struck an oil depot in the Bryansk region overnight, setting "
        "fuel tanks ablaze, Ukraine's SBU security service said.", "drones struck",
        "Air/drone strike", "Russia", day=dt.date(2024, 9, 2))
    assert mention.actor1 is not None
    assert mention.actor1.name.startswith("Police Forces of Ukraine")
    assert mention.actor2 is None or not mention.actor2.name.startswith("Police Forces")


def test_a_foreign_teller_is_no_claimant(nlp: Language) -> None:
    mention = story_mention(
        nlp, "Russian missiles struck a power plant near Kharkiv overnight, Ukraine's air "
        "force said.", "missiles struck", "Shelling/artillery/missile attack", "Ukraine",
        day=dt.date(2024, 9, 2))
    assert mention.actor1 is not None
    assert mention.actor1.name.startswith("Military Forces of Russia")
