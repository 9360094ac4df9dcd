"""Judged precision: draw figure rows at random into a judgement sheet, then score the filled sheets (issue 16).

    .venv/bin/python benchmarks/audit.py draw INPUT --seed S -n N [--stratify extractor|rule]
                                             [--figures FIGURES.csv] [--set NAME] [-o SHEET.csv]
    .venv/bin/python benchmarks/audit.py score SHEET.csv... [--input INPUT]... [--figures FIGURES.csv]...
                                              [--uncovered NEW_SHEET.csv]

The scorer's precision is a lower bound: gold sets do not label every figure, so
a row the gold lacks may still be right. Judged precision is the other way of
knowing: a person reads a random sample of rows, each in its sentence, and says
whether it is a real figure of the right category, value and qualifier.

``draw`` runs the default pipeline over INPUT (any input ``figures extract``
reads), or reads the rows of a ``figures extract`` CSV of it (``--figures``),
draws N rows with ``random.Random(seed)`` and writes a sheet, one row per
figure: the set (INPUT's file stem unless ``--set``), ``doc_id``, ``start``,
``end``, its category, value, qualifier, unit, extractor and rule, the figure's
text, its sentence with the figure marked ``[[ ]]`` (long sentences cut to
``CONTEXT`` characters either side, cuts shown by ``…``), an empty ``verdict``
and an empty ``note``. ``--stratify extractor`` (or ``rule``) draws from each
stratum in proportion to its size, with at least ``--min-per-stratum`` rows of
each (default 1) so a small stratum can be oversampled; the ``weight`` column
(stratum rows / rows drawn from it) then keeps the set's estimate unbiased.

``--carry OLD.csv`` fills the verdicts of rows an earlier judged sheet holds
unchanged (same ``doc_id``, span, category, value and qualifier), so a sheet
drawn after a change needs judging only where the rows changed.

A judge fills ``verdict`` with ``ok`` or one error class (``VERDICTS``); a blank
verdict is a row not judged yet and is left out.

``score`` prints, per set and per extractor, the judged precision (rows ok /
rows judged) with its 95% Wilson interval, and the count of each verdict. With
unequal weights (an oversampled stratum) the set's line is the weighted estimate
and its interval is Wilson's at Kish's effective sample size.

A sheet stays valid across commits: given ``--input`` (the same input, run
again now) or ``--figures`` (its CSV), the sheet's rows are matched to the new
run's by ``doc_id``, ``start`` and ``end``. Sheet rows the new run no longer
gives are counted as gone and left out of the precision; new-run rows the sheet
does not cover, or covers with another category, value or qualifier (the old
verdict no longer applies), are listed for judging and, with ``--uncovered``,
written as a sheet of their own to judge and pass to ``score`` beside the first.
"""

from __future__ import annotations

import argparse
import csv
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import pandas as pd

import figures
from figures.io import BadRecord, read_all

VERDICTS: tuple[str, ...] = (
    "ok",
    "not_a_figure",  # no count of victims or houses at all (a date, a distance, a name)
    "wrong_category",  # a real figure, but not of this category
    "wrong_value",  # the number read is not the figure's number
    "wrong_qualifier",  # exact where the text says "more than", and the like
    "duplicate",  # a second row for a figure another row of the document already gives
    "wrong_attachment",  # a real number linked to the wrong trigger or victims
    "other_event",  # a figure of another event, mentioned for comparison
)

SHEET_COLUMNS: tuple[str, ...] = (
    "set",
    "doc_id",
    "start",
    "end",
    "category",
    "value",
    "qualifier",
    "unit",
    "modality",  # (a row of another event is right when marked so: modality other_event)
    "extractor",
    "rule",
    "weight",
    "text",
    "sentence",
    "verdict",
    "note",
)

CONTEXT = 300  # characters of a long sentence kept either side of the figure
Z95 = 1.959963984540054  # the normal quantile of 0.975


