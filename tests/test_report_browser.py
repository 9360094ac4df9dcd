"""The HTML report in a real browser: Debian's headless Chromium, driven by Playwright.

Checks what only a browser can: every highlight sits on its words, hostile
documents run nothing, no console errors, no network, keyboard and links work.
Needs /usr/bin/chromium (``.ci/install-browser.sh`` installs it) and the
``playwright`` package; Playwright's own browser download is never used.
"""

from __future__ import annotations

import importlib
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import figures
from figures import report
from figures.figure import Figure
from figures.table import to_frame

CHROMIUM = os.environ.get("FIGURES_CHROMIUM", "/usr/bin/chromium")
# CI sets FIGURES_REQUIRE_BROWSER=1 after .ci/install-browser.sh, so a missing browser fails there, never skips.
REQUIRED = os.environ.get("FIGURES_REQUIRE_BROWSER") == "1"
sync_api: Any
try:
    sync_api = importlib.import_module("playwright.sync_api")
except ImportError:
    sync_api = None
MISSING = (
    f"no Chromium at {CHROMIUM}: run .ci/install-browser.sh (Debian packages chromium, chromium-driver)"
    if not shutil.which(CHROMIUM)
    else "the playwright package is not installed (pip install -e '.[test]')"
    if sync_api is None
    else None
)
if MISSING and REQUIRED:
    raise RuntimeError(f"FIGURES_REQUIRE_BROWSER=1 but {MISSING}")
if MISSING:
    pytest.skip(MISSING, allow_module_level=True)

# As root and on a closed network: no sandbox, and no background calls home.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "libya_haftar_breitbart.txt"
if not SEED.exists():  # before the fixture landed
    SEED = ROOT.parent / "shared" / "seeds" / "libya_haftar_breitbart.txt"


def fig(text: str, phrase: str, category: str, value: int, number: str, trigger: str, **extra: Any) -> Figure:
    """An exact figure on the first ``phrase`` (at or after ``after``), number and trigger found inside it."""
    start = text.index(phrase, extra.pop("after", 0))
    end = start + len(phrase)
    number_start = text.index(number, start, end)
    trigger_start = text.index(trigger, start, end)
    qualifier = extra.pop("qualifier", "exact")
    low, high = extra.pop("low", value), extra.pop("high", value)
    return Figure(category, value, low, high, qualifier, "people", start, end, phrase, number_start,
                  number_start + len(number), trigger, trigger_start, trigger_start + len(trigger), 0, len(text),
                  extra.pop("extractor", "pattern"), "test", **extra)  # fmt: skip


def seed_rows(text: str) -> list[Figure]:
    """The seed article's four figures, each phrase read in the article."""
    who, un = "World Health Organization (WHO)", "U.N."
    return [
        fig(text, "killed 254 people", "killed", 254, "254", "killed", source=who),
        fig(text, "injured another 1,228", "injured", 1228, "1,228", "injured", source=who),
        fig(text, "affected 1.5 million people", "affected", 1_500_000, "1.5 million", "affected", source=un),
        fig(text, "forced more than 32,000 to flee", "displaced", 32_000, "more than 32,000", "flee",
            qualifier="more_than", high=None, source=un),
    ]  # fmt: skip


HOSTILE = (
    'Attack <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> gunmen killed 5 people. '
    "</script><script>window.__pwned = 3</script><!-- <b>bold</b> --> &lt;i&gt; \u2028 line \u2029 end"
)
OVERLAP = "Gunmen killed 12 people, including 5 children, and wounded 30 in the market."
EMOJI = "\U0001f525\U0001f525 Fire: 3 killed \U0001f622 and 1,200 displaced"


def hand_made() -> tuple[pd.DataFrame, dict[str, str]]:
    seed = SEED.read_text(encoding="utf-8")
    docs = {"libya": seed, "hostile <script>": HOSTILE, "overlap": OVERLAP, "emoji": EMOJI}
    outer = fig(OVERLAP, "killed 12 people, including 5 children", "killed", 12, "12", "killed")
    rows = {
        "libya": seed_rows(seed),
        "hostile <script>": [fig(HOSTILE, "killed 5 people", "killed", 5, "5", "killed")],
        "overlap": [
            outer,
            fig(OVERLAP, "5 children", "killed", 5, "5", "children", group="children", part_of=outer.start),
            # crosses the end of the figure above and the start of the one below
            fig(OVERLAP, "children, and wounded", "casualties", 5, "children", "wounded", extractor="quantity"),
            fig(OVERLAP, "wounded 30", "injured", 30, "30", "wounded"),
        ],
        "emoji": [
            fig(EMOJI, "3 killed", "killed", 3, "3", "killed"),
            fig(EMOJI, "1,200 displaced", "displaced", 1200, "1,200", "displaced"),
        ],
    }
    return to_frame(rows.items()), docs


