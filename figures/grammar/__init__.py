"""Grammar 2: a sentence read into tokens and chunks, and a table of constructions tried over them.

``read_sentence`` gives the figure drafts the constructions find in one
sentence, and the number spans they show are not victims (the attackers of
"Five gunmen shot dead a farmer"). The pattern extractor
(``figures.patterns.extract``) calls it for each sentence that holds a trigger.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from itertools import takewhile
from typing import Any, NamedTuple

from figures import lexicon
from figures.context import cumulative_of, group_of
from figures.grammar import words
from figures.grammar.chunks import VERB_ROLES, Chunk, chunk
from figures.grammar.constructions import CONSTRUCTIONS, ROW_STAGES, Construction
from figures.grammar.engine import (
    Binding,
    Element,
    act_of_one,
    along_people,
    along_with,
    alongside_one,
    anchor_index,
    and_one,
    and_one_after,
    bind_around,
    bindings_at,
    body_owner,
    caused_to,
    compile_pattern,
    count_noun_gap,
    count_words,
    counted_total,
    either_state,
    element_fits,
    event_of,
    field_label,
    head_word,
    house_label,
    implied_count,
    in_camp,
    incl_counted,
    is_person,
    item_end,
    label_item,
    later_verb,
    match_at,
    named_object,
    number_who,
    object_pair,
    partitive,
    remembered_before,
    running_total,
    shelter_place,
    singular_after,
    singular_before,
    stated_zero,
    subject_words,
    their_head,
    toll_people,
    total_of,
    unit_present,
)
from figures.grammar.share import read_shares
from figures.grammar.subjects import (
    SINGULAR_CATEGORIES,
    SUBJECT_AND_ONE,
    SUBJECT_ROLES,
    named_subject,
    subject_pair,
)
from figures.grammar.tokens import MentionLike, Token, overlap_test, tokenize
from figures.grammar.words import NOMINALS
from figures.lexicon import Trigger
from figures.numbers import Number, sum_qualifier

Draft = dict[str, Any]

__all__ = [
    "CONSTRUCTIONS",
    "Construction",
    "Fields",
    "LinkReading",
    "Reading",
    "Sentence",
    "Token",
    "breakdown_spans",
    "overlap_test",
    "read_link",
    "read_one_more",
    "read_one_more_rows",
    "read_rows",
    "read_sentence",
    "read_shares",
    "read_victim",
    "read_zeros",
    "respective_pairs",
    "summed_parts",
    "victim_readings",
    "victim_readings_for",
    "words",
]


_PLURAL_AUX = re.compile(r"(?:were|are|have)\b", re.IGNORECASE)


def _entry(c: Construction, anchor: Chunk) -> tuple[str, str | None] | None:
    """The category (and modality) the anchor gives."""
    if c.category is not None:
        return c.category, None
    head = anchor.head
    if head is not None and head.low in NOMINALS and not head.entries:
        return NOMINALS[head.low], None
    entries = anchor.entries or (head.entries if head is not None else ())
    if anchor.kind == "vg":
        entries = tuple(e for e in entries if e.role in VERB_ROLES) or entries
    else:
        entries = tuple(e for e in entries if e.role not in VERB_ROLES) or entries
    if head is not None and head.low in NOMINALS and not any(e.role == "event" for e in entries):
        return NOMINALS[head.low], None  # "damage to 2,000 houses": the noun, not the verb
    if not entries:
        return None
    return entries[0].category, entries[0].modality


def _among_people(chunks: Sequence[Chunk], m: int, people: list[int]) -> bool:
    """Whether the list member ``m`` stands among people: after a member that names people, or a name in a
    list with one ("Ajay Singh (29) and his brother Vijay": two people; "Albay, Sorsogon and Catanduanes": places)."""
    head = chunks[m].head
    return bool(people) and (people[0] < m or (head is not None and head.kind == "name"))


def _draft(
    text: str,
    c: Construction,
    b: Binding,
    chunks: Sequence[Chunk],
    s_start: int,
    s_end: int,
    among_people: bool = False,  # a member of a list that names people
) -> Draft | None:
    anchor = chunks[b[c.anchor][0]]
    victims = chunks[b[c.count][0]]
    got = _entry(c, chunks[b[c.category_from][0]] if c.category_from else anchor)
    if got is None:
        return None
    category, modality = got
    if c.no_civilian and (category in lexicon.CIVILIAN_CATEGORIES or category in lexicon.HOUSE_CATEGORIES):
        return None
    named = chunks[b[c.head_from][0]] if c.head_from else victims
    head = named.head.low if named.head is not None else None
    cu = lexicon.category_and_unit(category, head)
    if cu is None:
        return None
    category, unit = cu
    if victims.numeral is not None and victims.numeral.number is not None:
        n: Number = victims.numeral.number
        value, low, high, qualifier = n.value, n.low, n.high, n.qualifier
        if (
            value == 1
            and qualifier == "exact"
            and not c.members
            and anchor.kind == "vg"
            and _PLURAL_AUX.match(text, anchor.start)
        ):
            return None  # "..., and one CIA officer were killed": the last member of a list, not the subject
        number_span = (n.start, n.end)
        if c.upper is not None:  # "at least 30, and as many as 41": one range
            up = chunks[b[c.upper][0]].numeral
            if up is None or up.number is None or up.number.value is None or value is None:
                return None
            high = up.number.high if up.number.high is not None else up.number.value
            qualifier = "range"
            number_span = (n.start, up.number.end)
    elif c.implied:
        implied = implied_count(victims, in_list=c.members, among_people=among_people)
        if implied is None:
            return None
        number_span = (victims.start, victims.end)
        if c.pair is not None:
            second = chunks[b[c.pair][0]]
            more = implied_count(second)
            if more is None and second.numeral is not None and second.numeral.number is not None:
                more = second.numeral.number.value  # "the driver and two passengers"
            if more is None:
                return None
            implied += more
            number_span = (victims.start, second.end)
        value = low = high = implied
        qualifier = "exact"
    else:
        return None
    giver = chunks[b[c.category_from][0]] if c.category_from else anchor
    trigger = giver.head
    t_start, t_end = (trigger.start, trigger.end) if trigger is not None else (giver.start, giver.end)
    if c.trigger_to is not None:
        t_end = chunks[b[c.trigger_to][-1]].end
    start = min(number_span[0], t_start, victims.start, anchor.start, giver.start, named.start)
    end = max(number_span[1], t_end, victims.end, anchor.end, giver.end, named.end)
    return dict(
        category=category, value=value, low=low, high=high, qualifier=qualifier, unit=unit,
        start=start, end=end, text=text[start:end],
        number_start=number_span[0], number_end=number_span[1],
        trigger=text[t_start:t_end], trigger_start=t_start, trigger_end=t_end,
        sentence_start=s_start, sentence_end=s_end, extractor="pattern", rule=c.name,
        modality=modality, part_of=None, group=group_of(head), source=None, cumulative=False, negated=False,
    )  # fmt: skip


def _drafts(text: str, c: Construction, b: Binding, chunks: Sequence[Chunk], s_start: int, s_end: int) -> list[Draft]:
    """The rows a match gives: one, or for a list one per counted member and their total."""
    if not c.members:
        d = _draft(text, c, b, chunks, s_start, s_end)
        return [] if d is None else [d]
    if chunks[b[c.count][0]].determiner == "both":
        return []  # "both the crew and residents": "both ... and" joins the members, it counts none of them
    # a member after one that names people may be a person the word tables lack ("three nurses and a porter")
    people = [m for m in b[c.count] if (h := chunks[m].head) is not None and h.kind == "person"]
    rows = [
        d
        for m in b[c.count]
        if (d := _draft(text, c, {**b, c.count: [m]}, chunks, s_start, s_end, _among_people(chunks, m, people)))
    ]
    if len(rows) < len(b[c.count]) or len({(r["category"], r["unit"]) for r in rows}) > 1:
        # "a school, 40 houses and a clinic were destroyed": only the houses; no total of unlike members
        return [r for r in rows if r["value"] is not None and len(rows) == 1 and not c.whole_list]
    if any(r["value"] is None for r in rows):
        return []
    lows, highs = [r["low"] for r in rows], [r["high"] for r in rows]
    start, end = min(r["start"] for r in rows), max(r["end"] for r in rows)
    total = {
        **rows[0],
        "value": sum(r["value"] for r in rows),
        "low": None if None in lows else sum(lows),
        "high": None if None in highs else sum(highs),
        "qualifier": sum_qualifier(r["qualifier"] for r in rows),
        "group": rows[0]["group"] if len({r["group"] for r in rows}) == 1 else None,  # the bomber and seven
        "start": start,
        "end": end,
        "text": text[start:end],
        "number_start": rows[0]["number_start"],
        "number_end": rows[-1]["number_end"],
    }
    return [total, *({**r, "part_of": start} for r in rows)]


class _Anchored(NamedTuple):
    """A construction of the clause stage, its pattern cut at its anchor once (read_sentence tries
    each for every chunk of the anchor's kinds)."""

    construction: Construction
    anchor: Element
    key: int  # the anchor element's identity: constructions that write it alike share its test on a chunk
    right: tuple[Element, ...]  # the elements after the anchor, in reading order
    left: tuple[Element, ...]  # those before it, from the anchor leftwards


@cache
def _by_anchor_kind() -> dict[str, list[_Anchored]]:
    """Chunk kind -> the constructions whose anchor takes it, in table order, with their compiled pattern."""
    table: dict[str, list[_Anchored]] = {}
    for c in CONSTRUCTIONS:
        if c.stage != "clause":
            continue  # (read_zeros, read_running_totals, read_counted_totals and read_link read them)
        elements = compile_pattern(c.pattern)
        k = anchor_index(c.pattern, c.anchor)
        anchored = _Anchored(c, elements[k], id(elements[k]), elements[k + 1 :], elements[:k][::-1])
        for kind in elements[k].kinds:
            table.setdefault(kind, []).append(anchored)
    return table


def read_chunks(
    text: str, s_start: int, s_end: int, numbers: Sequence[Number], mentions: Sequence[MentionLike]
) -> tuple[list[Token], list[Chunk]]:
    """The tokens and chunks of one sentence."""
    tokens = tokenize(text, s_start, s_end, numbers, mentions)
    return tokens, chunk(tokens)


def _counted_asides(chunks: list[Chunk], count: list[int], tokens: Sequence[Token]) -> list[Chunk]:
    """The chunks with each aside bound as a count replaced by the people it counts (", including
    about 80,000 people" read as "about 80,000 people", the row's span ending at their noun)."""
    if all(chunks[i].kind != "paren" for i in count):
        return chunks
    out = list(chunks)
    for i in count:
        if (counted := incl_counted(chunks[i], tokens)) is not None:
            out[i] = counted
    return out


class Reading(NamedTuple):
    """What the constructions read in one sentence."""

    drafts: list[Draft]  # the rows they give
    agents: set[tuple[int, int]]  # number spans that count attackers: no row, from any extractor
    embedded: list[tuple[int, int]]  # spans of relative clauses: a trigger there is not the main verb's
    tokens: list[Token]  # the sentence read
    # relative clauses between commas before a verb group (", who had served in three wars, was killed"):
    # each span, and the verb group's end
    asides: list[tuple[int, int, int]]


def read_sentence(
    text: str,
    s_start: int,
    s_end: int,
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
    sentence: Sentence | None = None,
) -> Reading:
    """The drafts the constructions give in one sentence, and what else the pipeline needs of it
    (``sentence``: the same sentence, the same numbers and mentions, maybe read already by read_link)."""
    if sentence is not None:
        tokens, chunks = sentence.read()
    else:
        tokens, chunks = read_chunks(text, s_start, s_end, numbers, mentions)
    drafts: list[Draft] = []
    agents: set[tuple[int, int]] = set()
    table = _by_anchor_kind()
    for a, ch in enumerate(chunks):
        if ch.head is None or ch.head.kind not in ("trigger", "verb", "aux", "be"):
            continue  # every construction's anchor holds a trigger, a verb of the word tables, "had" or "were"
        fits: dict[int, bool] = {}  # anchor element -> whether this chunk fits it (asked once)
        for c, anchor, key, right, left in table.get(ch.kind, ()):
            fit = fits.get(key)
            if fit is None:
                fit = fits[key] = element_fits(anchor, ch, tokens)
            if not fit:
                continue
            b = bind_around(anchor.role, right, left, chunks, tokens, a)
            if b is None:
                continue
            if c.agent is not None:
                agent = chunks[b[c.agent][0]].numeral
                if agent is not None:
                    agents.add((agent.start, agent.end))
            found = _drafts(text, c, b, _counted_asides(chunks, b[c.count], tokens), s_start, s_end)
            if found:
                drafts.extend(found)
                if not c.also:
                    break
    return Reading(
        drafts,
        agents,
        [(ch.start, ch.end) for ch in chunks if ch.kind == "rel"],
        tokens,
        [
            (ch.start, chunks[k + 1].start, chunks[k + 1].end)
            for k, ch in enumerate(chunks[:-1])
            if ch.kind == "paren" and tokens[ch.first + 1].kind == "rel" and chunks[k + 1].kind == "vg"
        ],
    )


@cache
def _staged(stage: str) -> list[tuple[Construction, tuple[Element, ...], int]]:
    """The constructions read at ``stage`` (``Construction.stage``), with their compiled pattern and anchor."""
    return [
        (c, compile_pattern(c.pattern), anchor_index(c.pattern, c.anchor)) for c in CONSTRUCTIONS if c.stage == stage
    ]


# --- stated zeros -------------------------------------------------------------------
# A word that may state a zero before its trigger ("no", "none", "nobody", "neither", "no-one"), or a
# field's value of none after it ("Fatalities: None"): the cheap test before a sentence is read.
_ZERO_WORD = re.compile(r"\b(?:no|none|nobody|neither)\b[^;:.!?()\[\]]*\Z", re.IGNORECASE)  # (no clause's end after it)
_NO_NEAR = re.compile(r"\bno\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE)
_HOUSE_WORD = re.compile(r"houses|homes|buildings", re.IGNORECASE)
_ZERO_AFTER = re.compile(r"\s*:\s*(?:none|nil|zero|no\s+one)\b", re.IGNORECASE)


def _may_state_zero(text: str, t: MentionLike, s_start: int, s_end: int) -> bool:
    """The cheap test of engine.stated_zero: a zero word in the 80 characters before a verb of harm (with a
    noun of houses for houses), "no" up to three words before a harm noun (never of houses), or ": none"."""
    lo = max(s_start, t.start - 80)
    for e in t.entries:
        houses = e.category in lexicon.HOUSE_CATEGORIES
        subject = e.role in ("past", "adj", "intrans") and not e.phrase.startswith("lives")
        if subject and _ZERO_WORD.search(text, lo, t.start) and (not houses or _HOUSE_WORD.search(text, lo, t.start)):
            return True
        if (
            not subject
            and e.role in ("noun", "toll", "intrans")
            and not houses
            and (_NO_NEAR.search(text, lo, t.start) or _ZERO_AFTER.match(text, t.end, s_end))
        ):
            return True
    return False


def read_zeros(
    text: str,
    s_start: int,
    s_end: int,
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
    triggers: Sequence[MentionLike],
    used: set[int],
) -> list[Draft]:
    """The rows of the table's stated-zero constructions (``stage="zero"``) in one sentence: 0, negated, one
    per trigger at most, for the ``triggers`` (of ``mentions``) not starting at ``used`` (those no count was
    linked to).

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "No one was killed and there were no injuries."
    >>> ms = find_mentions(s)
    >>> [(d["category"], d["value"], d["text"]) for d in read_zeros(s, 0, len(s), [], ms, ms, set())]
    [('killed', 0, 'No one was killed'), ('injured', 0, 'no injuries')]
    """
    # (a piece of a zero word in the lower-cased sentence, "no", "either", "nil", "zero": plain `in` tests
    # cost a fifth of one regex over every sentence; then a zero where one of a trigger stands: only
    # then is the sentence read, which few sentences with a trigger are)
    low = text[s_start:s_end].lower()
    if "no" not in low and "either" not in low and "nil" not in low and "zero" not in low:
        return []
    anchors = {t.start for t in triggers if t.start not in used and _may_state_zero(text, t, s_start, s_end)}
    if not anchors:
        return []
    tokens, chunks = read_chunks(text, s_start, s_end, numbers, mentions)
    found: list[Draft] = []
    zeros = _staged("zero")
    for a, ch in enumerate(chunks):
        head = ch.head
        if head is None or head.kind != "trigger" or head.start not in anchors:
            continue
        for c, elements, k in zeros:
            if match_at(elements, k, chunks, tokens, a) is None:
                continue
            h = next(i for i in range(ch.first, ch.last) if tokens[i] is head)
            reading = stated_zero(tokens, h)
            if reading is None:
                continue
            entry, (i, j) = reading
            z_start, z_end = tokens[i].start, tokens[j - 1].end
            start, end = min(z_start, head.start), max(z_end, head.end)
            category = entry.category
            found.append(dict(
                category=category, value=0, low=0, high=0, qualifier="exact",
                unit="houses" if category in lexicon.HOUSE_CATEGORIES else "people",
                start=start, end=end, text=text[start:end], number_start=z_start, number_end=z_end,
                trigger=head.text, trigger_start=head.start, trigger_end=head.end,
                sentence_start=s_start, sentence_end=s_end, extractor="pattern", rule=c.name,
                modality=entry.modality, part_of=None, group=None, source=None, cumulative=False, negated=True,
            ))  # fmt: skip
            break
    return found


# --- fields of a table or an infobox ---------------------------------------------------
# Where a label's line or field begins: after the last of these before its trigger.
_LINE_BREAKS = ".;:!?\n"
_COLON_AFTER = re.compile(r"[ \t]*:[ \t]*")  # a colon after a trigger: the cheap test before a field is read


# --- one count in either of two states ------------------------------------------------
def read_both_states(
    text: str,
    found: list[Draft],
    sentence: tuple[int, int],
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
) -> list[Draft]:
    """``found`` (a sentence's rows) and the rows of the table's constructions of ``stage="both"``:
    a houses_destroyed row beside each houses_damaged row whose trigger says either state ("120,000
    homes were damaged or destroyed"), the same number and span, under the construction's name. Their
    pattern is the trigger's chunk alone: only the trigger's words are read.

    >>> from figures.patterns import extract
    >>> [(f.category, f.value, f.rule) for f in extract("The tornado damaged or destroyed 45 houses.")]
    [('houses_destroyed', 45, 'damaged_or_destroyed'), ('houses_damaged', 45, 'verb_number')]
    """
    added: list[Draft] = []
    for d in found:
        if d["category"] != "houses_damaged" or not either_state(d["trigger"]):
            continue  # (the cheap test: few rows count houses in either state)
        tokens, chunks = read_chunks(text, d["trigger_start"], d["trigger_end"], (), mentions)
        c = next((c for a in range(len(chunks)) if (c := _staged_match("both", chunks, tokens, a))), None)
        if c is not None:
            added.append({**d, "category": "houses_destroyed", "rule": c.name})
    return found + added if added else found


# --- what a row's context says again of it ------------------------------------------
def read_later_deaths(
    text: str,
    found: list[Draft],
    sentence: tuple[int, int],
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
) -> list[Draft]:
    """``found`` (the sentence's rows) with the subject rows the table's constructions of ``stage="later"``
    read again, under their name: "Two of the injured later died" is killed, its trigger the later verb
    (of_the_injured_who_died)."""
    # (the cheap test, on words: "of the" right before an injured row's trigger)
    later = [
        d
        for d in found
        if d["rule"] == "number_verb"
        and d["category"] == "injured"
        and d["number_end"] < d["trigger_start"]
        and text[max(d["number_end"], d["trigger_start"] - 12) : d["trigger_start"]].lower().split()[-2:]
        in (["of", "the"], ["of", "those"])
    ]
    if not later:
        return found
    tokens, chunks = read_chunks(text, sentence[0], sentence[1], numbers, mentions)
    at = {t.start: i for i, t in enumerate(tokens)}
    chunk_of = {i: a for a, ch in enumerate(chunks) for i in range(ch.first, ch.last)}
    out = list(found)
    for d in later:
        k, i = at.get(d["trigger_start"]), at.get(d["number_start"])
        if k is None or i is None or k < i + 3 or tokens[k - 2].start == tokens[k - 3].end:
            continue  # ("of" after a space: "4 of the wounded")
        c = _staged_match("later", chunks, tokens, chunk_of[k])
        v = later_verb(tokens, k) if c is not None else None
        if c is None or v is None:
            continue
        verb = tokens[v]
        end = max(d["end"], verb.end)
        out[out.index(d)] = {
            **d, "category": "killed", "trigger": verb.text, "trigger_start": verb.start, "trigger_end": verb.end,
            "end": end, "text": text[d["start"] : end], "rule": c.name,
        }  # fmt: skip
    return out


def read_units_present(
    text: str,
    found: list[Draft],
    sentence: tuple[int, int],
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
) -> list[Draft]:
    """``found`` (the sentence's rows) with the subject rows the table's constructions of ``stage="unit"``
    read again, under their name: "Of those 150 households, 90 were displaced" counts households
    (unit_of_those_present)."""
    s_start = sentence[0]
    # (the cheap test, on words: "of those 150 households," right before a bare count of people)
    present = [
        d
        for d in found
        if d["rule"] == "number_verb"
        and d["unit"] == "people"
        and d["number_end"] <= d["trigger_start"]
        and text[max(s_start, d["number_start"] - 3) : d["number_start"]].rstrip().endswith(",")
        and _present_words(text[max(s_start, d["number_start"] - 60) : d["number_start"]])
    ]
    if not present:
        return found
    tokens, chunks = read_chunks(text, s_start, sentence[1], numbers, mentions)
    at = {t.start: i for i, t in enumerate(tokens)}
    chunk_of = {i: a for a, ch in enumerate(chunks) for i in range(ch.first, ch.last)}
    out = list(found)
    for d in present:
        i, k = at.get(d["number_start"]), at.get(d["trigger_start"])
        if i is None or k is None:
            continue
        between = [t for t in tokens[i + 1 : k] if t.text[:1].isalpha()]
        if between and not (len(between) == 1 == k - i - 1 and between[0].low in words.COUNT_AUXILIARIES):
            continue  # the count's own noun ("90 people were displaced") or more than an auxiliary
        c = _staged_match("unit", chunks, tokens, chunk_of[i])
        unit = unit_present(tokens, i) if c is not None else None
        if c is not None and unit is not None:
            out[out.index(d)] = {**d, "unit": unit, "rule": c.name}
    return out


def _present_words(before: str) -> bool:
    """Whether ``before`` (the words before a count) ends in "of those 150 households," (the words
    engine.unit_present reads)."""
    words_ = before.rstrip()[:-1].lower().split()[-4:]
    return len(words_) == 4 and words_[0] == "of" and words_[3] in lexicon.UNITS


@cache
def _stage_names(stage: str) -> frozenset[str]:
    """The names of the constructions read at ``stage``."""
    return frozenset(c.name for c in CONSTRUCTIONS if c.stage == stage)


def _staged_match(stage: str, chunks: Sequence[Chunk], tokens: Sequence[Token], a: int) -> Construction | None:
    """The first construction of ``stage`` whose pattern holds at chunk ``a``."""
    return next((c for c, elements, k in _staged(stage) if match_at(elements, k, chunks, tokens, a) is not None), None)


# --- others joined "along with" a harm -------------------------------------------------
def read_along_totals(
    text: str,
    found: list[Draft],
    sentence: tuple[int, int],
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
) -> list[Draft]:
    """``found`` (the sentence's rows) and a total for each row of the table's constructions of
    ``stage="along"`` with a subject counted at the same trigger: "The minister and 30 others died" is
    how "30 died along with the minister" counts; "Four miners died alongside 9 rescuers" is 13
    (coordinated_total), 4 and 9 its parts."""
    names = _stage_names("along")
    extra: list[Draft] = []
    for d in found:
        if d["rule"] not in names or d["value"] is None or d["part_of"] is not None:
            continue
        subject = next(
            (
                f
                for f in found
                if f is not d
                and f["part_of"] is None
                and f["value"] is not None
                and (f["trigger_start"], f["category"], f["unit"]) == (d["trigger_start"], d["category"], d["unit"])
                and f["number_end"] <= f["trigger_start"]
            ),
            None,
        )
        if subject is None:
            continue
        start, end = min(subject["start"], d["start"]), max(subject["end"], d["end"])
        parts = (subject, d)
        extra.append({
            **subject, "rule": "coordinated_total", "value": subject["value"] + d["value"],
            "low": None if None in (subject["low"], d["low"]) else subject["low"] + d["low"],
            "high": None if None in (subject["high"], d["high"]) else subject["high"] + d["high"],
            "qualifier": sum_qualifier(p["qualifier"] for p in parts), "group": None,
            "start": start, "end": end, "text": text[start:end], "number_end": d["number_end"],
        })  # fmt: skip
        for p in parts:
            p["part_of"] = start
    return found + extra if extra else found


# --- counted totals ---------------------------------------------------------------------
# A subject's own words after its count that make it some of the people of a row before it in the sentence:
# "86 people were hospitalised, 11 of them in intensive care", "40 were injured, and six remain in critical
# condition", "... are still missing".
_SOME_OF_THEM = re.compile(
    r"\s+(?:(?:of|among)\s+(?:them|whom|those)\b|remain(?:ed|s)?\b|(?:are|were|is)\s+still\b)", re.IGNORECASE
)


def _mark_later_parts(text: str, found: list[Draft]) -> None:
    """Mark as parts (``part_of``) the rows whose own words say they are some of an earlier row's people of
    their category and more of them: a number_verb subject with ``_SOME_OF_THEM``'s words between its count
    and its verb, and every among_toll row (a count "among those killed" is some of them by its own words).
    No row of its own: the first reading of the part stage."""
    for d in found:
        if d["part_of"] is not None or d["value"] is None:
            continue
        if d["rule"] != "among_toll" and not (
            d["rule"] == "number_verb"
            and _SOME_OF_THEM.match(text, d["number_end"], max(d["number_end"], d["trigger_end"]))
        ):
            continue
        whole = [
            f
            for f in found
            if f is not d
            and f["part_of"] is None
            and f["category"] == d["category"]
            and f["end"] <= d["number_start"]
            and f["value"] is not None
            and f["value"] > d["value"]
        ]
        if whole:
            d["part_of"] = whole[-1]["start"]


def read_counted_totals(
    text: str,
    found: list[Draft],
    sentence: tuple[int, int],
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
) -> list[Draft]:
    """``found`` (the sentence's rows) and the rows of the table's counted-total constructions
    (``stage="part"``): the total M of a subject row's "N of the M <trigger>", the row of N its part
    ("Among the victims, 34 of the 160 dead were children" gave killed 34 alone). First, the rows whose
    own words make them some of an earlier row's people are marked its parts ("Forty were injured, and six
    remain in critical condition": the six of the forty; ``_mark_later_parts``)."""
    _mark_later_parts(text, found)
    # (the cheap test: " of " and another count between a subject row's count and its trigger)
    rows = [
        d
        for d in found
        if d["rule"] in ("number_verb", "number_noun")
        and d["part_of"] is None
        and " of " in text[d["number_end"] : d["trigger_start"]]
        and any(d["number_end"] < n.start < d["trigger_start"] and n.value is not None for n in numbers)
    ]
    if not rows:
        return found
    tokens, chunks = read_chunks(text, sentence[0], sentence[1], numbers, mentions)
    at = {t.start: k for k, t in enumerate(tokens)}
    chunk_of = {k: a for a, ch in enumerate(chunks) for k in range(ch.first, ch.last)}
    added: list[Draft] = []
    for d in rows:
        i, k = at.get(d["number_start"]), at.get(d["trigger_start"])
        if i is None or k is None:
            continue
        j = counted_total(tokens, i, k)
        if j is None or "\n" in text[tokens[j].end : tokens[k].start]:
            continue  # (the total and the trigger on one line)
        total = tokens[j].number
        if total is None or any(f["number_start"] == total.start for f in found):
            continue
        for c, elements, anchor in _staged("part"):
            if match_at(elements, anchor, chunks, tokens, chunk_of[j]) is None:
                continue
            added.append({
                **d, "value": total.value, "low": total.low, "high": total.high, "qualifier": total.qualifier,
                "start": total.start, "text": text[total.start : d["end"]], "number_start": total.start,
                "number_end": total.end, "rule": c.name,
            })  # fmt: skip
            d["part_of"] = total.start
            break
    return found + added


# --- running totals -------------------------------------------------------------------
# a verb of adding before the count (words.ADDING_VERBS): the cheap test before a sentence is read
_ADDING = re.compile(r"\b(?:bring|brought|rais|tak|took|push)\w*\s", re.IGNORECASE)
_TO = ("to ", "To ", "TO ", "to\n", "to\xa0", "to  ")  # "to" right before a number: every running total has it


def read_running_totals(
    text: str,
    found: list[Draft],
    sentence: tuple[int, int],
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
) -> list[Draft]:
    """``found`` (the sentence's rows) and the rows of the table's running-total constructions
    (``stage="total"``): a count after "to" that a running total reads takes the category of the one row
    before its verb of adding (not when the rows before are of several categories, or none), its span
    from that row's trigger; a generic toll's row of the count ("the running tally to 15,600") gives way.
    """
    if not found:
        return found
    s_start, s_end = sentence
    # (most sentences: no number right after "to", as every running total has it)
    after_to = [
        n
        for n in numbers
        if text.endswith(_TO, s_start, n.start) and _ADDING.search(text, max(s_start, n.start - 120), n.start)
    ]
    if not after_to:
        return found
    generic = {(d["number_start"], d["number_end"]): d for d in found if d["trigger"].lower() in words.GENERIC_TOLLS}
    used = {(d["number_start"], d["number_end"]) for d in found}
    unread = {
        (n.start, n.end)
        for n in after_to
        if n.accepted and ((n.start, n.end) not in used or (n.start, n.end) in generic)
    }
    if not unread:
        return found
    tokens, chunks = read_chunks(text, s_start, s_end, numbers, mentions)
    added: list[Draft] = []
    for c, elements, k in _staged("total"):
        for a in range(len(chunks)):
            if match_at(elements, k, chunks, tokens, a) is None:
                continue
            for x in range(chunks[a].first, chunks[a].last):
                n = tokens[x].number
                reading = running_total(tokens, x)
                if n is None or reading is None or (n.start, n.end) not in unread:
                    continue
                v, after = reading
                verb, end = tokens[v], tokens[after - 1].end
                if (
                    after < len(tokens)
                    and tokens[after].start > end
                    and not text[end : tokens[after].start].strip(" \t")
                ):
                    word = tokens[after].low.split(" ")[0]
                    if word[:1].isalpha() and word not in words.AFTER_TOTAL and word not in lexicon.PEOPLE_PLURAL:
                        continue  # "bringing the total for the year to 19 matches": a count of something else
                before = [
                    d
                    for d in found
                    if d["number_end"] <= verb.start
                    and d["trigger_end"] <= verb.start  # (its category told in the clause before, not after the total)
                    and d["value"]
                    and not d["negated"]
                    and d["part_of"] is None
                ]
                if not before or len({d["category"] for d in before}) > 1:
                    continue  # no category, or more than one, in the clauses before
                prev = max(before, key=lambda d: d["number_end"])
                if (n.start, n.end) in generic:
                    if prev["category"] == generic[(n.start, n.end)]["category"]:
                        continue  # the toll grammar's row stands
                    found = [d for d in found if d is not generic[(n.start, n.end)]]
                start = prev["trigger_start"]
                row = dict(
                    prev,
                    value=n.value, low=n.low, high=n.high, qualifier=n.qualifier, start=start, end=end,
                    text=text[start:end], number_start=n.start, number_end=n.end, rule=c.name,
                    part_of=None, group=None, modality=None,
                )  # fmt: skip
                # (from the verb of adding: "newly displaced" before it is no new count)
                row["cumulative"] = cumulative_of(
                    row["text"], c.name, text[verb.start : n.start], text[n.end : n.end + 20]
                )
                added.append(row)
                unread.discard((n.start, n.end))
    return found + added if added else found


# --- the row stages, in their order -----------------------------------------------------------
# A reader of a sentence's rows: the rows with those its stage's constructions add or read again.
RowReader = Callable[[str, list[Draft], tuple[int, int], Sequence[Number], Sequence[MentionLike]], list[Draft]]

_ROW_READERS: dict[str, RowReader] = {
    "along": read_along_totals,
    "part": read_counted_totals,
    "later": read_later_deaths,
    "unit": read_units_present,
    "total": read_running_totals,
    "both": read_both_states,
}


def read_rows(
    text: str,
    found: list[Draft],
    sentence: tuple[int, int],
    numbers: Sequence[Number],
    mentions: Sequence[MentionLike],
) -> list[Draft]:
    """``found`` (one sentence's rows, as the pattern extractor's linkers give them) read by the table's
    row stages in their order (``constructions.ROW_STAGES``): each stage's reader gives the rows with those
    its constructions add or read again, for the stages after it to read.

    >>> from figures.patterns import extract
    >>> [(f.category, f.value, f.rule) for f in extract("Two more fishermen drowned, bringing the total to 9.")]
    [('killed', 2, 'number_verb'), ('killed', 9, 'running_total')]
    """
    if not found:  # (most sentences of a document give no row)
        return found
    for stage in ROW_STAGES:
        found = _ROW_READERS[stage](text, found, sentence, numbers, mentions)
    return found


# --- links of one count to one trigger ---------------------------------------------------
class LinkReading(NamedTuple):
    """A link construction's reading of one count and one trigger: what the gap linker's ``Link`` holds."""

    rule: str
    entry: Trigger  # the trigger's entry that gives the category
    start: int  # the row's span
    end: int
    head: str | None  # the noun that says what was counted, lower case


class Sentence:
    """One sentence the gap linker reads, read into tokens and chunks on first use only: a link
    construction is tried only where its cheap test holds (``_MAY_LINK``), in few sentences, and the
    table's constructions read it only when the gap grammars leave something unexplained."""

    __slots__ = ("_index", "_near", "_read", "mentions", "numbers", "s_end", "s_start", "text")

    def __init__(
        self, text: str, s_start: int, s_end: int, numbers: Sequence[Number], mentions: Sequence[MentionLike]
    ) -> None:
        self.text, self.s_start, self.s_end, self.numbers, self.mentions = text, s_start, s_end, numbers, mentions
        self._read: tuple[list[Token], list[Chunk]] | None = None
        self._index: tuple[dict[int, int], list[int]] | None = None
        self._near: tuple[int, int, list[Token], list[int]] | None = None

    def read(self) -> tuple[list[Token], list[Chunk]]:
        """Its tokens and chunks."""
        if self._read is None:
            self._read = read_chunks(self.text, self.s_start, self.s_end, self.numbers, self.mentions)
        return self._read

    def tokens_near(self, start: int, end: int) -> tuple[list[Token], list[int]]:
        """Its tokens (and their starts) when it is read already, else those of its words from ``start``
        to ``end`` alone, not chunked (a reading of a few words near a trigger needs no more); the last
        such window is kept (the readings of one trigger ask the same window)."""
        if self._read is not None:
            return self._read[0], self.index_starts()
        if self._near is None or self._near[:2] != (start, end):
            tokens = tokenize(self.text, start, end, self.numbers, self.mentions)
            self._near = (start, end, tokens, [t.start for t in tokens])
        return self._near[2], self._near[3]

    def index_starts(self) -> list[int]:
        """The starts of its tokens, in order (for bisect)."""
        return [t.start for t in self.read()[0]]

    def within(self, start: int, end: int) -> Sentence:
        """This sentence when it is read already, else its words from ``start`` to ``end`` alone, as a
        sentence of their own (a construction that reads only the words between a trigger and its count
        reads no more: most sentences are never read whole)."""
        if self._read is not None:
            return self
        return Sentence(self.text, start, end, self.numbers, self.mentions)

    def index(self) -> tuple[dict[int, int], list[int]]:
        """Its token index by start, and chunk index by token index."""
        if self._index is None:
            tokens, chunks = self.read()
            chunk_of = [0] * len(tokens)
            for a, ch in enumerate(chunks):
                for k in range(ch.first, ch.last):
                    chunk_of[k] = a
            self._index = ({t.start: k for k, t in enumerate(tokens)}, chunk_of)
        return self._index


class Fields(Sentence):
    """The field constructions of one sentence, for the pattern extractor's linker: ``house_label``
    (``stage="field"``, tried before a trigger's gap grammars: "Structures destroyed: 488") and
    ``label_list`` (``stage="list"``, when they link nothing: "Deaths by county: Oakmere 9, Kelton 4"),
    and which triggers name a field ("Deaths: 4 Injuries: 435": 4 is no count of injuries).

    The sentence (a ``Sentence``: one reading shared with the linker's constructions and the table's)
    is read into tokens on first use, when a cheap test holds: few sentences hold a field.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "Homes destroyed: 860 / damaged: 2,140"
    >>> ms, ns = find_mentions(s), find_numbers(s)
    >>> [Fields(s, 0, len(s), ns, ms).house_label(m, n) for m, n in [(ms[0], ns[0]), (ms[1], ns[1])]]
    [('house_label', 0, 'homes'), ('house_label', 23, 'homes')]
    """

    __slots__ = ()

    def _tokens(self) -> tuple[list[Token], list[Chunk], dict[int, int], list[int]]:
        """The sentence's tokens, chunks, token index by start, and each token's chunk (Sentence's reading,
        shared with the linker's constructions and the table's)."""
        tokens, chunks = self.read()
        at, chunk_of = self.index()
        return tokens, chunks, at, chunk_of

    def _read_at(self, stage: str, t: MentionLike, n: Number | None) -> tuple[Construction, int, int] | None:
        """The construction of ``stage`` whose pattern holds at the trigger ``t``, with the tokens of ``t``
        and of the count ``n`` (-1 without one)."""
        tokens, chunks, at, chunk_of = self._tokens()
        k = at.get(t.start, -1)
        j = -1 if n is None else at.get(n.start, -1)
        if k < 0 or tokens[k].kind != "trigger" or (n is not None and (j < 0 or tokens[j].kind != "num")):
            return None
        for c, elements, anchor in _staged(stage):
            if match_at(elements, anchor, chunks, tokens, chunk_of[k]) is not None:
                return c, k, j
        return None

    def names_field(self, t: MentionLike) -> bool:
        """Whether the trigger ``t`` names a field: a count before it is the previous field's, never its
        own ("Deaths: 4 Injuries: 435")."""
        if _COLON_AFTER.match(self.text, t.end, self.s_end) is None:
            return False  # (the cheap test: most triggers have no colon after them)
        read = self._read_at("field", t, None) or self._read_at("list", t, None)
        return read is not None and field_label(self.text, self._tokens()[0], read[1])

    def along_with(self, t: MentionLike, n: Number) -> str | None:
        """The rule of others joined to the harm of ``t`` by "along with" and the count ``n`` ("was killed
        along with three bodyguards"), or None."""
        text = self.text
        if not 0 < n.start - t.end < 60 or (
            text.find("with", t.end, n.start) < 0 and text.find("alongside", t.end, n.start) < 0
        ):
            return None
        gap = text[t.end : n.start].lstrip()
        if gap[:1] == ",":
            gap = gap[1:].lstrip()
        if not gap[:8].lower().startswith(("along", "together")):
            return None  # (the cheap test: the gap opens with "along", "together" or "alongside")
        read = self._read_at("along", t, n)
        return read[0].name if read is not None and along_with(self._tokens()[0], read[1], read[2]) else None

    def along_people(self, n: Number, head: str | None, head_end: int, category: str) -> tuple[str | None, int] | None:
        """The noun of the count ``n`` joined "along with" (its ``head`` after it, or the people it is taken
        from: "two of his bodyguards") and where its span ends; None when it counts no people (or no
        houses, for a house category): "alongside several First Nations reserves"."""
        if head is None:
            tokens, _, at, _ = self._tokens()
            j = at.get(n.start)
            their = their_head(tokens, j) if j is not None else None
            if their is not None:
                head, head_end = their.text, their.end
        return (head, head_end) if along_people(head, category) else None

    def house_label(self, t: MentionLike, n: Number) -> tuple[str, int, str] | None:
        """The count ``n`` in a field of houses labelled by ``t`` ("Structures destroyed: 488"): the rule,
        the field's start and its housing noun, or None."""
        if _COLON_AFTER.fullmatch(self.text, t.end, n.start) is None:
            return None  # (the cheap test: the trigger, a colon and the count)
        read = self._read_at("field", t, n)
        if read is None:
            return None
        c, k, j = read
        found = house_label(self.text, self._tokens()[0], k, j)
        return None if found is None else (c.name, found[0], found[1])

    def label_list(self, t: MentionLike, n: Number) -> tuple[str, Trigger, int, int, str | None] | None:
        """The count ``n`` as an item of a list labelled by ``t`` ("Displacement figures: Kessa 12,400;
        Dobo 8,150"): the rule, the label's entry, the span from the label to the item's count (or its
        noun: "Dobo 80 families") and the counted noun, or None."""
        text = self.text
        between = text[t.end : n.start]
        if ":" not in between and "-" not in between and "–" not in between and "—" not in between:
            return None  # (the cheap test: most gaps hold no label's colon or dash)
        entry = next((e for e in t.entries if e.role in ("toll", "noun", "past", "adj")), None)
        if entry is None or "\n" in between:
            return None  # (a list stays on its line)
        # a label starts its line, the sentence or a field after the last one ("...; Injured: Sennar 7"),
        # capitalised, with up to two words before its trigger
        line = max(self.s_start, *(text.rfind(ch, self.s_start, t.start) + 1 for ch in _LINE_BREAKS))
        while line < t.start and text[line] in " \t":
            line += 1
        if not text[line].isupper() or len(text[line : t.start].split()) > 2:
            return None  # (the cheap tests done, the sentence is read)
        read = self._read_at("list", t, n)
        if read is None:
            return None
        c, k, j = read
        tokens = self._tokens()[0]
        end = item_end(text, tokens, j)
        if end is None:
            return None
        noun = end[1].text if end[1] is not None else None
        if noun is not None and not (noun in lexicon.PEOPLE_PLURAL or noun in lexicon.UNITS or noun in lexicon.HOUSING):
            return None
        first = self._tokens()[2].get(line)
        item = label_item(text, tokens, k, j, first) if first is not None else None
        if item is None:
            return None
        label_words, name_words = item
        before = [x.low for x in tokens[first:k]]
        # the label's own nouns, up to the words of how it is broken down ("by county", "per district")
        own = list(takewhile(lambda w: w not in words.BREAKDOWN_WORDS, label_words))
        if any(w in lexicon.NOT_VICTIMS for w in before[-1:] + own):
            return None  # "Livestock deaths: Tamsa 120", "Deaths of cattle", "Vehicles destroyed": no victims
        if noun is not None:
            return c.name, entry, line, end[0], noun  # "Dobo 80 families"
        # what is counted: an item's people ("Children 12"), else the label's noun ("Displaced households",
        # "Homes destroyed"); an item's name is never a dwelling ("Harbin Flats")
        nouns = (
            [w for w in name_words[-1:] if w in lexicon.PEOPLE_PLURAL]
            + label_words[-1:]
            + entry.phrase.split()[-1:]
            + before[-1:]
        )
        head = next(
            (w for w in nouns if w in lexicon.PEOPLE_PLURAL or w in lexicon.HOUSING or w in lexicon.UNITS), None
        )
        return c.name, entry, line, n.end, head


# a shelter noun's start after a verb of staying (words.SHELTER_NOUNS, "host families"): number_in_shelter's
# cheap test
_SHELTER_NOUN = re.compile(r"\b(?:camp|shelter|cent(?:re|er)|site|settlement|tent|hotel|base|host)", re.IGNORECASE)
# "the" right after a count: number_total_of's cheap test
_THE_AFTER = re.compile(r"\s+the\s", re.IGNORECASE)

# A construction's reading of one count and one trigger (a link's entry, span and counted noun, or None)
# from the sentence, its tokens and three token indexes: the count, the last count of its noun phrase
# ("500 of the 4,000 villagers": the 4,000; else the count) and the trigger.
LinkReader = Callable[[Sentence, Sequence[Token], int, int, int], tuple[Trigger, int, int, str | None] | None]


def _total_of(s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int) -> tuple[Trigger, int, int, None] | None:
    entry = next((e for e in tokens[k].entries if e.role in ("past", "adj", "noun", "toll")), None)
    if entry is None or not total_of(tokens, i, k):
        return None
    return entry, tokens[i].start, tokens[k].end, None


def _caused_to(
    s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int
) -> tuple[Trigger, int, int, str | None] | None:
    entry = next((e for e in tokens[k].entries if e.phrase in words.CAUSED_INFINITIVES), None)
    got = caused_to(tokens, i, k) if entry is not None else None
    if entry is None or got is None:
        return None
    return entry, got[0], tokens[k].end, got[1]


def _in_shelter(s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int) -> tuple[Trigger, int, int, None] | None:
    entry = next((e for e in tokens[k].entries if e.role == "shelter"), None)
    end = shelter_place(tokens, k) if entry is not None else None
    if entry is None or end is None:
        return None
    return entry, tokens[i].start, end, None  # (the head: the count's noun phrase, read_link)


def _of_noun(
    s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int
) -> tuple[Trigger, int, int, str | None] | None:
    entry = next(
        (
            e
            for e in tokens[k].entries
            if e.category in lexicon.CIVILIAN_CATEGORIES and e.role in ("noun", "toll", "past")
        ),
        None,
    )
    n = tokens[i].number
    if entry is None or j != i or n is None or n.value == 1 or not partitive(tokens, i, k):
        return None
    noun = entry.phrase.split()[-1]
    return entry, tokens[i].start, tokens[k].end, noun if noun in _KNOWN_NOUNS else None


_KNOWN_NOUNS = lexicon.PEOPLE_PLURAL | lexicon.HOUSING | frozenset(lexicon.UNITS) | lexicon.NOT_VICTIMS


def _left_place(
    s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int
) -> tuple[Trigger, int, int, str | None] | None:
    entry = next((e for e in tokens[k].entries if e.role == "departure"), None)
    if entry is None:
        return None
    if j == i:  # "had left" at a clause's end only after "500 of the 4,000 villagers"
        end = tokens[k].end
        if k + 1 < len(tokens) and tokens[k + 1].text in (".", ";", ","):
            return None
        if k + 1 == len(tokens) and not s.text[end : min(len(s.text), end + 100)].strip():
            return None
    np = subject_words(tokens, j, k)
    head = head_word(np) if np is not None else None
    if head not in lexicon.PEOPLE_PLURAL:
        return None  # people only: "ten buses left the villages", "the delegation left Geneva"
    return entry, tokens[i].start, tokens[k].end, head


# The word right before a camp's noun ("army camp"), as the gap grammars read it: a letter first.
_WORD_END = re.compile(r"[^\W\d][\w'’-]*\Z")


def _in_camp(
    s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int
) -> tuple[Trigger, int, int, str | None] | None:
    entry = next((e for e in tokens[k].entries if e.role == "camp"), None)
    if entry is None or j != i:
        return None
    if " " not in entry.phrase and k > 0 and tokens[k].start > tokens[k - 1].end:
        # a bare "camp": not "an army camp", "a detention camp"
        before = _WORD_END.search(tokens[k - 1].text)
        if before is not None and before.group().lower() in lexicon.NOT_DISPLACEMENT_CAMPS:
            return None
    joined = i > 0 and tokens[i - 1].low in lexicon.JOIN_VERBS and tokens[i].start > tokens[i - 1].end
    np = in_camp(tokens, i, k, joined)
    if not np:
        return None
    return entry, tokens[i].start, tokens[k].end, head_word(np)


def _event_of(s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int) -> tuple[Trigger, int, int, None] | None:
    """event_number's reading (stage "left": the trigger at ``k`` before the count at ``i``); the head
    noun after the count is read by the gap linker, as for its other links of a trigger before a count."""
    entry = next((e for e in tokens[k].entries if e.role == "event"), None)
    if entry is None or not event_of(tokens, k, i):
        return None
    text = s.text
    if not all(text[tokens[x - 1].end : tokens[x].start].isspace() for x in range(k + 1, i + 1)):
        return None  # white space only between the words: "the killing of (a total of) 12"
    return entry, tokens[k].start, tokens[i].end, None


def _toll_who(s: Sentence, tokens: Sequence[Token], i: int, k: int) -> tuple[Trigger, int, int, str | None] | None:
    """toll_number's reading of a relative clause: "number" before it, the trigger its verb, then in the
    same clause (no comma before it, no semicolon before the count) the toll's own verb, where the
    toll's gap starts (the white space before the verb)."""
    entry = next((e for e in tokens[k].entries if e.role in ("intrans", "past", "adj")), None)
    who = number_who(tokens, k) if entry is not None else None
    if entry is None or who is None:
        return None
    text = s.text
    verb = next(
        (
            tokens[x].start + m.start()
            for x in range(k + 1, i)
            for m in _NON_SPACE.finditer(tokens[x].low)
            if m.group() in words.WHO_TOLL_VERBS
        ),
        None,
    )
    if verb is None or text.count(",", tokens[k].end, verb) or text.count(";", tokens[k].end, tokens[i].start):
        return None  # one clause: the relative clause's words, then the toll's verb
    return entry, who[0], verb - 1, who[1]


# A word of a token's text ("crossed into": two)
_NON_SPACE = re.compile(r"\S+")


def _toll_frame(
    s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int
) -> tuple[Trigger, int, int, str | None] | None:
    """toll_number's reading (stage "toll": the trigger at ``k`` before the count at ``i``, when the
    trigger's own gap grammars linked nothing): the toll's entry, the row's start, where the toll's gap
    to the count starts (the linker reads TOLL_GAP from there, as for the toll's other links; the row
    ends at the count) and the counted noun. A relative clause of the trigger first ("the number of
    refugees who have crossed into Chad since April has risen to": number_who), then the words after the
    trigger ("Killed people number reached": toll_people)."""
    who = _toll_who(s, tokens, i, k)
    if who is not None or tokens[i].start > tokens[k].end + 60:
        return who  # (the words after the trigger: with the count within 60 characters)
    people = toll_people(tokens, k)
    if people is None or people[0] > i:
        return None
    x, head, number = people
    text = s.text
    end = tokens[x - 1].end
    for entry in tokens[k].entries:
        if head is None:
            fits = number and entry.role == "noun"  # "Displaced families number reached 4,000"
        elif not number:  # "the number of injured persons is 15", a label: "Displaced HH: 450"
            fits = (
                entry.role == "toll" and entry.phrase.startswith("number of ") and entry.phrase[10:] in words.BARE_TOLLS
            ) or (
                entry.role in ("past", "adj")
                and text[tokens[k].start].isupper()
                and text[end : tokens[i].start].strip(" \t") == ":"
            )
        else:  # "Killed people number reached 31"
            fits = entry.role in ("past", "adj")
        if fits:
            return entry, tokens[k].start, end, head or entry.phrase.split()[-1]
    return None


def _noun_after(
    s: Sentence, tokens: Sequence[Token], i: int, j: int, k: int
) -> tuple[Trigger, int, int, str | None] | None:
    """number_noun's reading (stage "noun": the noun trigger at ``k`` after the count at ``i``): its head,
    the noun phrase's last word, else the trigger's own noun when it names what is counted ("1,100
    displaced families"), else None (the gap linker reads the word after the trigger)."""
    entry = next((e for e in tokens[k].entries if e.role in ("noun", "event")), None)
    if entry is None or tokens[i].number is None:
        return None  # (not a word a number is part of: "a 74-year-old woman")
    text = s.text
    for x in range(i + 1, k + 1):
        sep = text[tokens[x - 1].end : tokens[x].start]
        if sep and not sep.isspace():
            return None  # white space only between the words
        if not sep and x == i + 1 and x < k:
            return None  # a word right after the count's digits: "254people"
    np = count_noun_gap(tokens, i, k)
    if np is None:
        return None
    if np:
        return entry, tokens[i].start, tokens[k].end, head_word(np)
    noun = entry.phrase.split()[-1]
    return entry, tokens[i].start, tokens[k].end, noun if noun in _KNOWN_NOUNS else None


def _may_noun(text: str, n: Number, end: int, t: MentionLike) -> bool:
    """noun_gap's cheap test: the trigger after the count, up to six words between (three and their
    "and" or "or")."""
    return n.end <= t.start and len(text[n.end : t.start].split()) <= 6


# The words event_of allows between an act's noun and its count: event_number's cheap test
_EVENT_GAP_WORDS = frozenset(
    {"a", "an", "the", "further", "additional", "another", "other", "estimated", "total", "of", "more", "than"}
)


def _may_event(text: str, n: Number, end: int, t: MentionLike) -> bool:
    """event_of's cheap test: the count after the act's noun, white space after the noun and only the
    words event_of allows between."""
    if not t.end < n.start or not text[t.end].isspace():
        return False
    return all(w.lower() in _EVENT_GAP_WORDS for w in text[t.end : n.start].split())


# Per link construction: its cheap tests, on the trigger's entries and on the text (count, the end of its
# noun phrase's last count, trigger), and its reader (LinkReader).
_MAY_ENTRIES: dict[str, Callable[[Sequence[Trigger]], bool]] = {
    "number_in_shelter": lambda es: any(e.role == "shelter" for e in es),
    "number_total_of": lambda es: any(e.role in ("past", "adj", "noun", "toll") for e in es),
    "cause_number_to_verb": lambda es: any(e.phrase in words.CAUSED_INFINITIVES for e in es),
    "number_of_noun": lambda es: any(
        e.category in lexicon.CIVILIAN_CATEGORIES and e.role in ("noun", "toll", "past") for e in es
    ),
    "number_left_place": lambda es: any(e.role == "departure" for e in es),
    "number_in_camp": lambda es: any(e.role == "camp" for e in es),
    "event_number": lambda es: any(e.role == "event" for e in es),
    "number_noun": lambda es: any(e.role in ("noun", "event") for e in es),
    "toll_number": lambda es: any(e.role in ("noun", "toll", "past", "adj", "intrans") for e in es),
}
# "(out) of" right after a count: number_of_noun's cheap test
_OF_AFTER = re.compile(r"\s+(?:out\s+)?of\s", re.IGNORECASE)
# Words that may stand between a causative verb and its count ("forced an estimated 300")
_BEFORE_CAUSED = ("another", "estimated", "further", "additional", " a", " an")
_CAUSATIVE_ENDS = tuple(words.CAUSATIVE_VERBS)
_ARRIVAL_STEMS = tuple({v.split()[0] for v in lexicon.ARRIVAL_VERBS})


def _may_cause(text: str, n: Number, end: int, t: MentionLike) -> bool:
    """caused_to's cheap test: "to" after the count, a causative verb at the end of the words before it."""
    if t.start - n.end >= 80 or "to" not in text[n.end : t.start].lower():
        return False
    before = text[max(0, n.start - 40) : n.start].lower().rstrip()
    for _ in range(2):
        for w in _BEFORE_CAUSED:
            if before.endswith(w):
                before = before[: -len(w)].rstrip()
    return before.endswith(_CAUSATIVE_ENDS)


def _may_camp(text: str, n: Number, end: int, t: MentionLike) -> bool:
    """in_camp's cheap test: "join" right before the count, or a verb of arrival between it and the camp."""
    if end != n.end:
        return False
    if text[max(0, n.start - 12) : n.start].lower().rstrip().endswith(lexicon.JOIN_VERBS):
        return True
    gap = text[n.end : t.start].lower()
    return any(v in gap for v in _ARRIVAL_STEMS)


# The words toll_people reads right after a toll's trigger: toll_number's cheap test
_TOLL_PEOPLE_WORDS = lexicon.PEOPLE_PLURAL | words.TOLL_COUNT_NOUNS


def _may_toll(text: str, n: Number, end: int, t: MentionLike) -> bool:
    """toll_number's cheap test: the count after the trigger, and "number" in the 60 characters before
    the trigger, or within 60 characters after it a noun of people or "number" right after the trigger
    (most triggers have neither)."""
    if not t.end < n.start:
        return False
    if _may_who(text, t):
        return True
    if n.start > t.end + 60:
        return False
    first = text[t.end : t.end + 16].split(None, 1)
    return bool(first) and first[0].lower().rstrip(",;:.") in _TOLL_PEOPLE_WORDS


def _may_who(text: str, t: MentionLike) -> bool:
    """number_who's cheap test: "number" in the 60 characters before the trigger, then "who" or "that"."""
    at = text.find("umber", max(0, t.start - 60), t.start)
    if at < 0:
        return False
    between = text[at : t.start].lower()
    return "who" in between or "that" in between


_MAY_LINK: dict[str, Callable[[str, Number, int, MentionLike], bool]] = {
    "number_in_shelter": lambda text, n, end, t: _SHELTER_NOUN.search(text, t.end, t.end + 120) is not None,
    "number_total_of": lambda text, n, end, t: _THE_AFTER.match(text, n.end, t.start) is not None,
    "cause_number_to_verb": _may_cause,
    "number_of_noun": lambda text, n, end, t: (
        end == n.end and n.value != 1 and _OF_AFTER.match(text, n.end, t.start) is not None
    ),
    "number_left_place": lambda text, n, end, t: True,
    "number_in_camp": _may_camp,
    "event_number": _may_event,
    "number_noun": _may_noun,
    "toll_number": _may_toll,
}
_LINKS: dict[str, LinkReader] = {
    "number_in_shelter": _in_shelter,
    "number_total_of": _total_of,
    "cause_number_to_verb": _caused_to,
    "number_of_noun": _of_noun,
    "number_left_place": _left_place,
    "number_in_camp": _in_camp,
    "event_number": _event_of,
    "number_noun": _noun_after,
    "toll_number": _toll_frame,
}

# A link construction, its compiled pattern and anchor, and its cheap test on the text
Staged = tuple[tuple[Construction, tuple[Element, ...], int, Callable[[str, Number, int, MentionLike], bool]], ...]


def _for_entries(stage: str, entries: Sequence[Trigger]) -> Staged:
    return tuple((c, e, k, _MAY_LINK[c.name]) for c, e, k in _staged(stage) if _MAY_ENTRIES[c.name](entries))


@cache
def _for_phrase(stage: str, phrase: str) -> Staged:
    """The link constructions of ``stage`` the entries of a lexicon phrase may take, in table order (the
    linker asks for most of its numbers: remembered per phrase; a mention's entries are its phrase's)."""
    return _for_entries(stage, lexicon.phrases().get(phrase, ()))


def read_link(
    sentence: Sentence, n: Number, t: MentionLike, stage: str = "link", last: Number | None = None
) -> LinkReading | None:
    """The first construction of ``stage`` (in table order) that links the count ``n`` to the trigger
    ``t`` after it (the gap linker's first trigger after the count, or after ``last``, the last count of
    its noun phrase: "500 of the 4,000 villagers"; for stage "left", the gap linker's last trigger before
    the count: "the evacuation of 5,000 residents"), or None.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "This brings to 5,000 the number of families displaced."
    >>> ns, ms = find_numbers(s), find_mentions(s)
    >>> got = read_link(Sentence(s, 0, len(s), ns, ms), ns[0], ms[0])
    >>> got.rule, got.entry.category, s[got.start : got.end]
    ('number_total_of', 'displaced', '5,000 the number of families displaced')
    """
    entries = t.entries
    if not entries:
        return None
    may = _for_phrase(stage, entries[0].phrase)
    if not may:
        return None
    last = n if last is None else last
    text, end = sentence.text, last.end
    tried = [x for x in may if x[3](text, n, end, t)]
    if not tried:
        return None
    if stage == "left":
        sentence = sentence.within(t.start, n.end)  # (an act's noun and its count: the words between only)
    elif stage == "noun":
        sentence = sentence.within(n.start, t.end)  # (a count and its noun: the words between only)
    elif stage == "toll":
        # (a toll's trigger and its count, and the 60 characters before it for "the number who": tokens
        # only, no chunks: toll_number's readers read tokens, and its pattern is their features)
        a = max(sentence.s_start, t.start - 60) if _may_who(text, t) else t.start
        while a > sentence.s_start and not text[a - 1].isspace():
            a -= 1
        near, starts = sentence.tokens_near(a, n.end)
        ni, tk = bisect_left(starts, n.start), bisect_left(starts, t.start)
        if ni == len(near) or near[ni].start != n.start or tk == len(near) or near[tk].start != t.start:
            return None
        if near[tk].kind != "trigger":
            return None
        for c, _, _, _ in tried:
            toll = _LINKS[c.name](sentence, near, ni, ni, tk)
            if toll is not None:
                return LinkReading(c.name, *toll)
        return None
    tokens, chunks = sentence.read()
    at, chunk_of = sentence.index()
    i, j, k = at.get(n.start), at.get(last.start), at.get(t.start)
    if i is None or j is None or k is None or tokens[k].kind != "trigger":
        return None
    for c, elements, anchor, _ in tried:
        if c.count == c.anchor:  # (the count is read off the tokens, by the construction's reader)
            if match_at(elements, anchor, chunks, tokens, chunk_of[k]) is None:
                continue
            head = None
        else:  # the binding whose count role is the count's noun phrase
            # (a count at the end of a reduced relative clause or an aside too: "Aid groups counted 3,000
            # people", "1,800 people, or 400 families,")
            b = next(
                (
                    b
                    for b in bindings_at(elements, anchor, chunks, tokens, chunk_of[k])
                    if b[c.count][0] == chunk_of[i]
                    and (chunks[chunk_of[i]].numeral is tokens[i] or chunks[chunk_of[i]].kind in ("rel", "paren"))
                ),
                None,
            )
            np_words = count_words(tokens, i, chunks[chunk_of[i]].last) if b is not None else None
            if np_words is None:
                continue
            head = head_word(np_words)
        got = _LINKS[c.name](sentence, tokens, i, j, k)
        if got is not None:
            return LinkReading(c.name, *got[:3], got[3] or head)
    return None


# --- one victim named without a number (implicit_singular) -----------------------------
# A reading of the construction implicit_singular: from the tokens, the trigger's index, where a victim
# before it may start and the trigger's entry, the victim's span and how many it names.
VictimReader = Callable[[Sequence[Token], int, int, Trigger], tuple[int, int, int] | None]


def _body_owner(tokens: Sequence[Token], k: int, lo: int, entry: Trigger) -> tuple[int, int, int] | None:
    start = body_owner(tokens, k, lo)
    return None if start is None else (start, tokens[k].start + 4, 1)  # "his body"


def _act_of_one(tokens: Sequence[Token], k: int, lo: int, entry: Trigger) -> tuple[int, int, int] | None:
    span = act_of_one(tokens, k)
    return None if span is None or remembered_before(tokens, k, lo) else (*span, 1)


def _named_object(tokens: Sequence[Token], k: int, lo: int, entry: Trigger) -> tuple[int, int, int] | None:
    span = named_object(tokens, k)
    return None if span is None else (*span, 1)


def _object_pair(tokens: Sequence[Token], k: int, lo: int, entry: Trigger) -> tuple[int, int, int] | None:
    span = object_pair(tokens, k)
    return None if span is None else (*span, 2)


def _singular_after(tokens: Sequence[Token], k: int, lo: int, entry: Trigger) -> tuple[int, int, int] | None:
    span = singular_after(tokens, k)
    return None if span is None else (*span, 1)


def _may_singular_after(text: str, t: MentionLike, lo: int, entry: Trigger) -> bool:
    """singular_after's cheap test: white space, then a determiner of one person, or a title in the
    next four words ("the" and three)."""
    after = text[t.end : t.end + 80]
    if not after[:1].isspace():
        return False
    first = after.split(None, 4)
    if not first:
        return False
    if first[0].lower() in words.ONE_OBJECT_DETERMINERS or first[0].lower() in words.POSSESSIVE_DETERMINERS:
        return True
    return any(w.lower().rstrip(",") in words.TITLE_NOUNS for w in first[:4])


def _singular_before(tokens: Sequence[Token], k: int, lo: int, entry: Trigger) -> tuple[int, int, int] | None:
    got = singular_before(tokens, k, lo)
    if got is None or not is_person(got[2]):
        return None
    if entry.role != "intrans" and not any(w.lower() in words.SINGULAR_AUX_WORDS for w in got[3]):
        return None  # "a journalist killed" without "was": a headline at best
    return got[0], got[1], 1


# A singular auxiliary right before a participle: singular_before's cheap test
_SINGULAR_AUX_NEAR = re.compile(r"\b(?:was|has|is|got)\b", re.IGNORECASE)


def _may_singular_before(text: str, t: MentionLike, lo: int, entry: Trigger) -> bool:
    """singular_before's cheap test: white space before the trigger, for a participle a singular
    auxiliary in the 60 characters before it, right before it an auxiliary, an adverb, a person's noun or
    a comma, and a word that names a person among the five after a determiner of one person ("a", "the",
    "another") before it."""
    if not text[t.start - 1 : t.start].isspace():
        return False
    if entry.role != "intrans" and _SINGULAR_AUX_NEAR.search(text, max(lo, t.start - 60), t.start) is None:
        return False
    ws = text[lo : t.start].split()
    last = ws[-1] if ws else ""
    if not (
        last.lower() in words.SUBJECT_AUX_WORDS or last.endswith(("ly", ",")) or is_person(last.strip(_WORD_MARKS))
    ):
        return False  # (right before the trigger: an auxiliary or adverb, the head, or an aside's comma)
    return any(
        w.strip(_WORD_MARKS).lower() in words.SUBJECT_DETERMINERS
        and any(is_person(v.strip(_WORD_MARKS)) for v in ws[x + 1 : x + 6])
        for x, w in enumerate(ws)
    )


# The marks a word of the text may carry around it ("journalist," "(driver"): stripped before the
# cheap tests ask whether it names a person
_WORD_MARKS = ',.;:()[]"“”!?'


def _person_word_in(text: str, a: int, b: int) -> bool:
    """Whether a word of ``text[a:b]`` names one person (engine.is_person): the cheap test of the readings
    whose head must (most sentences name no person before a trigger)."""
    return any(is_person(w.strip(_WORD_MARKS)) for w in text[a:b].split())


def _and_one(tokens: Sequence[Token], k: int, lo: int, entry: Trigger) -> tuple[int, int, int] | None:
    span = and_one(tokens, k, lo)
    return None if span is None else (*span, 1)


def _may_and_one(text: str, t: MentionLike, lo: int, entry: Trigger) -> bool:
    """and_one's cheap test: "and " in the 80 characters before the trigger, then "another", "other" or a
    word that names a person."""
    at = text.find("and ", lo, t.start)
    if at < 0:
        return False
    after = text[at : t.start].lower()
    return "other" in after or _person_word_in(text, at, t.start)


def _may_body(text: str, t: MentionLike, lo: int, entry: Trigger) -> bool:
    """body_owner's cheap test: "his", "her" or a possessive's "'s" before the trigger."""
    before = text[lo : t.start].lower()
    return "his" in before or "her" in before or "'s" in before or "’s" in before


def _may_act_of_one(text: str, t: MentionLike, lo: int, entry: Trigger) -> bool:
    """act_of_one's cheap test: white space, maybe "of", then "a", "an" or "the" after the trigger."""
    if not text[t.end : t.end + 1].isspace():
        return False
    after = text[t.end : t.end + 16].split(None, 2)
    if after[:1] == ["of"]:
        after = after[1:]
    return bool(after) and after[0].lower() in words.ONE_DETERMINERS


def _may_named_object(text: str, t: MentionLike, lo: int, entry: Trigger) -> bool:
    """named_object's cheap test: white space, a capital, and a comma within 120 characters."""
    after = text[t.end : t.end + 120]
    rest = after.lstrip()
    return after[:1].isspace() and rest[:1].isupper() and "," in rest


def _may_object_pair(text: str, t: MentionLike, lo: int, entry: Trigger) -> bool:
    """object_pair's cheap test: white space, a determiner of a person, and "and" within 100 characters."""
    after = text[t.end : t.end + 100]
    first = after.split(None, 1)
    return (
        after[:1].isspace() and bool(first) and first[0].lower() in words.PAIR_DETERMINERS and " and " in after.lower()
    )


# Per reading (a feature of implicit_singular's pattern): its cheap test on the text, its reader, and how far
# before and after the trigger it reads (characters)
_VICTIMS: dict[str, tuple[Callable[[str, MentionLike, int, Trigger], bool], VictimReader, int, int]] = {
    "body_owner": (_may_body, _body_owner, 60, 0),
    "act_of_one": (_may_act_of_one, _act_of_one, 60, 200),  # (before it: a death remembered)
    "named_object": (_may_named_object, _named_object, 0, 200),
    "object_pair": (_may_object_pair, _object_pair, 0, 200),
    "singular_after": (_may_singular_after, _singular_after, 0, 200),
    "singular_before": (_may_singular_before, _singular_before, 120, 0),
    "and_one": (_may_and_one, _and_one, 80, 0),
}


_VICTIM_BEFORE = max(v[2] for v in _VICTIMS.values())
_VICTIM_AFTER = max(v[3] for v in _VICTIMS.values())
_VICTIM_BEFORE_ALSO = max(v[2] for v in _VICTIMS.values() if v[3])  # (before, of the readings also after)


# Per reading of a subject read on the text from where a subject may start (grammar.subjects): its reader of
# the span from the text, the sentence's start, the trigger and its entry, and how many it names
_SUBJECTS: dict[str, tuple[Callable[[str, int, MentionLike, Trigger], tuple[int, int] | None], int]] = {
    "subject_pair": (lambda text, s_start, t, entry: subject_pair(text, s_start, t.start), 2),
    "named_subject": (
        lambda text, s_start, t, entry: named_subject(text, s_start, t.start, entry.role == "intrans"),
        1,
    ),
}


def _subject(entry: Trigger) -> bool:
    return entry.role in SUBJECT_ROLES  # ("was killed", "died": a subject before it)


def _object(entry: Trigger) -> bool:
    return entry.role in ("past", "verb")  # ("killed": an object after it)


def _counted(entry: Trigger) -> bool:
    return entry.category in SINGULAR_CATEGORIES  # (killed and injured: a named or long-winded victim)


# Per reading of one victim: the trigger entries that take it
_TAKES: dict[str, Callable[[Trigger], bool]] = {
    "subject_pair": lambda e: _subject(e) and _counted(e),
    "object_pair": lambda e: _object(e) and _counted(e),
    "body_owner": lambda e: e.phrase.startswith("body "),
    "singular_before": lambda e: _subject(e) and not e.phrase.startswith("body "),
    "named_subject": lambda e: _subject(e) and _counted(e),
    "and_one": lambda e: _subject(e) and _counted(e),
    # ("the abduction of a businessman": kidnapped too)
    "act_of_one": lambda e: e.role in ("noun", "event") and (_counted(e) or e.category == "kidnapped"),
    "named_object": lambda e: _object(e) and _counted(e),
    "singular_after": _object,
}


@cache
def _victim_readings() -> frozenset[str]:
    """The readings implicit_singular's pattern names (its features)."""
    c = next(c for c in CONSTRUCTIONS if c.name == "implicit_singular")
    return frozenset(name for e in compile_pattern(c.pattern) for group in e.features for name in group)


@cache
def victim_readings() -> tuple[str, ...]:
    """implicit_singular's readings of the victims a trigger names without a number, in its pattern's order
    (the order the pattern extractor asks them in; not its readings of one more person after a row)."""
    c = next(c for c in CONSTRUCTIONS if c.name == "implicit_singular")
    names = [name for e in compile_pattern(c.pattern) for group in e.features for name in group]
    return tuple(name for name in names if name in _VICTIMS or name in _SUBJECTS)


@cache
def victim_readings_for(entry: Trigger) -> tuple[str, ...]:
    """``victim_readings()`` that the trigger entry ``entry`` takes (``_TAKES``), in their order."""
    return tuple(reading for reading in victim_readings() if _TAKES[reading](entry))


def read_victim(sentence: Sentence, t: MentionLike, reading: str, entry: Trigger) -> tuple[tuple[int, int], int] | None:
    """One of implicit_singular's readings (a feature of its pattern) of the victims the trigger ``t``
    (its entry ``entry``) names without a number: their span and how many (1, or 2 for "the mayor and
    his daughter"), or None.
    The pattern extractor asks them in its order of the readings of a victim named without a number.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "Gunmen killed the mayor and his driver."
    >>> ms = find_mentions(s)
    >>> read_victim(Sentence(s, 0, len(s), find_numbers(s), ms), ms[0], "object_pair", ms[0].entries[0])
    ((14, 38), 2)
    """
    if reading not in victim_readings():
        raise ValueError(f"implicit_singular has no reading {reading!r}")
    if not _TAKES[reading](entry):
        return None
    if reading in _SUBJECTS:
        read, count = _SUBJECTS[reading]
        span = read(sentence.text, sentence.s_start, t, entry)
        return None if span is None else (span, count)
    may, reader, before, after = _VICTIMS[reading]
    text = sentence.text
    lo = max(sentence.s_start, t.start - before)
    if not may(text, t, lo, entry):
        return None
    # (two windows, shared by the readings of the trigger: the words before it alone, for the readings
    # that read no words after it, else from 60 characters before it to 200 after)
    if after:
        a, b = max(sentence.s_start, t.start - _VICTIM_BEFORE_ALSO), min(sentence.s_end, t.end + _VICTIM_AFTER)
    else:
        a, b = max(sentence.s_start, t.start - _VICTIM_BEFORE), t.end
    while a > sentence.s_start and not text[a - 1].isspace():
        a -= 1  # (from a word's start)
    while b < sentence.s_end and not text[b].isspace():
        b += 1  # (to a word's end)
    tokens, starts = sentence.tokens_near(a, b)
    k = bisect_left(starts, t.start)
    if k == len(tokens) or tokens[k].start != t.start or tokens[k].kind != "trigger" or tokens[k].end != t.end:
        return None
    got = reader(tokens, k, lo, entry)
    return None if got is None else ((got[0], got[1]), got[2])


# Per reading of one more person after a row (a feature of implicit_singular's pattern): its reader, from
# the tokens and the first token after where the row's words end, and its cheap test on the text after
_ONE_MORE: dict[str, tuple[Callable[[Sequence[Token], int], tuple[int, int] | None], Callable[[str], bool]]] = {
    "alongside_one": (
        alongside_one,
        lambda after: _joined_then(after[:60], ("alongside ", "with "), words.ALONGSIDE_DETERMINERS),
    ),
    "and_one_after": (
        and_one_after,
        lambda after: _joined_then(after[:80], (" and ", " plus ", " as well as "), frozenset(["a", "an"])),
    ),
}


def _joined_then(after: str, joins: tuple[str, ...], dets: frozenset[str]) -> bool:
    """The cheap test of a reading of one more person: one of ``joins`` in ``after`` (lower case; its white
    space read as single spaces) with a determiner of ``dets`` right after it."""
    after = " " + " ".join(after.split()) + " "
    for join in joins:
        at = after.find(join)
        while at >= 0:
            nxt = after[at + len(join) :].split(None, 1)
            if nxt and nxt[0] in dets:
                return True
            at = after.find(join, at + 1)
    return False


def read_one_more(sentence: Sentence, at: int, reading: str) -> tuple[int, int] | None:
    """implicit_singular's reading ``reading`` of one more person after a row's words that end at ``at``
    ("A candidate was killed, alongside his driver": after the verb; "killed a dozen inmates and a female
    visitor": after the count's noun): the person's span, or None. The pattern extractor asks it to
    make the row and the person a total of both.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "Gunmen killed a dozen inmates and a visitor."
    >>> ns, ms = find_numbers(s), find_mentions(s)
    >>> s[slice(*read_one_more(Sentence(s, 0, len(s), ns, ms), 29, "and_one_after"))]
    'a visitor'
    """
    if reading not in _victim_readings():
        raise ValueError(f"implicit_singular has no reading {reading!r}")
    reader, may = _ONE_MORE[reading]
    text = sentence.text
    b = min(sentence.s_end, at + 160)
    if not may(text[at:b].lower()):
        return None
    while b < sentence.s_end and not text[b].isspace():
        b += 1  # (to a word's end)
    a = at
    while a > sentence.s_start and not text[a - 1].isspace():
        a -= 1  # (from a word's start: the row's last word, for the white space after it)
    tokens, starts = sentence.tokens_near(a, b)
    x = bisect_left(starts, at)
    return reader(tokens, x)


# Categories where one more person joined to a count makes the total one more.
_COUNTED_CATEGORIES = frozenset({"killed", "injured", "missing", "kidnapped"})


def read_one_more_rows(text: str, figures: list[Draft], sentence: Sentence) -> list[Draft]:
    """The gap linker's rows (``figures``, one sentence's) and implicit_singular's readings of one more person
    joined to a row: "was killed, alongside his driver" (alongside_one), "killed a dozen inmates and a female
    visitor" (and_one_after) and the linker's subject gap "Ten civilians and a Ugandan militant died"
    (SUBJECT_AND_ONE): the person is a part of 1 and the total is one more. Read before the table's clause
    constructions read the sentence (its list_subject would read "Nine men and a woman" otherwise).

    The count and the person stay as rows marked as parts (``part_of``), as for
    "three women and six children"; when the count is itself a part of such a
    group, that group's total grows by one instead of a new total being made.
    """
    extra: list[Draft] = []
    for f in list(figures):
        if (
            f["rule"] not in ("number_verb", "verb_number", "implicit_singular")
            or f["category"] not in _COUNTED_CATEGORIES
        ):
            continue
        if f["value"] is None or f["negated"] or (f["rule"] == "implicit_singular" and f["part_of"] is not None):
            continue
        if f["rule"] == "implicit_singular":  # the construction table's: "was killed, alongside his driver"
            span = read_one_more(sentence, f["trigger_end"], "alongside_one")
        elif f["rule"] == "number_verb":
            m = SUBJECT_AND_ONE.fullmatch(text, f["number_end"], f["trigger_start"])
            span = m.span("one") if m is not None else None
        else:  # the construction table's: "killed a dozen inmates and a female visitor"
            span = read_one_more(sentence, f["end"], "and_one_after")
        if span is None or any(g["number_start"] < span[1] and span[0] < g["number_end"] for g in figures):
            continue  # no person, or one already counted ("five protesters, and one member")
        one: Draft = {**f, "value": 1, "low": 1, "high": 1, "qualifier": "exact", "rule": "implicit_singular",
                      "number_start": span[0], "number_end": span[1], "group": None, "cumulative": False}  # fmt: skip
        one["start"], one["end"] = min(span[0], f["trigger_start"]), max(span[1], f["trigger_end"])
        one["text"] = text[one["start"] : one["end"]]
        total = next((t for t in figures if f["part_of"] is not None and t["start"] == f["part_of"]
                      and t["rule"] == "coordinated_total"), None)  # fmt: skip
        if total is None:
            total = {**f, "rule": "coordinated_total", "group": None, "part_of": None}
            extra.append(total)
        old_start = total["start"]
        total["value"] = (total["value"] or 0) + 1
        total["low"] = total["value"] if total["low"] is not None else None
        total["high"] = total["value"] if total["high"] is not None else None
        total["start"], total["end"] = min(total["start"], one["start"]), max(total["end"], one["end"])
        total["number_end"] = max(total["number_end"], span[1])
        total["text"] = text[total["start"] : total["end"]]
        for part in figures:
            if part is not total and (part is f or part["part_of"] == old_start):
                part["part_of"] = total["start"]
        one["part_of"] = total["start"]
        extra.append(one)
    return figures + extra


# --- breakdowns -------------------------------------------------------------------
# Words that may stand between a figure and the breakdown after it: "..., including
# 196 in Germany", "24 deaths in Bosnia: 17 in Republika Srpska and 7 in the Federation".
_BREAKDOWN_OPENERS = frozenset({",", ":", ";", "including", "of", "whom", "which", "among", "them", "—", "–", "("})
_ITEM_GLUE = frozenset({",", ";", "and", "[", "]", ")", "("})


def _reference_end(tokens: Sequence[Token], j: int, brackets: str = "[]", reach: int = 5) -> int:
    """The token after a reference marker "[9]" or "[nb 1]" starting at ``j`` (``j`` when there is none);
    with ``brackets="()"`` and a longer ``reach``, after a bracketed aside ("(of which 12 are in the capital)"):
    an item's own remark, not the end of a breakdown."""
    if j < len(tokens) and tokens[j].text == brackets[0]:
        for k in range(j + 1, min(len(tokens), j + reach)):
            if tokens[k].text == brackets[1]:
                return k + 1
    return j


def _place_end(tokens: Sequence[Token], j: int) -> int | None:
    """The token after a place named from ``j`` ("Germany", "the Federation", "Bosnia and Herzegovina")."""
    if j < len(tokens) and tokens[j].low == "the":
        j += 1
    if not (j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].kind in ("name", "word", "person", "time")):
        return None
    k = j + 1
    while k < len(tokens) and (
        (tokens[k].text[:1].isupper() and tokens[k].kind not in ("num", "date"))
        or (tokens[k].low in ("and", "of", "de", "del") and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
            and tokens[k + 1].kind != "num")
    ):  # fmt: skip
        k += 1
    return k


def breakdown_spans(tokens: Sequence[Token], after: int) -> list[tuple[Number, int]]:
    """The items "N in PLACE" that follow character offset ``after``: (number, end of the place).

    Up to six words of the figure's own clause may come first ("died in the floods,
    including ..."); items are joined by commas, "and" and reference markers.
    """
    j = bisect_left(tokens, after, key=lambda t: t.start)  # the first token at or after ``after``
    if j < len(tokens) and tokens[j].low in ("in", "at") and (own := _place_end(tokens, j + 1)) is not None:
        # the figure names its own place ("116 in Oregon, 112 in Washington"): the items after it are
        # its siblings, not its parts, unless a word of inclusion comes first ("in Europe, including ...")
        k = _reference_end(tokens, own)
        while k < len(tokens) and tokens[k].text in (",", ";"):
            k += 1
        if k < len(tokens) and tokens[k].kind == "num":
            return []
    skipped = 0
    while j < len(tokens) and tokens[j].kind != "num" and skipped < 8:
        if tokens[j].kind in ("trigger", "be", "aux", "modal", "rel") and tokens[j].low not in _BREAKDOWN_OPENERS:
            return []  # another clause begins
        j += 1
        skipped += 1
    items: list[tuple[Number, int]] = []
    while j < len(tokens) and tokens[j].kind == "num" and (number := tokens[j].number) is not None:
        k = j + 1
        if k < len(tokens) and tokens[k].kind in ("person", "trigger"):
            k += 1  # "one death in Idaho", "17 people in Doboj"
        if not (k < len(tokens) and tokens[k].low in ("in", "at", "from")):  # "2,500 from Ayton"
            break
        end = _place_end(tokens, k + 1)
        if end is None:
            break
        items.append((number, tokens[end - 1].end))
        j = _reference_end(tokens, _reference_end(tokens, _reference_end(tokens, end), "()", 16))
        while j < len(tokens) and (tokens[j].text in _ITEM_GLUE or tokens[j].low in _ITEM_GLUE):
            j = _reference_end(tokens, j) if tokens[j].text == "[" else j + 1
    return items if len(items) >= 2 or (items and skipped <= 8) else []


# --- a breakdown that adds up -----------------------------------------------------------
_ASIDE_OPENERS = frozenset({"(", "-", "–", "—", ",", ":"})
_ASIDE_CLOSERS = frozenset({")", "-", "–", "—", ".", ";", ","})
_ITEM_NOUN_KINDS = frozenset({"word", "person", "name", "trigger", "house"})


def summed_parts(tokens: Sequence[Token], after: int, total: int) -> list[tuple[Number, int]]:
    """The counts of a breakdown right after offset ``after`` that add up to ``total``: "12 people -
    eight villagers and four police officers -", "32 people (17 locals and 15 refugees)", "Ten died,
    seven migrants and three guards": (number, end of its noun) each; none unless they add up.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "Bandits killed six people (five civilians and one soldier) on Sunday."
    >>> toks = tokenize(s, 0, len(s), find_numbers(s), find_mentions(s))
    >>> [(n.value, s[n.start:end]) for n, end in summed_parts(toks, s.index(" ("), 6)]
    [(5, 'five civilians'), (1, 'one soldier')]
    >>> summed_parts(toks, s.index(" ("), 7)
    []
    """
    j = bisect_left(tokens, after, key=lambda t: t.start)
    opened = j
    while j < len(tokens) and tokens[j].text in _ASIDE_OPENERS:
        j += 1
    if j == opened:
        return []
    items: list[tuple[Number, int]] = []
    while j < len(tokens) and tokens[j].kind == "num" and (n := tokens[j].number) is not None:
        if n.value is None or n.qualifier != "exact":
            return []
        j += 1
        k = j
        while k < len(tokens) and tokens[k].kind in _ITEM_NOUN_KINDS and k - j < 4:
            k += 1
        if k == j:
            return []  # a bare number: no item of a breakdown
        items.append((n, tokens[k - 1].end))
        j = k
        if j < len(tokens) and tokens[j].text == ",":
            j += 1
        if j < len(tokens) and tokens[j].low == "and":
            j += 1
    closed = j >= len(tokens) or tokens[j].text in _ASIDE_CLOSERS
    if len(items) < 2 or not closed or sum(n.value or 0 for n, _ in items) != total:
        return []
    return items


# --- "respectively" -----------------------------------------------------------------
# Words between the list of tolls and the list of numbers: "had reached", "stood at", "were".
# (and a place or time of the tolls: "deaths and injuries in the region rose to 15 and 70")
_RESPECTIVE_VERB_KINDS = frozenset({"be", "aux", "verb", "word", "adv", "prep", "det", "name", "time", "thing"})


def _joined(tokens: Sequence[Token], j: int, kind: str, step: int) -> list[int]:
    """Indices of tokens of ``kind`` joined by commas and "and", read from ``j`` in direction ``step``."""
    found: list[int] = []
    while 0 <= j < len(tokens) and tokens[j].kind == kind:
        found.append(j)
        k = j + step
        while 0 <= k < len(tokens) and (tokens[k].text == "," or tokens[k].low == "and"):
            k += step
        if k == j + step:
            break
        j = k
    return found[::-1] if step < 0 else found


def respective_pairs(tokens: Sequence[Token]) -> list[tuple[Token, Token]]:
    """(toll, number) pairs of "A and B had reached 210 and 35 respectively": the tolls and the
    numbers in the same order, as many of each, with a verb group between.

    >>> from figures.numbers import find_numbers
    >>> from figures.patterns import find_mentions
    >>> s = "The injured and missing had reached 210 and 35 respectively."
    >>> [(t.text, n.text) for t, n in respective_pairs(tokenize(s, 0, len(s), find_numbers(s), find_mentions(s)))]
    [('injured', '210'), ('missing', '35')]
    """
    pairs: list[tuple[Token, Token]] = []
    for r, t in enumerate(tokens):
        if t.low != "respectively" or r == 0:
            continue
        last = r - 2 if tokens[r - 1].text == "," else r - 1  # "15 and 70, respectively"
        numbers = _joined(tokens, last, "num", -1)
        if len(numbers) < 2:
            continue
        j = numbers[0] - 1
        while j >= 0 and tokens[j].kind in _RESPECTIVE_VERB_KINDS and numbers[0] - j <= 8:
            j -= 1
        tolls = _joined(tokens, j, "trigger", -1)
        if len(tolls) == len(numbers) and j < numbers[0] - 1:
            pairs.extend((tokens[a], tokens[b]) for a, b in zip(tolls, numbers, strict=True))
    return pairs
