"""read -> annotate -> extract -> resolve -> merge, as plain functions.

``code_articles`` is the one loop every entry point uses (the Python API, the
CLI, ingest, evaluation). The model is loaded once; documents stream through
``nlp.pipe``.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc

from eventcoder.extract.actors import assign_actors
from eventcoder.extract.casualties import extract_casualties
from eventcoder.extract.events import detect_mentions, refine_type_with_actors
from eventcoder.extract.filters import (
    ALLEGED,
    date_told_with_event,
    history_dated_before_the_story,
    retells_an_event,
)
from eventcoder.extract.lead_label import apply_lead_label, labelled_mention
from eventcoder.extract.places import SourceRegions
from eventcoder.extract.sources import attribute_sources
from eventcoder.extract.triggers import harm_mentions
from eventcoder.merge import merge_mentions
from eventcoder.nlp import load_nlp
from eventcoder.resolve.dates import resolve_mention_date, states_a_date
from eventcoder.resolve.places import feed_place_mentions, place_for_mention
from eventcoder.schema import Article, Event, EventMention, Evidence, PlaceMention
from eventcoder.text import doc_text

__all__ = ["CodingPolicy", "CodedDocument", "annotate", "code_articles", "code_doc"]


@dataclass(frozen=True, slots=True)
class CodingPolicy:
    """Which event mentions become events (see extract.filters.STATUSES).

    ``keep`` lists the statuses coded as events. By default only new events
    are coded, plus background events the text dates explicitly in their own
    sentence (they keep their own date) when ``keep_dated_background`` is set.
    ``background_max_time_precision`` says how exact that date must be: 1 (the
    default) keeps "on 3 June 2015" and drops "in March 2011", a war's history
    rather than an incident.

    ``keep_sole_allegations``: a text that would code no event and tells an act
    only as an accusation ("residents accused police of beating a man to death")
    codes that act, dated as its other undated events are, its evidence saying it
    is alleged: the accusation is the report's one telling of it.
    """

    keep: frozenset[str] = frozenset({"new"})
    keep_dated_background: bool = True
    background_max_time_precision: int = 1
    keep_sole_allegations: bool = True

    def accepts(self, mention: EventMention) -> bool:
        if mention.status in self.keep:
            return True
        return (
            self.keep_dated_background
            and mention.status == "background"
            and mention.event_date is not None
            and mention.time_precision is not None
            and mention.time_precision <= self.background_max_time_precision
            and date_told_with_event(mention)
        )


DEFAULT_POLICY = CodingPolicy()


@dataclass(slots=True)
class CodedDocument:
    article: Article
    events: list[Event]
    places: list[PlaceMention]
    mentions: list[EventMention] = field(default_factory=list)  # before filtering/merging
    # Every attack/die/injure mention (start, end, kind), KAIROS-style: the violent
    # triggers and also harm no ACLED event is coded for (a death from illness, a coup)
    harm: list[tuple[int, int, str]] = field(default_factory=list)


def code_doc(doc: Doc, article: Article, policy: CodingPolicy = DEFAULT_POLICY,
             regions: SourceRegions | None = None) -> CodedDocument:
    """Extract, resolve and merge the events of one annotated document.

    ``regions``: the home regions of the stream's sources learnt so far (see
    ``code_articles``); the article's source's region is a prior on its places.
    """
    places = feed_place_mentions(doc, article, regions)
    mentions = detect_mentions(doc, article)
    if not any(m.status == "new" for m in mentions):
        # ("Movement of forces: rebels were sighted ..."): the label tells the event,
        # also when the words only tell it as a plan or without violence
        # ("Recruitment: the police will hire ...", "Non-violent activity: ... No
        # violence reported"): the coder's category says it happened
        mentions += [m for m in [labelled_mention(doc, article)] if m is not None]
    for mention in mentions:
        place_for_mention(mention, doc, places, article)
        # Dates before actors: the event's year picks an actor's dated name
        # ("Police Forces of Kenya (2002-2013)").
        resolve_mention_date(mention, doc, article)
    # History dated by week or month before the story's days (needs every date).
    history_dated_before_the_story(mentions)
    if policy.keep_sole_allegations:
        _code_sole_allegations(mentions, policy, doc, article)
    for mention in mentions:
        if not policy.accepts(mention) and not retells_an_event(mention):
            # Dropped by the coding policy (a plan, a denial, undated history):
            # its arguments would never reach an event, so they are not extracted.
            # (An event told again is kept for the merge: it joins that event.)
            continue
        assign_actors(mention, doc, article)
        if refine_type_with_actors(mention, doc):
            assign_actors(mention, doc, article)
        extract_casualties(mention, doc)
        attribute_sources(mention, doc, article)
    # After the actors: a label opening the text ("Property destruction: ...") types
    # the events; who did what to whom is still read from the story after it, for the
    # label's type where the story's type assumed other sides (an attack's civilians).
    for mention in apply_lead_label(mentions, doc):
        if policy.accepts(mention) or retells_an_event(mention):
            _read_sides_again(mention, doc, article)
    kept = [m for m in mentions if policy.accepts(m)]
    retold = [m for m in mentions if not policy.accepts(m) and retells_an_event(m)]
    events = merge_mentions(kept, article, retold)
    harm = [(s.start_char, s.end_char, s.label_) for s in harm_mentions(doc)]
    return CodedDocument(article=article, events=events, places=places, mentions=mentions,
                         harm=harm)


def _code_sole_allegations(mentions: list[EventMention], policy: CodingPolicy, doc: Doc,
                           article: Article) -> None:
    """In a text the policy would code no event from, the acts an active accusation
    alleges are coded (status "new"), each saying it is alleged: the short report
    that only tells of an accusation ("villagers accuse soldiers of killing a herder")
    is coded for the act alleged in ACLED's Kenya notes and in CASE."""
    if any(policy.accepts(m) for m in mentions):
        return
    for mention in mentions:
        if mention.status != "background" or mention.status_kind != ALLEGED\
                or states_a_date(doc_text(doc)[mention.sent_start:mention.sent_end],
                                 article.published):
            continue  # (an act the text dates is coded or dropped as dated background)
        mention.status = "new"
        mention.type_reason += "; alleged: the text tells the act only as an accusation"
        mention.evidence.append(Evidence(mention.doc_id, mention.trigger_start,
                                         mention.trigger_end, mention.trigger_text,
                                         field="alleged"))


