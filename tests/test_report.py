"""The HTML report without a browser: what goes into the page, escaping, checks on the input, atomic writes.

What the page does with it (highlights on the right words, keyboard, filters)
is tested in a real browser in test_report_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd
import pytest

import figures
from figures import report
from figures.figure import CATEGORIES, Figure
from figures.table import COLUMNS, empty_frame, to_frame

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "libya_haftar_breitbart.txt"
if not SEED.exists():  # before the fixture landed
    SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "libya_haftar_breitbart.txt"


def fig(
    text: str,
    phrase: str,
    category: str,
    value: int | None,
    qualifier: str = "exact",
    number: str | None = None,
    trigger: str | None = None,
    low: int | None = None,
    high: int | None = None,
    after: int = 0,
    **extra: Any,
) -> Figure:
    """A figure on the first ``phrase`` at or after ``after``; number and trigger are found inside it."""
    start = text.index(phrase, after)
    end = start + len(phrase)
    number = number if number is not None else phrase
    trigger = trigger if trigger is not None else phrase
    number_start = text.index(number, start, end)
    trigger_start = text.index(trigger, start, end)
    exact = qualifier == "exact"
    return Figure(
        category=category,
        value=value,
        low=value if exact and low is None else low,
        high=value if exact and high is None else high,
        qualifier=qualifier,
        unit="people",
        start=start,
        end=end,
        text=phrase,
        number_start=number_start,
        number_end=number_start + len(number),
        trigger=trigger,
        trigger_start=trigger_start,
        trigger_end=trigger_start + len(trigger),
        sentence_start=0,
        sentence_end=len(text),
        extractor="pattern",
        rule="test",
        **extra,
    )


def seed_table() -> tuple[pd.DataFrame, dict[str, str]]:
    """The seed article's four figures, placed by hand (each phrase read in the article)."""
    text = SEED.read_text(encoding="utf-8")
    who, un = "World Health Organization (WHO)", "U.N."
    rows = [
        fig(text, "killed 254 people", "killed", 254, number="254", trigger="killed", source=who),
        fig(text, "injured another 1,228", "injured", 1228, number="1,228", trigger="injured", source=who),
        fig(text, "affected 1.5 million people", "affected", 1_500_000, number="1.5 million", trigger="affected",
            source=un),
        fig(text, "forced more than 32,000 to flee", "displaced", 32_000, "more_than", number="more than 32,000",
            trigger="flee", low=32_000, source=un),
    ]  # fmt: skip
    return to_frame([("libya", rows)]), {"libya": text}


class Page(NamedTuple):
    """The parts of a rendered page the tests look at."""

    scripts: list[tuple[dict[str, str], str]]  # (attributes, content) of every <script>
    styles: list[str]
    policy: str
    data: dict[str, Any]


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.styles: list[str] = []
        self.policy = ""
        self._open: tuple[str, dict[str, str]] | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        if tag == "meta" and attributes.get("http-equiv") == "Content-Security-Policy":
            self.policy = attributes["content"]
        if tag in ("script", "style"):
            self._open, self._text = (tag, attributes), []

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[0]:
            content = "".join(self._text)
            if tag == "script":
                self.scripts.append((self._open[1], content))
            else:
                self.styles.append(content)
            self._open = None


def read_page(page: str) -> Page:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    data = [content for attrs, content in reader.scripts if attrs.get("id") == "figures-data"]
    assert len(data) == 1
    return Page(reader.scripts, reader.styles, reader.policy, json.loads(data[0]))


def figs_of(data: dict[str, Any], doc: int = 0) -> list[dict[str, Any]]:
    cols = data["cols"]
    return [dict(zip(cols, row, strict=True)) for row in data["docs"][doc]["figs"]]


def utf16_slice(text: str, start: int, end: int) -> str:
    """What a JavaScript string gives for text.slice(start, end)."""
    return text.encode("utf-16-le", "surrogatepass")[2 * start : 2 * end].decode("utf-16-le", "surrogatepass")


def one_figure_table(text: str, phrase: str, doc_id: str = "d") -> pd.DataFrame:
    return to_frame([(doc_id, [fig(text, phrase, "killed", 5, number="5", trigger="killed")])])


# --- escaping: documents are data, never markup --------------------------------------------------------------

