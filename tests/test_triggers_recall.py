"""Trigger recall rules: context-gated words ("strikes" in a story
about drone strikes), poisonings of people, bombs that went off or were thrown."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from eventcoder.extract.triggers import (
    CUE_GROUP,
    TRIGGER_GROUP,
    TRIGGER_MATCHER,
    TriggerMatcher,
    load_lexicon,
)

_POS_TAGS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM"}


def _triggers(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text.lower(), s.label_) for s in doc.spans[TRIGGER_GROUP]]


def _cues(nlp: Language, text: str) -> set[tuple[str, str]]:
    doc = nlp(text)
    return {(s.text.lower(), s.label_) for s in doc.spans[CUE_GROUP]}


def test_gated_entries_name_real_classes() -> None:
    lexicon = load_lexicon()
    assert lexicon.gated, "the lexicon has no gated words"
    for gate in lexicon.gated:
        assert gate.trigger_class in lexicon.triggers
        assert gate.needs_class_in_doc <= set(lexicon.triggers)
        assert gate.not_inside <= set(lexicon.triggers)
        assert gate.pos <= _POS_TAGS
        assert gate.phrases and all(p == p.lower() for p in gate.phrases)


def test_bare_strikes_in_a_story_about_air_strikes(nlp: Language) -> None:
    text = ("Drone strikes hit three compounds in the province last year. "
            "Officials counted 41 strikes in the first six months alone.")
    assert ("strikes", "air_strike") in _triggers(nlp, text)


def test_bare_strike_without_air_strikes_named_is_no_trigger(nlp: Language) -> None:
    # A labour dispute: no air strike anywhere in the text.
    text = "Dock workers say the strike will go on until wages are paid."
    assert all(label != "air_strike" for _, label in _triggers(nlp, text))


def test_gated_strike_keeps_its_exclusions(nlp: Language) -> None:
    text = ("An airstrike destroyed the depot on Monday. Detainees at the camp "
            "began a hunger strike, and the strike force moved north.")
    strikes = [(w, label) for w, label in _triggers(nlp, text) if "strike" in w]
    assert ("airstrike", "air_strike") in strikes
    assert ("hunger strike", "protest") in strikes
    # neither the hunger strike nor the unit's name reads as an air strike
    assert [w for w, label in strikes if label == "air_strike"] == ["airstrike"]


def test_the_verb_strike_is_not_gated(nlp: Language) -> None:
    text = ("Air strikes were reported near the border. "
            "Leaders said they would strike back if provoked.")
    assert ("strike", "air_strike") not in _triggers(nlp, text)


def test_poisoning_of_a_person_is_an_attack(nlp: Language) -> None:
    found = _triggers(nlp, "The deadly poisoning of a former spy in a hotel bar shocked the city.")
    assert ("deadly poisoning", "attack") in found
    found = _triggers(nlp, "Investigators called it their second poisoning attempt on him.")
    assert ("poisoning attempt", "attack") in found


def test_food_poisoning_is_an_accident_not_a_bare_poisoning(nlp: Language) -> None:
    text = "Forty guests fell ill with food poisoning after the wedding meal."
    assert ("food poisoning", "nonpolitical") in _cues(nlp, text)
    assert not any("poisoning" in w for w, _ in _triggers(nlp, text))
    # a poisoning with no accident named is no longer marked as one
    assert not any(label == "nonpolitical" for _, label in _cues(
        nlp, "Doctors confirmed the poisoning of the opposition leader."))


def test_bombs_that_had_gone_off(nlp: Language) -> None:
    found = _triggers(nlp, "By noon at least nine devices had gone off across the capital.")
    assert ("gone off", "remote_explosive") in found


def test_set_off_with_words_between(nlp: Language) -> None:
    found = _triggers(nlp, "The two men set off three nail-packed bombs outside the stadium.")
    assert ("set off three nail-packed bombs", "remote_explosive") in found


def test_a_thrown_bomb_is_a_grenade(nlp: Language) -> None:
    found = _triggers(nlp, "A man on a scooter threw a bomb into the crowded cafe.")
    assert ("threw a bomb", "grenade") in found
    # petrol bombs thrown by demonstrators stay violence of the demonstrators
    found = _triggers(nlp, "Youths threw petrol bombs at the police station.")
    assert ("threw petrol bombs", "protest_violence") in found
    assert all(label != "grenade" for _, label in found)


def test_gated_round_trip(nlp: Language, tmp_path: Path) -> None:
    component = nlp.get_pipe(TRIGGER_MATCHER)
    assert isinstance(component, TriggerMatcher)
    component.to_disk(tmp_path / "triggers")
    clone = TriggerMatcher(nlp)
    clone.from_disk(tmp_path / "triggers")
    assert clone.lexicon.gated == component.lexicon.gated


def test_a_bomb_that_destroyed_a_building_was_not_destroyed(nlp: Language) -> None:
    # the bomb is the subject of an active verb with an object: it was used
    found = _triggers(nlp, "The second bomb destroyed a crowded pub near the station.")
    assert ("destroyed", "disrupted_weapons") not in found
    assert ("destroyed", "property_destruction") in found
    # weapons that were destroyed, or a base that opened, still make relations
    found = _triggers(nlp, "Rifles and mortar shells were destroyed by the engineers.")
    assert ("destroyed", "disrupted_weapons") in found
    found = _triggers(nlp, "A new checkpoint opened on the northern road.")
    assert ("opened", "hq_established") in found


def test_maiming_and_decapitating(nlp: Language) -> None:
    assert ("maiming", "injure") in _triggers(
        nlp, "Witnesses described the maiming of farmers by the raiders.")
    assert ("decapitating", "kill") in _triggers(
        nlp, "The group filmed its fighters decapitating two captives.")


def test_fuel_as_a_verb_is_no_accident(nlp: Language) -> None:
    text = "Officials fear the killings will fuel revenge attacks in the valley."
    assert not any(label == "nonpolitical" for _, label in _cues(nlp, text))
    text = "A fuel tanker overturned and caught fire on the highway."
    assert ("fuel tanker", "nonpolitical") in _cues(nlp, text)


def test_a_denied_accident_is_no_accident(nlp: Language) -> None:
    text = "Relatives insist the death of the reporter was no accident."
    assert ("accident", "nonpolitical") not in _cues(nlp, text)
    text = "Two people died in a road accident near the market."
    assert ("accident", "nonpolitical") in _cues(nlp, text)


def test_a_body_shop_is_no_corpse(nlp: Language) -> None:
    found = _triggers(nlp, "He rented the van from a body shop on the edge of town.")
    assert ("body", "kill") not in found
    found = _triggers(nlp, "The body of a herder was found near the river on Sunday.")
    assert ("body", "kill") in found


def test_a_headline_hijack_in_the_present_is_an_attack_word(nlp: Language) -> None:
    # agency headlines tell the seizure of a vehicle in the bare present; the past
    # "hijacked" was an attack word already
    text = "Gunmen hijack a lorry carrying relief food near the border."
    assert ("hijack", "attack") in _triggers(nlp, text)
    assert ("hijacks", "attack") in _triggers(nlp, "Armed gang hijacks a bus on the highway.")
