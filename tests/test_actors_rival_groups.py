"""Two armed groups named together as those active in an area ("fighters of X and of Y
both operate along the border") leave "the attackers" of a later sentence unnamed: the
text does not say which of them it was. Fails without
actor_candidates._one_of_rival_groups."""

from __future__ import annotations

from fixtures_events import coded_events
from spacy.language import Language


def test_attackers_after_two_groups_named_together_stay_unidentified(nlp: Language) -> None:
    # (the attackers were the last group named, Ansaroul Islam)
    text = ("OUAGADOUGOU, May 6 (Reuters) - Gunmen killed 18 villagers near Djibo on "
            "Saturday, local officials said.\n\nNo group has claimed the killings. "
            "Militants loyal to Islamic State and to al Qaeda's local ally Ansaroul Islam "
            "both roam the area.\n\nTroops pursued the attackers on Sunday and killed nine "
            "of them in a firefight near Djibo, the army said.")
    clashes = [e for e in coded_events(nlp, text, "2024-05-06")
               if e.sub_event_type == "Armed clash"]
    assert [(e.actor1, e.actor2) for e in clashes]\
        == [("Military Forces of Burkina Faso (2022-)", "Unidentified Armed Group (Burkina Faso)")]


def test_attackers_after_one_group_named_are_that_group(nlp: Language) -> None:
    text = ("OUAGADOUGOU, May 6 (Reuters) - Gunmen killed 18 villagers near Djibo on "
            "Saturday, local officials said.\n\nAnsaroul Islam claimed the killings.\n\n"
            "Troops pursued the attackers on Sunday and killed nine of them in a firefight "
            "near Djibo, the army said.")
    clashes = [e for e in coded_events(nlp, text, "2024-05-06")
               if e.sub_event_type == "Armed clash"]
    assert [e.actor2 for e in clashes] == ["Ansaroul Islam"]
