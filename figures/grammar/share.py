"""The share stage: numbers the core linkers left unlinked that share the trigger of a linked neighbour.

Read on one sentence's links once the gap linkers (``figures.patterns``) have linked what they can: "5
soldiers and 7 civilians were killed" (coordinated_subject), "killed 5 soldiers and 7 civilians"
(shared_object), "killed 5 in Kabul and 7 in Kandahar" (distributive), "20 were injured, two of them
critically" (subset), "64 were killed, but activists put the figure at 200" (rival_estimate), "1,200
households, or about 6,000 people" (same_figure), "322 families (about 2,400 people) were displaced"
(inside_subject). Each is a construction of the table (``stage="share"``), with its examples and near
misses.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from figures import lazyregex as regex  # compiled on first use: see figures/lazyregex.py
from figures import lexicon
from figures.grammar.constructions import CONSTRUCTIONS
from figures.grammar.gaps import NP_WORD, WORD, Gap, Link, gap, head_after, head_noun
from figures.grammar.words import REPORT_VERBS
from figures.lexicon import UNITS
from figures.numbers import Number

# Between two numbers that share one trigger: "5 soldiers and 7 civilians (were
# killed)", "killed 5 soldiers, 3 police and 7 civilians". Must agree with
# SUBJECT_GAP's noun phrase (the words after the first number).
COORD_GAP = regex.compile(
    rf"""
    (?P<np> {NP_WORD}{{0,4}}                                     # "soldiers"
            (?: \s* \( [^()]{{1,40}} \) {NP_WORD}{{0,2}} )? )         # "Radio Television Afghanistan (RTA) staff"
    (?: \s* \[ [^\[\]]{{1,12}} \] )*                              # "[9]"
    (?: \s*,\s*(?:and\s+|as\s+well\s+as\s+)? | \s+(?:and|as\s+well\s+as|plus)\s+ )  # ", " / " and "
    (?P<part> (?:including|among\s+them|of\s+whom|of\s+them)\s+ )?  # ", including" makes it a part
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "killed 5 in Kabul and 7 in Kandahar", "243 died, including 196 in Germany, 43 in
# Belgium": a place after each number.
DISTRIBUTIVE_GAP = regex.compile(
    r"""
    (?: \s+ (?:people|persons|others|more|of\s+them|of\s+whom(?:\s+(?:were|are|was|had\s+been))?) )?  # "300 of whom were"
    \s+ (?:in|at|on|from|across|within) \s+ (?:the\s+)? [\p{Lu}\w][\w'’.-]* (?: \s+ [\w'’.-]+ ){0,4}?  # "in North Rhine-Westphalia"
    (?: \s* \( [^()]{0,80} \) | \s* \[ [^\[\]]{1,12} \] )*       # "(twenty-seven of whom in Euskirchen)", "[9]"
    (?: \s*[,;|\n]\s*(?:and\s+)? | \s+and\s+ )                      # ", " / " and " / infobox line
    (?: \[ [^\[\]]{1,12} \] \s* )*                                   # "),[9] 47 in ...": markers after a comma
    (?P<part> (?:including|among\s+them|of\s+whom)\s+ )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# After a figure: a part of it, or the same people counted in another unit.
SUBSET_AFTER = regex.compile(
    rf"""
    (?: {NP_WORD}{{0,3}} )                                           # "people"
    (?: \s+ of \s+ (?:the\s+|a\s+|an\s+)? [^\W\d][\w'’-]* (?: \s+ [^\W\d][\w'’-]* ){{0,2}} )?  # "members of the same family"
    (?: \s+ (?:in|on|at|since|during|near|across|after|inside|throughout) \s+  # "since March, including":
        (?:the\s+|a\s+|an\s+|last\s+|this\s+)? [^\W\d][\w'’-]* (?: \s+ [^\W\d][\w'’-]* ){{0,5}}?  # a place
        (?= \s*,\s*(?:including|among\s+them|among\s+whom)\s ) )?   # or time, only before a named part
                                                                    # ("since the crackdown began in September")
    (?: \s* \[ [^\[\]]{{1,12}} \] )*                               # "[9]"
    (?: \s+ (?:have|has|had|were|was) (?:\s+been)? \s+ (?:reported|recorded|confirmed|registered|documented) )?
                                                                    # "11 deaths have been reported, including"
    \s* ,? \s*
    (?: (?: [(\[] \s* )?                                            # "(including 5 children)"
        (?P<part> including | among\s+them | among\s+whom | of\s+whom | of\s+them | mostly | mainly
                 | among\s+the\s+dead\s+were | among\s+the\s+victims\s+were )  # ", including 30 children"
      | or | i\.e\. | \( | that\s+is                                  # ", or about 6,000 people"
      | representing | equivalent\s+to | amounting\s+to )              # "46,000 households, representing 230,000 people"
    \s*
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_COMMA_AND = regex.compile(r",\s*and\b")
# Another report of the figure just told, by a generic noun: "but activists put the figure at (more than 200)",
# "others estimated the number at", "the opposition said the real figure was"
_RIVAL_ESTIMATE_BEFORE = regex.compile(
    r"""\b (?: (?:put|puts|putting|placed|places|placing|estimated|estimates|estimating) \s+
              (?:the|their|its|his|her) \s+ (?:own\s+|real\s+|true\s+|actual\s+)? (?:figure|number|count|total|tally)
              (?: \s+ (?:even\s+|far\s+|much\s+)? (?:higher|lower) )? \s* ,? \s* at
          | (?:the|their|its) \s+ (?:real|true|actual) \s+ (?:figure|number|count|total|tally) \s+ (?:was|is|to\s+be) )
        \s+ \Z""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A second item that leaves out the first one's verb and keeps its preposition: "40 were blamed on air strikes
# and 19 on landmines", "61 were attributed to shelling, 18 to mines" (the preposition after the second
# number must be the same: _gapped_item).
_GAPPED_ITEM = regex.compile(
    r"""
    \s+ (?: (?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+)? [a-z]+(?:ed|en) \s+ )?  # "were blamed"
    (?P<prep> to|on|in|at|from|by|for|with ) \s+                                 # "on"
    [^\W\d][\w'’-]* (?: (?:\s+|\s*,\s*) [^\W\d][\w'’-]* ){0,7}?                 # "air strikes", "X district,
                                                                                  # Y Province"
    (?: \s*,\s*(?:and\s+)? | \s+and\s+ )                                        # " and "
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# An object, a place or time, and a comma: "pulled the bodies of 57 miners from the shaft, 14 of them ..."
# (read only before a part told by "of them" or a severity; SUBSET_AFTER's adverbial names the same words).
_OBJECT_ADVERBIAL_COMMA = regex.compile(
    rf"""
    {NP_WORD}{{0,4}}                                               # "miners"
    (?: \s+ (?:in|on|at|from|since|during|near|across|after|inside|throughout|off|along) \s+  # "from the shaft"
        (?:the\s+|a\s+|an\s+|last\s+|this\s+)? [^\W\d][\w'’-]* (?: \s+ [^\W\d][\w'’-]* ){{0,2}}? ){{1,2}}
    \s* , \s*
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_INCLUDING_JUST_BEFORE = regex.compile(r"\b(?:including|among\s+them|among\s+whom)\s+\Z", regex.IGNORECASE)
_OWN_VERB = regex.compile(
    r"(?:\s+[^\W\d][\w'’-]*)?\s+(?:(?:have|has|had)\s+(?:since\s+|now\s+|already\s+)?[a-z]+(?:ed|en|ne)\b"
    r"|(?:returned|went|moved|left|arrived|fled|remained|stayed)\b)",
    regex.IGNORECASE,
)
# A count's own verb group right after it (and its noun): "four firefighters were ...".
_BE_AFTER_COUNT = regex.compile(
    r"(?:\s+(?!(?:of|whom|which|them)\b)[^\W\d][\w'’-]*){0,2}\s+(?:were|was|are|is)\s", regex.IGNORECASE
)
_ONE_THE_OTHER = regex.compile(r"one\b[^.;:]{0,80}?\bthe\s+others?\b", regex.IGNORECASE)
_JUST_COMMA = regex.compile(r"\s*,\s*")
_PARTICIPLE_COMMA = regex.compile(r"\s+[a-z]{3,}ing(?:\s+[\w'’-]+){0,4}\s*,\s*")
_OF_THEM = r"(?:of|among)\s+(?:them|whom|those)\b"  # "eight of them", "four of whom" (also grammar._SOME_OF_THEM's)
OF_THEM_AFTER = regex.compile(rf"\s+{_OF_THEM}", regex.IGNORECASE)
# A count and how badly, between commas: "14 officers were injured, three seriously," (a part of the 14)
_SEVERITY_AFTER = regex.compile(
    r"\s+(?:seriously|critically|badly|severely|gravely|fatally|critical|serious)\b\s*(?:[,;.)]|$)", regex.IGNORECASE
)
_OF_THE_BEFORE = regex.compile(r"\bof\s+(?:the|these|those)\s+$", regex.IGNORECASE)
_COMMA = regex.compile(r"(?:\s+[^\W\d][\w'’-]*){0,3}\s*,\s*")


# A noun of an act and "of" right before a number: its people are that act's, never a coordinated subject.
_ACT_OF_BEFORE = regex.compile(
    r"\b(?:deaths?|killings?|murders?|bodies|arrests?|abductions?|kidnappings?|rescues?|release|funerals?)"
    r"\s+of\s+(?:the\s+|these\s+|those\s+|at\s+least\s+)?\Z",
    regex.IGNORECASE,
)


# A verb or preposition right before a number (and its qualifier): the number is an object.
# (not a verb whose number completes it, "included two chiefs, two civilians and ...", nor "to" after a
# verb of rising or "in addition": "has risen to 22 and 30 injured", "In addition to seven assailants, 11 ...")
_OBJECT_BEFORE = regex.compile(
    r"(?r)"  # (searched from the end: the pattern ends at \Z, and a forward search tries every position)
    r"(?:(?<![\w'’-])(?!(?:included|numbered|totall?ed|reached|exceeded|topped|listed|named|identified)\b)"
    r"(?P<verb>[a-z]{3,}ed)"
    r"|(?<!\b(?:rose|risen|rises|climbed|jumped|increased|grew|reached|up|fell|dropped|addition)\s+)\bto"
    r"|\b(?:for|among\s+them|among\s+whom))\s+"
    r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over|another)\s+)?\Z"
)


class _Shares:
    """One sentence's numbers and links while the share stage reads them: the links it adds are read by the
    readings of the numbers after them."""

    __slots__ = ("is_part", "links", "numbers", "s_end", "skip", "text")

    def __init__(self, text: str, numbers: list[Number], links: dict[int, Link], s_end: int, skip: set[int]) -> None:
        self.text, self.numbers, self.links, self.s_end, self.skip = text, numbers, links, s_end, skip
        self.is_part: dict[int, bool] = {}  # number index -> whether its link counts some of the people before it


class _Reading(NamedTuple):
    """A share reading of one number: the rule, the link whose trigger it shares, its span and head noun, and
    whether it counts a part of the people before it (None: not said)."""

    rule: str
    of: Link
    start: int
    end: int
    head: str | None
    part: bool | None


def _coordinated_subject(s: _Shares, i: int) -> _Reading | None:
    """ "5 soldiers and 7 civilians were killed": a count joined to the linked subject after it."""
    text, numbers, n = s.text, s.numbers, s.numbers[i]
    nxt = s.links.get(i + 1)
    if nxt is None or nxt.rule not in ("number_verb", "coordinated_subject"):
        return None
    if _ACT_OF_BEFORE.search(text, max(0, n.start - 40), n.start):
        return None  # "Aside from the deaths of the two assailants, one guard was injured": another act's people
    if _OF_THE_BEFORE.search(text, max(0, n.start - 12), n.start):
        return None  # "Of the 35 passengers, 20 were injured": those present, no coordinated subject
    if (p := _PREPOSITION_BEFORE.search(text, max(0, n.start - 30), n.start)) and not _RESULT_BEFORE.search(
        text, max(0, p.start() - 12), p.start()
    ):
        # "Cholera was confirmed in 40 people, and 3 others died": a preposition's object, no subject ("resulted
        # in one teacher and eight children being injured" keeps its subject: the result's clause)
        return None
    if _INCLUDING_JUST_BEFORE.search(text, max(0, n.start - 16), n.start) and _COMMA_AND.search(
        text, n.end, numbers[i + 1].start
    ):
        return None  # "40 were killed, including 12 children, and 80 were injured": the 12 are of the 40
    if (before := _OBJECT_BEFORE.search(text, max(0, n.start - 30), n.start)) and (
        before.group("verb") is None or before.group("verb").lower() not in REPORT_VERBS
    ):
        # "Firefighters rescued 14 residents, and around 60 more were evacuated", "distributed food to 300
        # families and 40 people were evacuated": an object of the clause before, no subject of this verb
        return None
    m = gap(COORD_GAP, text, n.end, numbers[i + 1].start)
    if m is None or m.group("part"):
        return None
    head = head_noun(WORD.findall(m.group("np")))
    if (head in lexicon.HOUSING) != (nxt.head in lexicon.HOUSING):
        return None  # "823 homes suffered damage and 7,345 people were displaced"
    return _Reading("coordinated_subject", nxt, n.start, nxt.end, head, None)


def _after_previous(s: _Shares, i: int) -> tuple[Link, int] | None:
    """The link of the number before ``i`` and where its words end (its link's end when the link starts at
    the number, a subject's: the number's end for an object's), or None when it has no link."""
    prev = s.links.get(i - 1)
    if prev is None:
        return None
    return prev, prev.end if prev.start == s.numbers[i - 1].start else s.numbers[i - 1].end


def _rival_estimate(s: _Shares, i: int) -> _Reading | None:
    """ "64 people were killed, but activists put the figure at more than 200": another report of the same
    figure, neither a part nor more."""
    if (got := _after_previous(s, i)) is None:
        return None
    prev, after_prev = got
    n = s.numbers[i]
    if after_prev <= n.start and _RIVAL_ESTIMATE_BEFORE.search(s.text, max(after_prev, n.start - 60), n.start):
        return _Reading("rival_estimate", prev, n.start, n.end, None, None)
    return None


def _subset(s: _Shares, i: int) -> _Reading | None:
    """A part of the people of the link before: "20 were injured, two of them critically" (after a subject),
    "wounded 12 people including 8 soldiers and 2 children" (the next member of the same part's list)."""
    if (got := _after_previous(s, i)) is None:
        return None
    prev, after_prev = got
    text, numbers, n, s_end = s.text, s.numbers, s.numbers[i], s.s_end
    if (
        prev.rule in ("number_verb", "coordinated_subject", "number_noun")  # "six people injured, two of them"
        and after_prev <= n.start
        and (
            _JUST_COMMA.fullmatch(text, after_prev, n.start)
            # "Two firefighters were hurt battling the blaze, one of them ...": a participle phrase first
            or _PARTICIPLE_COMMA.fullmatch(text, after_prev, n.start)
        )
        and (OF_THEM_AFTER.match(text, n.end, s_end) or _SEVERITY_AFTER.match(text, n.end, s_end))
    ):
        # "20 were injured, two of them critically": a part of the subject's people, as after a verb
        head, _ = head_after(text, n.end, s_end)
        return _Reading("subset", prev, n.start, n.end, head, True)
    if (
        prev.rule == "subset"
        and s.is_part.get(i - 1)
        and gap(COORD_GAP, text, numbers[i - 1].end, n.start) is not None
        and not _OWN_VERB.match(text, n.end, s_end)
    ):
        # "wounded 12 people including 8 soldiers and 2 children": the next member of the same part's list
        head, head_end = head_after(text, n.end, s_end)
        return _Reading("subset", prev, n.start, max(n.end, head_end), head, True)
    return None


def _shared_object(s: _Shares, i: int) -> _Reading | None:
    """ "killed 5 soldiers and 7 civilians": a count joined to the linked object before it; a part of it when
    its words say so ("killed at least 15 people, eight of them civilians"; "shot dead two guards, one at the
    gate and the other inside": the one is one of the two), under subset."""
    if (got := _after_previous(s, i)) is None:
        return None
    prev, _ = got
    if prev.rule not in ("verb_number", "toll_number", "event_number", "shared_object", "distributive"):
        return None
    text, numbers, n, s_end = s.text, s.numbers, s.numbers[i], s.s_end
    m = gap(COORD_GAP, text, numbers[i - 1].end, n.start)
    part_after = OF_THEM_AFTER.match(text, n.end, s_end) or _SEVERITY_AFTER.match(text, n.end, s_end)
    if m is None and part_after:
        m = gap(_OBJECT_ADVERBIAL_COMMA, text, numbers[i - 1].end, n.start)
    if m is None:
        return None
    head, head_end = head_after(text, n.end, s_end)
    if part_after or _ONE_THE_OTHER.match(text, n.start, s_end):
        return _Reading("subset", prev, n.start, n.end, head, True)
    if _BE_AFTER_COUNT.match(text, n.end, s_end):
        return None  # "killed 50 people, and 12 schoolchildren were among the dead": a clause of its own
    part = bool(m.groupdict().get("part")) or s.is_part.get(i - 1, False)
    return _Reading("shared_object", prev, n.start, max(n.end, head_end), head, part)


def _distributive(s: _Shares, i: int) -> _Reading | None:
    """ "killed 5 in Kabul and 7 in Kandahar", "243 people died, 196 in Germany": a place after each count
    (after "243 people died", the places follow the verb); "40 were blamed on air strikes and 19 on
    landmines": a second item that leaves out the first one's verb."""
    if (got := _after_previous(s, i)) is None:
        return None
    prev, gap_from = got
    text, numbers, n, s_end = s.text, s.numbers, s.numbers[i], s.s_end
    m = gap(DISTRIBUTIVE_GAP, text, min(gap_from, n.start), n.start)
    if m is not None and _BE_AFTER_COUNT.match(text, n.end, s_end):
        m = None  # "died in the blaze; four firefighters were among ...": a clause of its own, no item
    if m is None and prev.start == numbers[i - 1].start:
        m = _gapped_item(text, gap_from, n)
    if m is None:
        return None
    head, head_end = head_after(text, n.end, s_end)
    part = bool(m.groupdict().get("part")) or s.is_part.get(i - 1, False)  # (_GAPPED_ITEM has no part)
    return _Reading("distributive", prev, n.start, max(n.end, head_end), head, part)


def _same_figure(s: _Shares, i: int) -> _Reading | None:
    """ "displaced 1,200 households, or about 6,000 people": the same people counted again; a part when its
    words say so ("killed nine people including five civilians", "100 people were killed, including 30
    children", "Of the 12 killed, 7 ..."), under subset."""
    if (got := _after_previous(s, i)) is None:
        return None
    prev, gap_from = got
    text, numbers, n, s_end = s.text, s.numbers, s.numbers[i], s.s_end
    m = gap(SUBSET_AFTER, text, min(gap_from, n.start), n.start)
    if m is None and _OF_THE_BEFORE.search(text, max(0, numbers[i - 1].start - 12), numbers[i - 1].start):
        m = gap(_COMMA, text, min(gap_from, n.start), n.start)  # "Of the 12 killed, 7 ..."
    if m is None or _OWN_VERB.match(text, n.end, s_end):
        return None  # "of whom 76,000 have since returned": another event, not a part
    rule = "subset" if m.groupdict().get("part") else "same_figure"
    head, head_end = head_after(text, n.end, s_end)
    return _Reading(rule, prev, n.start, max(n.end, head_end), head, True)


def _inside_subject(s: _Shares, i: int) -> _Reading | None:
    """ "322 families (about 2,400 people) were displaced": a number inside another's subject counts the same
    people (in another unit: no part of them) or a part of them ("12 people (three children)") for the same
    trigger."""
    if i in s.skip:
        return None
    n, links, numbers = s.numbers[i], s.links, s.numbers
    outer = next(
        (lk for j in range(i - 1, max(-1, i - 4), -1) if (lk := links.get(j)) is not None
         and lk.start == numbers[j].start and lk.mention.start >= n.end
         and lk.rule in ("number_verb", "coordinated_subject")),
        None,
    )  # fmt: skip
    if outer is None:
        return None
    head = head_noun(WORD.findall(s.text, n.end, outer.mention.start)[:1])
    part = UNITS.get(head or "", "people") == UNITS.get(outer.head or "", "people")
    return _Reading("inside_subject", outer, n.start, n.end, head, part)


# The readings of the share stage's constructions, by name, each with the sweep over the sentence's numbers
# it is read in: "back", right to left from a linked number after (a coordinated subject before its verb's
# subject); "on", left to right from a linked number before; "inside", a number inside a subject. A reading
# may give a part under "subset" where the number's words say so.
Reader = Callable[[_Shares, int], _Reading | None]
_READERS: dict[str, tuple[str, Reader]] = {
    "coordinated_subject": ("back", _coordinated_subject),
    "rival_estimate": ("on", _rival_estimate),
    "subset": ("on", _subset),
    "shared_object": ("on", _shared_object),
    "distributive": ("on", _distributive),
    "same_figure": ("on", _same_figure),
    "inside_subject": ("inside", _inside_subject),
}
# Each sweep's numbers, in its order, and the neighbour (by its offset) whose link its readings share: a
# number whose neighbour has no link is not read (None: the reading finds its own)
_SWEEPS: dict[str, tuple[Callable[[int], range], int | None]] = {
    "back": (lambda count: range(count - 2, -1, -1), 1),
    "on": (lambda count: range(1, count), -1),
    "inside": (lambda count: range(count), None),
}


@cache
def _sweeps() -> tuple[tuple[str, tuple[Reader, ...]], ...]:
    """The sweeps in the order of their first construction in the table, each with its constructions'
    readers in table order."""
    order: dict[str, list[Reader]] = {}
    for c in CONSTRUCTIONS:
        if c.stage == "share":
            sweep, reader = _READERS[c.name]
            order.setdefault(sweep, []).append(reader)
    return tuple((sweep, tuple(readers)) for sweep, readers in order.items())


def read_shares(
    text: str, numbers: list[Number], links: dict[int, Link], s_end: int, skip: set[int]
) -> dict[int, bool]:
    """The share stage, read on one sentence's links (``links``: number index -> link, as the core linkers
    left them; ``skip``: the numbers no link may take): each number without a link takes the trigger of a
    linked neighbour by the first of the table's share constructions (in table order within its sweep) that
    reads it. Returns, by number index, whether a number's link counts some of the people before it.

    >>> from figures.patterns import extract
    >>> [(f.value, f.rule) for f in extract("Four soldiers and nine civilians were killed.")]
    [(13, 'coordinated_total'), (4, 'coordinated_subject'), (9, 'number_verb')]
    """
    if len(numbers) < 2 or not links:
        return {}  # (no neighbour to share a trigger with: most sentences)
    s = _Shares(text, numbers, links, s_end, skip)
    for sweep, readers in _sweeps():
        order, near = _SWEEPS[sweep]
        for i in order(len(numbers)):
            if i in links or (near is not None and i + near not in links):
                continue
            for reader in readers:
                got = reader(s, i)
                if got is not None:
                    links[i] = Link(numbers[i], got.of.mention, got.of.entry, got.rule, got.start, got.end, got.head)
                    if got.part is not None:
                        s.is_part[i] = got.part
                    break
    return s.is_part


_PLACE_PREPS = frozenset({"at", "in", "on"})
_RESULT_BEFORE = regex.compile(r"\b(?:result(?:ed|ing|s)?|led|leading|leads)\s*\Z", regex.IGNORECASE)
# A preposition right before a count (maybe with a qualifier): the count is its object ("reported in 23 people";
# not "with": "with one teacher and eight children being injured" is a clause of its own).
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:in|among|for|to|from|on|at|by|into)\s+(?:(?:about|some|around|nearly|over|at\s+least|more\s+than"
    r"|up\s+to|another|a\s+further)\s+)?\Z",
    regex.IGNORECASE,
)
_PEOPLE_THEN_PREP = regex.compile(r"(?:\s+(?:people|persons|person|others|more))?\s+(\w+)\s", regex.IGNORECASE)


def _gapped_item(text: str, gap_from: int, n: Number) -> Gap | None:
    """The gap before a second item that leaves out the first one's verb: "40 were blamed on air strikes and
    19 on landmines" (19 shares the verb and is an item as the 40 is); None unless the same preposition
    follows the second number."""
    m = gap(_GAPPED_ITEM, text, min(gap_from, n.start), n.start)
    if m is None:
        return None
    prep = (m.group("prep") or "").lower()
    after = _PEOPLE_THEN_PREP.match(text, n.end)
    if after is None:
        return None
    second = after.group(1).lower()
    # (or a preposition of place after one of place: "died at the scene and three more in hospital")
    return m if second == prep or (prep in _PLACE_PREPS and second in _PLACE_PREPS) else None