@dataclass
class Opened:
    page: Any  # playwright Page
    url: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_report(browser: Any, tmp_path: Path) -> Iterator[Any]:
    contexts: list[Any] = []

    def open_(
        table: pd.DataFrame,
        docs: dict[str, str],
        summary: pd.DataFrame | None = None,
        hash: str = "",
        metadata: dict[str, dict[str, str | None]] | None = None,
    ) -> Opened:
        path = report.write(tmp_path / f"report{len(contexts)}.html", table, docs, summary, metadata)
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page, path.as_uri())

        def console(message: Any) -> None:
            if message.type in ("error", "warning"):
                opened.errors.append(f"{message.type}: {message.text}")

        page.on("console", console)
        page.on("pageerror", lambda e: opened.errors.append(f"page error: {e}"))
        page.on("request", lambda r: opened.requests.append(r.url))
        page.goto(opened.url + hash)
        page.wait_for_selector("html[data-ready='1']", timeout=10_000)
        return opened

    yield open_
    for context in contexts:
        context.close()


# Per figure: the text of its highlighted pieces in page order, and whether it has its label.
DRAWN = """() => {
  const text = {}, tags = {};
  for (const seg of document.querySelectorAll('#docs .seg'))
    for (const n of seg.dataset.figs.split(' ')) text[n] = (text[n] || '') + seg.textContent;
  for (const tag of document.querySelectorAll('#docs .tag'))
    tags[tag.dataset.n] = getComputedStyle(tag, '::before').content;
  const docs = {};
  for (const box of document.querySelectorAll('#docs .text')) docs[box.dataset.doc] = box.textContent;
  return {text, tags, docs};
}"""


def spans(table: pd.DataFrame) -> list[tuple[int, str, int, int]]:
    """(row number, doc_id, start, end) of every row."""
    columns = zip(table["doc_id"], table["start"], table["end"], strict=True)
    return [(n, str(d), int(a), int(b)) for n, (d, a, b) in enumerate(columns)]


def check_drawn(opened: Opened, table: pd.DataFrame, docs: dict[str, str]) -> dict[str, Any]:
    """Every row's highlight holds exactly document[start:end]; every document's text is intact."""
    drawn = opened.page.evaluate(DRAWN)
    order = list(docs)
    assert {order[int(i)]: text for i, text in drawn["docs"].items()} == docs
    for n, doc_id, start, end in spans(table):
        expected = docs[doc_id][start:end]
        assert drawn["text"].get(str(n), "") == expected, f"row {n} ({doc_id}): highlight is not {expected!r}"
        assert str(n) in drawn["tags"], f"row {n} has no label"
    return dict(drawn)


def check_clean(opened: Opened) -> None:
    assert opened.errors == []
    assert set(opened.requests) == {opened.url.split("#")[0]}  # the file itself, nothing from the network


