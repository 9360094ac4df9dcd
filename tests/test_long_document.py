"""Issue 19, item 4: one long document costs memory in proportion to its text alone, not to its figures.

A document longer than ``figures.worker.SEGMENT_CHARACTERS`` is read a segment at a
time; each segment's figures are packed (``figures.packed``) as they are found, placed
a segment at a time after the whole document's places are surveyed, and written a
block of rows at a time. Before, all its figures (some 900 bytes each) were held as
objects, then placed whole, then made into one table: 7.6 times the size of a dense
20 MB document (benchmarks/README.md).
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from test_nothing_lost import long_text

import figures.parallel
import figures.table
import figures.worker
from figures.cli import main
from figures.packed import Packed, pack, unpack
from figures.pipeline import extract_figures


def traced_peak(text: str) -> tuple[int, int]:
    """Peak traced bytes of extracting one document and taking its table a block at a time (as
    ``figures extract`` writes it), and the rows."""
    tracemalloc.start()
    try:
        result = figures.parallel.extract_chunk([("long", text)], ("pattern",))
        rows = 0
        for block in result.blocks():
            rows += len(block)
            del block
        return tracemalloc.get_traced_memory()[1], rows
    finally:
        tracemalloc.stop()


def test_memory_of_a_long_document_does_not_grow_with_its_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    # Dense text, a figure every 40 characters: held as objects until the end, twice the text
    # gives some 22 more bytes a character at the peak (b2f9db7); packed, about none.
    monkeypatch.setattr(figures.worker, "SEGMENT_CHARACTERS", 10_000)
    monkeypatch.setattr(figures.table, "BLOCK_ROWS", 200)
    short, long = long_text(200), long_text(400)
    # first-use allocations (the gazetteer, patterns compiled on use, caches) are not the document's
    figures.parallel.extract_chunk([("warm", long)], ("pattern",)).table  # noqa: B018
    traced_peak(short)
    low, low_rows = traced_peak(short)
    high, high_rows = traced_peak(long)
    assert high_rows == 2 * low_rows > 300
    grown = (high - low) / (len(long) - len(short))
    assert grown < 5, f"{grown:.1f} more bytes at the peak for each character more"


def test_long_document_written_by_segments_and_blocks_is_the_same_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    document = tmp_path / "long.txt"
    document.write_text(long_text(120), encoding="utf-8")
    outputs = []
    for segment, rows in ((10**9, 10**9), (700, 7)):  # whole and unsegmented; then in segments and blocks
        monkeypatch.setattr(figures.worker, "SEGMENT_CHARACTERS", segment)
        monkeypatch.setattr(figures.table, "BLOCK_ROWS", rows)
        out = tmp_path / f"out{rows}.csv"
        assert main(["extract", str(document), "-o", str(out), "-j", "1", "-q"]) == 0, capsys.readouterr().err
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") > 200


def test_a_long_document_comes_back_packed_and_placed_as_whole() -> None:
    text = long_text(60) + "\n\nIn Kano, 5 people were killed. Floods in Sindh displaced 300 families."
    whole = extract_figures(text)
    found = figures.worker.extract_long(text, ("pattern", "quantity"), size=600)
    assert isinstance(found, Packed) and len(found) == len(whole) > 100
    assert list(found) == whole  # places included: surveyed on the whole document, placed by segments
    assert {f.country for f in whole[-2:]} == {"NGA", "PAK"}


CASES_PACKED = {
    "none": "No one was hurt.",
    "households": "The floods displaced about 300 families.",
    "range and part": "Between 20 and 25 people were killed, including 3 children, in Kunduz.",
    "negated": "No deaths were reported, but 4 people were injured.",
}


@pytest.mark.parametrize("text", list(CASES_PACKED.values()), ids=list(CASES_PACKED))
def test_pack_gives_back_the_same_figures(text: str) -> None:
    found = extract_figures(text)
    assert unpack(pack(found)) == found
