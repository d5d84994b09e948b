"""Kenyan names as ACLED's data writes them: Kibaki's 2007 party is the "Party of National
Unity" (no acronym before it), the Garba of Moyale have an ethnic militia of their
own, and so do the morans (the young warriors of the pastoral peoples) told alone."""

from __future__ import annotations

import eventcoder


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2)
            for e in eventcoder.code(text, published="2008-01-10")]


def test_the_party_of_national_unity() -> None:
    assert ("Armed clash", "ODM: Orange Democratic Movement", "Party of National Unity") in _events(
        "ODM and PNU supporters clashed in Kisumu on Tuesday, injuring two election officials.")


def test_the_garba_militia() -> None:
    assert ("Armed clash", "Borana Ethnic Militia (Kenya)", "Garba Ethnic Militia (Kenya)") in \
        _events("Four people died near Moyale after renewed clashes between Borana and Garba "
                "clans.")


def test_morans_told_alone_are_the_moran_militia() -> None:
    assert ("Attack", "Moran Ethnic Militia (Kenya)", "Civilians (Kenya)") in _events(
        "Morans drove off 200 goats from a homestead near Archers Post on Friday, killing a "
        "herder.")