def _read_sides_again(mention: EventMention, doc: Doc, article: Article) -> None:
    """Read the mention's actors again for the type it has now; the words of the sides
    read before no longer stand as their evidence."""
    mention.evidence = [e for e in mention.evidence if e.field not in ("actor1", "actor2")]
    assign_actors(mention, doc, article)


@cache  # once per process
def _freeze_loaded_state() -> None:
    """Exempt what is loaded so far (the spaCy model, the project's matchers) from the
    cyclic garbage collector, once per process: ``gc.collect()``, then ``gc.freeze()``.

    Why: coding allocates many short-lived objects, and each full collection the
    allocator triggers (about two per 50,000 words) walked the ~100,000 objects of
    the model too: about 0.13 s per benchmark pass, 0.01 s once they are frozen.
    Process-wide side effect: the frozen objects are never collected, which is what
    a model held for the whole process wants anyway; done here, at the pipeline's
    entry, and only once, so that later garbage is collected as usual."""
    gc.collect()  # (what is garbage now is freed, not frozen)
    gc.freeze()


def annotate(articles: Iterable[Article], n_process: int = 1, batch_size: int = 64
             ) -> Iterator[tuple[Doc, Article]]:
    """Run spaCy over the articles, streaming (model loaded once)."""
    nlp = load_nlp()
    _freeze_loaded_state()
    pairs = ((a.text, a) for a in articles)
    yield from nlp.pipe(pairs, as_tuples=True, n_process=n_process, batch_size=batch_size)


def code_articles(
    articles: Iterable[Article],
    *,
    n_process: int = 1,
    policy: CodingPolicy = DEFAULT_POLICY,
    learn_source_regions: bool = False,
) -> Iterator[CodedDocument]:
    """Code many articles, yielding one ``CodedDocument`` per article, in order.

    ``learn_source_regions``: learn each source's home region from the places of
    its earlier articles in the stream and use it to choose between same-named
    places ("Springfield" in a paper that keeps naming Illinois towns). Worth it
    for local news feeds; a wire service covering the world learns no region.
    """
    regions = SourceRegions() if learn_source_regions else None
    for doc, article in annotate(articles, n_process=n_process):
        yield code_doc(doc, article, policy, regions)


def make_article(
    text: str,
    *,
    published: dt.date | str | None = None,
    source: str | None = None,
    doc_id: str | None = None,
) -> Article:
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Article(doc_id=doc_id or "doc", text=text, published=published, source=source)
