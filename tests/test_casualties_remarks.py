"""Casualty phrasings: coding remarks of structured event
notes ("2 killed (coded separately)", "coded across 3 events"), misspelt and
abbreviated casualty words, victims the parser hangs in odd places, and running
totals told apart from an incident's own week. Hand-written sentences; each row
states the figures every sentence of the text gives, in order."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventcoder.extract.casualties import extract_casualties, figures_in_span, load_lexicon
from eventcoder.schema import EventMention

CASES = [
    # a figure set off by "coded separately" belongs to another coded event
    ("Riots went on for a second day in the town. 3 killed (coded separately).", []),
    ("Gunmen shot dead a teacher after one of their own died in a fight with police "
     "(coded in a separate event).", [("fatalities", 1)]),
    # ... but not the figure before another count that the remark is about
    ("4 civilians killed (and 2 police - coded separately) by raiders near the border.",
     [("fatalities", 4)]),
    # ... nor a figure that is itself about the coding
    ("A total of three people were killed in the protests (one fatality coded elsewhere).",
     [("fatalities", 3), ("fatalities", 1)]),
    # the event's share of a larger toll
    ("Clashes went on all week. 12 killed (coded as 9 here and 3 for a clash nearby).",
     [("fatalities", 9)]),
    # a toll spread over several coded events: each event has its part
    ("Four people were killed in the fighting (coded across 4 events) and 9 injured.",
     [("fatalities", 1), ("injured", 9)]),
    ("Two traders were lynched in two villages; fatalities spread across two locations.",
     [("fatalities", 1)]),
    # misspellings and "KIA" (killed in action)
    ("Six bandits were kiled by police in the forest.", [("fatalities", 6)]),
    ("3 herders killied in a raid on the village.", [("fatalities", 3)]),
    ("Eight reportedly KIA.", [("fatalities", 8)]),
    # "an unidentified gunmen": the article makes a plural-tagged noun one person
    ("An unknown gunmen is killed and an officer is wounded in the shootout.",
     [("fatalities", 1), ("injured", 1)]),
    # an inserted "believed to be ..." the parser makes the victim's head
    ("On Friday night, a man believed to be a rebel commander was shot dead by gunmen.",
     [("fatalities", 1)]),
    # "left X shot dead": the object of "left" is the victim
    ("A police raid left the son of a shopkeeper shot dead in the estate.",
     [("fatalities", 1)]),
    # headline grammar: the verb read as a noun modifier, its victim a compound
    ("Mob lynches robbery suspect", [("fatalities", 1)]),
    # "in the last week" is the incident's own time; "in the last two months" a total
    ("Two people have been killed and crops destroyed in the village in the last week.",
     [("fatalities", 2)]),
    ("Elders say 14 herders have been killed in raids in the last two months.", []),
    # mob justice: a person set alight dies; property set on fire is no victim
    ("Traders set a suspected pickpocket alight at the market.", [("fatalities", 1)]),
    ("Two cattle thieves were set on fire by angry villagers.", [("fatalities", 2)]),
    ("The crowd set ablaze a man who had stolen a phone.", [("fatalities", 1)]),
    ("Rioters set six kiosks on fire.", []),
    ("Students set a thicket near the hostels on fire.", []),
    ("Police opened fire on the crowd.", []),
    ("Youths tried to set the suspect alight before police arrived.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_remarks_and_phrasings(
    nlp: Language, text: str, expected: list[tuple[str, int]]
) -> None:
    doc = nlp(text)
    found = [(f.field, f.value) for sent in doc.sents for f in figures_in_span(sent)]
    assert found == expected


def test_remark_and_clause_data_integrity() -> None:
    lex = load_lexicon()
    assert lex.coding_remark_tokens >= 1
    assert lex.coded_separately.match("coded seperately")  # the common misspelling
    here = lex.coded_value_here.match("coded as 8 here")
    assert here is not None and here.group(1) == "8"
    split = lex.coded_split.search("(coded across 6 events)")
    assert split is not None and split.group(1) == "6"
    assert lex.cumulative.search("in the last two months")
    assert not lex.cumulative.search("in the last week")
    assert {"bid", "attempt"} <= lex.attempt_verbs
    assert {"him", "suspect", "thief"} <= lex.set_alight_victims
    assert "house" not in lex.set_alight_victims
    for words in (lex.inserted_clause_verbs, lex.result_verbs, lex.partitive_pronouns,
                  lex.set_verbs, lex.set_alight_victims):
        assert words and all(w == w.lower().strip() for w in words)


def _fatalities(nlp: Language, text: str, trigger: str) -> int | None:
    """The fatalities of a mention triggered by the first ``trigger`` of ``text``."""
    doc = nlp(text)
    start = text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    mention = EventMention(
        doc_id="d1", sent_start=sent.start_char, sent_end=sent.end_char,
        trigger_start=start, trigger_end=start + len(trigger), trigger_text=trigger,
        sub_event_type="Attack", event_type="Violence against civilians",
        type_score=1.0, type_reason="test",
    )
    extract_casualties(mention, doc)
    return mention.fatalities


MENTION_CASES = [
    # "N of these": a part of the victims already counted, not more of them
    ("Raiders torched the village; 14 people were killed, 6 of these were burnt to "
     "death in their huts.", "torched", 14),
    # ... while a part of a group that is not itself a count stands
    ("Gunmen stopped a bus carrying traders and shot two of them dead.", "stopped", 2),
    # an attempt ("in a bid to lynch") kills no one
    ("A crowd stormed the station in a bid to lynch a suspected thief.", "stormed", None),
    # a later clause's "a week after" does not date victims the parser made its subject
    ("7 cattle thieves shot dead by police a week after the minister toured the area.",
     "shot dead", 7),
    # a person set alight who survived did not die
    ("A mob set a suspected thief on fire in Kisumu. Police rescued him and took him to "
     "hospital.", "set", None),
    # an event noun told again ("the fighting") has the previous sentence's toll
    ("Four herders were killed near the border on Sunday. The fighting went on until "
     "dawn.", "fighting", 4),
    # a sentence split inside its clause: the fragment before it has no final stop
    ("Twenty fighters are said to have died in the Friday [14 May] night clashes "
     "between two militias, with one Kenyan injured.", "clashes", 20),
    # ... a killing told by a verb, not a claim or a cause named by a noun
    ("The militants claimed 12 fatalities. The attack was condemned by elders.", "attack",
     None),
    # ... and only for "the" + noun: a new event word takes nothing from before
    ("Police shot dead two robbers in Kisumu. Traders protested in the town.", "protested",
     None),
    # what the victim is accused of is not this event's toll
    ("Soldiers beat a herder, accusing him of killing a ranger.", "beat", None),
]


@pytest.mark.parametrize(("text", "trigger", "fatalities"), MENTION_CASES)
def test_mention_fatalities(
    nlp: Language, text: str, trigger: str, fatalities: int | None
) -> None:
    assert _fatalities(nlp, text, trigger) == fatalities
