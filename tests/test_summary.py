"""Document totals and convention profiles (figures.summary), on hand-built figure tables.

Each case is a short document, the figures an extractor should find in it
(built by hand, so the summary is tested apart from the extractor), and the
totals a reader of the text would record.  Expected numbers were worked out
from the sentences, not from the code's output.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import figures
from figures.figure import Figure
from figures.summary import (
    PROFILES,
    SUMMARY_COLUMNS,
    get_profile,
    load_profiles,
    summarize,
)
from figures.table import to_frame

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


# ---------------------------------------------------------------------------
# Building figure tables by hand


@dataclass(frozen=True)
class F:
    """A figure to place in a document: its text, the number inside it, and the extractor's marks."""

    text: str
    number: str
    category: str = "killed"
    value: int | None = None  # default: the digits of `number`
    low: int | None = None  # default: from the qualifier
    high: int | None = None
    qualifier: str = "exact"
    unit: str = "people"
    nth: int = 0  # which occurrence of `text` in the document
    cumulative: bool | None = None
    negated: bool = False
    modality: str | None = None
    source: str | None = None
    part_of: str | None = None  # text of the figure this one is a subset of (its first occurrence)
    trigger: str | None = None  # a trigger word shared with another figure (its first occurrence); default: own span
    group: str | None = None  # the victims' group ("civilians", "police", ...)
    rule: str = "test"  # the extractor's rule ("implicit_singular": a victim told without a numeral)


def _sentence_span(doc: str, pos: int) -> tuple[int, int]:
    bounds = [0] + [m.end() for m in regex.finditer(r"[.;!?]\s+|\n", doc)] + [len(doc)]
    start = max(b for b in bounds if b <= pos)
    end = min(b for b in bounds if b > pos)
    return start, end


