"""Source attribution (extract.sources)."""

from __future__ import annotations

from importlib import resources

import pytest
import spacy
import yaml
from spacy.language import Language

from eventcoder.extract.casualties import extract_casualties
from eventcoder.extract.sources import (
    attribute_sources,
    dateline_credit,
    find_sources,
    load_lexicon,
)
from eventcoder.nlp import load_base_model
from eventcoder.schema import Article, EventMention
from eventcoder.taxonomy import event_type_of


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_base_model()


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("At least 12 people were killed, said the Syrian Observatory for Human Rights.",
         "Syria", ["Syrian Observatory for Human Rights"]),
        ("The Britain-based Observatory said 12 fighters died.", "Syria",
         ["Syrian Observatory for Human Rights"]),
        ("A resident told AFP that five people died.", "Syria",
         ["Local sources (Syria)", "AFP"]),
        ("State media reported three dead in the shelling.", "Syria", ["SANA"]),
        ("State television said the army repelled the attack.", "Iran", ["IRNA"]),
        ("State media said two soldiers were wounded.", "Mali", ["State media (Mali)"]),
        ("According to Reuters, the toll rose to nine.", None, ["Reuters"]),
        ("Four civilians died in the strike, activists said.", "Syria", ["Activists (Syria)"]),
        ("Police said two robbers were shot dead.", "Kenya", ["Police (Kenya)"]),
        ("Two robbers were shot dead, police said.", "Kenya", ["Police (Kenya)"]),
        ("Police said 5 people were killed, while residents put the toll at 8.", "Kenya",
         ["Police (Kenya)", "Local sources (Kenya)"]),
        ("The army said it killed 20 militants, a claim SANA reported.", "Syria",
         ["Military (Syria)", "SANA"]),
        ("Gunmen killed a chief, the Daily Nation reported.", "Kenya", ["Daily Nation (Kenya)"]),
        ("Residents said the militants came at dawn.", "Pakistan", ["Local sources (Pakistan)"]),
        ("Gunmen abducted 30 villagers, police and residents said.", "Nigeria",
         ["Police (Nigeria)", "Local sources (Nigeria)"]),
        ("Officials said the blast killed three.", None, ["Government"]),
        # unnamed reports set against each other cite by themselves, each its own source
        ("Initial reports said 4 people died; later reports put the toll at 2.", "Kenya",
         ["Initial reports", "Later reports"]),
        ("Conflicting reports gave six deaths.", "Kenya", ["Other reports"]),
        # a role with its holder named before the cue
        ("Police spokesman Joseph Kamau said three robbers were shot.", "Kenya",
         ["Police (Kenya)"]),
        ("Army spokesman Major Ali Hassan said 8 militants died.", "Somalia",
         ["Military (Somalia)"]),
        # a relative clause between the role and its cue; "were quoted as saying"
        ("A soldier who spoke on condition of anonymity said 6 militants died.", "Somalia",
         ["Military (Somalia)"]),
        ("A villager, who asked not to be named, said the raiders took 40 goats.", "Kenya",
         ["Local sources (Kenya)"]),
        ("Officials were quoted as saying nine people died.", "Kenya", ["Government (Kenya)"]),
        ("A police source said two constables were hurt.", "Kenya", ["Police (Kenya)"]),
        # ... but not a clause that runs on to another speaker
        ("Police who reached the village found two bodies, elders said.", "Kenya",
         ["Local sources (Kenya)"]),
        # ... but a role before a comma and another speaker is not that speaker
        ("Gunmen ambushed the army, Al Shabaab said.", "Kenya", []),
        # generic media reports, an outlet under its other name
        ("Local media reported that four people were killed.", "Kenya",
         ["Local media (Kenya)"]),
        ("The Kenya Standard reported two deaths.", "Kenya", ["The Standard (Kenya)"]),
        # names without an attribution cue are not sources
        ("Militants attacked a Reuters office in the capital.", None, []),
        ("Police arrested three men after the attack.", "Kenya", []),
        ("The raid happened at dawn.", "Pakistan", []),
    ],
)
def test_find_sources(text: str, country: str | None, expected: list[str]) -> None:
    assert [s.name for s in find_sources(text, country=country)] == expected


def test_anaphora_refers_back_to_the_named_monitor() -> None:
    earlier = find_sources(
        "The Syrian Observatory for Human Rights reported that the raids went on.", country="Syria"
    )
    later = find_sources("Twelve fighters died, said the monitor.", country="Syria",
                         earlier=earlier)
    assert [s.name for s in later] == ["Syrian Observatory for Human Rights"]
    assert find_sources("Twelve fighters died, said the monitor.", country="Syria") == []


