"""Issue 19, item 11: a distribution name that is not someone else's, install hints that work from a clone."""

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
    wrong = re.compile(r"pip install (?:-U |--upgrade )?['\"]?figures\b")
    files = [ROOT / "README.md", *ROOT.glob("docs/*.md"), *ROOT.glob("figures/*.py"), *ROOT.glob("benchmarks/*")]
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in files
        if path.is_file()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if wrong.search(line) or "figures[dask]" in line
    ]
    assert found == []
