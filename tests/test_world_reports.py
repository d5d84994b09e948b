"""End to end on short wire-style reports from many conflicts.

tests/data/world_reports*.jsonl hold reports the team wrote about real incidents
(Mali, Ukraine, Sudan, Colombia, Pakistan, Kenya, Syria, Somalia, Nigeria, Iraq,
Ethiopia), in the phrasing agencies use: datelines, "X said", lead and detail,
background and running tolls. None was used to tune a rule; they are a small
held-out check of what a careful ACLED coder codes from each. Every field is a
test of its own, so a failure names the stage. Fields the pipeline still gets
wrong are listed in KNOWN_GAPS as strict xfails (they fail the suite once fixed,
so the list stays true).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fixtures_events import describe, near, town_point

import eventcoder
from eventcoder.geo import haversine_km
from eventcoder.schema import Event
from eventcoder.taxonomy import event_type_of

DATA = Path(__file__).resolve().parent / "data"
# Every batch: world_reports.jsonl (sessions 5 and 6), world_reports_3.jsonl (session 7), ...
REPORTS = sorted(DATA.glob("world_reports*.jsonl"))


@dataclass(frozen=True, slots=True)
class Want:
    doc_id: str
    sub_event_type: str
    admin1: str
    date: dt.date | None = None  # None: the report leaves the day open
    town: str | None = None  # the event is at or near this town (gazetteer name)
    country_code: str = ""
    fatalities: int | None = None  # None: not checked (the conventions disagree)
    injured: int | None = None
    actor1: str | None = None  # a prefix of the canonical name
    actor2: str | None = None

    def __str__(self) -> str:
        return f"{self.sub_event_type}@{self.doc_id}" + (f"/{self.town}" if self.town else "")


D = dt.date
WANTED = [
    Want("mali_boni_ambush", "Armed clash", "Mopti", D(2024, 2, 18),
         actor1="Military Forces of Mali", actor2="JNIM"),
    Want("ukraine_hroza_missile", "Shelling/artillery/missile attack", "Kharkiv",
         D(2023, 10, 5), fatalities=51, actor1="Military Forces of Russia",
         actor2="Civilians (Ukraine)"),
    Want("ukraine_hroza_missile", "Air/drone strike", "Odesa", town="Odesa",
         country_code="UA", injured=2, actor1="Military Forces of Russia"),
    Want("sudan_geneina_governor", "Attack", "West Darfur", D(2023, 6, 14),
         town="Al-Junaynah", country_code="SD", fatalities=1),
    Want("colombia_tumaco_station", "Armed clash", "Nariño", D(2022, 3, 8), town="Tumaco",
         country_code="CO", fatalities=2, actor1="Police Forces of Colombia",
         actor2="EMC: FARC Central General Staff"),
    Want("pakistan_shangla_bombing", "Suicide bomb", "Khyber Pakhtunkhwa", D(2024, 3, 26),
         fatalities=7, actor1="Unidentified Armed Group (Pakistan)",
         actor2="Civilians (Pakistan)"),
    Want("kenya_parliament_protest", "Excessive force against protesters", "Nairobi",
         D(2024, 6, 25), town="Nairobi", country_code="KE", fatalities=5,
         actor1="Protesters (Kenya)", actor2="Police Forces of Kenya"),
    Want("kenya_parliament_protest", "Peaceful protest", "Uasin Gishu", D(2024, 6, 25),
         town="Eldoret", country_code="KE", fatalities=0, actor1="Protesters (Kenya)"),
    Want("syria_idlib_strikes", "Air/drone strike", "Idleb", D(2019, 5, 13),
         town="Kafranbel", country_code="SY", fatalities=11,
         actor1="Military Forces of Syria", actor2="Civilians (Syria)"),
    Want("syria_idlib_strikes", "Air/drone strike", "Idleb", D(2019, 5, 13), town="Hish",
         country_code="SY", fatalities=3, injured=0, actor1="Military Forces of Russia",
         actor2="Civilians (Syria)"),
    Want("syria_idlib_strikes", "Shelling/artillery/missile attack", "Hama", D(2019, 5, 13),
         fatalities=0, injured=4, actor1="Opposition Rebels (Syria)",
         actor2="Civilians (Syria)"),
    Want("somalia_hotel_siege", "Remote explosive/landmine/IED", "Banadir", D(2022, 8, 19),
         town="Mogadishu", country_code="SO", fatalities=21, actor1="Al Shabaab"),
    Want("somalia_hotel_siege", "Armed clash", "Banadir", D(2022, 8, 20),
         town="Mogadishu", country_code="SO", actor1="Military Forces of Somalia",
         actor2="Al Shabaab"),
    Want("nigeria_jangebe_kidnapping", "Abduction/forced disappearance", "Zamfara",
         D(2021, 2, 26), fatalities=0, actor1="Unidentified Armed Group (Nigeria)",
         actor2="Civilians (Nigeria)"),
    Want("nigeria_jangebe_kidnapping", "Armed clash", "Zamfara", fatalities=1,
         actor1="Police Forces of Nigeria", actor2="Unidentified Armed Group (Nigeria)"),
    Want("iraq_baghdad_market", "Suicide bomb", "Baghdad", D(2021, 1, 21), town="Baghdad",
         country_code="IQ", fatalities=34, injured=110, actor1="Islamic State",
         actor2="Civilians (Iraq)"),
    Want("ethiopia_dessie_capture", "Non-state actor overtakes territory", "Amhara",
         town="Dessie", country_code="ET", fatalities=0,
         actor1="TPLF", actor2="Military Forces of Ethiopia"),
    # Second batch, written in session 6 before any rule was changed for it.
    Want("myanmar_pazigyi_airstrike", "Air/drone strike", "Sagaing", D(2023, 4, 11),
         fatalities=100, actor1="Military Forces of Myanmar (2021-)",
         actor2="Civilians (Myanmar)"),
    Want("drc_bunagana_capture", "Non-state actor overtakes territory", "North Kivu",
         D(2022, 6, 13), fatalities=0, actor1="M23",
         actor2="Military Forces of the Democratic Republic of Congo"),
    Want("mozambique_palma_attack", "Attack", "Cabo Delgado", D(2021, 3, 24),
         actor1="Islamic State (Mozambique)", actor2="Civilians (Mozambique)"),
    Want("mozambique_palma_attack", "Armed clash", "Cabo Delgado", D(2021, 3, 27),
         actor1="Military Forces of Mozambique", actor2="Islamic State (Mozambique)"),
    Want("afghanistan_kabul_airport", "Suicide bomb", "Kabul", D(2021, 8, 26), town="Kabul",
         country_code="AF", fatalities=184, actor1="Islamic State Khorasan Province",
         actor2="Civilians (Afghanistan)"),
    Want("yemen_marib_missile", "Shelling/artillery/missile attack", "Marib", D(2021, 6, 5),
         town="Marib", country_code="YE", fatalities=17, actor1="Houthi Movement",
         actor2="Civilians (Yemen)"),
    Want("cameroon_kumba_school", "Attack", "South-West", D(2020, 10, 24), town="Kumba",
         country_code="CM", fatalities=7, injured=13, actor2="Civilians (Cameroon)"),
    Want("lebanon_nabatieh_drone", "Air/drone strike", "Nabatieh", D(2024, 2, 14),
         town="Nabatieh", country_code="LB", fatalities=2,
         actor1="Military Forces of Israel", actor2="Hezbollah"),
    Want("lebanon_nabatieh_drone", "Shelling/artillery/missile attack", "Northern District",
         D(2024, 2, 14), town="Kiryat Shmona", country_code="IL", fatalities=0,
         actor1="Hezbollah"),
    Want("turkey_istanbul_arrests", "Arrests", "İstanbul", D(2023, 12, 29), town="Istanbul",
         country_code="TR", actor1="Police Forces of Turkey"),
    Want("pakistan_quetta_defused", "Disrupted weapons use", "Balochistan", D(2023, 5, 8),
         town="Quetta", country_code="PK", actor1="Police Forces of Pakistan"),
    Want("pakistan_quetta_defused", "Remote explosive/landmine/IED", "Balochistan",
         D(2023, 5, 7), fatalities=2,
         actor1="Unidentified Armed Group (Pakistan)", actor2="Military Forces of Pakistan"),
    Want("ethiopia_pretoria_agreement", "Agreement", "Gauteng", D(2022, 11, 2),
         town="Pretoria", country_code="ZA", actor1="Government of Ethiopia",
         actor2="TPLF"),
    Want("mexico_irapuato_bar", "Attack", "Guanajuato", D(2022, 10, 15), town="Irapuato",
         country_code="MX", fatalities=12, actor2="Civilians (Mexico)"),
    # Third batch (world_reports_3.jsonl), written in session 7 before the pipeline
    # was run on it. Groups missing from the actor dictionary are expected as written
    # (YBS in Iraq, the 444 Brigade in Libya).
    Want("burkina_djibo_base", "Armed clash", "Sahel", D(2024, 5, 11), town="Djibo",
         country_code="BF", actor1="Military Forces of Burkina Faso", actor2="JNIM"),
    Want("sudan_el_fasher_hospital", "Air/drone strike", "North Darfur", D(2025, 1, 24),
         town="El Fasher", country_code="SD", fatalities=70, injured=19,
         actor1="Rapid Support Forces", actor2="Civilians (Sudan)"),
    Want("sudan_el_fasher_hospital", "Armed clash", "North Darfur", D(2025, 1, 24),
         town="El Fasher", country_code="SD", actor1="Military Forces of Sudan",
         actor2="Rapid Support Forces"),
    Want("sudan_wad_madani_recapture", "Government regains territory", "Al Jazirah",
         D(2025, 1, 11), town="Wad Madani", country_code="SD", fatalities=0,
         actor1="Military Forces of Sudan", actor2="Rapid Support Forces"),
    Want("haiti_pont_sonde_massacre", "Attack", "Artibonite", D(2024, 10, 3),
         town="Pont-Sonde", country_code="HT", fatalities=70, injured=16, actor1="Gran Grif",
         actor2="Civilians (Haiti)"),
    Want("nigeria_katsina_mosque", "Attack", "Katsina", D(2025, 8, 19), town="Malumfashi",
         country_code="NG", fatalities=27, actor1="Unidentified Armed Group (Nigeria)",
         actor2="Civilians (Nigeria)"),
    Want("somalia_mogadishu_mortar", "Shelling/artillery/missile attack", "Banadir",
         D(2025, 4, 8), town="Mogadishu", country_code="SO", fatalities=0, injured=3,
         actor1="Al Shabaab"),
    Want("somalia_mogadishu_mortar", "Disrupted weapons use", "Banadir", D(2025, 4, 8),
         town="Mogadishu", country_code="SO", actor1="Police Forces of Somalia"),
    Want("iraq_sinjar_drone", "Air/drone strike", "Ninewa", D(2021, 8, 16), town="Sinjar",
         country_code="IQ", fatalities=2, actor1="Military Forces of Turkey",
         actor2="Sinjar Resistance Units"),
    Want("gaza_sheikh_radwan_strike", "Air/drone strike", "Gaza Strip", D(2024, 11, 10),
         town="Gaza", country_code="PS", fatalities=9, actor1="Military Forces of Israel",
         actor2="Civilians (Palestine)"),
    Want("gaza_sheikh_radwan_strike", "Shelling/artillery/missile attack", "Gaza Strip",
         D(2024, 11, 10), town="Khan Yunis", country_code="PS", fatalities=0, injured=5,
         actor1="Military Forces of Israel", actor2="Civilians (Palestine)"),
    Want("colombia_catatumbo_eln", "Armed clash", "Norte de Santander", D(2025, 1, 16),
         actor1="ELN", actor2="EMC"),
    Want("libya_tripoli_clashes", "Armed clash", "Tripoli", D(2023, 8, 14), town="Tripoli",
         country_code="LY", fatalities=27, injured=106, actor1="Military Forces of Libya",
         actor2="444 Brigade"),
    Want("libya_tripoli_clashes", "Arrests", "Tripoli", D(2023, 8, 14), town="Tripoli",
         country_code="LY", actor1="Military Forces of Libya"),
    Want("libya_tripoli_clashes", "Agreement", "Tripoli", D(2023, 8, 15), town="Tripoli",
         country_code="LY"),
    Want("bangladesh_quota_protests", "Protest with intervention", "Dhaka", D(2024, 7, 16),
         town="Dhaka", country_code="BD", actor1="Protesters (Bangladesh)",
         actor2="Police Forces of Bangladesh"),
    Want("bangladesh_quota_protests", "Excessive force against protesters", "Rangpur",
         D(2024, 7, 16), town="Rangpur", country_code="BD", fatalities=1,
         actor1="Protesters (Bangladesh)", actor2="Police Forces of Bangladesh"),
    Want("bangladesh_quota_protests", "Peaceful protest", "Sylhet", D(2024, 7, 16),
         town="Sylhet", country_code="BD", fatalities=0, actor1="Protesters (Bangladesh)"),
    Want("pakistan_swat_lynching", "Mob violence", "Khyber Pakhtunkhwa", D(2024, 6, 20),
         town="Madyan", country_code="PK", fatalities=1, injured=11,
         actor1="Rioters (Pakistan)", actor2="Civilians (Pakistan)"),
]

# Events a careful coder codes from each report (the traps: a running toll, a
# method told after the attack, the arrival of reinforcements).
WANTED_COUNT = {
    "mali_boni_ambush": 1,
    "ukraine_hroza_missile": 2,
    "sudan_geneina_governor": 1,
    "colombia_tumaco_station": 1,
    "pakistan_shangla_bombing": 1,
    "kenya_parliament_protest": 2,
    "syria_idlib_strikes": 3,
    "somalia_hotel_siege": 2,
    "nigeria_jangebe_kidnapping": 2,
    "iraq_baghdad_market": 1,
    "ethiopia_dessie_capture": 1,
    "myanmar_pazigyi_airstrike": 1,
    "drc_bunagana_capture": 1,
    "mozambique_palma_attack": 2,
    "afghanistan_kabul_airport": 1,
    "yemen_marib_missile": 1,
    "cameroon_kumba_school": 1,
    "lebanon_nabatieh_drone": 2,
    "turkey_istanbul_arrests": 1,
    "pakistan_quetta_defused": 2,
    "ethiopia_pretoria_agreement": 1,
    "mexico_irapuato_bar": 1,
    # Third batch (the traps: a coup, a blockade, a peace deal and a war's start told as
    # background; running tolls; a vow; troops advancing; a ministry's second account
    # of the same strike; universities closed).
    "burkina_djibo_base": 1,
    "sudan_el_fasher_hospital": 2,
    "sudan_wad_madani_recapture": 1,
    "haiti_pont_sonde_massacre": 1,
    "nigeria_katsina_mosque": 1,
    "somalia_mogadishu_mortar": 2,
    "iraq_sinjar_drone": 1,
    "gaza_sheikh_radwan_strike": 2,
    "colombia_catatumbo_eln": 1,
    "libya_tripoli_clashes": 3,
    # the 200 arrests "in the capital over the past two days" are the protests'
    # arrests: ACLED codes them in Protest with intervention, not as Arrests
    "bangladesh_quota_protests": 3,
    "pakistan_swat_lynching": 1,
}

KNOWN_GAPS: dict[str, str] = {
    # Third batch (session 7), on the code of 64d8d61: 68 of its 100 checks passed.
    "actor2@Armed clash@burkina_djibo_base/Djibo": "'soldiers backed by volunteer fighters "
    "pushed them back after several hours of fighting': the clash's trigger is the 'after' "
    "phrase's 'fighting', and 'volunteer fighters' (backing the soldiers: an associate) "
    "become the other side, an unidentified group; 'Islamist militants' are not used, and "
    "JNIM, named only in the next sentence's claim (background), never reaches the clash "
    "(with 'JNIM militants' in the lead and no 'backed by', JNIM is actor2) (actors)",
    "count@burkina_djibo_base": "three events: the attackers' toll is a second clash, JNIM "
    "against an unidentified group (the sides differ from the lead's, so the merge keeps it "
    "apart); 'residents said the shooting started at dawn' becomes an attack on civilians (the "
    "residents as victims); 'Violence linked to JNIM ... has killed thousands' is a statistic "
    "since the toll rule reads a conjunct verb's shared subject (actors, merge)",
    "count@haiti_pont_sonde_massacre": "two events: the arson in the same attack becomes a "
    "Looting/property destruction event of its own (a Strategic development never joins the "
    "attack), its actor1 the UN: 'the gunmen' is resolved to the lead's source, 'the United "
    "Nations human rights office', not to the gang (with 'police said' it is Gran Grif). (The "
    "flight of 6,000 is no event since c62a9ac.) (typing, actors, merge)",
    "actor1@Attack@nigeria_katsina_mosque/Malumfashi": "'police ... were hunting the attackers' "
    "is typed an Attack by the police (the perpetrator noun 'attackers', object of a pursuit, "
    "is taken as a trigger; in 'Police were hunting the attackers after gunmen killed 27 "
    "worshippers' it even wins over 'killed'), and the merge, preferring a named actor to an "
    "unidentified one, gives the massacre the police as actor1 (triggers, actors, merge)",
    "actor2@Air/drone strike@iraq_sinjar_drone/Sinjar": "the victims of 'killing a senior "
    "commander of the Sinjar Resistance Units (YBS)' are not read (the group is not in the "
    "dictionary and is not kept as written either); the target falls to Civilians (Iraq) from "
    "'a vehicle' or the reporting 'local officials' (actors)",
    "count@iraq_sinjar_drone": "three events: 'a Yazidi armed group formed to defend the area' "
    "(a description) becomes a Change to group/activity placed in Ankara; the ministry's "
    "'neutralised a PKK figure' (the same strike told by Ankara) becomes a Disrupted weapons "
    "use with the PKK as actor1 (typing, filters)",
    "actor1@Armed clash@colombia_catatumbo_eln": "since 0d26f00 both groups are found but "
    "swapped (EMC actor1, ELN actor2): the trigger is 'fighting' in the consequence clause "
    "'setting off fighting that has killed at least 80', not the lead verb 'attacked', and "
    "'fighting' has no initiator, so the order is not the attacker's (triggers, actors)",
    "actor2@Armed clash@colombia_catatumbo_eln": "the sides are swapped (see actor1) "
    "(triggers, actors)",
    "count@colombia_catatumbo_eln": "four events: 'Petro suspended peace talks' becomes an "
    "Agreement (the 'peace talks' trigger, its suspension not excluded); 'many of the dead were "
    "civilians, among them former FARC combatants' an Attack by the FARC (a restated toll, the "
    "victims' past taken for perpetrators); the ELN's statement that it was fighting the "
    "dissidents a second clash dated Friday. (The flight of 11,000 is no event since c62a9ac.) "
    "(typing, filters, actors)",
    "sub_event_type@Arrests@libya_tripoli_clashes/Tripoli": "'The fighting began after Radaa "
    "detained the commander ...': the sentence yields only its 'fighting' mention, none for "
    "'detained' in the 'after' clause (alone, the same clause is typed Arrests by Radaa); the "
    "count passes by chance: 'residents reported heavy gunfire and shelling' (the same clash) "
    "is a shelling event of its own (triggers)",
    "actor1@Arrests@libya_tripoli_clashes/Tripoli": "no arrest event (see its sub_event_type) "
    "(triggers)",
    "place@Arrests@libya_tripoli_clashes/Tripoli": "no arrest event (see its sub_event_type) "
    "(triggers)",
    "sub_event_type@Peaceful protest@bangladesh_quota_protests/Sylhet": "the march's own "
    "'dispersed in the evening' no longer counts as an intervention (test_typing_dispersal), "
    "but the next sentence's arrests 'in the capital' fall in the protest's follow-up window "
    "and type it Protest with intervention (typing)",
    "injured@Mob violence@pakistan_swat_lynching/Madyan": "'Eleven people ... were injured' is "
    "an Attack of its own (Violence against civilians never joins a Riots event in the merge) "
    "(merge)",
    "place@Mob violence@pakistan_swat_lynching/Madyan": "placed in Sialkot, the victim's origin: "
    "'from the eastern city of Sialkot' is not seen as an origin (the walk back from 'of' stops "
    "at 'eastern'), and the Swat valley and Madyan are not in the gazetteer (places)",
    "count@pakistan_swat_lynching": "three events: the earlier 'taken into custody' becomes an "
    "Arrests event, and 'hundreds of people then stormed the station' (the same mob), "
    "'eleven people ... were injured' and 'police opened a case against the attackers' an "
    "Attack (its actor1 now the police); since ec6d0ad all take the lead's Thursday, yet none "
    "joins the lynching (Violence against civilians never joins a Riots event) (typing, "
    "actors, merge)",
}

FIELDS = ("sub_event_type", "fatalities", "injured", "actor1", "actor2")


def _marks(key: str) -> list[pytest.MarkDecorator]:
    reason = KNOWN_GAPS.get(key)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


def test_every_known_gap_names_a_check() -> None:
    keys = {f"count@{doc}" for doc in WANTED_COUNT}
    keys |= {f"{field}@{want}" for want in WANTED for field in (*FIELDS, "place")}
    assert set(KNOWN_GAPS) <= keys, sorted(set(KNOWN_GAPS) - keys)


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    rows = [json.loads(line) for path in REPORTS
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {doc.article.doc_id: doc.events for doc in eventcoder.code_many(rows)}


def _find(events: list[Event], want: Want) -> Event:
    """The event of the wanted type group (and day); the one at the town or in the
    admin1 when several are."""
    same = [e for e in events if e.event_type == event_type_of(want.sub_event_type)
            and (want.date is None or e.event_date == want.date)]
    assert same, f"no {want} on {want.date} among:\n{describe(events)}"
    point = town_point(want.town, want.country_code) if want.town else None

    def rank(e: Event) -> tuple[bool, bool, bool, float]:
        closeness = 0.0
        if point is not None and e.latitude is not None and e.longitude is not None:
            closeness = -haversine_km(e.latitude, e.longitude, *point)
        return (near(e, point), e.admin1 == want.admin1,
                e.sub_event_type == want.sub_event_type, closeness)

    return max(same, key=rank)


def _field_cases() -> list[Any]:
    cases = []
    for want in WANTED:
        for field in FIELDS:
            if field == "sub_event_type" or getattr(want, field) is not None:
                key = f"{field}@{want}"
                cases.append(pytest.param(want, field, marks=_marks(key), id=key))
    return cases


@pytest.mark.parametrize(("want", "field"), _field_cases())
def test_wanted_field(coded: dict[str, list[Event]], want: Want, field: str) -> None:
    event = _find(coded[want.doc_id], want)
    value = getattr(event, field)
    expected = getattr(want, field)
    if field.startswith("actor"):
        assert (value or "").startswith(expected), f"{want}: {field} {value}"
    else:
        assert value == expected, f"{want}: {field} {value}\n{describe([event])}"


@pytest.mark.parametrize("want", [
    pytest.param(w, marks=_marks(f"place@{w}"), id=f"place@{w}") for w in WANTED])
def test_wanted_place(coded: dict[str, list[Event]], want: Want) -> None:
    """At or near the town the report names, else in the province it names."""
    event = _find(coded[want.doc_id], want)
    point = town_point(want.town, want.country_code) if want.town else None
    if point is not None:
        assert near(event, point), f"{want}: not at {want.town}\n{describe([event])}"
    assert event.admin1 == want.admin1, f"{want}: admin1 {event.admin1}"


@pytest.mark.parametrize("doc_id", [
    pytest.param(d, marks=_marks(f"count@{d}"), id=f"count@{d}") for d in sorted(WANTED_COUNT)])
def test_one_event_per_incident(coded: dict[str, list[Event]], doc_id: str) -> None:
    events = coded[doc_id]
    assert len(events) == WANTED_COUNT[doc_id], (
        f"{doc_id}: {len(events)} events, a careful coder codes {WANTED_COUNT[doc_id]}:\n"
        f"{describe(events)}")
