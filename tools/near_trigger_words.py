"""Writes src/eventcoder/data/near_trigger_words.yaml: the English words one edit
from a trigger word or a correctable actor word (``misspellings.actor_words``)
that the spaCy model's vocabulary lacks, so that the typo tolerance never reads a
real word ("shelving") as the word it resembles ("shelling"). The file also
lists the words it was built from, so that a test fails when the lexicon changes.

Run it after adding trigger words or actor words, with a plain English word list
(one word a line; the public-domain web2 list, for instance):

    python tools/near_trigger_words.py /path/to/words.txt
"""

from __future__ import annotations

import sys
from importlib import resources

import yaml

from eventcoder.extract.spelling import TypoReader, inflection_of, one_edit_neighbours
from eventcoder.extract.triggers import correctable_words, load_lexicon
from eventcoder.nlp import load_base_model


def main(word_list: str) -> None:
    lexicon = load_lexicon()
    settings = lexicon.spelling
    model = {s.lower() for s in load_base_model().vocab.strings if s.isalpha()}
    with open(word_list, encoding="utf-8") as handle:
        dictionary = {w.strip().lower() for w in handle if w.strip().isalpha()}
    # stems of three letters make junk "inflections" ("aabbed")
    stems = {w for w in model | dictionary if len(w) >= 4}
    forms = correctable_words(lexicon)
    reader = TypoReader(forms, (), settings)
    near: set[str] = set()
    for form in forms:
        for word in one_edit_neighbours(form):
            if word in model or word in forms or not reader.may_misspell(word, form):
                continue
            if word in dictionary or inflection_of(word, stems, settings.inflections):
                near.add(word)
    target = resources.files("eventcoder").joinpath("data/near_trigger_words.yaml")
    header = ("# English words one edit from a trigger word or a correctable actor word that\n"
              "# the spaCy model's vocabulary lacks: never read as misspelt words. Written by\n"
              "# tools/near_trigger_words.py from a plain English word list; do not edit.\n"
              "# built_from: the words whose neighbours were listed (a test compares them\n"
              "# with the lexicon's, so that a new trigger word asks for a rerun).\n")
    with open(str(target), "w", encoding="utf-8") as out:
        out.write(header)
        yaml.safe_dump({"built_from": sorted(forms)}, out, default_flow_style=None, width=100)
        yaml.safe_dump({"words": sorted(near)}, out, default_flow_style=False, width=100)
    print(f"{len(near)} words")


if __name__ == "__main__":
    main(sys.argv[1])
