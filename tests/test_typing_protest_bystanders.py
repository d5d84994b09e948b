"""People the forces hurt or killed at a demonstration or riot who are told as no part
of it (a bystander, a passer-by, someone who was fleeing or only watching, someone
hit by crossfire): ACLED codes the forces' violence on them as an attack on
civilians, not as force used on the demonstrators nor as their riot. The
demonstration word that only says where it happened yields to the attack; the
forces' violence on the demonstrators themselves keeps its demonstration types."""

from __future__ import annotations

import datetime as dt
from functools import partial

from fixtures_events import coded_events
from fixtures_mentions import new_types, primary_type
from spacy.language import Language

PUBLISHED = dt.date(2020, 3, 6)
_types = partial(new_types, published=PUBLISHED)


def test_bystander_shot_during_protests(nlp: Language) -> None:
    text = "Police shot dead a bystander during protests over bread prices in Kisumu on Tuesday."
    assert _types(nlp, text) == {"Attack"}


def test_passer_by_killed_during_protests(nlp: Language) -> None:
    text = "Officers killed a passer-by during protests over land rates in Nakuru on Monday."
    assert _types(nlp, text) == {"Attack"}


def test_passer_by_shot_in_the_passive_during_riots(nlp: Language) -> None:
    text = "A passer-by was shot dead by police during riots in Kakamega on Friday."
    assert _types(nlp, text) == {"Attack"}


def test_victim_fleeing_the_protest(nlp: Language) -> None:
    text = ("An elderly trader was shot dead by officers while he was fleeing the "
            "protests in Machakos on Sunday.")
    assert _types(nlp, text) == {"Attack"}


def test_attack_is_the_forces_on_civilians(nlp: Language) -> None:
    text = "Police shot dead a bystander during protests over bread prices in Kisumu on Tuesday."
    events = coded_events(nlp, text, PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Police Forces of Kenya (2013-)", "Civilians (Kenya)")]


def test_demonstrators_shot_keep_excessive_force(nlp: Language) -> None:
    # the forces' lethal force on the demonstrators themselves
    text = "Police shot dead two protesters during demonstrations in Kisumu on Tuesday."
    assert _types(nlp, text) == {"Excessive force against protesters"}


def test_demonstration_told_as_the_doers_keeps_its_type(nlp: Language) -> None:
    # the demonstrators' own act, not the scene of the shooting, stays the event
    text = "Protesters blocked roads in Kisumu on Tuesday and police shot dead a bystander."
    assert "Attack" not in _types(nlp, text)


def test_innocent_marchers_are_the_demonstrators(nlp: Language) -> None:
    # ("innocent" says nothing of being there by chance when the victims are marchers)
    text = "Police killed three innocent marchers in Kisumu on Friday."
    assert _types(nlp, text) == {"Excessive force against protesters"}


# The bystanders hit in a sentence of their own, after the demonstration's or the
# riot's sentence: the attack on them leads the note (mention_ranking.
# rank_bystanders_hit_over_crowds), the demonstration stays an event beside it.
_primary_type = partial(primary_type, published=PUBLISHED)


def test_bystander_hit_after_the_riot_sentence_leads(nlp: Language) -> None:
    text = ("Rioting broke out in the market town when a local trader was detained. "
            "Police shot dead a teenager who was fleeing from the scene.")
    assert _primary_type(nlp, text) == "Attack"
    assert {"Attack", "Violent demonstration"} <= _types(nlp, text)


def test_onlooker_hit_after_the_march_sentence_leads(nlp: Language) -> None:
    text = ("Hundreds of traders marched through the town on Monday to protest new levies. "
            "Officers shot a bystander who had stopped to watch the march.")
    assert _primary_type(nlp, text) == "Attack"


def test_marchers_shot_after_the_march_sentence_stay_the_demonstration(nlp: Language
                                                                       ) -> None:
    text = ("Hundreds of traders marched through the town on Monday to protest new levies. "
            "Officers shot two of the marchers.")
    assert _primary_type(nlp, text) != "Attack"
