"""figures: casualty and displacement figures from news text, each with its span.

>>> import figures
>>> df = figures.extract("the fighting has killed 254 people")
>>> df[["category", "value", "qualifier", "text"]].to_dict("records")
[{'category': 'killed', 'value': 254, 'qualifier': 'exact', 'text': 'killed 254 people'}]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from figures.figure import CATEGORIES, QUALIFIERS, Figure
from figures.keep import check_keep
from figures.pipeline import DEFAULT_EXTRACTORS, extract_figures
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
    frame: pd.DataFrame,
    text: str = "text",
    id: str | None = None,
    extractors: Sequence[str] = DEFAULT_EXTRACTORS,
    keep: Sequence[str] = (),
) -> pd.DataFrame:
    """The figure table of every row of ``frame``.

    ``text`` names the column holding the documents, ``id`` the column of
    their ids (default: ``doc_id`` or ``id`` when present, else the index).
    ``keep`` names columns of ``frame`` (``["date", "url"]``) copied into each
    row of the document's figures, after the table's own columns, with their
    dtypes; a name that is a column of the table already is a ValueError.

    >>> docs = pd.DataFrame({"id": ["a"], "date": ["2024-05-01"], "text": ["Floods killed 7 people."]})
    >>> extract_frame(docs, keep=["date"])[["doc_id", "value", "date"]].to_dict("records")
    [{'doc_id': 'a', 'value': 7, 'date': '2024-05-01'}]
    """
    if text not in frame.columns:
        raise KeyError(f"no column {text!r} in the frame (columns: {', '.join(map(str, frame.columns))})")
    if id is None:
        id = next((c for c in ("doc_id", "id") if c in frame.columns), None)
    if id is not None and id not in frame.columns:
        raise KeyError(f"no column {id!r} in the frame")
    kept = check_keep(list(keep), COLUMNS)
    absent = [name for name in kept if name not in frame.columns]
    if absent:
        raise KeyError(f"no column {', '.join(map(repr, absent))} to keep in the frame")
    ids = frame[id].astype(str) if id is not None else frame.index.astype(str)
    if not kept:
        return extract_documents(zip(ids, frame[text], strict=True), extractors)
    found = [(doc_id, extract_figures(body, extractors)) for doc_id, body in zip(ids, frame[text], strict=True)]
    table = to_frame(found)
    # each document's row of `frame`, once per figure of it, with the frame's own dtypes
    rows = [i for i, (_, figs) in enumerate(found) for _ in figs]
    extra = frame[list(kept)].iloc[rows].reset_index(drop=True)
    return pd.concat([table.reset_index(drop=True), extra], axis=1)
