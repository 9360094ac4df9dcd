"""``--keep FIELDS``: each JSONL/CSV record's own fields (date, url, outlet ...) in every row of its output.

The fields come after the table's own columns, in the order named; a field a
record lacks is empty; a name that is already a column of the table is a usage
error (exit 2) before anything is read or written; the output is the same,
byte for byte, with worker processes (``--jobs 2``) and on Dask (``--dask
local``) as in one process.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import figures
import figures.parallel
from figures.cli import main
from figures.summary import SUMMARY_COLUMNS
from figures.table import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "fixtures" / "analysis" / "reports.jsonl"

# Invented records: one with every field, one without `outlet` and `url`, one whose
# fields are not strings (a number, a boolean, null, an object), one without figures.
RECORDS: list[dict[str, object]] = [
    {
        "id": "a",
        "date": "2024-01-05",
        "url": "https://a.example.org/1",
        "outlet": "Daily",
        "text": "Floods killed 7 people and injured 3.",
    },
    {"id": "b", "date": "2024-02-01", "text": "Gunmen abducted 12 villagers."},
    {"id": "c", "date": 2024, "url": True, "outlet": None, "extra": {"k": [1]}, "text": "5 people were killed."},
    {"id": "d", "date": "2024-03-09", "outlet": "Weekly", "text": "A quiet week."},
]
KEEP = ["date", "url", "outlet"]
# What each document's rows carry, read from RECORDS above: (doc_id, category) -> (date, url, outlet).
EXPECTED_ROWS = [
    ("a", "killed", "2024-01-05", "https://a.example.org/1", "Daily"),
    ("a", "injured", "2024-01-05", "https://a.example.org/1", "Daily"),
    ("b", "kidnapped", "2024-02-01", "", ""),
    ("c", "killed", "2024", "true", ""),
]


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def write_csv(path: Path, records: list[dict[str, object]], columns: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for r in records:
            writer.writerow(["" if r.get(c) is None else str(r[c]) for c in columns])
    return path


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def header_of(text: str) -> list[str]:
    return next(csv.reader(io.StringIO(text, newline="")))


def test_jsonl_fields_follow_the_table_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "docs.jsonl", RECORDS)
    assert main(["extract", str(source), "--keep", ",".join(KEEP), "-q", "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert header_of(out) == [*COLUMNS, *KEEP]
    got = [(r["doc_id"], r["category"], r["date"], r["url"], r["outlet"]) for r in rows_of(out)]
    assert got == EXPECTED_ROWS


def test_jsonl_output_has_null_for_a_missing_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "docs.jsonl", RECORDS)
    assert main(["extract", str(source), "--keep", "outlet,extra", "-f", "jsonl", "-q", "-j", "1"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["doc_id"], r["outlet"], r["extra"]) for r in lines] == [
        ("a", "Daily", None),
        ("a", "Daily", None),
        ("b", None, None),
        ("c", None, '{"k":[1]}'),  # an object is kept as its JSON text
    ]
    assert list(lines[0])[-2:] == ["outlet", "extra"]


def test_csv_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "docs.csv", RECORDS, ["id", "date", "outlet", "url", "text"])
    assert main(["extract", str(source), "--keep", ",".join(KEEP), "-q", "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert header_of(out) == [*COLUMNS, *KEEP]
    got = [(r["doc_id"], r["category"], r["date"], r["url"], r["outlet"]) for r in rows_of(out)]
    # the CSV writer above wrote True as "True": a CSV cell is kept as written
    assert got == [row if row[0] != "c" else ("c", "killed", "2024", "True", "") for row in EXPECTED_ROWS]


def test_csv_input_without_the_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_csv(tmp_path / "docs.csv", RECORDS, ["id", "date", "text"])
    assert main(["extract", str(source), "--keep", "date,outlet", "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert "docs.csv: no column outlet to keep (left empty)" in captured.err
    assert [(r["doc_id"], r["date"], r["outlet"]) for r in rows_of(captured.out)] == [
        ("a", "2024-01-05", ""),
        ("a", "2024-01-05", ""),
        ("b", "2024-02-01", ""),
        ("c", "2024", ""),
    ]


def test_plain_text_input_has_empty_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "one.txt").write_text("Storms killed 4 people.", encoding="utf-8")
    assert main(["extract", str(tmp_path / "one.txt"), "--keep", "date", "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert "plain text has no fields to keep" in captured.err
    assert [(r["doc_id"], r["value"], r["date"]) for r in rows_of(captured.out)] == [("one", "4", "")]


def test_summarize_rows_carry_their_document_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "docs.jsonl", RECORDS)
    assert main(["summarize", str(source), "--keep", "outlet,date", "-q", "-j", "1"]) == 0
    out = capsys.readouterr().out
    assert header_of(out) == [*SUMMARY_COLUMNS, "outlet", "date"]
    got = [(r["doc_id"], r["category"], r["value"], r["outlet"], r["date"]) for r in rows_of(out)]
    assert got == [
        ("a", "killed", "7", "Daily", "2024-01-05"),
        ("a", "injured", "3", "Daily", "2024-01-05"),
        ("b", "kidnapped", "12", "", "2024-02-01"),
        ("c", "killed", "5", "", "2024"),
    ]


def test_parquet_output_has_string_columns(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "docs.jsonl", RECORDS)
    out = tmp_path / "out.parquet"
    assert main(["extract", str(source), "--keep", "date,outlet", "-o", str(out), "-q", "-j", "1"]) == 0
    table = pq.read_table(out)
    assert table.column_names == [*COLUMNS, "date", "outlet"]
    assert table.schema.field("date").type == table.schema.field("doc_id").type  # a string, like doc_id
    assert table.column("outlet").to_pylist() == ["Daily", "Daily", None, None]


def test_report_shows_the_fields(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "docs.jsonl", RECORDS)
    out = tmp_path / "report.html"
    assert main(["report", str(source), "--keep", "date,outlet", "-o", str(out), "-q", "-j", "1"]) == 0
    page = out.read_text(encoding="utf-8")
    # under each document's id (missing fields left out), and as columns of the summary table
    assert '"id":"a","text":"Floods killed 7 people and injured 3.","figs":' in page
    assert '"meta":[["date","2024-01-05"],["outlet","Daily"]]' in page
    assert '"meta":[["date","2024-03-09"],["outlet","Weekly"]]' in page  # a document without figures too
    assert '"meta":[["date","2024-02-01"]]' in page
    assert '"date","outlet"],"rows":[' in page


# ------------------------------------------------------------------ clashes and bad names

# (id, command, --keep value, the name the error must give)
CASES_CLASH = [
    ("extract-value", "extract", "date,value", "value"),
    ("extract-text", "extract", "text", "text"),
    ("extract-doc_id", "extract", "doc_id,url", "doc_id"),
    ("summarize-basis", "summarize", "date,basis", "basis"),
    ("report-sources", "report", "sources", "sources"),
]


@pytest.mark.parametrize(("command", "keep", "name"), [c[1:] for c in CASES_CLASH], ids=[c[0] for c in CASES_CLASH])
def test_a_clash_with_a_table_column_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, keep: str, name: str
) -> None:
    source = write_jsonl(tmp_path / "docs.jsonl", RECORDS)
    out = tmp_path / "out.html"
    assert main([command, str(source), "--keep", keep, "-o", str(out), "-j", "1"]) == 2
    err = capsys.readouterr().err
    assert err == f"figures: error: --keep: {name} is a column of the table already; keep it under another name\n"
    assert list(tmp_path.iterdir()) == [source]  # no output, not even a temporary file


@pytest.mark.parametrize(
    ("keep", "message"),
    [("date,,url", "empty field name in 'date,,url'"), ("url,date,url", "url is named twice")],
    ids=["empty-name", "repeated-name"],
)
def test_bad_field_lists_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], keep: str, message: str
) -> None:
    source = write_jsonl(tmp_path / "docs.jsonl", RECORDS)
    assert main(["extract", str(source), "--keep", keep]) == 2
    assert f"argument --keep: {message}" in capsys.readouterr().err


# ------------------------------------------------------------------ same output however it runs


def test_failed_document_does_not_shift_the_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A document whose extraction raises is left out (--on-error skip); the next ones keep their own fields."""
    real = figures.parallel.extract_figures

    def fragile(text: str, extractors: tuple[str, ...]) -> list[figures.Figure]:
        if "BOOM" in text:
            raise RuntimeError("simulated extractor bug")
        return real(text, extractors)

    monkeypatch.setattr(figures.parallel, "extract_figures", fragile)
    records = [
        {"id": "x", "date": "d1", "text": "3 people were killed."},
        {"id": "boom", "date": "d2", "text": "BOOM 4 people were killed."},
        {"id": "y", "date": "d3", "text": "6 people were killed and 2 injured."},
    ]
    source = write_jsonl(tmp_path / "docs.jsonl", records)
    assert main(["extract", str(source), "--keep", "date", "--on-error", "skip", "-j", "1", "-q"]) == 0
    got = [(r["doc_id"], r["value"], r["date"]) for r in rows_of(capsys.readouterr().out)]
    assert got == [("x", "3", "d1"), ("y", "6", "d3"), ("y", "2", "d3")]


