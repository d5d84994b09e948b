"""ACTOR MATCHER + argument extraction (owner: actors helper). Contract:

ACTOR_MATCHER = "eventcoder_actors" -- spaCy factory; writes doc.spans["ec_actors"].
assign_actors(mention, doc, article) -> None: sets mention.actor1, actor2,
assoc_actor_1, assoc_actor_2 (schema.Actor, normalised via resolve/actors.py),
scoped by mention.country.
"""
from spacy.language import Language
from spacy.tokens import Doc

from eventcoder.schema import Article, EventMention

ACTOR_MATCHER = "eventcoder_actors"


@Language.factory(ACTOR_MATCHER)
def _make(nlp: Language, name: str) -> "ActorMatcher":
    return ActorMatcher()


class ActorMatcher:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["ec_actors"] = []
        return doc


def assign_actors(mention: EventMention, doc: Doc, article: Article) -> None:
    return None
