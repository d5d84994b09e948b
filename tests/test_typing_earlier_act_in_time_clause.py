"""An act named in a time clause ("..., a day after troops fired on a march") dates the
sentence's own act by an earlier event. When that event is told in a sentence of its own,
its words belong there: read with the main act, the clause's demonstration and shooting
made a detention Excessive force against protesters (issue #3; the batch 18 Zimbabwe
report, time_clauses.retold_earlier_acts). Where the main act is told again and only the
clause gives the earlier act's toll, the clause keeps its words."""

from __future__ import annotations

from fixtures_events import coded_events, describe
from spacy.language import Language


def test_detention_a_day_after_a_shooting_told_later(nlp: Language) -> None:
    text = ("Police in Lilongwe arrested nine members of the opposition at their offices "
            "on Friday, a day after troops opened fire on marchers in the city, wounding "
            "four.\n\nOn Thursday thousands of opposition supporters marched to the "
            "parliament. Soldiers fired on the marchers and four people were wounded.")
    events = coded_events(nlp, text, "2021-03-06")
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and str(arrests[0].event_date) == "2021-03-05", describe(events)
    assert "Excessive force against protesters" not in [
        e.sub_event_type for e in events if str(e.event_date) == "2021-03-05"], describe(events)


def test_clause_alone_keeps_typing_the_sentence(nlp: Language) -> None:
    # (the shooting told nowhere else: the clause still counts, as before)
    text = ("Police in Lilongwe arrested nine members of the opposition on Friday, a day "
            "after troops opened fire on marchers in the city, wounding four.")
    events = coded_events(nlp, text, "2021-03-06")
    assert "Arrests" not in [e.sub_event_type for e in events], describe(events)
