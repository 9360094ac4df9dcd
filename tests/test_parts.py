"""A part row names its total by the total's span, never its own (issue 16).

``part_of`` is the total's ``start`` and ``part_of_end`` its ``end``; a part of a
list ends before the next part of the same total ("Two clerks", not "Two clerks,
two guards and a driver were killed"), so the first conjunct, which starts where
its total does, no longer has its total's span. Every sentence here is invented.
"""

from __future__ import annotations

from typing import NamedTuple

import pandas as pd
import pytest
from cases import TABLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import figures
from figures.figure import Figure
from figures.pipeline import extract_figures
from figures.summary import summarize
from figures.worker import extract_long


class PartCase(NamedTuple):
    id: str
    text: str
    # every part row: (its text, its value, the text of the row it is part of)
    parts: tuple[tuple[str, int, str], ...]


T_CLERKS = "Two clerks, two guards and a driver were killed"
T_VILLAGERS = "At least 14 villagers and three soldiers died"
T_HOMES = "Thirty homes and six mobile homes were destroyed"
T_FISHERMEN = "Seven fishermen, two boys, and a ferry pilot went missing"
T_KILLED = "Four soldiers and 30 assailants were killed"
T_WOUNDED = "six soldiers and 12 assailants were wounded"
T_ELEVEN = "Eleven people, including four teachers and two pupils, were killed"
T_LIST = "four teachers and two pupils, were killed"
T_TEACHER = "A teacher was killed on Friday, alongside his driver"
T_DROWNED = "At least 90 people drowned"

CASES_PART_SPANS: tuple[PartCase, ...] = (
    PartCase("three_conjuncts", "Two clerks, two guards and a driver were killed in the raid.",
             (("Two clerks", 2, T_CLERKS), ("two guards", 2, T_CLERKS), ("a driver were killed", 1, T_CLERKS))),
    PartCase("qualified_first_conjunct", "At least 14 villagers and three soldiers died in the clashes.",
             (("At least 14 villagers", 14, T_VILLAGERS), ("three soldiers died", 3, T_VILLAGERS))),
    PartCase("houses", "Thirty homes and six mobile homes were destroyed by the tornado.",
             (("Thirty homes", 30, T_HOMES), ("six mobile homes were destroyed", 6, T_HOMES))),
    PartCase("bare_numbers", "2,000 and 3,500 people were displaced in the two districts.",
             (("2,000", 2000, "2,000 and 3,500 people were displaced"),
              ("3,500 people were displaced", 3500, "2,000 and 3,500 people were displaced"))),
    PartCase("oxford_comma", "Seven fishermen, two boys, and a ferry pilot went missing off the cape.",
             (("Seven fishermen", 7, T_FISHERMEN), ("two boys", 2, T_FISHERMEN),
              ("a ferry pilot went missing", 1, T_FISHERMEN))),
    PartCase("two_lists_two_totals",
             "Four soldiers and 30 assailants were killed and six soldiers and 12 assailants were wounded.",
             (("Four soldiers", 4, T_KILLED), ("30 assailants were killed", 30, T_KILLED),
              ("six soldiers", 6, T_WOUNDED), ("12 assailants were wounded", 12, T_WOUNDED))),
    # a list inside a stated count: the list's sum is a part of the count, its conjuncts parts of the sum
    PartCase("list_inside_a_count", "Eleven people, including four teachers and two pupils, were killed.",
             ((T_LIST, 6, T_ELEVEN), ("four teachers", 4, T_LIST), ("two pupils, were killed", 2, T_LIST))),
    # a subset named after the verb: it starts at its own number
    PartCase("subset_after_the_verb", "Troops wounded 232, 180 of them with live fire.",
             (("180", 180, "wounded 232"),)),
    PartCase("among_them_list", "The raid killed nine people, among them four women and three children.",
             (("four women", 4, "killed nine people"), ("three children", 3, "killed nine people"))),
    # one person joined after the verb: the first person's span starts where the total's does, and ends
    # sooner; the second, read from the verb before it, is its own words
    PartCase("one_person_alongside", "A teacher was killed on Friday, alongside his driver.",
             (("A teacher was killed", 1, T_TEACHER), ("his driver", 1, T_TEACHER))),
    # a breakdown read from the verb its total has: each part from its own number
    PartCase("breakdown_after_the_verb",
             "At least 90 people drowned, including 61 in Arvania, 20 in Belmora and 9 in Cestia.",
             (("61", 61, T_DROWNED), ("20", 20, T_DROWNED), ("9", 9, T_DROWNED))),
    # near miss: two clauses, two figures, no total and no part
    PartCase("two_clauses_no_parts", "Two clerks were killed and a driver was injured.", ()),
)  # fmt: skip


def total_of(part: Figure, found: list[Figure]) -> Figure:
    """The other row whose span is (part_of, part_of_end): the one of the part's category if there is one."""
    named = [f for f in found if f is not part and (f.start, f.end) == (part.part_of, part.part_of_end)]
    assert named, f"{part.text!r} names no row"
    own = [f for f in named if f.category == part.category]
    assert len(own) <= 1, (part, own)
    return (own or named)[0]


def check_parts(found: list[Figure]) -> None:
    for f in found:
        if f.part_of is None:
            assert f.part_of_end is None, f
            continue
        assert f.part_of_end is not None, f
        assert (f.start, f.end) != (f.part_of, f.part_of_end), f"{f.text!r} names itself"
        total_of(f, found)


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES_PART_SPANS])
def test_part_spans(case: PartCase) -> None:
    found = extract_figures(case.text)
    check_parts(found)
    got = sorted((f.text, f.value, total_of(f, found).text) for f in found if f.part_of is not None)
    assert got == sorted(case.parts)


