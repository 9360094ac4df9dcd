"""The clause linker: which trigger of a number's clause may govern a number left unexplained.

The constructions (``figures.grammar.constructions``) link the numbers of the
sentences they read; the quantity extractor (``figures.quantity``) asks this
looser linker about the numbers they left unexplained, before it lets
quantulum3 read them. A number is linked only to a trigger of its own clause
(``clauses``) and its own aside (``embedded``), with no other number between
them, and the words between must fit the trigger's role (``_gap_ok``).

>>> t = "Floods displaced 300 families, while 12 people died."
>>> [t[s:e] for s, e in clauses(t, 0, len(t))]
['Floods displaced 300 families', 'while 12 people died.']
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from figures.grammar.words import ESCAPE_VERBS
from figures.lexicon import PEOPLE, Trigger
from figures.patterns import TOLL_GAP, Mention

# Roles (see figures.lexicon) that may govern a number standing before the
# trigger ("300 were killed", "300 dead", "300 deaths") ...
ROLES_AFTER_NUMBER: frozenset[str] = frozenset({"past", "adj", "intrans", "noun"})
# ... and after it ("killed 300", "killing 300", "the toll rose to 300", "the evacuation of 300").
ROLES_BEFORE_NUMBER: frozenset[str] = frozenset({"past", "verb", "toll", "noun", "event"})
# On a tie in distance, the reading the sentence's structure makes likeliest
# wins: a passive or a participle, adjective or count noun after the number
# ("300 were killed", "300 dead"), then an active verb, total or act noun
# before it ("killed 300 wounded soldiers"), then a bare past form after it.
SUBJECT_ROLES: frozenset[str] = frozenset({"adj", "intrans", "noun"})
OBJECT_ROLES: frozenset[str] = frozenset({"past", "verb", "toll", "event", "noun"})
# Words between a number and its trigger, at most: a subject may carry a noun
# phrase and auxiliaries ("300 of the villagers have since"), an object only
# a determiner or two ("killed the island's 337").
MAX_GAP_WORDS = 8
MAX_OBJECT_GAP_WORDS = 4
MAX_EVENT_GAP_WORDS = 3
MAX_NOUN_GAP_WORDS = 3
# Words that put another phrase between a verb and a number after it
# ("affected the territory, with 19", "living in 3 camps", "those killed were 13",
# "the killed included three": the number belongs to the copula). Running totals
# nouns keep "to", "at" and "by" ("fatalities rose to 300").
OBJECT_GAP_STOP: frozenset[str] = frozenset([
    "with", "in", "at", "on", "for", "into", "from", "by", "and", "or", "but", "while", "after", "before",
    "during", "when", "to", "which", "whom", "who", "as", "across", "through", "throughout", "near", "between",
    "among", "within", "per", "was", "were", "is", "are", "included", "includes",
])  # fmt: skip
TOLL_GAP_WORDS: frozenset[str] = frozenset({"to", "at", "by"})
# Words that keep a number from being the subject of a trigger after it:
# a subset ("four firefighters were among the dead"), another group ("two squads
# to help those who were affected"), a purpose, a place, an act after the verb ("beat two
# guards before fleeing": the gerund is the agent's, as patterns._STOP says too).
SUBJECT_GAP_STOP: frozenset[str] = frozenset(["among", "those", "for", "whose", "within", "before"]) | ESCAPE_VERBS
# ("Two pupils escaped serious injury": unhurt; the construction escaped_with_harm reads "escaped with cuts")
# Auxiliaries of a passive: "300 were killed" (the number suffered the act).
PASSIVE_WORDS: frozenset[str] = frozenset(["were", "was", "are", "is", "been", "be", "being", "got", "get", "gets"])
# Words that may stand between a number and a count noun ("two more of these deaths").
NOUN_GAP_WORDS: frozenset[str] = frozenset(["of", "the", "these", "those", "them", "more"])
# Characters between a trigger and an unexplained number worth a sentence's
# reading (MAX_GAP_WORDS words and more).
REACH = 120
LONGEST_PHRASE = 100

# Clause breaks: a figure's trigger stands in its own clause.
_CLAUSE_BREAK = regex.compile(
    r"""
      \s* (?: ; | :(?!\s*\d) ) \s*                                          # "...; 12 were injured"
    | (?<=\d) \s* \| \s* (?=[^\W\d])       # "Rescued: 210 | Missing: 3": a value ends its field (not "Killed | 12")
    | (?<=[.!?]) \s+ (?=\p{Lu})                                             # a sentence end the splitter kept
    | \s* [,\u2013\u2014] \s* (?=(?:and|but|while|whereas|although|though|as|after|when|before|whilst|yet|so)\b)
                                                                            # ", while 12 ..."
    | \s+ (?=(?:while|whilst|whereas|although|though|but)\b)                # "... but 12 ..."
    | (?<! \bbetween \s+ \S+ (?:\s+(?:hundred|thousand|million|billion))? )   # not "between 200 and 300"
      \s+ (?=and\s+(?:(?:at\s+least|more\s+than|about|around|some|another|nearly|over|up\s+to)\s+)?
              (?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty
                 |fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|thousands|dozens)\b))
                                                                            # "... and 20 were wounded"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Embedded clauses and asides: what stands inside governs nothing outside.
