"""The gap grammars are remembered by the characters from one before the gap to its end.

gaps.gap (figures.grammar.gaps) keys its memo on ``GAP_LEAD`` characters before a gap and the gap
itself; a grammar that looked further back (a lookbehind of two characters or
more) would be given too little and answer wrongly for some gaps. Every grammar
passed to _gap is checked here.
"""

from __future__ import annotations

import inspect

import pytest
import regex

from figures import patterns
from figures.grammar import gaps, share

# Every grammar the linker (patterns) and the share stage (grammar.share) pass to gaps.gap by name, read
# from their source, and every grammar named *_GAP (some are passed through a variable: ``gap = OBJECT_GAP``).
_GAP_MODULES = {
    name: module
    for module in (patterns, share)
    for name in set(regex.findall(r"\b_?gap\(\s*([A-Z_]+)\s*,", inspect.getsource(module)))
    | {name for name in vars(module) if name.endswith("_GAP")}
}
_GAP_GRAMMARS = sorted(_GAP_MODULES)
# A lookbehind, and what it reads: "(?<=\d)", "(?<![\w-])".
_LOOKBEHIND = regex.compile(r"\(\?<[=!]((?:[^()\\]|\\.|\((?1)\))*)\)")
# One character: a class, an escape or a plain character.
_ONE_CHARACTER = regex.compile(r"\[(?:[^\]\\]|\\.)+\]|\\[a-zA-Z]|\\.|[^\\\[\]()|*+?{}]")


def test_gap_grammars_are_found() -> None:
    assert {"SUBJECT_GAP", "OBJECT_GAP", "TOLL_GAP", "COORD_GAP", "DISTRIBUTIVE_GAP", "SUBSET_AFTER"} <= set(
        _GAP_GRAMMARS
    )


@pytest.mark.parametrize("name", _GAP_GRAMMARS)
def test_lookbehinds_read_one_character(name: str) -> None:
    assert gaps.GAP_LEAD == 1
    source = getattr(_GAP_MODULES[name], name).pattern
    for lookbehind in _LOOKBEHIND.finditer(source):
        assert _ONE_CHARACTER.fullmatch(lookbehind.group(1)), (
            f"{name}: {lookbehind.group()} reads more than one character"
        )


def test_the_check_sees_a_long_lookbehind() -> None:
    # the test above must be able to fail
    assert not _ONE_CHARACTER.fullmatch(_LOOKBEHIND.search(r"(?<=[a-z]ed)x").group(1))
    assert not _ONE_CHARACTER.fullmatch(_LOOKBEHIND.search(r"(?<!\d,)x").group(1))
    assert _ONE_CHARACTER.fullmatch(_LOOKBEHIND.search(r"(?<=\d)x").group(1))
