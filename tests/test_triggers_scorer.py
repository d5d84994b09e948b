"""The RAMS/WikiEvents detection scorer: what counts as found, and the report of
the words it missed (hand-built windows, no dataset needed)."""

from __future__ import annotations

from eventcoder.evaluate import rams
from eventcoder.schema import EventMention, Evidence


def _mention(text: str, word: str, *, sub: str, event_type: str, status: str = "new",
             supporting: tuple[str, ...] = ()) -> EventMention:
    start = text.index(word)
    return EventMention(
        doc_id="w", sent_start=0, sent_end=len(text), trigger_start=start,
        trigger_end=start + len(word), trigger_text=word, sub_event_type=sub,
        event_type=event_type, type_score=0.9, type_reason="test", status=status,
        evidence=[Evidence("w", text.index(s), text.index(s) + len(s), s,
                           field="supporting_trigger") for s in supporting],
    )


def _window(text: str, *golds: tuple[str, str]) -> rams.Window:
    spans = [(text.index(word), text.index(word) + len(word), etype) for word, etype in golds]
    return rams.Window("w", text, spans, [(0, len(text))])


def test_background_mentions_count_and_supporting_words_match() -> None:
    text = "Years ago a roadside bomb killed two guards and wounded a driver."
    window = _window(text, ("bomb", "conflict.attack.bombing"),
                     ("killed", "life.die.deathcausedbyviolentevents"),
                     ("wounded", "life.injure.injurycausedbyviolentevents"))
    # background: RAMS annotates events whatever their time
    mention = _mention(text, "roadside bomb", sub="Remote explosive/landmine/IED",
                       event_type="Explosions/Remote violence", status="background",
                       supporting=("killed",))
    result = rams.score_windows([window], [[mention]])
    assert result["strict"]["found"] == 2  # the bomb and the killing; not the wounding
    assert result["missed_words"] == [("wounded", 1)]
    assert "wounded 1" in rams.format_report(result)


def test_headline_reports_recall_without_illness() -> None:
    text = "The prisoner fell ill and later a guard was stabbed."
    window = _window(text, ("ill", "life.injure.illnessdegradationphysical"),
                     ("stabbed", "conflict.attack.stabbing"))
    mention = _mention(text, "stabbed", sub="Attack", event_type="Violence against civilians")
    result = rams.score_windows([window], [[mention]])
    numbers = rams.headline(result)
    assert numbers["recall_strict"] == 0.5
    assert numbers["recall_strict_violent"] == 1.0
    assert result["missed_words"] == [("ill", 1)]


def test_a_strict_match_is_a_sentence_match() -> None:
    # The dataset splits after "night"; the coder read one sentence and tied
    # "wounded" to the shelling.
    text = "Shelling hit the camp at night\nfive were wounded."
    start = text.index("wounded")
    window = rams.Window("w", text, [(start, start + len("wounded"),
                                      "life.injure.injurycausedbyviolentevents")],
                         [(0, text.index("\n")), (text.index("\n") + 1, len(text))])
    mention = _mention(text, "Shelling", sub="Shelling/artillery/missile attack",
                       event_type="Explosions/Remote violence", supporting=("wounded",))
    result = rams.score_windows([window], [[mention]])
    assert result["strict"]["found"] == 1
    assert result["sentence"]["found"] == 1
    assert result["sentence"]["pred_ok"] == 1
