"""The actor dictionary: loading, and normalising actor words to ACLED-style names.

The dictionary is data (``eventcoder/data/actors/*.yaml``): one file per country
(or region) listing its state forces and armed groups with their aliases, inter
code and, for state actors, the periods ACLED uses to name them ("Police Forces
of Kenya (2013-)"); ``generic.yaml`` holds the country-scoped generic actors
("Unidentified Armed Group (<country>)", "Civilians (<country>)", ...) and the role
words ("the army", "police") that name a country's state forces without naming
the country; ``international.yaml`` holds forces that act across countries.

Users add their own files (same format) in two ways; later files win where an
alias is defined twice in the same scope:

- the environment variable ``EVENTCODER_ACTORS``: a list of YAML files or
  directories of YAML files, separated by ``os.pathsep`` (":" on Linux/macOS);
- the ``extra_paths`` argument of :func:`load_actor_dictionary` (and the
  ``extra_paths`` setting of the ``eventcoder_actors`` spaCy component).

A country file looks like::

    country: Kenya              # null for entries valid in every country
    iso3: KEN
    names: [Kenya]              # how texts name the country
    demonyms: [Kenyan]          # "Kenyan troops" -> Military Forces of Kenya
    ethnic_groups: [Pokot]      # "Pokot raiders" -> Pokot Ethnic Militia (Kenya)
    clans: [Jibril]             # "Jibril clan militia" -> Jibril Clan Militia (Kenya)
    figures: [Raila Odinga]     # people whose name ties a text to the country
    markers: [matatu, IEBC]     # words for things only this country has (local institutions,
                                # transport): a country cue, never an actor
    community_spellings: {Masai: Maasai}   # variant -> the listed name used in actor names
    border_peoples: [Borana]    # (Ethiopia's file) peoples another file lists who also
                                # live here: told coming from here, this country's militia
    jihadist_insurgency: Al Shabaab  # the group "Islamist militants" names in its news
    capitals: [Nairobi]         # "the Nairobi regime": the capital before a word of
                                # capital_force_words (actor_words.yaml) names the military
    covered_from: 1997-01-01    # the first day of ACLED's data on the country: its people
                                # hurt abroad before it are "Civilians (International)"
    eras:                       # words that date an undated text (for period names)
      - {from: 2013-03-04, words: [county governor]}
      - {until: 2013-03-04, words: [district], offices: [district officer],
         not_in: [central business district]}  # offices: not after "former"; not_in:
                                # phrases in which the words date nothing
    unnamed_identity_militia:   # the name an unnamed identity militia gets, by date
      - {until: 2015-01-01, name: "Unidentified Ethnic Militia ({country})"}
      - {from: 2015-01-01, name: "Unidentified Communal Militia ({country})",
         ethnic_kept: true}     # (unless the text tells ethnic violence or names a people)
    role_aliases:               # what generic role words mean in this country
      police: [security forces]
    actors:
      - name: Police Forces of Kenya
        role: police            # what "police" means when the event is in Kenya
        inter: 1
        aliases: [Kenya Police, GSU]
        periods:                # optional: the name ACLED uses in each period
          - {name: "Police Forces of Kenya (2002-2013)", from: 2002-12-30, until: 2013-12-01}
          - {name: "Police Forces of Kenya (2013-)", from: 2013-12-01}
      - name: General Service Unit
        parent: Police Forces of Kenya   # named "<parent's period name> General Service Unit"
        inter: 1
        aliases: [GSU]
      - name: Al Shabaab
        inter: 2
        unscoped: true          # its aliases are valid whatever the event's country
        aliases: [al-Shabaab, Shabaab]
      - name: Mungiki Militia
        inter: 3
        local: true             # its aliases never name it in another country's news
        aliases: [Mungiki]      # (other countries' aliases otherwise do, as a last resort)
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventcoder.schema import Actor

__all__ = [
    "ENV_VAR",
    "ActorDictionary",
    "ActorEntry",
    "ActorWords",
    "CountryInfo",
    "Era",
    "Period",
    "default_actor_dictionary",
    "is_case_sensitive",
    "load_actor_dictionary",
    "load_actor_words",
    "normalise_alias",
]

ENV_VAR = "EVENTCODER_ACTORS"
INTERNATIONAL = "International"  # ACLED's scope when the country is unknown

# How far from its one bound an open-ended era ("after 2013") is looked at.
_ERA_SPAN = dt.timedelta(days=3653)
_SPACE = re.compile(r"\s+")
# The two templates of an identity militia whose people no text names.
_ETHNIC_TEMPLATE = "Unidentified Ethnic Militia ({country})"
_COMMUNAL_TEMPLATE = "Unidentified Communal Militia ({country})"
# Punctuation that ends or opens a word (not the hyphen or apostrophe inside one).
_WORD_EDGE_PUNCT = re.compile(r"[,;:!?()\[\]\"\u201c\u201d]|'(?=\s|$)|(?<=\s)'|^'")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2013": "-"})


@dataclass(frozen=True, slots=True)
class ActorWords:
    """The English words read around actor words (``data/actor_words.yaml``); see
    that file for what each list is for."""

    pronouns: frozenset[str]
    anaphoric_heads: frozenset[str]
    group_heads: frozenset[str]
    initiator_preps: frozenset[str]
    target_preps: frozenset[str]
    place_preps: frozenset[str]
    place_nouns: frozenset[str]
    compass_words: frozenset[str]
    pairing_preps: frozenset[str]
    mutual_preps: frozenset[str]
    community_heads: frozenset[str]
    origin_words: frozenset[str]
    belonging_words: frozenset[str]
    allegiance_adjectives: frozenset[str]
    party_preps: frozenset[str]
    country_party_preps: frozenset[str]
    victim_subject_verbs: frozenset[str]
    not_arguments: frozenset[str]
    reporting_verbs: frozenset[str]
    report_nouns: frozenset[str]
    leading_noise: tuple[str, ...]  # each with its trailing space, in the file's order
    member_words: frozenset[str]
    grievance_nouns: frozenset[str]
    grievance_verbs: frozenset[str]
    confrontation_nouns: frozenset[str]
    media_words: frozenset[str]
    office_nouns: frozenset[str]
    blame_verbs: frozenset[str]
    blame_preps: frozenset[str]
    linking_participles: frozenset[str]
    holding_participles: frozenset[str]
    facility_heads: frozenset[str]
    herding_words: frozenset[str]
    faith_words: frozenset[str]
    refugee_words: frozenset[str]
    refugee_place_nouns: frozenset[str]
    region_adjectives: frozenset[str]
    firing_verbs: frozenset[str]
    firing_preps: frozenset[str]
    onlooker_verbs: frozenset[str]
    self_report_verbs: frozenset[str]
    self_report_pronouns: frozenset[str]
    self_report_possessives: frozenset[str]
    statement_nouns: frozenset[str]
    force_site_nouns: frozenset[str]
    membership_heads: frozenset[str]
    band_words: frozenset[str]
    coming_verbs: frozenset[str]
    leading_participles: frozenset[str]
    listed_group_nouns: frozenset[str]
    led_band_heads: frozenset[str]
    armed_band_heads: frozenset[str]
    report_object_verbs: frozenset[str]
    spokesperson_nouns: frozenset[str]
    handover_verbs: frozenset[str]
    property_nouns: frozenset[str]
    response_phrases: frozenset[str]
    head_of_state_titles: frozenset[str]
    demonstrator_words: frozenset[str]
    crowd_looter_words: frozenset[str]
    blast_nouns: frozenset[str]
    attribution_preps: frozenset[str]
    landmark_preps: frozenset[str]
    landmark_nouns: frozenset[str]
    member_preps: frozenset[str]
    naming_verbs: frozenset[str]
    name_nouns: frozenset[str]
    military_target_nouns: frozenset[str]
    people_heads: frozenset[str]
    referring_determiners: frozenset[str]
    referring_act_nouns: frozenset[str]
    unidentified_words: frozenset[str]
    withdrawal_verbs: frozenset[str]
    foreigner_words: frozenset[str]
    weapon_heads: frozenset[str]
    group_kind_words: frozenset[str]
    ordnance_nouns: frozenset[str]
    strike_nouns: frozenset[str]
    forum_bodies: frozenset[str]
    air_strike_nouns: frozenset[str]
    air_strike_modifiers: frozenset[str]
    weapon_names: frozenset[str]
    interception_words: frozenset[str]
    in_flight_destruction_verbs: frozenset[str]
    fallen_words: frozenset[str]
    arrest_words: frozenset[str]
    custody_verbs: frozenset[str]
    citing_verbs: frozenset[str]
    majority_words: frozenset[str]
    mob_target_things: frozenset[str]
    harm_words: frozenset[str]
    attempt_verbs: frozenset[str]
    prevention_verbs: frozenset[str]
    unlisted_demonyms: frozenset[str]
    person_titles: frozenset[str]
    civil_office_qualifiers: frozenset[str]
    discovery_words: frozenset[str]
    dispersal_words: frozenset[str]
    headline_passive_verbs: frozenset[str]
    division_words: frozenset[str]
    part_nouns: frozenset[str]
    capital_force_words: frozenset[str]
    demonym_force_words: frozenset[str]
    jihadist_words: frozenset[str]
    jihadist_act_nouns: frozenset[str]
    aim_participles: frozenset[str]
    guess_adverbs: frozenset[str]
    leading_verbs: frozenset[str]
    accuse_verbs: frozenset[str]
    accused_acts: frozenset[str]
    accused_act_classes: frozenset[str]
    escape_verbs: frozenset[str]
    escaped_harms: frozenset[str]
    tie_words: frozenset[str]
    identity_verbs: frozenset[str]
    copula_forms: frozenset[str]
    arrested_references: frozenset[str]
    doer_references: frozenset[str]
    confirm_words: frozenset[str]
    unconfirmed_words: frozenset[str]
    possibility_words: frozenset[str]
    pursuit_words: frozenset[str]
    pursuit_preps: frozenset[str]
    outlet_words: frozenset[str]
    own_name_participles: frozenset[str]
    crisis_period_words: frozenset[str]
    other_incident_openers: tuple[str, ...]


@cache
def load_actor_words() -> ActorWords:
    """The actor word lists from ``data/actor_words.yaml`` (read once)."""
    raw = yaml.safe_load(
        resources.files("eventcoder").joinpath("data/actor_words.yaml").read_text("utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw[key])

    return ActorWords(
        pronouns=words("pronouns"), anaphoric_heads=words("anaphoric_heads"),
        group_heads=words("group_heads"), initiator_preps=words("initiator_preps"),
        target_preps=words("target_preps"), place_preps=words("place_preps"),
        place_nouns=words("place_nouns"), compass_words=words("compass_words"),
        pairing_preps=words("pairing_preps"), mutual_preps=words("mutual_preps"),
        community_heads=words("community_heads"),
        origin_words=words("origin_words"), belonging_words=words("belonging_words"),
        allegiance_adjectives=words("allegiance_adjectives"),
        party_preps=words("party_preps"),
        country_party_preps=words("country_party_preps"),
        victim_subject_verbs=words("victim_subject_verbs"),
        not_arguments=words("not_arguments"), reporting_verbs=words("reporting_verbs"),
        report_nouns=words("report_nouns"),
        leading_noise=tuple(f"{str(w).lower()} " for w in raw["leading_noise"]),
        member_words=words("member_words"), grievance_nouns=words("grievance_nouns"),
        grievance_verbs=words("grievance_verbs"),
        confrontation_nouns=words("confrontation_nouns"), media_words=words("media_words"),
        office_nouns=words("office_nouns"), blame_verbs=words("blame_verbs"),
        blame_preps=words("blame_preps"),
        linking_participles=words("linking_participles"),
        holding_participles=words("holding_participles"),
        facility_heads=words("facility_heads"),
        herding_words=words("herding_words"),
        faith_words=words("faith_words"),
        refugee_words=words("refugee_words"),
        refugee_place_nouns=words("refugee_place_nouns"),
        region_adjectives=words("region_adjectives"),
        firing_verbs=words("firing_verbs"), firing_preps=words("firing_preps"),
        onlooker_verbs=words("onlooker_verbs"),
        self_report_verbs=words("self_report_verbs"),
        self_report_pronouns=words("self_report_pronouns"),
        self_report_possessives=words("self_report_possessives"),
        statement_nouns=words("statement_nouns"),
        force_site_nouns=words("force_site_nouns"),
        membership_heads=words("membership_heads"),
        band_words=words("band_words"),
        coming_verbs=words("coming_verbs"),
        leading_participles=words("leading_participles"),
        listed_group_nouns=words("listed_group_nouns"),
        led_band_heads=words("led_band_heads"), armed_band_heads=words("armed_band_heads"),
        report_object_verbs=words("report_object_verbs"),
        spokesperson_nouns=words("spokesperson_nouns"),
        handover_verbs=words("handover_verbs"),
        property_nouns=words("property_nouns"),
        response_phrases=words("response_phrases"),
        head_of_state_titles=words("head_of_state_titles"),
        demonstrator_words=words("demonstrator_words"),
        crowd_looter_words=words("crowd_looter_words"),
        blast_nouns=words("blast_nouns"),
        attribution_preps=words("attribution_preps"),
        landmark_preps=words("landmark_preps"),
        landmark_nouns=words("landmark_nouns"),
        member_preps=words("member_preps"),
        naming_verbs=words("naming_verbs"),
        name_nouns=words("name_nouns"),
        military_target_nouns=words("military_target_nouns"),
        people_heads=words("people_heads"),
        referring_determiners=words("referring_determiners"),
        referring_act_nouns=words("referring_act_nouns"),
        unidentified_words=words("unidentified_words"),
        withdrawal_verbs=words("withdrawal_verbs"),
        foreigner_words=words("foreigner_words"),
        weapon_heads=words("weapon_heads"),
        group_kind_words=words("group_kind_words"),
        ordnance_nouns=words("ordnance_nouns"),
        strike_nouns=words("strike_nouns"),
        forum_bodies=words("forum_bodies"),
        air_strike_nouns=words("air_strike_nouns"),
        air_strike_modifiers=words("air_strike_modifiers"),
        weapon_names=words("weapon_names"),
        interception_words=words("interception_words"),
        in_flight_destruction_verbs=words("in_flight_destruction_verbs"),
        fallen_words=words("fallen_words"),
        arrest_words=words("arrest_words"),
        custody_verbs=words("custody_verbs"),
        citing_verbs=words("citing_verbs"),
        majority_words=words("majority_words"),
        mob_target_things=words("mob_target_things"),
        harm_words=words("harm_words"),
        attempt_verbs=words("attempt_verbs"), prevention_verbs=words("prevention_verbs"),
        unlisted_demonyms=words("unlisted_demonyms"),
        person_titles=words("person_titles"),
        civil_office_qualifiers=words("civil_office_qualifiers"),
        discovery_words=words("discovery_words"),
        dispersal_words=words("dispersal_words"),
        headline_passive_verbs=words("headline_passive_verbs"),
        division_words=words("division_words"),
        part_nouns=words("part_nouns"),
        capital_force_words=words("capital_force_words"),
        demonym_force_words=words("demonym_force_words"),
        jihadist_words=words("jihadist_words"),
        jihadist_act_nouns=words("jihadist_act_nouns"),
        aim_participles=words("aim_participles"), guess_adverbs=words("guess_adverbs"),
        leading_verbs=words("leading_verbs"),
        accuse_verbs=words("accuse_verbs"), accused_acts=words("accused_acts"),
        accused_act_classes=words("accused_act_classes"),
        escape_verbs=words("escape_verbs"), escaped_harms=words("escaped_harms"),
        tie_words=words("tie_words"),
        identity_verbs=words("identity_verbs"), copula_forms=words("copula_forms"),
        arrested_references=words("arrested_references"),
        doer_references=words("doer_references"),
        confirm_words=words("confirm_words"), unconfirmed_words=words("unconfirmed_words"),
        possibility_words=words("possibility_words"),
        pursuit_words=words("pursuit_words"), pursuit_preps=words("pursuit_preps"),
        outlet_words=words("outlet_words"),
        own_name_participles=words("own_name_participles"),
        crisis_period_words=frozenset(" ".join(w.replace("-", " ").split())
                                      for w in words("crisis_period_words")),
        other_incident_openers=tuple(sorted(words("other_incident_openers"))),
    )


@lru_cache(maxsize=1 << 16)
def normalise_alias(text: str, *, keep_case: bool = False) -> str:
    """The lookup key of an alias: unified apostrophes, hyphens as spaces,
    single spaces, lower case (unless ``keep_case``). (Kept per text: every
    mention looks its actor words up again.)"""
    out = text.translate(_APOSTROPHES).replace("-", " ").replace(".", "")
    out = _SPACE.sub(" ", out).strip()
    return out if keep_case else out.lower()


def is_case_sensitive(alias: str) -> bool:
    """Short all-capital acronyms ("IS", "AA", "KDF") and short mixed-case ones ("LeT",
    "JeM") are matched with their case, so that "is" and "let" the verbs are never
    Islamic State or Lashkar-e-Taiba."""
    return any(len(tok) <= 4 and tok.isupper() and any(c.isalpha() for c in tok)
               or len(tok) <= 5 and any(c.isupper() for c in tok[1:])
               and any(c.islower() for c in tok)
               for tok in normalise_alias(alias, keep_case=True).split())


def _figure_forms(name: str) -> tuple[str, ...]:
    """A public figure's name and its possessive as copy that lost its apostrophes
    writes it ("Kibakis win" for "Kibaki's win")."""
    return (name,) if name.endswith("s") else (name, f"{name}s")


def _with_initial_capital(aliases: Iterable[str]) -> Iterator[str]:
    """The aliases, and the sentence-initial spelling of those matched with their case
    that start with a lower-case word ("dissidents of the FARC" opens a sentence as
    "Dissidents of the FARC"; the acronym keeps the whole alias case-sensitive)."""
    for alias in aliases:
        yield alias
        if alias[:1].islower() and is_case_sensitive(alias):
            yield alias[0].upper() + alias[1:]


@dataclass(frozen=True, slots=True)
class Period:
    name: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor of the dictionary (or one generic template)."""

    name: str  # base name, or a template with "{country}"
    inter: int
    country: str | None  # None: international / template
    aliases: tuple[str, ...] = ()
    role: str | None = None  # "military", "police", "government"
    parent: str | None = None  # a unit of another actor of the same country
    periods: tuple[Period, ...] = ()
    unscoped: bool = False  # aliases valid in every country
    armed: bool = True
    template: bool = False
    source: str = ""  # the file it came from

    def period_name(self, day: dt.date | None) -> str:
        """The name in force on ``day`` (the latest period when the day is unknown)."""
        if not self.periods:
            return self.name
        if day is not None:
            for period in self.periods:
                if period.covers(day):
                    return period.name
        latest = max(self.periods, key=lambda p: p.start or dt.date.min)
        return latest.name