def _mention(text: str, country: str | None) -> EventMention:
    return EventMention(
        doc_id="d1",
        sent_start=0,
        sent_end=len(text),
        trigger_start=0,
        trigger_end=1,
        trigger_text=text[0],
        sub_event_type="Attack",
        event_type="Violence against civilians",
        type_score=1.0,
        type_reason="test",
        country=country,
    )


def test_claims_take_the_nearest_source(parser: Language) -> None:
    text = "Police said 5 people were killed, while residents put the toll at 8."
    doc = parser(text)
    mention = _mention(text, "Kenya")
    extract_casualties(mention, doc)
    attribute_sources(mention, doc, Article("d1", text, source="Daily Nation"))
    by_value = {c.value: c.source for c in mention.claims if c.field == "fatalities"}
    assert by_value == {5: "Police (Kenya)", 8: "Local sources (Kenya)"}
    assert mention.fatalities == 5
    assert mention.sources == ["Police (Kenya)", "Local sources (Kenya)", "Daily Nation (Kenya)"]


def test_unnamed_reports_cite_the_figures_after_them(parser: Language) -> None:
    # each figure belongs to the report phrase before it, even where the next phrase
    # stands nearer; as two sources their lowest figure is the event's
    text = "Early reports counted 3 people killed in the clashes, later reports only 2 dead."
    doc = parser(text)
    mention = _mention(text, "Kenya")
    extract_casualties(mention, doc)
    attribute_sources(mention, doc, Article("d1", text))
    by_value = {c.value: c.source for c in mention.claims if c.field == "fatalities"}
    assert by_value == {3: "Initial reports", 2: "Later reports"}


def test_article_source_fills_unattributed_claims(parser: Language) -> None:
    text = "Gunmen killed three herders near Moyale."
    doc = parser(text)
    mention = _mention(text, "Kenya")
    extract_casualties(mention, doc)
    attribute_sources(mention, doc, Article("d1", text, source="Reuters"))
    assert mention.sources == ["Reuters"]
    assert [(c.value, c.source) for c in mention.claims if c.field == "fatalities"] == [
        (3, "Reuters")
    ]


def test_no_source_at_all(parser: Language) -> None:
    text = "Gunmen killed three herders near Moyale."
    doc = parser(text)
    mention = _mention(text, "Kenya")
    extract_casualties(mention, doc)
    attribute_sources(mention, doc, Article("d1", text))
    assert mention.sources == []
    assert [c.source for c in mention.claims] == [None]


def test_sources_are_unique_and_ordered(parser: Language) -> None:
    text = "AFP said 4 died, and an AFP reporter said police confirmed it."
    doc = parser(text)
    mention = _mention(text, "Somalia")
    attribute_sources(mention, doc, Article("d1", text, source="AFP"))
    assert mention.sources == ["AFP", "Police (Somalia)"]


def test_sources_data_integrity() -> None:
    raw = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/sources.yaml").read_text(encoding="utf-8")
    )
    names = [entry["name"] for entry in raw["named"]]
    assert len(names) == len(set(names))
    kinds = {"agency", "outlet", "monitor", "state_media", "organisation", "report"}
    aliases: list[str] = []
    for entry in raw["named"]:
        assert entry["kind"] in kinds
        assert entry["aliases"]
        aliases.extend(entry["aliases"])
    assert len(aliases) == len(set(aliases)), "an alias names two sources"
    for role in raw["roles"]:
        assert "{country}" in role["template"]
    lex = load_lexicon()
    assert lex.state_media_by_country["Syria"] == "SANA"
    for country, name in lex.state_media_by_country.items():
        assert name in lex.kind_of, f"state media of {country} is not a named source"


def test_a_monitor_named_only_later(parser: Language) -> None:
    text = (
        "Air strikes killed at least 14 civilians in the town on Sunday, a war monitor said. "
        "The Syrian Observatory for Human Rights said warplanes struck a market."
    )
    doc = parser(text)
    first = next(iter(doc.sents))
    mention = _mention(text, "Syria")
    mention.sent_end = first.end_char
    extract_casualties(mention, doc)
    attribute_sources(mention, doc, Article("d1", text))
    assert mention.sources == ["Syrian Observatory for Human Rights"]
    assert [(c.value, c.source) for c in mention.claims if c.field == "fatalities"] == [
        (14, "Syrian Observatory for Human Rights")
    ]


# --- what happened, per source ------------------------------------------------------


