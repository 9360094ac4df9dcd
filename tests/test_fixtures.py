"""Each short document in fixtures/ against the rows its .expected.csv lists.

The comparison is order-insensitive on category, value, qualifier, low, high
and unit.  For ``approximately`` and ``vague`` rows the interval is the
extractor's documented choice, so low and high are compared only for the other
qualifiers.  The expected files were written by reading the documents.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import figures

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# The seed article's expected table is compared by its owner's own test.
COMPARED_ELSEWHERE: frozenset[str] = frozenset({"libya_haftar_breitbart"})
COLUMNS = ["category", "value", "qualifier", "low", "high", "unit"]
OPEN_INTERVAL = frozenset({"approximately", "vague"})

Key = tuple[Any, ...]


def expected_files() -> list[Path]:
    return sorted(
        path
        for path in FIXTURES.glob("*.expected.csv")
        if path.name.removesuffix(".expected.csv") not in COMPARED_ELSEWHERE
    )


def _cell(value: Any) -> Any:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return int(value) if isinstance(value, float) and value.is_integer() else value


def keys(frame: pd.DataFrame) -> Counter[Key]:
    counted: Counter[Key] = Counter()
    for record in frame[COLUMNS].to_dict("records"):
        row = {name: _cell(value) for name, value in record.items()}
        if row["qualifier"] in OPEN_INTERVAL:
            row["low"] = row["high"] = "(not compared)"
        counted[tuple(row[name] for name in COLUMNS)] += 1
    return counted


def read_expected(path: Path) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype={"category": "string", "qualifier": "string", "unit": "string"})
    missing = [name for name in COLUMNS if name not in frame.columns]
    if missing:
        raise ValueError(f"{path.name}: missing columns {missing}")
    for name in ("value", "low", "high"):
        frame[name] = frame[name].astype("Int64")
    unknown = set(frame["category"]) - set(figures.CATEGORIES) | set(frame["qualifier"]) - set(figures.QUALIFIERS)
    if unknown:
        raise ValueError(f"{path.name}: unknown category or qualifier {sorted(unknown)}")
    return frame


def test_there_are_fixtures() -> None:
    assert len(expected_files()) >= 4
    for path in expected_files():
        assert path.with_name(path.name.replace(".expected.csv", ".txt")).is_file(), path


# Known gaps (strict): "No soldiers were killed" and "being treated for gunshot wounds"
# (borno).
FIXTURE_GAPS = {"borno_market_attack"}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="known gap"))
        if p.name.removesuffix(".expected.csv") in FIXTURE_GAPS
        else p
        for p in expected_files()
    ],
    ids=lambda p: p.name.removesuffix(".expected.csv"),
)
def test_fixture_matches_expected_rows(path: Path) -> None:
    document = path.with_name(path.name.replace(".expected.csv", ".txt")).read_text(encoding="utf-8")
    want = keys(read_expected(path))
    found = figures.extract(document, doc_id=path.stem)
    got = keys(found)
    if want != got:
        lines = [f"{path.name}: {sum(want.values())} rows expected, {sum(got.values())} found"]
        lines += [f"  MISSING {key}" for key in sorted((want - got).elements(), key=str)]
        extra = got - want
        for record in found.to_dict("records"):
            key = next(iter(keys(pd.DataFrame([record]))))
            if extra[key]:
                extra[key] -= 1
                lines.append(f"  EXTRA   {key} text={record['text']!r} rule={record['rule']!r}")
        pytest.fail("\n".join(lines), pytrace=False)


@pytest.mark.parametrize("path", expected_files(), ids=lambda p: p.name.removesuffix(".expected.csv"))
def test_fixture_spans_are_exact(path: Path) -> None:
    document = path.with_name(path.name.replace(".expected.csv", ".txt")).read_text(encoding="utf-8")
    found = figures.extract(document, doc_id=path.stem)
    for record in found.to_dict("records"):
        assert record["text"] == document[record["start"] : record["end"]], record
