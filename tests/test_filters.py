"""Status of event mentions: new vs background, statistics, habits, plans..."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

import eventcoder
from eventcoder.extract.events import detect_mentions
from eventcoder.extract.filters import STATUSES
from eventcoder.schema import Article


def _statuses(nlp: Language, text: str) -> list[str]:
    article = Article(doc_id="t", text=text, published=dt.date(2021, 5, 10))
    return [m.status for m in detect_mentions(nlp(text), article)]


def test_statuses_documented() -> None:
    assert STATUSES[0] == "new"
    assert set(STATUSES) == {"new", "background", "reference", "statistic", "habitual", "plan",
                             "negated", "hypothetical", "movement"}


@pytest.mark.parametrize(
    "text, status",
    [
        ("Militants attacked a police station in the town on Sunday.", "new"),
        ("In 2014 the group captured the city of Mosul.", "background"),
        ("Islamic State claimed responsibility for the bombing.", "background"),
        ("More than 300,000 people have been killed in the war since 2011.", "statistic"),
        ("Helicopters routinely bomb the villages in the valley.", "habitual"),
        ("The group vowed to attack government buildings.", "plan"),
        ("The rebels will launch an offensive to retake the city.", "plan"),
        ("The army denied that its jets bombed the hospital.", "negated"),
        ("Soldiers did not fire on the crowd, the ministry said.", "negated"),
        ("If talks fail, fighting could resume in the north.", "hypothetical"),
        ("Government troops are advancing on the rebel stronghold.", "movement"),
        ("The district commissioner said no one had been hurt.", "negated"),
        ("Nobody was injured, a hospital official said.", "negated"),
        ("The death toll was likely to rise, the monitor said.", "hypothetical"),
        ("Al Shabaab, which has been fighting the government for years, holds much of the"
         " countryside.", "habitual"),
        ("Fighting between the army and the rebels has killed more than 1,800 people since"
         " April.", "statistic"),
        ("A trader was said to have been shot dead by gunmen in Mandera on Monday.", "new"),
        ("Six herders are reported to have been killed when raiders struck their camp.", "new"),
        # an accusation of a past crime is not reported as this event
        ("The commander is alleged to have killed dozens of prisoners in the north.", "plan"),
    ],
)
def test_status(nlp: Language, text: str, status: str) -> None:
    statuses = _statuses(nlp, text)
    assert statuses, f"no mention in {text!r}"
    assert statuses[0] == status, (text, statuses)


def test_status_reason_in_type_reason(nlp: Language) -> None:
    text = "The group vowed to attack government buildings."
    article = Article(doc_id="t", text=text)
    (mention,) = detect_mentions(nlp(text), article)
    assert "status plan" in mention.type_reason
    assert mention.confidence < 0.5


def test_filter_word_lists_are_well_formed() -> None:
    """data/filters.yaml: every list the filter reads is there, non-empty,
    lower-case, without duplicates or stray spaces."""
    from importlib import resources

    import yaml

    from eventcoder.extract.filters import FilterWords, load_filter_words

    text = resources.files("eventcoder").joinpath("data/filters.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    assert set(data) == set(FilterWords.__dataclass_fields__)
    for name, words in data.items():
        assert words and len(set(words)) == len(words), name
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), name
    words = load_filter_words()
    assert "vowed" in words.plan_verbs and "denied" in words.denial_verbs
    assert "so far" in words.statistic_context


def test_filter_words_from_another_file(tmp_path: Path) -> None:
    """A user's own filters.yaml replaces the packaged lists."""
    from importlib import resources

    import yaml

    from eventcoder.extract.filters import load_filter_words

    data = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/filters.yaml").read_text("utf-8"))
    data["plan_verbs"] = ["scheme"]
    path = tmp_path / "filters.yaml"
    path.write_text(yaml.safe_dump(data), "utf-8")
    words = load_filter_words(str(path))
    assert words.plan_verbs == frozenset({"scheme"})


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Three people were feared dead in Mandera on Sunday.", 3),
        ("Five fishermen are feared dead after gunmen attacked their boat on Lake Turkana "
         "on Monday.", 5),
    ],
)
def test_deaths_feared_or_presumed_are_reported_not_forecast(text: str, fatalities: int) -> None:
    events = eventcoder.code(text, published="2024-03-12")
    assert [e.fatalities for e in events] == [fatalities]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll is feared to rise further, officials said on Sunday.",
        "Officials feared that militants would kill more villagers.",
    ],
)
def test_feared_toll_rises_and_feared_attacks_stay_forecasts(text: str) -> None:
    assert eventcoder.code(text, published="2024-03-12") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # told as part of other, earlier incidents: context for the story
        ("Rights groups say police shot dead at least six people during similar protests last"
         " week.", "background"),
        ("Two officers were wounded in previous clashes with the gang.", "background"),
        # a singular "similar incident" introduces a new event
        ("In a similar incident, gunmen shot dead a trader in Mandera.", "new"),
        # other events of the same day are news, not context
        ("Police shot dead two people during protests in Mombasa on Wednesday.", "new"),
    ],
)
def test_events_told_as_part_of_earlier_incidents(nlp: Language, text: str, status: str) -> None:
    statuses = _statuses(nlp, text)
    assert statuses and statuses[0] == status, (text, statuses)


def test_earlier_incident_coded_only_when_dated_to_a_day() -> None:
    week = "Rights groups say police shot dead six people during similar protests last week."
    assert eventcoder.code(week, published="2023-07-13") == []
    day = ("Rights groups say police shot dead six people during similar protests in Mombasa"
           " on July 5.")
    (event,) = eventcoder.code(day, published="2023-07-13")
    assert event.event_date == dt.date(2023, 7, 5) and event.fatalities == 6