def _typed_mention(text: str, trigger: str, sub_event_type: str, country: str) -> EventMention:
    start = text.index(trigger)
    sentence_start = text.rfind(". ", 0, start)
    sentence_start = 0 if sentence_start < 0 else sentence_start + 2
    sentence_end = text.find(". ", start)
    sentence_end = len(text) if sentence_end < 0 else sentence_end + 1
    return EventMention(
        doc_id="d1",
        sent_start=sentence_start,
        sent_end=sentence_end,
        trigger_start=start,
        trigger_end=start + len(trigger),
        trigger_text=trigger,
        sub_event_type=sub_event_type,
        event_type="Explosions/Remote violence",
        type_score=1.0,
        type_reason="test",
        country=country,
    )


def test_each_account_of_what_happened_is_a_claim_with_its_source(parser: Language) -> None:
    text = (
        "Activists said an air strike hit a bakery in the town, killing six people. "
        "State media said rebels shelled the bakery."
    )
    doc = parser(text)
    strike = _typed_mention(text, "air strike", "Air/drone strike", "Syria")
    shelling = _typed_mention(text, "shelled", "Shelling/artillery/missile attack", "Syria")
    for mention in (strike, shelling):
        extract_casualties(mention, doc)
        attribute_sources(mention, doc, Article("d1", text))
    kinds = [
        (c.value, c.source)
        for m in (strike, shelling)
        for c in m.claims
        if c.field == "sub_event_type"
    ]
    assert kinds == [
        ("Air/drone strike", "Activists (Syria)"),
        ("Shelling/artillery/missile attack", "SANA"),
    ]
    evidence = next(c.evidence for c in shelling.claims if c.field == "sub_event_type")
    assert evidence is not None and evidence.text == "shelled"


def test_account_claim_takes_the_article_source(parser: Language) -> None:
    text = "A roadside bomb hit a police truck near Garissa."
    doc = parser(text)
    mention = _typed_mention(text, "roadside bomb", "Remote explosive/landmine/IED", "Kenya")
    attribute_sources(mention, doc, Article("d1", text, source="Reuters"))
    assert [(c.field, c.value, c.source) for c in mention.claims] == [
        ("sub_event_type", "Remote explosive/landmine/IED", "Reuters")
    ]


def test_no_account_claim_without_a_source(parser: Language) -> None:
    text = "A roadside bomb hit a police truck near Garissa."
    doc = parser(text)
    mention = _typed_mention(text, "roadside bomb", "Remote explosive/landmine/IED", "Kenya")
    attribute_sources(mention, doc, Article("d1", text))
    assert mention.claims == []


def test_notes_data_for_disagreeing_accounts() -> None:
    raw = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/notes.yaml").read_text(encoding="utf-8")
    )
    order = raw["conservative_sub_event_order"]
    assert order["Explosions/Remote violence"].index("Shelling/artillery/missile attack") < order[
        "Explosions/Remote violence"
    ].index("Air/drone strike")
    for event_type, subs in order.items():
        assert len(subs) == len(set(subs))
        for sub in subs:
            assert event_type_of(sub) == event_type, sub
    assert "{accounts}" in raw["account_disagreement_phrase"]
    assert "{chosen}" in raw["account_disagreement_phrase"]
    assert "{source}" in raw["account_phrase"]
    assert "{sub_event_type}" in raw["account_phrase"]


@pytest.mark.parametrize(("text", "credit"), [
    ("BAMAKO (Reuters) - Gunmen killed 12 soldiers on Sunday.", "Reuters"),
    ("KYIV, Oct 5 (AFP) - A missile struck a cafe.", "AFP"),
    ("GUSAU, Nigeria, June 14 (AP) \u2014 Bandits abducted 30 villagers.", "Associated Press"),
    ("MOGADISHU (Xinhua) -- A car bomb exploded.", "Xinhua"),
    ("Bamako (AFP) - Gunmen killed 12 soldiers on Sunday.", "AFP"),
    ("BAIDOA, Somalia, March 15 - A bomb killed four soldiers.", None),
    ("LAGOS (Local Desk) - Police arrested 14 people.", None),  # not a known reporter
    ("Police said (without giving a figure) - that several died.", None),
])
def test_dateline_credit(text: str, credit: str | None) -> None:
    assert dateline_credit(spacy.blank("en")(text)) == credit


def test_a_dateline_agency_is_an_event_source(parser: Language) -> None:
    text = "KYIV, Oct 5 (AFP) - A missile killed 51 people in Hroza, officials said."
    doc = parser(text)
    mention = _mention(text, "Ukraine")
    attribute_sources(mention, doc, Article("d1", text, source="Daily Nation"))
    # what the text cites, then the agency that filed the report, then the publisher
    assert mention.sources[-2:] == ["AFP", "Daily Nation (Kenya)"]