def wilson(ok: float, n: float, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion ``ok / n`` (``n`` may be an effective, non-integer size).

    >>> [round(x, 4) for x in wilson(9, 10)]
    [0.5958, 0.9821]
    >>> wilson(0, 0)
    (0.0, 1.0)
    """
    if n <= 0:
        return 0.0, 1.0
    p = ok / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


# ------------------------------------------------------------------ draw


def read_texts(paths: Sequence[str]) -> dict[str, str]:
    """The documents of the inputs, by id; a bad record stops the audit (its sheet would be wrong)."""
    texts: dict[str, str] = {}
    for item in read_all(paths):
        if isinstance(item, BadRecord):
            raise SystemExit(f"audit: {item}")
        texts[item.doc_id] = item.text
    return texts


def run_rows(texts: dict[str, str]) -> pd.DataFrame:
    """The default pipeline's figure table of the documents."""
    return figures.extract_documents(texts.items())


def read_rows(path: str) -> pd.DataFrame:
    """A ``figures extract`` CSV, ids and spans read as they were written."""
    return pd.read_csv(path, dtype={"doc_id": str}, keep_default_na=False, na_values=[""])


def marked_sentence(text: str, row: pd.Series, context: int = CONTEXT) -> str:
    """The figure's sentence with the figure in ``[[ ]]``, one line, cut to ``context`` characters either side."""
    start, end = int(row["start"]), int(row["end"])
    s_start = int(row["sentence_start"]) if pd.notna(row.get("sentence_start")) else start
    s_end = int(row["sentence_end"]) if pd.notna(row.get("sentence_end")) else end
    s_start, s_end = min(s_start, start), max(s_end, end)
    left_cut, right_cut = max(s_start, start - context), min(s_end, end + context)
    marked = (
        ("…" if left_cut > s_start else "")
        + text[left_cut:start]
        + "[["
        + text[start:end]
        + "]]"
        + text[end:right_cut]
        + ("…" if right_cut < s_end else "")
    )
    return " ".join(marked.split())


def allocate(sizes: dict[str, int], n: int, minimum: int) -> dict[str, int]:
    """Rows to draw from each stratum: proportional to its size (largest remainders), at least ``minimum``.

    >>> allocate({"pattern": 90, "quantity": 10}, 20, 1)
    {'pattern': 18, 'quantity': 2}
    >>> allocate({"pattern": 90, "quantity": 10}, 20, 5)
    {'pattern': 15, 'quantity': 5}
    """
    if sum(sizes.values()) <= n:
        return dict(sizes)
    fixed: dict[str, int] = {}  # strata held at their minimum
    while True:
        free = {k: size for k, size in sizes.items() if k not in fixed}
        rest = n - sum(fixed.values())
        free_total = sum(free.values())
        shares = {k: rest * size / free_total for k, size in free.items()} if free_total else {}
        low = {k for k, share in shares.items() if share < min(minimum, sizes[k])}
        if not low:
            break
        fixed.update({k: min(minimum, sizes[k]) for k in low})
    out = dict(fixed) | {k: int(share) for k, share in shares.items()}
    left = n - sum(out.values())
    for k in sorted(shares, key=lambda k: (-(shares[k] - int(shares[k])), k))[:left]:
        out[k] += 1
    return {k: out[k] for k in sizes}


def draw_rows(rows: pd.DataFrame, n: int, seed: int, stratify: str | None, minimum: int = 1) -> pd.DataFrame:
    """``n`` rows drawn at random (``random.Random(seed)``), in document order, with their weights."""
    rows = rows.reset_index(drop=True)
    rng = random.Random(seed)
    if stratify is None:
        picked = sorted(rng.sample(range(len(rows)), min(n, len(rows))))
        out = rows.loc[picked].copy()
        out["weight"] = 1.0
        return out
    groups: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(rows[stratify].astype(str)):
        groups[key].append(index)
    counts = allocate({k: len(v) for k, v in sorted(groups.items())}, n, minimum)
    weight: dict[int, float] = {}
    for key in sorted(groups):
        for index in rng.sample(groups[key], counts[key]):
            weight[index] = len(groups[key]) / counts[key]
    picked = sorted(weight)
    out = rows.loc[picked].copy()
    mean = sum(weight.values()) / len(weight) if weight else 1.0
    out["weight"] = [round(weight[i] / mean, 6) for i in picked]
    return out


def sheet_of(rows: pd.DataFrame, texts: dict[str, str], set_name: str) -> pd.DataFrame:
    """The judgement sheet of drawn rows: ``SHEET_COLUMNS``, verdict and note empty."""
    records = []
    for _, row in rows.iterrows():
        doc = str(row["doc_id"])
        if doc not in texts:
            raise SystemExit(f"audit: document {doc!r} of the figures is not in the input")
        records.append(
            {
                "set": set_name,
                "doc_id": doc,
                "start": int(row["start"]),
                "end": int(row["end"]),
                "category": row["category"],
                "value": "" if pd.isna(row["value"]) else int(row["value"]),
                "qualifier": row["qualifier"],
                "unit": row["unit"],
                "modality": "" if pd.isna(row.get("modality")) else row.get("modality"),
                "extractor": row["extractor"],
                "rule": row["rule"],
                "weight": row.get("weight", 1.0),
                "text": row["text"],
                "sentence": marked_sentence(texts[doc], row),
                "verdict": "",
                "note": "",
            }
        )
    return pd.DataFrame.from_records(records, columns=list(SHEET_COLUMNS))


def write_sheet(sheet: pd.DataFrame, out: str | None) -> None:
    """The sheet as CSV, to ``out`` or standard output."""
    if out is None:
        sheet.to_csv(sys.stdout, index=False, quoting=csv.QUOTE_MINIMAL)
    else:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        sheet.to_csv(out, index=False, quoting=csv.QUOTE_MINIMAL)


def draw(args: argparse.Namespace) -> None:
    texts = read_texts([args.input])
    rows = read_rows(args.figures) if args.figures else run_rows(texts)
    set_name = args.set or Path(args.input).stem
    drawn = draw_rows(rows, args.n, args.seed, args.stratify, args.min_per_stratum)
    sheet = sheet_of(drawn, texts, set_name)
    carried = carry(sheet, pd.concat([read_sheet(path) for path in args.carry])) if args.carry else 0
    write_sheet(sheet, args.output)
    print(f"audit: {len(drawn)} of {len(rows)} rows of {set_name} drawn (seed {args.seed})", file=sys.stderr)
    if args.carry:
        print(f"audit: {carried} verdicts carried over, {len(sheet) - carried} rows to judge", file=sys.stderr)


def carry(sheet: pd.DataFrame, old: pd.DataFrame) -> int:
    """Fill ``sheet``'s verdicts and notes from judged rows of ``old`` that say the same; how many were filled."""
    judged: dict[Key, list[pd.Series]] = defaultdict(list)
    for _, row in old[old["verdict"] != ""].iterrows():
        judged[key_of(row)].append(row)
    filled = 0
    for index, row in sheet.iterrows():
        match = [old_row for old_row in judged.get(key_of(row), []) if _same(old_row, row)]
        if match:
            sheet.loc[index, ["verdict", "note"]] = [match[0]["verdict"], match[0].get("note", "")]
            filled += 1
    return filled


# ----------------------------------------------------------------- score


def read_sheet(path: str) -> pd.DataFrame:
    """A filled sheet; an unknown verdict is an error naming the file and line."""
    sheet = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in ("set", "doc_id", "start", "end", "extractor", "verdict") if c not in sheet.columns]
    if missing:
        raise SystemExit(f"audit: {path}: not a judgement sheet (no column {', '.join(missing)})")
    sheet["verdict"] = sheet["verdict"].str.strip()
    for index, verdict in enumerate(sheet["verdict"]):
        if verdict and verdict not in VERDICTS:
            raise SystemExit(f"audit: {path}:{index + 2}: unknown verdict {verdict!r} (one of {', '.join(VERDICTS)})")
    sheet["weight"] = pd.to_numeric(sheet.get("weight", pd.Series(["1"] * len(sheet))).replace("", "1"))
    return sheet


