"""Source attribution: who says what happened.

``attribute_sources(mention, doc, article)`` sets ``mention.sources`` (normalised
names, ordered as the text cites them, unique, the article's own source last)
and fills ``Claim.source`` for the mention's claims that have none.

A name counts as a source only when an attribution cue ("said", "told",
"according to", "reported"...) stands near it: "said the Syrian Observatory for
Human Rights", "a resident told AFP", "state media reported", "police said".
Names and aliases are in ``data/sources.yaml``: news agencies and outlets,
monitors, state media (generic "state media" resolves by the event's country:
SANA in Syria), official roles (police, military, officials, health workers,
activists, residents: "Police (Kenya)"), and words that point back to a source
named earlier ("said the monitor").

A claim takes the source cited nearest to its figure in the figure's sentence,
else the article's source. Disagreeing sources keep their own claims; the
event's value is chosen later (lowest credible figure, see merge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc

from eventcoder.alternation import literal_alternation
from eventcoder.resolve.actors import default_actor_dictionary
from eventcoder.schema import Article, Claim, EventMention, Evidence
from eventcoder.text import dateline_match, doc_text, sentence_bounds

__all__ = ["CitedSource", "SourceLexicon", "attribute_sources", "dateline_credit", "find_sources",
           "load_lexicon"]


REPORT_KIND = "report"  # unnamed reports ("later reports"): they cite without a cue
# Up to four capitalised words (a rank and a name) and an optional comma.
_NAMED_HOLDER = r"(?-i:[A-Z][\w.'-]*)(?:\s+(?-i:[A-Z][\w.'-]*)){0,3},?\s+"
# A relative clause between a role and its cue, at most 60 characters.
_WHO_CLAUSE = r"who\s+[^.;:,\"“”]{1,60}?,?\s+"
_CLAUSE_END = re.compile(r"^\s*(?:[.,;:!?)\"'”]|$|\bin a statement\b|\bon \w+day\b)")


@dataclass(frozen=True, slots=True)
class CitedSource:
    """A source cited in the text: normalised name and where it is."""

    name: str
    kind: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SourceLexicon:
    exact: re.Pattern[str]  # case-sensitive aliases
    folded: re.Pattern[str]  # case-insensitive aliases
    roles: re.Pattern[str]
    alias_to: dict[str, tuple[str, str]]  # alias (as matched, or lower-cased) -> (name, kind)
    role_to: dict[str, str]  # lower-cased alias -> template
    state_media_by_country: dict[str, str]
    state_media_template: str
    cues: re.Pattern[str]
    cue_window: int
    role_window: int
    cue_after_role: re.Pattern[str]
    cue_before_role: re.Pattern[str]
    anaphora: dict[str, str]  # lower-cased phrase -> kind it refers back to
    anaphora_pattern: re.Pattern[str]
    kind_of: dict[str, str]  # name -> kind


def _alternation(words: list[str], *, ignore_case: bool) -> str:
    # a trie for the case-insensitive lists: same matches, far fewer comparisons
    return literal_alternation(sorted(set(words)), ignore_case=ignore_case)


def _boundary(body: str) -> str:
    return rf"(?<![\w-])(?:{body})(?![\w-])"


@cache
def load_lexicon() -> SourceLexicon:
    """The source vocabulary from ``data/sources.yaml`` (read once)."""
    raw: dict[str, Any] = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/sources.yaml").read_text(encoding="utf-8")
    )
    alias_to: dict[str, tuple[str, str]] = {}
    kind_of: dict[str, str] = {}
    exact: list[str] = []
    folded: list[str] = []
    for entry in raw["named"]:
        name, kind = str(entry["name"]), str(entry["kind"])
        kind_of[name] = kind
        for alias in entry["aliases"]:
            alias = str(alias)
            if alias.isupper() or " " not in alias:
                exact.append(alias)
                alias_to[alias] = (name, kind)
            else:
                folded.append(alias)
                alias_to[alias.lower()] = (name, kind)
    state = raw["state_media"]
    for alias in state["aliases"]:
        folded.append(str(alias))
        alias_to[str(alias).lower()] = ("", "state_media_generic")
    anaphora: dict[str, str] = {}
    for kind, phrases in raw["anaphora"].items():
        for phrase in phrases:
            folded.append(str(phrase))
            anaphora[str(phrase).lower()] = str(kind)
    cue_words = _alternation([str(c) for c in raw["attribution_cues"]], ignore_case=True)
    role_to: dict[str, str] = {}
    for role in raw["roles"]:
        for alias in role["aliases"]:
            role_to[str(alias).lower()] = str(role["template"])
    return SourceLexicon(
        exact=re.compile(_boundary(_alternation(exact, ignore_case=False))),
        folded=re.compile(_boundary(_alternation(folded, ignore_case=True)), re.IGNORECASE),
        roles=re.compile(_boundary(_alternation(list(role_to), ignore_case=True)),
                         re.IGNORECASE),
        alias_to=alias_to,
        role_to=role_to,
        state_media_by_country={str(k): str(v) for k, v in state["by_country"].items()},
        state_media_template=str(state["template"]),
        cues=re.compile(_boundary(_alternation([str(c) for c in raw["attribution_cues"]],
                                                ignore_case=True)),
                        re.IGNORECASE),
        cue_window=int(raw["cue_window_chars"]),
        role_window=int(raw["role_window_chars"]),
        cue_after_role=re.compile(
            # the role's holder named right after it: "police spokesman Charles Owino
            # said" (not "attacked the army, Al Shabaab said": no comma before)
            rf"^(?:\s+{_NAMED_HOLDER}|[\s,]*(?:(?:and|or)\s+(?:\w+\s+){{0,2}}?)?)"
            # "an official who spoke on condition of anonymity said"
            rf"(?:{_WHO_CLAUSE})?"
            rf"(?:(?:have|has|had|was|were|is|are|also|later|earlier|on \w+)\s+)?"
            rf"(?:{cue_words})(?![\w-])",
            re.IGNORECASE,
        ),
        cue_before_role=re.compile(
            rf"(?<![\w-])(?:{cue_words})\s+(?:the\s+|a\s+|an\s+|local\s+|two\s+)?$",
            re.IGNORECASE,
        ),
        anaphora=anaphora,
        anaphora_pattern=re.compile(_boundary(_alternation(list(anaphora), ignore_case=True)),
                                    re.IGNORECASE),
        kind_of=kind_of,
    )


def _near_cue(text: str, start: int, end: int, window: int, lex: SourceLexicon) -> bool:
    left = text[max(0, start - window) : start]
    right = text[end : end + window]
    return bool(lex.cues.search(left) or lex.cues.search(right))


def _country_name(template: str, country: str | None) -> str:
    if country:
        return template.format(country=country)
    return re.sub(r"\s*\(\{country\}\)", "", template)


# The capitalised word or two right before a role word: "the French army", "US military".
_OWNER_BEFORE = re.compile(r"(?-i:([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))\s+$")


def _owner_country(text: str, start: int) -> str | None:
    """The country a name or demonym just before a role word gives it ("the US
    military said" is the United States' military, whatever the event's country);
    None when there is none ("police said", "Garissa police said")."""
    m = _OWNER_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    return default_actor_dictionary().country_of_word(m.group(1))


def find_sources(
    text: str,
    *,
    country: str | None = None,
    offset: int = 0,
    earlier: list[CitedSource] | None = None,
    later: list[CitedSource] | None = None,
) -> list[CitedSource]:
    """Sources cited in ``text`` (normally one sentence), in order of position.

    "the monitor" refers back to the last source of its kind in ``earlier``; failing
    that ("a war monitor said", named only further on), to the first in ``later``.
    """
    lex = load_lexicon()
    found: list[CitedSource] = []
    taken: list[tuple[int, int]] = []
    history = list(earlier or [])

    def add(name: str, kind: str, start: int, end: int) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        cited = CitedSource(name=name, kind=kind, start=start + offset, end=end + offset)
        found.append(cited)

    matches = sorted(
        [(m, True) for m in lex.exact.finditer(text)]
        + [(m, False) for m in lex.folded.finditer(text)],
        key=lambda pair: (pair[0].start(), -(pair[0].end() - pair[0].start())),
    )
    for m, case_sensitive in matches:
        key = m.group(0) if case_sensitive else m.group(0).lower()
        # "later reports said ...": a report phrase is its own citation
        self_citing = lex.alias_to.get(key, ("", ""))[1] == REPORT_KIND
        if not self_citing and not _near_cue(text, m.start(), m.end(), lex.cue_window, lex):
            continue
        if key in lex.anaphora:
            kind = lex.anaphora[key]
            previous = [c for c in history + found if c.kind == kind]
            following = [c for c in later or [] if c.kind == kind]
            if previous:
                add(previous[-1].name, kind, m.start(), m.end())
            elif following:
                add(following[0].name, kind, m.start(), m.end())
            continue
        name, kind = lex.alias_to.get(key, ("", ""))
        if kind == "state_media_generic":
            name = lex.state_media_by_country.get(country or "", "") or _country_name(
                lex.state_media_template, country
            )
            kind = "state_media"
        if name:
            add(name, kind, m.start(), m.end())
    for m in lex.roles.finditer(text):
        # a role is a source only right beside its cue: "police said", "said police",
        # "according to residents" (not "the army repelled ..., state TV said")
        after = text[m.end() : m.end() + lex.role_window]
        before = text[max(0, m.start() - lex.role_window) : m.start()]
        cited_after = lex.cue_after_role.match(after)
        # "..., said police." but not "said the army repelled the attack"
        cited_before = lex.cue_before_role.search(before) and _CLAUSE_END.match(after)
        if not (cited_after or cited_before):
            continue
        template = lex.role_to[m.group(0).lower()]
        add(_country_name(template, _owner_country(text, m.start()) or country), "role",
            m.start(), m.end())
    found.sort(key=lambda c: c.start)
    return found


# The agency credited in a dateline: "BAMAKO (Reuters) -", "KYIV, Oct 5 (AFP) -".
_REPORTER_KINDS = frozenset({"agency", "outlet", "state_media"})


def dateline_credit(doc: Doc) -> str | None:
    """The news agency or outlet a dateline credits, when the lexicon knows it: the
    report is its account, so it is one of the event's sources."""
    m = dateline_match(doc_text(doc))
    if m is None or not m.group("credit"):
        return None
    lex = load_lexicon()
    credit = m.group("credit").strip()
    name, kind = lex.alias_to.get(credit, lex.alias_to.get(credit.lower(), ("", "")))
    return name if name and kind in _REPORTER_KINDS else None


def _normalise_article_source(source: str) -> str:
    """The article's source under its normalised name when the lexicon knows it."""
    lex = load_lexicon()
    key = source.strip()
    name, _kind = lex.alias_to.get(key, lex.alias_to.get(key.lower(), ("", "")))
    return name or key


def _sentence_bounds(doc: Doc, position: int) -> tuple[int, int]:
    for start, end, _, _ in sentence_bounds(doc):
        if start <= position < end:
            return start, end
    return 0, len(doc_text(doc))


def _flatten(lists: list[list[CitedSource]]) -> list[CitedSource]:
    return [c for sub in lists for c in sub]


def _doc_sources(doc: Doc, country: str | None) -> list[CitedSource]:
    """Every source cited in the document, sentence by sentence (kept on the Doc:
    several mentions of one document share the work)."""
    key = f"ec_sources:{country}"
    cached = doc.user_data.get(key)
    if isinstance(cached, list):
        return cached
    text = doc_text(doc)
    bounds = sentence_bounds(doc)
    lex = load_lexicon()
    per_sentence: list[list[CitedSource]] = []
    found: list[CitedSource] = []
    for start, end, _, _ in bounds:
        cited = find_sources(text[start:end], country=country, offset=start, earlier=found)
        per_sentence.append(cited)
        found.extend(cited)
    # second look, only where "a war monitor said" may point to a source named later
    if any(lex.anaphora_pattern.search(text[start:end]) for start, end, _, _ in bounds):
        found = []
        for (start, end, _, _), first in zip(bounds, per_sentence, strict=True):
            if lex.anaphora_pattern.search(text[start:end]):
                after = [c for c in _flatten(per_sentence) if c.start >= end]
                first = find_sources(
                    text[start:end], country=country, offset=start, earlier=found, later=after
                )
            found.extend(first)
    doc.user_data[key] = found
    return found


def attribute_sources(mention: EventMention, doc: Doc, article: Article) -> None:
    """Set ``mention.sources`` and the source of each of the mention's claims."""
    sentences = {(mention.sent_start, mention.sent_end)}
    for claim in mention.claims:
        if claim.evidence is not None:
            sentences.add(_sentence_bounds(doc, claim.evidence.start))
    everything = _doc_sources(doc, mention.country)
    cited_by_sentence: dict[tuple[int, int], list[CitedSource]] = {
        (start, end): [c for c in everything if start <= c.start and c.end <= end]
        for start, end in sentences
    }
    names: list[str] = []
    for start, end in sorted(sentences):
        for cited in cited_by_sentence[(start, end)]:
            if cited.name not in names:
                names.append(cited.name)
    article_source = _normalise_article_source(article.source) if article.source else None
    for reporter in (dateline_credit(doc), article_source):
        if reporter and reporter not in names:
            names.append(reporter)
    mention.sources = names
    for claim in mention.claims:
        if claim.source is not None or claim.evidence is None:
            continue
        bounds = _sentence_bounds(doc, claim.evidence.start)
        in_sentence = cited_by_sentence.get(bounds, [])
        if in_sentence:
            middle = (claim.evidence.start + claim.evidence.end) // 2

            def distance(c: CitedSource, middle: int = middle) -> int:
                return abs((c.start + c.end) // 2 - middle)

            # "initial reports of 2 killed, later reports of 1": an unnamed report
            # phrase cites the figures that follow it, up to the next one
            reports_before = [
                c for c in in_sentence
                if c.kind == REPORT_KIND and c.end <= claim.evidence.start
            ]
            if reports_before:
                claim.source = reports_before[-1].name
            else:
                claim.source = min(in_sentence, key=distance).name
        else:
            claim.source = article_source
    _claim_event_kind(mention, doc, cited_by_sentence.get((mention.sent_start, mention.sent_end),
                                                           []), article_source)


def _claim_event_kind(
    mention: EventMention, doc: Doc, in_sentence: list[CitedSource], article_source: str | None
) -> None:
    """Keep what the mention's source says happened as a ``sub_event_type`` claim.

    When one source reports an air strike and another shelling, both accounts
    stay on the merged event as claims with their sources. The source is the one
    cited nearest the trigger in its sentence, else the story's only cited
    source, else the article's; with no source at all nothing is claimed.
    """
    if not mention.sub_event_type:
        return
    middle = (mention.trigger_start + mention.trigger_end) // 2
    if in_sentence:
        source: str | None = min(
            in_sentence, key=lambda c: abs((c.start + c.end) // 2 - middle)
        ).name
    elif len(mention.sources) == 1:
        source = mention.sources[0]
    else:
        source = article_source
    if source is None:
        return
    evidence = Evidence(
        doc_id=mention.doc_id,
        start=mention.trigger_start,
        end=mention.trigger_end,
        text=doc_text(doc)[mention.trigger_start : mention.trigger_end],
        field="sub_event_type",
    )
    mention.claims.append(
        Claim(field="sub_event_type", value=mention.sub_event_type, source=source,
              evidence=evidence)
    )
