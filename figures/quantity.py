"""The quantity extractor: quantulum3, wrapped, where the patterns left a number unexplained.

This is the only module that imports ``quantulum3``, and it does so lazily, on
the first sentence that needs it: ``import figures`` never loads it, and the
pattern extractor works without it.

quantulum3 is slow (0.005-0.05 MB/s), so it reads only where it could add
something: in a clause that holds a trigger phrase and a number no known
figure explains (a number ``figures.numbers`` accepts as a possible head count
that lies in no known figure's span, or digits it did not read at all), and
only the number and the few words after it, once the number has been linked
to a trigger of its clause that may govern it. Cheap tests come first (number
tokens near a trigger, no sentence end between them, the linker on the raw
tokens), so most documents never reach quantulum3.

A number becomes a figure when quantulum3 reads it as a plain count and:

- ``figures.numbers`` does not reject the number (years, dates, times, ages,
  percentages, money, measures, magnitudes are never head counts), and its
  reading wins over quantulum3's: the value comes from ``parse_number`` ("half
  a million" is 500,000, not quantulum3's 1.5 million), ranges stay ranges
  (never quantulum3's midpoint), and the qualifier words before the number
  ("more than", "up to") are kept;
- a trigger in the same clause may govern it (see ``link``): a participle,
  adjective or intransitive verb after it ("300 ... were displaced"), an
  active verb, running total or act noun before it ("killing ... 300");
- its head noun does not name things that are not victims ("12 vehicles").

Dimensioned quantities (km, tonnes, dollars, %, hours) are dropped, except a
scale letter that quantulum3 took for a unit when people follow ("1.5m people"
is 1,500,000 people, not 1.5 metres; "120k people" is no data size).

>>> [(f.category, f.value, f.qualifier, f.text) for f in extract("More than 300 of the villagers fled.")]
[('displaced', 300, 'more_than', 'More than 300 of the villagers fled')]
"""

from __future__ import annotations

import bisect
import contextlib
import importlib
import logging
import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from figures import lazyregex as regex  # compiled on first use, kept between runs: figures/lazyregex.py
from figures import lexicon
from figures.figure import Figure
from figures.grammar.clause_link import HEAD_STOP, MAX_GAP_WORDS, REACH, WORD, clauses, embedded_spans, link
from figures.lexicon import HOUSING, NOT_VICTIMS, PEOPLE, UNITS
from figures.numbers import QUALIFIER_WORDS, SCALES, TENS, VAGUE, Number, find_numbers, parse_number
from figures.numbers import UNITS as NUMBER_WORDS
from figures.patterns import MODAL_BEFORE, Mention, find_mentions
from figures.sentences import sentence_span

# Windows for quantulum3 closer than this are read in one call (its cost is
# mostly per call), up to a length (and superlinear in long dense text).
WINDOW_SLACK = 40
WINDOW_LONGEST = 300
# What quantulum3 may read of one document: a share of it and a floor.
BUDGET_SHARE = 0.002
BUDGET_FLOOR = 2_000
# What one call costs beside the characters it reads, in characters: about 2 ms
# a call and 0.07 ms a character (quantulum3 0.9.2 on a 2-core machine), so many
# short calls in a dense document spend the budget as the time they take does.
CALL_CHARGE = 30
# quantulum3's name for a plain count.
DIMENSIONLESS = "dimensionless"
# Units quantulum3 gives a scale letter glued to a number ("1.5m", "120k").
SCALE_UNITS: frozenset[str] = frozenset({"metre", "kibibyte", "kilobyte", "kilogram", "megabyte", "kelvin"})