Key = tuple[str, int, int]


def key_of(row: pd.Series) -> Key:
    return str(row["doc_id"]), int(row["start"]), int(row["end"])


def _same(sheet_row: pd.Series, row: pd.Series) -> bool:
    """Whether a judged row still says what it said when judged (else the verdict no longer applies)."""
    for col in ("category", "value", "qualifier", "unit", "modality"):
        if col not in sheet_row.index:
            continue
        old, new = str(sheet_row[col]), "" if pd.isna(row[col]) else str(row[col])
        if col == "value" and old and new:
            old, new = str(int(float(old))), str(int(float(new)))
        if old != new:
            return False
    return True


class Coverage(NamedTuple):
    """How a sheet meets a new run of its set."""

    present: list[int]  # sheet row positions still given by the run, unchanged
    gone: list[int]  # sheet row positions the run no longer gives (or gives changed)
    uncovered: pd.DataFrame  # run rows no sheet row covers


def cover(sheet: pd.DataFrame, run: pd.DataFrame) -> Coverage:
    """Match the sheet's rows to a new run's rows by ``doc_id``, ``start`` and ``end``."""
    by_key: dict[Key, list[int]] = defaultdict(list)
    for pos, (_, row) in enumerate(sheet.iterrows()):
        by_key[key_of(row)].append(pos)
    present: set[int] = set()
    uncovered: list[int] = []
    for index, row in run.iterrows():
        match = [pos for pos in by_key.get(key_of(row), []) if _same(sheet.iloc[pos], row)]
        if match:
            present.update(match)
        else:
            uncovered.append(index)  # type: ignore[arg-type]
    gone = [pos for pos in range(len(sheet)) if pos not in present]
    return Coverage(sorted(present), gone, run.loc[uncovered])


