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

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

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

_WORD = regex.compile(
    r"""
      [^\W\d_] (?: [\w'’.-]* \w )? (?: n't )?   # a word, "U.N", "al-Shabaab", "didn't"
    | \d [\d.,:/]* \w*                          # a number the number grammar did not take
    | [^\w\s]                                   # one punctuation mark
    """,
    regex.VERBOSE,
)
_ADVERB_END = ("ly",)
# After a sentence's first word: a comma or another capitalised word makes it a name.
_NAME_AFTER = regex.compile(r",|\s+\p{Lu}\w*\s+(?:was|were|is|has|had|died|,)")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a sentence: its span, its spelling and its class."""

    start: int
    end: int
    text: str
    low: str
    kind: str
    number: Number | None = None
    entries: tuple[Trigger, ...] = ()


def word_kind(word: str, low: str, first: bool) -> str:
    """The class of one word (not a number nor a trigger phrase).

    >>> word_kind("villagers", "villagers", False), word_kind("Kunduz", "kunduz", False)
    ('person', 'name')
    >>> word_kind("badly", "badly", False), word_kind("were", "were", False)
    ('adv', 'be')
    """
    if not word[0].isalnum():
        return "punct"
    if low in words.BE_FORMS:
        return "be"
    if low in words.AUXILIARIES:
        return "aux"
    if low in words.MODALS:
        return "modal"
    if low in words.NEGATIONS or low.endswith("n't"):
        return "neg"
    if low in words.RELATIVES:
        return "rel"
    if low in words.COORDINATORS:
        return "coord"
    if low in words.SUBORDINATORS:
        return "sub"
    if low in words.DETERMINERS:
        return "det"
    if low in words.QUANTIFIERS:
        return "quant"
    if low in words.PREPOSITIONS:
        return "prep"
    if low in words.PRONOUNS:
        return "pron"
    if low in words.LIGHT_VERBS or low in words.CARE_VERBS or low in words.COPULA_VERBS:
        return "verb"
    if low in words.TIME_WORDS:
        return "time"
    if low in lexicon.HOUSING:
        return "house"
    if low in lexicon.PEOPLE_PLURAL or low in lexicon.PERSON or low in words.AGENTS:
        return "person"
    if low in lexicon.NOT_VICTIMS:
        return "thing"
    if low in words.ADVERBS or (low.endswith(_ADVERB_END) and len(low) > 4 and low not in lexicon.PERSON):
        return "adv"
    if word[0].isupper() and not first:
        return "name"
    return "word"


def tokenize(
    text: str, s_start: int, s_end: int, numbers: Sequence[Number], mentions: Sequence[MentionLike]
) -> list[Token]:
    """The tokens of ``text[s_start:s_end]``; ``numbers`` and ``mentions`` inside it, in order."""
    taken: list[tuple[int, int, Number | None, tuple[Trigger, ...]]] = []
    for n in numbers:
        if s_start <= n.start and n.end <= s_end:
            taken.append((n.start, n.end, n, ()))
    for m in mentions:
        if s_start <= m.start and m.end <= s_end and not any(a < m.end and m.start < b for a, b, _, _ in taken):
            taken.append((m.start, m.end, None, m.entries))
    taken.sort(key=lambda t: t[0])
    out: list[Token] = []
    pos = s_start
    for start, end, number, entries in [*taken, (s_end, s_end, None, ())]:
        for m in _WORD.finditer(text, pos, start):
            w = m.group()
            low = w.lower()
            kind = word_kind(w, low, not out)
            if not out and kind == "word" and w[0].isupper() and _NAME_AFTER.match(text, m.end()):
                kind = "name"  # "Habawil, a former official, ...", "Maria Lopez was hurt"
            out.append(Token(m.start(), m.end(), w, low, kind, None, ()))
        if end > start:
            w = text[start:end]
            if number is not None:
                kind = "num" if number.reject is None else "date"
                out.append(Token(start, end, w, w.lower(), kind, number, ()))
            else:
                out.append(Token(start, end, w, w.lower(), "trigger", None, entries))
        pos = max(pos, end)
    return out
