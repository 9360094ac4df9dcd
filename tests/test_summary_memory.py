"""Issue 19, item 4: the summary of one long document holds little more than its rows.

``figures summarize`` gives ``summary.summarize_rows`` a document's rows as columns
(figures.rows.Columns), read a segment at a time. What the rules then make of them is
traced here, on invented text dense with figures: at 0fc18fb every category's mentions
lived till the last total was made, each row's start kept a set of its own, and every
rival report or detail (one figure, most) kept three sets: some 700 bytes a row at the
peak; now under 200 (benchmarks/README.md, session 9).
"""

from __future__ import annotations

import pytest
from memory_peak import traced_peak
from test_nothing_lost import long_text

from figures import summary
from figures.pipeline import extract_figures
from figures.rows import Columns
from figures.table import to_frame


def traced(text: str, profile: str) -> tuple[int, int]:
    """Traced peak bytes of summarizing one document's rows as ``figures summarize`` does, and its rows.
    The text and its rows are made before tracing starts: they are the extraction's, not the summary's."""
    columns = Columns(summary.NEEDED_COLUMNS + summary.OPTIONAL_COLUMNS)
    columns.add("long", extract_figures(text))
    by_doc: dict[str, list[object]] = {"long": list(columns.rows())}
    peak = traced_peak(lambda: summary.summarize_rows(by_doc, profile, texts={"long": text}))  # type: ignore[arg-type]
    return peak, columns.size


@pytest.mark.parametrize("profile", ["raw", "ucdp", "wad"])
def test_summary_of_a_long_document_holds_little_more_than_its_rows(profile: str) -> None:
    traced(long_text(20), profile)  # first use: patterns compiled, profiles read
    short, long = long_text(100), long_text(300)
    low, low_rows = traced(short, profile)
    high, high_rows = traced(long, profile)
    assert high_rows == 3 * low_rows > 150  # five short paragraphs, each a figure or more every 40 characters
    per_row = (high - low) / (high_rows - low_rows)
    assert per_row < 300, f"{per_row:.0f} more bytes at the peak for each row more (about 700 at 0fc18fb)"


def test_a_made_total_keeps_spans_of_the_rows_it_did_not_add() -> None:
    # invented: a first report of the dead, then a later one; the first is kept only as where it is
    text = "Floods killed 12 people on Monday. Officials later said 15 people died."
    columns = Columns(summary.NEEDED_COLUMNS + summary.OPTIONAL_COLUMNS)
    columns.add("a", extract_figures(text))
    total, read = summary.document_totals(columns.rows(), summary.get_profile("raw"), text)["killed"]
    assert read == 2 and total.value == 15
    assert [text[m.start : m.end] for m in total.parts] == ["15 people died"]
    assert total.others == (summary.Span(7, 23),) and text[7:23] == "killed 12 people"
    row = summary.summarize_rows({"a": columns.rows()}, "raw", {"a": text}).iloc[0]  # type: ignore[dict-item]
    assert (row["rows"], row["other_rows"]) == ("56:70", "7:23") and text[56:70] == "15 people died"


def test_summary_of_a_table_holds_its_integers_in_arrays_and_each_repeated_string_once() -> None:
    # `summarize(table)` (the library's call, and `figures report`'s): at 0fc18fb each column became a
    # list of new Python objects, an int (32 bytes) or a string (50 and more) a value: 1,391 more bytes at
    # the peak for each row more; now integer columns are arrays and a repeated string one object: 527
    def peak(text: str) -> tuple[int, int]:
        table = to_frame([("long", extract_figures(text))])
        return traced_peak(lambda: summary.summarize(table, texts={"long": text})), len(table)

    peak(long_text(20))
    (low, low_rows), (high, high_rows) = peak(long_text(100)), peak(long_text(300))
    per_row = (high - low) / (high_rows - low_rows)
    assert per_row < 1000, f"{per_row:.0f} more bytes at the peak for each row more (1,391 at 0fc18fb)"
