"""Peak memory of ``figures extract`` on a generated JSONL of at least 1 GB (issue 7), with --jobs 1 and 2.

    .venv/bin/python benchmarks/memory.py [--gigabytes 1.0] [--jobs 1 2] [--input /tmp/figures_1gb.jsonl]
                                          [--format csv] [--padding 20000]
                                          [--extractors pattern,quantity] [DEV.jsonl ...]

Generates the input once (reused when it exists and is big enough): every
document is a dev gold text (default ``../shared/eval/dev/*.jsonl``, so real
figures come out) followed by ``--padding`` characters of prose with no
trigger word, which reaches a gigabyte sooner without changing what is
measured: memory, not extraction speed. Then runs ``python -m figures extract
INPUT -o /tmp/... -j N -q`` for each N and samples, every 0.2 s, the resident
memory of the whole process tree (the command, its fork server and workers).

Printed per run: wall time, MB/s, the peaks of the tree's summed RSS (an
upper bound: pages shared by forked workers count once per process) and
summed PSS (shared pages divided among their processes), the peak RSS of the
largest single process, the output size and the exit status. Acceptance: the
summed RSS peak under 500 MB for --jobs 1 and 2.

With ``--single-mb N`` (issue 19) it measures one long document instead: the
repository's fixtures joined (a blank line between two) and repeated into one
``.txt`` of N MB, every sentence a casualty report, the densest text there is
for the extractor. It runs ``figures extract DOC -o /tmp/... -j 1 -q`` and, for
the starting point, the same command on one small fixture, and prints both
peaks, the growth (peak minus start) as a multiple of the document's size, and
the figures found:

    .venv/bin/python benchmarks/memory.py --single-mb 20 [--single-mb 5 ...] [--padding 20000]

``--padding`` given with ``--single-mb`` puts that many characters of prose
without trigger words after each fixture, as in a news archive (one casualty
report in many stories) instead of the densest text. ``--command summarize``
(or ``report``) measures that command on the same documents instead of
``extract`` (its start: the same command on the small fixture):

    .venv/bin/python benchmarks/memory.py --single-mb 5 --command summarize

``--format parquet`` (or ``jsonl``) with ``--single-mb`` writes that format instead of CSV
(``report`` writes HTML whatever the format).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import psutil

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LIMIT_MB = 500
FILLER = (
    "The council met on Tuesday to discuss the new road plan for the northern district. ",
    "Officials said the budget would be presented to parliament next month. ",
    "Local traders complained about the price of fuel and the state of the market. ",
    "A spokesman described the talks as constructive and said more meetings would follow. ",
    "The weather was expected to stay dry for the rest of the week, forecasters said. ",
)


def padding(length: int, seed: int) -> str:
    parts, size, i = [], 0, seed
    while size < length:
        sentence = FILLER[i % len(FILLER)]
        parts.append(sentence)
        size += len(sentence)
        i += 1
    return "".join(parts)


def generate(path: Path, gigabytes: float, dev: Sequence[Path], pad: int) -> None:
    target = int(gigabytes * 1e9)
    if path.exists() and path.stat().st_size >= target:
        print(f"input: {path} ({path.stat().st_size / 1e9:.2f} GB, reused)")
        return
    texts: list[str] = []
    for source in dev:
        with source.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    pads = [padding(pad, seed) for seed in range(len(FILLER))]
    temp = path.with_suffix(".part")
    written, n = 0, 0
    started = time.perf_counter()
    with temp.open("w", encoding="utf-8") as out:
        while written < target:
            text = texts[n % len(texts)] + "\n\n" + pads[n % len(pads)]
            line = json.dumps({"doc_id": f"doc{n}", "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    temp.replace(path)
    print(f"input: {path} ({written / 1e9:.2f} GB, {n:,} documents, made in {time.perf_counter() - started:.0f} s)")


def tree_memory(process: psutil.Process) -> tuple[int, int, int]:
    """Summed RSS and PSS of a process and its descendants, and the largest single RSS (bytes).

    RSS counts a page shared by forked workers once per process (an upper
    bound); PSS divides it among them (what the tree really holds).
    """
    rss, pss = [], []
    for p in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):
            info = p.memory_full_info()
            rss.append(info.rss)
            pss.append(getattr(info, "pss", info.rss))
    return sum(rss), sum(pss), max(rss, default=0)


def measure(command: list[str]) -> tuple[int, float, int, int, int]:
    """Exit status, wall seconds, and the peaks of :func:`tree_memory` over the run. The command's own
    process's peak is also read from the kernel when it ends (its max RSS, which sampling every 0.2 s
    misses in a run of a second): the tree's RSS and the largest process are at least that."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    process = psutil.Process(child.pid)
    peak_rss = peak_pss = largest = 0
    while True:
        pid, status, usage = os.wait4(child.pid, os.WNOHANG)
        if pid:
            break
        with contextlib.suppress(psutil.Error):
            rss, pss, single = tree_memory(process)
            peak_rss, peak_pss, largest = max(peak_rss, rss), max(peak_pss, pss), max(largest, single)
        time.sleep(0.2)
    child.returncode = os.waitstatus_to_exitcode(status)
    own = usage.ru_maxrss * 1024  # kilobytes on Linux
    return child.returncode, time.perf_counter() - started, max(peak_rss, own), peak_pss, max(largest, own)