CASES_HOSTILE = {
    "script element": "<script>window.pwned = 1</script> killed 5 people",
    "closing script first": "</script><script>window.pwned = 1</script> killed 5 people",
    "html comment": "<!-- <script> killed 5 people --> </script>",
    "event handler": '<img src=x onerror="window.pwned = 2"><b>bold</b> killed 5 people',
    "entities stay literal": "&lt;script&gt; &amp; &#60; killed 5 people",
    "line separators": "one\u2028two\u2029three killed 5 people",
    "lone surrogate": "bad \ud800 byte killed 5 people",
    "style element": "</style><style>body{display:none}</style> killed 5 people",
    "quotes and backslashes": '"\'\\"</ killed 5 people \\u003c',
}


@pytest.mark.parametrize("text", CASES_HOSTILE.values(), ids=CASES_HOSTILE.keys())
def test_document_text_reaches_the_page_only_as_json_data(text: str) -> None:
    page = report.render(one_figure_table(text, "killed 5 people"), {"d": text, "<b>id</b>": text})
    parsed = read_page(page)
    # Only our two scripts; the data one parses back to the exact texts and ids.
    assert [attrs.get("type") for attrs, _ in parsed.scripts] == ["application/json", None]
    assert parsed.scripts[1][1] == report._asset("report.js")
    assert [(d["id"], d["text"]) for d in parsed.data["docs"]] == [("d", text), ("<b>id</b>", text)]
    raw = next(content for attrs, content in parsed.scripts if attrs.get("id") == "figures-data")
    assert not set(raw) & {"<", ">", "&", "\u2028", "\u2029"}
    assert page.lower().count("<script") == 2 and page.lower().count("</script") == 2
    rest = page.replace(raw, "")  # the page around the data: nothing of the document may be in it
    assert not any(word in rest for word in ("pwned", "<img", "onerror", "display:none", "&lt;script", "\u2028"))
    page.encode("utf-8")  # a lone surrogate must not make the file unwritable


