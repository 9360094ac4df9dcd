"""Readers of every input kind, the decoding rules, bad records, and the writers' round trips."""

from __future__ import annotations

import csv
import json
import os
import stat
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figures.figure import Figure
from figures.io import (
    BadRecord,
    Document,
    ErrorLog,
    InputError,
    Origin,
    ParquetTableWriter,
    atomic_path,
    open_writer,
    read_all,
    read_stdin,
)
from figures.table import COLUMNS, empty_frame, to_frame

# (id, file name, bytes, encoding, expected [(doc_id, text)])
CASES_DOCUMENTS: list[tuple[str, str, bytes, str, list[tuple[str, str]]]] = [
    ("txt", "libya.txt", b"254 killed", "utf-8", [("libya", "254 killed")]),
    ("txt-bom-removed", "a.txt", b"\xef\xbb\xbf5 killed", "utf-8", [("a", "5 killed")]),
    ("txt-crlf-kept", "a.txt", b"one\r\ntwo\r\n", "utf-8", [("a", "one\r\ntwo\r\n")]),
    ("txt-bom-inside-kept", "a.txt", b"x\xef\xbb\xbfy", "utf-8", [("a", "x\ufeffy")]),
    ("txt-empty", "empty.txt", b"", "utf-8", [("empty", "")]),
    ("txt-latin1", "a.txt", "café, 3 tués".encode("latin-1"), "latin-1", [("a", "café, 3 tués")]),
    ("txt-utf16", "a.txt", "12 killed\r\n".encode("utf-16"), "utf-16", [("a", "12 killed\r\n")]),
    (
        "jsonl-ids",
        "d.jsonl",
        b'{"doc_id": "a", "text": "x"}\n{"id": 7, "text": "y"}\n{"text": "z"}\n{"id": "", "text": "w"}\n',
        "utf-8",
        [("a", "x"), ("7", "y"), ("3", "z"), ("4", "w")],
    ),
    ("jsonl-doc_id-before-id", "d.jsonl", b'{"id": "i", "doc_id": "d", "text": "x"}\n', "utf-8", [("d", "x")]),
    ("jsonl-blank-lines-skipped", "d.jsonl", b'\n{"text": "a"}\n  \n{"text": "b"}', "utf-8", [("2", "a"), ("4", "b")]),
    (
        "jsonl-bom-crlf",
        "d.jsonl",
        b'\xef\xbb\xbf{"text": "a\\r\\nb"}\r\n{"text": "c"}\r\n',
        "utf-8",
        [("1", "a\r\nb"), ("2", "c")],
    ),
    ("jsonl-empty-text", "d.jsonl", b'{"doc_id": "e", "text": ""}\n', "utf-8", [("e", "")]),
    ("jsonl-empty-file", "d.jsonl", b"", "utf-8", []),
    ("jsonl-utf16", "d.jsonl", '{"text": "é"}\n{"text": "b"}\n'.encode("utf-16"), "utf-16", [("1", "é"), ("2", "b")]),
    (
        "csv-ids",
        "d.csv",
        b"doc_id,text\na,x\n,y\n",
        "utf-8",
        [("a", "x"), ("3", "y")],
    ),
    ("csv-id-column", "d.csv", b"id,text,other\n9,x,1\n", "utf-8", [("9", "x")]),
    (
        "csv-multiline-quoted",
        "d.csv",
        b'text,doc_id\n"line one\r\nline ""two""",m\nplain,p\n',
        "utf-8",
        [("m", 'line one\r\nline "two"'), ("p", "plain")],
    ),
    ("csv-bom", "d.csv", b"\xef\xbb\xbftext\nx\n", "utf-8", [("2", "x")]),
    ("csv-empty-file", "d.csv", b"", "utf-8", []),
    ("csv-header-only", "d.csv", b"doc_id,text\n", "utf-8", []),
    ("csv-long-field", "d.csv", b"text\n" + b"a" * 300_000 + b"\n", "utf-8", [("2", "a" * 300_000)]),
]


