"""Extraction speed of this checkout against other commits, measured in one run.

    .venv/bin/python benchmarks/against.py REV [REV...] [--repeat N] [--rounds N] [--archive-mb N]

Each other commit is checked out once into a temporary git worktree. Each round
times every checkout, alternately, in fresh worker processes (the same Python,
``PYTHONPATH`` pointing at each checkout), on the dev texts (dense casualty
reports) and on archive-like text (each dev text followed by 20,000 characters
of prose without trigger words, throughput.archive_documents), for the pattern
extractor alone and for the default pipeline. A figure is the best of
``--repeat`` passes in CPU time of the worker (``time.process_time``), so that
other work on a shared machine weighs less than on wall time; the table gives
the best over rounds and the ratio this/other for each other commit.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# The worker: imports whichever `figures` PYTHONPATH names and times one engine on one corpus.
WORKER = r"""
import json, os, sys, time
sys.path.insert(0, os.environ["BENCH_DIR"])
import figures
here = os.path.dirname(figures.__file__)
assert os.path.realpath(here).startswith(os.path.realpath(os.environ["PYTHONPATH"])), here
if os.path.exists(os.path.join(here, "pipeline.py")):
    from figures.pipeline import extract_figures
else:  # commits before figures/pipeline.py
    from figures.merge import extract_figures
from throughput import archive_documents, load_texts
from pathlib import Path
corpus, engine, repeat, archive_mb = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
texts = load_texts(sorted(Path(os.environ["BENCH_DEV"]).glob("*.jsonl")))
extractors = ("pattern",) if engine == "pattern" else ("pattern", "quantity")
for t in texts[:300]:
    extract_figures(t, extractors)  # warm on dense text: patterns compiled, quantulum3 loaded (once a process)
if corpus == "archive":
    texts = archive_documents(texts, 20_000, int(archive_mb * 1e6))
best = float("inf")
for _ in range(repeat):
    t0 = time.process_time()
    for t in texts:
        extract_figures(t, extractors)
    best = min(best, time.process_time() - t0)
print(json.dumps({"mb": sum(len(t.encode()) for t in texts) / 1e6, "seconds": best}))
"""


def run(checkout: Path, corpus: str, engine: str, repeat: int, archive_mb: float, dev: Path) -> float:
    """MB/s of one engine of one checkout on one corpus (CPU time of a fresh worker)."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "BENCH_DIR": str(HERE), "BENCH_DEV": str(dev)}
    out = subprocess.run(
        [sys.executable, "-c", WORKER, corpus, engine, str(repeat), str(archive_mb)],
        env=env,
        cwd=tempfile.gettempdir(),  # `python -c` puts the working folder first on sys.path: never a checkout
        check=True,
        capture_output=True,
        text=True,
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    return float(result["mb"]) / float(result["seconds"])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revs", nargs="+", metavar="rev", help="the commits to measure against (e.g. HEAD~1 bbfd866)")
    parser.add_argument("--repeat", type=int, default=2, help="passes per worker (best is kept)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of alternating workers (best is kept)")
    parser.add_argument("--archive-mb", type=float, default=5.0, help="size of the archive-like corpus")
    # (beside the main checkout, or two levels up from a worktree in a folder of worktrees)
    dev = next((p for p in (ROOT.parent / "shared" / "eval" / "dev", ROOT.parents[1] / "shared" / "eval" / "dev")
                if p.is_dir()), ROOT.parent / "shared" / "eval" / "dev")  # fmt: skip
    parser.add_argument("--dev", type=Path, default=dev, help="folder of dev JSONL")
    parser.add_argument("--engines", default="pattern,default", help="pattern, default or both")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        others = [(rev, Path(tmp) / f"other{i}") for i, rev in enumerate(args.revs)]
        try:
            for rev, other in others:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(other), rev], check=True
                )
            best: dict[tuple[str, str, str], float] = {}
            for _ in range(args.rounds):
                for corpus in ("dev", "archive"):
                    for engine in args.engines.split(","):
                        for name, checkout in [*others, ("this", ROOT)]:
                            rate = run(checkout, corpus, engine, args.repeat, args.archive_mb, args.dev)
                            key = (corpus, engine, name)
                            best[key] = max(best.get(key, 0.0), rate)
        finally:
            for _, other in others:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=False)
    heads = "".join(f" {rev} MB/s |" for rev in args.revs)
    ratios = "".join(f" this / {rev} |" for rev in args.revs)
    print(f"| corpus | engine |{heads} this MB/s |{ratios}")
    print("|---|---|" + "---|" * (2 * len(args.revs) + 1))
    for corpus in ("dev", "archive"):
        for engine in args.engines.split(","):
            b = best[(corpus, engine, "this")]
            rates = "".join(f" {best[(corpus, engine, rev)]:.3f} |" for rev in args.revs)
            shares = "".join(f" {b / best[(corpus, engine, rev)]:.2f} |" for rev in args.revs)
            print(f"| {corpus} | {engine} |{rates} {b:.3f} |{shares}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
