"""A remark with no day or place of its own, told after the story has moved on to another
incident at another day or place, that would join an earlier incident ("Armed gangs have
for years raided villages", after a kidnapping and a lynching two days later in another
town) is evidence of that incident, not an account of what happened in it: it does not
re-type it (issue #3: the raids made the kidnapping an attack)."""

from __future__ import annotations

from fixtures_store import make_article, make_mention

from eventcoder.merge import merge_mentions
from eventcoder.schema import EventMention

STORY = ("Gunmen abducted nine traders near Baidoa on Saturday. On Monday, hundreds of people "
         "marched in Mogadishu against the kidnappings. Armed groups have for years attacked "
         "traders on the roads of the region.")
LATER = ("Gunmen abducted nine traders near Baidoa on Saturday. The gunmen attacked the "
         "traders' lorries before taking them away.")


def _abduction(text: str) -> list[EventMention]:
    return [make_mention(text, "abducted", "Abduction/forced disappearance",
                         actor1="uag_somalia", actor2="civ_somalia", place="Baidoa",
                         date="2024-03-02")]


def test_a_remark_past_another_incident_leaves_the_abduction() -> None:
    mentions = [*_abduction(STORY),
                make_mention(STORY, "marched", "Peaceful protest", place="Mogadishu",
                             date="2024-03-04"),
                make_mention(STORY, "attacked", "Attack", actor1="uag_somalia",
                             actor2="civ_somalia")]
    events = merge_mentions(mentions, make_article(STORY))
    assert [e.sub_event_type for e in events] == [
        "Abduction/forced disappearance", "Peaceful protest"]
    assert len(events[0].evidence) > len(mentions[0].evidence)  # the remark is its evidence


def test_the_next_sentence_of_the_same_incident_still_types_it() -> None:
    # (no other incident told in between: the attack is the abduction's own detail)
    mentions = [*_abduction(LATER),
                make_mention(LATER, "attacked", "Attack", actor1="uag_somalia",
                             actor2="civ_somalia")]
    events = merge_mentions(mentions, make_article(LATER))
    assert [e.sub_event_type for e in events] == ["Attack"]
