"""Number expressions -> value, low, high, qualifier and span.

Reads digits ("1,228", "32 000", "1.5 million", "120k"), English number words
("one hundred and five", "a dozen", "half a million"), qualifiers ("more than",
"up to"), ranges ("10-15", "between 10 and 15") and vague quantities ("dozens",
"hundreds of thousands"). Every expression found is returned, accepted or with
the reason it is not a count of people (a year, a date, an age, money...), so
later stages can tell "explained" numbers from unexplained ones.

>>> [(n.value, n.qualifier, n.low, n.high) for n in find_numbers("more than 32,000 fled")]
[(32000, 'more_than', 32000, None)]
>>> parse_number("one hundred and five")
105
>>> parse_number("1.5 million")
1500000
>>> parse_number("half a million"), parse_number("half a dozen")
(500000, 6)
>>> [n.reject for n in find_numbers("on July 25, 2017, a 12-year-old and 40% of $5 million")]
['date', 'year', 'age', 'percent', 'money']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from figures import lazyregex as regex  # compiled on first use, kept between runs: figures/lazyregex.py
from figures.lexicon import PEOPLE_PLURAL, PERSON, trie_pattern

# --- the vocabulary --------------------------------------------------------

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip

# Qualifier phrases -> qualifier. Longest first when compiled, so "more than"
# wins over "more".
QUALIFIER_WORDS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "above": "more_than", "exceeding": "more_than",
    "greater than": "more_than", "just over": "more_than", "well over": "more_than",
    "nearly over": "more_than", "exceeded": "more_than", "surpassed": "more_than", "topped": "more_than",
    "passed": "more_than", "past": "more_than", "crossed": "more_than",  # "the toll climbed past 8,000"
    "tops": "more_than", "passes": "more_than", "exceeds": "more_than", "surpasses": "more_than",
    "crosses": "more_than",  # a headline's present: "Death toll tops 5,000"
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "not less than": "at_least", "a minimum of": "at_least", "not fewer than": "at_least",
    "up to": "at_most", "as many as": "at_most", "at most": "at_most", "no more than": "at_most",
    "not more than": "at_most", "a maximum of": "at_most", "as much as": "at_most",
    "fewer than": "less_than", "less than": "less_than", "under": "less_than",
    "below": "less_than", "just under": "less_than",
    "about": "approximately", "around": "approximately", "some": "approximately",
    "roughly": "approximately", "approximately": "approximately", "approx.": "approximately",
    "an estimated": "approximately", "estimated": "approximately", "nearly": "approximately",
    "almost": "approximately", "close to": "approximately", "circa": "approximately", "near": "approximately",
    "around about": "approximately", "an approximate": "approximately", "~": "approximately",
    "in the region of": "approximately", "in the order of": "approximately", "on the order of": "approximately",
    "almost exactly": "exact", "exactly": "exact",
}  # fmt: skip

# Vague quantities: the interval each allows (documented in the README).
# "dozens" is at least two dozen and, in news usage, under a hundred.
VAGUE: dict[str, tuple[int, int]] = {
    "a few": (2, 9), "a handful": (2, 9), "several": (3, 9), "a couple": (2, 2),
    "a couple of": (2, 2), "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "millions": (2_000_000, 9_999_999),
}  # fmt: skip
# "several hundred", "a few thousand": multiplier x scale.
VAGUE_MULTIPLIERS: dict[str, tuple[int, int]] = {
    "a few": (2, 5), "several": (3, 9), "some": (2, 9), "many": (2, 9), "a couple of": (2, 2),
    "a couple": (2, 2),  # "a couple dozen homes"
}  # fmt: skip

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

# --- the grammar -------------------------------------------------------------

_WORD_NUMBER = r"""
    (?: (?:{units}|{tens}) (?:[-\s]+(?:{units}))? )           # 1..99: "twenty-four"
"""

_PATTERN = r"""
(?P<expr>
  (?:(?P<qual>{quals})(?:\s+|(?=\d))                       # qualifier: "more than" (PDF text: "least140")
     (?:(?:another|a\s+further|an\s+additional)\s+)? )?     # "at least another 20" (_ADDED must agree)
  (?:
     (?P<between>between)\s+(?P<lo>{core})\s+and\s+(?P<hi>{core})  # "between 10 and 15"
   | (?P<lo2>{core})                                           # first number
     (?: (?: \s*(?:-|–|—)\s*(?=\d) | (?:-|–|—)(?=[^\W\d])      # "10-15", "10 - 15", "ten-fifteen" ...
           | \s*(?:to|or)\s* )                                  # "10 to 15", "two or three" (never a dash
         (?P<hi2>{core}) )?                                    # between spaces before a word: "14:32 — Five")
   | (?P<vague>{vague})                                       # "dozens", "several hundred"
  )
  (?P<suffix>\s+or\s+(?:more|so)|\+|-plus|\s+plus(?!\s+\d))?  # "100 or more", "100+", "100-plus"
)
"""

_CORE = r"""
(?:
    (?:\d{{1,3}}(?:(?:,|\u00a0|\u2009|\u202f|\x20|{broken})\d{{3}})+(?![\d]) # 1,228 / 32 000 (space only before 3 digits)
     | \d+ )
    (?:\.\d+)?                                   # decimals, only meaningful with a scale
    (?:\s?(?:{scales_digit})(?![a-z]))?          # 1.5 million, 2.3m, 120k
  | (?:a\s+|one\s+)?half\s+(?:a\s+)?(?:million|billion|dozen)(?!s)  # half a million, half a dozen
  | (?:a\s+quarter\s+(?:of\s+)?a\s+million)        # a quarter of a million
  | (?:a|one|two|three|four|five|six)\s+dozen(?!s) # a dozen, two dozen
  | a\s+(?:hundred|thousand|million)(?!s)          # a hundred
     (?:(?:\s+and\s+|\s+|-)(?:{word})(?!s))*       # "a hundred and twenty" (never a comma: "a hundred, three of them")
  | {word}                                         # word numbers
     (?:(?:\s+|-|\s*,\s*|\s+and\s+)                # joined by space, hyphen, comma, "and"
        (?:{word}|hundred|thousand|million|billion)(?!s))*
)
"""


# "About 48, 500 people": a thousands comma followed by a space, as text copied
# from PDFs and forms breaks it, when the next group has three digits and ends
# the number; not after "May 25, " (a date, then a count: "May 25, 300 people"),
# nor before the words of a part ("wounded 232, 180 of them").
_BROKEN = (
    rf",\x20(?=\d{{3}}(?![\d,])(?!\s+(?:of|among|were|was|are|had|have|them|whom|including)\b))"  # not "232, 180 of them"
    rf"(?<!\b(?:{MONTHS})\.?\s+\d{{1,2}},\x20)"
)


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first (then alphabetical, so that the
    pattern is the same in every run), a space matching any run of white space.

    >>> _alternation(["up", "over", "about", "circa"])
    'about|circa|over|up'
    """
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=lambda p: (-len(p), p)))


