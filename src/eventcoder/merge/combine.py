"""Combining the reports of one incident into one event: sub-type, sides,
figures, sources, precision, confidence and the generated notes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from eventcoder.merge.figures import _figures, _resolve_figures
from eventcoder.merge.places_dates import _country_told, _sentences_of, _told_on
from eventcoder.merge.sides import CIVILIANS, _allies_reported, _pick_actor
from eventcoder.merge.words import CIVILIAN_FIELD, _name_sets, notes_phrases
from eventcoder.schema import Event, Evidence
from eventcoder.taxonomy import event_type_of, interaction_code, precedence

__all__ = [
    "combine_reports",
    "summary_sentence",
]


@cache
def _merged_demonstration_precedence() -> dict[str, frozenset[str]]:
    """Sub-types that outrank others within one merged demonstration (data/merge.yaml)."""
    return _name_sets("merged_demonstration_precedence")


def _merged_sub_type(reports: Sequence[Event]) -> Event:
    """The report whose sub-type the merged event takes: ACLED precedence, except that a
    violent crowd makes one demonstration a riot (data/merge.yaml)."""
    typed = min(reports, key=lambda r: precedence(r.sub_event_type))
    overrides = _merged_demonstration_precedence()
    for report in reports:
        if typed.sub_event_type in overrides.get(report.sub_event_type, frozenset()):
            return report
    return typed


def _split_sources(source: str | None) -> list[str]:
    return [s.strip() for s in (source or "").split(";") if s.strip()]


def _join_unique(values: Iterable[str | None]) -> str | None:
    out: dict[str, None] = {}
    for value in values:
        for part in _split_sources(value):
            out.setdefault(part, None)
    return "; ".join(out) or None


def _kept_as_written(reports: Sequence[Event], event: Event) -> list[str]:
    """The reports' names the actor dictionary does not know that the combined event
    still carries as a side or an associate (a report's flag follows its name)."""
    named = {part for value in (event.actor1, event.actor2, event.assoc_actor_1,
                                event.assoc_actor_2) for part in _split_sources(value)}
    return list(dict.fromkeys(name for r in reports for name in r.actors_not_normalised
                              if name in named))


def _combined_confidence(values: Sequence[float]) -> float:
    ordered = sorted(values, reverse=True)
    if not ordered:
        return 0.0
    conf = ordered[0]
    for extra in ordered[1:]:
        conf += (1.0 - conf) * 0.2 * extra
    return round(min(conf, 1.0), 4)


def _location_phrase(event: Event) -> str:
    if not event.location:
        return f" in {event.country}" if event.country else ""
    where = event.location
    context = [x for x in (event.admin1, event.country) if x and x != event.location]
    if context:
        where += f" ({', '.join(context)})"
    return f" near {where}" if event.geo_precision == 2 else f" in {where}"


def summary_sentence(event: Event) -> str:
    """A short summary in the project's own words: 'On <date>, <actor1> ... in <place>'."""
    phrases = notes_phrases()
    words = phrases.by_sub_event.get(event.sub_event_type, {})
    if event.inter1 is not None:
        words = {**words, **phrases.by_actor1_inter.get((event.sub_event_type, event.inter1), {})}
    if event.event_date:
        when = f"On {event.event_date.isoformat()}"
        if event.time_precision == 2:
            when = f"In the week of {event.event_date.isoformat()}"
        elif event.time_precision == 3:
            when = f"In {event.event_date.strftime('%B %Y')}"
    else:
        when = phrases.unknown_date
    if event.actor1:
        what = f"{event.actor1} {words.get('verb', event.sub_event_type.lower())}"
        if event.actor2:
            target = words.get("target", "")
            what += f" {target} {event.actor2}" if target else f" {event.actor2}"
    else:
        what = f"{words.get('noun', event.sub_event_type.lower())} occurred"
        if event.actor2:
            what += f" targeting {event.actor2}"
    sentence = f"{when}, {what}{_location_phrase(event)}"
    tolls = []
    if event.fatalities:
        tolls.append(phrases.fatalities_phrase.format(n=event.fatalities))
    if event.injured:
        tolls.append(phrases.injured_phrase.format(n=event.injured))
    if tolls:
        sentence += ": " + ", ".join(tolls)
    return sentence + "."


def combine_reports(
    reports: Sequence[Event], *, event_id: str | None = None, extra_notes: Sequence[str] = ()
) -> Event:
    """Combine reports of one incident (events from one or several documents) into one.

    ``reports`` are in reading order (the lead first, or the first stored
    report first); the result keeps every report's evidence and claims.
    """
    if not reports:
        raise ValueError("no reports to combine")
    # Folded civilian reports carry their host battle's type and no actors of their own
    # (see _fold_civilians_into_battles), so every report can vote on type and actors.
    main = list(reports)
    typed = _merged_sub_type(main)
    sub_event_type = typed.sub_event_type
    accounts = _disagreeing_accounts(reports, event_type_of(sub_event_type))
    if accounts is not None:
        sub_event_type, account_note = accounts
    else:
        account_note = None
    placed = [r for r in reports if r.location]
    where = min(placed, key=lambda r: r.geo_precision or 1) if placed else None
    where_precision = _precision_at(where, placed) if where else None
    dated = [r for r in main if r.event_date] or [r for r in reports if r.event_date]
    when = min(dated, key=lambda r: r.time_precision or 1) if dated else None
    if len({r.event_date for r in dated}) > 1:
        # among the most precise, the incident's own day over the day a report was told
        # ("the agency said on Tuesday", the detail's "on Sunday night")
        sentences = _sentences_of(*reports)
        when = min(dated, key=lambda r: (r.time_precision or 1, _told_on(r, sentences)))
    final_type = event_type_of(sub_event_type)
    actor1, inter1 = _pick_actor(main, 1, typed, event_type=final_type)
    actor2, inter2 = _pick_actor(main, 2, typed, event_type=final_type, other=actor1,
                                 other_inter=inter1)
    notes_extra = list(extra_notes)
    if account_note:
        notes_extra.append(account_note)
    fatalities, note = _resolve_figures(reports, "fatalities")
    if note:
        notes_extra.append(f"Fatality reports differ: {note}.")
    civilians, civ_note = _figures(reports, CIVILIAN_FIELD).resolve()
    if civilians:
        notes_extra.append(f"Includes {civilians} civilians killed in the fighting.")
    if civ_note:
        notes_extra.append(f"Civilian fatality reports differ: {civ_note}.")
    injured, inj_note = _resolve_figures(reports, "injured")
    if inj_note:
        notes_extra.append(f"Injury reports differ: {inj_note}.")
    country = where.country if where else next(
        (r.country for r in sorted(reports, key=lambda r: not _country_told(r)) if r.country),
        None)
    event = Event(
        event_id=event_id or reports[0].event_id,
        doc_id=reports[0].doc_id,
        event_date=when.event_date if when else None,
        time_precision=when.time_precision if when else None,
        event_type=final_type,
        sub_event_type=sub_event_type,
        actor1=actor1,
        assoc_actor_1=_join_unique([*(r.assoc_actor_1 for r in main),
                                    *_allies_reported(main, actor1, inter1, actor2)]),
        inter1=inter1,
        actor2=actor2,
        assoc_actor_2=_join_unique([*(r.assoc_actor_2 for r in main),
                                    *_allies_reported(main, actor2, inter2, actor1)]),
        inter2=inter2,
        interaction=interaction_code(inter1, inter2),
        civilian_targeting="Civilian targeting" if inter2 == CIVILIANS else None,
        country=country,
        iso3=where.iso3 if where else next((r.iso3 for r in reports if r.iso3), None),
        admin1=where.admin1 if where else None,
        admin2=where.admin2 if where else None,
        location=where.location if where else None,
        latitude=where.latitude if where else None,
        longitude=where.longitude if where else None,
        geo_precision=where_precision,
        geonameid=where.geonameid if where else None,
        source=_join_unique(r.source for r in reports),
        fatalities=(fatalities or 0) + (civilians or 0),
        injured=injured or 0,
        confidence=_combined_confidence([r.confidence for r in reports]),
        evidence=_unique_evidence(e for r in reports for e in r.evidence),
        claims=[c for r in reports for c in r.claims],
    )
    event.actors_not_normalised = _kept_as_written(reports, event)
    event.notes = " ".join([summary_sentence(event), *notes_extra])
    return event


def _disagreeing_accounts(reports: Sequence[Event], event_type: str
                          ) -> tuple[str, str] | None:
    """When sources disagree on what happened, the most conservative account and a note.

    Each report's ``sub_event_type`` claims say which source told what. Sources
    disagree when two of them share no account (one says air strike, the other
    shelling); the event is then coded by the account listed first for its event
    type in data/notes.yaml. Accounts of another event type, or outside the
    list, leave the event as merged.
    """
    told: dict[str, list[str]] = {}
    for report in reports:
        for claim in report.claims:
            if claim.field == "sub_event_type" and claim.source:
                kinds = told.setdefault(claim.source, [])
                if claim.value not in kinds:
                    kinds.append(str(claim.value))
    if len(told) < 2:
        return None
    included = _name_sets("accounts_included")
    # a capture includes the fighting: "took the town" and "fighting" agree
    sets = [set(kinds).union(*(included.get(k, frozenset()) for k in kinds))
            for kinds in told.values()]
    if not any(a.isdisjoint(b) for i, a in enumerate(sets) for b in sets[i + 1:]):
        return None
    phrases = notes_phrases()
    order = phrases.conservative_order.get(event_type, ())
    claimed = {kind for kinds in sets for kind in kinds}
    if not claimed <= set(order):
        return None
    chosen = next(kind for kind in order if kind in claimed)
    listed = "; ".join(
        phrases.account_phrase.format(source=source, sub_event_type=", ".join(kinds))
        for source, kinds in told.items()
    )
    return chosen, phrases.account_disagreement_phrase.format(accounts=listed, chosen=chosen)


def _precision_at(where: Event, placed: Sequence[Event]) -> int | None:
    """Town-level precision of the chosen place as the first report of that same town
    states it: "near Baidoa" in the lead (2) is not undone by a later sentence that
    names Baidoa for another reason (1)."""
    if (where.geo_precision or 1) > 2:
        return where.geo_precision
    for report in placed:
        same = (report.geonameid == where.geonameid if where.geonameid is not None
                else (report.location or "").casefold() == (where.location or "").casefold())
        if same and (report.geo_precision or 1) <= 2:
            return report.geo_precision
    return where.geo_precision


def _unique_evidence(items: Iterable[Evidence]) -> list[Evidence]:
    seen: set[tuple[str, int, int, str | None]] = set()
    out: list[Evidence] = []
    for e in items:
        key = (e.doc_id, e.start, e.end, e.field)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
