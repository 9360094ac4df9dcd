"""Issue 19, item 4: ``figures summarize`` reads each chunk's figures as columns (``figures.rows.Columns``),
not as the figure table with a dict a row, and gives the same totals.

A long document's summary held its figure table, each column as a Python list and a dict
of 23 values a row, besides the rules' own work: 15 times the size of a dense 5 MB
document at b2f9db7's successor e0a1823 (benchmarks/README.md); the columns hold some
350 bytes a row.
"""

from __future__ import annotations

import gc
import tracemalloc
import typing
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pytest
from test_nothing_lost import long_text

import figures.table
import figures.worker
from figures import summary
from figures.cli import main
from figures.figure import Figure
from figures.pipeline import extract_figures
from figures.rows import INT_COLUMNS, Columns
from figures.table import to_frame

# Invented documents, a batch each: what the summary rules read from every column (ranges, vague
# words, negation, a running toll, parts of a total, households, attackers, a sectioned article,
# a document with no figure, where a profile reads deaths told without one).
CASES_SUMMARY_ROWS: dict[str, list[tuple[str, str]]] = {
    "one count": [("a", "Floods in the valley killed 12 people on Monday.")],
    "range and vague": [("a", "Between 20 and 25 people were killed and dozens were injured in the blast.")],
    "negated and injured": [("a", "No deaths were reported, but 4 people were injured when the bridge fell.")],
    "running toll": [("a", "Five people died on Friday. The death toll has since risen to 230, officials said.")],
    "parts of a total": [("a", "Seven people were killed, including 3 children and a police officer.")],
    "households": [("a", "The floods displaced about 300 families in the district and destroyed 40 houses.")],
    "attackers": [("a", "Two gunmen were killed after they shot dead 9 villagers and wounded 14 others.")],
    "implied attacker, no figure": [("a", "A suicide bomber blew himself up outside the mosque.")],
    "sectioned article": [
        (
            "a",
            "Storm Alba\n\nThe storm killed 31 people in all.\n\nNorth\n\nIn the north, 20 people died."
            "\n\nSouth\n\nIn the south, 11 people died and 6 were missing.",
        )
    ],
    "several documents": [
        ("a", "An earthquake killed 40 people and injured 120."),
        ("b", "Nothing happened in the town today."),
        ("c", "Fighting displaced more than 32,000 people; 8 soldiers were killed."),
    ],
}
PROFILES = ("raw", "gtd", "wad", "noaa", "acled", "emdat", "ucdp", "wikimpacts")


def by_columns(found: list[tuple[str, list[Figure]]]) -> dict[str, list[Mapping[str, object]]]:
    """What ``figures summarize`` gives the rules: the rows of Columns grouped by document."""
    columns = Columns(summary.NEEDED_COLUMNS + summary.OPTIONAL_COLUMNS)
    for doc_id, figs in found:
        columns.add(doc_id, figs)
    by_doc: dict[str, list[Mapping[str, object]]] = {}
    for row in columns.rows():
        by_doc.setdefault(str(row["doc_id"]), []).append(row)
    return by_doc


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("documents", list(CASES_SUMMARY_ROWS.values()), ids=list(CASES_SUMMARY_ROWS))
def test_columns_give_the_totals_the_table_gives(documents: list[tuple[str, str]], profile: str) -> None:
    found = [(doc_id, extract_figures(text)) for doc_id, text in documents]
    texts = dict(documents)
    expected = summary.summarize(to_frame(found), profile, texts=texts)
    got = summary.summarize_rows(by_columns(found), profile, texts=texts)
    pd.testing.assert_frame_equal(got, expected)


def test_the_cases_have_totals() -> None:
    # the comparison above means something only where there are totals to compare
    for name, documents in CASES_SUMMARY_ROWS.items():
        found = [(doc_id, extract_figures(text)) for doc_id, text in documents]
        totals = summary.summarize(to_frame(found), "gtd", texts=dict(documents))
        assert len(totals) > 0, name


def test_a_row_reads_as_the_tables_row() -> None:
    found = [("a", extract_figures("Floods killed 12 people, including 3 children, in Sindh."))]
    table_rows = to_frame(found).astype(object).to_dict("records")
    rows = by_columns(found)["a"]
    assert len(rows) == len(table_rows) == 2
    for row, table_row in zip(rows, table_rows, strict=True):
        for name in row:
            expected = table_row[name]
            assert row[name] == (None if expected is pd.NA else expected), name
    assert rows[1].get("part_of") == rows[0]["start"] and rows[0].get("part_of") is None
    assert rows[0].get("place", "absent") == "absent"  # a column the summary does not read
    with pytest.raises(KeyError):
        rows[0]["place"]


def test_int_columns_are_the_figure_fields_that_hold_integers() -> None:
    hints = typing.get_type_hints(Figure)
    assert {name for name, hint in hints.items() if int in typing.get_args(hint) or hint is int} == INT_COLUMNS


def summarize_peak(document: Path, out: Path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        assert main(["summarize", str(document), "-o", str(out), "-j", "1", "-q"]) == 0
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_of_summarizing_a_long_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Dense text, a figure every 40 characters, read in segments. With the figure table and a dict a
    # row (e0a1823) the peak grew by 59 bytes for each character more; with the columns by 29.
    monkeypatch.setattr(figures.worker, "SEGMENT_CHARACTERS", 10_000)
    monkeypatch.setattr(figures.table, "BLOCK_ROWS", 200)
    paths = []
    for paragraphs in (200, 400):
        path = tmp_path / f"long{paragraphs}.txt"
        path.write_text(long_text(paragraphs), encoding="utf-8")
        paths.append(path)
    out = tmp_path / "out.csv"
    summarize_peak(paths[1], out)  # first-use allocations (pandas, the gazetteer, patterns) are not the document's
    low, high = summarize_peak(paths[0], out), summarize_peak(paths[1], out)
    added = len(long_text(400)) - len(long_text(200))
    assert (high - low) / added < 40, f"{(high - low) / added:.1f} more bytes at the peak for each character more"


# Issue 19, item 2's rule (no input may end a run with an error): `wad` counts the armed among people named
# in a list; a list ending in a comma gave an empty name, and IndexError ended `figures summarize` (exit 1,
# every document's totals lost).
CASES_NAMED_LIST = {
    "comma after the list": ("Amina Bello and Grace Okafor, both local civilian teachers, were killed.", 2),
    "a soldier in the list": ("A soldier and a local chief were killed on Monday.", 1),
}


@pytest.mark.parametrize("text,killed", list(CASES_NAMED_LIST.values()), ids=list(CASES_NAMED_LIST))
def test_wad_reads_a_list_of_named_people(text: str, killed: int) -> None:
    totals = summary.summarize(to_frame([("a", extract_figures(text))]), "wad", texts={"a": text})
    assert totals.loc[totals["category"] == "killed", "value"].tolist() == [killed]
