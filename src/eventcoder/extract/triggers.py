"""Trigger matcher: marks the words that report events, and the context cues
that steer their type and status.

``TRIGGER_MATCHER = "eventcoder_triggers"`` is the spaCy factory name. The
component writes two span groups on the Doc:

- ``doc.spans["ec_triggers"]``: event words; ``label_`` is a trigger class of
  ``data/triggers.yaml`` (``air_strike``, ``kill``, ``protest``...).
- ``doc.spans["ec_cues"]``: context words; ``label_`` is a cue class
  (``state_forces``, ``aircraft_cue``, ``negation``...).
- ``doc.spans["ec_harm"]``: the harm words outside the trigger lexicon (an
  illness, a death from old age, a robbery, a coup); ``label_`` is the kind
  (attack, die or injure). ``harm_mentions(doc)`` adds the trigger matches of
  the classes that report harm: all the attack/die/injure mentions,
  KAIROS-style. Detection only: no later stage reads them as triggers, so they
  make no ACLED event.

Matching uses lower-cased tokens (the lemmatizer is disabled for speed), so the
lexicon lists inflections, with a small brace syntax to keep it readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import srsly
import yaml
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from eventcoder.extract.spelling import SpellingSettings, TypoReader, settings_from
from eventcoder.text import group_spans

__all__ = [
    "CUE_GROUP",
    "HARM_GROUP",
    "HarmLexicon",
    "harm_mentions",
    "TRIGGER_GROUP",
    "TRIGGER_MATCHER",
    "TriggerClass",
    "TriggerLexicon",
    "TriggerMatcher",
    "READ_AS",
    "read_as",
    "read_text",
    "as_read",
    "correctable_words",
    "trigger_word_forms",
    "Relation",
    "GatedPhrases",
    "expand_braces",
    "load_lexicon",
]

TRIGGER_MATCHER = "eventcoder_triggers"
TRIGGER_GROUP = "ec_triggers"
CUE_GROUP = "ec_cues"
HARM_GROUP = "ec_harm"
_HARM_LABEL = "harm:"  # PhraseMatcher labels of the harm words: "harm:die"
# Doc.user_data key: {token index: the lexicon word a misspelt token was read as}
READ_AS = "ec_read_as"

_BRACES = re.compile(r"\{([^{}]*)\}")


def expand_braces(text: str) -> list[str]:
    """Expand ``shell{,s,ed}`` into ``shell, shells, shelled`` (recursively)."""
    match = _BRACES.search(text)
    if match is None:
        return [" ".join(text.split())]
    out: list[str] = []
    for alternative in match.group(1).split(","):
        out.extend(expand_braces(text[: match.start()] + alternative + text[match.end():]))
    return [t for t in out if t]


@dataclass(frozen=True, slots=True)
class TriggerClass:
    name: str
    sub_event_type: str  # an ACLED sub-event type name, or "generic"
    strength: float
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Relation:
    """A trigger made by a cue verb governing a cue noun ("seized ... weapons")."""

    trigger_class: str
    verbs: str  # cue class of the verb
    objects: str  # cue class of the noun
    # "object": the noun is what the verb acts on; "subject": the noun is the
    # verb's subject ("two drones ... struck a depot": the weapon that struck);
    # "patient": an object, or the noun a reduced passive participle qualifies
    # ("militiamen targeted by police": the militiamen were targeted)
    role: str = "object"
    # cue classes one of which a passive's agent ("by ...") must hold, when the
    # verb has one ("targeted by gunmen", not "targeted by a smear campaign")
    agents: tuple[str, ...] = ()
    # trigger classes whose match anywhere in the document makes the relation
    # none: in a story of a blast or a strike, "targeted" tells whom the weapon
    # was aimed at ("the drone had targeted a military unit"), not a second act
    not_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GatedPhrases:
    """Words that report an event of ``trigger_class`` only in a document that
    names that kind of event elsewhere: a bare "strikes" is a run of air strikes
    in a story about drone strikes, a labour strike in a story about wages."""

    trigger_class: str
    phrases: tuple[str, ...]
    pos: frozenset[str]  # the coarse tags the match's root may have ("NOUN")
    needs_class_in_doc: frozenset[str]  # another match of one of these classes
    not_inside: frozenset[str]  # dropped inside a match of these ("hunger strike")
    not_after: frozenset[str]  # dropped after these words ("teachers' strike")
    not_before: frozenset[str]  # dropped before these words ("strike force")


@dataclass(frozen=True, slots=True)
class HarmLexicon:
    """Which matches are harm mentions (attack, die, injure), whatever ACLED
    makes of them: trigger classes by kind, and harm words by kind."""

    classes: dict[str, str] = field(default_factory=dict)  # trigger class -> kind
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind -> phrases
    not_before: tuple[tuple[str, ...], ...] = ()  # "conflict of interest"


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    triggers: dict[str, TriggerClass]
    cues: dict[str, tuple[str, ...]]
    patterns: dict[str, list[list[dict[str, Any]]]]
    relations: tuple[Relation, ...] = ()
    exclude_exact: dict[str, frozenset[str]] = field(default_factory=dict)
    # A match followed by one of these words is a modifier, not an event:
    # "riot gear", "riot police"; a "class:phrase" or "class:phrase next-word" key:
    # that phrase (and word), then within a few words one of these ("fighting
    # terrorism", "died of ... cancer").
    exclude_followed_by: dict[str, frozenset[str]] = field(default_factory=dict)
    # A match (trigger or cue) right after one of these words is negated by it:
    # "non-violent protesters" are not violent ("non-" is matched as "non -").
    exclude_preceded_by: dict[str, frozenset[str]] = field(default_factory=dict)
    gated: tuple[GatedPhrases, ...] = ()
    harm: HarmLexicon = field(default_factory=HarmLexicon)
    # Cue classes dropped where the cue is part of a longer trigger phrase: the
    # "outbreak" of "an outbreak of violence" is no epidemic.
    cues_inside_triggers_dropped: frozenset[str] = frozenset()
    # when a misspelt word is read as the lexicon word it is one edit from
    spelling: SpellingSettings = field(default_factory=SpellingSettings)
    # Trigger classes dropped where the match lies inside a longer trigger of
    # another class ("driven back by troops" is a fight, no ground regained).
    triggers_inside_longer_dropped: frozenset[str] = frozenset()


def _parse_harm(data: dict[str, Any] | None) -> HarmLexicon:
    if not data:
        return HarmLexicon()
    return HarmLexicon(
        {str(k): str(v) for k, v in (data.get("classes") or {}).items()},
        {str(kind): tuple(dict.fromkeys(p for raw in raws for p in expand_braces(raw)))
         for kind, raws in (data.get("words") or {}).items()},
        tuple(tuple(str(p).lower().split()) for p in data.get("not_before") or ()),
    )


def _parse(data: dict[str, Any]) -> TriggerLexicon:
    triggers: dict[str, TriggerClass] = {}
    for name, spec in data["triggers"].items():
        phrases = tuple(dict.fromkeys(p for raw in spec["phrases"] for p in expand_braces(raw)))
        triggers[name] = TriggerClass(
            name, spec["sub_event_type"], float(spec["strength"]), phrases
        )
    cues = {
        name: tuple(dict.fromkeys(p for raw in raws for p in expand_braces(raw)))
        for name, raws in data["cues"].items()
    }
    patterns = {name: list(pats) for name, pats in (data.get("patterns") or {}).items()}
    relations = tuple(
        Relation(r["trigger_class"], r["verbs"], r["objects"], r.get("role", "object"),
                 tuple(r.get("agents") or ()), tuple(r.get("not_with") or ()))
        for r in data.get("relations") or ()
    )
    exclude = {k: frozenset(v) for k, v in (data.get("exclude_exact") or {}).items()}
    followed = {
        k: frozenset(w.lower() for w in v)
        for k, v in (data.get("exclude_followed_by") or {}).items()
    }
    preceded = {
        k: frozenset(w.lower() for w in v)
        for k, v in (data.get("exclude_preceded_by") or {}).items()
    }
    gated = tuple(
        GatedPhrases(
            g["trigger_class"],
            tuple(dict.fromkeys(p for raw in g["phrases"] for p in expand_braces(raw))),
            frozenset(g.get("pos") or ()),
            frozenset(g.get("needs_class_in_doc") or ()),
            frozenset(g.get("not_inside") or ()),
            frozenset(str(w).lower() for w in g.get("not_after") or ()),
            frozenset(str(w).lower() for w in g.get("not_before") or ()),
        )
        for g in data.get("gated") or ()
    )
    return TriggerLexicon(triggers, cues, patterns, relations, exclude, followed, preceded,
                          gated, _parse_harm(data.get("harm")),
                          frozenset(data.get("cues_inside_triggers_dropped") or ()),
                          settings_from(data.get("misspellings")),
                          frozenset(data.get("triggers_inside_longer_dropped") or ()))


def _cue_preceded(doc: Doc, start: int, end: int, label: str,
                  preceded: dict[str, frozenset[str]]) -> bool:
    """Is the cue preceded by a word that undoes it, for its class or for that
    phrase of its class ("identity_group:kisii" after "in": the town, not the people)?"""
    before = _preceding_word(doc, start)
    return before in preceded.get(label, ()) or before in preceded.get(
        f"{label}:{doc[start:end].text.lower()}", ())


def _preceding_word(doc: Doc, start: int) -> str:
    """The word before a match; a hyphenated prefix reads "non-"."""
    if start == 0:
        return ""
    prev = doc[start - 1]
    if prev.text == "-" and start >= 2 and not doc[start - 2].whitespace_:
        return doc[start - 2].lower_ + "-"
    return prev.lower_


# How many words after a match (or after the word a key names next) may name what
# it is aimed at ("fighting global terrorism", "died of a sudden heart attack").
_OBJECT_REACH = 3


def _aimed_at_listed(doc: Doc, start: int, end: int, label: str,
                     followed: dict[str, frozenset[str]]) -> bool:
    """Whether a keyed entry of exclude_followed_by names this match and, within a
    few words of the same clause after it, one of the entry's words follows: a
    "class:phrase next-word" key ("kill:died of": "died of cancer") reads after that
    next word, a "class:phrase" key ("armed_clash:fighting": "fighting terrorism",
    "fighting against corruption") right after the match, one word further."""
    if end >= len(doc):
        return False
    phrase = f"{label}:{doc[start:end].text.lower()}"
    listed = followed.get(f"{phrase} {doc[end].lower_}")
    first = end + 1
    if not listed:
        listed, first = followed.get(phrase), end
    if not listed:
        return False
    for token in doc[first:first + _OBJECT_REACH + (first == end)]:
        if token.is_punct and token.text != "-":
            return False
        if token.lower_ in listed:
            return True
    return False


def _phrase_indices(noun: Token) -> list[int]:
    """A noun's phrase without its relative clauses: "a chief whose men
    planted mines" is not a weapon seized."""
    out = [noun.i]
    for child in noun.children:
        if child.dep_ != "relcl":
            out.extend(_phrase_indices(child))
    return out