def _first_entry(entries: set[ActorEntry]) -> ActorEntry:
    """One entry of several that share a name or a country, the same in every run: a
    set's order follows hashes that change from process to process (an entry's None
    fields hash by address), so the choice is by the entry's country, international
    first, then by its file."""
    return min(entries, key=lambda e: (e.country is not None, e.country or "", e.source, e.name))


@dataclass(frozen=True, slots=True)
class Era:
    """Words that date a text about a country: they are only used after ``start``
    and/or before ``end`` ("county governor" in Kenya: after the 2013 devolution).
    ``not_dating`` finds phrases in which the era's words date nothing: an office
    after "former" or "ex-" (its holder named after the office ended), or a listed
    phrase that only shares a word ("central business district")."""

    words: re.Pattern[str]  # any of the era's words, whole words, case-insensitive
    start: dt.date | None = None
    end: dt.date | None = None
    not_dating: tuple[re.Pattern[str], ...] = ()

    def dates(self, text: str) -> bool:
        """Does ``text`` carry a word of the era that dates it?"""
        for phrases in self.not_dating:
            text = phrases.sub(" ", text)
        return self.words.search(text) is not None


def _words_pattern(words: Iterable[str], *, before: str = "") -> re.Pattern[str]:
    """One compiled search for whole words or phrases ("sub-county" = "sub county"),
    also in the possessive, with or without its apostrophe ("Kibaki's", "Kibakis");
    ``before``: a pattern the words must follow ("former ")."""
    parts = sorted({normalise_alias(w) for w in words}, key=len, reverse=True)
    alternatives = "|".join(r"[\s-]+".join(map(re.escape, p.split())) for p in parts if p)
    if not alternatives:
        return re.compile(r"(?!)")  # no words: matches nothing
    return re.compile(rf"(?<![\w-]){before}(?:{alternatives})(?:['\u2019]?s)?(?![\w-])",
                      re.IGNORECASE)


