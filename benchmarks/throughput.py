"""Throughput of our extractors and of two peers, measured in the same run (issues 4 and 7), on demand.

    .venv/bin/python benchmarks/throughput.py [JSONL...] [--repeat N] [--q3-bytes N] [--long-kb N]
                                              [--scale-mb N] [--no-gdelt]

Engines, each over the same texts:

- ``pattern``: ``extract_figures(text, ("pattern",))``, our pattern extractor alone;
- ``default``: ``extract_figures(text)``, our default pipeline (pattern and quantity, merged);
- ``quantulum3``: quantulum3 on its own, as one would use it for this job: every
  dimensionless quantity it finds becomes a figure with the category of the nearest
  trigger phrase of our lexicon (``figures.patterns.find_mentions``). It parses
  each paragraph (text between line breaks) in one call: its time grows faster
  than the length of what it is given (10 KB of joined articles in 6 s, 40 KB in
  98 s on this machine), so whole long documents would measure that, not its
  speed. It runs at a few KB/s, so it reads only the first ``--q3-bytes`` of each
  corpus (whole paragraphs);
- ``gdelt``: GDELT's count rules, ``analyze_counts`` of PyPI ``gdelt-regkg`` with
  its default English rules, in a Python 3.12 subprocess (see gdelt_counts.py;
  time measured inside it, start-up excluded). Its virtual environment is made on
  first use in ``benchmarks/.venv-gdelt`` (``pip install gdelt-regkg``); without
  Python 3.12 (``--python312`` or ``/root/.pyenv/versions/3.12*``, ``python3.12`` on
  PATH) it is skipped with a note.

Corpora:

- ``dev``: the dev gold texts (default every ``../shared/eval/dev/*.jsonl``), as they are;
- ``long``: the same texts joined in file order (a blank line between two) into
  documents of at least ``--long-kb`` KB each: long articles made of real news;
- ``archive``: the same texts, each followed by ``--archive-padding`` characters
  of prose without trigger words (memory.py's sentences, five to a paragraph),
  ``--archive-mb`` MB in all: a news archive in which a few stories in a hundred
  report casualties (the dev texts are all such stories).

Then a length-scaling table: the joined texts cut (at a space) into documents of
1 KB, 10 KB, 100 KB and 1 MB, ``--scale-mb`` MB of each size, seconds per MB for
``pattern`` and ``default``. Time is linear in length when s/MB stays flat: the
check is that the largest s/MB is within 1.5x of the smallest.

Every timing is the fastest of ``--repeat`` passes, engines alternating within a
pass, so that other work on a shared machine weighs on all alike; ratios of
engines measured in the same run are what to compare across machines.
"""

from __future__ import annotations

import argparse
import bisect
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from memory import FILLER

from figures import quantity

try:
    from figures.pipeline import extract_figures
except ImportError:  # a commit before figures.pipeline, measured beside this one
    from figures.merge import extract_figures  # type: ignore[no-redef]
from figures.patterns import find_mentions

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "eval" / "dev"
GDELT_VENV = HERE / ".venv-gdelt"
SCALE_SIZES = (1_000, 10_000, 100_000, 1_000_000)
LINEAR_TOLERANCE = 1.5


def load_texts(paths: Sequence[Path]) -> list[str]:
    texts: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f if line.strip())
    return texts


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def long_documents(texts: Sequence[str], size: int) -> list[str]:
    """The texts joined in order, a blank line between two, into documents of at least ``size`` characters."""
    documents, parts, length = [], [], 0
    for text in texts:
        parts.append(text)
        length += len(text) + 2
        if length >= size:
            documents.append("\n\n".join(parts))
            parts, length = [], 0
    if parts:
        documents.append("\n\n".join(parts))
    return documents


def archive_documents(texts: Sequence[str], padding: int, total: int) -> list[str]:
    """Each text and ``padding`` characters of prose without trigger words after it, ``total`` characters in all."""
    documents: list[str] = []
    taken = 0
    for i, text in enumerate(texts):
        if taken >= total:
            break
        paragraphs, size, k = [text], len(text), i
        while size < len(text) + padding:
            paragraph = "".join(FILLER[(k + j) % len(FILLER)] for j in range(5)).strip()
            paragraphs.append(paragraph)
            size += len(paragraph) + 2
            k += 1
        documents.append("\n\n".join(paragraphs))
        taken += len(documents[-1])
    return documents


