"""Document totals: per document and category, the figure to record, and the rows it was built from.

The figure table has one row per mention; analysts want one number per
document and category ("how many were killed in this event, in total").
:func:`summarize` builds that number from the mentions with one set of rules
(running totals, new figures, separate incidents, restatements, subsets,
disagreeing sources) and a *convention profile* -- plain data in
``figures/data/profiles.json`` -- that says how one stated figure becomes a
number (ranges, vague words, households) and which of several disagreeing
reports is recorded.  docs/summary.md documents every rule and its source.

>>> PROFILES
('raw', 'acled', 'emdat', 'ucdp', 'gtd', 'noaa', 'wad', 'wikimpacts')
"""

from __future__ import annotations

import bisect
import itertools
import json
from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, cast

import pandas as pd

from figures import lazyregex as regex  # compiled on first use, kept between runs: figures/lazyregex.py
from figures.context import group_of
from figures.figure import CATEGORIES, QUALIFIERS
from figures.rows import INT_COLUMNS, MISSING, Columns

RangeValue = Literal["low", "mean", "high"]
Conflict = Literal["first", "latest", "min", "max"]
Interval = Literal["text", "reports"]
LinkedIncidents = Literal["keep", "divide"]

# The summary table: fixed column order and nullable dtypes, like figures.table.COLUMNS.
SUMMARY_COLUMNS: dict[str, object] = {
    "doc_id": "string",
    "category": pd.CategoricalDtype(list(CATEGORIES)),
    "value": "Int64",  # the total to record, in the profile's convention
    "low": "Int64",  # the total's interval (profile key `interval`); null = open or unknown
    "high": "Int64",
    "qualifier": pd.CategoricalDtype(list(QUALIFIERS)),
    "unit": "string",
    "profile": "string",
    "basis": "string",  # how the total was built: single, sum, running_total, ...
    "n_mentions": "Int64",  # rows of this document and category in the extraction table
    "reported_low": "Int64",  # lowest and highest of the disagreeing reports (the chosen one included)
    "reported_high": "Int64",
    "sources": "string",  # attributed bodies of the rows used and of the disagreeing reports, '; '-joined
    "start": "Int64",  # span of the principal row (the first row the total was built from)
    "end": "Int64",
    "text": "string",
    "rows": "string",  # 'start:end;start:end' of every extraction row added into the total
    "other_rows": "string",  # rows read but not added: restatements, details, rivals, subsets, negations
    "perpetrators": "Int64",  # how many of `value` are the attackers' own dead (profiles that count them)
    "implied_rows": "string",  # 'start:end' of the words a count was read from, no extraction row ("a suicide bomber")
}