def _find(doc: str, text: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = doc.find(text, pos + 1)
        if pos < 0:
            raise AssertionError(f"{text!r} (occurrence {nth}) not in the document")
    return pos


def build(doc: str, specs: list[F]) -> list[Figure]:
    """Figures with true spans (``text == doc[start:end]``) from their descriptions."""
    out = []
    for s in specs:
        start = _find(doc, s.text, s.nth)
        number_start = start + s.text.index(s.number)
        value = s.value
        if value is None and s.qualifier != "vague":
            value = int(s.number.replace(",", ""))
        low, high = s.low, s.high
        if s.qualifier == "exact" and low is None and high is None:
            low = high = value
        elif s.qualifier in ("at_least", "more_than") and low is None:
            low = value
        sentence_start, sentence_end = _sentence_span(doc, start)
        out.append(
            Figure(
                category=s.category,
                value=0 if s.negated else value,
                low=0 if s.negated else low,
                high=0 if s.negated else high,
                qualifier=s.qualifier,
                unit=s.unit,
                start=start,
                end=start + len(s.text),
                text=s.text,
                number_start=number_start,
                number_end=number_start + len(s.number),
                trigger=s.trigger or "",
                trigger_start=start if s.trigger is None else _find(doc, s.trigger),
                trigger_end=start if s.trigger is None else _find(doc, s.trigger) + len(s.trigger),
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                extractor="pattern",
                rule=s.rule,
                group=s.group,
                source=s.source,
                cumulative=s.cumulative,
                negated=s.negated,
                modality=s.modality,
                part_of=None if s.part_of is None else _find(doc, s.part_of),
            )
        )
    return sorted(out, key=lambda f: (f.start, f.category))


@dataclass(frozen=True)
class Case:
    id: str
    doc: str
    figures: list[F]
    expected: dict[str, int | None]  # category -> value; categories absent here must have no row
    profile: str = "raw"
    columns: dict[str, dict[str, Any]] = field(default_factory=dict)  # category -> other expected columns
    with_text: bool = True  # summarize with the document's text (texts=...), as `figures summarize` does


def table_of(case: Case) -> pd.DataFrame:
    return to_frame([("d1", build(case.doc, case.figures))])


# ---------------------------------------------------------------------------
# The cases

CASES_BASIC = [
    Case("one figure", "Gunmen killed 12 people in the village.", [F("killed 12 people", "12")], {"killed": 12}),
    Case(
        "same value told twice is one",
        "At least 14 people were killed in the raid. Five people were injured in addition to the 14 dead.",
        [
            F("At least 14 people were killed", "At least 14", value=14, qualifier="at_least"),
            F("Five people were injured", "Five", category="injured", value=5),
            F("14 dead", "14"),
        ],
        {"killed": 14, "injured": 5},
        columns={"killed": {"rows": "0:30", "qualifier": "at_least", "low": 14, "high": None}},
    ),
    Case(
        "latest running total beats earlier figures",
        "At least 20 people were killed on Monday. The death toll rose to 25 on Tuesday.",
        [
            F("At least 20 people were killed", "At least 20", value=20, qualifier="at_least"),
            F("The death toll rose to 25", "25", cumulative=True),
        ],
        {"killed": 25},
        columns={"killed": {"basis": "running_total", "text": "The death toll rose to 25"}},
    ),
    Case(
        "new figure adds to the one before",
        "The blast killed 30 people. Another 12 died in hospital.",
        [F("killed 30 people", "30"), F("Another 12 died", "12", cumulative=False)],
        {"killed": 42},
        columns={"killed": {"basis": "sum", "text": "killed 30 people", "rows": "10:26;28:43"}},
    ),
    Case(
        "new figures add to the latest running total",
        "Ten people died on Monday. By Friday the death toll had risen to 40. Three more died overnight.",
        [
            F("Ten people died", "Ten", value=10),
            F("the death toll had risen to 40", "40", cumulative=True),
            F("Three more died", "Three", value=3, cumulative=False),
        ],
        {"killed": 43},
        columns={"killed": {"basis": "running_total+new"}},
    ),
    Case(
        "separate incidents in one sentence add up",
        "Gunmen killed 5 people in Kano and 7 in Kaduna on Sunday.",
        [F("killed 5 people", "5", trigger="killed"), F("7 in Kaduna", "7", trigger="killed")],
        {"killed": 12},
    ),
    Case(
        "equal figures of separate incidents in one sentence add up",
        "Fatalities: 1 direct, 1 indirect\nDamage: $16 million",
        [F("1 direct", "1", trigger="Fatalities"), F("1 indirect", "1", trigger="Fatalities")],
        {"killed": 2},
    ),
    Case(
        "a total and its itemised parts in one sentence do not add",
        "At least 243 people died, with 196 in Germany, 43 in Belgium and 4 elsewhere.",
        [
            F("At least 243 people died", "At least 243", value=243, qualifier="at_least"),
            F("196 in Germany", "196"),
            F("43 in Belgium", "43"),
            F("4 elsewhere", "4"),
        ],
        {"killed": 243},
    ),
    Case(
        "a subset never adds to its total",
        "The attack killed 50 people, including 30 children.",
        [F("killed 50 people", "50"), F("30 children", "30", part_of="killed 50 people")],
        {"killed": 50},
        columns={"killed": {"rows": "11:27", "other_rows": "39:50"}},
    ),
    Case(
        "a part of a total in another category stands on its own",
        "The blast left 30 casualties, 10 of them dead.",
        [
            F("30 casualties", "30", category="casualties"),
            F("10 of them dead", "10", part_of="30 casualties"),
        ],
        {"casualties": 30, "killed": 10},
    ),
    Case(
        "a smaller figure later is a detail of the total",
        "Floods killed 90 people across the region. In the capital, 12 people died.",
        [F("killed 90 people", "90"), F("12 people died", "12")],
        {"killed": 90},
        columns={"killed": {"other_rows": "59:73"}},
    ),
    Case(
        "a headline figure repeated later in words is one",
        "Twenty-eight people were killed in Ankara. All 28 victims were civilians, officials said.",
        [F("Twenty-eight people were killed", "Twenty-eight", value=28), F("28 victims", "28")],
        {"killed": 28},
    ),
    Case(
        "two rows on one number (two extractors) are one figure",
        "The fighting has killed 254 people.",
        [F("killed 254 people", "254"), F("254 people", "254")],
        {"killed": 254},
    ),
    Case(
        "no one killed gives 0",
        "No one was killed in the blast, police said.",
        [F("No one was killed", "No one", value=0, negated=True)],
        {"killed": 0},
        columns={"killed": {"basis": "negated"}},
    ),
    Case(
        "a negation beside a positive figure does not lower it",
        "Two people were killed in the first blast and no one was killed in the second.",
        [F("Two people were killed", "Two", value=2), F("no one was killed", "no one", value=0, negated=True)],
        {"killed": 2},
    ),
    Case(
        "a possible figure is not a total",
        "The storm could kill up to 1,000 people. So far 3 people have died.",
        [
            F("kill up to 1,000 people", "up to 1,000", value=1000, qualifier="at_most", modality="possible"),
            F("3 people have died", "3"),
        ],
        {"killed": 3},
    ),
    Case(
        "a running total lower than the total so far does not replace it",
        "Militants killed 30 people in two villages. In Bama the toll reached 12.",
        [F("killed 30 people", "30"), F("the toll reached 12", "12", cumulative=True)],
        {"killed": 30},
    ),
    Case(
        "persons before households",
        "About 2,000 people were displaced, or 400 families.",
        [
            F(
                "About 2,000 people were displaced",
                "About 2,000",
                category="displaced",
                value=2000,
                qualifier="approximately",
            ),
            F("400 families", "400", category="displaced", unit="families"),
        ],
        {"displaced": 2000},
        columns={"displaced": {"unit": "people", "low": None}},
    ),
    Case(
        "households alone stay households in raw",
        "500 families were displaced by the floods.",
        [F("500 families were displaced", "500", category="displaced", unit="families")],
        {"displaced": 500},
        columns={"displaced": {"unit": "families"}},
    ),
    Case(
        "a figure inside another's words is a part of it",
        "At least nine civilians, including four children, were killed in the strike.",
        [
            F(
                "At least nine civilians, including four children, were killed",
                "At least nine",
                value=9,
                qualifier="at_least",
            ),
            F("four children, were killed", "four", value=4),
        ],
        {"killed": 9},
        columns={"killed": {"other_rows": "35:61"}},
    ),
    Case(
        "a subset that starts where its total starts",
        "The attack killed 11 people, including two minors.",
        [F("killed 11 people", "11"), F("killed 11 people, including two", "two", value=2, part_of="killed 11 people")],
        {"killed": 11},
        columns={"killed": {"rows": "11:27", "other_rows": "11:42"}},
    ),
    Case(
        "the same number told twice in one sentence is one",
        "Militants killed five people on Monday, when they invaded farms and killed five people in the forest.",
        [F("killed five people", "five", value=5), F("killed five people", "five", value=5, nth=1)],
        {"killed": 5},
    ),
    Case(
        "figures under different triggers in one sentence are reports, not incidents",
        "Police put the death toll at three, while witnesses said 15 people had died.",
        [F("death toll at three", "three", value=3), F("15 people had died", "15")],
        {"killed": 15},
        columns={"killed": {"reported_low": 3, "reported_high": 15}},
    ),
    Case(
        "a larger figure far from the first is about something else",
        "Fatalities: 35\nDamage: $511 million\n"
        + "The storm moved north over open water. " * 30
        + "The 1979 hurricane caused 65 fatalities on the island.",
        [F("Fatalities: 35", "35"), F("65 fatalities", "65")],
        {"killed": 35},
    ),
    Case(
        "an ordinary figure marked not cumulative is not an increment",
        "The blast killed 30 people. Officials said 12 people died in the market.",
        [F("killed 30 people", "30", cumulative=False), F("12 people died", "12", cumulative=False)],
        {"killed": 30},
    ),
    Case(
        "increment words in the span make a new figure",
        "Fifteen people have died of hunger. Seventeen others were killed in clashes, and three more died later.",
        [
            F("Fifteen people have died", "Fifteen", value=15),
            F("Seventeen others were killed", "Seventeen", value=17),
            F("three more died", "three", value=3),
        ],
        {"killed": 35},
        columns={"killed": {"basis": "sum"}},
    ),
    Case(
        "'more than' is a qualifier, not an increment",
        "At least 20 people were killed on Monday. More than 10 people died in the market.",
        [
            F("At least 20 people were killed", "At least 20", value=20, qualifier="at_least"),
            F("More than 10 people died", "More than 10", value=10, qualifier="more_than"),
        ],
        {"killed": 20},
    ),
    Case(
        "a new figure far from the total is about something else",
        "Fatalities: 3\nDamage: minimal\n"
        + "The storm moved north over open water. " * 30
        + "Another man was killed in a traffic accident in 1998.",
        [F("Fatalities: 3", "3", cumulative=True), F("Another man was killed", "Another man", value=1)],
        {"killed": 3},
    ),
    Case(
        "a running total far from the total is about something else",
        "Fatalities: 35\nDamage: $511 million\n"
        + "The storm moved north over open water. " * 30
        + "The 1979 hurricane's death toll rose to 65.",
        [F("Fatalities: 35", "35", cumulative=True), F("death toll rose to 65", "65", cumulative=True)],
        {"killed": 35},
    ),
    Case(
        "a new figure after a detail adds to the detail, not to the total",
        "Nine men were executed by the militia. Seven were killed in the square and two more died in hospital.",
        [
            F("Nine men were executed", "Nine", value=9),
            F("Seven were killed", "Seven", value=7),
            F("two more died", "two", value=2),
        ],
        {"killed": 9},
        columns={"killed": {"rows": "0:22", "other_rows": "39:56;75:88"}},
    ),
    Case(
        "a detail that outgrows the total with its new figures is another count",
        "Police said 5 people were killed. Residents said 4 died in the market and 3 more in the mosque.",
        [F("5 people were killed", "5"), F("4 died", "4"), F("3 more", "3")],
        {"killed": 7},
        columns={"killed": {"basis": "report_max", "reported_low": 5, "reported_high": 7}},
    ),
    Case(
        "several categories of one sentence each get their total",
        "The fighting has killed 254 people and injured another 1,228.",
        [
            F("killed 254 people", "254"),
            F("injured another 1,228", "1,228", category="injured", cumulative=False),
        ],
        {"killed": 254, "injured": 1228},
    ),
]

POLICE_WITNESSES = (
    "Police said 7 people were killed in the attack. Witnesses said 15 people were killed.",
    [
        F("7 people were killed", "7", source="Police"),
        F("15 people were killed", "15", source="Witnesses"),
    ],
)
HIGHER_TOLL = (
    "At least 10 gold miners were killed by armed men, police said. Locals reported a higher death toll of 14.",
    [
        F("At least 10 gold miners were killed", "At least 10", value=10, qualifier="at_least"),
        F("death toll of 14", "14"),
    ],
)
RANGE = (
    "Between 10 and 20 people were killed.",
    [F("Between 10 and 20 people were killed", "Between 10 and 20", value=10, low=10, high=20, qualifier="range")],
)
DOZENS = (
    "Dozens of people were killed.",
    [F("Dozens of people were killed", "Dozens", value=None, low=24, qualifier="vague")],
)
HUNDREDS = (
    "Hundreds of people were injured.",
    [F("Hundreds of people were injured", "Hundreds", category="injured", value=None, low=200, qualifier="vague")],
)
FAMILIES = (
    "500 families were displaced by the floods.",
    [F("500 families were displaced", "500", category="displaced", unit="families")],
)
MISSING = (
    "12 people were killed and 5 are missing.",
    [F("12 people were killed", "12"), F("5 are missing", "5", category="missing")],
)
HOUSES = (
    "The storm destroyed 40 houses.",
    [F("destroyed 40 houses", "40", category="houses_destroyed", unit="houses")],
)

FEARED = (
    "Twelve people were feared dead after gunmen attacked two banks.",
    [F("Twelve people were feared dead", "Twelve", value=12, modality="feared")],
)

ORDERED = (
    "Evacuation orders were issued for 8,000 residents as the fire neared the valley.",
    [
        F(
            "Evacuation orders were issued for 8,000 residents",
            "8,000",
            category="evacuated",
            modality="ordered",
        )
    ],
)

CASES_PROFILES = [
    Case("feared dead, raw: counts", *FEARED, {"killed": 12}, columns={"killed": {"basis": "single:feared"}}),
    # session 10: an evacuation order's people count in raw (pooled with the displaced), as "8,000
    # residents were ordered to evacuate" always did; a profile of confirmed movements leaves them out
    Case("evacuation order, raw: counts", *ORDERED, {"evacuated": 8000, "displaced": 8000}),
    Case("evacuation order, emdat: not a movement", *ORDERED, {}, profile="emdat"),
    Case("feared dead, emdat: counts (presumed dead)", *FEARED, {"killed": 12}, profile="emdat"),
    Case("feared dead, acled: not a reported fatality", *FEARED, {}, profile="acled"),
    Case(
        "disagreeing sources, raw: the highest",
        *POLICE_WITNESSES,
        {"killed": 15},
        columns={
            "killed": {"reported_low": 7, "reported_high": 15, "sources": "Police; Witnesses", "basis": "report_max"}
        },
    ),
    Case("disagreeing sources, acled: the lowest", *POLICE_WITNESSES, {"killed": 7}, profile="acled"),
    Case("disagreeing sources, emdat: the first", *POLICE_WITNESSES, {"killed": 7}, profile="emdat"),
    Case("unattributed higher count nearby, raw: the highest", *HIGHER_TOLL, {"killed": 14}),
    Case("unattributed higher count nearby, acled: the lowest", *HIGHER_TOLL, {"killed": 10}, profile="acled"),
    Case(
        "disagreeing sources, ucdp: best, low, high",
        *POLICE_WITNESSES,
        {"killed": 7},
        profile="ucdp",
        columns={"killed": {"low": 7, "high": 15}},
    ),
    Case("range, raw: lower bound and interval", *RANGE, {"killed": 10}, columns={"killed": {"low": 10, "high": 20}}),
    Case("range, acled: lowest", *RANGE, {"killed": 10}, profile="acled"),
    Case("range, emdat: the average", *RANGE, {"killed": 15}, profile="emdat"),
    Case(
        "range, ucdp: low and high", *RANGE, {"killed": 10}, profile="ucdp", columns={"killed": {"low": 10, "high": 20}}
    ),
    Case(
        "dozens, raw: a vague word records no number",
        *DOZENS,
        {"killed": None},
        columns={"killed": {"qualifier": "vague", "low": None, "high": None, "text": "Dozens of people were killed"}},
    ),
    Case(
        "dozens then a number, raw: the number",
        "Dozens of people were killed in the attack. Officials said 43 people died.",
        [
            F("Dozens of people were killed", "Dozens", value=None, low=24, qualifier="vague"),
            F("43 people died", "43"),
        ],
        {"killed": 43},
    ),
    Case("dozens, acled: 12", *DOZENS, {"killed": 12}, profile="acled"),
    Case(
        "dozens, ucdp: no estimates from a word the profile does not count",
        *DOZENS,
        {"killed": None},
        profile="ucdp",
        columns={"killed": {"low": None, "high": None, "reported_low": None}},
    ),
    Case("hundreds, acled: 100", *HUNDREDS, {"injured": 100}, profile="acled"),
    Case("hundreds, emdat: 200", *HUNDREDS, {"injured": 200}, profile="emdat"),
    Case(
        "families, emdat: times 5",
        *FAMILIES,
        {"displaced": 2500},
        profile="emdat",
        columns={"displaced": {"unit": "people"}},
    ),
    Case("killed and missing, raw: apart", *MISSING, {"killed": 12, "missing": 5}),
    Case(
        "killed and missing, emdat: total deaths include the missing",
        *MISSING,
        {"killed": 17, "missing": 5},
        profile="emdat",
        columns={"killed": {"rows": "0:21;26:39", "basis": "killed+missing"}},
    ),
    Case("destroyed houses, raw: houses only", *HOUSES, {"houses_destroyed": 40}),
    Case(
        "destroyed houses, emdat: homeless derived, times 5",
        *HOUSES,
        {"houses_destroyed": 40, "homeless": 200},
        profile="emdat",
        columns={"homeless": {"unit": "people", "rows": "10:29"}},
    ),
]

EVACUATED_THEN_FLED = (
    "Around 2,000 people were evacuated before the storm. In the capital, 255 people fled their homes.",
    [
        F(
            "Around 2,000 people were evacuated",
            "Around 2,000",
            category="evacuated",
            value=2000,
            qualifier="approximately",
        ),
        F("255 people fled", "255", category="displaced"),
    ],
)

CASES_POOL = [
    Case(
        "evacuated only, raw: the evacuation is the displacement total",
        "About 450 people were evacuated from the island.",
        [F("450 people were evacuated", "450", category="evacuated")],
        {"displaced": 450, "evacuated": 450},
        columns={"displaced": {"basis": "single:evacuated", "rows": "6:31"}},
    ),
    Case(
        "displaced and evacuated, raw: one total, the same people counted once",
        *EVACUATED_THEN_FLED,
        {"displaced": 2000, "evacuated": 2000},
        columns={"displaced": {"rows": "0:34", "other_rows": "69:84", "basis": "single:evacuated"}},
    ),
    Case(
        "the same number told as evacuated and as displaced, raw: one figure",
        "The floods forced 3,000 people to evacuate and 3,000 people were displaced in all.",
        [
            F("forced 3,000 people to evacuate", "3,000", category="evacuated"),
            F("3,000 people were displaced", "3,000", category="displaced"),
        ],
        {"displaced": 3000, "evacuated": 3000},
    ),
    Case(
        "an evacuation order widened, raw: the larger reach of the orders is the displacement total",
        "Evacuation orders were issued for 12,000 people on Friday. By Sunday, orders and warnings grew to "
        "encompass the whole valley, including about 31,000 people.",
        [
            F("Evacuation orders were issued for 12,000 people", "12,000", category="evacuated", modality="ordered"),
            F(
                "orders and warnings grew to encompass the whole valley, including about 31,000 people",
                "about 31,000",
                category="evacuated",
                value=31000,
                qualifier="approximately",
                modality="ordered",
            ),
        ],
        {"displaced": 31000, "evacuated": 31000},
        columns={"displaced": {"basis": "report_max:ordered:evacuated"}},
    ),
    Case(
        "displaced and evacuated, acled: apart (no pool)",
        *EVACUATED_THEN_FLED,
        {"displaced": 255, "evacuated": 2000},
        profile="acled",
    ),
]

CASES_NO_FIGURE = [
    Case("no figures at all", "The talks resumed in Geneva on Monday.", [], {}),
    Case(
        "only a possibility",
        "The storm could kill up to 1,000 people.",
        [F("kill up to 1,000 people", "up to 1,000", value=1000, qualifier="at_most", modality="possible")],
        {},
    ),
]

# Separate incidents told in separate sentences, marked by the words before the figure (read from the text).
RUSSIAN_RAIDS = (
    "Air strikes by Russia killed four civilians in Al-Bara. Russian raids also killed two civilians in "
    "Jabal Zawiya. Russian raids also killed nine civilians in Kafr Nabl.",
    [
        F("killed four civilians", "four", value=4),
        F("killed two civilians", "two", value=2),
        F("killed nine civilians", "nine", value=9),
    ],
)
CASES_INCIDENTS = [
    Case(
        "separate incidents marked 'also' add up", *RUSSIAN_RAIDS, {"killed": 15}, columns={"killed": {"basis": "sum"}}
    ),
    Case("without the text the marks are not seen", *RUSSIAN_RAIDS, {"killed": 9}, with_text=False),
    Case(
        "a separate attack after 'Separately,' adds",
        "Clashes in central Baghdad killed four people. Separately, a bomb exploded near a square, killing two "
        "protesters.",
        [F("killed four people", "four", value=4), F("killing two protesters", "two", value=2)],
        {"killed": 6},
    ),
    Case(
        "a later incident after 'Later on the same day' adds",
        "Four civilians were killed in the shelling of Kafr Zita. Later on the same day, three women were killed in "
        "an air strike on Latamneh.",
        [F("Four civilians were killed", "Four", value=4), F("three women were killed", "three", value=3)],
        {"killed": 7},
    ),
    Case(
        "another report is a rival count, not an incident",
        "At least six people were killed in Dhi Qar on Friday. Another report indicated that 20 protesters were "
        "killed.",
        [
            F("At least six people were killed", "At least six", value=6, qualifier="at_least"),
            F("20 protesters were killed", "20"),
        ],
        {"killed": 20},
        columns={"killed": {"reported_low": 6, "reported_high": 20}},
    ),
    Case(
        "a victim told again after 'Later' is not a new one",
        "Gunmen killed four people in the village, among them a teacher. Later, the teacher was found dead near "
        "his house.",
        [
            F("killed four people", "four", value=4),
            F("the teacher was found dead", "the teacher", value=1, rule="implicit_singular"),
        ],
        {"killed": 4},
    ),
    Case(
        "an earlier incident beside the first count is set aside",
        "Eleven people were killed on Wednesday, a day after at least 18 people died in the same area.",
        [
            F("Eleven people were killed", "Eleven", value=11),
            F("at least 18 people died", "at least 18", value=18, qualifier="at_least"),
        ],
        {"killed": 11},
    ),
    Case(
        "a later incident beside the first count adds",
        "Prosecutors say a man was shot to death in a feud, and his relatives later went to the other family's "
        "house and shot to death five men.",
        [F("a man was shot to death", "a man", value=1), F("shot to death five men", "five", value=5)],
        {"killed": 6},
    ),
    Case(
        "a figure dated on another day in its own sentence adds",
        "On the 4th, four civilians were killed in Mogadishu. On the 13th, al Shabaab militants shot dead three "
        "teachers.",
        [F("four civilians were killed", "four", value=4), F("shot dead three teachers", "three", value=3)],
        {"killed": 7},
    ),
    Case(
        "'the remaining' figure adds, even under one trigger word's neighbour",
        "A villager said that twelve bodies were thrown into the river, while the remaining four bodies were buried.",
        [F("twelve bodies", "twelve", value=12), F("four bodies", "four", value=4)],
        {"killed": 16},
    ),
    Case(
        "a marked figure equal to the total is a restatement",
        "Floods killed 12 people in the region. Elsewhere in the province 12 people died as well.",
        [F("killed 12 people", "12"), F("12 people died", "12")],
        {"killed": 12},
    ),
]

# The `wad` profile: PITF's Worldwide Atrocities Dataset counts noncombatant civilians.
POLICEMEN = (
    "Three suicide car bombs killed at least 15 civilians and eight Iraqi policemen on Sunday.",
    [
        F("killed at least 15 civilians and eight", "at least 15 civilians and eight", value=23, qualifier="at_least"),
        F(
            "killed at least 15 civilians",
            "at least 15",
            value=15,
            qualifier="at_least",
            group="civilians",
            part_of="killed at least 15 civilians and eight",
        ),
        F(
            "killed at least 15 civilians and eight Iraqi policemen",
            "eight",
            value=8,
            group="police",
            part_of="killed at least 15 civilians and eight",
        ),
    ],
)
INCLUDING_CIVILIANS = (
    "A Turkish air strike on Ras al Ain killed nine people including five civilians.",
    [
        F("killed nine people", "nine", value=9),
        F(
            "killed nine people including five civilians",
            "five",
            value=5,
            group="civilians",
            part_of="killed nine people",
        ),
    ],
)
JIHADISTS = (
    "Jihadists attacked the town and killed 35 civilians. Ensuing clashes with the army left 80 jihadists dead.",
    [F("killed 35 civilians", "35", group="civilians"), F("80 jihadists dead", "80", group="militants")],
)
CASES_VICTIMS = [
    Case("civilians and policemen add up", *POLICEMEN, {"killed": 23}),
    Case("the policemen are set aside", *POLICEMEN, {"killed": 15}, profile="wad"),
    Case("a total including civilians", *INCLUDING_CIVILIANS, {"killed": 9}),
    Case("the civilians counted apart", *INCLUDING_CIVILIANS, {"killed": 5}, profile="wad"),
    Case("the larger count of jihadists", *JIHADISTS, {"killed": 80}),
    Case("jihadists' deaths are set aside", *JIHADISTS, {"killed": 35}, profile="wad"),
    Case(
        "the wounded less the combatants among them (wad)",
        "Gunmen attacked a market in Tarvo. 14 people, including six policemen, were wounded.",
        [
            F("14 people, including six policemen, were wounded", "14", "injured", value=14),
            F(
                "six policemen, were wounded",
                "six",
                "injured",
                value=6,
                group="police",
                part_of="14 people, including six policemen, were wounded",
            ),
        ],
        {"injured": 8},
        profile="wad",
    ),
    Case(
        "the wounded with the combatants among them (raw)",
        "Gunmen attacked a market in Tarvo. 14 people, including six policemen, were wounded.",
        [
            F("14 people, including six policemen, were wounded", "14", "injured", value=14),
            F(
                "six policemen, were wounded",
                "six",
                "injured",
                value=6,
                group="police",
                part_of="14 people, including six policemen, were wounded",
            ),
        ],
        {"injured": 14},
    ),
    Case(
        "the civilians of a breakdown told after the total (wad)",
        "At least 14 people were killed in a bombing in Tarvo. Among those killed, 10 civilians died in the market.",
        [
            F("At least 14 people were killed", "At least 14", value=14, qualifier="at_least"),
            F("10 civilians died", "10", value=10, group="civilians"),
        ],
        {"killed": 10},
        profile="wad",
    ),
    Case(
        "the civilians of a breakdown named by the figure's noun (wad)",
        "At least 10 people were killed in a raid on Tarvo. The dead included six civilians and four police.",
        [
            F("At least 10 people were killed", "At least 10", value=10, qualifier="at_least"),
            F("The dead included six civilians", "six", value=6),
        ],
        {"killed": 6},
        profile="wad",
    ),
    Case(
        "the civilians of a partitive breakdown: '69 of the wounded were civilians' (wad)",
        "Fighting in the capital has wounded 1,266 people since May. 69 of the wounded were civilians.",
        [F("wounded 1,266 people", "1,266", "injured", value=1266), F("69 of the wounded", "69", "injured", value=69)],
        {"injured": 69},
        profile="wad",
    ),
    Case(
        "security forces named after the number are combatants (wad)",
        "A bomb hit a rally in Orsk. 20 people, including three members of security forces, were wounded.",
        [
            F("20 people, including three members of security forces, were wounded", "20", "injured", value=20),
            F(
                "three members of security forces, were wounded",
                "three",
                "injured",
                value=3,
                part_of="20 people, including three members of security forces, were wounded",
            ),
        ],
        {"injured": 17},
        profile="wad",
    ),
    Case(
        "the count less the combatants a later sentence tells among them (wad)",
        "A twin bombing hit a church in Orsk; 83 people were wounded. Of the wounded, 15 were members of the "
        "security forces.",
        [F("83 people were wounded", "83", "injured", value=83), F("15 were members", "15", "injured", value=15)],
        {"injured": 68},
        profile="wad",
    ),
    Case(
        "the count with the combatants among them (raw)",
        "A twin bombing hit a church in Orsk; 83 people were wounded. Of the wounded, 15 were members of the "
        "security forces.",
        [F("83 people were wounded", "83", "injured", value=83), F("15 were members", "15", "injured", value=15)],
        {"injured": 83},
    ),
    Case(
        "the civilians of a breakdown told after the total (raw)",
        "At least 14 people were killed in a bombing in Tarvo. Among those killed, 10 civilians died in the market.",
        [
            F("At least 14 people were killed", "At least 14", value=14, qualifier="at_least"),
            F("10 civilians died", "10", value=10, group="civilians"),
        ],
        {"killed": 14},
    ),
    Case(
        "combatants alone still count",
        "Seven former Muslim rebels have been killed in the south.",
        [F("Seven former Muslim rebels have been killed", "Seven", value=7, group="militants")],
        {"killed": 7},
        profile="wad",
    ),
]

# Sectioned articles (Wikipedia): figures of one place among several that the article reports separately.
STORM_INFOBOX = "Typhoon Test\n\nDeaths: 12\n\nTyphoon Test\nTyphoon Test struck two countries.\n\n"
DEATHS = F("Deaths: 12", "12", cumulative=True)
CASES_PLACES = [
    Case(
        "injuries of two places, each in its own section, give no total",
        STORM_INFOBOX + "Japan\nIn Japan, 10 people were injured.\n\nTaiwan\nIn Taiwan, 21 people were injured.\n\n"
        "Aftermath\nRelief began.",
        [DEATHS, F("10 people were injured", "10", "injured"), F("21 people were injured", "21", "injured")],
        {"killed": 12},
    ),
    Case(
        "without the text the places are not seen",
        STORM_INFOBOX + "Japan\nIn Japan, 10 people were injured.\n\nTaiwan\nIn Taiwan, 21 people were injured.\n\n"
        "Aftermath\nRelief began.",
        [DEATHS, F("10 people were injured", "10", "injured"), F("21 people were injured", "21", "injured")],
        {"killed": 12, "injured": 21},
        with_text=False,
    ),
    Case(
        "the figures of one place only are the event's",
        STORM_INFOBOX + "Hainan\nThe storm forced 39,425 people to evacuate.\n\nVietnam\nThe storm weakened.",
        [DEATHS, F("39,425 people to evacuate", "39,425", "evacuated")],
        {"killed": 12, "displaced": 39425, "evacuated": 39425},
    ),
    Case(
        "places in the words: an evacuation in one place, another in a second one",
        STORM_INFOBOX + "Preparations\nOver 900,000 people were evacuated in eastern China. In Taiwan, nearly "
        "2,000 people had to be evacuated.",
        [
            DEATHS,
            F("Over 900,000 people were evacuated", "900,000", "evacuated", qualifier="more_than"),
            F("nearly 2,000 people had to be evacuated", "2,000", "evacuated", qualifier="approximately"),
        ],
        {"killed": 12},
    ),
    Case(
        "injuries told with one place's deaths, the deaths told for two places",
        STORM_INFOBOX + "Japan\nIn Japan, the storm killed 4 people and injured 10.\n\nTaiwan\nIn Taiwan, 8 people "
        "died.",
        [DEATHS, F("killed 4 people", "4"), F("injured 10", "10", "injured"), F("8 people died", "8")],
        {"killed": 12},
    ),
    Case(
        "a list of places is the event's area, not one place",
        "East Africa floods\n\nDeaths: 5\n\nEast Africa floods\nFloods in Rwanda, Kenya and Uganda affected "
        "700,000 people.\n\nKenya\nIn Kenya, 100,000 people were affected.",
        [
            F("Deaths: 5", "5", cumulative=True),
            F("affected 700,000 people", "700,000", "affected"),
            F("100,000 people were affected", "100,000", "affected"),
        ],
        {"killed": 5, "affected": 700000},
    ),
    Case(
        "a figure in the lead or a section every article has is the event's",
        STORM_INFOBOX + "Impact\nOverall, 124 people were injured.\n\nJapan\nIn Japan, 10 people were "
        "injured.\n\nTaiwan\nIn Taiwan, 21 people were injured.",
        [
            DEATHS,
            F("124 people were injured", "124", "injured"),
            F("10 people were injured", "10", "injured"),
            F("21 people were injured", "21", "injured"),
        ],
        {"killed": 12, "injured": 124},
        columns={"injured": {"basis": "single"}},
    ),
]


# Issue 17: totals that add up on every kind of report.  Invented documents; each case names its rule.
CLERKS_AND_ATTACKERS = (
    "Gunmen raided the post office in Tarvo. Two clerks were killed. Three attackers died in the exchange of fire.",
    [F("Two clerks were killed", "Two", value=2), F("Three attackers died", "Three", value=3, group="perpetrators")],
)
IN_ADDITION = (
    "A suicide bomber struck a market in Dorvale. In addition to the assailant, at least nine people were killed.",
    [F("at least nine people were killed", "at least nine", value=9, qualifier="at_least")],
)
LINKED = (
    "A car bomb exploded at a market in Selvik. This was one of two coordinated bombings in the city. At least 30 "
    "people were killed across both blasts.",
    [F("At least 30 people were killed", "At least 30", value=30, qualifier="at_least")],
)
DOZENS = (
    "Dozens of people were injured in the blast. Hospital officials said more than 60 were treated for injuries.",
    [
        F("Dozens of people were injured", "Dozens", "injured", qualifier="vague", low=24, high=99),
        F("more than 60 were treated for injuries", "more than 60", "injured", value=60, qualifier="more_than", low=61),
    ],
)
TWIN_HOUSES = (
    "The floods destroyed or damaged 50,000 houses in the delta.",
    [
        F("destroyed or damaged 50,000 houses", "50,000", "houses_destroyed", unit="houses"),
        F("destroyed or damaged 50,000 houses", "50,000", "houses_damaged", unit="houses"),
    ],
)
KIDNAPPED = [F("kidnapped 30 students", "30", "kidnapped"), F("kidnapped 287 pupils", "287", "kidnapped")]
CASES_ISSUE17 = [
    # Roles: the attackers' dead are added in GTD's convention, set aside in WAD's.
    Case("roles: attackers' dead add to the victims'", *CLERKS_AND_ATTACKERS, {"killed": 5}, profile="gtd",
         columns={"killed": {"perpetrators": 3}}),
    Case("roles: attackers' dead are not WAD's", *CLERKS_AND_ATTACKERS, {"killed": 2}, profile="wad"),
    Case("roles: acled counts every death too", *CLERKS_AND_ATTACKERS, {"killed": 5}, profile="acled"),
    Case(
        "roles: victims and an attacker in separate clauses of one sentence",
        "Five villagers were killed; two of the gunmen also died.",
        [F("Five villagers were killed", "Five", value=5, group="civilians"),
         F("two of the gunmen also died", "two", value=2, group="perpetrators")],
        {"killed": 7},
        profile="gtd",
    ),
    Case("roles: 'in addition to the assailant' adds one (gtd)", *IN_ADDITION, {"killed": 10}, profile="gtd",
         columns={"killed": {"perpetrators": 1, "implied_rows": "64:73", "rows": "75:107"}}),
    Case("roles: 'in addition to the assailant' is not a figure in raw", *IN_ADDITION, {"killed": 9}),
    Case(
        "roles: suicide bombers who set off their charge died (gtd)",
        "Two suicide bombers detonated their vests at a bus station in Corvel, killing 14 people.",
        [F("killing 14 people", "14")],
        {"killed": 16},
        profile="gtd",
    ),
    Case(
        "roles: a bomber already counted among the dead is not added again",
        "A suicide bomber blew himself up at a wedding in Tamsk. Eight people, including the bomber, were killed.",
        [F("Eight people, including the bomber, were killed", "Eight", value=8)],
        {"killed": 8},
        profile="gtd",
    ),
    Case(
        "roles: the attackers are the only dead",
        "Three suicide bombers blew themselves up outside a base in Ardel, wounding four guards.",
        [F("wounding four guards", "four", "injured", value=4)],
        {"killed": 3, "injured": 4},
        profile="gtd",
        columns={"killed": {"basis": "implied_perpetrators", "rows": None, "start": None}},
    ),
    Case(
        "roles: an attacker told dead without a numeral (gtd)",
        "An assailant tried to stab a guard at the gate of the Marro depot. The assailant was killed in the ensuing "
        "clash.",
        [],
        {"killed": 1},
        profile="gtd",
    ),
    Case(
        "roles: a bomber 'killing only himself' (gtd)",
        "A bomber's device went off early near the Tovi barracks, killing only himself and wounding two guards.",
        [F("wounding two guards", "two", "injured", value=2)],
        {"killed": 1, "injured": 2},
        profile="gtd",
    ),
    Case(
        "roles: 'the attackers were killed' says no number",
        "Gunmen attacked the Tovi barracks, wounding two guards. The attackers were killed by soldiers.",
        [F("wounding two guards", "two", "injured", value=2)],
        {"injured": 2},
        profile="gtd",
    ),
    Case(
        "roles: attackers that are the agent of the verb are no victims",
        "Four gunmen killed a shopkeeper in Melan.",
        [F("Four gunmen killed", "Four", value=4, group="perpetrators", rule="number_verb"),
         F("killed a shopkeeper", "a", value=1, rule="implicit_singular")],
        {"killed": 1},
    ),
    Case(
        "roles: attackers killing 'one police officer' are its agent",
        "Four attackers killed one police officer on guard at the gate in Orsk.",
        [F("Four attackers killed", "Four", value=4, group="perpetrators", rule="number_verb"),
         F("killed one police", "one", value=1, group="police")],
        {"killed": 1},
        profile="gtd",
    ),
    # Linked incidents: GTD shares a count told for several of them.
    Case("linked incidents: a count across both is shared (gtd)", *LINKED, {"killed": 15}, profile="gtd"),
    Case("linked incidents: raw records the count as told", *LINKED, {"killed": 30}),
    # Sums that need adding.
    Case(
        "sums: a list under one verb adds up",
        "A grenade exploded at the bank, wounding two clerks, two guards and a driver.",
        [F("wounding two clerks", "two", "injured", value=2, trigger="wounding"),
         F("two guards", "two", "injured", value=2, nth=0, trigger="wounding"),
         F("a driver", "a", "injured", value=1, trigger="wounding")],
        {"injured": 5},
    ),
    Case(
        "sums: someone named and 'N others' are N + 1",
        "A roadside bomb hit the convoy of Governor Tamsin Rook near Alva. The governor and 19 others were wounded.",
        [F("19 others were wounded", "19", "injured", value=19)],
        {"injured": 20},
    ),
    Case(
        "sums: one person named and a number are the number + 1",
        "Gunmen stormed a farm near Alva. The commissioner and two bodyguards were killed in the attack.",
        [F("two bodyguards were killed", "two", value=2)],
        {"killed": 3},
    ),
    Case(
        "sums: the one named with a row of its own is not counted twice",
        "Gunmen stormed a farm near Alva. The commissioner and two bodyguards were killed in the attack.",
        [F("The commissioner", "The", value=1, rule="implicit_singular", trigger="killed"),
         F("two bodyguards were killed", "two", value=2, trigger="killed")],
        {"killed": 3},
    ),
    Case(
        "sums: one person named in the figure's words and a number",
        "An air strike on a farm near Orsk killed a woman and six of her children.",
        [F("killed a woman and six", "six", value=6)],
        {"killed": 7},
    ),
    Case(
        "sums: a pronoun's clause before 'and' names no one",
        "They opened fire on civilians, and 12 people were killed in the market.",
        [F("12 people were killed", "12", value=12)],
        {"killed": 12},
    ),
    Case(
        "sums: 'N others' after another count's clause are N",
        "A roadside bomb hit a convoy near Alva. Twenty people were killed and 30 others were wounded.",
        [F("Twenty people were killed", "Twenty", value=20), F("30 others were wounded", "30", "injured", value=30)],
        {"killed": 20, "injured": 30},
    ),
    Case(
        "roles: an attacker wounded beside the victims (gtd)",
        "A man stabbed two shoppers at a market in Selm. In addition to the assailant, two civilians were injured.",
        [F("two civilians were injured", "two", "injured", value=2, group="civilians")],
        {"injured": 3},
        profile="gtd",
    ),
    Case(
        "roles: a suicide bomber 'in addition' to the injured died, was not injured (gtd)",
        "A suicide bomber detonated a vest at a gate in Selm. In addition to the assailant, 27 guards were injured.",
        [F("27 guards were injured", "27", "injured", value=27)],
        {"killed": 1, "injured": 27},
        profile="gtd",
    ),
    Case(
        "linked incidents: 'in the ensuing clashes' (gtd)",
        "Gunmen attacked a post in Orsk. This was one of four coordinated attacks on the same day. At least 40 "
        "people were killed in the ensuing clashes.",
        [F("At least 40 people were killed", "At least 40", value=40, qualifier="at_least")],
        {"killed": 10},
        profile="gtd",
    ),
    Case(
        "linked incidents: 'across which' (gtd)",
        "Gunmen attacked a base in Orsk. This was one of two related attacks, across which 12 soldiers were injured.",
        [F("12 soldiers were injured", "12", "injured", value=12, group="soldiers")],
        {"injured": 6},
        profile="gtd",
    ),
    Case(
        "sums: a count and its breakdown read as one list are the count",
        "Six people were killed in the tornado, five in Lane County and one in Pell County.",
        [F("Six people were killed in the tornado, five in Lane County and one", "Six", value=12),
         F("Six people were killed", "Six", value=6,
           part_of="Six people were killed in the tornado, five in Lane County and one"),
         F("five in Lane County", "five", value=5,
           part_of="Six people were killed in the tornado, five in Lane County and one"),
         F("one in Pell County", "one", value=1,
           part_of="Six people were killed in the tornado, five in Lane County and one")],
        {"killed": 6},
    ),
    Case(
        "sums: a list whose first item is not the others' sum is added",
        "Gunmen killed two guards, one soldier and three policemen at the gate.",
        [F("killed two guards, one soldier and three policemen", "two", value=6),
         F("two guards", "two", value=2, part_of="killed two guards, one soldier and three policemen"),
         F("one soldier", "one", value=1, part_of="killed two guards, one soldier and three policemen"),
         F("three policemen", "three", value=3, part_of="killed two guards, one soldier and three policemen")],
        {"killed": 6},
    ),
    Case(
        "sums: a count told part by part in later sentences is the count",
        "Two bombs in Orsk killed seven people and injured 22 others. The first bomb went off at a market, injuring "
        "18 others. Four others were injured by the second bomb at the station.",
        [F("injured 22 others", "22", "injured", value=22), F("injuring 18 others", "18", "injured", value=18),
         F("Four others were injured", "Four", "injured", value=4)],
        {"injured": 22},
    ),
    # Parts never compete with totals.
    Case(
        "parts: '17 of the dead' is a part, never a rival report",
        "Gunmen killed 31 people in Ravo on Sunday. The mayor said 17 of the dead were children.",
        [F("killed 31 people", "31"), F("17 of the dead", "17", source="mayor")],
        {"killed": 31},
        profile="acled",
    ),
    # Other incidents: the document's event wins over background.
    Case(
        "background: an earlier year's kidnapping loses to this week's",
        "KESSA, 12 March 2021 - Gunmen kidnapped 30 students from a school on Friday. In 2014, the same group "
        "kidnapped 287 pupils in Varo.",
        KIDNAPPED,
        {"kidnapped": 30},
    ),
    Case(
        "background: 'years ago' marks another event",
        "Gunmen kidnapped 30 students from a school on Friday. Seven years ago, the same group kidnapped 287 pupils.",
        KIDNAPPED,
        {"kidnapped": 30},
    ),
    # No spurious totals: a total needs a figure of this event.
    Case(
        "spurious: only an earlier event's toll gives no total",
        "Heavy rain fell across Pella on Monday. Two years ago, floods in the region killed 40 people.",
        [F("killed 40 people", "40")],
        {},
    ),
    # Vague against numeric.
    Case("vague: a number beats 'dozens' it agrees with (emdat)", *DOZENS, {"injured": 60}, profile="emdat"),
    Case("vague: a number beats 'dozens' it agrees with (ucdp)", *DOZENS, {"injured": 60}, profile="ucdp"),
    Case("vague: a number beats 'dozens' it agrees with (acled)", *DOZENS, {"injured": 60}, profile="acled"),
    # One sentence, two totals: a number is derived once.
    Case(
        "derived once: 'destroyed or damaged' gives homeless, not affected too",
        *TWIN_HOUSES,
        {"houses_destroyed": 50000, "houses_damaged": 50000, "homeless": 250000},
        profile="emdat",
    ),
    Case(
        "sums: figures of another weekday are another incident of the story",
        "Four people were killed on Monday when police fired on marchers in Orlo. Two more marchers were shot "
        "dead in the capital on Wednesday.",
        [F("Four people were killed", "Four", value=4), F("Two more marchers were shot dead", "Two", value=2)],
        {"killed": 6},
    ),
    Case(
        "sums: another weekday in a report of the count is not another incident",
        "Four people were killed on Monday when police fired on marchers in Orlo. Six were killed, a medic told "
        "reporters on Wednesday.",
        [F("Four people were killed", "Four", value=4), F("Six were killed", "Six", value=6)],
        {"killed": 6},
        columns={"killed": {"basis": "report_max"}},
    ),
    # Storm Data narratives close with one fatality code per death (noaa).
    Case(
        "implicit: Storm Data fatality codes count the deaths (noaa)",
        "A tornado crossed the county and destroyed two mobile homes near Dell. (F71MH)(M74MH)",
        [],
        {"killed": 2},
        profile="noaa",
    ),
    Case(
        "implicit: fatality codes of the deaths a figure told are the same deaths (noaa)",
        "A tree fell on a car, killing one man near Dell. Two other people were injured. (M43VE)",
        [F("killing one man", "one", value=1), F("Two other people were injured", "Two", "injured", value=2)],
        {"killed": 1, "injured": 2},
        profile="noaa",
    ),
    Case(
        "implicit: fatality codes give the deaths the text leaves unsaid (noaa)",
        "A tornado destroyed two mobile homes near Dell, injuring four people. (F71MH)(M74MH)",
        [F("injuring four people", "four", "injured", value=4)],
        {"killed": 2, "injured": 4},
        profile="noaa",
        columns={"killed": {"basis": "fatality_codes", "implied_rows": "70:77;77:84"}},
    ),
    # Implicit counts.
    Case(
        "implicit: a victim told without a numeral is 1",
        "A bus driver was gunned down in Farro on Tuesday.",
        [F("A bus driver was gunned down", "A", value=1, rule="implicit_singular")],
        {"killed": 1},
    ),
    Case(
        "implicit: a new victim told without a numeral adds",
        "Gunmen shot dead three soldiers at a checkpoint in Farro. Later, a bus driver was also gunned down nearby.",
        [F("shot dead three soldiers", "three", value=3, group="soldiers"),
         F("a bus driver was also gunned down", "a", value=1, rule="implicit_singular")],
        {"killed": 4},
    ),
]  # fmt: skip

# Issue 17, second round: invented documents for the rules added then.
TELLER_LIST = "the teller and two guards were injured"
CASES_ISSUE17_LEFT = [
    Case(
        "linked incidents: a count 'across all three' of a series of six is shared by three (gtd)",
        "Gunmen stormed a bank in Varsk. This was one of six coordinated incidents in the town on the same day. "
        "At least 12 people were killed across all three assaults on banks.",
        [F("At least 12 people were killed", "At least 12", value=12, qualifier="at_least")],
        {"killed": 4},
        profile="gtd",
        columns={"killed": {"basis": "single:shared_by_3"}},
    ),
    Case(
        "linked incidents: 'across both attacks' of a series of four is shared by two (gtd)",
        "Rebels attacked a post in Orlo. This was one of four related attacks that week. Ten soldiers were "
        "wounded across both attacks on posts.",
        [F("Ten soldiers were wounded", "Ten", "injured", value=10, group="soldiers")],
        {"injured": 5},
        profile="gtd",
    ),
    Case(
        "parts: a count heading a list total's words is the total, not a part of it",
        "The blast caused the injury of over 40 people including 25 civilians, 10 police officers and 5 soldiers.",
        [F("injury of over 40 people", "over 40", "injured", value=40, qualifier="more_than", low=41,
           cumulative=True),
         F("injury of over 40 people including 25 civilians, 10 police officers and 5", "10 police officers and 5",
           "injured", value=15),
         F("25 civilians", "25", "injured", value=25, group="civilians", part_of="injury of over 40 people"),
         F("10 police", "10", "injured", value=10, group="police", part_of="injury of over 40 people"),
         F("5 soldiers", "5", "injured", value=5, group="soldiers", part_of="injury of over 40 people")],
        {"injured": 40},
    ),
    Case(
        "roles: a list after another clause's 'killing' keeps its first item",
        "Guards returned fire, killing the robber, and " + TELLER_LIST + " in the raid.",
        [F("killing the robber", "the robber", value=1, rule="implicit_singular"),
         F(TELLER_LIST, "the teller and two", "injured", value=3, trigger="were injured"),
         F(TELLER_LIST, "the teller", "injured", value=1, trigger="were injured", part_of=TELLER_LIST),
         F("two guards were injured", "two", "injured", value=2, trigger="were injured", part_of=TELLER_LIST)],
        {"killed": 1, "injured": 3},
    ),
    Case(
        "roles: the first of a list right after 'killing' was killed, not injured (gtd)",
        "Soldiers opened fire, killing the assailant and two civilians were injured in the crossfire.",
        [F("killing the assailant", "the assailant", value=1, rule="implicit_singular"),
         F("the assailant and two civilians were injured", "the assailant and two", "injured", value=3,
           trigger="were injured"),
         F("the assailant and two civilians were injured", "the assailant", "injured", value=1,
           trigger="were injured", part_of="the assailant and two civilians were injured"),
         F("two civilians were injured", "two", "injured", value=2, trigger="were injured",
           part_of="the assailant and two civilians were injured")],
        {"killed": 1, "injured": 2},
        profile="gtd",
    ),
    Case(
        "wad: a count told again as a breakdown with soldiers gives way to its civilians",
        "Nine people were killed in Tarsk on Friday. Officials said seven villagers and two soldiers died in the "
        "raid.",
        [F("Nine people were killed", "Nine", value=9),
         F("seven villagers and two soldiers died", "seven villagers and two", value=9),
         F("seven villagers", "seven", value=7, group="civilians", part_of="seven villagers and two soldiers died"),
         F("two soldiers died", "two", value=2, group="soldiers", part_of="seven villagers and two soldiers died")],
        {"killed": 7},
        profile="wad",
    ),
    Case(
        "wad: a count that differs from its later breakdown is kept",
        "Ten people were killed in Tarsk on Friday. Officials said seven villagers and two soldiers died in the "
        "raid.",
        [F("Ten people were killed", "Ten", value=10),
         F("seven villagers and two soldiers died", "seven villagers and two", value=9),
         F("seven villagers", "seven", value=7, group="civilians", part_of="seven villagers and two soldiers died"),
         F("two soldiers died", "two", value=2, group="soldiers", part_of="seven villagers and two soldiers died")],
        {"killed": 10},
        profile="wad",
    ),
    Case(
        "wad: 'Among those killed, at least 8 were civilians' is the civilians' count",
        "Eleven people died in a car bombing in Dors. Among those killed, at least 8 were civilians and three were "
        "police officers.",
        [F("Eleven people died", "Eleven", value=11), F("killed, at least 8", "at least 8", value=8,
                                                       qualifier="at_least")],
        {"killed": 8},
        profile="wad",
    ),
    Case(
        "implicit: a victim killed 'along with his driver' is 2",
        "A district judge was shot dead outside his office in Veln along with his driver on Monday.",
        [F("A district judge was shot dead", "A", value=1, rule="implicit_singular")],
        {"killed": 2},
    ),
    Case(
        "implicit: a victim killed 'along with four members of his family' is 5",
        "A village chief was killed along with four members of his family in an attack on Marro.",
        [F("A village chief was killed", "A", value=1, rule="implicit_singular")],
        {"killed": 5},
    ),
    Case(
        "implicit: companions with a row of their own are not counted twice",
        "A village chief was killed along with four others in an attack on Marro.",
        [F("A village chief was killed", "A", value=1, rule="implicit_singular"),
         F("four others", "four", value=4)],
        {"killed": 5},
    ),
    Case(
        "implicit: 'along with' a thing is no companion",
        "A shopkeeper was killed along with the goods of his store, which burned in the fire.",
        [F("A shopkeeper was killed", "A", value=1, rule="implicit_singular")],
        {"killed": 1},
    ),
    Case(
        "background: a count 'so far across the country' is of many events, not this one",
        "An arson attack killed four children in Pello on Sunday, officials said. Unrest has spread since the vote, "
        "with nine deaths recorded so far across the country.",
        [F("killed four children", "four", value=4, group="children"), F("nine deaths", "nine", value=9)],
        {"killed": 4},
    ),
    Case(
        "background: a count 'since the start of' a campaign is of many events",
        "The killing of a mayor in Lusk on Friday brought to 40 the number of officials killed since the start of "
        "the campaign. The mayor was the first woman to be killed.",
        [F("40 the number of officials killed", "40", value=40, cumulative=True),
         F("The mayor was the first woman to be killed", "The mayor", value=1, rule="implicit_singular")],
        {"killed": 1},
    ),
    Case(
        "background: 'earlier this month' marks another event",
        "The bodies of six herders were found near Tarn on Saturday. The same gang murdered 11 traders earlier "
        "this month.",
        [F("bodies of six herders", "six", value=6), F("murdered 11 traders", "11", value=11)],
        {"killed": 6},
    ),
    Case(
        "background: 'earlier this month' of another clause in the figure's words does not count",
        "A judge who led the inquiry into a riot in which nine people died earlier this month was shot dead in "
        "Tarn.",
        [F("A judge who led the inquiry into a riot in which nine people died earlier this month was shot dead",
           "A", value=1, rule="implicit_singular"),
         F("nine people died", "nine", value=9)],
        {"killed": 1},
    ),
    Case(
        "sums: a count 'in two separate attacks' is not added to with its incidents told one by one",
        "Gunmen killed 15 people in two separate attacks in Dorle district on Friday. Elsewhere in the district, a "
        "bus was ambushed and six passengers were shot dead. Later, raiders stormed a market, killing seven traders.",
        [F("killed 15 people", "15"), F("killing seven traders", "seven", value=7),
         F("six passengers were shot dead", "six", value=6)],
        {"killed": 15},
    ),
    Case(
        "sums: without a count of several incidents, a separate incident still adds",
        "Gunmen killed nine traders at a market in Dorle on Friday. Elsewhere, a bus was ambushed and six "
        "passengers were shot dead.",
        [F("killed nine traders", "nine", value=9), F("six passengers were shot dead", "six", value=6)],
        {"killed": 15},
    ),
    Case(
        "articles: the lead's count is another count of the infobox's, however far apart",
        "Storm Vella\n\nFatalities: 3\n\nStorm Vella\nStorm Vella was a long-lived storm. " + "It drifted east. " * 70
        + "Seven deaths were related to the storm: four in Arlo and three at sea.\n\nMeteorological history\n"
        "Vella formed in May.",
        [F("Fatalities: 3", "3", cumulative=True), F("Seven deaths", "Seven", value=7)],
        {"killed": 7},
    ),
    Case(
        "articles: a smaller count in the lead, far from the infobox, is a part of it",
        "Storm Vella\n\nFatalities: 9\n\nStorm Vella\nStorm Vella was a long-lived storm. " + "It drifted east. " * 70
        + "On May 21, a ship capsized, resulting in the deaths of seven crew members.\n\nMeteorological history\n"
        "Vella formed in May.",
        [F("Fatalities: 9", "9", cumulative=True), F("deaths of seven crew members", "seven", value=7)],
        {"killed": 9},
    ),
    Case(
        "wad: a chief's guards killed with him are armed guards, not civilians",
        "Three people including a village chief and his two guards were killed in a blast in Surra.",
        [F("Three people including a village chief and his two guards were killed", "Three", value=3),
         F("two guards were killed", "two", value=2,
           part_of="Three people including a village chief and his two guards were killed")],
        {"killed": 1},
        profile="wad",
    ),
    Case(
        "wad: 'two of his bodyguards' in a list are set aside, the official stays",
        "Militants claimed killing an election official and two of his bodyguards with a bomb in Tarse.",
        [F("killing an election official and two of his bodyguards", "an election official and two", value=3),
         F("an election official", "an", value=1,
           part_of="killing an election official and two of his bodyguards"),
         F("two of his bodyguards", "two", value=2, part_of="killing an election official and two of his bodyguards")],
        {"killed": 1},
        profile="wad",
    ),
    Case(
        "wad: 'Three of those killed were policemen' is taken off the count",
        "A shootout at a police office in Darve killed nine people on Monday. Three of those killed were "
        "policemen and six were clerks.",
        [F("killed nine people", "nine", value=9), F("Three of those killed", "Three", value=3)],
        {"killed": 6},
        profile="wad",
    ),
    Case(
        "wad: 'Three of those killed were children' is not taken off the count",
        "A shootout at a market in Darve killed nine people on Monday. Three of those killed were children.",
        [F("killed nine people", "nine", value=9), F("Three of those killed", "Three", value=3)],
        {"killed": 9},
        profile="wad",
    ),
    Case(
        "sums: a count told of 'the following Saturday' is another incident",
        "Clashes over grazing land in Kora left three herders dead. Five farmers were shot dead in a revenge attack "
        "by herders near the river the following Saturday.",
        [F("three herders dead", "three", value=3), F("Five farmers were shot dead", "Five", value=5)],
        {"killed": 8},
    ),
    Case(
        "sums: a larger count of the same day is a rival count, not another incident",
        "Clashes over grazing land in Kora left three herders dead. Five herders were shot dead in the clashes, a "
        "chief said.",
        [F("three herders dead", "three", value=3), F("Five herders were shot dead", "Five", value=5)],
        {"killed": 5},
    ),
    Case(
        "implicit: one named with an apposition before 'and two others' counts too",
        "Gunmen attacked a print shop in Velm. Arun Dass, a printer, and two clerks were injured in the attack.",
        [F("two clerks were injured", "two", "injured", value=2)],
        {"injured": 3},
    ),
    Case(
        "implicit: a clause before 'and two others' is not one person",
        "Gunmen attacked a print shop in Velm, fired at the windows, and two clerks were injured in the attack.",
        [F("two clerks were injured", "two", "injured", value=2)],
        {"injured": 2},
    ),
    Case(
        "sums: a separate incident equal to a sum so far still adds",
        "On Monday, rebels killed one trader in Oska and two more in Velt. Earlier on Monday, the same rebels shot "
        "dead three herders near Tarn.",
        [F("killed one trader", "one", value=1), F("two more in Velt", "two", value=2, trigger="killed one trader"),
         F("shot dead three herders", "three", value=3)],
        {"killed": 6},
    ),
    Case(
        "sums: a separate incident equal to a first count alone is a restatement",
        "On Monday, rebels killed three traders in Oska. Later, officials confirmed that three people had died.",
        [F("killed three traders", "three", value=3), F("three people had died", "three", value=3)],
        {"killed": 3},
    ),
    Case(
        "sums: 'the chairman and two other persons' are others than the chairman, not new to the total",
        "Gunmen raided two villages in Tarra, killing at least five people. Two village heads, the chairman of "
        "the youth group and two other persons were killed.",
        [F("killing at least five people", "at least five", value=5, qualifier="at_least"),
         F("the chairman of the youth group and two other persons were killed", "the chairman", value=3,
           rule="implicit_pair"),
         F("two other persons were killed", "two", value=2,
           part_of="the chairman of the youth group and two other persons were killed")],
        {"killed": 5},
    ),
    Case(
        "sums: after 'two of the protesters', another protester adds to the total",
        "Four protesters were killed in the capital on Monday. At least two of the protesters were killed by "
        "live rounds. Another protester was killed in Harle on Tuesday.",
        [F("Four protesters were killed", "Four", value=4),
         F("two of the protesters were killed", "two", value=2),
         F("Another protester was killed", "Another", value=1, rule="implicit_singular")],
        {"killed": 5},
    ),
    Case(
        "sums: after a detail that is no part ('Seven were killed in the square'), two more add to the detail",
        "Nine men were executed in Orsa. Seven were killed in the square and two more died in hospital.",
        [F("Nine men were executed", "Nine", value=9), F("Seven were killed", "Seven", value=7),
         F("two more died", "two", value=2)],
        {"killed": 9},
    ),
    Case(
        "wad: 'killed a peacekeeper and six civilians' is the six civilians",
        "Gunmen killed a U.N. peacekeeper and six civilians near Abra on Sunday.",
        [F("killed a U.N. peacekeeper and six civilians", "six", value=6, group="civilians")],
        {"killed": 6},
        profile="wad",
    ),
    Case(
        "raw: 'killed a peacekeeper and six civilians' is seven",
        "Gunmen killed a U.N. peacekeeper and six civilians near Abra on Sunday.",
        [F("killed a U.N. peacekeeper and six civilians", "six", value=6, group="civilians")],
        {"killed": 7},
    ),
    Case(
        "sums: a new victim told without a numeral on another weekday adds",
        "Troops killed four protesters at the border on Friday. A farmer was killed by gunfire near the fence on "
        "Monday.",
        [F("killed four protesters", "four", value=4),
         F("A farmer was killed", "A", value=1, rule="implicit_singular")],
        {"killed": 5},
    ),
    Case(
        "sums: the weekday of a sentence that ends with 'officials said' is the event's",
        "Troops killed four protesters at the border on Friday, medical officials said. A farmer was killed by "
        "gunfire near the fence on Monday, the ministry said. An air strike killed three teenagers on Sunday, "
        "according to the ministry.",
        [F("killed four protesters", "four", value=4),
         F("A farmer was killed", "A", value=1, rule="implicit_singular"),
         F("killed three teenagers", "three", value=3)],
        {"killed": 8},
    ),
    Case(
        "implicit: 'killed a local leader of the party and his brother' is 2",
        "Gunmen killed a local leader of the ruling party and his brother in Kesh on Thursday night.",
        [F("killed a local leader", "a", value=1, rule="implicit_singular")],
        {"killed": 2},
    ),
    Case(
        "implicit: 'was killed and his brother wounded' leaves the brother out of the dead",
        "The deputy mayor of Kesh was killed and his brother wounded in an explosion on Thursday.",
        [F("The deputy mayor of Kesh was killed", "The", value=1, rule="implicit_singular")],
        {"killed": 1},
    ),
    Case(
        "wad: 'A soldier and a village chief were killed' is the chief",
        "A soldier and a village chief were killed in an attack on Madra on Sunday.",
        [F("A soldier and a village chief were killed", "A soldier and a", value=2, rule="implicit_singular")],
        {"killed": 1},
        profile="wad",
    ),
    Case(
        "raw: 'A soldier and a village chief were killed' is 2",
        "A soldier and a village chief were killed in an attack on Madra on Sunday.",
        [F("A soldier and a village chief were killed", "A soldier and a", value=2, rule="implicit_singular")],
        {"killed": 2},
    ),
    Case(
        "wad: 'members of the Rapid Support Forces' are combatants",
        "A general said that 14 members of the Rapid Support Forces were killed in the raid on Kora, while a "
        "member of parliament said at least 9 civilians died.",
        [F("14 members of the Rapid Support Forces were killed", "14", value=14),
         F("at least 9 civilians died", "at least 9", value=9, qualifier="at_least", group="civilians")],
        {"killed": 9},
        profile="wad",
    ),
    Case(
        "implicit: 'Another official confirmed Ford was strangled' restates Ford",
        "A radio presenter was found dead in his flat in Bessa on Tuesday. Police said Ford was strangled. "
        "Another official confirmed Ford was strangled.",
        [F("A radio presenter was found dead", "A", value=1, rule="implicit_subject"),
         F("Ford was strangled", "Ford", value=1, rule="implicit_subject"),
         F("Another official confirmed Ford was strangled", "Another", value=1, rule="implicit_singular")],
        {"killed": 1},
    ),
    Case(
        "implicit: 'Another villager was strangled' is a new victim",
        "A radio presenter was found dead in his flat in Bessa on Tuesday. Another villager was strangled.",
        [F("A radio presenter was found dead", "A", value=1, rule="implicit_subject"),
         F("Another villager was strangled", "Another", value=1, rule="implicit_singular")],
        {"killed": 2},
    ),
    Case(
        "wad: 'seven persons, including a policeman, were killed' is 6",
        "No fewer than seven persons, including a policeman, were killed by raiders at a market in Kolo.",
        [F("No fewer than seven persons, including a policeman, were killed", "No fewer than seven", value=7,
           qualifier="at_least")],
        {"killed": 6},
        profile="wad",
        columns={"killed": {"implied_rows": "39:50"}},
    ),
    Case(
        "wad: 'One paramilitary soldier was among the dead' is taken off the count",
        "A suicide bomb attack on a market in Tesk killed at least 18 people. One paramilitary soldier was among "
        "the dead.",
        [F("killed at least 18 people", "at least 18", value=18, qualifier="at_least")],
        {"killed": 17},
        profile="wad",
    ),
    Case(
        "raw: 'including a policeman' stays in the count",
        "No fewer than seven persons, including a policeman, were killed by raiders at a market in Kolo.",
        [F("No fewer than seven persons, including a policeman, were killed", "No fewer than seven", value=7,
           qualifier="at_least")],
        {"killed": 7},
    ),
    Case(
        "sums: sentence victims told place by place add up (noaa)",
        "A squall line crossed the county. A man was injured when a tree fell on his truck. Four people were "
        "injured on Elm Avenue when a roof collapsed. Six people were injured at a fair near Dell.",
        [F("A man was injured", "A", "injured", value=1, rule="implicit_singular"),
         F("Four people were injured", "Four", "injured", value=4),
         F("Six people were injured", "Six", "injured", value=6)],
        {"injured": 11},
        profile="noaa",
    ),
    Case(
        "sums: sentence victims: a detail of care does not add (noaa)",
        "A tornado struck a trailer park near Dell, and about 40 people were injured. Six people were "
        "hospitalized, two in serious condition.",
        [F("about 40 people were injured", "about 40", "injured", value=40, qualifier="approximately"),
         F("Six people were hospitalized", "Six", "injured", value=6),
         F("two in serious condition", "two", "injured", value=2)],
        {"injured": 40},
        profile="noaa",
    ),
    Case(
        "sums: sentence victims are noaa's: news counts told again do not add (raw)",
        "Four people were injured in the blast in Tarn. Five people were injured, a hospital official said.",
        [F("Four people were injured", "Four", "injured", value=4),
         F("Five people were injured", "Five", "injured", value=5)],
        {"injured": 5},
    ),
    Case(
        "roles: 'three of the gunmen were killed and one was wounded': the one is a gunman (gtd)",
        "Gunmen fired on a compound in Wajo, wounding one guard. In the ensuing gun battle, three of the gunmen "
        "were killed and one was seriously wounded.",
        [F("wounding one guard", "one", "injured", value=1),
         F("three of the gunmen were killed", "three", value=3, group="perpetrators"),
         F("one was seriously wounded", "one", "injured", value=1)],
        {"killed": 3, "injured": 2},
        profile="gtd",
        columns={"injured": {"perpetrators": 1}},
    ),
    Case(
        "roles: 'three of the gunmen were killed and one was wounded': the wounded gunman is set aside in wad",
        "Gunmen fired on a compound in Wajo, wounding one guard. In the ensuing gun battle, three of the gunmen "
        "were killed and one was seriously wounded.",
        [F("wounding one guard", "one", "injured", value=1),
         F("three of the gunmen were killed", "three", value=3, group="perpetrators"),
         F("one was seriously wounded", "one", "injured", value=1)],
        {"killed": 3, "injured": 1},  # the gunmen's dead alone stay: no other killed row (see the wad profile)
        profile="wad",
    ),
    Case(
        "roles: 'shot and killed nine people ... before shooting and killing himself' is 10 (gtd)",
        "A gunman entered a classroom at a college in Ross. The assailant shot and killed nine people. He "
        "exchanged fire with police before shooting and killing himself.",
        [F("shot and killed nine people", "nine", value=9)],
        {"killed": 10},
        profile="gtd",
        columns={"killed": {"perpetrators": 1}},
    ),
    Case(
        "roles: 'Seven people, not including the suicide bomber, were killed' is 8 (gtd)",
        "A suicide bomber detonated himself on a train in Lorne. Seven people, not including the suicide bomber, "
        "were killed and dozens were injured.",
        [F("Seven people, not including the suicide bomber, were killed", "Seven", value=7)],
        {"killed": 8},
        profile="gtd",
    ),
    Case(
        "roles: 'Seven people, including the suicide bomber, were killed' is 7 (gtd)",
        "A suicide bomber detonated himself on a train in Lorne. Seven people, including the suicide bomber, "
        "were killed.",
        [F("Seven people, including the suicide bomber, were killed", "Seven", value=7)],
        {"killed": 7},
        profile="gtd",
    ),
    Case(
        "roles: 'killing himself and 28 others' is 29 (gtd)",
        "A suicide bomber targeting a minister detonated explosives in Arda, killing himself and 28 others.",
        [F("killing himself and 28 others", "28", value=28)],
        {"killed": 29},
        profile="gtd",
    ),
    Case(
        "roles: 'The suicide bomber drove ... and set off the bomb' died too (gtd)",
        "A convert staged an attack on a checkpoint in Orso. The suicide bomber drove a car up to the gate and "
        "set off the bomb, killing six soldiers.",
        [F("killing six soldiers", "six", value=6, group="soldiers")],
        {"killed": 7},
        profile="gtd",
    ),
    Case(
        "articles: a figure naming the article's own area is the event's, in whatever section",
        "2019 Lorn Valley floods\n\nDeaths: 12\n\n2019 Lorn Valley floods\nFloods struck the valley.\n\n"
        "Upper Lorn\nIn Upper Lorn, 5,000 people were affected.\n\nLower Lorn\nIn Lower Lorn, 3,000 people were "
        "affected. In the Lorn Valley, 9,000 people had been affected by the floods.",
        [F("Deaths: 12", "12", cumulative=True),
         F("5,000 people were affected", "5,000", "affected", value=5000),
         F("3,000 people were affected", "3,000", "affected", value=3000),
         F("9,000 people had been affected", "9,000", "affected", value=9000)],
        {"killed": 12, "affected": 9000},
    ),
    Case(
        "sums: 'one critically injured, and one minor injury' in a list are two",
        "The tornado caused one death, one critically injured, and one minor injury near Zeb.",
        [F("one death", "one", value=1), F("one critically injured", "one", "injured", value=1),
         F("one minor injury", "one", "injured", value=1)],
        {"killed": 1, "injured": 2},
    ),
    Case(
        "sums: 'was killed and his body found' is one",
        "The director of the clinic was killed and his body found in a car in Aden.",
        [F("The director of the clinic was killed", "The", value=1, rule="implicit_singular"),
         F("his body found", "his", value=1, rule="implicit_singular")],
        {"killed": 1},
    ),
    Case(
        "parts: '27 were injured (seven taken to hospital, another 20 slightly injured)' is 27",
        "A microburst overturned a trailer near Vell. Twenty-seven people were injured (seven were taken to the "
        "hospital, another 20 were just slightly injured).",
        [F("Twenty-seven people were injured", "Twenty-seven", "injured", value=27),
         F("seven were taken to the hospital", "seven", "injured", value=7,
           part_of="Twenty-seven people were injured"),
         F("another 20 were just slightly injured", "20", "injured", value=20)],
        {"injured": 27},
    ),
    Case(
        "parts: another count after a part that does not complete it still adds",
        "A microburst overturned a trailer near Vell. Twenty-seven people were injured (seven were taken to the "
        "hospital), and another 3 were hurt at a farm.",
        [F("Twenty-seven people were injured", "Twenty-seven", "injured", value=27),
         F("seven were taken to the hospital", "seven", "injured", value=7,
           part_of="Twenty-seven people were injured"),
         F("another 3 were hurt", "3", "injured", value=3)],
        {"injured": 30},
    ),
    Case(
        "roles: 'The assailant was shot and injured' is one injured (gtd)",
        "An assailant tried to stab guards outside a base in Hawa. The assailant was shot and injured in the "
        "ensuing clash.",
        [],
        {"injured": 1},
        profile="gtd",
    ),
    Case(
        "raw: guards count like anyone else",
        "Three people including a village chief and his two guards were killed in a blast in Surra.",
        [F("Three people including a village chief and his two guards were killed", "Three", value=3),
         F("two guards were killed", "two", value=2,
           part_of="Three people including a village chief and his two guards were killed")],
        {"killed": 3},
    ),
    Case(
        "roles: 'aside from the deaths of the two assailants' leaves them out of the injured (gtd)",
        "Two suicide bombers detonated their vests in Kell. Aside from the deaths of the two assailants, one "
        "guard was injured.",
        [F("two assailants, one guard was injured", "two assailants, one", "injured", value=3,
           trigger="was injured"),
         F("two assailants, one guard was injured", "two", "injured", value=2, group="perpetrators",
           trigger="was injured", part_of="two assailants, one guard was injured"),
         F("one guard was injured", "one", "injured", value=1, trigger="was injured",
           part_of="two assailants, one guard was injured")],
        {"killed": 2, "injured": 1},
        profile="gtd",
    ),
]  # fmt: skip

SERIES_DOC = (
    "A truck drove into a crowd at a fair in Varne. At least 12 people were killed in the attack. This was one "
    "of two attacks carried out on the same day; in an earlier event, the assailants killed two guards."
)

CASES_ISSUE17_THIRD = [
    Case(
        "sums: a bound ('up to 40') that admits the exact count told is no other report",
        "A truck bomb hit a market in Dova, killing 25 people and wounding 30 others. A radio station said that "
        "up to 40 people were wounded.",
        [F("killing 25 people", "25"),
         F("wounding 30 others", "30", "injured", value=30),
         F("up to 40 people were wounded", "up to 40", "injured", value=40, qualifier="at_most", high=40,
           source="A radio station")],
        {"killed": 25, "injured": 30},
        profile="gtd",
        columns={"injured": {"basis": "single", "other_rows": "103:131"}},
    ),
    Case(
        "ucdp: a bound that admits the count told is still the high estimate",
        "A truck bomb hit a market in Dova, killing 25 people and wounding 30 others. A radio station said that "
        "up to 40 people were wounded.",
        [F("killing 25 people", "25"),
         F("wounding 30 others", "30", "injured", value=30),
         F("up to 40 people were wounded", "up to 40", "injured", value=40, qualifier="at_most", high=40,
           source="A radio station")],
        {"killed": 25, "injured": 30},
        profile="ucdp",
        columns={"injured": {"low": 30, "high": 40}},
    ),
    Case(
        "sums: two bounds are two estimates ('at least four ... as many as nine'): the profile's conflict rule",
        "A car bomb hit a convoy in Lenk. Officials said the blast killed at least four civilians. Others said "
        "as many as nine people had been killed.",
        [F("killed at least four civilians", "at least four", value=4, qualifier="at_least"),
         F("as many as nine people had been killed", "as many as nine", value=9, qualifier="at_most", high=9)],
        {"killed": 9},
        columns={"killed": {"basis": "report_max"}},
    ),
    Case(
        "linked incidents: 'the second of two bomb blasts' with a count 'in the blasts' is shared by two (gtd)",
        "A bomb exploded on a bus in Tarvo. This was the second of two bomb blasts on buses that morning. "
        "Fourteen people were wounded in the blasts.",
        [F("Fourteen people were wounded", "Fourteen", "injured", value=14)],
        {"injured": 7},
        profile="gtd",
        columns={"injured": {"basis": "single:shared_by_2"}},
    ),
    Case(
        "linked incidents: a count 'for the bombings' after 'the first device of two' is shared (gtd)",
        "The first improvised explosive device of two detonated on a train in Mesk. The casualties for the "
        "bombings were listed as 30 injured.",
        [F("30 injured", "30", "injured", value=30)],
        {"injured": 15},
        profile="gtd",
    ),
    Case(
        "linked incidents: a count of one incident is not shared (gtd)",
        "This was the second of two bomb blasts on buses that morning. Six people were wounded on this bus.",
        [F("Six people were wounded", "Six", "injured", value=6)],
        {"injured": 6},
        profile="gtd",
    ),
    Case(
        "noaa: a victim told as someone new in a later sentence adds",
        "Winds knocked a tree onto a car, injuring two people. Power was out for a day. A child was injured "
        "when a limb fell onto a house.",
        [F("injuring two people", "two", "injured", value=2),
         F("A child was injured", "A child", "injured", value=1, rule="implicit_singular")],
        {"injured": 3},
        profile="noaa",
        columns={"injured": {"basis": "sum"}},
    ),
    Case(
        "noaa: someone else in the count's sentence, after 'while', adds",
        "A tornado struck a farmhouse. Two children received minor injuries while the father was badly injured "
        "by flying glass.",
        [F("Two children received minor injuries", "Two", "injured", value=2),
         F("the father was badly injured", "the father", "injured", value=1, rule="implicit_singular")],
        {"injured": 3},
        profile="noaa",
    ),
    Case(
        "noaa: someone told in the sentence right after a count is one of them",
        "A downburst hit the fair. Two persons sustained minor injuries. A vendor was hurt by a flying sign.",
        [F("Two persons sustained minor injuries", "Two", "injured", value=2),
         F("A vendor was hurt", "A vendor", "injured", value=1, rule="implicit_singular")],
        {"injured": 2},
        profile="noaa",
    ),
    Case(
        "noaa: someone told with words of care is one of the count",
        "A tornado crossed the town. Eleven people were injured. Roofs were torn off. A man was critically "
        "injured when he was blown through a window.",
        [F("Eleven people were injured", "Eleven", "injured", value=11),
         F("A man was critically injured", "A man", "injured", value=1, rule="implicit_singular")],
        {"injured": 11},
        profile="noaa",
    ),
    Case(
        "linked incidents: 'At the time of this attack another bomb exploded' and a count 'from the simultaneous "
        "attacks' is shared by two (gtd)",
        "A bomb exploded outside a cafe in Orra. At the time of this attack another bomb exploded in a hotel "
        "nearby. 40 people were killed and 90 injured from the simultaneous attacks.",
        [F("40 people were killed", "40"),
         F("90 injured", "90", "injured", value=90)],
        {"killed": 20, "injured": 45},
        profile="gtd",
    ),
    Case(
        "spurious: a count of homes evacuated is no count of evacuees",
        "The fire crossed the ridge on Monday. The next day, three homes were evacuated on Pine Road.",
        [F("three homes were evacuated", "three", "evacuated", value=3, unit="houses")],
        {},
    ),
    Case(
        "spurious: homes evacuated give way, people evacuated stay",
        "Officials evacuated 40 homes near the river. About 120 people were evacuated to a school.",
        [F("evacuated 40 homes", "40", "evacuated", value=40, unit="houses"),
         F("About 120 people were evacuated", "About 120", "evacuated", value=120, qualifier="approximately",
           low=None, high=None)],
        {"evacuated": 120, "displaced": 120},
    ),
    Case(
        "articles: a figure takes the place an earlier sentence of its paragraph opens with",
        STORM_INFOBOX + "Impact\nIn Haiti, rivers rose in the south. About 400 people were displaced. In Cuba, "
        "1,200 people were displaced.\n\nAftermath\nRelief began.",
        [DEATHS, F("About 400 people were displaced", "About 400", "displaced", value=400,
                   qualifier="approximately", low=None, high=None),
         F("1,200 people were displaced", "1,200", "displaced", value=1200)],
        {"killed": 12},
    ),
    Case(
        "articles: a paragraph's place is not carried into the next paragraph",
        STORM_INFOBOX + "Impact\nIn Haiti, rivers rose in the south.\nAbout 400 people were displaced. In Cuba, "
        "1,200 people were displaced.\n\nAftermath\nRelief began.",
        [DEATHS, F("About 400 people were displaced", "About 400", "displaced", value=400,
                   qualifier="approximately", low=None, high=None),
         F("1,200 people were displaced", "1,200", "displaced", value=1200)],
        {"killed": 12, "displaced": 1200},  # one place (Cuba): its figures are the event's, the larger kept
    ),
    Case(
        "roles: 'the other five assailants were killed' after a suicide bomber's blast counts him too (gtd)",
        "Six suicide bombers attacked a post in Derra. One suicide bomber detonated his vest and the other five "
        "assailants were killed by guards. Two guards were killed.",
        [F("five assailants were killed", "five", value=5, group="perpetrators"),
         F("Two guards were killed", "Two", value=2)],
        {"killed": 8},
        profile="gtd",
        columns={"killed": {"perpetrators": 6}},
    ),
    Case(
        "roles: a car bomb that 'failed to detonate' is no bomber who lived (gtd)",
        "A suicide bomber detonated his vest at a checkpoint in Varn, killing four soldiers. A second car bomb "
        "was defused after it failed to detonate.",
        [F("killing four soldiers", "four", value=4, group="soldiers")],
        {"killed": 5},
        profile="gtd",
    ),
    Case(
        "roles: a bomber who 'failed to detonate' his vest lived (gtd)",
        "A suicide bomber detonated a grenade at a gate in Varn, killing four soldiers. A second bomber failed to "
        "detonate his vest and was held.",
        [F("killing four soldiers", "four", value=4, group="soldiers")],
        {"killed": 4},
        profile="gtd",
    ),
    Case(
        "roles: an assailant who 'later killed himself' is one more dead (gtd)",
        "An assailant opened fire at a mall in Lenz. At least nine people were killed in the assault before the "
        "assailant fled and later killed himself.",
        [F("At least nine people were killed", "At least nine", value=9, qualifier="at_least")],
        {"killed": 10},
        profile="gtd",
        columns={"killed": {"perpetrators": 1}},
    ),
    Case(
        "roles: suicide bombers who detonated in the next sentence ('Soon after they detonated') are dead (gtd)",
        "Two suicide bombers entered a base in Orsk and opened fire. Soon after they detonated their "
        "explosives, killing seven.",
        [F("killing seven", "seven", value=7)],
        {"killed": 9},
        profile="gtd",
    ),
    Case(
        "roles: a later sentence's detonation by others is not the bombers' (gtd)",
        "Two suicide bombers were arrested at a gate in Orsk. Police detonated their vests in a field; seven "
        "people were killed in an earlier blast.",
        [F("seven people were killed", "seven", value=7)],
        {"killed": 7},
        profile="gtd",
    ),
    Case(
        "roles: 'In addition to the suicide bomber, eight people, including three assailants' is 9 (gtd)",
        "A suicide bomber detonated and assailants opened fire on a college in Verna. In addition to the suicide "
        "bomber, at least eight people, including three assailants, were killed.",
        [F("at least eight people, including three assailants, were killed", "at least eight", value=8,
           qualifier="at_least"),
         F("three assailants, were killed", "three", value=3, group="perpetrators",
           part_of="at least eight people, including three assailants, were killed")],
        {"killed": 9},
        profile="gtd",
    ),
    Case(
        "roles: 'Seven people, including the bomber, were killed' holds the bomber (gtd)",
        "A suicide bomber detonated his vest at a market in Verna. Seven people, including the bomber, were "
        "killed.",
        [F("Seven people, including the bomber, were killed", "Seven", value=7)],
        {"killed": 7},
        profile="gtd",
    ),
    Case(
        "linked incidents: another incident of the series ('in an earlier event ... killed two guards') is the "
        "other record's (gtd)",
        SERIES_DOC,
        [F("At least 12 people were killed", "At least 12", value=12, qualifier="at_least"),
         F("killed two guards", "two", value=2)],
        {"killed": 12},
        profile="gtd",
    ),
    Case(
        "raw: another incident of a series adds, as any separate incident does",
        SERIES_DOC,
        [F("At least 12 people were killed", "At least 12", value=12, qualifier="at_least"),
         F("killed two guards", "two", value=2)],
        {"killed": 14},
    ),
    Case(
        "linked incidents: a count in a clause on the series ('two bomb blasts which ... wounded 14') is shared "
        "(gtd)",
        "A bomb exploded on a bus in Tarvo. This was the second of two bomb blasts which struck buses within an "
        "hour and wounded 14 people.",
        [F("wounded 14 people", "14", "injured", value=14)],
        {"injured": 7},
        profile="gtd",
    ),
    Case(
        "linked incidents: 'the second of three brothers' names no series (gtd)",
        "Gunmen attacked a farm in Loma. Omar, the second of three brothers, was among the dead. Six people were "
        "killed in the attacks on the farm and its mill.",
        [F("Six people were killed", "Six", value=6)],
        {"killed": 6},
        profile="gtd",
    ),
    Case(
        "linked incidents: 'claimed responsibility for the attacks' does not make a count the series' (gtd)",
        "This was one of two coordinated attacks in Kell. Nine people were killed at the checkpoint and the group "
        "claimed responsibility for the attacks.",
        [F("Nine people were killed", "Nine", value=9)],
        {"killed": 9},
        profile="gtd",
    ),
    Case(
        "sums: '20 were killed and 80 others injured' are others than the dead, not more injured",
        "Six people were killed in clashes in Dhira. 82 people were injured in the clashes. A later report said "
        "that 20 protesters were killed and more than 80 others injured.",
        [F("Six people were killed", "Six", value=6),
         F("82 people were injured", "82", "injured", value=82),
         F("20 protesters were killed", "20", value=20),
         F("more than 80 others injured", "more than 80", "injured", value=80, qualifier="more_than", low=81)],
        {"killed": 20, "injured": 82},
    ),
    Case(
        "sums: 'Seventeen others were injured' after a count of injured still adds",
        "Five people were injured in the blast. Seventeen others were injured in a second blast.",
        [F("Five people were injured", "Five", "injured", value=5),
         F("Seventeen others were injured", "Seventeen", "injured", value=17)],
        {"injured": 22},
    ),
    Case(
        "raw: a victim told as someone new in a later sentence is a detail of the count",
        "Winds knocked a tree onto a car, injuring two people. Power was out for a day. A child was injured "
        "when a limb fell onto a house.",
        [F("injuring two people", "two", "injured", value=2),
         F("A child was injured", "A child", "injured", value=1, rule="implicit_singular")],
        {"injured": 2},
    ),
]  # fmt: skip

CASES_ISSUE17_FOURTH = [
    Case(
        "sums: one named and one more with a verb in the singular are one person",
        "A storm toppled an oak onto a van on Route 9. A nurse and the driver of the van was hurt.",
        [F("the driver of the van was hurt", "the driver", "injured", value=1, rule="implicit_singular")],
        {"injured": 1},
        profile="noaa",
    ),
    Case(
        "sums: one named and one more with a verb in the plural are two",
        "A storm toppled an oak onto a van on Route 9. A nurse and the driver of the van were hurt.",
        [F("the driver of the van were hurt", "the driver", "injured", value=1, rule="implicit_singular")],
        {"injured": 2},
        profile="noaa",
    ),
    Case(
        "sums: an indirect death told after a direct one adds (NWS: direct + indirect)",
        "Sleet glazed the roads of Ector County. Deputies found one frozen man near a barn on the 3rd. Radio "
        "stations also reported one indirect fatality, a driver whose car slid into a ditch.",
        [F("one frozen man", "one", value=1),
         F("one indirect fatality", "one", value=1)],
        {"killed": 2},
        profile="noaa",
    ),
    Case(
        "sums: an indirect death inside the count's own breakdown is a part, not added",
        "Snow and ice killed three people in Ector County, including one indirect fatality on an icy road.",
        [F("killed three people", "three", value=3),
         F("one indirect fatality", "one", value=1, part_of="killed three people")],
        {"killed": 3},
        profile="noaa",
    ),
    Case(
        "wad: a pair named without a numeral and closed by a comma ('A and B, both teachers,') is read, no crash",
        "Gunmen stopped a bus near Tarvo. Anna Kell and Mira Dost, both village teachers, were killed.",
        [F("Anna Kell and Mira Dost, both village teachers, were killed", "Anna Kell and Mira Dost", value=2,
           rule="implicit_pair")],
        {"killed": 2},
        profile="wad",
    ),
    Case(
        "gtd: 'a suicide bombing killed eight' adds its one bomber",
        "03/04/2009: On Friday, a suicide bombing killed eight people at a checkpoint in Dera, Punjab.",
        [F("killed eight people", "eight", value=8)],
        {"killed": 9},
        profile="gtd",
        columns={"killed": {"perpetrators": 1, "implied_rows": "23:40"}},
    ),
    Case(
        "gtd: suicide bombings in the plural name no number of bombers",
        "03/04/2009: On Friday, two suicide bombings killed eight people at checkpoints in Dera, Punjab.",
        [F("killed eight people", "eight", value=8)],
        {"killed": 8},
        profile="gtd",
    ),
    Case(
        "gtd: a suicide attack of an earlier year is another event's",
        "03/04/2009: Gunmen shot dead two guards at the house of a judge in Dera. The judge's brother was "
        "killed in a suicide attack last year.",
        [F("shot dead two guards", "two", value=2)],
        {"killed": 2},
        profile="gtd",
    ),
    Case(
        "linked incidents: one death told for a series of three is not shared down to none (gtd)",
        "A bomb exploded at a market in Tarvo. This was one of three coordinated attacks in the city on the same "
        "day. One person was killed across the three attacks.",
        [F("One person was killed", "One", value=1)],
        {"killed": 1},
        profile="gtd",
        columns={"killed": {"basis": "single:shared_by_3"}},
    ),
    Case(
        "negations: a victim whose own words deny the harm ('escaped injury') counts no one",
        "A falling limb injured a man on Elm Street, and another man, asleep in his bedroom, escaped injury.",
        [F("injured a man", "a man", "injured", value=1, rule="implicit_singular"),
         F("another man, asleep in his bedroom, escaped injury", "another man", "injured", value=1,
           rule="implicit_singular")],
        {"injured": 1},
        profile="noaa",
    ),
    Case(
        "negations: 'the driver was unhurt' alone is a stated zero",
        "A gust overturned a bus near Kell. The driver was unhurt.",
        [F("The driver was unhurt", "The driver", "injured", value=1, rule="implicit_singular")],
        {"injured": 0},
        columns={"injured": {"basis": "negated"}},
    ),
    Case(
        "roles: a later total equal to the victims' count plus the attackers' is of all of them (gtd)",
        "Clashes near Dora left 7 soldiers dead. 3 rebel fighters were also killed. In all, 10 people died.",
        [F("7 soldiers dead", "7", group="soldiers"),
         F("3 rebel fighters were also killed", "3", group="militants"),
         F("10 people died", "10", cumulative=True)],
        {"killed": 10},
        profile="gtd",
        columns={"killed": {"perpetrators": 3}},
    ),
    Case(
        "roles: a later total equal to the victims' count plus the attackers' is of all of them (acled)",
        "Clashes near Dora left 7 soldiers dead. 3 rebel fighters were also killed. In all, 10 people died.",
        [F("7 soldiers dead", "7", group="soldiers"),
         F("3 rebel fighters were also killed", "3", group="militants"),
         F("10 people died", "10", cumulative=True)],
        {"killed": 10},
        profile="acled",
    ),
    Case(
        "roles: a later total that is not that sum still leaves the attackers to add (gtd)",
        "Clashes near Dora left 7 soldiers dead. 3 rebel fighters were also killed. In all, 9 soldiers died.",
        [F("7 soldiers dead", "7", group="soldiers"),
         F("3 rebel fighters were also killed", "3", group="militants"),
         F("9 soldiers died", "9", group="soldiers", cumulative=True)],
        {"killed": 12},
        profile="gtd",
    ),
]  # fmt: skip

# Issue 17, fifth round: a sectioned article's total against its places' figures (invented articles).
TWO_PLACES_EVACUATED = (
    STORM_INFOBOX + "Kenya\nIn Kenya, 2,400 people were evacuated.\n\nUganda\nIn Uganda, 900 people were evacuated.\n\n"
)
TWO_PLACES_ROWS = [
    DEATHS,
    F("2,400 people were evacuated", "2,400", "evacuated"),
    F("900 people were evacuated", "900", "evacuated"),
]
PELO = (
    "Typhoon Test\n\nDeaths: 12\n\nTyphoon Test\nTyphoon Test struck Marovia. It flattened 4,000 homes on Pelo "
    "Island; consequently, over 24,000 people lost their homes.\n\nPelo Island\nIn Pelo, 24,000 people lost their "
    "homes.\n\nMarovia\nAcross Marovia, 600,000 people lost their homes."
)
PELO_ROWS = [
    DEATHS,
    F("over 24,000 people lost their homes", "24,000", "homeless", qualifier="more_than"),
    F("24,000 people lost their homes", "24,000", "homeless", nth=1),
    F("600,000 people lost their homes", "600,000", "homeless"),
]
CASES_ISSUE17_FIFTH = [
    Case(
        "articles: a figure of the body smaller than a place's is a part too: no total",
        TWO_PLACES_EVACUATED + "Aftermath\nSo far rescue teams have evacuated 310 people.",
        [*TWO_PLACES_ROWS, F("evacuated 310 people", "310", "evacuated")],
        {"killed": 12},
    ),
    Case(
        "articles: a figure of the body larger than every place's is still the event's",
        TWO_PLACES_EVACUATED + "Aftermath\nOverall, 5,100 people were evacuated.",
        [*TWO_PLACES_ROWS, F("5,100 people were evacuated", "5,100", "evacuated")],
        {"killed": 12, "displaced": 5100, "evacuated": 5100},
    ),
    Case(
        "articles: a place's figure in households bounds no count of people",
        STORM_INFOBOX + "Kenya\nIn Kenya, 2,400 families were evacuated.\n\nUganda\nIn Uganda, 900 families were "
        "evacuated.\n\nAftermath\nSo far rescue teams have evacuated 310 people.",
        [
            DEATHS,
            F("2,400 families were evacuated", "2,400", "evacuated", unit="families"),
            F("900 families were evacuated", "900", "evacuated", unit="families"),
            F("evacuated 310 people", "310", "evacuated"),
        ],
        {"killed": 12, "displaced": 310, "evacuated": 310},
    ),
    Case(
        "articles: the lead's figure smaller than a place's gives way to the largest place's",
        PELO,
        PELO_ROWS,
        {"killed": 12, "homeless": 600000},
        columns={"homeless": {"basis": "largest_place", "text": "600,000 people lost their homes"}},
    ),
    Case(
        "articles: the infobox's field smaller than a place's figure stays the article's count",
        STORM_INFOBOX + "Japan\nIn Japan, 20 people died.\n\nTaiwan\nIn Taiwan, 3 people died.",
        [DEATHS, F("20 people died", "20"), F("3 people died", "3")],
        {"killed": 12},
    ),
    Case(
        "articles: an infobox line takes no place from the lines after it",
        "East Africa floods\n\nLocation: Kenya, Rwanda\n\nTanzania\nDeaths: 40 in total\n25 in Kenya\n15 in "
        "Rwanda\n\nEast Africa floods\nFloods struck the region in April.\n\nKenya\nIn Kenya, 25 people died.\n\n"
        "Rwanda\nIn Rwanda, 15 people died.",
        [F("Deaths: 40", "40", cumulative=True), F("25 people died", "25"), F("15 people died", "15")],
        {"killed": 40},
    ),
    Case(
        "articles: each figure of a list takes the place told right after it: two places, no total",
        STORM_INFOBOX + "Impact\nPower cuts affected about 500 people in Amador County and 300 to 400 people in "
        "Calaveras County.",
        [
            DEATHS,
            F("about 500 people", "500", "affected", qualifier="approximately", low=None),
            F("300 to 400 people", "300 to 400", "affected", value=300, qualifier="range", low=300, high=400),
        ],
        {"killed": 12},
    ),
    Case(
        "articles: a place told before the figure and one after it: the one after is its own",
        STORM_INFOBOX + "Impact\nIn Marovia, 2,000 people were evacuated in Pelo.\n\nAftermath\nIn Pelo, 2,000 "
        "people were evacuated.",
        [
            DEATHS,
            F("2,000 people were evacuated", "2,000", "evacuated"),
            F("2,000 people were evacuated", "2,000", "evacuated", nth=1),
        ],
        {"killed": 12, "displaced": 2000, "evacuated": 2000},
    ),
]

# Session 11 (h41): "by" a weekday names the day a count had reached, not another incident's day.
CASES_ISSUE17_SIXTH = [
    Case(
        "sums: a count 'by Sunday' is the count reached, not another day's incident",
        "Twelve people died in the floods on Friday. By Sunday, 40 people had died across the region.",
        [F("Twelve people died", "Twelve", value=12), F("40 people had died", "40")],
        {"killed": 40},
    ),
    Case(
        "sums: 'by Tuesday's shelling' is the day of another incident",
        "Four protesters were killed on Monday. Three people were killed by Tuesday's shelling.",
        [F("Four protesters were killed", "Four", value=4), F("Three people were killed", "Three", value=3)],
        {"killed": 7},
    ),
]

# Session 13 (h54): Wikimpacts' event total of affected people is the sum of its countries' totals when the
# article states none (Wikimpacts' database fills an event's total upwards from its country-level figures,
# Database/fill_data_gap.py); invented articles.
TWO_COUNTRIES_AFFECTED = (
    STORM_INFOBOX + "Kenya\nIn Kenya, 2,400 people were affected.\n\nUganda\nIn Uganda, 900 people were affected.\n\n"
)
TWO_COUNTRIES_AFFECTED_ROWS = [
    DEATHS,
    F("2,400 people were affected", "2,400", "affected"),
    F("900 people were affected", "900", "affected"),
]
CASES_SUM_COUNTRIES = [
    Case(
        "wikimpacts: affected people of two countries and no event total: their sum",
        TWO_COUNTRIES_AFFECTED,
        TWO_COUNTRIES_AFFECTED_ROWS,
        {"killed": 12, "affected": 3300},
        profile="wikimpacts",
        columns={
            "affected": {"basis": "sum_countries", "rows": "91:117;138:162", "text": "2,400 people were affected"}
        },
    ),
    Case(
        "raw: affected people of two countries and no event total: no total",
        TWO_COUNTRIES_AFFECTED,
        TWO_COUNTRIES_AFFECTED_ROWS,
        {"killed": 12},
    ),
    Case(
        "wikimpacts: a country's own figures are combined first: its town's smaller figure is a detail",
        TWO_COUNTRIES_AFFECTED + "Aftermath\nIn Nairobi, 300 people were affected.",
        [*TWO_COUNTRIES_AFFECTED_ROWS, F("300 people were affected", "300", "affected")],
        {"killed": 12, "affected": 3300},
        profile="wikimpacts",
    ),
    Case(
        "wikimpacts: an event total in the lead smaller than the countries' sum gives way to the sum",
        STORM_INFOBOX.replace("struck two countries.", "struck two countries and affected 1,000 people.")
        + "Kenya\nIn Kenya, 2,400 people were affected.\n\nUganda\nIn Uganda, 900 people were affected.\n\n",
        [*TWO_COUNTRIES_AFFECTED_ROWS, F("affected 1,000 people", "1,000", "affected")],
        {"killed": 12, "affected": 3300},
        profile="wikimpacts",
        columns={"affected": {"basis": "sum_countries"}},
    ),
    Case(
        "wikimpacts: an event total in the lead larger than the countries' sum stays",
        STORM_INFOBOX.replace("struck two countries.", "struck two countries and affected 5,000 people.")
        + "Kenya\nIn Kenya, 2,400 people were affected.\n\nUganda\nIn Uganda, 900 people were affected.\n\n",
        [*TWO_COUNTRIES_AFFECTED_ROWS, F("affected 5,000 people", "5,000", "affected")],
        {"killed": 12, "affected": 5000},
        profile="wikimpacts",
        columns={"affected": {"basis": "single"}},
    ),
    Case(
        "wikimpacts: two places of one country are not two countries: no sum",
        STORM_INFOBOX + "Nairobi\nIn Nairobi, 2,400 people were affected.\n\nMombasa\nIn Mombasa, 900 people were "
        "affected.\n\n",
        [
            DEATHS,
            F("2,400 people were affected", "2,400", "affected"),
            F("900 people were affected", "900", "affected"),
        ],
        {"killed": 12},
        profile="wikimpacts",
    ),
    Case(
        "wikimpacts: a country told in households is not added to another's people",
        STORM_INFOBOX + "Kenya\nIn Kenya, 2,400 people were affected.\n\nUganda\nIn Uganda, 900 families were "
        "affected.\n\n",
        [
            DEATHS,
            F("2,400 people were affected", "2,400", "affected"),
            F("900 families were affected", "900", "affected", unit="families"),
        ],
        {"killed": 12},
        profile="wikimpacts",
    ),
    Case(
        "wikimpacts: evacuations of two countries are not summed (Wikimpacts labels no such displaced total)",
        TWO_PLACES_EVACUATED,
        TWO_PLACES_ROWS,
        {"killed": 12},
        profile="wikimpacts",
    ),
    Case(
        "wikimpacts: a vague word where the article gives the category no number: Wikimpacts' 200 to 900",
        STORM_INFOBOX + "Aftermath\nHundreds of residents were forced out of their homes by the floods.\n",
        [DEATHS, F("Hundreds of residents were forced out of their homes", "Hundreds", "displaced", qualifier="vague")],
        {"killed": 12, "displaced": 200},
        profile="wikimpacts",
        columns={"displaced": {"qualifier": "vague", "low": 200, "high": 900}},
    ),
    Case(
        "wikimpacts: a vague word in a short report with no number of its category: Wikimpacts' 2 to 6",
        "Several villagers were hurt when the storm tore roofs off homes on Tuesday.",
        [F("Several villagers were hurt", "Several", "injured", qualifier="vague")],
        {"injured": 2},
        profile="wikimpacts",
        columns={"injured": {"low": 2, "high": 6}},
    ),
    Case(
        "wikimpacts: a vague word beside places' numbers of its category records nothing",
        STORM_INFOBOX.replace(
            "struck two countries.", "struck two countries, and thousands of people fled their homes."
        )
        + "Kenya\nIn Kenya, 2,400 people were evacuated.\n\nUganda\nIn Uganda, 900 people were evacuated.\n\n",
        [*TWO_PLACES_ROWS, F("thousands of people fled their homes", "thousands", "displaced", qualifier="vague")],
        {"killed": 12, "displaced": None},
        profile="wikimpacts",
    ),
    Case(
        "raw: a vague word where the article gives the category no number still records no number",
        STORM_INFOBOX + "Aftermath\nHundreds of residents were forced out of their homes by the floods.\n",
        [DEATHS, F("Hundreds of residents were forced out of their homes", "Hundreds", "displaced", qualifier="vague")],
        {"killed": 12, "displaced": None},
    ),
]

CASES_KNOWN_GAPS = [
    Case(
        "a rival count inside the first one's words is taken for a part",
        "Seven people (police report) or fifteen people (eyewitness) have been killed in the dispute.",
        [
            F("Seven people (police report) or fifteen people (eyewitness) have been killed", "Seven", value=7),
            F("fifteen people (eyewitness) have been killed", "fifteen", value=15),
        ],
        {"killed": 15},
    ),
]

ALL_CASES = (
    CASES_BASIC
    + CASES_PROFILES
    + CASES_POOL
    + CASES_NO_FIGURE
    + CASES_INCIDENTS
    + CASES_VICTIMS
    + CASES_PLACES
    + CASES_ISSUE17
    + CASES_ISSUE17_LEFT
    + CASES_ISSUE17_THIRD
    + CASES_ISSUE17_FOURTH
    + CASES_ISSUE17_FIFTH
    + CASES_ISSUE17_SIXTH
    + CASES_SUM_COUNTRIES
)


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: f"{c.profile}: {c.id}")
def test_totals(case: Case) -> None:
    summary = summarize(table_of(case), profile=case.profile, texts={"d1": case.doc} if case.with_text else None)
    got = {str(r.category): (None if pd.isna(r.value) else int(r.value)) for r in summary.itertuples()}
    assert got == case.expected
    assert (summary["profile"] == case.profile).all()
    for category, expected in case.columns.items():
        row = summary[summary["category"] == category].iloc[0]
        for column, value in expected.items():
            actual = None if pd.isna(row[column]) else row[column]
            assert actual == value, f"{category}.{column}"


