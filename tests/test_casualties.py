"""Fatalities and injured read from a mention's sentence (extract.casualties)."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml
from spacy.language import Language

from eventcoder.extract.casualties import extract_casualties, load_lexicon
from eventcoder.nlp import load_base_model
from eventcoder.schema import EventMention


@pytest.fixture(scope="module")
def parser() -> Language:
    return load_base_model()


def _code(
    parser: Language, text: str, event_type: str = "Violence against civilians",
    trigger: str | None = None,
) -> EventMention:
    """Run extract_casualties on a mention over the first sentence of ``text``."""
    doc = parser(text)
    sent = next(iter(doc.sents))
    t_start = text.index(trigger) if trigger else sent.start_char
    t_end = t_start + len(trigger) if trigger else sent.start_char + 1
    mention = EventMention(
        doc_id="d1",
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        trigger_start=t_start,
        trigger_end=t_end,
        trigger_text=text[t_start:t_end],
        sub_event_type="Attack",
        event_type=event_type,
        type_score=1.0,
        type_reason="test",
    )
    extract_casualties(mention, doc)
    return mention


CASES = [
    # (sentence, fatalities, injured)
    # verbs of killing and wounding, digits and words
    ("A roadside bomb killed four soldiers and wounded 11 near Baidoa, police said.", 4, 11),
    ("Gunmen killed 7 herders in an overnight raid.", 7, None),
    ("Twenty-five people were killed when militants stormed the market.", 25, None),
    ("Six people died in the clashes between the two clans.", 6, None),
    ("Three civilians were slain by suspected rebels.", 3, None),
    ("The militants executed nine captured soldiers.", 9, None),
    ("Insurgents beheaded two farmers near the border.", 2, None),
    ("Militiamen massacred 30 villagers in the night.", 30, None),
    ("Two policemen lost their lives in the ambush.", 2, None),
    ("The explosion claimed 12 lives.", 12, None),
    ("The death toll rose to 15 on Monday.", 15, None),
    ("Eight people were wounded in the grenade attack.", None, 8),
    ("Five students were injured when police fired tear gas.", None, 5),
    ("Two officers were hurt in the stone-throwing.", None, 2),
    ("Three others sustained serious injuries in the attack.", None, 3),
    ("Two people were hacked to death in the village.", 2, None),
    ("A mob beat a suspected thief to death.", 1, None),
    ("Bandits shot dead a herder and his teenage son near Baragoi.", 2, None),
    ("The attack left 5 people dead.", 5, None),
    ("Twenty are dead following fresh clashes.", 20, None),
    ("A man was found dead on the roadside.", 1, None),
    ("Four people lost their lives and nine were injured.", 4, 9),
    ("4 killed and 11 wounded in Mandera attack", 4, 11),
    # a conjoined verb with its own object counts that object
    ("A car bomb went off in the market, killing 32 people and wounding 110 others.", 32, 110),
    ("The blast killed at least 14 people and injured 60, officials said.", 14, 60),
    ("Gunmen raided the camp, killing five people and injuring 12.", 5, 12),
    # ACLED counts suicide attackers: as many as the report names
    ("A suicide bomber killed 5 people at a checkpoint.", 6, None),
    ("Two suicide bombers blew themselves up in the market, killing 32 people.", 34, None),
    ("Six residents died and two more were hurt when the fighting reached the village.", 6, 2),
    # singular victims
    ("A woman was killed by a stray bullet.", 1, None),
    ("A child was killed when the shell hit the school.", 1, None),
    ("The victim was stabbed to death by unknown assailants.", 1, None),
    ("He was shot dead outside his house.", 1, None),
    ("One person was killed and three were injured.", 1, 3),
    ("Police killed a suspected robber in Kayole.", 1, None),
    ("Two people were killed in the attack on the bus.", 2, None),
    ("A family of five was killed when their house was set on fire.", 5, None),
    ("No one was killed in the attack.", 0, None),
    # vague amounts (ACLED conventions)
    ("Several people were killed in the attack.", 3, None),
    ("A number of people were injured.", None, 3),
    ("Dozens of people were wounded in the blast.", None, 12),
    ("Hundreds of people were killed in the massacre.", 100, None),
    ("Many villagers were killed in the raid.", 10, None),
    # qualifiers and ranges
    ("At least 12 soldiers were killed in the assault.", 12, None),
    ("More than 40 people died in the stampede that followed the blast.", 40, None),
    ("Between 100 and 200 people were killed.", 100, None),
    ("Some 10 to 15 villagers were wounded.", None, 10),
    # subsets and sums
    ("At least 40 soldiers, including 12 who were captured and shot, died in the attack.", 40,
     None),
    ("Three people, including a police officer, were killed.", 3, None),
    ("Three soldiers and two civilians were killed and 11 others injured.", 5, 11),
    ("Two suspected robbers and a constable killed in gunfight near the depot.", 3, None),
    ("Nine guards injured and one police officer killed in two blasts.", 1, 9),
    # numbers that are not casualties
    ("Soldiers of the 5th Division killed 10 militants 20 km from the town.", 10, None),
    ("A 12-year-old boy was killed by a stray bullet.", 1, None),
    ("A 7 yr old girl was shot dead in the crossfire.", 1, None),
    ("Gunmen killed 3 people at 8.30pm near the 10 km mark.", 3, None),
    # cumulative totals are not this event's
    ("More than 300 people have been killed since January.", None, None),
    ("The attack left 5 people dead, bringing the total this year to 300.", 5, None),
    ("Over 2,000 people have been killed in the conflict so far this year.", None, None),
    # suicide attackers count
    ("A suicide bomber blew himself up at a checkpoint, killing 5.", 6, None),
    ("A suicide bomber blew himself up, wounding three soldiers.", 1, 3),
    # disagreeing reports: the lowest figure
    ("Police said 5 people were killed, while residents put the toll at 8.", 5, None),
    # negations and near misses
    ("The crowd nearly lynched a suspected thief.", None, None),
    ("Nobody was hurt in the explosion.", None, 0),
    # earlier incidents and alleged crimes
    ("Five people were killed by bandits, two days after the militia executed 20 others.", 5,
     None),
    ("Officers killed three youths accused of murdering a village elder.", 3, None),
    # headline style
    ("Seven Kenyan fishermen have been killed by militiamen.", 7, None),
    ("Officer killed at camp by a bomb.", 1, None),
]


@pytest.mark.parametrize(("text", "fatalities", "injured"), CASES)
def test_casualty_figures(
    parser: Language, text: str, fatalities: int | None, injured: int | None
) -> None:
    mention = _code(parser, text)
    assert (mention.fatalities, mention.injured) == (fatalities, injured)


# (text, event type, trigger, fatalities, injured): a mention's figures with the
# follow-up sentences of its paragraph and the deaths a protest reacts to
MENTION_CASES = [
    # a follow-up sentence gives the field the mention's sentence lacks
    ("The blast killed 4 people in the market. Another 11 were wounded.",
     "Violence against civilians", None, 4, 11),
    ("Al Shabaab militants attacked a police post in Mandera on Friday. Two officers were "
     "killed in the attack.", "Battles", "attacked", 2, None),
    # a follow-up about another time is not taken
    ("Police shot dead a wanted man in Lamu. He had taken part in the 2014 attack that "
     "killed more than 60 people.", "Violence against civilians", None, 1, None),
    # nor one across a paragraph break
    ("Gunmen attacked a bus near Garissa.\n\nElsewhere, 30 people died in floods.",
     "Violence against civilians", "attacked", None, None),
    # "also killed": more victims of the same attack
    ("A policeman was killed in Mandera when insurgents attacked a patrol. Three civilians "
     "were also killed in the attack.", "Violence against civilians", None, 4, None),
    # the suicide attacker counted once: "the attacker also died" is the one the lead's
    # suicide attack already adds
    ("A suicide attacker drove a truck of explosives into a police station in Bosaso, "
     "killing three officers. The attacker also died.", "Battles", None, 4, None),
    # the death a protest or riot reacts to is not its toll; protesters killed are
    ("Students protested in Kisumu over the killing of a classmate by police.",
     "Protests", "protested", None, None),
    ("Residents barricaded roads after a boda boda rider was killed by a lorry.",
     "Riots", "barricaded", None, None),
    ("Police fired on protesters in Migori, killing two.", "Protests", "protesters", 2, None),
]


@pytest.mark.parametrize(
    ("text", "event_type", "trigger", "fatalities", "injured"), MENTION_CASES
)
def test_mention_figures(
    parser: Language,
    text: str,
    event_type: str,
    trigger: str | None,
    fatalities: int | None,
    injured: int | None,
) -> None:
    mention = _code(parser, text, event_type=event_type, trigger=trigger)
    assert (mention.fatalities, mention.injured) == (fatalities, injured)


def test_claims_and_evidence(parser: Language) -> None:
    text = "A roadside bomb killed four soldiers and wounded 11 near Baidoa on Sunday."
    mention = _code(parser, text)
    claims = {(c.field, c.value) for c in mention.claims}
    assert claims == {("fatalities", 4), ("injured", 11)}
    for claim in mention.claims:
        assert claim.source is None  # filled by the sources stage
        assert claim.evidence is not None
        assert claim.evidence.field == claim.field
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.text
        assert claim.evidence in mention.evidence
    fatal = next(c for c in mention.claims if c.field == "fatalities")
    assert fatal.evidence is not None and fatal.evidence.text == "killed four"


def test_conflicting_reports_keep_both_claims(parser: Language) -> None:
    mention = _code(parser, "Police said 5 people were killed, while residents put the toll at 8.")
    assert sorted(c.value for c in mention.claims if c.field == "fatalities") == [5, 8]
    assert mention.fatalities == 5


def test_sum_of_groups_is_one_claim(parser: Language) -> None:
    mention = _code(parser, "Three soldiers and two civilians were killed in the ambush.")
    assert [c.value for c in mention.claims if c.field == "fatalities"] == [5]


def test_no_mention_of_casualties(parser: Language) -> None:
    mention = _code(parser, "Protesters blocked the highway for several hours.")
    assert mention.fatalities is None and mention.injured is None and mention.claims == []


def test_casualties_data_integrity() -> None:
    raw = yaml.safe_load(
        resources.files("eventcoder")
        .joinpath("data/casualties.yaml")
        .read_text(encoding="utf-8")
    )
    for key in ("fatal", "injured"):
        for trigger_class, words in raw[key].items():
            assert trigger_class in {
                "transitive", "intransitive", "adjective", "noun", "toll", "lives", "injuries",
                "set_alight", "found_body",
            }
            for word in words or []:
                assert word == word.lower().strip()
    lex = load_lexicon()
    assert lex.classes["fatalities"]["killed"] == "transitive"
    assert lex.classes["injured"]["wounded"] == "transitive"
    assert "km" in lex.non_count_units
    assert lex.cumulative.search("so far this year")
    assert lex.suicide.search("a suicide bomber blew himself up")
    assert lex.follow_up_sentences >= 1
    for pattern in raw["conflict_cue_patterns"]:
        re.compile(pattern)  # every pattern is a valid regular expression
    assert "may" not in lex.non_count_units  # "10 may have died" is a head count
    assert {"oct", "oct."} <= lex.non_count_units  # "01 Oct. 7 killed": a day, then the count
    assert {"believe", "believed"} <= lex.belief_words
    assert {"after", "following"} <= lex.earlier_clause_marks
    for word in raw["accompaniment_words"] + raw["belief_words"]:
        assert word == word.lower().strip()


@pytest.mark.parametrize(
    "text",
    [
        "The war, which began with protests in March 2011, has killed more than 320,000 people.",
        "The insurgency has killed thousands since 2009.",
    ],
)
def test_a_conflicts_running_toll_is_not_an_incident(parser: Language, text: str) -> None:
    assert _code(parser, text).fatalities is None


def test_perfect_tense_incident_still_counts(parser: Language) -> None:
    assert _code(parser, "Gunmen have killed five villagers in the latest raid.").fatalities == 5