def test_csp_allows_exactly_our_script_and_style() -> None:
    table, docs = seed_table()
    parsed = read_page(report.render(table, docs))
    code = parsed.scripts[1][1]
    (css,) = parsed.styles

    def digest(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    rules = dict(rule.strip().split(" ", 1) for rule in parsed.policy.split(";"))
    assert rules["default-src"] == "'none'" and rules["connect-src"] == "'none'" and rules["img-src"] == "'none'"
    assert rules["script-src"] == digest(code)
    assert rules["style-src"] == digest(css)


CASES_JS_FORBIDDEN = {
    "innerHTML": "innerHTML",
    "outerHTML": "outerHTML",
    "insertAdjacentHTML": "insertAdjacentHTML",
    "document.write": "document.write",
    "eval": "eval(",
    "Function constructor": "Function(",
    "style attribute": 'setAttribute("style"',
    "network": "fetch(",
    "XMLHttpRequest": "XMLHttpRequest",
}


@pytest.mark.parametrize("needle", CASES_JS_FORBIDDEN.values(), ids=CASES_JS_FORBIDDEN.keys())
def test_report_script_never_turns_data_into_markup_or_reaches_out(needle: str) -> None:
    assert needle not in report._asset("report.js")


# --- what the page gets of each row ---------------------------------------------------------------------------


def test_seed_rows_reach_the_page_with_their_spans() -> None:
    table, docs = seed_table()
    text = docs["libya"]
    got = figs_of(read_page(report.render(table, docs)).data)
    assert [(f["n"], f["category"], f["value"], f["qualifier"], f["source"]) for f in got] == [
        (0, "killed", 254, "exact", "World Health Organization (WHO)"),
        (1, "injured", 1228, "exact", "World Health Organization (WHO)"),
        (2, "affected", 1_500_000, "exact", "U.N."),
        (3, "displaced", 32_000, "more_than", "U.N."),
    ]
    assert [text[f["start"] : f["end"]] for f in got] == list(table["text"])
    assert [text[f["number_start"] : f["number_end"]] for f in got] == ["254", "1,228", "1.5 million",
                                                                        "more than 32,000"]  # fmt: skip
    assert [text[f["trigger_start"] : f["trigger_end"]] for f in got] == ["killed", "injured", "affected", "flee"]
    displaced = got[3]
    assert text[displaced["qualifier_start"] : displaced["qualifier_end"]] == "more than"
    assert all(f["qualifier_start"] is None for f in got[:3])  # exact figures have no qualifier words
    assert (displaced["low"], displaced["high"]) == (32_000, None)


CASES_UTF16 = {
    "emoji before the figure": ("\U0001f525 Fire: 3 killed", "3 killed"),
    "two emoji before": ("\U0001f525\U0001f622 3 killed", "3 killed"),
    "emoji inside the figure": ("they killed \U0001f622 3 killed", "killed \U0001f622 3 killed"),
    "no astral characters": ("é ü 3 killed", "3 killed"),
}


@pytest.mark.parametrize(("text", "phrase"), CASES_UTF16.values(), ids=CASES_UTF16.keys())
def test_offsets_are_converted_to_javascript_string_indices(text: str, phrase: str) -> None:
    table = to_frame([("d", [fig(text, phrase, "killed", 3, number="3", trigger="killed")])])
    (got,) = figs_of(read_page(report.render(table, {"d": text})).data)
    assert utf16_slice(text, got["start"], got["end"]) == phrase
    assert utf16_slice(text, got["number_start"], got["number_end"]) == "3"
    assert utf16_slice(text, got["trigger_start"], got["trigger_end"]) == "killed"


CASES_QUALIFIER_WORDS = {
    "more than": ("more than 32,000", "", (0, 9)),
    "at least": ("at least 12", "", (0, 8)),
    "no fewer than": ("No fewer than 16", "", (0, 13)),
    "some": ("some 300", "", (0, 4)),
    "an estimated": ("an estimated 1,500", "", (0, 12)),
    "tilde": ("~300", "", (0, 1)),
    "between": ("between 10 and 15", "", (0, 7)),
    "before the number": ("32,000", "forced at least ", (-9, -1)),
    "plain number": ("300", "", None),
    "word that starts like one": ("someone", "", None),
    "overall is not over": ("overall 5", "", None),
    "word that ends like one": ("32,000", "whatsoever ", None),
}


@pytest.mark.parametrize(("number", "before", "expected"), CASES_QUALIFIER_WORDS.values(),
                         ids=CASES_QUALIFIER_WORDS.keys())  # fmt: skip
def test_qualifier_words_are_found_at_the_edge_of_the_number(
    number: str, before: str, expected: tuple[int, int] | None
) -> None:
    assert report.qualifier_span(number, before) == expected


def test_a_minimal_table_from_a_csv_is_enough() -> None:
    """Only doc_id, category, start and end; offsets as floats with gaps, as pandas reads a CSV."""
    text = "Floods: 12 dead, 30 missing."
    table = pd.DataFrame(
        {"doc_id": ["a", "a"], "category": ["killed", "missing"], "start": [8.0, 17.0], "end": [15.0, 27.0],
         "number_start": [8.0, float("nan")], "number_end": [10.0, float("nan")]}
    )  # fmt: skip
    got = figs_of(read_page(report.render(table, {"a": text})).data)
    assert [text[f["start"] : f["end"]] for f in got] == ["12 dead", "30 missing"]
    assert [(f["number_start"], f["trigger_start"], f["extractor"]) for f in got] == [
        (8, None, None),
        (None, None, None),
    ]


def test_documents_without_figures_are_shown_in_the_order_given() -> None:
    table = one_figure_table("killed 5", "killed 5", doc_id="second")
    data = read_page(report.render(table, {"first": "nothing here", "second": "killed 5", "third": ""})).data
    assert [(d["id"], len(d["figs"])) for d in data["docs"]] == [("first", 0), ("second", 1), ("third", 0)]


def test_an_empty_table_gives_a_page_with_no_figures() -> None:
    page = report.render(empty_frame(), {"a": "no figures"})
    assert "No figures to chart." in page and 'id="no-summary"' in page
    assert read_page(page).data["docs"] == [{"id": "a", "text": "no figures", "figs": []}]


# --- the input must fit together ------------------------------------------------------------------------------

TEXT = "Gunmen killed 5 people."


def _with(**changes: Any) -> pd.DataFrame:
    table = one_figure_table(TEXT, "killed 5 people")
    for column, value in changes.items():
        table[column] = pd.Series([value], dtype=COLUMNS.get(column, object))  # type: ignore[call-overload]
    return table


CASES_BAD_INPUT = {
    "row of an unknown document": (_with(doc_id="other"), {"d": TEXT}, ValueError, "'other' is in the table but not"),
    "span past the end": (_with(end=99), {"d": TEXT}, ValueError, "start-end 7-99 is not a span of the text"),
    "number span past the end": (_with(number_end=99), {"d": TEXT}, ValueError, "number_start-number_end"),
    "text that is not the span": (_with(text="killed 6 people"), {"d": TEXT}, ValueError, "differs from the document"),
    "half a span": (_with(trigger_end=None), {"d": TEXT}, ValueError, "trigger_start-trigger_end 7-None"),
    "no start column": (_with().drop(columns="start"), {"d": TEXT}, ValueError, "no column start"),
    "fractional offset": (_with().astype({"start": float}).assign(start=7.5), {"d": TEXT}, ValueError, "whole number"),
    "text that is not a str": (_with(), {"d": b"bytes"}, TypeError, "document 'd': text must be a str"),
}


@pytest.mark.parametrize(("table", "documents", "error", "message"), CASES_BAD_INPUT.values(),
                         ids=CASES_BAD_INPUT.keys())  # fmt: skip
def test_input_that_does_not_fit_gets_a_clear_error(
    table: pd.DataFrame, documents: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        report.render(table, documents)


# --- the summary and the chart --------------------------------------------------------------------------------


def test_summary_rows_link_to_the_figures_they_were_built_from() -> None:
    text = "Monday: 5 killed. Tuesday: another 3 killed. Officials said 8 killed in all. 2 children among them."
    rows = [
        fig(text, "5 killed", "killed", 5, number="5", trigger="killed"),
        fig(text, "another 3 killed", "killed", 3, number="3", trigger="killed"),
        fig(text, "8 killed", "killed", 8, number="8", trigger="killed"),
        fig(text, "2 children", "killed", 2, number="2", trigger="children"),
    ]
    table = to_frame([("d", rows)])
    summary = pd.DataFrame(
        [
            # a total built from rows 0 and 1, having read rows 2 and 3; principal span is row 0
            {"doc_id": "d", "category": "killed", "value": 8, "start": 8, "end": 16,
             "rows": "8:16;27:43", "other_rows": "60:68;77:87", "profile": "raw"},
            # a span that is no row of the table: the link goes to the document
            {"doc_id": "d", "category": "injured", "value": 1, "start": 0, "end": 6,
             "rows": None, "other_rows": None, "profile": "raw"},
        ]
    )  # fmt: skip
    data = read_page(report.render(table, {"d": text}, summary)).data["summary"]
    assert data["cols"] == ["doc_id", "category", "value"]  # spans become links, the profile goes to the caption
    assert data["profiles"] == ["raw"]
    assert data["rows"] == [["d", "killed", "8", 0, [0, 1], [2, 3]], ["d", "injured", "1", 0, [], []]]


def test_summary_from_figures_summarize_links_each_total_to_its_row() -> None:
    summarize = pytest.importorskip("figures.summary").summarize
    table, docs = seed_table()
    summary = summarize(table)
    data = read_page(report.render(table, docs, summary)).data
    links = {row[data["summary"]["category"]]: row[-2] for row in data["summary"]["rows"]}
    assert links == {"killed": [0], "injured": [1], "affected": [2], "displaced": [3]}


def test_summary_of_an_unknown_document_is_an_error() -> None:
    table, docs = seed_table()
    with pytest.raises(ValueError, match="summary row 0: document 'elsewhere'"):
        report.render(table, docs, pd.DataFrame({"doc_id": ["elsewhere"], "category": ["killed"]}))


def _chart_description(page: str) -> str:
    match = re.search(r'<desc id="chart-desc">(.*?)</desc>', page)
    assert match
    return match.group(1)


def test_chart_sums_the_summary_values_when_given_and_counts_rows_otherwise() -> None:
    table, docs = seed_table()
    assert _chart_description(report.render(table, docs)) == "killed: 1; injured: 1; displaced: 1; affected: 1"
    summary = pd.DataFrame(
        {"doc_id": ["libya"] * 3, "category": ["killed", "killed", "displaced"], "value": [254, 10, None]}
    )
    assert _chart_description(report.render(table, docs, summary)) == "killed: 264"


def test_no_summary_says_so() -> None:
    table, docs = seed_table()
    page = report.render(table, docs)
    assert 'id="no-summary"' in page and read_page(page).data["summary"] is None


# --- palette --------------------------------------------------------------------------------------------------

OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}


def test_every_category_has_a_label_and_a_colour_and_line_no_other_shares() -> None:
    assert set(report.STYLES) == set(CATEGORIES)
    looks = [(s.colour, s.line) for s in report.STYLES.values()]
    assert len(set(looks)) == len(looks)
    assert {s.colour for s in report.STYLES.values()} <= OKABE_ITO | {"#999999"}
    assert all(s.line in ("solid", "dashed", "dotted") and s.label for s in report.STYLES.values())


# --- writing --------------------------------------------------------------------------------------------------


def test_write_gives_the_rendered_page(tmp_path: Path) -> None:
    table, docs = seed_table()
    path = report.write(tmp_path / "report.html", table, docs)
    assert path.read_text(encoding="utf-8") == report.render(table, docs)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_write_that_fails_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old report", encoding="utf-8")
    table, _ = seed_table()
    with pytest.raises(ValueError):
        report.write(target, table, {"other": "text"})
    assert target.read_text(encoding="utf-8") == "old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_render_report_is_exported() -> None:
    assert figures.render_report is report.render