@cache
def number_pattern() -> regex.Pattern[str]:
    """The compiled number grammar (compiled once)."""

    word = _WORD_NUMBER.format(units=_alternation(UNITS), tens=_alternation(TENS))
    core = (
        _CORE.format(
            scales_digit="million|billion|thousand|hundred|mln|mn|bn|m|k|lakhs?|crores?", word=word, broken=_BROKEN
        )
        .replace("{", "{{")
        .replace("}", "}}")
    )
    vague_scaled = (
        r"(?:" + _alternation(VAGUE_MULTIPLIERS) + r")\s+(?:dozen|hundred|thousand|million)(?!s)"
        r"|(?:" + _alternation(VAGUE) + r")"
    )
    source = (
        # not glued to a word, a decimal or an id, except where PDF extraction
        # lost the space after a qualifier ("at least140,000", "Around1.6 million")
        # ... or glued on after a verb ("displacedabout 4,400")
        r"(?:(?<![\w./#-]|\d,)|(?<=[a-z](?:ed|ing))(?=(?:about|around|over|some|nearly|almost|more\s+than|at\s+least)\s)|(?<=(?:least|than|around|about|over|some|between|nearly|almost|approximately|with|and|of|by))(?=\d))"
        + _PATTERN.format(quals=_alternation(QUALIFIER_WORDS), core=core, vague=vague_scaled)
        .replace("{{", "{")
        .replace("}}", "}")
        # "12th", "5km": glued letters are not ours, except the people nouns
        # that PDF-extracted reports glue on ("15,000people").
        + r"(?:(?=(?:people|persons|families|households)\b)|(?![\w]|[,./]\d))"
    )
    pattern = regex.compile(source, regex.VERBOSE | regex.IGNORECASE)
    # find_numbers reads the groups by position (a named lookup costs more than
    # the whole tuple): the order must be this one.
    assert tuple(pattern.groupindex) == _GROUPS, tuple(pattern.groupindex)
    return pattern


_GROUPS = ("expr", "qual", "between", "lo", "hi", "lo2", "hi2", "vague", "suffix")


def _word_set(*groups: str) -> frozenset[str]:
    return frozenset(word for group in groups for word in group.split())


# Words that end a _REJECT_BEFORE branch; the regex and its prefilter
# (_may_reject_before) are both built from these tables, so they agree.
_MONEY_BEFORE = ("us", "usd", "eur", "rs", "inr", "gbp")
_AGE_BEFORE = ("aged", "age", "ages")
_LABEL_BEFORE = _word_set(
    "no number nos flight route resolution article chapter section highway road room block level grade phase category"
    " cat page vol volume decree law act unit platoon brigade battalion division regiment squad camp sector km mile"
    " zone district ward cell bus train line interstate hwy exit runway gate pier terminal"
)
# Labels written with a full stop ("No. 5", "Vol. 3"); after any other word a full
# stop ends the sentence ("in the district. Five were injured").
_LABEL_ABBREVIATIONS = ("no", "nos", "vol", "cat", "hwy", "rte", "art", "sec", "ch", "pg", "p", "pp")
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# The words that say no one of those counted after them: "none of the 40", "no one among the 40" (_REJECT_BEFORE's
# denominator branch is written from them, and _may_reject_before tests them).
_NONE_WORDS = (
    "none",
    "neither",
    "no one",
    "nobody",
    "no casualties",
    "no deaths",
    "no injuries",
    "no fatalities",
    "no survivors",
)
_NONE_PATTERN = "|".join(w.replace(" ", r"\s+") for w in _NONE_WORDS)
# One person's children or grandchildren: "the other, a father of three, was wounded" counts no one hurt
# (singular only: "mothers of 12 missing students" may name the students).
_KIN_BEFORE = ("father", "mother", "parent", "grandfather", "grandmother", "grandparent", "dad", "mom", "mum")
_REJECT_BEFORE = regex.compile(
    rf"""
    (?: (?P<money>[$£€¥₹]|\b(?:{"|".join(_MONEY_BEFORE)})\.?)\s*$                   # $5, US$ 5
      | (?P<date>\b(?:{MONTHS})\s*$|\b(?:{"|".join(_MONTH_ABBREVIATIONS)})\.\s*$)   # July 25, Aug. 5
      | (?P<age>\b(?:{"|".join(_AGE_BEFORE)})\s*(?:\d{{1,3}}\s*(?:and|to|or|-|–|,)\s*)?$)  # aged 12 and 14
      | (?P<ref>\[\s*$)                                                              # [12]
      | (?P<denominator>\b(?:{_NONE_PATTERN})
                          \s+(?:of|among)\s+                                   # none of the 40 passengers
          (?:(?:the|these|those|its|their|our|his|her)\s+)?(?:[\w-]+['’]s\s+)?$)  # no one among the ship's 12
      | (?P<population>\b(?:population|inhabitants|residents)\s+of\s*$)               # a population of 4,500
      | (?P<kin>\b(?:{"|".join(_KIN_BEFORE)})\s+of\s*$)                              # a father of three
      | (?P<label>\b(?:{"|".join(sorted(_LABEL_BEFORE))})\s*$|\b(?:{"|".join(_LABEL_ABBREVIATIONS)})\.\s*$)  # flight 17, No. 5
      | (?P<page>\]\s*:\s*$)                                                          # [7]: 44, a page cited
      | (?P<time>\b\d{{1,2}}[:.]$)                                                   # 10:30
      | (?P<previous>\b(?:up|down)\s+from\s*$)                                      # 702, up from 690
    )
    """,
    # Read backwards from the number: every branch ends where it does, so a
    # match anchored there replaces a search through the whole window.
    regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
)
# The last word before a number, by what it may end: a word in none of these
# (most: "killed", "the", "people") ends no branch of _REJECT_BEFORE.
_BEFORE_LAST_WORDS: frozenset[str] = frozenset(
    {*_MONEY_BEFORE, *MONTHS.split("|"), *_AGE_BEFORE, *_LABEL_BEFORE, *_LABEL_ABBREVIATIONS, "none"}
)
_BEFORE_NEEDS_AGE = frozenset({"and", "to", "or"})  # "aged 12 and 14"
_BEFORE_NEEDS_NONE = frozenset({"the", "these", "those", "its", "their", "our", "his", "her"})  # "none of the 40"
_BEFORE_OF_WORDS = (
    "population",
    "inhabitants",
    "residents",
    *_KIN_BEFORE,
)  # "population of 4,500", "a father of three" (and _NONE_WORDS: "none of 40")


