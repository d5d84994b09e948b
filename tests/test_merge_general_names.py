"""A later sentence that points back at the act with a general word ("The explosive ...",
"The attack ...") names the incident the lead told, not another kind of act: it gives the
incident its figures and actors, not its type (issue #3: "explosive", a Remote explosive
by precedence, outranked the lead's thrown grenade)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

LEAD = ("A man threw a hand grenade into a bar in Garissa on Friday evening, injuring four "
        "customers, police said. ")


def test_the_explosive_named_again_leaves_the_grenade(nlp: Language) -> None:
    events = coded_events(nlp, LEAD + "The explosive went off near the counter.", "2025-05-10")
    assert [e.sub_event_type for e in events] == ["Grenade"], describe(events)
    assert events[0].injured == 4, describe(events)


def test_the_general_names_figures_still_count(nlp: Language) -> None:
    text = ("A man threw a hand grenade into a bar in Garissa on Friday evening, police said. "
            "The explosive killed two customers and wounded five.")
    events = coded_events(nlp, text, "2025-05-10")
    assert [e.sub_event_type for e in events] == ["Grenade"], describe(events)
    assert (events[0].fatalities, events[0].injured) == (2, 5), describe(events)


def test_the_general_names_doer_still_counts(nlp: Language) -> None:
    text = ("Gunmen threw a grenade at a bus stop in Wajir on Sunday, police said. The attack "
            "was carried out by Al Shabaab militants.")
    events = coded_events(nlp, text, "2025-05-10")
    assert [e.sub_event_type for e in events] == ["Grenade"], describe(events)
    assert events[0].actor1 == "Al Shabaab", describe(events)


def test_the_assault_read_as_another_kind_of_act_joins_the_fight(nlp: Language) -> None:
    # "the camp" is read as a place of civilians, so the assault alone is an attack on
    # civilians that matches no incident as read: opening its sentence, it names the
    # lead's fight, and its doer is the lead's unnamed attackers
    text = ("NAIROBI, June 12 (Reuters) - Three Kenyan police officers were killed when "
            "militants attacked a police camp near the town of Mandera on Tuesday, a police "
            "spokesman said.\n\n"
            "The assault on the camp, close to the Somali border, was carried out by al "
            "Shabaab fighters, the spokesman said.")
    events = coded_events(nlp, text, "2024-06-12")
    assert len(events) == 1, describe(events)
    assert events[0].sub_event_type == "Armed clash", describe(events)
    assert "Al Shabaab" in (events[0].actor1, events[0].actor2), describe(events)
    assert events[0].fatalities == 3, describe(events)


def test_the_attack_of_another_day_stays_its_own(nlp: Language) -> None:
    text = ("NAIROBI, June 12 (Reuters) - Three Kenyan police officers were killed when "
            "militants attacked a police camp near the town of Mandera on Tuesday, a police "
            "spokesman said.\n\n"
            "The assault on a bus near Lamu on Monday was carried out by the same group, "
            "he said.")
    events = coded_events(nlp, text, "2024-06-12")
    assert len(events) == 2, describe(events)


def test_the_attackers_told_again_are_the_leads_doers(nlp: Language) -> None:
    # "The attackers" is the only act word of the detail: read alone (an officer speaks
    # in it) it became a fight of its own beside the lead's shooting
    text = ("NAIROBI, Aug 3 (Reuters) - Gunmen shot dead four people at a bar in the town "
            "of Garissa late on Friday, police said.\n\n"
            "The attackers came on foot and opened fire on drinkers seated outside before "
            "escaping into the bush, a police officer at the scene told reporters.")
    events = coded_events(nlp, text, "2024-08-03")
    assert [e.sub_event_type for e in events] == ["Attack"], describe(events)
    assert events[0].fatalities == 4, describe(events)
