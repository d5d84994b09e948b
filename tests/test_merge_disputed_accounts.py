"""A teller's account that the story's next sentence denies ("Witnesses denied this") is a
disputed version of the incident the lead tells: it joins that incident as evidence and
does not re-type it (issue #3: a governor's claim of violent marchers made the soldiers'
shooting of a protest a riot)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language

LEAD = ("KISUMU, Kenya, May 6 - Police fired live rounds at hundreds of traders marching "
        "against new market fees in Kisumu on Tuesday, killing two of them, witnesses said.\n\n")
CLAIM = "The county police commander said some of the marchers had set fire to a police post."


def test_a_denied_claim_of_violent_marchers_leaves_the_shooting_of_a_protest(
        nlp: Language) -> None:
    text = LEAD + CLAIM + " Witnesses denied this, saying nobody had thrown anything."
    events = coded_events(nlp, text, "2025-05-07")
    assert len(events) == 1, describe(events)
    assert events[0].sub_event_type == "Excessive force against protesters", describe(events)
    assert events[0].fatalities == 2, describe(events)


def test_the_same_claim_undenied_still_makes_the_crowd_rioters(nlp: Language) -> None:
    # (a crowd that was violent at some point makes the demonstration a riot: data/merge.yaml)
    events = coded_events(nlp, LEAD + CLAIM, "2025-05-07")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"], describe(events)


def test_a_denied_claim_of_arrests_told_on_its_own_stays_an_event(nlp: Language) -> None:
    # (a claim that joins no incident is not folded into one: only its type vote goes)
    text = ("A mob burned a lorry in Kisumu on Tuesday after it hit a boy, police said. A "
            "transport union said 15 of its drivers had been arrested afterwards. The police "
            "commander rejected the claim.")
    events = coded_events(nlp, text, "2025-05-08")
    assert len(events) == 2, describe(events)
    assert "Arrests" in [e.sub_event_type for e in events], describe(events)


def test_a_denial_of_a_new_clause_is_no_denial_of_the_account(nlp: Language) -> None:
    text = LEAD + CLAIM + (" The governor refuted the allegation that the police had used "
                           "excessive force.")
    events = coded_events(nlp, text, "2025-05-07")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"], describe(events)


def test_a_claim_denied_in_a_trailing_clause_leaves_the_shooting_of_a_protest(
        nlp: Language) -> None:
    # (the denial told after a comma in the claim's own sentence: "..., which X denied")
    text = LEAD + ("The county police commander said some of the marchers had set fire to a "
                   "police post, which the traders' leaders denied.")
    events = coded_events(nlp, text, "2025-05-07")
    assert len(events) == 1, describe(events)
    assert events[0].sub_event_type == "Excessive force against protesters", describe(events)


def test_a_trailing_clause_that_denies_nothing_keeps_the_claim(nlp: Language) -> None:
    text = LEAD + ("The county police commander said some of the marchers had set fire to a "
                   "police post, which the traders' leaders had visited.")
    events = coded_events(nlp, text, "2025-05-07")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"], describe(events)
