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

from array import array
from collections.abc import Iterable, Iterator, Mapping
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


# The figure fields that hold integers (or None): kept in arrays by :class:`Columns` (a test keeps them
# equal to the fields typed so in figures.figure.Figure).
INT_COLUMNS = frozenset(
    (
        "value",
        "low",
        "high",
        "start",
        "end",
        "number_start",
        "number_end",
        "trigger_start",
        "trigger_end",
        "sentence_start",
        "sentence_end",
        "part_of",
        "part_of_end",
        "persons_low",
        "persons_high",
        "place_start",
        "place_end",
    )
)
# An integer column's missing value in :class:`Columns` (no offset or count is negative: MAX_COUNT bounds counts).
MISSING = -(2**63)


class Columns:
    """The rows of some documents' figures, for ``figures.summary``, without pandas and without a
    dict a row: integer columns in arrays (8 bytes a value), the others in lists (a reference each,
    the strings shared with nothing else once the figures are let go). ``figures summarize`` of a
    long document held a dict of 23 values a row besides the figure table and each column as a
    Python list (some 1,700 bytes a row); these hold some 350 (issue 19, item 4).

    A row (:meth:`rows`) reads as the table's row does, a missing value as None.

    >>> from figures.pipeline import extract_figures
    >>> columns = Columns(("doc_id", "category", "value", "part_of"))
    >>> columns.add("a", extract_figures("Floods killed 12 people, including 3 children."))
    >>> [(row["doc_id"], row["category"], row["value"], row.get("part_of")) for row in columns.rows()]
    [('a', 'killed', 12, None), ('a', 'killed', 3, 7)]
    >>> row = columns.rows()[0]
    >>> row.get("place", "none"), "value" in row, len(row), dict(row)["value"]
    ('none', True, 4, 12)
    """

    __slots__ = ("ints", "names", "objects", "size")

    def __init__(self, names: Iterable[str]) -> None:
        self.names = tuple(names)
        self.ints = {name: array("q") for name in self.names if name in INT_COLUMNS}
        self.objects: dict[str, list[object]] = {name: [] for name in self.names if name not in INT_COLUMNS}
        self.size = 0

    @classmethod
    def of_lists(cls, lists: Mapping[str, list[object] | array[int]]) -> Columns:
        """Columns of values as given, one list each (a table's columns as Python lists: a row
        then reads as the table's, pandas' missing values included), or an integer column as an
        ``array("q")`` with :data:`MISSING` for a missing value (8 bytes a value, not a list's 8
        and an int's 32: ``summary.summarize`` of a table, issue 19, item 4).

        >>> ints = array("q", [7, MISSING])
        >>> [dict(row) for row in Columns.of_lists({"doc_id": ["a", "b"], "value": [12, None], "end": ints}).rows()]
        [{'doc_id': 'a', 'value': 12, 'end': 7}, {'doc_id': 'b', 'value': None, 'end': None}]
        """
        columns = cls(())
        columns.names = tuple(lists)
        columns.ints = {name: values for name, values in lists.items() if isinstance(values, array)}
        columns.objects = {name: values for name, values in lists.items() if not isinstance(values, array)}
        columns.size = len(next(iter(lists.values()), []))
        return columns

    def add(self, doc_id: str, figures: Iterable[Figure]) -> None:
        """Append the rows of one document's figures (the figures may be let go after)."""
        figures = figures if isinstance(figures, list) else list(figures)
        for name, column in self.ints.items():
            column.extend(MISSING if v is None else v for v in map(attrgetter(name), figures))
        for name, values in self.objects.items():
            values.extend([doc_id] * len(figures) if name == "doc_id" else map(attrgetter(name), figures))
        self.size += len(figures)

    def rows(self) -> list[Row]:
        """A row each, in order: a view on the columns (two references)."""
        return [Row(self, i) for i in range(self.size)]


class Row(Mapping[str, object]):
    """One row of :class:`Columns`: the column's value, None where it has none."""

    __slots__ = ("columns", "i")

    def __init__(self, columns: Columns, i: int) -> None:
        self.columns = columns
        self.i = i

    def __getitem__(self, name: str) -> object:
        ints = self.columns.ints.get(name)
        if ints is not None:
            value = ints[self.i]
            return None if value == MISSING else value
        return self.columns.objects[name][self.i]

    def __iter__(self) -> Iterator[str]:
        return iter(self.columns.names)

    def __len__(self) -> int:
        return len(self.columns.names)
