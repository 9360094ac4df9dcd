"""What the gap grammars share: the words of a noun phrase, a gap's match remembered by its words, the
head noun after a count, and a count's link to its trigger.

The pattern extractor's linkers (``figures.patterns``) and the constructions read on their links
(``figures.grammar.share``) read the same noun-phrase words (``NP_WORD``) and the same head nouns, and
link a number to a trigger as a ``Link``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from figures import lazyregex as regex  # compiled on first use: see figures/lazyregex.py
from figures import lexicon
from figures.lexicon import HOUSING, NOT_VICTIMS, PEOPLE_PLURAL, UNITS, Trigger
from figures.numbers import TENS as TENS_WORDS
from figures.numbers import UNITS as UNIT_WORDS
from figures.numbers import Number

# Words that end a noun phrase: a gap holding one is not "number + victims".
STOP = (
    r"and|or|but|in|on|at|from|by|with|after|before|during|since|for|to|into|near|while|when|as|if|than|of|the"
    r"|said|says|say|told|according|including|amid|against|per|across|over|under|between|because|due|which"
    r"|where|there|their|his|her|its|this|that|these|those|who|whom|whose|it|they|he|she|we|not|no|never"
    r"|may|might|could|would|should|will|can|must|shall|did|do|does|less|about|around|some|another|without"
)
# Auxiliaries and adverbs that may stand between the subject and a participle.
AUX = (
    r"were|was|have|has|had|been|are|is|be|being|got|get|gets|reportedly|reported|also|all|both|later"
    r"|subsequently|allegedly|now|confirmed|believed|thought|known|left|remain|remained|remains|still|already"
    r"|initially|eventually|apparently|officially|who|that|which|so\s+far|in\s+total|altogether"
    r"|in\s+all|had\s+to|to\s+have|to\s+be|estimated\s+to\s+have|said\s+to\s+have|feared\s+to\s+have"
    r"|estimated|reported\s+to\s+have|went|gone|presumed|listed\s+as|found|since|recently|either|each|newly"
    r"|just|yet|further|critically|seriously|severely|badly|slightly|lightly|fatally|temporarily|forcibly"
    r"|forced\s+to|being|rendered|made|declared|listed|living|staying|sheltering|housed|accommodated|hosted"
    r"|having|(?:already|still)\s+there|there\s+already"  # "5,600 people already there, having fled"
    r"|(?:believed|feared|thought|said|reported|estimated|known|presumed)\s+to\s+have"
    r"|(?:may|might|could|must)\s*have"  # marked modality = possible; "mayhave" in PDF text
    r"|(?:[a-z]{3,}ed|waylaid|beaten|shot|stabbed|taken|held)\s+and"  # "were waylaid and (killed)"
    r"|[a-z]+-?[a-z]+(?:ally|ively|ously|edly|ntly|tely|fully|arily|ssly|irely|rtly|enly|ckly)"  # adverbs
)


NUMBER_WORDS = "|".join([*UNIT_WORDS, *TENS_WORDS, "a", "an", "dozens", "hundreds", "thousands", "several"])


def words_before_boundary(*alternations: str) -> str:
    r"""``(?:A|B|...)`` read before ``\b`` at a word's start, as one faster alternation: the plain
    words (and "so far") as one trie (lexicon.trie_pattern) instead of one try each, and the adverbs'
    ``[a-z]+-?[a-z]+(?:ally|...)``, which backtracks over every split of the word (A, B), as a hyphened
    word or a word of two letters or more, each read once up to the suffix at its end: the same matches
    before ``\b`` (no lookbehind: see tests/test_gap_grammars.py); tests/test_speed_equivalence.py compares.

    >>> words_before_boundary("were|was|so\\s+far", "[a-z]+-?[a-z]+(?:ally|ously)")
    '(?:(?:so\\s+far|w(?:as|ere)))|[a-z]+-[a-z]+?(?:ally|ously)(?![a-z])|[a-z]{2}[a-z]*?(?:ally|ously)(?![a-z])'
    """
    plain: list[str] = []
    other: list[str] = []
    for alternation in alternations:
        depth, piece = 0, ""
        for ch in alternation + "|":  # the top-level alternatives (the words hold no escaped "|")
            depth += ch in "([" and not piece.endswith("\\")
            depth -= ch in ")]" and not piece.endswith("\\")
            if ch == "|" and depth == 0:
                (plain if _PLAIN_WORDS.fullmatch(piece) else other).append(piece)
                piece = ""
            else:
                piece += ch
    out = [lexicon.trie_pattern(sorted({w.replace("\\s+", " ") for w in plain}))]
    for piece in other:
        adverb = _ADVERB_SPLIT.fullmatch(piece)
        if adverb is None:
            out.append(piece)
        else:  # a hyphenated word's second part, or the word alone, ends with the suffix
            suffix = adverb["suffix"]
            out.append(rf"[a-z]+-[a-z]+?{suffix}(?![a-z])|[a-z]{{2}}[a-z]*?{suffix}(?![a-z])")
    return "|".join([f"(?:{out[0]})", *out[1:]])


_PLAIN_WORDS = re.compile(r"[a-z]+(?:\\s\+[a-z]+)*")
_ADVERB_SPLIT = re.compile(r"\[a-z\]\+-\?\[a-z\]\+(?P<suffix>\(\?:[a-z|]+\))")
NP_WORD = rf"""(?: (?:[\s-]+|(?<=\d)|\s+and\s+(?!(?:{NUMBER_WORDS})\b))  # "fighters and family members"
                  (?!(?:{words_before_boundary(STOP, AUX)})\b) [^\W\d][\w'’.-]* )"""


# The words right after a number, read for the head noun ("254 people", "300 houses").
AFTER_WORDS = regex.compile(
    rf"""
    (?: [\s-]+ (?!(?:{STOP}|{AUX})\b) ([^\W\d][\w'’-]*) ){{1,3}}   # up to three words before a stop word
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
WORD = regex.compile(r"[^\W\d][\w'’-]*")


# How far before a gap its grammar may look: the gap grammars' lookbehinds read one
# character ((?<=\d), (?<=[a-z]), \b), and no more may be kept: every character
# kept makes fewer gaps alike. tests/test_gap_grammars.py checks the lookbehinds.
GAP_LEAD = 1


_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")
_NONZERO_DIGIT = re.compile("[1-9]")


class Gap:
    """The named groups of a gap grammar's full match (what the linker reads of it)."""

    __slots__ = ("_groups",)

    def __init__(self, groups: dict[str, str | None]) -> None:
        self._groups = groups

    def group(self, name: str) -> str | None:
        return self._groups[name]

    def groupdict(self) -> dict[str, str | None]:
        return dict(self._groups)


@lru_cache(maxsize=4_096)
def _gap_groups(pattern: regex.Pattern[str], window: str, lead: int) -> Gap | None:
    m = pattern.fullmatch(window, lead)
    return None if m is None else Gap(m.groupdict())


def gap(pattern: regex.Pattern[str], text: str, start: int, end: int) -> Gap | None:
    """``pattern.fullmatch(text, start, end)``, remembered by the gap's words.

    The same short gaps (" ", " people were ", ", ") come back in every document
    and a gap grammar costs several microseconds even on one space; the words
    from ``GAP_LEAD`` characters before the gap to its end decide the match.
    """
    if end < start:  # the regex module reads this as an empty slice at ``start``
        m = pattern.fullmatch(text, start, end)
        return None if m is None else Gap(m.groupdict())
    lo = max(0, start - GAP_LEAD)
    # Which digits stand in a gap never changes its match (the grammars ask only
    # whether a character is a digit, and their named groups hold no digits), so
    # "1, 2, 3 killed" and "7, 8, 9 killed" share one entry.
    window = text[lo:end]
    if _NONZERO_DIGIT.search(window):  # most gaps hold none, and the search is cheaper than translate
        window = window.translate(_DIGITS_TO_ZERO)
    return _gap_groups(pattern, window, start - lo)


@dataclass(frozen=True, slots=True)
class Mention:
    """A trigger phrase found in a sentence, with every lexicon entry spelled so."""

    start: int
    end: int
    entries: tuple[Trigger, ...]


@dataclass(frozen=True, slots=True)
class Link:
    number: Number
    mention: Mention
    entry: Trigger
    rule: str
    start: int  # whole mention, head noun and causative verb included
    end: int
    head: str | None  # the noun that says what was counted, lower case


def head_noun(words: list[str]) -> str | None:
    """The noun that names what was counted: the last of the noun-phrase words.

    >>> head_noun(["Syrian", "army", "soldiers"]), head_noun(["fami-lies"])
    ('soldiers', 'families')
    """
    if not words:
        return None
    head = words[-1].lower().strip("'’")
    joined = head.replace("-", "")  # a word broken across a line in PDF text: "fami-lies"
    return joined if "-" in head and joined in _KNOWN_NOUNS else head


_KNOWN_NOUNS = PEOPLE_PLURAL | HOUSING | frozenset(UNITS) | NOT_VICTIMS


def words_after(text: str, pos: int, end: int) -> list[str]:
    m = AFTER_WORDS.match(text, pos, end)
    return [w for w in m.captures(1)] if m else []


def head_after(text: str, pos: int, end: int) -> tuple[str | None, int]:
    """Head noun after an object number and where the span may end.

    Only nouns we know (people, units, housing, non-victims) are taken, so that
    "killed 12 in Kabul" keeps its span short.
    """
    m = AFTER_WORDS.match(text, pos, end)
    if not m:
        return None, pos
    words = [w.lower() for w in m.captures(1)]
    ends = m.ends(1)
    for i, low in enumerate(words):
        if low in PEOPLE_PLURAL or low in UNITS or low in HOUSING or low in NOT_VICTIMS:
            after = words[i + 1] if i + 1 < len(words) else ""
            if low == "more" and after in HOUSING:
                continue  # "damaged 300 more homes": the noun after "more" says what is counted
            if low not in PEOPLE_PLURAL and (after in PEOPLE_PLURAL or after in UNITS):
                return after, ends[i + 1]  # "village elders", "camp residents": the place is a modifier
            return low, ends[i]
    return None, pos