@pytest.mark.parametrize(
    "text", [pytest.param(c.text, id=f"{table}:{c.id}") for table, cases in TABLES.items() for c in cases]
)
def test_no_part_of_any_case_names_itself(text: str) -> None:
    """Every sentence of tests/cases.py: a part's (part_of, part_of_end) is another row of its category."""
    check_parts(extract_figures(text))


COUNTS = ["two", "three", "four", "seven", "nine", "12", "15", "40", "at least six", "about 30"]
NOUNS = ["clerks", "guards", "farmers", "nurses", "traders", "students", "fishermen", "teachers", "miners"]
VERBS = ["were killed", "were injured", "died", "were wounded", "were abducted", "went missing"]
conjuncts = st.lists(st.tuples(st.sampled_from(COUNTS), st.sampled_from(NOUNS)), min_size=2, max_size=4)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conjuncts, st.sampled_from([" and ", ", and "]), st.sampled_from(VERBS))
def test_a_coordinated_subject_gives_parts_with_their_own_words(
    items: list[tuple[str, str]], last_join: str, verb: str
) -> None:
    phrases = [f"{count} {noun}" for count, noun in items]
    subject = ", ".join(phrases[:-1]) + last_join + phrases[-1]
    subject = subject[0].upper() + subject[1:]
    text = f"{subject} {verb} in the raid on Tuesday."
    found = extract_figures(text)
    check_parts(found)
    parts = [f for f in found if f.part_of is not None]
    assert [p.text.lower() for p in parts[:-1]] == [p.lower() for p in phrases[:-1]]
    assert parts[-1].text.lower() == f"{phrases[-1]} {verb}".lower()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conjuncts, st.sampled_from(["killed", "wounded", "abducted", "injured"]))
def test_a_coordinated_object_gives_no_part_naming_itself(items: list[tuple[str, str]], verb: str) -> None:
    phrases = [f"{count} {noun}" for count, noun in items]
    text = f"The gunmen {verb} {', '.join(phrases[:-1])} and {phrases[-1]} in the raid."
    check_parts(extract_figures(text))


def test_a_long_document_read_by_segments_shifts_part_of_end() -> None:
    paragraph = "Two clerks, two guards and a driver were killed in the raid. The town was calm on Monday."
    text = "\n\n".join([paragraph] * 30)
    whole = extract_figures(text)
    assert sum(f.part_of_end is not None for f in whole) == 90
    assert list(extract_long(text, ("pattern", "quantity"), size=500)) == whole


SUMMED = [
    "Twelve soldiers and eight civilians were killed in the ambush.",
    "Seven fishermen, two boys, and a ferry pilot went missing off the cape.",
    "The raid killed nine people, among them four women and three children.",
]


@pytest.mark.parametrize("profile", ["raw", "wad", "gtd"])
def test_summary_is_the_same_without_part_of_end(profile: str) -> None:
    """A table written before part_of_end (its column absent) gives the same totals."""
    docs = [(f"d{i}", text) for i, text in enumerate(SUMMED)]
    table = figures.extract_documents(docs)
    texts = dict(docs)
    with_end = summarize(table, profile, texts)
    without = summarize(table.drop(columns=["part_of_end"]), profile, texts)
    pd.testing.assert_frame_equal(with_end, without)


def test_summary_wad_counts_the_civilian_part() -> None:
    table = figures.extract("Twelve soldiers and eight civilians were killed in the ambush.")
    assert summarize(table, "raw")["value"].tolist() == [20]
    assert summarize(table, "wad")["value"].tolist() == [8]  # soldiers set aside, the civilians' part kept


def test_summary_reads_the_total_a_part_names_by_its_span() -> None:
    """Two rows start at one offset; the parts name the longer one by its end, and only it gives way to them."""
    text = "Fighting killed 20 people: 12 soldiers and 8 civilians died in the north."
    rows = [
        # (start, end, value, number_start, group, part_of, part_of_end)
        (9, 25, 20, 16, None, None, None),  # "killed 20 people": no breakdown of its own in this table
        (9, 72, 20, 16, None, None, None),  # "killed 20 people: ... died in the north": the parts' total
        (27, 38, 12, 27, "soldiers", 9, 72),
        (43, 72, 8, 43, "civilians", 9, 72),
    ]
    records = [
        {"doc_id": "d", "category": "killed", "value": v, "low": v, "high": v, "qualifier": "exact",
         "unit": "people", "start": s, "end": e, "text": text[s:e], "number_start": n,
         "number_end": n + len(str(v)), "group": g, "part_of": p, "part_of_end": pe, "rule": "test"}
        for s, e, v, n, g, p, pe in rows
    ]  # fmt: skip
    table = pd.concat([figures.empty_frame(), pd.DataFrame.from_records(records)], ignore_index=True)
    table = table.astype(figures.COLUMNS)  # type: ignore[arg-type]
    assert [text[n : n + len(str(v))] for _, _, v, n, *_ in rows] == ["20", "20", "12", "8"]
    # wad sets soldiers aside: the named total gives way to its civilians, the other count stays whole
    named = summarize(table, "wad", {"d": text})
    assert (named["value"].tolist(), named["rows"].tolist()) == ([20], ["9:25"])
    # a table without part_of_end names a total by its start alone: both rows give way to the civilians
    by_start = summarize(table.drop(columns=["part_of_end"]), "wad", {"d": text})
    assert (by_start["value"].tolist(), by_start["rows"].tolist()) == ([8], ["43:72"])
