"""Words of the event's sentence that say which kind of unnamed armed side fought:
communal or ethnic violence names an unidentified communal or ethnic militia, not
an unidentified armed group (hand-written sentences)."""

from __future__ import annotations

import pytest
from fixtures_actors import kenyan_mention
from spacy.language import Language

COMMUNAL = "Unidentified Communal Militia (Kenya)"
ETHNIC = "Unidentified Ethnic Militia (Kenya)"

# (sentence, trigger, sub-event type, expected actor1 and actor2)
CONTEXT = [
    pytest.param(
        "Four villagers died in fresh inter-community clashes near Lowangila on Monday.",
        "clashes", "Armed clash", (COMMUNAL, COMMUNAL),
        id="inter_community_clashes_are_fought_by_communal_militias"),
    pytest.param(
        "Six people died in a gunfight between armed pastoralists near Kapedo on Friday.",
        "gunfight", "Armed clash", (COMMUNAL, COMMUNAL),
        id="armed_pastoralists_are_communal_militias"),
    pytest.param(
        "Twelve were killed in an ethnically motivated gun battle near Rhamu overnight.",
        "gun battle", "Armed clash", (ETHNIC, ETHNIC),
        id="ethnically_motivated_violence_is_fought_by_ethnic_militias"),
    pytest.param(
        "Gunmen shot dead two traders near Mandera on Monday.",
        "shot dead", "Attack", ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
        id="without_such_words_gunmen_stay_an_unidentified_armed_group"),
]


@pytest.mark.parametrize("text, trigger, sub_event_type, expected", CONTEXT)
def test_context_names_the_unnamed_side(nlp: Language, text: str, trigger: str,
                                        sub_event_type: str,
                                        expected: tuple[str, str]) -> None:
    mention = kenyan_mention(nlp, text, trigger, sub_event_type)
    assert (mention.actor1.name if mention.actor1 else None,
            mention.actor2.name if mention.actor2 else None) == expected
