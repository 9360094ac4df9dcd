"""Issue 19, item 12: ``figures extract`` to CSV writes the figures' rows without pandas, byte for byte
what pandas' ``to_csv`` of the figure table writes (figures/rows.py)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from figures.io import CsvWriter
from figures.pipeline import extract_figures
from figures.rows import COLUMN_NAMES
from figures.table import COLUMNS, empty_frame, to_frame

ROOT = Path(__file__).resolve().parents[1]

# Every kind of value a column holds: quotes, commas and line breaks in the text, households
# converted to persons, ranges, negation, a cumulative toll, a part of a total, places, none at all.
CASES_ROWS: dict[str, tuple[str, str]] = {
    "plain": ("a", "Floods killed 12 people."),
    "quotes and commas": ('doc "one", first', 'Officials said "at least 1,200 people" were displaced, and 40 injured.'),
    "line break in a figure": ("b", "The storm killed 14\npeople and injured 9 others."),
    "carriage return": ("c", "Gunmen killed 7 villagers\r\nand wounded 3."),
    "households": ("d", "The floods displaced about 300 families in Sindh, Pakistan."),
    "range": ("e", "Between 20 and 25 people were killed in Kunduz."),
    "negated": ("f", "No deaths were reported, but 4 people were injured."),
    "cumulative": ("g", "The death toll has risen to 230 since the war began."),
    "part of a total": ("h", "Seven people were killed, including 3 children."),
    "non-latin text": ("ñ", "Floods near Zürich killed 12 people — “the worst since 1999”, said Ms Müller."),
    "no figure": ("i", "The council met on Tuesday."),
}


def pandas_bytes(found: list[tuple[str, list]]) -> str:
    stream = io.StringIO(newline="")
    writer = CsvWriter(stream, empty_frame())
    writer.write(to_frame(found))
    writer.close()
    return stream.getvalue()


def rows_bytes(found: list[tuple[str, list]]) -> str:
    stream = io.StringIO(newline="")
    writer = CsvWriter(stream, COLUMN_NAMES)
    writer.write_rows(found)
    writer.close()
    return stream.getvalue()


def test_column_names_are_the_tables() -> None:
    assert tuple(COLUMNS) == COLUMN_NAMES


@pytest.mark.parametrize("doc_id,text", list(CASES_ROWS.values()), ids=list(CASES_ROWS))
def test_rows_are_the_bytes_pandas_writes(doc_id: str, text: str) -> None:
    found = [(doc_id, extract_figures(text))]
    assert rows_bytes(found) == pandas_bytes(found)


def test_every_column_kind_is_covered_by_the_cases() -> None:
    # the comparison above means something only if the cases hold each kind of value
    found = [f for doc_id, text in CASES_ROWS.values() for f in extract_figures(text)]
    assert any(f.persons_low is not None for f in found)
    assert any(f.low is None for f in found) and any(f.low is not None and f.low != f.high for f in found)
    assert any(f.negated for f in found) and any(f.cumulative for f in found)
    assert any(f.part_of is not None for f in found) and any(f.country is not None for f in found)
    assert any("\n" in f.text for f in found) and any(f.cumulative is None for f in found)


def test_fixtures_in_one_batch_are_the_same_bytes() -> None:
    found = [(p.stem, extract_figures(p.read_text(encoding="utf-8"))) for p in sorted(ROOT.glob("fixtures/*.txt"))]
    assert sum(len(figs) for _, figs in found) > 40
    assert rows_bytes(found) == pandas_bytes(found)


def test_no_rows_is_the_header_alone() -> None:
    assert rows_bytes([]) == pandas_bytes([]) == ",".join(COLUMN_NAMES) + "\r\n"


def test_extract_to_csv_does_not_load_pandas(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    probe = (
        "import sys\n"
        "from figures.cli import main\n"
        f"code = main(['extract', {str(ROOT / 'fixtures' / 'herat_quake.txt')!r}, '-o', {str(out)!r}, '-q'])\n"
        "print(code, sorted(m for m in ('pandas', 'pyarrow', 'numpy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split("\n")[0] == "0 []", done.stderr
    assert out.read_text(encoding="utf-8").count("\n") > 5
