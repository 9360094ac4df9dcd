"""One list of figures per document, one row per figure, from whichever extractors were asked for.

The merge rule, when both extractors run (also in docs/extractors.md):

1. Every pattern figure stands.
2. The quantity extractor reads only numbers the patterns left unexplained
   (``figures.quantity.extract(text, known=pattern_figures)``), and a quantity
   figure whose number span overlaps a pattern figure's number span, or whose
   number lies inside a pattern figure's span, is dropped: when both found the
   same figure, the pattern row stands; when they read the same words
   differently, the stricter grammar wins (a number is counted once).
3. Of quantity figures whose number spans overlap each other, the one with the
   longest number span stands (then the earliest, then the first category in
   ``figures.figure.CATEGORIES``).
4. Figures whose whole spans overlap but whose numbers are apart are different
   figures ("killed 5 and injured 12") and both stand.
5. A quantity figure whose number the grammar read as the attackers ("Five
   gunmen shot dead a farmer") is dropped.

Rows come out in text order: by ``start``, then ``number_start``, then category.
"""

from __future__ import annotations

import bisect
import sys
from collections.abc import Sequence

from figures.figure import CATEGORY_RANK, Figure


def _order(f: Figure) -> tuple[int, int, int]:
    return (f.start, f.number_start, CATEGORY_RANK[f.category])


def merge(
    pattern_figures: Sequence[Figure],
    quantity_figures: Sequence[Figure],
    vetoed: frozenset[tuple[int, int]] = frozenset(),
) -> list[Figure]:
    """Both extractors' figures as one list, one row per figure (rules in the module docstring).

    ``pattern_figures`` come in text order, as ``patterns.extract`` gives them;
    ``vetoed`` number spans count attackers (the grammar's reading) and give no row.

    >>> merge([], [])
    []
    """
    if not quantity_figures:
        return list(pattern_figures)  # most documents: nothing to merge or sort again
    taken = _disjoint([(f.number_start, f.number_end) for f in pattern_figures])
    covered = _disjoint([(f.start, f.end) for f in pattern_figures])
    kept: list[Figure] = list(pattern_figures)
    chosen: list[tuple[int, int]] = []  # quantity number spans kept so far: sorted, disjoint
    ranked = sorted(
        quantity_figures,
        key=lambda f: (-(f.number_end - f.number_start), f.number_start, CATEGORY_RANK[f.category], f.start),
    )
    for f in ranked:
        number = (f.number_start, f.number_end)
        if number in vetoed or _hits(taken, number) or _hits(chosen, number) or _within(covered, number):
            continue
        bisect.insort(chosen, number)
        kept.append(f)
    return sorted(kept, key=_order)


def _disjoint(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones made one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _hits(disjoint: Sequence[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether ``span`` overlaps one of the sorted, disjoint spans."""
    i = bisect.bisect_left(disjoint, span)
    return (i > 0 and disjoint[i - 1][1] > span[0]) or (i < len(disjoint) and disjoint[i][0] < span[1])


def _within(disjoint: Sequence[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Whether ``span`` lies inside one of the sorted, disjoint spans."""
    i = bisect.bisect_right(disjoint, (span[0], sys.maxsize))
    return i > 0 and disjoint[i - 1][0] <= span[0] and span[1] <= disjoint[i - 1][1]
