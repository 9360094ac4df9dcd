"""Agreement with an external dataset: the document totals of ``figures summarize`` against a table of
reported counts by id.

    python examples/agreement.py [--input REPORTS.jsonl] [--external COUNTS.csv] [--out FOLDER]

The external table (default: the invented fixtures/analysis/external_counts.csv)
has one row per report id and category: ``id``, ``category``, ``reported``.
Each of its rows is joined to the summary row of the same document and
category (profile ``raw``, or ``--profile``), and the script prints

- how many external rows have a figure in the summary, and how many do not
  (no such document, or no figure of that category in it);
- of those with one: how many agree exactly, how many within 10 %, and the
  median, mean and largest relative error ``|figures - reported| / reported``;

and writes ``agreement.csv``: every external row with ``value`` (the
summary's total), ``exact`` and ``relative_error`` (empty where there is no
figure to compare), and the summary's ``text`` (the words it came from), so
that each disagreement can be read at once.
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
EXTERNAL = ROOT / "fixtures" / "analysis" / "external_counts.csv"
KEEP = ("date", "outlet")
WITHIN = 0.10  # "close" in the printout: within 10 % of the reported count


def run_figures(argv: Sequence[str]) -> None:
    """``figures ARGV`` in this process; raises on a non-zero exit."""
    code = figures.cli.main(list(argv))
    if code != 0:
        raise SystemExit(f"figures {' '.join(argv)}: exit status {code}")


def read_summary(path: Path, kept: Sequence[str]) -> pd.DataFrame:
    """A ``figures summarize`` CSV with the dtypes it was written with (only an empty cell is missing)."""
    dtypes = {**SUMMARY_COLUMNS, **dict.fromkeys(kept, "string")}
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""])  # type: ignore[arg-type]


def compare(summary: pd.DataFrame, external: pd.DataFrame) -> pd.DataFrame:
    """Every external row with the summary's total for its document and category beside it."""
    ours = summary.astype({"category": "string"})[["doc_id", "category", "value", "unit", "text", *KEEP]]
    joined = external.merge(ours, how="left", left_on=["id", "category"], right_on=["doc_id", "category"])
    joined = joined.drop(columns="doc_id")
    found = joined["value"].notna()
    exact = (joined["value"] == joined["reported"]).where(found).astype("boolean")
    error = ((joined["value"] - joined["reported"]).abs() / joined["reported"]).where(found).astype("Float64")
    return joined.assign(exact=exact, relative_error=error.round(6))


def describe(table: pd.DataFrame) -> list[str]:
    """The printed figures of agreement."""
    found = table[table["value"].notna()]
    errors = found["relative_error"].astype(float)
    lines = [
        f"{len(table)} external counts; {len(found)} with a figure in the summary, "
        f"{len(table) - len(found)} without ({', '.join(table.loc[table['value'].isna(), 'id'])})",
    ]
    if len(found):
        exact = int(found["exact"].sum())
        close = int((errors <= WITHIN).sum())
        lines += [
            f"exact match: {exact} of {len(found)} ({exact / len(found):.1%})",
            f"within {WITHIN:.0%}: {close} of {len(found)} ({close / len(found):.1%})",
            f"relative error: median {errors.median():.4f}, mean {errors.mean():.4f}, largest {errors.max():.4f}",
        ]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, default=REPORTS, help="JSONL or CSV of reports")
    parser.add_argument("--external", type=Path, default=EXTERNAL, help="CSV with id, category, reported")
    parser.add_argument("--profile", default="raw", help="convention profile of the totals (default raw)")
    parser.add_argument("--out", type=Path, default=Path("analysis_output"), help="folder for the outputs")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    summary_csv = args.out / "summary.csv"
    keep = ",".join(KEEP)
    run_figures(["summarize", str(args.input), "--profile", args.profile, "--keep", keep, "-o", str(summary_csv), "-q"])
    summary = read_summary(summary_csv, KEEP)
    external = pd.read_csv(args.external, dtype={"id": "string", "category": "string", "reported": "Int64"})

    table = compare(summary, external)
    table.to_csv(args.out / "agreement.csv", index=False)
    print("\n".join(describe(table)))
    differ = table[table["exact"].fillna(True) == False]  # noqa: E712 - a nullable column
    for row in differ.itertuples():
        print(f"  {row.id} {row.category}: figures {row.value}, reported {row.reported} ({row.text!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
