"""figures: casualty and displacement figures from news text, each with its span.

>>> import figures
>>> df = figures.extract("the fighting has killed 254 people")
>>> df[["category", "value", "qualifier", "text"]].to_dict("records")
[{'category': 'killed', 'value': 254, 'qualifier': 'exact', 'text': 'killed 254 people'}]
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Sequence

import pandas as pd

from figures.figure import CATEGORIES, QUALIFIERS, Figure
from figures.merge import DEFAULT_EXTRACTORS, extract_figures
from figures.report import render as render_report
from figures.summary import summarize
from figures.table import COLUMNS, empty_frame, to_frame

__all__ = [
    "CATEGORIES",
    "COLUMNS",
    "DEFAULT_EXTRACTORS",
    "QUALIFIERS",
    "Figure",
    "empty_frame",
    "extract",
    "extract_documents",
    "extract_figures",
    "extract_frame",
    "render_report",
    "summarize",
]
__version__ = "0.1.0"


def extract(text: str, doc_id: str = "doc", extractors: Sequence[str] = DEFAULT_EXTRACTORS) -> pd.DataFrame:
    """The figure table of one document."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return to_frame([(doc_id, extract_figures(text, extractors))])


def extract_documents(docs: Iterable[tuple[str, str]], extractors: Sequence[str] = DEFAULT_EXTRACTORS) -> pd.DataFrame:
    """The figure table of many ``(doc_id, text)`` documents, in their order."""
    return to_frame((doc_id, extract_figures(text, extractors)) for doc_id, text in docs)


def extract_frame(
    frame: pd.DataFrame, text: str = "text", id: str | None = None, extractors: Sequence[str] = DEFAULT_EXTRACTORS
) -> pd.DataFrame:
    """The figure table of every row of ``frame``.

    ``text`` names the column holding the documents, ``id`` the column of
    their ids (default: ``doc_id`` or ``id`` when present, else the index).
    """
    if text not in frame.columns:
        raise KeyError(f"no column {text!r} in the frame (columns: {', '.join(map(str, frame.columns))})")
    if id is None:
        id = next((c for c in ("doc_id", "id") if c in frame.columns), None)
    if id is not None and id not in frame.columns:
        raise KeyError(f"no column {id!r} in the frame")
    ids = frame[id].astype(str) if id is not None else frame.index.astype(str)
    return extract_documents(zip(ids, _texts(frame[text], ids, text), strict=True), extractors)


def _texts(cells: pd.Series, ids: Iterable[str], column: str) -> list[str]:
    """The column's texts; a missing one (None, NaN, NA) is an empty document, with a warning naming its
    row, and any other non-string raises TypeError naming its row."""
    texts: list[str] = []
    missing: list[str] = []
    for position, (doc_id, cell) in enumerate(zip(ids, cells, strict=True)):
        if isinstance(cell, str):
            texts.append(cell)
        elif cell is None or (pd.api.types.is_scalar(cell) and pd.isna(cell)):
            missing.append(doc_id)
            texts.append("")
        else:
            raise TypeError(
                f"row {position} (id {doc_id!r}): column {column!r} holds {type(cell).__name__} {cell!r}, not a string"
            )
    if missing:
        named = ", ".join(map(repr, missing[:5])) + (f" and {len(missing) - 5:,} more" if len(missing) > 5 else "")
        warnings.warn(
            f"{len(missing):,} row(s) with no text in column {column!r} (id {named}): read as empty documents",
            stacklevel=3,
        )
    return texts
