"""Grammar 2: a sentence read into tokens and chunks, and a table of constructions tried over them.

``read_sentence`` gives the figure drafts the constructions find in one
sentence, and the number spans they show are not victims (the attackers of
"Five gunmen shot dead a farmer"). The pattern extractor
(``figures.patterns.extract``) calls it for each sentence that holds a trigger.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from figures import lexicon
from figures.context import group_of
from figures.grammar import words
from figures.grammar.chunks import VERB_ROLES, Chunk, chunk
from figures.grammar.constructions import CONSTRUCTIONS, Construction
from figures.grammar.engine import (
    Binding,
    Element,
    anchor_index,
    compile_pattern,
    implied_count,
    incl_counted,
    match_at,
)
from figures.grammar.tokens import MentionLike, Token, overlap_test, tokenize
from figures.grammar.words import NOMINALS
from figures.numbers import Number, sum_qualifier

Draft = dict[str, Any]

__all__ = [
    "CONSTRUCTIONS",
    "Construction",
    "Reading",
    "Token",
    "breakdown_spans",
    "overlap_test",
    "read_sentence",
    "respective_pairs",
    "summed_parts",
    "words",
]


_PLURAL_AUX = re.compile(r"(?:were|are|have)\b", re.IGNORECASE)


def _entry(c: Construction, anchor: Chunk) -> tuple[str, str | None] | None:
    """The category (and modality) the anchor gives."""
    if c.category is not None:
        return c.category, None
    head = anchor.head
    if head is not None and head.low in NOMINALS and not head.entries:
        return NOMINALS[head.low], None
    entries = anchor.entries or (head.entries if head is not None else ())
    if anchor.kind == "vg":
        entries = tuple(e for e in entries if e.role in VERB_ROLES) or entries
    else:
        entries = tuple(e for e in entries if e.role not in VERB_ROLES) or entries
    if head is not None and head.low in NOMINALS and not any(e.role == "event" for e in entries):
        return NOMINALS[head.low], None  # "damage to 2,000 houses": the noun, not the verb
    if not entries:
        return None
    return entries[0].category, entries[0].modality


def _among_people(chunks: Sequence[Chunk], m: int, people: list[int]) -> bool:
    """Whether the list member ``m`` stands among people: after a member that names people, or a name in a
    list with one ("Ajay Singh (29) and his brother Vijay": two people; "Albay, Sorsogon and Catanduanes": places)."""
    head = chunks[m].head
    return bool(people) and (people[0] < m or (head is not None and head.kind == "name"))


def _draft(
    text: str,
    c: Construction,
    b: Binding,
    chunks: Sequence[Chunk],
    s_start: int,
    s_end: int,
    among_people: bool = False,  # a member of a list that names people
) -> Draft | None:
    anchor = chunks[b[c.anchor][0]]
    victims = chunks[b[c.count][0]]
    got = _entry(c, chunks[b[c.category_from][0]] if c.category_from else anchor)
    if got is None:
        return None
    category, modality = got
    if c.no_civilian and (category in lexicon.CIVILIAN_CATEGORIES or category in lexicon.HOUSE_CATEGORIES):
        return None
    named = chunks[b[c.head_from][0]] if c.head_from else victims
    head = named.head.low if named.head is not None else None
    cu = lexicon.category_and_unit(category, head)
    if cu is None:
        return None
    category, unit = cu
    if victims.numeral is not None and victims.numeral.number is not None:
        n: Number = victims.numeral.number
        value, low, high, qualifier = n.value, n.low, n.high, n.qualifier
        if (
            value == 1
            and qualifier == "exact"
            and not c.members
            and anchor.kind == "vg"
            and _PLURAL_AUX.match(text, anchor.start)
        ):
            return None  # "..., and one CIA officer were killed": the last member of a list, not the subject
        number_span = (n.start, n.end)
        if c.upper is not None:  # "at least 30, and as many as 41": one range
            up = chunks[b[c.upper][0]].numeral
            if up is None or up.number is None or up.number.value is None or value is None:
                return None
            high = up.number.high if up.number.high is not None else up.number.value
            qualifier = "range"
            number_span = (n.start, up.number.end)
    elif c.implied:
        implied = implied_count(victims, in_list=c.members, among_people=among_people)
        if implied is None:
            return None
        number_span = (victims.start, victims.end)
        if c.pair is not None:
            second = chunks[b[c.pair][0]]
            more = implied_count(second)
            if more is None and second.numeral is not None and second.numeral.number is not None:
                more = second.numeral.number.value  # "the driver and two passengers"
            if more is None:
                return None
            implied += more
            number_span = (victims.start, second.end)
        value = low = high = implied
        qualifier = "exact"
    else:
        return None
    giver = chunks[b[c.category_from][0]] if c.category_from else anchor
    trigger = giver.head
    t_start, t_end = (trigger.start, trigger.end) if trigger is not None else (giver.start, giver.end)
    if c.trigger_to is not None:
        t_end = chunks[b[c.trigger_to][-1]].end
    start = min(number_span[0], t_start, victims.start, anchor.start, giver.start, named.start)
    end = max(number_span[1], t_end, victims.end, anchor.end, giver.end, named.end)
    return dict(
        category=category, value=value, low=low, high=high, qualifier=qualifier, unit=unit,
        start=start, end=end, text=text[start:end],
        number_start=number_span[0], number_end=number_span[1],
        trigger=text[t_start:t_end], trigger_start=t_start, trigger_end=t_end,
        sentence_start=s_start, sentence_end=s_end, extractor="pattern", rule=c.name,
        modality=modality, part_of=None, group=group_of(head), source=None, cumulative=False, negated=False,
    )  # fmt: skip


def _drafts(text: str, c: Construction, b: Binding, chunks: Sequence[Chunk], s_start: int, s_end: int) -> list[Draft]:
    """The rows a match gives: one, or for a list one per counted member and their total."""
    if not c.members:
        d = _draft(text, c, b, chunks, s_start, s_end)
        return [] if d is None else [d]
    if chunks[b[c.count][0]].determiner == "both":
        return []  # "both the crew and residents": "both ... and" joins the members, it counts none of them
    # a member after one that names people may be a person the word tables lack ("three nurses and a porter")
    people = [m for m in b[c.count] if (h := chunks[m].head) is not None and h.kind == "person"]
    rows = [
        d
        for m in b[c.count]
        if (d := _draft(text, c, {**b, c.count: [m]}, chunks, s_start, s_end, _among_people(chunks, m, people)))
    ]
    if len(rows) < len(b[c.count]) or len({(r["category"], r["unit"]) for r in rows}) > 1:
        # "a school, 40 houses and a clinic were destroyed": only the houses; no total of unlike members
        return [r for r in rows if r["value"] is not None and len(rows) == 1 and not c.whole_list]
    if any(r["value"] is None for r in rows):
        return []
    lows, highs = [r["low"] for r in rows], [r["high"] for r in rows]
    start, end = min(r["start"] for r in rows), max(r["end"] for r in rows)
    total = {
        **rows[0],
        "value": sum(r["value"] for r in rows),
        "low": None if None in lows else sum(lows),
        "high": None if None in highs else sum(highs),
        "qualifier": sum_qualifier(r["qualifier"] for r in rows),
        "group": rows[0]["group"] if len({r["group"] for r in rows}) == 1 else None,  # the bomber and seven
        "start": start,
        "end": end,
        "text": text[start:end],
        "number_start": rows[0]["number_start"],
        "number_end": rows[-1]["number_end"],
    }
    return [total, *({**r, "part_of": start} for r in rows)]


@cache
def _by_anchor_kind() -> dict[str, list[tuple[Construction, tuple[Element, ...], int]]]:
    """Chunk kind -> the constructions whose anchor takes it, in table order, with their compiled pattern."""
    table: dict[str, list[tuple[Construction, tuple[Element, ...], int]]] = {}
    for c in CONSTRUCTIONS:
        elements = compile_pattern(c.pattern)
        k = anchor_index(c.pattern, c.anchor)
        for kind in elements[k].kinds:
            table.setdefault(kind, []).append((c, elements, k))
    return table


def read_chunks(
    text: str, s_start: int, s_end: int, numbers: Sequence[Number], mentions: Sequence[MentionLike]
) -> tuple[list[Token], list[Chunk]]:
    """The tokens and chunks of one sentence."""
    tokens = tokenize(text, s_start, s_end, numbers, mentions)
    return tokens, chunk(tokens)


def _counted_asides(chunks: list[Chunk], count: list[int], tokens: Sequence[Token]) -> list[Chunk]:
    """The chunks with each aside bound as a count replaced by the people it counts (", including
    about 80,000 people" read as "about 80,000 people", the row's span ending at their noun)."""
    if all(chunks[i].kind != "paren" for i in count):
        return chunks
    out = list(chunks)
    for i in count:
        if (counted := incl_counted(chunks[i], tokens)) is not None:
            out[i] = counted
    return out


class Reading(NamedTuple):
    """What the constructions read in one sentence."""

    drafts: list[Draft]  # the rows they give
    agents: set[tuple[int, int]]  # number spans that count attackers: no row, from any extractor
    embedded: list[tuple[int, int]]  # spans of relative clauses: a trigger there is not the main verb's
    tokens: list[Token]  # the sentence read
    # relative clauses between commas before a verb group (", who had served in three wars, was killed"):
    # each span, and the verb group's end
    asides: list[tuple[int, int, int]]


def read_sentence(
    text: str, s_start: int, s_end: int, numbers: Sequence[Number], mentions: Sequence[MentionLike]
) -> Reading:
    """The drafts the constructions give in one sentence, and what else the pipeline needs of it."""
    tokens, chunks = read_chunks(text, s_start, s_end, numbers, mentions)
    drafts: list[Draft] = []
    agents: set[tuple[int, int]] = set()
    fits: dict[tuple[int, int], bool] = {}
    for a, ch in enumerate(chunks):
        if ch.head is None or ch.head.kind not in ("trigger", "verb", "aux", "be"):
            continue  # every construction's anchor holds a trigger, a verb of the word tables, "had" or "were"
        for c, elements, k in _by_anchor_kind().get(ch.kind, ()):
            if fits.get((id(elements[k]), a)) is False:
                continue  # this anchor element failed on this chunk for an earlier construction
            b = match_at(elements, k, chunks, tokens, a, fits)
            if b is None:
                continue
            if c.agent is not None:
                agent = chunks[b[c.agent][0]].numeral
                if agent is not None:
                    agents.add((agent.start, agent.end))
            found = _drafts(text, c, b, _counted_asides(chunks, b[c.count], tokens), s_start, s_end)
            if found:
                drafts.extend(found)
                if not c.also:
                    break
    return Reading(
        drafts,
        agents,
        [(ch.start, ch.end) for ch in chunks if ch.kind == "rel"],
        tokens,
        [
            (ch.start, chunks[k + 1].start, chunks[k + 1].end)
            for k, ch in enumerate(chunks[:-1])
            if ch.kind == "paren" and tokens[ch.first + 1].kind == "rel" and chunks[k + 1].kind == "vg"
        ],
    )


# --- breakdowns -------------------------------------------------------------------
# Words that may stand between a figure and the breakdown after it: "..., including
# 196 in Germany", "24 deaths in Bosnia: 17 in Republika Srpska and 7 in the Federation".
_BREAKDOWN_OPENERS = frozenset({",", ":", ";", "including", "of", "whom", "which", "among", "them", "—", "–", "("})
_ITEM_GLUE = frozenset({",", ";", "and", "[", "]", ")", "("})


def _reference_end(tokens: Sequence[Token], j: int) -> int:
    """The token after a reference marker "[9]" or "[nb 1]" starting at ``j`` (``j`` when there is none)."""
    if j < len(tokens) and tokens[j].text == "[":
        for k in range(j + 1, min(len(tokens), j + 5)):
            if tokens[k].text == "]":
                return k + 1
    return j


def _place_end(tokens: Sequence[Token], j: int) -> int | None:
    """The token after a place named from ``j`` ("Germany", "the Federation", "Bosnia and Herzegovina")."""
    if j < len(tokens) and tokens[j].low == "the":
        j += 1
    if not (j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].kind in ("name", "word", "person", "time")):
        return None
    k = j + 1
    while k < len(tokens) and (
        (tokens[k].text[:1].isupper() and tokens[k].kind not in ("num", "date"))
        or (tokens[k].low in ("and", "of", "de", "del") and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
            and tokens[k + 1].kind != "num")
    ):  # fmt: skip
        k += 1
    return k


