"""The engine: tries the table of constructions over a sentence's chunks.

A construction's pattern is a line of elements, each ``role:kinds[features]``
with an optional ``?`` (at most one) or ``*`` (any number):

- ``kinds``: chunk kinds joined by ``|`` (``np|tnoun``), or ``skip``, any chunk
  that may stand between a subject and its verb without changing what it says
  (a ``pp``, ``paren``, ``rel`` or ``time`` chunk, or a bare auxiliary);
- ``features``: names of the predicates in ``FEATURES``, joined by ``,`` (all
  must hold) or ``|`` (one must), a leading ``!`` negates one.

One element is the construction's anchor (a verb group or a trigger noun); the
engine tries every anchor chunk of the sentence against each construction in
table order, matching leftwards and rightwards from it, and the first match
for an anchor wins.

>>> compile_pattern("victims:np[count] skip* verb:vg[passive|intrans]")[1]
Element(role='skip', kinds=('pp', 'paren', 'rel', 'time', 'aux'), features=(), repeat='*')
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from figures import lexicon
from figures.grammar import words
from figures.grammar.chunks import Chunk
from figures.grammar.subjects import SUBJECT_ROLES, named_subject, subject_pair
from figures.grammar.tokens import Token
from figures.lexicon import Trigger

SKIPPABLE: tuple[str, ...] = ("pp", "paren", "rel", "time", "aux")
# ``any``: every chunk kind (chunks.py), for a role that reaches across a clause ("killing themselves"
# goes back to the clause's subject, whatever stands between: a feature keeps it from passing one)
ANY: tuple[str, ...] = ("np", "vg", "pp", "paren", "rel", "time", "aux", "punct", "coord", "tnoun", "incl", "other")


Feature = Callable[[Chunk, Sequence[Token]], bool]


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a pattern: the chunk kinds it takes, its features and how often it may repeat."""

    role: str
    kinds: tuple[str, ...]
    features: tuple[tuple[str, ...], ...]  # all of the groups; one name of each group
    repeat: str  # "", "?" or "*"
    # the features looked up once (_element): each group's (predicate, negated) pairs, for element_fits,
    # which runs for every chunk an element is tried on
    checks: tuple[tuple[tuple[Feature, bool], ...], ...] = dataclasses.field(default=(), compare=False, repr=False)


def _roles(c: Chunk) -> frozenset[str]:
    return c.roles


def _singular_head(c: Chunk) -> bool:
    h = c.head
    if h is None:
        return False
    if h.kind == "name":
        return True
    if h.kind != "person" or (h.low in lexicon.PEOPLE_PLURAL and h.low not in lexicon.PERSON):
        return False
    return h.low in lexicon.PERSON or not h.low.endswith("s")


def _agent_noun(h: Token) -> bool:
    """A singular noun the word tables lack with an agent noun's ending: "golfer", "inspector"."""
    low = h.low
    return (
        h.kind == "word"
        and len(low) > 4
        and low.endswith(words.AGENT_NOUN_ENDINGS)
        and low not in words.NOT_AGENT_NOUNS
        and low not in lexicon.ANIMALS
    )


def _implied(c: Chunk, in_list: bool = False, among_people: bool = False) -> int | None:
    """How many people a noun phrase without a number names: "a guard" 1, "both officers" 2;
    with ``among_people`` (a list whose other members are people) "a porter" 1 though the
    word tables do not know the noun."""
    if c.kind not in ("np", "pp", "paren") or c.numeral is not None:
        return None  # (a pp names people after its preposition: "minor injury to the driver")
    if c.determiner == "both":
        return 2  # "both officers", "Both were hurt"
    if c.head is None:
        if c.determiner == "the other" and in_list:
            return None  # "two guards, one at the gate and the other inside": a breakdown, no third member
        return 1 if c.determiner in ("another", "the other") else None  # "... and wounded another"
    if c.head.low in words.ORDINALS and c.determiner in ("a", "an") and c.last - c.first == 2:
        return 1  # "Two workers were killed and a third was injured": one more person
    if c.head.kind == "trigger":
        # "resulting in an injury", "causing a death": one harm is one person harmed
        # (and "a body", "another body" found: body_found)
        one = c.determiner in ("a", "an", "another") and not c.head.low.endswith("s")
        return (
            1
            if one
            and any(e.role in ("noun", "remains") and e.category in ("injured", "killed") for e in c.head.entries)
            else None
        )
    if c.head.kind == "house":
        # "a house", "another mobile home", "a school building": one dwelling or building
        single = c.head.low not in lexicon.UNITS or lexicon.UNITS[c.head.low] != c.head.low
        return 1 if c.determiner in ("a", "an", "another") and single and not c.head.low.endswith("s") else None
    if c.head.kind == "name" and c.determiner is None:
        # "Habawil, a former official, was killed", "Ajay Singh and his brother"; not "Albay, Sorsogon and ..."
        return None if in_list and not among_people else 1
    if c.head.kind == "name" and c.determiner not in ("a", "an"):
        return None  # "the Taj", "the Federation": a named place or body; "a U.S. soldier" is one person
    if _singular_head(c) and c.determiner in ("a", "an", "the", "his", "her", "their", "its", "another"):
        return 1
    if c.head.low == "couple" and c.determiner in ("the", "a", "this", "that"):
        return 2  # "The couple was treated": "a couple of ..." is a number (figures.numbers)
    if c.head.low == "pair" and c.determiner in ("the", "this", "that"):
        return 2  # "The pair were taken to hospital" (_victim: never "the pair of shoes")
    if _agent_noun(c.head) and c.determiner in ("a", "an", "the", "another"):
        return 1  # "A golfer was killed", "the snowboarder was hurt"
    if _age_noun(c.head) and c.determiner in ("a", "an", "the", "another"):
        return 1  # "A 19-year-old has been arrested": the age stands for the person
    if in_list and c.determiner is None and c.head.kind == "person" and _singular_head(c):
        return 1  # "a father and son": the determiner of the first member serves both
    if c.determiner is None and c.head.kind == "person" and c.head.text[0].isupper() and _singular_head(c):
        return 1  # a title or surname in a name needs no determiner: "Colonel Ibrahim Musa", "Tariq Sheikh"
    if (
        among_people
        and c.determiner in ("a", "an", "his", "her")
        and c.head.kind == "word"
        and not c.head.low.endswith("s")
        and c.head.low not in lexicon.ANIMALS
    ):
        return 1  # "three nurses and a porter", "the mayor and his aide": a noun the word tables lack, beside people
    return None


def incl_counted(c: Chunk, tokens: Sequence[Token]) -> Chunk | None:
    """The counted people an aside opening with "including" names, as a noun phrase: ", including
    about 80,000 people" gives "about 80,000 people"; None for any other chunk or an aside that
    counts no people (", including 12 districts", ", including two who died")."""
    if c.kind != "paren" or c.last - c.first < 3 or tokens[c.first + 1].low != "including":
        return None
    num = tokens[c.first + 2]
    if num.kind != "num":
        return None
    # the count's noun right after it, or after one modifier: "80,000 residents", "80,000 local residents"
    for k in range(c.first + 3, min(c.last, c.first + 5)):
        h = tokens[k]
        if h.kind == "person":
            np = Chunk("np", c.first + 2, k + 1, num.start, h.end, head=h, numeral=num)
            return np if _victim(np, tokens) else None
        if h.kind not in ("word", "adj", "name"):
            return None
    return None


def _age_noun(h: Token) -> bool:
    """An age that heads its noun phrase: "a 19-year-old" (tokens.py reads "a 19-year-old woman" as an adjective)."""
    return h.kind == "word" and h.low.endswith(("year-old", "year old"))


def _victim(c: Chunk, tokens: Sequence[Token]) -> bool:
    h = c.head
    if c.kind not in ("np", "pp"):
        return False
    if h is None:
        return c.numeral is not None or c.determiner in ("both", "another", "the other")  # "the two", "both"
    if h.kind in ("thing", "house", "time", "date"):
        return False
    if h.low in words.ORDINALS:
        # "a third", never "the third day" nor a share ("a third of the passengers", "a third were")
        return (
            c.determiner in ("a", "an")
            and c.last - c.first == 2
            and not (c.last < len(tokens) and tokens[c.last].low in ("of", "were", "are", "have"))
        )
    if h.kind == "pron" or h.low in lexicon.ANIMALS:
        return False  # (animals: "a hundred juvenile terns died")
    return (
        h.kind in ("person", "name", "trigger")
        or (c.numeral is not None and h.kind == "word")
        or _agent_noun(h)
        or _age_noun(h)
        or (h.low == "couple" and c.numeral is None)
        # "the pair", not "the pair of boots" (the chunker keeps "of" and a person in the phrase)
        or (h.low == "pair" and c.numeral is None and not (c.last < len(tokens) and tokens[c.last].low == "of"))
    )


# --- stated zeros: the tokens that say no one (or no house) met a trigger's fate (construction ``negated``) ---
# A word of a zero subject's of-phrase: "none of the 40 passengers" (commas ride on their word).
_ZERO_WORD = re.compile(r"[\w'’,-]+")
_ONE_WORD = re.compile(r"[\w-]+")


def _zero_words(toks: Sequence[Token]) -> int | None:
    """How many words ``toks`` hold (a multi-word number or phrase counts its words), or None when one
    of them is no word ("(", ".")."""
    count = 0
    for k, t in enumerate(toks):
        if not _ZERO_WORD.fullmatch(t.text.replace(" ", "")):
            return None
        count += t.text.count(" ") + (k == 0 or t.start > toks[k - 1].end)
    return count


def _zero_phrase(toks: Sequence[Token]) -> bool:
    """Whether ``toks`` are a subject that names no one: "No one", "Nobody", "None of the 40 passengers",
    "neither of them", "Neither pilot", "No houses"."""
    n = len(toks)
    first = toks[0].low
    if first == "no" and n == 2 and toks[1].low in words.ZERO_NOUNS:
        return True  # "No people", "no deaths", "No houses"
    if first == "neither" and n in (2, 3) and all("," not in t.text for t in toks) and _zero_words(toks) == n:
        return True  # "Neither pilot", "neither train driver"
    head = 1 if first in words.ZERO_SUBJECTS else 2 if first == "no" and n >= 2 and toks[1].low == "one" else 0
    if not head:
        return False
    if n == head:
        return True
    # "None of the 40 passengers", "neither of the two", "none among the crew": up to seven words after the determiner
    if n < head + 2 or toks[head].low not in ("of", "among") or toks[head + 1].low not in words.ZERO_OF_DETERMINERS:
        return False
    rest = _zero_words(toks[head + 2 :]) if n > head + 2 else 0
    return rest is not None and rest <= 7