def cut(text: str, size: int, total: int) -> list[str]:
    """Documents of about ``size`` characters (cut after a space), ``total`` characters in all, from ``text``."""
    documents: list[str] = []
    start, taken = 0, 0
    while taken < total:
        if start + size >= len(text):
            start = 0
        end = text.find(" ", start + size)
        end = start + size if end < 0 else end + 1
        documents.append(text[start:end])
        taken += end - start
        start = end
    return documents


def sample(texts: Sequence[str], budget: int) -> list[str]:
    """The first ``budget`` characters of ``texts``: whole documents, the last one cut at a line break."""
    out: list[str] = []
    for text in texts:
        if budget <= 0:
            break
        if len(text) > budget:
            end = text.find("\n", budget)
            text = text if end < 0 else text[:end]
        out.append(text)
        budget -= len(text)
    return out


def quantulum3_figures(text: str) -> list[tuple[str, float, int, int]]:
    """quantulum3 on its own: each dimensionless quantity, with the category of the nearest trigger phrase."""
    mentions = find_mentions(text)
    if not mentions:
        return []
    starts = [m.start for m in mentions]
    found = []
    start = 0
    for paragraph in text.split("\n"):
        stop = start + len(paragraph)
        if paragraph.strip():
            for q in quantity.quantities(text, start, stop):
                if q.unit != quantity.DIMENSIONLESS:
                    continue
                i = bisect.bisect_left(starts, q.start)
                near = mentions[max(0, i - 1) : i + 1]
                nearest = min(near, key=lambda m: max(m.start - q.end, q.start - m.end, 0))
                found.append((nearest.entries[0].category, q.value, q.start, q.end))
        start = stop + 1
    return found


