"""What the place step costs (issue 18): the extraction of the dev texts without their place
columns, then the place step alone on the same figures, in one process, on demand.

    .venv/bin/python benchmarks/places.py [JSONL...] [--dev DIR] [--extractors pattern,quantity] [--repeat N]

Both are CPU time (``time.process_time``), the fastest of ``--repeat`` passes,
after one pass that builds the gazetteer, compiles the patterns and loads
quantulum3 (none of which is timed). The extraction speed falls by
``place / (extract + place)`` when the place step is added: the issue allows 15%.
Run it with ``PYTHONPATH`` at each checkout to compare two commits in one sitting.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from throughput import DEV, load_texts

from figures import places
from figures.pipeline import check_extractors, extract_unplaced


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="JSONL files (default: the dev gold sets)")
    parser.add_argument("--dev", type=Path, default=DEV, help="folder of the dev gold sets")
    parser.add_argument("--extractors", default="pattern,quantity")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    extractors = check_extractors(args.extractors)
    texts = load_texts(args.paths or sorted(args.dev.glob("*.jsonl")))
    if not texts:
        parser.error(f"no texts: give JSONL files or --dev (nothing in {args.dev})")
    start = time.process_time()
    places.gazetteer()
    built = time.process_time() - start
    found = [extract_unplaced(t, extractors) for t in texts]  # warm: patterns, quantulum3
    extract = place = float("inf")
    for _ in range(args.repeat):
        start = time.process_time()
        found = [extract_unplaced(t, extractors) for t in texts]
        extract = min(extract, time.process_time() - start)
        start = time.process_time()
        for text, figures in zip(texts, found, strict=True):
            places.annotate(text, figures)
        place = min(place, time.process_time() - start)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} documents, {mb:.2f} MB, extractors {','.join(extractors)}")
    print(f"gazetteer built in {built:.2f} s CPU")
    print(f"extraction without places {extract:.3f} s, place step {place:.3f} s")
    print(f"speed falls by {place / (extract + place):.1%} with the place step")
    return 0


if __name__ == "__main__":
    sys.exit(main())
