"""A demonym of a country no actor file lists ("Tajik", "Polish", "North Korean") scopes
the force word after it as a file's demonym does: "Tajik forces" are Tajikistan's
military, not an unknown group called "Tajik forces"."""

from __future__ import annotations

import eventcoder
from eventcoder.resolve.actors import default_actor_dictionary


def test_a_file_less_demonym_scopes_a_role_word() -> None:
    actor = default_actor_dictionary().resolve("Kazakh troops", "Kyrgyzstan")
    assert actor is not None
    assert actor.name == "Military Forces of Kazakhstan"


def test_a_file_less_demonym_before_forces_names_the_army() -> None:
    events = eventcoder.code(
        "OSH, May 4 - Uzbek forces fired mortar rounds at a border village in Osh "
        "province on Tuesday, wounding two farmers, local officials said.",
        published="2021-05-04")
    assert events
    assert any((e.actor1 or "").startswith("Military Forces of Uzbekistan") for e in events)
