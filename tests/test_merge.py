"""One row per figure across the extractors (figures.merge): the merge rules, the extractor choice, the seed article."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

import pytest

import figures
from figures.figure import Figure
from figures.merge import merge
from figures.pipeline import DEFAULT_EXTRACTORS, check_extractors, extract_figures

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Floods killed 254 people and injured another 1,228 in the north; 300 families fled their homes."


def fig(category: str, value: int, number: str, extractor: str, span: str | None = None) -> Figure:
    """A figure on TEXT: ``number`` is the number's words, ``span`` the whole mention (default: the number)."""
    n_start = TEXT.index(number)
    start = TEXT.index(span) if span else n_start
    end = start + len(span) if span else n_start + len(number)
    return Figure(
        category=category, value=value, low=value, high=value, qualifier="exact", unit="people",
        start=start, end=end, text=TEXT[start:end], number_start=n_start, number_end=n_start + len(number),
        trigger="", trigger_start=start, trigger_end=start, sentence_start=0, sentence_end=len(TEXT),
        extractor=extractor, rule="test",
    )  # fmt: skip


class MergeCase(NamedTuple):
    id: str
    pattern: tuple[Figure, ...]
    quantity: tuple[Figure, ...]
    expected: tuple[tuple[str, int | None, str], ...]  # (category, value, extractor) in output order


CASES_MERGE: tuple[MergeCase, ...] = (
    MergeCase(
        "same_figure_pattern_row_stands",
        (fig("killed", 254, "254", "pattern", "killed 254 people"),),
        (fig("killed", 254, "254", "quantity", "killed 254"),),
        (("killed", 254, "pattern"),),
    ),
    MergeCase(
        "overlapping_number_other_category_pattern_wins",
        (fig("killed", 254, "254", "pattern", "killed 254 people"),),
        (fig("affected", 254, "254 people", "quantity"),),
        (("killed", 254, "pattern"),),
    ),
    MergeCase(
        "quantity_number_inside_pattern_span_dropped",
        (fig("injured", 1228, "1,228", "pattern", "254 people and injured another 1,228"),),
        (fig("killed", 254, "254", "quantity", "killed 254"),),
        (("injured", 1228, "pattern"),),
    ),
    MergeCase(
        "new_figure_from_quantity_kept_in_text_order",
        (fig("displaced", 300, "300", "pattern", "300 families fled"),),
        (fig("killed", 254, "254", "quantity", "killed 254"),),
        (("killed", 254, "quantity"), ("displaced", 300, "pattern")),
    ),
    MergeCase(
        "shared_trigger_words_but_separate_numbers_both_kept",
        (fig("killed", 254, "254", "pattern", "killed 254 people and injured"),),
        (fig("injured", 1228, "1,228", "quantity", "injured another 1,228"),),
        (("killed", 254, "pattern"), ("injured", 1228, "quantity")),
    ),
    MergeCase(
        "overlapping_quantity_rows_longest_number_wins",
        (),
        (fig("killed", 254, "254", "quantity"), fig("killed", 254, "254 people", "quantity")),
        (("killed", 254, "quantity"),),
    ),
    MergeCase("nothing_from_either", (), (), ()),
    MergeCase(
        "pattern_only",
        (fig("killed", 254, "254", "pattern"), fig("injured", 1228, "1,228", "pattern")),
        (),
        (("killed", 254, "pattern"), ("injured", 1228, "pattern")),
    ),
)


@pytest.mark.parametrize("case", CASES_MERGE, ids=lambda c: c.id)
def test_merge_rules(case: MergeCase) -> None:
    merged = merge(case.pattern, case.quantity)
    assert [(f.category, f.value, f.extractor) for f in merged] == list(case.expected)


def test_merge_keeps_the_longest_number_row_itself() -> None:
    short, long = fig("killed", 254, "254", "quantity"), fig("killed", 254, "254 people", "quantity")
    assert merge([], [short, long]) == [long]
    assert merge([], [long, short]) == [long]


def test_merge_does_not_depend_on_input_order() -> None:
    rows = [fig("killed", 254, "254", "quantity"), fig("injured", 1228, "1,228", "quantity")]
    rows.append(replace(rows[0], category="affected"))
    assert merge([], rows) == merge([], rows[::-1])


EXTRACTOR_CHOICES = (
    pytest.param(("pattern",), ("pattern",), id="pattern"),
    pytest.param(["quantity"], ("quantity",), id="quantity_list"),
    pytest.param(("pattern", "quantity"), ("pattern", "quantity"), id="both"),
)


@pytest.mark.parametrize(("given", "expected"), EXTRACTOR_CHOICES)
def test_check_extractors(given: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert check_extractors(given) == expected


@pytest.mark.parametrize("given", [(), ("regex",), ("pattern", "spacy")], ids=["none", "unknown", "one_unknown"])
def test_check_extractors_rejects(given: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="extractors must be some of pattern, quantity"):
        check_extractors(given)


def test_default_is_both_extractors() -> None:
    assert DEFAULT_EXTRACTORS == ("pattern", "quantity")
    assert figures.DEFAULT_EXTRACTORS == DEFAULT_EXTRACTORS


# A sentence whose figure only the quantity extractor reads (see tests/test_quantity.py).
ONLY_QUANTITY = "Two staff members with Action Against Hunger were shot dead by unidentified armed individuals."


def test_extractor_choice_reaches_the_extractors() -> None:
    assert [(f.value, f.extractor) for f in extract_figures(ONLY_QUANTITY, ("quantity",))] == [(2, "quantity")]
    assert all(f.extractor == "pattern" for f in extract_figures(ONLY_QUANTITY, ("pattern",)))
    both = extract_figures(ONLY_QUANTITY, ("pattern", "quantity"))
    assert [f.value for f in both if f.category == "killed"] == [2]


SEED_ROWS = [
    ("killed", 254, "exact"),
    ("injured", 1228, "exact"),
    ("displaced", 32000, "more_than"),
    ("affected", 1500000, "exact"),
]


@pytest.mark.parametrize("extractors", [("pattern",), ("pattern", "quantity")], ids=["pattern", "both"])
def test_seed_article_gives_its_four_rows(extractors: tuple[str, ...]) -> None:
    text = (ROOT / "fixtures" / "libya_haftar_breitbart.txt").read_text(encoding="utf-8")
    df = figures.extract(text, "libya", extractors=extractors)
    rows = list(zip(df["category"], df["value"], df["qualifier"], strict=True))
    assert sorted(rows) == sorted(SEED_ROWS)
    assert set(df["extractor"]) == {"pattern"}
