"""TRIGGER MATCHER (owner: events helper). Contract:

TRIGGER_MATCHER = "eventcoder_triggers"  -- spaCy factory name
The component writes doc.spans["ec_triggers"]; each span's label_ is a
trigger class defined in data/triggers.yaml.
"""
from spacy.language import Language
from spacy.tokens import Doc

TRIGGER_MATCHER = "eventcoder_triggers"


@Language.factory(TRIGGER_MATCHER)
def _make(nlp: Language, name: str) -> "TriggerMatcher":
    return TriggerMatcher()


class TriggerMatcher:
    def __call__(self, doc: Doc) -> Doc:
        doc.spans["ec_triggers"] = []
        return doc
