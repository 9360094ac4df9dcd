"""Monthly totals per category (and per country, when the table has one), as CSV and as a chart.

    python examples/monthly_totals.py [--input REPORTS.jsonl] [--out FOLDER]

Runs ``figures summarize --keep date,url,outlet`` on the reports (default: the
invented ones in fixtures/analysis/), reads the summary back with its dtypes,
adds each document's total into the month of its ``date`` and writes

- ``summary.csv``: the summary, one row per document and category, with the
  kept fields;
- ``monthly_totals.csv``: month, category, unit, value (the sum of the
  documents' totals), documents (how many documents gave one);
- ``monthly_totals_by_country.csv``: the same per country, when there is a
  ``country`` column: the place column of the summary where the build has one,
  else the input records' own ``country`` field (kept with ``--keep``);
- ``monthly_totals.png``: one panel per category, a bar per month (needs
  matplotlib: ``pip install -e '.[plot]'``; skipped with a note without it).

A sum of document totals counts an event once per report of it: two articles
about one attack are added twice (see examples/check_figures.py, and
docs/analysis.md for what each column means for a total).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

import figures.cli
from figures.summary import SUMMARY_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "fixtures" / "analysis" / "reports.jsonl"
KEEP = ("date", "url", "outlet")
# Panels of the chart: the categories analysts report most, in this order.
CHART_CATEGORIES = ("killed", "injured", "kidnapped", "displaced")


def run_figures(argv: Sequence[str]) -> None:
    """``figures ARGV`` in this process; raises on a non-zero exit."""
    code = figures.cli.main(list(argv))
    if code != 0:
        raise SystemExit(f"figures {' '.join(argv)}: exit status {code}")


def read_summary(path: Path, kept: Sequence[str]) -> pd.DataFrame:
    """A ``figures summarize`` CSV with the dtypes it was written with; the kept fields as text.

    ``keep_default_na=False`` keeps a word like "NA" or "null" in a text cell as
    written: only an empty cell is missing.
    """
    dtypes = {**SUMMARY_COLUMNS, **dict.fromkeys(kept, "string")}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])  # type: ignore[arg-type]


def monthly(summary: pd.DataFrame, by: Sequence[str] = ()) -> pd.DataFrame:
    """Sum of the document totals per month (of ``date``), ``by`` columns, category and unit."""
    frame = summary.assign(month=pd.to_datetime(summary["date"], errors="coerce").dt.strftime("%Y-%m"))
    undated = frame["month"].isna()
    if undated.any():
        print(f"{undated.sum()} summary rows without a readable date left out", file=sys.stderr)
    keys = ["month", *by, "category", "unit"]
    grouped = frame[~undated].groupby(keys, observed=True, sort=True)
    table = grouped.agg(value=("value", "sum"), documents=("doc_id", "nunique")).reset_index()
    return table.astype({"value": "Int64", "documents": "Int64"})


def draw(table: pd.DataFrame, path: Path, categories: Sequence[str] = CHART_CATEGORIES) -> bool:
    """One bar panel per category (people only), months on the x axis; False when matplotlib is missing."""
    try:
        import matplotlib

        matplotlib.use("Agg")  # files only, no window
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[plot]'): no chart", file=sys.stderr)
        return False
    people = table[table["unit"] == "people"]
    months = sorted(people["month"].unique())
    shown = [c for c in categories if (people["category"] == c).any()]
    columns = 2
    rows = max(1, -(-len(shown) // columns))
    fig, axes = plt.subplots(rows, columns, figsize=(10, 3.2 * rows), squeeze=False)
    for ax, category in zip(axes.flat, shown, strict=False):
        values = people[people["category"] == category].set_index("month")["value"].reindex(months)
        heights = [0 if pd.isna(v) else int(v) for v in values]
        bars = ax.bar(months, heights, color="#0072B2" if category in ("displaced", "evacuated") else "#D55E00")
        # a month without a figure is "none found", not zero: marked with a dash
        ax.bar_label(bars, labels=["–" if pd.isna(v) else f"{int(v):,}" for v in values], fontsize=8, padding=2)
        ax.set_title(category)
        ax.set_ylabel("people")
        ax.margins(y=0.18)
        ax.tick_params(axis="x", labelrotation=0, labelsize=8)
        ax.yaxis.set_major_formatter(matplotlib.ticker.StrMethodFormatter("{x:,.0f}"))
    for ax in list(axes.flat)[len(shown) :]:
        ax.set_visible(False)
    fig.suptitle("People per month and category: sum of each report's total (figures summarize, profile raw)")
    fig.text(
        0.5,
        0.005,
        "– : no report gave a figure that month.  Reports of one event are each added.  "
        "Under the raw profile, displaced includes evacuated.",
        ha="center",
        va="bottom",
        fontsize=8,
        color="#444444",
    )
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return True


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, default=REPORTS, help="JSONL or CSV of reports with a date field")
    parser.add_argument("--out", type=Path, default=Path("analysis_output"), help="folder for the outputs")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    # A build with place columns has its own `country` (from the text); otherwise the records' field is kept.
    own_country = "country" in SUMMARY_COLUMNS
    kept = KEEP if own_country else (*KEEP, "country")
    summary_csv = args.out / "summary.csv"
    run_figures(["summarize", str(args.input), "--keep", ",".join(kept), "-o", str(summary_csv), "-q"])
    summary = read_summary(summary_csv, kept)

    totals = monthly(summary)
    totals.to_csv(args.out / "monthly_totals.csv", index=False)
    print(totals.to_string(index=False))

    if "country" in summary.columns and summary["country"].notna().any():
        where = "the summary's place column" if own_country else "the records' country field"
        by_country = monthly(summary.assign(country=summary["country"].fillna("(unknown)")), by=["country"])
        by_country.to_csv(args.out / "monthly_totals_by_country.csv", index=False)
        print(f"\nper country ({where}): {args.out / 'monthly_totals_by_country.csv'}")
    else:
        print("\nno country column: no per-country breakdown")

    if draw(totals, args.out / "monthly_totals.png"):
        print(f"chart: {args.out / 'monthly_totals.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
