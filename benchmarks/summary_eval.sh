#!/usr/bin/env bash
# Document totals against the dev gold sets (issues 6 and 17), on demand.
#   benchmarks/summary_eval.sh [PROFILE] [OUTDIR]
# Extracts each gold set, summarizes it under PROFILE (default raw) and prints
# score.py's doc_total lines (WAD, GTD, NOAA: exact match; Wikimpacts: error and spurious),
# twice: "cli" is `figures summarize` as it is (the figure table alone), "texts"
# is figures.summarize(table, profile, texts=...) with the documents' texts,
# which lets the rules read the words before each figure (docs/summary.md).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
profile="${1:-raw}"
out="${2:-$(mktemp -d)}"
figures="$here/.venv/bin/figures"
python="$here/.venv/bin/python"
gold="${FIGURES_GOLD:-$here/../shared/eval/dev}"
score="${FIGURES_SCORE:-$here/../shared/eval/score.py}"
for set in ${FIGURES_SETS:-wad gtd noaa wikimpacts}; do
    "$figures" extract "$gold/$set.jsonl" -o "$out/$set.t.csv" -q
    "$figures" summarize "$gold/$set.jsonl" --profile "$profile" -o "$out/$set.s.csv" -q
    "$python" - "$gold/$set.jsonl" "$out/$set.t.csv" "$profile" "$out/$set.st.csv" <<'PY'
import json, sys
import pandas as pd
from figures.summary import summarize
gold, table, profile, out = sys.argv[1:]
texts = {d["doc_id"]: d["text"] for d in map(json.loads, open(gold, encoding="utf-8"))}
summarize(pd.read_csv(table, dtype={"doc_id": "string"}), profile=profile, texts=texts).to_csv(out, index=False)
PY
    echo "== $set ($profile, cli)"
    python3 "$score" "$gold/$set.jsonl" "$out/$set.t.csv" --summary "$out/$set.s.csv" | grep -E "recall_all|doc_total"
    echo "== $set ($profile, texts)"
    python3 "$score" "$gold/$set.jsonl" "$out/$set.t.csv" --summary "$out/$set.st.csv" | grep -E "doc_total.*summary"
done
echo "(tables in $out)"
