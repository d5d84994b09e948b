"""Who a group is, told in a clause on its words, and who only tells of it (hand-written
sentences in agency style, about conflicts outside Kenya):

- a relative clause that names unnamed armed men's group ("the gunmen, whom police
  identified as members of the ADF") or an unknown name's alias ("the movement, which
  calls itself Ansar Allah") gives that group;
- the subject of such a clause ("a commander, who Israel said ...") only tells;
- an apposition on a named group ("the Arakan Army, an ethnic armed group") describes it
  and is no second party;
- "fighters of the separatist X" are X's;
- a named train is what was hit, not a side;
- "the attackers" never refers back to foreign forces or to a community's people;
- a country named only as a place beside another ("positions in Iraq and Syria") is no
  party.
"""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_actors import story_sides
from spacy.language import Language

from eventcoder.resolve.actors import default_actor_dictionary


def test_a_relative_clause_names_the_gunmen_group(nlp: Language) -> None:
    actor1, actor2 = story_sides(
        nlp, "The gunmen, whom local officials identified as members of CODECO, stormed a "
        "camp for displaced families near Djugu on Sunday, killing 14 people.", "stormed",
        "Attack", "Democratic Republic of Congo")
    assert actor1 is not None and actor1.startswith("CODECO")
    assert actor2 == "Civilians (Democratic Republic of Congo)"  # not the officials


def test_a_group_that_calls_itself_by_a_known_name(nlp: Language) -> None:
    actor1, _ = story_sides(
        nlp, "The Iran-backed movement, which calls itself Ansar Allah, fired a missile at "
        "a tanker in the Red Sea on Monday.", "fired a missile",
        "Shelling/artillery/missile attack", "Yemen")
    assert actor1 == "Houthi Movement"


def test_who_tells_in_a_relative_clause_is_no_target(nlp: Language) -> None:
    _, actor2 = story_sides(
        nlp, "An air strike killed Omar Khalil, who Israel said commanded a rocket unit, in "
        "Khan Younis on Tuesday.", "air strike", "Air/drone strike", "Palestine")
    assert actor2 is None or not actor2.startswith("Military Forces of Israel")


def test_an_apposition_describes_the_named_group(nlp: Language) -> None:
    _, actor2 = story_sides(
        nlp, "The Arakan Army, an ethnic armed group in western Myanmar, said on Sunday it "
        "had taken control of the town of Buthidaung after overrunning an army post.",
        "taken control", "Non-state actor overtakes territory", "Myanmar")
    assert actor2 is None or "Ethnic Militia" not in actor2


def test_fighters_of_a_described_group_are_its_own(nlp: Language) -> None:
    actor1, actor2 = story_sides(
        nlp, "Fighters of the separatist Baloch Liberation Army ambushed a convoy near "
        "Kalat on Sunday, killing four soldiers.", "ambushed", "Armed clash", "Pakistan")
    # (a clash lists the state's forces first)
    assert actor1 is not None and actor1.startswith("Military Forces of Pakistan")
    assert actor2 == "BLA: Balochistan Liberation Army"


def test_a_named_train_is_no_side(nlp: Language) -> None:
    _, actor2 = story_sides(
        nlp, "A roadside bomb hit the Awam Express near Rohri on Friday.", "roadside bomb",
        "Remote explosive/landmine/IED", "Pakistan")
    assert actor2 == "Civilians (Pakistan)"


def test_the_attackers_never_are_the_peacekeepers(nlp: Language) -> None:
    actor1, _ = story_sides(
        nlp, "Militiamen killed 20 villagers near Djugu on Monday. U.N. peacekeepers "
        "reached the village after the attackers had fled and took the wounded to "
        "hospital.", "wounded", "Attack", "Democratic Republic of Congo")
    assert actor1 is None or "United Nations" not in actor1


def test_the_attackers_never_are_a_community_people(nlp: Language) -> None:
    actor1, _ = story_sides(
        nlp, "Most of the families in the camp belong to the Hema community. The attackers "
        "set fire to forty shelters on Tuesday night.", "set fire",
        "Looting/property destruction", "Democratic Republic of Congo")
    assert actor1 is None or "Hema" not in actor1


def test_a_country_beside_a_place_is_no_party(nlp: Language) -> None:
    actor1, _ = story_sides(
        nlp, "Six shepherds who had crossed from Iraq and Syria were shot dead on Monday "
        "near Sinjar.", "shot dead", "Attack", "Iraq")
    assert actor1 == "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize(("words", "country", "wanted"), [
    ("Izz el-Deen al-Qassam Brigades", "Palestine", "Hamas Movement"),
    ("Fitna al-Hindustan", "Pakistan", "BLA: Balochistan Liberation Army"),
    ("Gaitanista Army", "Colombia", "Clan del Golfo"),
    ("Kremlin forces", "Ukraine", "Military Forces of Russia (2000-)"),
    ("military council", "Myanmar", "Military Forces of Myanmar (2021-)"),
])
def test_names_conflict_news_uses(words: str, country: str, wanted: str) -> None:
    actor = default_actor_dictionary().resolve(words, country, dt.date(2024, 6, 1))
    assert actor is not None and actor.name == wanted