# "former" or "ex-" before an office ("a former district commissioner")
_FORMER = r"(?:former\s+|ex-\s*)"


@dataclass(frozen=True, slots=True)
class MilitiaEra:
    """The name a country's ACLED coding gives, over a stretch of time, an identity
    militia whose people no text names (Kenya: "ethnic" until 2014, "communal" after).
    With ``ethnic_kept``, a text that calls the violence ethnic or names a people of
    the country keeps the ethnic name."""

    name: str  # a template name, "Unidentified Communal Militia ({country})"
    start: dt.date | None = None
    end: dt.date | None = None
    ethnic_kept: bool = False

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day < self.end)


@dataclass(slots=True)
class CountryInfo:
    name: str
    iso3: str | None = None
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    ethnic_groups: list[str] = field(default_factory=list)
    clans: list[str] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    eras: list[Era] = field(default_factory=list)
    militia_eras: list[MilitiaEra] = field(default_factory=list)
    covered_from: dt.date | None = None  # None: covered as long as the dictionary's data
    # before this day the country's battles list the side that attacked first, as the
    # report tells it; from it on, state forces first (None: always state forces first)
    sides_as_told_until: dt.date | None = None
    # the group a general word for Islamist armed men names in the country's news
    # ("Islamist insurgents" in Mozambique), where one jihadist insurgency is fought
    jihadist_insurgency: str | None = None


@dataclass(slots=True)
class _Role:
    name: str
    fallback: str
    inter: int
    aliases: list[str]


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


