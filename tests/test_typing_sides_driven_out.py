"""A side driven out of a place with the side named between the verb and its
particle ("pushing the militia's fighters out of the district"): the place changed
hands, whoever holds it now is read in the typing (issue #3). A person named as the
owner of the side driven out ("the commander's fighters") is not a man taken. Fails without
the split drive-out pattern of territory_regain (data/triggers.yaml) and
typing_armed._possessor; only armed men driven out leave a place taken
(typing_armed._side_named_inside)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_rebels_pushed_out_of_a_town_is_a_regain(nlp: Language) -> None:
    text = ("Army units entered Bunia on Saturday after pushing the rebel fighters out of "
            "the market district, a military spokesman said.")
    events = coded_events(nlp, text, "2024-03-04")
    assert [e.sub_event_type for e in events] == ["Government regains territory"],\
        describe(events)


def test_a_commanders_men_driven_out_are_no_man_taken(nlp: Language) -> None:
    text = ("Government soldiers on Tuesday drove rebel commander Joseph Mbaya's fighters out of "
            "their stronghold at Kalehe, local officials said.")
    events = coded_events(nlp, text, "2024-03-04")
    assert [e.sub_event_type for e in events] == ["Government regains territory"],\
        describe(events)


def test_aid_workers_driven_out_leave_no_place_taken(nlp: Language) -> None:
    text = ("A panic over witchcraft has pushed Red Cross staff out of two districts of "
            "northern Zambia, officials said on Tuesday.")
    events = coded_events(nlp, text, "2024-03-04")
    assert "Government regains territory" not in [e.sub_event_type for e in events],\
        describe(events)
