"""Speed rewrites give the same answers as the plain forms they replace (issue 15, speed).

Each fast path below is compared with the plain form it stands for (kept here,
not in the package) at every position or window of invented sentences:

- ``gaps.words_before_boundary``: NP_WORD's stop-word lookahead as a trie
  plus a linear adverb test, against ``(?:_STOP|_AUX)`` as written;
- ``patterns._modal`` and ``patterns._in_modal_chain``: a look at the window's
  last words before the regex search, against the search alone;
- ``patterns._joined_to_a_person`` with rows indexed by end, against the scan of
  every row.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from figures import patterns
from figures.context import _EventWords, other_event
from figures.figure import Figure
from figures.grammar import gaps, share
from figures.grammar.chunks import Chunk
from figures.grammar.engine import Binding, Element, _match
from figures.grammar.tokens import Token

# Invented sentences: adverbs of every suffix, hyphened words, stop words and
# auxiliaries between a count and its verb, modals and intentions before figures.
CASES_SENTENCES = {
    "adverbs": "Nine critically-ill patients were carefully evacuated and 4 unusually heavily armed men died.",
    "hyphen adverb": "12 re-ally hurt people, 3 ally forces and 7 well-intentionedly sent aid workers were hurt.",
    "short words": "5 ally, 6 tely, 7 xally and 8 oddly-ally people were reportedly killed in the town.",
    "auxiliaries": "Some 40 villagers, most of them farmers, have so far been confirmed dead after the raid.",
    "stop words": "At least 30 of the passengers who were on the bus that day were injured by the blast.",
    "digits glued": "About 2,000fully displaced families and 300seriously hurt people were counted.",
    "modal chain": "The storm could kill up to 1,000 people and leave 200,000 homeless, officials warned.",
    "intention": "Rebels planned to kill 50 soldiers and wound 100 more, and may have killed 4 guards.",
    "modal capitals": "Officials SAID it COULD be 400, and It Could Leave 300 homeless in the valley.",
    "unicode space": "They may\u00a0have displaced 300 and could\u2003leave 20 without shelter.",
    "long s": "The floods ſtill displaced 80 families and riſk leaving 30 more homeless.",
    "no modal": "Floods killed 12 people and injured 40 others in the northern province on Sunday.",
}

_OLD_ALTERNATION = f"{gaps.STOP}|{gaps.AUX}"
_NEW_ALTERNATION = gaps.words_before_boundary(gaps.STOP, gaps.AUX)
# Every compiled pattern of the linker (patterns) and the share stage (grammar.share) that reads NP_WORD.
_NP_MODULES = {
    name: module
    for module in (patterns, share)
    for name, value in vars(module).items()
    if isinstance(getattr(value, "pattern", None), str) and _NEW_ALTERNATION in value.pattern
}
_NP_PATTERNS = sorted(_NP_MODULES)


def _key(m: regex.Match[str] | None) -> object:
    if m is None:
        return None
    return m.span(), m.groupdict(), [m.captures(i) for i in range(1, (m.re.groups or 0) + 1)]


def test_np_patterns_are_found() -> None:
    assert {"SUBJECT_GAP", "COORD_GAP"} <= set(_NP_PATTERNS)
    assert _NEW_ALTERNATION != _OLD_ALTERNATION


@pytest.mark.parametrize("name", _NP_PATTERNS)
@pytest.mark.parametrize("case", sorted(CASES_SENTENCES))
def test_np_word_lookahead_is_unchanged(name: str, case: str) -> None:
    fast = getattr(_NP_MODULES[name], name)
    plain = regex.compile(fast.pattern.replace(_NEW_ALTERNATION, _OLD_ALTERNATION), fast.flags)
    text = CASES_SENTENCES[case]
    for start in range(len(text)):
        for end in range(start, min(len(text), start + 40) + 1, 3):
            for method in ("fullmatch", "match"):
                got = _key(getattr(fast, method)(text, start, end))
                assert got == _key(getattr(plain, method)(text, start, end)), (method, text[start:end])


def test_the_adverb_form_holds_what_the_plain_one_does() -> None:
    # the comparison above must be able to fail: the adverb test on its own, both ways
    fast = regex.compile(rf"(?:{_NEW_ALTERNATION})\b", regex.IGNORECASE)
    plain = regex.compile(rf"(?:{_OLD_ALTERNATION})\b", regex.IGNORECASE)
    for word, stop in [
        ("critically", True),
        ("ally", False),
        ("re-really", True),
        ("re-ally", False),
        ("villagers", False),
    ]:
        assert (fast.match(word) is not None) == stop == (plain.match(word) is not None), word


def _plain_modal(text: str, sentence_start: int, trigger_start: int) -> bool:
    m = patterns.MODAL_BEFORE.search(text, max(sentence_start, trigger_start - 60), trigger_start)
    return m is not None and patterns._PAST_MODAL.search(m.group()) is None


def _plain_chain(text: str, sentence_start: int, start: int) -> bool:
    m = patterns.MODAL_CHAIN.search(text, max(sentence_start, start - 120), start)
    return m is not None and patterns._PAST_MODAL.search(m.group()) is None


@pytest.mark.parametrize("case", sorted(CASES_SENTENCES))
def test_modal_tests_are_unchanged(case: str) -> None:
    text = CASES_SENTENCES[case]
    for pos in range(len(text) + 1):
        for sentence_start in (0, max(0, pos - 25)):
            assert patterns._modal(text, sentence_start, pos) == _plain_modal(text, sentence_start, pos), text[:pos]
            assert patterns._in_modal_chain(text, sentence_start, pos) == _plain_chain(text, sentence_start, pos)


def test_modal_tests_still_find_modals() -> None:
    text = CASES_SENTENCES["modal chain"]
    assert patterns._modal(text, 0, text.index("kill"))
    assert patterns._in_modal_chain(text, 0, text.index("200,000"))
    assert not patterns._modal(text, 0, text.index("officials"))


def _draft(start: int, end: int, rule: str = "number_verb") -> patterns.Draft:
    return {"start": start, "end": end, "number_start": start, "rule": rule}


@pytest.mark.parametrize(
    "text",
    [
        "12 were killed and 30 injured",
        "the driver and two passengers were hurt",
        "four police and 10 farmers died",
        "A guard and 3 clerks and 2 drivers were wounded",
    ],
)
def test_joined_to_a_person_by_end_is_unchanged(text: str) -> None:
    numbers = [m.span() for m in regex.finditer(r"\d+|two|four", text)]
    found = [_draft(s, e + 8) for s, e in numbers] + [_draft(0, len(text) // 3, "implicit_singular")]
    row_ends: dict[int, list[patterns.Draft]] = {}
    for f in found:
        if not f["rule"].startswith("implicit"):
            row_ends.setdefault(f["end"], []).append(f)
    for d in found:
        assert patterns._joined_to_a_person(text, found, d, 0, row_ends) == patterns._joined_to_a_person(
            text, found, d, 0
        )


# Invented texts with every kind of sentence boundary: punctuation and quotes, abbreviations,
# citation markers and page numbers, paragraph breaks, list lines, long stretches without any.
CASES_BOUNDARIES = {
    "plain": "Gen. Haftar arrived. The U.N. said 12 died! Did 40 flee? Yes.",
    "quotes": 'He said "30 were killed."  The toll rose (to 45.) Then 12 more died.',
    "citations": "It killed 300 people in 1950.[12][13]: 44–45 The next storm.[nb 1]Then 40 died.[7]: 3 The end",
    "breaks": "Aftermath\n5 people were injured\n\nDamage\n- 40 homes destroyed\n* 12 roads",
    "no boundary": "people were killed after the attack on the town near the river " * 30,
    "long blanks": "It ended.                        \n \t  The toll: 40 died.[3]          Then 12.\u2003\u2003 More",
}


def _plain_span(text: str, pos: int, floor: int = 0) -> tuple[int, int]:
    """sentences.sentence_span with its forward search from ``pos`` itself (the form before the speed-up)."""
    from figures import sentences as s

    lo = max(0, floor, pos - s.LIMIT)
    last = s._BOUNDARY_BACK.search(text, lo, pos)
    start = last.end() if last else lo
    line = text.rfind("\n", start, pos)
    if line >= 0 and not text[line + 1 : pos].strip() and s._LINE_START.match(text, pos):
        start = line + 1
    hi = min(len(text), pos + s.LIMIT)
    m = s._BOUNDARY.search(text, pos, hi)
    end = m.start() if m else hi
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@pytest.mark.parametrize("case", sorted(CASES_BOUNDARIES))
def test_sentence_span_is_unchanged(case: str) -> None:
    from figures.sentences import sentence_span

    text = CASES_BOUNDARIES[case]
    for pos in range(len(text)):
        for floor in (0, max(0, pos - 30)):
            assert sentence_span(text, pos, floor) == _plain_span(text, pos, floor), (pos, floor)


# Pieces of text for sentence_span at random: every boundary's characters, citations, page numbers,
# blanks of every kind (its backward search starts after the blanks that follow the last of them).
_SPAN_PIECES = st.sampled_from(
    ["died.", "said", "The", "12", " ", "   ", "\n", "\n\n", ".", "!", "?", '"', ")", "[3]", "[nb 1]", ": 44",
     "–45", "Gen.", "U.N.", "\t", "\u2003", "\xa0", "•", "- ", "(", "A"]
)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.lists(_SPAN_PIECES, max_size=40).map("".join), st.data())
def test_sentence_span_is_unchanged_at_random(text: str, data: st.DataObject) -> None:
    from figures.sentences import sentence_span

    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    assert sentence_span(text, pos, floor) == _plain_span(text, pos, floor), (text, pos, floor)


def _plain_cumulative(figure_text: str, rule: str, gap_before: str, after: str) -> bool:
    """context.cumulative_of without its first look for the words of its patterns."""
    from figures import context as c

    if c._NEW.search(gap_before) or c._NEW_AFTER.match(after):
        return False
    return bool(
        rule in ("toll_number", "number_total_of")
        or c._TOTAL.search(gap_before)
        or c._BRINGING.search(gap_before)
        or c._TOTAL.search(figure_text)
    )


# Invented words before a number: every word of _NEW, _TOTAL and _BRINGING, and none.
CASES_BEFORE = [
    "Altogether ",
    "In all, ",
    "so far ",
    "to date, ",
    "a total of ",
    "overall, ",
    "the cumulative toll, ",
    "combined, ",
    "another ",
    "a further ",
    "additional ",
    "newly ",
    "fresh clashes killed ",
    "bringing the toll to ",
    "which brought it to ",
    "raising it to ",
    "pushing it to ",
    "taking the total to ",
    "ALTOGETHER ",
    "the raid killed ",
    "Floods displaced ",
    "ta\u212aing the toll to ",  # a Kelvin sign: "taking" to the case-insensitive patterns
    "",
]


@pytest.mark.parametrize("before", CASES_BEFORE)
def test_cumulative_of_is_unchanged(before: str) -> None:
    from figures.context import cumulative_of

    for rule in ("verb_number", "toll_number"):
        for figure_text, after in [("killed 40", " people"), ("a total of 12", " more"), ("12", " new cases")]:
            assert cumulative_of(figure_text, rule, before, after) == _plain_cumulative(
                figure_text, rule, before, after
            ), (before, rule, figure_text)


# Invented sentences for context.other_event: a lead in years past, an era, comparison words before,
# inside and after figures, upper case, a word cut by a figure's start, and a text whose lower-casing
# changes its length ("İ").
CASES_OTHER_EVENT = {
    "years ago": "Two years ago, a similar storm killed 80 people and injured 12.",
    "era": "Floods caused millions of deaths in the twentieth century, and 40 died this year.",
    "comparison": "It was the worst storm since Hurricane Zeta, which killed 300 people in 1950; 12 died.",
    "capitals": "UNLIKE THE EARLIER QUAKE, which killed 3,000, this one killed 12 and hurt 40.",
    "word at the start": "It was the worst flood since 1988, when the river killed lastly 2,000 and displaced 30.",
    "dotted i": "İstanbul recalled the 1999 quake that killed 17,000; since then 12 died here.",
    "none": "Floods killed 12 people and injured 40 others in the northern province on Sunday.",
}


def _figures_at_every_place(text: str) -> list[Figure]:
    """Rows of one sentence starting at every position, each three characters long."""
    return [
        Figure(
            category="killed",
            value=1,
            low=1,
            high=1,
            qualifier="exact",
            unit="people",
            start=at,
            end=at + 3,
            text=text[at : at + 3],
            number_start=at,
            number_end=at + 3,
            trigger="killed",
            trigger_start=at,
            trigger_end=at + 3,
            sentence_start=0,
            sentence_end=len(text),
            extractor="pattern",
            rule="number_verb",
        )
        for at in range(len(text) - 3)
    ]


@pytest.mark.parametrize("case", sorted(CASES_OTHER_EVENT))
def test_other_event_with_its_sentence_memo_is_unchanged(case: str) -> None:
    text = CASES_OTHER_EVENT[case]
    seen: dict[int, _EventWords] = {}
    answers = [(other_event(text, f, seen), other_event(text, f)) for f in _figures_at_every_place(text)]
    assert all(memo == plain for memo, plain in answers)
    assert case == "none" or any(plain for _, plain in answers)  # (each case but the last has an other event)


def _plain_bind_around(
    anchor: str, right: Sequence[Element], left: Sequence[Element], chunks: list[Chunk], tokens: list[Token], a: int
) -> Binding | None:
    """engine.bind_around without its first test of the chunks' kinds on either side of the anchor."""
    for r in _match(right, chunks, tokens, a + 1, 1, {anchor: [a]}):
        for b in _match(left, chunks, tokens, a - 1, -1, r):
            return b
    return None


