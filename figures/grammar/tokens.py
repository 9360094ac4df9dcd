"""One reading of a sentence: tokens with exact offsets and their word class.

A sentence is read once, left to right. Number expressions (``figures.numbers``)
and trigger phrases (``figures.patterns.find_mentions``) are taken whole, as one
token each, since both were found on the same text before; every other word or
punctuation mark is one token, classed from the closed word classes
(``figures.grammar.words``) and the lexicon's nouns.

>>> from figures.numbers import find_numbers
>>> s = "Nine pilgrims were killed."
>>> [(t.kind, t.text) for t in tokenize(s, 0, len(s), find_numbers(s), [])]
[('num', 'Nine'), ('person', 'pilgrims'), ('be', 'were'), ('word', 'killed'), ('punct', '.')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from itertools import accumulate
from typing import NamedTuple, Protocol

import regex

from figures import lexicon
from figures.grammar import words
from figures.lexicon import Trigger
from figures.numbers import Number


class MentionLike(Protocol):
    """A trigger phrase found in the text (``figures.patterns.Mention``)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def entries(self) -> tuple[Trigger, ...]: ...


# Token kinds. A token has exactly one; the chunker reads kinds, never spellings,
# except through the word tables.
KINDS: tuple[str, ...] = (
    "num",  # a number expression that can count people or houses
    "date",  # a number expression rejected as a count: year, date, age, measure
    "trigger",  # a trigger phrase of the lexicon
    "person",  # a noun that names people ("villagers", "driver")
    "house",  # a noun that names dwellings
    "thing",  # a noun that is never a victim ("provinces", "vehicles")
    "det",
    "quant",
    "prep",
    "be",  # forms of "be" and "get": passive voice
    "aux",  # other auxiliaries ("has", "had", "did")
    "modal",
    "neg",
    "rel",
    "coord",
    "sub",  # a subordinator: "if", "because", "as"
    "pron",
    "adv",
    "verb",  # a light, care or copula verb of the word tables ("received", "taken", "included")
    "time",
    "name",  # a capitalised word inside the sentence: a proper name
    "word",
    "punct",
)

# (the standard library's engine: this simple pattern is read over every word of every sentence
# the constructions read, and ``re`` scans it about twice as fast as ``regex``)
_WORD = re.compile(
    r"""
      [^\W\d_] (?: [\w'’.-]* \w )? (?: n't )?   # a word, "U.N", "al-Shabaab", "didn't"
    | \d [\d.,:/]* \w*                          # a number the number grammar did not take
    | [^\w\s]                                   # one punctuation mark
    """,
    re.VERBOSE,
)
_ADVERB_END = ("ly",)
# The rest of an age after its number ("16-year-old", "eleven year old", "six-month-old"): one word.
_AGE_REST = re.compile(r"[\s-]?(?:years?|months?|weeks?|days?)[\s-]old(?:s\b|\b)")
# After a sentence's first word: a comma or another capitalised word makes it a name.
_NAME_AFTER = regex.compile(r",|\s+\p{Lu}\w*\s+(?:was|were|is|has|had|died|,)|\s+(?:was|has\s+been|had\s+been)\s")


class Token(NamedTuple):
    """One token of a sentence: its span, its spelling and its class (a named tuple: one is made
    for every word of every sentence read, and a tuple is the cheapest immutable record)."""

    start: int
    end: int
    text: str
    low: str
    kind: str
    number: Number | None = None
    entries: tuple[Trigger, ...] = ()


@cache
def _classes() -> dict[str, str]:
    """Lower-case word -> its class, from the word tables; the first table naming a word wins."""
    tables: list[tuple[str, frozenset[str]]] = [
        ("be", words.BE_FORMS),
        ("aux", words.AUXILIARIES),
        ("modal", words.MODALS),
        ("neg", words.NEGATIONS),
        ("rel", words.RELATIVES),
        ("coord", words.COORDINATORS),
        ("sub", words.SUBORDINATORS),
        ("det", words.DETERMINERS),
        ("quant", words.QUANTIFIERS),
        ("prep", words.PREPOSITIONS),
        ("pron", words.PRONOUNS),
        (
            "verb",
            words.LIGHT_VERBS
            | words.CARE_VERBS
            | words.COPULA_VERBS
            | words.FORCE_VERBS
            | words.RESULT_VERBS
            | words.REPORT_VERBS
            | words.CAUSE_VERBS
            | words.FIND_VERBS
            | words.CAPTURE_VERBS
            | words.MOVING_VERBS
            | words.COVER_VERBS,
        ),
        ("time", words.TIME_WORDS),
        ("house", lexicon.HOUSING),
        ("person", lexicon.PEOPLE_PLURAL | lexicon.PERSON | words.AGENTS),
        ("thing", lexicon.NOT_VICTIMS),
        ("adv", words.ADVERBS),
    ]
    table: dict[str, str] = {}
    for kind, members in tables:
        for w in members:
            table.setdefault(w, kind)
    return table