@pytest.mark.xfail(strict=True, reason="known gap: see the case")
@pytest.mark.parametrize("case", CASES_KNOWN_GAPS, ids=lambda c: f"{c.profile}: {c.id}")
def test_known_gaps(case: Case) -> None:
    test_totals(case)


@pytest.mark.parametrize("case", ALL_CASES + CASES_KNOWN_GAPS, ids=lambda c: f"{c.profile}: {c.id}")
def test_every_summary_row_traces_back_to_extraction_rows(case: Case) -> None:
    table = table_of(case)
    assert_traceable(table, summarize(table, profile=case.profile), {"d1": case.doc})
    assert_traceable(table, summarize(table, profile=case.profile, texts={"d1": case.doc}), {"d1": case.doc})


def assert_traceable(table: pd.DataFrame, summary: pd.DataFrame, docs: dict[str, str]) -> None:
    """Every span a summary row names is a row of the table, of the same document; its text is the document's."""
    spans = {(r.doc_id, r.start, r.end) for r in table.itertuples()}
    for r in summary.itertuples():
        if pd.isna(r.rows):  # attackers' dead read from words alone: the words are named, in the document
            assert not pd.isna(r.implied_rows) and pd.isna(r.start)
            for span in str(r.implied_rows).split(";"):
                start, end = (int(x) for x in span.split(":"))
                assert 0 <= start < end <= len(docs[str(r.doc_id)])
            continue
        named = str(r.rows).split(";") + ([] if pd.isna(r.other_rows) else str(r.other_rows).split(";"))
        for span in named:
            start, end = (int(x) for x in span.split(":"))
            assert (r.doc_id, start, end) in spans, f"{r.doc_id} {r.category}: {span} is not an extraction row"
        assert (r.doc_id, r.start, r.end) in spans
        assert docs[str(r.doc_id)][int(r.start) : int(r.end)] == r.text
        assert str(r.rows).split(";")[0] == f"{r.start}:{r.end}"