# Columns of the extraction table the summary reads; others are ignored.
NEEDED_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "category",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "start",
    "end",
    "text",
    "number_start",
    "number_end",
)
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "sentence_start",
    "sentence_end",
    "trigger_start",
    "source",
    "cumulative",
    "negated",
    "modality",
    "part_of",
    "part_of_end",
    "rule",
    "group",
    "country",
)
# A differing figure further than this many characters after the first figure
# of a document is about another place, time or event (long articles list
# many), not another report of the same total.  News reports of one event
# restate or update their count within a paragraph or two.
REPORT_WINDOW = 1000
# Words in a figure's own span that make it a new figure to add to the total so far
# ("Seventeen others were killed", "three more died", "injured another 12").  The
# `cumulative` column cannot say it alone: extractors mark every figure that is
# not a running total `false`, increments and first counts alike.
INCREMENT = regex.compile(
    r"""
    \b(?:another|others|other|additional|further|remaining)\b   # "another 12", "five others", "the remaining four"
    | (?<!\bor\s)\bmore\b(?!\s+than)                # "12 more", not "more than 12" nor "12 or more"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# ... or just before its span: "while the remaining four bodies were thrown into the river".
INCREMENT_BEFORE = regex.compile(r"\b(?:remaining|another|other|additional)\s+$", regex.IGNORECASE)
# Words before a figure, in its sentence, that tell a separate incident whose count adds to the total
# ("Russian raids also killed nine civilians", "Separately, a bomb ... killing two", "Elsewhere in Borno,
# four aid workers were killed", "Later on the same day, three women were killed").  Read only when the
# document's text is given (summarize(..., texts=...)): the figure table holds the figure's words alone.
NEW_INCIDENT = regex.compile(
    r"""
    \b(?:also|separately|elsewhere|meanwhile|earlier|later|renewed|another|further|additional)\b
    | \b(?:a|the)\s+(?:day|week|night)\s+(?:after|before)\b
    | \b(?:in|on)\s+(?:a\s+)?(?:separate|another|second|other)\b
    | \bthe\s+(?:next|following|previous)\s+(?:day|night|morning|week)\b
    | \bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b                      # "On the 13th, al Shabaab militants ..."
    | \bon\s+\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b  # "On 12 December, the army ..."
    | \bon\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{1,2}\b  # "On December 12"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# ... or, after the figure in its sentence, another day named ("Four farmers were shot dead in El Salam the
# following Saturday", "... killing two more the next day").
ANOTHER_DAY_AFTER = regex.compile(
    r"\b(?:the\s+(?:next|following)\s+(?:day|night|morning|evening|week|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)|(?:a|one|two|three)\s+days?\s+later)\b",
    regex.IGNORECASE,
)
# A clause about other people beside a count: "Two children were hurt | while | the father was badly injured".
WHILE_CLAUSE = regex.compile(r"\s*,?\s*(?:while|whereas|but)\s+", regex.IGNORECASE)
# ... and what a victim told as someone new is not: one of those counted ("A person among them was hurt").
NEW_VICTIM_NOT = regex.compile(r"\b(?:of\s+(?:them|those|the)|among)\b", regex.IGNORECASE)
# What joins the figures of a list: "one critically injured, and one minor injury".
LIST_JOINT = regex.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Words of care or severity: a detail of the injured told before ("Six people were hospitalized", "critically").
CARE_DETAIL = regex.compile(
    r"\b(?:hospital\w*|treated|critical\w*|serious\w*|severe\w*|minor|slight\w*|admitted|condition)\b",
    regex.IGNORECASE,
)
# Of those, the ones that point back to an earlier incident ("Eleven were killed, a day after 18 died").
EARLIER_INCIDENT = regex.compile(r"\b(?:earlier|before|previous|previously|after)\b", regex.IGNORECASE)
# ... unless the words before it are about counting or reporting: then the figure is another count of the
# same dead ("A later investigation increased the casualty figures to 37", "Another report indicated that
# 20 protesters were killed", "An earlier toll said 10").
REPORTING = regex.compile(
    r"\b(?:tolls?|figures?|reports?|reported|reporting|according|sources?|estimates?|estimated|counts?|counted"
    r"|investigations?|indicated|revised|put|puts|said|says|say|told|confirmed)\b",
    regex.IGNORECASE,
)
# The attackers of an event (the `group` column): GTD, ACLED and UCDP count their dead with the victims, WAD does not.
PERPETRATOR_GROUPS: frozenset[str] = frozenset({"perpetrators", "militants"})
# An attacker named in a figure's words, for rows the extractor gives no group ("An assailant was killed").
_ATTACKER = (
    r"(?:suicide\s+(?:car\s+)?)?(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?|hijackers?|militants?)"
)
PERPETRATOR_WORDS = regex.compile(rf"\b{_ATTACKER}\b", regex.IGNORECASE)
# A bare number after a clause about some of the attackers: "three of the gunmen were killed and | one was wounded".
ELLIPTIC_ATTACKERS = regex.compile(
    rf"\bof\s+the\s+{_ATTACKER}\s+(?:were|was)\s+(?:\w+\s+){{1,2}}?and\s+$", regex.IGNORECASE
)
BARE_NUMBER = regex.compile(r"\s+(?:was|were)\b", regex.IGNORECASE)
# A figure of attackers that is the agent of its verb, not its victims: "eight gunmen killed the director",
# "Two gunmen shot and killed Doloh": an active verb ending the span, its object after it.
AGENT_SPAN = regex.compile(
    r"(?<!\b(?:was|were|been|be|is|are|being|get|got)\s+(?:\w+\s+)?)"  # not passive ("were also killed")
    r"\b(?:killed|shot|wounded|injured|murdered|stabbed|beheaded|executed)$",
    regex.IGNORECASE,
)
AGENT_OBJECT = regex.compile(
    r"\s+(?:the|a|an|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d|\p{Lu})"
)
_SMALL = {"a": 1, "an": 1, "the": 1, "one": 1, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_SMALL_NUMBER = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# A list's last member counted as others than the members named before it: "the chairman and two | other persons".
LIST_OTHERS = regex.compile(rf"\S\s+and\s+{_SMALL_NUMBER}\s+$", regex.IGNORECASE)
# Attackers' deaths told without a figure of their own ("In addition to the assailant, seven people were
# killed", "Aside from the deaths of the two assailants, one guard was injured"): the count of attackers.
IMPLIED_ATTACKERS = regex.compile(
    rf"""
    \b(?:in\s+addition\s+to|aside\s+from|apart\s+from|besides|excluding|not\s+including|not\s+counting)\s+
    (?:the\s+)?(?:deaths?\s+of\s+)?(?:the\s+)?(?:(?P<n>{_SMALL_NUMBER})\s+)?(?:\w+\s+)?   # "the two", "two female"
    (?P<who>{_ATTACKER})\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# Words that leave the attackers out of the count whose words they stand in ("not including the bomber").
EXCLUDING = regex.compile(r"\b(?:excluding|not\s+including|not\s+counting)\b", regex.IGNORECASE)


# Attackers' deaths (or injuries) told of the attackers, without a numeral or with a small one ("The assailant
# was killed in the ensuing clash", "killing the assailant", "killing only himself", "Both attackers died",
# "The assailant was also injured").
def _attackers_hurt(passive: str, active: str, intransitive: str, reflexive: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        \b(?:(?P<n>an?|the|both|one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+(?:[\w-]+\s+)?
           (?P<who>{_ATTACKER})\s+(?:was|were)\s+(?:also\s+)?(?:(?:shot|stabbed|beaten)\s+and\s+)?(?:{passive})\b
         | (?P<n2>an?|the|both|one|two|three|four|five|\d)\s+(?:[\w-]+\s+)?(?P<who2>{_ATTACKER})\s+(?:also\s+)?
           (?:{intransitive})\b
         | \b(?:{active})\s+(?P<n3>the|an?|both|one|two|three|four|five|\d)\s+(?:[\w-]+\s+)?(?P<who3>{_ATTACKER})\b
         | \b(?:{reflexive})\s+(?:only\s+)?(?P<self>himself|herself)\b)
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


ATTACKERS_HURT: Mapping[str, regex.Pattern[str]] = MappingProxyType(
    {
        "killed": _attackers_hurt(r"killed|shot\s+dead", r"kill(?:ing|ed)", r"died", r"kill(?:ing|ed)"),
        "injured": _attackers_hurt(
            r"injured|wounded|hurt", r"(?:injur|wound)(?:ing|ed)", r"(?!)", r"(?:injur|wound)ing"
        ),
    }
)
# The words of a sentence about a category's figures: "In addition to the assailant, three were injured".
CATEGORY_WORDS: Mapping[str, regex.Pattern[str]] = MappingProxyType(
    {
        "killed": regex.compile(r"\b(?:kill|killed|killing|died|dead|deaths?|fatalit)", regex.IGNORECASE),
        "injured": regex.compile(r"\b(?:injur\w*|wound\w*|hurt)\b", regex.IGNORECASE),
    }
)
# The category whose figure "others" may be others than: "killed 20 and injured 80 others".
OTHER_CATEGORY: Mapping[str, str] = MappingProxyType({"injured": "killed", "killed": "injured"})
# A suicide attacker who set off the charge: dead in the attack ("A suicide bomber detonated an explosives-laden
# vehicle", "Two suicide bombers blew themselves up").
SUICIDE_ATTACKERS = regex.compile(
    rf"""
    \b(?P<n>{_SMALL_NUMBER}|the)\s+(?:[\w-]+\s+){{0,2}}?suicide\s+(?:car\s+)?(?:bombers?|attackers?|assailants?)\b
    (?P<rest>[^.;]{{0,120}}?(?:[.;]\s+(?:[\w,]+\s+){{0,3}}?(?:they|he|she)\s+)?)   # "... Soon after they detonated"
    \b(?:detonated|blew|exploded|set\s+off|triggered)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# ... or an attack of one suicide attacker told without the attacker: "a suicide bombing killed eight people",
# "a Taliban suicide bomb explosion killed ..." (one bomber; "suicide bombings" are of an unknown number).
SUICIDE_ATTACK = regex.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?suicide\s+(?:car\s+|truck\s+)?"
    r"(?:bombing|attack|bomb\s+(?:explosion|blast|attack))\b(?!s)",
    regex.IGNORECASE,
)
# ... unless the text says a suicide attacker lived ("was arrested", "failed to detonate").
SUICIDE_SURVIVED = regex.compile(
    r"\b(?:bombers?|attackers?|assailants?)\s+(?:[\w,-]+\s+){0,3}?(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?"
    r"(?:arrested|captured|detained|apprehended|injured|wounded)\b|\bsurvived\b"
    # "the bomber failed to detonate his vest", not "a car bomb was defused after it failed to detonate"
    r"|\b(?:bombers?|attackers?|assailants?|he|she|they)\s+(?:\w+\s+){0,2}?failed\s+to\s+detonate\b",
    regex.IGNORECASE,
)
# Attackers told as others than one told before: "the other five assailants", "the remaining four attackers".
OTHER_ATTACKERS = regex.compile(rf"\b(?:other|remaining)\s+(?:\w+\s+)?{_ATTACKER}\b", regex.IGNORECASE)
# Attackers counted among the dead already: "Seven people, including the bomber, were killed".
ATTACKER_INCLUDED = regex.compile(
    rf"(?<!\bnot\s)\binclud\w*\s+[^.;]{{0,60}}?\b{_ATTACKER}\b",  # not "Seven people, not including the bomber"
    regex.IGNORECASE,
)
# An event told as one of several linked incidents whose figures are given for all of them together
# ("This was one of two coordinated attacks ... at least 30 people were killed across both attacks").
LINKED_INCIDENTS = regex.compile(
    r"(?|\bone\s+of\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|bombings|blasts|explosions|incidents|assaults|shootings|raids)\b"
    # "the second of two bomb blasts", "the first suicide improvised explosive device of two detonated" (an
    # attack's word on either side: not "the second of three brothers")
    r"|\bthe\s+(?:first|second|third|fourth|fifth|last)\s+of\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten"
    r"|\d{1,2})\s+(?:[\w-]+\s+){0,2}?(?:attacks|bombings|blasts|explosions|incidents|assaults|bombs|devices)\b"
    r"|\bthe\s+(?:first|second|third|fourth|fifth|last)\s+(?:[\w-]+\s+){0,3}?(?:attack|bombing|blast|explosion"
    r"|bomb|device|car-bomb)\s+of\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    # "At the time of this attack another bomb exploded in a bar across the street": this one and another
    r"|\bthis\s+(?:attack|bombing|blast|explosion|incident)\b[^.]{0,40}?\b(?P<n>another)\s+(?:[\w-]+\s+)?"
    r"(?:bomb|attack|blast|explosion|device)\s+(?:also\s+)?(?:exploded|detonated|went\s+off|struck)\b)",
    regex.IGNORECASE,
)
_INCIDENTS = r"(?:attacks|bombings|blasts|explosions|incidents|assaults|shootings|raids|clashes)"
_FEW = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
ACROSS_INCIDENTS = regex.compile(
    rf"""
    \bacross\s+which\b                                                  # "... attacks, across which 12 were injured"
    | \bacross\s+(?:both|all(?:\s+of\s+the)?|the|these|those)\s+(?:{_FEW}\s+)?(?:[\w-]+\s+)?{_INCIDENTS}\b
    | \b(?:in|from)\s+the\s+(?:[\w-]+\s+)?{_INCIDENTS}\b        # "in the blasts", "from the simultaneous attacks"
    | \b(?:casualties|toll|deaths|dead|injured|wounded)\s+(?:\w+\s+)?for\s+the\s+(?:[\w-]+\s+)?{_INCIDENTS}\b
                                                                         # "The casualties for the bombings", not
                                                                         # "claimed responsibility for the attacks"
    | \b(?:in|between|during|from)\s+(?:both|all\s+(?:of\s+)?(?:the\s+)?{_FEW}|the\s+{_FEW}|these\s+{_FEW})\s+
      (?:[\w-]+\s+)?{_INCIDENTS}\b                                       # "in the two blasts", "in all three attacks"
    | \b(?:both|all)\s+{_INCIDENTS}\b | \bin\s+all\s+{_FEW}\b              # "both blasts", "in all three"
    | \b{_FEW}\s+(?:[\w-]+\s+)?{_INCIDENTS}\s+(?:which|that)\b            # "two bomb blasts which ... killed"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Another category's verb right before a list ("killing the assailant and two civilians were injured"): the
# list's first item is that verb's object.
OTHER_VERB_BEFORE: Mapping[str, regex.Pattern[str]] = MappingProxyType(
    {
        "injured": regex.compile(
            r"\b(?:kill(?:ing|ed)|shot\s+dead|deaths?\s+of|bodies\s+of)\s+(?:the\s+)?$", regex.IGNORECASE
        ),
        "killed": regex.compile(r"\b(?:injur(?:ing|ed)|wound(?:ing|ed))\s+(?:the\s+)?$", regex.IGNORECASE),
    }
)
# A count told of several incidents together: "in two separate attacks", "both of the explosions that killed 12".
SEVERAL_INCIDENTS = regex.compile(
    rf"""
    \b(?:in|during|from|across)\s+(?:the\s+)?{_FEW}\s+(?:separate|different|coordinated|related|simultaneous)?\s*
      (?:[\w-]+\s+)?{_INCIDENTS}\b
    | \bboth\s+(?:of\s+the\s+)?{_INCIDENTS}\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# How many incidents a count "across all three assaults" covers.
ACROSS_COUNT = regex.compile(rf"\b{_FEW}\b|\bboth\b", regex.IGNORECASE)
# A figure of another, earlier event told as background ("In 2014, Boko Haram kidnapped 276 schoolgirls",
# "two years ago a flood killed 300"): in the words before it in its sentence or in its own words.
BACKGROUND = regex.compile(
    r"""
    \b(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b     # "two years ago"
    | \blast\s+(?:year|decade)\b | \bin\s+the\s+past\b | \bin\s+previous\b
    | \bprevious(?:ly)?\s+(?:attacks?|incidents?|floods?|storms?|years?|events?|kidnapping|abduction)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# The end of a clause: the words after a figure up to it are still the figure's ("... killed since the launch").
CLAUSE_END = regex.compile(r"[,;.!?]")
# A count over many events, not the document's one: "seven deaths recorded so far across the country", "brought
# to 112 the number of candidates killed since the launch of the campaign", "murdered 15 migrants earlier this month".
AGGREGATE = regex.compile(
    r"""
    \bsince\s+the\s+(?:start|beginning|launch|outbreak|onset)\b
    | \bso\s+far\s+(?:this\s+(?:year|month)|across|in\s+the\s+country|nationwide)\b
    | \bearlier\s+this\s+(?:week|month|year)\b
    | \b(?:this|last)\s+year\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
YEAR = regex.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,])")
# A year that dates the figure's own clause: "In 2014, ...", "during April 2011", "back in 1998".
IN_YEAR = regex.compile(
    r"\b(?i:in|during|back\s+in)\s+(?:(?:early|late|mid|\p{Lu}\w+)\s+)?((?:19|20)\d\d)(?![\d,]\d)(?!\s*[-–]\s*\d)"
)
EVENT_YEAR_CHARS = 300  # the event's year: the first year named this near the start (a dateline, a title)
# "17 of the dead were children": a part of a count told elsewhere, never a competing report.
PARTITIVE = regex.compile(
    r"\s*of\s+(?:the|those|them|whom)\b(?:\s+(?:dead|killed|victims|injured|wounded|casualties|people|bodies))?",
    regex.IGNORECASE,
)
# The day of a sentence's event: a weekday not of a period ("since Sunday") or of a report ("said Wednesday"),
# nor the day a count had reached ("By Sunday, orders covered 31,000 people": a running count, as "until");
# "by Tuesday's blast" names the event's day.
WEEKDAY = regex.compile(
    r"(?<!\b(?:since|said|says|told|reported|announced|added|until|from)\s+(?:on\s+|last\s+)?)"
    r"(?:(?<!\b(?i:by)\s+)|(?=\w+['’]s\b))"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# NWS Storm Data fatality codes closing an event narrative: one per death, sex, age and where ("(F29VE)",
# "(M43O)": NWS Instruction 10-1605, Storm Data Preparation).
FATALITY_CODE = regex.compile(r"\((?:[FMU])\d{0,3}(?:[A-Z]{1,2})\)")
# A count told as a breakdown of the dead: "Among those killed, 10 were civilians", "The dead included six
# civilians", "21 civilians were among those killed", "18 people, comprising 10 soldiers and eight civilians".
BREAKDOWN_WORDS = regex.compile(
    r"\b(?:among|included|including|includes|comprising|comprised|of\s+whom|of\s+them|of\s+those"
    r"|of\s+the\s+(?:dead|killed|wounded|injured|victims))\b",
    regex.IGNORECASE,
)
# Security forces named right after a number ("six commando forces", "three members of security forces").
SECURITY_FORCES = regex.compile(
    r"\s+(?:members\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:security|commando|government|armed|military|special|"
    r"police|army)\s+(?:forces|personnel)\b",
    regex.IGNORECASE,
)
# A force named right after a number: "14 members of the Rapid Support Forces", "three Border Guard Forces".
NAMED_FORCES = regex.compile(r"\s+(?:members\s+of\s+(?:the\s+)?)?(?:\p{Lu}[\w-]*\s+){1,3}Forces\b")
# Guards named right after a number ("his two guards", "two of his bodyguards"): armed security personnel, not
# the noncombatant civilians WAD counts.
ARMED_GUARDS = regex.compile(
    r"\s+(?:of\s+(?:his|her|their|the)\s+)?(?:[\w-]+\s+)?(?:body)?guards?\b(?!\s+of\b)", regex.IGNORECASE
)
# People named without numbers before their verb: "A soldier and a local chief | were killed".
IMPLICIT_LIST = regex.compile(r"^((?:(?!\b(?:was|were)\b).)+?)\s+(?:was|were)\b", regex.IGNORECASE | regex.DOTALL)
# One armed person named without a number ("a U.N. peacekeeper", "his bodyguard"): a combatant for `wad`.
ARMED_PERSONS: frozenset[str] = frozenset({"peacekeeper", "guard", "bodyguard", "trooper", "gendarme", "ranger"})
# One combatant named among a count's dead without a number of its own: "seven persons, including a policeman,
# were killed", "One paramilitary soldier was among the dead".
_ONE_ARMED = (
    r"(?P<one>\b(?:a|an|one)\s+)(?:[\w-]+\s+)?"
    r"(?P<who>policeman|soldier|officer|gendarme|peacekeeper|guard|bodyguard|trooper)\b"
)
ONE_COMBATANT_INCLUDED = regex.compile(rf"\bincluding\s+{_ONE_ARMED}", regex.IGNORECASE)
ONE_COMBATANT_AMONG = regex.compile(
    rf"{_ONE_ARMED}\s+(?:was|is)\s+(?:also\s+)?among\s+the\s+(?:dead|killed|victims|wounded|injured)\b",
    regex.IGNORECASE,
)
# "Of the wounded, 15 | were members of the security forces": a breakdown of the count told before.
OF_THE_COUNTED = regex.compile(r"\bof\s+(?:the|those)\s+(?:wounded|injured|dead|killed|victims)\b[\s,]*$", regex.I)
COMBATANTS_TOLD = regex.compile(
    r"\s*(?:were|was)\s+(?:all\s+)?(?:(?:members\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:security|army|police|military)"
    r"\s+(?:forces|personnel)|soldiers|policemen|police\s+officers|troops)\b",
    regex.IGNORECASE,
)
# Companions of a victim told without a numeral: "was shot dead at his home along with his partner".
ALONG_WITH = regex.compile(
    r"^[^.;:]{0,40}?\b(?:along\s+with|alongside|together\s+with)\s+(?P<who>[^.;:()]+?)"
    r"(?=\s+(?:in|at|on|near|over|during|when|while|as|after|by|from|who|which|inside|outside)\b|[.;:()]|$)",
    regex.IGNORECASE,
)
# ... or "and his brother" closing the victim's words: "Gunmen killed a local leader of the party and his brother".
AND_KIN = regex.compile(
    r"^[^.;:,]{0,60}?\s+and\s+(?P<who>(?:his|her|their)\s+(?:[\w-]+\s+)?(?:brother|sister|son|daughter|wife|husband"
    r"|father|mother|nephew|niece|cousin|driver|bodyguard|guard|aide|companion|partner|grandson|granddaughter))\b"
    r"(?![^.;:]*?\b(?:was|were|is|are|had|has|have|fled|escaped|survived|wounded|injured)\b)",  # no clause of its own
    regex.IGNORECASE,
)
COMPANION = regex.compile(
    rf"^(?:(?i:(?P<n>{_SMALL_NUMBER}|both))\s+|(?i:his|her|their|its|a|an|another|one)\s+|[\p{{Ll}}-]+\s+\p{{Lu}}|\p{{Lu}})"
)
# A breakdown's lead: "Among those killed, | at least 10 were civilians", "Of the dead, | six were children".
AMONG_BEFORE = regex.compile(
    r"\b(?:among|of)\s+(?:the|those)\s+(?:\w+\s+)?(?:dead|killed|wounded|injured|victims|casualties)\s*,?\s*"
    r"(?:(?:at\s+least|about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    regex.IGNORECASE,
)
# What a partitive count is said to be: "69 of the wounded | were civilians".
AFTER_PARTITIVE = regex.compile(r"\s+(?:were|was|are)\s+(?:all\s+)?([\w-]+)", regex.IGNORECASE)
# "<someone named> and 19 others": the others and the one named before them, who has no figure of its own.
AND_OTHERS = regex.compile(r"\s+others\b", regex.IGNORECASE)
AND_BEFORE = regex.compile(r"(\S.*?),?\s+and\s+$", regex.DOTALL)
# ... inside a figure's own words, after its verb: "killed a woman and six (of her children)".
NAMED_IN_SPAN = regex.compile(
    r"^\w+(?:\s+and\s+\w+)?\s+((?:the|his|her|their|a|an)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,2}),?\s+and\s+$",
    regex.IGNORECASE,
)
# One person named before "and": "The commissioner", "Gul's wife", "his driver" (a few words, no verb).
ONE_PERSON = regex.compile(
    r"(?!(?:they|it|he|she|we|you|this|that|these|those)\b)"
    r"(?:(?:the|his|her|their|a|an)\s+[\w'’.-]+|\p{Lu}[\w'’.-]*)(?:\s+[\w'’.-]+){0,2}"
    r"(?:,\s+(?:the|a|an|his|her|their)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3})?",  # "Tutul, a publisher, and two bloggers"
    regex.IGNORECASE,
)
# A count of indirect deaths or injuries ("one indirect fatality", "was killed (indirect)"): NWS Storm Data tells
# direct and indirect casualties apart (NWS Instruction 10-1605) and the event's toll is their sum.
INDIRECT = regex.compile(r"\bindirect(?:ly)?\b", regex.IGNORECASE)
# A victim's own words that deny the harm ("another man ... escaped injury", "the driver was unhurt"): no one
# counted, a stated zero like "no one was injured" (the row is read as a negation).
HARMED: frozenset[str] = frozenset({"injured", "killed"})
HARM_DENIED = regex.compile(
    r"\b(?:escaped\s+(?:(?:any|serious|major)\s+)?(?:injury|injuries|harm|unhurt|unharmed|unscathed|death)"
    r"|unhurt|unharmed|uninjured|unscathed|without\s+(?:any\s+)?injur\w*|(?:was|were)\s+not\s+(?:injured|hurt))\b",
    regex.IGNORECASE,
)
# A verb in the singular after "<one named> and <one more>": one person told twice ("A mother and the driver of
# the car was injured"), not two.
SINGULAR_VERB = regex.compile(r"\b(?:was|is|has)\b", regex.IGNORECASE)
NUMBER_WORD = regex.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|dozens?|hundreds?|several|many|some)\b"
    r"|\b(?:was|were|killed|died|dead|wounded|injured|hurt)\b",  # another count's clause: "12 were killed and"
    regex.IGNORECASE,
)
# A victim told without a numeral but as someone new ("A bus driver was also shot dead"), not "the teacher".
# An ordinal ("a sixth protester died") counts on from the total: a running total, not a new victim.
INDEFINITE = regex.compile(
    r"(?:an?|another)\s(?!(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th)\b)", regex.IGNORECASE
)
LEAD_CHARS = 160  # how far before a figure, within its sentence, its lead words are read
HOUSEHOLD_UNITS: frozenset[str] = frozenset({"households", "families", "household", "family"})
BUILDING_UNITS: frozenset[str] = frozenset({"houses", "buildings", "homes", "structures"})

# Sectioned articles (Wikipedia and the like): a heading is a line of its own after a blank line, short, without
# the end of a sentence ("Japan", "Meteorological history"); "Deaths: 243" lines of an infobox are not headings.
HEADING = regex.compile(r"(?:\A|\n\n)([^\n]{1,80})\n(?=\S)")
HEADING_NOT = regex.compile(r"^[\w()/ -]{1,30}:\s|(?<!\b(?:\p{Lu}\.)+)[.:;,!?\]\"]$")
# Headings of the parts every disaster article has (the article's own subject, not one place of it):
# Wikipedia's section conventions for storms, floods, fires and heat waves ("Meteorological history",
# "Preparations", "Impact", "Aftermath", "Retirement", ...).  Any other heading after the lead names one
# place, sub-event or period of the article ("Japan", "Mid-Atlantic", "July heatwave").
GENERIC_HEADING = regex.compile(
    r"\b(?:meteorological|meteorology|synopsis|history|preparations?|impacts?|effects?|aftermath|damages?|"
    r"responses?|recovery|relief|rescue|background|causes?|origins?|progression|timeline|records?|retirement|"
    r"deaths|fatalities|casualties|injuries|evacuations?|closures|utilities|infrastructure|reconstruction|"
    r"assistance|aid|references|links|see also|overview|summary|events?|context|research|climatology|"
    r"transportation|economic|costs?|government|official|international|local|agriculture|environmental|"
    r"ecological|cultural|hydrology|flooding|wildfires|erosion|future|prelude|buildup|uncertainty|strength|"
    r"track|formation|development|notes|legacy|analysis|forecasts?|warnings?|statistics|by country|regions?)\b",
    regex.IGNORECASE,
)
# Deaths and injuries of one place are told as one casualty report ("In Taiwan, the storm killed 64 and
# injured 65"): the places of either count as the places the article reports the other for.
CASUALTY_REPORT: Mapping[str, tuple[str, ...]] = MappingProxyType({"killed": ("injured",), "injured": ("killed",)})
# A heading naming a place after a word of a generic heading: "Effects in Dominica", "North Carolina impact".
NAME_AFTER_FIRST = regex.compile(r"^\S+.*?\s\p{Lu}")
# Where a figure's clause starts, in the words before it: after the end of the previous sentence or clause.
CLAUSE_START = regex.compile(r"[.!?;](?:\[\w+\])*\s+|\n")
# A list of places ("in Rwanda, Kenya, Somalia and Uganda") is the event's area, not one place of it.
LIST_AFTER = regex.compile(
    r"(?:,\s*(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*)*)*,?\s+and\s+(?:the\s+)?\p{Lu}"
)
# A figure's own place, in its words or the words before it in its sentence: "In Taiwan, 21 people were
# injured", "About 500 people in Sinaloa were evacuated", "Throughout Cape Verde, Fred displaced ...",
# "there, seven people were injured", "124 people in the country".
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# A sentence opening with its place: "In the Dominican Republic, a station measured ..." (the paragraph's topic).
SENTENCE_PLACE = regex.compile(
    rf"(?:^|(?<=[.!?](?:\[\w+\])*\s+))In\s+(?:the\s+)?"
    rf"(?!(?:{_MONTHS})\b)(\p{{Lu}}[\p{{L}}'’-]*(?:\s+(?:of\s+)?\p{{Lu}}[\p{{L}}'’-]*){{0,3}}),",
    regex.MULTILINE,
)
PARAGRAPH_CHARS = 600  # how far back in its paragraph a figure's topic place is looked for
PLACE_WORDS = regex.compile(
    r"\b(?i:in|across|throughout|at)\s+(?:the\s+)?"
    r"(?:(?i:(?:north|south|east|west)(?:ern|east|west|eastern|western)?|central|coastal|rural|upper|lower)\s+)?"
    rf"(?!(?:{_MONTHS})\b)(\p{{Lu}}[\p{{L}}'’-]*(?:\s+(?:of\s+|and\s+|the\s+)?(?!(?:{_MONTHS})\b)\p{{Lu}}[\p{{L}}'’-]*)*)"
    r"|\b(?i:there),"
    r"|\b(?i:in\s+the\s+(?:country|state|province|region|area|city|island|county|prefecture|district|town))\b"
)


# ---------------------------------------------------------------------------
# Profiles: data, validated into frozen records


@dataclass(frozen=True, slots=True)
class VagueValue:
    """What a vague word ("dozens") counts as in a profile, and why."""

    value: int
    low: int | None
    high: int | None
    basis: str


@dataclass(frozen=True, slots=True)
class Derivation:
    """A category filled from another one when the text gives none (EM-DAT: houses -> persons)."""

    source: str
    factor: int


@dataclass(frozen=True, slots=True)
class Profile:
    """One convention for turning mentions into the number to record."""

    name: str
    description: str
    range_value: RangeValue
    vague: Mapping[str, VagueValue]
    household_size: int | None
    conflict: Conflict
    interval: Interval
    accept_modality: frozenset[str]
    add_categories: Mapping[str, tuple[str, ...]]
    derive: Mapping[str, Derivation]
    pool: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    exclude_groups: frozenset[str] = frozenset()
    prefer_group: str | None = None
    count_perpetrators: bool = False
    implied_perpetrators: bool = False
    linked_incidents: LinkedIncidents = "keep"
    fatality_codes: bool = False
    sentence_victims: bool = False
    sum_countries: frozenset[str] = frozenset()
    vague_alone: bool = False


RANGE_VALUES: tuple[str, ...] = ("low", "mean", "high")
CONFLICTS: tuple[str, ...] = ("first", "latest", "min", "max")
INTERVALS: tuple[str, ...] = ("text", "reports")
LINKED: tuple[str, ...] = ("keep", "divide")
PROFILE_KEYS: frozenset[str] = frozenset(
    {
        "description",
        "range_value",
        "vague",
        "household_size",
        "conflict",
        "interval",
        "accept_modality",
        "add_categories",
        "derive",
        "pool",
        "exclude_groups",
        "prefer_group",
        "count_perpetrators",
        "implied_perpetrators",
        "linked_incidents",
        "fatality_codes",
        "sentence_victims",
        "sum_countries",
        "vague_alone",
    }
)


def is_increment(span_text: str) -> bool:
    """Whether a figure's words make it an addition to an earlier total.

    >>> is_increment("Seventeen others were killed"), is_increment("injured another 1,228")
    (True, True)
    >>> is_increment("More than 10 people died"), is_increment("30 or more people died")
    (False, False)
    >>> is_increment("the chairman and two other persons were killed")
    False
    """
    found = INCREMENT.search(span_text)
    # "Two village heads, the chairman and two other persons were killed": others than the list's members
    return found is not None and not (
        found.group().lower().startswith("other") and LIST_OTHERS.search(span_text, 0, found.start()) is not None
    )


def normalise_number_text(text: str) -> str:
    """The key a vague number expression is looked up by.

    >>> normalise_number_text("Dozens  of")
    'dozens'
    >>> normalise_number_text("tens of thousands of")
    'tens of thousands'
    """
    words = text.lower().split()
    while words and words[-1] in {"of", "more"}:
        words.pop()
    return " ".join(words)


def _choice(where: str, value: object, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ValueError(f"{where}: must be one of {', '.join(allowed)}, not {value!r}")
    return cast(str, value)


def _count(where: str, value: object, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{where}: must be a non-negative integer, not {value!r}")
    return value


def _flag(where: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{where}: must be true or false, not {value!r}")
    return value


def _category(where: str, value: object) -> str:
    return _choice(where, value, CATEGORIES)


def parse_profile(name: str, spec: Mapping[str, Any], where: str = "profile") -> Profile:
    """Validate one profile's data; errors name the key at fault.

    >>> parse_profile("p", {"conflict": "median"})
    Traceback (most recent call last):
    ...
    ValueError: profile p.conflict: must be one of first, latest, min, max, not 'median'
    """
    at = f"{where} {name}"
    unknown = sorted(set(spec) - PROFILE_KEYS)
    if unknown:
        raise ValueError(f"{at}: unknown keys {', '.join(unknown)}")
    vague: dict[str, VagueValue] = {}
    for word, entry in dict(spec.get("vague", {})).items():
        w = f"{at}.vague.{word}"
        value = cast(int, _count(f"{w}.value", entry.get("value")))
        vague[normalise_number_text(word)] = VagueValue(
            value=value,
            low=_count(f"{w}.low", entry.get("low", value), optional=True),
            high=_count(f"{w}.high", entry.get("high"), optional=True),
            basis=str(entry.get("basis", "")),
        )
    add: dict[str, tuple[str, ...]] = {}
    for cat, others in dict(spec.get("add_categories", {})).items():
        add[_category(f"{at}.add_categories", cat)] = tuple(_category(f"{at}.add_categories.{cat}", o) for o in others)
    pool: dict[str, tuple[str, ...]] = {}
    for cat, others in dict(spec.get("pool", {})).items():
        pool[_category(f"{at}.pool", cat)] = tuple(_category(f"{at}.pool.{cat}", o) for o in others)
    derive: dict[str, Derivation] = {}
    for cat, entry in dict(spec.get("derive", {})).items():
        derive[_category(f"{at}.derive", cat)] = Derivation(
            source=_category(f"{at}.derive.{cat}.from", entry.get("from")),
            factor=cast(int, _count(f"{at}.derive.{cat}.factor", entry.get("factor"))),
        )
    return Profile(
        name=name,
        description=str(spec.get("description", "")),
        range_value=cast(RangeValue, _choice(f"{at}.range_value", spec.get("range_value", "low"), RANGE_VALUES)),
        vague=MappingProxyType(vague),
        household_size=_count(f"{at}.household_size", spec.get("household_size"), optional=True),
        conflict=cast(Conflict, _choice(f"{at}.conflict", spec.get("conflict", "first"), CONFLICTS)),
        interval=cast(Interval, _choice(f"{at}.interval", spec.get("interval", "text"), INTERVALS)),
        accept_modality=frozenset(str(m) for m in spec.get("accept_modality", [])),
        add_categories=MappingProxyType(add),
        derive=MappingProxyType(derive),
        pool=MappingProxyType(pool),
        exclude_groups=frozenset(str(g) for g in spec.get("exclude_groups", [])),
        prefer_group=None if spec.get("prefer_group") is None else str(spec["prefer_group"]),
        count_perpetrators=_flag(f"{at}.count_perpetrators", spec.get("count_perpetrators", False)),
        implied_perpetrators=_flag(f"{at}.implied_perpetrators", spec.get("implied_perpetrators", False)),
        fatality_codes=_flag(f"{at}.fatality_codes", spec.get("fatality_codes", False)),
        sentence_victims=_flag(f"{at}.sentence_victims", spec.get("sentence_victims", False)),
        sum_countries=frozenset(_category(f"{at}.sum_countries", c) for c in spec.get("sum_countries", [])),
        vague_alone=_flag(f"{at}.vague_alone", spec.get("vague_alone", False)),
        linked_incidents=cast(
            LinkedIncidents, _choice(f"{at}.linked_incidents", spec.get("linked_incidents", "keep"), LINKED)
        ),
    )


def load_profiles(path: str | Path | None = None) -> dict[str, Profile]:
    """All profiles in a JSON file (default: the package's figures/data/profiles.json)."""
    if path is None:
        source = resources.files("figures") / "data" / "profiles.json"
        where, raw = "figures/data/profiles.json", source.read_text(encoding="utf-8")
    else:
        where, raw = str(path), Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise ValueError(f"{where}:{err.lineno}: not valid JSON: {err.msg}") from None
    if not isinstance(data, dict):
        raise ValueError(f"{where}: must hold one JSON object of profiles")
    return {
        name: parse_profile(name, spec, where)
        for name, spec in data.items()
        if not name.startswith("_")  # "_comment"
    }


@cache
def _packaged_profiles() -> Mapping[str, Profile]:
    return MappingProxyType(load_profiles())


PROFILES: tuple[str, ...] = tuple(_packaged_profiles())


def get_profile(profile: str | Profile) -> Profile:
    """A packaged profile by name (or a :class:`Profile` as given)."""
    if isinstance(profile, Profile):
        return profile
    try:
        return _packaged_profiles()[profile]
    except KeyError:
        raise ValueError(f"unknown profile {profile!r}; choose one of {', '.join(PROFILES)}") from None


# ---------------------------------------------------------------------------
# Mentions: one extraction row, read through a profile


@dataclass(frozen=True, slots=True)
class Mention:
    """One row of the figure table as the summary sees it (numbers in the profile's convention)."""

    category: str
    start: int
    end: int
    number_start: int
    number_end: int
    sentence_start: int | None
    trigger_start: int | None
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    unit: str
    text: str
    source: str | None
    cumulative: bool | None
    negated: bool
    modality: str | None = None
    lead: str = ""  # the words before the figure in its sentence (empty when the text is not given)
    rule: str | None = None
    part_of_total: bool = False
    group: str | None = None  # the `group` column, or "perpetrators" for an attacker named without a numeral
    agent: bool = False  # attackers that are the agent of the verb ("eight gunmen killed the director")
    background: bool = False  # a figure of an earlier event ("In 2014, ... kidnapped 276"), texts given
    stated_low: int | None = None  # the interval the table gives (a vague word's own: "dozens" 24..99)
    stated_high: int | None = None
    partitive: bool = False  # "17 of the dead": a part of a count told elsewhere
    day: str | None = None  # the weekday its sentence names ("on Friday"), texts given
    named_from: int | None = None  # "<one named> and N ...": where the one named starts (counted in the value)
    reported: bool = False  # its sentence's weekday follows words of reporting ("told reporters on"), texts given
    rest: str = ""  # the rest of its sentence after the figure (texts given)

    @property
    def tail(self) -> str:
        """The words after the figure in its sentence, up to 60 characters (texts given): the start of
        ``rest``, not a string of its own (a long document has a mention a sentence)."""
        return self.rest[:60]

    @property
    def perpetrator(self) -> bool:
        """A figure of the event's attackers (their dead count in GTD's, ACLED's and UCDP's totals)."""
        return self.group in PERPETRATOR_GROUPS

    @property
    def new_incident(self) -> bool:
        """A figure of a separate incident, by the words before it ("Russian raids also killed nine")."""
        return (
            self.cumulative is not True
            and (self.rule != "implicit_singular" or INDEFINITE.match(self.text) is not None)
            and (NEW_INCIDENT.search(self.lead) is not None or ANOTHER_DAY_AFTER.search(self.rest[:120]) is not None)
            and REPORTING.search(self.lead) is None
        )

    @property
    def other_incident_beside(self) -> bool:
        """A figure after a comma marked as another incident: "Eleven were killed, a day after 18 died"."""
        clause = self.lead.rsplit(",", 1)[-1] if "," in self.lead else ""
        return (
            self.cumulative is not True and NEW_INCIDENT.search(clause) is not None and REPORTING.search(clause) is None
        )

    @property
    def indirect(self) -> bool:
        """A count of indirect casualties ("one indirect fatality", "was killed (indirect)")."""
        words = self.text + self.tail[:20]
        return "ndirect" in words and INDIRECT.search(words) is not None  # the substring first: cheap

    @property
    def span(self) -> str:
        return f"{self.start}:{self.end}"

    @property
    def increment(self) -> bool:
        """A new figure to add to the total so far, by the words of its span."""
        return self.cumulative is not True and (
            (is_increment(self.text) and not self.reporter_increment and not self.others_than_other_category)
            or INCREMENT_BEFORE.search(self.lead[-LEAD_CHARS:]) is not None
        )

    @property
    def others_than_other_category(self) -> bool:
        """ "... 20 were killed and more than 80 others injured": others than the dead, not more injured."""
        found = INCREMENT.search(self.text)
        if found is None or not found.group().lower().startswith("other") or self.category not in OTHER_CATEGORY:
            return False
        clause = CLAUSE_START.split(self.lead)[-1]
        return CATEGORY_WORDS[OTHER_CATEGORY[self.category]].search(clause) is not None

    @property
    def reporter_increment(self) -> bool:
        """A victim told without a numeral whose "another" is its reporter's: "Another official confirmed Ford
        was strangled" restates Ford."""
        return (
            self.rule is not None
            and self.rule.startswith("implicit")
            and (found := INCREMENT.search(self.text)) is not None
            and REPORTING.search(self.text, found.end()) is not None
        )

    @property
    def amount(self) -> int | None:
        """The number this mention adds to a total: its value, else its lower bound."""
        return self.value if self.value is not None else self.low


def _opt_int(x: object) -> int | None:
    return None if x is None or x is pd.NA or (isinstance(x, float) and x != x) else int(cast(int, x))


def _opt_str(x: object) -> str | None:
    return None if x is None or x is pd.NA or (isinstance(x, float) and x != x) else str(x)


def _opt_bool(x: object) -> bool | None:
    if x is None or x is pd.NA or (isinstance(x, float) and x != x):
        return None
    if isinstance(x, str):
        return x.strip().lower() in {"true", "1", "yes"}
    return bool(x)


def read_mention(row: Mapping[str, object], profile: Profile, document: str | None = None) -> Mention:
    """One table row -> a :class:`Mention` with the profile's reading of its number.

    ``document`` is the document's text, when known: the words before the figure in its sentence are kept.
    """
    start, number_start, number_end = (int(cast(int, row[k])) for k in ("start", "number_start", "number_end"))
    text = str(row["text"])
    value, low, high = (_opt_int(row[k]) for k in ("value", "low", "high"))
    qualifier, unit = str(row["qualifier"]), _opt_str(row["unit"]) or "people"
    negated = bool(_opt_bool(row.get("negated"))) or (
        str(row["category"]) in HARMED
        and ("un" in text or "not" in text or "escaped" in text or "without" in text)  # cheap before the pattern
        and HARM_DENIED.search(text, max(0, number_end - start)) is not None
    )
    if negated:
        value = low = high = 0
    elif qualifier == "vague" or value is None:
        entry = profile.vague.get(normalise_number_text(text[number_start - start : number_end - start]))
        if entry is not None:
            value, low, high = entry.value, entry.low, entry.high
        elif qualifier == "vague":
            # A vague word the profile does not count states no number: the row still shows in the total's
            # provenance, and the table keeps the word's interval, but it adds nothing and records nothing.
            value = low = high = None
    elif qualifier == "range" and low is not None and high is not None:
        value = {"low": low, "mean": (low + high + 1) // 2, "high": high}[profile.range_value]
    lead = ""
    sentence_start = _opt_int(row.get("sentence_start"))
    if document is not None and sentence_start is not None and sentence_start <= start:
        lead = document[max(sentence_start, start - LEAD_CHARS) : start]
    stated_low, stated_high = _opt_int(row["low"]), _opt_int(row["high"])
    background = False
    if document is not None and not negated:
        clause = CLAUSE_START.split(lead)[-1]
        words = clause + text
        event = YEAR.search(document, 0, EVENT_YEAR_CHARS)
        after = CLAUSE_END.split(document[int(cast(int, row["end"])) : int(cast(int, row["end"])) + 30], 1)[0]
        background = (
            BACKGROUND.search(words) is not None
            or _aggregate(clause + (text + after)[: number_end - start + 80])
            or (event is not None and any(int(y) < int(event.group()) for y in IN_YEAR.findall(words)))
        )
    day, reported, rest = None, False, ""
    sentence_end = _opt_int(row.get("sentence_end"))
    if document is not None and sentence_start is not None and sentence_end is not None:
        sentence = document[sentence_start:sentence_end]
        rest = document[int(cast(int, row["end"])) : min(sentence_end, int(cast(int, row["end"])) + 200)]
        named_day = WEEKDAY.search(sentence)
        day = None if named_day is None else named_day.group().lower()
        # the weekday of a report ("Six were killed, a medic told reporters on Wednesday"), not of the event:
        # a word of reporting before it ("A farmer was killed ... Monday, the ministry said" is the event's)
        reported = named_day is not None and REPORTING.search(sentence, 0, named_day.start()) is not None
    partitive = PARTITIVE.match(text, number_end - start) is not None if number_end > start else False
    group = _row_group(row)
    if group is None and lead and ELLIPTIC_ATTACKERS.search(lead) and BARE_NUMBER.match(text, number_end - start):
        group = "perpetrators"  # "three of the gunmen were killed and one | was seriously wounded": one of them
    rule = _opt_str(row.get("rule"))
    agent = (
        (group in PERPETRATOR_GROUPS or PERPETRATOR_WORDS.search(text) is not None)
        and rule != "implicit_singular"
        and AGENT_SPAN.search(text) is not None
        and (document is None or AGENT_OBJECT.match(document, int(cast(int, row["end"]))) is not None)
    )
    named_from = None
    if (
        lead
        and value is not None
        and number_start == start
        and (named := AND_BEFORE.search(clause := CLAUSE_START.split(lead)[-1])) is not None
        and not NUMBER_WORD.search(named.group(1))
        and (AND_OTHERS.match(text, number_end - start) or ONE_PERSON.fullmatch(named.group(1)))
        and not (value == 1 and SINGULAR_VERB.search(text, number_end - start))
    ):
        # "Raziq, the police chief, and 19 others were wounded": the one named and the 19 others, 20;
        # "The commissioner and two bodyguards were killed": 3 (unless the one named has a row: see below)
        value, low, high = (None if x is None else x + 1 for x in (value, low, high))
        named_from = start - len(clause) + named.start(1)
    elif (
        value is not None
        and (inside := NAMED_IN_SPAN.search(text, 0, number_start - start)) is not None
        and not (profile.exclude_groups and _combatant(inside.group(1), profile))
    ):
        # "killed a woman and six of her children": the woman and the six, 7 ("killed a U.N. peacekeeper and
        # six civilians" is 6 in `wad`: the peacekeeper is no civilian)
        value, low, high = (None if x is None else x + 1 for x in (value, low, high))
        named_from = start + inside.start(1)
    if (
        profile.exclude_groups
        and rule is not None
        and rule.startswith("implicit")
        and value is not None
        and value >= 2
        and (listed := IMPLICIT_LIST.match(text)) is not None
    ):
        # "A soldier and a local chief were killed": 2 people, 1 civilian in `wad`
        armed = sum(_combatant(who, profile) for who in regex.split(r",\s*|\s+and\s+", listed.group(1)))
        if 0 < armed < value:
            value, low, high = (None if x is None else x - armed for x in (value, low, high))
    if unit in HOUSEHOLD_UNITS and profile.household_size is not None:
        size = profile.household_size
        value, low, high = (None if x is None else x * size for x in (value, low, high))
        unit = "people"
    return Mention(
        category=str(row["category"]),
        start=start,
        end=int(cast(int, row["end"])),
        number_start=number_start,
        number_end=number_end,
        sentence_start=sentence_start,
        trigger_start=_opt_int(row.get("trigger_start")),
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        text=text,
        source=_opt_str(row.get("source")),
        cumulative=_opt_bool(row.get("cumulative")),
        negated=negated,
        modality=_opt_str(row.get("modality")),
        lead=lead,
        rule=rule,
        group=group,
        agent=agent,
        background=background,
        stated_low=stated_low,
        stated_high=stated_high,
        partitive=partitive,
        day=day,
        reported=reported,
        named_from=named_from,
        rest=rest,
    )


def _aggregate(words: str) -> bool:
    """Whether a figure's words tell a count over many events (AGGREGATE); its key words are looked for first."""
    return any(w in words for w in ("ince", "far", "this", "year")) and AGGREGATE.search(words) is not None


def _combatant(named: str, profile: Profile) -> bool:
    """Whether one person named ("a U.N. peacekeeper", "his bodyguard") is of the profile's excluded groups."""
    words = named.split()
    if not words:  # an empty item of a list ("A and B, both teachers, were killed": after the last comma)
        return False
    head = words[-1].lower()
    return group_of(head) in profile.exclude_groups or head in ARMED_PERSONS


def _row_group(row: Mapping[str, object]) -> str | None:
    """The row's group; an attacker named without a numeral ("An assailant was killed") is "perpetrators"."""
    group = _opt_str(row.get("group"))
    implicit = _opt_str(row.get("rule")) == "implicit_singular"
    if group is None and implicit and PERPETRATOR_WORDS.search(str(row["text"])):
        return "perpetrators"
    return group


# ---------------------------------------------------------------------------
# Combining the mentions of one document and category


class Span(NamedTuple):
    """Where a row read but not added to a total is: all the summary writes of it (its ``other_rows``).
    A category's total keeps these, not the rows' mentions, once it is made: a long document's totals
    held every mention of every category till the last (some 700 bytes each; these take about 120).

    >>> Span(12, 40).span
    '12:40'
    """

    start: int
    end: int

    @property
    def span(self) -> str:
        return f"{self.start}:{self.end}"


@dataclass(frozen=True, slots=True)
class Total:
    """The figure recorded for one document and category, with what it was built from."""

    category: str
    parts: tuple[Mention, ...]  # the rows added into the total, in document order
    others: tuple[Mention | Span, ...]  # rows read but not added (a made total's: spans, in order)
    rivals: tuple[int, ...]  # totals of disagreeing reports, the chosen one included
    basis: str
    sources: tuple[str, ...]
    factor: int = 1  # a derived total is its parts' sum times this
    extra: int = 0  # attackers' dead told without a figure row ("in addition to the assailant"), before dividing
    divisor: int = 1  # linked incidents whose figures are told together: the share of one of them
    extra_after: int = 0  # attackers' dead of this incident alone ("a suicide bomber detonated"), after dividing
    perpetrators: int | None = None  # how many of the total are attackers, as the text tells them
    implied: tuple[str, ...] = ()  # 'start:end' of the words the attackers' dead were read from

    @property
    def principal(self) -> Mention | None:
        return self.parts[0] if self.parts else None

    def adjust(self, amount: int) -> int:
        """A sum of rows in this total's convention: times the factor, plus attackers, shared, plus attackers."""
        whole = amount * self.factor + self.extra
        share = whole if self.divisor == 1 else (2 * whole + self.divisor) // (2 * self.divisor)  # half up
        if whole > 0 and share == 0:  # a dead or wounded person told for the series is at least one of this one's
            share = 1
        return share + self.extra_after

    @property
    def value(self) -> int | None:
        amounts = [m.amount for m in self.parts if m.amount is not None]
        if not amounts and not (self.extra or self.extra_after):
            return None
        return self.adjust(sum(amounts))


def _same_number(m: Mention, parts: Iterable[Mention]) -> bool:
    """Two rows on overlapping number spans are one figure read twice."""
    return any(m.number_start < p.number_end and p.number_start < m.number_end for p in parts)


def _inside_another(mentions: Sequence[Mention]) -> set[int]:
    """Indices of mentions whose span lies inside another's, on a different number.

    "At least nine civilians, including four children, were killed" holds the
    words of "four children, were killed": the inner figure is a part or an
    aside of the outer one, never a separate incident.  One pass over the
    mentions by start (longest first), keeping the few reaching furthest:
    linear in the number of mentions.
    """
    inner: set[int] = set()
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, -mentions[i].end))
    reach: list[Mention] = []  # earlier mentions ending furthest, with distinct number spans (a handful)
    for i in order:
        m = mentions[i]
        if any(
            o.end >= m.end
            and (o.start, o.end) != (m.start, m.end)
            and not _same_number(m, [o])
            and m.number_start >= o.number_start  # a count before the other's number heads its words
            for o in reach
        ):
            inner.add(i)
        reach.append(m)
        reach.sort(key=lambda o: -o.end)
        del reach[_REACH:]
    return inner


_REACH = 4  # mentions ending furthest kept by _inside_another: enough for spans sharing their number


def _breakdown_parts(mentions: Sequence[Mention]) -> set[int]:
    """Indices of mentions that itemise another one in the same sentence ("243 died: 196 in X, 43 in Y, ...").

    A sentence whose first figure equals the sum of the figures after it is
    a total followed by its breakdown; the breakdown must not be added.
    """
    by_sentence: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.sentence_start is not None:
            by_sentence.setdefault(m.sentence_start, []).append(i)
    parts: set[int] = set()
    for idx in by_sentence.values():
        if len(idx) < 3:
            continue
        head, rest = mentions[idx[0]], [mentions[i] for i in idx[1:]]
        amounts = [m.amount for m in rest]
        if head.amount is not None and None not in amounts and sum(cast(list[int], amounts)) == head.amount:
            parts.update(idx[1:])
    return parts


def _another_day(m: Mention, first: Mention) -> bool:
    """A figure whose sentence names another weekday than the first figure's: another incident of the story.

    "Seven people were killed on Thursday ... Three protesters were killed on Friday": 7 + 3.
    """
    return (
        m.day is not None
        and first.day is not None
        and m.day != first.day
        and m.cumulative is not True
        and (m.rule != "implicit_singular" or INDEFINITE.match(m.text) is not None)  # "A Palestinian was killed"
        and not m.reported
    )


def _agrees(vague: Mention, number: Mention) -> bool:
    """Whether a number falls in the interval a vague word allows ("more than 60" in "dozens": 24..99)."""
    if vague.amount is None:
        return True  # a vague word that states no number in this profile: any number says more
    amount = cast(int, number.amount)
    low = vague.stated_low if vague.stated_low is not None else vague.amount
    return low <= amount and (vague.stated_high is None or amount <= vague.stated_high)


def _told_part_by_part(rest: Sequence[Mention]) -> bool:
    """Whether the figures after the first are its breakdown, told across sentences: they add up to it."""
    head, amounts = rest[0].amount, [m.amount for m in rest[1:]]
    return (
        head is not None
        and None not in amounts
        and sum(cast(list[int], amounts)) == head
        and not any(m.cumulative for m in rest[1:])
        # figures of other days are other incidents, whatever they add up to
        and not any(_another_day(m, rest[0]) for m in rest[1:])
    )


def _coordinated(m: Mention, last: Mention) -> bool:
    """A figure listed under the same trigger in the same sentence: "killed 5 in Kano and 7 in Kaduna"."""
    return (
        m.sentence_start is not None
        and m.sentence_start == last.sentence_start
        and m.trigger_start is not None
        and m.trigger_start == last.trigger_start
        and last.end <= m.start
    )


def _listed_after(m: Mention, last: Mention) -> bool:
    """A figure right after another in a list of its sentence: "one critically injured, and one minor injury"."""
    gap = m.start - last.end
    return (
        (m.rule is None or not m.rule.startswith("implicit"))  # "was killed and his body found": the same one
        and m.category == last.category  # "3,000 evacuated and 3,000 displaced" (pooled): the same people
        and m.sentence_start is not None
        and m.sentence_start == last.sentence_start
        and 0 <= gap <= len(m.lead)
        and LIST_JOINT.fullmatch(m.lead[len(m.lead) - gap :]) is not None
    )


def combine(mentions: Sequence[Mention], profile: Profile, summary_end: int = 0) -> Total | None:
    """The total of one document's mentions of one category (already in document order).

    Set aside first: negations when a positive figure exists, figures inside
    another figure's words, and the itemised parts of a sentence's total.
    Then, for each mention after the first, in order: a row on the same
    number as one already used is the same figure; a running total
    (cumulative) at least as large as the total so far replaces it; a new
    figure (cumulative false: "another 12") adds to it, and so does a figure
    listed under the same trigger in the same sentence ("killed 5 in Kano and
    7 in Kaduna"); a figure equal to the total or to one of its parts is a
    restatement; a figure from another named source is a disagreeing report;
    any other smaller figure is a detail (a part told again); any other
    larger figure is a disagreeing report (an update or a higher count).
    The profile's ``conflict`` picks among the reports.
    """
    if not mentions:
        return None
    category = mentions[0].category
    positive = [m for m in mentions if not m.negated]
    if not positive:  # only "no one was killed": the total is 0
        return Total(category, (mentions[0],), tuple(mentions[1:]), (0,), "negated", _sources(mentions[:1]))
    others: list[Mention] = [m for m in mentions if m.negated]
    inner = _inside_another(positive)
    outer = [m for i, m in enumerate(positive) if i not in inner]
    parts = _breakdown_parts(outer)
    rest = [m for i, m in enumerate(outer) if i not in parts]
    if len(rest) > 1:
        numbers = [m for m in rest if m.qualifier != "vague" and m.amount is not None]
        if numbers:  # a number beats a vague word it agrees with ("dozens ... more than 60")
            rest = [m for m in rest if m.qualifier != "vague" or not any(_agrees(m, n) for n in numbers)]
    if len(rest) >= 3 and _told_part_by_part(rest):
        rest = rest[:1]  # "22 were injured in two attacks ... injuring 18 ... Four others were injured": 22
    kept = {id(m) for m in rest}
    others.extend(m for m in positive if id(m) not in kept)
    chain = _Chain([rest[0]])
    basis = "single"
    reports: list[_Run] = []
    story_end = rest[0].end
    details: list[_Run] = []  # runs of smaller figures: parts of the total told again
    current: _Run = chain  # the run the next new figure ("two more died") adds to
    # a first count told of several incidents together ("killed 17 in two separate attacks", "both explosions
    # that killed 12"): the smaller counts of later sentences are its incidents, told one by one
    umbrella = SEVERAL_INCIDENTS.search(CLAUSE_START.split(rest[0].lead)[-1] + rest[0].text + rest[0].rest)
    previous = {id(b): a for a, b in itertools.pairwise(rest)}  # the figure read just before each
    for m in rest[1:]:
        so_far = chain.total
        if m.start - story_end > REPORT_WINDOW:
            if m.start >= summary_end:
                others.append(m)  # past the run of figures that tell this total: another place, time or event
            elif m.amount is not None and m.amount > so_far and not m.partitive:
                reports.append(_Run([m]))  # the lead of an article, far from its infobox: another count of it
            else:
                others.append(m)  # ... or the same count, or a part of it
            continue
        if (
            umbrella is not None
            and basis == "single"
            and m.sentence_start != rest[0].sentence_start
            and m.cumulative is not True
            and m.amount is not None
            and m.amount < so_far
        ):
            others.append(m)
            continue
        story_end = max(story_end, m.end)
        if chain.same_number(m):
            others.append(m)
        elif (
            m.indirect
            and current is chain
            and basis in ("single", "sum")
            and m.amount is not None
            and not m.partitive
            and m.sentence_start not in chain.sentences
            and not chain.indirect
        ):
            chain.append(m)  # "one cold related fatality ... one indirect fatality": direct and indirect, 2
            basis = "sum"
        elif m.cumulative is True:
            if m.amount is not None and m.amount >= so_far:
                others.extend(chain)
                chain, basis = _Chain([m]), "running_total"
                current = chain
            else:
                others.append(m)
        elif (
            (m.new_incident or _another_day(m, chain[0]))
            and current is chain
            and basis in ("single", "sum")
            and m.amount is not None
            and (m.amount != so_far or len(chain) > 1)  # equal to a first count: restated; to a sum: a coincidence
            and m.sentence_start not in chain.sentences
        ):
            chain.append(m)  # a separate incident told in its own sentence ("Russian raids also killed nine")
            basis = "sum"
        elif (
            m.other_incident_beside
            and len(chain) == 1
            and m.sentence_start == chain[0].sentence_start
            and not _coordinated(m, chain[0])
            and not m.increment
        ):
            if EARLIER_INCIDENT.search(m.lead.rsplit(",", 1)[-1]):
                others.append(m)  # an earlier incident named beside the first count ("a day after 18 died")
            else:
                chain.append(m)  # a later one ("... and his relatives later shot to death five men")
                basis = "sum"
        elif (
            profile.sentence_victims
            and current is chain
            and basis in ("single", "sum")
            and m.amount is not None
            and m.amount >= (rest[0].amount or 0)
            and m.amount != so_far
            and m.sentence_start not in chain.sentences
            and not m.partitive
            and (m.rule is None or not m.rule.startswith("care"))
            and CARE_DETAIL.search(m.text + m.tail) is None
        ):
            chain.append(m)  # more victims of the storm, told in a sentence of their own
            basis = "sum"
        elif (
            profile.sentence_victims
            and current is chain
            and basis in ("single", "sum")
            and _someone_else(m, chain, previous[id(m)])
        ):
            chain.append(m)  # "... injuring two people. A child was injured when a tree fell": someone new
            basis = "sum"
        elif m.increment or _coordinated(m, current[-1]) or _listed_after(m, current[-1]):
            current.append(m)
            if current is chain:
                basis = "running_total+new" if basis.startswith("running_total") else "sum"
            elif current.detail and current.total > so_far:
                current.detail = False  # the detail outgrew the total: it was another count
                reports.append(current)
        elif m.amount is None or m.amount == so_far or m.amount in chain.amounts:
            others.append(m)
        elif (
            m.qualifier == "at_most"
            and m.amount > so_far
            and profile.interval == "text"
            and all(p.qualifier == "exact" for p in chain)
        ):
            # "wounded 30 ... up to 40 were wounded": a bound that admits the exact count told is no other count
            # ("at least four ... as many as nine": two bounds, two estimates; `ucdp`'s interval over the
            # reports keeps the bound as its high estimate)
            others.append(m)
        elif not m.partitive and ((m.source is not None and m.source not in chain.sources) or m.amount > so_far):
            # a part told as "17 of the dead" is a detail, never a competing report
            reports.append(_Run([m]))
            current = reports[-1]
        else:
            details.append(_Run([m], detail=True))
            if not m.partitive:  # after "two of the protesters", "another protester" is new to the total
                current = details[-1]
    others.extend(m for d in details if d.detail for m in d)
    chosen, rivals = _choose(chain, list(reports), profile.conflict)
    if chosen is not chain:
        others.extend(chain)
        basis = f"report_{profile.conflict}"
    others.extend(m for r in reports if r is not chosen for m in r)
    used = {id(m) for m in chosen}
    return Total(
        category=category,
        parts=tuple(chosen),
        others=tuple(sorted((m for m in others if id(m) not in used), key=lambda m: m.start)),
        rivals=tuple(rivals),
        basis=basis,
        sources=_sources(sorted([*chain, *(m for r in reports for m in r)], key=lambda m: m.start)),
    )


def _someone_else(m: Mention, chain: _Chain, last: Mention) -> bool:
    """A victim told without a numeral who is not one of the count told before (``last``: the figure read
    before it): "A child was injured" in a sentence of its own, "Two children received minor injuries while
    the father was badly hurt"."""
    if m.rule != "implicit_singular" or m.amount != 1 or m.partitive or m.cumulative is True:
        return False
    if m.sentence_start not in chain.sentences:
        # in the sentence right after the count, someone told is one of them ("Two persons sustained minor
        # injuries. A customer was hurt by a brick"); so is someone told with care words ("critically")
        return (
            m.sentence_start is not None
            and m.sentence_start - last.end > len(last.rest) + 3
            and INDEFINITE.match(m.text) is not None
            and NEW_VICTIM_NOT.search(m.text) is None
            and CARE_DETAIL.search(m.text + m.tail) is None
        )
    return (
        last.sentence_start == m.sentence_start
        and last.end <= m.start
        and len(m.lead) >= m.start - last.end
        and WHILE_CLAUSE.fullmatch(m.lead[len(m.lead) - (m.start - last.end) :]) is not None
    )


class _Run(list[Mention]):
    """Figures read as one count (a detail, a rival report, or the total so far: :class:`_Chain`), with what
    the rules ask of it kept up to date as figures are added: the rules stay linear in the number of figures."""

    __slots__ = ("detail", "indirect", "number_end", "total")

    def __init__(self, mentions: Iterable[Mention] = (), detail: bool = False) -> None:
        super().__init__()
        self.detail = detail
        self.total = 0
        self.number_end = -1
        self.indirect = False  # one of its figures is a count of indirect casualties
        for m in mentions:
            self.append(m)

    def append(self, m: Mention) -> None:
        super().append(m)
        self.total += m.amount or 0
        self.number_end = max(self.number_end, m.number_end)
        self.indirect = self.indirect or m.indirect

    def same_number(self, m: Mention) -> bool:
        """A row on a number span overlapping one already in the run (checked only when it can)."""
        return m.number_start < self.number_end and _same_number(m, self)


class _Chain(_Run):
    """The run the total is built from: it alone keeps the amounts, sentences and sources of its figures,
    which the rules look up. A rival report or a detail (one figure, most) has no use for them: their three
    sets were most of what a long document's summary held (issue 19, item 4)."""

    __slots__ = ("amounts", "sentences", "sources")

    def __init__(self, mentions: Iterable[Mention] = ()) -> None:
        self.amounts: set[int | None] = set()
        self.sentences: set[int | None] = set()
        self.sources: set[str | None] = set()
        super().__init__(mentions)

    def append(self, m: Mention) -> None:
        super().append(m)
        self.amounts.add(m.amount)
        self.sentences.add(m.sentence_start)
        self.sources.add(m.source)


def _sources(mentions: Iterable[Mention]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(m.source for m in mentions if m.source))


def _choose(chain: list[Mention], reports: list[list[Mention]], conflict: Conflict) -> tuple[list[Mention], list[int]]:
    """Pick the recorded report among the chain built from the first figure and the disagreeing ones."""
    candidates: list[list[Mention]] = [chain, *reports]
    amounts = [sum(m.amount or 0 for m in c) if any(m.amount is not None for m in c) else None for c in candidates]
    known = [k for k, a in enumerate(amounts) if a is not None] or [0]
    if conflict == "first" or len(candidates) == 1:
        pick = 0
    elif conflict == "latest":
        pick = max(range(len(candidates)), key=lambda k: candidates[k][-1].start)
    elif conflict == "min":
        pick = min(known, key=lambda k: amounts[k] or 0)
    else:
        pick = max(known, key=lambda k: amounts[k] or 0)
    return candidates[pick], [a for a in amounts if a is not None]


def _merge(category: str, totals: Sequence[Total], basis: str) -> Total:
    """Totals of several categories added together (EM-DAT: total deaths = dead + missing)."""
    parts = sorted((m for t in totals for m in t.parts), key=lambda m: m.start)
    others = sorted((m for t in totals for m in t.others), key=lambda m: m.start)
    value = sum(t.value or 0 for t in totals)
    return Total(category, tuple(parts), tuple(others), (value,), basis, _sources(parts))


# ---------------------------------------------------------------------------
# The table


def _check_columns(table: pd.DataFrame) -> None:
    missing = [c for c in NEEDED_COLUMNS if c not in table.columns]
    if missing:
        raise ValueError(f"the figure table lacks column(s) {', '.join(missing)}")


def headings(text: str) -> list[tuple[int, str]]:
    r"""(start, heading) of each section heading of a sectioned article, in order (none in a news report).

    >>> headings("Storm\n\nDeaths: 12\n\nStorm\nIt formed.\n\nJapan\nTen died.")
    [(19, 'Storm'), (37, 'Japan')]
    """
    return [
        (m.start(1), m.group(1).strip())
        for m in HEADING.finditer(text)
        if HEADING_NOT.search(m.group(1).strip()) is None
    ]


def _lead_end(text: str, heads: Sequence[tuple[int, str]]) -> int:
    """Where the lead of a sectioned article (the section headed by its title, after the infobox) ends; 0 if none."""
    if len(heads) < 2 or "\n" not in text:
        return 0
    title = " ".join(text[: text.find("\n")].split()).lower()
    for k, (_, heading) in enumerate(heads[:-1]):
        if " ".join(heading.split()).lower() == title:
            return heads[k + 1][0]
    return 0


def _places(mentions: Sequence[Mention], text: str | None, heads: Sequence[tuple[int, str]]) -> list[str | None]:
    """Each mention's place in a sectioned article: named in its clause, else the named section it stands in.

    None for a mention of the article as a whole: in the infobox, in the lead (the section headed by the
    article's title) or in a section of a kind every article has ("Impact", "Aftermath") with no place in
    its clause, or naming a place of the article's title ("in southern China" in "2008 South China floods").
    """
    if text is None or len(heads) < 2:
        return [None] * len(mentions)
    starts = [h[0] for h in heads]
    title = " ".join(text[: text.find("\n")].split()).lower() if "\n" in text else ""
    title_words = set(regex.findall(r"\w+", title))
    lead = next((k for k, h in enumerate(heads) if " ".join(h[1].split()).lower() == title), 0)
    out: list[str | None] = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0:  # the title and infobox
            out.append(None)
            continue
        tail = text[m.end : m.end + LEAD_CHARS]
        before = CLAUSE_START.split(m.lead)[-1]
        clause = before + m.text + regex.split(r"[,.;:(\[\n]", tail, maxsplit=1)[0]
        found = [
            f
            for f in PLACE_WORDS.finditer(clause)
            if not LIST_AFTER.match(clause, f.end()) and " and " not in f.group(0)
        ]
        named = [(f.group(1) or f.group(0)).lower() for f in found]
        own = [
            (n, f.start())
            for f, n in zip(found, named, strict=True)
            if not set(regex.findall(r"\w+", n)) <= title_words
        ]
        if own:
            # the place told right after a figure is its own ("about 500 people in Amador County and 300 to 400
            # people in Calaveras County": Amador's 500); else the last one before it
            after = [n for n, at in own if at >= len(before) + len(m.text)]
            out.append(after[0] if after else own[-1][0])
            continue
        if named:  # the article's own area ("in West Bengal" in "2017 West Bengal floods"): the event's, anywhere
            out.append(None)
            continue
        topic = _paragraph_place(text, m.start - len(CLAUSE_START.split(m.lead)[-1]), title_words)
        if topic is not None:
            out.append(topic)
            continue
        heading = heads[k][1]
        is_place = k > lead and (GENERIC_HEADING.search(heading) is None or NAME_AFTER_FIRST.search(heading))
        out.append(heading.lower() if is_place else None)
    return out


def _against_places(total: Total, places_told: Sequence[Mention], summary_end: int) -> Total | None:
    """A sectioned article's total checked against the figures of its several places (set aside as one
    place's each): an event's total is at least each of its places' figures. None: no total.

    - A total told in the article's body only (no part in the infobox or the lead) that is smaller than a
      place's figure is a part of the event too, as the places' are (one agency's, one village's count: "So
      far the rescue teams have evacuated 1,029 persons" beside "2,301 people were evacuated" in one
      district): no total, as for the places.
    - A total told in the lead's prose (no infobox field, no running total) that is smaller than a place's
      figure is a part the lead names ("Throughout Panay Island, over 24,000 people lost their homes"
      beside the country's "roughly 600,000 people losing their homes"): the article states an event
      figure, and the least it can be is the largest place's figure, which is taken.
    The infobox's fields and running totals ("Deaths: 200", "a total of") are the article's count: kept.
    Places' figures of other units, vague words, negations and earlier events bound nothing.
    """
    value = total.value
    if value is None or summary_end == 0 or not total.parts:
        return total
    unit = total.parts[0].unit
    bounds = [
        m
        for m in places_told
        if m.amount is not None
        and m.amount > value
        and m.unit == unit
        and not m.negated
        and not m.background
        and m.qualifier != "vague"
    ]
    if not bounds:
        return total
    if all(m.start >= summary_end for m in total.parts):
        return None
    if all(m.start < summary_end and m.cumulative is not True for m in total.parts):
        told = max(bounds, key=lambda m: (cast(int, m.amount), -m.start))
        return Total(total.category, (told,), (), (), "largest_place", _sources([told]))
    return total


def _country_of(place: str | None, row_country: str | None) -> str | None:
    """The country of a figure's place as the summary reads it (a place named in its clause, its section's
    heading): the gazetteer's likeliest reading of that name; else the table's ``country``; else the name.

    >>> _country_of("japan", "CHN"), _country_of("nowhere-land", "CHN"), _country_of(None, None)
    ('JPN', 'CHN', None)
    """
    if place is not None:
        from figures.places import gazetteer, normalise

        readings = gazetteer().names.get(normalise(place))
        if readings:
            return readings[0].country
    return row_country or place


def _sum_of_countries(
    category: str, told: Sequence[Mention], countries: Sequence[str | None], profile: Profile, summary_end: int
) -> Total | None:
    """The event's total as the sum of its countries' totals (profile ``sum_countries``: Wikimpacts fills an
    event total the article does not state, or states smaller, with the sum of its per-country figures).

    Each country's figures (the table's ``country``, else the figure's place) are combined by the rules
    (restatements, details, rival reports), one total a country, and the countries' totals added. Person
    figures only when there are some (households are not added to people); negations, vague words and
    earlier events add nothing. None when fewer than two countries are left.
    """
    usable = [
        (m, c)
        for m, c in zip(told, countries, strict=True)
        if m.amount is not None and not m.negated and not m.background and m.qualifier != "vague"
    ]
    if any(m.unit == "people" for m, _ in usable):
        usable = [(m, c) for m, c in usable if m.unit == "people"]
    by_country: dict[str | None, list[Mention]] = {}
    for m, c in usable:
        by_country.setdefault(c, []).append(m)
    if len(by_country) < 2:
        return None
    parts: list[Mention] = []
    others: list[Mention | Span] = []
    for group in by_country.values():
        country_total = combine(sorted(group, key=lambda m: (m.start, m.number_start)), profile, summary_end)
        if country_total is None or country_total.value is None:
            continue
        parts.extend(country_total.parts)
        others.extend(country_total.others)
    parts.sort(key=lambda m: (m.start, m.number_start))
    others.sort(key=lambda m: m.start)
    return Total(category, tuple(parts), tuple(others), (), "sum_countries", _sources(parts))


def _paragraph_place(text: str, clause_start: int, title_words: set[str]) -> str | None:
    """The place an earlier sentence of the figure's paragraph opens with ("In the Dominican Republic, rain
    fell ... . About 7,000 people were displaced"): the paragraph's topic, read back to its start (bounded)."""
    start = max(0, clause_start - PARAGRAPH_CHARS)
    start = text.rfind("\n", start, clause_start) + 1 or start  # bounded: linear in the number of figures
    found = None
    for f in SENTENCE_PLACE.finditer(text, start, clause_start):
        found = f
    if found is None or set(regex.findall(r"\w+", found.group(1).lower())) <= title_words:
        return None
    return str(found.group(1)).lower()


def document_totals(
    rows: Sequence[Mapping[str, object]], profile: Profile, text: str | None = None
) -> dict[str, tuple[Total, int]]:
    """category -> (total, number of rows read) for the rows of one document (``text``: its text, if known)."""
    by_cat: dict[str, list[Mapping[str, object]]] = {}
    for r in rows:
        by_cat.setdefault(str(r["category"]), []).append(r)
    for cat, pooled_categories in profile.pool.items():
        # Rows of pooled categories are read as this category's rows too ("evacuated" as "displaced"):
        # one total over both, so that the same people told as evacuated and as displaced count once.
        pooled = [r for c in pooled_categories if c != cat for r in by_cat.get(c, [])]
        if pooled:
            by_cat[cat] = [*by_cat.get(cat, []), *pooled]
    totals: dict[str, tuple[Total, int]] = {}
    heads = headings(text) if text is not None else []
    # Places of each category's figures in a sectioned article (none in a news report).
    cat_places: dict[str, set[str]] = {}
    # Each row read once, with its place in a sectioned article: id(row) -> (mention, place).
    read: dict[int, tuple[Mention, str | None]] = {}
    # A sectioned article's infobox and lead sum it up: their figures are read together however far apart.
    summary_end = _lead_end(text, heads) if text is not None else 0
    if text is not None and len(heads) >= 2:
        every = [read_mention(r, profile, text) for r in rows]
        for r, m, p in zip(rows, every, _places(every, text, heads), strict=True):
            read[id(r)] = (m, p)
            if p is not None and not m.negated:
                cat_places.setdefault(m.category, set()).add(p)
    for cat, cat_rows in by_cat.items():
        # start -> number spans of the rows starting there: a subset names its total by the total's start,
        # which it may share ("killed 11 people, including two" starts where "killed 11 people" does).
        # Only the starts some row names are kept: a set a row was more than its mention (issue 19, item 4).
        named = {part_of for r in cat_rows if (part_of := _opt_int(r.get("part_of"))) is not None}
        starts: dict[int | None, set[tuple[int | None, int | None]]] = {}
        for r in cat_rows if named else ():
            if (start := _opt_int(r["start"])) in named:
                starts.setdefault(start, set()).add((_opt_int(r["number_start"]), _opt_int(r["number_end"])))
        kept: list[Mention] = []
        kept_places: list[str | None] = []
        kept_countries: list[str | None] = []  # each kept figure's country (else its place), for sum_countries
        places_told: list[Mention] = []  # figures set aside as one place's among several
        told_countries: list[str | None] = []
        dropped: list[Mention] = []
        set_aside, promoted, less = _victim_groups(cat_rows, profile)
        subsets: list[tuple[int, Mention]] = []  # (start of the count, the part): "27 injured (seven in hospital"
        if text is not None and cat in OTHER_VERB_BEFORE:
            aside, freed = _other_verbs_object(cat_rows, text, cat)
            set_aside |= aside
            promoted |= freed
        for k, cut in _summed_breakdowns(cat_rows).items():
            less.setdefault(k, cut)
        # profile `vague_alone`: Wikimpacts keeps a vague word only where no number is told, so it counts only
        # where the document states no number of the category (its places' and pooled categories' included);
        # beside "300 were evacuated" in one town, "hundreds were displaced" adds nothing, as in `raw`
        vague_counts = not profile.vague_alone or all(
            str(r["qualifier"]) == "vague" or (_opt_int(r["value"]) is None and _opt_int(r["low"]) is None)
            for r in cat_rows
        )
        for k, r in enumerate(cat_rows):
            m, place = read[id(r)] if id(r) in read else (read_mention(r, profile, text), None)
            if not vague_counts and m.qualifier == "vague" and not m.negated:
                m = replace(m, value=None, low=None, high=None)
            if k in less:  # the total less its combatants, or less the count it was summed with
                cut = less[k]
                m = replace(
                    m,
                    value=None if m.value is None else m.value - cut,
                    low=None if m.low is None else m.low - cut,
                    high=None if m.high is None else m.high - cut,
                )
            modality = m.modality
            part_of = _opt_int(r.get("part_of"))
            subset = part_of is not None and bool(starts.get(part_of, set()) - {(m.number_start, m.number_end)})
            if k in promoted:
                subset = False
            if subset and part_of is not None and m.amount is not None:
                subsets.append((part_of, m))
            if (
                k in set_aside
                or subset
                or m.agent
                or (modality is not None and modality not in profile.accept_modality)
            ):
                dropped.append(m)
            else:
                kept.append(m)
                kept_places.append(place)
                if cat in profile.sum_countries:
                    kept_countries.append(_country_of(place, _opt_str(r.get("country"))))
        if cat_places:
            several = {
                p
                for c in (cat, *profile.pool.get(cat, ()), *CASUALTY_REPORT.get(cat, ()))
                for p in cat_places.get(c, ())
            }
            if len(several) >= 2:  # one place among several the article reports separately: not the event's total
                local = [p is not None for p in kept_places]
                places_told = [m for m, is_local in zip(kept, local, strict=True) if is_local]
                if cat in profile.sum_countries:
                    told_countries = [c for c, is_local in zip(kept_countries, local, strict=True) if is_local]
                dropped.extend(places_told)
                kept = [m for m, is_local in zip(kept, local, strict=True) if not is_local]
        if promoted:
            # the same count told before its breakdown ("Seven people were killed ... six civilians and one
            # soldier died"): where the breakdown gave way to some of its parts, so does the count
            restated = _replaced_totals(cat_rows, set_aside, promoted)
            told_before = [
                m for m in kept if m.amount in restated and m.cumulative is not True and m.end <= restated[m.amount]
            ]
            dropped.extend(told_before)
            gone = {id(m) for m in told_before}
            kept = [m for m in kept if id(m) not in gone]
        if subsets:
            rest_parts = _rest_of_breakdown(kept, subsets)
            dropped.extend(m for m in kept if id(m) in rest_parts)
            kept = [m for m in kept if id(m) not in rest_parts]
        kept = _main_unit(kept, dropped)
        kept = [_named_once(m, kept) for m in kept]
        kept = [_with_companions(m, kept) for m in kept]
        if profile.prefer_group is not None:
            kept = _preferred_breakdown(kept, dropped, profile.prefer_group)
        if profile.exclude_groups:
            kept = _excluded_breakdown(kept, dropped)
        if (
            text is not None
            and profile.linked_incidents == "divide"
            and len(kept) > 1
            and LINKED_INCIDENTS.search(text) is not None
        ):
            # one of a series of linked incidents, each recorded apart: a figure told as another incident
            # ("This was one of two attacks ...; in an earlier event, the assailant killed the driver") is the
            # other record's
            other = {id(m) for m in kept[1:] if m.new_incident}
            dropped.extend(m for m in kept if id(m) in other)
            kept = [m for m in kept if id(m) not in other]
        # figures of earlier events told as background lose to the document's own; alone, they make no total
        dropped.extend(m for m in kept if m.background)
        kept = [m for m in kept if not m.background]
        kept.sort(key=lambda m: (m.start, m.number_start))
        total = (_with_perpetrators if profile.count_perpetrators else combine)(kept, profile, summary_end)
        if total is not None and places_told:
            checked = _against_places(total, places_told, summary_end)
            if checked is not None and checked is not total:  # a place's figure is the total now, not set aside
                told = checked.parts[0]
                read_before = [m for m in (*total.parts, *total.others) if isinstance(m, Mention)]
                dropped = [*read_before, *(m for m in dropped if m is not told)]
            total = checked
        if places_told and cat in profile.sum_countries:
            summed = _sum_of_countries(cat, places_told, told_countries, profile, summary_end)
            if summed is not None and (total is None or (summed.value or 0) > (total.value or 0)):
                used = {id(m) for m in (*summed.parts, *summed.others)}
                read_before = [m for m in (*total.parts, *total.others) if isinstance(m, Mention)] if total else []
                dropped = [m for m in (*read_before, *dropped) if id(m) not in used]
                total = summed
        if text is not None and cat in ATTACKERS_HURT and profile.implied_perpetrators:
            total = _implied_perpetrators(total, text, cat)
        if text is not None and cat == "killed" and profile.fatality_codes:
            total = _fatality_codes(total, text)
        if total is None:
            continue
        if text is not None and profile.exclude_groups and cat in ATTACKERS_HURT:
            total = _combatants_among(total, text, cat_rows, profile)
        if text is not None and profile.linked_incidents == "divide":
            total = _shared_by_linked_incidents(total, text)
        if dropped or total.others or total.category != cat:
            read_only = sorted([*total.others, *dropped], key=lambda m: m.start) if dropped else total.others
            total = replace(total, category=cat, others=tuple(Span(m.start, m.end) for m in read_only))
            del read_only
        del kept, dropped, subsets  # this category's mentions, but the total's parts, go now
        totals[cat] = (total, len(cat_rows))
    for cat in ATTACKERS_HURT if text is not None and profile.implied_perpetrators else ():
        if cat not in totals:
            # attackers' dead are the only deaths the text tells ("Two suicide bombers blew themselves up")
            implied = _implied_perpetrators(None, cast(str, text), cat)
            if implied is not None:
                totals[cat] = (implied, 0)
    if text is not None and "killed" not in totals and profile.fatality_codes:
        coded = _fatality_codes(None, text)
        if coded is not None:
            totals["killed"] = (coded, 0)
    for cat, extra in profile.add_categories.items():
        found = [totals[c] for c in (cat, *extra) if c in totals]
        if found and any(c in totals for c in extra):
            names = "+".join(c for c in (cat, *extra) if c in totals)
            totals[cat] = (_merge(cat, [t for t, _ in found], names), sum(n for _, n in found))
    derived_numbers: set[tuple[int, int]] = set()
    for cat, rule in profile.derive.items():
        if cat not in totals and rule.source in totals:
            src, n = totals[rule.source]
            # a number derived once: "50,000 houses destroyed or damaged" is one figure in two categories
            # (twin rows); it gives homeless people, not homeless and affected people again
            parts = tuple(m for m in src.parts if (m.number_start, m.number_end) not in derived_numbers)
            if not parts:
                continue
            derived_numbers.update((m.number_start, m.number_end) for m in parts)
            derived = Total(
                cat, parts, src.others, (), f"derived:{rule.source}x{rule.factor}", src.sources, rule.factor
            )
            totals[cat] = (derived, n)
    return totals


def _with_perpetrators(kept: Sequence[Mention], profile: Profile, summary_end: int = 0) -> Total | None:
    """The victims' total plus the attackers' own dead, each built by the rules on its own rows.

    "Five soldiers were killed. Three attackers were killed in the exchange of fire": 5 + 3, whatever the
    rules would make of the two figures read as one count (a detail, a rival report).
    """
    attackers = [m for m in kept if m.perpetrator]
    victims = [m for m in kept if not m.perpetrator]
    if not attackers:
        return combine(kept, profile, summary_end)
    a = combine(attackers, profile, summary_end)
    assert a is not None
    if not victims:
        return replace(a, perpetrators=a.value)
    v = combine(victims, profile, summary_end)
    assert v is not None
    first = victims[0].amount
    if (
        v.value is not None
        and a.value is not None
        and first is not None
        and v.parts
        and v.parts[0] is not victims[0]
        and v.parts[0].start > a.parts[-1].start
        and v.value == first + a.value
    ):
        # "7 soldiers dead. 3 fighters were also killed. 10 fatalities in total": the later count is of all
        return replace(v, perpetrators=a.value)
    merged = _merge(v.category, [v, a], f"{v.basis}+perpetrators")
    return replace(merged, rivals=tuple(x + (a.value or 0) for x in v.rivals), perpetrators=a.value)


def _count_word(word: str | None) -> int:
    if word is None:
        return 1
    return int(word) if word.isdigit() else _SMALL[word.lower()]


def _implied_perpetrators(total: Total | None, text: str, category: str) -> Total | None:
    """The total with the attackers' dead the text tells without a figure row (GTD: every death counts).

    "In addition to the assailant, at least seven people were killed" (7 + 1: in the shared count of linked
    incidents, if any); "A suicide bomber detonated ..." (the bomber, of this incident).  Attackers already
    counted in rows are not counted twice: the larger of the two counts is kept.
    """
    included = ATTACKER_INCLUDED.search(text)
    if included is not None and not _besides_included(text, included.start()):
        return total  # "Seven people, including the bomber, were killed": already in the count
    told = 0
    n: int | None
    spans: list[str] = []
    inside = [(p.start, p.end) for p in total.parts] if total is not None else []
    in_rows = False
    for m in IMPLIED_ATTACKERS.finditer(text):
        left_out = EXCLUDING.match(m.group()) is not None  # "Seven people, not including the bomber, were killed"
        if any(a <= m.start("who") < b for a, b in inside) and (
            not left_out or (total is not None and any(p.rule == "excluded_aside" for p in total.parts))
        ):  # (the construction excluded_aside adds "the bomber" of ", not including the bomber," itself)
            in_rows = True
            continue  # "In addition to the two bombers, 11 people were killed" read as one figure (13) already
        sentence = text[m.start() : m.end() + 200].split(".")[0]
        if not CATEGORY_WORDS[category].search(sentence) or (
            category != "killed" and (CATEGORY_WORDS["killed"].search(sentence) or SUICIDE_ATTACKERS.search(text))
        ):
            continue  # "In addition to the assailant, 7 were killed and 20 injured": the assailant died
        n = _count_word(m.group("n")) if m.group("n") or not m.group("who").lower().endswith(("s", "men")) else None
        if n is not None and n > told:
            told, spans = n, [f"{m.start('who')}:{m.end('who')}"]
    parts = total.parts if total is not None else ()
    for m in ATTACKERS_HURT[category].finditer(text):
        holding = [p for p in parts if p.start <= m.start() < p.end]
        # "killing himself and 28 others": the row's number (28) comes after him and leaves him out
        if holding and not (m.group("self") and all(p.number_start > m.start() for p in holding)):
            in_rows = True
            continue
        word = m.group("n") or m.group("n2") or m.group("n3")
        who = m.group("who") or m.group("who2") or m.group("who3") or ""
        if m.group("self"):
            n = 1
        elif word is not None and word.lower() == "the" and who.lower().endswith(("s", "men")):
            n = None  # "the assailants were killed": how many, the text does not say
        else:
            n = 1 if word is None or word.lower() == "the" else _count_word(word)
        if n is not None and n > told:
            told, spans = n, [f"{m.start()}:{m.end()}"]
    suicide = 0
    # "One suicide bomber detonated his vest and the other five assailants were killed": the attackers' row
    # counts the others, the bomber is one more
    others_told = any(p.perpetrator and OTHER_ATTACKERS.search(p.lead[-20:] + p.text) for p in parts)
    if not told and (not in_rows or others_told) and category == "killed" and SUICIDE_SURVIVED.search(text) is None:
        for m in SUICIDE_ATTACKERS.finditer(text):
            n = _count_word(m.group("n"))
            if n > suicide:
                suicide, spans = n, [f"{m.start()}:{m.start('rest')}"]
        for attack in SUICIDE_ATTACK.finditer(text) if not suicide else ():
            end = text.find(". ", attack.end())
            sentence = text[text.rfind(". ", 0, attack.start()) + 1 : end if end >= 0 else len(text)]
            if BACKGROUND.search(sentence) is None and AGGREGATE.search(sentence) is None:
                suicide, spans = 1, [f"{attack.start()}:{attack.end()}"]  # the attack's one bomber
                break  # ("... was also killed in a suicide bomb attack last year" is another event's)
    already = (total.perpetrators or 0) if total is not None else 0
    extra, extra_after = max(0, told - already), (suicide if others_told else max(0, suicide - already))
    if not (extra or extra_after):
        return total
    if total is None:
        total = Total(category, (), (), (), "implied_perpetrators", ())
    else:
        total = replace(total, basis=f"{total.basis}+implied_perpetrators")
    return replace(
        total,
        extra=extra,
        extra_after=extra_after,
        perpetrators=already + extra + extra_after,
        implied=(*total.implied, *spans),
    )


def _besides_included(text: str, at: int) -> bool:
    """Whether the attackers included in a count ("including three assailants") are others than ones named
    apart before them in the sentence: "In addition to the suicide bomber, eight people, including three
    assailants, were killed" (9)."""
    start = max(text.rfind(".", 0, at), text.rfind(";", 0, at)) + 1
    return any(EXCLUDING.match(m.group()) is None for m in IMPLIED_ATTACKERS.finditer(text, start, at))


def _fatality_codes(total: Total | None, text: str) -> Total | None:
    """The deaths a Storm Data narrative codes at its end, one code each, when they outnumber the rows' total.

    "A tree fell on a car, killing the driver. (M43O)": 1, the same death; "(F73O)(F70O)(M71O)" alone: 3.
    """
    codes = list(FATALITY_CODE.finditer(text))
    value = total.value if total is not None else None
    if not codes or (value is not None and value >= len(codes)):
        return total
    spans = tuple(f"{c.start()}:{c.end()}" for c in codes)
    if total is None:
        return Total("killed", (), (), (), "fatality_codes", (), extra_after=len(codes), implied=spans)
    return replace(
        total,
        basis=f"{total.basis}+fatality_codes",
        extra_after=total.extra_after + len(codes) - (value or 0),
        implied=(*total.implied, *spans),
    )


def _combatants_among(total: Total, text: str, rows: Sequence[Mapping[str, object]], profile: Profile) -> Total:
    """The total less one combatant the text names among its dead without a figure row (`exclude_groups`).

    "No fewer than seven persons, including a policeman, were killed": 6; "... killed at least 18 people.
    One paramilitary soldier was among the dead": 17.  Only when the total is one count (a single row).
    """
    principal = total.principal
    if principal is None or len(total.parts) != 1 or (total.value or 0) < 2:
        return total
    starts = {_opt_int(r["number_start"]) for r in rows}
    found = [
        f
        for f in (
            *ONE_COMBATANT_INCLUDED.finditer(text, principal.start, principal.end),
            *ONE_COMBATANT_AMONG.finditer(text, principal.end, min(len(text), principal.end + REPORT_WINDOW)),
        )
        if f.start("one") not in starts and _combatant(f.group("who"), profile)
    ]
    if len(found) != 1:
        return total
    span = f"{found[0].start('one')}:{found[0].end('who')}"
    return replace(total, extra=total.extra - 1, basis=f"{total.basis}-combatant", implied=(*total.implied, span))


def _shared_by_linked_incidents(total: Total, text: str) -> Total:
    """One incident's share of a count told for several linked ones (GTD's practice: divided evenly).

    "This was one of two coordinated attacks ... at least 30 people were killed across both attacks": 15.
    Only a count whose own sentence says it is of all the incidents is shared.
    """
    linked = LINKED_INCIDENTS.search(text)
    if linked is None or not total.parts:
        return total
    n = 2 if linked.group("n").lower() == "another" else _count_word(linked.group("n"))
    for m in total.parts:
        start = m.sentence_start if m.sentence_start is not None else m.start
        end = text.find(".", m.end)
        across = ACROSS_INCIDENTS.search(text, start, end if end >= 0 else len(text))
        if across is None:
            continue
        # the count's own words say how many incidents it covers ("one of six coordinated incidents ... across
        # all three assaults targeting police buildings": a third of it), else the series named before
        told = ACROSS_COUNT.search(across.group())
        k = _count_word(told.group().lower()) if told is not None else n
        if k > 1:
            return replace(total, divisor=k, basis=f"{total.basis}:shared_by_{k}")
    return total


def _other_verbs_object(rows: Sequence[Mapping[str, object]], text: str, category: str) -> tuple[set[int], set[int]]:
    """Lists whose first item is the object of another category's verb before it: that item is not of this one.

    "Soldiers opened fire, killing the assailant and two civilians were injured": the assailant was killed, so
    the injured are the two civilians, not a list of three; "Aside from the deaths of the two assailants, one
    guard was injured": one.  Returns the rows to set aside (the list and its first item) and the other items,
    which stand as figures of their own.
    """
    parts_of: dict[int, list[int]] = {}
    for k, r in enumerate(rows):
        part_of = _opt_int(r.get("part_of"))
        if part_of is not None:
            parts_of.setdefault(part_of, []).append(k)
    aside: set[int] = set()
    freed: set[int] = set()
    if not parts_of:
        return aside, freed
    before = OTHER_VERB_BEFORE[category]
    for j, r in enumerate(rows):
        start, trigger = _opt_int(r["start"]), _opt_int(r.get("trigger_start"))
        if _opt_int(r.get("part_of")) is not None or start is None or trigger is None or trigger <= start:
            continue  # a list told before its own verb ("the assailant and two civilians were injured") only
        parts = [k for k in parts_of.get(start, ()) if k != j]
        first = [k for k in parts if _opt_int(rows[k]["number_start"]) == _opt_int(r["number_start"])]
        if len(parts) < 2 or not first or before.search(text, max(0, start - 40), start) is None:
            continue
        aside.add(j)
        aside.update(first)
        freed.update(k for k in parts if k not in first)
    return aside, freed


def _rest_of_breakdown(kept: Sequence[Mention], subsets: Sequence[tuple[int, Mention]]) -> set[int]:
    """ids of new figures that are the rest of a count's breakdown: "Twenty-seven people were injured (seven were
    taken to the hospital, another 20 were just slightly injured)": 7 + 20 = 27, so "another 20" adds nothing."""
    counts = {m.start: m for m in kept}
    new_by_sentence: dict[int | None, list[Mention]] = {}  # one look a sentence, not a scan of every figure
    for m in kept:
        if m.increment and m.amount is not None:
            new_by_sentence.setdefault(m.sentence_start, []).append(m)
    out: set[int] = set()
    for start, part in subsets:
        count = counts.get(start)
        if count is None or count.amount is None or part.amount is None:
            continue
        for m in new_by_sentence.get(part.sentence_start, ()):
            if m.start > part.start and cast(int, m.amount) + part.amount == count.amount:
                out.add(id(m))
    return out


def _replaced_totals(rows: Sequence[Mapping[str, object]], set_aside: set[int], promoted: set[int]) -> dict[int, int]:
    """value -> start of the totals set aside for some of their parts (the rows in ``promoted``): a count of
    that value told before that start is the same count told before its breakdown."""
    promoted_of = {_opt_int(rows[k].get("part_of")) for k in promoted}
    out: dict[int, int] = {}
    for k in set_aside:
        value, start = _opt_int(rows[k]["value"]), _opt_int(rows[k]["start"])
        if value is None or start is None or _opt_int(rows[k].get("part_of")) is not None:
            continue
        if start in promoted_of:
            out[value] = max(out.get(value, start), start)
    return out


def _victim_groups(rows: Sequence[Mapping[str, object]], profile: Profile) -> tuple[set[int], set[int], dict[int, int]]:
    """Rows set aside and parts promoted to figures of their own by the profile's victim groups.

    ``exclude_groups`` (combatants: "soldiers", "police", "militants"): their rows are set aside when
    the document has other rows, and a total made of such a part and others ("killed 15 civilians and
    eight policemen": 23) gives way to its other parts (15).  ``prefer_group`` ("civilians"): a total
    with a part of that group ("killed nine people including five civilians") gives way to the part (5).
    """
    exclude, prefer = profile.exclude_groups, profile.prefer_group
    if not exclude and prefer is None:
        return set(), set(), {}
    groups = [_row_group(r) or _forces_group(r) for r in rows]
    parts_of: dict[int, list[int]] = {}
    numbers = [(_opt_int(r["number_start"]), _opt_int(r["number_end"])) for r in rows]
    # the rows a part may name, by start (a total is never a part itself): one lookup a part, not a scan
    totals_at: dict[int | None, list[int]] = {}
    for j, r in enumerate(rows):
        if _opt_int(r.get("part_of")) is None:
            totals_at.setdefault(_opt_int(r["start"]), []).append(j)
    for k, r in enumerate(rows):
        part_of = _opt_int(r.get("part_of"))
        if part_of is None:
            continue
        end = _opt_int(r.get("part_of_end"))  # with part_of, the total's span (a table before it: its start alone)
        for j in totals_at.get(part_of, ()):
            if j != k and numbers[j] != numbers[k] and end in (None, _opt_int(rows[j]["end"])):
                parts_of.setdefault(j, []).append(k)
    set_aside: set[int] = set()
    promoted: set[int] = set()
    if exclude and any(g not in exclude for g in groups):
        set_aside.update(k for k, g in enumerate(groups) if g in exclude)
        for total, parts in parts_of.items():
            if any(k in set_aside for k in parts) and any(k not in set_aside for k in parts):
                set_aside.add(total)
                promoted.update(k for k in parts if k not in set_aside)
    if prefer is not None:
        for total, parts in parts_of.items():
            chosen = [k for k in parts if groups[k] == prefer]
            if chosen and total not in set_aside:
                set_aside.add(total)
                promoted.update(chosen)
                set_aside.update(k for k in parts if k not in chosen)
    less: dict[int, int] = {}
    for total, parts in parts_of.items():
        # "14 others, including six commandos, were wounded": the others are the 14 less the 6 combatants
        combatants = all(groups[k] in exclude for k in parts)
        if exclude and combatants and total not in set_aside and groups[total] not in exclude:
            amounts = [_opt_int(rows[k]["value"]) for k in parts]
            whole = _opt_int(rows[total]["value"])
            if whole is not None and None not in amounts and whole > sum(cast(list[int], amounts)):
                less[total] = sum(cast(list[int], amounts))
    return set_aside, promoted, less


def _preferred_breakdown(kept: list[Mention], dropped: list[Mention], group: str) -> list[Mention]:
    """The preferred group's count told as a breakdown of an earlier total: that count, not the total.

    "At least 14 people were killed ... Among those killed, at least 10 were civilians and four were police":
    10 in `wad`, as "killed 14 people, including 10 civilians" gives 10 (`prefer_group`).
    """
    first = kept[0] if kept else None
    for m in kept[1:]:
        if (
            _of_group(m, group)
            and first is not None
            and first.group != group
            and m.amount is not None
            and first.amount is not None
            and m.amount < first.amount
            and BREAKDOWN_WORDS.search(m.lead[-60:] + m.text + " " + m.tail) is not None
        ):
            chosen = [k for k in kept if _of_group(k, group) and k.start >= m.start]
            dropped.extend(k for k in kept if not any(k is c for c in chosen))
            return chosen
    return kept


def _summed_breakdowns(rows: Sequence[Mapping[str, object]]) -> dict[int, int]:
    """Totals that add a count to its own breakdown, by index: how much to take off.

    "Six people were killed in the tornado, five in one county and one in another" read as one list gives
    12 (6 + 5 + 1); its first part is the sum of the others, so the list is a count and its breakdown: 6.
    """
    parts_of: dict[int | None, list[int]] = {}
    for k, r in enumerate(rows):
        part_of = _opt_int(r.get("part_of"))
        if part_of is not None:
            parts_of.setdefault(part_of, []).append(k)
    cuts: dict[int, int] = {}
    if not parts_of:
        return cuts
    for j, r in enumerate(rows):
        parts = parts_of.get(_opt_int(r["start"])) if _opt_int(r.get("part_of")) is None else None
        if parts:  # the parts that name this row's span (a table before part_of_end: its start alone)
            parts = [k for k in parts if _opt_int(rows[k].get("part_of_end")) in (None, _opt_int(r["end"]))]
        if not parts or len(parts) < 3:
            continue
        amounts = [_opt_int(rows[k]["value"]) for k in parts]
        whole = _opt_int(r["value"])
        if whole is None or None in amounts or sum(cast(list[int], amounts)) != whole:
            continue
        first = min(parts, key=lambda k: (_opt_int(rows[k]["start"]) or 0, _opt_int(rows[k]["number_start"]) or 0))
        a = cast(int, _opt_int(rows[first]["value"]))
        if 2 * a == whole:  # the first part equals the others together: the count, then its breakdown
            cuts[j] = whole - a
    return cuts


def _named_once(m: Mention, kept: Sequence[Mention]) -> Mention:
    """A figure that counted the one named before it ("The commissioner and two bodyguards") counts them
    once: when another row already tells the one named ("the commissioner ... was killed"), not again."""
    if m.named_from is None or not any(o is not m and o.start < m.number_start and m.named_from < o.end for o in kept):
        return m
    return replace(
        m,
        value=None if m.value is None else m.value - 1,
        low=None if m.low is None else m.low - 1,
        high=None if m.high is None else m.high - 1,
        named_from=None,
    )


def _with_companions(m: Mention, kept: Sequence[Mention]) -> Mention:
    """A victim told without a numeral "along with" others counts them too, unless they have a row of their own.

    "A journalist was shot dead at his home along with his partner": 2; "was killed along with five members of
    his entourage": 6.
    """
    if m.value != 1 or m.rule is None or not m.rule.startswith("implicit") or not m.tail:
        return m
    along = ALONG_WITH.match(m.tail) or AND_KIN.match(m.tail)
    if along is None:
        return m
    first, last = m.end + along.start("who"), m.end + along.end("who")
    if any(o is not m and first <= o.number_start < last for o in kept):
        return m
    n = 0
    for who in regex.split(r"\s+and\s+", along.group("who").split(",")[0]):  # "his nephew, Emmanuel Tanko"
        head = COMPANION.match(who)
        if head is None:
            return m  # not a person told the way the rule knows: leave the figure as it is
        n += _count_word(head.group("n").lower()) if head.group("n") else 1
    low, high = (None if x is None else x + n for x in (m.low, m.high))
    return replace(m, value=1 + n, low=low, high=high)


def _excluded_breakdown(kept: list[Mention], dropped: list[Mention]) -> list[Mention]:
    """The first count less the combatants a later sentence tells among them (`exclude_groups`).

    "83 others were wounded ... Of the wounded, 15 were members of the security forces": 68 in `wad`.
    """
    if len(kept) < 2 or kept[0].amount is None:
        return kept
    first = kept[0]
    for m in kept[1:]:
        if (
            m.amount is not None
            and m.amount < cast(int, first.amount)
            and (
                (
                    OF_THE_COUNTED.search((m.lead + m.text[: m.number_start - m.start])[-40:]) is not None
                    and COMBATANTS_TOLD.match(m.text[m.number_end - m.start :] + m.tail) is not None
                )
                # "Three of those killed | were policemen"
                or (m.partitive and COMBATANTS_TOLD.match(m.tail) is not None)
            )
        ):
            dropped.append(m)
            cut = m.amount
            less = replace(
                first,
                value=None if first.value is None else first.value - cut,
                low=None if first.low is None else first.low - cut,
                high=None if first.high is None else first.high - cut,
            )
            return [less, *(k for k in kept[1:] if k is not m)]
    return kept


def _of_group(m: Mention, group: str) -> bool:
    """A figure of the group: by its `group`, else by the noun right after its number ("six civilians")."""
    if m.group is not None:
        return m.group == group
    words = regex.findall(r"[\w-]+", m.text[m.number_end - m.start :])[:2]
    if any(group_of(w) == group for w in words):
        return True
    # "69 of the wounded were civilians"; "Among those killed, at least 10 | were civilians"
    if m.partitive or PARTITIVE.match(m.text, m.number_end - m.start):
        told = AFTER_PARTITIVE.match(m.tail)
    elif AMONG_BEFORE.search(m.lead + m.text[: m.number_start - m.start]):
        told = AFTER_PARTITIVE.match(m.text[m.number_end - m.start :] + m.tail)
    else:
        told = None
    return told is not None and group_of(told.group(1)) == group


def _forces_group(row: Mapping[str, object]) -> str | None:
    """ "six commando forces", "three members of security forces": soldiers, for a row the extractor gave no group."""
    text = str(row["text"])
    after = text[int(cast(int, row["number_end"])) - int(cast(int, row["start"])) :][:40]
    forces = SECURITY_FORCES.match(after) or NAMED_FORCES.match(after) or ARMED_GUARDS.match(after)
    return "soldiers" if forces else None


def _main_unit(kept: list[Mention], dropped: list[Mention]) -> list[Mention]:
    """Persons before households: a total counts one unit; the other unit's rows are set aside.

    A count of houses is no count of people, whatever the category: "three homes were evacuated" tells
    no number of evacuees (a household or a family is people, and a profile may convert it).
    """
    if any(m.unit in BUILDING_UNITS and not m.category.startswith("houses") for m in kept):
        dropped.extend(m for m in kept if m.unit in BUILDING_UNITS)
        kept = [m for m in kept if m.unit not in BUILDING_UNITS]
    units = {m.unit for m in kept}
    if len(units) <= 1:
        return kept
    main = "people" if "people" in units else sorted(units)[0]
    dropped.extend(m for m in kept if m.unit != main)
    return [m for m in kept if m.unit == main]


def _record(doc_id: str, total: Total, n_rows: int, profile: Profile) -> dict[str, object]:
    value = total.value
    parts = total.parts
    lows = [m.low if m.low is not None else (m.value if m.qualifier == "exact" else None) for m in parts]
    highs = [m.high for m in parts]
    rivals = [total.adjust(x) for x in total.rivals]
    if profile.interval == "text":
        low = total.adjust(sum(cast(list[int], lows))) if None not in lows else None
        high = total.adjust(sum(cast(list[int], highs))) if None not in highs else None
    else:
        spread = [x for x in (*rivals, *(lows if None not in lows else []), value) if x is not None]
        low = min(spread) if spread else None
        high = max(spread) if spread else None
        if None not in highs and high is not None:
            high = max(high, total.adjust(sum(cast(list[int], highs))))
    reported = [x for x in (*rivals, value) if x is not None]
    principal = total.principal
    modalities = sorted({m.modality for m in parts if m.modality})
    pooled = sorted({m.category for m in parts} & set(profile.pool.get(total.category, ())))
    return {
        "doc_id": doc_id,
        "category": total.category,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": _qualifier(parts) if parts else "exact",
        "unit": "people" if total.factor != 1 or principal is None else principal.unit,
        "profile": profile.name,
        "basis": ":".join([total.basis, *modalities, *pooled]),
        "n_mentions": n_rows,
        "reported_low": min(reported) if reported else None,
        "reported_high": max(reported) if reported else None,
        "sources": "; ".join(total.sources) or None,
        "start": None if principal is None else principal.start,
        "end": None if principal is None else principal.end,
        "text": None if principal is None else principal.text,
        "rows": ";".join(m.span for m in parts) or None,
        "other_rows": ";".join(m.span for m in total.others) or None,
        "perpetrators": total.perpetrators or None,
        "implied_rows": ";".join(total.implied) or None,
    }


def _qualifier(parts: Sequence[Mention]) -> str:
    if len(parts) == 1:
        return parts[0].qualifier
    quals = {m.qualifier for m in parts}
    if quals == {"exact"}:
        return "exact"
    if quals <= {"exact", "at_least", "more_than"}:
        return "at_least"
    return "approximately"


def empty_summary() -> pd.DataFrame:
    """The summary table with no rows, every column in place with its dtype."""
    return pd.DataFrame({n: pd.Series([], dtype=d) for n, d in SUMMARY_COLUMNS.items()})  # type: ignore[call-overload]


def summarize(
    table: pd.DataFrame, profile: str | Profile = "raw", texts: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per document and category: the total to record under ``profile``, with its provenance.

    ``table`` is the figure table (figures.table.COLUMNS; extra or missing
    optional columns are fine).  Documents keep their order of first
    appearance, categories the order of figures.CATEGORIES; a document with
    no figure in a category gets no row for it.  ``texts`` (doc_id -> the
    document's text, optional) lets the rules read the words before each
    figure ("Russian raids also killed nine"); without it they read the
    figure's own words only.
    """
    prof = get_profile(profile)
    _check_columns(table)
    implies = texts is not None and (prof.implied_perpetrators or prof.fatality_codes)
    if table.empty and not implies:
        return empty_summary()
    columns = [c for c in (*NEEDED_COLUMNS, *OPTIONAL_COLUMNS) if c in table.columns]
    frame = table[columns].astype({"doc_id": "string", "category": "string", "qualifier": "string"})
    # Plain Python values, grouped once: per-group pandas conversions cost more than the summary itself.
    # A row is a view of the column lists (figures.rows), not a dict of its own (840 bytes a row); an
    # integer column (offsets, counts) an array of 8 bytes a value, not a list of ints (40).
    lists: dict[str, list[object] | array[int]] = {}
    for c in columns:
        if c in INT_COLUMNS and pd.api.types.is_integer_dtype(frame[c].dtype):
            lists[c] = array("q", frame[c].to_numpy(dtype="int64", na_value=MISSING).tobytes())
        elif c == "text":
            lists[c] = frame[c].tolist()
        else:  # a few values, each told again and again (ids, units, rules): a string each, not one a row
            distinct: dict[object, object] = {}
            lists[c] = [distinct.setdefault(v, v) for v in frame[c].tolist()]
    del frame
    by_doc: dict[str, list[Mapping[str, object]]] = {}
    for row in Columns.of_lists(lists).rows():
        by_doc.setdefault(str(row["doc_id"]), []).append(row)
    return summarize_rows(by_doc, prof, texts)


def summarize_rows(
    by_doc: dict[str, list[Mapping[str, object]]],
    profile: str | Profile = "raw",
    texts: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """:func:`summarize` of rows already grouped by document, in order (each row a mapping of the
    table's columns, a missing value None): what ``figures summarize`` gives it, without the table
    (figures.rows.Columns). ``by_doc`` gains the documents of ``texts`` that have no rows."""
    prof = get_profile(profile)
    implies = texts is not None and (prof.implied_perpetrators or prof.fatality_codes)
    if implies and texts is not None:
        # deaths told without a figure row (attackers, Storm Data codes): documents without rows are read too
        for doc_id in texts:
            by_doc.setdefault(str(doc_id), [])
    records: list[dict[str, object]] = []
    order = {c: i for i, c in enumerate(CATEGORIES)}
    for doc_id, rows in by_doc.items():
        totals = document_totals(rows, prof, None if texts is None else texts.get(str(doc_id)))
        for cat in sorted(totals, key=order.__getitem__):
            total, n = totals[cat]
            records.append(_record(str(doc_id), total, n, prof))
    if not records:
        return empty_summary()
    return pd.DataFrame.from_records(records, columns=list(SUMMARY_COLUMNS)).astype(SUMMARY_COLUMNS)  # type: ignore[arg-type]