# Qualifier words right before a number that figures.numbers did not read.
_QUALIFIER_BEFORE = regex.compile(
    r"(?:^|(?<=\W))(?P<qual>"
    + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(QUALIFIER_WORDS, key=len, reverse=True))
    + r")\s*$",
    regex.IGNORECASE,
)
# A number that figures.numbers did not read is taken only as plain digits,
# grouped by thousands or by lakhs ("27,00,000"), with an optional scale word.
_PLAIN_NUMBER = regex.compile(
    r"""
    (?: \d{1,3} (?:,\d{3})+ | \d{1,2} (?:,\d{2})+ ,\d{3} | \d+ )   # 1,228 / 27,00,000 / 300
    (?: \.\d+ )?                                                    # 1.5
    (?: \s? (?:million|billion|thousand|hundred|lakhs?|crores?|mn|m|bn|k) )?   # a scale
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_DIGITS = regex.compile(r"\d+")
# People nouns right after a number ("2,019 people" even when written "2019 people").
_PEOPLE_NEXT = regex.compile(
    r"\s+(?:people|persons|civilians|residents|individuals|families|households|villagers|refugees|migrants)\b",
    regex.IGNORECASE,
)
# Punctuation no link crosses: a sentence end, a semicolon, a colon (but
# "Deaths: 12"), a blank line.
_HARD_BREAK = regex.compile(r"[.!?;][\s\"\u201d)\]]|:(?!\s*\d)\s|\n\s*\n")
# The words after a number where quantulum3 looks for its unit ("1.5m people", "20 tonnes of").
_AFTER_NUMBER = regex.compile(r"(?:[\s\-]*[^\s\d]+){1,3}")
# A plan or a need is no figure ("1,000 people were planned to be evacuated",
# "5,000 may need to be evacuated", "will have to be evacuated"); the pattern
# extractor's modal words cover the rest. "had to flee" is a fact and stays.
_PLANNED_BEFORE = regex.compile(
    r"""
    \b (?: (?:planned|plans?|planning|scheduled|preparing|prepared|ready|due)        # "planned to"
        | (?:(?:may|might|could|would|will|shall|should|must|can)\s+)? (?:need|needs|have)  # "may need to"
        ) \s+ to \s+ (?:be\s+|have\s+been\s+)? $                                      # "... to be evacuated"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A currency sign before a number makes it money, whichever sign it is.
_CURRENCY_BEFORE = regex.compile(r"\p{Sc}\s?$")


@dataclass(frozen=True, slots=True)
class Quantity:
    """What we keep of one quantulum3 quantity, offsets into the document."""

    start: int
    end: int
    surface: str
    value: float
    unit: str
    uncertainty: float | None


# --- quantulum3, contained ---------------------------------------------------


@contextlib.contextmanager
def _contained() -> Iterator[None]:
    """Keep quantulum3's warnings and root-logger changes out of the caller's process.

    ``quantulum3.parser.parse`` calls ``logging.basicConfig`` on every call,
    which gives an unconfigured program a root handler it never asked for.
    """
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            yield
        finally:
            for handler in [h for h in root.handlers if h not in handlers]:
                root.removeHandler(handler)
            root.setLevel(level)


def _as_written(target: Any = None, **_: Any) -> Any:
    """typeguard's ``typechecked`` as it is under ``python -O``: the function unchanged."""
    return target if target is not None else _as_written


@contextlib.contextmanager
def _no_runtime_type_checks() -> Iterator[None]:
    """Import with typeguard's ``@typechecked`` a no-op, as ``python -O`` makes it.

    inflect, which quantulum3 loads on its first parse, decorates its functions
    with it, and each one is rewritten and compiled again at import: 2.4 s of
    quantulum3's 3 s first call on our 2-core machine, paid by every process
    that loads it (each worker, each Dask worker). The checks are a debugging
    aid for inflect's callers; without them its functions run as written.
    typeguard's own ``typechecked`` is put back at once.
    """
    try:
        typeguard: Any = importlib.import_module("typeguard")
    except ImportError:
        yield
        return
    original = typeguard.typechecked
    typeguard.typechecked = _as_written
    try:
        yield
    finally:
        typeguard.typechecked = original


@cache
def _parser() -> ModuleType:
    """quantulum3's parser module, imported on first use, inflect first (see _no_runtime_type_checks)."""
    with _contained():
        with contextlib.suppress(ImportError), _no_runtime_type_checks():
            importlib.import_module("inflect")
        parser: ModuleType = importlib.import_module("quantulum3.parser")
    return parser


def quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """quantulum3's quantities in ``text[start:end]``, offsets into ``text``, in text order.

    quantulum3 sometimes gives a span that starts one character before the text
    and an empty surface ("Between 200 and 300 ..." at the start): spans are
    clipped to the text read, and ``surface`` is always ``text[q.start:q.end]``.

    >>> [(q.surface, q.value, q.uncertainty) for q in quantities("Between 200 and 300 houses")]
    [('Between 200 and 300', 250.0, 50.0)]
    """
    stop = len(text) if end is None else end
    with _contained():
        found = _parser().parse(text[start:stop])
    result = []
    for q in found:
        q_start, q_end = max(start, start + q.span[0]), min(stop, start + q.span[1])
        if q_start < q_end:
            uncertainty = None if q.uncertainty is None else float(q.uncertainty)
            result.append(Quantity(q_start, q_end, text[q_start:q_end], float(q.value), q.unit.name, uncertainty))
    # quantulum3 promises no order; ours must not depend on it.
    return sorted(result, key=lambda q: (q.start, q.end, q.unit, q.value))


# --- reading the sentence ----------------------------------------------------


@cache
def numeric_tokens() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Digits, and number words: where a sentence could hold a figure (compiled once).

    Two patterns, as one alternation of both is several times slower to scan.
    The digits leave out what is plainly no head count, so that the number
    grammar is not run for it: years, reference marks, money, clock times,
    dates, ordinals, percentages, measures, decimals without a scale.

    >>> digits, words = numeric_tokens()
    >>> [m.group() for m in digits.finditer("[81] 12 people, 40%, 28.82 inHg, 1.5 million, 12 March, in 2019")]
    ['12', '1.5']
    >>> [m.group() for m in words.finditer("two dozen fled")]
    ['two', 'dozen']
    """
    single = {w for phrase in VAGUE for w in phrase.split() if w not in ("a", "of")}
    words = sorted({*NUMBER_WORDS, *TENS, *(w for w in SCALES if w.isalpha() and len(w) > 2), *single, "dozen", "half"})
    months = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
    digits = regex.compile(
        r"""
        (?= \d )                                                                     # (cheap first test)
        (?<! [\d,.:] | \[ | \p{Sc}\s? | \b(?:rs|us|usd|eur)\.?\s? )                # not [12], $5, Rs.5, :30
        (?<! \b(?:MONTHS)[a-z]*\.?\s )                                              # nor March 12
        (?! (?:1[89]|20)\d\d (?![\d,.]|\s*(?:people|persons|families|households)) )  # nor a bare year
        (?> \d (?: [\d,.]* \d )? )                                                   # 1,228 / 1.5 / 27,00,000
        (?! \d | (?:st|nd|rd|th)\b | :\d | \s?\] )                                   # nor 25th, 10:30, [12]
        (?! \s? (?: [%°] | (?:per\s?cent|percent|km|mph|acres|hectares|inhg|hpa|kg|tonnes|tons)\b )
            | \s (?:MONTHS)[a-z]*\b )                                                 # nor 40%, 5 km, 12 March
        (?<! (?<![\d,])\d+\.\d+ (?! \s?(?:million|billion|thousand|hundred|mn|m|bn|k|lakhs?|crores?)\b ) )
                                                                                      # nor 28.82 without a scale
        """.replace("MONTHS", months),
        regex.VERBOSE | regex.IGNORECASE,
    )
    # lexicon.trie_pattern: shared prefixes merged, much faster to scan than a flat alternation
    return digits, regex.compile(rf"\b(?:{lexicon.trie_pattern(words)})\b", regex.IGNORECASE)


def _head(text: str, start: int, end: int) -> str | None:
    """The first known noun after a number: people, units, housing or non-victims."""
    for count, m in enumerate(WORD.finditer(text, start, min(end, start + 60))):
        word: str = m.group().lower().strip("'\u2019")
        if word in HEAD_STOP or count >= 4:
            return None
        if word in PEOPLE or word in UNITS or word in HOUSING or word in NOT_VICTIMS:
            return word
    return None


# --- numbers quantulum3 saw --------------------------------------------------


def _people_follow(text: str, end: int) -> bool:
    m = WORD.search(text, end, min(len(text), end + 40))
    return m is not None and not text[end : m.start()].strip() and m.group().lower() in PEOPLE | UNITS.keys()


def _count_unit(q: Quantity, text: str) -> bool:
    """Whether quantulum3's unit still lets the quantity be a count of people.

    >>> _count_unit(Quantity(0, 4, "1.5m", 1.5, "metre", None), "1.5m people")
    True
    >>> _count_unit(Quantity(0, 4, "1.5m", 1.5, "metre", None), "1.5m wall")
    False
    """
    if q.unit == DIMENSIONLESS:
        return True
    # "1.5m people": a scale letter read as a unit.
    return (
        q.unit in SCALE_UNITS
        and regex.fullmatch(r"\d[\d,.]*\s?(?:m|mn|k|bn)", q.surface, regex.IGNORECASE) is not None
        and parse_number(q.surface) is not None
        and _people_follow(text, q.end)
    )


def _bare_year(text: str, start: int, end: int) -> bool:
    """A four-digit number that reads as a year unless people follow ("in 2019 displaced" is no count of 2,019).

    >>> _bare_year("Floods in 2019 displaced 300", 10, 14), _bare_year("2019 people fled", 0, 4)
    (True, False)
    """
    return regex.fullmatch(r"(?:1[89]|20)\d\d", text[start:end]) is not None and _PEOPLE_NEXT.match(text, end) is None


def _glued(text: str, start: int, end: int) -> bool:
    """Whether digits at ``text[start:end]`` are glued to a word, an id, a decimal, a time, a date or more digits."""
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2]
    return before.isalnum() or before in ".,/#:-_'\u2019" or regex.match(r"[\w%$£€]|[,.:/-]\d|°", after) is not None


def _unseen_number(text: str, start: int, end: int, clause: tuple[int, int]) -> Number | None:
    """Our reading of digits ``figures.numbers`` did not read, or None when they are no count.

    >>> _unseen_number("the 27,00,000 people", 4, 13, (0, 20)).value
    2700000
    >>> _unseen_number("Depression 09W formed", 11, 13, (0, 21)) is None
    True
    """
    surface = text[start:end]
    if _PLAIN_NUMBER.fullmatch(surface) is None or _glued(text, start, end):
        return None
    value = parse_number(surface)
    if value is None or value < 1:
        return None
    if _bare_year(text, start, end):
        return None
    qual = _QUALIFIER_BEFORE.search(text, max(clause[0], start - 30), start)
    qualifier = QUALIFIER_WORDS[lexicon.normalise(qual["qual"])] if qual else "exact"
    first = qual.start("qual") if qual else start
    if qualifier in ("at_least", "more_than"):
        return Number(value, value, None, qualifier, first, end)
    if qualifier in ("at_most", "less_than"):
        return Number(value, None, value, qualifier, first, end)
    if qualifier == "exact":
        return Number(value, value, value, qualifier, first, end)
    return Number(value, None, None, qualifier, first, end)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# --- the extractor -----------------------------------------------------------


def _window(text: str, start: int, end: int, clause_end: int) -> tuple[int, int]:
    """What quantulum3 reads for a number: the number and the few words after it, where its unit would be."""
    m = _AFTER_NUMBER.match(text, end, clause_end)
    return start, m.end() if m else end


@dataclass(frozen=True, slots=True)
class _Plan:
    """One clause's numbers and the candidate figures read from them, waiting for quantulum3's word."""

    clause: tuple[int, int]
    number_spans: list[tuple[int, int]]  # every number the grammar read, accepted or not, in order
    all_numbers: list[tuple[int, int]]  # and the digits it did not read, sorted
    candidates: list[Figure]  # in number order
    unseen: list[tuple[int, int]]  # digits the grammar did not read, that a trigger may govern
    found: Sequence[Mention]

    def windows(self, text: str) -> list[tuple[int, int]]:
        spans = [(f.number_start, f.number_end) for f in self.candidates] + self.unseen
        return [_window(text, s, e, self.clause[1]) for s, e in spans]


def _plan(
    text: str,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    explained: Sequence[tuple[int, int]],  # sorted, disjoint: the known figures' spans
    found: Sequence[Mention],
) -> _Plan | None:
    """The candidate figures of one clause, read and linked without quantulum3 (None: none)."""
    c_start, c_end = clause
    numbers = find_numbers(text, c_start, c_end)
    number_spans = [(n.start, n.end) for n in numbers]
    unseen = [
        (m.start(), m.end())
        for m in _DIGITS.finditer(text, c_start, c_end)
        if not _inside_any(number_spans, m.start(), m.end()) and not _inside_any(explained, m.start(), m.end())
    ]
    all_numbers = sorted(number_spans + unseen)
    embedded = embedded_spans(text, c_start, c_end)
    candidates = [
        fig
        for n in numbers
        if n.accepted
        and not _inside_any(explained, n.start, n.end)
        and not _CURRENCY_BEFORE.search(text, max(0, n.start - 3), n.start)
        and not _bare_year(text, n.start, n.end)
        for fig in [_figure(text, n, clause, found, all_numbers, sentence, embedded)]
        if fig is not None
    ]
    unseen = [
        span for span in unseen if not _glued(text, *span) and link(text, span, clause, found, all_numbers, embedded)
    ]
    if not candidates and not unseen:
        return None
    return _Plan(clause, number_spans, all_numbers, candidates, unseen, found)


def _judge(text: str, plan: _Plan, read: Sequence[Quantity], sentence: tuple[int, int]) -> list[Figure]:
    """The candidates quantulum3 read as counts, and the figures of digits only quantulum3 read."""
    # A candidate stands when quantulum3 read its number, and read it as a count.
    candidate_spans = [(f.number_start, f.number_end) for f in plan.candidates]
    seen: set[int] = set()
    vetoed: set[int] = set()
    for q in read:
        for i in _overlapping(candidate_spans, q.start, q.end):
            seen.add(i)
            if not _count_unit(q, text):
                vetoed.add(i)
    figures = {candidate_spans[i]: plan.candidates[i] for i in sorted(seen - vetoed)}
    for q in read:
        if _inside_any(plan.number_spans, q.start, q.end) or not _count_unit(q, text):
            continue  # the number grammar read it: a candidate above, or rejected (a year, a date...)
        n = _unseen_number(text, q.start, q.end, plan.clause)
        if n is not None and (n.start, n.end) not in figures:
            fig = _figure(text, n, plan.clause, plan.found, plan.all_numbers, sentence)
            if fig is not None:
                figures[(n.start, n.end)] = fig
    return [figures[key] for key in sorted(figures)]


def _merged(spans: Sequence[tuple[int, int]], slack: int = 0, longest: int = 0) -> list[tuple[int, int]]:
    """Sorted spans, those that overlap made one; and those within ``slack``
    characters of each other, while the result stays under ``longest`` characters.

    >>> _merged([(10, 20), (0, 5), (18, 30), (33, 40)]), _merged([(0, 5), (8, 9)], slack=3, longest=10)
    ([(0, 5), (10, 30), (33, 40)], [(0, 9)])
    """
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and (start <= out[-1][1] or (start <= out[-1][1] + slack and end - out[-1][0] <= longest)):
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _sentence_figures(
    text: str,
    s_start: int,
    s_end: int,
    explained: Sequence[tuple[int, int]],
    found: Sequence[Mention],
    tokens: Sequence[tuple[int, int]],
    budget: list[int],
) -> list[Figure]:
    """The figures of one sentence, reading as little as possible before deciding it holds none.

    Each step is cheaper than the next and runs only when the one before it
    left something: number-like tokens no known figure explains near a
    trigger phrase, clauses where the linker lets a trigger govern one of
    those tokens, the number grammar and the linker on those clauses
    (``_plan``), quantulum3 on the numbers that gave a candidate and the
    words after them (``_judge``). quantulum3 reads a candidate's number as a
    plain count (``_count_unit``) or the candidate is dropped; digits the
    number grammar did not read become figures only through quantulum3.

    ``budget`` holds the characters quantulum3 may still read in this
    document; a sentence that needs more gives no figure.
    """
    plans: list[_Plan] = []
    mention_starts = [m.start for m in found]  # both sorted by start: a clause's share by bisection,
    token_starts = [t[0] for t in tokens]  # not by a scan per clause (quadratic in a long sentence)
    for c_start, c_end in clauses(text, s_start, s_end):
        first = bisect.bisect_left(mention_starts, c_start)
        here = [m for m in found[first : bisect.bisect_left(mention_starts, c_end)] if m.end <= c_end]
        spans = tokens[bisect.bisect_left(token_starts, c_start) : bisect.bisect_left(token_starts, c_end)]
        if not here or not spans:
            continue
        embedded = embedded_spans(text, c_start, c_end)
        if any(
            link(text, _with_qualifier(text, span, c_start), (c_start, c_end), here, spans, embedded) for span in spans
        ):
            plan = _plan(text, (c_start, c_end), (s_start, s_end), explained, here)
            if plan is not None:
                plans.append(plan)
    if not plans:
        return []
    # One quantulum3 call for close windows, even across clauses.
    windows = _merged([w for plan in plans for w in plan.windows(text)], slack=WINDOW_SLACK, longest=WINDOW_LONGEST)
    size = sum(end - start + CALL_CHARGE for start, end in windows)
    if size > budget[0]:
        budget[0] = 0  # spent: the rest of the document is not planned for at all
        return []
    budget[0] -= size
    read: list[Quantity] = []
    for w_start, w_end in windows:
        read.extend(q for q in quantities(text, w_start, w_end) if not _inside_any(explained, q.start, q.end))
    figures: list[Figure] = []
    for plan in plans:
        c_start, c_end = plan.clause
        figures.extend(_judge(text, plan, [q for q in read if q.start < c_end and c_start < q.end], (s_start, s_end)))
    return figures


def _with_qualifier(text: str, span: tuple[int, int], floor: int) -> tuple[int, int]:
    """A number token's span with the qualifier words before it ("at least 300")."""
    qual = _QUALIFIER_BEFORE.search(text, max(floor, span[0] - 30), span[0])
    return (qual.start("qual"), span[1]) if qual else span


def _figure(
    text: str,
    n: Number,
    clause: tuple[int, int],
    found: Sequence[Mention],
    all_numbers: Sequence[tuple[int, int]],
    sentence: tuple[int, int],
    embedded: Sequence[tuple[int, int]] | None = None,
) -> Figure | None:
    s_start, s_end = sentence
    chosen = link(text, (n.start, n.end), clause, found, all_numbers, embedded)
    if chosen is None:
        return None
    t = chosen.mention
    before = max(s_start, t.start - 60)
    if MODAL_BEFORE.search(text, before, t.start) or _PLANNED_BEFORE.search(text, before, t.start):
        return None  # "could become displaced", "were planned to be evacuated": not a figure
    head = _head(text, n.end, t.start if chosen.rule == "subject" else clause[1])
    cat_unit = lexicon.category_and_unit(chosen.entry.category, head)
    if cat_unit is None:
        return None
    category, unit = cat_unit
    start, end = min(n.start, t.start), max(n.end, t.end)
    return Figure(
        category=category,
        value=n.value,
        low=n.low,
        high=n.high,
        qualifier=n.qualifier,
        unit=unit,
        start=start,
        end=end,
        text=text[start:end],
        number_start=n.start,
        number_end=n.end,
        trigger=text[t.start : t.end],
        trigger_start=t.start,
        trigger_end=t.end,
        sentence_start=s_start,
        sentence_end=s_end,
        extractor="quantity",
        rule=f"quantulum3:{chosen.rule}",
        modality=chosen.entry.modality,
    )


def _reachable(text: str, t: Mention, token: tuple[int, int]) -> bool:
    """Whether a number token is near enough to a trigger to be linked to it: no sentence or clause
    punctuation and few enough words between them (a cheap test before any sentence is read)."""
    start, end = (token[1], t.start) if token[1] <= t.start else (t.end, token[0])
    if end < start:
        return False  # the token overlaps the trigger
    return text.count(" ", start, end) <= MAX_GAP_WORDS + 4 and _HARD_BREAK.search(text, start, end) is None


def _overlapping(disjoint: Sequence[tuple[int, int]], start: int, end: int) -> list[int]:
    """Indices of the sorted, disjoint spans that overlap ``start..end``.

    >>> _overlapping([(0, 5), (10, 20), (25, 30)], 4, 26)
    [0, 1, 2]
    """
    i = bisect.bisect_right(disjoint, (start, sys.maxsize))
    i = i - 1 if i > 0 and disjoint[i - 1][1] > start else i
    found: list[int] = []
    while i < len(disjoint) and disjoint[i][0] < end:
        if disjoint[i][1] > start:
            found.append(i)
        i += 1
    return found


def _inside_any(disjoint: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start..end`` overlaps one of the sorted, disjoint spans.

    >>> _inside_any([(0, 5), (10, 20)], 4, 6), _inside_any([(0, 5), (10, 20)], 5, 10), _inside_any([(10, 20)], 8, 11)
    (True, False, True)
    """
    i = bisect.bisect_right(disjoint, (start, sys.maxsize))  # the first span starting after ``start``
    return (i > 0 and disjoint[i - 1][1] > start) or (i < len(disjoint) and disjoint[i][0] < end)


class _Tokens:
    """The number tokens no known figure explains, in the windows around triggers.

    Read a piece at a time as the reading moves on, not for the whole document
    at once: a dense document spends its quantulum3 budget early, and the
    tokens after that point would never be looked at.
    """

    PIECE = 2_000  # characters read at a time, up to the next space
    LOOK_AHEAD = 64  # what a token's lookaheads may read past a piece ("5 km", "12 March")

    def __init__(self, text: str, windows: Sequence[tuple[int, int]], covered: Sequence[tuple[int, int]]) -> None:
        self._text, self._windows, self._covered = text, windows, covered
        self._window = 0  # the window being read
        self._at = windows[0][0] if windows else 0  # where reading goes on in it
        self.spans: list[tuple[int, int]] = []  # sorted by start (windows are sorted and disjoint)
        self.starts: list[int] = []

    def _done(self) -> bool:
        return self._window >= len(self._windows)

    def _read_piece(self) -> None:
        # A piece ends at a space: no token holds one, so none is cut in two, and
        # reading on to LOOK_AHEAD past it lets each token see what follows it as
        # in a reading of the whole window.
        w_end = self._windows[self._window][1]
        space = self._text.find(" ", self._at + self.PIECE, w_end)
        cut = w_end if space < 0 else space
        found = sorted(
            (m.start(), m.end())
            for pattern in numeric_tokens()
            for m in pattern.finditer(self._text, self._at, min(w_end, cut + self.LOOK_AHEAD))
            if m.start() < cut and not _inside_any(self._covered, m.start(), m.end())
        )
        self.spans.extend(found)
        self.starts.extend(start for start, _ in found)
        if cut >= w_end:
            self._window += 1
            self._at = self._windows[self._window][0] if not self._done() else w_end
        else:
            self._at = cut

    def any_left(self) -> bool:
        """Read on until a token is found: False when there is none at all."""
        while not self.spans and not self._done():
            self._read_piece()
        return bool(self.spans)

    def between(self, start: int, end: int) -> list[tuple[int, int]]:
        """The tokens that start in ``start..end``."""
        while not self._done() and self._at < end:
            self._read_piece()
        return self.spans[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]


def extract(
    text: str, known: Sequence[Figure] | None = None, mentions: Sequence[Mention] | None = None
) -> list[Figure]:
    """Figures quantulum3 finds where ``known`` figures (e.g. the pattern extractor's) leave numbers unexplained.

    With ``known=None`` every number is open: the extractor runs on its own.
    A number inside a known figure's span (its number, or the words between
    its number and trigger) is explained and never read again.

    quantulum3 reads at most ``BUDGET_SHARE`` of the document's characters
    (and ``BUDGET_FLOOR`` more): real text needs a fraction of a percent, text
    dense with numbers and trigger words would make it the slowest stage by
    far. The first sentence that does not fit in what is left ends the
    reading: no quantity figure comes from it or any sentence after it.
    """
    covered = _merged([(f.start, f.end) for f in known or ()])  # a figure's span holds its number span
    found = find_mentions(text) if mentions is None else mentions  # the pattern extractor's, when it ran
    windows = _merged([(max(0, t.start - REACH), min(len(text), t.end + REACH)) for t in found])
    tokens = _Tokens(text, windows, covered)
    if not tokens.any_left():
        return []
    starts = [m.start for m in found]
    figures: list[Figure] = []
    budget = [BUDGET_FLOOR + int(len(text) * BUDGET_SHARE)]
    seen_to = -1
    for t in found:
        if budget[0] <= 0:
            break
        if t.start < seen_to:
            continue
        if not any(_reachable(text, t, token) for token in tokens.between(t.start - REACH, t.end + REACH + 1)):
            continue  # no unexplained number near enough to be this trigger's
        s_start, s_end = sentence_span(text, t.start)
        seen_to = max(s_end, t.start + 1)
        inside = found[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
        here = tokens.between(s_start, s_end)
        mentions = [m for m in inside if m.end <= s_end]
        figures.extend(_sentence_figures(text, s_start, s_end, covered, mentions, here, budget))
    return sorted(figures, key=lambda f: (f.start, f.number_start, f.category))
