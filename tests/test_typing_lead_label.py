"""A category label that opens a text ("Property destruction: ...") types every event
the text tells, whatever its violent words, while the actors are still read from the
story; the same story without the label, or with the label's words elsewhere than at
the start, is typed by its words."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventcoder.extract.lead_label import lead_label_type, load_lead_labels
from eventcoder.pipeline import code_doc, make_article
from eventcoder.schema import Event
from eventcoder.taxonomy import event_type_of

_INTIMIDATION = ("A gang attacked the home of a county official in Kitale on Sunday to scare "
                 "him off the race. Nobody was hurt.")
_POST_BURNT = "Militants attacked a police post in Lamu on Sunday, burning the building."


def _events(nlp: Language, text: str) -> list[Event]:
    article = make_article(text, published="2019-05-10")
    return code_doc(nlp(text), article).events


@pytest.mark.parametrize(
    ("label", "story", "unlabelled", "labelled", "doer"),
    [
        ("Non-violent activity", _INTIMIDATION, "Attack", "Other",
         "Unidentified Armed Group (Kenya)"),
        # (the clash listed the police first, as battles do; the property's destroyer
        # comes first, the post's police second)
        ("Property destruction", _POST_BURNT, "Armed clash", "Looting/property destruction",
         "Unidentified Armed Group (Kenya)"),
    ],
)
def test_an_opening_label_types_the_story(nlp: Language, label: str, story: str,
                                          unlabelled: str, labelled: str, doer: str) -> None:
    plain = _events(nlp, story)
    assert [e.sub_event_type for e in plain] == [unlabelled]
    tagged = _events(nlp, f"{label}: {story}")
    assert [e.sub_event_type for e in tagged] == [labelled]
    # (the doer the story names stays the doer)
    assert tagged[0].actor1 == doer
    assert {tagged[0].actor1, tagged[0].actor2} == {plain[0].actor1, plain[0].actor2}


# An attack told under a property label whose story names no victim: the attack's
# assumed civilians are no side of the property destruction (no owner is told), and
# one whose owner is told keeps that owner.
def test_a_property_label_reads_the_sides_again(nlp: Language) -> None:
    story = ("Property destruction: Gunmen attacked a remote trading centre near Kainuk on "
             "Sunday night and set two shops alight.")
    events = _events(nlp, story)
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]
    assert (events[0].actor1, events[0].actor2) == ("Unidentified Armed Group (Kenya)", None)
    # (the trading centre, read as the attack's victims, is no evidence of a side now)
    assert not [e for e in events[0].evidence if e.field == "actor2"]
    owned = ("Property destruction: Bandits torched three Pokot huts near Kainuk on "
             "Sunday night. No one was hurt.")
    assert [e.actor2 for e in _events(nlp, owned)] == ["Civilians (Kenya)"]


def test_the_label_must_open_the_text(nlp: Language) -> None:
    # (the words inside a sentence, or without their colon, are no label)
    assert lead_label_type(f"Witnesses spoke of property destruction: {_POST_BURNT}") is None
    assert lead_label_type(f"Property destruction {_POST_BURNT}") is None
    assert lead_label_type(f'"Property destruction: {_POST_BURNT}"') \
        == "Looting/property destruction"
    assert [e.sub_event_type for e in _events(nlp, f"Police said: {_POST_BURNT}")] \
        == ["Armed clash"]


def test_every_label_names_an_acled_sub_event_type() -> None:
    labels = load_lead_labels()
    assert labels and all(event_type_of(sub) for sub in labels.values())
    assert all(label == label.lower().strip() for label in labels)


def test_a_label_tells_an_event_no_trigger_word_found(nlp: Language) -> None:
    story = "Armed herders from a neighbouring county were sighted near Kainuk on Monday."
    assert _events(nlp, story) == []
    tagged = _events(nlp, f"Movement of forces: {story}")
    assert [e.sub_event_type for e in tagged] == ["Change to group/activity"]


@pytest.mark.parametrize(
    ("label", "story", "labelled"),
    [
        # (words told only as a plan: the label says the coder recorded the act)
        ("Recruitment", "The county government will recruit 300 new reservists for the "
         "border wards next month.", "Change to group/activity"),
        # (violence the story denies: the label names the non-violent act it was)
        ("Non-violent activity", "Gunmen stopped a lorry near Elwak on Monday and drove it "
         "towards the border. No violence was reported.", "Other"),
    ],
)
def test_a_label_tells_the_event_its_words_only_plan_or_deny(
        nlp: Language, label: str, story: str, labelled: str) -> None:
    # (fails when the label's event is added only to texts with no mention at all)
    assert not any(e.sub_event_type == labelled for e in _events(nlp, story))
    tagged = _events(nlp, f"{label}: {story}")
    assert [e.sub_event_type for e in tagged] == [labelled]


@pytest.mark.parametrize(
    ("label", "sub"),
    [("Security measures", "Change to group/activity"),
     ("Weapons seizure", "Disrupted weapons use")],
)
def test_labels_of_security_measures_and_seizures(nlp: Language, label: str, sub: str) -> None:
    # (ACLED's notes open strategic developments with these labels too)
    story = "Officers stopped two men with a heavy sack at a roadblock near Garissa on Friday."
    assert [e.sub_event_type for e in _events(nlp, f"{label}: {story}")] == [sub]