def _zero_subject(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """The tokens (first, last exclusive) of a zero subject of the verb at ``k``: "No one (was) killed",
    with up to three auxiliaries and adverbs between ("has reportedly been"); the longest subject, then the
    one that leaves the auxiliaries out ("None of the 40 passengers" was hurt)."""
    j, skipped = k, 0
    while skipped < 3 and j > 0:
        if tokens[j - 1].low in words.ZERO_BETWEEN:
            j -= 1
        elif tokens[j - 1].low == "far" and j > 1 and tokens[j - 2].low == "so":
            j -= 2  # "so far"
        else:
            break
        skipped += 1
    floor = tokens[k].start - 80  # (a subject and its auxiliaries fit in 80 characters)
    for i in range(max(0, j - 12), j):
        if tokens[i].start < floor:
            continue
        for end in range(j, k + 1):
            if end < k and tokens[end - 1].low == "so" and tokens[end].low == "far":
                continue  # ("so far" is one word between)
            if _zero_phrase(tokens[i:end]):
                return i, end
    return None


def _zero_before_noun(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """ "no" before the trigger noun at ``k``: "no injuries", "No other casualties", "no injuries or (deaths)"."""
    floor = tokens[k].start - 80
    at = k - 1
    if at >= 2 and tokens[at].low in ("or", "and", "nor") and _ONE_WORD.fullmatch(tokens[at - 1].text):
        at -= 2  # "no injuries or (fatalities)": one word, then the joint
    for i in (at, at - 1):
        if (
            i >= 0
            and tokens[i].start >= floor
            and tokens[i].low == "no"
            and (i == at or tokens[at].low in words.ZERO_NOUN_MODIFIERS)
        ):
            return i, i + 1
    return None


def _zero_value(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A field's value after the trigger at ``k``: "Fatalities: None", "Missing: no one"."""
    if k + 2 >= len(tokens) or tokens[k + 1].text != ":":
        return None
    if tokens[k + 2].low in words.ZERO_VALUES:
        return k + 2, k + 3
    if tokens[k + 2].low == "no" and k + 3 < len(tokens) and tokens[k + 3].low == "one":
        return k + 2, k + 4
    return None


def stated_zero(tokens: Sequence[Token], k: int) -> tuple[Trigger, tuple[int, int]] | None:
    """The entry of the trigger at ``k`` that a stated zero reads, and the zero's tokens (first, last
    exclusive): a zero subject before a verb of harm, "no" before a harm noun, or a field's value of none.
    A zero that names houses ("No houses were destroyed") is one of houses only.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "None of the 40 passengers was hurt."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> entry, (i, j) = stated_zero(toks, 6)
    >>> entry.category, s[toks[i].start : toks[j - 1].end]
    ('injured', 'None of the 40 passengers')
    """
    for entry in tokens[k].entries:
        if entry.role in ("past", "adj", "intrans") and not entry.phrase.startswith("lives"):
            span = _zero_subject(tokens, k)
        elif entry.role in ("noun", "toll", "intrans"):  # "no lives were lost": the trigger holds the noun
            span = _zero_before_noun(tokens, k) or _zero_value(tokens, k)
        else:
            continue
        if span is None:
            continue
        of_houses = any(t.low in words.ZERO_HOUSE_NOUNS for t in tokens[span[0] : span[1]])
        if of_houses != (entry.category in lexicon.HOUSE_CATEGORIES):
            continue
        return entry, span
    return None


# --- running totals: "..., bringing the total for the year to 19" (construction ``running_total``) ---
_TIME_POSSESSIVE = re.compile(r"(?:year|season|month|week|weekend|day|decade|quarter|fortnight|storm|flood|war)['’]s")


def _total_noun_ends(tokens: Sequence[Token], p: int) -> Iterator[int]:
    """The token after each reading of a generic total from ``p``: "the total", "the cumulative figure",
    "the running tally" (a modifier may be the noun: "the total", "the total number")."""
    if p >= len(tokens) or tokens[p].low not in ("the", "this"):
        return
    q = p + 1
    if q < len(tokens) and _TIME_POSSESSIVE.fullmatch(tokens[q].low):
        q += 1  # "the year's total", "this season's tally": the total's time, as "the total for the year"
    elif tokens[p].low == "this":
        return
    while q < len(tokens):
        if tokens[q].low in words.TOTAL_NOUNS:
            yield q + 1
        if tokens[q].low not in words.TOTAL_MODIFIERS:
            return
        q += 1


def _total_span_ok(tokens: Sequence[Token], p: int, to: int) -> bool:
    """Whether ``tokens[p:to]`` is nothing, or a modifier of time or place of a total: an opener and up to
    five words, none "of" or "to" ("for the year", "since the storm", "to date", "in the district")."""
    if p == to:
        return True
    if tokens[p].low == "to" and p + 1 < to and tokens[p + 1].low == "date":
        p += 1
    elif tokens[p].low not in words.TOTAL_OPENERS:
        return False
    rest = tokens[p + 1 : to]
    n = _zero_words(rest) if rest else 0
    return (
        n is not None
        and n <= 5
        and all("," not in t.text and t.low not in ("of", "to") for t in rest)
        and all(t.low.split()[0] not in ("of", "to") for t in rest)
    )


def running_total(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A running total at the count ``tokens[k]``: the token of its verb of adding and the token after the
    total ("bringing the total for the year to 19": after 19; "bringing to 41 the number who have died":
    after "died"), or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Two more died, bringing the total since March to 19."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), [])
    >>> v, end = running_total(toks, 10)
    >>> toks[v].text, toks[end - 1].text
    ('bringing', '19')
    """
    if k < 2 or tokens[k - 1].low != "to" or tokens[k].kind != "num":
        return None
    if tokens[k - 2].low in words.ADDING_VERBS:
        # "bringing to 41 the number (who have died)", then the noun phrase's end
        for q in _total_noun_ends(tokens, k + 1):
            ends = [q]
            r = q
            if r < len(tokens) and tokens[r].low in ("who", "that"):
                r += 1
                if r < len(tokens) and tokens[r].low in ("have", "has", "had"):
                    r += 1
                if r < len(tokens) and tokens[r].low == "been":
                    r += 1
                if r < len(tokens) and tokens[r].text[:1].isalpha():
                    ends.insert(0, r + 1)  # (the longer reading first, as a greedy pattern)
            for end in ends:
                if end == len(tokens) or tokens[end].text in (",", ";", ".") or tokens[end].low in words.TOTAL_CLOSERS:
                    return k - 2, end
        return None
    floor = tokens[k].start - 120
    for v in range(max(0, k - 16), k - 2):
        if tokens[v].low not in words.ADDING_VERBS or tokens[v].start < floor:
            continue
        for q in _total_noun_ends(tokens, v + 1):
            if q < k and _total_span_ok(tokens, q, k - 1):
                return v, k + 1
    return None


# --- a counted total: "34 of the 160 dead" (construction ``of_a_counted_total``) ---
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*")


def _counted(t: Token) -> bool:
    return t.number is not None and t.number.value is not None


def _count_before_of(tokens: Sequence[Token], j: int) -> int | None:
    """The count before "(out) of (the)" right before the count at ``j`` ("34 of the 160"), or None."""
    i = j - 1
    if i >= 0 and tokens[i].low in ("the", "these", "those"):
        i -= 1
    if i < 0 or tokens[i].low != "of":
        return None
    i -= 1
    if i >= 0 and tokens[i].low == "out":
        i -= 1
    return i if i >= 0 and _counted(tokens[i]) else None


def counted_total(tokens: Sequence[Token], i: int, k: int) -> int | None:
    """The total that the count at ``i`` is taken from, right before the trigger at ``k``: "34 of the 160
    dead", "15 out of 27 abducted", "five of 72 residents who died" (the total's token), or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "In all, 34 of the 160 dead were children."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> toks[counted_total(toks, 3, 7)].text
    '160'
    """
    j = i + 1
    if j < k and tokens[j].low == "out":
        j += 1
    if not (j < k and tokens[j].low == "of"):
        return None
    j += 1
    if j < k and tokens[j].low in ("the", "these", "those"):
        j += 1
    if not (j < k and _counted(tokens[j])):
        return None
    if k == j + 1:
        return j  # "160 dead"
    if k == j + 2 and tokens[j + 1].kind == "person" and any(e.role == "past" for e in tokens[k].entries):
        return j  # "12 of the 40 students abducted in May" (a participle: not "one of the two climbers fell")
    if (
        k in (j + 3, j + 4, j + 5)
        and _LOWER_WORD.fullmatch(tokens[j + 1].text)
        and tokens[j + 2].text in ("who", "that")
        and all(t.low in ("had", "have", "has", "were", "was", "been") for t in tokens[j + 3 : k])
    ):
        return j  # "72 residents who (had) died", "40 students who were abducted"
    return None


# --- the links of one count to one trigger (constructions of stage "link", read by grammar.read_link) ---
# A word of a gap as the gap grammars wrote it: letters, digits, apostrophes and hyphens (no "U.N.", no comma).
_GAP_WORD = re.compile(r"[\w'’-]+(?: [\w'’-]+)*")


def _spaced(tokens: Sequence[Token], i: int, k: int) -> bool:
    """Whether the tokens from ``i`` to ``k`` (inclusive) stand apart, each after a space."""
    return all(tokens[x].start > tokens[x - 1].end for x in range(i + 1, k + 1))


def _gap_words(toks: Sequence[Token]) -> int | None:
    """How many plain words ``toks`` hold (a number of words counts each), or None when one is no plain word."""
    count = 0
    for t in toks:
        if not _GAP_WORD.fullmatch(t.text):
            return None
        count += t.text.count(" ") + 1
    return count


# An adverb (the gap grammars' _AUX: "reportedly", "badly"), read up to a word's boundary
_NP_AUX_ADVERB = re.compile(
    r"[a-z]+-?[a-z]+(?:ally|ively|ously|edly|ntly|tely|fully|arily|ssly|irely|rtly|enly|ckly)", re.IGNORECASE
)
# A participle in -ed of three letters or more: before "and", no word of a noun phrase ("were waylaid and")
_ED_WORD = re.compile(r"[a-z]{3,}ed", re.IGNORECASE)
# A word of a count's noun before its noun trigger: a letter first, then letters, digits, apostrophes, hyphens
_NP_PIECE = re.compile(r"[^\W\d][\w'’-]*")


def _np_stopped(low: str, after: str | None) -> bool:
    """Whether a word (lower case; ``after``, the next word) ends a count's noun phrase before its noun
    trigger: a stop word or an auxiliary or adverb (words.NP_STOPS, NP_AUX), alone or before a hyphen or an
    apostrophe ("all-out"), or before its next word ("so far", "were waylaid and")."""
    for p in range(1, len(low) + 1):
        if p < len(low) and low[p] not in "-'’":
            continue  # (a word's boundary only)
        head = low[:p]
        if head in words.NP_STOPS or head in words.NP_AUX or _NP_AUX_ADVERB.fullmatch(head):
            return True
    if after is not None:
        nxt = words.NP_AUX_BEFORE.get(low) or ("and" if _ED_WORD.fullmatch(low) else None)
        if nxt is not None and after.startswith(nxt) and (len(after) == len(nxt) or after[len(nxt)] in "-'’"):
            return True
    return False


def noun_gap(pieces: Sequence[str]) -> list[str] | None:
    """The words of a count's noun phrase between the count and its noun trigger ("254 (new) deaths",
    "300 (men and women) displaced"), from the gap's white-space separated pieces: up to three words, each
    after an "and" or "or" maybe, none a stop word, auxiliary or adverb but a word of record right before the
    trigger ("254 reported deaths"); None when the gap holds anything else.

    >>> noun_gap([]), noun_gap(["new", "and", "repeated"]), noun_gap(["reported"]), noun_gap(["were"])
    ([], ['new', 'repeated'], ['reported'], None)
    """
    found: list[str] = []
    x = 0
    while x < len(pieces):
        low = pieces[x].lower()
        if low in ("and", "or"):
            x += 1  # ("and" before a word only)
            if x == len(pieces):
                return None
            low = pieces[x].lower()
        if len(found) == 3 or not _NP_PIECE.fullmatch(pieces[x]):
            return None
        last = x == len(pieces) - 1
        if not (last and low in words.RECORD_WORDS) and _np_stopped(low, None if last else pieces[x + 1].lower()):
            return None
        found.append(pieces[x])
        x += 1
    return found


def gap_pieces(tokens: Sequence[Token], i: int, k: int) -> list[str]:
    """The pieces of text between the tokens ``i`` and ``k`` that white space parts (tokens that touch are
    one piece: "people's"), as noun_gap reads them."""
    pieces: list[str] = []
    for x in range(i + 1, k):
        if x > i + 1 and tokens[x].start == tokens[x - 1].end:
            pieces[-1] += tokens[x].text
        else:
            pieces.append(tokens[x].text)
    return pieces


def _counted_before(tokens: Sequence[Token], i: int, k: int) -> bool:
    """Whether the token at ``i`` is a number expression a noun trigger at ``k`` counts ("254 (new) deaths")."""
    t = tokens[i]
    if t.number is None or (i + 1 < k and tokens[i + 1].start == t.end):
        return False
    return count_noun_gap(tokens, i, k) is not None


def count_noun_gap(tokens: Sequence[Token], i: int, k: int) -> list[str] | None:
    """noun_gap of the words between the count at ``i`` and the noun trigger at ``k``, after a vague
    count's "of" ("hundreds of deaths", "thousands of displaced families"; "254 of deaths" is none)."""
    pieces = gap_pieces(tokens, i, k)
    number = tokens[i].number
    if pieces and number is not None and number.qualifier == "vague" and pieces[0].lower() == "of":
        pieces = pieces[1:]
    return noun_gap(pieces)


# Words that may stand between an act's noun and its count, each alone ("another", "estimated") or after
# "a", "an" or "the" ("an estimated", "the further"): event_of
_EVENT_ADDS = frozenset({"further", "additional", "another", "other", "estimated"})
# Two words that may stand there as one ("a total of 12", "more than 5,000" when the count has no qualifier)
_EVENT_ADD_PAIRS = (("total", "of"), ("more", "than"))


def event_of(tokens: Sequence[Token], k: int, i: int) -> bool:
    """Whether the count at ``i`` is what the act's noun at ``k`` ("the evacuation of", "the killing of")
    is of: nothing between them but words that say how much ("an estimated", "another", "a total of",
    "the further"), each after a space.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "They condemned the killing of a total of 12 villagers and 3 dogs."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> toks[3].text, toks[7].text, event_of(toks, 3, 7), event_of(toks, 3, 10)
    ('killing of', '12', True, False)
    """
    if not (k < i and _spaced(tokens, k, i)):
        return False
    gap = [w for t in tokens[k + 1 : i] for w in t.low.split()]
    x = 0
    while x < len(gap):
        if gap[x] in ("a", "an", "the"):
            x += 1  # (only before a word of how much: "the killing of the 12" is no act of the count)
        if tuple(gap[x : x + 2]) in _EVENT_ADD_PAIRS:
            x += 2
        elif x < len(gap) and gap[x] in _EVENT_ADDS:
            x += 1
        else:
            return False
    return True


def toll_people(tokens: Sequence[Token], k: int) -> tuple[int, str | None, bool] | None:
    """The words a toll's trigger at ``k`` has right after it before its verb: a noun of people, "number"
    (or "total", "count", "tally"), or both ("Killed people number reached 31", "the number of injured
    persons is 15", "Displaced families number 4,000"): the token after them, the people's noun (lower
    case, or None) and whether "number" stands there; None when neither does.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Killed people number reached 31; injured cattle were 12."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> toks[0].text, toll_people(toks, 0), toks[6].text, toll_people(toks, 6)
    ('Killed', (3, 'people', True), 'injured', None)
    """
    x = k + 1
    if x >= len(tokens) or not _spaced_tokens(tokens, x):
        return None
    head = None
    if tokens[x].low not in words.TOLL_COUNT_NOUNS:
        if tokens[x].low not in lexicon.PEOPLE_PLURAL:
            return None  # (a noun of something else: "injured cattle were 12")
        head = tokens[x].low
        x += 1
    number = x < len(tokens) and _spaced_tokens(tokens, x) and tokens[x].low in words.TOLL_COUNT_NOUNS
    return (x + 1 if number else x), head, number


def number_who(tokens: Sequence[Token], k: int) -> tuple[int, str | None] | None:
    """A toll named by a relative clause whose verb is the trigger at ``k``: "the number who have died",
    "the number of (the) refugees who have crossed into": where "number" starts (within 60 characters
    before the trigger) and the counted noun (lower case; None after "number" alone or "of those"),
    or None. The first "number" that reads so is taken; its noun must name people.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "The number of displaced families who were evacuated stands at 1,400."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> [(t.text, number_who(toks, x)) for x, t in enumerate(toks) if t.kind == "trigger"]
    [('number of displaced', None), ('evacuated', (4, 'families'))]
    """
    x = k - 1
    if x >= 0 and tokens[x].low in words.WHO_BE and _spaced_tokens(tokens, x + 1):
        x -= 1
    if x >= 0 and tokens[x].low in words.WHO_HAVE and _spaced_tokens(tokens, x + 1):
        x -= 1
    if x < 1 or tokens[x].low not in words.WHO_PRONOUNS or not _spaced_tokens(tokens, x + 1):
        return None
    # the words before the pronoun, nearest first, with their starts (a trigger phrase holds several:
    # "number of refugees"), each after white space
    before: list[tuple[str, int]] = []
    y = x - 1
    while y >= 0 and len(before) < 7 and _spaced_tokens(tokens, y + 1):
        t = tokens[y]
        before.extend(reversed([(m.group().lower(), t.start + m.start()) for m in _NON_SPACE.finditer(t.text)]))
        y -= 1
    lo = tokens[k].start - 60
    found: tuple[int, str | None] | None = None
    if before and before[0][0] == "number" and before[0][1] >= lo:
        found = (before[0][1], None)  # "the number who have died"
    # "number of", maybe "the", up to two words and the noun: the first "number" that reads so
    for middle in range(3):
        for the in (0, 1):
            a = 1 + middle + the  # the index of "of"
            if a + 1 >= len(before) or before[a + 1][0] != "number" or before[a][0] != "of" or before[a + 1][1] < lo:
                continue
            if (the and before[a - 1][0] != "the") or not all(_WHO_WORD.fullmatch(w) for w, _ in before[: 1 + middle]):
                continue
            if found is None or before[a + 1][1] < found[0]:
                found = (before[a + 1][1], before[0][0])
    if found is None or found[1] is None:
        return found
    if found[1] not in lexicon.PEOPLE_PLURAL and found[1] != "those":
        return None  # "the number of cars that were damaged"
    return found if found[1] != "those" else (found[0], None)


# A word of a relative clause's toll noun ("number of (the) displaced families who"): a letter first.
_WHO_WORD = re.compile(r"[^\W\d][\w'’-]*")


# --- one victim named without a number (the construction implicit_singular's readings) ---
# A word as the old grammars of a named victim read one: word characters, apostrophes and hyphens.
_PLAIN_WORD = re.compile(r"[\w'’-]+")
# A noun of one person: the lexicon's, or a word of letters ending as an agent's noun ("journalist",
# "policeman", "politician")
_AGENT_ENDING = re.compile(r"[^\W\d]{2,}(?:ist|man|woman|ian)")
# The rest of a word of a person's name after its capital ("Othman"; after the first, "J.R" too)
_NAME_REST = re.compile(r"[\w'’-]+")
_NAME_DOTTED_REST = re.compile(r"[\w'’.-]+")


def person_head(low: str) -> bool:
    """Whether the lower-case word ``low`` names one person (the lexicon's PERSON, or an agent's noun).

    >>> person_head("journalist"), person_head("mayor"), person_head("river")
    (True, True, False)
    """
    return low in lexicon.PERSON or _AGENT_ENDING.fullmatch(low) is not None


def _words_after(tokens: Sequence[Token], x: int, most: int, spaced_first: bool = True) -> list[tuple[str, int, int]]:
    """Up to ``most`` words from the token at ``x`` on, each after white space (the first too when
    ``spaced_first``; a phrase token gives each of its words): their spelling, start and end; they stop at
    a token right after the one before."""
    out: list[tuple[str, int, int]] = []
    while x < len(tokens) and len(out) < most and (_spaced_tokens(tokens, x) or (not out and not spaced_first)):
        t = tokens[x]
        out.extend((m.group(), t.start + m.start(), t.start + m.end()) for m in _NON_SPACE.finditer(t.text))
        x += 1
    return out[:most]


def _one_person(
    ws: Sequence[tuple[str, int, int]], a: int, dets: frozenset[str], between: int, stops: tuple[str, ...]
) -> int | None:
    """The index of the person noun of a noun phrase starting at ``ws[a]``: a determiner of ``dets``, up to
    ``between`` plain words (none of ``stops``) and the first noun of one person, or None."""
    if a >= len(ws) or ws[a][0].lower() not in dets:
        return None
    for x in range(a + 1, min(len(ws), a + 2 + between)):
        w = ws[x][0]
        if not _PLAIN_WORD.fullmatch(w):
            return None
        if person_head(w.lower()):
            return x
        if w in stops:
            return None
    return None


def body_owner(tokens: Sequence[Token], k: int, lo: int) -> int | None:
    """Whose body the trigger at ``k`` ("body was found") names, right before it: "his", "her" or a
    possessive with up to two words and "the" before it ("the young mayor's"), maybe "charred",
    "lifeless", "mutilated" or "dead" between; where that starts (not before ``lo``), or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "On Monday the young mayor's charred body was found."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> s[body_owner(toks, 6, 0) :]
    "the young mayor's charred body was found."
    """
    before: list[tuple[str, int]] = []
    y = k - 1
    while y >= 0 and len(before) < 6 and _spaced_tokens(tokens, y + 1):
        t = tokens[y]
        before.extend(reversed([(m.group().lower(), t.start + m.start()) for m in _NON_SPACE.finditer(t.text)]))
        y -= 1
    starts: list[int] = []  # the indexes in ``before`` where a reading starts
    for p in (0, 1) if before and before[0][0] in words.BODY_ADJECTIVES else (0,):
        if p >= len(before):
            continue
        w = before[p][0]
        if w in words.BODY_POSSESSIVES:
            starts.append(p)
        elif len(w) > 2 and w[-2] in "'’" and w[-1] == "s" and _SIMPLE_WORD.fullmatch(w[:-2]):
            starts.append(p)  # "the young mayor's": the possessive, up to two words before it, "the" before those
            c = 0
            while c < 2 and p + c + 1 < len(before) and _SIMPLE_WORD.fullmatch(before[p + c + 1][0]):
                c += 1
                starts.append(p + c)
            if c == 2 and p + 3 < len(before) and before[p + 3][0] == "the":
                starts.append(p + 3)
    for x in sorted(starts, reverse=True):  # the first in the text
        if before[x][1] >= lo:
            return before[x][1]
    return None


def act_of_one(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """One person after a noun of killing or harm at ``k`` ("the killing of a journalist", "the death of
    the head of a clinic"): "of" (or in the phrase), "a", "an" or "the", up to four words and the first
    noun of one person, not the first of several ("a journalist and his son"); its span, or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "They condemned the killing of a local radio journalist in the city."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> a, b = act_of_one(toks, 3)
    >>> s[a:b]
    'a local radio journalist'
    """
    ws = _words_after(tokens, k + 1, 9)
    for a in (1, 0) if ws and ws[0][0] == "of" else (0,):
        x = _one_person(ws, a, words.ONE_DETERMINERS, 4, ("and", "or"))
        if x is None:
            continue
        # not the first of several: "and his son", "or two guards"
        nxt = ws[x + 1 : x + 3]
        if (
            len(nxt) == 2
            and nxt[0][0] in ("and", "or")
            and (nxt[1][0].startswith(words.SEVERAL_AFTER) or nxt[1][0][:1].isdigit())
        ):
            continue
        return ws[a][1], ws[x][2]
    return None


def remembered_before(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """Whether a death before the trigger at ``k`` is one remembered, not reported: "anniversary",
    "memorial", "mourning", "since", "years after"... within 25 characters before it (from ``lo`` on),
    no full stop or semicolon between."""
    start = tokens[k].start
    for x in range(k - 1, -1, -1):
        t = tokens[x]
        if t.end < start - 25 or t.start < lo:
            break
        low = t.low
        if (
            low in words.REMEMBERED_WORDS
            or (low.startswith(words.REMEMBERED_STEMS) and low.isalnum())
            or (low == "after" and x > 0 and tokens[x - 1].low == "years" and tokens[x - 1].start >= lo)
        ) and not any("." in b.text or ";" in b.text for b in tokens[x + 1 : k]):
            return True
    return False


def named_object(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A person's name right after the verb at ``k``, a person by its apposition ("shot dead Sheikh Ali
    Othman, a Sufi imam"): maybe a title, two to five capitalised words, a comma, maybe "who was", "a",
    "an" or "the", up to three words and a noun of one person; the name's span, or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Gunmen shot dead Sheikh Ali Othman, a Sufi imam, on Friday."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> a, b = named_object(toks, 1)
    >>> s[a:b]
    'Sheikh Ali Othman'
    """
    x = k + 1
    if x >= len(tokens) or not _spaced_tokens(tokens, x):
        return None
    start = tokens[x].start
    firsts = [x]  # the name's first word: after a title ("Sheikh Ali Othman"), else the title itself
    if tokens[x].text in words.NAME_TITLES:
        y = x + 1
        if y < len(tokens) and tokens[y].text == "." and not _spaced_tokens(tokens, y):
            y += 1
        if y < len(tokens) and _spaced_tokens(tokens, y):
            firsts.insert(0, y)
    for x in firsts:
        end = _person_name_end(tokens, x)
        if end is None:
            continue
        ws = _words_after(tokens, end + 2, 7, spaced_first=False)
        a = 2 if len(ws) > 2 and ws[0][0].lower() == "who" and ws[1][0].lower() in ("was", "is") else 0
        if _one_person(ws, a, words.ONE_DETERMINERS, 3, ()) is None:
            return None
        return start, tokens[end].end
    return None


def _person_name_end(tokens: Sequence[Token], x: int) -> int | None:
    """The index of a name's last word, from its first at ``x``: a capital first, then one to four
    more (maybe "al-", "bin" or "de" before one), then a comma; or None."""
    w = tokens[x].text
    if len(w) < 2 or not w[0].isupper() or not _NAME_REST.fullmatch(w, 1):
        return None
    more = 0
    while more < 4 and x + 1 < len(tokens) and _spaced_tokens(tokens, x + 1):
        y = x + 1
        if tokens[y].text in words.NAME_PARTICLES:
            y += 1
            if y >= len(tokens) or not _spaced_tokens(tokens, y):
                break
        w = tokens[y].text
        w = w[3:] if w.startswith("al-") else w
        if len(w) < 2 or not w[0].isupper() or not _NAME_DOTTED_REST.fullmatch(w, 1):
            break
        x, more = y, more + 1
    if not more or x + 1 >= len(tokens) or tokens[x + 1].text != ",":
        return None
    return x


def _list_goes_on(tokens: Sequence[Token], k: int, ws: Sequence[tuple[str, int, int]], y: int) -> bool:
    """Whether "and" (a word's start) or a comma follows the word ``ws[y]``, maybe after white space."""
    if y + 1 < len(ws):
        return ws[y + 1][0].lower().startswith("and")
    end = ws[y][2]
    x = next((x for x in range(k + 1, len(tokens)) if tokens[x].end > end), len(tokens))
    if x < len(tokens) and tokens[x].start < end:  # (inside a phrase token: the rest of its words)
        rest = tokens[x].text[end - tokens[x].start :].lstrip().lower()
        return rest.startswith(("and", ","))
    return x < len(tokens) and tokens[x].low.startswith(("and", ","))


def object_pair(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """Two persons as the object of the verb at ``k`` ("killed the mayor and his 12-year-old daughter"):
    each "the", "a", "an", "his" or "her", up to two words and a noun of one person, joined by "and",
    not the first two of a longer list; their span, or None."""
    ws = _words_after(tokens, k + 1, 8)
    stops = ("and", "of")
    for x in range(1, min(len(ws), 4)):  # the first person: its first noun of one person
        if ws[0][0].lower() not in words.PAIR_DETERMINERS:
            return None
        w = ws[x][0]
        if not _PLAIN_WORD.fullmatch(w) or (x < 3 and w.lower() in stops and not person_head(w.lower())):
            return None
        if not person_head(w.lower()):
            continue
        if x + 2 >= len(ws) or ws[x + 1][0].lower() != "and" or ws[x + 2][0].lower() not in words.PAIR_DETERMINERS:
            continue
        for y in range(x + 3, min(len(ws), x + 6)):
            v = ws[y][0]
            if not _PLAIN_WORD.fullmatch(v) or (v.lower() in stops and not person_head(v.lower())):
                break
            if not person_head(v.lower()):
                continue
            if _list_goes_on(tokens, k, ws, y):
                continue  # the first two of a longer list
            return ws[0][1], ws[y][2]
    return None


def is_person(word: str) -> bool:
    """Whether ``word`` (any case, quotes around it dropped) names one person: the lexicon's PERSON, or a
    word of more than four letters ending as an agent's noun ("-ist", "-man", "-woman", "-ian").

    >>> is_person("Policeman"), is_person("elder"), is_person("fisherman"), is_person("river")
    (True, True, True, False)
    """
    h = word.lower().strip("'’")
    return h in lexicon.PERSON or (len(h) > 4 and h.endswith(("ist", "man", "woman", "ian")))


# A word inside a run of words, as the old grammar scanned it for a person: a letter first ("year-old" in
# "12-year-old")
_LETTER_WORD = re.compile(r"[^\W\d][\w'’-]*")


def singular_before(tokens: Sequence[Token], k: int, lo: int) -> tuple[int, int, str, list[str]] | None:
    """A singular subject right before the verb at ``k``: "a", "an", "one", "another" or "the" (from ``lo``
    on), up to four words and its head, maybe an aside between commas (up to 60 characters), then up to
    three auxiliaries or "-ly" adverbs ("was", "has been", "reportedly"); the first such subject in the
    text, with the fewest words: its span, its head and its auxiliaries, or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "On Monday a Mexican journalist, a father of three, was reportedly killed."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> a, b, head, aux = singular_before(toks, len(toks) - 2, 0)
    >>> s[a:b], head, aux
    ('a Mexican journalist', 'journalist', ['was', 'reportedly'])
    """
    if k == 0 or not _spaced_tokens(tokens, k):
        return None
    a = k
    while a > 0 and tokens[a - 1].end > lo:
        a -= 1
    pieces = _pieces(tokens, max(0, a - 1), k)
    for d, (w, start, _, spaced) in enumerate(pieces):
        if start < lo or w.lower() not in words.SUBJECT_DETERMINERS:
            continue
        if not spaced and d > 0 and (pieces[d - 1][0][-1].isalnum() or pieces[d - 1][0][-1] in "_-"):
            continue  # (a word's end: not a determiner)
        for h in range(d + 1, min(len(pieces), d + 6)):
            if not pieces[h][3] or not _PLAIN_WORD.fullmatch(pieces[h][0]):
                break
            aux = _aside_then_aux(pieces, h + 1)
            if aux is not None:
                return start, pieces[h][2], pieces[h][0], aux
    return None


def and_one(tokens: Sequence[Token], k: int, lo: int) -> tuple[int, int] | None:
    """One person joined by "and" to a clause before, the verb at ``k`` with its auxiliary left out ("was
    killed and his brother wounded", "and another injured"): "and", then "a", "an", "his", "her" or
    "their", up to two words and a noun of one person, or "another" ("one other"), then up to two of
    "was", "also", "later" or an adverb of how badly; the first such "and" from ``lo`` on: the person's
    span, or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "A soldier was killed and his younger brother badly wounded."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> a, b = and_one(toks, len(toks) - 2, 0)
    >>> s[a:b]
    'his younger brother'
    """
    if k == 0 or not _spaced_tokens(tokens, k):
        return None
    a = k
    while a > 0 and tokens[a - 1].end > lo:
        a -= 1
    pieces = _pieces(tokens, max(0, a - 1), k)
    for d, (w, start, _, spaced) in enumerate(pieces):
        if w != "and" or start < lo or d + 1 >= len(pieces) or not pieces[d + 1][3]:
            continue
        if not spaced and d > 0 and (pieces[d - 1][0][-1].isalnum() or pieces[d - 1][0][-1] == "_"):
            continue  # (inside a word)
        first = pieces[d + 1][0].lower()
        ends: list[int] = []  # the index of the person's last word, per reading
        if first in words.AND_ONE_DETERMINERS:
            for h in range(d + 2, min(len(pieces), d + 5)):
                if not pieces[h][3] or not _PLAIN_WORD.fullmatch(pieces[h][0]):
                    break
                if person_head(pieces[h][0].lower()):
                    ends.append(h)
        if first in words.AND_ONE_WORDS:
            ends.append(d + 1)
        elif first == "one" and d + 2 < len(pieces) and pieces[d + 2][0].lower() == "other" and pieces[d + 2][3]:
            ends.append(d + 2)
        for h in ends:
            rest = pieces[h + 1 :]
            if len(rest) <= 2 and all(p[3] and p[0] in words.AND_ONE_BETWEEN for p in rest):
                return pieces[d + 1][1], pieces[h][2]
    return None


def _text_words(tokens: Sequence[Token], x: int, most: int) -> list[tuple[str, int, int, bool]]:
    """Up to ``most`` words of the text from the token at ``x`` on, as white space parts them (tokens with
    nothing between are one word, a phrase token gives each of its words): their spelling, start, end and
    whether white space stands before them."""
    out: list[tuple[str, int, int, bool]] = []
    while x < len(tokens) and len(out) < most:
        t = tokens[x]
        spaced = x > 0 and t.start > tokens[x - 1].end
        for m in _NON_SPACE.finditer(t.text):
            w, a, b = m.group(), t.start + m.start(), t.start + m.end()
            if out and not spaced and m.start() == 0 and out[-1][2] == a:
                out[-1] = (out[-1][0] + w, out[-1][1], b, out[-1][3])  # (attached to the word before)
            else:
                out.append((w, a, b, spaced or m.start() > 0))
        x += 1
    return out


def _person_run_end(w: tuple[str, int, int, bool]) -> int | None:
    """Where a noun of one person at the start of the word ``w`` ends (its letters, apostrophes and
    hyphens, whole: "driver" in "driver,"), or None."""
    run = _RUN_CHARS.match(w[0])
    if run is None or not person_head(run.group().lower()):
        return None
    return w[1] + run.end()


_RUN_CHARS = re.compile(r"[\w'’-]+")
_DAY_WORD = re.compile(r"\w+day", re.IGNORECASE)


def _one_after_det(ws: Sequence[tuple[str, int, int, bool]], j: int, dets: frozenset[str], between: int) -> int | None:
    """The end of a person's noun after a determiner of ``dets`` at ``ws[j]``, with up to ``between`` plain
    words before it (the first such noun), or None."""
    if j >= len(ws) or ws[j][0].lower() not in dets:
        return None
    for h in range(j + 1, min(len(ws), j + 2 + between)):
        if not ws[h][3]:
            return None
        end = _person_run_end(ws[h])
        if end is not None:
            return end
        if not _PLAIN_WORD.fullmatch(ws[h][0]):
            return None
    return None


def _noun_word(w: tuple[str, int, int, bool], last: bool) -> bool:
    """A word of a counted object's noun before "and" one more person: after white space, a letter first,
    letters, apostrophes and hyphens (the last may carry a comma), not "and", "as" nor "plus"."""
    core = w[0][:-1] if last and w[0].endswith(",") else w[0]
    return (
        w[3]
        and core[:1].isalpha()
        and _RUN_CHARS.fullmatch(core) is not None
        and core.lower() not in ("and", "as", "plus")
    )


def alongside_one(tokens: Sequence[Token], x: int) -> tuple[int, int] | None:
    """One person joined to the harm of the trigger before the token ``x`` by "alongside", "along with", "together
    with" or "with" ("A candidate was killed, alongside his driver"), maybe after a word of time or of
    the agent ("on Sunday", "by gunmen"): "his", "her", "their", "a", "an" or "another", up to two words
    and a noun of one person; its span, or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "A candidate was killed on Sunday, alongside his young driver."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> a, b = alongside_one(toks, 4)
    >>> s[a:b]
    'his young driver'
    """
    ws = _text_words(tokens, x, 12)
    for i in _after_time(ws):
        if i < len(ws) and ws[i][0] == "," and not (i > 0 and ws[i - 1][0].endswith(",")):
            i += 1  # ("killed, alongside": the comma; "on Sunday, alongside": the time word's)
        if i >= len(ws) or not ws[i][3]:
            continue
        w = ws[i][0].lower()
        if w in words.ALONGSIDE_WORDS:
            j = i + 1
        elif w in words.ALONGSIDE_PAIRS and i + 1 < len(ws) and ws[i + 1][3] and ws[i + 1][0].lower() == "with":
            j = i + 2
        else:
            continue
        if j >= len(ws) or not ws[j][3]:
            continue
        end = _one_after_det(ws, j, words.ALONGSIDE_DETERMINERS, 2)
        if end is not None:
            return ws[j][1], end
    return None


def _after_time(ws: Sequence[tuple[str, int, int, bool]]) -> list[int]:
    """Where the words after a verb go on past a word of time or of the agent ("on Sunday", "yesterday",
    "by (armed) gunmen"), then without one: the indexes, in that order."""
    out = []
    if ws and ws[0][3]:
        w0 = ws[0][0].lower()
        w1 = ws[1][0].lower() if len(ws) > 1 and ws[1][3] else ""
        w2 = ws[2][0].lower() if len(ws) > 2 and ws[2][3] else ""
        if w0 == "on" and _DAY_WORD.fullmatch(w1.removesuffix(",")):
            out.append(2)
        elif w0.removesuffix(",") in words.ALONGSIDE_TIMES:
            out.append(1)
        elif w0 == "by" and w1.removesuffix(",") == "gunmen":
            out.append(2)
        elif w0 == "by" and re.fullmatch(r"\w+", w1) and w2.removesuffix(",") == "gunmen":
            out.append(3)
    out.append(0)
    return out


def and_one_after(tokens: Sequence[Token], x: int) -> tuple[int, int] | None:
    """One more person after a counted object that ends at the token ``x`` ("killed a dozen inmates and a
    female visitor"): up to three words of its noun, "and", "as well as" or "plus", "a" or "an", up to
    three words and a noun of one person; its span, or None."""
    ws = _text_words(tokens, x, 14)
    for n in range(4):  # the object's own words first: the fewest
        if n > len(ws) or (n and not _noun_word(ws[n - 1], last=True)):
            break
        if n > 1 and not _noun_word(ws[n - 2], last=False):
            break
        comma = n > 0 and ws[n - 1][0].endswith(",")
        i = n
        if not comma and i < len(ws) and ws[i][0] == ",":
            i += 1
        if i >= len(ws) or not ws[i][3]:
            continue
        w = ws[i][0].lower()
        if w in words.AND_AFTER_JOINS:
            j = i + 1
        elif w == "as" and i + 2 < len(ws) and ws[i + 1][0].lower() == "well" and ws[i + 2][0].lower() == "as":
            j = i + 3
        else:
            continue
        if j >= len(ws) or not ws[j][3]:
            continue
        end = _one_after_det(ws, j, words.ONE_DETERMINERS - {"the"}, 3)
        if end is not None:
            return ws[j][1], end
    return None


def _pieces(tokens: Sequence[Token], a: int, k: int) -> list[tuple[str, int, int, bool]]:
    """The words and marks of the tokens from ``a`` to ``k`` (not included; a phrase token gives each of its
    words): their spelling, start, end and whether white space stands before them."""
    out: list[tuple[str, int, int, bool]] = []
    for x in range(a, k):
        t = tokens[x]
        spaced = x > 0 and t.start > tokens[x - 1].end
        for m in _NON_SPACE.finditer(t.text):
            out.append((m.group(), t.start + m.start(), t.start + m.end(), spaced or m.start() > 0))
    return out


_ASIDE_MARKS = frozenset(",;:()")


def _aside_then_aux(pieces: Sequence[tuple[str, int, int, bool]], x: int) -> list[str] | None:
    """The auxiliaries from ``pieces[x]`` to the end (the verb's), maybe after an aside between commas
    ("a father of three,"): each after white space, up to three ("has been" one); None when the pieces
    are no such run."""
    if x < len(pieces) and pieces[x][0] == ",":
        c = next((c for c in range(x + 1, len(pieces)) if pieces[c][0] == ","), None)
        if (
            c is not None
            and 1 <= pieces[c][1] - pieces[x][2] <= 60
            and not any(ch in _ASIDE_MARKS for p in pieces[x + 1 : c] for ch in p[0])
        ):
            aux = _aux_run(pieces, c + 1)
            if aux is not None:
                return aux
    return _aux_run(pieces, x)


_LY_WORD = re.compile(r"[a-zA-Z]+ly")


def _aux_run(pieces: Sequence[tuple[str, int, int, bool]], x: int) -> list[str] | None:
    """The words from ``pieces[x]`` on when each is an auxiliary or an "-ly" adverb after white space,
    three at most ("has been" and "had been" one each), else None."""
    run = [p[0] for p in pieces[x:]]
    if any(not p[3] for p in pieces[x:]) or not all(
        w.lower() in words.SUBJECT_AUX_WORDS or _LY_WORD.fullmatch(w) for w in run
    ):
        return None
    units, y = 0, 0
    while y < len(run):
        y += 2 if run[y].lower() in ("has", "had") and y + 1 < len(run) and run[y + 1].lower() == "been" else 1
        units += 1
    return run if units <= 3 else None


def singular_after(tokens: Sequence[Token], k: int) -> tuple[int, int] | None:
    """One person as the object of the verb at ``k``: "a", "an", "one", "his", "her", "their" or "its", or
    ("the") words before a title with "of", "for" or a comma and a name ("the head of a radio station",
    "the pastor, Reverend X"), then up to six words (not a count's: "a total of", "a dozen"; their last
    not before a number); the span from its first word to the first that names a person, or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Gunmen killed a prominent elder at Bakaraha market on Friday."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> a, b = singular_after(toks, 1)
    >>> s[a:b]
    'a prominent elder'
    """
    ws = _words_after(tokens, k + 1, 10)
    if not ws:
        return None
    first = ws[0][0].lower()
    starts = []  # where the run of words starts, per reading, in the old grammar's order
    if first in words.ONE_OBJECT_DETERMINERS or first in words.POSSESSIVE_DETERMINERS:
        starts.append(1)
    the = 1 if first == "the" else 0
    if _title_ahead(tokens, ws, the):
        starts.append(the)
    elif the and _title_ahead(tokens, ws, 0):
        starts.append(0)
    for b in starts:
        if b >= len(ws) or ws[b][0].lower() in words.NOT_ONE_WORDS:
            continue
        run = 0
        while b + run < len(ws) and run < 6 and _PLAIN_WORD.fullmatch(ws[b + run][0]):
            run += 1
        while run and _number_next(ws, b + run):
            run -= 1  # (its last word not before a number: "one 5", "a group of 12")
        if not run:
            continue
        for w, wa, _ in ws[b : b + run]:
            for m in _LETTER_WORD.finditer(w):
                if is_person(m.group()):
                    return ws[0][1], wa + m.end()
        return None
    return None


def _number_next(ws: Sequence[tuple[str, int, int]], x: int) -> bool:
    """Whether a number ("5", or "of 5") is the next word at ``x``."""
    if x >= len(ws):
        return False
    w = ws[x][0]
    return w[:1].isdigit() or (w.lower() == "of" and x + 1 < len(ws) and ws[x + 1][0][:1].isdigit())


def _title_ahead(tokens: Sequence[Token], ws: Sequence[tuple[str, int, int]], a: int) -> bool:
    """Whether a title ("head", "mayor", "pastor") is one of the three words from ``ws[a]``, with "of" or
    "for" after it, or a comma and a capital."""
    for x in range(a, min(len(ws), a + 3)):
        if ws[x][0].lower() not in words.TITLE_NOUNS:
            if not _PLAIN_WORD.fullmatch(ws[x][0]):
                return False
            continue
        if x + 1 < len(ws) and ws[x + 1][0].lower() in ("of", "for"):
            return True
        # a comma after it (maybe after white space), then a capital
        y = next((y for y, t in enumerate(tokens) if t.start >= ws[x][2]), len(tokens))
        if y + 1 < len(tokens) and tokens[y].text == "," and tokens[y + 1].text[:1].isupper():
            return True
    return False


_SIMPLE_WORD = re.compile(r"[\w-]+")


def total_of(tokens: Sequence[Token], i: int, k: int) -> bool:
    """Whether the count at ``i`` is a total the trigger at ``k`` names: "(brings to) 274,000 the total
    number of people displaced", "to 112 the number of candidates or politicians killed", "to 23,000 the
    total (trigger) displacements": the count, "the", "total" or a total's noun and "of" with up to three
    words, then the trigger.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "This brings to 5,000 the number of families displaced."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> toks[3].text, toks[8].text, total_of(toks, 3, 8), total_of(toks, 1, 8)
    ('5,000', 'displaced', True, False)
    """
    if not (i + 1 < k and tokens[i + 1].low == "the" and _spaced(tokens, i, k)):
        return False
    rest = tokens[i + 2 : k]
    for after in (rest, rest[1:] if rest and rest[0].low == "total" else None):
        if after is None:
            continue
        if not after:
            return True  # "the total (number of people displaced)"
        if len(after) >= 2 and after[0].low in words.OF_TOTAL_NOUNS and after[1].low == "of":
            n = _gap_words(after[2:])
            if n is not None and n <= 3:
                return True  # "the number of candidates or politicians (killed)"
    return False


# A word of a noun phrase's gap as the gap grammars wrote it: a letter first, no "." inside.
_NP_GAP_WORD = re.compile(r"[^\W\d][\w'’-]*")
_LEADING_WORD = re.compile(r"\w+")


def gap_words(tokens: Sequence[Token], i: int, k: int) -> list[str] | None:
    """The words between the tokens ``i`` and ``k`` (a phrase's token gives each of its words), each
    after a space; None when one is no word of a noun phrase's gap ("32,000", "U.N.", ",")."""
    if not _spaced(tokens, i, k):
        return None
    out = [w for t in tokens[i + 1 : k] for w in t.text.split()]
    return out if all(_NP_GAP_WORD.fullmatch(w) for w in out) else None


def _stop_word(w: str) -> bool:
    """A word that ends a noun phrase, read at the word's start as the gap grammars did ("the-" too)."""
    m = _LEADING_WORD.match(w.lower())
    return m is not None and m.group() in words.NP_STOPS


def head_word(found: Sequence[str]) -> str | None:
    """The counted noun of a noun phrase's words, the last (a word broken across a line in PDF text
    joined: "fami-lies"), as the gap grammars' ``_head``.

    >>> head_word(["Syrian", "army", "soldiers"]), head_word(["fami-lies"]), head_word([])
    ('soldiers', 'families', None)
    """
    if not found:
        return None
    head = found[-1].lower().strip("'’")
    joined = head.replace("-", "")
    known = lexicon.PEOPLE_PLURAL | lexicon.HOUSING | frozenset(lexicon.UNITS) | lexicon.NOT_VICTIMS
    return joined if "-" in head and joined in known else head


def caused_to(tokens: Sequence[Token], i: int, k: int) -> tuple[int, str | None] | None:
    """A causative verb right before the count at ``i`` and the trigger's infinitive at ``k`` after it,
    with up to three words of the count's noun phrase and "to" or "into" between: "forced more than
    32,000 to flee", "caused 67,000 houses to collapse", "forced 300,000 people into evacuation
    shelters"; the verb's start and the counted noun, or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "The shelling forced an estimated 3,000 villagers to flee."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> [t.text for t in toks[2:7]]
    ['forced', 'an estimated 3,000', 'villagers', 'to', 'flee']
    >>> start, head = caused_to(toks, 3, 6)
    >>> s[start:], head
    ('forced an estimated 3,000 villagers to flee.', 'villagers')
    """
    between = gap_words(tokens, i, k)
    if not between or between[-1].lower() not in ("to", "into") or len(between) > 4:
        return None
    if any(_stop_word(w) for w in between[:-1]):
        return None
    j = i - 1
    if j >= 1 and tokens[j].low == "another" and tokens[i].start > tokens[j].end:
        j -= 1  # "forced another 300 to flee"
    elif (
        j >= 2
        and tokens[j].low in ("estimated", "further", "additional")
        and tokens[j - 1].low in ("a", "an")
        and tokens[i].start > tokens[j].end > tokens[j - 1].end
    ):
        j -= 2  # "forced an estimated 3,000 to flee"
    if j < 0:
        return None
    low = tokens[j].low
    verb = max((v for v in words.CAUSATIVE_VERBS if low.endswith(v)), key=len, default=None)
    if verb is None:
        return None
    start = tokens[j].end - len(verb)
    if start < tokens[i].start - 40:
        return None  # (the gap grammars' window)
    return start, head_word([w for w in between if w.lower() != "to"])


# A word on the way from a verb of staying to its shelter noun ("the UN mission's", "U.N.-run").
_SHELTER_WAY_WORD = re.compile(r"[\w'’.-]+")
_NON_SPACE = re.compile(r"\S+")


def shelter_place(tokens: Sequence[Token], k: int) -> int | None:
    """The end of the shelter noun (words.SHELTER_NOUNS) up to six words after the verb of staying at
    ``k``, none of them one that opens another clause: "(were still in) nine evacuation centres",
    "(were staying at) the UN mission's base"; or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Some 300 people were staying at the town's sports hall and two schools."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> shelter_place(toks, 3) is None
    True
    >>> s = "Some 300 people were staying at the old school camp-site."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> s[: shelter_place(toks, 3)]
    'Some 300 people were staying at the old school camp'
    """
    skipped = 0
    before_end = tokens[k].end
    host = False  # the word before was "host" ("host families")
    for t in tokens[k + 1 :]:
        if t.start == before_end:
            return None  # (each word after a space: "in," ends the way)
        for m in _NON_SPACE.finditer(t.text):
            w = m.group().lower()
            lead = _LEADING_WORD.match(w)
            first = lead.group() if lead is not None else ""
            if first in words.SHELTER_NOUNS or (host and first == "families"):
                return t.start + m.start() + len(first)
            if not _SHELTER_WAY_WORD.fullmatch(w) or first in words.SHELTER_STOPS or skipped == 6:
                return None
            skipped += 1
            host = first == "host" and len(first) == len(w)
        before_end = t.end
    return None


def bindings_at(
    elements: Sequence[Element], k: int, chunks: Sequence[Chunk], tokens: Sequence[Token], a: int
) -> Iterator[Binding]:
    """Every binding of a pattern whose anchor element (``elements[k]``) is chunk ``a``, in the order
    match_at tries them (its first is match_at's)."""
    if not element_fits(elements[k], chunks[a], tokens):
        return
    for r in _match(elements[k + 1 :], chunks, tokens, a + 1, 1, {elements[k].role: [a]}):
        yield from _match(elements[:k][::-1], chunks, tokens, a - 1, -1, r)


def _in_including_list(c: Chunk, t: Sequence[Token]) -> bool:
    """Whether chunk ``c`` stands in the list of members "including" opens after a count: "about 6,000
    people including 4,000 children (and 300 elderly)"."""
    x = c.first - 1
    while x >= 0:
        if t[x].low in ("including", "incl"):
            return True
        if not (t[x].kind in _LIST_KINDS or t[x].text == ","):
            return False
        x -= 1
    return False


_LIST_KINDS = frozenset({"det", "quant", "num", "person", "house", "thing", "name", "word", "adv", "date", "coord"})
# Token kinds of the words of a counted noun phrase after its number ("3,000 displaced people")
_NP_WORD_KINDS = frozenset({"person", "house", "thing", "name", "word", "adv", "trigger"})


def count_words(tokens: Sequence[Token], i: int, last: int) -> list[str] | None:
    """The words of the noun phrase after the count at ``i`` up to token ``last`` (exclusive; a comma that
    closes an aside left out, never a bracket), before any "of" ("3,000 people", "12 of them": none), or
    None when another kind of token stands there."""
    out: list[str] = []
    if last > i + 1 and tokens[last - 1].text == ",":
        last -= 1
    for x in range(i + 1, last):
        if tokens[x].low == "of":
            return out
        if tokens[x].kind not in _NP_WORD_KINDS:
            return None
        out.append(tokens[x].text)
    return out


def _counted_end(c: Chunk, t: Sequence[Token]) -> bool:
    """A reduced relative clause or an aside that ends in a counted noun phrase: the chunker's reading of
    "Aid groups counted 3,000 people (living in tents)", "1,800 people, or 400 families, (remain in
    camps)", whose count is the subject of the verb after it."""
    return c.kind in ("rel", "paren") and any(
        x.kind == "num" and count_words(t, k, c.last) is not None for k, x in _each(c, t)
    )


# A word a partitive's noun may not follow: a superlative picks out some of the people ("the biggest").
_SUPERLATIVE = re.compile(r"(?:most|[\w-]+est)\b")


def partitive(tokens: Sequence[Token], i: int, k: int) -> bool:
    """Whether the count at ``i`` is taken from the people the trigger noun at ``k`` names: "(out) of the
    (these, those, all the)" and up to two words before it ("300,000 of the evacuees", "200 of these
    newly arrived IDPs"); no superlative ("40 of the biggest displaced families").

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Around 3,000 of the evacuees went home."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> [t.text for t in toks[:4]], partitive(toks, 0, 3)
    (['Around 3,000', 'of', 'the', 'evacuees'], True)
    """
    between = gap_words(tokens, i, k)
    if between is None:
        return False
    low = [w.lower() for w in between]
    x = 1 if low[:1] == ["out"] else 0
    if low[x : x + 1] != ["of"]:
        return False
    x += 1
    if low[x : x + 2] == ["all", "the"]:
        x += 2
    elif low[x : x + 1] and low[x] in ("the", "these", "those"):
        x += 1
    else:
        return False
    rest = between[x:]
    return len(rest) <= 2 and not any(_SUPERLATIVE.match(w.lower()) for w in rest)


def _aside_end(tokens: Sequence[Token], x: int, k: int) -> int | None:
    """The token after an aside opening at ``x`` before ``k``: brackets, dashes, or commas around words
    that name a share or members (", including dozens of orphans,", ", mostly women,")."""
    t = tokens[x]
    close = {"(": ")", "[": "]"}.get(t.text)
    if close is None and t.text in ("-", "–", "—", "--"):
        close = t.text
    if close is None and t.text == "," and x + 1 < k and tokens[x + 1].low in words.ASIDE_OPENERS:
        close = ","
    if close is None:
        return None
    for y in range(x + 1, min(k, x + 25)):
        if tokens[y].text == close:
            return y + 1
        if tokens[y].text in (".", ";", ":", "(", ")") or tokens[y].kind == "trigger":
            return None
    return None


def subject_words(tokens: Sequence[Token], j: int, k: int) -> list[str] | None:
    """The words of the noun phrase after the count at ``j`` when the count is the subject of the verb at
    ``k``: up to five words of its noun ("4,500 people", "villagers"), its place or origin ("from the
    north"), asides (", including dozens of orphans,", "(mostly women)"), auxiliaries and adverbs ("have
    now"); None when something else stands between.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Some 4,500 people, including dozens of orphans, had left Aleppo."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> subject_words(toks, 0, 8)
    ['people']
    """
    x = j + 1
    np: list[str] = []
    while x < k and len(np) < 5 and tokens[x].kind in _SUBJECT_NOUN_KINDS and tokens[x].low not in words.NP_STOPS:
        np.append(tokens[x].text)
        x += 1
    while x < k:
        t = tokens[x]
        end = _aside_end(tokens, x, k)
        if end is not None:
            x = end
        elif t.low in words.SUBJECT_PLACES and x + 1 < k and tokens[x + 1].kind in _PLACE_WORD_KINDS:
            x += 1  # "from eastern Aleppo": words up to the next that is no noun phrase's
            while x < k and tokens[x].kind in _PLACE_WORD_KINDS:
                x += 1
        elif t.kind in ("be", "aux", "adv") or t.low in words.SUBJECT_BETWEEN:
            x += 1
        else:
            return None
    return np


_SUBJECT_NOUN_KINDS = frozenset({"person", "house", "thing", "name", "word"})
_PLACE_WORD_KINDS = frozenset({"det", "name", "word", "thing", "house"})


def _np_run(tokens: Sequence[Token], x: int, k: int, most: int, stop: Callable[[int], bool]) -> int:
    """The end of a run of up to ``most`` noun-phrase words from ``x`` (before ``k``, none a stop word,
    none where ``stop`` holds)."""
    y = x
    while (
        y < k
        and y - x < most
        and (tokens[y].kind in _SUBJECT_NOUN_KINDS or tokens[y].kind == "trigger")
        and tokens[y].low not in words.NP_STOPS
        and not stop(y)
    ):
        y += 1
    return y


def _arrival_at(tokens: Sequence[Token], x: int) -> int | None:
    """The token after a verb of arrival (lexicon.ARRIVAL_VERBS, one or two words) at ``x``, or None."""
    for verb in _arrival_verbs():
        parts = verb.split()
        if all(x + p < len(tokens) and tokens[x + p].low == w for p, w in enumerate(parts)):
            return x + len(parts)
        if len(parts) > 1 and x < len(tokens) and tokens[x].low == verb:  # (one trigger token: "took refuge")
            return x + 1
    return None


@cache
def _arrival_verbs() -> tuple[str, ...]:
    return tuple(sorted(lexicon.ARRIVAL_VERBS, key=len, reverse=True))


def _plain_words(tokens: Sequence[Token], x: int, y: int, pattern: re.Pattern[str]) -> int | None:
    """How many words the tokens from ``x`` to ``y`` hold, each fully ``pattern``, or None."""
    count = 0
    for t in tokens[x:y]:
        for w in t.text.split():
            if not pattern.fullmatch(w):
                return None
            count += 1
    return count


def in_camp(tokens: Sequence[Token], i: int, k: int, joined: bool) -> list[str] | None:
    """The noun-phrase words of the count at ``i`` brought into, or already in, the camp at ``k``:
    a verb of arrival between ("3,800 people were pushed by drought over the border into (Melkadida
    refugee camp)"), or, after "join" (``joined``), "195,000 Iraqis (already living) in 21 (camps)";
    None when the words between read otherwise.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "About 900 Somali herders were moved by truck into the Dadaab refugee camp."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> in_camp(toks, 0, len(toks) - 2, False)
    ['Somali', 'herders']
    """
    if not _spaced(tokens, i, k):
        return None
    if joined:
        x = _np_run(tokens, i + 1, k, 3, lambda y: False)
        np = [t.text for t in tokens[i + 1 : x]]
        if x < k and tokens[x].low in words.JOIN_ADVERBS:
            x += 1
        if x < k and tokens[x].low in words.JOIN_STAYING:
            x += 1
        if not (x < k and tokens[x].low in words.JOIN_PLACES):
            return None
        x += 1
        while x < k and (tokens[x].low in words.JOIN_DETERMINERS or _JOIN_COUNT.fullmatch(tokens[x].low)):
            x += 1  # "the", "21", "more than 20"
        n = _plain_words(tokens, x, k, _NP_GAP_WORD_DOT)
        return np if np and n is not None and n <= 3 else None
    x = _np_run(tokens, i + 1, k, 4, lambda y: _arrival_at(tokens, y) is not None)
    np = [t.text for t in tokens[i + 1 : x]]
    if not np:
        return None
    end = _aside_end(tokens, x, k)
    x = end if end is not None else x
    for _ in range(4):
        if x < k and (tokens[x].kind in ("be", "aux", "adv") or tokens[x].low in words.SUBJECT_BETWEEN):
            x += 1
    after = _arrival_at(tokens, x)
    if after is None:
        return None
    for y in range(after, min(k, after + 9)):  # up to eight words, then the preposition, then up to four
        if tokens[y].low in words.ARRIVAL_PLACES:
            n = _plain_words(tokens, y + 1, k, _SHELTER_WAY_WORD)
            if n is not None and n <= 4:
                return np
        if tokens[y].low in words.ARRIVAL_STOPS or not _SHELTER_WAY_WORD.fullmatch(tokens[y].text):
            return None
    return None


# A count of camps after "join N people in": "21", "more than 20".
_JOIN_COUNT = re.compile(r"(?:more\s+than\s+)?\d[\d,]*")
# A word before a camp's noun ("UN-run", "al-Hol"): a letter first.
_NP_GAP_WORD_DOT = re.compile(r"[^\W\d][\w'’.-]*")


def _each(c: Chunk, t: Sequence[Token]) -> Iterator[tuple[int, Token]]:
    """The tokens of a chunk with their index."""
    return enumerate(t[c.first : c.last], c.first)


def _words_to(t: Sequence[Token], k: int) -> tuple[str, int, int]:
    """The words of the tokens before token ``k`` as a text, each at its offset from the first token (white
    space between them read as spaces), its start and where token ``k`` starts in it: what the readings of
    subjects.py read."""
    base = t[0].start
    chars = [" "] * (t[k].start - base)
    for x in t[:k]:
        if x.end <= t[k].start and len(x.text) == x.end - x.start:
            chars[x.start - base : x.end - base] = x.text
    return "".join(chars), 0, t[k].start - base


# --- fields of a table or an infobox: "Structures destroyed: 488" (construction ``house_label``),
# "Deaths by county: Oakmere 9, Kelton 4" (construction ``label_list``) ---
# A word as a field's label spells it: letters first ("heat-related", "Non-fatal").
_FIELD_WORD = re.compile(r"[^\W\d][\w'’-]*")
# A word of a label after its trigger, or an item's noun: lower case ("by county", "families").
_LOWER_FIELD_WORD = re.compile(r"[a-z][\w'’-]*")
# An item's name: capitalised words ("Lower Mbeli", "Ward Nine").
_NAME_REST = re.compile(r"[\w'’.-]*")  # the rest of an item's name after its capital: "Mbeli", "St.Kilda"
_ITEM_COUNT = re.compile(r"\d[\d,]*")  # an earlier item's count: digits only, "12,400"
_FIELD_COUNT = re.compile(r"\d[\d,.]*")  # the count of the field before a shared noun: "1,420"


def _blank(text: str, a: int, b: int) -> bool:
    """Spaces or tabs only, or nothing, between offsets ``a`` and ``b``: a field stays on its line."""
    return a <= b and not text[a:b].strip(" \t")


def _spaced_text(text: str, a: int, b: int) -> bool:
    """At least one space or tab, and nothing else, between ``a`` and ``b``."""
    return a < b and not text[a:b].strip(" \t")


def _word_before_field(text: str, tokens: Sequence[Token], k: int) -> tuple[int, str] | None:
    """The word right before the token at ``k`` on its line, within 30 characters ("Structures" in
    "Structures destroyed"): its start and spelling (the last word of a phrase read as one token)."""
    if k == 0 or not _spaced_text(text, tokens[k - 1].end, tokens[k].start):
        return None
    word = tokens[k - 1].text.rsplit(None, 1)[-1]
    start = tokens[k - 1].end - len(word)
    if start < tokens[k].start - 30 or not _FIELD_WORD.fullmatch(word):
        return None
    return start, word


def field_shape(tokens: Sequence[Token], k: int) -> bool:
    """Whether the trigger at ``k`` may head a field: a colon right after it and a count, or up to three
    words of its label and a colon or a dash ("Injuries: 435", "Deaths by county: Oakmere 9")."""
    for p in range(k + 1, min(len(tokens), k + 5)):
        if tokens[p].text == ":" or tokens[p].text in words.DASHES:
            return p + 1 < len(tokens)
        if not _LOWER_FIELD_WORD.fullmatch(tokens[p].text):
            return False
    return False


def _colon_count(text: str, tokens: Sequence[Token], k: int) -> bool:
    """A colon right after the token at ``k`` and a token right after it, on the same line."""
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].text == ":"
        and _blank(text, tokens[k].end, tokens[k + 1].start)
        and _blank(text, tokens[k + 1].end, tokens[k + 2].start)
    )


def field_label(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the trigger at ``k`` names a field of a table or an infobox: a colon and a count's digit
    after it, the trigger or the word before it capitalised ("Injuries: 435", "Structures destroyed:
    488"). A number before it is the previous field's ("Deaths: 4 Injuries: 435"); a clause's verb
    before a colon is lower case ("12 were killed: 5 in Homs and 7 in Hama")."""
    if not _colon_count(text, tokens, k) or not tokens[k + 2].text[:1].isdigit():
        return False
    if tokens[k].text[:1].isupper():
        return True
    word = _word_before_field(text, tokens, k)
    return word is not None and word[1][:1].isupper()


def _lower_words(text: str, a: int, b: int) -> int:
    """How many lower-case words (``[a-z]+``) stand in ``text[a:b]`` parted by spaces or tabs, that
    starting with one (0 when anything else stands there)."""
    gap = text[a:b]
    words_ = gap.split()
    if not words_ or gap[:1] not in " \t" or any(c not in " \t" for c in gap if not c.isalnum()):
        return 0
    return len(words_) if all(w.isascii() and w.isalpha() and w.islower() for w in words_) else 0


def _shared_house(text: str, tokens: Sequence[Token], k: int) -> str | None:
    """The noun of the field before, when the field of the trigger at ``k`` shares it: "Houses
    destroyed: 1,420 / damaged: 3,985" gives "houses" to "damaged"."""
    sep, count, colon = k - 1, k - 2, k - 3
    if (
        colon < 1
        or tokens[sep].text not in words.FIELD_SEPARATORS
        or not _blank(text, tokens[sep].end, tokens[k].start)
        or not _blank(text, tokens[count].end, tokens[sep].start)
        or not _FIELD_COUNT.fullmatch(tokens[count].text)
        or not _colon_count(text, tokens, colon - 1)
        or tokens[colon].text != ":"
    ):
        return None
    floor = tokens[k].start - 60
    # the noun, then one or two lower-case words ("Homes destroyed", "Homes fully destroyed"): the
    # reading that starts first
    for noun in range(colon - 3, colon - 1):
        if noun < 0 or tokens[noun].start < floor or not _FIELD_WORD.fullmatch(tokens[noun].text):
            continue
        if _lower_words(text, tokens[noun].end, tokens[colon].start) in (1, 2):
            low = tokens[noun].low
            return low if low in lexicon.HOUSING else None
    return None


def house_label(text: str, tokens: Sequence[Token], k: int, j: int) -> tuple[int, str] | None:
    """A count of houses in a field labelled by a housing noun and the trigger at ``k``, the count at
    ``j`` after a colon ("Structures destroyed: 488"; "Homes destroyed: 860 / damaged: 2,140", the
    second sharing the first one's noun): the field's start and its noun, or None."""
    if j != k + 2 or not _colon_count(text, tokens, k):
        return None
    word = _word_before_field(text, tokens, k)
    if word is not None and word[1].lower() in lexicon.HOUSING:
        return word[0], word[1].lower()
    shared = _shared_house(text, tokens, k)
    return None if shared is None else (tokens[k].start, shared)


def _item_closes(text: str, pos: int) -> bool:
    """Whether an item of a labelled list ends at ``pos``: spaces, then the next item's separator,
    "and", the sentence's end or the line's ("Kessa 12,400; ", "Kelton 4 and ", "Marsh End 2.")."""
    n = len(text)
    while pos < n and text[pos] in " \t":
        pos += 1
    if pos == n or text[pos] in ";,.|\n":
        return True
    return text.startswith("and", pos) and not (pos + 3 < n and (text[pos + 3].isalnum() or text[pos + 3] == "_"))


def _is_name(t: Token) -> bool:
    """A capitalised word of an item's name ("Kessa", "Ward", "Nine")."""
    return t.text[:1].isupper() and _NAME_REST.fullmatch(t.text, 1) is not None


def _name_end(text: str, tokens: Sequence[Token], p: int, stop: int) -> int:
    """The token after an item's name of one to three capitalised words from ``p`` ("Lower Mbeli",
    "Mt. Hood"), or ``p`` when none starts there."""
    q, count = p, 0
    while q < stop and count < 3 and _is_name(tokens[q]):
        if q > p and not _spaced_text(text, tokens[q - 1].end, tokens[q].start):
            break
        q += 1
        count += 1
        if q < stop and tokens[q].text == "." and tokens[q].start == tokens[q - 1].end:
            q += 1  # "Mt." (a name's own full stop)
    return q


def _after_item(text: str, tokens: Sequence[Token], q: int, stop: int) -> int | None:
    """The first token of the next item's name after an earlier item's count at ``q``: maybe the
    item's noun ("80 families"), then a comma, semicolon or bar (and maybe "and"), or "and" alone.
    None when no separator follows."""
    q += 1
    if (
        q < stop
        and tokens[q].low != "and"
        and tokens[q].text.isascii()
        and tokens[q].text.isalpha()
        and tokens[q].text.islower()
        and _spaced_text(text, tokens[q - 1].end, tokens[q].start)
    ):
        q += 1  # the item's noun
    if q < stop and tokens[q].text in words.ITEM_SEPARATORS and _blank(text, tokens[q - 1].end, tokens[q].start):
        q += 1
        if q < stop and tokens[q].low == "and" and _blank(text, tokens[q - 1].end, tokens[q].start):
            q += 1
            return q if q < stop and _spaced_text(text, tokens[q - 1].end, tokens[q].start) else None
        return q if q < stop and _blank(text, tokens[q - 1].end, tokens[q].start) else None
    if q < stop and tokens[q].low == "and" and _spaced_text(text, tokens[q - 1].end, tokens[q].start):
        q += 1
        return q if q < stop and _spaced_text(text, tokens[q - 1].end, tokens[q].start) else None
    return None


def label_item(text: str, tokens: Sequence[Token], k: int, j: int, line: int) -> tuple[list[str], list[str]] | None:
    """An item of a labelled list: the trigger at ``k`` heads the label, the count at ``j`` is an
    item's, after its name ("Displacement figures: Kessa 12,400; Dobo 8,150", "Homes destroyed -
    Oakmere: 45"). ``line`` is the first token of the label's line or field. Gives the label's words
    after its trigger and the item's name, lower case; None when the words are no such list.

    A label is up to two words before its trigger (capitalised at the line's start) and three lower-
    case words after it ("by county"), then a colon or a dash set apart; each item before this one is a
    name of one to three capitalised words, maybe a colon, a count of digits and a lower-case noun,
    closed by a comma, semicolon, bar or "and"; all on one line.
    """
    lead = tokens[line:k]
    if len(lead) > 2 or not tokens[line].text[:1].isupper():
        return None
    for q, t in enumerate(lead):
        after = tokens[line + q + 1]
        if (
            not _FIELD_WORD.fullmatch(t.text)
            or t.low in words.NOT_LABEL_LEAD
            or not _spaced_text(text, t.end, after.start)
        ):
            return None
    p = k + 1
    label: list[str] = []
    while p < j and len(label) < 3 and _LOWER_FIELD_WORD.fullmatch(tokens[p].text):
        if tokens[p].low in words.NOT_LABEL_WORDS or not _spaced_text(text, tokens[p - 1].end, tokens[p].start):
            return None
        label.append(tokens[p].low)
        p += 1
    # the label's colon, or a dash set apart
    if not (p < j and _blank(text, tokens[p - 1].end, tokens[p].start)):
        return None
    if tokens[p].text != ":" and not (tokens[p].text in words.DASHES and tokens[p].start > tokens[p - 1].end):
        return None
    p += 1
    if not (p < j and _blank(text, tokens[p - 1].end, tokens[p].start)):
        return None
    while True:
        q = _name_end(text, tokens, p, j)
        if q == p:
            return None
        name = [t.low for t in tokens[p:q] if t.text != "."]
        if q < j and tokens[q].text == ":" and _blank(text, tokens[q - 1].end, tokens[q].start):
            q += 1
        if q == j:  # this item: a space or tab right before its count
            return (label, name) if _spaced_text(text, tokens[q - 1].end, tokens[j].start) else None
        if not (_blank(text, tokens[q - 1].end, tokens[q].start) and _ITEM_COUNT.fullmatch(tokens[q].text)):
            return None
        nxt = _after_item(text, tokens, q, j)
        if nxt is None:
            return None
        p = nxt


def item_end(text: str, tokens: Sequence[Token], j: int) -> tuple[int, Token | None] | None:
    """Where the item whose count is at ``j`` ends, and its noun: the count, or a lower-case word right
    after it ("Tamsa 1,200 families"), then a separator, "and", the sentence's end or the line's;
    None when something else follows ("Kessa 12 dead people")."""
    if j + 1 < len(tokens):
        noun = tokens[j + 1]
        if (
            noun.low != "and"
            and _LOWER_FIELD_WORD.fullmatch(noun.text)
            and _spaced_text(text, tokens[j].end, noun.start)
            and _item_closes(text, noun.end)
        ):
            return noun.end, noun
    return (tokens[j].end, None) if _item_closes(text, tokens[j].end) else None


# --- one count of houses in either state: "400 homes were damaged or destroyed" (construction
# ``damaged_or_destroyed``): the trigger phrases of lexicon.DAMAGED_OR_DESTROYED and DAMAGING_OR_DESTROYING,
# spaces left out (PDF text glues or splits them: "damaged ordestroyed")
EITHER_STATE: frozenset[str] = frozenset(
    p.replace(" ", "") for p in (*lexicon.DAMAGED_OR_DESTROYED, *lexicon.DAMAGING_OR_DESTROYING)
)


def either_state(phrase: str) -> bool:
    """Whether a trigger phrase says houses were damaged or destroyed, without telling which.

    >>> either_state("damaged or  destroyed"), either_state("destroyed")
    (True, False)
    """
    return "".join(phrase.lower().split()) in EITHER_STATE


# --- what befell some of the harmed later: "Four of the wounded later died" (construction
# ``of_the_injured_who_died``) ---
def later_verb(tokens: Sequence[Token], k: int) -> int | None:
    """The verb of death after the injured trigger at ``k`` that "N of the" takes its count from ("Two of
    the injured later died", "3 of the wounded had since died"): its token, or None. Only adverbs of
    time and auxiliaries (words.LATER_WORDS) stand between.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Four of the wounded later died in hospital."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> toks[later_verb(toks, 3)].text
    'died'
    """
    if k < 2 or tokens[k - 1].low not in words.OF_THE or tokens[k - 2].low != "of":
        return None
    if not any(e.category == "injured" for e in tokens[k].entries):
        return None
    v = k + 1
    while v < len(tokens) and tokens[v].low in words.LATER_WORDS and tokens[v].kind != "trigger":
        v += 1
    if v < len(tokens) and any(e.category == "killed" and e.role in ("intrans", "past") for e in tokens[v].entries):
        return v
    return None


# --- a bare count among those present: "Of those 150 households, 90 were displaced" (construction
# ``unit_of_those_present``) ---
_PRESENT_COUNT = re.compile(r"[\d,.]+")  # the count of those present: digits only, "150", "1,200"


def unit_present(tokens: Sequence[Token], i: int) -> str | None:
    """The unit of those present before the bare count at ``i``: "Of those 150 households, 90 were
    displaced" gives "households"; None without one (within 60 characters, right before the count's comma).

    >>> from figures.numbers import find_numbers
    >>> from figures.grammar.tokens import tokenize
    >>> s = "Of those 150 households, 90 were displaced."
    >>> unit_present(tokenize(s, 0, len(s), find_numbers(s), []), 5)
    'households'
    """
    if i < 5 or tokens[i - 1].text != ",":
        return None
    of, det, count, unit = tokens[i - 5], tokens[i - 4], tokens[i - 3], tokens[i - 2]
    if (
        of.low == "of"
        and det.low in words.OF_THOSE_PRESENT
        and _PRESENT_COUNT.fullmatch(count.text)
        and unit.low in lexicon.UNITS
        and of.start >= tokens[i].start - 60
    ):
        return lexicon.UNITS[unit.low]
    return None


# --- others joined to a harm: "was killed along with three bodyguards" (construction ``along_with``) ---
def _spaced_tokens(tokens: Sequence[Token], p: int) -> bool:
    """White space between the tokens at ``p - 1`` and ``p``."""
    return tokens[p].start > tokens[p - 1].end


def along_with(tokens: Sequence[Token], k: int, j: int) -> bool:
    """Whether the words between the trigger at ``k`` and the count at ``j`` join others to its harm:
    maybe a comma, "along with", "together with" or "alongside", then the words that may stand before a
    verb's object ("another", "a further", "all", "a total of", "an unknown number of", "a family of",
    "at least"), within 60 characters.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> from figures.grammar.tokens import tokenize
    >>> s = "The governor was killed, along with two of his bodyguards."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> along_with(toks, 3, 7)
    True
    """
    if not (k < j < len(tokens)) or not 0 < tokens[j].start - tokens[k].end < 60:
        return False
    p = k + 1
    if tokens[p].text == ",":
        p += 1
    if p >= j or not _spaced_tokens(tokens, p):
        return False
    if tokens[p].low == "alongside":
        p += 1
    elif (
        tokens[p].low in words.ALONG_WORDS
        and p + 1 < j
        and tokens[p + 1].low == "with"
        and _spaced_tokens(tokens, p + 1)
    ):
        p += 2
    else:
        return False
    while p < j:  # the object's modifiers: "another", "a further", "a total of", "an unknown number of,"
        q = p + 1 if tokens[p].low in ("a", "an") else p
        if q < j and tokens[q].low in words.ALONG_MODIFIERS:
            end = q + 1
        elif q + 1 < j and tokens[q].low == "total" and tokens[q + 1].low == "of":
            end = q + 2
        elif q + 2 < j and tokens[q].low == "unknown" and tokens[q + 1].low == "number" and tokens[q + 2].low == "of":
            end = q + 3 + (q + 3 < j and tokens[q + 3].text == ",")
        else:
            break
        words_end = end - (tokens[end - 1].text == ",")  # ("of," : the comma rides on its word)
        if not all(_spaced_tokens(tokens, r) for r in range(p, words_end)) or not (
            end < len(tokens) and _spaced_tokens(tokens, end)
        ):
            break
        p = end
    if (
        p + 2 < j
        and tokens[p].low in words.FAMILY_DETERMINERS
        and all(_spaced_tokens(tokens, r) for r in range(p, p + 3))
    ):
        q = p + 1 + (tokens[p + 1].low in ("entire", "whole"))
        if q + 1 < j and tokens[q].low == "family" and tokens[q + 1].low == "of" and _spaced_tokens(tokens, q + 1):
            p = q + 2  # "a family of seven"
    if p + 1 < j and (tokens[p].low, tokens[p + 1].low) in (("at", "least"), ("up", "to")):
        p += 2
    return p == j and _spaced_tokens(tokens, j)


_HEAD_WORD = re.compile(r"[^\W\d][\w'’-]*")


def their_head(tokens: Sequence[Token], j: int) -> Token | None:
    """The noun of the people the count at ``j`` is taken from: "two of his bodyguards", "five of their
    colleagues", "three of his personal guards" (the second word after the determiner when there is one)."""
    if not (
        j + 3 < len(tokens)
        and tokens[j + 1].text == "of"
        and tokens[j + 2].text in words.THEIR
        and all(_spaced_tokens(tokens, r) for r in (j + 1, j + 2, j + 3))
        and _HEAD_WORD.fullmatch(tokens[j + 3].text)
    ):
        return None
    if j + 4 < len(tokens) and _spaced_tokens(tokens, j + 4) and _HEAD_WORD.fullmatch(tokens[j + 4].text):
        return tokens[j + 4]
    return tokens[j + 3]


def along_people(head: str | None, category: str) -> bool:
    """Whether the count after "along with" names what the category counts: houses for a house category
    (lexicon.category_and_unit decides), else people ("four members", "two aides", "12 others",
    "two journalists"; a person by the endings patterns._is_person reads); never places ("alongside
    several First Nations reserves")."""
    if category in lexicon.HOUSE_CATEGORIES:
        return True
    if head is None:
        return False
    low = head.lower()
    h = low.strip("'’")
    return (
        low in lexicon.PEOPLE_PLURAL
        or low in words.ALONG_PEOPLE
        or h in lexicon.PERSON
        or (len(h) > 4 and h.endswith(("ist", "man", "woman", "ian")))
    )


def _head_index(c: Chunk, t: Sequence[Token]) -> int | None:
    return next((k for k in range(c.first, c.last) if t[k] is c.head), None)


# (joined once: the feature "copula" is asked of most verb groups a toll construction tries)
_COPULAS: frozenset[str] = words.COPULA_VERBS | words.BE_FORMS


FEATURES: dict[str, Feature] = {
    "count": lambda c, t: c.numeral is not None,
    "nocount": lambda c, t: c.numeral is None,
    "implied": lambda c, t: _implied(c) is not None,
    "victim": _victim,
    "house": lambda c, t: c.head is not None and c.head.kind == "house",
    "agent": lambda c, t: c.head is not None and c.head.low in words.AGENTS,
    "passive": lambda c, t: c.passive,
    # a verb group with no object after it: "a school building collapsed"
    "alone": lambda c, t: c.kind == "vg" and not c.has_object and not c.passive,
    "active": lambda c, t: not c.passive,
    # "12 died", "12 people dead", "12 killed": not "have killed 12", nor "killed 24 people"
    "intrans": lambda c, t: (
        "intrans" in _roles(c) or ("adj" in _roles(c) and not c.has_object and not c.perfect and c.kind == "vg")
    ),
    "past": lambda c, t: "past" in _roles(c),
    "transitive": lambda c, t: bool(_roles(c) & {"past", "verb"}),
    "trigger": lambda c, t: bool(c.entries) or (c.head is not None and c.head.kind == "trigger"),
    "light": lambda c, t: c.head is not None and c.head.low in words.LIGHT_VERBS,
    "escaping": lambda c, t: c.head is not None and c.head.low in words.ESCAPE_VERBS,  # (harm only "with" it)
    "care": lambda c, t: c.head is not None and c.head.low in words.CARE_VERBS,
    "cause": lambda c, t: c.head is not None and c.head.low in words.CAUSE_VERBS,
    # no list goes on after it: "injuries to the guard and two porters" is no count of one
    "unjoined": lambda c, t: c.last >= len(t) or t[c.last].kind != "coord",
    # a person for certain, not a body part or a thing: "to the driver", "to three workers"
    "someone": lambda c, t: c.head is not None and (c.head.kind == "person" or _agent_noun(c.head)),
    "force": lambda c, t: c.head is not None and c.head.low in words.FORCE_VERBS,
    # a verb whose object "to death" lives: "sentenced 14 mutineers to death", "bored the delegates to death"
    "verdict": lambda c, t: c.head is not None and c.head.low in words.NOT_KILLING_TO_DEATH,
    "result": lambda c, t: "result" in _roles(c),
    # "to death" after an object: "hacked 12 farmers to death"
    "to_death": lambda c, t: c.last - c.first == 2 and t[c.first].low == "to" and t[c.first + 1].low == "death",
    "copula": lambda c, t: c.head is not None and c.head.low in _COPULAS,
    "harm": lambda c, t: (
        c.head is not None and (c.head.low in words.HARM_NOUNS or any(e.category == "injured" for e in c.head.entries))
    ),
    # a harm noun of death: "suffered fatal injuries"
    "fatal": lambda c, t: (
        c.head is not None and any(e.category == "killed" and e.role == "noun" for e in c.head.entries)
    ),
    "damage": lambda c, t: (
        c.head is not None
        and (c.head.low in words.DAMAGE_NOUNS or any(e.category == "houses_damaged" for e in c.head.entries))
    ),
    # a place of care, or a care phrase of the lexicon read as one token ("for treatment")
    "hospital": lambda c, t: any(x.low.rsplit(" ", 1)[-1] in words.CARE_PLACES for x in t[c.first : c.last]),
    "toll": lambda c, t: c.head is not None and any(e.role in ("toll", "noun") for e in c.head.entries),
    # a phrase naming the harmed by their harm: "among the injured", "among those killed"
    "harmed": lambda c, t: c.head is not None and any(e.role in ("past", "adj") for e in c.head.entries),
    "of": lambda c, t: t[c.first].low in ("of", "to"),
    "with": lambda c, t: t[c.first].low == "with",
    "among": lambda c, t: t[c.first].low == "among",
    # people named by a participle of harm as a toll would name them: "(among) those arrested", "the detained"
    "those_past": lambda c, t: (
        c.head is not None
        and c.last - c.first == 3
        and t[c.first + 1].low in ("those", "the")
        and any(e.role == "past" for e in c.head.entries)
    ),
    "for": lambda c, t: t[c.first].low == "for",
    "ordering": lambda c, t: "order" in _roles(c),  # "evacuation orders"
    "camp": lambda c, t: "camp" in _roles(c),  # a camp or shelter of the displaced: "evacuation centres"
    # a verb saying whom an order reaches: "evacuation orders now cover 25,000 residents"
    # (a participle the chunker leaves as a noun phrase: ", covering about 4,000 people")
    "covering": lambda c, t: c.kind in ("vg", "np") and c.head is not None and c.head.low in words.COVER_VERBS,
    # an aside that names people by their count: ", including about 80,000 people" (incl_counted)
    "incl_count": lambda c, t: incl_counted(c, t) is not None,
    "finding": lambda c, t: c.head is not None and c.head.low in words.FIND_VERBS,
    "capture": lambda c, t: c.head is not None and c.head.low in words.CAPTURE_VERBS,
    # a side's loss of its own: "the army lost 12 soldiers" (lost_own_side)
    "losing": lambda c, t: c.head is not None and c.head.low in words.LOSING_VERBS,
    # "The injured, numbering around 60, ...": a participle of counting read as a noun phrase's word
    "numbering": lambda c, t: c.last - c.first == 1 and t[c.first].low in ("numbering", "totalling", "totaling"),
    "own_side": lambda c, t: c.head is not None and c.head.low in words.OWN_SIDE,
    # what people were lost to: "to banditry", "to the floods"
    # (any noun of the phrase: its head may be a time read into it, "to the floods last spring")
    "loss_cause": lambda c, t: t[c.first].low == "to" and any(x.low in words.LOSS_CAUSES for x in t[c.first : c.last]),
    # verbs that move people somewhere, active: "the leak sent 43 workers to hospital"
    "moving": lambda c, t: c.head is not None and c.head.low in words.MOVING_VERBS,
    # "a body", "another body": one dead person not counted before ("the body", "his body" may be)
    "a_body": lambda c, t: (
        c.kind == "np"
        and c.head is not None
        and c.head.low == "body"
        and c.determiner in ("a", "another")
        and not (c.last < len(t) and t[c.last].low == "of")
    ),
    "without": lambda c, t: t[c.first].low == "without",  # "escaped without injury": no harm
    "colon": lambda c, t: t[c.first].text == ":",
    # a phrase that adds its people to the clause's count: "Besides the gunman", "Aside from the
    # bomber", "In addition to the driver" (the chunker ends a phrase before "from" and "to")
    "addition": lambda c, t: (
        t[c.first].low == "besides"
        or (c.first > 0 and t[c.first].low == "from" and t[c.first - 1].low in ("aside", "apart"))
        or (c.first > 1 and t[c.first].low == "to" and t[c.first - 1].low == "addition" and t[c.first - 2].low == "in")
    ),
    "and": lambda c, t: t[c.first].low in ("and", "or"),  # never "but": it joins clauses
    "comma": lambda c, t: t[c.first].text == ",",
    # "by one count", "by another estimate": one estimate among others
    "estimate": lambda c, t: c.kind == "pp" and c.head is not None and c.head.low in words.ESTIMATE_NOUNS,
    # "them" alone: the people a verb before named ("kidnapped two teachers and later killed them")
    "them": lambda c, t: c.kind == "np" and c.last - c.first == 1 and t[c.first].low == "them",
    # "them", "all of them", "both of them": the people counted before, all of them
    "all_of_them": lambda c, t: (
        c.kind == "np"
        and t[c.last - 1].low == "them"
        and all(x.low in ("all", "both", "of", "them") for x in t[c.first : c.last])
    ),
    "him": lambda c, t: c.kind == "np" and c.last - c.first == 1 and t[c.first].low in ("him", "her"),
    "relative": lambda c, t: c.kind == "rel",
    # ", not including the suicide bomber,": an aside that names people left out of the count before it
    "excluding": lambda c, t: c.kind == "paren" and c.head is not None,
    # a phrase that holds a trigger of its own: "aside from the deaths of the two assailants"
    "holds_trigger": lambda c, t: any(x.kind == "trigger" for x in t[c.first : c.last]),
    # an infinitive: "threatened to kill himself" tells no deed
    "infinitive": lambda c, t: c.first > 0 and t[c.first - 1].low == "to",
    # the subject itself as the object: "killing themselves", "killing only himself"
    "self": lambda c, t: c.kind == "np" and t[c.last - 1].low in ("themselves", "himself", "herself"),
    # a chunk that ends a clause, or a subject of its own, which a reach back to the subject never crosses
    "clause_end": lambda c, t: (
        (c.kind == "punct" and t[c.first].text in (".", ";", ":"))
        or (c.kind == "np" and c.head is not None and c.head.low in words.AGENTS)
    ),
    "nostop": lambda c, t: c.kind != "punct" or t[c.first].text == ",",  # a comma, never a clause's end
    # "was", "is", "has" in a verb group: its subject is one ("the driver and one passenger was injured"
    # makes the passenger alone the subject, the driver the object of a verb before)
    "singular": lambda c, t: any(x.low in words.SINGULAR_AUXILIARIES for x in t[c.first : c.last]),
    "nohead": lambda c, t: c.head is None,
    # the object of an active verb right before it, by its first token (for a subject: "!object")
    "object": lambda c, t: (
        c.first > 0
        and t[c.first - 1].kind in ("trigger", "verb")
        and t[c.first - 1].low not in words.REPORT_VERBS
        and (t[c.first - 1].kind == "verb" or any(e.role in ("verb", "past") for e in t[c.first - 1].entries))
    ),
    "event": lambda c, t: "event" in _roles(c),
    "nominal": lambda c, t: c.head is not None and c.head.low in words.NOMINALS,
    "carer": lambda c, t: c.head is not None and c.head.low in words.CARERS,
    "modal": lambda c, t: c.modal,
    "negated": lambda c, t: c.negated,
    "be": lambda c, t: c.head is not None and c.head.kind == "be",
    # a trigger whose harm a stated zero denies: "No one was killed", "no injuries", "Fatalities: None"
    # a count after "to" that a running total reads: "bringing the total for the year to 19"
    "running_total": lambda c, t: any(
        x.kind == "num" and running_total(t, x_i) is not None for x_i, x in enumerate(t[c.first : c.last], c.first)
    ),
    # a count that another is taken from: "34 of the 160 dead" (the 160)
    "of_a_count": lambda c, t: any(
        _counted(x) and _count_before_of(t, x_i) is not None for x_i, x in enumerate(t[c.first : c.last], c.first)
    ),
    # the injured some of whom a later verb says died: "Four of the wounded later died"
    "later_death": lambda c, t: any(
        x.kind == "trigger" and later_verb(t, i) is not None for i, x in enumerate(t[c.first : c.last], c.first)
    ),
    # a bare count among those present in a unit: "Of those 150 households, 90 were displaced"
    "of_those_present": lambda c, t: any(
        x.kind == "num" and unit_present(t, i) is not None for i, x in enumerate(t[c.first : c.last], c.first)
    ),
    # a verb of harm that joins others to it: "was killed along with three bodyguards"
    "along_with": lambda c, t: any(
        x.kind == "trigger" and i + 2 < len(t) and t[i + 1].low in ("along", "together", "alongside", ",")
        for i, x in enumerate(t[c.first : c.last], c.first)
    ),
    # a trigger that counts houses in either state: "damaged or destroyed", "destroyed or damaged"
    "either_state": lambda c, t: any(x.kind == "trigger" and either_state(x.text) for x in t[c.first : c.last]),
    # a trigger that heads a field of a table or an infobox: a colon after it, or up to three words of its
    # label and a colon or a dash ("Structures destroyed: 488", "Deaths by county: Oakmere 9")
    "field": lambda c, t: any(t[i].kind == "trigger" and field_shape(t, i) for i in range(c.first, c.last)),
    # a participle of houses' harm: "destroyed", "damaged" (a field of houses: "Homes damaged: 1,200")
    "house_participle": lambda c, t: any(
        e.role == "past" and e.category in lexicon.HOUSE_CATEGORIES for x in t[c.first : c.last] for e in x.entries
    ),
    # a noun trigger after a count and the words of its noun phrase: "254 deaths", "300 new displaced families"
    "noun_after": lambda c, t: any(
        any(e.role in ("noun", "event") for e in x.entries)
        and any(_counted_before(t, i, k) for i in range(max(0, k - 12), k))
        for k, x in _each(c, t)
    ),
    # a toll's trigger, then a noun of its people or "number" (or both) before the toll's verb: "Killed people
    # number reached 31", "the number of injured persons is 15" (toll_number; the gap to the count is the
    # gap grammars' TOLL_GAP, read by the linker)
    "toll_people": lambda c, t: any(x.kind == "trigger" and toll_people(t, k) is not None for k, x in _each(c, t)),
    # a toll named by a relative clause of the trigger, the toll's verb after it: "the number of refugees who
    # have crossed into Chad since April has risen to 31,500" (toll_number, read on tokens by number_who)
    "number_who": lambda c, t: any(x.kind == "trigger" and number_who(t, k) is not None for k, x in _each(c, t)),
    # one victim named without a number (implicit_singular): "his body was found", "the young mayor's body"
    "body_owner": lambda c, t: any(
        any(e.phrase.startswith("body ") for e in x.entries) and body_owner(t, k, 0) is not None for k, x in _each(c, t)
    ),
    # one person after a noun of killing or harm: "the killing of a journalist" (not one remembered: "the
    # anniversary of the death of a revered imam")
    "act_of_one": lambda c, t: any(
        any(e.role in ("noun", "event") for e in x.entries)
        and act_of_one(t, k) is not None
        and not remembered_before(t, k, 0)
        for k, x in _each(c, t)
    ),
    # a name after a verb of harm, a person by its apposition: "shot dead Sheikh Ali Othman, a Sufi imam"
    "named_object": lambda c, t: any(
        any(e.role in ("past", "verb") for e in x.entries) and named_object(t, k) is not None for k, x in _each(c, t)
    ),
    # one person as a verb's object: "killed a prominent elder", "wounded his brother", "shot the head of
    # a radio station"
    "singular_after": lambda c, t: any(
        any(e.role in ("past", "verb") for e in x.entries) and singular_after(t, k) is not None for k, x in _each(c, t)
    ),
    # one person as the subject right before a verb: "A Mexican journalist was killed", "the driver died"
    # (for a participle, a singular auxiliary: "was", "has", "is", "got")
    "singular_before": lambda c, t: any(
        (got := singular_before(t, k, 0)) is not None
        and is_person(got[2])
        and any(
            e.role == "intrans"
            or (e.role in ("past", "adj") and any(w.lower() in words.SINGULAR_AUX_WORDS for w in got[3]))
            for e in x.entries
        )
        for k, x in _each(c, t)
        if x.kind == "trigger"
    ),
    # one person joined by "and", the verb's auxiliary left out: "was killed and his brother wounded"
    "and_one": lambda c, t: any(x.kind == "trigger" and and_one(t, k, 0) is not None for k, x in _each(c, t)),
    # one more person after a harm and "alongside": "A candidate was killed, alongside his driver"
    "alongside_one": lambda c, t: any(
        x.kind == "trigger" and alongside_one(t, k + 1) is not None for k, x in _each(c, t)
    ),
    # one more person after a counted object and "and": "killed a dozen inmates and a female visitor"
    "and_one_after": lambda c, t: any(x.kind == "num" and and_one_after(t, k + 1) is not None for k, x in _each(c, t)),
    # two persons as a verb's object: "killed the mayor and his 12-year-old daughter" (2)
    "object_pair": lambda c, t: any(
        any(e.role in ("past", "verb") for e in x.entries) and object_pair(t, k) is not None for k, x in _each(c, t)
    ),
    # two single persons joined by "and" as the subject under a plural auxiliary: "The mayor and a council
    # member were gunned down" (2); one named or long-winded person under a singular one: "Stalin Sanchez
    # Gonzalez, the mayor of Paracho, was murdered" (read on the words from the sentence's start: subjects.py)
    "subject_pair": lambda c, t: any(
        any(e.role in SUBJECT_ROLES for e in x.entries) and subject_pair(*_words_to(t, k)) is not None
        for k, x in _each(c, t)
        if x.kind == "trigger"
    ),
    "named_subject": lambda c, t: any(
        any(e.role in SUBJECT_ROLES and named_subject(*_words_to(t, k), e.role == "intrans") for e in x.entries)
        for k, x in _each(c, t)
        if x.kind == "trigger"
    ),
    # an act's noun before the count it is of: "the evacuation of an estimated 5,000 residents"
    "event_of": lambda c, t: any(
        any(e.role == "event" for e in x.entries)
        and event_of(t, k, next((i for i in range(k + 1, len(t)) if t[i].kind == "num"), k))
        for k, x in _each(c, t)
    ),  # (only the first count after the noun: a count between would stand in the gap)
    # a trigger after a count and its total's noun: "brings to 274,000 the total number of people displaced"
    "total_of": lambda c, t: any(
        x.kind == "trigger" and any(t[i].kind == "num" and total_of(t, i, k) for i in range(max(0, k - 9), k - 1))
        for k, x in _each(c, t)
    ),
    # a trigger after a count and "to" that a causative verb before the count makes its infinitive:
    # "forced more than 32,000 to flee"
    "caused_to": lambda c, t: any(
        x.kind == "trigger"
        and any(e.phrase in words.CAUSED_INFINITIVES for e in x.entries)
        and any(t[i].kind == "num" and caused_to(t, i, k) is not None for i in range(max(0, k - 6), k - 1))
        for k, x in _each(c, t)
    ),
    # a verb of staying with its shelter noun after it: "were still in nine evacuation centres"
    "shelter_place": lambda c, t: any(
        any(e.role == "shelter" for e in x.entries) and shelter_place(t, k) is not None for k, x in _each(c, t)
    ),
    "counted_end": _counted_end,
    # a trigger noun of people some of whom a count before it takes: "300,000 of the evacuees"
    "partitive": lambda c, t: any(
        x.kind == "trigger" and any(t[i].kind == "num" and partitive(t, i, k) for i in range(max(0, k - 7), k))
        for k, x in _each(c, t)
    ),
    # a verb of leaving a place whose subject is a count of people: "4,500 people ... left eastern Aleppo"
    "left_place": lambda c, t: any(
        any(e.role == "departure" for e in x.entries)
        and any(t[i].kind == "num" and subject_words(t, i, k) for i in range(max(0, k - 30), k))
        for k, x in _each(c, t)
    ),
    # a camp of the displaced that a count before it was brought into or joined: "3,800 people were pushed
    # by drought into Melkadida refugee camp", "join 195,000 Iraqis in 21 camps"
    "in_camp": lambda c, t: any(
        any(e.role == "camp" for e in x.entries)
        and any(
            t[i].kind == "num" and in_camp(t, i, k, i > 0 and t[i - 1].low in lexicon.JOIN_VERBS) is not None
            for i in range(max(0, k - 30), k)
        )
        for k, x in _each(c, t)
    ),
    # a member of the list "including" opens after a count ("6,000 people including 4,000 children")
    "included": _in_including_list,
    "stated_zero": lambda c, t: (
        c.head is not None
        and c.head.kind == "trigger"
        and (k := _head_index(c, t)) is not None
        and stated_zero(t, k) is not None
    ),
}


@cache
def _element(text: str) -> Element:
    # (one object per element text, shared by the patterns that write it alike: read_sentence
    # remembers a chunk's fit to an anchor element by the element's identity)
    repeat = text[-1] if text[-1] in "?*" else ""
    body = text[:-1] if repeat else text
    role, _, rest = body.rpartition(":") if ":" in body else ("", "", body)
    kinds_text, _, feats = rest.partition("[")
    kinds = SKIPPABLE if kinds_text == "skip" else ANY if kinds_text == "any" else tuple(kinds_text.split("|"))
    features = tuple(tuple(g.split("|")) for g in feats.rstrip("]").split(",") if g) if feats else ()
    for group in features:
        for name in group:
            if name.lstrip("!") not in FEATURES:
                raise ValueError(f"unknown feature {name!r} in {text!r}")
    checks = tuple(tuple((FEATURES[n.lstrip("!")], n.startswith("!")) for n in group) for group in features)
    return Element(role or kinds_text, kinds, features, repeat, checks)


@cache
def compile_pattern(pattern: str) -> tuple[Element, ...]:
    """A pattern's elements, checked against ``FEATURES`` (raises ValueError on an unknown name)."""
    return tuple(_element(p) for p in pattern.split())


def element_fits(e: Element, c: Chunk, tokens: Sequence[Token]) -> bool:
    """Whether chunk ``c`` fits element ``e``: its kinds, then its features."""
    if c.kind not in e.kinds:
        return False
    if e.role == "skip" and (
        (c.kind == "aux" and (c.modal or c.negated))
        or (c.kind == "pp" and c.numeral is not None and tokens[c.first].low != "of")
        or (c.kind == "paren" and _part_clause(tokens, c))
    ):
        # "could", "not": never skipped; nor "after 28 people (had been killed)", a clause's subject
        # ("the driver of one vehicle": an of-phrase stays part of its noun phrase)
        return False
    for group in e.checks:
        for feature, negated in group:
            if bool(feature(c, tokens)) is not negated:
                break
        else:
            return False
    return True


def _part_clause(tokens: Sequence[Token], c: Chunk) -> bool:
    """An aside that opens a part's own clause: ", 12 of whom", ", three of them": the verb after it
    is the part's ("45 casualties, 12 of whom died"), never the noun phrase's before it."""
    inner = tokens[c.first : c.last]
    return any(
        t.kind == "num" and k + 2 < len(inner) and inner[k + 1].low == "of" and inner[k + 2].low in ("whom", "which")
        for k, t in enumerate(inner)
    )


Binding = dict[str, list[int]]


def _match(
    elements: Sequence[Element], chunks: Sequence[Chunk], tokens: Sequence[Token], i: int, step: int, bound: Binding
) -> Iterator[Binding]:
    """Bindings of ``elements`` read from chunk ``i`` in direction ``step`` (+1 right, -1 left)."""
    if not elements:
        yield bound
        return
    e, rest = elements[0], elements[1:]
    inside = 0 <= i < len(chunks)
    if e.kinds == ("list",):
        for members, after in _lists(chunks, tokens, i, step):
            yield from _match(rest, chunks, tokens, after, step, {**bound, e.role: members})
        return
    if e.repeat == "*":
        j = i
        taken: list[int] = []
        while 0 <= j < len(chunks) and element_fits(e, chunks[j], tokens):
            taken.append(j)
            j += step
        for k in range(len(taken), -1, -1):  # greedy, then give back
            yield from _match(rest, chunks, tokens, i + k * step, step, {**bound, e.role: taken[:k]})
        return
    if inside and element_fits(e, chunks[i], tokens):
        # a role named twice binds both chunks, in text order: two members of one count
        # ("Besides the gunman, four worshippers were killed": additive_aside)
        yield from _match(rest, chunks, tokens, i + step, step, {**bound, e.role: sorted([*bound.get(e.role, ()), i])})
    if e.repeat == "?":
        yield from _match(rest, chunks, tokens, i, step, bound)


def _lists(chunks: Sequence[Chunk], tokens: Sequence[Token], i: int, step: int) -> Iterator[tuple[list[int], int]]:
    """Coordinated noun phrases read from chunk ``i`` in direction ``step``: (members in text
    order, the chunk index after the list), longest first. In text order a list is
    "A, B, and C" or "A and B": commas between its members and "and"/"or" before the last.
    """
    n = len(chunks)
    if not (0 <= i < n and chunks[i].kind == "np"):
        return
    members = [i]
    coords: list[bool] = []  # whether the separator before each further member (in reading order) holds "and"
    j = i
    while True:
        k = j + step
        if step > 0 and 0 <= k < n and (_own_place(chunks, tokens, j, k) or _of_phrase(chunks, tokens, k)):
            k += step  # a member's own place or group: "12 people in Kano and five in Kaduna"; "hectares of crops"
        if step > 0 and _aside(chunks, tokens, k, step):
            k += step  # an aside after a member: "Raziq, the police chief, and his aide"
        if (
            0 <= k < n
            and 0 <= k + step < n
            and chunks[k + step].kind == "np"
            and _age_aside(chunks, tokens, k)
            and _named(chunks[j if step > 0 else k + step])
        ):
            # "Hassan Ali, 34, his wife Mariam and their daughter": a name's age between commas, its closing
            # comma the one between two members
            if _appositive(chunks, tokens, k + step if step > 0 else j):
                # "Amal Reyes, 41, a nurse, and her daughters": the name's occupation, no member of its own
                if step < 0:
                    members[-1] = k + step
                j = k + step
                continue
            members.append(k + step)
            coords.append(False)
            j = k + step
            continue
        comma = has_coord = False
        for _ in range(2):  # ", and" read rightwards is "and ," read leftwards
            if not comma and 0 <= k < n and chunks[k].kind == "punct" and tokens[chunks[k].first].text == ",":
                comma = True
                k += step
            elif (
                not has_coord
                and 0 <= k < n
                and chunks[k].kind == "coord"
                and tokens[chunks[k].first].low in ("and", "or")
            ):
                has_coord = True
                k += step
        if (
            step < 0
            and (comma or has_coord)
            and k >= 1
            and (_own_place(chunks, tokens, k - 1, k) or _of_phrase(chunks, tokens, k))
        ):
            k += step  # (the same read leftwards: the place after the member before)
        if step < 0 and has_coord and not comma and _aside(chunks, tokens, k, step):
            k += step  # (the same read leftwards: the aside holds the comma before "and")
        if not (comma or has_coord) or not (0 <= k < n and chunks[k].kind == "np"):
            break
        members.append(k)
        coords.append(has_coord)
        j = k
    for size in range(len(members), 1, -1):
        # the "and" stands before the last member in text order
        if coords[0] if step < 0 else coords[size - 2]:
            taken = members[:size]
            if step < 0 and _object_of_verb(chunks, taken[-1]):
                continue  # "killing the assailant and two civilians were injured": no list of one subject
            after = taken[-1] + 1
            if (
                step > 0
                and after < n
                and ((chunks[after].kind == "vg" and not chunks[after].has_object) or chunks[after].kind == "aux")
                and not _of_object(chunks, tokens, i)
            ):
                # "killed the assailant and one officer was wounded", "killed 50 people, and 12 schoolchildren
                # were among the dead": the last is the next clause's subject
                continue
            yield sorted(taken), taken[-1] + step


def _of_object(chunks: Sequence[Chunk], tokens: Sequence[Token], i: int) -> bool:
    """Whether the list starting at chunk ``i`` is what a noun before it is of ("the bodies of a man and two
    women had been recovered": the verb after the list is the whole noun phrase's, not its last member's)."""
    first = chunks[i].first
    # ("of" is its own token, or the last word of an act's phrase: "bodies of", "killing of")
    return first > 0 and (tokens[first - 1].low == "of" or tokens[first - 1].low.endswith(" of"))


def _appositive(chunks: Sequence[Chunk], tokens: Sequence[Token], m: int) -> bool:
    """Whether chunk ``m``, after a name and its age, is one person's occupation between commas: "a nurse,"."""
    c = chunks[m]
    return (
        c.kind == "np"
        and c.numeral is None
        and c.determiner in ("a", "an")
        and c.head is not None
        and c.head.kind == "person"
        and m + 1 < len(chunks)
        and chunks[m + 1].kind == "punct"
        and tokens[chunks[m + 1].first].text == ","
    )


def _named(c: Chunk) -> bool:
    return c.head is not None and c.head.kind == "name"


def _age_aside(chunks: Sequence[Chunk], tokens: Sequence[Token], k: int) -> bool:
    """Whether chunk ``k`` is an age between commas: ", 34,", ", aged 34,"."""
    c = chunks[k]
    if c.kind != "paren" or tokens[c.first].text != "," or tokens[c.last - 1].text != ",":
        return False
    inner = list(tokens[c.first + 1 : c.last - 1])
    if inner[:1] and inner[0].low == "aged":
        inner = inner[1:]
    return len(inner) == 1 and inner[0].kind == "date" and inner[0].text.isdigit() and len(inner[0].text) <= 3


def _own_place(chunks: Sequence[Chunk], tokens: Sequence[Token], member: int, k: int) -> bool:
    """Whether chunk ``k``, right after the noun phrase ``member``, is that member's own place or group
    ("12 people in Kano", "workers from a power company"): a phrase of place or origin without a number,
    after a member that counts people (not "warrants for Haftar and six of his loyalists")."""
    if not (0 <= k < len(chunks) and chunks[k].kind == "pp" and chunks[k].numeral is None):
        return False
    pp = tokens[chunks[k].first : chunks[k].last]
    if len(pp) > 4 or any(t.kind in ("trigger", "person") for t in pp[1:]):
        return False  # "half a million people in the region need aid, and 1.2m ...": a predicate, no place
    m = chunks[member]
    head = m.head
    return (
        m.kind == "np"
        and tokens[chunks[k].first].low in _PLACE_PREPOSITIONS
        and (m.numeral is not None or (head is not None and head.kind == "person"))
    )


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "of", "on", "near"})


def _of_phrase(chunks: Sequence[Chunk], tokens: Sequence[Token], k: int) -> bool:
    """Whether chunk ``k`` is a short of-phrase without a number after a member that is no count of
    people or houses ("1,500 hectares of crops and 300 homes": the chunker leaves the of-phrase of a
    measure apart); never a member's counted people ("three of the 10 guards")."""
    if not (0 <= k < len(chunks) and chunks[k].kind == "pp" and chunks[k].numeral is None and k >= 1):
        return False
    pp = tokens[chunks[k].first : chunks[k].last]
    return (
        pp[0].low == "of"
        and len(pp) <= 4
        and not any(t.kind in ("trigger", "person", "num") for t in pp[1:])
        and chunks[k - 1].kind == "np"
        and chunks[k - 1].numeral is None
    )


def _aside(chunks: Sequence[Chunk], tokens: Sequence[Token], k: int, step: int) -> bool:
    """Whether chunk ``k`` is an aside between two members of a list, with "and" after it: a
    reporting clause ("Two soldiers, the army said, and a civilian") or, in a list read rightwards
    (objects), an appositive after a name ("shot dead Ram Das, the party's treasurer, and his
    brother"; before a verb, implicit_pair reads that subject). Not a member of its own between
    commas ("Two soldiers, a policeman, and a civilian"; ", one US soldier,"): only a name takes an
    appositive here, and an aside holds no number."""
    if not (
        0 < k < len(chunks) - 1
        and chunks[k].kind == "paren"
        and chunks[k + 1].kind == "coord"
        and chunks[k - 1].kind == "np"
        and chunks[k].numeral is None
    ):
        return False
    inner = tokens[chunks[k].first : chunks[k].last]
    if any(t.kind in ("num", "date") for t in inner):
        return False
    if any(t.low in words.REPORT_VERBS for t in inner):
        return True
    head = chunks[k - 1].head
    return step > 0 and head is not None and head.kind == "name"


def _object_of_verb(chunks: Sequence[Chunk], i: int) -> bool:
    """Whether the noun phrase at chunk ``i`` is the object of an active verb right before it (not
    of a verb of saying, whose object is a clause: "Police said the driver and two others were hurt")."""
    if i == 0:
        return False
    v = chunks[i - 1]
    return v.kind == "vg" and not v.passive and v.head is not None and v.head.low not in words.REPORT_VERBS


@cache
def anchor_index(pattern: str, anchor: str) -> int:
    """The position of the anchor element in a pattern."""
    return next(i for i, e in enumerate(compile_pattern(pattern)) if e.role == anchor)


def match_at(
    elements: Sequence[Element], k: int, chunks: Sequence[Chunk], tokens: Sequence[Token], a: int
) -> Binding | None:
    """The first binding of a pattern whose anchor element (``elements[k]``) is chunk ``a``, or None."""
    if not element_fits(elements[k], chunks[a], tokens):
        return None
    return bind_around(elements[k].role, elements[k + 1 :], elements[:k][::-1], chunks, tokens, a)


def bind_around(
    anchor: str,
    right: Sequence[Element],
    left: Sequence[Element],
    chunks: Sequence[Chunk],
    tokens: Sequence[Token],
    a: int,
) -> Binding | None:
    """The first binding of a pattern whose anchor (role ``anchor``) is chunk ``a``, known to fit it:
    ``right``, the elements after the anchor, read rightwards, and ``left``, those before it, leftwards
    (``match_at`` after its anchor's test)."""
    if _kind_misses(right, chunks, a + 1) or _kind_misses(left, chunks, a - 1):
        return None  # (most patterns tried at an anchor: their next chunk on either side is of another kind)
    if not right:  # (a pattern that ends at its anchor, as most do: no generator to bind nothing)
        return next(_match(left, chunks, tokens, a - 1, -1, {anchor: [a]}), None)
    for r in _match(right, chunks, tokens, a + 1, 1, {anchor: [a]}):
        for b in _match(left, chunks, tokens, a - 1, -1, r):
            return b
    return None


def _kind_misses(elements: Sequence[Element], chunks: Sequence[Chunk], i: int) -> bool:
    """Whether the first of ``elements`` surely binds nothing at chunk ``i``, as ``_match`` would find: it
    must take one chunk (no "?" nor "*") and chunk ``i`` is none or of a kind it does not take (a list
    starts at a noun phrase)."""
    if not elements or elements[0].repeat:
        return False
    kinds = ("np",) if elements[0].kinds == ("list",) else elements[0].kinds
    return not (0 <= i < len(chunks) and chunks[i].kind in kinds)


def implied_count(c: Chunk, in_list: bool = False, among_people: bool = False) -> int | None:
    """The count a noun phrase without a number implies (1 or 2), or None; a name in a list
    implies none (lists of names are places as often as people)."""
    return _implied(c, in_list, among_people)
