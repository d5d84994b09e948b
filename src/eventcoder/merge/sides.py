"""Sides: whether two reports' actors can be one incident's, and which actors
the merged event keeps on each side.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventcoder.merge.words import _ACTOR_COUNTRY, _STATE_COUNTRY, _merge_set
from eventcoder.schema import Event

__all__ = [
    "CIVILIANS",
]

CIVILIANS = 7  # inter code


def _is_unidentified(name: str | None) -> bool:
    return bool(name) and str(name).startswith("Unidentified")


def _same_actor(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


_GENERIC_INTER = frozenset({5, 6, 7})  # rioters, protesters, civilians


def _actor_rank(name: str | None, inter: int | None) -> int:
    """How well a report identifies one side: 2 a named group or state force,
    1 a generic crowd or civilians, or a body that mostly tells of violence (the
    UN's toll of a fight, merge.yaml teller_actors), 0 unidentified or none."""
    if not name or _is_unidentified(name):
        return 0
    return 1 if inter in _GENERIC_INTER or name in _teller_actors() else 2


def _teller_actors() -> frozenset[str]:
    """Actors that report on violence far more than they take part in it: as a side
    they never keep apart two reports of one fight ("The UN said ... 40 people had
    been killed in the four days of fighting" retells the lead's clash)."""
    return _merge_set("teller_actors")


_STATE_FORCES = 1  # inter code


def _state_country(name: str | None, inter: int | None) -> str | None:
    """The country of a state force's canonical name, None for other actors."""
    if not name or inter != _STATE_FORCES:
        return None
    m = _STATE_COUNTRY.search(name)
    return m.group("country").casefold() if m else None


def _allied_forces(x: str | None, xi: int | None, y: str | None, yi: int | None) -> bool:
    """Two state forces of one country ("the police" in one sentence, "soldiers" in
    the next): ACLED codes them on one side, the second as associated actor."""
    country = _state_country(x, xi)
    return country is not None and country == _state_country(y, yi)


def _sides_conflict(a1: tuple[str | None, int | None], b1: tuple[str | None, int | None],
                    a2: tuple[str | None, int | None], b2: tuple[str | None, int | None]
                    ) -> bool:
    """Do the two reports name clearly different parties on a side? Only two
    confidently named actors that differ do; generic, unidentified or missing
    actors never (the actor stage is noisy within a story). Two state forces of
    one country do not either when both reports name the same party against them
    ("police fought the rebels", "the rebels ambushed soldiers"), or the same unnamed
    armed group ("police fought gunmen at the palace", "soldiers battled the attackers"):
    not civilians, whom forces of one country often hit in two acts of one day."""
    pairs = ((a1, b1), (a2, b2))
    for k, ((x, xi), (y, yi)) in enumerate(pairs):
        if _actor_rank(x, xi) < 2 or _actor_rank(y, yi) < 2 or _same_actor(x, y):
            continue
        (u, ui), (v, _) = pairs[1 - k]
        if not (_allied_forces(x, xi, y, yi) and _same_actor(u, v)
                and (_actor_rank(u, ui) == 2 or _is_unidentified(u))):
            return True
    return False


def _actors_compatible_in_document(a: Event, b: Event) -> bool:
    """Within one story the mentions of an incident may each get different, partial
    actors: they are one incident unless both name different parties."""
    pa1, pa2 = (a.actor1, a.inter1), (a.actor2, a.inter2)
    pb1, pb2 = (b.actor1, b.inter1), (b.actor2, b.inter2)
    ranks = (_actor_rank(*pa1), _actor_rank(*pb1))
    if set(ranks) == {0, 2} and a.actor1 and b.actor1 and a.event_type != b.event_type:
        # "gunmen" attacking here, a named group shelling there: a named doer takes
        # over an unidentified one only for the same kind of act ("Al Shabaab also
        # fired mortars" after a gun attack is a second event). An unattributed
        # killing of civilians is the exception: it is how stories re-tell the toll
        # of the strike or clash they lead with ("19 people were killed in the raids").
        unnamed, named = (a, b) if ranks[0] == 0 else (b, a)
        if unnamed.event_type != "Violence against civilians" and not _fires_back_in_battle(
                unnamed, named) and not _second_side_of_battle(unnamed, named):
            return False
    if not _sides_conflict(pa1, pb1, pa2, pb2) or _one_act_of_allied_forces(a, b):
        return True
    # sides swapped: "soldiers fought rebels" / "rebels attacked soldiers"; not when
    # both name the same target and different doers (the regime's strike on civilians
    # and Russia's strike on civilians are two events, not one told backwards)
    if _same_actor(a.actor2, b.actor2):
        return False
    return not _sides_conflict(pa1, pb2, pa2, pb1)


def _allied_forces_sub_types() -> frozenset[str]:
    return _merge_set("allied_forces_sub_types")


def _one_act_of_allied_forces(a: Event, b: Event) -> bool:
    """Two reports of one act by two state forces of one country against the same
    (or an untold) other side, of a sub-type listed in ``allied_forces_sub_types``
    ("Rangers arrested the former prime minister", the minister: "he had been
    detained on a warrant", the arrest then credited to the police): one event."""
    return (a.sub_event_type == b.sub_event_type
            and a.sub_event_type in _allied_forces_sub_types()
            and _allied_forces(a.actor1, a.inter1, b.actor1, b.inter1)
            and (a.actor2 is None or b.actor2 is None or _same_actor(a.actor2, b.actor2)))


def _fires_back_in_battle(unnamed: Event, battle: Event) -> bool:
    """"Police shot dead an Al Shabaab suspect ... after he hurled a grenade at the
    officers": an act by an unnamed doer against the battle's first side (its target
    is the side the battle names first) is the other side's part in that battle, not
    a second event. An act against the battle's second side is another attack by the
    first ("Al Shabaab attacked the post ... also fired mortars at it")."""
    return (battle.event_type == "Battles" and _actor_rank(unnamed.actor2, unnamed.inter2) == 2
            and _same_actor(unnamed.actor2, battle.actor1))


def _second_side_of_battle(unnamed: Event, battle: Event) -> bool:
    """Is the unnamed doer of an act aimed at nobody the text names ("the attackers"
    threw a grenade) the very unidentified group the battle names as its second side
    (the gunmen the police fought)? The order of a battle's sides means nothing: the
    act is that side's part in the fight, as when the battle names the group first."""
    return (battle.event_type == "Battles" and unnamed.actor2 is None
            and _same_actor(unnamed.actor1, battle.actor2))


def _side_match(x: str | None, y: str | None) -> str:
    """How two reports name one side: "same", "open" (one names nobody),
    "unnamed" (an unidentified group against a name) or "differ"."""
    if x is None or y is None:
        return "open"
    if _same_actor(x, y):
        return "same"
    return "unnamed" if _is_unidentified(x) or _is_unidentified(y) else "differ"


def _actors_compatible(a: Event, b: Event, *, across_documents: bool) -> bool:
    """Same actor pair, allowing unknowns; Battles' pairs are unordered."""
    if not across_documents:
        return _actors_compatible_in_document(a, b)

    def pair_ok(a1: str | None, a2: str | None, b1: str | None, b2: str | None) -> bool:
        sides = (_side_match(a1, b1), _side_match(a2, b2))
        if "differ" in sides:
            return False
        if "unnamed" not in sides:
            return True
        # "gunmen" in one report, the group named in another (on either side: a
        # battle lists the state forces first): only for the same kind of incident
        # and against the same named other side, so different pairs never merge.
        other = sides[1] if sides[0] == "unnamed" else sides[0]
        return other == "same" and a.sub_event_type == b.sub_event_type

    if pair_ok(a.actor1, a.actor2, b.actor1, b.actor2):
        return True
    if a.event_type == "Battles" and b.event_type == "Battles":
        return pair_ok(a.actor1, a.actor2, b.actor2, b.actor1)
    return False


def _one_sided(report: Event) -> bool:
    """A report whose type tells who did it to whom (an attack on civilians, a strike or
    bomb that hit civilians): its actor1 is the doer, its sides are never read swapped."""
    return report.inter2 == CIVILIANS and report.event_type in (
        "Violence against civilians", "Explosions/Remote violence")


def _on_side(name: str, inter: int | None, side: int,
             placed: dict[str, tuple[int, str, int | None]]) -> bool:
    """Is the actor already placed on this side (or on both), or a state force allied
    with one that is (the police on the army's side)?"""
    if name.casefold() in placed:
        return placed[name.casefold()][0] in (side, _BOTH_SIDES)
    return any(s == side and _allied_forces(n, i, name, inter) for s, n, i in placed.values())


def _by_initiative(reports: Sequence[Event], typed: Event) -> list[Event]:
    """The reports in the order their sides are believed: the report whose trigger
    decided the type first, then the other reports of the final event type, then the
    rest, each group in reading order."""
    rest = [r for r in reports if r is not typed]
    return [typed, *(r for r in rest if r.event_type == typed.event_type),
            *(r for r in rest if r.event_type != typed.event_type)]


_BOTH_SIDES = 0  # an actor a report names against itself (two unnamed groups fighting)


def _incident_sides(reports: Sequence[Event], typed: Event) -> dict[str, int]:
    """The side of the incident each actor is on (1, 2, or _BOTH_SIDES). The report
    whose trigger decided the type places its actors as it names them; each further
    report is read as naming the sides in that order or swapped, whichever agrees with
    the actors already placed ("the army said it repelled the attackers" after "JNIM
    attacked the post"), and places its new actors accordingly (a named group on the
    side of the unnamed one the lead told). A one-sided report (an attack on civilians)
    is never read swapped: its victims are never the doers. A report that names one
    actor on both sides tells no order; an actor keeps the first side it was placed on."""
    placed: dict[str, tuple[int, str, int | None]] = {}
    for report in _by_initiative(reports, typed):
        pairs = [(1, report.actor1, report.inter1), (2, report.actor2, report.inter2)]
        if _same_actor(report.actor1, report.actor2):
            placed.setdefault(str(report.actor1).casefold(),
                              (_BOTH_SIDES, str(report.actor1), report.inter1))
            continue
        swapped = False
        if not _one_sided(report):
            kept = sum(_on_side(n, i, s, placed) for s, n, i in pairs if n)
            turned = sum(_on_side(n, i, 3 - s, placed) for s, n, i in pairs if n)
            swapped = turned > kept
            if kept == turned == 0 and report.actor2 is None and report.inter1 in _ARMED_GROUPS:
                # a group named alone ("the Coastal Shield Brigade said it had carried
                # out the attack"): the name of the side the lead left unnamed
                swapped = _unnamed_side(placed) == 2
        for side, name, inter in pairs:
            if name:
                placed.setdefault(name.casefold(), (3 - side if swapped else side, name, inter))
    return {key: side for key, (side, _, _) in placed.items()}


_ARMED_GROUPS = frozenset({2, 3, 4})  # inter codes: rebels, political and identity militias


def _unnamed_side(placed: dict[str, tuple[int, str, int | None]]) -> int | None:
    """The side only unidentified groups hold, when the other holds a named party."""
    ranks: dict[int, set[int]] = {1: set(), 2: set()}
    for side, name, inter in placed.values():
        if side in ranks:
            ranks[side].add(_actor_rank(name, inter))
    for side in (1, 2):
        if ranks[side] == {0} and 2 in ranks[3 - side]:
            return side
    return None


def _side_rank(name: str, inter: int | None, event_type: str | None) -> int:
    """How well an actor identifies a side of the incident (_actor_rank). In a battle
    the state's force comes first among the named parties of its side (the police who
    shot the robbers, over the guards the robbers beat), and civilians are no party:
    the victims a one-sided report of the fight names rank below the unidentified
    armed group the battle's reports name."""
    if event_type != "Battles":
        return _actor_rank(name, inter)
    if inter == CIVILIANS:
        return -1
    rank = _actor_rank(name, inter)
    return rank + 1 if rank == 2 and inter == _STATE_FORCES else rank


def _pick_actor(reports: Sequence[Event], side: int, typed: Event, *,
                event_type: str | None = None, other: str | None = None,
                other_inter: int | None = None) -> tuple[str | None, int | None]:
    """The best-identified actor placed on a side (_incident_sides): named > generic >
    unidentified; then one from a report of the incident's final event type (its
    actors fit that type: protesters for a protest, rioters for a riot); then the
    report whose trigger decided the type, then the others in reading order.
    Never the actor already on the other side, unless a report names it on both
    sides (two unnamed armed groups fighting, rioters against rioters: ACLED names
    both sides alike). Nor a state force allied with the other side's, unless one
    report sets the two against each other."""
    sides = _incident_sides(reports, typed)
    known: list[tuple[int, int, int, int, str, int | None]] = []
    for order, report in enumerate(_by_initiative(reports, typed)):
        both_sides = _same_actor(report.actor1, report.actor2)
        for name, inter in ((report.actor1, report.inter1), (report.actor2, report.inter2)):
            if not name or (not both_sides and (
                    _same_actor(name, other)
                    or sides.get(name.casefold()) not in (side, _BOTH_SIDES))):
                continue
            if _allied_forces(other, other_inter, name, inter) and not _allied_forces(
                    report.actor1, report.inter1, report.actor2, report.inter2):
                continue
            fits = 1 if event_type is not None and report.event_type == event_type else 0
            known.append((-_side_rank(name, inter, event_type),
                          -_foreign_civilians(name, inter, report), -fits, order, name, inter))
    if not known:
        return None, None
    *_, name, inter = min(known)
    return name, inter


def _foreign_civilians(name: str, inter: int | None, report: Event) -> int:
    """1 for civilians named with a nation other than the event's country ("Somali
    refugees" in a Kenyan camp, "an Italian missionary"): that nationality was told,
    while the event country's civilians are also what an untold nationality defaults
    to, so the told one describes the victims better."""
    if inter != CIVILIANS or not report.country:
        return 0
    m = _ACTOR_COUNTRY.search(name)
    return 1 if m and m.group("country").casefold() != report.country.casefold() else 0


def _allies_reported(reports: Sequence[Event], chosen: str | None,
                     inter: int | None, other: str | None) -> list[str]:
    """Other state forces of the chosen actor's country that some report names
    (on either side: the sides of allied forces are what merging reconciled),
    except the other side's actor. None where a report sets two forces of one
    country against each other (a clash between police and soldiers)."""
    if any(_allied_forces(r.actor1, r.inter1, r.actor2, r.inter2) for r in reports):
        return []
    allies: list[str] = []
    for report in reports:
        for name, name_inter in ((report.actor1, report.inter1),
                                 (report.actor2, report.inter2)):
            if (name and not _same_actor(name, chosen) and not _same_actor(name, other)
                    and _allied_forces(chosen, inter, name, name_inter)):
                allies.append(name)
    return allies
