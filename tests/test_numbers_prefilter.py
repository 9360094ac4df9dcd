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
