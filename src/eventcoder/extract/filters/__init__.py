"""Is a reported event a new event? The status of an event mention.

News mixes the events of the day with history, totals, habits, plans and
denials. Each event mention gets one status; ``pipeline.CodingPolicy`` decides
which statuses become events (by default "new", plus "background" when the
text dates the earlier event explicitly, so it keeps its own date).

Statuses:

- ``new``: an event the text reports as having happened ("a bomb killed four").
- ``background``: an earlier event told as history or context ("last year the
  group declared a caliphate", "in 2014 IS seized Mosul", "the group, which
  captured the town in March", "IS claimed responsibility for the attack": an
  event referred to, not reported).
- ``statistic``: a cumulative total over a period ("the conflict has claimed
  over 300,000 lives since it began", "so far this year 200 have been killed").
- ``habitual``: a repeated pattern, not one event ("helicopters routinely drop
  explosives on the town").
- ``plan``: a plan, threat, vow, warning or call ("the group vowed to attack",
  "troops will launch an offensive", "planned a bombing").
- ``negated``: the text denies the event ("the army denied bombing the
  hospital", "troops did not fire").
- ``hypothetical``: a condition or possibility ("if talks fail, fighting could
  resume").
- ``movement``: forces moving or advancing with no violence reported
  ("troops are pushing towards the city").
- ``reference``: what the story says about an event or a group it reports anyway
  ("video showed burning cars", "the group, formed in 2012, ..."). Its kind
  ``RETOLD`` (``TriggerStatus.kind``) is the event told before named once more
  ("in the days after the attack"): evidence of that event, which the merge reads.

Everything here reads the dependency parse and the cue spans that the
TriggerMatcher wrote (``doc.spans["ec_cues"]``), so it is a handful of token
look-ups per trigger.

The package's modules, each importing only the ones above it (this file
re-exports the public names):

- ``words``: The status filter's word lists (data/filters.yaml) and the module-level data
  the rules share: the statuses, the loaded words, patterns and label sets.
- ``clauses``: The sentence's cues (StatusCues) and the walks over its parse that many rules
  share: governing chains, auxiliaries, a clause's own time, the trigger told before.
- ``history``: Background: events told as history, dated before the story or framed by an
  earlier, dated clause (months, weeks before, years, headlines in the past).
- ``statistics``: Statistics: running totals, tallies, tolls of a period or of a whole
  country, counts in hundreds, comparisons and trends.
- ``habits``: Habits and standing states: what is done routinely or goes on (ongoing wars,
  forces in place, build-ups), and clauses that say who or what someone is.
- ``references``: References: an event told before named again, reported speech, judgements,
  accusations, witnesses and what was seen or heard, the handling of the dead.
- ``plans``: Plans and what did not happen: plans, orders, announcements and vows, refusals,
  nobody or nothing as the act's participant, a crowd only dispersed.
- ``agreements``: Agreements: deals reached, agreements in force, acts done under an
  agreement, and measures told after one.
- ``status``: The status decision: each trigger's status (new, background, statistic, ...)
  from the cues and the rules of the modules before this one, as an ordered list of named
  checks (``_status_and_reason``); a check that needs only one module's helpers lives in
  that module (``habits._habitual``, ``plans._modal_or_conditional``, ...).
"""

from __future__ import annotations

from eventcoder.extract.filters.agreements import names_an_agreement_in_force
from eventcoder.extract.filters.clauses import (
    StatusCues,
    clauses_of_other_records,
    comparison_since,
)
from eventcoder.extract.filters.history import (
    date_told_with_event,
    history_dated_before_the_story,
    history_weeks_before_the_story,
)
from eventcoder.extract.filters.references import active_accusation, retells_an_event
from eventcoder.extract.filters.status import ALLEGED, status_of_trigger, trigger_status
from eventcoder.extract.filters.words import (
    RETOLD,
    STATUSES,
    FilterWords,
    TriggerStatus,
    load_filter_words,
)

__all__ = [
    "ALLEGED",
    "RETOLD",
    "STATUSES",
    "FilterWords",
    "StatusCues",
    "TriggerStatus",
    "active_accusation",
    "clauses_of_other_records",
    "comparison_since",
    "date_told_with_event",
    "history_dated_before_the_story",
    "history_weeks_before_the_story",
    "load_filter_words",
    "names_an_agreement_in_force",
    "retells_an_event",
    "status_of_trigger",
    "trigger_status",
]
