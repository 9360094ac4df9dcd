"""Chunks: the phrases a sentence is built of, read from its tokens.

A chunk is a run of tokens with one job in the clause:

- ``np``: a noun phrase: determiners, quantifiers, a number, modifiers, the
  head noun, and "of" phrases ("12 of them", "members of a militia group");
- ``vg``: a verb group around a trigger or a light verb, with its voice,
  modality and negation ("had been shot dead", "could kill", "were not hurt");
- ``tnoun``: a trigger used as a noun ("injuries", "the death toll");
- ``pp``: a preposition and what it governs ("in the hills", "on Tuesday");
- ``paren``: material set off by brackets, dashes or commas (", a former
  official,", "(mostly women)", ", including two guards and a driver,");
- ``rel``: a relative clause ("who had taken refuge in the hall") or a reduced
  one ("travelling from the town to the shrine");
- ``time``: a time adverbial without a preposition ("Tuesday evening");
- ``aux``: an auxiliary parted from its verb ("was on Tuesday shot dead");
- ``incl``: "including" right after a noun phrase, before the members it names;
- ``coord``, ``punct``, ``other``: what is left.

The constructions (``figures.grammar.constructions``) are written over chunk
kinds: material is skipped because it is a ``pp``, ``paren``, ``rel`` or
``time`` chunk, never because a window allowed so many words.

>>> from figures.grammar.tokens import tokenize
>>> from figures.numbers import find_numbers
>>> from figures.patterns import find_mentions
>>> s = "Nine pilgrims travelling from the town to the shrine in the hills died."
>>> [c.kind for c in chunk(tokenize(s, 0, len(s), find_numbers(s), find_mentions(s)))]
['np', 'rel', 'vg', 'punct']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from figures.grammar import words
from figures.grammar.tokens import Token
from figures.lexicon import Trigger

# Roles of trigger entries that stand as verbs or predicates; the rest are nouns.
VERB_ROLES: frozenset[str] = frozenset({"past", "verb", "intrans", "adj", "shelter"})
# Token kinds that may stand inside a noun phrase.
# ("date" for ages and measures that modify a noun: "a 17-year-old cyclist")
_NP_KINDS: frozenset[str] = frozenset(
    {"det", "quant", "num", "person", "house", "thing", "name", "word", "adv", "date"}
)
_NOUN_KINDS: frozenset[str] = frozenset({"person", "house", "thing", "name"})
# Token kinds a verb group can start with (_verb_at): others never do.
_VG_OPENERS: frozenset[str] = frozenset({"be", "aux", "modal", "neg", "adv", "trigger", "verb"})
_OPEN = {"(": ")", "[": "]"}
_DASHES = frozenset({"—", "–", "-", "--"})
# Words that open a comma-set parenthetical of a noun phrase's members or share.
_PAREN_OPENERS: frozenset[str] = frozenset(
    [
        "including",
        "among",
        "mostly",
        "mainly",
        "many",
        "most",
        "some",
        "all",
        "both",
        "nearly",
        "almost",
        "about",
        "around",
        "or",
        "aged",
        "such",
    ]
)


class Chunk(NamedTuple):
    """A run of tokens ``tokens[first:last]`` with its kind and what the grammar reads of it."""

    kind: str
    first: int  # token index
    last: int  # token index, exclusive
    start: int  # character offsets
    end: int
    head: Token | None = None  # np: the head noun; vg/tnoun: the trigger or light verb
    numeral: Token | None = None  # np, pp: the number token counting it
    entries: tuple[Trigger, ...] = ()  # vg/tnoun: the trigger's lexicon entries
    passive: bool = False  # vg: a form of "be"/"get" before a past participle
    modal: bool = False  # vg: a modal auxiliary ("could", "may have")
    negated: bool = False  # vg: "not", "never"
    determiner: str | None = None  # np, pp: its first determiner or quantifier, lower case
    has_object: bool = False  # vg: a noun phrase follows it ("killed 12 people"): an active verb
    perfect: bool = False  # vg: "have", "has" or "had" before the verb ("have killed"): active
    roles: frozenset[str] = frozenset()  # the lexicon roles of its entries and its head's (the engine's features)


def _is_verbish(t: Token) -> bool:
    """A word that reads as a verb form ("opened", "travelling"): it ends a noun phrase."""
    return t.kind == "word" and (
        (len(t.low) > 3 and t.low.endswith(("ed", "ing"))) or t.low in words.IRREGULAR_PARTICIPLES
    )


def _np_end(tokens: Sequence[Token], i: int) -> int:
    """Where the noun phrase starting at ``i`` ends (exclusive)."""
    n = len(tokens)
    j = i
    nouns = 0
    while j < n:
        t = tokens[j]
        if (
            t.kind == "trigger"
            and j > i
            and tokens[j - 1].kind in ("det", "quant", "num")
            and j + 1 < n
            and tokens[j + 1].kind in ("person", "house", "thing", "word")
        ):
            j += 1  # "the flooded shaft", "two injured guards": a modifier
            continue
        if t.kind == "trigger" and any(e.role == "result" for e in t.entries):
            break  # "12 farmers | to death": the result after an object is the verb's
        if t.kind == "trigger" and (
            not any(e.role in VERB_ROLES for e in t.entries)
            or (j > i and tokens[j - 1].kind == "det" and any(e.role not in VERB_ROLES for e in t.entries))
        ):
            j += 1  # "two refugees", "12 deaths", "the dead": a trigger noun heads the phrase
            break
        if (
            t.text == "("
            and j > i
            and tokens[i].kind in ("det", "num", "quant")  # (a name's own acronym stays an aside: "Party (CPM)")
            and j + 3 < n
            and tokens[j + 1].kind == "name"
            and tokens[j + 2].text == ")"
            and tokens[j + 3].kind in ("person", "word", "thing", "house")
        ):
            j += 3  # "a Tehrik-e-Taliban Pakistan (TTP) commander": an acronym inside the phrase
            continue
        if t.kind not in _NP_KINDS:
            break
        if t.kind == "adv" and not (j + 1 < n and tokens[j + 1].kind in _NP_KINDS - {"adv"}):
            break  # "badly" before a verb ends the phrase; "newly displaced" is a trigger anyway
        if _is_verbish(t) and not (j + 1 < n and tokens[j + 1].kind in _NP_KINDS - {"adv", "det", "quant", "num"}):
            break  # "opened" (fire): a verb; "armed men": a modifier
        if t.kind in _NOUN_KINDS:
            nouns += 1
        elif nouns and t.kind in ("det", "quant", "num"):
            break  # "the villagers two days later": a new phrase
        elif nouns and t.kind == "word" and tokens[j - 1].kind in ("person", "house", "thing"):
            break  # "people residing": the noun has ended
        j += 1
    # "12 of them", "members of a militia group", "one of the swimmers"
    # (never "of 1,450 homes": a counted object is the phrase's own, "the destruction of 1,450 homes")
    if j > i and j + 1 < n and tokens[j].low == "of" and tokens[j + 1].kind in ("det", "pron", "person"):
        k = j + 1
        if tokens[k].kind == "pron":
            return k + 1
        return max(_np_end(tokens, k), k + 1)
    return j


def _head(tokens: Sequence[Token], first: int, last: int) -> Token | None:
    """The head of a noun phrase: its first known noun after the count, else its last word."""
    known = [t for t in tokens[first:last] if t.kind in ("person", "house", "thing", "trigger")]
    if known:
        # "police officers", "village elders": the last known noun of the first run
        k = tokens.index(known[0], first, last)
        # ... and a word after it ends the compound: "a police constable"
        while k + 1 < last and tokens[k + 1].kind in ("person", "house", "thing", "trigger", "word"):
            k += 1
        return tokens[k]
    for t in reversed(tokens[first:last]):
        if t.kind in ("word", "name", "pron"):
            return t
    return None


def _clause_stop(t: Token) -> bool:
    return t.kind == "punct" and t.text in (".", ";", ":", "!", "?")


def _vg_starts(tokens: Sequence[Token], i: int) -> bool:
    """Whether a verb group starts at ``i``: auxiliaries, adverbs and negation before a verb."""
    return _verb_at(tokens, i) is not None


def _floating(tokens: Sequence[Token], j: int) -> bool:
    """Whether the quantifier at ``j`` floats after its subject, into the verb group: "X and Y both
    sustained injuries", "were both hurt"; never a subject of its own (", both were hurt", "All died")."""
    return (
        tokens[j].low in words.FLOATING_QUANTIFIERS
        and j > 0
        and tokens[j - 1].kind in ("person", "name", "word", "thing", "house", "pron", "be", "aux", "modal")
        and j + 1 < len(tokens)
        and tokens[j + 1].kind in _VG_OPENERS
    )


