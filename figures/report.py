"""The HTML report: one self-contained page showing every figure highlighted in its document.

The page carries its data as JSON and renders documents page by page in the
browser (``figures/data/report.js``), so thousands of documents open fast.
Nothing reaches the page as markup except what this module writes itself:
document text, ids and table cells travel inside the JSON and are put on the
page as text nodes, and a Content-Security-Policy lets only this module's own
script and style run.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import html
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pandas as pd
import regex

from figures.figure import CATEGORIES

__all__ = ["STYLES", "CategoryStyle", "qualifier_span", "render", "render_parts", "write"]


@dataclass(frozen=True, slots=True)
class CategoryStyle:
    """How one category looks: a colour, a line style and the text label shown beside each figure."""

    colour: str  # hex; Okabe-Ito hues, plus grey and black
    line: str  # solid | dashed | dotted: the second cue where two categories share a hue
    label: str  # always shown, so colour is never the only cue


# Okabe & Ito (2008), "Color Universal Design": eight hues told apart under the
# common colour-vision deficiencies. Twelve categories share them; where a hue
# repeats, the underline style differs, and every figure carries its label.
STYLES: Mapping[str, CategoryStyle] = MappingProxyType(
    {
        "killed": CategoryStyle("#D55E00", "solid", "killed"),  # vermillion
        "injured": CategoryStyle("#E69F00", "solid", "injured"),  # orange
        "casualties": CategoryStyle("#CC79A7", "solid", "casualties"),  # reddish purple
        "missing": CategoryStyle("#999999", "dotted", "missing"),  # grey
        "arrested": CategoryStyle("#999999", "solid", "arrested"),
        "kidnapped": CategoryStyle("#999999", "dashed", "kidnapped"),
        "displaced": CategoryStyle("#0072B2", "solid", "displaced"),  # blue
        "evacuated": CategoryStyle("#56B4E9", "solid", "evacuated"),  # sky blue
        "homeless": CategoryStyle("#009E73", "solid", "homeless"),  # bluish green
        "affected": CategoryStyle("#F0E442", "solid", "affected"),  # yellow
        "houses_destroyed": CategoryStyle("#000000", "solid", "houses destroyed"),
        "houses_damaged": CategoryStyle("#000000", "dashed", "houses damaged"),
    }
)
_UNKNOWN_STYLE = CategoryStyle("#999999", "dotted", "")  # a category from outside the contract, e.g. a CSV

PAGE_SIZE = 20  # documents per page: small enough to render in a few milliseconds
SUMMARY_PAGE_SIZE = 25
# Summary columns not shown as cells: spans become links to the figures, the profile goes in the caption.
_SUMMARY_AS_LINKS = frozenset(("start", "end", "rows", "other_rows", "profile"))
_CELL_LIMIT = 200  # summary cells longer than this are cut, the full text stays in the table itself

# Columns a table must have for anything to be drawn; the rest are shown when present.
_REQUIRED = ("doc_id", "category", "start", "end")
# Span pairs drawn inside each figure, as (start column, end column).
_SPANS = (("start", "end"), ("number_start", "number_end"), ("trigger_start", "trigger_end"))
# What the page gets of each row, in this order (offsets converted to UTF-16 code units).
_FIELDS = (
    "n",
    "category",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "start",
    "end",
    "number_start",
    "number_end",
    "trigger_start",
    "trigger_end",
    "qualifier_start",
    "qualifier_end",
    "trigger",
    "extractor",
    "rule",
    "source",
    "group",
    "cumulative",
    "negated",
    "modality",
    "part_of",
    "part_of_end",
    "place",
    "country",
    "admin1",
    "place_basis",
)
_OFFSETS = frozenset(
    ("start", "end", "number_start", "number_end", "trigger_start", "trigger_end", "qualifier_start", "qualifier_end")
)

# The words of a number expression that carry its qualifier ("more than" in
# "more than 32,000"): the table gives the qualifier but not where its words
# are, so the report finds them at the edge of the number for display only.
_QUALIFIER_WORDS = r"""
    (?:
        no \s+ (?:more|fewer|less) \s+ than               # no more than 10
      | (?:(?:well|just|slightly) \s+)? (?:more|fewer|less) \s+ than  # (well) more than 10
      | (?:(?:well|just) \s+)? (?:over|under|above|below)  # (just) over 10
      | at \s+ (?:least|most)                              # at least 10
      | up \s+ to                                          # up to 10
      | as \s+ (?:many|much|few|little) \s+ as             # as many as 10
      | upwards \s+ of | in \s+ excess \s+ of | close \s+ to  # upwards of 10
      | an? \s+ estimated | estimated                      # an estimated 10
      | nearly | almost | about | around | roughly | some   # about 10
      | approximately | approx\. | circa | ca\.            # approximately 10
      | between | from                                     # between 10 and 15
      | [~≈<>≤≥]                                           # ~10
    )
