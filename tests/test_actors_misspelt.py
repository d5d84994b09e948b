"""Typo tolerance for actor words (issue #4): a common word for an actor one edit
from a listed actor word ("polie", "bandtis") names the side the right spelling
names, and the mention says how the word was read; real words one edit from an
actor word ("offices", "villages") stay as written."""

from __future__ import annotations

from fixtures_events import actor_sides, coded_events, make_article
from spacy.language import Language

from eventcoder.extract.spelling import TypoReader
from eventcoder.extract.triggers import correctable_words, load_lexicon
from eventcoder.pipeline import code_doc

_PURSUIT = ("Herders from a rival village drove away sixty goats near Tot in Elgeyo "
            "Marakwet on Thursday; polie tracked the herders down and gunned two raiders down.")


def test_misspelt_police_are_the_police_side_and_the_mention_says_so(nlp: Language) -> None:
    events = coded_events(nlp, _PURSUIT, "2023-05-12")
    assert ("Police Forces of Kenya (2013-)", 1) in actor_sides(events)
    coded = code_doc(nlp(_PURSUIT), make_article(_PURSUIT, published="2023-05-12"))
    reasons = [m.type_reason for m in coded.mentions
               if m.actor1 and m.actor1.name.startswith("Police")
               or m.actor2 and m.actor2.name.startswith("Police")]
    assert reasons and all("'polie' read as 'police'" in r for r in reasons)


def test_misspelt_officers_are_the_police_they_name(nlp: Language) -> None:
    text = ("Armed men fired at a patrol near Hulugho in Garissa on Monday and wounded "
            "three offiers before fleeing into the forest.")
    assert ("Police Forces of Kenya (2013-)", 1) in actor_sides(
        coded_events(nlp, text, "2022-08-02"))


def test_real_words_one_edit_from_an_actor_word_are_not_read() -> None:
    lexicon = load_lexicon()
    english = {"offices", "villages", "riders", "policy"}
    reader = TypoReader(correctable_words(lexicon), english, lexicon.spelling)
    assert reader.read_as("polie") == "police"
    assert reader.read_as("bandtis") == "bandits"
    assert reader.read_as("perpatrators") == "perpetrators"
    for word in ("offices", "villages", "riders", "policy", "militiaman"):
        assert reader.read_as(word) is None, word