def precision_line(label: str, judged: pd.DataFrame) -> str:
    """``label: ok/n = p [lo, hi]`` (weighted with Kish's effective size when the weights differ)."""
    n = len(judged)
    if n == 0:
        return f"{label}: no judged rows"
    ok = (judged["verdict"] == "ok").sum()
    weights = judged["weight"].astype(float)
    if weights.nunique() > 1:
        p = float((weights * (judged["verdict"] == "ok")).sum() / weights.sum())
        n_eff = float(weights.sum() ** 2 / (weights**2).sum())
        lo, hi = wilson(p * n_eff, n_eff)
        return f"{label}: {ok}/{n} ok, weighted {p:.3f} [{lo:.3f}, {hi:.3f}] (effective n {n_eff:.0f})"
    lo, hi = wilson(float(ok), float(n))
    return f"{label}: {ok}/{n} = {ok / n:.3f} [{lo:.3f}, {hi:.3f}]"


def report(sheet: pd.DataFrame) -> Iterator[str]:
    """The lines ``score`` prints for judged rows."""
    judged = sheet[sheet["verdict"] != ""]
    blank = len(sheet) - len(judged)
    if blank:
        yield f"({blank} rows not judged yet, left out)"
    for set_name, rows in judged.groupby("set", sort=True):
        yield precision_line(f"{set_name}", rows)
        for extractor, part in rows.groupby("extractor", sort=True):
            yield precision_line(f"  {set_name} / {extractor}", part)
        counts = Counter(rows["verdict"])
        yield "  verdicts: " + ", ".join(f"{v} {counts[v]}" for v in VERDICTS if counts[v])
    if judged["set"].nunique() > 1:
        yield precision_line("all sets (unweighted across sets)", judged.assign(weight=1.0))
        for extractor, part in judged.groupby("extractor", sort=True):
            yield precision_line(f"  all / {extractor}", part.assign(weight=1.0))
        counts = Counter(judged["verdict"])
        yield "  verdicts: " + ", ".join(f"{v} {counts[v]}" for v in VERDICTS if counts[v])


