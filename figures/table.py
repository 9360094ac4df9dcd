"""Figures -> the one figure table: fixed column order, nullable pandas dtypes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from operator import attrgetter

import pandas as pd

from figures.figure import CATEGORIES, EXTRACTORS, QUALIFIERS, Figure
from figures.packed import Packed

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
    given = [(doc_id, figs if isinstance(figs, list) else list(figs)) for doc_id, figs in docs]
    if not any(figs for _, figs in given):
        return empty_frame()
    return _columns(given)


# Rows of a block of :func:`to_frame_releasing`: a few MB of table.
BLOCK_ROWS = 16_384


def to_frame_releasing(docs: list[tuple[str, list[Figure] | Packed]]) -> pd.DataFrame:
    """:func:`to_frame` of figure lists that nothing else holds, emptied as the table is built: a block
    of rows at a time is made and its figures let go, so that a long document's figures (some 750
    bytes each) and its table (some 160 bytes a row) are not both held whole. The lists are empty after.
    A long document's packed figures (``figures.packed``) are unpacked a segment at a time."""
    return joined(list(table_blocks(docs)))


def table_blocks(docs: list[tuple[str, list[Figure] | Packed]]) -> Iterator[pd.DataFrame]:
    """The table of :func:`to_frame_releasing` in blocks of at most ``BLOCK_ROWS`` rows, in order; a
    document with no figures gives no rows, and no documents no block."""
    part: list[tuple[str, list[Figure]]] = []
    rows = 0
    for doc_id, given in docs:
        for figs in given.take() if isinstance(given, Packed) else [given]:
            taken = 0
            while taken < len(figs):
                piece = figs[taken : taken + BLOCK_ROWS - rows]
                taken += len(piece)
                part.append((doc_id, piece))
                rows += len(piece)
                if rows == BLOCK_ROWS:
                    yield _columns(part)
                    part, rows = [], 0
                    del figs[:taken]  # the block's figures are in the table now
                    taken = 0
            figs.clear()  # what is left of them is in `part`
    if part:
        block = _columns(part)
        del part
        yield block


def joined(blocks: list[pd.DataFrame]) -> pd.DataFrame:
    """Blocks of :func:`table_blocks` as one table, emptied as it is made."""
    if not blocks:
        return empty_frame()
    if len(blocks) == 1:
        return blocks[0]
    # joined a column at a time, each taken out of the blocks first: the table and one column, not two tables
    return pd.DataFrame(
        {name: pd.concat([b.pop(name) for b in blocks], ignore_index=True).array for name in COLUMNS}, copy=False
    )


def _columns(given: list[tuple[str, list[Figure]]]) -> pd.DataFrame:
    # Column by column, each list made into its typed array before the next list is made: a
    # document with 100,000 figures holds one column's list at a time, not a dict per row nor
    # every column as Python objects at once (twice over in an object block before astype).
    columns = {
        name: pd.array(  # type: ignore[call-overload]
            [doc_id for doc_id, figs in given for _ in figs]
            if name == "doc_id"
            else list(map(attrgetter(name), chain.from_iterable(figs for _, figs in given))),
            dtype=dtype,
        )
        for name, dtype in COLUMNS.items()
    }
    return pd.DataFrame(columns, copy=False)
