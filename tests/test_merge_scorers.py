"""The merge scorers' logic, on tiny fixtures written for these tests, and the merge data."""

from __future__ import annotations

from pathlib import Path

from eventcoder.evaluate import merge as merge_eval
from eventcoder.evaluate import wikievents_merge
from eventcoder.merge import merge_mentions
from eventcoder.merge.places_dates import _night_time_pattern
from eventcoder.schema import Event, Evidence

MERGE_SET = Path(__file__).resolve().parent / "data" / "merge"


def _stored(triggers: list[tuple[str, int, int]]) -> Event:
    return Event(event_id="e", doc_id=triggers[0][0], event_date=None, time_precision=None,
                 event_type="Battles", sub_event_type="Armed clash",
                 evidence=[Evidence(d, s, e, "x", "trigger") for d, s, e in triggers])


def test_pairwise_counts_pairs_of_reports() -> None:
    spans = {"a": [(0, 5, "I1")], "b": [(10, 15, "I1")], "c": [(0, 5, "I1")],
             "d": [(0, 5, "I2")]}
    # a+b merged (tp), c split off (2 fn: a-c, b-c), d wrongly merged with a+b (2 fp)
    stored = [_stored([("a", 0, 5), ("b", 11, 14), ("d", 1, 3)]), _stored([("c", 0, 5)]),
              _stored([("c", 40, 45)])]
    result = merge_eval._pairwise(stored, spans)
    p = result["pairwise"]
    assert (p["tp"], p["fp"], p["fn"]) == (1, 2, 2)
    assert result["spurious_reports"] == 1  # the event at c 40-45 covers no gold trigger
    assert result["gold_reports_found"] == 4 and result["gold_incidents_found"] == 2


def test_oracle_coding_of_the_merge_set_merges_every_incident_once() -> None:
    articles, gold, places = merge_eval.load(MERGE_SET)
    assert len(articles) == 27 and set(gold) == {a.doc_id for a in articles}
    spans = merge_eval._gold_spans(articles, gold)
    pairs = []
    for article in articles:
        mentions = [merge_eval._oracle_mention(article, s, places) for s in gold[article.doc_id]]
        pairs.append((article, merge_mentions(mentions, article)))
    result = merge_eval._pairwise(merge_eval._ingest(pairs), spans)
    assert result["stored_events"] == result["gold_incidents"] == 14
    assert result["pairwise"]["precision"] == 1.0 and result["pairwise"]["recall"] == 1.0


def _doc() -> dict[str, object]:
    """A two-incident document in WikiEvents' layout (our own sentences)."""
    sentences = [
        "A car bomb exploded at a checkpoint .",
        "Four guards died in the blast .",
        "Police later arrested two men .",
        "The guards were buried on Friday after the attack .",
    ]
    tokens: list[list[object]] = []
    laid_out = []
    offset = 0
    for sent in sentences:
        words = []
        for word in sent.split():
            words.append([word, offset, offset + len(word)])
            offset += len(word) + 1
        laid_out.append([words, sent])
        tokens.extend(words)

    def event(eid: str, etype: str, token: int, sent: int, args: list[tuple[str, str]]
              ) -> dict[str, object]:
        return {"id": eid, "event_type": etype,
                "trigger": {"start": token, "end": token + 1, "sent_idx": sent},
                "arguments": [{"entity_id": e, "role": r, "text": ""} for e, r in args]}

    return {
        "doc_id": "tiny",
        "sentences": laid_out,
        "event_mentions": [
            event("E1", "Conflict.Attack.DetonateExplode", 3, 0, [("T1", "Target")]),
            event("E2", "Life.Die.Unspecified", 9, 1, [("T2", "Victim")]),
            event("E3", "Justice.ArrestJailDetain.Unspecified", 16, 2, [("T3", "Detainee")]),
            event("E4", "Conflict.Attack.Unspecified", 28, 3, [("T4", "Target")]),
            event("E5", "Contact.Contact.Broadcast", 0, 0, []),
        ],
    }


def test_wikievents_gold_incidents_link_by_sentence_and_coreferent_participants() -> None:
    doc = _doc()
    text, spans = wikievents_merge.rebuild_text(doc)
    assert text[spans[3][0]:spans[3][1]] == "exploded"
    # T2 ("four guards") and T4 ("the guards") corefer; T1 (checkpoint) does not
    coref = {"doc_key": "tiny", "clusters": "[['T2', 'T4']]"}
    mentions, labels = wikievents_merge.gold_incidents(doc, coref)
    assert [m.mention_id for m in mentions] == ["E1", "E2", "E3", "E4"]  # contact dropped
    assert labels[1] == labels[3]  # the dead guards are the attack's targets
    assert labels[0] != labels[1]  # nothing links the blast sentence to the deaths here
    assert labels[2] not in (labels[0], labels[1])  # arrests are their own incident
    _, no_coref = wikievents_merge.gold_incidents(doc, None)
    assert len(set(no_coref)) == 4


def test_night_time_words_load_and_match_whole_words() -> None:
    pattern = _night_time_pattern()
    assert pattern.search("militants attacked the base late on Wednesday")
    assert pattern.search("an OVERNIGHT raid")
    assert not pattern.search("the knight's tale")
    assert not pattern.search("attacked the base on Wednesday")


def test_wikievents_story_date_comes_from_ids_that_carry_one() -> None:
    import datetime as dt

    assert wikievents_merge._published_from_id("12_XYZ_EN_NW_2016.02.29.123") == dt.date(
        2016, 2, 29)
    assert wikievents_merge._published_from_id("road_ied_3") is None