def timed(run: Callable[[str], object], texts: Sequence[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        run(text)
    return time.perf_counter() - start


def fastest(engines: dict[str, Callable[[str], object]], texts: Sequence[str], repeat: int) -> dict[str, float]:
    """The fastest of ``repeat`` passes of each engine over ``texts``, engines alternating within a pass."""
    best: dict[str, float] = {}
    for _ in range(max(1, repeat)):
        for name, run in engines.items():
            seconds = timed(run, texts)
            best[name] = min(best.get(name, seconds), seconds)
    return best


# ------------------------------------------------------------------ GDELT


def python312(explicit: str | None) -> str | None:
    """A Python 3.12 interpreter, or None."""
    candidates = [explicit] if explicit else []
    candidates += sorted(glob.glob("/root/.pyenv/versions/3.12*/bin/python"), reverse=True)
    candidates += [shutil.which("python3.12") or ""]
    return next((c for c in candidates if c and os.access(c, os.X_OK)), None)


def gdelt_python(explicit: str | None) -> tuple[str | None, str]:
    """The interpreter of the gdelt-regkg environment (made on first use), or None and why not."""
    python = GDELT_VENV / "bin" / "python"
    if python.exists():
        return str(python), ""
    base = python312(explicit)
    if base is None:
        return None, "no Python 3.12 found (gdelt-regkg needs it); pass --python312 PATH"
    print(f"note: making {GDELT_VENV} with {base} and `pip install gdelt-regkg` (once)", flush=True)
    try:
        subprocess.run([base, "-m", "venv", str(GDELT_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "gdelt-regkg"], check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        shutil.rmtree(GDELT_VENV, ignore_errors=True)
        return None, f"could not install gdelt-regkg: {error}"
    return str(python), ""


def gdelt_seconds(python: str, texts: Sequence[str], repeat: int) -> float:
    """Fastest pass of GDELT's count rules over ``texts``, timed inside the subprocess."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        for text in texts:
            handle.write(json.dumps({"text": text}) + "\n")
    try:
        done = subprocess.run(
            [python, str(HERE / "gdelt_counts.py"), handle.name, "--repeat", str(repeat)],
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        os.unlink(handle.name)
    return float(json.loads(done.stdout)["seconds"])


# ------------------------------------------------------------------- main


def report(corpus: str, texts: Sequence[str], args: argparse.Namespace, gdelt: str | None) -> None:
    size = megabytes(texts)
    print(f"\n== {corpus}: {len(texts):,} documents, {size:.3f} MB")
    ours: dict[str, Callable[[str], object]] = {
        "pattern": lambda text: extract_figures(text, ("pattern",)),
        "default": lambda text: extract_figures(text),
    }
    seconds = fastest(ours, texts, args.repeat)
    rates = {name: size / s for name, s in seconds.items()}
    q3_texts = sample(texts, args.q3_bytes)
    q3_size = megabytes(q3_texts)
    q3_seconds = fastest({"quantulum3": quantulum3_figures}, q3_texts, 1)["quantulum3"]
    rates["quantulum3"] = q3_size / q3_seconds
    notes = {"quantulum3": f"first {q3_size * 1e3:.0f} KB, {q3_seconds:.1f} s"}
    if gdelt is not None:
        rates["gdelt"] = size / gdelt_seconds(gdelt, texts, args.repeat)
    base = rates["quantulum3"]
    print(f"{'engine':<12} {'MB/s':>9} {'x quantulum3':>13}")
    for name, rate in rates.items():
        note = f"  ({notes[name]})" if name in notes else ""
        print(f"{name:<12} {rate:>9.4f} {rate / base:>13.1f}{note}")


def scaling(texts: Sequence[str], args: argparse.Namespace) -> bool:
    joined = "\n\n".join(texts)
    total = int(args.scale_mb * 1e6)
    engines: dict[str, Callable[[str], object]] = {
        "pattern": lambda text: extract_figures(text, ("pattern",)),
        "default": lambda text: extract_figures(text),
    }
    print(f"\n== time against document length ({args.scale_mb:g} MB of documents of each size, s/MB)")
    print(f"{'document':>9} {'documents':>9} {'pattern s/MB':>13} {'default s/MB':>13}")
    per_mb: dict[str, list[float]] = {name: [] for name in engines}
    for size in SCALE_SIZES:
        documents = cut(joined, size, total)
        mb = megabytes(documents)
        best = fastest(engines, documents, args.repeat)
        for name, s in best.items():
            per_mb[name].append(s / mb)
        label = f"{size // 1000} KB" if size < 1_000_000 else f"{size // 1_000_000} MB"
        row = f"{label:>9} {len(documents):>9,} {best['pattern'] / mb:>13.3f} {best['default'] / mb:>13.3f}"
        print(row, flush=True)
    linear = True
    for name, values in per_mb.items():
        spread = max(values) / min(values)
        linear &= spread <= LINEAR_TOLERANCE
        print(f"{name}: largest / smallest s/MB = {spread:.2f} (linear if <= {LINEAR_TOLERANCE})")
    print(f"linear in document length: {'yes' if linear else 'NO'}")
    return linear


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", nargs="*", type=Path, help="JSONL files with a 'text' field (default: the dev sets)")
    parser.add_argument("--repeat", type=int, default=2, help="passes of each engine (fastest kept)")
    parser.add_argument("--q3-bytes", type=int, default=30_000, help="text for quantulum3 per corpus (it is slow)")
    parser.add_argument("--long-kb", type=int, default=100, help="size of the long-article corpus' documents")
    parser.add_argument("--archive-mb", type=float, default=10.0, help="size of the archive corpus")
    parser.add_argument("--archive-padding", type=int, default=20_000, help="prose after each text in the archive")
    parser.add_argument("--scale-mb", type=float, default=1.0, help="MB of documents per length in the scaling table")
    parser.add_argument("--no-gdelt", action="store_true", help="leave GDELT's count rules out")
    parser.add_argument("--python312", help="a Python 3.12 for gdelt-regkg's environment")
    parser.add_argument("--no-scaling", action="store_true", help="leave the length-scaling table out")
    args = parser.parse_args(argv)
    paths = args.jsonl or sorted(DEV.glob("*.jsonl"))
    texts = load_texts(paths)
    print(
        f"texts: {', '.join(p.name for p in paths)}; machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}"
    )

    warm = "The floods killed 12 people; 300 families were displaced, while two dozen were injured."
    extract_figures(warm, ("pattern",))
    started = time.perf_counter()
    extract_figures(warm)
    quantity.quantities(warm)
    print(f"quantulum3 one-time load: {time.perf_counter() - started:.2f} s (not counted)")

    gdelt = None
    if args.no_gdelt:
        print("note: gdelt left out (--no-gdelt)")
    else:
        gdelt, why = gdelt_python(args.python312)
        if gdelt is None:
            print(f"note: gdelt skipped: {why}")

    report("dev", texts, args, gdelt)
    report(f"long ({args.long_kb} KB documents)", long_documents(texts, args.long_kb * 1000), args, gdelt)
    archive = archive_documents(texts, args.archive_padding, int(args.archive_mb * 1e6))
    report(f"archive (each text and {args.archive_padding:,} characters of prose)", archive, args, gdelt)
    linear = True if args.no_scaling else scaling(texts, args)
    return 0 if linear else 1


if __name__ == "__main__":
    raise SystemExit(main())
