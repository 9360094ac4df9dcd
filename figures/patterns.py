"""The pattern extractor: numbers linked to trigger words by small gap grammars.

A document is read in three steps. A cheap pass (Aho-Corasick over the
lower-cased text) finds the sentences that hold a trigger word; only those are
read further. In each, the number grammar (figures.numbers) and the trigger
lexicon (figures.lexicon) mark their mentions, and a number is linked to the
trigger before it ("killed 254 people") or after it ("254 people were killed")
when the words between them fit one of the gap patterns below.

>>> [(f.category, f.value, f.qualifier, f.text) for f in extract("Quake kills 300 in Iran")]
[('killed', 300, 'exact', 'kills 300')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from figures import context, grammar, lexicon
from figures import lazyregex as regex  # compiled on first use: see figures/lazyregex.py
from figures.figure import CATEGORY_RANK, Figure
from figures.grammar.gaps import AUX as _AUX
from figures.grammar.gaps import NP_WORD as _NP_WORD
from figures.grammar.gaps import WORD as _WORD
from figures.grammar.gaps import Gap as _Gap
from figures.grammar.gaps import Link as Link
from figures.grammar.gaps import Mention as Mention
from figures.grammar.gaps import gap as _gap
from figures.grammar.gaps import head_after as _head_after
from figures.grammar.gaps import head_noun as _head
from figures.grammar.gaps import words_after as _words_after
from figures.grammar.share import OF_THEM_AFTER as _OF_THEM_AFTER
from figures.grammar.subjects import SUBJECT_AND_ONE
from figures.lexicon import (
    DEPARTURE_PLACES,
    HOUSE_CATEGORIES,
    NOT_VICTIMS,
    UNITS,
    Trigger,
)
from figures.numbers import Number, find_numbers, sum_qualifier
from figures.sentences import sentence_span

# --- gap grammars ------------------------------------------------------------

# number ... trigger: "254 people were killed", "12 civilians, including 3 children, died",
# "5,300 families (32,000 people) in Taiz were displaced", "800 internally displaced
# Syrians" (empty gap). Must agree with _np_words below, which reads the head noun
# out of the same noun-phrase words (everything before the first chunk).


# Clause characters below: no clause punctuation, but "18,000" stays one number.
_CHUNK = r"""
    (?: \s* \[ [^\[\]]{1,12} \]                                    # a reference marker "[9]"
      | \s* \( [^()]{0,120} \)                                     # "(mostly women)", "(about 2,400 people)"
      | \s* , \s* (?-i:\p{Lu})[\w'’.-]* (?: \s+ (?-i:\p{Lu})[\w'’.-]* ){0,4} (?= \s* , )  # ", Alhaji Umar Bubaram,"
      | \s* , \s* the \s+ (?:whole|entire) \s+ population \s+ of \s+ (?: [^,;:()] | \( [^()]{0,60} \) ){0,100}? (?= \s* , )
                                                                    # ", the whole population of X (Y),"
      | \s* , \s* (?: including | among\s+them | among\s+whom | most | many | some | all | both | mostly | aged
                    | mainly | almost\s+all | or | majority | the\s+majority | nearly | about | around
                    | (?:[^,;:()]|(?<=\d),(?=\d)){0,40}? \b of\s+(?:them|whom|which) )
            \b (?: (?:[^,;:()]|(?<=\d),(?=\d)){0,80}? ,                           # ", including three children,"
                 | (?: (?!\b(?:where|which|who|when|while)\b) [^,;:()\d] ){0,60}? )  # ", mostly women and children"
      | \s+ including \s+ (?:[^,;:()]|(?<=\d),(?=\d)){0,80}?                          # "including a 9-month-old baby"
      | \s* [-–—]+ \s* [^-–—;:()]{0,80}? \s* [-–—]+                # "- three of them from one family -"
      | \s+ or \s+ (?:[^,;:()]|(?<=\d),(?=\d)){0,40}?                                 # "2,400 families or 7,900 people"
      | \s+ (?:in|from|of|at|across|near|living\s+in|throughout|around|with|under|working\s+for|on\s+the) \s+
            (?:(?:the|a|an)\s+)? (?!(?:the|a|an)\b)[\w'’.-]+
            (?: \s+ (?!(?:were|was|have|has|had|are|is)\b)[\w'’.-]+ ){0,4}    # "in Bima city"
            (?: \s*,\s* (?:and\s+)? (?-i:\p{Lu})[\w'’.-]*
                (?: \s+ (?:and\s+)? (?-i:\p{Lu})[\w'’.-]* ){0,3} ){0,8}     # ", Jiangsu, and Zhejiang"
    )
"""
SUBJECT_GAP = regex.compile(
    rf"""
    (?: \s+ of \s+ (?:them|whom|those|these|the\s+[\w'’-]+) )?  # "12 of them", "12 of the passengers"
    (?P<np> {_NP_WORD}{{0,5}} )                                 # noun phrase: "Syrian army soldiers"
    (?: \s+ of \s+ (?:the\s+|a\s+|an\s+)? (?P<ofhead>[^\W\d][\w'’-]*) (?: \s+ (?!(?:{_AUX})\b)[^\W\d][\w'’-]* ){{0,3}} )?
                                                                # "members of a militia group"
    (?: {_CHUNK} ){{0,3}}                                       # parentheticals and places
    (?: [\s,]+ (?:{_AUX}|on\s+\w+day|yesterday|today|overnight|last\s+\w+|this\s+\w+|registered\s+as
               |recorded\s+as|counted\s+as|reported\s+as) ){{0,5}}   # "have been", "were on Tuesday"
    (?: {_CHUNK} ){{0,2}}                                       # "staying in 224 temporary shelters"
    (?: \s* \[ [^\[\]]{{1,12}} \] )*
    [\s,]*
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# verb ... number: "killed 254", "injured another 1,228", "killing a total of 12".
OBJECT_GAP = regex.compile(
    r"""
    (?: \s+ | (?<=[a-z]) )                                  # PDF text glues the object on: "displacedabout 4,400"
    (?: (?:an?\s+)? (?:further|additional|another|other|total\s+of|reported|reportedly|estimated|staggering
                     |whopping|record|overall|combined|unknown\s+number\s+of,?|all|both) \s+ )*   # "another", "all six"
    (?: (?:an?|the|his|her|their) \s+ (?:entire\s+|whole\s+)? family \s+ of \s+ )?  # "a family of seven"
    (?: (?:at\s+least|up\s+to)\s+ )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# running total ... number: "the death toll rose to 12", "toll of 12", "Deaths: 243",
# "the death toll from the attack has risen to 40".
TOLL_GAP = regex.compile(
    r"""
    (?: \s+ (?-i:[a-z]{3,}(?:ed|ing)) (?=\s+(?:in|at|on|from|across|within|with|by)\s)  # "(refugees) registered (in X)
        (?=[^.;:–—]{0,80}?\b(?:has|have|had|is|was|rose|risen|stood|stands|reached|climbed)\b) )?  # (has risen to N)"
    (?P<pp> \s+ (?:from|in|of|after|following|among|for|on|since|caused\s+by|by|during|throughout|across|within|over
              |(?:linked|attributed|related|due|connected|tied)\s+to|blamed\s+on|associated\s+with) \s+
        (?: (?!(?:rose|rises|risen|climbed|reached|stood|stands|is|was|has|had)\b)
            (?!of\s+(?:\d|(?:about|around|some|over|nearly|almost|at|more|up)\b))  # (its number's "of")
            (?: [\w'’-]+ (?:\.\d+)? | \( [^()]{1,60} \) ) [\s,]+ ){0,8}? )?   # "from the attack", "in three days of
                                                                    # violence", "(between 1 June and 22 August)",
                                                                    # "from Friday's magnitude 5.9 quake in the hills"
    (?: \s+ (?:so\s+far\s+)? (?:this|last) \s+ (?:year|month|week|weekend|season|winter|summer|spring|autumn
                                               |fall|monsoon) )?    # "the death toll this year", "this winter"
    (?P<verbs> (?: \s* ,? \s* (?:has|have|had|is|was|now|also|further|officially|reportedly|already|then|since|later
                    |so\s+far|thus\s+far|currently|climbing|would|could|might|may|likely|expected\s+to|to|be
                    |been|reached|stands?|stood|rose|risen|rises|climbed|climbs|jumped|increased|increases|grew|grown
                    |hit|hits|surpassed|exceeded|topped|numbered|numbers|totalled|totaled|totals|passed|crossed
                    |tops|passes|crosses|surpasses|exceeds|nears|upward|upwards\s+to|downward|downwards|down
                    |ranged|ranges|range|ranging                               # "ranged between 40 and 60"
                    |soared|mounted|neared|approached|remained|remains|went\s+up|put|estimated|revised|raised
                    |fell|fallen|falls|fall                                    # "has fallen to 3,100"
                    |climb|rise|increase|jump|stand|total|exceed|top|near
                    |raises|raising|up|upwards|sharply|dramatically|steadily|confirmed|reported|stand|included
                    |includes|are|were|reach|reaching|hitting|rising|topping|nearing|exceeding|surpassing|standing
                    |increasing|[a-z]{3,}e[dn](?=\s+(?:at|to|as)\b))\b )+ )?           # "was finalized at", "coded as"
    \s* (?P<link> to | at | by | of | as | : | = | - | – | is | was | were | are
           | (?:from|by)\s+(?:[^,;]|(?<=\d),(?=\d)){1,20}\s+to )? \s*   # "rose from 5,000 to (8,500)", "by 12 to"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A modal before the trigger makes the figure a possibility, never a fact
# ("could kill up to 1,000", "may have died").
MODAL_BEFORE = regex.compile(
    r"""
    \b (?:(?-i:could|would|might|may|can|will)                  # lower case: "3 May killed five" is a date
        |threatens?\s+to|threatened\s+to|threatening\s+to|risk|risks|risking   # (were lost in the comment above)
        |likely\s+to|expected\s+to|feared\s+to|set\s+to|plans?\s+to|planning\s+to|aims?\s+to|intends?\s+to
        |would\s+have|could\s+have|might\s+have|may\s+have|enough\s+to|capable\s+of|designed\s+to
        |planned\s+to|preparing\s+to|prepared\s+to|prepares?\s+to|ready\s+to|seeking\s+to|sought\s+to
        |seeks?\s+to|trying\s+to|tried\s+to|tries\s+to|attempting\s+to|attempted\s+to|vowed\s+to|vows?\s+to
        |wants?\s+to|wanted\s+to|intended\s+to|aimed\s+to|hoping\s+to|hoped\s+to  # intentions
        |not\s+to|never\s+to|refused\s+to|declined\s+to|failed\s+to)              # "asked not to arrest"
    (?: \s+ (?:have|be|been|potentially|possibly|still|also|eventually|even|easily|soon) )*
    \s+ $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "killed a U.N. peacekeeper and six civilians", "killed him and three other worshippers"
_ONE_AND = regex.compile(
    r"""
    \s+ (?: (?:an?|the|his|her|one) \s+ (?: [\w.'’-]+ \s+ ){0,4}? [\w.'’-]+ | him | her | them )   # "a U.N. peacekeeper"
    \s+ and \s+ (?: (?:an?\s+)? (?:further|other|another|additional) \s+ )?                          # "and"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# A figure while it is being put together; made a frozen Figure once, at the end.
Draft = dict[str, Any]


# --- the cheap pass ----------------------------------------------------------
# Words PDF extraction glues onto a trigger ("weredisplaced", "displacedabout 4,400").
_GLUED_LEFT = (
    "were",
    "was",
    "had",
    "have",
    "been",
    "are",
    "is",
    "be",
    "already",
    "newly",
    "new",
    "internally",
    "recently",
    "also",
    "still",
)
_GLUED_RIGHT = ("about", "around", "more", "over", "some", "nearly", "almost", "people", "up", "at")
# White space of any kind counts as the single space the lexicon's phrases hold.
# The characters of `regex`'s [^\S ] (tests/test_mentions.py checks every code
# point), written out for the standard library's engine: twice as fast here, and
# its own \s would also take U+001C to U+001F.
_FLAT = re.compile("[\t\n\x0b\x0c\r\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_RUNS = re.compile(r"  +")


def _lower(text: str) -> str:
    # Offsets must survive lower-casing; a few characters ("İ") grow, so fall
    # back to a per-character mapping that keeps length.
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[:1] or c for c in text)
    if low.isascii():  # (most text: str.replace is four times faster than the regex's sub)
        for c in "\t\n\x0b\x0c\r":  # _FLAT's ASCII characters
            if c in low:
                low = low.replace(c, " ")
        return low
    return str(_FLAT.sub(" ", low))


def _edges_ok(text: str, low: str, start: int, end: int) -> bool:
    n = len(low)
    left = start == 0 or not (low[start - 1].isalnum() or low[start - 1] in "-_")
    if not left and start >= 2 and low[start - 1] == "-" and low[start - 2].isdigit() and text[start].isupper():
        left = True  # a wire story's slug: "UPDATE 2-Toll in ... climbs to 19"
    if not left:  # "weredisplaced"
        left = any(
            low.endswith(w, 0, start) and (start - len(w) == 0 or not low[start - len(w) - 1].isalnum())
            for w in _GLUED_LEFT
        )
    right = end >= n or not (low[end].isalnum() or low[end] == "_")
    if not right:  # "displacedabout", "fledShirqat"
        right = low.startswith(_GLUED_RIGHT, end) or text[end].isupper()
    return left and right


def find_mentions(text: str, low: str | None = None) -> list[Mention]:
    """Every trigger phrase in the document, leftmost-longest, whole words only.

    One Aho-Corasick pass; text with runs of spaces (PDF extraction) is read a
    second time with the runs squeezed, so "death  toll" is still a phrase.
    """
    low = _lower(text) if low is None else low
    table = lexicon.phrases()
    auto = lexicon.phrase_automaton()
    found: list[tuple[int, int, str]] = []
    for end, (spelling, phrase) in auto.iter(low):
        start = end - len(spelling) + 1
        if _edges_ok(text, low, start, end + 1):
            found.append((start, end + 1, phrase))
    if "  " in low:
        for lo, hi in _around_runs(low, lexicon.longest_spelling(), _phrase_runs(low)):
            squeezed, where = _squeeze(low[lo:hi])
            for end, (spelling, phrase) in auto.iter(squeezed):
                if " " in spelling:
                    start, stop = lo + where[end - len(spelling) + 1], lo + where[end] + 1
                    if _edges_ok(text, low, start, stop):
                        found.append((start, stop, phrase))
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    mentions: list[Mention] = []
    taken = 0  # the end of the last phrase kept, an idiom's included
    for start, stop, phrase in found:
        if start >= taken and (phrase not in _DEPARTURES or _DEPARTURE_AFTER.match(text, stop)):
            taken = stop
            if entries := table[phrase]:  # (an idiom has none: it only hides the trigger words in it)
                mentions.append(Mention(start, stop, entries))
    return mentions


# "left" is a departure only before a place: "4,500 people left eastern Aleppo",
# "left the city"; "had left" also at a clause's end ("500 of the 4,000 villagers
# had left."). Never "left 12 dead", "left homeless", "left the meeting".
_DEPARTURES = frozenset({"left", "had left", "have left", "has left"})
_DEPARTURE_AFTER = regex.compile(
    rf"""
    \s+ (?: (?i:eastern|western|northern|southern|central|east|west|north|south|besieged|rebel-held) \s+ )?
        (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June
             |July|August|September|October|November|December|I|The|A|An)\b) \p{{Lu}}          # "Aleppo"
    | \s+ (?i:the|their) \s+ (?: (?i:besieged|rebel-held|eastern|western|northern|southern|old) \s+ )?
        (?i:{"|".join(DEPARTURE_PLACES)}) \b                                            # "the city"
    | (?<= (?i:\bha(?:d|s|ve)) \s+ (?i:left) ) \s* (?: [.;,] | $ )                  # "had left."
    """,
    regex.VERBOSE,
)


def _phrase_runs(low: str) -> Iterator[re.Match[str]]:
    """The runs of spaces in ``low`` that a phrase may span: between the end of one of its
    words and the start of the next (lexicon.space_neighbours), as "death  toll".

    Paragraph breaks ("said.\n\nThe") are runs too: most are passed over here, not squeezed.

    >>> [m.start() for m in _phrase_runs("the death  toll.  rain fell  softly")]
    [9]
    """
    before, after = lexicon.space_neighbours()
    last, first = lexicon.space_neighbour_edges()
    for m in _RUNS.finditer(low):
        start, end = m.span()
        if low[start - 1 : start] not in last or low[end : end + 1] not in first:
            continue  # a cheap first test: most runs follow a full stop (paragraph breaks)
        right = low.find(" ", end)
        if low.endswith(before, low.rfind(" ", 0, start) + 1, start) and low.startswith(
            after, end, len(low) if right < 0 else right
        ):
            yield m


def _around_runs(low: str, reach: int, runs: Iterable[re.Match[str]] | None = None) -> Iterator[tuple[int, int]]:
    """The stretches of ``low`` within ``reach`` characters of a run of spaces (of ``runs``,
    when given), overlapping ones joined.

    A phrase that only matches with a run squeezed holds the run, and its
    characters outside runs are at most ``reach`` (its spelling's length), so
    it lies in one stretch; a stretch never starts or ends inside a run (a run
    there would have joined its own stretch), so squeezing the stretch alone
    gives a piece of the squeezed document. Text with one double space (PDF
    text, "said.  The") is squeezed and read again near its runs, not whole.
    """
    lo = hi = -1
    for m in _RUNS.finditer(low) if runs is None else runs:
        if hi < 0 or m.start() - reach > hi:
            if hi >= 0:
                yield lo, hi
            lo = max(0, m.start() - reach)
        hi = min(len(low), m.end() + reach)
    if hi >= 0:
        yield lo, hi


def _squeeze(low: str) -> tuple[str, list[int]]:
    """``low`` with space runs cut to one space, and each kept character's offset in ``low``."""
    where: list[int] = []
    parts: list[str] = []
    pos = 0
    for m in _RUNS.finditer(low):
        parts.append(low[pos : m.start() + 1])
        where.extend(range(pos, m.start() + 1))
        pos = m.end()
    parts.append(low[pos:])
    where.extend(range(pos, len(low)))
    return "".join(parts), where


# --- linking -----------------------------------------------------------------


# The words MODAL_BEFORE's matches end with, before their final white space: a window that ends
# otherwise (most do: "people were killed") is not searched (the search costs several µs).
_MODAL_LAST_WORDS = (
    "could", "would", "might", "may", "can", "will", "to", "risk", "risks", "risking", "have", "of",
    "be", "been", "potentially", "possibly", "still", "also", "eventually", "even", "easily", "soon",
)  # fmt: skip


def _ends_without(window: str, words: tuple[str, ...]) -> bool:
    """Whether ``window`` surely ends in none of ``words`` followed by white space.

    Only an ASCII end is judged (``str.lower`` is then exactly the patterns' case-insensitive
    reading); ``str.isspace`` takes every character ``regex``'s ``\\s`` does, and a few more.

    >>> _ends_without("people were ", _MODAL_LAST_WORDS), _ends_without("could be ", _MODAL_LAST_WORDS)
    (True, False)
    >>> _ends_without("could", _MODAL_LAST_WORDS), _ends_without("ſtill ", ("still",))
    (True, False)
    """
    last = window.rstrip()
    if len(last) == len(window):
        return True  # no white space at the end
    tail = last[-16:]
    return tail.isascii() and not tail.lower().endswith(words)


def _modal(text: str, sentence_start: int, trigger_start: int) -> bool:
    """A possibility about the future ("could kill up to 1,000"): never a figure."""
    lo = max(sentence_start, trigger_start - 60)
    if _ends_without(text[lo:trigger_start], _MODAL_LAST_WORDS):
        return False
    m = MODAL_BEFORE.search(text, lo, trigger_start)
    return m is not None and _PAST_MODAL.search(m.group()) is None


# A possibility carried through coordination: "could kill up to 1,000 people and leave
# 200,000 homeless", "planned to kill 50 and wound 100": a modal or an intention, then
# within one clause (no comma, no full stop) "and" and at most one word before the figure;
# or a modal and its verb right before a figure whose trigger follows ("could leave 300 homeless").
MODAL_CHAIN = regex.compile(
    r"""
    \b (?:(?-i:could|would|might|may|can|will)                    # lower case: "12 May" is a date
        |(?:plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|threaten(?:s|ed|ing)?
          |intend(?:s|ed)?|aim(?:s|ed)?|expected|likely|set)\s+to) \s+
    (?: (?:[^,.;:()]|(?<=\d)[,.](?=\d)){1,80}?          # the first verb and its object: "kill up to 1,000 people"
        \b (?:and|or) \s+ (?:[^\W\d][\w'’-]*\s+)?       # "and leave", "or"
      | (?:leave|make|render|force|drive|send|affect|put|cause)\s+ )  # or a verb of result: "could leave (300 homeless)"
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# A toll's future value, not its count: "the toll could reach tens of thousands", "is expected to rise to 50"
# (TOLL_GAP reads these words so that the number is not left to another reading).
_TOLL_MODAL = regex.compile(
    # a modal, then a verb of growth: "could be 600" is an estimate of the count, and "may have reached 80"
    # one of what happened; both are read as the gap grammars read them
    r"\b(?:(?-i:could|would|might|may|will)|likely\s+to|expected\s+to|feared\s+to|set\s+to|projected\s+to)"
    r"\s+(?:further\s+|still\s+)?(?:reach|rise|climb|increase|exceed|top|surpass|hit|grow|double|mount|go\s+up)\b",
    regex.IGNORECASE,
)
# Rules whose number is a number expression (not a person named without one).
_COUNT_RULES = frozenset({"verb_number", "number_verb", "number_noun", "toll_number", "event_number", "along_with"})


@lru_cache(maxsize=1)
def _of_things() -> regex.Pattern[str]:
    """ "dozens of trees", "hundreds of vehicles": a count of things after "of" counts no victims."""
    return regex.compile(
        rf"\s+of\s+(?:the\s+)?(?:[^\W\d][\w'’-]*\s+){{0,2}}?(?:{lexicon.trie_pattern(sorted(NOT_VICTIMS))})\b",
        regex.IGNORECASE,
    )


# The words MODAL_CHAIN opens with (its modals, its verbs of intention and their stems).
_CHAIN_OPENERS = (
    "could", "would", "might", "may", "can", "will", "plan", "prepar", "threaten", "intend", "aim", "expected",
    "likely", "set",
)  # fmt: skip
_CHAIN_LAST_WORDS = ("and", "or", "leave", "make", "render", "force", "drive", "send", "affect", "put", "cause")


def _chain_ruled_out(window: str) -> bool:
    """Whether ``window`` surely ends otherwise than MODAL_CHAIN's matches: "and" or "or", maybe one
    word after it, or a verb of result, then white space (most windows: the search costs several µs).

    >>> _chain_ruled_out("could kill 5 and leave "), _chain_ruled_out("could leave "), _chain_ruled_out("were ")
    (False, False, True)
    """
    last = window.rstrip()
    if len(last) == len(window) or not last:
        return True
    if not last.isascii():
        return False  # (str.lower is the patterns' case-insensitive reading of ASCII only)
    words = last.lower().rsplit(None, 1)
    return not words[-1].endswith(_CHAIN_LAST_WORDS) and not (len(words) == 2 and words[0].endswith(("and", "or")))


def _in_modal_chain(text: str, sentence_start: int, start: int) -> bool:
    """Whether the figure starting at ``start`` is the second of a modal's coordinated verbs."""
    lo = max(sentence_start, start - 120)
    window = text[lo:start]
    if _chain_ruled_out(window):
        return False
    if window.isascii() and not any(w in window.lower() for w in _CHAIN_OPENERS):
        return False  # (no modal nor verb of intention before it: most figures after "and")
    m = MODAL_CHAIN.search(text, lo, start)
    while m is not None and _REPORTED_AFTER_MODAL.match(m.group()) is not None:
        m = MODAL_CHAIN.search(text, m.start() + 1, start)  # a modal inside the reported clause still counts
    return m is not None and _PAST_MODAL.search(m.group()) is None


# A modal whose own verb says or knows, then a that-clause: the modal is the speaker's, the clause
# reports what happened ("Police can confirm that two were killed and 14 injured", "will recall
# that the floods flooded 48,000 homes and claimed 13 lives"), so no verb in it is a possibility.
_REPORTED_AFTER_MODAL = regex.compile(
    r"""
    (?i: could|would|might|may|can|will ) \s+ (?: now \s+ | also \s+ )?   # the modal
    (?i: confirm|say|tell|report|recall|remember|note|add|state|reveal|show|know|see|assure|announce
       |verify|tell\s+you|assure\s+you ) \s+                             # its verb of saying or knowing
    (?: [^\W\d][\w'’-]* \s+ )?                                            # maybe its object: "tell the House"
    that \b                                                               # the clause it reports
    """,
    regex.VERBOSE,
)


def _possible(text: str, start: int, trigger_start: int) -> bool:
    """A possibility about the past ("may have died") in ``text[start:trigger_start]``: a figure, marked
    ``modality = possible``; not a modal of another clause ("the rebels must have planted the bomb that
    injured three people") nor of the sentence before."""
    modals = list(_PAST_MODAL.finditer(text, start, trigger_start))
    # (the last one, nearest the trigger)
    return bool(modals) and _OTHER_CLAUSE.search(text, modals[-1].end(), trigger_start) is None


# What ends a modal's own clause before a figure's trigger: a comma, a clause word ("the attack, in which
# three were hurt", "planted the bomb that injured three").
_OTHER_CLAUSE = regex.compile(r"[,;:]|\b(?:and|but|which|that|who|whom|where|when|while|after|before)\b", regex.I)


# "may have died", "could have been killed": uncertain, but about what happened
_PAST_MODAL = regex.compile(r"\b(?:may|might|could|must)\s*have\b", regex.IGNORECASE)  # "mayhave" in PDF text


# A field of an infobox or a table: "Injuries: 435" (the colon between a field's name and its count).
_LABEL_COLON = regex.compile(r"[ \t]*:[ \t]*")
_WORD_BEFORE = regex.compile(r"(?<![\w'’-])([^\W\d][\w'’-]*)[ \t]+\Z")


# "the number of people (in displacement sites)": a count of those an adjective trigger describes.
_NUMBER_OF_PEOPLE = regex.compile(
    r"\bnumber\s+of\s+(?P<head>people|persons|individuals|families|households|residents|those)\s+\Z", regex.IGNORECASE
)
# "the (total) number of (Palestinian) civilians (killed)": up to two words before the noun of people
_NUMBER_OF_COUNTED = regex.compile(
    r"\bnumber\s+of\s+(?:[^\W\d][\w'’-]*\s+){0,2}?(?P<head>[^\W\d][\w'’-]*)\s+\Z", regex.IGNORECASE
)


def _counted_head(head: str, category: str) -> bool:
    """Whether ``head`` names what a toll of ``category`` counts: houses for a house category, else
    people (a plural of people, families, households)."""
    low = head.lower()
    if category in lexicon.HOUSE_CATEGORIES:
        return low in lexicon.HOUSING
    return low in lexicon.PEOPLE_PLURAL or low in lexicon.UNITS or low in ("those", "individuals")


def _pp_then_number(g: _Gap, text: str, n: Number) -> bool:
    """Whether a toll's gap is its prepositional phrase and then straight the number, with no toll verb or
    link word between ("bodies from the lake and pulled 22"; not "toll from the storm rose to 13", nor the
    number's own "up to": "the toll from the storm up to 13"; "of" links a toll to its count)."""
    pp = g.group("pp")
    return (
        pp is not None
        and pp.split(None, 1)[0].lower() != "of"  # "death toll of 14", "the injury of its two occupants"
        and not g.group("verbs")
        and g.group("link") is None
        and not _NUMBER_LINK.match(text, n.start)
    )


_NUMBER_LINK = regex.compile(r"(?:up\s+)?to\b", regex.IGNORECASE)
_PERCENT_WORD = regex.compile(r"\b(?:percent|per\s+cent|percentage\s+points?)\b", regex.IGNORECASE)


def _link_left(
    text: str, t: Mention, n: Number, s_end: int, s_start: int, fields: grammar.Fields, *, sentence: grammar.Sentence
) -> Link | None:
    """trigger ... number; ``fields`` and ``sentence`` (the sentence, for the construction table's readings)."""
    people = None
    for entry in t.entries:
        if entry.role == "past" and entry.category in lexicon.HOUSE_CATEGORIES:
            label = fields.house_label(t, n)  # the construction table's house_label: "Structures destroyed: 488"
            if label is not None:
                return Link(n, t, entry, label[0], label[1], n.end, label[2])
        if (
            entry.role == "past"
            and text.find("umber", max(0, t.start - 60), t.start) >= 0  # (most: no "number" before the trigger)
            and (people := _NUMBER_OF_COUNTED.search(text, max(0, t.start - 60), t.start))
            and _counted_head(people["head"], entry.category)
        ):
            # "the number of civilians killed since May stands at 13,580", "the number of homes destroyed":
            # a participle after the number of any people (or houses, for a house category) is a toll
            gap, rule = TOLL_GAP, "toll_number"
        elif entry.role in ("past", "verb"):
            gap, rule = OBJECT_GAP, "verb_number"
            if entry.role == "past" and (along := fields.along_with(t, n)) is not None:
                gap, rule = None, along  # the construction table's along_with: "killed along with three bodyguards"
        elif entry.role in ("intrans", "adj") and (along := fields.along_with(t, n)) is not None:
            gap, rule = None, along  # "died alongside 12 of his men"
        elif entry.role in ("toll", "noun"):
            gap, rule = TOLL_GAP, "toll_number"
            # a bare participle as a running total only in a table or infobox ("Dead: 12")
            if " " not in entry.phrase and entry.phrase in _BARE_TOLLS and ":" not in text[t.end : n.start]:
                continue
        elif entry.role == "event":
            # the construction table's ("the evacuation of 5,000 residents": event_number); the head noun
            # after the count, as for verb_number (an act's phrase has no other entry)
            got = grammar.read_link(sentence, n, t, "left")
            if got is None:
                continue
            head, head_end = _head_after(text, n.end, s_end)
            return Link(n, t, got.entry, got.rule, got.start, max(got.end, head_end), head)
        elif (
            entry.role == "adj"
            and text.find("umber", max(0, t.start - 40), t.start) >= 0  # (most: no "number" before the trigger)
            and (people := _NUMBER_OF_PEOPLE.search(text, max(0, t.start - 40), t.start))
        ):
            # "the number of people in displacement sites has risen to 61,300": the number of those the
            # trigger describes is a toll
            gap, rule = TOLL_GAP, "toll_number"
        else:
            continue
        g = _gap(gap, text, t.end, n.start) if gap is not None else None  # (along_with: read by Fields)
        if gap is not None and g is None and not (rule == "verb_number" and _gap(_ONE_AND, text, t.end, n.start)):
            continue
        if rule == "toll_number" and g is not None and _pp_then_number(g, text, n):
            continue  # "9 bodies from the lake and pulled 22 survivors": the phrase ran into another clause
        if rule == "toll_number" and g is not None and _PERCENT_WORD.search(g.group("pp") or ""):
            continue  # "cut the risk of death by 27 percent in a trial of 8,000 patients": a change, then a sample
        head, head_end = _head_after(text, n.end, s_end)
        if (
            head is not None
            and text[head_end - len(head)].isupper()
            and _LABEL_COLON.fullmatch(text, t.end, n.start)
            and not (head in UNITS and text[head_end - len(head) : head_end].isupper())  # "Displaced: 450 HH"
        ):
            head, head_end = None, n.end  # "Injuries: 435 Structures destroyed: 488": the next field's name
        if people is not None:
            return Link(n, t, entry, rule, people.start(), max(n.end, head_end), head or people["head"].lower())
        if gap is None:  # (along_with: "two of his bodyguards"; never "alongside several reserves")
            along_head = fields.along_people(n, head, head_end, entry.category)
            if along_head is None:
                continue
            head, head_end = along_head
        if head is None and entry.role == "noun" and entry.phrase.rsplit(" ", 1)[-1] in UNITS:
            head = entry.phrase.rsplit(" ", 1)[-1]  # "Displaced households: 450" counts households
        if (
            head is not None
            and entry is not t.entries[-1]
            and lexicon.category_and_unit(entry.category, head) is None
            and any(
                lexicon.category_and_unit(e.category, head) is not None for e in t.entries[t.entries.index(entry) + 1 :]
            )
        ):
            continue  # "set ablaze 40 huts": not the phrase's killed entry, its houses one
        return Link(n, t, entry, rule, t.start, max(n.end, head_end), head)
    return _toll_frame(text, t, n, sentence) or _labelled_item(t, n, fields)


def _labelled_item(t: Mention, n: Number, fields: grammar.Fields) -> Link | None:
    """The construction table's label_list: "Displacement figures: Kessa 12,400; Dobo 8,150"."""
    item = fields.label_list(t, n)
    return None if item is None else Link(n, t, item[1], item[0], item[2], item[3], item[4])


def _toll_frame(text: str, t: Mention, n: Number, sentence: grammar.Sentence) -> Link | None:
    """The construction table's toll_number ("the number who have died has reached 41", "Killed people
    number reached 31", "the number of injured persons is 15"): its reading of the toll's words, then the
    toll's gap to the count (TOLL_GAP)."""
    got = grammar.read_link(sentence, n, t, "toll")
    if got is None or _gap(TOLL_GAP, text, got.end, n.start) is None:
        return None
    return Link(n, t, got.entry, got.rule, got.start, n.end, got.head)


def _is_active(text: str, t: Mention, s_end: int, known: dict[int, bool] | None = None) -> bool:
    """A verb followed by its object ("have killed at least 12", "killed a policeman").

    ``known`` remembers the answer per trigger within a sentence: every number
    before the same trigger asks it again.
    """
    if known is not None and t.end in known:
        return known[t.end]
    m = OBJECT_GAP.match(text, t.end, s_end)
    pos = m.end() if m else t.end
    active = bool(_OBJECT_START.match(text, pos, s_end))
    if known is not None:
        known[t.end] = active
    return active


_OBJECT_START = regex.compile(
    r"(?:more\s+than|at\s+least|over|some|about|around|nearly|almost|up\s+to|as\s+many\s+as)?\s*\d"
    # (not a time: "were killed a day after the ceasefire", "died a week later", "injured an hour before")
    r"|(?:an?|his|her)\s+(?!total\b|number\b|(?:day|week|month|year|night|hour|decade|fortnight)s?\b"
    r"|(?:few|couple)\s+(?:of\s+)?(?:days|hours|weeks|months|years)\b)",
    regex.IGNORECASE,
)


def _link_right(
    text: str,
    n: Number,
    t: Mention,
    s_start: int,
    s_end: int,
    known: dict[int, bool] | None = None,
    *,
    fields: grammar.Fields,
    sentence: grammar.Sentence,
) -> Link | None:
    """number ... trigger; ``sentence`` (the sentence, for the construction table's links)."""
    if fields.names_field(t):
        return None  # "Deaths: 4 Injuries: 435": a number before a field's name is the previous field's
    active = _is_active(text, t, s_end, known)
    for entry in t.entries:
        if active and entry.role in ("past", "adj"):
            continue  # "Two bombers have killed at least 12": the number before is the killers
        if entry.role == "noun":
            # the construction table's ("254 deaths", "1,100 displaced families": number_noun); with no
            # head of its own, the word after the trigger ("800 internally displaced Syrians")
            got = grammar.read_link(sentence, n, t, "noun")
            if got is None:
                continue
            head = got.head if got.head is not None else _head(_words_after(text, t.end, t.end + 40)[:1])
            return Link(n, t, got.entry, got.rule, got.start, got.end, head)
        elif entry.role in ("past", "adj", "intrans"):
            m = _gap(SUBJECT_GAP, text, n.end, t.start)
            if m is None and _AND_A.search(text, n.end, t.start):
                m = _gap(SUBJECT_AND_ONE, text, n.end, t.start)
            rule = "number_verb"
        elif entry.role == "event" and entry.phrase.split(" ", 1)[0] in _ACTS_OF_ONE:
            # "20 killings of journalists": a count of acts that each befall one person, "of" its people
            head, head_end = _head_after(text, t.end, s_end)
            if head is not None and (got := grammar.read_link(sentence, n, t, "noun")) is not None:
                return Link(n, t, got.entry, got.rule, n.start, head_end, head)
            continue
        else:
            continue
        if m is not None:
            np_words = _WORD.findall(m.group("np"))
            if np_words:
                head = _head(np_words)
            elif ofhead := m.groupdict().get("ofhead"):
                head = _head([ofhead])  # "dozens of houses were affected"
            else:
                head = _head(_words_after(text, t.end, t.end + 40)[:1])  # "800 internally displaced Syrians"
            return Link(n, t, entry, rule, n.start, t.end, head)
    # the construction table's links ("1,900 people were still in nine evacuation centres": number_in_shelter;
    # "brings to 274,000 the total number of people displaced": number_total_of; "forced more than 32,000 to
    # flee": cause_number_to_verb)
    got = grammar.read_link(sentence, n, t)
    if got is not None:
        return Link(n, t, got.entry, got.rule, got.start, got.end, got.head)
    return None


# Plural nouns of an act that befalls one person each, before "of" (lexicon role ``event``): a number before
# them counts victims ("20 deaths of migrants"); not "evacuations", "massacres" (one act, many people).
_ACTS_OF_ONE = frozenset(
    {"killings", "deaths", "murders", "executions", "slayings", "assassinations", "abductions", "kidnappings",
     "arrests", "detentions", "disappearances", "bodies"}
)  # fmt: skip
_BARE_TOLLS = grammar.words.BARE_TOLLS
_AUX_RE = regex.compile(r"\b(?:were|was|have|has|had|are|is|been)\b", regex.I)


# The number's own noun before its participle: " civilians ", " police officers " (no clause between).
_NOUN_ONLY = regex.compile(r"(?:\s+[^\W\d][^\W\d'’-]*(?:['’-][^\W\d]+)*){0,3}\s+")
_LABEL_SEP = regex.compile(r"\s*[:\-–—]\s*")  # "Casualties: ", "Casualties - "


# A count's noun and a relative clause in the pluperfect up to its verb: "two boys who had been (missing)".
_PLUPERFECT_RELATIVE = regex.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:who|that)\s+had\s+been\s+", regex.IGNORECASE)


def _choose(left: Link | None, right: Link | None, text: str) -> Link | None:
    if left is None or right is None:
        return left or right
    # "12 people were killed" (auxiliary) reads as a subject; otherwise the verb
    # before a number takes it as its object ("killed 5 injured 12").
    # "raised the casualty figures to 37 dead": the adjective right after the number
    if (
        right.entry.role in ("adj", "noun")
        and left.rule == "toll_number"
        and right.entry.category != left.entry.category
        and not text[right.number.end : right.mention.start].strip()
    ):
        return right
    if right.rule == "number_total_of" and left.rule == "toll_number":
        return right  # "found 4 bodies on Monday, bringing to 23 the number killed": the total named after it
    # "Casualties: 12 civilians killed": a label's toll noun, then the number's own noun and participle
    if (
        left.rule == "toll_number"
        and right.rule == "number_verb"
        and right.entry.role in ("past", "adj")
        and right.entry.category != left.entry.category
        and _LABEL_SEP.fullmatch(text, left.mention.end, left.number.start)
        and _NOUN_ONLY.fullmatch(text, right.number.end, right.mention.start)
    ):
        return right
    # "recovered the bodies of two boys who had been missing": a death before the count outlasts an
    # earlier state told by a relative clause in the pluperfect after it
    if (
        left.entry.category == "killed"
        and right.entry.category != "killed"
        and _PLUPERFECT_RELATIVE.fullmatch(text, right.number.end, right.mention.start)
    ):
        return left
    # "an attack that killed 90 had taken shelter": a bare number after a verb is
    # its object even when an auxiliary follows.
    bare = right.head is None and left.rule == "verb_number" and not text[left.mention.end : right.number.start].strip()
    if _AUX_RE.search(text, right.number.end, right.mention.start) and not bare:
        return right
    return left


def _category_and_unit(link: Link) -> tuple[str, str] | None:
    return lexicon.category_and_unit(link.entry.category, link.head)


_NEW_MARKER = regex.compile(r"(?<![\w-])(?:another|a\s+further|an\s+additional|further|additional)\s+\Z", regex.I)
# A part of one after a figure: "killed five civilians, including a pregnant woman" (_one_part reads the person
# noun among the words). Must agree with _SUBSET_ONE_ASIDE (the same part inside a subject).
_SUBSET_ONE = regex.compile(
    r"[\s,]*(?:including|among\s+them|among\s+whom|incl\.?)\s+(?P<np>(?:an?|one)\s+(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,2}))",
    regex.IGNORECASE,
)
# The same inside a subject, between commas: "Nine civilians, among them a pregnant woman, were shot dead"
_SUBSET_ONE_ASIDE = regex.compile(
    r"[^,;:]{0,40}?,\s*(?:including|among\s+them|among\s+whom)\s+(?P<np>(?:an?|one)\s+(?P<words>[\w'’-]+"
    r"(?:\s+[\w'’-]+){0,2}))\s*,",
    regex.IGNORECASE,
)


_AND_A = re.compile(r"\b(?:and|plus|as\s+well\s+as)\s+an?\s", re.IGNORECASE)  # SUBJECT_AND_ONE's joint, cheaply


def _is_person(head: str) -> bool:
    h = head.lower().strip("'’")
    return h in lexicon.PERSON or (len(h) > 4 and h.endswith(("ist", "man", "woman", "ian")))


def _figure(
    text: str,
    link: Link,
    s_start: int,
    s_end: int,
    value: int | None,
    low: int | None,
    high: int | None,
    qualifier: str,
    number_span: tuple[int, int],
    rule: str,
    category: str,
    unit: str,
    part_of: int | None = None,
) -> Draft:
    start = min(link.start, number_span[0], link.mention.start)
    end = max(link.end, number_span[1], link.mention.end)
    return dict(
        category=category, value=value, low=low, high=high, qualifier=qualifier, unit=unit,
        start=start, end=end, text=text[start:end],
        number_start=number_span[0], number_end=number_span[1],
        trigger=text[link.mention.start : link.mention.end],
        trigger_start=link.mention.start, trigger_end=link.mention.end,
        sentence_start=s_start, sentence_end=s_end, extractor="pattern", rule=rule,
        modality=link.entry.modality, part_of=part_of, group=None, source=None, cumulative=False,
        negated=False,
    )  # fmt: skip


def _one_part(text: str, fig: Draft, n: Number, link: Link, s_end: int) -> tuple[tuple[int, int], str] | None:
    """One person named as a part of a figure, after it ("killed five civilians, including a pregnant
    woman") or, for a subject, in an aside between its number and its verb ("Nine civilians, among them a
    pregnant woman, were shot dead"): the span from "a" to the first person noun of up to three words,
    and that noun; or None."""
    one = _SUBSET_ONE.match(text, fig["end"], s_end)
    if one is None and link.rule == "number_verb" and n.end < link.mention.start:
        one = _SUBSET_ONE_ASIDE.match(text, n.end, link.mention.start)
    if one is None:
        return None
    for w in _WORD.finditer(text, one.start("words"), one.end("words")):
        if _is_person(w.group()):
            return (one.start("np"), w.end()), w.group()
    return None


# A definite noun phrase whose relative clause holds the trigger: the victim is one told of before.
_KNOWN_VICTIM = regex.compile(r"(?i:the)\s+(?:[\w'’-]+\s+){1,3}?(?:who|that)\s+(?:was|were|had\s+been)\s+\Z")


def _implicit(
    text: str,
    mentions: list[Mention],
    used: set[int],
    s_start: int,
    s_end: int,
    taken: list[tuple[int, int]],
    sentence: grammar.Sentence,
) -> list[Draft]:
    """Figures of one (or two): "a journalist was killed", "killing a policeman", "shot his wife"."""
    found: list[Draft] = []
    for t in mentions:
        if t.start in used:
            continue
        for entry in t.entries:
            if entry.category in HOUSE_CATEGORIES or entry.modality or entry.category in lexicon.CIVILIAN_CATEGORIES:
                continue
            named = _persons_named(text, t, entry, s_start, s_end, sentence)
            if named is None:
                continue
            span, value = named
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue
            # "At least one Indian Reserve Battalion (IRB) officer was injured": the bound is the phrase's
            at_least = value == 1 and _AT_LEAST_ONE.match(text, span[0], span[1]) is not None
            if _modal(text, s_start, min(t.start, span[0])):
                continue
            if span[1] <= t.start and _KNOWN_VICTIM.match(text, span[0], t.start):
                continue  # "The barber who was killed is yet to be named": a victim counted before
            link = Link(
                Number(value, value, value, "exact", *span),
                t,
                entry,
                "implicit_singular",
                min(span[0], t.start),
                max(span[1], t.end),
                None,
            )
            found.append(
                _figure(
                    text,
                    link,
                    s_start,
                    s_end,
                    value,
                    value,
                    None if at_least else value,
                    "at_least" if at_least else "exact",
                    span,
                    "implicit_singular",
                    entry.category,
                    "people",
                )
            )
            break
    return found


_AT_LEAST_ONE = regex.compile(r"(?:at\s+least|no\s+fewer\s+than)\s+one\b", regex.IGNORECASE)


def _persons_named(
    text: str, t: Mention, entry: Trigger, s_start: int, s_end: int, sentence: grammar.Sentence
) -> tuple[tuple[int, int], int] | None:
    """Where the trigger ``t`` names its victims without a number: (span, how many), the first of the
    construction table's implicit_singular readings of one victim (grammar.read_victim), in its pattern's
    order, that the trigger's entry takes and that reads it, or None."""
    for reading in grammar.victim_readings_for(entry):
        if got := grammar.read_victim(sentence, t, reading, entry):
            return got
    return None


# "850 people displaced by flooding were evacuated": the participle is a reduced
# relative clause; the verb after it says what happened to the people counted.
REDUCED_RELATIVE = regex.compile(
    r"""
    \s+ (?:by|from|in|after|due\s+to|following|because\s+of) \s+
    (?: (?!\band\b) [^,.;:()\d] ){1,60}?                                           # "by flooding"
    \s+ (?:were|was|have\s+been|has\s+been|had\s+been|are|is) \s+                # "were"
    (?: [a-z]+ly \s+ )?                                                             # "later"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _subject_verb(t: Mention | None) -> Trigger | None:
    """The entry of ``t`` that takes a subject before it ("were killed", "died"), if any."""
    return next((e for e in t.entries if e.role in ("past", "adj", "intrans")), None) if t else None


# "and three more", "and two others" right before a place of care: the verb of the clause before left out.
_AND_MORE_BEFORE_CARE = regex.compile(r"\s+(?:more|others|other\s+people)\s+", regex.IGNORECASE)
_AND_JUST_BEFORE = regex.compile(r"\band\s+\Z", regex.IGNORECASE)


def _gapped_death(text: str, n: Number, link: Link, before: Link | None) -> bool:
    """Whether ``link`` reads "in hospital" as the injury of a count that leaves out the death verb of the
    count before it: "4 people died at the scene and three more in hospital" (three died there)."""
    return (
        before is not None
        and link.entry.category == "injured"
        and link.entry.role == "adj"
        and before.entry.category == "killed"
        and before.entry.role in ("intrans", "past")
        and _AND_MORE_BEFORE_CARE.fullmatch(text, n.end, link.mention.start) is not None
        and _AND_JUST_BEFORE.search(text, max(0, n.start - 6), n.start) is not None
    )


def _main_verb(text: str, link: Link, mentions: list[Mention]) -> Link:
    if link.entry.role in ("past", "adj") and not _AUX_RE.search(text, link.number.end, link.mention.start):
        m = REDUCED_RELATIVE.match(text, link.mention.end)
        if m is not None:
            later = next((t for t in mentions if t.start == m.end()), None)
            entry = _subject_verb(later)
            if later is not None and entry is not None:
                return Link(link.number, later, entry, "number_verb", link.start, later.end, link.head)
    return link


# "Around 10 Chadian troops who had been detained have been killed": the first
# trigger sits in a relative clause; the main verb follows its auxiliary.
_WHO_BEFORE = regex.compile(r"\bwho\s+(?:had|have|has|were|was)?\s*(?:been\s+)?\Z", regex.IGNORECASE)
_MAIN_AUX_AFTER = regex.compile(
    r"\s+(?:[a-z]+\s+){0,3}?(?:have\s+been|has\s+been|had\s+been|were|was)\s+(?:[a-z]+ly\s+)?", regex.IGNORECASE
)


def _past_relative(text: str, link: Link, mentions: list[Mention]) -> Link:
    """A subject's relative clause ("who had been detained") holds the first trigger; the main verb is later."""
    if link.rule != "number_verb" or not _WHO_BEFORE.search(text, link.number.end, link.mention.start):
        return link
    m = _MAIN_AUX_AFTER.match(text, link.mention.end)
    later = next((t for t in mentions if m is not None and t.start == m.end()), None)
    entry = _subject_verb(later)
    if later is None or entry is None:
        return link
    return Link(link.number, later, entry, "number_verb", link.start, later.end, link.head)


# A state said of people before their noun ("Eight displaced Syrians", "three injured miners"), and the
# categories of a later verb that say what then happened to them ("... were killed", "... died").
# Past participles of other categories describe people only when they say a state ("injured"); a verb
# of an act of its own ("seven disappeared at sea and were presumed dead") is the count's first verb.
_DESCRIBED_THEN: dict[str, tuple[frozenset[str], frozenset[str] | None]] = {
    "displaced": (frozenset({"killed", "injured", "missing", "kidnapped"}), None),
    "homeless": (frozenset({"killed", "injured", "missing", "kidnapped"}), frozenset({"homeless"})),
    # "two injured climbers died in hospital"
    "injured": (frozenset({"killed", "missing"}), frozenset({"injured", "wounded", "hurt"})),
    "missing": (frozenset({"killed"}), frozenset({"missing"})),  # "two missing fishermen were found dead"
}
# After the state: a word (its noun or the verb), not a comma of its own clause.
# ("injured in addition to the dead": a preposition, the state is the count's own)
_WORD_NEXT = regex.compile(
    r"\s+(?!(?:in|on|at|to|for|with|by|from|after|before|during|and|or|but|as|when|while|of|over|under)\b)[^\W\d]",
    regex.IGNORECASE,
)
# Between the number and its state: nothing, or an adverb of degree ("three badly injured miners").
_STATE_ADVERB = regex.compile(r"\s*(?:[a-z]+ly\s+)?", regex.IGNORECASE)


def _described_people(text: str, link: Link, mentions: list[Mention]) -> Link:
    """ "Eight displaced Syrians, including four children, were killed": the adjective
    describes the people, the verb after them says what happened to them."""
    described = _DESCRIBED_THEN.get(link.entry.category)
    if described is None or link.entry.role not in ("adj", "noun", "past"):
        return link
    then, states = described
    if states is not None and text[link.mention.start : link.mention.end].lower() not in states:
        return link
    if link.mention.start < link.number.end or not _STATE_ADVERB.fullmatch(text, link.number.end, link.mention.start):
        return link  # only "Eight displaced ...": the word right after the number
    if not _WORD_NEXT.match(text, link.mention.end):
        return link  # the state said of the count, not of a noun after it: "left 12 injured, and three died"
    later = next((t for t in mentions if t.start >= link.mention.end), None)
    entry = _subject_verb(later)
    if later is None or entry is None or entry.category not in then:
        return link
    if _gap(SUBJECT_GAP, text, link.mention.end, later.start) is None:
        return link
    words = _WORD.findall(text, link.mention.end, later.start)
    head = link.head or _head(words[:1])
    return Link(link.number, later, entry, "number_verb", link.start, later.end, head)


# What may stand between a subject's count and a number inside its noun phrase: an aside, a part,
# an of-phrase ("12 people, including 3 children, were killed", "Five members of one family died").
# (or another unit, a place or a time: "2,400 families or 7,900 people", "7 people in one home")
_ASIDE_OR_OF = regex.compile(
    r"[,(;:—–\[-]|\b(?:including|among|of|from|aged|and|or|in|at|on|near|inside|within|across|with)\b",
    regex.IGNORECASE,
)


# Between two counts: a noun of the first and "and" ("17 survivors and three bodies").
_JOINED_COUNT = regex.compile(r"\s+[^\W\d][\w'’-]*\s+(?:and|or)\s+", regex.IGNORECASE)
# A passive verb group and "and" between two counts: the first count's clause ended there.
_CLAUSE_AND = regex.compile(
    r"\b(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+[a-z]+(?:ed|en)\s+(?:and|but|while)\b",
    regex.IGNORECASE,
)
_IN_OF_PHRASE = regex.compile(r"(?:\s+[^\W\d][\w'’-]*){1,3}\s+of\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?")


def _number_of_its_own_between(text: str, n: Number, numbers: list[Number], link: Link) -> bool:
    """Whether a number between ``n`` and its verb stands in the clause itself, not in an aside or
    of-phrase of ``n``'s noun phrase: the verb is that number's ("the two groups left 15 dead").
    ``numbers`` are in text order, none inside another: only those between are read."""
    for k in range(bisect_left(numbers, n.end, key=lambda m: m.start), len(numbers)):
        m = numbers[k]
        if m.end > link.mention.start:
            return False
        if m.accepted and not _ASIDE_OR_OF.search(text, n.end, m.start):
            return True
        if m.accepted and link.rule == "number_noun" and _JOINED_COUNT.fullmatch(text, n.end, m.start):
            return True  # "recovered 17 survivors and three bodies": the noun is the second count's
        if m.accepted and _CLAUSE_AND.search(text, n.end, m.start):
            return True  # "22 people were rescued and at least 31 are missing": a clause of its own ended
        if (
            m.accepted
            and (w := _WORD_BEFORE.search(text, max(n.end, m.start - 30), m.start)) is not None
            and w.group(1).lower() in grammar.words.RESULT_VERBS
        ):
            return True  # "clashes between two clans in Wadi Samra left 9 dead": the verb's own object
    return False


def _sentence_figures(
    text: str,
    mentions: list[Mention],
    s_start: int,
    s_end: int,
    every: list[Number],
    sentence: grammar.Fields | None = None,
    vetoed: set[tuple[int, int]] | None = None,
) -> list[Draft]:
    """The gap grammars' drafts in one sentence; ``every`` is its number expressions (find_numbers),
    ``sentence`` the sentence for the construction table (made here when None). ``vetoed`` receives
    the number spans a modal link ruled out ("would kill 10 hostages"): no row from either extractor."""
    if not mentions:
        return []
    places, mentions = mentions, _without_places(mentions)
    starts = [t.start for t in mentions]
    ends = [t.end for t in mentions]
    # "22 out of 34 provinces": a count taken from a count of places is one too
    numbers = [
        n
        for n, nxt in zip(every, [*every[1:], None][: len(every)], strict=True)
        if n.accepted and not (nxt is not None and nxt.reject == "places" and _gap(_OF_GAP, text, n.end, nxt.start))
    ]
    # "17,000 of the nation's 71,293 people were affected": the second number is
    # the population the first is taken from, never a figure of its own.
    denominators = {i + 1 for i in range(len(numbers) - 1) if _gap(_OF_GAP, text, numbers[i].end, numbers[i + 1].start)}
    links: dict[int, Link] = {}
    modal_out: set[int] = set()  # numbers a modal link ruled out: no conjunct of another trigger either
    active: dict[int, bool] = {}  # trigger end -> has an object of its own (see _is_active)
    if sentence is None:
        sentence = grammar.Fields(text, s_start, s_end, every, places)  # (read into tokens on first use only)
    fields = sentence  # (the table's fields read on the same reading)
    for i, n in enumerate(numbers):
        if i in denominators:
            continue
        if i + 1 in denominators and i + 1 < len(numbers):
            a = bisect_left(starts, numbers[i + 1].end)
            link = (
                _link_right(text, numbers[i + 1], mentions[a], s_start, s_end, active, fields=fields, sentence=sentence)
                if a < len(mentions)
                else None
            )
            if link is not None:
                links[i] = Link(n, link.mention, link.entry, link.rule, n.start, link.end, link.head)
            continue
        b = bisect_right(ends, n.start) - 1  # the last trigger before the number
        a = bisect_left(starts, n.end)  # the first trigger after it
        left = _link_left(text, mentions[b], n, s_end, s_start, fields, sentence=sentence) if b >= 0 else None
        if (
            left is None
            and b >= 1
            and any(e.role == "toll" for e in mentions[b - 1].entries)
            and (i == 0 or numbers[i - 1].end <= mentions[b - 1].start)
        ):
            # a trigger word inside the toll's own phrase: "the toll from the mine collapse stands at 27"
            # (not past a count of the word's own: "the toll at 10 dead and several wounded")
            left = _link_left(text, mentions[b - 1], n, s_end, s_start, fields, sentence=sentence)
        right = (
            _link_right(text, n, mentions[a], s_start, s_end, active, fields=fields, sentence=sentence)
            if a < len(mentions)
            else None
        )
        if right is None and a + 1 < len(mentions) and all(e.role == "shelter" for e in mentions[a].entries):
            right = _link_right(
                text, n, mentions[a + 1], s_start, s_end, active, fields=fields, sentence=sentence
            )  # "5 people still in the car were killed"
        link = _choose(left, right, text)
        if link is not None and link is right and _gapped_death(text, n, link, links.get(i - 1)):
            link = None  # "4 people died at the scene and three more in hospital": the share stage's item
        if link is not None and link is right and link.rule == "number_verb":
            link = _main_verb(text, link, mentions)
        if link is not None and link is right:
            link = _past_relative(text, _described_people(text, link, mentions), mentions)
        if (
            link is not None
            and link.rule in ("number_verb", "number_noun")
            and _number_of_its_own_between(text, n, numbers, link)
        ):
            link = None  # "the two groups left at least 15 dead": 15 is the verb's, not "two"
        if link is not None and not _modal(text, s_start, min(link.mention.start, link.start)):
            links[i] = link
        elif link is not None:
            modal_out.add(i)
            if vetoed is not None:
                vetoed.add((n.start, n.end))  # "said they would kill 10 hostages a day": a threat, no count
    for i in sorted(links):
        # "Five members of one family perished": a number in an of-phrase of another count's noun
        # phrase, linked to the same verb, counts no one of its own
        j = i - 1
        if (
            j in links
            and links[i].rule == links[j].rule == "number_verb"
            and links[i].mention == links[j].mention
            and _IN_OF_PHRASE.fullmatch(text, numbers[j].end, numbers[i].start)
        ):
            del links[i]
            denominators.add(i)  # nor any other link: it names whom the count is of
    is_part = grammar.read_shares(text, numbers, links, s_end, denominators)
    _place_links(text, numbers, links, denominators, places, s_start, s_end, sentence)
    for i in modal_out:  # "The storm could displace 5,000 people, and 12 people were killed": 12 alone
        links.pop(i, None)
        is_part.pop(i, None)

    figures: list[Draft] = []
    extra_parts: list[Draft] = []
    rows: list[tuple[int, Draft]] = []  # (number index, figure) of linked numbers
    by_trigger: dict[int, list[Draft]] = {}  # the same figures by trigger start, in order
    for i, n in enumerate(numbers):
        link = links.get(i)
        if (
            link is not None
            and (link.head is None or link.head in ("others", "more"))
            # (of a category said of houses: "and another 450 were affected", not "and claimed 13 lives")
            and (link.entry.category in HOUSE_CATEGORIES or link.entry.category == "affected")
            and rows
            and rows[-1][1]["unit"] == "houses"
        ):
            # "destroyed 150 houses and damaged another 900", "... and damaged 900 others/more": the noun is shared
            link = replace(link, head="houses")
        cat_unit = _category_and_unit(link) if link is not None else None
        if link is None or cat_unit is None:
            continue
        category, unit = cat_unit
        part_of = None
        if is_part.get(i):
            parent = next((f for _, f in reversed(rows) if f["part_of"] is None and f["category"] == category), None)
            part_of = parent["start"] if parent else None
        else:
            # "12 people, including 3 children, died": 3 sits inside the total's clause
            parent = next(
                (
                    f
                    for f in by_trigger.get(link.mention.start, ())
                    if f["part_of"] is None
                    and f["number_end"] <= n.start
                    and (
                        _SUBSET_WORDS.search(text, f["number_end"], n.start)
                        or _OF_THEM_AFTER.match(text, n.end, s_end)  # "Nine people, five of them children,"
                    )
                ),
                None,
            )
            part_of = parent["start"] if parent else None
        fig = _figure(
            text,
            link,
            s_start,
            s_end,
            n.value,
            n.low,
            n.high,
            n.qualifier,
            (n.start, n.end),
            link.rule,
            category,
            unit,
            part_of,
        )
        before = text[max(s_start, n.start - 40) : n.start]
        marker = _NEW_MARKER.search(text, max(s_start, n.start - 20), n.start)
        if marker is not None and fig["start"] == n.start:
            # "Another 12 died": the word that makes it a new count belongs to the figure
            fig["start"] = marker.start()
            fig["text"] = text[fig["start"] : fig["end"]]
        one = _one_part(text, fig, n, link, s_end) if part_of is None else None
        if one is not None and any(numbers[j].start == one[0][0] for j in links):
            one = None  # "including one child": the number "one" is a part already, never a second one
        if one is not None:
            # "killed five civilians including a child": a part of one
            part = _figure(text, link, s_start, s_end, 1, 1, 1, "exact", one[0], "subset", category, unit,
                           fig["start"])  # fmt: skip
            part["group"] = context.group_of(one[1])
            extra_parts.append(part)
        if fig["modality"] is None and _possible(text, max(s_start, fig["start"] - 60), link.mention.start):
            fig["modality"] = "possible"
        fig["group"] = context.group_of(link.head)
        if fig["group"] is None and part_of is not None:
            # "of whom 5 were police", "7 were soldiers": the group is named after the number
            fig["group"] = next(
                (g for w in _WORD.findall(text, n.end, min(s_end, n.end + 40))[:4] if (g := context.group_of(w))), None
            )
        fig["cumulative"] = context.cumulative_of(fig["text"], link.rule, before, text[n.end : n.end + 20])
        rows.append((i, fig))
        by_trigger.setdefault(link.mention.start, []).append(fig)
    for group in _coordinated_groups(rows, links, is_part):
        figures.extend(_with_total(text, group, numbers, links, s_start, s_end))
    figures.extend(extra_parts)
    used = {lk.mention.start for lk in links.values()}
    # stated zeros (the construction table's ``negated``): before the implicit counts, whose people they deny
    figures.extend(grammar.read_zeros(text, s_start, s_end, every, places, mentions, used))
    figures.extend(
        _implicit(
            text, mentions, used, s_start, s_end, [(f["number_start"], f["number_end"]) for f in figures], sentence
        )
    )
    # (implicit_singular's readings of one more person after a row: the total of both)
    return grammar.read_one_more_rows(text, figures, sentence)


_SUBSET_WORDS = regex.compile(r"\b(?:including|includes|among\s+them|among\s+whom|of\s+whom|of\s+them|incl)\b", regex.I)
_OF_GAP = regex.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?", regex.IGNORECASE)


def _coordinated_groups(
    rows: list[tuple[int, Draft]], links: dict[int, Link], is_part: dict[int, bool]
) -> Iterator[list[tuple[int, Draft]]]:
    """Runs of neighbouring numbers that share one trigger by coordination."""
    group: list[tuple[int, Draft]] = []
    for i, fig in rows:
        if group:
            j = group[-1][0]
            joined = (
                j == i - 1
                and links[j].mention == links[i].mention
                and not is_part.get(i)
                and not is_part.get(j)
                and (links[j].rule == "coordinated_subject" or links[i].rule in ("shared_object", "distributive"))
            )
            if not joined:
                yield group
                group = []
        group.append((i, fig))
    if group:
        yield group


def _with_total(
    text: str, group: list[tuple[int, Draft]], numbers: list[Number], links: dict[int, Link], s_start: int, s_end: int
) -> list[Draft]:
    """The group's rows, plus their sum when there are several: parts keep part_of."""
    figs = [f for _, f in group]
    parts = [numbers[i] for i, _ in group]
    if len(group) < 2 or any(n.value is None for n in parts) or len({f["category"] for f in figs}) > 1:
        return figs
    total = sum(n.value or 0 for n in parts)
    qual = sum_qualifier(n.qualifier for n in parts)
    low, high = (total, total) if qual == "exact" else ((total, None) if qual == "at_least" else (None, None))
    first = links[group[0][0]]
    span_link = Link(
        parts[0],
        first.mention,
        first.entry,
        "coordinated_total",
        min(f["start"] for f in figs),
        max(f["end"] for f in figs),
        None,
    )
    total_fig = _figure(
        text,
        span_link,
        s_start,
        s_end,
        total,
        low,
        high,
        qual,
        (parts[0].start, parts[-1].end),
        "coordinated_total",
        figs[0]["category"],
        figs[0]["unit"],
    )
    return [total_fig, *({**f, "part_of": total_fig["start"]} for f in figs)]


# Roles the main linker never reads (lexicon: ``caused``, ``camp``, ``departure``).
_PLACE_ROLES = frozenset({"caused", "camp", "departure", "harm", "care", "result", "remains"})


# Phrases with no other role ("camps", "refugee camp", "left"), by their first entry.
_PLACE_ONLY = frozenset(p for p, es in lexicon.phrases().items() if all(e.role in _PLACE_ROLES for e in es))


def _without_places(mentions: list[Mention]) -> list[Mention]:
    """The mentions the main linker reads. A camp or a departure alone takes no
    number there: it would stand between a number and its verb ("300 people from
    the refugee camp were killed") and hide the verb; _place_links reads them."""
    return [m for m in mentions if m.entries[0].phrase not in _PLACE_ONLY]


def _place_links(
    text: str,
    numbers: list[Number],
    links: dict[int, Link],
    denominators: set[int],
    mentions: list[Mention],
    s_start: int,
    s_end: int,
    sentence: grammar.Sentence,
) -> None:
    """Links for the numbers the linker left alone, read off the first trigger after
    them: "300,000 of the evacuees" (the noun names the count's category), "4,500
    people left eastern Aleppo", "500 of the 4,000 villagers had left", "3,800 people
    were pushed over the border into Melkadida refugee camp", "join 195,000 Iraqis in
    21 camps": the construction table's constructions of stage "place" (grammar.read_link)."""
    starts = [m.start for m in mentions]
    for i, n in enumerate(numbers):
        if i in links or i in denominators:
            continue
        of_many = i + 1 in denominators  # "500 of the 4,000 villagers"
        end = numbers[i + 1].end if of_many else n.end
        a = bisect_left(starts, end)
        if a == len(mentions) or mentions[a].start - end > _PLACE_REACH:
            continue
        t = mentions[a]
        # the construction table's ("300,000 of the evacuees": number_of_noun; "4,500 people left eastern
        # Aleppo": number_left_place; "3,800 people were pushed by drought into Melkadida refugee camp":
        # number_in_camp)
        got = grammar.read_link(sentence, n, t, "place", numbers[i + 1] if of_many else None)
        link = None
        if got is not None:
            link = Link(n, t, got.entry, got.rule, got.start, got.end, got.head)
            if got.rule == "number_of_noun":
                link = _partitive_verb(text, link, mentions[a + 1] if a + 1 < len(mentions) else None)
        if link is not None and not _modal(text, s_start, min(link.mention.start, link.start)):
            links[i] = link


# The longest gap between a number and the place its people went to: "3,800 people were
# pushed by drought over the Ethiopian border into Melkadida refugee camp".
_PLACE_REACH = 160


def _partitive_verb(text: str, link: Link, later: Mention | None) -> Link:
    """ "12 of the refugees were killed": with a verb after the partitive's noun (number_of_noun), the
    verb says what happened to its people (number_verb)."""
    verb = _subject_verb(later)
    if later is not None and verb is not None and _gap(SUBJECT_GAP, text, link.mention.end, later.start) is not None:
        return Link(link.number, later, verb, "number_verb", link.start, later.end, link.head)
    return link


# The word right before a mention. (Also read by _word_before and _number_of_its_own_between: this
# definition, the later of the module's two, is the one in force.)
_WORD_BEFORE = regex.compile(r"([^\W\d][\w'’-]*)\s+\Z")


def _longer_list(total: Draft, covered: list[Draft]) -> bool:
    """Whether a list the constructions read holds more than the gap grammars' sum of the same verb:
    "killed two clerks, two guards and a driver" is 5, where the gap grammars added the numbers, 4."""
    sums = [f for f in covered if f["rule"] == "coordinated_total"]
    return all(
        f["trigger_start"] == total["trigger_start"]
        and total["number_start"] <= f["number_start"]
        and f["number_end"] <= total["number_end"]
        and f["value"] is not None
        and total["value"] is not None
        and f["value"] < total["value"]
        for f in sums
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _number_span(d: Draft) -> tuple[int, int]:
    return d["number_start"], d["number_end"]


def _with_grammar(
    text: str,
    found: list[Draft],
    mentions: list[Mention],
    sentence: tuple[int, int],
    numbers: list[Number],
    vetoed: set[tuple[int, int]],
    read: grammar.Sentence | None = None,
) -> list[Draft]:
    """The sentence's drafts with the construction table's (figures.grammar) added (``read``: the
    sentence, maybe read already by the linker's constructions).

    A number the gap grammars linked keeps their row; the constructions add rows
    for numbers and named victims left unexplained, and drop rows whose number
    counts the attackers ("Five gunmen shot dead a farmer"); those number spans
    are added to ``vetoed`` so that no other extractor reads them as victims.
    """
    s_start, s_end = sentence
    if not mentions:
        return found
    if not _unexplained(text, found, numbers, mentions, s_start, s_end):
        return found  # nothing for the constructions to add or remove: most sentences of dense text
    drafts, agents, embedded, tokens, asides = grammar.read_sentence(text, s_start, s_end, numbers, mentions, read)
    if agents:
        found = [d for d in found if (d["number_start"], d["number_end"]) not in agents]
        vetoed.update(agents)
    if asides:
        # "A retired colonel, who had served in three wars, was killed": a count inside the relative
        # clause is no subject of the verb group right after it
        found = [
            f for f in found if not any(a <= f["number_start"] < b <= f["trigger_start"] < c for a, b, c in asides)
        ]
    groups = [d for d in drafts if d["rule"] in _LIST_RULES and d["part_of"] is None]
    for total in groups:
        if _modal_draft(text, s_start, total):
            continue  # "planned to kill a guard, two clerks and a driver"
        parts = [d for d in drafts if d["part_of"] == total["start"] and d["rule"] == total["rule"]]
        span = (total["number_start"], total["number_end"])
        covered = [f for f in found if _overlaps(span, (f["number_start"], f["number_end"]))]
        if any(
            # (a trigger inside the total's: "received minor injuries" read by the gap grammars from "injuries")
            not total["trigger_start"] <= f["trigger_start"] < total["trigger_end"]
            or (f["part_of"] is None and f["value"] == total["value"])
            for f in covered
        ) or (any(f["rule"] == "coordinated_total" for f in covered) and not _longer_list(total, covered)):
            continue  # the gap grammars read this list already, or another verb took its numbers
        # the list's reading replaces the partial rows of its members ("killed a guard, two clerks and a driver")
        found = [f for f in found if not any(f is g for g in covered)]
        found.extend([total, *parts])
    drafts = [d for d in drafts if d["rule"] not in _LIST_RULES]
    for d in drafts:
        if _modal_draft(text, s_start, d):
            continue  # "preparing to evacuate 12,000 residents": the gap grammars' modal test holds here too
        span = (d["number_start"], d["number_end"])
        if d["rule"] in _SECOND_ACT_RULES:
            if not any((f["number_start"], f["number_end"], f["category"]) == (*span, d["category"]) for f in found):
                found.append(d)  # the same people, a second act: "kidnapped two ... and later killed them"
            continue
        inside = [i for i, f in enumerate(found) if _overlaps(span, (f["number_start"], f["number_end"]))]
        # (the rows at the draft's own number span overlap it, unless that is empty: the rows read once)
        same = [i for i in (inside if span[0] < span[1] else range(len(found))) if _number_span(found[i]) == span]
        if (
            same
            and all(found[i]["rule"] == "implicit_singular" for i in same)
            and d["rule"] in _IMPLIED_RULES
            and all(found[i]["category"] == d["category"] for i in same)
        ):
            for i in same:  # the same reading, now a row of the construction table
                found[i] = {**found[i], "rule": d["rule"]}
            continue
        if same and all(_outranked(found[i], d, embedded) for i in same):
            found = [f for i, f in enumerate(found) if i not in same]  # the main clause's verb wins
            found.append(d)
            continue
        if (
            d["rule"] == "implicit_pair"
            and inside
            and all(
                found[i]["trigger_start"] == d["trigger_start"]
                and span[0] <= found[i]["number_start"]
                and found[i]["number_end"] <= span[1]
                for i in inside
            )
        ):  # "the driver and two passengers were hurt": 2 is a part of 3
            for i in inside:
                found[i] = {**found[i], "part_of": d["start"]}
            found.append(d)
            continue
        lone = (
            [
                i
                for i, f in enumerate(found)
                if (f["trigger_start"], f["category"]) == (d["trigger_start"], d["category"])
                and f["rule"] == "implicit_singular"
            ]
            if d["value"] == 1 and d["rule"] not in _IMPLIED_RULES
            else []  # (asked of a count of one only)
        )
        if lone:
            # "at least one man, NAME, a ward chairman, was killed": the one person the gap grammars read
            # without a number, now read with its count (and its qualifier)
            found = [f for i, f in enumerate(found) if i not in lone]
            found.append(d)
            continue
        if inside or span in agents:
            continue
        # "Two firefighters were among the 13 people killed": a part of the 13 (not the last member of a
        # list: "Two clerks and a guard were among nine people killed")
        if (
            d["rule"] in _PART_OF_TOLL_RULES
            and (d["value"] or 0) > 0
            and not _AND_BEFORE.search(text, max(s_start, d["number_start"] - 40), d["number_start"])
        ):
            whole = next(
                (
                    f
                    for f in found
                    if (f["trigger_start"], f["category"]) == (d["trigger_start"], d["category"])
                    and d["number_end"] < f["number_start"] < d["end"]
                    and (f["value"] or 0) > (d["value"] or 0)
                ),
                None,
            )
            if whole is not None:
                found.append({**d, "part_of": whole["start"]})
                continue
        if d["rule"] in _IMPLIED_RULES and any(
            (f["trigger_start"], f["category"]) == (d["trigger_start"], d["category"]) and f["rule"] != "along_with"
            for f in found
        ):
            continue  # the trigger's victims were counted already
        found.append(d)
        for i, f in enumerate(found):
            if f is d or f["part_of"] is not None or f["trigger_start"] != d["trigger_start"]:
                continue
            if (
                f["rule"] == "implicit_singular" and d["number_end"] <= f["number_start"] < f["number_end"] <= d["end"]
            ) or (
                f["category"] == d["category"]
                and d["number_end"] <= f["number_start"] < f["number_end"] <= d["trigger_start"]
            ):  # "Seven people, including ... a driver, died", "12 people including ... two guides were killed":
                found[i] = {**f, "part_of": d["start"]}  # one of the members the subject names
    return _with_breakdowns(text, _with_respective(text, found, tokens, sentence), tokens)


def _with_respective(
    text: str, found: list[Draft], tokens: list[grammar.Token], sentence: tuple[int, int]
) -> list[Draft]:
    """Rows for "the injured and missing had reached 210 and 35 respectively": each number with its toll,
    in place of the gap grammars' readings of those numbers (one toll for both, or their sum)."""
    pairs = grammar.respective_pairs(tokens) if text.find("respectively", *sentence) >= 0 else []
    if not pairs:
        return found
    spans = [(num.start, num.end) for _, num in pairs]
    dropped = {f["start"] for f in found if any(_overlaps(sp, (f["number_start"], f["number_end"])) for sp in spans)}
    found = [f for f in found if f["start"] not in dropped and f["part_of"] not in dropped]
    for toll, num in pairs:
        n = num.number
        entry = next((e for e in toll.entries if e.role in ("toll", "noun", "adj", "past")), None)
        if n is None or entry is None:
            continue
        cu = lexicon.category_and_unit(entry.category, None)
        if cu is None:
            continue
        start, end = min(toll.start, num.start), max(toll.end, num.end)
        found.append({
            "category": cu[0], "value": n.value, "low": n.low, "high": n.high, "qualifier": n.qualifier,
            "unit": cu[1], "start": start, "end": end, "text": text[start:end],
            "number_start": num.start, "number_end": num.end, "trigger": toll.text,
            "trigger_start": toll.start, "trigger_end": toll.end, "sentence_start": sentence[0],
            "sentence_end": sentence[1], "extractor": "pattern", "rule": "respectively", "modality": entry.modality,
            "part_of": None, "group": None, "source": None, "cumulative": False, "negated": False,
        })  # fmt: skip
    return found


def _with_breakdowns(text: str, found: list[Draft], tokens: list[grammar.Token]) -> list[Draft]:
    """Rows for a breakdown by place after a figure: "243 people died, including 196 in Germany,[9]
    43 in Belgium,[2] two in Romania": each a part of the figure, of its category and unit."""
    for whole in [f for f in found if f["value"] is not None and f["part_of"] is None and not f["negated"]]:
        if whole["qualifier"] == "exact" and (items := grammar.summed_parts(tokens, whole["end"], whole["value"])):
            # "12 people - eight villagers and four police officers -": parts that add up to the figure,
            # whatever another reading took their numbers for ("15 refugees" is no count of the displaced)
            spans = {(n.start, n.end) for n, _ in items}
            found = [f for f in found if (f["number_start"], f["number_end"]) not in spans]
            for n, end in items:
                found.append({
                    **whole, "value": n.value, "low": n.low, "high": n.high, "qualifier": n.qualifier,
                    "start": n.start, "end": end, "text": text[n.start:end],
                    "number_start": n.start, "number_end": n.end, "rule": "summed_breakdown",
                    "part_of": whole["start"], "group": None, "cumulative": False,
                })  # fmt: skip
            continue
        for n, place_end in grammar.breakdown_spans(tokens, whole["end"]):
            span = (n.start, n.end)
            if n.value is None or any(_overlaps(span, (f["number_start"], f["number_end"])) for f in found):
                continue
            found.append({
                **whole, "value": n.value, "low": n.low, "high": n.high, "qualifier": n.qualifier,
                "start": n.start, "end": place_end, "text": text[n.start:place_end],
                "number_start": n.start, "number_end": n.end, "rule": "breakdown", "part_of": whole["start"],
                "group": None, "cumulative": False,
            })  # fmt: skip
    return found


_IMPLIED_RULES = frozenset(c.name for c in grammar.CONSTRUCTIONS if c.implied)
_LIST_RULES = frozenset(c.name for c in grammar.CONSTRUCTIONS if c.members)
_SECOND_ACT_RULES = frozenset(c.name for c in grammar.CONSTRUCTIONS if c.second_act)
_PART_OF_TOLL_RULES = frozenset(c.name for c in grammar.CONSTRUCTIONS if c.part_of_toll)
_BOTH_RULES = frozenset(c.name for c in grammar.CONSTRUCTIONS if c.stage == "both")


# Trigger roles a construction reads without a number ("the driver was killed",
# "escaped with cuts", "taken to hospital").
_IMPLICIT_ROLES = frozenset({"past", "intrans", "adj", "verb", "harm", "care", "event", "result", "remains"})
# The categories of the constructions that read a victim without a number (no_civilian).
_IMPLICIT_CATEGORIES = frozenset({"killed", "injured", "missing", "kidnapped", "arrested", "casualties"})
# The categories of the harm nouns after a light verb (harm_predicate, fatal_harm_predicate, house_damage).
_LIGHT_CATEGORIES = frozenset({"injured", "killed", "houses_damaged", "houses_destroyed"})
_LIGHT_BEFORE = regex.compile(
    # (the boolean tests of _unexplained that end at \Z are searched from the end, "(?r)": a forward
    # search tries every position of the window)
    rf"(?r)\b(?:{'|'.join(sorted(grammar.words.LIGHT_VERBS))})\s+(?:with\s+)?(?:[\w'’-]+\s+){{0,2}}\Z"
    # (or a verb of care, its object and "for": "treated a cyclist for head injuries", care_object)
    rf"|\b(?:{'|'.join(sorted(grammar.words.CARE_VERBS))})\s+(?:[\w'’-]+\s+){{1,4}}for\s+(?:[\w'’-]+\s+){{0,2}}\Z",
    regex.I,
)
_RELATIVE_WORD = regex.compile(r"\b(?:who|whom|which|that)\b", regex.I)
_BE_WORD = regex.compile(r"\b(?:was|were|is|are|been|be|being)\b", regex.I)
# A noun phrase that names people without a number: a capitalised name inside the
# sentence, a determiner of one or two, or a noun of people (the implicit constructions).
_AGENT_ENDINGS = "|".join(grammar.words.AGENT_NOUN_ENDINGS)
_NAMED_NEAR = regex.compile(
    rf"""
    (?<=\w[\s,]+) (?-i:\p{{Lu}}) [\w'’-]+           # a name inside the sentence
    | (?-i:\p{{Lu}}) [\w'’-]+ (?: \s* , [^,;.]{{1,100}} , )? \s+ (?:was|has\s+been|had\s+been) \s
                                                  # or first: "Lau was wounded", "Ziada, a reporter, was hurt"
    | \b (?:a|an|the|his|her|their|both|another|one) \s+ (?:[\w'’-]+\s+){{0,3}}? (?:[\w'’]+-)? (?:{
        lexicon.trie_pattern(sorted(lexicon.PERSON | lexicon.PEOPLE_PLURAL | grammar.words.AGENTS))
    }) \b
    | \b (?:both|another|the\s+other|a\s+(?:second|third|fourth|fifth|sixth)) \b
                                                  # (an ordinal: "two were killed, and a third was hurt")
    | \b (?:a|another) \s+ body \b                   # "recovered a body" (body_found)
    | \b (?:a|an|the) \s+ \d+-year-old \b           # "The 34-year-old was injured": an age as the person
    | \b (?:a|an|the) \s+ (?:[\w'’-]+\s+){{0,2}}? (?:[^\W\d]{{3,}}(?:{_AGENT_ENDINGS})|couple|pair) \b
                                                  # "a golfer", "the couple": every noun engine._agent_noun
                                                  # reads as one person (its endings)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# " and " before a row's number, maybe with a determiner: "the driver and two passengers", "The mayor
# and his two bodyguards" (a list the constructions read whole).
_AND_BEFORE = regex.compile(r"\sand\s+(?:(?:his|her|their|its|the|a|an|another|other)\s+)?\Z", regex.IGNORECASE)
# ... or a person without a number joined after it: "two clerks, two guards and a driver".
_AND_ONE_AFTER = regex.compile(r"[^.;:]{0,60}?\band\s+(?:a|an|another|his|her|their|the)\s", regex.IGNORECASE)
# Its words alone, for the lower-cased ASCII window it reads (the standard library's engine: a plain scan for "and").
_AND_ONE_WORDS = re.compile(r"and\s+(?:a|an|another|his|her|their|the)\s")


def _may_and_one(window: str) -> bool:
    """False when _AND_ONE_AFTER cannot match in ``window``: no "and" and a determiner after it (in text of
    lists, "and" stands before every other number: "3 killed and 4 injured")."""
    low = window.lower()
    return "and" in low and (not low.isascii() or _AND_ONE_WORDS.search(low) is not None)


# "and", maybe an adverb or two, right before an unused trigger of harm (the construction second_predicate:
# a passive or intransitive verb of harm; second_harm_predicate's light verb is _LIGHT_BEFORE's).
_SECOND_VERB_ROLES = frozenset({"past", "intrans", "adj"})
_AND_VERB_BEFORE = regex.compile(r"(?r)\band\s+(?:[a-z]+\s+){0,2}\Z", regex.IGNORECASE)
# "and (later) killed them": the constructions them_after_object and him_after_object may read the sentence.
_THEM_AFTER_VERB = regex.compile(r"\band\s+(?:[a-z]+\s+){0,2}[a-z]+\s+(?:them|him|her)\b", regex.IGNORECASE)
# A label of houses right before a number: "Damaged houses 7,315", "destroyed shelters: 1,240" (label_before).
_HOUSE_LABEL_BEFORE = regex.compile(
    rf"(?r)\b(?:{lexicon.trie_pattern(sorted(lexicon.HOUSING))})\s*:?\s*\Z", regex.IGNORECASE
)
# One dwelling or building without a number (the constructions implicit_house_*).
_A_HOUSE_NEAR = regex.compile(
    rf"\b(?:a|an|another)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{lexicon.trie_pattern(sorted(lexicon.HOUSING))})\b", regex.I
)
_AGENT_WORD = regex.compile(
    rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{lexicon.trie_pattern(sorted(grammar.words.AGENTS))})\b", regex.I
)


@lru_cache(maxsize=1)
def _counted_nouns() -> frozenset[str]:
    """Nouns of people and houses, and the single-word nouns and adjectives of the lexicon."""
    nouns = lexicon.PEOPLE_PLURAL | lexicon.PERSON | lexicon.HOUSING | grammar.words.AGENTS | set(lexicon.UNITS)
    return frozenset(nouns) | {p for p, es in lexicon.phrases().items() if any(e.role in ("noun", "adj") for e in es)}


# The four words after a number (the counted noun is looked up in _counted_nouns), or what
# else may follow a count: a verb, "of" or an aside ("the two were", "12 of", "30, including"),
# a line's end (a field's value: "Destroyed shelters: 1,240"), a breakdown ("43 in Belgium").
# read with captures(1); an age's number is skipped ("two 16-year-old boys": tokens._AGE_REST's ages)
_WORDS_AFTER = regex.compile(
    r"(?:[\s-]+(?:\d{1,3}(?=[\s-]?(?:years?|months?|weeks?|days?)[\s-]old)[\s-]?)?([^\W\d][\w'’.-]*)){1,4}"
)
_COUNT_AFTER = regex.compile(
    r"""
    \s* (?: [,(—–] | (?:were|was|are|is|have|has|had|of|with|who)\b )      # "the two were"
    | [ \t]* (?: \n | \Z )                                                 # "Destroyed shelters: 1,240"
    | \s+ (?:in|at|from) \s+ (?:the\s+)? (?-i:\p{Lu})                      # "43 in Belgium", "2,500 from Ayton"
    | \s+ (?:according\s+to|by\s+(?:another|other|one|a\s+different)) \b    # "26 according to another": an estimate
    | \s+ respectively \b                                                  # "210 and 35 respectively"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _counted_after(text: str, pos: int) -> bool:
    """Whether what follows a number at ``pos`` fits a count of people or houses: a noun of people
    or houses within four words ("17 shoppers", "six elderly residents"), or a verb, "of", an
    aside, a line's end or a breakdown. Measures and things ("75,000 km2") are left to the gap grammars."""
    m = _WORDS_AFTER.match(text, pos)
    if m is not None:
        nouns = _counted_nouns()
        if any(w.lower().rstrip(".") in nouns for w in m.captures(1)):
            return True
    return _COUNT_AFTER.match(text, pos) is not None


def _modal_draft(text: str, s_start: int, d: Draft) -> bool:
    """The gap grammars' modal test (``_modal``) for a construction's row, before its trigger or its start."""
    return _modal(text, s_start, d["trigger_start"]) or _modal(text, s_start, d["start"])


def _outranked(f: Draft, d: Draft, embedded: list[tuple[int, int]]) -> bool:
    """Whether the construction's row ``d`` reads the number of the gap grammars' row ``f`` better:
    ``f``'s trigger stands in a relative clause and ``d``'s in the main one ("killed 17 shoppers who had
    taken refuge"), or ``f`` took a noun of the subject and ``d`` its verb ("Fifteen detainees were killed")."""
    if d["rule"] == "object_to_death" and f["category"] != "killed":
        return True  # "stabbed two passers-by to death": the harm verb's object died
    if f["trigger_start"] == d["trigger_start"]:
        return False

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in embedded)

    if inside(f["trigger_start"]) and not inside(d["trigger_start"]):
        return True
    return bool(f["rule"] == "number_noun" and d["rule"] == "subject_verb" and f["trigger_end"] <= d["trigger_start"])


def _named_anywhere() -> Callable[[str, int, int], bool]:
    """Whether _NAMED_NEAR matches anywhere in a sentence, asked once per sentence however many triggers ask."""
    answer: list[bool] = []

    def named(text: str, s_start: int, s_end: int) -> bool:
        if not answer:
            answer.append(_NAMED_NEAR.search(text, s_start, s_end) is not None)
        return answer[0]

    return named


# A verb of cause before a harm noun, or the people a harm was done to after it (the constructions
# caused_harm and harm_to_people): must name every verb of grammar.words.CAUSE_VERBS.
_CAUSED_BEFORE = regex.compile(
    rf"(?r)\b(?:{'|'.join(sorted(grammar.words.CAUSE_VERBS))})\s+(?:in\s+)?(?:an?|one)\s+(?:[a-z-]+\s+){{0,2}}\Z",
    regex.IGNORECASE,
)
# The phrases that add people to a clause's count (must agree with grammar.engine's "addition").
_ADDITION = regex.compile(r"\b(?:besides|(?:aside|apart)\s+from|in\s+addition\s+to)\s", regex.IGNORECASE)
# Pieces one of which every _ADDITION match holds in print (plain finds: the regex is dearer, and most
# sentences hold none; must agree with _ADDITION)
_ADDITION_PIECES = ("esides", "side", "part", "ddition")
_HARM_TO_AFTER = regex.compile(r"\s+to\s+(?:the|an?|his|her|their|its|one)\s", regex.IGNORECASE)


_RELATIVE_BEFORE = re.compile(r",\s*(?:who|which|whom|whose)\b", re.IGNORECASE)  # the asides grammar.Reading names


# A count of shelters right before a camp or shelter noun: "were taken to 36 (different) evacuation centres".
_SHELTERS_COUNTED = regex.compile(r"\bto\s+\d[\d,]*(?:\s+[^\W\d][\w-]*)?\s+\Z", regex.IGNORECASE)


def _unexplained(
    text: str, found: list[Draft], numbers: list[Number], mentions: list[Mention], s_start: int, s_end: int
) -> bool:
    """Whether a construction may change the sentence's rows: a number no row explains, a
    trigger no row used, or a word of attackers whose number a row may have taken."""
    if text.find("respectively", s_start, s_end) >= 0:
        return True  # the tolls and numbers of "... rose to 15 and 70, respectively" pair up (_with_respective)
    if text.find(" to death", s_start, s_end) >= 0:
        return True  # "stabbed two passers-by to death", "kicked a shepherd to death" (object_to_death)
    if (
        found
        and text.find(", wh", s_start, s_end) >= 0  # (the regex below is dearer; "who" follows ", " in print)
        and (rel := _RELATIVE_BEFORE.search(text, s_start, s_end)) is not None
        and any(
            rel.start() < f["number_start"] < f["trigger_start"] and "," in text[f["number_end"] : f["trigger_start"]]
            for f in found
        )
    ):
        return True  # "A colonel, who had served in three wars, was killed": the number may be the clause's
    if any(text.find(w, s_start, s_end) >= 0 for w in _ADDITION_PIECES) and _ADDITION.search(text, s_start, s_end):
        return True  # "Besides the gunman, four worshippers were killed": the aside adds to the count
    if any(
        d["rule"] == "implicit_singular" and d["value"] == 1 and " and " in text[d["number_start"] : d["number_end"]]
        for d in found
    ):
        return True  # "The driver and passenger sustained injuries": one row for two people (list_subject)
    covered = grammar.overlap_test([(d["number_start"], d["number_end"]) for d in found])
    if any(
        n.accepted
        and not covered(n.start, n.end)
        and (
            _counted_after(text, n.end)
            or _HOUSE_LABEL_BEFORE.search(text, max(s_start, n.start - 30), n.start)
            or (s_end - n.end <= 3 and text[n.end : s_end].strip() in ("", ".", "!", ";"))  # "The dead numbered 40."
        )
        for n in numbers
    ):
        return True  # a number no row explains: of people or houses after it, a label before it, or the end
    # (a count "along with" the subject leaves the subject to be read: "The minister was killed along with ...")
    used = {d["trigger_start"] for d in found if d["rule"] != "along_with"}
    if text.find(" to ", s_start, s_end) >= 0 and any(
        m.start not in used
        and any(e.role == "camp" for e in m.entries)
        and _SHELTERS_COUNTED.search(text, max(s_start, m.start - 40), m.start)
        for m in mentions
    ):
        return True  # "taken to 36 evacuation centres": the people moved there (shelter_transfer)
    named_anywhere = _named_anywhere()
    if any(
        m.start not in used
        and any(e.role in _IMPLICIT_ROLES and e.category in _IMPLICIT_CATEGORIES for e in m.entries)
        # (once a sentence: one that names nobody anywhere, as "killed killed killed ...", has no such trigger)
        and named_anywhere(text, s_start, s_end)
        and _NAMED_NEAR.search(text, max(s_start, m.start - 200), min(s_end, m.end + 80))
        for m in mentions
    ):
        return True  # a victim named without a number may stand near an unused trigger
    if any(
        m.start not in used
        and any(e.category in lexicon.HOUSE_CATEGORIES for e in m.entries)
        and _A_HOUSE_NEAR.search(text, max(s_start, m.start - 80), min(s_end, m.end + 60))
        for m in mentions
    ):
        return True  # "a mobile home was destroyed": one dwelling without a number
    if (
        any(text.find(w, s_start, s_end) >= 0 for w in (" them", " him", " her"))  # (the regex is dearer)
        and _THEM_AFTER_VERB.search(text, s_start, s_end)
        and any(m.start not in used for m in mentions)
    ):
        return True  # "kidnapped two teachers and later killed them": the object of a second verb
    if any(
        m.start not in used
        and any(e.category in _LIGHT_CATEGORIES for e in m.entries)
        and _LIGHT_BEFORE.search(text, max(s_start, m.start - 40), m.start)
        for m in mentions
    ):
        return True  # "both occupants received minor injuries": a harm noun after a light verb
    if any(
        m.start not in used
        and any(e.role == "noun" and e.category in ("injured", "killed") for e in m.entries)
        and (
            _CAUSED_BEFORE.search(text, max(s_start, m.start - 50), m.start) or _HARM_TO_AFTER.match(text, m.end, s_end)
        )
        for m in mentions
    ):
        return True  # "resulting in an injury", "causing minor injury to the driver"
    if any(
        m.start not in used
        and any(e.role in _SECOND_VERB_ROLES and e.category in _IMPLICIT_CATEGORIES for e in m.entries)
        and _AND_VERB_BEFORE.search(text, max(s_start, m.start - 30), m.start)
        for m in mentions
    ):
        return True  # "were injured and later died": a subject's second predicate (second_predicate)
    # "Two gunmen shot dead ...": an attackers' noun after a row's number, and no "were" before its verb;
    # "the driver and two passengers were hurt": a person joined to a row's number
    row_ends: dict[int, list[Draft]] = {}  # (each row's test then looks up ends, not every row: 10,000 numbers)
    for f in found:
        if not f["rule"].startswith("implicit"):
            row_ends.setdefault(f["end"], []).append(f)
    return any(
        (
            text[d["number_end"] : d["number_end"] + 1].isspace()  # (_AGENT_WORD opens with a blank)
            and _AGENT_WORD.match(text, d["number_end"], s_end)
            and not _BE_WORD.search(text, d["number_end"], d["trigger_start"])
        )
        or _joined_to_a_person(text, found, d, s_start, row_ends)
        or (
            _may_and_one(text[d["number_end"] : min(s_end, d["number_end"] + 80)])  # (the regex is dearer)
            and _AND_ONE_AFTER.match(text, d["number_end"], min(s_end, d["number_end"] + 80)) is not None
        )
        # a relative clause between a row's number and its trigger, or a noun row before a verb
        or (d["number_end"] < d["trigger_start"] and _RELATIVE_WORD.search(text, d["number_end"], d["trigger_start"]))
        or (d["rule"] == "number_noun" and any(m.start > d["trigger_start"] and m.start not in used for m in mentions))
        for d in found
    )


def _joined_to_a_person(
    text: str, found: list[Draft], d: Draft, s_start: int, row_ends: dict[int, list[Draft]] | None = None
) -> bool:
    """Whether " and " before the row's number joins it to a noun phrase of its own ("the driver and two
    passengers"), not to another figure or its verb ("12 were killed and 30 injured", "four police and 10
    farmers"): a row (not one read from a person without a number) ending right before "and" is the latter.
    ``row_ends``: the rows of ``found`` not read from a person without a number, by end."""
    m = _AND_BEFORE.search(text, max(s_start, d["number_start"] - 20), d["number_start"])
    if m is None:
        return False
    at = m.start()
    if row_ends is not None:
        return not any(f is not d for end in range(at - 2, at + 2) for f in row_ends.get(end, ()))
    return not any(f is not d and not f["rule"].startswith("implicit") and at - 2 <= f["end"] <= at + 1 for f in found)


def extract(
    text: str, mentions: Sequence[Mention] | None = None, vetoed: set[tuple[int, int]] | None = None
) -> list[Figure]:
    """Every figure the patterns find in one document, in text order.

    ``mentions`` are the document's trigger phrases (``find_mentions``) when the
    caller has them already (the quantity extractor reads the same ones).
    ``vetoed`` receives the number spans the grammar found to count attackers.
    """
    vetoed = set() if vetoed is None else vetoed
    drafts: list[Draft] = []
    seen_to = -1
    last_source: str | None = None
    mentions = find_mentions(text) if mentions is None else mentions
    starts = [m.start for m in mentions]
    for t in mentions:
        if t.start < seen_to:
            continue
        s_start, s_end = sentence_span(text, t.start, floor=seen_to)
        seen_to = max(s_end, t.start + 1)
        inside = mentions[bisect_left(starts, s_start) : bisect_left(starts, s_end)]
        here = [m for m in inside if m.end <= s_end]
        # the gap grammars and the constructions read the same numbers: found once
        numbers = find_numbers(text, s_start, s_end) if here else []
        # (read into tokens and chunks once, on first use: by the linker's constructions or the table's)
        sentence = grammar.Fields(text, s_start, s_end, numbers, here)  # (a Sentence, with the table's fields)
        found = _sentence_figures(text, here, s_start, s_end, numbers, sentence, vetoed)
        found = _with_grammar(text, found, here, (s_start, s_end), numbers, vetoed, sentence)
        # the construction table's row stages, in their order (constructions.ROW_STAGES)
        found = grammar.read_rows(text, found, (s_start, s_end), numbers, here)
        dropped = [
            d
            for d in found
            if _in_modal_chain(text, s_start, d["start"])
            # (an end bound: without one, the regex module looks for the pattern's words to the text's end)
            or (d["rule"] in _COUNT_RULES and _of_things().match(text, d["number_end"], s_end))
            or (d["rule"] == "toll_number" and _TOLL_MODAL.search(text, d["trigger_end"], d["number_start"]))
        ]
        if dropped:  # no figure, from either extractor (a possibility, or things)
            # (a count's second state, "damaged or destroyed" (stage "both"), stands or falls with its first)
            gone = {
                (d["start"], d["number_start"], d["number_end"]) for d in dropped if d["category"] == "houses_damaged"
            }
            dropped += [
                d
                for d in found
                if d["rule"] in _BOTH_RULES
                and (d["start"], d["number_start"], d["number_end"]) in gone
                and d not in dropped
            ]
            vetoed.update((d["number_start"], d["number_end"]) for d in dropped)
            found = [d for d in found if d not in dropped]
        if not found:
            continue
        sources = context.sources_in(text, s_start, s_end)
        fallback = None
        if not sources and context.attributed_by_pronoun(text[s_start:s_end]):
            fallback = last_source  # "..., it added": the body named just before
        for d in found:
            d["source"] = context.source_for(text, (s_start, s_end), d["number_start"], sources) or fallback
        last_source = sources[-1][1] if sources else last_source
        drafts.extend(found)
    unique: dict[tuple[int, int, str], Draft] = {}
    for d in drafts:
        unique.setdefault((d["number_start"], d["number_end"], d["category"]), d)
    # in the order of merge._order: start, number start, category
    order = sorted(unique.values(), key=lambda d: (d["start"], d["number_start"], CATEGORY_RANK[d["category"]]))
    return [Figure(**d) for d in order]
