"""Sentence spans on the original text, found locally around a position.

Only the sentences that hold a trigger word are ever looked at, so the
splitter works outward from a position instead of splitting whole documents.
A sentence is capped at ``LIMIT`` characters either side of the position so
that text without punctuation (a hostile megabyte of words) costs linear time.

>>> text = "Gen. Haftar arrived. The U.N. said 12 died.\\n\\nNext one"
>>> s, e = sentence_span(text, text.index("12"))
>>> text[s:e]
'The U.N. said 12 died.'
"""

from __future__ import annotations

import re

from figures import lazyregex as regex  # compiled on first use, kept between runs: figures/lazyregex.py

LIMIT = 1000

# Words whose full stop ends no sentence: titles, months, initials ("U.N."); a
# verbose pattern, also read by figures.patterns (a subject's "Mr." is no full stop).
ABBREVIATIONS = r"""
    \b(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|St|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul
         |Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|etc|approx|Prof|Rev|Brig|Cmdr|Adm|Supt|Insp)
"""
# A boundary is the whitespace after sentence-final punctuation (not after a
# known abbreviation or an initial), the citation markers after a full stop
# (Wikipedia: "in 1950.[12] The next day"; no abbreviation takes a citation), or a
# line break that starts a new block.
_BOUNDARY = regex.compile(
    r"""
    (?:
        (?<= [.!?] ["”’')\]]? )            # sentence-final punctuation, maybe a closing quote (tried
                                           # first: it is cheap and rules out almost every position)
        (?<! """
    + ABBREVIATIONS
    + r""" \. )                           # not "Gen." nor an initial as in "U.N." (the full stop
                                           # is the abbreviation's: without it the look behind never matched)
        \s+
        (?= ["“‘'(\[]? [\p{Lu}\d] )        # the next sentence starts with a capital or digit
      | (?<= [\]\d] )                         # (cheap first: only after "]" or a page number's digit)
        (?<= [.!?] ["”’')]? (?: \[ [^\[\]\s]{1,12} \] )+  # a full stop and citation markers: "in 1950.[12][13]",
             (?: : [ \t]? \d{1,4} (?:[-–]\d{1,4})? (?!\d) )? )  # maybe a page number after them: ".[7]: 44"
        [ \t]*                            # (Wikipedia text may lose the space after them)
        (?= ["“‘'(]? [\p{Lu}\d] )          # the next sentence starts with a capital or digit
      | \n\s*\n\s*                         # a blank line: a new paragraph
      | \n(?=\s*[\p{Lu}\d"“‘(\[*•-])       # a line break before a capital: a heading or a list item
    )
    """,
    regex.VERBOSE,
)


# Every _BOUNDARY match starts at a line break or at most _BOUNDARY_REACH - 1 characters after one
# of these: a sentence's final punctuation (and a closing quote), or a citation's closing bracket
# (and a page number, ": 12-14"). Where none stands, no boundary starts.
_BOUNDARY_NEAR = re.compile(r"[.!?\n\]]")
_BOUNDARY_REACH = 16
_BOUNDARY_NEAR_BACK = regex.compile(r"(?r)[.!?\n\]]")  # (the same, the last before a position)
_NOT_BLANK = regex.compile(r"\S")  # (the end of _BOUNDARY's blanks: the same engine's \s)

_LINE_START = regex.compile(r"""["“‘(*•-]|[\p{Lu}\d]""")  # what opens a heading or list line (see _BOUNDARY)

# The same boundaries found from the right: where the last one before a position
# ends is where its sentence starts.
_BOUNDARY_BACK = regex.compile(_BOUNDARY.pattern, regex.VERBOSE | regex.REVERSE)


def sentence_span(text: str, pos: int, floor: int = 0) -> tuple[int, int]:
    """The (start, end) of the sentence around ``pos``, without surrounding blanks.

    ``floor`` is where the previous sentence read ended: a capped sentence
    (no punctuation for ``LIMIT`` characters) then starts there instead of
    overlapping the previous one, so every character is read once.
    """
    lo = max(0, floor, pos - LIMIT)
    # the last boundary before pos, read backwards (not every boundary from lo); a boundary is blanks
    # from at most _BOUNDARY_REACH - 1 characters after the last _BOUNDARY_NEAR character before pos,
    # so none ends after the first non-blank past that reach (+ 2 for its lookahead): the backward
    # search starts there, not at pos (the words between, most of a sentence, are never tried)
    near = _BOUNDARY_NEAR_BACK.search(text, max(0, lo - _BOUNDARY_REACH), pos + 1)
    if near is None:
        last = None
    else:
        blank_end = _NOT_BLANK.search(text, min(pos, near.start() + _BOUNDARY_REACH - 1), pos)
        last = _BOUNDARY_BACK.search(text, lo, min(pos, blank_end.start() + 2) if blank_end else pos)
    start = last.end() if last else lo
    # a line that starts right at pos: the boundary's look at the line's first character is
    # out of the backward search's reach ("Aftermath\n5 people were injured")
    line = text.rfind("\n", start, pos)
    if line >= 0 and not text[line + 1 : pos].strip() and _LINE_START.match(text, pos):
        start = line + 1
    hi = min(len(text), pos + LIMIT)
    # (the search starts at the first character a boundary may follow: tried at every position of a
    # long sentence, its lookbehinds cost more than the whole rest of this function)
    near = _BOUNDARY_NEAR.search(text, max(0, pos - _BOUNDARY_REACH), hi)
    m = _BOUNDARY.search(text, max(pos, near.start()), hi) if near is not None else None
    end = m.start() if m else hi
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
