"""An unnamed attacker becomes the side the text blames for the attack: a named
group ("..., blaming the Islamic State in the Greater Sahara") or, when the blame is
firm, a community's armed men ("officials blamed armed Pokot herders"); a mere
suspicion of a community leaves the attackers unidentified (hand-written sentences)."""

from __future__ import annotations

from fixtures_actors import kenyan_mention, story_mention
from spacy.language import Language

import eventcoder


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


def test_a_tie_the_text_calls_only_possible_is_no_blame(nlp: Language) -> None:
    # (own sentences; the construction recurs in two Kenya notes: killings that "may be
    # linked" to the group, and a victim who "may have been linked" to it)
    text = ("Two gunmen shot dead a shopkeeper in Wajir town on Tuesday night. "
            "Detectives said the killing might be linked to Al Shabaab.")
    mention = kenyan_mention(nlp, text, "shot dead", "Attack")
    assert mention.actor1 is not None
    assert mention.actor1.name == "Unidentified Armed Group (Kenya)"


def test_a_tie_the_text_asserts_still_names_the_group(nlp: Language) -> None:
    text = ("Two gunmen shot dead a shopkeeper in Wajir town on Tuesday night. "
            "Detectives said the killers were linked to Al Shabaab.")
    mention = kenyan_mention(nlp, text, "shot dead", "Attack")
    assert mention.actor1 is not None
    assert mention.actor1.name == "Al Shabaab"



def test_an_attack_possibly_tied_to_a_foreign_band_stays_unidentified() -> None:
    # (own sentence; a tie to a foreign band told with "possibly", as in a Kenya note)
    events = eventcoder.code("Four herders were wounded near Lokichoggio, Kenya, in a night "
                             "raid possibly tied to a band from South Sudan.",
                             published="2021-06-16")
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Kenya)"]



def _strike_firers(text: str) -> list[str | None]:
    return [e.actor1 for e in eventcoder.code(text, published="2025-07-29")
            if e.event_type == "Explosions/Remote violence"]


def test_a_neighbours_forces_blamed_by_the_state_hit_fired_the_shells() -> None:
    text = ("BANGKOK, July 29 (Reuters) - Shells landed on a farming village in Thailand's "
            "Surin province on Monday, killing four farmers, officials said.\n\n"
            "The foreign ministry blamed Cambodian troops for the attack and recalled its "
            "ambassador.")
    firers = _strike_firers(text)
    assert firers and all((f or "").startswith("Military Forces of Cambodia")
                          for f in firers), firers


def test_forces_that_blame_someone_else_are_not_the_firer() -> None:
    # the foreign state's forces are the ones blaming, not the ones blamed
    text = ("BANGKOK, July 29 (Reuters) - Shells landed on a farming village in Thailand's "
            "Surin province on Monday, killing four farmers, officials said.\n\n"
            "Cambodian troops blamed smugglers for the attack.")
    firers = _strike_firers(text)
    assert firers and not any((f or "").startswith("Military Forces of Cambodia")
                              for f in firers), firers