def single_document(megabytes: float, pad: int = 0) -> Path:
    """One ``.txt`` document of the fixtures joined and repeated to ``megabytes`` MB (made once),
    each followed by ``pad`` characters of trigger-free prose."""
    path = Path(f"/tmp/figures_single_{megabytes:g}mb" + (f"_pad{pad}" if pad else "") + ".txt")
    stories = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    if pad:
        stories = [f"{story}\n\n{padding(pad, seed)}" for seed, story in enumerate(stories)]
    joined = "\n\n".join(stories) + "\n\n"
    size = len(joined.encode("utf-8"))
    target = int(megabytes * 1e6)
    if not path.exists() or path.stat().st_size < target:
        path.write_text(joined * (target // size + 1), encoding="utf-8")
    return path


def figure_rows(path: Path) -> int:
    """Rows of a CSV output (records, not lines: a text may hold a line break)."""
    import csv

    csv.field_size_limit(sys.maxsize)  # a summary's `rows` lists every row of a long document
    with path.open(encoding="utf-8", newline="") as handle:
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)


def measure_single(
    sizes: Sequence[float], extractors: str | None, pad: int = 0, command: str = "extract", fmt: str = "csv"
) -> int:
    """Peak RSS of ``figures COMMAND`` on one long document of each size, against a small fixture's run."""
    out = Path("/tmp/figures_memory_single." + ("html" if command == "report" else fmt))
    base = [sys.executable, "-m", "figures", command]
    tail = ["-o", str(out), "-j", "1", "-q"] + (["--extractors", extractors] if extractors else [])
    # twice: the first run may build the place gazetteer's index (issue 18), which no later run does
    measure([*base, str(FIXTURES / "herat_quake.txt"), *tail])
    code, wall, start, _, _ = measure([*base, str(FIXTURES / "herat_quake.txt"), *tail])
    print(f"start (one small fixture): {start / 1e6:.0f} MB peak RSS, {wall:.1f} s, exit {code}")
    print(
        f"{'document MB':>11} {'wall s':>7} {'peak MB':>8} {'growth MB':>10} {'x size':>7} {'figures':>9} {'exit':>5}"
    )
    failures = code != 0
    for megabytes in sizes:
        document = single_document(megabytes, pad)
        size = document.stat().st_size
        code, wall, peak, _, _ = measure([*base, str(document), *tail])
        rows = 0
        if code == 0 and fmt == "parquet" and command != "report":
            import pyarrow.parquet as pq

            rows = pq.ParquetFile(out).metadata.num_rows
        elif code == 0 and fmt == "jsonl" and command != "report":
            rows = sum(1 for _ in out.open(encoding="utf-8"))
        elif code == 0 and command != "report":
            rows = figure_rows(out)
        growth = peak - start
        failures += code != 0
        print(
            f"{size / 1e6:11.1f} {wall:7.1f} {peak / 1e6:8.0f} {growth / 1e6:10.0f} {growth / size:7.1f}"
            f" {rows:9,} {code:>5}"
        )
        sys.stdout.flush()
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev", nargs="*", type=Path)
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--input", type=Path, default=Path("/tmp/figures_1gb.jsonl"))
    parser.add_argument("--format", default="csv", choices=("csv", "jsonl", "parquet"))
    parser.add_argument("--extractors", help="passed to figures extract (default: its default)")
    parser.add_argument(
        "--padding", type=int, help="trigger-free characters added to each document (default 20000; 0 with --single-mb)"
    )
    parser.add_argument(
        "--single-mb",
        type=float,
        action="append",
        help="measure one long document of this many MB instead (fixtures repeated); may be repeated",
    )
    parser.add_argument(
        "--command",
        default="extract",
        choices=("extract", "summarize", "report"),
        help="with --single-mb: the command measured (default extract; the rows printed are its output's)",
    )
    args = parser.parse_args(argv)
    if args.single_mb:
        return measure_single(args.single_mb, args.extractors, args.padding or 0, args.command, args.format)
    dev = args.dev or sorted(DEV.glob("*.jsonl"))
    if not dev:
        parser.error(f"no dev texts: pass JSONL files (none in {DEV})")
    generate(args.input, args.gigabytes, dev, 20_000 if args.padding is None else args.padding)
    size_mb = args.input.stat().st_size / 1e6
    print(
        f"{'jobs':>4} {'wall s':>8} {'MB/s':>6} {'tree RSS MB':>12} {'tree PSS MB':>12} {'largest MB':>11}"
        f" {'output MB':>10} {'exit':>5}"
    )
    failures = 0
    walls: dict[int, float] = {}
    for jobs in args.jobs:
        out = Path(f"/tmp/figures_memory_j{jobs}.{args.format}")
        command = [sys.executable, "-m", "figures", "extract", str(args.input), "-o", str(out), "-j", str(jobs), "-q"]
        if args.extractors:
            command += ["--extractors", args.extractors]
        code, wall, peak, pss, largest = measure(command)
        walls[jobs] = wall
        output = out.stat().st_size / 1e6 if out.exists() else 0.0
        failures += code != 0 or peak / 1e6 >= LIMIT_MB
        row = f"{jobs:>4} {wall:8.0f} {size_mb / wall:6.2f} {peak / 1e6:12.0f} {pss / 1e6:12.0f} {largest / 1e6:11.0f}"
        print(f"{row} {output:10.0f} {code:>5}")
        sys.stdout.flush()
    if 1 in walls:
        for jobs, wall in walls.items():
            if jobs != 1:
                print(f"speed-up with --jobs {jobs}: {walls[1] / wall:.2f}x (cores: {os.cpu_count()})")
    print(f"peak under {LIMIT_MB} MB on every run: {'yes' if not failures else 'NO'}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