def breakdown_spans(tokens: Sequence[Token], after: int) -> list[tuple[Number, int]]:
    """The items "N in PLACE" that follow character offset ``after``: (number, end of the place).

    Up to six words of the figure's own clause may come first ("died in the floods,
    including ..."); items are joined by commas, "and" and reference markers.
    """
    j = bisect_left(tokens, after, key=lambda t: t.start)  # the first token at or after ``after``
    if j < len(tokens) and tokens[j].low in ("in", "at") and (own := _place_end(tokens, j + 1)) is not None:
        # the figure names its own place ("116 in Oregon, 112 in Washington"): the items after it are
        # its siblings, not its parts, unless a word of inclusion comes first ("in Europe, including ...")
        k = _reference_end(tokens, own)
        while k < len(tokens) and tokens[k].text in (",", ";"):
            k += 1
        if k < len(tokens) and tokens[k].kind == "num":
            return []
    skipped = 0
    while j < len(tokens) and tokens[j].kind != "num" and skipped < 8:
        if tokens[j].kind in ("trigger", "be", "aux", "modal", "rel") and tokens[j].low not in _BREAKDOWN_OPENERS:
            return []  # another clause begins
        j += 1
        skipped += 1
    items: list[tuple[Number, int]] = []
    while j < len(tokens) and tokens[j].kind == "num" and (number := tokens[j].number) is not None:
        k = j + 1
        if k < len(tokens) and tokens[k].kind in ("person", "trigger"):
            k += 1  # "one death in Idaho", "17 people in Doboj"
        if not (k < len(tokens) and tokens[k].low in ("in", "at", "from")):  # "2,500 from Ayton"
            break
        end = _place_end(tokens, k + 1)
        if end is None:
            break
        items.append((number, tokens[end - 1].end))
        j = _reference_end(tokens, end)
        while j < len(tokens) and (tokens[j].text in _ITEM_GLUE or tokens[j].low in _ITEM_GLUE):
            j = _reference_end(tokens, j) if tokens[j].text == "[" else j + 1
    return items if len(items) >= 2 or (items and skipped <= 8) else []


