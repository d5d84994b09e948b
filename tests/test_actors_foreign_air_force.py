"""An air strike the text leaves unattributed, in a story that names one state's
military only, a foreign one, and no force of the country, was flown by that military;
with another state's forces also named it stays unattributed (hand-written sentences)."""

from __future__ import annotations

from fixtures_actors import story_mention
from spacy.language import Language


def _actor1(nlp: Language, text: str) -> str | None:
    mention = story_mention(nlp, text, "jets hit", "Air/drone strike", "Lebanon")
    return mention.actor1.name if mention.actor1 else None


def test_the_one_foreign_air_force_flew_it(nlp: Language) -> None:
    actor1 = _actor1(
        nlp, "Israeli warplanes pounded villages across southern Lebanon on Monday. In "
        "Nabatieh, jets hit a three-storey building, killing four people, the health "
        "ministry said.")
    assert actor1 is not None and actor1.startswith("Military Forces of Israel")


def test_two_foreign_forces_leave_it_unattributed(nlp: Language) -> None:
    actor1 = _actor1(
        nlp, "Israeli warplanes pounded villages across southern Lebanon on Monday, while "
        "Syrian troops shelled the border. In Nabatieh, jets hit a three-storey building, "
        "killing four people, the health ministry said.")
    assert actor1 == "Unidentified Armed Group (Lebanon)"


def test_a_neighbours_word_on_the_strikes_names_its_forces(nlp: Language) -> None:
    # the country's word on the attack from afar itself ("Turkish drone strikes ... killed")
    text = ("Iranian drone strikes on two villages near Erbil killed five people on "
            "Thursday, Iraqi officials said. Iraqi troops were sent to the area.")
    mention = story_mention(nlp, text, "drone strikes", "Air/drone strike", "Iraq")
    assert mention.actor1 is not None and mention.actor1.name.startswith(
        "Military Forces of Iran")


def test_a_countrys_shelling_names_its_forces(nlp: Language) -> None:
    text = ("Cambodian shelling of a border village killed two farmers on Monday, "
            "Thailand's army said.")
    mention = story_mention(nlp, text, "shelling", "Shelling/artillery/missile attack",
                            "Thailand")
    assert mention.actor1 is not None and mention.actor1.name.startswith(
        "Military Forces of Cambodia")


def test_a_strike_with_no_air_word_is_not_read_as_a_forces_attack(nlp: Language) -> None:
    # "a Kenyan strike" may be a stoppage of work: no forces from the word alone
    from eventcoder.extract.actor_candidates import _weapon_or_strike

    doc = nlp("A Kenyan strike paralysed hospitals, and Kenyan air strikes hit a camp.")
    strike, strikes = doc[2], doc[9]
    assert (strike.lower_, strikes.lower_) == ("strike", "strikes")
    assert not _weapon_or_strike(strike) and _weapon_or_strike(strikes)



def test_a_countrys_possessive_on_its_jets_names_its_forces(nlp: Language) -> None:
    # the country's name with "'s" on the war machine, in a story that also names the
    # forces of the country hit
    text = ("Pakistan's jets bombed two villages in Khost province on Friday, killing "
            "eight people, residents said. Afghan forces later fired across the border.")
    mention = story_mention(nlp, text, "bombed", "Air/drone strike", "Afghanistan")
    assert mention.actor1 is not None and mention.actor1.name.startswith(
        "Military Forces of Pakistan")
