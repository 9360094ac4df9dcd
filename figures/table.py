"""Figures -> the one figure table: fixed column order, nullable pandas dtypes."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from figures.figure import CATEGORIES, EXTRACTORS, QUALIFIERS, Figure

# Column order is part of the contract (SPEC.md); the extras follow it.
COLUMNS: dict[str, object] = {
    "doc_id": "string",
    "category": pd.CategoricalDtype(list(CATEGORIES)),
    "value": "Int64",
    "low": "Int64",
    "high": "Int64",
    "qualifier": pd.CategoricalDtype(list(QUALIFIERS)),
    "unit": "string",
    "start": "Int64",
    "end": "Int64",
    "text": "string",
    "number_start": "Int64",
    "number_end": "Int64",
    "trigger": "string",
    "sentence_start": "Int64",
    "sentence_end": "Int64",
    "extractor": pd.CategoricalDtype(list(EXTRACTORS)),
    "rule": "string",
    "trigger_start": "Int64",
    "trigger_end": "Int64",
    "group": "string",
    "source": "string",
    "cumulative": "boolean",
    "negated": "boolean",
    "modality": "string",
    "part_of": "Int64",
    "part_of_end": "Int64",
    "persons_low": "Int64",
    "persons_high": "Int64",
    "place": "string",
    "place_start": "Int64",
    "place_end": "Int64",
    "country": "string",
    "admin1": "string",
    "place_basis": "string",  # one of figures.places.BASES
}


def empty_frame() -> pd.DataFrame:
    """The table with no rows, every column in place with its dtype."""
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in COLUMNS.items()})  # type: ignore[call-overload]


def to_frame(docs: Iterable[tuple[str, Iterable[Figure]]]) -> pd.DataFrame:
    """Build the table once, from ``(doc_id, figures)`` pairs, in the order given."""
    # Column by column (a list per column, not a dict per row): a document with
    # 100,000 figures would otherwise hold 100,000 dicts at once.
    pairs = [(doc_id, fig) for doc_id, figs in docs for fig in figs]
    if not pairs:
        return empty_frame()
    data = {
        name: [doc_id for doc_id, _ in pairs] if name == "doc_id" else [getattr(fig, name) for _, fig in pairs]
        for name in COLUMNS
    }
    frame = pd.DataFrame(data, columns=list(COLUMNS))
    return frame.astype(COLUMNS)  # type: ignore[arg-type]
