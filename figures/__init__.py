"""figures: casualty and displacement figures from news text, each with its span.

>>> import figures
>>> df = figures.extract("the fighting has killed 254 people")
>>> df[["category", "value", "qualifier", "text"]].to_dict("records")
[{'category': 'killed', 'value': 254, 'qualifier': 'exact', 'text': 'killed 254 people'}]
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from figures.figure import CATEGORIES, EXTRACTORS, QUALIFIERS, Figure

if TYPE_CHECKING:
    import pandas as pd

    from figures.pipeline import extract_figures
    from figures.report import render as render_report
    from figures.summary import summarize
    from figures.table import COLUMNS, empty_frame

# figures.pipeline.DEFAULT_EXTRACTORS (a test keeps the two equal): named here so that
# ``import figures`` compiles no pattern and loads no pandas until they are used.
DEFAULT_EXTRACTORS: tuple[str, ...] = EXTRACTORS

# Loaded on first use (``figures --help`` and the worker processes need none of them).
_LAZY: dict[str, tuple[str, str]] = {
    "COLUMNS": ("figures.table", "COLUMNS"),
    "empty_frame": ("figures.table", "empty_frame"),
    "extract_figures": ("figures.pipeline", "extract_figures"),
    "render_report": ("figures.report", "render"),
    "summarize": ("figures.summary", "summarize"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'figures' has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


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
    from figures.pipeline import extract_figures
    from figures.table import to_frame

    return to_frame([(doc_id, extract_figures(text, extractors))])


def extract_documents(docs: Iterable[tuple[str, str]], extractors: Sequence[str] = DEFAULT_EXTRACTORS) -> pd.DataFrame:
    """The figure table of many ``(doc_id, text)`` documents, in their order."""
    from figures.pipeline import extract_figures
    from figures.table import to_frame

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

    >>> import pandas as pd
    >>> docs = pd.DataFrame({"id": ["a"], "date": ["2024-05-01"], "text": ["Floods killed 7 people."]})
    >>> extract_frame(docs, keep=["date"])[["doc_id", "value", "date"]].to_dict("records")
    [{'doc_id': 'a', 'value': 7, 'date': '2024-05-01'}]
    """
    import pandas as pd

    from figures.keep import check_keep
    from figures.pipeline import extract_figures
    from figures.table import COLUMNS, to_frame

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
    texts = _texts(frame[text], ids, text)
    if not kept:
        return extract_documents(zip(ids, texts, strict=True), extractors)
    found = [(doc_id, extract_figures(body, extractors)) for doc_id, body in zip(ids, texts, strict=True)]
    table = to_frame(found)
    # each document's row of `frame`, once per figure of it, with the frame's own dtypes
    rows = [i for i, (_, figs) in enumerate(found) for _ in figs]
    extra = frame[list(kept)].iloc[rows].reset_index(drop=True)
    return pd.concat([table.reset_index(drop=True), extra], axis=1)


def _texts(cells: pd.Series, ids: Iterable[str], column: str) -> list[str]:
    """The column's texts; a missing one (None, NaN, NA) is an empty document, with a warning naming its
    row, and any other non-string raises TypeError naming its row."""
    import pandas as pd

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
