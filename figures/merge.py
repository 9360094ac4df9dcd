"""One list of figures per document, from whichever extractors were asked for."""

from __future__ import annotations

from collections.abc import Sequence

from figures import patterns
from figures.figure import EXTRACTORS, Figure

DEFAULT_EXTRACTORS: tuple[str, ...] = ("pattern",)


def check_extractors(extractors: Sequence[str]) -> tuple[str, ...]:
    """Validate an extractor list; returns it as a tuple.

    >>> check_extractors(["pattern"])
    ('pattern',)
    """
    chosen = tuple(extractors)
    unknown = [name for name in chosen if name not in EXTRACTORS]
    if unknown or not chosen:
        raise ValueError(f"extractors must be some of {', '.join(EXTRACTORS)}; got {', '.join(chosen) or 'none'}")
    return chosen


def extract_figures(text: str, extractors: Sequence[str] = DEFAULT_EXTRACTORS) -> list[Figure]:
    """All figures of one document, ordered by position."""
    check_extractors(extractors)
    found = patterns.extract(text) if "pattern" in extractors else []
    return sorted(found, key=lambda f: (f.start, f.number_start, f.category))
