"""text.quotation_around: which direct quotation of its sentence a stretch stands in.

The filters (a witness's words on an event told before) and the merge (an event told
inside a quotation) both ask it."""

import pytest

from eventcoder.text import quotation_around


def _around(sentence: str, word: str) -> str | None:
    start = sentence.index(word)
    marks = quotation_around(sentence, 0, len(sentence), start, start + len(word))
    return None if marks is None else sentence[marks[0] + 1:marks[1]]


@pytest.mark.parametrize(("sentence", "word", "quoted"), [
    ('"They burned the stalls before dawn," a trader said.', "burned",
     "They burned the stalls before dawn,"),
    ("\u201cThe wardens started shooting at us,\u201d one inmate said.", "shooting",
     "The wardens started shooting at us,"),
    # the second of two quotations in one sentence
    ('"We ran," she said, "when the shells fell on the market."', "shells",
     "when the shells fell on the market."),
    # the teller's own words between two quotations
    ('"We ran," she said after the shells fell, "and hid."', "shells", None),
    # the teller's words before any quotation
    ('Gunmen killed two men, the mayor said: "We are afraid."', "killed", None),
    # a quotation that does not close in its sentence
    ('"Troops shelled the village and', "shelled", None),
])
def test_the_quotation_a_word_stands_in(sentence: str, word: str, quoted: str | None) -> None:
    assert _around(sentence, word) == quoted
