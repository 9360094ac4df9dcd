"""The audit tool (benchmarks/audit.py, issue 16): Wilson intervals, sheets that round-trip, rows left to judge."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pandas as pd
import pytest

SPEC = importlib.util.spec_from_file_location("audit", Path(__file__).resolve().parents[1] / "benchmarks" / "audit.py")
assert SPEC is not None and SPEC.loader is not None
audit = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(audit)

# Wilson's interval worked by hand, z = 1.959964 (z^2 = 3.841459):
#   9 of 10:    centre = (0.9 + 0.192073) / 1.384146 = 0.788987,
#               half = 1.416009 * sqrt(0.009 + 0.009604) = 1.416009 * 0.136395 = 0.193137
#   190 of 200: centre = (0.95 + 0.009604) / 1.019207 = 0.941520,
#               half = 1.923028 * sqrt(0.0002375 + 0.0000240) = 1.923028 * 0.016171 = 0.031097
#   0 of 5:     centre = 0.384146 / 1.768292 = 0.217241 = half, so [0, 0.434482]
CASES_WILSON = {
    "nine_of_ten": (9, 10, 0.595850, 0.982124),
    "190_of_200": (190, 200, 0.910422, 0.972617),
    "none_of_five": (0, 5, 0.0, 0.434482),
}


@pytest.mark.parametrize(("ok", "n", "low", "high"), list(CASES_WILSON.values()), ids=list(CASES_WILSON))
def test_wilson_matches_hand_computation(ok: int, n: int, low: float, high: float) -> None:
    lo, hi = audit.wilson(ok, n)
    assert lo == pytest.approx(low, abs=2e-5)
    assert hi == pytest.approx(high, abs=2e-5)


DOCS = {
    "a": "The storm killed 12 people in the north. Another 30 were injured when a wall fell.",
    "b": "Floods displaced more than 4,000 families. Two children drowned on Monday.",
    "c": "Police said three officers were wounded and 15 protesters were arrested.",
}


def write_docs(path: Path, docs: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps({"doc_id": k, "text": v}) + "\n" for k, v in docs.items()))
    return path


def test_sheet_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write_docs(tmp_path / "news.jsonl", DOCS)
    sheet_path = tmp_path / "sheet.csv"
    audit.main(["draw", str(src), "--seed", "3", "-n", "100", "-o", str(sheet_path)])
    sheet = pd.read_csv(sheet_path, dtype=str, keep_default_na=False)
    assert list(sheet.columns) == list(audit.SHEET_COLUMNS)
    assert set(sheet["set"]) == {"news"}
    assert (sheet["verdict"] == "").all()
    # every row's span is its text, and its sentence marks exactly that text
    for _, row in sheet.iterrows():
        text = DOCS[row["doc_id"]]
        assert text[int(row["start"]) : int(row["end"])] == row["text"]
        assert f"[[{row['text']}]]" in row["sentence"]
    killed = sheet[sheet["text"].str.contains("killed 12")]
    assert killed["sentence"].tolist() == ["The storm [[killed 12 people]] in the north."]
    # the same seed draws the same sheet
    again = tmp_path / "again.csv"
    audit.main(["draw", str(src), "--seed", "3", "-n", "100", "-o", str(again)])
    assert again.read_text() == sheet_path.read_text()
    # judge: all ok but one wrong value; one row left blank
    sheet["verdict"] = "ok"
    sheet.loc[0, "verdict"] = "wrong_value"
    sheet.loc[1, "verdict"] = ""
    sheet.to_csv(sheet_path, index=False)
    capsys.readouterr()
    audit.main(["score", str(sheet_path)])
    out = capsys.readouterr().out
    n = len(sheet) - 1
    lo, hi = audit.wilson(n - 1, n)
    assert "(1 rows not judged yet, left out)" in out
    assert f"news: {n - 1}/{n} = {(n - 1) / n:.3f} [{lo:.3f}, {hi:.3f}]" in out
    assert "verdicts: ok " + str(n - 1) + ", wrong_value 1" in out


def test_draw_samples_without_replacement_and_in_order(tmp_path: Path) -> None:
    src = write_docs(tmp_path / "news.jsonl", DOCS)
    out = tmp_path / "s.csv"
    audit.main(["draw", str(src), "--seed", "1", "-n", "2", "-o", str(out)])
    sheet = pd.read_csv(out, dtype={"doc_id": str})
    assert len(sheet) == 2
    assert not sheet.duplicated(["doc_id", "start", "end", "category"]).any()


def test_unknown_verdict_names_file_and_line(tmp_path: Path) -> None:
    src = write_docs(tmp_path / "news.jsonl", DOCS)
    sheet_path = tmp_path / "sheet.csv"
    audit.main(["draw", str(src), "--seed", "3", "-n", "3", "-o", str(sheet_path)])
    sheet = pd.read_csv(sheet_path, dtype=str, keep_default_na=False)
    sheet.loc[1, "verdict"] = "fine"
    sheet.to_csv(sheet_path, index=False)
    with pytest.raises(SystemExit, match=r"sheet\.csv:3: unknown verdict 'fine'"):
        audit.main(["score", str(sheet_path)])


def test_uncovered_rows_of_a_new_run_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = write_docs(tmp_path / "news.jsonl", DOCS)
    sheet_path = tmp_path / "sheet.csv"
    audit.main(["draw", str(old), "--seed", "3", "-n", "100", "-o", str(sheet_path)])
    sheet = pd.read_csv(sheet_path, dtype=str, keep_default_na=False)
    sheet["verdict"] = "ok"
    # a verdict on a row whose value has since changed no longer applies
    first = sheet.index[sheet["text"] == "killed 12 people"][0]
    sheet.loc[first, "value"] = "13"
    sheet.loc[first, "verdict"] = "wrong_value"
    sheet.to_csv(sheet_path, index=False)
    # the new run: document "c" is gone, a document "d" is new
    new_docs = {k: v for k, v in DOCS.items() if k != "c"}
    new_docs["d"] = "At least 7 people died in the fire."
    new_dir = tmp_path / "new"
    new_dir.mkdir()
    new = write_docs(new_dir / "news.jsonl", new_docs)
    left = tmp_path / "left.csv"
    capsys.readouterr()
    audit.main(["score", str(sheet_path), "--input", str(new), "--uncovered", str(left)])
    out = capsys.readouterr().out
    from_c = (sheet["doc_id"] == "c").sum()
    assert f"{len(sheet) - from_c - 1} sheet rows still given, {from_c + 1} gone or changed" in out
    todo = pd.read_csv(left, dtype=str, keep_default_na=False)
    assert sorted(zip(todo["doc_id"], todo["text"], strict=True)) == [
        ("a", "killed 12 people"),
        ("d", "At least 7 people died"),
    ]
    # the gone and changed rows are out of the precision: every row still given was ok
    kept = len(sheet) - from_c - 1
    assert f"news: {kept}/{kept} = 1.000" in out


def test_carry_fills_verdicts_of_unchanged_rows(tmp_path: Path) -> None:
    src = write_docs(tmp_path / "news.jsonl", DOCS)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    audit.main(["draw", str(src), "--seed", "5", "-n", "100", "-o", str(first)])
    sheet = pd.read_csv(first, dtype=str, keep_default_na=False)
    sheet["verdict"] = ["ok" if i % 2 else "not_a_figure" for i in range(len(sheet))]
    changed = sheet.index[sheet["text"] == "killed 12 people"][0]
    sheet.loc[changed, "qualifier"] = "more_than"  # judged when it read otherwise: not carried
    sheet.to_csv(first, index=False)
    audit.main(["draw", str(src), "--seed", "5", "-n", "100", "--carry", str(first), "-o", str(second)])
    again = pd.read_csv(second, dtype=str, keep_default_na=False)
    expected = sheet["verdict"].where(sheet.index != changed, "")
    assert again["verdict"].tolist() == expected.tolist()
