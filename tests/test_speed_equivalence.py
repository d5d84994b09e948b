"""The speed shortcuts give what the plain computation gives: the trigger
Matcher run over the stretches where a pattern can start, the date
patterns skipped when a word they need is absent, and word lists compiled as
tries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import json
import re
from pathlib import Path

import pytest
from spacy.attrs import LOWER

from eventcoder import pipeline, text
from eventcoder.alternation import WordPresence, literal_alternation
from eventcoder.extract import casualties, filters, sources
from eventcoder.extract.triggers import CUE_GROUP, TRIGGER_GROUP, TRIGGER_MATCHER
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
    "The following day the rebels attacked again, a week after talks failed last month.",
    "Yesterday and the day before yesterday were calm; last week was not.",
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


# The word lists compiled as tries (eventcoder.alternation) match what the plain
# longest-first alternation matches.
WIRE_SENTENCES = [
    "Police said on Tuesday that two officers were hurt, according to a local chief.",
    "A war monitor said the toll rose; the monitoring group later told AFP that 12 died.",
    "Medecins Sans Frontieres and the Kenya Red Cross reported 40 injured, residents said.",
    "STATE MEDIA REPORTED CLASHES IN MARKET STREETS ON SUNDAY, THE AGENCY SAID.",
    "On Sept. 3 and again on Thursday, the 4th, protesters marched; a day later troops fired.",
    "Between 22-23 March 2019, in late May and the week beginning 14 June, raids continued.",
    "The march was on Mayday, marking months of marches; officials told reporters yesterday.",
    "Fighting resumed overnight, three days ago, two days after talks, last week, this month.",
    "",
]


def _plain(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@pytest.mark.parametrize("words", [
    ["jan", "january", "june", "jun", "jul", "july", "may", "mar", "march"],
    ["the monitor", "the monitoring group", "a monitor", "monitor"],
    ["Police", "police spokesman", "POLICE", "residents", "a resident", "res"],
    ["Médecins Sans Frontières", "médecins", "MSF", "me", "Médecins"],
])
@pytest.mark.parametrize("template", [r"(?<![\w-])(?:{})(?![\w-])", r"\b(?:{})\.?", "{}"])
def test_trie_alternation_matches_the_plain_alternation(words: list[str], template: str) -> None:
    texts = WIRE_SENTENCES + [s.lower() for s in WIRE_SENTENCES] + [
        "January, june, JULY and Mar. then march", "the monitoring group, the monitor said",
        "police spokesman, POLICE SPOKESMAN, Police Spokesman", "médecins sans frontières, Me",
    ]
    for ignore_case in (True, False):
        flags = re.IGNORECASE if ignore_case else 0
        plain = re.compile(template.format(_plain(words)), flags)
        trie = re.compile(template.format(literal_alternation(words, ignore_case=ignore_case)),
                          flags)
        for sample in texts:
            assert [m.span() for m in trie.finditer(sample)] == \
                [m.span() for m in plain.finditer(sample)], (words, sample)


def test_trie_alternation_is_a_trie() -> None:
    assert literal_alternation(["may", "march", "mar", "Monday"], ignore_case=True) == \
        "m(?:a(?:y|r(?:ch)?)|onday)"
    # case-sensitive lists and letters that re folds onto ASCII keep the plain form
    assert literal_alternation(["AFP", "AP"], ignore_case=False) == "AFP|AP"
    assert literal_alternation(["\u017fo", "so"], ignore_case=True) == "\u017fo|so"


def test_source_and_date_lexicons_find_what_plain_alternations_find(
        monkeypatch: pytest.MonkeyPatch) -> None:
    published = dt.date(2019, 6, 30)
    tries = ([sources.find_sources(s, country="Kenya") for s in WIRE_SENTENCES],
             [dates.find_date_phrases(s, published) for s in WIRE_SENTENCES])
    for module in (sources, dates):
        monkeypatch.setattr(module, "literal_alternation",
                            lambda words, *, ignore_case: _plain(words))
    sources.load_lexicon.cache_clear()
    dates._vocab.cache_clear()
    try:
        plain = ([sources.find_sources(s, country="Kenya") for s in WIRE_SENTENCES],
                 [dates.find_date_phrases(s, published) for s in WIRE_SENTENCES])
    finally:
        sources.load_lexicon.cache_clear()
        dates._vocab.cache_clear()
    assert tries == plain
    assert any(tries[0]) and any(tries[1])


CASUALTY_SENTENCES = [
    "Two herders were beaten to death and a third was injured when raiders struck at dawn.",
    "Police said nobody was killed, but five people were wounded and one later died in hospital.",
    "The killing of ten fishermen drew protests; the dead were buried on Sunday.",
    "Gunmen tried to kill the chief, who was not hurt, and burnt to death two goats.",
]


@pytest.mark.parametrize("sentence", CASUALTY_SENTENCES)
def test_casualty_words_found_without_a_token_per_word(nlp, sentence: str,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(sentence)
    sent = doc[0:len(doc)]
    fast = casualties._trigger_tokens(sent)
    every_word = frozenset(lower for lower, _ in text.lower_and_like_num(doc))
    monkeypatch.setattr(casualties, "_casualty_word_ids", lambda: every_word)
    slow = casualties._trigger_tokens(sent)
    assert [(t.i, f, c) for t, f, c in fast] == [(t.i, f, c) for t, f, c in slow]
    assert fast


@pytest.mark.parametrize("sentence", [
    "So far this year, 40 people have been killed in clashes, police said.",
    "Last year the group attacked the camp; on Monday gunmen killed two herders.",
    "Gunmen killed two herders on Monday.",
])
def test_period_phrases_are_the_sentence_scan(sentence: str) -> None:
    lower = sentence.lower()
    words = filters.load_filter_words()
    assert filters.statistics._period_phrases(lower) == (
        any(p in lower for p in words.statistic_context),
        any(p in lower for p in words.background_phrases))


CLAUSE_TEXTS = [
    "A riot broke out in the market; supporters of the losing candidate demand a recount, "
    "and police said two officers were hurt.",
    "Gunmen kidnapped a trader near the border; the motive may have been political; "
    "elders said talks would resume.",
    "Troops fought the rebels for hours before the militants withdrew toward the hills.",
]


@pytest.mark.parametrize("sample", CLAUSE_TEXTS)
def test_semicolon_lookup_is_the_token_scan(nlp, sample: str) -> None:
    doc = nlp(sample)
    for token in doc:
        for other in doc:
            lo, hi = sorted((token.i, other.i))
            plain = any(doc[k].text == ";" for k in range(lo + 1, hi))
            assert filters.clauses._across_semicolon(token, other) == plain


@pytest.mark.parametrize("sample", CLAUSE_TEXTS)
def test_cached_chains_are_the_walk(nlp, sample: str) -> None:
    doc = nlp(sample)
    for depths in ((4, 8, 6, 0, 1, 9, 12), (12, 9, 8, 6, 4, 1, 0)):
        text.doc_cache(doc).pop(filters.clauses._CHAINS_KEY, None)
        for depth in depths:
            for token in doc:
                chain = filters.clauses._chain(token, depth)
                assert chain[0] is token
                assert [t.i for t in chain] == [t.i for t in filters.clauses._walk_up(token, depth)]
    assert any(len(filters.clauses._chain(t, 8)) > 2 for t in doc)


def test_earliest_trigger_ends_answer_as_the_span_scan(nlp) -> None:
    doc = nlp("Gunmen attacked a police post on Monday. Two officers were killed. "
              "Residents protested the next day; police fired tear gas at the crowd. "
              "The attack was the deadliest this year.")
    triggers = list(doc.spans["ec_triggers"])
    labels = {None, "no_such_class", *(t.label_ for t in triggers)}
    assert len(labels) > 3
    for sent in doc.sents:
        for label in labels:
            plain = any(s.end <= sent.start and (label is None or s.label_ == label)
                        for s in triggers)
            assert filters.clauses._trigger_told_before(sent, label) == plain


PRESENCE_TEXTS = [
    *SENTENCES, *WIRE_SENTENCES,
    "Fighting in MOGADISHU on SUNDAY, 3 Sept., left the KEBELE office burnt.",
    "A raid near \u0130dlib on 4 June; the \u212aenyan troops withdrew overnight.",
    "Clashes erupted in Ta\u2019izz late on Thursday, two days after the ceasefire.",
    "Protesters gathered again, residents said.",
]


@pytest.mark.parametrize("words", [
    ["jan", "january", "June", "sept", "monday", "Sun"],
    ["retaliated", "fought back", "returned fire"],
    list("0123456789"),
    ["\u017fo", "so"],
])
def test_word_presence_answers_as_the_regex(words: list[str]) -> None:
    presence = WordPresence(words)
    regex = re.compile(literal_alternation(words, ignore_case=True), re.IGNORECASE)
    answered = 0
    for sample in PRESENCE_TEXTS + [s.upper() for s in PRESENCE_TEXTS]:
        told = presence.holds(sample)
        if told is not None:
            answered += 1
            assert told == (regex.search(sample) is not None), (words, sample)
    assert answered or not all(w.isascii() for w in words)


@pytest.mark.parametrize("sentence", PRESENCE_TEXTS)
def test_date_gates_told_by_words_find_the_same_phrases(
        sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    published = dt.date(2021, 6, 30)
    quick = dates.find_date_phrases(sentence, published)
    vocab = dates._vocab()
    assert vocab.gate_words and vocab.prefilter_words is not None
    by_regex = dataclasses.replace(vocab, gate_words={}, prefilter_words=None)
    monkeypatch.setattr(dates, "_vocab", lambda: by_regex)
    assert dates.find_date_phrases(sentence, published) == quick


@pytest.mark.parametrize("alias", ["Al-Shabaab", "al shabaab", "KDF", "Kibaki\u2019s  men",
                                   "U.S. forces", " the Mai-Mai "])
def test_kept_alias_keys_are_computed_ones(alias: str) -> None:
    from eventcoder.resolve.actors import normalise_alias

    for keep_case in (False, True):
        assert normalise_alias(alias, keep_case=keep_case) == \
            normalise_alias.__wrapped__(alias, keep_case=keep_case)


def test_group_spans_reads_the_group_once_per_doc(nlp) -> None:
    doc = nlp("Police fired tear gas at protesters who burned tyres in the market. "
              "Two officers were hurt and soldiers later arrested ten men.")
    for key in ("ec_triggers", "ec_cues", "ec_actors", "ec_places"):
        spans = text.group_spans(doc, key)
        assert spans == tuple(doc.spans[key])
        assert [s.label_ for s in spans] == [s.label_ for s in doc.spans[key]]
        assert text.group_spans(doc, key) is spans  # the same read, not a new one
    assert text.group_spans(doc, "no_such_group") == ()


def test_group_spans_reads_a_changed_group_again(nlp) -> None:
    doc = nlp("Gunmen attacked a bus near the border and killed four passengers.")
    first = text.group_spans(doc, "ec_triggers")
    doc.spans["ec_triggers"] = list(first[:1])
    assert text.group_spans(doc, "ec_triggers") == first[:1]
    other = nlp("Rebels shelled the town overnight.")
    assert text.group_spans(other, "ec_triggers") == tuple(other.spans["ec_triggers"])


def test_token_children_are_the_parse_children(nlp) -> None:
    doc = nlp("Militiamen who had crossed the river overnight burned several huts, and "
              "police later said two herders were shot dead.")
    for token in doc:
        children = text.token_children(token)
        assert children == tuple(token.children)
        assert text.token_children(token) is children  # read once per token
    other = nlp("Soldiers repelled an attack on the base.")
    assert all(text.token_children(t) == tuple(t.children) for t in other)


def test_trigger_pattern_windows_cover_a_small_part_of_a_report(nlp) -> None:
    """The windowed Matcher pays only where a token pattern can start: a pattern
    whose first word is as common as "were" (one did, briefly) stretches the
    windows over most of every text and doubles the trigger stage's cost. On the
    shipped example reports the windows cover about 12 % of the tokens; with
    "were/was" as a first word they covered 23 %."""
    matcher = nlp.get_pipe(TRIGGER_MATCHER)
    reports = Path(__file__).resolve().parent.parent / "examples" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in reports.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    covered = total = 0
    for doc in nlp.pipe(texts):
        words = doc.to_array(LOWER).tolist()
        total += len(words)
        inside: set[int] = set()
        for i, word in enumerate(words):
            if word in matcher._pattern_starts:
                inside.update(range(i, min(len(words), i + matcher._pattern_reach)))
        covered += len(inside)
    assert covered / total < 0.16, f"pattern windows cover {covered / total:.0%} of the tokens"


PARSE_TEXTS = [
    "Militants who were carrying explosives died when the device they were assembling "
    "went off near the bus station, police said on Friday.",
    "After soldiers raided the camp, the rebels retreated into the forest; residents said "
    "three homes were burnt and the army later returned.",
    "Following two weeks of fighting, the two sides signed a truce under an evacuation "
    "deal, and aid convoys reached the town in retaliation to nothing at all.",
    "Police fired tear gas as protesters marched, and the crowd torched a police post.",
]


@pytest.mark.parametrize("sample", PARSE_TEXTS)
def test_parse_table_is_the_token_attributes(nlp, sample: str) -> None:
    doc = nlp(sample)
    table = text.parse_table(doc)
    assert [t.head.i for t in doc] == table.heads
    assert [t.dep_ for t in doc] == table.deps
    assert [t.pos_ for t in doc] == table.pos
    assert [t.lower_ for t in doc] == table.lowers
    assert [tuple(c.i for c in t.children) for t in doc] == table.children
    assert any(h != i for i, h in enumerate(table.heads))


def _plain_in_context_clause(token, depth: int) -> bool:
    # the walk over Token objects, as it was written before the parse table
    from eventcoder.extract.typing_base import _CONTEXT_PREPS
    for _ in range(depth):
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONTEXT_PREPS
                                         for c in token.children):
            return True
        token = token.head
    return False


def _plain_segments(sent) -> list[tuple[int, int]]:
    cuts: set[int] = set()
    for tok in sent:
        if tok.text == ";" and tok.i + 1 < sent.end:
            cuts.add(tok.i + 1)
        elif tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and tok.head.dep_ == "ROOT":
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                if tok.left_edge.i > sent.start:
                    cuts.add(tok.left_edge.i)
    bounds = [sent.start, *sorted(c for c in cuts if sent.start < c < sent.end), sent.end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def _plain_walk_up(token, depth: int) -> list[int]:
    out = [token]
    while token.head.i != token.i and len(out) <= depth:
        if filters.clauses._across_semicolon(token, token.head):
            break
        token = token.head
        out.append(token)
    return [t.i for t in out]


@pytest.mark.parametrize("sample", PARSE_TEXTS + CLAUSE_TEXTS)
def test_parse_table_walks_are_the_token_walks(nlp, sample: str) -> None:
    from eventcoder.extract import events, typing_armed, typing_base
    doc = nlp(sample)
    found_clause = False
    for token in doc:
        for depth in (4, 6):
            plain = _plain_in_context_clause(token, depth)
            assert typing_base.in_context_clause(token, depth) == plain
            found_clause = found_clause or plain
        for depth in (1, 4, 8, 12):
            assert [t.i for t in filters.clauses._walk_up(token, depth)] == \
                _plain_walk_up(token, depth)
        span = doc[token.i:token.i + 1]
        for label in ("attack", "agreement"):
            span.label_ = label
            prep = typing_base.scene_preposition(span)
            head = token.head
            plain = None
            if token.pos_ in ("NOUN", "PROPN") or token.dep_ == "pobj":
                for _ in range(5):
                    if (head.dep_ == "prep" or head.pos_ == "ADP") and head.lower_ != "of":
                        if head.lower_ in typing_base._CONTEXT_PREPS \
                                or typing_base._names_cause(head) or (
                                    head.lower_ == "to"
                                    and head.head.lower_ in typing_base.WORDS.response_nouns):
                            plain = head.i
                        elif label == "agreement" and \
                                head.lower_ in typing_base.WORDS.framing_prepositions:
                            plain = head.i
                        break
                    head = head.head
            assert (prep.i if prep is not None else None) == plain
    for sent in doc.sents:
        assert events._segments(sent) == _plain_segments(sent)
        assert typing_armed.went_off_in_handlers_hands(sent) == any(
            t.dep_ == "relcl" and t.lower_ in typing_armed.WORDS.bomb_handling_verbs
            and t.head.dep_ in ("nsubj", "nsubjpass")
            and t.head.head.lower_ in typing_armed.WORDS.bomb_going_off_verbs for t in sent)
    if sample is PARSE_TEXTS[1]:
        assert found_clause  # "After soldiers raided the camp" is a context clause
        assert len(events._segments(doc[:])) == 2  # cut at the semicolon


def test_parse_table_walks_find_what_the_rules_look_for(nlp) -> None:
    from eventcoder.extract import typing_armed, typing_base
    bomb = nlp(PARSE_TEXTS[0])
    assert typing_armed.went_off_in_handlers_hands(bomb[:])
    truce = nlp(PARSE_TEXTS[2])
    fighting = next(t for t in truce if t.lower_ == "fighting")
    prep = typing_base.scene_preposition(truce[fighting.i:fighting.i + 1])
    assert prep is not None and prep.lower_ == "following"


def test_expanded_span_is_char_span(nlp) -> None:
    doc = nlp(PARSE_TEXTS[1])
    text.doc_cache(doc).clear()
    offsets = [(s, e) for s in range(0, len(doc.text), 3) for e in range(s, len(doc.text), 7)]
    for start, end in offsets * 2:  # the second round reads the cache
        plain = doc.char_span(start, end, alignment_mode="expand")
        kept = text.expanded_span(doc, start, end)
        if plain is None:
            assert kept is None
        else:
            assert kept is not None and (kept.start, kept.end) == (plain.start, plain.end)
    assert text.expanded_span(doc, 2, 4) is text.expanded_span(doc, 2, 4)


# Each rule of the status filter that reads the parse table instead of Tokens, with the
# status and the reason (which names the words it found) the Token reading gave.
STATUS_CASES = [
    ('Police did not fire on the crowd outside the court.',
     'fire on', 'negated', "negation 'not' on 'fire'"),
    ('The army denied that its soldiers killed the herders.',
     'killed', 'negated', "denied ('denied')"),
    ('The rebels entered the town without fighting.',
     'without fighting', 'new', 'reported as having happened'),
    ('The rebels entered the town without fighting.',
     'fighting', 'negated', "'without'"),
    ('There were no clashes in the capital on Sunday.',
     'clashes', 'negated', "'no'"),
    ('No reported death or injuries in the incident.',
     'death', 'negated', "'no'"),
    ('No reported death or injuries in the incident.',
     'injuries', 'negated', "'no' on the casualty nouns"),
    ('The rally at the stadium was free of violence.',
     'rally', 'new', 'reported as having happened'),
    ('The rally at the stadium was free of violence.',
     'violence', 'negated', "'free of'"),
    ('No one was killed in the blast at the depot.',
     'killed', 'negated', "no victims ('one')"),
    ('No one was killed in the blast at the depot.',
     'blast', 'new', 'reported as having happened'),
    ('The driver narrowly escaped death when gunmen fired at his lorry.',
     'death', 'negated', "escaped ('escaped')"),
    ('The driver narrowly escaped death when gunmen fired at his lorry.',
     'fired at', 'new', 'reported as having happened'),
    ('The death toll is likely to rise, officials said.',
     'death toll', 'hypothetical', "forecast ('is')"),
    ('Traders closed their shops ahead of possible clashes.',
     'clashes', 'hypothetical', "a possibility ('possible clashes')"),
    ('Police banned a planned march in the city centre.',
     'march', 'plan', "'planned march'"),
    ('The militants could attack the camp again, a commander warned.',
     'attack', 'hypothetical', "modal 'could'"),
    ('If fighting breaks out, aid workers will leave the area.',
     'fighting', 'hypothetical', "condition 'If'"),
    ('The rebels will attack the town tomorrow, a spokesman said.',
     'attack', 'plan', "future 'will'"),
    ('The group launched an offensive to capture the airport.',
     'offensive', 'new', 'reported as having happened'),
    ('The group launched an offensive to capture the airport.',
     'capture', 'plan', "'to capture' (purpose or intention)"),
    ('The militia vowed to attack the base before the election.',
     'attack', 'plan', "'to attack' (purpose or intention)"),
    ('The minister condemned the attack on the convoy.',
     'attack', 'background', "referred to ('condemned')"),
    ('Police claimed to have seized a cache of guns in the raid.',
     'seized a cache', 'new', 'reported as having happened'),
    ('Police claimed to have seized a cache of guns in the raid.',
     'seized', 'new', 'reported as having happened'),
    ('Police claimed to have seized a cache of guns in the raid.',
     'raid', 'background', "referred to ('claimed'), clauses up"),
    ('Villagers claimed that the police beat them at the market.',
     'beat', 'new', 'reported as having happened'),
    ('Killings attributed to the sect continued in the north.',
     'Killings', 'new', 'reported as having happened'),
    ('Gunmen often attack travellers on the road to the border.',
     'attack', 'habitual', "'often'"),
    ('The region has for years been torn by fighting between two cartels.',
     'fighting', 'habitual', "under 'torn' held for a long time"),
    ('The bandits, who had been accused of the raid, were shot dead by police.',
     'raid', 'background', "referred to ('accused')"),
    ('The bandits, who had been accused of the raid, were shot dead by police.',
     'shot dead', 'new', 'reported as having happened'),
    ('The bandits, who had been accused of the raid, were shot dead by police.',
     'shot', 'new', 'reported as having happened'),
    ('Residents said the soldiers were not involved in the looting of the shops.',
     'looting', 'negated', "negation 'not' on 'involved'"),
    ('Officials feared that more protests would follow the arrests.',
     'protests', 'hypothetical', "forecast ('feared')"),
    ('Officials feared that more protests would follow the arrests.',
     'arrests', 'hypothetical', "forecast ('feared')"),
    ('The rebels threatened an attack on the town.',
     'attack', 'plan', "governed by 'threatened'"),
    ('Plans for an offensive on the port were announced on Monday.',
     'offensive', 'plan', "governed by 'Plans'"),
    ('Police are going to arrest the organisers of the march.',
     'arrest', 'plan', "'to arrest' (purpose or intention)"),
    ('Police are going to arrest the organisers of the march.',
     'march', 'new', 'reported as having happened'),
]


@pytest.mark.parametrize("text, trigger, status, reason", STATUS_CASES)
def test_status_rules_read_from_the_parse_table(nlp, text: str, trigger: str, status: str,
                                                reason: str) -> None:
    doc = nlp(text)
    found = {}
    for sent in doc.sents:
        cues = filters.StatusCues.for_sentence(doc, sent, [
            c for c in doc.spans[CUE_GROUP] if c.start >= sent.start and c.end <= sent.end])
        for span in doc.spans[TRIGGER_GROUP]:
            if sent.start <= span.start < sent.end:
                found[span.text] = filters.status_of_trigger(doc, span, cues,
                                                             dt.date(2021, 5, 10))
    assert found[trigger] == (status, reason)


def test_pipeline_freezes_the_loaded_model_once(monkeypatch) -> None:
    frozen: list[int] = []
    pipeline._freeze_loaded_state.cache_clear()
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    for _ in range(2):
        list(pipeline.code_articles([pipeline.make_article("Gunmen attacked a bus.")]))
    assert frozen == [1]


# Sentences for the attribute ruler's patterns: tag-map patterns on every token, word
# exceptions ("gets", "got", "not"), dependency patterns ("it" as subject or object,
# auxiliaries, expletive "there is"), and the two-token and regex ones ("gonna", "gotta",
# "let's", "y'all", "ain't", "nothin'").
RULER_TEXTS = [
    *TEXTS,
    "There is no sign that it will end; police said they don't know who did it.",
    "Y'all ain't gonna believe it, the trader said: nothin' was left after the looters "
    "got in, and we gotta rebuild. Let's hope the police come back.",
    "  Two   officers were hurt.\n\nThe crowd, which had gathered since dawn, dispersed.",
    "",
]


@pytest.mark.parametrize("sample", RULER_TEXTS)
def test_attribute_ruler_lookups_match_as_the_matcher(sample: str) -> None:
    from eventcoder.attribute_rules import fast_match
    from eventcoder.nlp import load_base_model

    base = load_base_model()
    ruler = base.get_pipe("attribute_ruler")
    fast = fast_match(ruler)
    assert fast is not None  # the packaged model's patterns all compile
    before = base.pipe_names[:base.pipe_names.index("attribute_ruler")]
    with base.select_pipes(enable=before):
        doc = base(sample)
    assert fast(doc) == ruler.match(doc)


def test_the_pipeline_ruler_uses_the_lookups_and_annotates_alike(nlp) -> None:
    from eventcoder.nlp import load_base_model

    # (both methods replaced on the pipeline's ruler, the bare model's left as they are)
    assert {"match", "set_annotations"} <= set(vars(nlp.get_pipe("attribute_ruler")))
    base = load_base_model()
    for sample in RULER_TEXTS:
        ours, theirs = nlp(sample), base(sample)
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in ours] == \
            [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in theirs]


def test_a_ruler_pattern_outside_the_lookups_keeps_the_matcher() -> None:
    import spacy

    from eventcoder.attribute_rules import fast_match

    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN", "OP": "+"}]], {"POS": "NOUN"})
    assert fast_match(ruler) is None


ARRAY_TEXTS = [
    "NAIROBI, Kenya -  Two  officers were hurt\n\nwhen youths stoned their car in Kibera.",
    "Rebels  shelled the\tvillage of Ménaka ; residents fled .",
    "",
    " ",
]


@pytest.mark.parametrize("sample", ARRAY_TEXTS)
def test_doc_text_and_token_table_read_from_arrays_are_the_tokens(nlp, sample: str) -> None:
    from eventcoder.extract.places import _TokenTable
    doc = nlp(sample)
    words, spaces = text.token_texts(doc)
    assert words == [t.text for t in doc]
    assert spaces == [1 if t.whitespace_ else 0 for t in doc]
    assert text.doc_text(doc) == doc.text == sample
    table = _TokenTable.of(doc)
    assert table.lowers == [t.lower_ for t in doc]
    assert table.spaces == [t.whitespace_ for t in doc]
    assert table.sent_starts == [bool(t.is_sent_start) for t in doc]


def test_context_words_read_from_the_parse_table_are_the_token_walk(nlp) -> None:
    from eventcoder.extract import actor_sides
    from eventcoder.resolve.actors import load_actor_words
    words = load_actor_words()
    doc = nlp("A village elder and two clan elders were shot near the cattle market by "
              "gunmen who raided the district hospital.")
    sent = doc[:]
    for heads, found in ((words.person_titles, actor_sides._titles_qualifiers(sent)),
                         (words.facility_heads, actor_sides._facility_qualifiers(sent))):
        walked = [(t.idx, t.idx + len(t.text)) for t in sent
                  if t.dep_ in ("compound", "amod") and t.head.lower_ in heads]
        assert found == walked
    assert actor_sides._titles_qualifiers(sent) and actor_sides._facility_qualifiers(sent)


def test_gazetteer_entries_by_id_are_read_once() -> None:
    from eventcoder.resolve.gazetteer import get_gazetteer
    gaz = get_gazetteer()
    gid = next(iter(gaz.countries.values()))[2]
    first = gaz.get(gid)
    assert first is not None and first == gaz._get(gid)
    assert gaz.get(gid) is first  # kept, not queried again
    assert gaz.get(-987654321) is None and gaz.get(-987654321) is None