# --- a breakdown that adds up -----------------------------------------------------------
_ASIDE_OPENERS = frozenset({"(", "-", "–", "—", ",", ":"})
_ASIDE_CLOSERS = frozenset({")", "-", "–", "—", ".", ";", ","})
_ITEM_NOUN_KINDS = frozenset({"word", "person", "name", "trigger", "house"})


def summed_parts(tokens: Sequence[Token], after: int, total: int) -> list[tuple[Number, int]]:
    """The counts of a breakdown right after offset ``after`` that add up to ``total``: "12 people -
    eight villagers and four police officers -", "32 people (17 locals and 15 refugees)", "Ten died,
    seven migrants and three guards": (number, end of its noun) each; none unless they add up.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "Bandits killed six people (five civilians and one soldier) on Sunday."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> [(n.value, s[n.start:end]) for n, end in summed_parts(toks, s.index(" ("), 6)]
    [(5, 'five civilians'), (1, 'one soldier')]
    >>> summed_parts(toks, s.index(" ("), 7)
    []
    """
    j = bisect_left(tokens, after, key=lambda t: t.start)
    opened = j
    while j < len(tokens) and tokens[j].text in _ASIDE_OPENERS:
        j += 1
    if j == opened:
        return []
    items: list[tuple[Number, int]] = []
    while j < len(tokens) and tokens[j].kind == "num" and (n := tokens[j].number) is not None:
        if n.value is None or n.qualifier != "exact":
            return []
        j += 1
        k = j
        while k < len(tokens) and tokens[k].kind in _ITEM_NOUN_KINDS and k - j < 4:
            k += 1
        if k == j:
            return []  # a bare number: no item of a breakdown
        items.append((n, tokens[k - 1].end))
        j = k
        if j < len(tokens) and tokens[j].text == ",":
            j += 1
        if j < len(tokens) and tokens[j].low == "and":
            j += 1
    closed = j >= len(tokens) or tokens[j].text in _ASIDE_CLOSERS
    if len(items) < 2 or not closed or sum(n.value or 0 for n, _ in items) != total:
        return []
    return items


