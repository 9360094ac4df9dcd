"""The ``figures`` command line: bad input, --on-error skip, atomic output, every input kind and format."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

import figures.parallel
from figures.cli import main
from figures.table import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "libya_haftar_breitbart.txt"
SENTENCE = "The fighting has killed {n} people."


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def write_files(folder: Path, files: dict[str, bytes]) -> None:
    for name, content in files.items():
        path = folder / name
        if name.endswith("/"):
            path.mkdir()
        else:
            path.write_bytes(content)


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def good_lines(values: list[int], start: int = 0) -> bytes:
    return b"".join(
        json.dumps({"doc_id": f"d{start + i}", "text": SENTENCE.format(n=v)}).encode() + b"\n"
        for i, v in enumerate(values)
    )


# --------------------------------------------------------------- bad input

# (id, files, inputs, the whole stderr line expected, as a regex)
CASES_BAD_INPUT: list[tuple[str, dict[str, bytes], list[str], str]] = [
    (
        "binary-file",
        {"image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        ["image.txt"],
        r"image\.txt: binary file, not text \(NUL byte at byte 8\)",
    ),
    (
        "invalid-utf8",
        {"latin.txt": b"Ten people were killed.\nCaf\xe9 bombed\n"},
        ["latin.txt"],
        r"latin\.txt:2: invalid utf-8: byte 0xe9 at column 4",
    ),
    (
        "utf16-without-encoding",
        {"wide.txt": "12 killed".encode("utf-16")},
        ["wide.txt"],
        r"wide\.txt: binary file, not text \(NUL byte at byte 3\); if it is UTF-16 text, pass --encoding utf-16",
    ),
    (
        "malformed-jsonl-line",
        {"docs.jsonl": good_lines([1]) + b'{"doc_id": "b", "text": "oops}\n' + good_lines([2])},
        ["docs.jsonl"],
        r"docs\.jsonl:2: malformed JSON at column 31: invalid control character",
    ),
    (
        "jsonl-without-text",
        {"docs.jsonl": good_lines([1]) + b'{"doc_id": "b", "body": "x"}\n'},
        ["docs.jsonl"],
        r"docs\.jsonl:2: no `text` field \(fields: doc_id, body\)",
    ),
    (
        "text-not-a-string",
        {"docs.jsonl": b'{"doc_id": "a", "text": 254}\n'},
        ["docs.jsonl"],
        r"docs\.jsonl:1: `text` is a number, not a string",
    ),
    (
        "csv-without-text-column",
        {"docs.csv": b"doc_id,body\na,The fighting has killed 3 people.\n"},
        ["docs.csv"],
        r"docs\.csv:1: no `text` column \(columns: doc_id, body\)",
    ),
    (
        "csv-invalid-utf8-row",
        {"docs.csv": b"doc_id,text\na,fine\nb,caf\xe9\n"},
        ["docs.csv"],
        r"docs\.csv:3: invalid utf-8: byte 0xe9 at column 6",
    ),
    ("missing-path", {}, ["nope.txt"], r"nope\.txt: no such file or folder"),
    ("folder-without-txt", {"empty/": b""}, ["empty"], r"empty: folder has no \.txt files"),
    ("unknown-kind", {"notes.md": b"x"}, ["notes.md"], r"notes\.md: unknown input kind \(expected .*\)"),
    (
        "bad-record-after-good-chunks",
        {"docs.jsonl": good_lines(list(range(1, 9))) + b"{not json}\n"},
        ["docs.jsonl", "--chunk-size", "2"],
        r"docs\.jsonl:9: malformed JSON at column 2: expecting property name enclosed in double quotes",
    ),
    (
        "second-input-bad",
        {"a.txt": SENTENCE.format(n=4).encode(), "b.txt": b"\xff"},
        ["a.txt", "b.txt"],
        r"b\.txt:1: invalid utf-8: byte 0xff at column 1",
    ),
]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
@pytest.mark.parametrize(
    ("files", "inputs", "message"), [c[1:] for c in CASES_BAD_INPUT], ids=[c[0] for c in CASES_BAD_INPUT]
)
def test_bad_input_one_line_no_output(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, bytes],
    inputs: list[str],
    message: str,
    fmt: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    write_files(tmp_path, files)
    code, out, err = run(["extract", *inputs, "-o", f"out.{fmt}", "--jobs", "1"], capsys)
    assert code == 1
    assert re.fullmatch(f"figures: error: {message}\n", err), err
    assert out == ""
    assert not (tmp_path / f"out.{fmt}").exists()
    assert not list(tmp_path.glob(".*.part"))


def test_bad_input_to_stdout_prints_no_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.jsonl").write_bytes(b"{oops\n")
    code, out, err = run(["extract", "a.jsonl", "-j", "1"], capsys)
    assert (code, out) == (1, "")
    assert err.startswith("figures: error: a.jsonl:1: malformed JSON")


# (id, file name, bytes, the decoded document the offsets must index)
CASES_ACCEPTED: list[tuple[str, str, bytes, str]] = [
    ("bom", "bom.txt", b"\xef\xbb\xbf" + SENTENCE.format(n=254).encode(), SENTENCE.format(n=254)),
    (
        "crlf",
        "crlf.txt",
        b"Tripoli\r\n\r\nIntro.\r\n" + SENTENCE.format(n=254).encode() + b"\r\n",
        "Tripoli\r\n\r\nIntro.\r\n" + SENTENCE.format(n=254) + "\r\n",
    ),
    (
        "crlf-in-jsonl",
        "crlf.jsonl",
        json.dumps({"id": "crlf", "text": "Intro.\r\n" + SENTENCE.format(n=254)}).encode() + b"\r\n",
        "Intro.\r\n" + SENTENCE.format(n=254),
    ),
    (
        "latin1-with-encoding",
        "latin.txt",
        ("Café. " + SENTENCE.format(n=254)).encode("latin-1"),
        "Café. " + SENTENCE.format(n=254),
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "document"), [c[1:] for c in CASES_ACCEPTED], ids=[c[0] for c in CASES_ACCEPTED]
)
def test_offsets_true_to_decoded_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, document: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    encoding = ["--encoding", "latin-1"] if "latin" in name else []
    code, out, err = run(["extract", str(path), "-j", "1", "-q", *encoding], capsys)
    assert (code, err) == (0, "")
    [row] = csv_rows(out)
    start, end = int(row["start"]), int(row["end"])
    assert document[start:end] == row["text"] == "killed 254 people"
    assert start == document.index("killed 254")


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.txt", b""), ("empty.jsonl", b'{"doc_id": "e", "text": ""}\n'), ("empty.csv", b"")],
    ids=["empty-txt", "empty-text-in-jsonl", "empty-csv"],
)
def test_empty_is_not_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(["extract", str(path), "-j", "1"], capsys)
    assert code == 0
    assert out.splitlines() == [",".join(COLUMNS)]
    assert f"figures: warning: {path}" in err
    assert "empty" in err


# ---------------------------------------------------------- nothing lost


def test_skip_keeps_every_good_record_and_logs_the_bad(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [
        good_lines([11, 12]),  # lines 1-2
        b'{"doc_id": "bad1", "text": "oops}\n',  # line 3
        good_lines([13], start=2),  # line 4
        b'{"doc_id": "bad2", "body": "The fighting has killed 99 people."}\n',  # line 5
        b'{"doc_id": "bad3", "text": 99}\n',  # line 6
        good_lines([14, 15, 16], start=3),  # lines 7-9
        b'{"doc_id": "bad4", "text": "caf\xe9"}\n',  # line 10
        good_lines([17], start=6),  # line 11
    ]
    (tmp_path / "docs.jsonl").write_bytes(b"".join(lines))
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "a.txt").write_text(SENTENCE.format(n=21))
    (tmp_path / "folder" / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "folder" / "c.txt").write_text(SENTENCE.format(n=23))
    argv = ["extract", "docs.jsonl", "folder", "--on-error", "skip", "--errors", "errors.csv", "-o", "out.csv"]
    code, out, err = run([*argv, "--chunk-size", "2", "-j", "1"], capsys)
    assert (code, out) == (0, "")
    rows = csv_rows((tmp_path / "out.csv").read_text(encoding="utf-8"))
    assert [(r["doc_id"], r["value"]) for r in rows] == [
        ("d0", "11"), ("d1", "12"), ("d2", "13"), ("d3", "14"), ("d4", "15"), ("d5", "16"), ("d6", "17"),
        ("a", "21"), ("c", "23"),
    ]  # fmt: skip
    with open(tmp_path / "errors.csv", newline="", encoding="utf-8") as handle:
        errors = list(csv.DictReader(handle))
    assert [(e["file"], e["line"]) for e in errors] == [
        ("docs.jsonl", "3"), ("docs.jsonl", "5"), ("docs.jsonl", "6"), ("docs.jsonl", "10"),
        (os.path.join("folder", "b.txt"), ""),
    ]  # fmt: skip
    assert [e["reason"].split(":")[0].split(" (")[0] for e in errors] == [
        "malformed JSON at column 34",
        "no `text` field",
        "`text` is a number, not a string",
        "invalid utf-8",
        "binary file, not text",
    ]
    assert "9 documents, 9 figures, 5 errors" in err


def test_skip_without_errors_file_warns_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs.jsonl").write_bytes(good_lines([5]) + b"[]\n" + good_lines([6], start=1))
    code, out, err = run(["extract", "docs.jsonl", "--on-error", "skip", "-j", "1", "-q"], capsys)
    assert code == 0
    assert [r["value"] for r in csv_rows(out)] == ["5", "6"]
    assert err == "figures: warning: docs.jsonl:2: expected a JSON object, found an array (skipped)\n"


def test_errors_file_as_jsonl_in_fail_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs.jsonl").write_bytes(good_lines([5]) + b'{"text": null}\n' + b"[]\n")
    code, _, err = run(["extract", "docs.jsonl", "--errors", "errors.jsonl", "-o", "out.csv", "-j", "1"], capsys)
    assert (code, err) == (1, "figures: error: docs.jsonl:2: `text` is null, not a string\n")
    assert not (tmp_path / "out.csv").exists()
    # fail stops at the first bad record: the second is never read
    assert [json.loads(x) for x in (tmp_path / "errors.jsonl").read_text().splitlines()] == [
        {"file": "docs.jsonl", "line": 2, "reason": "`text` is null, not a string"}
    ]


@pytest.mark.parametrize("on_error", ["fail", "skip"])
def test_extraction_crash_on_one_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], on_error: str
) -> None:
    real = figures.parallel.extract_figures

    def fragile(text: str, extractors: object) -> object:
        if "BOOM" in text:
            raise RuntimeError("simulated extractor bug")
        return real(text, extractors)  # type: ignore[arg-type]

    monkeypatch.setattr(figures.parallel, "extract_figures", fragile)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs.jsonl").write_bytes(good_lines([1]) + b'{"text": "BOOM"}\n' + good_lines([3], start=2))
    code, out, err = run(["extract", "docs.jsonl", "--on-error", on_error, "-o", "out.csv", "-j", "1", "-q"], capsys)
    message = "docs.jsonl:2: extraction failed: RuntimeError: simulated extractor bug"
    assert out == ""
    if on_error == "fail":
        assert (code, err) == (1, f"figures: error: {message}\n")
        assert not (tmp_path / "out.csv").exists()
    else:
        assert (code, err) == (0, f"figures: warning: {message} (skipped)\n")
        assert [r["doc_id"] for r in csv_rows((tmp_path / "out.csv").read_text())] == ["d0", "d2"]


# ---------------------------------------------------------- atomic output


def test_failed_run_keeps_previous_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out.csv").write_text("the previous run's table\n")
    (tmp_path / "docs.jsonl").write_bytes(good_lines(list(range(1, 6))) + b"{broken\n")
    code, _, _ = run(["extract", "docs.jsonl", "-o", "out.csv", "--chunk-size", "1", "-j", "1"], capsys)
    assert code == 1
    assert (tmp_path / "out.csv").read_text() == "the previous run's table\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl", "out.csv"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_ctrl_c_mid_write_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    calls = []
    real = figures.parallel.extract_figures

    def interrupted_on_third(text: str, extractors: object) -> object:
        calls.append(text)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(text, extractors)  # type: ignore[arg-type]

    monkeypatch.setattr(figures.parallel, "extract_figures", interrupted_on_third)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs.jsonl").write_bytes(good_lines(list(range(1, 6))))
    code, _, err = run(["extract", "docs.jsonl", "-o", f"out.{fmt}", "--chunk-size", "1", "-j", "1"], capsys)
    assert (code, err) == (130, "figures: error: interrupted\n")
    assert len(calls) == 3  # two chunks were written before the interrupt
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl"]


def default_signals() -> None:
    # A shell runs background jobs with SIGINT ignored, and Python keeps an ignored
    # SIGINT ignored; the test must not depend on how pytest itself was started.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize(
    ("signum", "code", "word"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
    ids=["sigint", "sigterm"],
)
def test_signal_to_a_real_process(tmp_path: Path, signum: int, code: int, word: str) -> None:
    big = tmp_path / "big.jsonl"
    line = json.dumps({"text": "Officials met in the capital to discuss roads. " * 30 + "Fighting killed 12 people."})
    big.write_text((line + "\n") * 20_000)  # ~30 MB: many seconds of work
    out = tmp_path / "out.csv"
    process = subprocess.Popen(
        [sys.executable, "-m", "figures", "extract", str(big), "-o", str(out), "-j", "1", "--chunk-size", "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_signals,
    )
    try:
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob(".out.csv.*.part")):
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.01)
        time.sleep(0.3)
        assert process.poll() is None, "the run ended before the signal: make the input bigger"
        process.send_signal(signum)
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()  # a failed test must not leave the run going
        process.wait()
    assert process.returncode == code
    assert err == f"figures: error: {word}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]


# -------------------------------------------------------- inputs, formats


def test_every_input_kind_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.txt").write_text(SENTENCE.format(n=1))
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "f2.txt").write_text(SENTENCE.format(n=3))
    (tmp_path / "folder" / "f1.txt").write_text(SENTENCE.format(n=2))
    (tmp_path / "docs.jsonl").write_text(
        json.dumps({"id": "j1", "text": SENTENCE.format(n=4)})
        + "\n"
        + json.dumps({"text": SENTENCE.format(n=5)})
        + "\n"
    )
    (tmp_path / "docs.csv").write_text(f'doc_id,text\nc1,"{SENTENCE.format(n=6)}"\n,{SENTENCE.format(n=7)}\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SENTENCE.format(n=8).encode())))
    code, out, _ = run(["extract", "one.txt", "folder", "docs.jsonl", "docs.csv", "-", "-j", "1"], capsys)
    assert code == 0
    assert [(r["doc_id"], r["value"]) for r in csv_rows(out)] == [
        ("one", "1"), ("f1", "2"), ("f2", "3"), ("j1", "4"), ("2", "5"), ("c1", "6"), ("3", "7"), ("stdin", "8"),
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_formats_from_suffix_same_table(tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    out = tmp_path / f"seed.{fmt}"
    code, stdout, _ = run(["extract", str(SEED), "-o", str(out), "-j", "1", "-q"], capsys)
    assert (code, stdout) == (0, "")
    if fmt == "csv":
        frame = pd.read_csv(out, dtype=COLUMNS, keep_default_na=False, na_values=[""])  # type: ignore[arg-type]
    elif fmt == "jsonl":
        frame = pd.DataFrame([json.loads(x) for x in out.read_text().splitlines()]).astype(COLUMNS)  # type: ignore[arg-type]
    else:
        frame = pq.read_table(out).to_pandas()
    assert list(frame.columns) == list(COLUMNS)
    assert frame.dtypes.to_dict() == COLUMNS
    document = SEED.read_text(encoding="utf-8")
    assert len(frame) > 0
    assert all(document[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["text"], strict=True))
    expected = figures.extract(document, doc_id="libya_haftar_breitbart")
    pd.testing.assert_frame_equal(frame, expected)


def test_jsonl_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(SEED), "--format", "jsonl", "-j", "1", "-q"], capsys)
    assert code == 0
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows and all(list(r) == list(COLUMNS) for r in rows)


# (id, argv, words in stderr)
CASES_USAGE: list[tuple[str, list[str], str]] = [
    ("no-input", ["extract"], "the following arguments are required: INPUT"),
    ("no-command", [], "required: COMMAND"),
    ("unknown-extractor", ["extract", "x.txt", "--extractors", "pattern,magic"], "extractors must be some of"),
    ("negative-jobs", ["extract", "x.txt", "--jobs", "-1"], "must be 0 (all cores) or more"),
    ("unknown-encoding", ["extract", "x.txt", "--encoding", "klingon"], "unknown encoding 'klingon'"),
    ("unknown-format", ["extract", "x.txt", "--format", "xml"], "invalid choice: 'xml'"),
    ("parquet-to-stdout", ["extract", "x.txt", "--format", "parquet"], "parquet output needs a file: pass -o FILE"),
    ("output-folder-missing", ["extract", "x.txt", "-o", "nowhere/out.csv"], "folder"),
    ("output-is-a-folder", ["extract", "x.txt", "-o", "."], "is a folder"),
]


@pytest.mark.parametrize(("argv", "words"), [c[1:] for c in CASES_USAGE], ids=[c[0] for c in CASES_USAGE])
def test_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text(SENTENCE.format(n=3))
    code, out, err = run(argv, capsys)
    assert code == 2
    assert words in err
    assert "Traceback" not in err
    assert out == ""


def test_summary_line_and_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(["extract", str(SEED), "-j", "1"], capsys)
    assert re.fullmatch(r"figures: 1 document, \d+ figures?, 0 errors in \d+\.\d\d s \(\d+\.\d [kM]B/s\)\n", err), err
    _, _, err = run(["extract", str(SEED), "-j", "1", "--quiet"], capsys)
    assert err == ""


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, out, err = run(["extract", str(SEED), "-j", "1"], capsys)
    assert "figures:" in err and "B/s" in err and "1 docs" in err
    assert "B/s" not in out
    _, _, err = run(["extract", str(SEED), "-j", "1", "-q"], capsys)
    assert err == ""


def test_summarize(capsys: pytest.CaptureFixture[str]) -> None:
    summary = pytest.importorskip("figures.summary")
    code, out, _ = run(["summarize", str(SEED), "-j", "1", "-q"], capsys)
    assert code == 0
    rows = csv_rows(out)
    expected = summary.summarize(figures.extract(SEED.read_text(encoding="utf-8"), doc_id="libya_haftar_breitbart"))
    assert [(r["doc_id"], r["category"], r["value"]) for r in rows] == [
        (d, c, str(v)) for d, c, v in zip(expected["doc_id"], expected["category"], expected["value"], strict=True)
    ]
    code, _, err = run(["summarize", str(SEED), "--profile", "no-such-profile", "-j", "1"], capsys)
    assert code == 2
    assert err.startswith("figures: error: --profile no-such-profile:")


def test_summarize_reads_the_words_before_a_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "also" sits outside the second figure's own span: only the document text shows
    # it is a second incident, so the CLI must hand the texts to summarize().
    doc = tmp_path / "raids.txt"
    doc.write_text(
        "Air strikes killed four civilians in the village of Al-Bara. "
        "Russian raids also killed two civilians in the nearby area of Jabal Zawiya.\n",
        encoding="utf-8",
    )
    code, out, _ = run(["summarize", str(doc), "-j", "1", "-q"], capsys)
    assert code == 0
    assert [(r["category"], r["value"]) for r in csv_rows(out)] == [("killed", "6")]


def test_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("figures.report")
    out = tmp_path / "report.html"
    code, _, _ = run(["report", str(SEED), "-o", str(out), "-j", "1", "-q"], capsys)
    assert code == 0
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "libya_haftar_breitbart" in html


# ------------------------------------------------------------- processes


def test_python_m_figures() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "figures", "extract", str(SEED), "-j", "2"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    rows = csv_rows(done.stdout)
    assert rows and all(r["doc_id"] == "libya_haftar_breitbart" for r in rows)
    assert done.stderr.startswith("figures: 1 document,")


def test_console_script_bad_input_no_traceback(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "figures"
    if not script.exists():
        pytest.skip("the figures console script is not installed next to this Python")
    (tmp_path / "docs.jsonl").write_bytes(good_lines([3]) + b'{"text": 5}\n')
    done = subprocess.run(
        [str(script), "extract", "docs.jsonl", "-o", "out.csv"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == "figures: error: docs.jsonl:2: `text` is a number, not a string\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["docs.jsonl"]


def test_reader_going_away_is_not_an_error(tmp_path: Path) -> None:
    """`figures extract big.jsonl | head -2`: exit quietly, like other Unix tools."""
    big = tmp_path / "big.jsonl"
    big.write_bytes(good_lines(list(range(20_000))))
    process = subprocess.Popen(
        [sys.executable, "-m", "figures", "extract", str(big), "-j", "1", "--chunk-size", "100"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().startswith(b"doc_id,category,")
        process.stdout.close()
        err = process.stderr.read()
        process.wait(timeout=120)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 141
    assert err == b""


def test_a_signal_during_a_finalizer_is_raised_at_the_next_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """A signal that lands while a finalizer runs (regex's own __del__, seen in CI) would raise there, be
    printed as "Exception ignored" and be lost (the run then ended 0); it is kept for the run's check
    between chunks, which raises it."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    ignored: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    with figures.cli.sigterm_as_exception() as check:

        class Finalizer:
            def __del__(self) -> None:
                os.kill(os.getpid(), signal.SIGINT)
                for _ in range(10_000):  # the handler runs in here
                    pass

        Finalizer()  # collected at once; nothing may be raised (or printed) from inside it
        assert ignored == []
        with pytest.raises(KeyboardInterrupt):
            check()
