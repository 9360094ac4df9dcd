"""A part and the row it is part of: the part's own words, and its total named by its whole span.

"Two clerks, two guards and a driver were killed" gives the total 5 and the
parts 2, 2 and 1. Read from its number to its verb, the first part's words
would be the total's words, and ``part_of`` (the total's ``start``) would name
the part itself. So a part never takes in the number of another part of the
same total: it ends before it ("Two clerks"), and ``part_of_end`` (the total's
``end``) with ``part_of`` names the total's span, which is never the part's own.

>>> from figures.pipeline import extract_figures
>>> rows = extract_figures("Two clerks, two guards and a driver were killed.")
>>> [(f.value, f.text, f.part_of, f.part_of_end) for f in rows]  # doctest: +NORMALIZE_WHITESPACE
[(5, 'Two clerks, two guards and a driver were killed', None, None),
 (2, 'Two clerks', 0, 47),
 (2, 'two guards', 0, 47),
 (1, 'a driver were killed', 0, 47)]
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from figures.figure import CATEGORY_RANK, Figure, replaced

# What joins a part to the next one, read back from the next part's first word.
_JOINER_BEFORE = regex.compile(
    r"""
    (?: [\s,;:]+                                              # ", " and spaces
      | \b (?: and | or | plus | as\s+well\s+as | along\s+with   # the joining words
             | together\s+with | alongside ) \b
    )* \Z                                                     # up to the next part
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A count after these words is a part of this part, not the next one ("six civilians including two women").
_SUBSET_BETWEEN = regex.compile(
    r"""
    \b (?: including | includes | incl                  # "six civilians including two women"
         | among\s+(?:them|whom|those)                   # "nine people, among them four women"
         | of\s+(?:whom|them) ) \b                       # "nine people, of whom four were women"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def own_spans(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` with each part ending before the next part of its total, and ``part_of_end`` set.

    A part read from the verb before it, which it shares with its total, starts at its own number
    ("died in the floods, including 196 in Germany, 43 in Belgium": "196", "43"), so it never takes
    in a part before it either.
    Rows stay in text order; a row that is no part is returned as it was.
    A total is a row of the part's category where one starts at ``part_of``, else of another
    ("30 casualties, 10 of them dead" would make the killed 10 a part of the casualties).
    """
    parts = [f for f in found if f.part_of is not None]
    if not parts:
        return found
    siblings: dict[tuple[int | None, str], list[Figure]] = {}
    for f in parts:
        siblings.setdefault((f.part_of, f.category), []).append(f)
    spans: dict[int, tuple[int, int]] = {}  # id of a part -> its narrower span
    for f in parts:
        others = [g for g in siblings[(f.part_of, f.category)] if g is not f]
        after = [
            g.start if g.start >= f.number_end else g.number_start
            for g in others
            if f.number_end <= g.number_start < f.end and not _SUBSET_BETWEEN.search(text, f.number_end, g.number_start)
        ]
        end = f.end
        if after:
            cut = min(after)
            joiner = _JOINER_BEFORE.search(text, f.number_end, cut)
            end = max(f.number_end, joiner.start() if joiner is not None else cut)
        # "died in the floods, including 196 in Germany, 43": a part read from the verb it shares
        # with its total (or across a part before it) starts at its own number
        before = any(f.start <= g.number_start and g.number_end <= f.number_start for g in others)
        start = f.number_start if before or f.trigger_end <= f.number_start else f.start
        if (start, end) != (f.start, f.end):
            spans[id(f)] = (start, end)
    # (a part is rebuilt once, with its narrower span and its total's end together: a hostile text of
    # 10,000 parts spends more in building rows than in reading them)
    at: dict[int, list[Figure]] = {}  # rows by their start once narrowed (a part's narrowed row is not built yet)
    span_of = {id(f): spans.get(id(f), (f.start, f.end)) for f in parts}
    for f in found:
        at.setdefault(span_of[id(f)][0] if id(f) in span_of else f.start, []).append(f)
    out = []
    widened = False
    for f in found:
        if f.part_of is not None:
            start, end = span_of[id(f)]
            total = _total_of(f, at.get(f.part_of, []), (start, end), span_of)
            if total is None:
                # no other row has its start: the part would name itself, so it names nothing, and its
                # span takes in its trigger again, as every row's that is no part ("12 dead and injured 12")
                start, end = min(start, f.trigger_start), max(end, f.trigger_end)
                f = replaced(f, part_of=None, start=start, end=end, text=text[start:end])
                widened = True
            else:
                total_end = span_of[id(total)][1] if id(total) in span_of else total.end
                if (start, end) == (f.start, f.end):
                    f = replaced(f, part_of_end=total_end)
                else:
                    f = replaced(f, start=start, end=end, text=text[start:end], part_of_end=total_end)
        out.append(f)
    if widened or any(spans[id(f)][0] != f.start for f in found if id(f) in spans):
        # a part that now starts at its number may stand after rows it came before (as in context.refine)
        out.sort(key=lambda f: (f.start, f.number_start, CATEGORY_RANK[f.category]))
    return out


def _total_of(
    part: Figure, rows: Sequence[Figure], part_span: tuple[int, int], span_of: dict[int, tuple[int, int]]
) -> Figure | None:
    """The row ``part.part_of`` names, among the rows that start there: another row than the part,
    of its category, itself no part, spanning the part's number, the widest (in this order).
    Spans are the rows' narrowed ones (``span_of`` by id, for parts; a row's own otherwise)."""

    def span(g: Figure) -> tuple[int, int]:
        return span_of.get(id(g), (g.start, g.end))

    others = [g for g in rows if g is not part and span(g) != part_span]
    if len(others) < 2:
        return others[0] if others else None  # (most parts: their total alone starts where it does)
    return max(
        others,
        key=lambda g: (
            g.category == part.category,
            g.part_of is None,
            span(g)[0] <= part.number_start and part.number_end <= span(g)[1],
            span(g)[1],
        ),
    )
