"""PLACE MATCHER + toponym resolution (owner: places helper). Contract:

PLACE_MATCHER = "eventcoder_places" -- spaCy factory; writes doc.spans["ec_places"].
find_place_mentions(doc, article) -> list[PlaceMention]: every toponym in the
document, resolved with document context (used by `eventcoder places` too).
"""
from spacy.language import Language
from spacy.tokens import Doc

from eventcoder.schema import Article, PlaceMention

PLACE_MATCHER = "eventcoder_places"


@Language.factory(PLACE_MATCHER)
def _make(nlp: Language, name: str) -> "PlaceMatcher":
    return PlaceMatcher()


class PlaceMatcher:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["ec_places"] = []
        return doc


def find_place_mentions(doc: Doc, article: Article) -> list[PlaceMention]:
    return []
