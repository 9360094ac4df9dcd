"""Household and family figures in persons: EM-DAT's documented factors, 3 to 5 per household."""

from __future__ import annotations

import pytest

import figures

# sentence -> (unit, persons_low, persons_high) of its one row; worked out by hand
CASES_PERSONS = {
    "households": ("The floods displaced 1,200 households.", ("households", 3_600, 6_000)),
    "families_more_than": ("More than 500 families fled.", ("families", 1_500, None)),
    "families_range": ("Between 100 and 200 families were evacuated.", ("families", 300, 1_000)),
    "families_up_to": ("Up to 40 families were left homeless.", ("families", None, 200)),
    "people_not_converted": ("12 people were killed.", ("people", None, None)),
    "houses_not_converted": ("The storm destroyed 300 houses.", ("houses", None, None)),
}


@pytest.mark.parametrize("text, want", CASES_PERSONS.values(), ids=CASES_PERSONS.keys())
def test_persons_interval(text: str, want: tuple[str, int | None, int | None]) -> None:
    table = figures.extract(text, extractors=("pattern",))
    assert len(table) == 1, table.to_string()
    row = table.iloc[0]
    got = (
        row["unit"],
        *(None if v is None or v is figures.table.pd.NA else int(v) for v in (row["persons_low"], row["persons_high"])),
    )
    assert got == want
