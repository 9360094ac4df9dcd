"""Trigger phrases across runs of spaces, read near the runs only.

find_mentions squeezes runs of spaces ("death  toll" in PDF text) and reads the
squeezed text again, but only the stretches within a spelling's length of a
run that a phrase may span (patterns._phrase_runs, patterns._around_runs), not
the whole document. These tests hold it to the
reading of the whole squeezed document, which it replaced.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from figures import lexicon, patterns
from figures.patterns import Mention, find_mentions


def _whole(low: str, reach: int, runs: object = None) -> Iterator[tuple[int, int]]:
    yield 0, len(low)  # the whole document as one stretch, every run squeezed: the reading before _around_runs


def _read_whole(text: str, monkeypatch: pytest.MonkeyPatch) -> list[Mention]:
    with monkeypatch.context() as m:
        m.setattr(patterns, "_around_runs", _whole)
        return find_mentions(text)


# Multi-word phrases with their spaces widened at random, so that runs fall
# inside phrases (also long ones, and several runs in one), between other words.
_PHRASES = sorted(p for p in lexicon.phrases() if " " in p)
_SPACES = st.sampled_from([" ", " ", " ", "  ", "   ", " " * 50, "\n", ".  ", ",  ", ".\n\n", "\t\n "])
_PHRASE = st.tuples(st.sampled_from(_PHRASES), st.lists(_SPACES, min_size=8, max_size=8)).map(
    lambda p: "".join(w + s for w, s in zip(p[0].split(), p[1], strict=False))
)
_WORD = st.sampled_from(["people", "the", "12", "Aleppo", "said", "a", "x" * 45]).map(lambda w: w + " ")
_TEXT = st.lists(st.one_of(_PHRASE, _WORD, _SPACES), max_size=25).map("".join)


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_runs_read_near_them_as_in_the_whole_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert find_mentions(text) == _read_whole(text, monkeypatch)


def test_a_phrase_across_a_run_far_from_the_others() -> None:
    filler = "Filler words here. " * 50
    text = "death  toll rose. " + filler + "the death  toll and " + "x" * 300 + " were left   homeless"
    got = [(text[m.start : m.end], m.start) for m in find_mentions(text)]
    assert ("death  toll", 0) in got
    assert ("death  toll", text.index("death  toll", 10)) in got
    assert ("were left   homeless", text.index("were left   homeless")) in got


def test_stretches_join_and_cover_each_run() -> None:
    low = "a" * 100 + "  " + "b" * 10 + "   " + "c" * 200 + "  " + "d"
    assert list(patterns._around_runs(low, 40)) == [(60, 155), (275, len(low))]
    assert list(patterns._around_runs("no runs here", 40)) == []


def test_flat_is_the_regex_white_space_but_the_space() -> None:
    # patterns._FLAT spells out, for the standard library's engine, the class [^\S ]
    # of the regex package: every code point must agree
    reference = regex.compile(r"[^\S ]")
    differ = [
        hex(i) for i in range(sys.maxunicode + 1) if bool(reference.match(chr(i))) != bool(patterns._FLAT.match(chr(i)))
    ]
    assert differ == []
