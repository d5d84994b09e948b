"""The actor dictionary's coverage of countries in the news (issue #4: the state forces
and main armed groups of at least 30 countries). Each country file names the state's
forces by ACLED's period names and its armed groups by their own, from the ways agency
copy writes them; words that name other things (a language, another country's force)
stay out. Each behaviour test fails on d294564, where the country had no file or the
group no entry (the group was an unidentified armed group, or kept as written); the last
two tests guard against aliases that would fire on other countries' news."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import actor_sides, coded_events
from spacy.language import Language

from eventcoder.resolve.actors import ActorDictionary

DAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(("published", "text", "wanted"), [
    # Cameroon: the press's "armed separatists" in the Anglophone regions are the Ambazonians
    ("2024-03-05", "BAMENDA, Cameroon, March 4 (Reuters) - Armed separatists killed two "
     "gendarmes in an ambush near the town of Ndop in Cameroon's North-West region on Sunday, "
     "the army said.", {("Ambazonian Separatists", 2), ("Police Forces of Cameroon (1982-)", 1)}),
    # the Central African Republic's government as a party to an accord
    ("2024-06-08", "BANGUI, June 8 (Reuters) - The government of the Central African Republic "
     "signed a ceasefire with the rebel FDPC in Bangui on Friday, the presidency said.",
     {("Government of the Central African Republic (2016-)", 1)}),
    # Brazil: the police by the president's period, a drug faction by its name
    ("2024-06-05", "RIO DE JANEIRO, June 5 (Reuters) - Police killed eight suspected members of "
     "the Comando Vermelho gang during a raid on a favela in northern Rio de Janeiro on Tuesday, "
     "state officials said.",
     {("Police Forces of Brazil (2023-)", 1), ("CV: Comando Vermelho", 3)}),
    # Peru: the Maoist remnant of the VRAEM
    ("2024-09-10", "LIMA, Sept 10 (Reuters) - Shining Path rebels ambushed an army patrol in "
     "Peru's VRAEM valley on Sunday, killing three soldiers, the defence ministry said.",
     {("Military Forces of Peru (2022-2025)", 1), ("Shining Path", 2)}),
    # Thailand's southern insurgents, unnamed beyond their community
    ("2024-02-13", "BANGKOK, Feb 13 (Reuters) - Suspected Malay Muslim insurgents detonated a "
     "roadside bomb beside a ranger patrol in Thailand's Narathiwat province on Monday, "
     "wounding four rangers, police said.", {("Malay Muslim Separatists", 2)}),
    # and named only as separatists: in Thailand those are the same movement
    ("2023-03-21", "PATTANI, Thailand, March 21 (Reuters) - Separatist gunmen on a pickup "
     "truck shot dead two rangers at a market in Thailand's Pattani province on Monday "
     "evening, the army said.", {("Malay Muslim Separatists", 2)}),
    # Indonesia's Papuan rebels
    ("2024-04-12", "JAKARTA, April 12 (Reuters) - Papuan separatist rebels shot dead two "
     "soldiers in Intan Jaya regency in Indonesia's Papua province on Thursday, the military "
     "said.", {("Military Forces of Indonesia (2014-2024)", 1),
               ("TPNPB: West Papua National Liberation Army", 2)}),
    # Spain: the Basque group, a rebel group in ACLED's codes
    ("2009-07-30", "MADRID, July 29 (Reuters) - A car bomb planted by ETA exploded outside a "
     "Civil Guard barracks in Burgos, Spain, on Wednesday, wounding more than 60 people, police "
     "said.", {("ETA: Basque Homeland and Freedom", 2)}),
    # Bangladesh: a police battalion is the police, not a group of its own
    ("2023-05-14", "DHAKA, May 14 (Reuters) - Rapid Action Battalion officers shot dead two "
     "suspected JMB militants during a raid on a hideout in Bangladesh's Gazipur district on "
     "Saturday, police said.", {("Police Forces of Bangladesh (2009-2024)", 1),
                                ("JMB: Jamaat-ul-Mujahideen Bangladesh", 2)}),
    # Ecuador's prison gangs
    ("2024-01-10", "GUAYAQUIL, Ecuador, Jan 10 (Reuters) - Members of the Los Choneros gang "
     "stormed a television station in Guayaquil on Tuesday and took staff hostage before police "
     "regained control, officials said.", {("Los Choneros", 3)}),
    # South Sudan: a militia of Upper Nile
    ("2024-07-21", "JUBA, July 21 (Reuters) - Agwelek forces clashed with fighters of the Nuer "
     "White Army near Tonga in South Sudan's Upper Nile state on Saturday, leaving at least 11 "
     "people dead, local officials said.", {("Agwelek Militia", 3), ("White Army", 4)}),
    # Venezuela's National Guard is its army's, not Mexico's force of the same name
    ("2019-05-02", "CARACAS, May 1 (Reuters) - Bolivarian National Guard troops fired tear gas "
     "and rubber bullets at opposition demonstrators in eastern Caracas on Wednesday, witnesses "
     "said.", {("Military Forces of Venezuela (2013-)", 1)}),
])
def test_the_news_names_are_found_and_normalised(nlp: Language, published: str, text: str,
                                                 wanted: set[tuple[str, int]]) -> None:
    sides = actor_sides(coded_events(nlp, text, published))
    assert wanted <= sides, sides


@pytest.mark.parametrize(("text", "country", "name", "inter"), [
    ("Amba separatists", "Cameroon", "Ambazonian Separatists", 2),
    ("Cameroonian government", "Cameroon", "Government of Cameroon (1982-)", 1),
    ("CAR government", "Central African Republic",
     "Government of the Central African Republic (2016-)", 1),
    ("Azande Ani Kpi Gbe", "Central African Republic", "Azande Ani Kpi Gbe", 4),
    ("Chadian government", "Chad", "Government of Chad (2021-)", 1),
    ("CCMSR rebels", "Chad",
     "CCMSR: Military Command Council for the Salvation of the Republic", 2),
    ("Haftar loyalists", "Libya", "LNA: Libyan National Army", 2),
    ("Kaniyat militia", "Libya", "Al Kaniyat Militia", 3),
    ("Kitgwang faction", "South Sudan", "SPLM/A-IO (Kitgwang)", 2),
    ("Russian government", "Russia", "Government of Russia (2000-)", 1),
    ("Liwa al-Thawra", "Egypt", "Liwa al-Thawra", 2),
    ("CNSP", "Niger", "Government of Niger (2023-)", 1),
    ("FPL rebels", "Niger", "FPL: Patriotic Liberation Front", 2),
    ("Komala", "Iran", "Komala Party of Iranian Kurdistan", 2),
    ("DHKP-C", "Turkey", "DHKP-C: Revolutionary People's Liberation Party-Front", 2),
    ("Rio military police", "Brazil", "Police Forces of Brazil (2023-)", 1),
    ("PCC", "Brazil", "PCC: Primeiro Comando da Capital", 3),
    ("Los Lobos", "Ecuador", "Los Lobos", 3),
    ("Tren de Aragua", "Venezuela", "Tren de Aragua", 3),
    ("colectivos", "Venezuela", "Colectivos", 3),
    ("Border Guard Bangladesh", "Bangladesh", "Military Forces of Bangladesh (2009-2024)", 1),
    ("Tamil Tigers", "Sri Lanka", "LTTE: Liberation Tigers of Tamil Eelam", 2),
    ("Sri Lankan navy", "Sri Lanka", "Military Forces of Sri Lanka (2022-2024)", 1),
    ("BRN", "Thailand", "BRN: National Revolutionary Front", 2),
    ("Densus 88", "Indonesia", "Police Forces of Indonesia (2014-2024)", 1),
    ("AQIM", "Algeria", "AQIM: Al Qaeda in the Islamic Maghreb", 2),
    ("Okba Ibn Nafaa Brigade", "Tunisia", "Okba Ibn Nafaa Brigade", 2),
    ("Jordanian army", "Jordan", "Military Forces of Jordan (1999-)", 1),
    ("Azerbaijani troops", "Azerbaijan", "Military Forces of Azerbaijan (2003-)", 1),
    ("Guardia Civil", "Spain", "Police Forces of Spain (2018-)", 1),
    ("SANDF", "South Africa", "Military Forces of South Africa (2018-2024)", 1),
    ("ZANU-PF youths", "Zimbabwe", "ZANU-PF: Zimbabwe African National Union-Patriotic Front", 3),
    ("Nepal's Armed Police Force", "Nepal", "Police Forces of Nepal", 1),
    ("Cambodian troops", "Cambodia", "Military Forces of Cambodia (2023-)", 1),
    ("Kusasi militia", "Ghana", "Kusasi Ethnic Militia (Ghana)", 4),
    ("Casamance rebels", "Senegal", "MFDC: Movement of Democratic Forces of Casamance", 2),
    # the governments and groups the older files lacked
    ("Yemeni government", "Yemen", "Government of Yemen (2022-)", 1),
    ("Pakistani government", "Pakistan", "Government of Pakistan (2024-)", 1),
    ("Hafiz Gul Bahadur group", "Pakistan", "Hafiz Gul Bahadur Group", 2),
    ("Sovereignty Council", "Sudan", "Government of Sudan", 1),
    ("al-Baraa bin Malik Brigade", "Sudan", "Al Baraa Bin Malik Brigade", 3),
    ("Malian junta", "Mali", "Government of Mali (2021-)", 1),
    ("Burkinabe government", "Burkina Faso", "Government of Burkina Faso (2022-)", 1),
    ("Nigerian government", "Nigeria", "Government of Nigeria (2023-)", 1),
    ("RCSS", "Myanmar", "RCSS/SSA-S: Restoration Council of Shan State/Shan State Army-South", 2),
    ("UNLF", "India", "UNLF: United National Liberation Front", 2),
    ("Comandos de la Frontera", "Colombia", "Comandos de la Frontera", 2),
])
def test_state_forces_and_groups_resolve(dictionary: ActorDictionary, text: str, country: str,
                                         name: str, inter: int) -> None:
    actor = dictionary.resolve(text, country, DAY)
    assert actor is not None, text
    assert (actor.name, actor.inter) == (name, inter)


def test_a_state_s_forces_abroad_are_external(dictionary: ActorDictionary) -> None:
    # Azerbaijan's army named in Armenia's news: foreign state forces, inter 8
    actor = dictionary.resolve("Azerbaijani forces", "Armenia", DAY)
    assert actor is not None and actor.name == "Military Forces of Azerbaijan (2003-)"
    assert actor.inter == 8


def test_the_segunda_marquetalia_is_not_the_emc(dictionary: ActorDictionary) -> None:
    # two FARC dissident groups: the Segunda Marquetalia was listed as the EMC
    actor = dictionary.resolve("Segunda Marquetalia", "Colombia", DAY)
    assert actor is not None and actor.name == "Segunda Marquetalia" and actor.inter == 2
    emc = dictionary.resolve("FARC dissidents", "Colombia", DAY)
    assert emc is not None and emc.name == "EMC: FARC Central General Staff"


def test_komala_is_no_alias_of_the_kdpi(dictionary: ActorDictionary) -> None:
    # two Kurdish parties of Iran: the KDPI's entry listed Komala among its names
    kdpi = dictionary.resolve("KDPI", "Iran", DAY)
    komala = dictionary.resolve("Komala", "Iran", DAY)
    assert kdpi is not None and komala is not None and kdpi.name != komala.name


@pytest.mark.parametrize(("text", "country", "name"), [
    # the Cameroonian reading of the press's separatist words stays in Cameroon
    ("armed separatists", "Kenya", "Unidentified Armed Group (Kenya)"),
    ("separatist militants", "Pakistan", "Unidentified Armed Group (Pakistan)"),
])
def test_separatist_words_stay_at_home(dictionary: ActorDictionary, text: str, country: str,
                                       name: str) -> None:
    actor = dictionary.resolve(text, country, DAY)
    assert actor is not None and actor.name == name


def test_thai_in_lower_case_copy_names_no_country(dictionary: ActorDictionary) -> None:
    # "thai" is a word of other languages in lower-cased Indian copy; the Thai forces
    # keep their names ("Thai troops" in Cambodia's news are Thailand's, external there)
    assert dictionary.country_of_word("thai") is None
    troops = dictionary.resolve("Thai troops", "Cambodia", DAY)
    assert troops is not None and troops.name == "Military Forces of Thailand (2023-)"
    assert troops.inter == 8


def test_common_words_are_no_new_aliases(dictionary: ActorDictionary) -> None:
    # "Spanish" is a language before it is Spain's; a force's generic words ("Military
    # Police", "National Guard", "Government of National Unity") are used in several
    # countries and name no one country's force in another's news
    assert dictionary.country_of_word("Spanish") is None
    for text in ("Military Police", "Civil Police", "Government of National Unity", "the front",
                 "Army"):
        actor = dictionary.resolve(text, "Kenya", DAY)
        assert actor is None or actor.country in (None, "Kenya"), (text, actor)
