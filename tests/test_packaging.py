"""Issue 19, items 10 and 11: a README for users, a distribution name that is not someone else's,
install hints that work from a clone."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_distribution_name_is_ours_and_the_command_is_figures() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    # `figures` on PyPI is an unrelated package (pip index versions figures: 0.1.2 ... 0.4.4)
    assert project["name"] == "casualty-figures"
    assert project["scripts"] == {"figures": "figures.cli:main"}


def test_every_install_hint_works_from_a_clone() -> None:
    # `pip install figures` or 'figures[dask]' would fetch the unrelated PyPI package
    EXTRA = re.compile(r"figures\[(?:dask|plot|test)\]")
    wrong = re.compile(r"pip install (?:-U |--upgrade )?['\"]?figures\b")
    files = [ROOT / "README.md", *ROOT.glob("docs/*.md"), *ROOT.glob("figures/*.py"), *ROOT.glob("benchmarks/*")]
    files += [*ROOT.glob("examples/*.py"), *ROOT.glob("tests/*.py")]
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in files
        if path.is_file()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if (wrong.search(line) or EXTRA.search(line)) and path.name != "test_packaging.py"
    ]
    assert found == []


README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_has_what_a_user_needs_and_not_the_history() -> None:
    headings = re.findall(r"^## (.+)$", README, re.M)
    for needed in ("Set up", "Usage", "Options", "Exit status", "Bad input: what you see", "Output columns", "Limits"):
        assert needed in headings, needed
    assert "Use in analysis" in headings  # a place for that section
    assert len(README.encode()) < 30_000  # was 37 KB, half of it measurements and history
    for history in ("Quality on the development gold sets", "Hostile text", "Large batches"):
        assert history not in headings, history


def test_readme_names_no_file_outside_the_repository() -> None:
    assert "../" not in README
    assert "/work/" not in README
    for path in re.findall(r"\b((?:docs|benchmarks|fixtures|figures|tests)/[\w./-]+\.\w+)", README):
        assert (ROOT / path).exists(), path


def test_readme_test_command_is_what_ci_runs() -> None:
    commands = re.findall(r"^python3 -m venv \.venv && .*$", README, re.M)
    assert len(commands) == 2
    assert "figures extract fixtures/" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci


def test_readme_bad_input_table_has_the_issue_19_rows() -> None:
    table = README[README.index("## Bad input: what you see") : README.index("## Output columns")]
    for words in (
        "`-o out.fifo`",  # 1
        "is a symbolic link",  # 1
        "12345678901234567890",  # 2
        "doc_id 'nigeria' is used again",  # 3
        "the page shows the first 2,418 documents",  # 4
        "figures: error: hangup",  # 5
        "looks like JSON lines",  # 6
        "a table of figures (the output of `figures extract`",  # 7
        "only the .txt files are read; skipped",  # 8
        "column 'text' holds int 17, not a string",  # 9
    ):
        assert words in table, words


def test_readme_extract_and_summarize_examples_are_real_output() -> None:
    # (the extract example had lost the place columns issue 18 added: docs that show real output stay so)
    import subprocess
    import sys

    for command in (
        "figures extract fixtures/libya_haftar_breitbart.txt",
        "figures summarize fixtures/libya_haftar_breitbart.txt --profile acled",
    ):
        block = README.split(f"$ {command}\n", 1)[1].split("\nfigures: 1 document", 1)[0]
        run = subprocess.run(
            [sys.executable, "-m", "figures", *command.split()[1:], "-q"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        assert run.stdout.replace("\r\n", "\n").rstrip("\n") == block, command