@pytest.mark.parametrize(
    ("name", "content", "encoding", "expected"), [c[1:] for c in CASES_DOCUMENTS], ids=[c[0] for c in CASES_DOCUMENTS]
)
def test_documents(tmp_path: Path, name: str, content: bytes, encoding: str, expected: list[tuple[str, str]]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    items = list(read_all([str(path)], encoding))
    assert all(isinstance(i, Document) for i in items), items
    assert [(d.doc_id, d.text) for d in items] == expected  # type: ignore[union-attr]


def test_folder_reads_sorted_txt_files_only(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("second")
    (tmp_path / "a.TXT").write_text("first")
    (tmp_path / "c.md").write_text("not read")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text("not read either")
    items = list(read_all([str(tmp_path)]))
    assert [(d.doc_id, d.text) for d in items] == [("a", "first"), ("b", "second")]  # type: ignore[union-attr]


def test_stdin_is_one_document() -> None:
    import io

    item = read_stdin("utf-8", io.BytesIO(b"\xef\xbb\xbfline\r\nline"))
    assert item == Document("stdin", "line\r\nline", Origin("<stdin>"), 13)


def test_inputs_in_the_order_given(tmp_path: Path) -> None:
    (tmp_path / "z.txt").write_text("z")
    (tmp_path / "a.jsonl").write_text('{"text": "a"}\n')
    items = list(read_all([str(tmp_path / "z.txt"), str(tmp_path / "a.jsonl")]))
    assert [d.text for d in items] == ["z", "a"]  # type: ignore[union-attr]


# (id, file name, bytes, expected: doc ids of the good records, (line, words in the reason) of the bad ones)
CASES_BAD_RECORDS: list[tuple[str, str, bytes, list[str], list[tuple[int | None, str]]]] = [
    (
        "jsonl-malformed-line",
        "d.jsonl",
        b'{"doc_id": "a", "text": "x"}\n{"doc_id": "b", "text": "oops}\n{"doc_id": "c", "text": "z"}\n',
        ["a", "c"],
        [(2, "malformed JSON at column")],
    ),
    (
        "jsonl-no-text",
        "d.jsonl",
        b'{"doc_id": "a", "body": "x"}\n{"text": "y"}\n',
        ["2"],
        [(1, "no `text` field (fields: doc_id, body)")],
    ),
    ("jsonl-text-number", "d.jsonl", b'{"text": 12}\n', [], [(1, "`text` is a number, not a string")]),
    ("jsonl-text-null", "d.jsonl", b'{"text": null}\n', [], [(1, "`text` is null, not a string")]),
    ("jsonl-text-list", "d.jsonl", b'{"text": ["a"]}\n', [], [(1, "`text` is an array, not a string")]),
    (
        "jsonl-not-object",
        "d.jsonl",
        b'["a", "b"]\n{"text": "ok"}\n',
        ["2"],
        [(1, "expected a JSON object, found an array")],
    ),
    ("jsonl-bad-id", "d.jsonl", b'{"id": [1], "text": "x"}\n', [], [(1, "`id` is an array, not a string or integer")]),
    (
        "jsonl-invalid-utf8",
        "d.jsonl",
        b'{"text": "ok"}\n{"text": "caf\xe9"}\n',
        ["1"],
        [(2, "invalid utf-8: byte 0xe9 at column 14")],
    ),
    (
        "jsonl-nul-in-line",
        "d.jsonl",
        b'{"text": "ok"}\n' * 600 + b'{"text": "a\x00"}\n',
        [str(n) for n in range(1, 601)],
        [(601, "binary data")],
    ),
    (
        "jsonl-binary-file",
        "d.jsonl",
        b"PK\x03\x04\x14\x00\x00\x00",
        [],
        [(None, "binary file, not text (NUL byte at byte 5)")],
    ),
    ("txt-invalid-utf8", "a.txt", b"fine\nfine\nbad \xff byte", [], [(3, "invalid utf-8: byte 0xff at column 5")]),
    ("txt-binary", "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00", [], [(None, "binary file, not text (NUL byte at byte 8)")]),
    ("txt-utf16-without-encoding", "a.txt", "12 killed".encode("utf-16"), [], [(None, "pass --encoding utf-16")]),
    ("csv-no-text-column", "d.csv", b"doc_id,body\na,x\n", [], [(1, "no `text` column (columns: doc_id, body)")]),
    ("csv-invalid-utf8", "d.csv", b"doc_id,text\na,ok\nb,caf\xe9\nc,ok\n", ["a", "c"], [(3, "invalid utf-8")]),
    ("csv-invalid-utf8-in-multiline-row", "d.csv", b'doc_id,text\nb,"x\n\xff"\nc,ok\n', ["c"], [(2, "invalid utf-8")]),
    # past the first 8 KB, which decide whether the whole file is binary
    (
        "csv-nul-byte",
        "d.csv",
        b"doc_id,text\n" + b"a,ok\n" * 2000 + b"b,x\x00y\n",
        ["a"] * 2000,
        [(2002, "binary data")],
    ),
    (
        "csv-wrong-field-count",
        "d.csv",
        b"doc_id,text\na,x,extra\nb,y\n",
        ["b"],
        [(2, "row has 3 fields, the header has 2")],
    ),
    ("csv-binary-file", "d.csv", b"\x00\x01\x02", [], [(None, "binary file")]),
]


@pytest.mark.parametrize(
    ("name", "content", "good", "bad"), [c[1:] for c in CASES_BAD_RECORDS], ids=[c[0] for c in CASES_BAD_RECORDS]
)
def test_bad_records(
    tmp_path: Path, name: str, content: bytes, good: list[str], bad: list[tuple[int | None, str]]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    items = list(read_all([str(path)]))
    assert [d.doc_id for d in items if isinstance(d, Document)] == good
    found = [(b.origin.line, b.reason) for b in items if isinstance(b, BadRecord)]
    assert len(found) == len(bad), found
    for (line, reason), (want_line, want_words) in zip(found, bad, strict=True):
        assert line == want_line
        assert want_words in reason
        assert str(BadRecord(Origin(str(path), line), reason)).startswith(f"{path}:{line}: " if line else f"{path}: ")


# (id, make the path, words in the error)
CASES_FATAL: list[tuple[str, str, str]] = [
    ("missing-path", "nope.txt", "nope.txt: no such file or folder"),
    ("folder-without-txt", "folder", "folder: folder has no .txt files"),
    ("unknown-kind", "notes.md", "notes.md: unknown input kind"),
    ("stdin-twice", "- -", "standard input (-) given more than once"),
]


@pytest.mark.parametrize(("paths", "message"), [c[1:] for c in CASES_FATAL], ids=[c[0] for c in CASES_FATAL])
def test_fatal_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, paths: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "x.md").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(InputError) as error:
        list(read_all(paths.split()))
    assert message in str(error.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    [item] = list(read_all([str(path)]))
    assert isinstance(item, BadRecord)
    assert "cannot read: Permission denied" in str(item)


# ------------------------------------------------------------------ writers

TRICKY_TEXT = 'a "quoted",\r\nline\rwith, commas\n— ünïcode'


def tricky_frame() -> pd.DataFrame:
    """Two documents' rows, one with a text full of characters that CSV must quote."""
    document = TRICKY_TEXT + " 12 killed"
    start = document.index("12")
    figure = Figure(
        category="killed", value=12, low=12, high=None, qualifier="at_least", unit="people",
        start=0, end=len(document), text=document, number_start=start, number_end=start + 2,
        trigger="killed", trigger_start=start + 3, trigger_end=len(document), sentence_start=0,
        sentence_end=len(document), extractor="pattern", rule="test", negated=True, cumulative=None,
    )  # fmt: skip
    plain = Figure(
        category="displaced", value=None, low=24, high=None, qualifier="vague", unit="households",
        start=1, end=9, text="dozens x", number_start=1, number_end=7, trigger="x", trigger_start=8,
        trigger_end=9, sentence_start=0, sentence_end=9, extractor="quantity", rule="r2", group="children",
    )  # fmt: skip
    return to_frame([("doc,1", [figure]), ("doc2", [plain])])


def write_table(tmp_path: Path, fmt: str, frames: list[pd.DataFrame]) -> Path:
    out = tmp_path / f"out.{fmt}"
    with open_writer(fmt, str(out), empty_frame()) as writer:
        for frame in frames:
            writer.write(frame)
    return out


def test_csv_round_trip_with_dictreader(tmp_path: Path) -> None:
    frame = tricky_frame()
    out = write_table(tmp_path, "csv", [frame.iloc[:1], empty_frame(), frame.iloc[1:]])
    with open(out, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
    assert reader.fieldnames == list(COLUMNS)
    assert [r["text"] for r in rows] == [TRICKY_TEXT + " 12 killed", "dozens x"]
    assert [r["doc_id"] for r in rows] == ["doc,1", "doc2"]
    assert (rows[0]["value"], rows[0]["high"], rows[0]["negated"], rows[0]["cumulative"]) == ("12", "", "True", "")
    assert (rows[1]["value"], rows[1]["low"], rows[1]["group"]) == ("", "24", "children")


def test_csv_read_back_by_pandas_equals(tmp_path: Path) -> None:
    frame = tricky_frame()
    out = write_table(tmp_path, "csv", [frame])
    back = pd.read_csv(out, dtype=COLUMNS, keep_default_na=False, na_values=[""])  # type: ignore[arg-type]
    # An empty CSV field cannot tell an empty string from a missing one; the table never holds "".
    pd.testing.assert_frame_equal(back, frame)


def test_jsonl_round_trip(tmp_path: Path) -> None:
    frame = tricky_frame()
    out = write_table(tmp_path, "jsonl", [frame.iloc[:1], frame.iloc[1:]])
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [list(r) for r in rows] == [list(COLUMNS)] * 2
    assert rows[0]["text"] == TRICKY_TEXT + " 12 killed"
    assert (rows[0]["value"], rows[0]["high"], rows[0]["negated"], rows[1]["value"]) == (12, None, True, None)
    back = pd.DataFrame(rows).astype(COLUMNS)  # type: ignore[arg-type]
    pd.testing.assert_frame_equal(back, frame)


def test_parquet_round_trip_keeps_dtypes(tmp_path: Path) -> None:
    frame = tricky_frame()
    out = write_table(tmp_path, "parquet", [frame.iloc[:1], frame.iloc[1:]])
    back = pq.read_table(out).to_pandas()
    assert list(back.columns) == list(COLUMNS)
    assert back.dtypes.to_dict() == frame.dtypes.to_dict()
    pd.testing.assert_frame_equal(back, frame)


def test_parquet_empty_table_has_columns(tmp_path: Path) -> None:
    back = pq.read_table(write_table(tmp_path, "parquet", [])).to_pandas()
    assert list(back.columns) == list(COLUMNS)
    assert len(back) == 0
    plain = {c: str(d) for c, d in COLUMNS.items() if not isinstance(d, pd.CategoricalDtype)}
    assert {c: str(back[c].dtype) for c in plain} == plain
    assert [str(back[c].dtype) for c in COLUMNS if c not in plain] == ["category"] * 3


@pytest.mark.xfail(strict=True, reason="pyarrow stores no dictionary values for a table with no rows")
def test_parquet_empty_table_keeps_category_values(tmp_path: Path) -> None:
    back = pq.read_table(write_table(tmp_path, "parquet", [])).to_pandas()
    assert back.dtypes.to_dict() == empty_frame().dtypes.to_dict()


def test_parquet_written_in_row_groups(tmp_path: Path) -> None:
    frame = tricky_frame()
    out = tmp_path / "t.parquet"
    writer = ParquetTableWriter(str(out), empty_frame(), row_group_rows=4)
    for _ in range(10):
        writer.write(frame)
    writer.close()
    meta = pq.ParquetFile(out).metadata
    assert meta.num_rows == 20
    assert meta.num_row_groups == 5


def test_empty_output_is_a_header(tmp_path: Path) -> None:
    out = write_table(tmp_path, "csv", [])
    assert out.read_text().strip() == ",".join(COLUMNS)
    assert write_table(tmp_path, "jsonl", []).read_text() == ""


# ------------------------------------------------------------- atomic files


class Boom(Exception):
    pass


@pytest.mark.parametrize("error", [Boom, KeyboardInterrupt], ids=["error", "ctrl-c"])
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_failure_mid_write_leaves_nothing(tmp_path: Path, fmt: str, error: type[BaseException]) -> None:
    out = tmp_path / f"out.{fmt}"
    with pytest.raises(error), open_writer(fmt, str(out), empty_frame()) as writer:
        writer.write(tricky_frame())
        raise error()
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    out.write_text("previous run\n")
    with pytest.raises(Boom), open_writer("csv", str(out), empty_frame()) as writer:
        writer.write(tricky_frame())
        raise Boom()
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_atomic_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "x.txt"
    with atomic_path(str(out)) as temp:
        Path(temp).write_text("x")
        assert not out.exists()
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_error_log(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"errors.{suffix}"
    log = ErrorLog(str(path))
    log.add(BadRecord(Origin("a.jsonl", 3), 'malformed, "quoted"'))
    log.add(BadRecord(Origin("b.txt"), "binary file"))
    assert not path.exists()
    log.close()
    if suffix == "csv":
        with open(path, newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert rows == [
            {"file": "a.jsonl", "line": "3", "reason": 'malformed, "quoted"'},
            {"file": "b.txt", "line": "", "reason": "binary file"},
        ]
    else:
        assert [json.loads(x) for x in path.read_text().splitlines()] == [
            {"file": "a.jsonl", "line": 3, "reason": 'malformed, "quoted"'},
            {"file": "b.txt", "line": None, "reason": "binary file"},
        ]


# ------------------------------------------------------- properties (hypothesis)

# Text that UTF-8 can encode (no lone surrogates).
TEXTS = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=200)
PROPERTY_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@PROPERTY_SETTINGS
@given(content=st.binary(max_size=400), suffix=st.sampled_from(["txt", "jsonl", "csv"]))
def test_any_bytes_give_documents_or_bad_records_never_an_exception(
    tmp_path: Path, content: bytes, suffix: str
) -> None:
    path = tmp_path / f"any.{suffix}"
    path.write_bytes(content)
    for item in read_all([str(path)]):
        assert isinstance(item, Document | BadRecord)
        if isinstance(item, BadRecord):
            assert str(item).startswith(str(path))


@PROPERTY_SETTINGS
@given(texts=st.lists(TEXTS, max_size=8))
def test_jsonl_and_csv_give_back_every_text_exactly(tmp_path: Path, texts: list[str]) -> None:
    jsonl = tmp_path / "t.jsonl"
    jsonl.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    table = tmp_path / "t.csv"
    with open(table, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows((i, t) for i, t in enumerate(texts))
    for path in (jsonl, table):
        if path == table and any("\x00" in t for t in texts):
            continue  # a NUL in CSV is binary data, by the decoding rules
        items = list(read_all([str(path)]))
        assert [(d.doc_id, d.text) for d in items] == [(str(i), t) for i, t in enumerate(texts)]  # type: ignore[union-attr]


@PROPERTY_SETTINGS
@given(text=TEXTS.filter(lambda t: "\x00" not in t))
def test_txt_gives_back_the_text_less_a_leading_bom(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    [item] = list(read_all([str(path)]))
    assert isinstance(item, Document)
    assert item.text == text.removeprefix("\ufeff")
