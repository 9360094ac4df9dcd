"""The figure table's rows for CSV, made from the figures without pandas (issue 19, item 12).

``figures extract`` to CSV (without ``--keep``) writes these rows with the
``csv`` module instead of building the table (``figures.table``) and calling
pandas' ``to_csv``: loading pandas took about 0.25 s, half of a small file's
time budget. The bytes are the same (tests/test_rows.py compares both on
every kind of value): pandas writes through the same ``csv`` module, an
integer as its digits, a boolean as ``True``/``False``, a missing value as an
empty field, and so does ``csv.writer`` with ``None`` for a missing value.

>>> from figures.pipeline import extract_figures
>>> [row[:6] for row in csv_rows([("a", extract_figures("Floods killed 12 people."))])]
[['a', 'killed', 12, 12, 12, 'exact']]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from operator import attrgetter

from figures.figure import Figure

# figures.table.COLUMNS's names, in its order (a test keeps them equal): the columns of the table.
COLUMN_NAMES: tuple[str, ...] = (
    "doc_id",
    "category",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "start",
    "end",
    "text",
    "number_start",
    "number_end",
    "trigger",
    "sentence_start",
    "sentence_end",
    "extractor",
    "rule",
    "trigger_start",
    "trigger_end",
    "group",
    "source",
    "cumulative",
    "negated",
    "modality",
    "part_of",
    "part_of_end",
    "persons_low",
    "persons_high",
    "place",
    "place_start",
    "place_end",
    "country",
    "admin1",
    "place_basis",
)

_VALUES = attrgetter(*COLUMN_NAMES[1:])


def csv_rows(found: Iterable[tuple[str, Iterable[Figure]]]) -> Iterator[list[object]]:
    """One row a figure, ``(doc_id, figures)`` pairs in order, each row in :data:`COLUMN_NAMES`' order."""
    for doc_id, figures in found:
        for figure in figures:
            yield [doc_id, *_VALUES(figure)]
