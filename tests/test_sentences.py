"""sentences.sentence_span finds a sentence's start by reading backwards from the position.

The boundary found backwards must end where the last boundary found forwards
ends: both grammars are the same regex, one compiled in reverse, and regex's
reverse matching may take a different extent for a pattern with lookarounds.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from figures import sentences

_PIECES = st.sampled_from(
    ["Gen.", "U.N.", "died.", "said", "The", "12", " ", "  ", "\n", "\n\n", "\n \n", ".", "!", "?", '"', "”", ")",
     "(", "[", "“", "Mr.", "a", "B.", "•", "*", "-", "\t", "ok?”", "Él", "é."]
)  # fmt: skip


def _forward_start(text: str, pos: int, floor: int = 0) -> int:
    lo = max(0, floor, pos - sentences.LIMIT)
    start = lo
    for m in sentences._BOUNDARY.finditer(text, lo, pos):
        start = m.end()
    return start


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.data())
def test_backwards_finds_the_last_boundary(text: str, data: st.DataObject) -> None:
    pos = data.draw(st.integers(0, len(text)))
    lo = max(0, pos - sentences.LIMIT)
    last = sentences._BOUNDARY_BACK.search(text, lo, pos)
    assert (last.end() if last else lo) == _forward_start(text, pos), (text, pos)


def test_sentence_span_examples() -> None:
    text = "Gen. Haftar arrived. The U.N. said 12 died.\n\nNext one"
    assert sentences.sentence_span(text, text.index("12")) == (21, 43)
    assert sentences.sentence_span(text, text.index("Next")) == (45, 53)
    other = "He met Gen. Haftar today. Then 12 died."
    assert sentences.sentence_span(other, other.index("Haftar")) == (0, 25)  # "Gen." ends no sentence


def test_citation_markers_end_a_sentence() -> None:
    text = "The levee failed in 1950.[12][13] The next day 14 people drowned.[4]: 12 The river rose."
    s, e = sentences.sentence_span(text, text.index("14"))
    assert text[s:e] == "The next day 14 people drowned.[4]: 12"
    s, e = sentences.sentence_span(text, text.index("river"))
    assert text[s:e] == "The river rose."
    glued = "It rose in 1950.[3]The next day 14 died."
    s, e = sentences.sentence_span(glued, glued.index("14"))
    assert glued[s:e] == "The next day 14 died."


def test_a_heading_line_without_full_stop_is_its_own_sentence() -> None:
    text = "Impact\nThe storm killed 12 people.\nAftermath\n5 people were injured."
    s, e = sentences.sentence_span(text, text.index("12"))
    assert text[s:e] == "The storm killed 12 people."
    s, e = sentences.sentence_span(text, text.index("5 people"))
    assert text[s:e] == "5 people were injured."
    s, e = sentences.sentence_span(text, text.index("Aftermath"))
    assert text[s:e] == "Aftermath"


def test_an_abbreviation_before_a_name_ends_no_sentence() -> None:
    # read forwards too: the look behind the full stop missed the abbreviation, so only the
    # backward search (from after "Gen.") kept "Gen. Haftar" in one sentence
    text = "He met Gen. Haftar today. Then 12 died, said Dr. Ahmed Sami."
    assert sentences.sentence_span(text, 0) == (0, 25)
    assert sentences.sentence_span(text, text.index("12")) == (26, len(text))
    assert sentences.sentence_span(text, text.index("Ahmed")) == (26, len(text))
