"""A document's journey: trigger phrases found once, both extractors, one merged list.

>>> [(f.category, f.value, f.extractor) for f in extract_figures("Floods killed 12 people.")]
[('killed', 12, 'pattern')]
"""

from __future__ import annotations

from collections.abc import Sequence

from figures import context, parts, patterns, places
from figures.figure import EXTRACTORS, Figure, within_bound
from figures.merge import merge

DEFAULT_EXTRACTORS: tuple[str, ...] = ("pattern", "quantity")


def check_extractors(extractors: Sequence[str]) -> tuple[str, ...]:
    """Validate an extractor list; returns it as a tuple.

    >>> check_extractors(["pattern"]), check_extractors("pattern"), check_extractors("pattern, quantity")
    (('pattern',), ('pattern',), ('pattern', 'quantity'))
    """
    # a string is one name or a comma-separated list, never a sequence of letters
    chosen = tuple(n.strip() for n in extractors.split(",")) if isinstance(extractors, str) else tuple(extractors)
    unknown = [name for name in chosen if name not in EXTRACTORS]
    if unknown or not chosen:
        raise ValueError(f"extractors must be some of {', '.join(EXTRACTORS)}; got {', '.join(chosen) or 'none'}")
    return chosen


def extract_figures(text: str, extractors: Sequence[str] = DEFAULT_EXTRACTORS) -> list[Figure]:
    """All figures of one document, ordered by position, each with its place (figures/places.py)."""
    return places.annotate(text, extract_unplaced(text, extractors))


def extract_unplaced(text: str, extractors: Sequence[str] = DEFAULT_EXTRACTORS) -> list[Figure]:
    """The figures of ``text`` without their place columns: a long document read by segments is
    placed once, whole (``figures.worker.extract_long``), since its first lines and its other
    places settle each figure's place."""
    chosen = check_extractors(extractors)
    mentions = patterns.find_mentions(text)  # both extractors start from the same trigger phrases
    vetoed: set[tuple[int, int]] = set()
    found = patterns.extract(text, mentions, vetoed) if "pattern" in chosen else []
    if "quantity" in chosen:
        # Imported here so that a pattern-only run never loads the module;
        # quantulum3 itself loads on the first sentence that needs it.
        from figures import quantity

        known = found if "pattern" in chosen else None
        found = merge(found, quantity.extract(text, known=known, mentions=mentions), frozenset(vetoed))
    if not all(map(within_bound, found)):
        found = [f for f in found if within_bound(f)]  # a number beyond any count (figure.MAX_COUNT)
    # in text order: patterns.extract and merge give it; the words around each figure read last (issue 16)
    return parts.own_spans(text, context.refine(text, found))
