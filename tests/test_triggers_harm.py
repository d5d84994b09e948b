"""Harm mentions (KAIROS-style attack/die/injure detection beside ACLED coding):
the ``harm`` section of triggers.yaml, the ``ec_harm`` span group and
``harm_mentions``, and how the
RAMS/WikiEvents scorer counts them."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from eventcoder.evaluate import rams
from eventcoder.extract.events import detect_mentions
from eventcoder.extract.triggers import (
    HARM_GROUP,
    TRIGGER_GROUP,
    TriggerMatcher,
    harm_mentions,
    load_lexicon,
)
from eventcoder.schema import Article, EventMention

HARM_KINDS = {"attack", "die", "injure"}


def _harm(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text.lower(), s.label_) for s in harm_mentions(doc)]


def test_harm_lexicon_integrity() -> None:
    lexicon = load_lexicon()
    harm = lexicon.harm
    assert set(harm.classes.values()) <= HARM_KINDS
    assert set(harm.words) == HARM_KINDS
    assert set(harm.classes) <= set(lexicon.triggers)
    # the casualty and violence classes are harm; protests and arrests are not
    assert harm.classes["kill"] == "die" and harm.classes["injure"] == "injure"
    assert "protest" not in harm.classes and "arrest" not in harm.classes
    in_harm_classes = {p for name in harm.classes for p in lexicon.triggers[name].phrases}
    for kind, phrases in harm.words.items():
        assert phrases, kind
        for phrase in phrases:
            assert phrase == phrase.lower() and "{" not in phrase, phrase
            # a word a harm class already matches is listed once, in its class
            assert phrase not in in_harm_classes, f"{kind}: {phrase!r} is a harm trigger already"


def test_illness_and_natural_death_are_harm_but_no_trigger(nlp: Language) -> None:
    text = "The singer had surgery after a long illness and passed away in May."
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans[HARM_GROUP]] == [
        ("surgery", "injure"), ("illness", "injure"), ("passed away", "die")]
    assert not [s for s in doc.spans[TRIGGER_GROUP] if s.text in ("surgery", "illness")]


def test_trigger_matches_of_harm_classes_are_harm_by_kind(nlp: Language) -> None:
    # (the span group holds only the harm words; the trigger matches are added
    # on request)
    doc = nlp("A roadside bomb killed four soldiers.")
    assert list(doc.spans[HARM_GROUP]) == []
    assert _harm(nlp, "A roadside bomb killed four soldiers and wounded a driver.") == [
        ("roadside bomb", "attack"), ("killed", "die"), ("wounded", "injure")]
    # a protest and an arrest report no harm
    assert _harm(nlp, "Police arrested six traders who protested outside the office.") == []


def test_coups_robbery_and_hunger_are_attack_and_injure(nlp: Language) -> None:
    assert _harm(nlp, "Since the coup the blockade has left the villages starving.") == [
        ("coup", "attack"), ("starving", "injure")]
    assert _harm(nlp, "He was robbed of his phone on the bus.") == [("robbed", "attack")]


def test_robbed_of_sleep_is_no_harm(nlp: Language) -> None:
    assert _harm(nlp, "The nurses were robbed of sleep by the night shifts.") == []
    assert _harm(nlp, "Parents of a newborn are starved of sleep for weeks.") == []
    assert _harm(nlp, "Two men robbed the shop of its takings.") == [("robbed", "attack")]


def test_a_war_named_in_passing_is_no_harm_word(nlp: Language) -> None:
    # (measured: a war named in passing is seldom annotated as an attack)
    assert _harm(nlp, "Since the war the valley has been quiet.") == []


def test_harm_words_make_no_acled_mention(nlp: Language) -> None:
    # The event list never sees harm words: an illness or a war named in
    # passing gives no mention at all.
    text = "The veteran fell ill after the robbery and passed away a year later."
    doc = nlp(text)
    assert {s.label_ for s in harm_mentions(doc)} == {"attack", "die", "injure"}
    assert detect_mentions(doc, Article(doc_id="d", text=text)) == []


def test_harm_survives_serialisation(nlp: Language, tmp_path: Path) -> None:
    component = nlp.get_pipe("eventcoder_triggers")
    assert isinstance(component, TriggerMatcher)
    component.to_disk(tmp_path / "triggers")
    clone = TriggerMatcher(nlp)
    clone.from_disk(tmp_path / "triggers")
    assert clone.lexicon.harm == component.lexicon.harm


# --- the scorer -----------------------------------------------------------

def _violent(text: str, word: str) -> EventMention:
    start = text.index(word)
    return EventMention(
        doc_id="w", sent_start=0, sent_end=len(text), trigger_start=start,
        trigger_end=start + len(word), trigger_text=word, sub_event_type="Attack",
        event_type="Violence against civilians", type_score=0.9, type_reason="test")


def _span(text: str, word: str, kind: str) -> rams.HarmSpan:
    start = text.index(word)
    return start, start + len(word), kind


def test_scorer_counts_harm_mentions_apart_and_honestly() -> None:
    text = "Gunmen shot a guard; his brother died of an illness and the war goes on."
    gold = [_span(text, w, t) for w, t in (
        ("shot", "conflict.attack.firearmattack"), ("died", "life.die.nonviolentdeath"),
        ("illness", "life.injure.illnessdegradationphysical"))]
    window = rams.Window("w", text, gold, [(0, len(text))])
    mention = _violent(text, "shot")
    harm = [_span(text, "shot", "attack"), _span(text, "died", "die"),
            _span(text, "illness", "injure"), _span(text, "war", "attack")]
    result = rams.score_windows([window], [[mention]], [harm])
    # the ACLED mentions alone: only the shooting
    assert result["strict"]["found"] == 1 and result["predicted_mentions"] == 1
    detection = result["detection"]
    assert detection["strict"]["found"] == 3
    # "shot" is the violent mention's word (counted once); "war" is a prediction
    # no gold trigger matches
    assert detection["predicted_mentions"] == 4
    assert detection["strict"]["pred_ok"] == 3
    assert detection["strict"]["precision"] == 0.75
    numbers = rams.headline(result)
    assert numbers["recall_strict"] == 1 / 3 and numbers["recall_harm_strict"] == 1.0
    assert "harm mentions" in rams.format_report(result)


def test_scorer_without_harm_has_no_detection_block() -> None:
    text = "A guard was shot."
    window = rams.Window("w", text, [_span(text, "shot", "conflict.attack")], [(0, len(text))])
    result = rams.score_windows([window], [[_violent(text, "shot")]])
    assert "detection" not in result
    assert "recall_harm_strict" not in rams.headline(result)