@pytest.mark.parametrize("profile", PROFILES)
def test_columns_and_dtypes_are_fixed(profile: str) -> None:
    doc, specs = POLICE_WITNESSES
    for table in (to_frame([("d1", build(doc, specs))]), figures.empty_frame()):
        summary = summarize(table, profile=profile)
        assert list(summary.columns) == list(SUMMARY_COLUMNS)
        assert {c: str(t) for c, t in summary.dtypes.items()} == {c: str(t) for c, t in SUMMARY_COLUMNS.items()}


def test_documents_keep_their_order_and_a_document_without_figures_gets_no_row() -> None:
    docs = {
        "b": "Gunmen killed 3 people.",
        "a": "The talks resumed.",
        "c": "The floods displaced 4,000 people and killed 2.",
    }
    figs = {
        "b": [F("killed 3 people", "3")],
        "a": [],
        "c": [F("displaced 4,000 people", "4,000", category="displaced"), F("killed 2", "2")],
    }
    table = to_frame([(d, build(docs[d], figs[d])) for d in docs])
    summary = summarize(table)
    assert list(zip(summary["doc_id"], summary["category"].astype(str), summary["value"], strict=True)) == [
        ("b", "killed", 3),
        ("c", "killed", 2),
        ("c", "displaced", 4000),
    ]
    assert_traceable(table, summary, docs)