def test_fixture_report_highlights_sit_on_their_words(open_report: Any, tmp_path: Path) -> None:
    """The report of every fixture, as `figures report fixtures/*.txt` makes it: extraction and summary."""
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))} or {
        "libya": SEED.read_text(encoding="utf-8")
    }
    table = figures.extract_documents(docs.items())
    summary = None
    try:
        from figures.summary import summarize
    except ImportError:
        pass
    else:
        summary = summarize(table)
    opened = open_report(table, docs, summary)
    pages = -(-len(docs) // report.PAGE_SIZE)
    for page in range(pages):  # every page of documents
        if page:
            opened.page.keyboard.press("]")
        on_page = list(docs)[page * report.PAGE_SIZE : (page + 1) * report.PAGE_SIZE]
        drawn = opened.page.evaluate(DRAWN)
        assert {list(docs)[int(i)]: text for i, text in drawn["docs"].items()} == {k: docs[k] for k in on_page}
        for n, doc_id, start, end in spans(table):
            if doc_id in on_page:
                assert drawn["text"].get(str(n), "") == docs[doc_id][start:end], f"row {n} ({doc_id})"
    opened.page.screenshot(path=tmp_path / "fixtures.png", full_page=True)
    assert (tmp_path / "fixtures.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    check_clean(opened)


def test_hand_made_rows_sit_on_their_words_and_hostile_text_runs_nothing(open_report: Any, tmp_path: Path) -> None:
    table, docs = hand_made()
    opened = open_report(table, docs)
    drawn = check_drawn(opened, table, docs)
    assert drawn["tags"]["0"] == '"killed 254"' and drawn["tags"]["3"] == '"displaced >32,000"'
    page = opened.page
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#docs img, #docs script, #docs b").count() == 0
    assert page.locator("#doc-1 h2").text_content() == "hostile <script>"
    # number, trigger and qualifier words are marked on the seed's displaced figure
    marks = page.evaluate(
        """() => Array.from(document.querySelectorAll('#doc-0 .seg'))
             .filter(s => s.dataset.figs === '3')
             .map(s => [s.textContent, s.classList.contains('num'), s.classList.contains('trig'),
                        s.classList.contains('qual')])"""
    )
    assert marks == [
        ["forced ", False, False, False],
        ["more than", True, False, True],
        [" 32,000", True, False, False],
        [" to ", False, False, False],
        ["flee", False, True, False],
    ]
    page.screenshot(path=tmp_path / "report.png", full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000
    check_clean(opened)


def test_overlapping_figures_each_keep_their_own_line(open_report: Any) -> None:
    table, docs = hand_made()
    opened = open_report(table, docs)
    segments = opened.page.evaluate(
        """() => Array.from(document.querySelectorAll('#doc-2 .seg')).map(s =>
             [s.textContent, s.dataset.figs, getComputedStyle(s).backgroundImage.split('gradient').length - 1])"""
    )
    # rows 5-8: outer killed 12, its subset "5 children", the crossing casualties span, wounded 30
    assert segments == [
        ["killed", "5", 2],
        [" ", "5", 2],
        ["12", "5", 2],
        [" people, including ", "5", 2],
        ["5", "5 6", 3],
        [" ", "5 6", 3],
        ["children", "5 6 7", 4],
        [", and ", "7", 2],
        ["wounded", "7 8", 3],
        [" ", "8", 2],
        ["30", "8", 2],
    ]  # one line per covering figure, plus the tint
    check_clean(opened)


def test_hover_and_focus_show_the_row(open_report: Any) -> None:
    table, docs = hand_made()
    opened = open_report(table, docs)
    page = opened.page
    page.hover("#doc-0 .seg[data-figs='3'].num >> nth=0")
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert "displaced >32,000" in tip.text_content()
    details = dict(zip(tip.locator("dt").all_text_contents(), tip.locator("dd").all_text_contents(), strict=True))
    assert details["category"] == "displaced" and details["qualifier"] == "more_than"
    assert details["interval"] == "[32,000, open]" and details["unit"] == "people"
    assert details["extractor"] == "pattern" and details["rule"] == "test" and details["source"] == "U.N."
    # a segment under several figures lists them all
    page.hover("#doc-2 .seg[data-figs='5 6 7']")
    assert tip.locator(".fig-title").all_text_contents() == ["killed 12", "killed 5", "casualties 5"]
    check_clean(opened)


def test_keyboard_moves_between_figures_with_visible_focus(open_report: Any) -> None:
    table, docs = hand_made()
    opened = open_report(table, docs)
    page = opened.page
    focused = "() => document.activeElement.id"
    page.keyboard.press("j")
    assert page.evaluate(focused) == "fig-0"
    assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") == "solid"
    assert page.locator("#tip").is_visible() and "killed 254" in page.locator("#tip").text_content()
    page.keyboard.press("j")
    assert page.evaluate(focused) == "fig-1"
    page.keyboard.press("k")
    assert page.evaluate(focused) == "fig-0"
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "fig-1"
    page.keyboard.press("Escape")
    assert not page.locator("#tip").is_visible()
    page.keyboard.press("/")
    assert page.evaluate(focused) == "search"
    check_clean(opened)


def test_filters_and_search(open_report: Any) -> None:
    table, docs = hand_made()
    opened = open_report(table, docs)
    page = opened.page
    tags = page.locator("#docs .tag")
    assert tags.count() == len(table)
    page.uncheck("input[data-filter='category'][value='killed']")
    assert tags.count() == len(table) - (table["category"] == "killed").sum()
    page.uncheck("input[data-filter='extractor'][value='quantity']")
    assert tags.count() == len(table) - (table["category"] == "killed").sum() - 1
    page.check("#only-figs")
    assert page.locator("#docs article").count() == 3  # the hostile document had only a killed figure
    page.check("input[data-filter='category'][value='killed']")
    page.uncheck("#only-figs")
    page.fill("#search", "FIRE:")
    sync_api.expect(page.locator("#docs article")).to_have_count(1)  # after the search box's short delay
    assert page.locator("#docs article h2").text_content() == "emoji"
    assert page.locator("#status").text_content() == "Documents 1\u20131 of 1 matching (4 in all)"
    check_clean(opened)


def test_pages_links_and_hash_navigation(open_report: Any) -> None:
    """Many documents: pages of PAGE_SIZE, summary links and #fig-N open the page holding the figure."""
    count = 3 * report.PAGE_SIZE + 5
    docs = {f"doc{i:03}": f"Report {i}: in all {i + 1} people were killed." for i in range(count)}
    table = to_frame(
        (f"doc{i:03}", [fig(docs[f"doc{i:03}"], f"{i + 1} people were killed", "killed", i + 1, f"{i + 1}", "killed")])
        for i in range(count)
    )
    summary = pd.DataFrame(
        {
            "doc_id": list(docs),
            "category": "killed",
            "value": range(1, len(docs) + 1),
            "start": table["start"],
            "end": table["end"],
        }
    )
    last = len(docs) - 1
    opened = open_report(table, docs, summary, hash=f"#fig-{last}")
    page = opened.page
    assert page.evaluate("() => document.activeElement.id") == f"fig-{last}"
    assert page.locator("#docs article").count() == 5  # the last, short page
    assert "Documents 61\u201365 of 65" in page.locator("#status").text_content()
    page.keyboard.press("[")
    assert page.locator("#docs article").count() == report.PAGE_SIZE
    # the summary's first row links to figure 0, on the first page
    page.locator("#summary a.jump").first.click()
    sync_api.expect(page.locator("#fig-0")).to_be_focused()
    assert "Documents 1\u201320 of 65" in page.locator("#status").text_content()
    # j at the last figure of a page goes on to the next page
    for _ in range(report.PAGE_SIZE - 1):
        page.keyboard.press("j")
    assert page.evaluate("() => document.activeElement.id") == f"fig-{report.PAGE_SIZE - 1}"
    page.keyboard.press("j")
    assert page.evaluate("() => document.activeElement.id") == f"fig-{report.PAGE_SIZE}"
    assert "Documents 21\u201340" in page.locator("#status").text_content()
    check_clean(opened)


def test_summary_panel_without_a_summary(open_report: Any) -> None:
    table, docs = hand_made()
    opened = open_report(table, docs)
    assert opened.page.locator("#no-summary").is_visible()
    assert opened.page.locator("svg.chart rect").count() == table["category"].nunique()
    check_clean(opened)


def test_kept_fields_show_under_the_document_id(open_report: Any) -> None:
    """``figures report --keep date,outlet``: each document's fields as a line of text under its id."""
    table, docs = hand_made()
    metadata = {
        "libya": {"date": "2024-01-05", "outlet": "Daily <b>News</b>"},
        "overlap": {"date": None, "outlet": "Weekly"},
    }
    opened = open_report(table, docs, metadata=metadata)
    lines = opened.page.eval_on_selector_all("#docs article", "a => a.map(e => [e.querySelector('h2').textContent,"
                                             " (e.querySelector('p.fields') || {}).textContent || null])")  # fmt: skip
    assert dict(map(tuple, lines)) == {
        "libya": "date: 2024-01-05 · outlet: Daily <b>News</b>",  # text, never markup
        "hostile <script>": None,
        "overlap": "outlet: Weekly",  # a missing field is left out
        "emoji": None,
    }
    check_clean(opened)