def _may_reject_before(before: str) -> bool:
    """False when _REJECT_BEFORE cannot match ``before`` (most numbers: "killed 12").

    Must agree with _REJECT_BEFORE (tests/test_numbers_prefilter.py checks it):
    every branch ends in a symbol, a digit and a colon or point, or one of the
    words above, then spaces.
    """
    tail = before.rstrip()
    if not tail:
        return False
    last = tail[-1]
    if last.isdigit():
        return False  # no branch ends in a digit ("10:" and "10." end in the mark)
    if not last.isalpha():
        return last not in ",-–" or "age" in before.lower()  # "$", "[", "10:"; "aged 12," / "aged 12-"
    word = tail.rsplit(None, 1)[-1].lower()
    if not word.isascii() or not word.isalpha():
        return True  # "(no", "uſ": let the regex read it
    if word in _BEFORE_LAST_WORDS:
        return True
    if word in _BEFORE_NEEDS_AGE:
        return "age" in before.lower()
    if word in _BEFORE_NEEDS_NONE or word == "among":
        low = before.lower()
        return any(w in low for w in _NONE_WORDS)
    if word == "of":
        low = before.lower()
        return any(w in low for w in _BEFORE_OF_WORDS) or any(w in low for w in _NONE_WORDS)
    return word == "from"  # "up from 690": a count before, not this one


