"""An unnamed attacker becomes the side the text blames for the attack: a named
group ("..., blaming the Islamic State in the Greater Sahara") or, when the blame is
firm, a community's armed men ("officials blamed armed Pokot herders"); a mere
suspicion of a community leaves the attackers unidentified (hand-written sentences)."""

from __future__ import annotations

from fixtures_actors import kenyan_mention, story_mention
from spacy.language import Language


def test_a_participle_of_blame_names_the_group(nlp: Language) -> None:
    text = ("Gunmen shot dead eleven worshippers at a mosque near Ayorou on Friday, the "
            "defence ministry said, blaming the Islamic State in the Greater Sahara.")
    mention = story_mention(nlp, text, "shot dead", "Attack", "Niger")
    assert mention.actor1 is not None
    assert mention.actor1.name == "Islamic State (Sahel)"


def test_a_community_blamed_in_a_later_sentence_is_the_attacker(nlp: Language) -> None:
    text = ("Gunmen killed four people in a night raid on a village near Kapedo. "
            "County officials blamed armed Pokot herders for the raid.")
    mention = kenyan_mention(nlp, text, "killed", "Attack")
    assert mention.actor1 is not None
    assert mention.actor1.name == "Pokot Ethnic Militia (Kenya)"


def test_a_community_only_suspected_leaves_the_attackers_unidentified(nlp: Language
                                                                       ) -> None:
    text = ("Gunmen killed four people in a night raid on a village near Kapedo. "
            "The attackers were suspected to be Pokot, though police have not confirmed it.")
    mention = kenyan_mention(nlp, text, "killed", "Attack")
    assert mention.actor1 is not None
    assert mention.actor1.name == "Unidentified Armed Group (Kenya)"


def test_two_communities_of_a_feud_are_not_the_one_blamed(nlp: Language) -> None:
    text = ("Gunmen killed four people in a night raid on a village near Kapedo. "
            "Elders blamed the killing on a long feud between the Pokot and the Turkana.")
    mention = kenyan_mention(nlp, text, "killed", "Attack")
    assert mention.actor1 is not None
    assert mention.actor1.name in ("Unidentified Armed Group (Kenya)",
                                   "Unidentified Ethnic Militia (Kenya)",
                                   "Unidentified Communal Militia (Kenya)")
