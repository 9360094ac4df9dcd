"""Checking figures before use: the largest figures with their sentence and source, and the rows that
would change a total if added up naively.

    python examples/check_figures.py [--input REPORTS.jsonl] [--out FOLDER] [--top N]

Runs ``figures extract`` and ``figures summarize`` with ``--keep date,url,outlet``
on the reports (default: the invented ones in fixtures/analysis/) and writes

- ``largest.csv``: the ``--top`` (10) largest figures, each with the sentence
  it was read from, the body it is attributed to in the text (``source``,
  "the UN said") and the report's outlet, date and url: a large number is the
  first one to read again before it goes into a dataset;
- ``flagged.csv``: every row whose ``negated``, ``modality``, ``cumulative`` or
  ``part_of`` means it must not simply be added, with ``flag`` (which one),
  ``rows_sum`` (what adding up the document's rows of that category would
  give) and ``total`` (the document's total from ``summarize``, which sets
  those rows aside or uses the running total instead).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

import figures.cli
from figures import COLUMNS
from figures.summary import SUMMARY_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "fixtures" / "analysis" / "reports.jsonl"
KEEP = ("date", "url", "outlet")
# Why each kind of row must not be added as it stands.
FLAGS = {
    "negated": "says none: 0, not a count to add",
    "modality": "a possibility, not a confirmed count: set aside",
    "cumulative": "a running total: replaces the earlier counts of the same event, and other reports of it",
    "part_of": "a subset of another figure of the document (its children, civilians ...): already counted",
}


def run_figures(argv: Sequence[str]) -> None:
    """``figures ARGV`` in this process; raises on a non-zero exit."""
    code = figures.cli.main(list(argv))
    if code != 0:
        raise SystemExit(f"figures {' '.join(argv)}: exit status {code}")


def read_table(path: Path, columns: dict[str, object], kept: Sequence[str]) -> pd.DataFrame:
    """A figures CSV with the dtypes it was written with (only an empty cell is missing)."""
    dtypes = {**columns, **dict.fromkeys(kept, "string")}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])  # type: ignore[arg-type]


def read_texts(path: Path) -> dict[str, str]:
    """doc_id -> text of a JSONL or CSV of reports (the ids as figures reads them: doc_id, else id)."""
    if path.suffix.lower() == ".csv":
        records = pd.read_csv(path, dtype="string", keep_default_na=False).to_dict("records")
    else:
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
    texts = {}
    for line, record in enumerate(records, start=1):
        doc_id = record.get("doc_id") or record.get("id") or line
        texts[str(doc_id)] = record["text"]
    return texts


def sentences(table: pd.DataFrame, texts: dict[str, str]) -> list[str]:
    """Each row's sentence, cut from its document by ``sentence_start``/``sentence_end``."""
    return [
        texts[doc][int(a) : int(b)]
        for doc, a, b in zip(table["doc_id"], table["sentence_start"], table["sentence_end"], strict=True)
    ]


def largest(table: pd.DataFrame, texts: dict[str, str], top: int) -> pd.DataFrame:
    """The ``top`` largest figures (any category and unit), largest first, with sentence and source."""
    rows = table.dropna(subset=["value"]).sort_values("value", ascending=False, kind="stable").head(top)
    rows = rows.assign(sentence=sentences(rows, texts))
    return rows[["doc_id", "category", "value", "qualifier", "unit", "text", "sentence", "source", *KEEP]]


def flagged(table: pd.DataFrame, summary: pd.DataFrame) -> pd.DataFrame:
    """Rows that must not be added as they stand, with the naive sum of their document and category
    beside the document's total."""
    marks = pd.DataFrame(
        {
            "negated": table["negated"].fillna(False),
            "modality": table["modality"].notna(),
            "cumulative": table["cumulative"].fillna(False),
            "part_of": table["part_of"].notna(),
        }
    ).astype(bool)
    flag = marks.apply(lambda row: ",".join(name for name in FLAGS if row[name]), axis=1)
    rows = table.assign(flag=flag)[flag != ""]
    sums = table.groupby(["doc_id", "category"], observed=True)["value"].sum().rename("rows_sum")
    totals = summary.set_index(["doc_id", "category"])["value"].rename("total")
    rows = rows.join(sums, on=["doc_id", "category"]).join(totals, on=["doc_id", "category"])
    rows = rows.assign(why=rows["flag"].map(lambda f: "; ".join(FLAGS[name] for name in f.split(","))))
    return rows[["doc_id", "category", "value", "text", "flag", "modality", "rows_sum", "total", "why", *KEEP]]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, default=REPORTS, help="JSONL or CSV of reports")
    parser.add_argument("--out", type=Path, default=Path("analysis_output"), help="folder for the outputs")
    parser.add_argument("--top", type=int, default=10, help="how many of the largest figures (default 10)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    keep = ",".join(KEEP)
    run_figures(["extract", str(args.input), "--keep", keep, "-o", str(args.out / "figures.csv"), "-q"])
    run_figures(["summarize", str(args.input), "--keep", keep, "-o", str(args.out / "summary.csv"), "-q"])
    table = read_table(args.out / "figures.csv", COLUMNS, KEEP)
    summary = read_table(args.out / "summary.csv", SUMMARY_COLUMNS, KEEP)
    texts = read_texts(args.input)

    top = largest(table, texts, args.top)
    top.to_csv(args.out / "largest.csv", index=False)
    print(f"The {len(top)} largest figures: read each sentence before using the number")
    for record in top.to_dict("records"):
        said = f", according to {record['source']}" if pd.notna(record["source"]) else ""
        outlet = record["outlet"] if pd.notna(record["outlet"]) else "(no outlet)"
        print(f"  {record['value']:>9,} {record['category']:<16} {record['doc_id']} {outlet} {record['date']}{said}")
        print(f"            {record['sentence']}")

    rows = flagged(table, summary)
    rows.to_csv(args.out / "flagged.csv", index=False)
    print(f"\n{len(rows)} rows would change a total if added as they stand")
    for row in rows.itertuples():
        sums = f"rows add to {row.rows_sum}, total {row.total}"
        print(f"  {row.doc_id} {row.category:<8} {row.flag:<10} {row.text!r}: {sums}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
