"""The gap grammars are remembered by the characters from one before the gap to its end.

patterns._gap keys its memo on ``_GAP_LEAD`` characters before a gap and the gap
itself; a grammar that looked further back (a lookbehind of two characters or
more) would be given too little and answer wrongly for some gaps. Every grammar
passed to _gap is checked here.
"""

from __future__ import annotations

import inspect

import pytest
import regex

from figures import patterns

# Every grammar the module passes to _gap by name, read from its source, and every
# grammar named *_GAP (some are passed through a variable: ``gap = OBJECT_GAP``).
_GAP_GRAMMARS = sorted(
    set(regex.findall(r"_gap\(\s*([A-Z_]+)\s*,", inspect.getsource(patterns)))
    | {name for name in vars(patterns) if name.endswith("_GAP")}
)
# A lookbehind, and what it reads: "(?<=\d)", "(?<![\w-])".
_LOOKBEHIND = regex.compile(r"\(\?<[=!]((?:[^()\\]|\\.|\((?1)\))*)\)")
# One character: a class, an escape or a plain character.
_ONE_CHARACTER = regex.compile(r"\[(?:[^\]\\]|\\.)+\]|\\[a-zA-Z]|\\.|[^\\\[\]()|*+?{}]")


def test_gap_grammars_are_found() -> None:
    assert {"SUBJECT_GAP", "OBJECT_GAP", "TOLL_GAP", "COORD_GAP"} <= set(_GAP_GRAMMARS)


@pytest.mark.parametrize("name", _GAP_GRAMMARS)
def test_lookbehinds_read_one_character(name: str) -> None:
    assert patterns._GAP_LEAD == 1
    source = getattr(patterns, name).pattern
    for lookbehind in _LOOKBEHIND.finditer(source):
        assert _ONE_CHARACTER.fullmatch(lookbehind.group(1)), (
            f"{name}: {lookbehind.group()} reads more than one character"
        )


def test_the_check_sees_a_long_lookbehind() -> None:
    # the test above must be able to fail
    assert not _ONE_CHARACTER.fullmatch(_LOOKBEHIND.search(r"(?<=[a-z]ed)x").group(1))
    assert not _ONE_CHARACTER.fullmatch(_LOOKBEHIND.search(r"(?<!\d,)x").group(1))
    assert _ONE_CHARACTER.fullmatch(_LOOKBEHIND.search(r"(?<=\d)x").group(1))