def word_kind(word: str, low: str, first: bool) -> str:
    """The class of one word (not a number nor a trigger phrase).

    >>> word_kind("villagers", "villagers", False), word_kind("Kunduz", "kunduz", False)
    ('person', 'name')
    >>> word_kind("badly", "badly", False), word_kind("were", "were", False)
    ('adv', 'be')
    >>> word_kind("US", "us", False), word_kind("us", "us", False)
    ('name', 'pron')
    """
    if not word[0].isalnum():
        return "punct"
    if word == "US":
        return "name"  # the country, never "us": "a United States (US) soldier"
    kind = _classes().get(low)
    if kind is not None:
        return kind
    if low.endswith("n't"):
        return "neg"
    if "-" in low and _classes().get(low.rpartition("-")[2]) == "person":
        return "person"
    if low.endswith(_ADVERB_END) and len(low) > 4:
        return "adv"
    if word[0].isupper() and not first:
        return "name"
    return "word"


def overlap_test(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether ``[a, b)`` overlaps one of ``spans``, in log time (a sentence of 10,000 numbers).

    >>> covered = overlap_test([(10, 12), (0, 3)])
    >>> covered(2, 4), covered(3, 10), covered(11, 20)
    (True, False, True)
    """
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))  # the furthest end of the spans so far

    def covered(a: int, b: int) -> bool:
        i = bisect_left(starts, b)  # the spans that start before b
        return i > 0 and reach[i - 1] > a

    return covered


def tokenize(
    text: str, s_start: int, s_end: int, numbers: Sequence[Number], mentions: Sequence[MentionLike]
) -> list[Token]:
    """The tokens of ``text[s_start:s_end]``; ``numbers`` and ``mentions`` inside it, in order."""
    taken: list[tuple[int, int, Number | None, tuple[Trigger, ...]]] = []
    for n in numbers:
        if s_start <= n.start and n.end <= s_end:
            taken.append((n.start, n.end, n, ()))
    # a mention that overlaps a number or an earlier mention is not taken (mentions come in text
    # order: the numbers are searched, the mentions' furthest end kept)
    on_number = overlap_test([(t[0], t[1]) for t in taken])
    mention_end = -1
    for m in mentions:
        if s_start <= m.start and m.end <= s_end and not on_number(m.start, m.end) and mention_end <= m.start:
            taken.append((m.start, m.end, None, m.entries))
            mention_end = max(mention_end, m.end)
    taken.sort(key=lambda t: t[0])
    out: list[Token] = []
    append = out.append
    classes = _classes()
    new = tuple.__new__  # Token(...) without the named tuple's Python-level __new__: one per word
    pos = s_start
    for start, end, number, entries in [*taken, (s_end, s_end, None, ())]:
        for word in _WORD.finditer(text, pos, start):
            w = word.group()
            st, en = word.span()
            if not w[0].isalnum():
                append(new(Token, (st, en, w, w, "punct", None, ())))
                continue
            low = w.lower()
            kind = classes.get(low)
            if kind == "verb" and out and w[0].isupper():
                kind = "name"  # inside a sentence, "Force" in "Border Security Force" is a name's, not a verb
            elif w == "US":
                kind = "name"  # the country, never "us" (as word_kind)
            elif kind == "thing" and w[0].isupper() and out and out[-1].kind == "name":
                kind = "name"  # a name's word: "United States", "Gulf States" (not things counted)
            if kind is None:  # word_kind's fallbacks, inline: this loop runs for every word read
                if low.endswith("n't"):
                    kind = "neg"
                elif "-" in low and classes.get(low.rpartition("-")[2]) == "person":
                    kind = "person"  # "co-pilot", "ex-soldier", "bus-driver": a compound of a person noun
                elif w[0].isupper() and out:
                    kind = "name"  # inside a sentence: "Italy", not an adverb for its "-ly"
                elif low.endswith(_ADVERB_END) and len(low) > 4:
                    kind = "adv"
                elif w[0].isupper() and _NAME_AFTER.match(text, en):
                    kind = "name"  # first: "Habawil, a former official, ...", "Maria Lopez was hurt"
                else:
                    kind = "word"
            append(new(Token, (st, en, w, low, kind, None, ())))
        if end > start:
            w = text[start:end]
            age = _AGE_REST.match(text, end, s_end) if number is not None and number.reject == "age" else None
            if age is not None:
                # "a 33-year-old woman": an adjective of the noun phrase, not a number of its own
                end = age.end()
                w = text[start:end]
                kind = "person" if w.endswith("olds") else "word"  # "two 16-year-olds"
                append(Token(start, end, w, w.lower(), kind))
            elif number is not None:
                append(Token(start, end, w, w.lower(), "num" if number.reject is None else "date", number))
            else:
                append(Token(start, end, w, w.lower(), "trigger", None, entries))
        pos = max(pos, end)
    return out
