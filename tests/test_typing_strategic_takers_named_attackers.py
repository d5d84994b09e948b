"""A place taken over and left deserted by its holders, with no violence told, changed
hands without a battle; a noun that names the takers as "the attackers" tells who they
are, not a fight, and does not keep the takeover a Non-state actor overtakes territory
(issue #3). Needs mention_ranking._names_only_the_doers (violent_doer_nouns) and
'deserted' among the retreat_words of data/typing.yaml."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def _types(nlp: Language, text: str) -> list[str]:
    return [e.sub_event_type for e in coded_events(nlp, text, "2019-08-12")]


def test_takeover_of_a_deserted_post_by_the_attackers(nlp: Language) -> None:
    text = ("Dozens of armed militants took over a village in Lamu on Friday and raised their "
            "flag over the deserted police post. The attackers also preached at the mosque.")
    assert _types(nlp, text)[0] == "Non-violent transfer of territory"


def test_takeover_with_a_killing_stays_a_capture(nlp: Language) -> None:
    text = ("Dozens of armed militants took over a village in Lamu on Friday, killing two "
            "police reservists, and raised their flag over the deserted police post.")
    assert "Non-violent transfer of territory" not in _types(nlp, text)
