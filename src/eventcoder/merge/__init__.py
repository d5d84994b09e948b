"""One event per incident: within a document, and across documents.

ACLED codes one event per actor pair, location and day. A news story names its
incident in the lead ("an air strike killed 12 in Idlib on Sunday") and again
later with more detail (the village, the monitor's toll, the government's
denial). ``merge_mentions`` turns the mentions of one document into one
``Event`` per incident; ``same_incident`` and ``combine_reports`` do the same
across documents for the store (see ``store.ingest``).

Rules (and why):

- **Which mentions are one incident.** Same or unknown day; same, unknown,
  nearby (<= 25 km) or containing place (a town inside the province another
  mention names; a country that is only the article's focus, named by no sentence
  of the report, is no place within a story; a nearby town counts only for the same
  weapon: an air strike and a shelling of two towns are two events); compatible
  type (the violent types Battles, Explosions/Remote
  violence and Violence against civilians describe one incident from different
  angles; Protests and Riots likewise; Strategic developments only within one
  sub-type). Within one story the actor stage is noisy (a later sentence's
  "they" or "the soldiers" lands on the wrong side), so mentions are one
  incident unless both name clearly different parties on a side (two different
  named groups or state forces, sides swapped allowed); generic crowds,
  civilians, unidentified or missing actors never keep mentions apart, and an
  unidentified doer joins a named one only for the same event type (or when it
  is an unattributed killing of civilians, the usual re-telling of a strike's
  toll). A place carried over from another sentence (the last town named) does
  not count as the mention's place. Across documents actors must agree (same
  name, unknown, or "Unidentified ..." against a named group when the target
  and the sub-type agree): different actor pairs never merge; there is no
  wildcard date or place.
- **One night.** Consecutive days are one incident only for the same sub-type
  when the reports say it was at night (data/merge.yaml: the usual cause of
  one-day disagreements, "overnight" dated by the morning's statement, "late on
  Friday" in the detail): across documents one report saying so, at the same
  location; within one story both reports (``_one_night``, read by
  ``_date_relation``). Otherwise consecutive days are separate events.
- **Day of telling.** Within one story, a report dated only by the day it was told
  (the date phrase right after a verb of saying: "..., the agency said on Tuesday")
  is the incident another report dates on that day or up to a week before ("The
  strike on Sunday night ..."), and the merged event takes the incident's own day
  (data/merge.yaml telling_phrases; ``_told_on``).
- **Fields.** Sub-event type by ACLED precedence (``taxonomy.precedence``);
  the most specific place (lowest ``geo_precision``, first report on ties); the
  most precise stated date (a date without evidence, i.e. the publication day
  the resolver assumed, counts as unknown while merging and is used only when
  no mention of the incident states one); per side the best-identified actor
  (named > generic > unidentified; a report of the final event type, then the
  report whose trigger decided the type, then the earliest, on ties), each actor
  on the side that report names it on, or that the other reports name it on when
  read in the same order or swapped, whichever agrees with it (a one-sided
  attack on civilians never read swapped; a group named alone takes the side
  left unidentified), never the
  same actor on both sides; a violent crowd makes a merged demonstration a riot
  (data/merge.yaml); all sources. A teller's account that the next sentence denies
  ("The governor said gunmen had tried to storm it. Residents denied this") is a
  disputed version: joining an incident, it is evidence of it and does not re-type it. Nor
  does a later sentence that points back at the act with a general word ("The explosive
  had been hidden ..." after "hurled a grenade"): its actors and figures count, not its
  type (data/merge.yaml told_before_nouns).
- **Fatalities** (and injured), from the claims: figures are grouped by the
  source that gave them (an unattributed figure is the document's own voice and
  joins that document's only named source when it has exactly one). Within one
  source the *highest* figure counts: a source updating its toll or giving the
  detailed total later in the story is not undercounted. Across sources the
  *lowest* counts (ACLED: the lowest credible figure when reports conflict), and
  ``notes`` says who reported what. Every claim is kept. Two figures of one field
  in one report (one mention) are always disagreeing accounts, whoever gave them:
  the casualty stage adds up victim groups and lets a stated toll stand for the
  whole, so only a conflict cue leaves two ("At least 15 were killed ...,
  officials put the toll at 22" is 15). A rising toll told as an update ("the
  death toll rose to 22") is its own report and stays the source's newer figure.
- **Civilians killed in a battle** (a mention whose victims are civilians, with
  no named perpetrator, at the place and day of a battle) add to the battle's
  fatalities instead of becoming an event; their claims are kept with the field
  ``civilian_fatalities``. Only figures from other sentences than the battle's
  are added (a sentence that gives both usually gives the total).
- **Multi-day totals**: a mention spanning several known days
  (``EventMention.end_date``) becomes one event per day, its figures split
  evenly (the remainder to the first days).
- **event_id**: ``"ev-"`` + 12 hex digits of SHA-1 over the document id, the
  offsets of the incident's first trigger and the day. It is stable for the
  same text and extraction, and independent of the order of other incidents.
- **confidence**: the best mention's, raised by each further report by 20 % of
  the remaining gap times that report's confidence (several mentions are more
  evidence, but mentions in one story are not independent).

The package's modules, each importing only the ones above it (this file
re-exports the public names):

- ``words``: The merge's settings: data/merge.yaml and data/notes.yaml as loaded once, the
  patterns built from them, and the module-level constants the merge shares.
- ``sides``: Sides: whether two reports' actors can be one incident's, and which actors the
  merged event keeps on each side.
- ``places_dates``: Places and dates: whether two reports' places and days can be one
  incident's (nearby towns, containing units, nights, days told after).
- ``figures``: Figures: the tolls of several reports resolved into one (updates, parts of a
  toll, accounts set beside), casualty-only reports and armed victims' tolls.
- ``events``: One event per mention: its id, country, claims, and the split of a span of
  days or of towns also hit into events of their own.
- ``combine``: Combining the reports of one incident into one event: sub-type, sides,
  figures, sources, precision, confidence and the generated notes.
- ``scoring``: Scoring: is a report the same incident as another (incident_score,
  same_incident), the clusters of one document and the best one for a report.
- ``folds``: Folds: reports joined to an incident told nearby (tolls, companions, damage,
  civilians in battles, mob violence, crackdowns, beatings in riots).
- ``accounts``: Accounts: a speaker's own account, a rival or disputed account, a claim of
  responsibility, and the reports that join an incident as evidence of it.
- ``told_again``: Mentions that tell an incident again: a general name or a determiner
  pointing back, a quotation, another place or time, and what they keep of their own.
- ``driver``: The merge of one document's mentions (merge_mentions), stage by stage.
"""

from __future__ import annotations

from eventcoder.merge.combine import combine_reports, summary_sentence
from eventcoder.merge.driver import merge_mentions
from eventcoder.merge.events import event_from_mention
from eventcoder.merge.figures import casualty_only_class
from eventcoder.merge.places_dates import NEARBY_KM
from eventcoder.merge.scoring import incident_score, same_incident
from eventcoder.merge.words import CIVILIAN_FIELD, notes_phrases

__all__ = [
    "CIVILIAN_FIELD",
    "NEARBY_KM",
    "casualty_only_class",
    "combine_reports",
    "event_from_mention",
    "incident_score",
    "merge_mentions",
    "notes_phrases",
    "same_incident",
    "summary_sentence",
]