@pytest.mark.parametrize("command", ["extract", "summarize"])
def test_jobs_2_gives_the_same_bytes(tmp_path: Path, command: str) -> None:
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    argv = [command, str(REPORTS), "--keep", "date,url,outlet", "--chunk-size", "4", "-q"]
    assert main([*argv, "-j", "1", "-o", str(one)]) == 0
    assert main([*argv, "-j", "2", "-o", str(two)]) == 0
    assert two.read_bytes() == one.read_bytes()
    rows = rows_of(one.read_text(encoding="utf-8"))
    assert len({r["doc_id"] for r in rows}) >= 34  # nine chunks, 34 documents with a figure
    # r11 has no outlet, r36 no url (fixtures/analysis/README.md)
    assert {r["outlet"] for r in rows if r["doc_id"] == "r11"} == {""}
    assert {r["url"] for r in rows if r["doc_id"] == "r36"} == {""}
    assert {(r["date"], r["outlet"]) for r in rows if r["doc_id"] == "r26"} == {("2024-05-11", "Nile Dispatch")}


@pytest.mark.parametrize("command", ["extract", "summarize"])
def test_dask_local_gives_the_same_bytes(tmp_path: Path, command: str) -> None:
    pytest.importorskip("distributed", reason="distributed is not installed (pip install -e '.[dask]')")
    local, on_dask = tmp_path / "local.csv", tmp_path / "dask.csv"
    argv = [command, str(REPORTS), "--keep", "date,url,outlet", "--chunk-size", "5", "-q"]
    assert main([*argv, "-j", "1", "-o", str(local)]) == 0
    assert main([*argv, "--dask", "local", "-j", "2", "-o", str(on_dask)]) == 0
    assert on_dask.read_bytes() == local.read_bytes()
    assert local.stat().st_size > 10_000
    assert "Nile Dispatch" in local.read_text(encoding="utf-8")