_REJECT_AFTER = regex.compile(
    rf"""
    ^(?: (?P<percent>\s*(?:%|per\s*cent|pc\b|percentage))                            # 40%
      | (?P<money>\s*(?:dollars?|euros?|pounds?|rupees?|yuan|yen|naira|shillings?|francs?|dinars?|usd|eur|gbp|bucks)\b)
      | (?P<date>(?:\s*(?:and|-|–|to)\s*\d{{1,2}})?[\s,]*(?:of\s+)?(?:{MONTHS})\b)     # 25 July, 12 and 13 November
      | (?P<age>-?\s*(?:years?|yrs?|months?)[-\s]*old\b|-year\b|\s*years?\s+of\s+age)  # 12-year-old
      | (?P<time>\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'clock|hrs\b|hours\b|gmt\b|utc\b|h\b|local\s+time)|:\d  # 5 p.m.
              |\s*(?-i:(?:[ECMP][SD]T|AK[SD]T|HST|BST|CES?T|AES?T|AEDT|IST|WAT|EAT|SAST)\b))         # at 612 PST
      | (?P<label>\s+(?:[\p{{Lu}}][\w-]*\s+){{0,3}}(?:battalion|brigade|division|regiment|squadron|platoon)\b)  # 101 Battalion
      | (?P<duration>[-\s]+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|decades?|centuries|nights?)\b)
      | (?P<measure>(?:\s+and\s+(?:a|one)[-\s](?:half|quarter|third))?[-\s]*(?:km2|km²|mi2|mi²|m2|m²|sq\.?\s*(?:km|mi|miles?)|yards?|yds?|km|kms|kilomet(?:er|re)s?|miles?|mi|met(?:er|re)s?|feet|foot|ft|inch(?:es)?|cm|mm|kg|kilos?|kilograms?|tons?|tonnes?|lbs?|litres?|liters?|gallons?|hectares?|ha|acres?|sq|square|mph|kph|km/h|knots?|degrees?|°|mw|kw|gw|mb|gb|hpa|megawatts?|kilowatts?|gigawatts?|volts?|kwh|mwh|millimet(?:er|re)s?|centimet(?:er|re)s?|cubic|barrels?|mu|dunams?|donums?|feddans?)\b)
      | (?P<magnitude>[-\s]*(?:magnitude|richter|on\s+the\s+richter))              # 7.1-magnitude
      | (?P<ref>\s*\])                                                            # [12]
      | (?P<compound>-(?!\d)\w|\s+(?:story|storey|stories|storeys|bedroom|bedrooms)\b)  # 3-day, 5-storey, G-20
      | (?P<ordinal>(?:st|nd|rd|th)\b)
      | (?P<places>(?!\s*\n[^\S\n]*(?-i:\p{{Lu}}))                                # (not the next line's label:
                                                                                    # "Affected: 9,500\nSchools ...")
          (?:\s+(?!(?:people|persons|in|at|from|and|or|to|of|were|was|are|the|who|had|have|across|over|throughout
                               |within|among|into|for|by|on|under|near|around|between)\b)[^\W\d][\w-]*){{0,2}}?
          \s+(?:camps|centres|centers|sites|settlements|provinces|districts|villages|towns|cities|countries|regions
               |(?<!united\s)states|counties|municipalities|communities|localities|neighbourhoods|neighborhoods
               |hospitals|schools|locations|islands|prefectures|governorates|shelters)\b)  # "in 21 camps", "three
                                                                                    # provinces" (not "two United
                                                                                    # States citizens")
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# _REJECT_AFTER's branches, by the lower-case word they can start with after one
# space. Must agree with _REJECT_AFTER: when the text after a number is a space and
# a lower-case word that is in none of these sets, and none of the next words is a
# military unit or a place noun, no branch can match and the regex is not run
# (most numbers: "254 people", "12 killed"). tests/test_numbers_prefilter.py checks
# the two against each other.
_AFTER_FIRST_WORDS: frozenset[str] = _word_set(
    "per pc percent percentage",  # percent
    "dollar dollars euro euros pound pounds rupee rupees yuan yen naira shilling shillings franc francs dinar"
    " dinars usd eur gbp bucks",  # money
    "and to of",  # date ("12 and 13 November", "25 of July")
    "year years yr yrs month months",  # age
    "am a.m a.m. pm p.m p.m. a p o'clock hrs hours hour gmt utc h local",  # time
    "second seconds minute minutes min mins day days week weeks decade decades centuries night nights",  # duration
    "km2 km² mi2 mi² m2 m² yard yards yd yds km kms kilometer kilometers kilometre kilometres mile miles mi meter meters metre metres feet foot ft inch"
    " inches cm mm kg kilo kilos kilogram kilograms ton tons tonne tonnes lb lbs litre litres liter liters gallon"
    " gallons hectare hectares ha acre acres sq square mph kph km/h knot knots degree degrees mw kw gw mb gb hpa"
    " megawatt megawatts kilowatt kilowatts gigawatt gigawatts volt volts kwh mwh millimeter millimeters"
    " millimetre millimetres centimeter centimeters centimetre centimetres cubic barrel barrels"
    " mu dunam dunams donum donums feddan feddans",  # measure (land: Chinese mu, Levantine dunam, Egyptian feddan)
    "magnitude richter on",  # magnitude
    "story storey stories storeys bedroom bedrooms",  # compound
    MONTHS.replace("|", " "),  # date ("25 July")
)
_AFTER_LATER_WORDS: frozenset[str] = _word_set(
    "battalion brigade division regiment squadron platoon",  # label
    "camps centres centers sites settlements provinces districts villages towns cities countries regions states"
    " counties municipalities communities localities neighbourhoods neighborhoods hospitals schools locations"
    " islands prefectures governorates shelters",  # places
)
_SPACES_AND_COMMAS = re.compile(r"[\s,]*")


@cache
def _first_word_prefix() -> re.Pattern[str]:
    """A word of _AFTER_FIRST_WORDS at the start, not followed by a letter (the regex's word ends)."""
    alternation = "|".join(re.escape(w) for w in sorted(_AFTER_FIRST_WORDS, key=len, reverse=True))
    return re.compile(r"(?:" + alternation + r")(?![a-z])")


def _may_reject_after(after: str) -> bool:
    """False when _REJECT_AFTER cannot match ``after`` (see _AFTER_FIRST_WORDS)."""
    if after[:1] == ",":
        # only the date branch may start with a comma: "25, July" / ", of July"
        lead = _SPACES_AND_COMMAS.match(after)
        rest = after[lead.end() if lead else 0 :].lower()
        return rest.startswith("of") or _first_word_prefix().match(rest) is not None
    if after[:1] != " " or not after[1:2].islower():
        return True  # glued, punctuation, a capital, more space: let the regex read it
    low = after.lower()
    # "o'clock" in "o'clock-July", "a.m." in "a.m.,"; a later word anywhere, not only
    # among the next four (more often True than needed, never False when needed)
    return _first_word_prefix().match(low, 1) is not None or _later_word().search(low) is not None


@cache
def _later_word() -> re.Pattern[str]:
    """A word of _AFTER_LATER_WORDS anywhere, between non-letters."""
    alternation = "|".join(re.escape(w) for w in sorted(_AFTER_LATER_WORDS, key=len, reverse=True))
    return re.compile(r"(?<![a-z°])(?:" + alternation + r")(?![a-z°])")


_METRES_AFTER = regex.compile(r"\s*(?:of|high|long|wide|deep|tall|away|from|above|below|thick)\b", regex.I)
# A change from one count to another: "the toll rose from 12 to 31" holds two numbers, the
# previous count (rejected as _REJECT_BEFORE's "up from 690" is) and the new one, no range.
_CHANGE_FROM_BEFORE = regex.compile(
    r"\b(?:rose|risen|rises|rising|increased|increases|increasing|climbed|climbs|climbing|jumped|jumps|grew|grown"
    r"|soared|went\s+up|gone\s+up|fell|fallen|dropped|declined|decreased"
    # a count changed by someone, its noun between: "revised the number of missing down from 340 to 212",
    # "lowered the death toll from 31 to 28"
    r"|(?:revised|lowered|raised|updated|adjusted|corrected|reduced|cut)(?:\s+[^\W\d][\w'’-]*){0,5}?"
    r"|upwards?|downwards?|down)"
    r"\s+(from|by)\s+\Z",  # "rose from 12 to 31", "rose by 12 to 340": no range
    regex.IGNORECASE,
)
_OF_AFTER = regex.compile(r"\s+of\b", regex.IGNORECASE)  # "a couple of" is a vague few; "a couple" two people
_YEAR_BEFORE = regex.compile(r"\b(?:in|since|from|until|till|by|during|of|year|early|late|mid)\s+\Z", regex.I)
_AGE_GROUP_BEFORE = regex.compile(r"\b(?:children|kids|babies|infants|boys|girls|aged|those|adults)\s+\Z", regex.I)
# Small patterns of parse_number, compiled once.
_TOKEN_SPLIT = regex.compile(r"[\s,-]+")
_DIGITS_FULL = regex.compile(
    r"(?P<num>\d[\d, ]*(?:\.\d+)?)\s?(?P<scale>million|billion|thousand|hundred|mln|mn|bn|m|k|lakhs?|crores?)?"
)
_SEPARATORS = regex.compile(r"[, ]")
_DOZEN = regex.compile(r"(a|one|two|three|four|five|six) dozen")
_A_SCALE = regex.compile(r"a (hundred|thousand|million)")
_SPACE_OR_COMMA = regex.compile(r"[,\s]")
# What may follow a bare four-digit number for it to be a count, not a year.
_PEOPLE_AFTER = regex.compile(
    r"^\s+(?:people|persons|civilians|residents|families|households|individuals|others|more|dead|killed|injured"
    r"|wounded|displaced|deaths|casualties|houses|homes|buildings|soldiers|children|women|men|refugees|migrants)\b",
    regex.I,
)
# "Ricardo Campos, 30, died": a number between commas after a name is an age.
_NAME_COMMA = regex.compile(r"[\p{Lu}][\w'’-]+\s*,\s*\Z")
# "The boy, 12, was ...", "Two cousins, 14 and 16, drowned": numbers between commas after a noun for
# people are their ages. These two patterns must agree on how the items of a list are joined.
_AGES_BEFORE = regex.compile(
    r"""(?<![\w'’-])(?P<noun>[a-z][\w'’-]*)\s*,\s*  # the noun and its comma
        (?P<items>(?:\d{1,3}\s*(?:,\s*and\s+|,\s*|\s+and\s+))*)\Z  # ages before this one: "8, 10 and "
    """,
    regex.X,
)
_AGES_AFTER = regex.compile(
    r"""(?P<items>(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)\d{1,3}(?![\d,.]\d))*)  # ages after it: ", 10 and 12"
        \s*(?P<close>[,;.)])(?!\d)  # then the aside closes
    """,
    regex.X,
)


_EMERGENCY_NUMBERS = frozenset({911, 999, 112, 119, 110, 100, 101, 102, 108})
_EMERGENCY_AFTER = regex.compile(
    r"\s*(?:emergency|calls?|callers?|calling|cent(?:er|re)s?|dispatch\w*|operators?|lines?|system|services?"
    r"|numbers?|hotlines?|communications|ambulance)\b",
    regex.IGNORECASE,
)
# "Rider 2 was injured", "the rig Delta 9 sank": a capitalised word and digits is
# a name when the verb after it is singular, or when "the" stands before the
# name and no counted noun follows the digits. Not "In Gaza 12 people died".
_NAME_BEFORE = regex.compile(r"(?-i:(?<![\w.])[\p{Lu}][\p{L}-]+)[ \t]\Z")
_THE_NAME_BEFORE = regex.compile(r"(?-i:\b[Tt]he\s+(?:[a-z]+\s+)?(?:[\p{Lu}][\p{L}-]+\s+){1,2})\Z")
_SINGULAR_VERB_AFTER = regex.compile(r"[ \t]+(?:was|is|has)\b")
_NAME_END_AFTER = regex.compile(r"(?:\s*[,;:)]|\.(?!\d)|[ \t]+(?-i:[a-z]+\b)(?<![a-z]s))")


def _is_name(before: str, after: str, value: int | None) -> bool:
    """Digits that end a name ("Rider 2 was injured", "the rig Delta 9 sank"), not a count.

    >>> _is_name("The tanker Delta ", " sank and", 9), _is_name("Rider ", " was hurt", 2)
    (True, True)
    >>> _is_name("In Gaza ", " people died", 12), _is_name("the Haiti ", " dead", 12)
    (False, False)
    """
    if not before.endswith((" ", "\t")) or not _NAME_BEFORE.search(before):
        return False
    if value != 1 and _SINGULAR_VERB_AFTER.match(after):
        return True
    if not _THE_NAME_BEFORE.search(before):
        return False
    m = _NAME_END_AFTER.match(after)
    if m is None:
        return False
    word = m.group().strip().lower()
    return word not in _COUNTED_AFTER and word.rstrip("ed") not in ("di", "kill", "wound", "injur")


# Words after digits that make them a count, whatever stands before ("the Haiti 12 dead").
_COUNTED_AFTER = frozenset(
    {"people", "dead", "killed", "injured", "wounded", "died", "men", "women", "children", "others", "more", "missing"}
)


class Number(NamedTuple):
    """One number expression: its interval and where it stands.

    A named tuple, not a dataclass: one is built for every number of every
    sentence read, and a tuple is built three times faster. Immutable all the same.
    """

    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    start: int  # span of the whole expression, qualifier included
    end: int
    reject: str | None = None  # why this is not a count of people (year, date, age, ...)

    @property
    def accepted(self) -> bool:
        return self.reject is None


def _word_value(words: str) -> int | None:
    """Value of a run of English number words.

    >>> _word_value("twenty-four")
    24
    >>> _word_value("two hundred and fifty-four thousand")
    254000
    >>> _word_value("one million, two hundred thousand")
    1200000
    """
    total = current = 0
    seen = False
    last = ""
    for token in _TOKEN_SPLIT.split(words.lower()):
        if token in ("", "and", "a"):
            continue
        if token in UNITS and (last in UNITS or (last in TENS and UNITS[token] >= 10)):
            return None  # "two three four" is a list, not a number
        if token in TENS and (last in UNITS or last in TENS):
            return None
        last = token
        if token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in ("thousand", "million", "billion"):
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def sum_qualifier(qualifiers: Iterable[str]) -> str:
    """The qualifier of a sum of figures with these qualifiers.

    >>> sum_qualifier(["exact", "exact"]), sum_qualifier(["exact", "at_least"]), sum_qualifier(["about", "exact"])
    ('exact', 'at_least', 'approximately')
    """
    quals = set(qualifiers)
    if quals == {"exact"}:
        return "exact"
    return "at_least" if quals <= {"exact", "at_least", "more_than"} else "approximately"


def parse_number(text: str) -> int | None:
    """Value of one number without qualifier: digits, scales, words.

    >>> parse_number("32\u00a0000"), parse_number("2.3m"), parse_number("120k"), parse_number("1.2bn")
    (32000, 2300000, 120000, 1200000000)
    >>> parse_number("a dozen"), parse_number("two dozen"), parse_number("a hundred")
    (12, 24, 100)
    >>> parse_number("7.1") is None  # a decimal without a scale is no head count
    True
    """
    plain = text.replace(",", "")
    if plain.isascii() and plain.isdigit() and text[0].isdigit():
        return int(plain)  # most numbers: "254", "1,228"; the value the grammar below gives
    t = " ".join(text.lower().split())
    m = _DIGITS_FULL.fullmatch(t)
    if m:
        digits = _SEPARATORS.sub("", m["num"])
        scale = SCALES[m["scale"]] if m["scale"] else 1
        whole, _, frac = digits.partition(".")
        if frac and scale == 1:
            return None
        value = int(whole) * scale + (int(frac) * scale) // (10 ** len(frac)) if frac else int(whole) * scale
        return value
    if "half" in t:
        return 6 if t.endswith("dozen") else SCALES[t.rsplit(" ", 1)[-1]] // 2  # "half a dozen" is six
    if "quarter" in t:
        return 250_000
    m = _DOZEN.fullmatch(t)
    if m:
        return (UNITS.get(m[1], 1)) * 12
    m = _A_SCALE.fullmatch(t)
    if m:
        return SCALES[m[1]]
    return _word_value(t)


def _vague_interval(text: str) -> tuple[int, int]:
    t = " ".join(text.lower().split())
    if t in VAGUE:
        return VAGUE[t]
    mult, _, scale = t.rpartition(" ")
    lo, hi = VAGUE_MULTIPLIERS[mult]
    unit = 12 if scale == "dozen" else SCALES[scale]
    return lo * unit, hi * unit


def _interval(qualifier: str, value: int) -> tuple[int | None, int | None]:
    if qualifier in ("at_least", "more_than"):
        return value, None
    if qualifier in ("at_most", "less_than"):
        return None, value
    if qualifier == "exact":
        return value, value
    return None, None


# A preposition of place right before a count (maybe with a qualifier): "in 36 shelters", "to some 21 shelters".
_PLACE_PREP = regex.compile(
    r"\b(?:in|at|to|into|across|between|among|from|inside)\s+(?:(?:about|some|around|nearly|over|more\s+than)\s+)?\Z",
    regex.IGNORECASE,
)


_BARE_SHELTERS = regex.compile(r"\s+shelters", regex.IGNORECASE)


def _reject_reason(text: str, start: int, end: int, digits: bool, value: int | None) -> str | None:
    before = text[max(0, start - 24) : start]
    after = text[end : end + 48]
    m = _REJECT_AFTER.match(after) if _may_reject_after(after) else None
    if m and m.lastgroup == "places" and _BARE_SHELTERS.fullmatch(m.group()) and not _PLACE_PREP.search(before):
        m = None  # a camp's dwellings, not places people stay in: "Fire destroyed 300 shelters" ("moved to 21
        # shelters", "opened 32 emergency shelters": places)
    if m and (digits or m.lastgroup != "label"):  # "101 Battalion" names a unit; "one Reserve Battalion officer" counts
        return str(m.lastgroup)
    m = _REJECT_BEFORE.match(before) if _may_reject_before(before) else None
    if m and (digits or m.lastgroup != "date") and not (m.lastgroup == "label" and _NUMBER_VERB_BEFORE.search(before)):
        return str(m.lastgroup)  # ("On 12 June nine people were killed": nine is a count)
    if digits and value in _EMERGENCY_NUMBERS and _EMERGENCY_AFTER.match(after):
        return "phone"  # "the 911 centre", "999 calls"
    if digits and _is_name(before, after, value):
        return "name"
    if value is None:
        return "decimal" if digits else "not_a_number"
    if (
        digits
        and 1000 <= value <= 2100
        and not _SPACE_OR_COMMA.search(text, start, end)
        and not _PEOPLE_AFTER.match(after)
    ):
        return "year"
    if value < 120 and after.lstrip(" ").startswith(",") and _NAME_COMMA.search(before):
        return "age"
    if digits and value < 120 and "," in before[-12:] and _ages_after_noun(before, after):
        return "age"
    if (
        digits
        and value < 125
        and before.endswith(" at ")
        and _DEATH_AT_BEFORE.search(before)
        and not _WORD_AFTER_AGE.match(after)
    ):
        return "age"  # "died at 94", "before her death at 102" (not "died at 3 hospitals")
    if before.endswith((" in ", " in every ", " out of ")) and _ONE_IN_BEFORE.search(before):
        return "ratio"  # "1 in 6 pupils": the share's denominator, no count (the "1" is a rate: context._RATE)
    if digits and len(text[start:end]) > 1 and text[start] == "0":
        return "time"  # "0600": a clock time or an id, never a head count
    if before.endswith("(") and after.startswith(")"):
        return "bracketed"
    if value < 120 and before.endswith(" of ") and _PERSON_OF_AGE.search(before) and _AGE_END_AFTER.match(after):
        return "age"  # "a retired schoolteacher, a widow of 70, was stabbed": her age, no count
    if value == 1 and before.endswith(" of ") and _of_one_family(before, after):
        return "one_family"  # "five members of one family", "three generations of one family": no count
    return None


# One person of an age: "a widow of 70", "a man of 45" (not "a family of five", "a father of three": kin's)
_PERSON_OF_AGE = regex.compile(
    r"\b(?:an?|the)\s+(?:widow|widower|man|woman|pensioner|retiree|veteran|grandmother|grandfather)\s+of\s+\Z",
    regex.IGNORECASE,
)
_AGE_END_AFTER = regex.compile(r"\s*[,);]|\s+(?:was|is|had|has|who)\b")  # (not "the widow of one man")
# "(members|generations|relatives) of one family": the one counts the family the people are of.
_FAMILY_AFTER = regex.compile(r"[ \t]+(?:family|household|clan|extended\s+family)\b", regex.IGNORECASE)
_PLURAL_OF_BEFORE = regex.compile(r"\b[a-z]+s\s+of\s+\Z", regex.IGNORECASE)


def _of_one_family(before: str, after: str) -> bool:
    """ "members of one family": the number before a family's noun after a plural's "of".

    >>> _of_one_family("Five members of ", " family were killed"), _of_one_family("killed ", " family")
    (True, False)
    """
    return _PLURAL_OF_BEFORE.search(before) is not None and _FAMILY_AFTER.match(after) is not None


# "number" as the verb of a toll, not a label: "the displaced now number 45,000", "the dead number 40"
# (not "flight number 17", "the number 5 bus").
_NUMBER_VERB_BEFORE = regex.compile(
    r"\b(?:now|still|currently|already|together|collectively|officially|reportedly|[a-z]+ed|dead|missing|homeless"
    r"|refugees|idps|casualties|victims|fatalities|deaths|evacuees)\s+number\s*\Z",
    regex.IGNORECASE,
)
_DEATH_AT_BEFORE = regex.compile(r"\b(?:died|dies|death|passed\s+away)\s+at\s+\Z", regex.IGNORECASE)
_WORD_AFTER_AGE = regex.compile(r"[ \t]+(?!years?\b)[a-z]")  # "at 3 hospitals": a count of places
_ONE_IN_BEFORE = regex.compile(r"(?<![\w.,])(?:1|one)\s+(?:in|out\s+of)\s+(?:every\s+)?\Z", regex.IGNORECASE)


def _ages_after_noun(before: str, after: str) -> bool:
    """Whether the number is one of the ages in an aside after a noun for people.

    >>> _ages_after_noun("The boy, ", ", was hacked"), _ages_after_noun("Two cousins, 14 and ", ", drowned")
    (True, True)
    >>> _ages_after_noun("The soldiers, ", ", police said"), _ages_after_noun("killed two soldiers, ", " civilians")
    (False, False)
    """
    b = _AGES_BEFORE.search(before)
    if b is None:
        return False
    a = _AGES_AFTER.match(after)
    if a is None:
        return False
    noun = b.group("noun")
    if not (b.group("items") or a.group("items")):  # one age: after one person ("The boy, 12, was ...")
        return a.group("close") == "," and noun in PERSON
    return noun in PEOPLE_PLURAL and noun not in _COLLECTIVE


# Plural nouns for people that a list of numbers after them counts in parts ("victims, 12 and 4, ..."
# is not said of ages): only nouns of individuals take a list of ages.
_COLLECTIVE = frozenset({"people", "persons", "others", "individuals", "civilians", "residents", "families"})


# Words that hold a number by themselves: every expression holds digits or one of these.
_ANCHOR_WORDS: frozenset[str] = frozenset(
    {*UNITS, *TENS, *SCALES, "dozen", "dozens", "scores", "hundreds", "thousands", "millions", "several", "few",
     "handful", "couple", "half", "quarter"}
)  # fmt: skip


@cache
def _anchor_pattern() -> re.Pattern[str]:
    """Digits and the words every number expression holds, for lower-cased text.

    The full grammar is slow to try at every position (about 0.4 MB/s); this
    plain alternation runs in the standard library's engine, and the grammar is
    then tried only in a window around each anchor.
    """
    # as a trie (shared prefixes merged): a quarter faster to scan than the flat
    # alternation, with the same matches (the longest word that ends at a boundary)
    return re.compile(r"\d+|\b(?:" + trie_pattern(sorted(_ANCHOR_WORDS)) + r")\b")


# How far before its anchor an expression may start ("not fewer than", "between").
_REACH_BEFORE = 32
# A count added to one told before, after a qualifier: "at least another 20", "some a further 300"
# (the grammar's _PATTERN holds the same words after its qualifier).
_ADDED = r"(?:(?:another|a\s+further|an\s+additional)\s+)"
_REACH_AFTER = 160


@cache
def _prefix_tail() -> re.Pattern[str]:
    """The words that may begin an expression before its anchor, ending at the anchor.

    "more than" in "more than 5", "a" in "a dozen", "more than a" in "more than
    a dozen", "tens of" in "tens of thousands". Its leftmost match is where an
    expression may start: the grammar is tried there alone (one anchored match)
    instead of searched for over the whole reach. When nothing matches, no
    expression starts before the anchor and the grammar is tried at the anchor:
    most numbers ("254 people") are read in one anchored match.
    """
    # Must agree with the grammar's openings (a qualifier, then "between", a
    # vague phrase or a core) and with its left edge (not glued to a word, except
    # a qualifier after "-ed"/"-ing" in PDF text: "displacedabout 4,400"). It may
    # match where the grammar does not (the grammar is then searched for), never
    # the other way round.
    openers = {"between", "a", "one"}
    for phrase in (*VAGUE, *(f"{m} hundred" for m in VAGUE_MULTIPLIERS)):
        words = phrase.split()
        openers |= {" ".join(words[:i]) for i in range(1, len(words)) if words[i] in _ANCHOR_WORDS}

    quals, opens = _alternation(QUALIFIER_WORDS), _alternation(openers)
    return re.compile(
        rf"(?:(?<![\w./#-])|(?<=[a-z]ed)|(?<=[a-z]ing))"  # the grammar's left edge, or PDF glue
        rf"(?:(?:{quals})\s*{_ADDED}?(?:(?:{opens})\s*)?|(?:{opens})\s*)\Z"  # "more than a ", "a ", "least"
    )


def _matches(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The grammar's matches in ``text[start:end]``, found from anchors.

    At each anchor not yet read: the first match that holds the anchor and starts
    between the end of the last match (or ``_REACH_BEFORE`` before the anchor)
    and the anchor.
    """
    low = text[start:end].lower()
    pattern = number_pattern()
    if len(low) != end - start:  # lower-casing changed lengths: read everything
        yield from pattern.finditer(text, start, end)
        return
    prefix_tail = _prefix_tail()
    last_end = start
    for a in _anchor_pattern().finditer(low):
        at = start + a.start()
        if at < last_end:
            continue
        reach = min(end, at + _REACH_AFTER)
        lo = max(last_end, at - _REACH_BEFORE)
        tail = prefix_tail.search(low, lo - start, a.start())
        m = pattern.match(text, at if tail is None else start + tail.start(), reach)
        if m is None and tail is not None:
            # a tail the grammar does not take ("Somalia 5"): the first start after it, up to the anchor
            m = pattern.search(text, start + tail.start() + 1, reach)
            if m is not None and not m.start() <= at < m.end():
                m = None
        if m is None:
            continue
        last_end = m.end()
        yield m


_SCALE_WORDS = "|".join(sorted(SCALES, key=len, reverse=True))  # (one list: SCALES)
_SCALE_AT_END = re.compile(rf"(?:\s+|(?<=\d))({_SCALE_WORDS})\Z", re.I)
_HAS_SCALE = re.compile(rf"(?i)(?<![a-z])(?:{_SCALE_WORDS}|dozen)(?![a-z])")


def _with_shared_scale(lo_text: str, hi_text: str) -> int | None:
    """The low end of a range read with the scale its high end names, when it names none of its own
    ("between 1 and 2 million": 1,000,000; "1.5 to 2m": 1,500,000), else None.

    >>> _with_shared_scale("1", "2 million"), _with_shared_scale("two", "three thousand")
    (1000000, 2000)
    >>> _with_shared_scale("500", "2,000"), _with_shared_scale("1 million", "2 million")
    (None, None)
    """
    scale = _SCALE_AT_END.search(hi_text.strip())
    if scale is None or _HAS_SCALE.search(lo_text):
        return None
    return parse_number(f"{lo_text.strip()} {scale[1]}")


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[Number]:
    """Every number expression in ``text[start:end]``, offsets into ``text``."""
    found: list[Number] = []
    stop = len(text) if end is None else end
    for m in _matches(text, start, stop):
        _, qual, _, lo, hi, lo2, hi2, vague, suffix = m.groups()  # in _GROUPS' order
        m_start, m_end = m.span()
        qual_word = qual.lower() if qual else ""
        qualifier = QUALIFIER_WORDS.get(" ".join(qual_word.split()), "exact") if qual_word else "exact"
        if suffix:
            suffix = suffix.strip().lower()
            if suffix in ("or more", "+", "-plus", "plus"):
                qualifier = "at_least" if suffix == "or more" else "more_than"
            elif suffix == "or so":
                qualifier = "approximately"
        lo_text = lo or lo2
        hi_text = hi or hi2
        if vague:
            if " ".join(vague.lower().split()) == "a couple" and not _OF_AFTER.match(text, m_end):
                found.append(Number(2, 2, 2, "exact", m_start, m_end))  # "a couple was hurt": two people
                continue
            vague_low, vague_high = _vague_interval(vague)
            found.append(Number(None, vague_low, vague_high, "vague", m_start, m_end))
            continue
        value = parse_number(lo_text)
        if (
            hi_text is not None
            and (scaled := _with_shared_scale(lo_text, hi_text)) is not None
            and (top := parse_number(hi_text)) is not None
            and scaled <= top
        ):
            value = scaled  # "between 1 and 2 million", "1.5 to 2m": the high end's scale is both ends'
        digits = lo_text[0].isdigit()
        reject = _reject_reason(text, m_start, m_end, digits, value)
        if reject is None and lo_text.rstrip().lower().endswith("m") and _METRES_AFTER.match(text, m_end):
            reject = "measure"  # "1.5m of road", "2m high": metres, not millions
        if (
            reject is None
            and digits
            and value is not None
            and 1000 <= value <= 2100
            and lo_text.isdigit()  # "in 1,326 homeless people" is a count
            and _YEAR_BEFORE.search(text, max(0, m_start - 12), m_start)
        ):
            reject = "year"  # "Floods in 2019 displaced 300 people"
        if qual_word in ("under", "over", "below", "above") and _AGE_GROUP_BEFORE.search(
            text, max(0, m_start - 30), m_start
        ):
            reject = "age"  # "children under 5"
        if (
            hi2 is not None
            and not qual_word
            and (now := parse_number(hi2)) is not None
            and (change := _CHANGE_FROM_BEFORE.search(text, max(0, m_start - 60), m_start))
            and text[m.end("lo2") : m.start("hi2")].strip().lower() == "to"
        ):
            # "rose from 12 to 31": the count before (no figure) and the count now; "rose by 12 to 340":
            # the difference (no count of its own) and the count now
            why = "previous" if change[1].lower() == "from" else "change"
            found.append(Number(value, value, value, "exact", m_start, m.end("lo2"), reject or why))
            found.append(Number(now, now, now, "exact", m.start("hi2"), m_end, None))
            continue
        if (
            hi2 is not None
            and value is not None
            and (reject in ("year", "date") or (lo_text.isdigit() and 1800 <= value <= 2100))  # (most ranges: no)
            and text[m.end("lo2") : m.start("hi2")].strip().lower() == "to"
            and (now := parse_number(hi2)) is not None
            and (
                (reject in ("year", "date") and (now < value or not hi2.isdigit()))  # ("from 2000 to 5000": a range)
                or now < value
            )
        ):
            # "the total since 2019 to 75", "since March 2021 to 40", "since the war began in 2011 to 500,000":
            # a year then a count, no range of years
            found.append(Number(value, value, value, "exact", m_start, m.end("lo2"), reject or "year"))
            h_start = m.start("hi2")
            h_reject = _reject_reason(text, h_start, m_end, hi2[0].isdigit(), now)
            found.append(Number(now, now, now, "exact", h_start, m_end, h_reject))
            continue
        if hi_text is not None:
            high_value = parse_number(hi_text)
            if value is None or high_value is None or high_value <= value:
                # "3-1", "24/7"-like: a score or an id, never a range of people
                reject = reject or "not_a_range"
            if reject is None and value is not None and high_value is not None:
                if digits and 1800 <= value <= 2100 and 1800 <= high_value <= 2100:
                    reject = "year"
                found.append(Number(value, value, high_value, "range", m_start, m_end, reject))
                continue
        if value is not None and value < 0:
            reject = "negative"
        low, high = _interval(qualifier, value) if value is not None else (None, None)
        found.append(Number(value, low, high, qualifier, m_start, m_end, reject))
    if text.find("couple", start, stop) >= 0:
        found = _with_described_couples(text, start, stop, found)
    return found


# "an elderly couple", "a young married couple": two people, as "a couple" is (not "a couple of").
_DESCRIBED_COUPLE = regex.compile(r"\b[Aa]n?\s+(?:[a-z][\w-]*\s+){1,2}couple\b(?!\s+of\b)")


def _with_described_couples(text: str, start: int, end: int, found: list[Number]) -> list[Number]:
    """``found`` and a count of two for each couple described by an adjective, in text order.

    >>> [(n.value, n.start, n.end) for n in find_numbers("A landslide killed an elderly couple.")]
    [(2, 19, 36)]
    """
    added = [
        Number(2, 2, 2, "exact", m.start(), m.end())
        for m in _DESCRIBED_COUPLE.finditer(text, start, end)
        if not any(n.start < m.end() and m.start() < n.end for n in found)
    ]
    return sorted(found + added, key=lambda n: n.start) if added else found
