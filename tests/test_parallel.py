"""Worker processes: same output as one process, input order kept, a bounded number of chunks in flight."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import figures.parallel
from figures.cli import main
from figures.io import Document, Origin
from figures.parallel import CHUNKS_PER_WORKER, chunked, extract_chunk, extract_chunks

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "libya_haftar_breitbart.txt"
SENTENCES = (
    "The fighting has killed {n} people and injured another {m}.",
    "More than {n} people were forced to flee their homes.",
    "At least {n} people died and {m} were wounded in the blast.",
    "Nothing happened in {n}.",  # a year: no figure
    "",
)


def documents(count: int) -> list[Document]:
    """Seed paragraphs and varied sentences, so chunks differ in size and in number of rows."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
    docs = []
    for i in range(count):
        text = SENTENCES[i % len(SENTENCES)].format(n=1990 + i, m=i + 1)
        if i % 7 == 0:
            text = paragraphs[i % len(paragraphs)] + " " + text
        docs.append(Document(f"doc{i}", text, Origin("gen.jsonl", i + 1)))
    return docs


# (id, document sizes, max documents, max characters, expected chunk sizes)
CASES_CHUNKED: list[tuple[str, list[int], int, int, list[int]]] = [
    ("by-count", [1] * 7, 3, 100, [3, 3, 1]),
    ("by-characters", [4, 4, 4, 4], 10, 8, [2, 2]),
    ("one-huge-document-alone", [2, 50, 2], 10, 8, [1, 1, 1]),
    ("empty-documents-count", [0] * 5, 2, 8, [2, 2, 1]),
    ("nothing", [], 3, 8, []),
]


@pytest.mark.parametrize(
    ("sizes", "max_documents", "max_characters", "expected"),
    [c[1:] for c in CASES_CHUNKED],
    ids=[c[0] for c in CASES_CHUNKED],
)
def test_chunked(sizes: list[int], max_documents: int, max_characters: int, expected: list[int]) -> None:
    docs = [Document(str(i), "x" * n, Origin("f")) for i, n in enumerate(sizes)]
    chunks = list(chunked(docs, max_documents, max_characters))
    assert [len(c) for c in chunks] == expected
    assert [d for c in chunks for d in c] == docs


def test_two_workers_same_tables_as_one() -> None:
    docs = documents(120)
    one = [(c, r.table) for c, r in extract_chunks(chunked(docs, 7), ("pattern",), jobs=1)]
    two = [(c, r.table) for c, r in extract_chunks(chunked(docs, 7), ("pattern",), jobs=2)]
    assert [c for c, _ in two] == [c for c, _ in one]
    pd.testing.assert_frame_equal(
        pd.concat([t for _, t in two], ignore_index=True), pd.concat([t for _, t in one], ignore_index=True)
    )
    assert sum(len(t) for _, t in one) > 20  # the comparison covers real rows


def test_cli_jobs_2_output_identical_to_jobs_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "docs.jsonl"
    source.write_text("".join(json.dumps({"id": d.doc_id, "text": d.text}) + "\n" for d in documents(150)))
    for jobs in ("1", "2"):
        assert (
            main(["extract", str(source), "-o", str(tmp_path / f"out{jobs}.csv"), "-j", jobs, "--chunk-size", "4"]) == 0
        )
    one, two = (tmp_path / "out1.csv").read_bytes(), (tmp_path / "out2.csv").read_bytes()
    assert one.count(b"\n") > 30
    assert two == one
    assert "150 documents" in capsys.readouterr().err


def test_reading_stays_only_a_few_chunks_ahead() -> None:
    pulled: list[int] = []
    received: list[int] = []

    def source() -> Iterator[list[Document]]:
        for i in range(40):
            pulled.append(i)
            yield [Document(str(i), f"{i} people were killed.", Origin("f"))]

    for chunk, _ in extract_chunks(source(), ("pattern",), jobs=2):
        received.append(int(chunk[0].doc_id))
        # never more than the window, plus the one just pulled, ahead of what the caller has
        assert len(pulled) - len(received) <= 2 * CHUNKS_PER_WORKER
    assert received == list(range(40))


def test_failing_document_reported_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    real = figures.parallel.extract_figures

    def fragile(text: str, extractors: object) -> object:
        if text == "bad":
            raise ValueError("cannot")
        return real(text, extractors)  # type: ignore[arg-type]

    monkeypatch.setattr(figures.parallel, "extract_figures", fragile)
    result = extract_chunk([("a", "5 people were killed."), ("b", "bad"), ("c", "7 people were killed.")], ("pattern",))
    assert result.failures == ((1, "extraction failed: ValueError: cannot"),)
    assert list(result.table["doc_id"]) == ["a", "c"]
    assert list(result.table["value"]) == [5, 7]


def test_worker_imports_no_pandas() -> None:
    """A worker process runs figures.worker.START, then imports figures.worker: the extractors, not pandas."""
    import subprocess
    import sys

    from figures import worker

    probe = (
        "import sys\n"
        f"exec({worker.START!r}, {{}})\n"
        "import figures.worker\n"
        "figures.worker.extract_rows([('a', '5 people were killed.')], ('pattern', 'quantity'))\n"
        "print(sorted(m for m in ('pandas', 'pyarrow', 'figures.cli', 'figures.table') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