def _qualified_noun_indices(verb: Token) -> list[int]:
    """The noun a past participle qualifies as a reduced passive ("suspects
    targeted by police"), with its compounds and modifiers but not the
    participle's own phrase (its agent is the doer, not the one acted on)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return []
    noun = verb.head
    return [noun.i] + [c.i for c in noun.children
                       if c.dep_ in ("compound", "amod") and c.i != verb.i]


def _doer_indices(verb: Token) -> list[int]:
    """What does a verb's act: its active subject's phrase, or the noun an
    active participle qualifies ("explosions targeted soldiers", "a raid
    targeting homes")."""
    subjects = [i for c in verb.children if c.dep_ == "nsubj" for i in _phrase_indices(c)]
    if verb.dep_ in ("acl", "relcl") and not subjects:
        subjects.append(verb.head.i)
    return subjects


def _agent_is_one_of(verb: Token, classes: tuple[str, ...],
                     by_cue: dict[str, list[Span]]) -> bool:
    """Whether the verb's passive agent, if it has one, holds a cue of one of
    ``classes`` (true where it names no agent)."""
    agents = [i for c in verb.children if c.dep_ == "agent"
              for g in c.children for i in _phrase_indices(g)]
    if not agents:
        return True
    cue_tokens = {i for cls in classes for s in by_cue.get(cls, ())
                  for i in range(s.start, s.end)}
    return any(i in cue_tokens for i in agents)


def _restates_an_act(verb: Token) -> bool:
    """An -ing participle with no subject of its own ("gunmen opened fire on the
    bus, targeting non-locals"; "a blast ..., targeting soldiers") tells whom
    the act of its clause was aimed at, not an act of its own."""
    return verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children)


