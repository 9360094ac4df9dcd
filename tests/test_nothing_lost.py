"""Issue 19, a hostile tester's findings: nothing lost, nothing misread. One section per item."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import threading
from pathlib import Path

import pytest

from figures.cli import main

SENTENCE = "The fighting has killed {n} people."


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


# ------------------------------------------- 1. -o never replaces what is not a regular file


def test_output_into_a_fifo_is_written_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE.format(n=12))
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "-o", str(fifo), "-f", "csv", "-j", "1"], capsys)
    reader.join(timeout=10)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a regular file"
    assert [row["value"] for row in csv_rows(received[0].decode())] == ["12"]


def test_output_through_a_symlink_updates_its_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE.format(n=7))
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.csv"
    target.write_text("old\n")
    link = tmp_path / "out.csv"
    link.symlink_to(target)
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "-o", str(link), "-j", "1"], capsys)
    assert code == 0, err
    assert link.is_symlink(), "the symbolic link was replaced by a regular file"
    assert [row["value"] for row in csv_rows(target.read_text())] == ["7"]
    assert not [p for p in (tmp_path / "real").iterdir() if p.name.endswith(".part")]


def test_errors_log_through_a_symlink_updates_its_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "docs.jsonl").write_text('{"text": 5}\n')
    target = tmp_path / "log.csv"
    link = tmp_path / "errors.csv"
    link.symlink_to(target)
    code, _, _ = run(["extract", str(tmp_path / "docs.jsonl"), "--on-error", "skip", "--errors", str(link)], capsys)
    assert code == 0
    assert link.is_symlink()
    assert "`text` is a number" in target.read_text()


# ------------------------------------------- 2. a number beyond any count is not a figure

CASES_HUGE: list[tuple[str, str]] = [
    ("20-digits", "The fighting has killed 12345678901234567890 people."),
    ("2-to-the-63", "The floods displaced 9223372036854775808 people."),
    ("grouped-10-to-the-20", "The storm affected 100,000,000,000,000,000,000 people."),
    ("huge-upper-bound", "Between 5 and 99999999999999999999 people were killed."),
    ("just-above-bound", "The storm affected 1,000,000,000,001 people."),
]


@pytest.mark.parametrize(("text"), [c[1] for c in CASES_HUGE], ids=[c[0] for c in CASES_HUGE])
def test_huge_number_is_not_a_figure(text: str) -> None:
    import figures

    assert figures.extract(text).empty
    assert figures.extract_figures(text) == []


def test_bound_itself_is_a_figure() -> None:
    import figures
    from figures.figure import MAX_COUNT

    table = figures.extract("The storm affected 1,000,000,000,000 people.")
    assert list(table["value"]) == [MAX_COUNT]


@pytest.mark.parametrize("command", ["extract", "summarize", "report"])
def test_huge_numbers_lose_no_good_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    lines = [SENTENCE.format(n=4), *(text for _, text in CASES_HUGE), SENTENCE.format(n=9)]
    (tmp_path / "docs.jsonl").write_text("".join(f'{{"doc_id": "d{i}", "text": "{t}"}}\n' for i, t in enumerate(lines)))
    out = tmp_path / ("out.html" if command == "report" else "out.csv")
    argv = [command, str(tmp_path / "docs.jsonl"), "-o", str(out), "--on-error", "skip", "-j", "1"]
    code, _, err = run(argv, capsys)
    assert code == 0, err
    assert "Traceback" not in err and "error:" not in err
    if command == "extract":
        assert [(r["doc_id"], r["value"]) for r in csv_rows(out.read_text())] == [("d0", "4"), ("d6", "9")]
    elif command == "summarize":
        assert {r["doc_id"] for r in csv_rows(out.read_text())} == {"d0", "d6"}
    else:
        assert out.stat().st_size > 0


def test_a_bug_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import figures.cli

    def broken(*args: object) -> object:
        raise OverflowError("Python int too large to convert to C long")

    monkeypatch.setattr(figures.cli, "extracted", broken)
    monkeypatch.delenv("FIGURES_TRACEBACK", raising=False)
    (tmp_path / "a.txt").write_text(SENTENCE.format(n=3))
    out = tmp_path / "out.csv"
    out.write_text("previous\n")
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "-o", str(out)], capsys)
    assert code == 1
    assert err == (
        "figures: error: internal error: OverflowError: Python int too large to convert to C long"
        " (a bug; FIGURES_TRACEBACK=1 shows where)\n"
    )
    assert out.read_text() == "previous\n"


# ------------------------------------------- 3. a doc_id used twice: warned, kept apart, or ids from paths

DAY1 = "Gunmen killed 12 people in the village."
DAY2 = "A flood displaced 300 families. Later 4 people were killed in a landslide."


def two_days(tmp_path: Path) -> list[str]:
    for day, text in (("day1", DAY1), ("day2", DAY2)):
        (tmp_path / day).mkdir()
        (tmp_path / day / "nigeria.txt").write_text(text)
    return [str(tmp_path / "day1" / "nigeria.txt"), str(tmp_path / "day2" / "nigeria.txt")]


def test_duplicate_doc_id_warned_once_and_summaries_kept_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = two_days(tmp_path)
    code, out, err = run(["summarize", *inputs, inputs[1], "-j", "1"], capsys)
    assert code == 0, err
    assert err.count("doc_id 'nigeria' is used again") == 1
    killed = [(r["doc_id"], r["value"]) for r in csv_rows(out) if r["category"] == "killed"]
    assert killed == [("nigeria", "12"), ("nigeria", "4"), ("nigeria", "4")]  # never 16 (12 + 4) or 20


def test_duplicate_doc_id_extract_writes_the_id_as_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", *two_days(tmp_path), "-j", "1", "--chunk-size", "1"], capsys)
    assert code == 0, err
    assert [(r["doc_id"], r["value"]) for r in csv_rows(out)] == [
        ("nigeria", "12"),
        ("nigeria", "300"),
        ("nigeria", "4"),
    ]


def test_duplicate_doc_id_report_shows_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.html"
    code, _, err = run(["report", *two_days(tmp_path), "-o", str(out), "-j", "1"], capsys)
    assert code == 0, err
    page = out.read_text()
    assert "nigeria (#2)" in page and "Gunmen killed 12" in page and "A flood displaced 300" in page


def test_id_from_path(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    two_days(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(["extract", "day1", "day2/nigeria.txt", "--id-from", "path", "-j", "1"], capsys)
    assert code == 0, err
    assert "used again" not in err
    assert [r["doc_id"] for r in csv_rows(out)] == ["day1/nigeria.txt", "day2/nigeria.txt", "day2/nigeria.txt"]


# ------------------------------------------- 4. a long document: read a segment at a time, progress moves

PARAGRAPHS = [
    "Gunmen killed 14 villagers and wounded 9 others near the market on Sunday, officials said.",
    "The floods have displaced more than 2,300 families.\nAbout 40 homes were destroyed and 120 damaged.",
    "Police arrested 31 suspects. Two soldiers remain missing after the ambush.",
    "No one was hurt.",
    "Rescuers said 6 people died and between 20 and 25 were injured when the bridge collapsed.",
]


def long_text(paragraphs: int) -> str:
    return "\n\n".join(PARAGRAPHS[i % len(PARAGRAPHS)] for i in range(paragraphs))


def test_long_document_read_by_segments_gives_the_same_rows() -> None:
    from figures.pipeline import extract_figures
    from figures.worker import extract_long

    text = long_text(60)
    whole = extract_figures(text)
    assert len(whole) > 100
    done: list[float] = []
    assert list(extract_long(text, ("pattern", "quantity"), progress=done.append, size=700)) == whole
    assert len(done) > 5 and done[-1] == 1.0 and done == sorted(done)
    for figure in whole:
        assert text[figure.start : figure.end] == figure.text


def test_progress_moves_within_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    import figures.worker
    from figures.io import Document, Origin
    from figures.parallel import extract_chunks

    monkeypatch.setattr(figures.worker, "SEGMENT_CHARACTERS", 1000)
    document = Document("long", long_text(50), Origin("long.txt"), 5000)
    heard: list[tuple[str, float]] = []
    results = list(extract_chunks([[document]], ("pattern",), 1, lambda d, done: heard.append((d.doc_id, done))))
    assert len(results) == 1 and len(results[0][1].table) > 40
    assert len(heard) >= 4 and heard[-1] == ("long", 1.0)


def test_table_of_many_figures_holds_one_column_of_objects_at_a_time() -> None:
    # A long document's figures become its table at once: the table is built a column at a time,
    # each column's list made into its typed array before the next (before: every column as Python
    # lists, then an object block, then astype, about 640 bytes a figure at the peak, 4x the table).
    import tracemalloc

    from figures.pipeline import extract_figures
    from figures.table import to_frame

    found = extract_figures(long_text(4))
    assert len(found) >= 4
    docs = [(f"d{i}", list(found)) for i in range(20_000 // len(found))]
    count = sum(len(figs) for _, figs in docs)
    to_frame(docs[:2])  # pandas' own first-use allocations are not the table's
    tracemalloc.start()
    try:
        table = to_frame(d for d in docs)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(table) == count and table["doc_id"].iloc[-1] == docs[-1][0]
    assert peak / count < 350, f"{peak / count:.0f} bytes a figure at the peak (the table keeps {kept / count:.0f})"


@pytest.mark.parametrize("block_rows", [1, 3, 7, 10_000])
def test_table_built_by_blocks_lets_the_figures_go(monkeypatch: pytest.MonkeyPatch, block_rows: int) -> None:
    # A chunk's figures become its table a block of rows at a time, each block's figures let go once
    # in the table (a long document's figures and its whole table are not held together).
    import pandas as pd

    import figures.table
    from figures.pipeline import extract_figures

    found = [
        ("a", extract_figures(long_text(3))),
        ("none", []),
        ("b", extract_figures("Floods killed 4 people and displaced 300 families in Sindh.")),
        ("c", extract_figures(long_text(5))),
    ]
    whole = figures.table.to_frame(found)
    assert len(whole) > 10
    monkeypatch.setattr(figures.table, "BLOCK_ROWS", block_rows)
    lists = [(doc_id, list(figs)) for doc_id, figs in found]
    pd.testing.assert_frame_equal(figures.table.to_frame_releasing(lists), whole, check_exact=True)
    assert all(figs == [] for _, figs in lists)


def test_output_is_the_same_whatever_the_block_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import figures.table

    docs = [{"doc_id": f"d{i}", "text": long_text(i + 2)} for i in range(4)]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(doc) + "\n" for doc in docs))
    outputs = []
    for rows in (figures.table.BLOCK_ROWS, 2):
        monkeypatch.setattr(figures.table, "BLOCK_ROWS", rows)
        out = tmp_path / f"out{rows}.csv"
        code, _, err = run(["extract", str(tmp_path / "docs.jsonl"), "-o", str(out), "-j", "1", "-q"], capsys)
        assert code == 0, err
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(csv_rows(outputs[0].decode())) > 20


def test_report_caps_the_text_it_embeds_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import figures.cli

    texts = [f"Day {i}: gunmen killed {10 + i} people in village number {i}." for i in range(5)]
    (tmp_path / "docs.jsonl").write_text("".join(f'{{"doc_id": "d{i}", "text": "{t}"}}\n' for i, t in enumerate(texts)))
    monkeypatch.setattr(figures.cli, "REPORT_CHARACTERS", 2 * len(texts[0]) + 5)
    out = tmp_path / "r.html"
    code, _, err = run(["report", str(tmp_path / "docs.jsonl"), "-o", str(out), "-j", "1"], capsys)
    assert code == 0, err
    assert "the page shows the first 2 documents" in err and "3 later documents and their 3 figures are left out" in err
    page = out.read_text()
    assert "killed 11 people" in page and "killed 12 people" not in page


# ------------------------------------------- 5. a hangup (SIGHUP) cleans up as Ctrl-C does


def test_hangup_removes_the_part_file(tmp_path: Path) -> None:
    import json
    import signal
    import subprocess
    import sys
    import time

    big = tmp_path / "big.jsonl"
    line = json.dumps({"text": "Officials met in the capital to discuss roads. " * 30 + "Fighting killed 12 people."})
    big.write_text((line + "\n") * 20_000)  # many seconds of work
    out = tmp_path / "out.csv"
    process = subprocess.Popen(
        [sys.executable, "-m", "figures", "extract", str(big), "-o", str(out), "-j", "1", "--chunk-size", "50"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_DFL),
    )
    try:
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob(".out.csv.*.part")):
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()
            time.sleep(0.01)
        time.sleep(0.3)
        assert process.poll() is None, "the run ended before the signal: make the input bigger"
        process.send_signal(signal.SIGHUP)
        _, err = process.communicate(timeout=120)
    finally:
        process.kill()
        process.wait()
    assert (process.returncode, err) == (129, "figures: error: hangup\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]


# ------------------------------------------- 6. standard input: --input-format, and a warning for JSON lines

JSONL_DOCS = (
    b'{"doc_id": "a", "text": "Gunmen killed 5 people."}\n'
    b'{"doc_id": "b", "text": "The flood displaced 300 families."}\n'
)


def with_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))  # type: ignore[arg-type]


CASES_STDIN: list[tuple[str, bytes, list[str], list[tuple[str, str]]]] = [
    ("jsonl", JSONL_DOCS, ["--input-format", "jsonl"], [("a", "5"), ("b", "300")]),
    ("csv", b'doc_id,text\r\nx,"Gunmen killed 5 people, police said."\r\n', ["--input-format", "csv"], [("x", "5")]),
    ("txt", b"Gunmen killed 5 people.", ["--input-format", "txt"], [("stdin", "5")]),
]


@pytest.mark.parametrize(("data", "options", "expected"), [c[1:] for c in CASES_STDIN], ids=[c[0] for c in CASES_STDIN])
def test_stdin_input_format(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data: bytes,
    options: list[str],
    expected: list[tuple[str, str]],
) -> None:
    with_stdin(monkeypatch, data)
    code, out, err = run(["extract", "-", *options, "-j", "1"], capsys)
    assert code == 0, err
    assert [(r["doc_id"], r["value"]) for r in csv_rows(out)] == expected
    assert "warning" not in err


def test_stdin_json_lines_read_as_text_are_warned(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with_stdin(monkeypatch, JSONL_DOCS)
    code, _, err = run(["extract", "-", "-j", "1"], capsys)
    assert code == 0
    assert "figures: warning: <stdin>: looks like JSON lines" in err and "--input-format jsonl" in err


def test_stdin_jsonl_bad_line_is_named(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with_stdin(monkeypatch, JSONL_DOCS + b'{"text": 5}\n')
    code, out, err = run(["extract", "-", "--input-format", "jsonl", "-j", "1"], capsys)
    assert (code, out) == (1, "")
    assert err == "figures: error: <stdin>:3: `text` is a number, not a string\n"


# ------------------------------------------- 7. a figure table given as documents is refused


@pytest.mark.parametrize("command", ["summarize", "extract", "report"])
@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_figure_table_is_not_read_as_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, suffix: str
) -> None:
    (tmp_path / "a.txt").write_text("Gunmen killed 12 people. Later 4 people were killed in a second attack.")
    table = tmp_path / f"figures.{suffix}"
    assert run(["extract", str(tmp_path / "a.txt"), "-o", str(table), "-q", "-j", "1"], capsys)[0] == 0
    out = tmp_path / "out.html"
    code, _, err = run([command, str(table), "-o", str(out), "-j", "1"], capsys)
    assert code == 1
    assert err.startswith(f"figures: error: {table}:1: a table of figures (the output of `figures extract`")
    assert not out.exists()


def test_summary_is_not_read_as_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Gunmen killed 12 people.")
    summary = tmp_path / "summary.csv"
    assert run(["summarize", str(tmp_path / "a.txt"), "-o", str(summary), "-q", "-j", "1"], capsys)[0] == 0
    code, _, err = run(["summarize", str(summary)], capsys)
    assert code == 1 and "a table of figures" in err


def test_documents_with_a_category_column_are_still_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "docs.csv").write_text('doc_id,category,text\r\nr1,conflict,"Gunmen killed 12 people."\r\n')
    code, out, err = run(["extract", str(tmp_path / "docs.csv"), "-j", "1"], capsys)
    assert code == 0, err
    assert [r["value"] for r in csv_rows(out)] == ["12"]


# ------------------------------------------- 8. a folder: what is skipped is said; --recursive


def folder_of_everything(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "2024" / "may").mkdir(parents=True)
    (folder / "a.txt").write_text("Gunmen killed 3 people.")
    (folder / "more.jsonl").write_text('{"text": "Gunmen killed 5 people."}\n')
    (folder / "more.csv").write_text('text\r\n"Gunmen killed 6 people."\r\n')
    (folder / "2024" / "b.txt").write_text("Floods displaced 40 families.")
    (folder / "2024" / "may" / "c.txt").write_text("Police arrested 7 men.")
    return folder


def test_folder_says_what_it_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = folder_of_everything(tmp_path)
    code, out, err = run(["extract", str(folder), "-j", "1"], capsys)
    assert code == 0
    assert [r["doc_id"] for r in csv_rows(out)] == ["a"]
    assert err.splitlines()[0] == (
        f"figures: warning: {folder}: only the .txt files are read; skipped 1 .jsonl file, 1 .csv file and "
        "1 subfolder; a .jsonl or .csv file is read when named as an input, --recursive reads subfolders"
    )


def test_folder_recursive_reads_subfolders_in_path_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = folder_of_everything(tmp_path)
    code, out, err = run(["extract", str(folder), "--recursive", "--id-from", "path", "-j", "1"], capsys)
    assert code == 0, err
    assert [r["doc_id"] for r in csv_rows(out)] == [
        str(folder / "2024" / "b.txt"),
        str(folder / "2024" / "may" / "c.txt"),
        str(folder / "a.txt"),
    ]
    assert "subfolder" not in err


def test_folder_with_only_subfolders_points_to_recursive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "days" / "day1").mkdir(parents=True)
    (tmp_path / "days" / "day1" / "a.txt").write_text("Gunmen killed 3 people.")
    code, _, err = run(["extract", str(tmp_path / "days")], capsys)
    assert code == 1
    expected = "folder has no .txt files (1 subfolder; --recursive reads subfolders)"
    assert err == f"figures: error: {tmp_path / 'days'}: {expected}\n"


# ------------------------------------------- 9. extract_frame: missing or odd text cells; extractors as a string


def test_extract_frame_missing_text_is_an_empty_document() -> None:
    import pandas as pd

    import figures

    frame = pd.DataFrame(
        {"doc_id": ["a", "b", "c", "d"], "text": ["Gunmen killed 4 people.", None, float("nan"), pd.NA]}
    )
    with pytest.warns(UserWarning, match=r"3 row\(s\) with no text in column 'text' \(id 'b', 'c', 'd'\)"):
        table = figures.extract_frame(frame)
    assert list(table["doc_id"]) == ["a"] and list(table["value"]) == [4]


@pytest.mark.parametrize("cell", [12, 3.5, b"bytes", ["a list"]], ids=["int", "float", "bytes", "list"])
def test_extract_frame_other_types_name_the_row(cell: object) -> None:
    import pandas as pd

    import figures

    frame = pd.DataFrame({"id": ["a", "b"], "text": ["Gunmen killed 4 people.", cell]})
    with pytest.raises(TypeError, match=r"^row 1 \(id 'b'\): column 'text' holds "):
        figures.extract_frame(frame)


def test_extractors_given_as_a_string() -> None:
    import figures

    text = "The fighting has killed 254 people."
    assert list(figures.extract(text, extractors="pattern")["extractor"]) == ["pattern"]
    assert len(figures.extract(text, extractors="pattern,quantity")) == 1


# ------------------------------------------- 12. --version, --profile help, light --help, wall time, unwritable folder

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "libya_haftar_breitbart.txt"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import figures

    code, out, _ = run(["--version"], capsys)
    assert (code, out) == (0, f"figures {figures.__version__}\n")


@pytest.mark.parametrize("command", ["summarize", "report"])
def test_profile_help_lists_the_profiles(capsys: pytest.CaptureFixture[str], command: str) -> None:
    from figures.summary import PROFILES

    code, out, _ = run([command, "--help"], capsys)
    assert code == 0
    words = " ".join(out.split())
    assert all(name in words for name in PROFILES), words
    assert "raw (default), acled, emdat, ucdp, gtd, noaa, wad, wikimpacts" in words


def test_help_and_import_load_nothing_heavy() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, contextlib, io\n"
        "import figures\n"
        "from figures.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help']); main(['extract', '--help']); main(['--version'])\n"
        "heavy = ['pandas', 'pyarrow', 'tqdm', 'quantulum3', 'dask', 'figures.patterns', 'figures.report']\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n", done.stderr


def test_default_extractors_are_the_ones_the_command_line_names() -> None:
    import figures
    from figures.figure import EXTRACTORS
    from figures.pipeline import DEFAULT_EXTRACTORS

    assert figures.DEFAULT_EXTRACTORS == DEFAULT_EXTRACTORS == EXTRACTORS


def test_closing_line_time_is_the_wall_time(tmp_path: Path) -> None:
    import re
    import subprocess
    import sys
    import time

    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "figures", "extract", str(SEED), "-o", str(tmp_path / "out.csv"), "-j", "1"],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - began
    found = re.search(r"in (\d+\.\d\d) s \(", done.stderr)
    assert done.returncode == 0 and found, done.stderr
    # what the run said against what it took, the interpreter's start and exit included
    assert 0.6 * wall <= float(found[1]) <= wall, (found[1], wall)


def test_unwritable_folder_is_a_usage_error_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # root ignores folder permissions; the refusal is simulated
    (tmp_path / "a.txt").write_text(SENTENCE.format(n=3))
    out = tmp_path / "locked" / "out.csv"
    out.parent.mkdir()
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "-o", str(out)], capsys)
    assert code == 2
    assert err == f"figures: error: {out}: cannot write in folder {out.parent}: Permission denied\n"


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in every folder")
def test_unwritable_folder_for_real(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE.format(n=3))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, _, err = run(["extract", str(tmp_path / "a.txt"), "-o", str(locked / "out.csv")], capsys)
    finally:
        locked.chmod(0o700)
    assert code == 2 and f"cannot write in folder {locked}" in err


def test_standard_output_redirected_to_a_file_is_written_into(tmp_path: Path) -> None:
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(SENTENCE.format(n=21))
    log = tmp_path / "log.txt"
    # A link of our own to /proc/self/fd/1, as /dev/stdout is: the test must not touch the machine's /dev
    # (a version with the bug renames its file over the path given).
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")
    with open(log, "w") as handle:  # standard output is a regular file here
        done = subprocess.run(
            [sys.executable, "-m", "figures", "extract", str(tmp_path / "a.txt"), "-o", str(stdout), "-q", "-j", "1"],
            stdout=handle,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 0, done.stderr
    assert [row["value"] for row in csv_rows(log.read_text())] == ["21"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "log.txt", "stdout"]
    assert stdout.is_symlink()


def test_a_fifo_input_loses_no_line_to_the_figure_table_check(tmp_path: Path) -> None:
    import subprocess
    import sys

    fifo = tmp_path / "docs.jsonl"
    os.mkfifo(fifo)
    lines = '{"doc_id": "a", "text": "Gunmen killed 5 people."}\n{"doc_id": "b", "text": "Police arrested 7 men."}\n'

    def feed() -> None:
        with open(fifo, "w") as handle:
            handle.write(lines)

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    command = [sys.executable, "-m", "figures", "extract", str(fifo), "-j", "1", "-q"]
    try:  # a version that reads the FIFO twice waits for a second writer for ever
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:  # (subprocess.run has killed it)
        pytest.fail("the run waited for the FIFO a second time: its first line was read by the check")
    assert done.returncode == 0, done.stderr
    assert [r["doc_id"] for r in csv_rows(done.stdout)] == ["a", "b"]
