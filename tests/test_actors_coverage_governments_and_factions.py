"""The actor dictionary's governments and the factions of thin country files (issue #4;
added in session 20): the governments the files lacked (Lebanon, Israel, Ukraine,
Colombia, Mexico, Mozambique, Haiti, Myanmar, the Philippines, Burundi, Iraq's by its
periods), Guinea's file, and the groups of thin files (Iraq's PMF
and its factions, Syria's post-2024 forces and the SDF's and SNA's factions, Fano and the
OLA, Puntland's and Jubaland's forces, Haiti's gangs, Mexico's cartels, Colombia's
dissident fronts, the Philippines' and Myanmar's armed groups). Each behaviour test fails
on cf75b03, where the entry or alias was missing; the guards at the end (three of which
pass there too) keep words that are no one country's name from tying a text to a
country."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import actor_sides, coded_events
from spacy.language import Language

from eventcoder.resolve.actors import ActorDictionary

DAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(("published", "text", "wanted"), [
    # Guinea: a junta's gendarmes against marchers in the capital
    ("2024-07-18", "CONAKRY, July 18 (Reuters) - Guinean gendarmes fired tear gas at hundreds of "
     "people marching against the junta in Conakry's Ratoma district on Wednesday, witnesses "
     "said.", {("Police Forces of Guinea (2021-)", 1)}),
    # Iraq: the PMF are a unit of the state's forces, named after their period
    ("2025-03-02", "BAGHDAD, March 2 (Reuters) - Popular Mobilisation Forces fighters "
     "killed three Islamic State militants in an ambush in the desert west of Tuz Khurmatu on "
     "Saturday, an Iraqi security source said.",
     {("Military Forces of Iraq (2022-) Popular Mobilization Forces", 1)}),
    # Somalia: a federal member state's forces are not the federal army
    ("2025-02-09", "BOSASO, Somalia, Feb 9 (Reuters) - Puntland forces captured an Islamic State "
     "base in the Cal Miskaad mountains after a day of fighting on Saturday, killing 20 "
     "militants, a regional official said.", {("Military Forces of Puntland", 1)}),
    # Ukraine: the attacker told only by the adjective on its weapon, as its drones are
    ("2024-11-18", "KYIV, Nov 18 (Reuters) - Russian glide bombs hit a residential district of "
     "Zaporizhzhia on Sunday, killing three people and wounding 11, the regional governor "
     "said.", {("Military Forces of Russia (2000-)", 8)}),
    # Haiti: a gang of the capital's coalition by its own name
    ("2025-04-03", "PORT-AU-PRINCE, April 3 (Reuters) - Members of the Canaan gang torched "
     "dozens of houses in a village north of the capital on Wednesday, a local official said.",
     {("Canaan Gang", 3)}),
])
def test_the_news_names_are_found_and_normalised(nlp: Language, published: str, text: str,
                                                 wanted: set[tuple[str, int]]) -> None:
    sides = actor_sides(coded_events(nlp, text, published))
    assert wanted <= sides, sides


@pytest.mark.parametrize(("text", "country", "name", "inter"), [
    # the governments as parties to talks, truces and decrees, by their forces' periods
    ("Lebanese government", "Lebanon", "Government of Lebanon (2025-)", 1),
    ("Israeli security cabinet", "Israel", "Government of Israel (2022-)", 1),
    ("Ukrainian government", "Ukraine", "Government of Ukraine (2019-)", 1),
    ("Colombian government", "Colombia", "Government of Colombia (2022-)", 1),
    ("Mexican government", "Mexico", "Government of Mexico (2024-)", 1),
    ("Mozambican government", "Mozambique", "Government of Mozambique (2025-)", 1),
    ("Transitional Presidential Council", "Haiti", "Government of Haiti (2021-)", 1),
    ("Myanmar military government", "Myanmar", "Government of Myanmar (2021-)", 1),
    ("Philippine government", "Philippines", "Government of the Philippines (2022-)", 1),
    ("Burundian government", "Burundi", "Government of Burundi (2020-)", 1),
    ("Iraqi government", "Iraq", "Government of Iraq (2022-)", 1),
    ("CNRD", "Guinea", "Government of Guinea (2021-)", 1),
    # groups and units of the thin files
    ("FNL rebels", "Burundi", "FNL: National Forces of Liberation", 2),
    ("Badr Organization", "Iraq", "Badr Organization", 3),
    ("Nujaba", "Iraq", "Harakat Hezbollah al-Nujaba", 3),
    ("Kataib Sayyid al-Shuhada", "Iraq", "Kataib Sayyid al-Shuhada", 3),
    ("Manbij Military Council", "Syria", "SDF: Syrian Democratic Forces", 2),
    ("Sultan Murad Division", "Syria", "SNA: Syrian National Army", 2),
    ("Syrian Defence Ministry forces", "Syria", "Military Forces of Syria (2024-)", 1),
    ("OLA-Shane", "Ethiopia", "OLA: Oromo Liberation Army", 2),
    ("AFNM", "Ethiopia", "Fano Militia", 3),
    ("Jubaland forces", "Somalia", "Military Forces of Jubaland", 1),
    ("Viv Ansanm coalition", "Haiti", "Viv Ansanm", 3),
    ("Kokorat San Ras", "Haiti", "Kokorat San Ras", 3),
    ("Beltran Leyva Organization", "Mexico", "Beltran Leyva Organization", 3),
    ("Cartel Jalisco Nueva Generación", "Mexico", "CJNG: Jalisco New Generation Cartel", 3),
    ("Carlos Patino Front", "Colombia", "EMC: FARC Central General Staff", 2),
    ("Comuneros del Sur", "Colombia", "Comuneros del Sur", 2),
    ("Bangsamoro Islamic Freedom Movement", "Philippines",
     "BIFF: Bangsamoro Islamic Freedom Fighters", 2),
    ("Dawlah Islamiyah-Maute group", "Philippines", "Dawlah Islamiyah", 2),
    ("Bagong Hukbong Bayan", "Philippines", "NPA: New People's Army", 2),
    ("Kachin Independence Organisation", "Myanmar", "KIA: Kachin Independence Army", 2),
    ("Kokang rebels", "Myanmar", "MNDAA: Myanmar National Democratic Alliance Army", 2),
    ("National Unity Government", "Myanmar", "NUG: National Unity Government", 2),
    # Sudan: the army's allied militias by their commander's or their unit's other names
    ("Abu Aqla Keikal's forces", "Sudan", "Sudan Shield Forces", 3),
    ("Al-Bara'a bin Malik Battalion", "Sudan", "Al Baraa Bin Malik Brigade", 3),
])
def test_governments_and_groups_resolve(dictionary: ActorDictionary, text: str, country: str,
                                        name: str, inter: int) -> None:
    actor = dictionary.resolve(text, country, DAY)
    assert actor is not None, text
    assert (actor.name, actor.inter) == (name, inter)


def test_the_pmf_follow_the_state_s_periods(dictionary: ActorDictionary) -> None:
    old = dictionary.resolve("Hashd al-Shaabi", "Iraq", dt.date(2017, 7, 10))
    assert old is not None
    assert old.name == "Military Forces of Iraq (2014-2018) Popular Mobilization Forces"
    assert old.inter == 1


def test_guinea_s_junta_has_its_own_period(dictionary: ActorDictionary) -> None:
    before = dictionary.resolve("Guinean army", "Guinea", dt.date(2019, 10, 14))
    after = dictionary.resolve("Guinean army", "Guinea", dt.date(2022, 7, 28))
    assert before is not None and before.name == "Military Forces of Guinea (2010-2021)"
    assert after is not None and after.name == "Military Forces of Guinea (2021-)"


@pytest.mark.parametrize("text", [
    # words every police force has, a first name, a Spanish town, India's railway police
    "SWAT team", "Shane", "La Linea", "GRP",
    # the Libyan and South Sudanese unity governments are no Myanmar group
    "National Unity Government",
])
def test_common_words_tie_no_text_to_a_country(dictionary: ActorDictionary, text: str) -> None:
    assert dictionary.home_country(text) is None, text
    actor = dictionary.resolve(text, "India", DAY)
    assert actor is None or actor.country in (None, "India"), (text, actor)