@pytest.mark.parametrize("case", sorted(CASES_SENTENCES))
def test_bind_around_is_unchanged(case: str) -> None:
    """Every construction of the table at every chunk of the invented sentences (and of a list of counts
    without a full stop): the same binding with the kinds' test as without it."""
    from figures.grammar import _by_anchor_kind, read_chunks
    from figures.grammar.engine import bind_around, element_fits
    from figures.numbers import find_numbers

    text = CASES_SENTENCES[case] + " 1, 2, 3 killed and 4 injured, 4, 5, 6 killed, and the driver was hurt"
    tokens, chunks = read_chunks(text, 0, len(text), find_numbers(text), patterns.find_mentions(text))
    tried = bound = 0
    for a, ch in enumerate(chunks):
        for _, anchor, _, right, left in _by_anchor_kind().get(ch.kind, ()):
            if not element_fits(anchor, ch, tokens):
                continue
            got = bind_around(anchor.role, right, left, chunks, tokens, a)
            assert got == _plain_bind_around(anchor.role, right, left, chunks, tokens, a), (a, anchor)
            tried, bound = tried + 1, bound + (got is not None)
    assert tried > bound > 0


# Invented windows after a number for patterns._may_and_one: a person joined by "and" and a determiner
# (any case, any blank between), lists of counts, a word that ends in "and", and text that is not ASCII.
CASES_AND_ONE = [
    " were killed and a driver was hurt",
    " killed and 4 injured, 4, 5, 6 killed and 7 injured",
    " soldiers AND\tTHE pilot died",
    " people, and another man were missing",
    " men and his brother",
    " from Sand the town",
    " victims and\u00a0the driver",
    " dead and ſhe survived, and their son",
    " in the band, the singer and",
]


@pytest.mark.parametrize("window", CASES_AND_ONE)
def test_may_and_one_holds_wherever_the_regex_matches(window: str) -> None:
    text = "12" + window
    for pos in range(len(text)):
        end = min(len(text), pos + 80)
        if patterns._AND_ONE_AFTER.match(text, pos, end) is not None:
            assert patterns._may_and_one(text[pos:end]), (window, pos)


def test_may_and_one_rules_out_lists() -> None:
    assert not patterns._may_and_one(" killed and 4 injured, 4, 5, 6 killed and 7 injured")
    assert patterns._may_and_one(" were killed and a driver was hurt")
