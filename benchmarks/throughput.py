"""Throughput of the extractors on the dev texts (issue 4 acceptance), on demand.

    .venv/bin/python benchmarks/throughput.py [JSONL...] [--repeat N] [--q3-bytes N]

Measures, in one process and on the same texts (default: every
``../shared/eval/dev/*.jsonl``):

- ``pattern``: ``extract_figures(text, ("pattern",))``;
- ``pattern,quantity``: the default pipeline, both extractors merged;
- ``quantulum3``: quantulum3 alone (``figures.quantity.quantities``) on whole
  texts, on the first ``--q3-bytes`` of them only, as it runs at a few KB/s.

Each pipeline is warmed up first (quantulum3's one-time load is printed on
its own), the two extractor pipelines alternate ``--repeat`` times and the
fastest pass of each is kept, so that other work on the machine weighs on
both alike. Prints MB/s and the ratios to the pattern extractor; the
acceptance is ``pattern,quantity / pattern >= 0.5``.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from figures import quantity
from figures.merge import extract_figures

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


def load_texts(paths: Sequence[Path]) -> list[str]:
    texts: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as f:
            texts.extend(json.loads(line)["text"] for line in f if line.strip())
    return texts


def megabytes(texts: Sequence[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def timed(run: Callable[[str], object], texts: Sequence[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        run(text)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jsonl", nargs="*", type=Path, help="JSONL files with a 'text' field (default: the dev sets)")
    parser.add_argument("--repeat", type=int, default=2, help="passes of each extractor pipeline (fastest kept)")
    parser.add_argument("--q3-bytes", type=int, default=150_000, help="text for quantulum3 alone (it is slow)")
    args = parser.parse_args(argv)
    paths = args.jsonl or sorted(DEV.glob("*.jsonl"))
    texts = load_texts(paths)
    size = megabytes(texts)
    print(f"texts: {len(texts)} documents, {size:.3f} MB from {', '.join(p.name for p in paths)}")

    warm = "The floods killed 12 people; 300 families were displaced, while two dozen were injured."
    extract_figures(warm, ("pattern",))
    start = time.perf_counter()
    extract_figures(warm, ("pattern", "quantity"))
    quantity.quantities(warm)
    print(f"quantulum3 one-time load: {time.perf_counter() - start:.2f} s (not counted below)")

    pipelines: dict[str, tuple[str, ...]] = {"pattern": ("pattern",), "pattern,quantity": ("pattern", "quantity")}
    best: dict[str, float] = {}
    for _ in range(max(1, args.repeat)):
        for name, chosen in pipelines.items():
            seconds = timed(lambda text, chosen=chosen: extract_figures(text, chosen), texts)  # type: ignore[misc]
            best[name] = min(best.get(name, seconds), seconds)

    sample: list[str] = []
    budget = args.q3_bytes
    for text in texts:
        if budget <= 0:
            break
        sample.append(text[:budget])
        budget -= len(text[:budget].encode("utf-8"))
    q3_seconds = timed(quantity.quantities, sample)
    rates = {name: size / seconds for name, seconds in best.items()}
    rates["quantulum3 alone"] = megabytes(sample) / q3_seconds

    base = rates["pattern"]
    print(f"{'pipeline':<20} {'seconds':>9} {'MB/s':>9} {'ratio to pattern':>17}")
    for name, rate in rates.items():
        seconds = best.get(name, q3_seconds)
        print(f"{name:<20} {seconds:>9.2f} {rate:>9.4f} {rate / base:>17.3f}")
    ratio = rates["pattern,quantity"] / base
    print(f"default pipeline keeps {ratio:.1%} of the pattern extractor's throughput (acceptance: >= 50%)")


if __name__ == "__main__":
    main()
