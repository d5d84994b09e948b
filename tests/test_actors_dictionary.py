"""Data integrity of the actor dictionary and the resolver's normalisation."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path

import pytest
import yaml

from eventcoder.resolve.actors import (
    ActorDictionary,
    is_case_sensitive,
    load_actor_dictionary,
    normalise_alias,
)
from eventcoder.taxonomy import INTER_CODES

ACTOR_DIR = resources.files("eventcoder").joinpath("data/actors")
REQUIRED_COUNTRIES = {
    "Syria", "Iraq", "Yemen", "Afghanistan", "Pakistan", "Somalia", "Kenya", "Nigeria", "Mali",
    "Burkina Faso", "Niger", "Cameroon", "Democratic Republic of Congo", "Sudan", "South Sudan",
    "Ethiopia", "Mozambique", "Libya", "Egypt", "Lebanon", "Israel", "Palestine", "Ukraine",
    "Russia", "Myanmar", "India", "Philippines", "Colombia", "Mexico", "Haiti",
    "Central African Republic", "Chad", "Iran", "Turkey",
    # countries in the news that had no file before session 19
    "Brazil", "Ecuador", "Peru", "Venezuela", "Bangladesh", "Sri Lanka", "Thailand", "Indonesia",
    "Algeria", "Tunisia", "Jordan", "Azerbaijan", "Armenia", "Spain",
}


def _files() -> list[tuple[str, dict]]:
    out = []
    for item in sorted(ACTOR_DIR.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            out.append((item.name, yaml.safe_load(item.read_text("utf-8"))))
    return out


def test_every_entry_has_a_name_an_inter_code_and_aliases() -> None:
    for name, data in _files():
        for entry in data.get("actors") or []:
            assert entry.get("name"), f"{name}: entry without a name"
            assert int(entry["inter"]) in INTER_CODES, f"{name}: {entry['name']} inter"
            assert entry.get("aliases"), f"{name}: {entry['name']} has no aliases"
            assert set(entry) <= {"name", "inter", "aliases", "role", "parent", "periods",
                                  "unscoped", "armed", "local", "codenames"},\
                f"{name}: unknown key in {entry['name']}"
        for entry in data.get("templates") or []:
            assert "{country}" in entry["name"] or entry.get("unscoped"), entry["name"]
            assert int(entry["inter"]) in INTER_CODES


def test_countries_are_covered_and_known(dictionary: ActorDictionary) -> None:
    assert REQUIRED_COUNTRIES <= set(dictionary.countries)
    for info in dictionary.countries.values():
        assert info.iso3 and len(info.iso3) == 3, info.name
        roles = {e.role for e in dictionary.entries if e.country == info.name and e.role}
        if info.name != "Palestine":
            assert "military" in roles or "police" in roles, info.name


def test_no_alias_names_two_actors_in_the_same_scope() -> None:
    seen: dict[tuple[str | None, str], str] = {}
    clashes: list[str] = []
    for name, data in _files():
        country = data.get("country")
        for entry in data.get("actors") or []:
            scope = None if (entry.get("unscoped") or country is None) else country
            for alias in [entry["name"], *entry["aliases"]]:
                key = (scope, normalise_alias(alias, keep_case=is_case_sensitive(alias)))
                # the same actor listed in two files (e.g. PKK in Iraq and Turkey) is fine
                if key in seen and seen[key] != entry["name"]:
                    clashes.append(f"{name}: {alias!r} -> {entry['name']} and {seen[key]}")
                seen[key] = entry["name"]
    assert not clashes, clashes


def test_periods_are_ordered_and_do_not_overlap() -> None:
    for name, data in _files():
        for entry in data.get("actors") or []:
            periods = entry.get("periods") or []
            starts = [p.get("from") or dt.date.min for p in periods]
            ordered = sorted(zip(starts, periods, strict=True), key=lambda x: x[0])
            for (_, a), (_, b) in zip(ordered, ordered[1:], strict=False):
                assert a.get("until") is not None, f"{name}: {a['name']} open before another"
                assert a["until"] <= b["from"], f"{name}: {a['name']} overlaps {b['name']}"
            for p in periods:
                # (an operation's periods are its codenames: codenames: true)
                assert entry.get("codenames") or \
                    p["name"].startswith(entry["name"].split(" (")[0].split(":")[0]) or \
                    ":" in p["name"], f"{name}: period {p['name']} of {entry['name']}"


def test_parents_exist(dictionary: ActorDictionary) -> None:
    names = {(e.country, e.name) for e in dictionary.entries}
    for entry in dictionary.entries:
        if entry.parent:
            assert (entry.country, entry.parent) in names, entry.name


def test_kenyan_police_names_follow_the_government(dictionary: ActorDictionary) -> None:
    a = dictionary.resolve("police", "Kenya", dt.date(2008, 1, 3))
    b = dictionary.resolve("police officers", "Kenya", dt.date(2017, 8, 11))
    c = dictionary.resolve("police", "Kenya", dt.date(1998, 8, 7))
    assert a is not None and a.name == "Police Forces of Kenya (2002-2013)" and a.inter == 1
    assert b is not None and b.name == "Police Forces of Kenya (2013-)"
    assert c is not None and c.name == "Police Forces of Kenya (1978-2002)"


def test_generic_words_are_scoped_by_country(dictionary: ActorDictionary) -> None:
    cases = {
        ("the regime", "Syria"): ("Military Forces of Syria (2000-2024)", 1),
        ("gunmen", "Nigeria"): ("Unidentified Armed Group (Nigeria)", 3),
        ("unidentified assailants", "Kenya"): ("Unidentified Armed Group (Kenya)", 3),
        ("villagers", "Mali"): ("Civilians (Mali)", 7),
        ("protesters", "Iraq"): ("Protesters (Iraq)", 6),
        ("angry residents", "Kenya"): ("Rioters (Kenya)", 5),
        ("Daesh", "Iraq"): ("Islamic State (Iraq)", 2),
        ("ISIS", "Syria"): ("Islamic State (Syria)", 2),
        ("Islamic State", "Kenya"): ("Islamic State (Kenya)", 2),
        ("al-Shabab fighters", "Kenya"): ("Al Shabaab", 2),
        ("Pokot raiders", "Kenya"): ("Pokot Ethnic Militia (Kenya)", 4),
    }
    for (text, country), (name, inter) in cases.items():
        actor = dictionary.resolve(text, country, dt.date(2016, 5, 1))
        assert actor is not None, text
        assert (actor.name, actor.inter) == (name, inter), text


def test_foreign_state_forces_are_external(dictionary: ActorDictionary) -> None:
    updf = dictionary.resolve("UPDF", "Kenya", dt.date(2010, 1, 1))
    assert updf is not None and updf.name == "Military Forces of Uganda (1986-)" and updf.inter == 8
    somali = dictionary.resolve("Somali troops", "Kenya", dt.date(2019, 1, 1))
    assert somali is not None and somali.name == "Military Forces of Somalia (2017-2022)"
    assert somali.inter == 8
    wagner = dictionary.resolve("Wagner mercenaries", "Mali", None)
    assert wagner is not None and wagner.name == "Wagner Group" and wagner.inter == 8


def test_acronyms_keep_their_case(dictionary: ActorDictionary) -> None:
    assert is_case_sensitive("IS") and not is_case_sensitive("Islamic State")
    assert dictionary.resolve("is", "Syria") is None
    assert dictionary.resolve("unknown words", "Kenya") is None
    # a short mixed-case acronym is no common word: "let" the verb is not LeT
    assert is_case_sensitive("LeT") and is_case_sensitive("JeM")
    assert dictionary.resolve("let", "Pakistan") is None
    assert dictionary.resolve("LeT", "Pakistan") is not None


def test_al_shabaab_in_mozambique_is_the_local_group(dictionary: ActorDictionary) -> None:
    actor = dictionary.resolve("al-Shabaab", "Mozambique")
    assert actor is not None and actor.name == "Islamic State (Mozambique)"


def test_user_files_extend_and_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "country: Kenya\n"
        "actors:\n"
        "  - name: Kapedo Communal Militia (Kenya)\n"
        "    inter: 4\n"
        "    aliases: [Kapedo youths, Kapedo militia]\n",
        encoding="utf-8",
    )
    by_argument = load_actor_dictionary([extra], use_env=False)
    actor = by_argument.resolve("Kapedo militia", "Kenya")
    assert actor is not None and actor.name == "Kapedo Communal Militia (Kenya)"
    assert actor.inter == 4
    monkeypatch.setenv("EVENTCODER_ACTORS", str(tmp_path))
    by_env = load_actor_dictionary()
    assert by_env.resolve("Kapedo youths", "Kenya") is not None
    with pytest.raises(FileNotFoundError):
        load_actor_dictionary([tmp_path / "missing.yaml"], use_env=False)


def test_era_words_date_an_undated_kenyan_text(dictionary: ActorDictionary) -> None:
    police = dictionary.resolve("police", "Kenya", None)
    assert police is not None and police.name == "Police Forces of Kenya (2013-)"
    old = dictionary.era_day("Police shot two men in Kisii district, the provincial "
                             "commissioner said.", "Kenya")
    new = dictionary.era_day("Police shot two men in Kisii County, the governor said.", "Kenya")
    assert old is not None and old < dt.date(2013, 3, 4)
    assert new is not None and new >= dt.date(2013, 12, 1)  # inside the (2013-) names
    police_old = dictionary.resolve("police", "Kenya", old)
    assert police_old is not None and police_old.name == "Police Forces of Kenya (2002-2013)"
    # no era word, words of two eras, or a country without eras: no day
    assert dictionary.era_day("Police shot two men in Kisii.", "Kenya") is None
    assert dictionary.era_day("The provincial commissioner met the governor.", "Kenya") is None
    assert dictionary.era_day("Police shot two men in the county.", "Somalia") is None


def test_era_words_in_the_possessive_date_a_text(dictionary: ActorDictionary) -> None:
    # notes often drop the apostrophe of a possessive ("Kibakis victory")
    for text in ("Rioters burned shops after Kibaki's victory was announced.",
                 "Rioters burned shops after Kibakis victory was announced."):
        day = dictionary.era_day(text, "Kenya")
        assert day is not None and day < dt.date(2013, 3, 4), text
    assert dictionary.era_day("Rioters burned shops after the Kibakist rally.", "Kenya") is None


def test_the_vice_president_of_the_kibaki_years_dates_a_text(
        dictionary: ActorDictionary) -> None:
    # (Moody Awori, vice-president 2003-2008, named without his title)
    for text in ("Riot police broke up a march as VP Awori arrived in Busia.",
                 "Youths heckled Awori at a rally in Butula on Sunday."):
        day = dictionary.era_day(text, "Kenya")
        assert day is not None and day < dt.date(2013, 3, 4), text


@pytest.mark.parametrize(("text", "after", "before", "police"), [
    # President Moi, until 30 December 2002
    ("Herders stoned the convoy of President Moi near Narok.", None, dt.date(2002, 12, 30),
     "Police Forces of Kenya (1978-2002)"),
    # Awori as vice-president, 2003 to January 2008
    ("Gunmen fired at the car of Vice-President Awori outside Busia.", None,
     dt.date(2008, 1, 9), "Police Forces of Kenya (2002-2013)"),
    # Kalonzo Musyoka as vice-president, January 2008 to April 2013
    ("A crowd booed VP Kalonzo at a funeral in Kitui.", dt.date(2008, 1, 9),
     dt.date(2013, 4, 9), "Police Forces of Kenya (2002-2013)"),
    # the Commissioner of Police, until the first Inspector-General in December 2012
    ("The Police Commissioner sent officers after the robbers who shot a guard.", None,
     dt.date(2013, 1, 1), "Police Forces of Kenya (2002-2013)"),
    # the National Police Service and its Inspector-General, from August 2011
    ("The Inspector-General of Police said two robbers were shot in Thika.",
     dt.date(2011, 8, 30), None, "Police Forces of Kenya (2013-)"),
    # TNA, URP and CORD, 2012 to early 2017
    ("URP youths and CORD youths stoned one another in Eldoret.",
     dt.date(2012, 1, 1), dt.date(2017, 2, 1), "Police Forces of Kenya (2013-)"),
    # Azimio and Kenya Kwanza, from December 2021
    ("Kenya Kwanza supporters chased Azimio agents from a tallying centre.",
     dt.date(2021, 12, 1), None, "Police Forces of Kenya (2013-)"),
    # events: Linda Nchi (October 2011), Westgate (September 2013), Garissa (April 2015)
    ("Gunmen said the attack avenged Operation Linda Nchi.", dt.date(2011, 10, 16), None,
     "Police Forces of Kenya (2013-)"),
    ("Police raided a house linked to the Westgate attack.", dt.date(2013, 9, 21), None,
     "Police Forces of Kenya (2013-)"),
    ("A suspect in the Garissa University attack was shot by police.", dt.date(2015, 4, 2),
     None, "Police Forces of Kenya (2013-)"),
])
def test_offices_parties_and_events_of_a_known_time_date_a_text(
        dictionary: ActorDictionary, text: str, after: dt.date | None,
        before: dt.date | None, police: str) -> None:
    day = dictionary.era_day(text, "Kenya")
    assert day is not None
    assert after is None or day >= after
    assert before is None or day < before
    named = dictionary.resolve("police", "Kenya", day)
    assert named is not None and named.name == police


def test_a_former_holder_of_an_office_dates_nothing(dictionary: ActorDictionary) -> None:
    # a former district commissioner or prime minister is named long after the office
    assert dictionary.era_day("Robbers beat a former district commissioner in Meru.",
                              "Kenya") is None
    assert dictionary.era_day("Mourners of an ex-councillor blocked the road.", "Kenya") is None
    day = dictionary.era_day("Robbers beat the district commissioner in Meru.", "Kenya")
    assert day is not None and day < dt.date(2013, 3, 4)
    # a former office's "from" bound still holds: a former governor is after 2013
    day = dictionary.era_day("Police shot a former governor's guard.", "Kenya")
    assert day is not None and day >= dt.date(2013, 3, 4)


def test_a_central_business_district_dates_nothing(dictionary: ActorDictionary) -> None:
    # a town-planning term, not one of the districts the counties replaced in 2013
    assert dictionary.era_day("Hawkers threw stones at askaris in the central business "
                              "district of Eldoret.", "Kenya") is None
    day = dictionary.era_day("Hawkers threw stones at askaris in Uasin Gishu district.",
                             "Kenya")
    assert day is not None and day < dt.date(2013, 3, 4)


def test_uhuru_alone_dates_nothing(dictionary: ActorDictionary) -> None:
    # the park and highway are named for independence; the man was in politics before 2013
    assert dictionary.era_day("Marchers gathered at Uhuru Park before police came.",
                              "Kenya") is None
    day = dictionary.era_day("Protesters booed President Uhuru in Kisumu.", "Kenya")
    assert day is not None and day >= dt.date(2013, 3, 4)


def test_unit_and_paramilitary_words_are_armed_actors(dictionary: ActorDictionary) -> None:
    snipers = dictionary.resolve("snipers", "Syria")
    assert snipers is not None and snipers.name == "Unidentified Armed Group (Syria)"
    groups = dictionary.resolve("paramilitary groups", "Iraq")
    assert groups is not None and groups.inter == 3
    units = dictionary.resolve("tactical units", "Iraq")
    assert units is not None and units.name.startswith("Military Forces of Iraq")


def test_public_figures_tie_a_text_to_one_country(dictionary: ActorDictionary) -> None:
    owners: dict[str, set[str]] = {}
    for info in dictionary.countries.values():
        for figure in info.figures:
            owners.setdefault(figure, set()).add(info.name)
            # a figure is a country cue, never also an actor alias
            assert dictionary.lookup_kind(figure, info.name) is None, figure
    assert owners and all(len(countries) == 1 for countries in owners.values()), owners
    assert dictionary.country_of_figure("Raila Odinga") == "Kenya"
    assert dictionary.country_of_figure("Museveni") == "Uganda"


def test_country_files_name_the_countries_the_gazetteer_gives_events() -> None:
    # an event's country comes from the gazetteer; a country file under another
    # spelling ("Democratic Republic of the Congo") would never scope its actors
    from eventcoder.resolve.gazetteer import get_gazetteer

    names = {name for name, _, _ in get_gazetteer().countries.values()}
    folder = resources.files("eventcoder").joinpath("data/actors")
    for entry in folder.iterdir():
        if entry.name.endswith(".yaml"):
            country = yaml.safe_load(entry.read_text(encoding="utf-8")).get("country")
            assert country is None or country in names, (entry.name, country)


def test_a_government_is_named_by_its_forces_periods() -> None:
    # ACLED names a state's government, military and police after the same head of state
    # ("Government of Israel (2022-)" beside "Military Forces of Israel (2022-)"); a
    # government entry given periods must follow its military's, or one event would name
    # the state by two regimes
    def spans(entry: dict) -> list[str]:
        return [p["name"].rsplit("(", 1)[-1] for p in entry.get("periods") or []]

    for name, data in _files():
        by_role = {e.get("role"): e for e in data.get("actors") or []
                   if e.get("role") and not e.get("parent")}
        government, military = by_role.get("government"), by_role.get("military")
        if government and military and government.get("periods"):
            assert spans(government) == spans(military), name


# Words that name a kind of body, not one body: an alias made of them alone fires on any
# text ("the front moved", "the movement's leaders", a police SWAT team in any city)
_KIND_WORDS = frozenset({
    "army", "the army", "front", "the front", "movement", "the movement", "brigade", "division",
    "council", "forces", "government", "militia", "party", "union", "alliance", "group",
    "the group", "command", "legion", "resistance", "guard", "special forces", "swat team",
    "swat"})


def test_no_country_alias_is_a_bare_kind_word_capital_or_country_name() -> None:
    # a capital alone ("Kyiv said", "Damascus accused") is the teller or the place, never
    # a side (its forces are named by "<capital> forces", see _add_capital_forms); a
    # country's name or demonym alone is the country, never one of its actors
    files = _files()
    places = {normalise_alias(word) for _, data in files
              for word in [*(data.get("capitals") or []), *(data.get("names") or []),
                           *(data.get("demonyms") or []),
                           *([data["country"]] if data.get("country") else [])]}
    bad = [(name, alias) for name, data in files if name != "generic.yaml"
           for entry in data.get("actors") or [] for alias in [entry["name"], *entry["aliases"]]
           if normalise_alias(alias) in _KIND_WORDS | places]
    assert not bad, bad
