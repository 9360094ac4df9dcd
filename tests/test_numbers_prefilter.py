"""The cheap check before _REJECT_AFTER must never skip text the regex would match.

numbers._may_reject_after says False only when no branch of numbers._REJECT_AFTER
can match; a word added to the regex but not to the prefilter's word sets would
silently stop rejecting ("12 hectares" read as people). Built from the regex's own
vocabulary, so a new word in the regex is tried here too.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from figures import numbers

# Every word the regex names (its source, split on what is not a letter), the
# prefilter's words, and ordinary words that follow numbers.
_SOURCE_WORDS = sorted(set(regex.findall(r"[a-z]{2,}", numbers._REJECT_AFTER.pattern)))
_WORDS = sorted(
    set(_SOURCE_WORDS)
    | numbers._AFTER_FIRST_WORDS
    | numbers._AFTER_LATER_WORDS
    | {"people", "killed", "injured", "were", "in", "the", "families", "Battalion", "July", "houses", "displaced"}
)
_GLUE = st.sampled_from([" ", "  ", "-", ", ", ",", ".", " of ", "% ", ":", "]", "\n", "'s ", "-hit ", "/"])
_TAIL = st.lists(st.tuples(_GLUE, st.sampled_from(_WORDS) | st.text(max_size=6)), max_size=5).map(
    lambda parts: "".join(g + w for g, w in parts)
)


@settings(max_examples=3000, deadline=None)
@given(_TAIL)
def test_prefilter_never_skips_a_match(after: str) -> None:
    after = after[:48]
    if numbers._REJECT_AFTER.match(after):
        assert numbers._may_reject_after(after), after


def test_prefilter_cases_hypothesis_found() -> None:
    # each of these once slipped through an earlier version of the prefilter
    for after in (" acre/Battalion", " o'clock-July", " o'clock.July", ", \nJuly", ",July"):
        assert numbers._REJECT_AFTER.match(after), after
        assert numbers._may_reject_after(after), after


def test_prefilter_skips_ordinary_words() -> None:
    # it must also be worth having: the common cases are skipped
    for after in (" people were killed", " killed and 12 injured", " civilians died", " houses were destroyed"):
        assert not numbers._may_reject_after(after), after


# The same for the text before a number: _may_reject_before against _REJECT_BEFORE.
_BEFORE_WORDS = sorted(
    set(regex.findall(r"[a-z]{2,}", numbers._REJECT_BEFORE.pattern))
    | numbers._BEFORE_LAST_WORDS
    | {"killed", "people", "the", "of", "and", "to", "or", "At", "AGED", "NO", "July", "a", "total", "some"}
)
_BEFORE_GLUE = st.sampled_from(
    [" ", "  ", "", ".", ". ", ", ", ",", "-", "–", "$", "£ ", "[", " [ ", ":", "(", "\n", "12", " 12 "]
)
_HEAD = st.lists(st.tuples(st.sampled_from(_BEFORE_WORDS) | st.text(max_size=4), _BEFORE_GLUE), max_size=5).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=3000, deadline=None)
@given(_HEAD)
def test_before_prefilter_never_skips_a_match(before: str) -> None:
    before = before[-24:]
    if numbers._REJECT_BEFORE.match(before):
        assert numbers._may_reject_before(before), before


def test_before_prefilter_reads_every_branch() -> None:
    for before in ("$", "US$ ", "usd. ", "on July ", "Sept. ", "aged ", "aged 12 and ", "ages 5-", "[ ",
                   "none of ", "none of the ", "a population of ", "flight ", "No. ", "at 10:", "at 10."):  # fmt: skip
        assert numbers._REJECT_BEFORE.match(before), before
        assert numbers._may_reject_before(before), before


def test_before_prefilter_skips_ordinary_words() -> None:
    for before in ("killed ", "the deaths of ", "at least ", "with ", "12, ", "killed and ", "", "   "):
        assert not numbers._may_reject_before(before), before


# _matches tries the grammar once, where _prefix_tail says an expression may
# start; trying every start before the anchor must find the same.
def _tried_everywhere(text: str) -> list[tuple[int, int]]:
    pattern, found, last_end = numbers.number_pattern(), [], 0
    for a in numbers._anchor_pattern().finditer(text.lower()):
        if a.start() < last_end:
            continue
        reach = min(len(text), a.start() + numbers._REACH_AFTER)
        for at in range(max(last_end, a.start() - numbers._REACH_BEFORE), a.start() + 1):
            m = pattern.match(text, at, reach)
            if m is not None and m.end() > a.start():
                last_end = m.end()
                found.append(m.span())
                break
    return found


_NUMBER_PIECES = sorted(
    {w for phrase in (*numbers.QUALIFIER_WORDS, *numbers.VAGUE, *numbers.VAGUE_MULTIPLIERS) for w in phrase.split()}
    | numbers._ANCHOR_WORDS
    | {"between", "and", "or", "to", "a", "people", "killed", "Somalia", "furthermore", "displaced", "12", "1,228",
       "2017", "5", "32 000", "1.5", "-", "+", "plus", "so", "least140", "displacedabout", "15,000people", "about5",
       "~5", "with5"}
)  # fmt: skip
# No empty glue: a number word glued to a letter ("ninepeople") holds no anchor
# and is read by neither; the glue PDF text has is among the pieces.
_NUMBER_GLUE = st.sampled_from([" ", "  ", ", ", "-", "\n", ". "])
_NUMBER_TEXT = st.lists(st.tuples(st.sampled_from(_NUMBER_PIECES), _NUMBER_GLUE), max_size=8).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=3000, deadline=None)
@given(_NUMBER_TEXT)
def test_one_anchored_try_finds_what_a_search_finds(text: str) -> None:
    assert [m.span() for m in numbers._matches(text, 0, len(text))] == _tried_everywhere(text), text