class ActorDictionary:
    """All actor knowledge, indexed for lookup by alias and country."""

    def __init__(self) -> None:
        self.entries: list[ActorEntry] = []
        self.countries: dict[str, CountryInfo] = {}
        self.roles: dict[str, _Role] = {}
        self.templates: list[ActorEntry] = []
        self.assoc_templates: list[ActorEntry] = []
        self.ethnic_suffixes: frozenset[str] = frozenset()
        self.community_militia_words: frozenset[str] = frozenset()
        # armed words a demonym does not scope (see generic.yaml "event_scoped_words")
        self.event_scoped_words: frozenset[str] = frozenset()
        # template name -> cue words (see generic.yaml "context_templates")
        self.context_templates: dict[str, frozenset[str]] = {}
        self.mutual_violence_cues: frozenset[str] = frozenset()
        self.attribution_cues: frozenset[str] = frozenset()
        # the firmer of those: enough to name a community's militia (not "suspected")
        self.community_blame_cues: frozenset[str] = frozenset()
        # lookup indexes: (scope country or None, key) -> entry
        self._scoped: dict[tuple[str | None, str], ActorEntry] = {}
        self._role_alias: dict[str, str] = {}
        self._country_role_alias: dict[tuple[str, str], str] = {}
        self._template_alias: dict[str, ActorEntry] = {}
        self._assoc_alias: dict[str, ActorEntry] = {}
        self._demonym: dict[str, str] = {}
        self._figure: dict[str, str] = {}  # a public figure's name -> their country
        self._marker: dict[str, str] = {}  # a word for a thing only one country has
        self._country_name: dict[str, str] = {}
        self._ethnic: dict[str, list[str]] = {}
        self._border_home: dict[str, list[str]] = {}  # border_peoples: the other homes
        self._clan: dict[str, list[str]] = {}
        self._spelling: dict[str, str] = {}  # community name variant -> listed form
        # (country, demonym of a neighbour) for a community of that country the
        # neighbour's demonym names ("Somali" in Kenya)
        self._demonym_community: set[tuple[str, str]] = set()
        # (country, camp name) -> the nation of the refugees a camp houses
        self._camp_nation: dict[tuple[str, str], str] = {}
        self._period_bounds: dict[str, list[dt.date]] = {}  # country -> period start/ends
        self._file_less: dict[str, str] | None = None  # see _file_less_demonyms
        self._first_coverage: dt.date | None = None  # see _earliest_coverage
        self._by_country_role: dict[tuple[str, str], ActorEntry] = {}
        self._by_country_name: dict[tuple[str | None, str], ActorEntry] = {}
        # every country's aliases, for a foreign force named in another country's
        # news ("UPDF" in Kenya); used only when the alias names one actor.
        self._anywhere: dict[str, set[ActorEntry]] = {}
        # the keys of those aliases that some file writes in lower case, as common
        # words ("coalition", "federal forces"), not only as a name ("Levies")
        self._common_keys: set[str] = set()
        # the entries some file writes an alias of with a capital, as a name ("Levies",
        # "Syrian army"): only those may a capitalised text name abroad
        self._written_as_name: dict[str, set[ActorEntry]] = {}
        # the names of entries valid in every country (international.yaml): a country
        # file's common word for one of them ("coalition") names it abroad too
        self._international_names: set[str] = set()
        # "Kyiv regime": a capital's name before a word of capital_force_words, made
        # aliases of that country's military (see _add_capital_forms)
        self._capital_aliases: list[str] = []
        self._capital_keys: set[str] = set()
        self._capital_country: dict[str, str] = {}  # a capital's name -> its country
        self._memo: dict[tuple[str, str | None, dt.date | None, bool], Actor | None] = {}

    # ----------------------------------------------------------------- loading
    def add_file(self, path: Path | str, text: str | None = None) -> None:
        """Add one YAML file (country file or generic file)."""
        self._memo.clear()
        self._period_bounds.clear()
        self._file_less = None
        self._first_coverage = None
        raw = text if text is not None else Path(path).read_text("utf-8")
        data = yaml.safe_load(raw) or {}
        source = Path(path).name
        if "roles" in data or "templates" in data:
            self._add_generic(data, source)
        if "actors" in data or "country" in data:
            self._add_country(data, source)

    def _add_generic(self, data: dict[str, Any], source: str) -> None:
        for role, spec in (data.get("roles") or {}).items():
            self.roles[role] = _Role(role, spec["fallback"], int(spec["inter"]),
                                     list(spec.get("aliases") or []))
            for alias in spec.get("aliases") or []:
                self._role_alias[normalise_alias(alias)] = role
        for spec in data.get("templates") or []:
            entry = ActorEntry(name=spec["name"], inter=int(spec["inter"]), country=None,
                               aliases=tuple(spec.get("aliases") or ()),
                               unscoped=bool(spec.get("unscoped", False)),
                               armed=bool(spec.get("armed", False)), template=True, source=source)
            self.templates.append(entry)
            for alias in entry.aliases:
                key = normalise_alias(alias, keep_case=is_case_sensitive(alias))
                self._template_alias[key] = entry
        for spec in data.get("assoc_templates") or []:
            entry = ActorEntry(name=spec["name"], inter=int(spec.get("inter", 7)), country=None,
                               aliases=tuple(spec.get("aliases") or ()), armed=False,
                               template=True, source=source)
            self.assoc_templates.append(entry)
            for alias in entry.aliases:
                self._assoc_alias[normalise_alias(alias)] = entry
        for name, words in (data.get("context_templates") or {}).items():
            self.context_templates[name] = frozenset(normalise_alias(w) for w in words)
        if data.get("attribution_cues"):
            self.attribution_cues = frozenset(
                normalise_alias(w) for w in data["attribution_cues"])
        if data.get("community_blame_cues"):
            self.community_blame_cues = frozenset(
                normalise_alias(w) for w in data["community_blame_cues"])
        cues = data.get("mutual_violence_cues")
        if cues:
            self.mutual_violence_cues = frozenset(normalise_alias(w) for w in cues)
        suffixes = data.get("ethnic_armed_suffixes")
        if suffixes:
            self.ethnic_suffixes = frozenset(normalise_alias(s) for s in suffixes)
        scoped_words = data.get("event_scoped_words")
        if scoped_words:
            self.event_scoped_words = frozenset(normalise_alias(w) for w in scoped_words)
        militia_words = data.get("community_militia_words")
        if militia_words:
            self.community_militia_words = frozenset(normalise_alias(w) for w in militia_words)

    def _add_country(self, data: dict[str, Any], source: str) -> None:
        country: str | None = data.get("country")
        if country:
            info = self.countries.setdefault(country, CountryInfo(name=country))
            info.iso3 = data.get("iso3") or info.iso3
            info.covered_from = _as_date(data.get("covered_from")) or info.covered_from
            info.sides_as_told_until = _as_date(data.get("battle_sides_as_told_until"))\
                or info.sides_as_told_until
            info.jihadist_insurgency = data.get("jihadist_insurgency") or info.jihadist_insurgency
            for attr in ("names", "demonyms", "ethnic_groups", "clans", "figures", "markers"):
                getattr(info, attr).extend(data.get(attr) or [])
            for word in data.get("figures") or []:
                for form in _figure_forms(word):
                    self._figure[normalise_alias(form, keep_case=True)] = country
            for word in data.get("markers") or []:
                self._marker[normalise_alias(word)] = country
            for spec in data.get("eras") or []:
                offices = spec.get("offices") or []
                not_dating = [*([_words_pattern(offices, before=_FORMER)] if offices else []),
                              *([_words_pattern(spec["not_in"])] if spec.get("not_in") else [])]
                info.eras.append(Era(
                    _words_pattern([*(spec.get("words") or []), *offices]),
                    _as_date(spec.get("from")), _as_date(spec.get("until")),
                    tuple(not_dating)))
            for spec in data.get("unnamed_identity_militia") or []:
                info.militia_eras.append(MilitiaEra(
                    spec["name"], _as_date(spec.get("from")), _as_date(spec.get("until")),
                    bool(spec.get("ethnic_kept", False))))
            for word in [country, *info.names, *info.demonyms]:
                self._demonym[normalise_alias(word)] = country
            for word in [country, *info.names]:
                self._country_name[normalise_alias(word)] = country
            for word in info.ethnic_groups:
                self._ethnic.setdefault(normalise_alias(word), []).append(country)
            for word in info.clans:
                self._clan.setdefault(normalise_alias(word), []).append(country)
            for word in data.get("border_peoples") or []:
                self._border_home.setdefault(normalise_alias(word), []).append(country)
            for variant, listed in (data.get("community_spellings") or {}).items():
                self._spelling[normalise_alias(variant)] = normalise_alias(listed)
            for camp, nation in (data.get("refugee_camps") or {}).items():
                self._camp_nation[(country, normalise_alias(camp))] = nation
            for word in data.get("demonym_communities") or []:
                self._demonym_community.add((country, normalise_alias(word)))
            # what a generic role word means in this country's news
            for role, words in (data.get("role_aliases") or {}).items():
                for word in words:
                    self._country_role_alias[(country, normalise_alias(word))] = role
        for spec in data.get("actors") or []:
            periods = tuple(
                Period(p["name"], _as_date(p.get("from")), _as_date(p.get("until")))
                for p in spec.get("periods") or []
            )
            entry = ActorEntry(
                name=spec["name"], inter=int(spec["inter"]), country=country,
                aliases=tuple(spec.get("aliases") or ()), role=spec.get("role"),
                parent=spec.get("parent"), periods=periods,
                unscoped=bool(spec.get("unscoped", False)) or country is None,
                armed=bool(spec.get("armed", True)), source=source,
            )
            self.entries.append(entry)
            self._by_country_name[(country, entry.name)] = entry
            if country is None:
                self._international_names.add(entry.name)
            if country and entry.role and not entry.parent:
                self._by_country_role[(country, entry.role)] = entry
            scope = None if entry.unscoped else country
            for alias in _with_initial_capital((entry.name, *entry.aliases)):
                key = normalise_alias(alias, keep_case=is_case_sensitive(alias))
                self._scoped[(scope, key)] = entry
                if spec.get("local"):
                    continue  # its words name it only where a file lists it
                self._anywhere.setdefault(key, set()).add(entry)
                if alias == alias.lower():
                    self._common_keys.add(key)
                else:
                    self._written_as_name.setdefault(key, set()).add(entry)
                if entry.unscoped and country:
                    # also valid, with priority, inside its own country
                    self._scoped[(country, key)] = entry
        if country and data.get("capitals"):
            self._add_capital_forms(country, data["capitals"])

    def _add_capital_forms(self, country: str, capitals: list[str]) -> None:
        """A state named by its capital ("the Kyiv regime", "Damascus forces", as its
        enemies' officials say): the capital's name before a word of the list
        ``capital_force_words`` names the country's military, in any country's news
        (capitalised, like a name). The capital alone stays a place."""
        entry = self._by_country_role.get((country, "military"))
        if entry is None:
            return
        for capital in capitals:
            self._capital_country[normalise_alias(capital)] = country
            for word in sorted(load_actor_words().capital_force_words):
                alias = f"{capital} {word}"
                key = normalise_alias(alias, keep_case=is_case_sensitive(alias))
                self._capital_aliases.append(alias)
                self._capital_keys.add(normalise_alias(alias))
                self._scoped[(None if entry.unscoped else country, key)] = entry
                self._scoped[(country, key)] = entry
                self._anywhere.setdefault(key, set()).add(entry)
                self._written_as_name.setdefault(key, set()).add(entry)

    def country_of_capital(self, text: str) -> str | None:
        """The country whose capital ``text`` names ("Damascus" -> Syria), if its file
        lists its capitals."""
        return self._capital_country.get(normalise_alias(text))

    def named_by_capital(self, text: str) -> bool:
        """Is ``text`` a state named by its capital ("Kyiv regime": see
        ``_add_capital_forms``)?"""
        return normalise_alias(text.translate(_APOSTROPHES)) in self._capital_keys

    # ------------------------------------------------------------- iteration
    def phrases(self) -> Iterator[tuple[str, str]]:
        """Every alias the matcher should find, with its kind
        ("named", "role", "generic", "assoc", "ethnic", "clan", "demonym", "figure",
        "marker")."""
        for entry in self.entries:
            for alias in _with_initial_capital((entry.name, *entry.aliases)):
                yield alias, "named"
        for alias in self._capital_aliases:
            yield alias, "named"
        for role in self.roles.values():
            for alias in role.aliases:
                yield alias, "role"
        for entry in self.templates:
            for alias in entry.aliases:
                yield alias, "generic"
        for entry in self.assoc_templates:
            for alias in entry.aliases:
                yield alias, "assoc"
        for info in self.countries.values():
            for word in info.ethnic_groups:
                yield word, "ethnic"
                if not word.endswith("s"):
                    yield f"{word}s", "ethnic"  # "clashes between Maasais and Kalenjins"
            for word in info.clans:
                yield word, "clan"
            for word in [*info.demonyms, *info.names]:
                yield word, "demonym"
            for word in info.figures:
                for form in _figure_forms(word):
                    yield form, "figure"
            for word in info.markers:
                yield word, "marker"
        # the place data's demonyms of countries no file lists, before a state's force
        # word ("Tajik troops", "Polish police", and "Tajik forces" as a file lists it
        # among its army's aliases); the demonym alone is no actor word, so that its
        # people keep the unlisted reading (actor_words.yaml unlisted_demonyms)
        force_words = {*load_actor_words().demonym_force_words, *(
            alias for role in self.roles.values() for alias in role.aliases
            if not alias.lower().startswith("the "))}
        for word, country in self._file_less_demonyms().items():
            if word != normalise_alias(country):  # the name stays a place
                for force in sorted(force_words):
                    yield f"{word} {force}", "named"

    def community_countries(self, text: str) -> list[str]:
        """The countries whose dictionary lists an ethnic group or clan of this name."""
        key = self._community_word(normalise_alias(text))
        return [*self._ethnic.get(key, []), *self._clan.get(key, [])]

    def community_homes(self, text: str) -> list[str]:
        """Every country the people lives in: those listing it, then those naming it
        among their ``border_peoples`` (a home an origin phrase may tell, "Garre militia
        from Ethiopia", but no cue of that country)."""
        key = self._community_word(normalise_alias(text))
        listed = self.community_countries(text)
        return [*listed, *(c for c in self._border_home.get(key, []) if c not in listed)]

    def _worldwide(self, key: str) -> set[ActorEntry]:
        """The entries an alias names in any country; none for a word that is also a
        generic role or category ("rebels", "the regime", "militants"): one country
        file listing it says nothing of a text that names no country."""
        lower = key.lower()
        if lower in self._role_alias or key in self._template_alias \
                or lower in self._template_alias:
            return set()
        return self._anywhere.get(key, set())

    def home_country(self, text: str) -> str | None:
        """The country of a named actor that belongs to one country (its state forces,
        its local groups); None for transnational groups, unknown names and a country
        file's common words ("opposition forces", "paramilitary forces": see
        ``common_word_country``)."""
        return self._one_home(text, strict=True)

    def common_word_country(self, text: str) -> str | None:
        """The country whose file alone lists ``text`` when it is no name there: a
        common word ("paramilitary forces", "opposition forces") or a name written in
        lower case ("hizbul mujahideen" in a text printed without capitals). A weak
        clue: such words describe one country's sides in its own news but may be used
        of any country's, so they tie a text to it only when nothing names a country
        (``document_country``)."""
        if self._one_home(text, strict=True):
            return None
        return self._one_home(text, strict=False)

    def _one_home(self, text: str, *, strict: bool) -> str | None:
        """The one country of the entries ``text`` names outside its file (only as a
        name when ``strict``: see ``_named_abroad``), or None."""
        key_case = normalise_alias(text, keep_case=True)
        for key in (key_case, key_case.lower()):
            found = self._named_abroad(text, key) if strict else self._worldwide(key)
            if found and len({e.country for e in found}) == 1:
                entry = _first_entry(found)
                if entry.country and not entry.unscoped:
                    return entry.country
        return None

    @staticmethod
    def has_cue(text: str, cues: frozenset[str]) -> bool:
        """Whether a cue word or phrase occurs in ``text`` (whole words)."""
        padded = f" {normalise_alias(text)} "
        return any(f" {cue} " in padded for cue in cues)

    def context_template(self, text: str) -> str | None:
        """The unidentified-militia template the words of ``text`` call for, if any.
        Punctuation stuck to a word is set apart first: a cue told before a semicolon,
        a comma or a closing quote ("clashes between rival clans;", "'land invaders'")
        is the same word."""
        words = _WORD_EDGE_PUNCT.sub(" , ", text)
        for name, cues in self.context_templates.items():
            if self.has_cue(words, cues):
                return name
        return None

    def unnamed_militia_of_the_day(self, name: str, country: str | None, day: dt.date | None,
                                   text: str) -> str | None:
        """The name ``country``'s coding gives on ``day`` to the unnamed identity militia
        ``name`` (an unidentified ethnic or communal militia of that country), when its
        file dates those names (``unnamed_identity_militia``); None when it does not, or
        when the day is unknown."""
        info = self.countries.get(country) if country else None
        if info is None or day is None or not info.militia_eras:
            return None
        ethnic = _ETHNIC_TEMPLATE.replace("{country}", info.name)
        if name not in (ethnic, _COMMUNAL_TEMPLATE.replace("{country}", info.name)):
            return None
        era = next((e for e in info.militia_eras if e.covers(day)), None)
        if era is None:
            return None
        if era.ethnic_kept and name == ethnic and self._told_ethnic(text, info):
            return name
        return era.name.replace("{country}", info.name)

    def _told_ethnic(self, text: str, info: CountryInfo) -> bool:
        """Does ``text`` call the violence ethnic, tribal or clan violence, or name one of
        the country's peoples or clans?"""
        words = _WORD_EDGE_PUNCT.sub(" , ", text)
        peoples = frozenset(normalise_alias(w) for w in (*info.ethnic_groups, *info.clans))
        return self.has_cue(words, self.context_templates.get(_ETHNIC_TEMPLATE, frozenset()))\
            or self.has_cue(words, peoples)

    def country_named(self, text: str) -> str | None:
        """The country a country name names ("Turkey", "the UK"); None for demonyms."""
        key = normalise_alias(text)
        if key.startswith("the "):
            key = key[4:]
        return self._country_name.get(key)

    def covered_on(self, country: str, day: dt.date | None) -> bool:
        """Did ACLED code the country's own actors on that day? Before its coverage
        began, ACLED names the country's civilians hurt abroad "Civilians
        (International)" (British tourists attacked in Kenya in 2013), after it by their
        country (Chinese engineers killed in Pakistan in 2024: "Civilians (China)")."""
        info = self.countries.get(country)
        if info is None or info.covered_from is None:
            return True
        if day is None:
            # an undated text: only a country covered since the first day of ACLED's
            # data is covered on any day it may tell of (an Italian victim of an undated
            # Kenyan note is more likely from before Italy's coverage than after)
            return info.covered_from <= self._earliest_coverage(info.covered_from)
        return day >= info.covered_from

    def _earliest_coverage(self, known: dt.date) -> dt.date:
        """The earliest ``covered_from`` of any country file (``known`` is one of them),
        found once per set of files."""
        if self._first_coverage is None:
            self._first_coverage = min(
                (c.covered_from for c in self.countries.values() if c.covered_from),
                default=known)
        return self._first_coverage

    def sides_as_told(self, country: str | None, day: dt.date | None) -> bool:
        """Does a battle in ``country`` on ``day`` keep its sides in the order the
        report tells who attacked whom (the country file's ``battle_sides_as_told_until``),
        rather than state forces first?"""
        info = self.countries.get(country) if country else None
        return day is not None and info is not None and info.sides_as_told_until is not None\
            and day < info.sides_as_told_until

    def sides_as_told_in_era(self, country: str | None, text: str) -> bool:
        """Does an undated battle keep its sides as told because the words of its
        text date it wholly before the country's ``battle_sides_as_told_until``?"""
        info = self.countries.get(country) if country else None
        if info is None or info.sides_as_told_until is None:
            return False
        found = self.era_range(text, country)
        return found is not None and found[1] <= info.sides_as_told_until

    def jihadist_insurgency(self, country: str | None, day: dt.date | None) -> Actor | None:
        """The group a general word for Islamist armed men names in ``country``'s news
        (its file's ``jihadist_insurgency``); None where the file names none."""
        info = self.countries.get(country) if country else None
        name = info.jihadist_insurgency if info is not None else None
        if not name:
            return None
        # the group may be another country's, valid everywhere (Kenya's news: Somalia's
        # Al Shabaab)
        entry = self._by_country_name.get((country, name)) or next(
            (found for (_, found_name), found in self._by_country_name.items()
             if found_name == name and found.unscoped), None)
        return self.actor_for_entry(entry, country, day) if entry is not None else None

    def country_of_figure(self, text: str) -> str | None:
        """The country a public figure's name ties a text to ("Raila Odinga" -> Kenya)."""
        return self._figure.get(normalise_alias(text, keep_case=True))

    def country_of_marker(self, text: str) -> str | None:
        """The country a word for a local thing ties a text to ("matatu" -> Kenya)."""
        return self._marker.get(normalise_alias(text))

    def _file_less_demonyms(self) -> dict[str, str]:
        """The gazetteer's words for the people of countries no file lists ("Tajik"
        -> Tajikistan), keyed as the demonym index is (built once per set of files: the
        resolver asks for it for every demonym it reads)."""
        if self._file_less is None:
            self._file_less = {word: country for word, country in _gazetteer_demonyms().items()
                               if country not in self.countries}
        return self._file_less

    def country_of_word(self, text: str) -> str | None:
        """The country a country name or demonym names ("Kenyan" -> "Kenya")."""
        return self._demonym.get(normalise_alias(text))

    # ------------------------------------------------------------ resolution
    def actor_for_entry(self, entry: ActorEntry, country: str | None, day: dt.date | None,
                        text: str | None = None) -> Actor:
        """An ``Actor`` for a dictionary entry, named for the day and the event's country."""
        if entry.template:
            scope = entry.country or country or INTERNATIONAL
            name = entry.name.replace("{country}", scope)
            return Actor(name=name, inter=entry.inter, text=text,
                         country=None if scope == INTERNATIONAL else scope)
        if entry.parent:
            parent = self._by_country_name.get((entry.country, entry.parent))
            base = parent.period_name(day) if parent else entry.parent
            name = f"{base} {entry.name}"
        else:
            name = entry.period_name(day)
        inter = entry.inter
        # ACLED codes a state's forces acting in another country as external (8).
        if inter == 1 and country and entry.country and entry.country != country:
            inter = 8
        return Actor(name=name, inter=inter, text=text, country=entry.country)

    def role_actor(self, role: str, country: str | None, day: dt.date | None,
                   text: str | None = None) -> Actor | None:
        """What a role word ("the army") means in ``country``."""
        if country is None:
            return None
        entry = self._by_country_role.get((country, role))
        if entry is not None:
            return self.actor_for_entry(entry, country, day, text)
        spec = self.roles.get(role)
        if spec is None:
            return None
        return Actor(name=spec.fallback.replace("{country}", country), inter=spec.inter,
                     text=text, country=country)

    def era_range(self, text: str, country: str | None) -> tuple[dt.date, dt.date] | None:
        """The stretch of time a text's words date it to (the country file's
        ``eras``: the overlap of the eras whose words it carries), looking at most
        ``_ERA_SPAN`` from an open-ended one's bound. None when no era word occurs,
        or when the words of two eras that do not overlap do."""
        info = self.countries.get(country) if country else None
        if info is None or not info.eras:
            return None
        start: dt.date | None = None
        end: dt.date | None = None
        found = False
        for era in info.eras:
            if not era.dates(text):
                continue
            found = True
            if era.start is not None and (start is None or era.start > start):
                start = era.start
            if era.end is not None and (end is None or era.end < end):
                end = era.end
        if not found:
            return None
        if start is None and end is not None:
            start = end - _ERA_SPAN
        elif end is None and start is not None:
            end = start + _ERA_SPAN
        if start is None or end is None or start >= end:
            return None
        return start, end

    def era_day(self, text: str, country: str | None) -> dt.date | None:
        """A day to name ``country``'s state actors by when a text gives no date but
        its words date it (``era_range``): the middle of the longest stretch of the
        dated era over which the country's period names stay the same."""
        info = self.countries.get(country) if country else None
        found = self.era_range(text, country)
        if info is None or found is None:
            return None
        start, end = found
        if info.name not in self._period_bounds:
            self._period_bounds[info.name] = sorted(
                {day for entry in self.entries if entry.country == info.name
                 for period in entry.periods for day in (period.start, period.end)
                 if day is not None})
        cuts = [day for day in self._period_bounds[info.name] if start < day < end]
        bounds = [start, *cuts, end]
        lo, hi = max(itertools.pairwise(bounds), key=lambda pair: pair[1] - pair[0])
        return lo + (hi - lo) / 2

    def is_template_name(self, name: str) -> bool:
        """Whether ``name`` is a generic category scoped by a country
        ("Unidentified Armed Group (Kenya)", "Rioters (Kenya)"), not a named actor."""
        base = name.split(" (", 1)[0]
        return any(entry.name.split(" (", 1)[0] == base and "{country}" in entry.name
                   and entry.inter != 2 for entry in self.templates)  # not a named group

    def template_actor(self, name: str, country: str | None, text: str | None = None) -> Actor:
        """A generic actor by template name ("Civilians ({country})")."""
        for entry in (*self.templates, *self.assoc_templates):
            if entry.name == name:
                return self.actor_for_entry(entry, country, None, text)
        raise KeyError(name)

    def _lookup_named(self, key_lower: str, key_case: str, country: str | None
                      ) -> ActorEntry | None:
        for key in (key_case, key_lower):
            if country is not None and (country, key) in self._scoped:
                return self._scoped[(country, key)]
            if (None, key) in self._scoped:
                return self._scoped[(None, key)]
        return None

    def role_of(self, text: str) -> str | None:
        """The role a generic role word names ("troops" -> "military"), if any."""
        return self._role_alias.get(normalise_alias(text))

    def lookup_kind(self, text: str, country: str | None) -> str | None:
        """Which kind of actor word ``text`` is: "named", "role", "generic", or None."""
        key_case = normalise_alias(text, keep_case=True)
        key = key_case.lower()
        if self._lookup_named(key, key_case, country):
            return "named"
        if key in self._role_alias:
            return "role"
        if key in self._template_alias or key_case in self._template_alias:
            return "generic"
        return None

    def resolve(self, text: str, country: str | None, day: dt.date | None = None,
                *, armed: bool = True) -> Actor | None:
        """Normalise the words of an actor to a dictionary actor, or None (memoised;
        each call returns a fresh ``Actor``)."""
        key = (text, country, day, armed)
        if key not in self._memo:
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[key] = self._resolve(text, country, day, armed=armed)
        found = self._memo[key]
        return replace(found) if found is not None else None

    def _resolve(self, text: str, country: str | None, day: dt.date | None = None,
                 *, armed: bool = True) -> Actor | None:
        """Normalise the words of an actor to a dictionary actor, or None.

        ``country`` scopes the lookup (the event's country); ``day`` picks the
        period name; ``armed`` says whether the role is a perpetrator or armed
        side (ethnic and clan names then become militias, else groups).
        """
        original = text.translate(_APOSTROPHES).strip()
        if original.endswith("'s") or original.endswith("s'"):
            original = original[:-2] if original.endswith("'s") else original[:-1]
        lowered = original.lower()
        # Strip noise words at the start ("suspected", "the"), repeatedly.
        leading_noise = load_actor_words().leading_noise
        changed = True
        while changed:
            changed = False
            for noise in leading_noise:
                if lowered.startswith(noise) and len(lowered) > len(noise):
                    original = original[len(noise):]
                    lowered = lowered[len(noise):]
                    changed = True
        actor = self._resolve_clean(original, country, day, armed=armed, depth=0)
        if actor is None:
            key_case = normalise_alias(original, keep_case=True)
            words = key_case.split()
            # a group's name with a word for its men ("RED-Tabara rebels" told in a
            # country other than its home): the name alone names it anywhere
            bare = " ".join(words[:-1]) if len(words) > 1 \
                and words[-1].lower() in load_actor_words().member_words else None
            for key in (key_case, key_case.lower(), *((bare, bare.lower()) if bare else ())):
                found = self._worldwide(key) if country is None \
                    else self._named_abroad(original, key)
                if found and len({e.name for e in found}) == 1:
                    actor = self.actor_for_entry(_first_entry(found), country, day)
                    break
        if actor is not None:
            actor.text = text
        return actor

    def _named_abroad(self, text: str, key: str) -> set[ActorEntry]:
        """The entries of other countries' files that ``text`` (found under the alias
        ``key``) can name in a text about this one, or tie a text to. A name can: a
        capitalised text matching an alias some file writes with a capital ("UPDF",
        "Levies"). A common phrase cannot, capitalised or not: what a file writes in
        lower case ("opposition forces", "loyalists", "federal forces") describes that
        country's sides in its own news, and a sentence's first word is capitalised
        too ("Opposition forces shelled ..." in Libya is no Syrian rebel group).
        Kenya's market "levies" are taxes, not Pakistan's Levies force. The one
        exception is a common word for an actor valid in every country
        ("coalition": the Global Coalition Against Daesh of international.yaml). (An
        entry marked ``local``, such as Israel's settlers, is never looked up abroad.)"""
        found = self._worldwide(key)
        if not found:
            return found
        capitalised = text != text.lower()
        names = self._written_as_name.get(key, set()) if capitalised else set()
        return {entry for entry in found if entry in names
                or entry.name in self._international_names
                and (capitalised or key in self._common_keys)}

    def _resolve_clean(self, text: str, country: str | None, day: dt.date | None,
                       *, armed: bool, depth: int) -> Actor | None:
        key_case = normalise_alias(text, keep_case=True)
        key = key_case.lower()
        if not key:
            return None
        entry = self._lookup_named(key, key_case, country)
        if entry is not None:
            return self.actor_for_entry(entry, country, day, text)
        role = self._country_role_alias.get((country, key)) if country else None
        role = role or self._role_alias.get(key)
        if role is not None:
            return self.role_actor(role, country, day, text)
        template = self._template_alias.get(key_case) or self._template_alias.get(key)
        if template is not None:
            return self.actor_for_entry(template, country, day, text)
        words = key_case.split()
        if len(words) >= 2 and depth < 2:
            # "Somali troops", "Ugandan police": a demonym scopes the rest.
            for n in (3, 2, 1):
                head = " ".join(words[:n])
                other = self._demonym.get(head.lower())
                if other is None and head.endswith("'s"):
                    other = self._demonym.get(head[:-2].lower())  # "Somalia's army"
                file_less = None
                if other is None:
                    # a country no file lists: only its state forces ("Tajik troops");
                    # its people keep the unlisted reading (see unlisted_demonyms)
                    file_less = other = self._file_less_demonyms().get(normalise_alias(head))
                if other and len(words) > n:
                    rest = " ".join(words[n:])
                    if country and normalise_alias(rest) in self.event_scoped_words:
                        other = country  # "Somali pirates" off Kenya: Kenya's
                    militia = self._demonym_community_militia(head, rest, country, armed)
                    if militia is not None:
                        return militia
                    actor = self._resolve_clean(rest, other, day, armed=armed, depth=depth + 1)
                    if actor is None and rest.lower() in load_actor_words().demonym_force_words:
                        actor = self.role_actor("military", other, day, text)
                    if file_less and actor is not None and actor.inter not in (1, 8):
                        actor = None
                    if actor is not None:
                        if actor.inter == 1 and country and other != country:
                            actor.inter = 8
                        if actor.inter == 7 and other != country:
                            actor.name = f"Civilians ({other})"
                        return actor
            # "Al Shabaab militants" -> "Al Shabaab"
            if words[-1].lower() in load_actor_words().member_words:
                actor = self._resolve_clean(" ".join(words[:-1]), country, day, armed=armed,
                                            depth=depth + 1)
                if actor is not None and actor.inter not in (7,):
                    actor.text = text
                    return actor
        return self.resolve_community(key_case, country, armed=armed, text=text)

    def _demonym_community_militia(self, demonym: str, rest: str, country: str | None,
                                   armed: bool) -> Actor | None:
        """"Somali militia" in Kenyan news: a neighbour's demonym that also names a
        community of the event's country, before a word for a community's own militia,
        is that country's ethnic militia (the Somali of Kenya's north-east), not an armed
        group of the neighbour. Raiders, gunmen, troops keep the demonym's country."""
        if not armed or country is None:
            return None
        if (country, demonym.lower()) not in self._demonym_community:
            return None
        if rest.lower() not in self.community_militia_words:
            return None
        label = demonym[:1].upper() + demonym[1:].lower()
        return Actor(name=f"{label} Ethnic Militia ({country})", inter=4, country=country)

    def camp_nation(self, word: str, country: str | None) -> str | None:
        """The nation of the refugees a camp of ``country`` houses ("Ifo": Somalia)."""
        return self._camp_nation.get((country, normalise_alias(word))) if country else None

    def _community_word(self, head: str) -> str:
        """The listed form of a community name: "Maasais" -> "maasai" (plural),
        "Kipsigis" -> "kipsigi" (a country file's ``community_spellings``)."""
        if head not in self._ethnic and head not in self._clan and head.endswith("s") \
                and (head[:-1] in self._ethnic or head[:-1] in self._clan):
            head = head[:-1]
        return self._spelling.get(head, head)

    def _armed_suffix(self, rest: str) -> bool:
        """Words after a community name that make its armed men ("raiders",
        "ethnic militias", "armed men"): the listed suffixes and armed generic words."""
        if rest in self.ethnic_suffixes:
            return True
        template = self._template_alias.get(rest)
        return template is not None and template.armed

    def resolve_community(self, key_case: str, country: str | None, *, armed: bool,
                          text: str | None = None) -> Actor | None:
        """"Pokot raiders" -> Pokot Ethnic Militia (Kenya); "Jibril clan" -> Jibril Clan
        Militia (the kind follows the list the name is in, not the word "clan")."""
        words = key_case.split()
        for n in (2, 1):
            if len(words) < n:
                continue
            head = self._community_word(" ".join(words[:n]).lower())
            rest = " ".join(words[n:]).lower()
            if rest and not self._armed_suffix(rest):
                continue
            # a community the event's country lists wins over a namesake listed as
            # a clan or group elsewhere ("Auliyan": an ethnic group in Kenya's file)
            lists = sorted(((self._clan, "Clan"), (self._ethnic, "Ethnic")),
                           key=lambda pair: country not in pair[0].get(head, ()))
            for index, kind in lists:
                homes = index.get(head)
                if not homes:
                    continue
                home = country if country in homes or country in self._border_home.get(
                    head, ()) else homes[0]
                label = " ".join(w[:1].upper() + w[1:] for w in head.split())
                if armed:
                    return Actor(name=f"{label} {kind} Militia ({home})", inter=4, text=text,
                                 country=home)
                return Actor(name=f"{label} {kind} Group ({home})", inter=7, text=text,
                             country=home)
        return None

    def assoc_group(self, text: str, country: str | None) -> Actor | None:
        """A non-armed group for associated actors ("students" -> Students (Kenya))."""
        entry = self._assoc_alias.get(normalise_alias(text))
        if entry is None:
            return None
        return self.actor_for_entry(entry, country, None, text)