"""
_QUALIFIER_LEADING = regex.compile(
    rf"""
    \A {_QUALIFIER_WORDS}    # the qualifier opens the number expression
    (?= [\s\d] | \Z )        # and ends at a word boundary
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_QUALIFIER_TRAILING = regex.compile(
    rf"""
    (?<! \w ) {_QUALIFIER_WORDS}  # a whole qualifier phrase
    \s+ \Z                        # right before the number expression
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_ASTRAL = regex.compile(r"[\U00010000-\U0010FFFF]")  # two UTF-16 code units each in the browser
_SPAN_LIST = regex.compile(r"(\d+):(\d+)")  # the summary's 'start:end;start:end' lists of rows
JSON_SLICE = 1 << 20  # characters of a long text escaped and written at a time (a page's memory: issue 19)
JSON_ITEMS = 2000  # items of a long list (a long document's figures) escaped and written at a time
PAYLOAD_ROWS = 4096  # rows of the table read into Python objects at a time for the page's data
_JSON_UNSAFE = regex.compile(r"[<>&\u2028\u2029\ud800-\udfff]")  # see _json_for_script


def qualifier_span(number_text: str, before: str = "") -> tuple[int, int] | None:
    """Where the qualifier's words are, relative to the start of the number expression.

    ``before`` is the figure's text just before the number, for extractors
    whose number span leaves the qualifier out.

    >>> qualifier_span("more than 32,000")
    (0, 9)
    >>> qualifier_span("32,000", before="forced at least ")
    (-9, -1)
    >>> qualifier_span("some 300"), qualifier_span("300"), qualifier_span("someone")
    ((0, 4), None, None)
    """
    match = _QUALIFIER_LEADING.search(number_text)
    if match:
        return match.start(), match.end()
    match = _QUALIFIER_TRAILING.search(before)
    if match:
        words = match.group().rstrip()
        return match.start() - len(before), match.start() - len(before) + len(words)
    return None


def _utf16(text: str) -> Callable[[int], int]:
    """Python string index -> JavaScript string index (astral characters count twice there)."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect.bisect_left(astral, i)


def _plain(value: Any) -> Any:
    """A cell as a JSON-ready Python value (NA -> None, numpy scalars -> Python)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    return value


def _column(table: pd.DataFrame, name: str) -> list[Any]:
    if name not in table.columns:
        return [None] * len(table)
    return [_plain(v) for v in table[name].astype(object).tolist()]


def _offset(value: Any, row: int, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"row {row}: {name} must be a whole number, got {value!r}")
    return value


class _SpanIndex:
    """The page's rows at each span of a document, for the summary's links: (document, start, end) packed
    into one int, to the row's number (a list where rows share the span), and each row's category. A tuple
    key and a list of (row, category) pairs a figure were some 330 bytes a figure (issue 19, item 4).

    >>> index = _SpanIndex()
    >>> index.add(0, 0, 5, 9, "killed"); index.add(1, 0, 5, 9, "injured"); index.add(2, 1, 5, 9, "killed")
    >>> index.find(0, 5, 9), index.find(1, 5, 9), index.find(0, 5, 8), index.find(0, -1, 9)
    ([0, 1], [2], [], [])
    """

    __slots__ = ("categories", "rows")
    _BITS = 48  # an offset's bits in the key: a document of 281 million million characters

    def __init__(self) -> None:
        self.rows: dict[int, int | list[int]] = {}
        self.categories: list[str] = []  # by row number: rows are added in order

    def _key(self, doc: int, start: int, end: int) -> int | None:
        if not (0 <= start < 1 << self._BITS and 0 <= end < 1 << self._BITS):
            return None
        return (doc << 2 * self._BITS) | (start << self._BITS) | end

    def add(self, n: int, doc: int, start: int, end: int, category: str) -> None:
        self.categories.append(category)
        key = self._key(doc, start, end)
        if key is None:
            return
        found = self.rows.get(key)
        if found is None:
            self.rows[key] = n
        elif isinstance(found, int):
            self.rows[key] = [found, n]
        else:
            found.append(n)

    def find(self, doc: int, start: int, end: int) -> list[int]:
        key = self._key(doc, start, end)
        found = None if key is None else self.rows.get(key)
        return [] if found is None else [found] if isinstance(found, int) else found


def _doc_payload(table: pd.DataFrame, documents: Mapping[str, str]) -> tuple[list[dict[str, Any]], _SpanIndex]:
    """Documents with their rows, checked against the text; plus an index of spans for the summary links."""
    missing = [c for c in _REQUIRED if c not in table.columns]
    if missing:
        raise ValueError(
            f"the table has no column {', '.join(missing)} (columns: {', '.join(map(str, table.columns))})"
        )
    for doc_id, text in documents.items():
        if not isinstance(text, str):
            raise TypeError(f"document {doc_id!r}: text must be a str, not {type(text).__name__}")
    docs: list[dict[str, Any]] = [{"id": str(doc_id), "text": text, "figs": []} for doc_id, text in documents.items()]
    position = {str(doc_id): i for i, doc_id in enumerate(documents)}
    texts = [text for text in documents.values()]
    converters: dict[int, Callable[[int], int]] = {}
    spans = _SpanIndex()
    cols: dict[str, list[Any]] = {}
    for n in range(len(table)):
        if n % PAYLOAD_ROWS == 0:  # the table's values as Python objects a block of rows at a time
            block = table.iloc[n : n + PAYLOAD_ROWS]
            cols = {name: _column(block, name) for name in {*_FIELDS, "doc_id", "text"} - {"n"}}
            del block
        k = n % PAYLOAD_ROWS
        doc_id = cols["doc_id"][k]
        if doc_id is None or str(doc_id) not in position:
            raise ValueError(f"row {n}: document {doc_id!r} is in the table but not among the documents given")
        di = position[str(doc_id)]
        text = texts[di]
        row: dict[str, Any] = {name: cols[name][k] for name in _FIELDS if name != "n"}
        for first, last in _SPANS:
            a, b = _offset(row[first], n, first), _offset(row[last], n, last)
            if (a is None) != (b is None) or (a is not None and b is not None and not 0 <= a <= b <= len(text)):
                raise ValueError(
                    f"row {n} (document {doc_id!r}): {first}-{last} {a}-{b} is not a span of the text"
                    f" (length {len(text)})"
                )
            row[first], row[last] = a, b
        if row["start"] is None:
            raise ValueError(f"row {n} (document {doc_id!r}): no start/end")
        stated = cols["text"][k]
        if stated is not None and stated != text[row["start"] : row["end"]]:
            raise ValueError(
                f"row {n} (document {doc_id!r}): text {stated!r} differs from the document's"
                f" {text[row['start'] : row['end']]!r} at {row['start']}-{row['end']}"
            )
        row["qualifier_start"] = row["qualifier_end"] = None
        if row["number_start"] is not None and row["qualifier"] not in (None, "exact", "vague"):
            where = qualifier_span(
                text[row["number_start"] : row["number_end"]], before=text[row["start"] : row["number_start"]]
            )
            if where is not None:
                row["qualifier_start"] = row["number_start"] + where[0]
                row["qualifier_end"] = row["number_start"] + where[1]
        spans.add(n, di, row["start"], row["end"], str(row["category"]))
        to16 = converters.get(di)
        if to16 is None:  # made once a document (setdefault's default would scan the whole text for every row)
            to16 = converters[di] = _utf16(text)
        for name in _OFFSETS:
            if row[name] is not None:
                row[name] = to16(row[name])
        row["category"] = None if row["category"] is None else str(row["category"])
        row["extractor"] = None if row["extractor"] is None else str(row["extractor"])
        row["qualifier"] = None if row["qualifier"] is None else str(row["qualifier"])
        # its JSON now, not a list of its values: some 200 bytes a figure, not 600 (issue 19, item 4)
        docs[di]["figs"].append(_JSON(_json_for_script([n, *(row[name] for name in _FIELDS[1:])])))
    return docs, spans


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, list | tuple):
        value = ", ".join(str(_plain(v)) for v in value)
    text = str(value)
    return text if len(text) <= _CELL_LIMIT else text[: _CELL_LIMIT - 1] + "…"


def _summary_payload(summary: pd.DataFrame, documents: Mapping[str, str], spans: _SpanIndex) -> dict[str, Any]:
    """Summary rows as display strings, each with its document and the figures it was built from.

    A summary row names its figures by span: ``start``/``end`` (the principal
    row), ``rows`` (every row added into the total, ``start:end;...``) and
    ``other_rows`` (rows read but not added); each span that is a row of the
    table becomes a link to that figure.
    """
    missing = [c for c in ("doc_id", "category") if c not in summary.columns]
    if missing:
        raise ValueError(f"the summary has no column {', '.join(missing)}")
    position = {str(doc_id): i for i, doc_id in enumerate(documents)}
    cells = {str(c): summary[c].astype(object).tolist() for c in summary.columns}
    columns = [c for c in cells if c not in _SUMMARY_AS_LINKS]

    def figure(doc_id: str, category: str, start: Any, end: Any) -> int | None:
        start, end = _plain(start), _plain(end)
        if start is None or end is None:
            return None
        found = spans.find(position[doc_id], int(start), int(end))
        candidates = [n for n in found if spans.categories[n] == category] or found
        return candidates[0] if candidates else None

    def listed(doc_id: str, category: str, column: str, i: int) -> list[int]:
        value = _plain(cells[column][i]) if column in cells else None
        pairs = _SPAN_LIST.findall(str(value)) if value is not None else []
        return [n for a, b in pairs if (n := figure(doc_id, category, a, b)) is not None]

    rows = []
    for i in range(len(summary)):
        doc_id = str(_plain(cells["doc_id"][i]))
        if doc_id not in position:
            raise ValueError(f"summary row {i}: document {doc_id!r} is not among the documents given")
        category = str(_plain(cells["category"][i]))
        principal = (
            figure(doc_id, category, cells["start"][i], cells["end"][i]) if {"start", "end"} <= set(cells) else None
        )
        used = listed(doc_id, category, "rows", i)
        if principal is not None and principal not in used:
            used.insert(0, principal)
        others = [n for n in listed(doc_id, category, "other_rows", i) if n not in used]
        rows.append([*(_cell(cells[c][i]) for c in columns), position[doc_id], used, others])
    profiles = sorted({str(p) for p in summary["profile"].dropna()}) if "profile" in summary.columns else []
    return {"cols": columns, "rows": rows, "category": columns.index("category"), "profiles": profiles}


def _totals(table: pd.DataFrame, summary: pd.DataFrame | None) -> tuple[dict[str, float], str]:
    """Per-category totals for the chart, and what they are."""
    if summary is not None and "value" in summary.columns and len(summary):
        values = pd.to_numeric(summary["value"], errors="coerce")
        sums = values.groupby(summary["category"].astype(str), observed=True).sum(min_count=1)
        return {str(k): float(v) for k, v in sums.items() if pd.notna(v)}, "sum of the summary's value per category"
    counts = table["category"].astype(str).value_counts() if len(table) else pd.Series(dtype="int64")
    return {str(k): float(v) for k, v in counts.items()}, "number of figures (rows) per category"


def _ordered(categories: Sequence[str]) -> list[str]:
    known = [c for c in CATEGORIES if c in categories]
    return known + sorted(c for c in categories if c not in CATEGORIES)


def _style(category: str) -> CategoryStyle:
    style = STYLES.get(category)
    return style if style is not None else CategoryStyle(_UNKNOWN_STYLE.colour, _UNKNOWN_STYLE.line, category)


def _chart(totals: Mapping[str, float], what: str) -> str:
    """A horizontal bar chart as inline SVG: a bar, the label and the number for each category."""
    if not totals:
        return '<p class="empty">No figures to chart.</p>'
    cats = _ordered(list(totals))
    top = max(totals.values()) or 1.0
    label_w, bar_w, row_h = 140, 300, 22
    height = row_h * len(cats) + 4
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {label_w + bar_w + 110} {height}"'
        f' width="{label_w + bar_w + 110}" height="{height}" aria-labelledby="chart-title chart-desc">',
        f'<title id="chart-title">Totals per category: {html.escape(what)}</title>',
        '<desc id="chart-desc">'
        + html.escape("; ".join(f"{_style(c).label}: {totals[c]:,.0f}" for c in cats))
        + "</desc>",
    ]
    for i, cat in enumerate(cats):
        style, value = _style(cat), totals[cat]
        y = i * row_h + 2
        width = max(1.0, bar_w * value / top)
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{html.escape(style.label)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{width:.1f}" height="{row_h - 8}" fill="{style.colour}"'
            f' stroke="#000" stroke-width="0.5"{_DASH[style.line]}/>'
            f'<text x="{label_w + width + 6:.1f}" y="{y + 15}">{value:,.0f}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


_DASH = {"solid": "", "dashed": ' stroke-dasharray="4 2"', "dotted": ' stroke-dasharray="1 2"'}


def _countries(table: pd.DataFrame) -> str:
    """The per-country panel: documents and figures (rows) per country, and rows per category."""
    if "country" not in table.columns or not len(table):
        return ""
    country = table["country"].astype("string").fillna("unknown")
    categories = _ordered(sorted({str(c) for c in table["category"].dropna().astype(str)}))
    grid = pd.crosstab(country, table["category"].astype(str))
    counts: dict[str, dict[str, int]] = {
        str(name): {str(c): int(n) for c, n in row.items()} for name, row in grid.iterrows()
    }
    docs = {str(k): int(v) for k, v in table.groupby(country)["doc_id"].nunique().items()}
    head = "".join(f"<th scope='col'>{html.escape(_style(c).label)}</th>" for c in categories)
    rows = []
    totals = {name: sum(row.values()) for name, row in counts.items()}
    for name in sorted(counts, key=lambda c: (c == "unknown", -totals[c], c)):
        cells = "".join(f"<td>{counts[name].get(c, 0)}</td>" for c in categories)
        rows.append(
            f"<tr><th scope='row'>{html.escape(name)}</th><td>{docs[name]}</td><td>{totals[name]}</td>{cells}</tr>"
        )
    return (
        '<div class="panel wide" id="countries"><h2>Per country</h2>'
        '<p class="note">documents and figures (rows of the table) per country (ISO 3166-1 alpha-3; '
        "<code>figures summarize --by country</code> gives the totals)</p>"
        f"<table><thead><tr><th scope='col'>country</th><th scope='col'>documents</th>"
        f"<th scope='col'>figures</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _json_for_script(data: object) -> str:
    """JSON that can sit inside a <script> element and still parse to ``data``.

    ``<`` ``>`` ``&`` become \\u escapes, so neither ``</script>`` nor ``<!--``
    can end or change the element; U+2028/U+2029 and lone surrogates are
    escaped too, so the file is valid UTF-8 and any JavaScript engine reads it.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return str(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


class _JSON(str):
    """JSON text already made safe for the page (:func:`_json_for_script`): written as it is."""

    __slots__ = ()


def _json_parts(data: object, slice_chars: int = JSON_SLICE) -> Iterator[str]:
    """:func:`_json_for_script` of ``data`` in pieces that join to it: a dict a member at a time, a list
    of dicts (the documents) an item at a time, another list :data:`JSON_ITEMS` items at a time, a string
    longer than ``slice_chars`` a slice at a time, anything else whole. JSON escapes a character on its
    own, and so does the escaping here, so the pieces are escaped apart.

    >>> figs = [[n, "<killed>"] for n in range(2 * JSON_ITEMS + 1)]
    >>> data = {"docs": [{"id": "a", "text": "<b>" * 5}, {"id": "b", "figs": figs}], "n": 2.5, "e": []}
    >>> "".join(_json_parts(data, slice_chars=4)) == _json_for_script(data)
    True
    >>> made = {"docs": [{"id": "a", "figs": [_JSON(_json_for_script(f)) for f in figs]}]}
    >>> "".join(_json_parts(made)) == _json_for_script({"docs": [{"id": "a", "figs": figs}]})
    True
    """
    if isinstance(data, _JSON):
        yield data
    elif isinstance(data, list) and data and isinstance(data[0], _JSON):  # a document's figures, made ahead
        for start in range(0, len(data), JSON_ITEMS):
            yield ("," if start else "[") + ",".join(data[start : start + JSON_ITEMS])
        yield "]"
    elif isinstance(data, dict):
        yield "{"
        for i, (key, value) in enumerate(data.items()):
            yield ("," if i else "") + _json_for_script(str(key)) + ":"
            yield from _json_parts(value, slice_chars)
        yield "}"
    elif isinstance(data, list) and any(isinstance(item, dict) for item in data):
        yield "["
        for i, item in enumerate(data):
            if i:
                yield ","
            yield from _json_parts(item, slice_chars)
        yield "]"
    elif isinstance(data, list) and len(data) > JSON_ITEMS:  # a long document's figures
        yield "["
        for start in range(0, len(data), JSON_ITEMS):
            yield ("," if start else "") + _json_for_script(data[start : start + JSON_ITEMS])[1:-1]
        yield "]"
    elif isinstance(data, str) and len(data) > slice_chars:
        yield '"'
        for start in range(0, len(data), slice_chars):
            yield _json_for_script(data[start : start + slice_chars])[1:-1]
        yield '"'
    else:
        yield _json_for_script(data)


def _count(n: int, noun: str) -> str:
    """A count with its noun, plural when it is not one.

    >>> _count(1, "document"), _count(1178, "document")
    ('1 document', '1,178 documents')
    """
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def _asset(name: str) -> str:
    return resources.files("figures").joinpath("data", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _controls(categories: Sequence[str], extractors: Sequence[str], counts: Mapping[str, int]) -> str:
    boxes = []
    for i, cat in enumerate(categories):
        style = _style(cat)
        boxes.append(
            f'<label><input type="checkbox" data-filter="category" value="{html.escape(cat)}" checked>'
            f'<span class="sw cat-{i} line-{style.line}" aria-hidden="true"></span>'
            f'{html.escape(style.label)} <span class="count">({counts.get(cat, 0):,})</span></label>'
        )
    ext = [
        f'<label><input type="checkbox" data-filter="extractor" value="{html.escape(e)}" checked>'
        f"{html.escape(e)}</label>"
        for e in extractors
    ]
    return (
        '<section id="controls" aria-label="Filters">'
        "<fieldset><legend>Categories</legend>"
        + ("".join(boxes) or '<span class="empty">none found</span>')
        + "</fieldset>"
        "<fieldset><legend>Extractors</legend>" + ("".join(ext) or '<span class="empty">none</span>') + "</fieldset>"
        "<fieldset><legend>Documents</legend>"
        '<label for="search">Search text or id</label> <input type="search" id="search" autocomplete="off"'
        ' placeholder="word, phrase or document id">'
        '<label><input type="checkbox" id="only-figs"> only documents with a shown figure</label>'
        "</fieldset>"
        '<p class="keys">Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous figure, <kbd>Tab</kbd> also moves between'
        " figures, <kbd>[</kbd>/<kbd>]</kbd> previous/next page, <kbd>/</kbd> search, <kbd>Esc</kbd> close the"
        ' details. Marks: <b>bold</b> number, <i>italic</i> trigger word, <span class="qual-demo">overline</span>'
        " qualifier words; one underline per figure, stacked where figures overlap.</p>"
        "</section>"
    )


def render(
    table: pd.DataFrame,
    documents: Mapping[str, str],
    summary: pd.DataFrame | None = None,
    metadata: Mapping[str, Mapping[str, str | None]] | None = None,
) -> str:
    """The report as one self-contained HTML document.

    ``table`` is the figure table (``figures.table.COLUMNS``; at least
    doc_id, category, start and end), ``documents`` maps each doc_id to its
    text (documents without rows are shown too, in this order), ``summary``
    is the optional output of ``figures summarize`` (at least doc_id and
    category; its start/end link each row to the figure it came from).
    ``metadata`` (doc_id -> {field: value}, optional: the ``--keep`` fields)
    is shown under each document's id.
    Raises ValueError when a row does not fit its document.
    """
    return "".join(render_parts(table, documents, summary, metadata))


def render_parts(
    table: pd.DataFrame,
    documents: Mapping[str, str],
    summary: pd.DataFrame | None = None,
    metadata: Mapping[str, Mapping[str, str | None]] | None = None,
) -> Iterator[str]:
    """:func:`render`'s page in pieces, to be written one at a time: its data a document at a time, a
    long text a slice at a time (:func:`_json_parts`). The page held whole, its JSON and the escaped
    JSON were three copies of every text besides the pieces they were made of (issue 19, item 4).
    Everything is read and checked before the first piece: a ValueError comes before any."""
    docs, spans = _doc_payload(table, documents)
    if metadata:
        for doc in docs:
            shown = metadata.get(doc["id"], {})
            doc["meta"] = [[str(k), str(v)] for k, v in shown.items() if v is not None and v != ""]
    summary_data = None if summary is None else _summary_payload(summary, documents, spans)
    present = _ordered(sorted({str(c) for c in table["category"].dropna().astype(str)}))
    extractors = sorted({str(e) for e in table["extractor"].dropna().astype(str)}) if "extractor" in table else []
    counts = {str(k): int(v) for k, v in table["category"].astype(str).value_counts().items()} if len(table) else {}
    totals, what = _totals(table, summary)
    styles = {cat: [s.colour, s.line, s.label] for cat in present for s in [_style(cat)]}
    payload = {
        "cols": list(_FIELDS),
        "docs": docs,
        "styles": styles,
        "summary": summary_data,
        "pageSize": PAGE_SIZE,
        "summaryPageSize": SUMMARY_PAGE_SIZE,
    }
    css = _asset("report.css") + "".join(f".cat-{i}{{--c:{_style(cat).colour}}}" for i, cat in enumerate(present))
    script = _asset("report.js")
    for name, code, closer in (("report.js", script, "</script"), ("report.css", css, "</style")):
        if closer in code.lower():
            raise ValueError(f"{name} contains {closer}>, which would end its element early")
    policy = (
        "default-src 'none'; "
        f"script-src '{_sha256(script)}'; "
        f"style-src '{_sha256(css)}'; "
        "img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'"
    )
    n_docs, n_rows = len(documents), len(table)
    summary_html = (
        '<div id="summary"></div>'
        if summary_data is not None
        else '<p id="no-summary" class="empty">No summary table was given (it comes from'
        " <code>figures summarize</code>).</p>"
    )
    yield (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>figures report: {_count(n_docs, 'document')}, {_count(n_rows, 'figure')}</title>\n"
        f"<style>{css}</style>\n</head>\n<body>\n"
        f"<header><h1>Figures report</h1><p>{_count(n_docs, 'document')}, {_count(n_rows, 'figure')}.</p></header>\n"
        '<section id="overview" aria-label="Overview">'
        f'<div class="panel"><h2>Totals per category</h2><p class="note">{html.escape(what)}</p>'
        f"{_chart(totals, what)}</div>"
        f'<div class="panel wide"><h2>Summary</h2>{summary_html}</div>'
        f"{_countries(table)}"
        "</section>\n"
        f"{_controls(present, extractors, counts)}\n"
        '<p id="status" role="status" aria-live="polite"></p>\n'
        '<nav class="pager" id="pager-top" aria-label="Pages (top)"></nav>\n'
        '<main id="docs"></main>\n'
        '<nav class="pager" id="pager-bottom" aria-label="Pages (bottom)"></nav>\n'
        '<div id="tip" role="tooltip" hidden></div>\n'
        "<noscript><p>This report needs JavaScript to show the documents.</p></noscript>\n"
        '<script type="application/json" id="figures-data">'
    )
    yield from _json_parts(payload)
    yield f"</script>\n<script>{script}</script>\n</body>\n</html>\n"


def write(
    path: str | os.PathLike[str],
    table: pd.DataFrame,
    documents: Mapping[str, str],
    summary: pd.DataFrame | None = None,
    metadata: Mapping[str, Mapping[str, str | None]] | None = None,
) -> Path:
    """Render the report and write it to ``path`` through a temporary file, so no half-written report is left."""
    parts = render_parts(table, documents, summary, metadata)
    first = next(parts)  # everything read and checked: an error comes before any file is made
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(first)
            for part in parts:
                out.write(part)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