def uncovered_sheet(runs: Iterable[tuple[str, dict[str, str], pd.DataFrame]]) -> pd.DataFrame:
    frames = [sheet_of(rows.assign(weight=1.0), texts, name) for name, texts, rows in runs if len(rows)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(SHEET_COLUMNS))


def score(args: argparse.Namespace) -> None:
    sheet = pd.concat([read_sheet(path) for path in args.sheets], ignore_index=True)
    figures_csvs = list(args.figures or [])
    if figures_csvs and len(figures_csvs) != len(args.input or []):
        raise SystemExit("audit: give one --figures CSV for each --input")
    keep: list[int] = []
    fresh: list[tuple[str, dict[str, str], pd.DataFrame]] = []
    for i, path in enumerate(args.input or []):
        name = Path(path).stem
        texts = read_texts([path])
        run = read_rows(figures_csvs[i]) if figures_csvs else run_rows(texts)
        mine = sheet.index[sheet["set"] == name]
        coverage = cover(sheet.loc[mine].reset_index(drop=True), run.reset_index(drop=True))
        keep.extend(mine[coverage.present])
        gone = sheet.loc[mine[coverage.gone]]
        gone_judged = Counter(gone["verdict"].replace("", "(not judged)"))
        print(
            f"{name}: {len(coverage.present)} sheet rows still given, {len(gone)} gone or changed "
            f"({', '.join(f'{v} {c}' for v, c in sorted(gone_judged.items())) or 'none'}), "
            f"{len(coverage.uncovered)} of {len(run)} run rows not covered"
        )
        fresh.append((name, texts, coverage.uncovered))
    others = sheet.index[~sheet["set"].isin([Path(p).stem for p in args.input or []])]
    scored = sheet.loc[sorted(keep) + list(others)] if args.input else sheet
    for line in report(scored):
        print(line)
    if args.input:
        new = uncovered_sheet(fresh)
        if args.uncovered:
            write_sheet(new, args.uncovered)
            print(f"{len(new)} uncovered rows written to {args.uncovered} for judging")
        else:
            for _, row in new.head(args.list).iterrows():
                where = f"{row['set']} {row['doc_id']} {row['start']}-{row['end']}"
                print(f"to judge: {where} {row['category']} {row['value']}: {row['sentence']}")
            if len(new) > args.list:
                print(f"... {len(new) - args.list} more (write them all with --uncovered)")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    d = commands.add_parser("draw", help="draw rows at random into a judgement sheet")
    d.add_argument("input", help="a gold or input file that `figures extract` reads")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("-n", type=int, default=200, help="rows to draw (default 200)")
    d.add_argument("--stratify", choices=("extractor", "rule"))
    d.add_argument("--min-per-stratum", type=int, default=1)
    d.add_argument("--figures", help="a `figures extract` CSV of INPUT to draw from instead of running the pipeline")
    d.add_argument("--set", help="the set's name in the sheet (default: INPUT's file stem)")
    d.add_argument("--carry", action="append", help="a judged sheet of an earlier run: verdicts of rows unchanged")
    d.add_argument("-o", "--output", help="the sheet (default: standard output)")
    d.set_defaults(func=draw)
    s = commands.add_parser("score", help="judged precision of filled sheets")
    s.add_argument("sheets", nargs="+")
    s.add_argument("--input", action="append", help="match the sheets to a new run of this input (its stem = set)")
    s.add_argument("--figures", action="append", help="the new run's CSV, one per --input, in order")
    s.add_argument("--uncovered", help="write the new run's rows the sheets do not cover as a sheet")
    s.add_argument("--list", type=int, default=20, help="uncovered rows printed when not written (default 20)")
    s.set_defaults(func=score)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