# --- "respectively" -----------------------------------------------------------------
# Words between the list of tolls and the list of numbers: "had reached", "stood at", "were".
# (and a place or time of the tolls: "deaths and injuries in the region rose to 15 and 70")
_RESPECTIVE_VERB_KINDS = frozenset({"be", "aux", "verb", "word", "adv", "prep", "det", "name", "time", "thing"})


def _joined(tokens: Sequence[Token], j: int, kind: str, step: int) -> list[int]:
    """Indices of tokens of ``kind`` joined by commas and "and", read from ``j`` in direction ``step``."""
    found: list[int] = []
    while 0 <= j < len(tokens) and tokens[j].kind == kind:
        found.append(j)
        k = j + step
        while 0 <= k < len(tokens) and (tokens[k].text == "," or tokens[k].low == "and"):
            k += step
        if k == j + step:
            break
        j = k
    return found[::-1] if step < 0 else found


def respective_pairs(tokens: Sequence[Token]) -> list[tuple[Token, Token]]:
    """(toll, number) pairs of "A and B had reached 210 and 35 respectively": the tolls and the
    numbers in the same order, as many of each, with a verb group between.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "The injured and missing had reached 210 and 35 respectively."
    >>> [(t.text, n.text) for t, n in respective_pairs(tokenize(s, 0, len(s), find_numbers(s), find_mentions(s)))]
    [('injured', '210'), ('missing', '35')]
    """
    pairs: list[tuple[Token, Token]] = []
    for r, t in enumerate(tokens):
        if t.low != "respectively" or r == 0:
            continue
        last = r - 2 if tokens[r - 1].text == "," else r - 1  # "15 and 70, respectively"
        numbers = _joined(tokens, last, "num", -1)
        if len(numbers) < 2:
            continue
        j = numbers[0] - 1
        while j >= 0 and tokens[j].kind in _RESPECTIVE_VERB_KINDS and numbers[0] - j <= 8:
            j -= 1
        tolls = _joined(tokens, j, "trigger", -1)
        if len(tolls) == len(numbers) and j < numbers[0] - 1:
            pairs.extend((tokens[a], tokens[b]) for a, b in zip(tolls, numbers, strict=True))
    return pairs
