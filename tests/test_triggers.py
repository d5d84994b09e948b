"""Trigger lexicon integrity and the TriggerMatcher component."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventcoder.extract.triggers import (
    CUE_GROUP,
    TRIGGER_GROUP,
    TRIGGER_MATCHER,
    TriggerMatcher,
    expand_braces,
    load_lexicon,
)
from eventcoder.taxonomy import SUB_EVENT_TYPES


def test_expand_braces() -> None:
    assert expand_braces("shell{,s,ed}") == ["shell", "shells", "shelled"]
    assert expand_braces("{air,drone} strike{,s}") == [
        "air strike", "air strikes", "drone strike", "drone strikes"
    ]
    assert expand_braces("plain words") == ["plain words"]


def test_lexicon_covers_every_acled_sub_event_type() -> None:
    lexicon = load_lexicon()
    named = {c.sub_event_type for c in lexicon.triggers.values()}
    # "Attack" comes from the generic violence classes (kill, injure, attack),
    # typed by whether the victims were armed.
    assert {"kill", "injure", "attack"} <= set(lexicon.triggers)
    named_or_generic = named | {"Attack"}
    for sub in SUB_EVENT_TYPES:
        assert sub.name in named_or_generic, f"no trigger class for {sub.name}"
    # Every class names a real sub-type or "generic" (typed by context).
    valid = {s.name for s in SUB_EVENT_TYPES} | {"generic"}
    assert named <= valid


def test_lexicon_integrity() -> None:
    lexicon = load_lexicon()
    for cls in lexicon.triggers.values():
        assert 0.0 < cls.strength <= 1.0, cls.name
        assert cls.phrases, cls.name
        for phrase in cls.phrases:
            assert phrase == phrase.lower(), f"{cls.name}: {phrase!r} must be lower case"
            assert "{" not in phrase and "}" not in phrase, phrase
    for rel in lexicon.relations:
        assert rel.trigger_class in lexicon.triggers
        assert rel.verbs in lexicon.cues and rel.objects in lexicon.cues
    for name in lexicon.patterns:
        assert name in lexicon.triggers
    for name in lexicon.exclude_exact:
        assert name in lexicon.triggers
    # The cue classes the typing and status code read.
    for cue in ("state_forces", "non_state", "civilians", "aircraft_cue", "suicide_cue",
                "nonpolitical", "crime", "political", "gov_actor_cue", "nonstate_actor_cue"):
        assert cue in lexicon.cues


def _labels(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {span.text.lower(): span.label_ for span in doc.spans[TRIGGER_GROUP]}


def test_matcher_marks_triggers_and_cues(nlp: Language) -> None:
    assert TRIGGER_MATCHER in nlp.pipe_names
    doc = nlp("A roadside bomb killed four soldiers near Baidoa on Sunday.")
    labels = {span.text.lower(): span.label_ for span in doc.spans[TRIGGER_GROUP]}
    assert labels["roadside bomb"] == "remote_explosive"
    assert labels["killed"] == "kill"
    cues = {(span.text.lower(), span.label_) for span in doc.spans[CUE_GROUP]}
    assert ("soldiers", "state_forces") in cues
    assert ("roadside", "roadside_cue") in cues


def test_matcher_relations_and_exclusions(nlp: Language) -> None:
    seized = _labels(nlp, "Rifles and ammunition were seized from a house in the village.")
    assert seized.get("seized") == "disrupted_weapons"
    base = _labels(nlp, "The army has set up its fourth observation point near the border.")
    assert base.get("set up") == "hq_established"
    # A title-case month is not a march.
    month = _labels(nlp, "The talks resumed on 3 March in Geneva.")
    assert "march" not in month
    march = _labels(nlp, "Thousands of students marched to parliament on Tuesday.")
    assert march.get("marched") == "protest"


def test_gappy_pattern(nlp: Language) -> None:
    labels = _labels(nlp, "Youths set the council offices on fire.")
    assert labels.get("set the council offices on fire") == "property_destruction"


def test_serialisation_round_trip(nlp: Language, tmp_path: Path) -> None:
    component = nlp.get_pipe(TRIGGER_MATCHER)
    assert isinstance(component, TriggerMatcher)
    component.to_disk(tmp_path / "triggers")
    clone = TriggerMatcher(nlp)
    clone.from_disk(tmp_path / "triggers")
    assert clone.lexicon.triggers.keys() == component.lexicon.triggers.keys()
    assert clone.lexicon.relations == component.lexicon.relations


def test_custom_lexicon_path(nlp: Language, tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(
        "triggers:\n  grenade:\n    sub_event_type: Grenade\n    strength: 0.9\n"
        "    phrases: ['grenade{,s}']\ncues:\n  state_forces: [police]\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(str(path))
    assert set(lexicon.triggers) == {"grenade"}
    assert lexicon.triggers["grenade"].phrases == ("grenade", "grenades")


@pytest.mark.parametrize(
    "text, phrase, label",
    [
        ("Warplanes carried out airstrikes on the town.", "airstrikes", "air_strike"),
        ("A suicide bomber blew himself up at the gate.", "suicide bomber", "suicide_bomb"),
        ("Rebels shelled the district overnight.", "shelled", "shelling"),
        ("Attackers hurled a grenade into the bar.", "hurled a grenade", "grenade"),
        ("Women were raped by the militiamen.", "raped", "sexual_violence"),
        ("Gunmen kidnapped two aid workers.", "kidnapped", "abduction"),
        ("The two sides signed a ceasefire agreement.", "signed a ceasefire", "agreement"),
        ("A mob lynched the suspect.", "lynched", "mob_violence"),
    ],
)
def test_trigger_classes(nlp: Language, text: str, phrase: str, label: str) -> None:
    assert _labels(nlp, text).get(phrase) == label


def test_riot_as_a_modifier_is_not_a_riot(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Officers in riot gear fired tear gas when the crowd reached the main road.")
    assert [s.label_ for s in doc.spans["ec_triggers"]] == ["protest_intervention"]
    doc = nlp("Youths rioted in the town centre on Monday.")
    assert "protest_violence" in {s.label_ for s in doc.spans["ec_triggers"]}


def test_a_disaster_cue_inside_a_violence_phrase_is_dropped(nlp: Language) -> None:
    # "outbreak" of "an outbreak of violence" is no epidemic; of cholera it is
    violence = nlp("Police said an outbreak of violence in the market left three people injured.")
    cholera = nlp("Officials said an outbreak of cholera in the camp left three people dead.")
    assert "nonpolitical" not in {s.label_ for s in violence.spans["ec_cues"]}
    assert "nonpolitical" in {s.label_ for s in cholera.spans["ec_cues"]}


def test_a_disaster_word_used_as_a_violence_verb_is_no_disaster_cue(nlp: Language) -> None:
    # "storms" the verb is an attack; "Storms" the noun is the weather
    raid = nlp("A group of party youths storms the party office in the town.")
    weather = nlp("Storms battered the coast on Monday, killing three people.")
    assert "nonpolitical" not in {s.label_ for s in raid.spans["ec_cues"]}
    assert "nonpolitical" in {s.label_ for s in weather.spans["ec_cues"]}
