"""Issue 19, item 4: one long document costs memory in proportion to its text alone, not to its figures.

A document longer than ``figures.worker.SEGMENT_CHARACTERS`` is read a segment at a
time; each segment's figures are packed (``figures.packed``) as they are found, placed
a segment at a time after the whole document's places are surveyed, and written a
block of rows at a time. Before, all its figures (some 900 bytes each) were held as
objects, then placed whole, then made into one table: 7.6 times the size of a dense
20 MB document (benchmarks/README.md).
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest
from test_nothing_lost import long_text

import figures.parallel
import figures.table
import figures.worker
from figures import places
from figures.cli import main
from figures.figure import Figure
from figures.packed import Packed, pack, unpack
from figures.pipeline import extract_figures


def traced(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int, int]:
    """Traced bytes of extracting one document and taking its table a block at a time (as ``figures
    extract`` writes it): at the peak, and held between the two passes (the survey of its places: its
    figures are all found, none placed); and the rows. Garbage in reference cycles is collected after
    each segment's work, so that the peak is what is held, not when the cyclic collector last ran."""
    held: list[int] = []
    segment, survey, place = figures.worker.extract_unplaced, places.survey, places.place_figures

    def segment_collected(text: str, extractors: Sequence[str]) -> list[Figure]:
        found = segment(text, extractors)
        gc.collect()
        return found

    def surveyed(text: str, sentences: Iterable[tuple[int, int]]) -> places.Survey:
        gc.collect()
        held.append(tracemalloc.get_traced_memory()[0])
        return survey(text, sentences)

    def placed_collected(text: str, found: Sequence[Figure], survey: places.Survey) -> list[Figure]:
        placed = place(text, found, survey)
        gc.collect()
        return placed

    monkeypatch.setattr(figures.worker, "extract_unplaced", segment_collected)
    monkeypatch.setattr(places, "survey", surveyed)
    monkeypatch.setattr(places, "place_figures", placed_collected)
    gc.collect()
    tracemalloc.start()
    try:
        result = figures.parallel.extract_chunk([("long", text)], ("pattern",))
        rows = 0
        for block in result.blocks():
            rows += len(block)
            del block
        return tracemalloc.get_traced_memory()[1], held[0], rows
    finally:
        tracemalloc.stop()
        monkeypatch.setattr(figures.worker, "extract_unplaced", segment)
        monkeypatch.setattr(places, "survey", survey)
        monkeypatch.setattr(places, "place_figures", place)


def test_memory_of_a_long_document_does_not_grow_with_its_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    # Dense text, a figure every 40 characters. At b2f9db7 all its figures were held as objects
    # until they were placed: twice the text held 19 more bytes a character between the passes and
    # 24 more at the peak; now about 1.5 and 2.
    monkeypatch.setattr(figures.worker, "SEGMENT_CHARACTERS", 10_000)
    monkeypatch.setattr(figures.table, "BLOCK_ROWS", 200)
    short, long = long_text(200), long_text(400)
    # first-use allocations (the gazetteer, patterns compiled on use, caches) are not the document's
    figures.parallel.extract_chunk([("warm", long)], ("pattern",)).table  # noqa: B018
    traced(short, monkeypatch)
    low, low_held, low_rows = traced(short, monkeypatch)
    high, high_held, high_rows = traced(long, monkeypatch)
    assert high_rows == 2 * low_rows > 300
    added = len(long) - len(short)
    # held between the passes: the packed figures (about 30 bytes each) and their sentences
    assert (high_held - low_held) / added < 3, f"{(high_held - low_held) / added:.1f} bytes a character held"
    # the peak: besides those, the work of one segment (or of the placing, or of a block of rows)
    assert (high - low) / added < 5, f"{(high - low) / added:.1f} more bytes at the peak for each character more"


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


def test_jsonl_written_a_slice_of_rows_at_a_time_is_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    import figures.io
    from figures.table import empty_frame, to_frame

    table = to_frame([("a", extract_figures(long_text(12))), ("b", extract_figures("Floods killed 4 people."))])
    assert len(table) > 10
    written = []
    for rows in (figures.io.JSONL_ROWS, 3):
        monkeypatch.setattr(figures.io, "JSONL_ROWS", rows)
        stream = io.StringIO()
        writer = figures.io.JsonlWriter(stream, empty_frame())
        writer.write(table)
        writer.write(empty_frame())
        writer.close()
        written.append(stream.getvalue())
    assert written[0] == written[1]
    assert written[0].count("\n") == len(table)


def test_progress_moves_while_a_long_document_is_placed(monkeypatch: pytest.MonkeyPatch) -> None:
    # its places are surveyed after all its segments are read, then it is placed a segment at a
    # time (a tenth of its time): the progress told moves during that too, and ends at 1
    events: list[object] = []
    survey = places.survey

    def surveyed(text: str, sentences: Iterable[tuple[int, int]]) -> places.Survey:
        events.append("survey")
        return survey(text, sentences)

    monkeypatch.setattr(places, "survey", surveyed)
    figures.worker.extract_long(long_text(60), ("pattern",), progress=events.append, size=700)
    at = events.index("survey")
    reading, placing = events[:at], events[at + 1 :]
    assert len(reading) > 5 and len(placing) > 5 and placing[-1] == 1.0
    told = [*reading, *placing]
    assert told == sorted(told) and len(set(told)) == len(told)  # type: ignore[type-var]
    assert reading[-1] == pytest.approx(1 - figures.worker.PLACING)
