"""A report headed by a rubric naming its kind of event (issue #3): "Non-violent
activity:", "Property destruction:", "Recruitment:" file the incident under that
kind, whatever attack or raid words the text then uses. A colon later in the text,
or the rubric's words inside a sentence, decide nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_mentions import primary_type
from spacy.language import Language

PUBLISHED = dt.date(2021, 6, 14)

CASES = [
    ("Non-violent activity: Armed men stormed a school in Elwak town at night and took "
     "away three water tanks.", "Other"),
    ("Property destruction: Youths attacked the offices of a county official in Kisii "
     "and smashed the windows.", "Looting/property destruction"),
    ("Recruitment: Police raided a forest camp near Kwale where a militia was "
     "swearing in new members.", "Change to group/activity"),
    # nothing the filters keep ("sighted" is no event word): the rubric still files one
    ("Movement of forces: Dozens of militia fighters were sighted crossing into Mandera "
     "county on Friday.", "Change to group/activity"),
    # the rubric's words inside the sentence are no rubric
    ("Armed men entered Elwak town at night and shot dead two traders, in what police "
     "called a non-violent activity gone wrong.", "Attack"),
    # a colon later in the text is no rubric
    ("Gunmen shot dead two traders in Elwak town on Sunday. Police said: the attackers "
     "fled towards the border.", "Attack"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_rubric_names_the_kind_of_event(nlp: Language, text: str, wanted: str) -> None:
    assert primary_type(nlp, text, PUBLISHED) == wanted
