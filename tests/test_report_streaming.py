"""Issue 19, item 4: ``figures report`` writes its page in pieces, and reads each document once.

The page was made as one string from the JSON of all its data and that JSON escaped: three copies of
every text shown, besides the data (31.6x a dense 5 MB document's size). Now the data is written a
document at a time, a long text a slice at a time (``report.render_parts``), the same bytes. And the
offsets of a document's figures are converted for JavaScript with one scan of its text, not one a figure
(a 5 MB document took 204 s: benchmarks/README.md, session 9).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from memory_peak import traced_peak
from test_nothing_lost import long_text

import figures.cli
from figures import report
from figures.cli import main
from figures.pipeline import extract_figures
from figures.summary import summarize
from figures.table import to_frame

# invented: an astral character (two UTF-16 units) and characters the page escapes, among figures
TEXT = "Floods \U0001f30a killed 12 people <b>in</b> the north & 30 were injured.\n\n" + long_text(400)


def page_parts(text: str) -> tuple[str, list[str]]:
    table = to_frame([("d", extract_figures(text))])
    documents = {"d": text, "empty <doc>": "nothing here"}
    totals = summarize(table, texts=documents)
    return report.render(table, documents, totals), list(report.render_parts(table, documents, totals))


def test_the_page_in_pieces_is_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(report, "JSON_SLICE", 100)  # the text in slices (the default is read at call time)
    monkeypatch.setattr(report, "JSON_ITEMS", 7)  # the figures in slices
    monkeypatch.setattr(report._json_parts, "__defaults__", (100,))
    page, parts = page_parts(TEXT)
    assert "".join(parts) == page
    assert "\\u003cb\\u003ein\\u003c/b\\u003e" in page and "\U0001f30a" in page
    # the data was written in slices: no piece of it holds the whole text (the first and last pieces are
    # the page's markup, styles and script)
    assert max(len(p) for p in parts[1:-1]) < len(TEXT) / 5, max(len(p) for p in parts[1:-1])


def test_the_report_command_writes_the_page_in_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "long.txt"
    source.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(report, "JSON_ITEMS", 7)
    monkeypatch.setattr(report._json_parts, "__defaults__", (100,))
    writes: list[int] = []
    real = figures.cli.open_output

    @contextlib.contextmanager
    def counted(path: str | None) -> Iterator[object]:
        with real(path) as handle:

            class Counted:
                def write(self, text: str) -> int:
                    writes.append(len(text))
                    return handle.write(text)

            yield Counted()

    monkeypatch.setattr(figures.cli, "open_output", counted)
    out = tmp_path / "page.html"
    assert main(["report", str(source), "-o", str(out), "-q"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "killed 12 people" in page and len(writes) > 10 and sum(writes) == len(page)
    # the markup before the data (styles, chart) and the script after it are written whole
    assert max(writes[1:-1]) < len(TEXT) / 5, f"a piece of {max(writes[1:-1])} characters (text: {len(TEXT)})"


def test_a_document_text_is_scanned_once_for_its_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[int] = []
    real = report._utf16

    def counted(text: str):  # type: ignore[no-untyped-def]
        scanned.append(len(text))
        return real(text)

    monkeypatch.setattr(report, "_utf16", counted)
    table = to_frame([("d", extract_figures(TEXT))])
    report.render(table, {"d": TEXT, "e": "nothing here"})
    assert len(extract_figures(TEXT)) > 50
    assert scanned == [len(TEXT)], f"{len(scanned)} scans of the text"


def test_the_page_of_a_long_document_holds_little_more_than_its_table() -> None:
    # traced peak of making the page (its pieces read as they come) beyond the table and summary given:
    # at 0fc18fb the page, its JSON, the escaped JSON, each figure's values as a list and a tuple-keyed
    # index of spans: 2,648 more bytes for each row more on this invented text; now 1,219
    def peak(text: str) -> tuple[int, int]:
        table = to_frame([("d", extract_figures(text))])
        totals = summarize(table, texts={"d": text})
        written: list[int] = []
        peak = traced_peak(lambda: written.append(sum(len(p) for p in report.render_parts(table, {"d": text}, totals))))
        assert written[0] > len(text)
        return peak, len(table)

    peak(long_text(20))
    (low, low_rows), (high, high_rows) = peak(long_text(300)), peak(long_text(900))
    per_row = (high - low) / (high_rows - low_rows)
    assert per_row < 1800, f"{per_row:.0f} more bytes at the peak for each row more (2,648 at 0fc18fb)"
