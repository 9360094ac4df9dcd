"""Each document's own fields (date, url, outlet ...) carried into every row of its output: ``--keep``.

The figure table ties a figure to its document by ``doc_id`` alone; an analyst
who wants the article's date or outlet beside each figure would join by hand.
``figures extract|summarize|report --keep date,url,outlet`` copies those fields
of each JSONL or CSV record into its rows instead, after the table's own
columns, in the order named. A field a record lacks is empty (null); a name
that is already a column of the table is refused, since two columns of one
name would make the output ambiguous.

>>> parse_keep("date, url,outlet")
('date', 'url', 'outlet')
>>> check_keep(("date", "value"), ("doc_id", "value"))
Traceback (most recent call last):
ValueError: value is a column of the table already; keep it under another name
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

# Kept fields travel as text: a JSONL number or a CSV cell comes out as written.
KEPT_DTYPE = "string"


def parse_keep(value: str) -> tuple[str, ...]:
    """``date,url`` -> ('date', 'url'); blanks around names are dropped; an empty name or a repeat is an error.

    >>> parse_keep("date,,url")
    Traceback (most recent call last):
    ValueError: empty field name in 'date,,url'
    >>> parse_keep("url,url")
    Traceback (most recent call last):
    ValueError: url is named twice
    """
    names = tuple(name.strip() for name in value.split(","))
    if any(not name for name in names):
        raise ValueError(f"empty field name in {value!r}")
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ValueError(f"{name} is named twice")
        seen.add(name)
    return names


def check_keep(names: Sequence[str], columns: Iterable[object]) -> tuple[str, ...]:
    """``names`` unchanged, or ValueError naming the first one that is already a column of the table."""
    own = {str(c) for c in columns}
    for name in names:
        if name in own:
            raise ValueError(f"{name} is a column of the table already; keep it under another name")
    return tuple(names)


def with_kept_columns(template: pd.DataFrame, names: Sequence[str]) -> pd.DataFrame:
    """The empty table ``template`` with one empty text column per kept field, after its own columns."""
    frame = template.iloc[:0].copy()
    for name in names:
        frame[name] = pd.Series([], dtype=KEPT_DTYPE)
    return frame


def attach(
    table: pd.DataFrame, names: Sequence[str], fields: Sequence[Sequence[str | None]], sizes: Sequence[int]
) -> pd.DataFrame:
    """``table`` (rows of consecutive documents) with each document's ``fields`` repeated over its rows.

    ``sizes[i]`` is how many rows of ``table`` document ``i`` has, in table order.

    >>> t = pd.DataFrame({"doc_id": ["a", "a", "c"]})
    >>> attach(t, ["date"], [("2024-01-02",), ("2024-01-03",), (None,)], [2, 0, 1])["date"].tolist()
    ['2024-01-02', '2024-01-02', <NA>]
    """
    if sum(sizes) != len(table) or len(fields) != len(sizes):
        raise ValueError(f"{len(fields)} documents, {sum(sizes)} rows by their sizes, {len(table)} rows in the table")
    out = table.copy()
    for k, name in enumerate(names):
        values = [doc[k] for doc, size in zip(fields, sizes, strict=True) for _ in range(size)]
        out[name] = pd.Series(values, index=out.index, dtype=KEPT_DTYPE)
    return out


def attach_by_id(table: pd.DataFrame, names: Sequence[str], fields: Mapping[str, Sequence[str | None]]) -> pd.DataFrame:
    """``table`` (one row per document and category: a summary) with the fields of each row's ``doc_id``.

    >>> s = pd.DataFrame({"doc_id": ["a", "b", "a"]})
    >>> attach_by_id(s, ["outlet"], {"a": ("Daily",), "b": (None,)})["outlet"].tolist()
    ['Daily', <NA>, 'Daily']
    """
    out = table.copy()
    ids = [str(d) for d in table["doc_id"].tolist()] if len(table) else []
    for k, name in enumerate(names):
        values = [fields[doc_id][k] if doc_id in fields else None for doc_id in ids]
        out[name] = pd.Series(values, index=out.index, dtype=KEPT_DTYPE)
    return out
