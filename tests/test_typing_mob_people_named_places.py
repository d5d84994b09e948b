"""A community's name that is also a county or a town, after a preposition of
place ("villagers in Kisii"), is the place: no community militia is named, so a
crowd's lynching told over two sentences stays mob violence (issue #3). Fails
without the 'identity_group:<name>' keys of exclude_preceded_by in
data/triggers.yaml (read for cues by ``extract.triggers._cue_preceded``)."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2024-02-12")]


def test_villagers_in_a_town_named_like_a_people_lynch_a_thief(nlp: Language) -> None:
    text = ("Villagers in Kisii caught a suspected thief at a market on Sunday. "
            "They beat him and set him on fire.")
    assert _types(nlp, text) == ["Mob violence"]


def test_the_people_as_a_side_still_fight_a_battle(nlp: Language) -> None:
    text = "Kisii and Maasai youths clashed over land near Keroka on Sunday."
    assert _types(nlp, text) == ["Armed clash"]
