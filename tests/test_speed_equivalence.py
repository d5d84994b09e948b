"""The speed shortcuts give what the plain computation gives: the trigger
Matcher run over the stretches where a pattern can start, and the date
patterns skipped when a word they need is absent."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventcoder import text
from eventcoder.extract.triggers import TRIGGER_MATCHER
from eventcoder.resolve import dates

TEXTS = [
    "Rioters set the market stalls on fire and blocked the highway with burning tyres. "
    "Police took two men into custody after they pelted officers with stones.",
    "Government forces took full control of the town on Tuesday. The rebels agreed "
    "to stop fighting and the two sides exchanged dozens of prisoners last week.",
    "Gunmen shot the chief dead near the market. Soldiers foiled a planned attack "
    "and the elders signed a peace deal.",
    "No event words here at all, only a quiet afternoon by the lake.",
    "set",
]


@pytest.mark.parametrize("text", TEXTS)
def test_windowed_trigger_patterns_match_the_whole_doc(nlp, text: str) -> None:
    matcher = nlp.get_pipe(TRIGGER_MATCHER)
    doc = nlp(text)
    assert matcher._pattern_starts  # the packaged patterns all start with given words
    assert matcher._token_pattern_matches(doc) == matcher.matcher(doc)


def test_trigger_patterns_found_in_two_stretches(nlp) -> None:
    doc = nlp(TEXTS[0])
    matcher = nlp.get_pipe(TRIGGER_MATCHER)
    found = {doc[s:e].text for _, s, e in matcher._token_pattern_matches(doc)}
    assert "set the market stalls on fire" in found
    assert "pelted officers with stones" in found


SENTENCES = [
    "On 3 March 2019 gunmen attacked the village.",
    "The week beginning 14 May saw clashes, two days after the vote.",
    "Police said on Monday that three people died 5 days ago.",
    "Protesters gathered in early June and again on the 12th.",
    "Residents fled the previous day; the army returned last month.",
    "Fighting resumed on 12/04/2020 and 2021-05-06.",
    "Nothing dated here.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_gated_date_patterns_find_the_same_phrases(sentence: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    published = dt.date(2021, 6, 30)
    gated = dates.find_date_phrases(sentence, published)
    vocab = dates._vocab()
    ungated = dataclasses.replace(vocab, gates=tuple(() for _ in vocab.gates))
    monkeypatch.setattr(dates, "_vocab", lambda: ungated)
    assert dates.find_date_phrases(sentence, published) == gated


def test_gated_date_patterns_still_date_a_day() -> None:
    phrases = dates.find_date_phrases("On 3 March 2019 gunmen attacked.", dt.date(2019, 4, 1))
    assert [(p.text, p.date) for p in phrases] == [("3 March 2019", dt.date(2019, 3, 3))]


def test_sentence_tokens_is_token_sent(nlp) -> None:
    doc = nlp("Gunmen raided the village of Tula. Two people died.\n\nPolice arrived later; "
              "officers said the attackers fled toward the river.")
    assert len(list(doc.sents)) > 1
    for token in doc:
        assert text.sentence_tokens(doc, token.i) == (token.sent.start, token.sent.end)
