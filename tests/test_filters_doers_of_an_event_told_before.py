"""Someone's account of who was behind an event the text has told ("the governor said
the attack was organised by a militia from the hills", "those behind the attack must
be punished"): the definite event noun, passive subject of a verb naming its doer with
"by", or object of "behind", refers to the event told before (reference, retold), no
new event (filters.references._doer_told_of_the_event, data/filters.yaml doer_told_verbs). An
indefinite noun, or the text's first telling, stays new, and so does the verb of doing
it ("the attack was carried out by al Shabaab" names the doer the merge gives it)."""

from __future__ import annotations

import datetime as dt

from fixtures_events import coded_events, describe
from fixtures_mentions import statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)

LEAD = ("Gunmen killed five traders at a market near Kamituga on Sunday, local officials "
        "said.\n\n")


def test_the_doers_of_the_attack_told_after_it_refer_to_it(nlp: Language) -> None:
    text = LEAD + ("The provincial governor said the attack was organised by a militia "
                   "from the hills.")
    assert statuses(nlp, text, "attack", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_those_behind_the_attack_refer_to_it(nlp: Language) -> None:
    text = LEAD + "A church leader said those behind the attack must be punished."
    assert statuses(nlp, text, "attack", PUBLISHED) == ["reference"]


def test_an_indefinite_attack_with_its_doers_is_new(nlp: Language) -> None:
    text = ("An attack on a market near Kamituga was organised by a local militia on "
            "Sunday, killing five traders.")
    assert statuses(nlp, text, "attack", PUBLISHED) == ["new"]


def test_a_hand_in_the_attack_refers_to_it(nlp: Language) -> None:
    # a side's suggestion that a foreign power took part: no attack of the power's own
    text = LEAD + ("The mayor hinted, offering no proof, that a neighbouring army had a "
                   "hand in the attack.")
    assert statuses(nlp, text, "attack", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_the_attack_linked_to_someone_refers_to_it(nlp: Language) -> None:
    text = LEAD + "The governor said the attack was tied to a ring of gold smugglers."
    assert statuses(nlp, text, "attack", PUBLISHED) == ["reference"]
    events = coded_events(nlp, text, PUBLISHED)
    assert len(events) == 1, describe(events)


def test_an_indefinite_attack_linked_to_someone_is_new(nlp: Language) -> None:
    text = ("An attack on a market near Kamituga on Sunday, which killed five traders, "
            "was linked to a local militia.")
    assert statuses(nlp, text, "attack", PUBLISHED) == ["new"]
