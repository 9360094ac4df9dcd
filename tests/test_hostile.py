"""Hostile text (issue 8): every adversarial shape of benchmarks/hostile.py, small, must extract cleanly.

Speed is measured by the benchmark, not here (no timed assertions); this pins
that each shape finishes, gives valid spans and is deterministic.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

from figures.pipeline import DEFAULT_EXTRACTORS, extract_figures

SPEC = importlib.util.spec_from_file_location(
    "hostile", Path(__file__).resolve().parents[1] / "benchmarks" / "hostile.py"
)
assert SPEC is not None and SPEC.loader is not None
hostile = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(hostile)
CASES_HOSTILE: dict[str, Callable[[int], str]] = hostile.CASES
SIZE = 5_000


@pytest.mark.parametrize("make", list(CASES_HOSTILE.values()), ids=list(CASES_HOSTILE))
def test_hostile_shape_extracts_cleanly(make: Callable[[int], str]) -> None:
    text = make(SIZE)
    assert len(text) >= 0.99 * SIZE
    first = extract_figures(text, DEFAULT_EXTRACTORS)
    assert extract_figures(text, DEFAULT_EXTRACTORS) == first
    for figure in first:
        assert text[figure.start : figure.end] == figure.text
        assert figure.start <= figure.number_start <= figure.number_end <= figure.end
