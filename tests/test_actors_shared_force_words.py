"""Two demonyms that share one force word ("Ugandan and Congolese troops"): each names its
own country's forces, the first the side and the second its ally (hand-written sentences
in agency style, outside Kenya)."""

from __future__ import annotations

from fixtures_actors import side_names, story_mention
from spacy.language import Language


def test_each_demonym_names_its_forces(nlp: Language) -> None:
    mention = story_mention(
        nlp, "Congolese and Ugandan troops recaptured the town of Kamango from ADF rebels on "
        "Thursday, the army said.", "recaptured", "Government regains territory",
        "Democratic Republic of Congo")
    actor1, actor2 = side_names(mention)
    assert actor1 is not None and actor1.startswith(
        "Military Forces of the Democratic Republic of Congo")
    assert actor2 == "ADF: Allied Democratic Forces"
    assert [a.name for a in mention.assoc_actor_1] == ["Military Forces of Uganda (1986-)"]
