"""Status rules (issue #3): words that describe or point back at
an event rather than report a new one. Each rule has a case it decides and a
near twin it must leave alone; each test fails without its rule."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_events import coded_events, describe
from fixtures_mentions import first_status, statuses
from spacy.language import Language

PUBLISHED = dt.date(2024, 5, 20)



CASES = [
    # An event noun placed in time or in a series after the lead: the event told before.
    ("Insurgents attacked the town of Mucojo on Friday, killing two soldiers. "
     "The raid came days before the regional force was due to leave.", "raid", "reference"),
    ("Gunmen shot dead a trader in the market on Monday. "
     "The shooting was the deadliest in the district this year.", "shooting", "reference"),
    # ... but not an event noun with its own verb of harm, nor one in the lead.
    ("Gunmen shot dead a trader in the market on Monday. "
     "The raid on a nearby farm killed two more people.", "raid", "new"),
    ("The raid came at dawn when gunmen stormed the farm near Lamu.", "raid", "new"),
    # What the event told before brought about: the consequence is news, not the event.
    ("A car bomb exploded outside a barracks in Tame on Tuesday, killing four soldiers. "
     "The governor said the attack had all but ended hopes of local talks.", "attack",
     "reference"),
    ("Gunmen shot dead three teachers near Garissa on Sunday. The killings sparked a strike "
     "by teachers across the county.", "killings", "reference"),
    # ... not in the lead, nor a consequence that is itself violence done by the event.
    ("The attack ended a month of calm in the town when gunmen stormed the market.",
     "attack", "new"),
    # What was heard or seen of the event told before: word of it, the dead shown.
    ("Gunmen killed at least 40 people in a fishing village near Wangi on Friday. Word of "
     "the killings reached the district town only on Sunday.", "killings", "reference"),
    ("Rebels shelled a camp for displaced families near Kutum on Monday. Videos shared by "
     "aid workers showed rows of bodies wrapped in blankets.", "bodies", "reference"),
    # ... not word of another attack, nor bodies found without an event told before.
    ("Villagers found the bodies of six herders in the bush near Marsabit on Friday.",
     "bodies", "new"),
    # The attackers who got away are the doers of the attack told before ...
    ("Bandits killed 30 villagers near Makurdi overnight. Police said officers were sent to "
     "the village but the attackers had fled before they arrived.", "attackers", "reference"),
    # An arrest word that says who someone is ("the jailed leader") is no arrest ...
    ("Officials said the jailed leader of the gang had vanished from his cell at the weekend.",
     "jailed", "reference"),
    # ... unlike an arrest told as done, or the arrested people of a report.
    ("Police jailed the leader of the gang after a raid on his hideout at the weekend.",
     "jailed", "new"),
    ("The arrested youths were charged in a Nakuru court on Monday.", "arrested", "new"),
    # What someone holds about the events told, in a present passive, is no event ...
    ("Tens of thousands marched through Tbilisi on Sunday. The prime minister says the "
     "protests are paid for by foreign donors.", "protests", "reference"),
    # ... unlike what was done to them.
    ("Tens of thousands marched through Tbilisi on Sunday. The protests were broken up by "
     "riot police with water cannon.", "protests", "new"),
    # "The attackers" after the attack are its doers, not a new attack.
    ("Gunmen killed five villagers on Sunday. Police said officers were hunting the "
     "attackers.", "attackers", "reference"),
    ("A bomb hit a police truck near Takaba on Monday. Security forces were combing the "
     "area for the attackers.", "attackers", "reference"),
    ("Gunmen killed five villagers on Sunday. The attackers also raided a farm nearby.",
     "attackers", "new"),
    # What an event follows happened before it.
    ("Two herders were shot dead near the river on Monday. The killings follow clashes "
     "over grazing land in the valley.", "clashes", "reference"),
    ("Two herders were shot dead near the river on Monday. Clashes over grazing land "
     "followed in the evening.", "clashes", "new"),
    # An event noun with a year names an event of that year; a trend names many.
    ("Militants ambushed a convoy on Monday. The group was behind a 2019 attack on a hotel "
     "that killed 21 people.", "attack", "background"),
    ("Militants ambushed a convoy on Monday. The region has seen a surge in kidnappings and "
     "roadside bombings.", "kidnappings", "statistic"),
    ("Militants ambushed a convoy on Monday. The kidnappings of two engineers in the town "
     "were reported on Tuesday.", "kidnappings", "new"),
    ("Militants ambushed a convoy on Monday. The attack bore the hallmarks of the group.",
     "attack", "reference"),
    # An event noun said to be common is a standing situation.
    ("Cattle raiders killed 12 people on Monday. Revenge attacks are frequent in the "
     "region.", "revenge attacks", "habitual"),
    ("Cattle raiders killed 12 people on Monday. Revenge attacks were reported in two "
     "villages on Tuesday.", "revenge attacks", "new"),
    # An event noun told as a possibility.
    ("Armed groups were gathering in the capital ahead of possible clashes.", "clashes",
     "hypothetical"),
    ("Armed groups fought in the capital ahead of the elections; the clashes lasted two "
     "hours.", "clashes", "new"),
    # A history phrase near the verb a long gerund subject hangs on.
    ("A drone strike killed 20 people in the town on Sunday.\n\nFighting between the "
     "federal army and the regional militia, a force that had fought beside the army in the "
     "last war, broke out late last month after a dispute over disarmament.", "fighting",
     "background"),
    ("Police banned a planned opposition march in the capital on Monday.", "march", "plan"),
    ("Thousands joined an opposition march in the capital on Monday.", "march", "new"),
    # Damage shown in pictures is what an attack told elsewhere left behind.
    ("Shelling hit the city on Saturday. Footage from the scene showed burning cars "
     "and damaged buildings.", "burning", "reference"),
    ("Gunmen left burning houses in the village before dawn.", "burning", "new"),
    # ... also as the clause shown ("photos showed the aircraft burning").
    ("Rebels raided the airfield on Sunday. Pictures shared by the rebels showed the "
     "helicopter burning beside the runway.", "burning", "reference"),
    ("The helicopter was burning beside the runway when troops arrived.", "burning", "new"),
    # A group noun that is (part of) the speaker names who speaks: nothing was formed.
    ("Three rebel factions announced an alliance on Tuesday.", "alliance", "new"),
    # Earlier incidents told as the background of the day's event.
    ("Security was tightened at churches. It came after recent offensives in which troops "
     "killed dozens of militants in the hills.", "killed", "background"),
    ("The curfew was lifted on Monday. Soldiers shot dead two men in the port earlier this "
     "month, residents said.", "shot dead", "background"),
    ("Troops killed dozens of militants in the hills on Sunday, the army said.", "killed",
     "new"),
    ("Residents said an alliance of ethnic armies took the city of Lashio on Sunday.",
     "alliance", "reference"),
    ("A new alliance of rebel groups emerged in the north on Monday.", "alliance", "new"),
    # A participle that tells who a group is: nothing was formed that day.
    ("The victims belonged to the Ninewa Guards, a tribal militia formed to defend the "
     "villages after 2014.", "formed", "reference"),
    ("Tribal elders formed a militia to defend the villages on Monday.", "formed", "new"),
]


def test_a_group_noun_naming_the_speaker_reports_no_change(nlp: Language) -> None:
    text = "The rebel alliance CSP said its fighters had destroyed several army trucks."
    assert first_status(nlp, text, "alliance", PUBLISHED) in (None, "reference")
    assert first_status(nlp, text, "destroyed", PUBLISHED) == "new"


@pytest.mark.parametrize(("text", "trigger", "status"), CASES)
def test_status_of_descriptions_endings_and_references(
        nlp: Language, text: str, trigger: str, status: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == status


def test_a_year_describing_a_participant_does_not_date_the_event(nlp: Language) -> None:
    text = ("A drone struck a car carrying two fighters of the Sinjar Resistance Units, "
            "a militia founded in 2014, near the town on Saturday.")
    assert first_status(nlp, text, "drone struck", PUBLISHED) == "new"
    dated = "A drone struck a car carrying two fighters near the town in 2014."
    assert first_status(nlp, dated, "drone struck", PUBLISHED) == "background"


def test_declared_alone_is_no_change_of_activity(nlp: Language) -> None:
    mourning = "The government declared three days of national mourning on Sunday."
    assert first_status(nlp, mourning, "declared", PUBLISHED) is None
    war = "The rebel movement declared war on the government on Sunday."
    assert first_status(nlp, war, "declared war", PUBLISHED) == "new"


def test_banners_need_a_crowd_carrying_them(nlp: Language) -> None:
    left = "Banners signed by the cartel were left next to the bodies on Sunday."
    assert first_status(nlp, left, "banners", PUBLISHED) is None
    carried = "Hundreds of students marched through the town carrying banners on Sunday."
    assert first_status(nlp, carried, "carrying banners", PUBLISHED) == "new"


def test_a_nationwide_strike_is_a_protest(nlp: Language) -> None:
    text = "Doctors began a nationwide strike on Monday over unpaid salaries."
    assert first_status(nlp, text, "nationwide strike", PUBLISHED) == "new"


def test_a_reference_dated_in_its_own_sentence_is_still_no_event(nlp: Language) -> None:
    # Unlike background (an earlier event the text dates is coded on its own date),
    # a sentence that points back at the event already told never becomes an event.
    text = ("A roadside bomb hit a police truck near Takaba on Monday, wounding seven "
            "officers. Security forces were combing the area for the attackers on Wednesday.")
    events = coded_events(nlp, text, "2024-05-23")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"], \
        describe(events)


DEAD_CASES = [
    # Who the dead of a toll told before were: no new event.
    ("Gunmen killed 12 people in a village near Tibu on Thursday. Many of the dead were "
     "farm workers.", "dead", "reference"),
    ("A car bomb killed nine people at a market in Gao on Monday. Among the dead were "
     "three children.", "dead", "reference"),
    ("Troops killed 30 fighters near Kidal on Friday. The dead included a local "
     "commander.", "dead", "reference"),
    # ... but the dead of a story's first sentence are its event.
    ("The dead were found near the river in Tana on Monday.", "dead", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), DEAD_CASES)
def test_the_dead_of_a_toll_told_before(nlp: Language, text: str, trigger: str,
                                        status: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == status


CLAIM_CASES = [
    # A finite claim verb's clause tells what the claimant says happened.
    ("Villagers claimed that police beat them during a raid in Kuresoi on Monday.", "beat",
     "new"),
    ("The party claimed that gunmen abducted 14 of its activists near the border on "
     "Wednesday.", "abducted", "new"),
    # ... but a participle gives the doers' reason, and a conceded claim stays a claim.
    ("Councillors broke chairs in the council hall, claiming that a colleague had been "
     "kidnapped.", "kidnapped", "background"),
    # ... and a trigger under another verb of the claim is no act claimed.
    ("Police shot dead a man in a mall on Saturday. On Sunday, a news agency claimed the "
     "mall attacker was a soldier of the group.", "attacker", "background"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), CLAIM_CASES)
def test_what_a_claim_says_happened(nlp: Language, text: str, trigger: str,
                                    status: str) -> None:
    assert first_status(nlp, text, trigger, PUBLISHED) == status


SAME_TARGET_CASES = [
    # Another teller's account of the event told before.
    ("Rebels ambushed an army convoy near Tinzaouaten on Saturday. A jihadist group said "
     "its fighters had ambushed the same convoy.", "ambushed", "reference"),
    # ... but a second attack on the same place is told as such.
    ("Gunmen raided a village near Lamu on Sunday. They attacked the same village again "
     "on Tuesday.", "attacked", "new"),
    ("Gunmen raided a village near Lamu on Sunday. On Tuesday they attacked the same "
     "village.", "attacked", "new"),
]


@pytest.mark.parametrize(("text", "trigger", "status"), SAME_TARGET_CASES)
def test_the_same_target_told_again(nlp: Language, text: str, trigger: str,
                                    status: str) -> None:
    assert statuses(nlp, text, trigger, PUBLISHED)[-1] == status  # the 2nd sentence



RETOLD_FIGHT_CASES = [
    # A side's word on the fighting told before: the same fighting.
    ("Rebels attacked a rival faction near Tibu on Thursday, setting off fighting that "
     "killed 80 people. The ELN said it was fighting the dissidents, not civilians.",
     "reference"),
    # ... not with a date of its own, nor as the story's first fight.
    ("Rebels attacked a rival faction near Tibu on Thursday. Police said they were "
     "fighting gunmen in the forest on Monday.", "new"),
    ("Police said they were fighting gunmen in the forest near Tibu.", "new"),
]


@pytest.mark.parametrize(("text", "status"), RETOLD_FIGHT_CASES)
def test_a_sides_word_on_the_fighting(nlp: Language, text: str, status: str) -> None:
    assert statuses(nlp, text, "fighting", PUBLISHED)[-1] == status
