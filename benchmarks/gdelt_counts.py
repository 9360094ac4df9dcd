"""GDELT's count rules (PyPI ``gdelt-regkg``, Python 3.12+) timed over a JSONL of texts; run by throughput.py.

    benchmarks/.venv-gdelt/bin/python benchmarks/gdelt_counts.py TEXTS.jsonl [--repeat N]

Runs in its own interpreter (``gdelt-regkg`` needs Python 3.12; ``figures``
is not imported). Loads the default English count rules
(``gdelt_regkg.fields.counts.default_count_rules``, the ``english-counts-v1``
profile shipped in the package), warms up, then times
``analyze_counts(text, rules=rules)`` over every text, ``--repeat`` passes,
and prints one JSON object: the fastest pass in seconds (start-up and rule
loading excluded), the load time, and the number of count mentions (each
mention is one count label: "killed 12 people" gives CRISISLEX_T03_DEAD and
KILL).
"""

from __future__ import annotations

import argparse
import json
import time


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jsonl")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with open(args.jsonl, encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle if line.strip()]
    started = time.perf_counter()
    from gdelt_regkg.fields.counts import analyze_counts, default_count_rules

    rules = default_count_rules()
    analyze_counts("Flooding killed 12 people; 300 families were displaced.", rules=rules)
    load = time.perf_counter() - started
    best, mentions = float("inf"), 0
    for _ in range(max(1, args.repeat)):
        started = time.perf_counter()
        mentions = sum(len(analyze_counts(text, rules=rules).mentions) for text in texts)
        best = min(best, time.perf_counter() - started)
    print(json.dumps({"seconds": best, "load": load, "mentions": mentions}))


if __name__ == "__main__":
    main()