_PARTITIVE_PRONOUNS = frozenset({"them", "these", "those"})


def _subject_indices(verb: Token, nouns: set[int]) -> list[int]:
    """The token indices of a verb's active subject (a conjunct verb shares its
    head's). A partitive subject stands for its whole: "several of the drones"
    names drones, and "two of them" the nearest noun of ``nouns`` before it in
    the sentence ("shot down drones after two of them struck a depot")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    out: list[int] = []
    for subject in subjects:
        out.extend(_phrase_indices(subject))
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
            for whole in prep.children:
                if whole.lower_ in _PARTITIVE_PRONOUNS:
                    out.extend(_antecedent_indices(whole, nouns))
    return out


def _antecedent_indices(pronoun: Token, nouns: set[int]) -> list[int]:
    """The nearest token of ``nouns`` before a pronoun in its sentence."""
    sentence_start = pronoun.sent.start
    for i in range(pronoun.i - 1, sentence_start - 1, -1):
        if i in nouns:
            return [i]
    return []


def _pattern_scope(
    patterns: dict[str, list[list[dict[str, Any]]]], vocab: Any
) -> tuple[frozenset[int] | None, int]:
    """The LOWER ids a token pattern can start with and one more than the
    longest pattern's length; ``None`` when a pattern may start on any word or
    has no fixed longest length (then the Matcher runs over the whole Doc)."""
    starts: list[int] = []
    longest = 0
    for pattern in (p for pats in patterns.values() for p in pats):
        first = pattern[0] if pattern else None
        if not isinstance(first, dict) or list(first) != ["LOWER"]:
            return None, 0
        value = first["LOWER"]
        if isinstance(value, str):
            starts.append(vocab.strings.add(value))
        elif isinstance(value, dict) and list(value) == ["IN"]:
            starts.extend(vocab.strings.add(str(word)) for word in value["IN"])
        else:
            return None, 0
        if any(spec.get("OP", "1") not in ("1", "?", "!") for spec in pattern):
            return None, 0  # "*", "+", "{n,m}": no fixed longest length
        longest = max(longest, len(pattern))
    return frozenset(starts), longest + 1


@cache
def load_lexicon(path: str | None = None) -> TriggerLexicon:
    """The trigger lexicon (the packaged one unless ``path`` names another file)."""
    if path is None:
        text = resources.files("eventcoder").joinpath("data/triggers.yaml").read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    data = yaml.safe_load(text)
    spelling = data.get("misspellings") or {}
    if spelling.get("english_file"):
        # (the English words near trigger words live in a file of their own)
        listed = resources.files("eventcoder").joinpath("data", spelling["english_file"])
        words = yaml.safe_load(listed.read_text("utf-8")) or {}
        spelling["english"] = [*(spelling.get("english") or ()), *(words.get("words") or ())]
    return _parse(data)


def trigger_word_forms(lexicon: TriggerLexicon) -> set[str]:
    """The words of the trigger phrases that typo tolerance reads misspellings of."""
    shortest = lexicon.spelling.min_letters
    return {word for cls in lexicon.triggers.values() for phrase in cls.phrases
            for word in phrase.lower().split() if len(word) >= shortest and word.isalpha()}


def correctable_words(lexicon: TriggerLexicon) -> set[str]:
    """Every word typo tolerance reads misspellings of: the trigger words and the
    common actor words of ``misspellings.actor_words``."""
    return trigger_word_forms(lexicon) | set(lexicon.spelling.actor_words)


def as_read(doc: Doc) -> Doc:
    """The Doc with its misspelt words replaced by the words they were read as: same
    tokens, so that phrase matches found on it index the original Doc."""
    corrected: dict[int, str] = doc.user_data.get(READ_AS) or {}
    if not corrected:
        return doc
    return Doc(doc.vocab, words=[corrected.get(t.i, t.text) for t in doc],
               spaces=[bool(t.whitespace_) for t in doc])


def read_text(span: Span) -> str:
    """A span's text with its misspelt words as they were read ("polie officers" ->
    "police officers"), for looking its words up in a dictionary."""
    corrected: dict[int, str] = span.doc.user_data.get(READ_AS) or {}
    if not corrected or not any(span.start <= i < span.end for i in corrected):
        return span.text
    words = [corrected.get(t.i, t.text) for t in span]
    return "".join(w + t.whitespace_ for w, t in zip(words[:-1], span[:-1], strict=True))\
        + words[-1]


def read_as(span: Span) -> dict[str, str]:
    """The misspelt words of a span and the lexicon words they were read as."""
    corrected: dict[int, str] = span.doc.user_data.get(READ_AS) or {}
    return {span.doc[i].text: form for i, form in corrected.items()
            if span.start <= i < span.end}


def harm_mentions(doc: Doc, lexicon: TriggerLexicon | None = None) -> list[Span]:
    """Every attack/die/injure mention the matcher marked (``label_`` the kind):
    the trigger matches of the harm classes and the harm words, the longest
    where they overlap, read from the span groups already on the Doc (the
    pipeline lists them in ``CodedDocument.harm``)."""
    kinds = (lexicon or load_lexicon()).harm.classes
    # (the trigger group read through group_spans: the event stage has read it already)
    spans = [Span(doc, t.start, t.end, label=kinds[t.label_])
             for t in group_spans(doc, TRIGGER_GROUP) if t.label_ in kinds]
    spans += list(doc.spans.get(HARM_GROUP, ()))
    return sorted(filter_spans(spans), key=lambda s: (s.start, s.end))


@Language.factory(TRIGGER_MATCHER, default_config={"lexicon_path": None})
def make_trigger_matcher(nlp: Language, name: str, lexicon_path: str | None) -> TriggerMatcher:
    return TriggerMatcher(nlp, name=name, lexicon_path=lexicon_path)


class TriggerMatcher:
    """PhraseMatcher (lower-case) plus token patterns over the trigger lexicon."""

    def __init__(self, nlp: Language, *, name: str = TRIGGER_MATCHER,
                 lexicon_path: str | None = None) -> None:
        self.name = name
        self.lexicon_path = lexicon_path
        self._nlp = nlp
        self._build(load_lexicon(lexicon_path))

    def _build(self, lexicon: TriggerLexicon) -> None:
        self.lexicon = lexicon
        vocab = self._nlp.vocab
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.cue_phrases = PhraseMatcher(vocab, attr="LOWER")
        self.matcher = Matcher(vocab)
        make = self._nlp.make_doc
        for cls in lexicon.triggers.values():
            self.phrases.add(cls.name, [make(p) for p in cls.phrases])
        # (one PhraseMatcher pass finds the triggers and the harm words)
        for kind, phrases in lexicon.harm.words.items():
            self.phrases.add(_HARM_LABEL + kind, [make(p) for p in phrases])
        for cue, phrases in lexicon.cues.items():
            self.cue_phrases.add(cue, [make(p) for p in phrases])
        for cls_name, pats in lexicon.patterns.items():
            self.matcher.add(cls_name, pats)
        self.gated_phrases = PhraseMatcher(vocab, attr="LOWER")
        for index, gate in enumerate(lexicon.gated):
            self.gated_phrases.add(f"gated:{index}", [make(p) for p in gate.phrases])
        self._pattern_starts, self._pattern_reach = _pattern_scope(lexicon.patterns, vocab)
        self._trigger_names = set(lexicon.triggers)
        self._preceded_cue_ids = {vocab.strings.add(key.split(":", 1)[0])
                                  for key in lexicon.exclude_preceded_by
                                  if key.split(":", 1)[0] in lexicon.cues}
        # the classes with "class:phrase" keys (most have none: no phrase text to build)
        self._phrase_keyed = {key.split(":", 1)[0] for key in lexicon.exclude_preceded_by
                              if ":" in key}
        self._harm_kinds = lexicon.harm.classes
        # the classes with keyed entries ("class:phrase ...") of exclude_followed_by
        self._followed_keyed = {key.split(":", 1)[0] for key in lexicon.exclude_followed_by
                                if ":" in key}
        self._typos: TypoReader | None = None
        if lexicon.spelling.enabled:
            # the model's vocabulary, as loaded, and the listed words stand for English
            english = {s.lower() for s in vocab.strings if s.isalpha()}
            self._typos = TypoReader(correctable_words(lexicon), english, lexicon.spelling)

    def _misspelt(self, doc: Doc) -> dict[int, str]:
        """Token index -> the lexicon word it misspells (names, capitalised inside
        a sentence, are left alone)."""
        reader = self._typos
        if reader is None:
            return {}
        shortest = reader.settings.min_letters
        english = reader.english
        found: dict[int, str] = {}
        for token in doc:
            word = token.lower_
            if len(word) < shortest or word in english or not token.is_alpha:
                continue
            if token.is_title and not token.is_sent_start:
                continue
            form = reader.read_as(word)
            if form is not None:
                found[token.i] = form
        return found

    def __call__(self, doc: Doc) -> Doc:
        vocab_strings = doc.vocab.strings
        by_label: dict[str, list[Span]] = {}
        exclude = self.lexicon.exclude_exact
        followed = self.lexicon.exclude_followed_by
        preceded = self.lexicon.exclude_preceded_by
        harm_words: list[Span] = []
        corrected = self._misspelt(doc)
        if corrected:
            doc.user_data[READ_AS] = corrected
        read = as_read(doc)
        for match_id, start, end in self.phrases(read):
            label = vocab_strings[match_id]
            if label.startswith(_HARM_LABEL):
                if not self._harm_excluded(doc, end):
                    harm_words.append(Span(doc, start, end, label=label[len(_HARM_LABEL):]))
                continue
            if label in exclude and start > 0 and doc[start:end].text in exclude[label]:
                continue
            if label in followed and end < len(doc) and doc[end].lower_ in followed[label]:
                continue
            # ("armed_clash:fight": a fight against terrorism) a cause opposed,
            # no foe; ("kill:died of": "died of cancer") no one killed
            if label in self._followed_keyed and _aimed_at_listed(doc, start, end, label,
                                                                   followed):
                if label in self._harm_kinds:
                    # (still a harm mention, KAIROS-style: a death by illness is a
                    # death, and RAMS marks "the fight against IS" as an attack)
                    harm_words.append(Span(doc, start, end, label=self._harm_kinds[label]))
                continue
            if label in preceded and _preceding_word(doc, start) in preceded[label]:
                continue
            # ("kill:body": one phrase of a class) "a new body", "the governing body"
            if label in self._phrase_keyed:
                phrase_key = f"{label}:{doc[start:end].text.lower()}"
                if phrase_key in preceded and _preceding_word(doc, start) in preceded[phrase_key]:
                    continue
            by_label.setdefault(label, []).append(Span(doc, start, end, label=label))
        for match_id, start, end in self._token_pattern_matches(doc):
            label = vocab_strings[match_id]
            if label in self._trigger_names:
                by_label.setdefault(label, []).append(Span(doc, start, end, label=label))
        if self.lexicon.gated:
            self._add_gated(doc, by_label)
        cue_matches = self.cue_phrases(read)
        if self._preceded_cue_ids:  # "non-violent": drop the negated cue
            cue_matches = [
                (match_id, start, end) for match_id, start, end in cue_matches
                if match_id not in self._preceded_cue_ids
                or not _cue_preceded(doc, start, end, vocab_strings[match_id], preceded)
            ]
        cues = [Span(doc, start, end, label=match_id) for match_id, start, end in cue_matches]
        for span in self._relation_triggers(doc, cues, by_label):
            by_label.setdefault(span.label_, []).append(span)
        triggers: list[Span] = []
        # Within a class keep the longest match ("roadside bomb" over "bomb");
        # classes may overlap each other: the typing stage weighs them.
        for spans in by_label.values():
            triggers.extend(filter_spans(spans))
        triggers.sort(key=lambda s: (s.start, -s.end))
        if self.lexicon.triggers_inside_longer_dropped:
            triggers = self._without_triggers_inside_longer(triggers)
        if self.lexicon.cues_inside_triggers_dropped and triggers:
            cues = self._without_cues_inside_triggers(cues, triggers)
        doc.spans[TRIGGER_GROUP] = triggers
        doc.spans[CUE_GROUP] = cues
        doc.spans[HARM_GROUP] = filter_spans(harm_words) if harm_words else []
        return doc

    def _without_triggers_inside_longer(self, triggers: list[Span]) -> list[Span]:
        """The triggers, less those of the listed classes that lie inside a
        longer trigger phrase of another class."""
        dropped = self.lexicon.triggers_inside_longer_dropped
        return [t for t in triggers if t.label_ not in dropped or not any(
            o.label_ != t.label_ and o.start <= t.start and t.end <= o.end
            and o.end - o.start > t.end - t.start for o in triggers)]

    def _without_cues_inside_triggers(self, cues: list[Span], triggers: list[Span]
                                      ) -> list[Span]:
        """The cues, less those of the listed classes that lie inside a longer
        trigger phrase ("an outbreak of violence", "a weapons factory") or are a
        trigger used as a verb ("a group storms the party office": no weather)."""
        dropped = self.lexicon.cues_inside_triggers_dropped
        return [c for c in cues if c.label_ not in dropped or not any(
            t.start <= c.start and c.end <= t.end and (
                t.end - t.start > c.end - c.start or c.root.pos_ == "VERB")
            for t in triggers)]

    def _harm_excluded(self, doc: Doc, end: int) -> bool:
        """A harm word followed by words that make it something else
        ("a conflict of interest")."""
        for words in self.lexicon.harm.not_before:
            if end + len(words) <= len(doc) and all(
                    doc[end + i].lower_ == word for i, word in enumerate(words)):
                return True
        return False


    def _add_gated(self, doc: Doc, by_label: dict[str, list[Span]]) -> None:
        """The gated words whose document names their kind of event elsewhere."""
        matches = self.gated_phrases(doc)
        if not matches:
            return
        gates = self.lexicon.gated
        found: list[Span] = []
        for match_id, start, end in matches:
            gate = gates[int(doc.vocab.strings[match_id].partition(":")[2])]
            span = Span(doc, start, end, label=gate.trigger_class)
            if gate.pos and span.root.pos_ not in gate.pos:
                continue  # "to strike the town": the verb has too many senses
            if any(o.start < end and start < o.end for cls in gate.not_inside
                   for o in by_label.get(cls, ())):
                continue
            if _preceding_word(doc, start) in gate.not_after or (
                    end < len(doc) and doc[end].lower_ in gate.not_before):
                continue
            # (the gate's own class counts only where it matched outside the word)
            if not any(not (o.start <= start and end <= o.end)
                       for cls in gate.needs_class_in_doc for o in by_label.get(cls, ())):
                continue
            found.append(span)
        for span in found:
            by_label.setdefault(span.label_, []).append(span)

    def _token_pattern_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``self.matcher(doc)``, run only over the stretches where a pattern can
        start (the Matcher tries every pattern at every token, a Python call per
        word list). Stretches further apart than a pattern's length come out in
        the order the whole-Doc run gives: same matches, same order."""
        if self._pattern_starts is None:
            return self.matcher(doc)  # type: ignore[no-any-return]
        reach = self._pattern_reach
        can_start = self._pattern_starts
        starts = [i for i, word in enumerate(doc.to_array(LOWER).tolist()) if word in can_start]
        out: list[tuple[int, int, int]] = []
        i = 0
        while i < len(starts):
            first = last = starts[i]
            i += 1
            while i < len(starts) and starts[i] <= last + reach:
                last = starts[i]
                i += 1
            window = doc[first : min(len(doc), last + reach)]
            out.extend((key, start + first, end + first)
                       for key, start, end in self.matcher(window))
        return out

    def _relation_triggers(self, doc: Doc, cues: list[Span],
                           by_label: dict[str, list[Span]]) -> list[Span]:
        """Trigger spans from verb-object relations over the cue spans."""
        if not self.lexicon.relations:
            return []
        trigger_tokens: set[int] | None = None
        by_cue: dict[str, list[Span]] = {}
        for span in cues:
            by_cue.setdefault(span.label_, []).append(span)
        out: list[Span] = []
        for rel in self.lexicon.relations:
            verbs = by_cue.get(rel.verbs)
            objects = by_cue.get(rel.objects)
            if not verbs or not objects or any(by_label.get(c) for c in rel.not_with):
                continue
            object_tokens = {i for s in objects for i in range(s.start, s.end)}
            for verb_span in verbs:
                verb = verb_span.root
                if rel.role == "subject":
                    if any(i in object_tokens for i in _subject_indices(verb, object_tokens)):
                        out.append(Span(doc, verb_span.start, verb_span.end,
                                        label=rel.trigger_class))
                    continue
                # A subject is what the verb acts on only where nothing else
                # is ("a new checkpoint opened"): "the bomb destroyed the pub"
                # names the weapon that was used, not one that was destroyed.
                transitive = any(c.dep_ == "dobj" for c in verb.children)
                governed = [c for c in verb.children
                            if c.dep_ in ("dobj", "nsubjpass", "attr", "pobj")
                            or c.dep_ == "nsubj" and not transitive]
                # "were found and cleared": the conjunct shares the subject.
                if verb.dep_ == "conj":
                    governed += [c for c in verb.head.children
                                 if c.dep_ in ("nsubjpass", "dobj")]
                # "the seizure of weapons": a noun with an "of" object.
                governed += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children]
                indices = [i for g in governed for i in _phrase_indices(g)]
                if rel.role == "patient":
                    # "roadside explosions targeted soldiers", "an attack targeting
                    # a church": the act is the trigger already named as the doer
                    if trigger_tokens is None:
                        trigger_tokens = {i for spans in by_label.values()
                                          for s in spans for i in range(s.start, s.end)}
                    if _restates_an_act(verb) or any(
                            i in trigger_tokens for i in _doer_indices(verb)):
                        continue
                    indices += _qualified_noun_indices(verb)
                if rel.agents and not _agent_is_one_of(verb, rel.agents, by_cue):
                    continue
                if any(i in object_tokens for i in indices):
                    out.append(Span(doc, verb_span.start, verb_span.end,
                                    label=rel.trigger_class))
        return out

    # Serialisation: the lexicon is data, so it travels with the pipeline.
    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        lexicon = self.lexicon
        srsly.write_json(
            path / "lexicon.json",
            {
                "triggers": {
                    n: {"sub_event_type": c.sub_event_type, "strength": c.strength,
                        "phrases": list(c.phrases)}
                    for n, c in lexicon.triggers.items()
                },
                "cues": {n: list(p) for n, p in lexicon.cues.items()},
                "patterns": lexicon.patterns,
                "relations": [
                    {"trigger_class": r.trigger_class, "verbs": r.verbs, "objects": r.objects,
                     "role": r.role, "agents": list(r.agents), "not_with": list(r.not_with)}
                    for r in lexicon.relations
                ],
                "exclude_exact": {k: sorted(v) for k, v in lexicon.exclude_exact.items()},
                "exclude_followed_by": {
                    k: sorted(v) for k, v in lexicon.exclude_followed_by.items()
                },
                "exclude_preceded_by": {
                    k: sorted(v) for k, v in lexicon.exclude_preceded_by.items()
                },
                "gated": [
                    {"trigger_class": g.trigger_class, "phrases": list(g.phrases),
                     "pos": sorted(g.pos), "needs_class_in_doc": sorted(g.needs_class_in_doc),
                     "not_inside": sorted(g.not_inside), "not_after": sorted(g.not_after),
                     "not_before": sorted(g.not_before)}
                    for g in lexicon.gated
                ],
                "cues_inside_triggers_dropped": sorted(lexicon.cues_inside_triggers_dropped),
                "misspellings": {
                    "enabled": lexicon.spelling.enabled,
                    "min_letters": lexicon.spelling.min_letters,
                    "min_letters_substitution": lexicon.spelling.min_letters_substitution,
                    "inflections": list(lexicon.spelling.inflections),
                    "english": sorted(lexicon.spelling.english),
                },
                "triggers_inside_longer_dropped": sorted(
                    lexicon.triggers_inside_longer_dropped),
                "harm": {
                    "classes": lexicon.harm.classes,
                    "words": {k: list(v) for k, v in lexicon.harm.words.items()},
                    "not_before": [" ".join(w) for w in lexicon.harm.not_before],
                },
            },
        )

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> TriggerMatcher:
        data = srsly.read_json(Path(path) / "lexicon.json")
        self._build(_parse(data))
        return self