_EMBEDDED = regex.compile(
    r"""
      , \s* (?:who|which|whom|whose|where) \b [^,;:()]* ,                   # ", who had fled the town,"
    | \( [^()]* \)                                                          # "(mostly women)"
    | \s [-\u2013\u2014]+ \s [^-\u2013\u2014;:()]* \s [-\u2013\u2014]+ \s   # " - three of them children - "
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# An infinitive may stand in a subject's gap only right before its trigger
# ("forced 125,000 people to flee", "300 were said to be displaced").
_TO_WORD = regex.compile(r"\bto\b(?!\s+(?:be|have|have\s+been|been)?\s*$)", regex.IGNORECASE)
# A bare participle as a running total: "Killed: 12", "the dead numbered 12" (but
# "the dead included six children" is a part of the total).
_BARE_TOLL_GAP = regex.compile(
    r"""
    \s* (?: [:=\u2013\u2014-] | , )? \s*                                    # "Killed: 12", "killed - 13"
    (?: (?:is|was|are|were|numbered|numbers|totalled|totaled|totals|reached|now|has|have
          |had|been|(?:rose|risen|climbed|stood|stands|stand)\s+(?:to|at)) \s+ )*   # "the dead numbered 12"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

WORD = regex.compile(r"[^\W\d][\w'\u2019-]*")
# Words that end the noun phrase after a number.
HEAD_STOP: frozenset[str] = frozenset([
    "and", "or", "but", "in", "on", "at", "from", "by", "with", "after", "during", "since", "for", "to",
    "into", "near", "while", "when", "as", "if", "than", "the", "said", "were", "was", "have", "has", "had",
    "been", "are", "is", "be", "who", "which", "that",
])  # fmt: skip


@dataclass(frozen=True, slots=True)
class Link:
    """The trigger chosen for a number, and how it was chosen."""

    mention: Mention
    entry: Trigger
    rule: str  # "subject": trigger after the number; "object": before it


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of the sentence ``text[start:end]``.

    >>> t = "Floods displaced 300 families, while 12 people died."
    >>> [t[s:e] for s, e in clauses(t, 0, len(t))]
    ['Floods displaced 300 families', 'while 12 people died.']
    """
    spans: list[tuple[int, int]] = []
    at = start
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, end))
    return [(s, e) for s, e in spans if e > s]


def embedded_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _EMBEDDED.finditer(text, start, end)]


def _region(pos: int, embedded: Sequence[tuple[int, int]]) -> int:
    """Which embedded stretch ``pos`` lies in (-1: the clause's own words)."""
    for i, (s, e) in enumerate(embedded):
        if s <= pos < e:
            return i
    return -1


def _gap_ok(text: str, start: int, end: int, side: str, role: str, verb_too: bool = False) -> bool:
    """Whether the words between a number and a trigger let the trigger govern the number.

    ``side`` is "object" (trigger before the number) or "subject" (after it);
    ``verb_too`` says the trigger phrase is also a verb ("killed" as a running
    total only in "Killed: 12", never in "killed in three attacks").

    >>> _gap_ok("killed the island's 337", 6, 20, "object", "past")
    True
    >>> _gap_ok("affected the territory, with 19", 8, 29, "object", "past")
    False
    >>> _gap_ok("two squads to help those who were affected", 3, 34, "subject", "past")
    False
    >>> _gap_ok("Two gunmen killed", 3, 11, "subject", "past", verb_too=True)
    False
    >>> _gap_ok("Two civilians killed", 3, 14, "subject", "past", verb_too=True)
    True
    """
    gap = text[start:end]
    words = [w.lower() for w in WORD.findall(gap)]
    if side == "object":
        if role == "toll":  # "the death toll rose to 300", as the patterns read a running total
            return (_BARE_TOLL_GAP if verb_too else TOLL_GAP).fullmatch(text, start, end) is not None
        limit = MAX_EVENT_GAP_WORDS if role == "event" else MAX_OBJECT_GAP_WORDS
        stop = OBJECT_GAP_STOP - TOLL_GAP_WORDS if role == "noun" else OBJECT_GAP_STOP
        return (
            len(words) <= limit
            and not any(w in stop for w in words)
            and regex.search(r"[,;()\"\u201c\u201d]\s*[^\W\d]|[;()]", gap) is None  # another phrase follows
        )
    if len(words) > MAX_GAP_WORDS or regex.match(r"\s*[,;(]", gap):
        return False  # "4, \"illness and death", "253 (though the death toll": the number ends its own phrase
    if any(w in SUBJECT_GAP_STOP for w in words):
        return False
    # "attacked and killed" is one act, "six people and killed" not, "men and a woman" two
    coordinated = "or" in words or "and" in words[:-1]
    if words[-1:] == ["and"] and not (
        len(words) > 1 and (words[-2].endswith(("ed", "en")) or words[-2] in PASSIVE_WORDS)
    ):
        coordinated = True
    if coordinated and not ({"including", "mostly", "mainly"} & set(words)):
        return False  # "nine men and a woman were killed": a part of the count; "rescued or evacuated"
    if role == "noun":
        return len(words) <= MAX_NOUN_GAP_WORDS and not any(w in HEAD_STOP and w not in NOUN_GAP_WORDS for w in words)
    if words and words[-1] == "the":
        return False  # "6,561 within the affected": the trigger names a group
    if verb_too and role in ("past", "adj") and words and not ((PASSIVE_WORDS | PEOPLE) & set(words)):
        return False  # "two gunmen (have) killed": the number is the verb's agent, not its object
    return _TO_WORD.search(gap) is None


def _rank(text: str, gap: tuple[int, int], side: str, role: str) -> int:
    """How likely the structure makes a link, on a tie in distance: 0 best (see ``SUBJECT_ROLES``)."""
    if side == "subject":
        passive = bool(PASSIVE_WORDS & {w.lower() for w in WORD.findall(text, gap[0], gap[1])})
        return 0 if role in SUBJECT_ROLES or passive else 2
    return 1 if role in OBJECT_ROLES else 2


def link(
    text: str,
    number: tuple[int, int],
    clause: tuple[int, int],
    found: Sequence[Mention],
    others: Sequence[tuple[int, int]],
    embedded: Sequence[tuple[int, int]] | None = None,
) -> Link | None:
    """The trigger that governs the number at ``number``, or None.

    ``found`` is in text order. Only triggers of the same clause and the same
    embedded stretch count, no other number (``others``, sorted; the number
    itself may be among them) may stand between number and trigger (it would
    be the trigger's own), and the words between must fit the trigger's role
    (``_gap_ok``). Of the triggers left, the fewest words away wins; on a tie,
    a passive, participle, adjective or count noun after the number, then an
    active verb, running total or act noun before it (``_rank``).
    """
    n_start, n_end = number
    c_start, c_end = clause
    if embedded is None:
        embedded = embedded_spans(text, c_start, c_end)
    here = _region(n_start, embedded)
    best: tuple[tuple[int, int, int], Link] | None = None
    first = bisect.bisect_left(found, n_start - REACH - LONGEST_PHRASE, key=lambda m: m.start)
    for m in found[first:]:
        if m.start > n_end + REACH:
            break  # too far to be the number's, whatever stands between
        if m.end < n_start - REACH:
            continue
        if m.start < c_start or m.end > c_end or _region(m.start, embedded) != here:
            continue
        if m.end <= n_start:
            gap, side, allowed = (m.end, n_start), "object", ROLES_BEFORE_NUMBER
        elif m.start >= n_end:
            gap, side, allowed = (n_end, m.start), "subject", ROLES_AFTER_NUMBER
        else:
            continue
        i = bisect.bisect_left(others, gap[0], key=lambda o: o[0])
        if i < len(others) and others[i][1] <= gap[1]:
            continue  # another number stands between: it is the trigger's own
        words = len(WORD.findall(text, gap[0], gap[1]))
        verb_too = any(e.role in ("past", "verb", "adj", "intrans") for e in m.entries)
        for entry in m.entries:
            if entry.role not in allowed or not _gap_ok(text, gap[0], gap[1], side, entry.role, verb_too):
                continue
            key = (words, _rank(text, gap, side, entry.role), m.start)
            if best is None or key < best[0]:
                best = (key, Link(m, entry, side))
            break
    return best[1] if best else None