def test_summary_of_a_table_read_back_from_csv_is_the_same(tmp_path: Path) -> None:
    case = CASES_BASIC[4]  # running total then new figures: uses cumulative, sentence and number spans
    table = table_of(case)
    table.to_csv(tmp_path / "t.csv", index=False)
    again = pd.read_csv(tmp_path / "t.csv")
    pd.testing.assert_frame_equal(summarize(again), summarize(table))


CASES_BAD_CALL = [
    ("unknown profile", lambda: summarize(figures.empty_frame(), profile="who"), "unknown profile 'who'"),
    ("missing column", lambda: summarize(figures.empty_frame().drop(columns=["number_start"])), "number_start"),
]

CASES_BAD_PROFILE = [
    ("unknown key", {"p": {"rangevalue": "low"}}, "p: unknown keys rangevalue"),
    ("bad conflict rule", {"p": {"conflict": "median"}}, "p.conflict: must be one of"),
    ("negative vague number", {"p": {"vague": {"dozens": {"value": -1}}}}, "p.vague.dozens.value"),
    ("unknown category", {"p": {"derive": {"homeless": {"from": "houses", "factor": 5}}}}, "p.derive.homeless.from"),
    ("unknown pooled category", {"p": {"pool": {"displaced": ["evacuees"]}}}, "p.pool.displaced"),
    ("unknown category summed by country", {"p": {"sum_countries": ["affectd"]}}, "p.sum_countries"),
    ("vague_alone not a flag", {"p": {"vague_alone": "yes"}}, "p.vague_alone: must be true or false"),
]


