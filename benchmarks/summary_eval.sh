#!/usr/bin/env bash
# Document totals against the dev gold sets (issue 6 acceptance), on demand.
#   benchmarks/summary_eval.sh [PROFILE] [OUTDIR]
# Extracts each gold set, summarizes it under PROFILE (default raw) and prints
# score.py's doc_total lines (WAD: exact match; Wikimpacts: error and spurious).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
profile="${1:-raw}"
out="${2:-$(mktemp -d)}"
figures="$here/.venv/bin/figures"
gold="${FIGURES_GOLD:-$here/../shared/eval/dev}"
score="${FIGURES_SCORE:-$here/../shared/eval/score.py}"
for set in wad wikimpacts; do
    "$figures" extract "$gold/$set.jsonl" -o "$out/$set.t.csv" -q
    "$figures" summarize "$gold/$set.jsonl" --profile "$profile" -o "$out/$set.s.csv" -q
    echo "== $set ($profile)"
    python3 "$score" "$gold/$set.jsonl" "$out/$set.t.csv" --summary "$out/$set.s.csv" | grep -E "recall_all|doc_total"
done
echo "(tables in $out)"
