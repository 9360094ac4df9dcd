"""The seed article, row by row, against an expected table written by reading it.

fixtures/libya_haftar_breitbart.expected.csv was written by hand from the
article's two figure sentences ("the fighting has killed 254 people and injured
another 1,228, according to the World Health Organization (WHO)"; "According to
the U.N., Haftar's offensive in Tripoli has affected 1.5 million people ... The
fighting has forced more than 32,000 to flee, it added."), not from our output.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import figures

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "libya_haftar_breitbart.txt"
EXPECTED = FIXTURES / "libya_haftar_breitbart.expected.csv"


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    return figures.extract(SEED.read_text(encoding="utf-8"), doc_id="libya_haftar_breitbart")


def test_seed_gives_exactly_the_expected_rows(table: pd.DataFrame) -> None:
    expected = pd.read_csv(EXPECTED, dtype=str, keep_default_na=False)
    got = table[list(expected.columns)].astype("string").fillna("")
    assert len(got) == len(expected), got.to_string()
    for (_, want), (_, row) in zip(expected.iterrows(), got.iterrows(), strict=True):
        assert row.to_dict() == want.to_dict()


def test_seed_spans_point_into_the_article(table: pd.DataFrame) -> None:
    text = SEED.read_text(encoding="utf-8")
    for row in table.itertuples():
        assert text[row.start : row.end] == row.text
        assert row.start == text.index(row.text)  # each phrase occurs once in the article
        assert text[row.number_start : row.number_end] in row.text
        assert text[row.trigger_start : row.trigger_end] == row.trigger
        assert row.sentence_start <= row.start < row.end <= row.sentence_end
        assert row.extractor == "pattern"


@pytest.mark.parametrize("distractor", ["July 25, 2017", "2011", "six of his loyalists", "two rival governments"])
def test_seed_distractors_are_not_figures(table: pd.DataFrame, distractor: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    at = text.index(distractor)
    assert not ((table["number_start"] < at + len(distractor)) & (table["number_end"] > at)).any()
