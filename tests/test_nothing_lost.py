"""Issue 19, a hostile tester's findings: nothing lost, nothing misread. One section per item."""

from __future__ import annotations

import csv
import io
import os
import stat
import threading
from pathlib import Path

import pytest

from figures.cli import main

SENTENCE = "The fighting has killed {n} people."


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


# ------------------------------------------- 1. -o never replaces what is not a regular file


def test_output_into_a_fifo_is_written_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE.format(n=12))
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "-o", str(fifo), "-f", "csv", "-j", "1"], capsys)
    reader.join(timeout=10)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a regular file"
    assert [row["value"] for row in csv_rows(received[0].decode())] == ["12"]


def test_output_through_a_symlink_updates_its_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE.format(n=7))
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "out.csv"
    target.write_text("old\n")
    link = tmp_path / "out.csv"
    link.symlink_to(target)
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "-o", str(link), "-j", "1"], capsys)
    assert code == 0, err
    assert link.is_symlink(), "the symbolic link was replaced by a regular file"
    assert [row["value"] for row in csv_rows(target.read_text())] == ["7"]
    assert not [p for p in (tmp_path / "real").iterdir() if p.name.endswith(".part")]


def test_errors_log_through_a_symlink_updates_its_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "docs.jsonl").write_text('{"text": 5}\n')
    target = tmp_path / "log.csv"
    link = tmp_path / "errors.csv"
    link.symlink_to(target)
    code, _, _ = run(["extract", str(tmp_path / "docs.jsonl"), "--on-error", "skip", "--errors", str(link)], capsys)
    assert code == 0
    assert link.is_symlink()
    assert "`text` is a number" in target.read_text()