def _files_under(path: Path) -> Iterable[Path]:
    if path.is_dir():
        yield from sorted(path.glob("*.yaml"))
        yield from sorted(path.glob("*.yml"))
    else:
        yield path


def _env_paths() -> tuple[str, ...]:
    value = os.environ.get(ENV_VAR, "")
    return tuple(p for p in value.split(os.pathsep) if p.strip())


@cache
def _gazetteer_demonyms() -> dict[str, str]:
    """Every demonym and country name the place data lists, keyed as the demonym index
    is, to the country's name as the gazetteer (and ACLED) writes it."""
    from eventcoder.resolve.gazetteer import get_gazetteer, load_place_data

    gazetteer = get_gazetteer()
    aliases = load_place_data("aliases")
    found: dict[str, str] = {}
    for cc, words in (aliases.get("demonyms") or {}).items():
        country = gazetteer.country_name(str(cc))
        if country:
            for word in [country, *words]:
                found.setdefault(normalise_alias(word), country)
    return found


def load_actor_dictionary(extra_paths: Sequence[str | Path] = (), *, use_env: bool = True
                          ) -> ActorDictionary:
    """The packaged dictionary, then the files named in ``$EVENTCODER_ACTORS``,
    then ``extra_paths`` (YAML files or directories). Later files win."""
    dictionary = ActorDictionary()
    package_dir = resources.files("eventcoder").joinpath("data/actors")
    names = sorted(p.name for p in package_dir.iterdir() if p.name.endswith(".yaml"))
    # generic first, international last among the packaged files: country files
    # then take precedence over nothing they should not.
    names.sort(key=lambda n: (n != "generic.yaml", n == "international.yaml", n))
    for name in names:
        dictionary.add_file(name, package_dir.joinpath(name).read_text("utf-8"))
    user = [*(_env_paths() if use_env else ()), *extra_paths]
    for item in user:
        path = Path(item).expanduser()
        if not path.exists():
            raise FileNotFoundError(f"actor dictionary file not found: {path}")
        for file in _files_under(path):
            dictionary.add_file(file)
    return dictionary


@cache
def _cached(extra: tuple[str, ...], env: tuple[str, ...]) -> ActorDictionary:
    return load_actor_dictionary([*env, *extra], use_env=False)


def default_actor_dictionary(extra_paths: Sequence[str | Path] = ()) -> ActorDictionary:
    """The dictionary with the user's files, loaded once per process and setting."""
    return _cached(tuple(str(p) for p in extra_paths), _env_paths())
