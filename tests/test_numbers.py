"""Number phrases -> integers (resolve.numbers) and the integrity of data/numbers.yaml."""

from __future__ import annotations

import pytest

from eventcoder.resolve.numbers import is_ordinal, is_year, load_number_words, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", 7),
        ("1,200", 1200),
        ("seven", 7),
        ("Seven", 7),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("one hundred and twenty", 120),
        ("a hundred", 100),
        ("two thousand", 2000),
        ("one", 1),
        ("a", 1),
        ("an", 1),
        # qualifiers do not change the coded figure
        ("at least 12", 12),
        ("at least twelve", 12),
        ("more than 40", 40),
        ("over 300", 300),
        ("nearly 50", 50),
        ("some 30", 30),
        ("up to 15", 15),
        ("as many as 9", 9),
        ("another 11", 11),
        ("more than two hundred", 200),
        # ranges count as their lower bound
        ("between 100 and 200", 100),
        ("10 to 15", 10),
        ("10-15", 10),
        ("four or five", 4),
        ("from 20 to 30", 20),
        # ACLED's vague amounts
        ("several", 3),
        ("a few", 3),
        ("a number of", 3),
        ("many", 10),
        ("dozens", 12),
        ("dozens of", 12),
        ("a dozen", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("hundreds of", 100),
        ("thousands", 1000),
        ("a couple of", 2),
        ("both", 2),
    ],
)
def test_parse_number(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "people", "5th", "fifth", "twenty-first", "the", "km"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"), [("5th", True), ("21st", True), ("third", True), ("5", False)]
)
def test_is_ordinal(text: str, expected: bool) -> None:
    assert is_ordinal(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"), [("2019", True), ("1998", True), ("1200", False), ("1,999", False)]
)
def test_is_year(text: str, expected: bool) -> None:
    assert is_year(text) is expected


def test_number_words_data_integrity() -> None:
    words = load_number_words()
    assert words.vague["several"] == 3
    assert words.vague["dozens"] == 12
    assert words.vague["hundreds"] == 100
    assert all(value > 0 for value in words.vague.values())
    assert all(key == key.lower().strip() for key in words.vague)
    assert "at least" in words.approximators
    # longest first, so "at least" is tried before a shorter prefix
    lengths = [len(a) for a in words.approximators]
    assert lengths == sorted(lengths, reverse=True)
