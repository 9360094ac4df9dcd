"""The frozen record of one figure found in a document: what, how many, and where."""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter

CATEGORIES: tuple[str, ...] = (
    "killed",
    "injured",
    "missing",
    "displaced",
    "evacuated",
    "homeless",
    "affected",
    "arrested",
    "kidnapped",
    "casualties",
    "houses_destroyed",
    "houses_damaged",
)

# Rows of one document come out by start, number start, then this rank.
CATEGORY_RANK: dict[str, int] = {category: rank for rank, category in enumerate(CATEGORIES)}

QUALIFIERS: tuple[str, ...] = (
    "exact",
    "approximately",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "range",
    "vague",
)

EXTRACTORS: tuple[str, ...] = ("pattern", "quantity")

# Persons per household or family, as EM-DAT documents its conversion ("x5 for
# developing countries, x3 for industrialized countries"). The country is not
# known here, so a household figure becomes the interval [3 x low, 5 x high];
# IDMC converts with each country's average household size instead (GRID
# methodological annex, section 2.5); a user who knows the country can do so
# from `value` and `unit`.
PERSONS_PER_HOUSEHOLD: tuple[int, int] = (3, 5)

# The largest count a figure may have: 10^12, over a hundred times the world's
# population. A larger number ("12345678901234567890 killed", a 19-digit ID
# read as a count) is no count of people or houses, is not a figure, and would
# not fit the table's 64-bit integers anyway.
MAX_COUNT = 10**12


def within_bound(figure: Figure) -> bool:
    """Whether every number of a figure is at most :data:`MAX_COUNT` (else it is not a figure)."""
    return all(v is None or v <= MAX_COUNT for v in (figure.value, figure.low, figure.high))


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: a category, a number (or interval) and the spans it came from.

    Offsets are Python string indices into the document exactly as given;
    ``text`` is always ``document[start:end]``.
    """

    category: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    unit: str
    start: int
    end: int
    text: str
    number_start: int
    number_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    extractor: str
    rule: str
    group: str | None = None
    source: str | None = None
    cumulative: bool | None = None
    negated: bool = False
    modality: str | None = None
    part_of: int | None = None  # `start` of the figure this one is a subset of
    part_of_end: int | None = None  # and its `end` (figures/parts.py): never the part's own span
    # Households and families in persons, only with a documented factor (see
    # PERSONS_PER_HOUSEHOLD); null for figures already counted in people.
    persons_low: int | None = None
    persons_high: int | None = None
    # Where (figures.places): the place the figure belongs to as written and its
    # span, ISO 3166-1 alpha-3 country, ISO 3166-2 subdivision, and how it was found.
    place: str | None = None
    place_start: int | None = None
    place_end: int | None = None
    country: str | None = None
    admin1: str | None = None
    place_basis: str | None = None

    def __post_init__(self) -> None:
        if self.unit in ("households", "families") and self.persons_low is None and self.persons_high is None:
            # the text's own interval; "about 300 families" converts around its value
            about = self.value if self.qualifier == "approximately" else None
            low = self.low if self.low is not None else about
            high = self.high if self.high is not None else about
            per_low, per_high = PERSONS_PER_HOUSEHOLD
            # frozen: set through object.__setattr__, once, at construction
            object.__setattr__(self, "persons_low", None if low is None else low * per_low)
            object.__setattr__(self, "persons_high", None if high is None else high * per_high)
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {self.qualifier!r}")
        if not (self.start <= self.number_start <= self.number_end <= self.end):
            raise ValueError(f"number span outside figure span in {self.text!r}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low > high in {self.text!r}")


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Figure))

# (read once: dataclasses.replace looks a dataclass's fields up again for every row it rebuilds, and a
# hostile text of 10,000 parts rebuilds 10,000 rows)
_FIELD_VALUES = attrgetter(*FIELD_NAMES)
_FIELD_INDEX = {name: i for i, name in enumerate(FIELD_NAMES)}


def replaced(figure: Figure, **changes: object) -> Figure:
    """``dataclasses.replace(figure, **changes)`` at about half its cost: a new row, checked as every row is
    (a name that is no field raises KeyError).

    >>> from dataclasses import replace
    >>> f = Figure("killed", 5, 5, 5, "exact", "people", 0, 8, "5 killed", 0, 1, "killed", 2, 8, 0, 9, "pattern", "x")
    >>> replaced(f, value=6, high=6, part_of=0) == replace(f, value=6, high=6, part_of=0)
    True
    """
    values = list(_FIELD_VALUES(figure))
    for name, value in changes.items():
        values[_FIELD_INDEX[name]] = value
    return Figure(*values)