# ------------------------------------------------------------------ Python


def test_extract_frame_keeps_columns_with_their_dtypes() -> None:
    frame = pd.DataFrame(
        {
            "url": ["u1", "u2", "u3"],
            "date": pd.to_datetime(["2024-05-01", "2024-06-01", "2024-07-01"]),
            "body": ["Floods killed 7 people and injured 3.", "Nothing here.", "12 were injured"],
        },
        index=[10, 11, 12],
    )
    table = figures.extract_frame(frame, text="body", id="url", keep=["date"])
    assert list(table.columns) == [*COLUMNS, "date"]
    assert table["date"].dtype == frame["date"].dtype
    assert table[["doc_id", "value"]].values.tolist() == [["u1", 7], ["u1", 3], ["u3", 12]]
    assert table["date"].dt.month.tolist() == [5, 5, 7]
    assert list(table.index) == [0, 1, 2]
    none = figures.extract_frame(frame.iloc[1:2], text="body", keep=["date", "url"])
    assert list(none.columns) == [*COLUMNS, "date", "url"] and none.empty


def test_extract_frame_keep_errors() -> None:
    frame = pd.DataFrame({"id": ["a"], "text": ["5 killed"], "category": ["x"]})
    with pytest.raises(ValueError, match="category is a column of the table already"):
        figures.extract_frame(frame, keep=["category"])
    with pytest.raises(KeyError, match="no column 'outlet' to keep"):
        figures.extract_frame(frame, keep=["outlet"])