@pytest.mark.parametrize(("name", "call", "message"), CASES_BAD_CALL, ids=[c[0] for c in CASES_BAD_CALL])
def test_bad_call_gives_a_clear_error(name: str, call: Any, message: str) -> None:
    with pytest.raises(ValueError, match=regex.escape(message)):
        call()


@pytest.mark.parametrize(("name", "data", "message"), CASES_BAD_PROFILE, ids=[c[0] for c in CASES_BAD_PROFILE])
def test_bad_profile_file_names_the_file_and_key(name: str, data: object, message: str, tmp_path: Path) -> None:
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=regex.escape(f"{path} {message}")):
        load_profiles(path)


def test_invalid_json_names_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"p": {\n "conflict": first}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"p\.json:2: not valid JSON"):
        load_profiles(path)


def test_every_packaged_vague_entry_says_where_it_comes_from() -> None:
    for name in PROFILES:
        for word, entry in get_profile(name).vague.items():
            assert entry.basis, f"{name}: {word}"


def test_real_extraction_rows_trace_back() -> None:
    """On the extractor's own output for the fixture article, every summary row names real rows."""
    docs = {p.stem: p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))}
    table = figures.extract_documents(docs.items())
    for profile in PROFILES:
        assert_traceable(table, summarize(table, profile=profile), docs)


