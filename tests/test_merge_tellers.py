"""The UN telling a fight's toll ("The UN said ... 30 people had been killed in the
fighting") is no side of the fight: its report joins the lead's clash (merge.yaml
teller_actors)."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_the_uns_toll_joins_the_clash_it_tells(nlp: Language) -> None:
    text = ("MOGADISHU, March 4 (Reuters) - Al Shabaab fighters clashed with Somali soldiers "
            "in the town of Beledweyne on Saturday, residents said.\n\n"
            "The United Nations said on Sunday that 30 people had been killed in the "
            "fighting in Beledweyne.")
    events = coded_events(nlp, text, "2024-03-04")
    battles = [e for e in events if e.event_type == "Battles"]
    assert len(battles) == 1, describe(events)
    assert battles[0].fatalities == 30 and battles[0].actor1 != "UN: United Nations", \
        describe(events)