def _verb_at(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the verb of a verb group starting at ``i``, or None."""
    if tokens[i].kind not in _VG_OPENERS and not (tokens[i].kind == "quant" and _floating(tokens, i)):
        return None
    if (
        i > 0
        and tokens[i - 1].kind in ("det", "quant")
        and tokens[i].kind in ("trigger", "verb")
        # (not after a quantifier that ends a noun phrase: "the other died", "both drowned")
        and tokens[i - 1].low not in ("other", "others", "both", "all")
        and not _floating(tokens, i - 1)
    ):
        return None  # "the flooded shaft", "the arrest": a determiner's word is a noun phrase's
    j = i
    while j < len(tokens) and (
        tokens[j].kind in ("be", "aux", "modal", "neg", "adv") or (tokens[j].kind == "quant" and _floating(tokens, j))
    ):
        j += 1
    if j < len(tokens):
        t = tokens[j]
        if t.kind == "trigger" and any(e.role in VERB_ROLES for e in t.entries):
            return j
        if t.kind == "verb":
            return j
        if j > i and tokens[i].kind in ("be", "aux", "modal") and _is_verbish(t):
            return j
    if j > i and tokens[j - 1].low in words.LIGHT_VERBS:
        return j - 1  # "two barns had roof damage": "had" is the verb
    return None


def _is_comma(c: Chunk, tokens: Sequence[Token]) -> bool:
    return c.kind == "punct" and tokens[c.first].text == ","


def _participle(verb: Token) -> bool:
    """A verb form that reads as a past participle ("killed", "shot dead", "taken")."""
    if verb.kind == "trigger":
        return any(e.role in ("past", "adj") for e in verb.entries if e.role in VERB_ROLES)
    return verb.low.endswith(("ed", "en", "wn")) or verb.low in words.IRREGULAR_PARTICIPLES


def _vg(tokens: Sequence[Token], i: int) -> Chunk:
    v = _verb_at(tokens, i)
    assert v is not None
    before = tokens[i:v]
    verb = tokens[v]
    entries = tuple(e for e in verb.entries if e.role in VERB_ROLES)
    be = any(t.kind == "be" for t in before)
    participle = _participle(verb)
    j = v + 1
    # "shot dead and wounded": adverbs after the verb stay in its group
    while j < len(tokens) and tokens[j].kind == "adv":
        j += 1
    return Chunk(
        "vg", i, j, tokens[i].start, tokens[j - 1].end, head=verb, entries=entries,
        passive=be and participle,
        perfect=not be and any(t.kind == "aux" for t in before),
        modal=any(t.kind == "modal" for t in before),
        negated=any(t.kind == "neg" for t in before),
    )  # fmt: skip


def _span(kind: str, tokens: Sequence[Token], first: int, last: int, **kw: object) -> Chunk:
    return Chunk(kind, first, last, tokens[first].start, tokens[last - 1].end, **kw)  # type: ignore[arg-type]


def _paren_end(tokens: Sequence[Token], i: int) -> int | None:
    """The end (exclusive) of a parenthetical opening at token ``i``, or None."""
    t = tokens[i]
    n = len(tokens)
    if t.text in _OPEN:
        close = _OPEN[t.text]
        for j in range(i + 1, min(n, i + 40)):
            if tokens[j].text == close:
                return j + 1
        return None
    if t.text in _DASHES and i + 1 < n and t.kind == "punct":
        for j in range(i + 1, min(n, i + 25)):
            if tokens[j].text in _DASHES:
                return j + 1
            if _clause_stop(tokens[j]):
                return None
        return None
    if t.text != "," or i + 1 >= n:
        return None
    nxt = tokens[i + 1]
    if nxt.low in _PAREN_OPENERS or (nxt.kind == "num" and i + 2 < n and tokens[i + 2].low == "of"):
        # ", including a civilian, a guard, and an assailant, were killed": to the verb group
        return _aside_end(tokens, i + 2)
    if nxt.kind == "rel" and nxt.low in ("who", "which", "whom", "whose"):
        # ", who had presided over the trials, was shot": an aside to its closing comma, when the
        # clause's own verb group follows it (a relative clause at a sentence's end is no aside)
        for j in range(i + 2, min(n, i + 40)):
            if _clause_stop(tokens[j]):
                return None
            if tokens[j].text == ",":
                return j + 1 if j + 1 < n and _vg_starts(tokens, j + 1) else None
        return None
    if _after_fronted_place(tokens, i):
        return None  # "On Tuesday, in Jalalabad, Afghanistan, a district governor, ...": the subject, no aside
    if nxt.kind == "sub":
        return None  # ", while the other, ...": a clause of its own opens, no aside
    # ", a former village official," ", aged 34,": a short phrase between commas with no verb
    for j in range(i + 1, min(n, i + 12)):
        tj = tokens[j]
        if tj.text == ",":
            if j + 1 < n and tokens[j + 1].kind == "date" and all(t.kind in _AGE_LIST for t in tokens[i + 1 : j]):
                continue  # ", 8, 10 and 12,": a list of ages (rejected numbers) to its last comma
            if nxt.low in ("his", "her", "their") and j + 1 < n and tokens[j + 1].kind == "coord":
                return None  # "killed Rodolfo Hernandez, his wife Marta, and his son": a list's member
            if (
                nxt.low in ("a", "an", "one", "another")
                and j + 1 < n
                and tokens[j + 1].kind == "coord"
                and tokens[i - 1].kind == "person"
                and tokens[j - 1].kind == "person"
                and all(t.kind != "punct" for t in tokens[i + 1 : j])  # (not "one United States (US) soldier")
            ):
                return None  # "Two soldiers, a policeman, and a civilian": a member (only a name takes an appositive)
            return j + 1 if j > i + 1 else None
        if _clause_stop(tj) or tj.kind in ("trigger", "be", "aux", "modal", "rel", "num"):
            return None
        if _is_verbish(tj) and j > i + 1 and tokens[j - 1].kind not in ("det", "quant", "word"):
            return None  # "..., a man fleeing...": a clause; ", a retired teacher,", ", riding nearby,": asides
    return None


_AGE_LIST = frozenset({"date", "coord", "punct"})


def _excluding(tokens: Sequence[Token], i: int, end: int) -> Chunk | None:
    """An aside that leaves people out of a count, with the noun phrase it names as its head:
    ", not including the suicide bomber," (the construction excluded_aside adds them), or None."""
    words = [t.low for t in tokens[i + 1 : min(end, i + 4)]]
    if words[:2] == ["not", "including"]:
        at = i + 3
    elif words[:1] == ["excluding"]:
        at = i + 2
    else:
        return None
    if at >= end or tokens[at].kind != "det":
        return None
    head = _head(tokens, at, end)
    return _span("paren", tokens, i, end, head=head, determiner=tokens[at].low) if head is not None else None


def _second_asides(out: list[Chunk], tokens: Sequence[Token]) -> list[Chunk]:
    """An appositive right after an aside that closed with a comma, and a comma, before the clause's
    verb group is an aside too: "at least one man, Adamu Bello, a ward chairman, was killed"."""
    k = 1
    while k + 2 < len(out):
        c = out[k]
        if (
            c.kind == "np"
            and c.numeral is None
            and out[k - 1].kind == "paren"
            and tokens[out[k - 1].last - 1].text == ","
            and _is_comma(out[k + 1], tokens)
            and out[k + 2].kind == "vg"
        ):
            out[k : k + 2] = [_span("paren", tokens, c.first, out[k + 1].last)]
        k += 1
    return out


def _after_fronted_place(tokens: Sequence[Token], i: int) -> bool:
    """Whether the comma at ``i`` ends a place phrase that opens the sentence ("In Jalalabad,
    Afghanistan,"): what follows is the clause's subject, not an aside to the place."""
    j = i - 1
    while j >= 0 and (
        tokens[j].kind in ("name", "det", "word", "thing", "house") or tokens[j].text == "," or tokens[j].low == "of"
    ):
        j -= 1  # "in Baggun village of Kurram, Federally Administered Tribal Areas, Pakistan"
    return j < i - 1 and j >= 0 and tokens[j].low in ("in", "at", "near", "outside") and _fronted(tokens, j)


def _fronted(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` stands in the sentence's opening adverbials: only times, places,
    prepositions, numbers of dates and commas before it."""
    return all(t.kind in ("prep", "time", "name", "date", "num", "quant", "punct", "det") for t in tokens[:j])


def _aside_end(tokens: Sequence[Token], i: int) -> int:
    """Where an aside of members or shares ("including a guard and a driver") that goes on at
    token ``i`` ends: at the clause's end or its verb group."""
    for j in range(i, len(tokens)):
        if _clause_stop(tokens[j]):
            return j
        if _vg_starts(tokens, j) and not (j > i and tokens[j - 1].kind == "num"):
            return j  # (not "10 dead" in "including 10 dead and 20 injured": a count and its adjective)
        if tokens[j].text == "," and j + 1 < len(tokens) and tokens[j + 1].kind in ("be", "aux", "modal"):
            return j + 1  # ", aged 9 and 12, were among the dead": the clause's verb, though no verb group
    return len(tokens)


def _rel_end(tokens: Sequence[Token], i: int) -> int:
    """The end of a relative clause opening at ``i``: its own verb group, then up to the next one."""
    n = len(tokens)
    seen_verb = False
    j = i + 1
    while j < n:
        t = tokens[j]
        if _clause_stop(t) or t.text == ",":
            return j
        if seen_verb and t.kind == "coord" and j + 1 < n and tokens[j + 1].kind in ("det", "num", "person", "quant"):
            return j  # "when the storm hit and a ranger received ...": "and" opens a clause of its own subject
        if seen_verb and t.kind == "be" and j + 1 < n and tokens[j + 1].low == "among":
            return j  # "who covered the march were among the injured": the main clause's verb
        if _vg_starts(tokens, j) and t.kind in ("be", "aux", "modal", "trigger"):
            if seen_verb:
                return j
            seen_verb = True
            j = _vg(tokens, j).last
            continue
        if t.kind in ("word", "trigger", "verb"):
            seen_verb = True
        j += 1
    return n


def _reduced_end(tokens: Sequence[Token], i: int) -> int:
    """A participle phrase after a noun ("travelling from X to Y", "residing in the homes")."""
    n = len(tokens)
    j = i + 1
    while j < n:
        t = tokens[j]
        if _clause_stop(t) or t.text == "," or t.kind in ("rel", "coord"):
            return j
        if _vg_starts(tokens, j):
            return j
        j += 1
    return n


def _after_report_verb(out: Sequence[Chunk]) -> bool:
    """Whether the chunks so far end with a verb of saying, and maybe its object ("said", "told the
    IOM"): a "that" there opens the reported clause, no relative clause."""
    k = len(out) - 1
    if k >= 0 and out[k].kind == "np":
        k -= 1
    head = out[k].head if k >= 0 and out[k].kind == "vg" else None
    return head is not None and head.low in words.REPORT_VERBS


def _with_conversions(out: list[Chunk], tokens: Sequence[Token]) -> list[Chunk]:
    """A count, the same count in brackets, then its noun is one noun phrase: "27 lakh (2.7 million)
    people", "1.2 crore (12 million) people" (the count's own words, converted, as Wikipedia writes them)."""
    merged: list[Chunk] = []
    k = 0
    while k < len(out):
        c = out[k]
        if (
            c.kind == "np"
            and c.numeral is not None
            and c.head is None
            and k + 2 < len(out)
            and out[k + 1].kind == "paren"
            and tokens[out[k + 1].first].text == "("
            and any(t.kind in ("num", "date") for t in tokens[out[k + 1].first : out[k + 1].last])
            and out[k + 2].kind == "np"
            and out[k + 2].numeral is None
            and out[k + 2].head is not None
            and out[k + 2].determiner is None
        ):
            noun = out[k + 2]
            merged.append(c._replace(last=noun.last, end=noun.end, head=noun.head))
            k += 3
            continue
        merged.append(c)
        k += 1
    return merged


def chunk(tokens: Sequence[Token]) -> list[Chunk]:
    """The chunks of one sentence, in order, covering every token."""
    out: list[Chunk] = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if t.kind == "punct":
            end = _paren_end(tokens, i)
            if end is not None and end > i + 1:
                out.append(_excluding(tokens, i, end) or _span("paren", tokens, i, end))
                i = end
            else:
                out.append(_span("punct", tokens, i, i + 1))
                i += 1
        elif t.low == "including" and out and out[-1].kind == "np" and i + 1 < n and tokens[i + 1].kind in _NP_KINDS:
            # "12 people including four engineers and a nurse were killed": the members the noun phrase
            # names without commas (the constructions count_including*), not a verb of its own
            out.append(_span("incl", tokens, i, i + 1))
            i += 1
        elif (
            t.kind == "trigger"
            and out
            and out[-1].kind == "np"
            and out[-1].last == i
            and _participle(t)
            and (reduced := _reduced_end(tokens, i)) > i + 1
            and reduced < n
            and tokens[reduced - 1].kind not in ("prep", "sub", "coord")
            and _vg_starts(tokens, reduced)
        ):
            # "A boy injured in Monday's strike died": a participle phrase after the subject, then its verb
            out.append(_span("rel", tokens, i, reduced))
            i = reduced
        elif (t.kind in _VG_OPENERS or t.kind == "quant") and _vg_starts(tokens, i):
            vg = _vg(tokens, i)
            out.append(vg)
            i = vg.last
        elif t.kind == "trigger":
            out.append(_span("tnoun", tokens, i, i + 1, head=t, entries=t.entries))
            i += 1
        elif t.kind == "prep":
            j = i + 1
            while (
                j < n
                and tokens[j].kind
                in ("det", "quant", "num", "date", "name", "word", "person", "house", "thing", "time", "adv", "trigger")
                and not _vg_starts(tokens, j)
            ):
                if (
                    tokens[j].kind == "trigger"
                    and tokens[j - 1].kind not in ("det", "quant", "word")
                    and any(e.role in VERB_ROLES for e in tokens[j].entries)
                ):
                    break  # "in the attack killed 12": a verb; "during the arrest": a noun
                if _is_verbish(tokens[j]) and j + 1 < n and tokens[j + 1].kind in ("prep", "det", "num"):
                    break  # "in the attack injuring one", "at the gate crushed 11 fans": a clause's verb
                j += 1
            count = next((x for x in tokens[i + 1 : j] if x.kind == "num"), None)
            det = tokens[i + 1].low if i + 1 < j and tokens[i + 1].kind in ("det", "quant") else None
            out.append(
                _span("pp", tokens, i, max(j, i + 1), numeral=count, head=_head(tokens, i + 1, j), determiner=det)
            )
            i = max(j, i + 1)
        elif t.low == "that" and _after_report_verb(out):
            out.append(_span("other", tokens, i, i + 1))  # "told the IOM that 45 others ...": a clause follows
            i += 1
        elif t.kind == "rel":
            end = _rel_end(tokens, i)
            out.append(_span("rel", tokens, i, end))
            i = end
        elif (
            _is_verbish(t)
            and out
            and (out[-1].kind == "np" or (out[-1].kind == "pp" and i + 1 < n and tokens[i + 1].kind == "num"))
        ):
            end = _reduced_end(tokens, i)
            # (never up to a verb group after a preposition or subordinator: "dragged five villagers out
            # before killing them" is the clause's own verb, then an adverbial clause)
            if (
                end < n
                and _vg_starts(tokens, end)
                and (tokens[end - 1].kind not in ("prep", "sub") or tokens[end - 1].low == "to")
            ):
                out.append(_span("rel", tokens, i, end))  # "pilgrims travelling to the shrine were killed"
                i = end
            else:
                out.append(_span("vg", tokens, i, i + 1, head=t))  # "the storm caused": the main verb
                i += 1
        elif t.kind == "time":
            j = i + 1
            while j < n and tokens[j].kind == "time":
                j += 1
            out.append(_span("time", tokens, i, j))
            i = j
        elif t.kind == "date" and not (i + 1 < n and tokens[i + 1].kind in ("person", "word", "house", "thing")):
            out.append(_span("other", tokens, i, i + 1))  # "11/23/2000:" opens no noun phrase; "a 17-year-old boy" does
            i += 1
        elif t.kind in _NP_KINDS or t.kind in ("pron", "date"):
            end = max(_np_end(tokens, i), i + 1)
            head = _head(tokens, i, end)
            # the count stands before the head: "the driver of one vehicle" counts no one
            upto = tokens.index(head, i, end) if head is not None else end
            count = next((x for x in tokens[i:upto] if x.kind == "num"), None)
            if count is None and head is None:
                count = next((x for x in tokens[i:end] if x.kind == "num"), None)  # "the two"
            det = next((x.low for x in tokens[i:end] if x.kind in ("det", "quant")), None)
            if head is None and end == i + 2 and det == "the" and tokens[i + 1].low == "other":
                det = "the other"  # "one drowned and the other was hurt": one person, as "another"
            out.append(_span("np", tokens, i, end, head=head, numeral=count, determiner=det))
            i = end
        elif t.kind == "coord":
            out.append(_span("coord", tokens, i, i + 1))
            i += 1
        elif t.kind in ("be", "aux", "modal", "neg"):
            # "was on Tuesday evening shot dead": an auxiliary parted from its verb
            out.append(_span("aux", tokens, i, i + 1, head=t, modal=t.kind == "modal", negated=t.kind == "neg"))
            i += 1
        else:
            out.append(_span("other", tokens, i, i + 1))
            i += 1
    out = _second_asides(out, tokens)
    out = _with_conversions(out, tokens)
    # an active verb has its object right after it; the roles of what holds a trigger, read once (a
    # chunk's own entries are its head's: a verb group's are its verb's that read as a verb)
    for k, c in enumerate(out):
        roles = frozenset(e.role for e in c.head.entries) if c.head is not None and c.head.entries else None
        has_object = c.kind == "vg" and k + 1 < len(out) and out[k + 1].kind == "np"
        if roles is not None and has_object:
            out[k] = c._replace(roles=roles, has_object=True)
        elif roles is not None:
            out[k] = c._replace(roles=roles)
        elif has_object:
            out[k] = c._replace(has_object=True)
    # "was on Tuesday evening shot dead": a form of "be" parted from its participle by a time or a
    # place still makes the verb group passive
    for k, c in enumerate(out):
        if (
            c.kind == "vg"
            and k > 1
            and out[k - 1].kind in ("pp", "time", "paren")
            and not c.passive
            and c.head is not None
            and _participle(c.head)
        ):
            j = k - 1
            while j > 0 and out[j].kind in ("pp", "time", "paren"):
                j -= 1
            aux = out[j].head if out[j].kind == "aux" else None
            if j < k - 1 and aux is not None and aux.kind == "be":
                out[k] = c._replace(passive=True)
    # "was struck and injured", "were abducted from their village, and later shot": a bare participle
    # after "and" (and a time) shares the "be" of the passive verb group before (and its phrases)
    for k, c in enumerate(out):
        if c.kind != "vg" or c.passive or c.head is None or c.start != c.head.start or not _participle(c.head):
            continue
        j = k - 1
        while j > 0 and out[j].kind == "time":
            j -= 1
        if j > 1 and out[j].kind == "np" and out[j].numeral is None and out[j - 1].kind == "coord":
            j -= 1  # "Two were shot dead and a third wounded": a subject of its own, the "be" elided (gapping)
        if j < 1 or out[j].kind != "coord" or tokens[out[j].first].low != "and":
            continue
        j -= 1
        while j > 0 and (out[j].kind in ("pp", "time") or _is_comma(out[j], tokens)):
            j -= 1
        if out[j].kind == "vg" and out[j].passive:
            out[k] = c._replace(passive=True)
    return _bracketed_ages(out, tokens)


def _bracketed_ages(out: list[Chunk], tokens: Sequence[Token]) -> list[Chunk]:
    """A noun phrase and the age in brackets after it as one noun phrase: "Ajay Singh (29) and his brother
    Vijay (31)" is a list of two people (the number is no count: numbers.py rejects it)."""
    merged: list[Chunk] = []
    for c in out:
        if (
            c.kind == "paren"
            and merged
            and merged[-1].kind == "np"
            and c.last - c.first == 3
            and tokens[c.first].text == "("
            and tokens[c.first + 1].kind == "date"
            and tokens[c.last - 1].text == ")"
        ):
            merged[-1] = merged[-1]._replace(last=c.last, end=c.end)
            continue
        merged.append(c)
    return merged