# ---------------------------------------------------------------------------
# Any table: the summary never fails and always names real rows

SENTENCE_FORMS = ("{n} people were killed.", "Another {n} died.", "The death toll rose to {n}.", "{n} were injured.")


@st.composite
def random_documents(draw: st.DrawFn) -> tuple[str, list[F]]:
    sentences = draw(st.lists(st.tuples(st.sampled_from(SENTENCE_FORMS), st.integers(0, 5000)), min_size=1, max_size=8))
    doc, specs = "", []
    for form, n in sentences:
        sentence = form.format(n=n)
        number = str(n)
        figure = sentence.rstrip(".")
        nth = doc.count(figure)
        doc += sentence + " "
        specs.append(
            F(
                figure,
                number,
                category="injured" if "injured" in sentence else "killed",
                nth=nth,
                cumulative=True if "toll" in sentence else draw(st.sampled_from([None, False])),
                negated=n == 0,
                source=draw(st.sampled_from([None, "police", "witnesses"])),
            )
        )
    return doc, specs


@settings(max_examples=150, deadline=None)
@given(random_documents(), st.sampled_from(PROFILES))
def test_any_table_gives_a_traceable_summary(document: tuple[str, list[F]], profile: str) -> None:
    doc, specs = document
    table = to_frame([("d1", build(doc, specs))])
    summary = summarize(table, profile=profile)
    assert_traceable(table, summary, {"d1": doc})
    for r in summary.itertuples():
        assert r.n_mentions == (table["category"] == r.category).sum()
        assert pd.isna(r.value) or r.value >= 0
        assert pd.isna(r.value) or (r.reported_low <= r.value <= r.reported_high)


# session 8: "Six people, not including the bomber, were killed" is read as 7 by the table (excluded_aside,
# the bomber a part marked perpetrators); the gtd profile, which adds attackers the text tells without a
# row, must not add him a second time, and the wad profile sets him aside.
@pytest.mark.parametrize(("profile", "killed"), [("gtd", 7), ("wad", 6)])
def test_excluded_aside_is_added_once(profile: str, killed: int) -> None:
    text = (
        "A suicide bomber detonated his vest on a crowded ferry near the harbour. Six passengers, not "
        "including the suicide bomber, were killed and dozens were injured."
    )
    table = figures.extract_documents([("ferry", text)])
    totals = summarize(table, profile=profile)
    got = totals[totals["category"] == "killed"]["value"].tolist()
    assert got == [killed], totals.to_string()
