"""The quantity extractor (figures.quantity): what only it finds, where it stays silent, each guard.

Every case runs ``figures.quantity.extract(text)`` on its own (``known=None``,
so no pattern figure explains any number) and compares the complete list of
figures, in text order, as (category, value, low, high, qualifier, unit,
number text, trigger). Expected rows were written by reading the sentences.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from figures import quantity
from figures.grammar import clause_link

ROOT = Path(__file__).resolve().parents[1]

Row = tuple[str, int | None, int | None, int | None, str, str, str, str]


class Case(NamedTuple):
    id: str
    text: str
    rows: tuple[Row, ...]


# Sentences the pattern extractor gave nothing for when these were written
# (WAD, Wikimpacts and IDMC dev sentences, shortened), read by the clause rules.
CASES_ONLY_QUANTITY: tuple[Case, ...] = (
    Case(
        "subject_with_place_and_second_clause",
        "At least 16 inmates in a Cieneguillas, Zacatecas prison were killed and five more were wounded in a riot.",
        (
            ("killed", 16, 16, None, "at_least", "people", "At least 16", "killed"),
            ("injured", 5, 5, 5, "exact", "people", "five", "wounded"),
        ),
    ),
    Case(
        "subject_with_long_noun_phrase",
        "Two staff members with Action Against Hunger were shot dead by unidentified armed individuals.",
        (("killed", 2, 2, 2, "exact", "people", "Two", "shot dead"),),
    ),
    Case(
        "subject_with_unclosed_including",
        "At least 11 people, including women and children have been killed in clashes.",
        (("killed", 11, 11, None, "at_least", "people", "At least 11", "killed"),),
    ),
    Case(
        "object_after_a_family_of",
        "Gunmen stormed the farm and killed a family of six.",
        (("killed", 6, 6, 6, "exact", "people", "six", "killed"),),
    ),
    Case(
        "coordinated_verbs_one_act",
        "The convoy travelled 20 km before 12 soldiers were ambushed and killed.",
        (("killed", 12, 12, 12, "exact", "people", "12", "killed"),),
    ),
    Case(
        "count_noun_with_of_the",
        "Around 300,000 of the evacuees were able to return to their homes within a week.",
        (("evacuated", 300000, None, None, "approximately", "people", "Around 300,000", "evacuees"),),
    ),
)

# The trigger a number belongs to: same clause, structure before characters.
CASES_LINKING: tuple[Case, ...] = (
    Case(
        "clause_break_while",
        "Officials evacuated the town, while 300 were reported missing.",
        (("missing", 300, 300, 300, "exact", "people", "300", "reported missing"),),
    ),
    Case(
        "tie_active_verb_before_beats_bare_participle_after",
        "Militants killed 12 wounded soldiers.",
        (("killed", 12, 12, 12, "exact", "people", "12", "killed"),),
    ),
    Case(
        "each_number_its_own_verb",
        "The blast killed 12 injured 30.",
        (
            ("killed", 12, 12, 12, "exact", "people", "12", "killed"),
            ("injured", 30, 30, 30, "exact", "people", "30", "injured"),
        ),
    ),
    Case(
        "and_before_a_number_starts_a_clause",
        "Fighting killed 12 and 30 were wounded.",
        (
            ("killed", 12, 12, 12, "exact", "people", "12", "killed"),
            ("injured", 30, 30, 30, "exact", "people", "30", "wounded"),
        ),
    ),
    Case(
        "object_of_the_earlier_verb_not_the_coordinated_one",
        "Gunmen abducted at least six people and killed their driver.",
        (("kidnapped", 6, 6, None, "at_least", "people", "at least six", "abducted"),),
    ),
    Case(
        "housing_head_noun",
        "In 2017 some 20 houses were damaged.",
        (("houses_damaged", 20, None, None, "approximately", "houses", "some 20", "damaged"),),
    ),
    Case(
        "year_beside_a_figure",
        "Floods in 2019 displaced 300 people.",
        (("displaced", 300, 300, 300, "exact", "people", "300", "displaced"),),
    ),
    Case(
        "had_to_is_a_fact",
        "About 300 residents had to flee.",
        (("displaced", 300, None, None, "approximately", "people", "About 300", "had to flee"),),
    ),
    Case(
        "households_unit",
        "About 1,200 households were displaced by the floods.",
        (("displaced", 1200, None, None, "approximately", "households", "About 1,200", "displaced"),),
    ),
)

# quantulum3's known faults: where it is wrong, our row is right.
CASES_GUARDS: tuple[Case, ...] = (
    Case(
        "half_a_million_is_not_1_5_million",
        "Half a million people fled the fighting.",
        (("displaced", 500000, 500000, 500000, "exact", "people", "Half a million", "fled"),),
    ),
    Case(
        "1_5m_people_are_not_metres",
        "1.5m people were affected by the drought.",
        (("affected", 1500000, 1500000, 1500000, "exact", "people", "1.5m", "affected"),),
    ),
    Case(
        "120k_people_are_not_kibibytes",
        "120k people were displaced by the floods.",
        (("displaced", 120000, 120000, 120000, "exact", "people", "120k", "displaced"),),
    ),
    Case(
        "range_not_collapsed_to_midpoint",
        "10-15 people died in the clashes.",
        (("killed", 10, 10, 15, "range", "people", "10-15", "died"),),
    ),
    Case(
        "between_range_not_split_at_and",
        "Between 200 and 300 houses were destroyed by the storm.",
        (("houses_destroyed", 200, 200, 300, "range", "houses", "Between 200 and 300", "destroyed"),),
    ),
    Case(
        "word_range_kept",
        "Police said 20 to 30 people were injured.",
        (("injured", 20, 20, 30, "range", "people", "20 to 30", "injured"),),
    ),
    Case(
        "qualifier_more_than_kept",
        "More than 4,000 villagers fled towards the border.",
        (("displaced", 4000, 4000, None, "more_than", "people", "More than 4,000", "fled"),),
    ),
    Case(
        "qualifier_up_to_kept",
        "Rescuers evacuated up to 800 residents.",
        (("evacuated", 800, None, 800, "at_most", "people", "up to 800", "evacuated"),),
    ),
)

# Sentences with a trigger and a number where no figure may come out.
CASES_SILENT: tuple[Case, ...] = (
    Case("year", "Since 2011, fighting has displaced families across the region.", ()),
    Case("date", "On 12 March residents fled the town.", ()),
    Case("time", "At 10:30 residents fled the building.", ()),
    Case("age", "A 12-year-old was killed in the attack.", ()),
    Case("percent_sign", "About 40% of residents were displaced.", ()),
    Case("percent_words", "40 per cent of the population were affected.", ()),
    Case("money_dollars", "The storm caused $5 million in damage and affected the whole region.", ()),
    Case("money_unknown_currency_sign", "The storm affected crops worth ₱52 million.", ()),
    Case("distance", "The convoy travelled 20 km before it was attacked and residents fled.", ()),
    Case("magnitude", "A 7.1 magnitude earthquake killed villagers.", ()),
    Case("magnitude_hyphen", "The 6.4-magnitude quake injured villagers in the north.", ()),
    Case("degrees", "Temperatures of 40 degrees killed livestock.", ()),
    Case("unit_only_quantulum3_knows", "The outage affected 400 megawatts of supply.", ()),
    Case("metres_without_people", "The flood affected 1.5m of road.", ()),
    Case("agent_not_victim", "Two gunmen killed a police officer.", ()),
    Case("agent_with_perfect", "Two female suicide bombers have killed shoppers.", ()),
    Case("possibility", "The offensive could displace 1.5 million people.", ()),
    Case("plan", "An estimated 1,000 people were planned to be evacuated.", ()),
    Case("need", "Officials warned that as many as 5,000 people may need to be evacuated.", ()),
    Case("conditional_obligation", "If the dam breaks, 10,000 people will have to be evacuated.", ()),
    Case("subset_among", "Four firefighters were among the dead.", ()),
    Case("subset_included", "The dead included six children.", ()),
    Case("subset_included_past", "Those killed included three children.", ()),
    Case("not_victims", "The floods affected 12 districts in the north.", ()),
    Case("partial_count_coordination", "Nine men and a woman were killed.", ()),
    Case("other_clause_semicolon", "Rescuers evacuated the town; 40 volunteers helped.", ()),
    Case("object_behind_preposition", "Villagers were displaced in 3 waves.", ()),
    Case("no_trigger", "The committee met 12 times in 2019.", ()),
    Case("indian_grouping_quantulum3_splits", "More than 27,00,000 people were affected.", ()),
)


def _rows(text: str) -> tuple[Row, ...]:
    return tuple(
        (f.category, f.value, f.low, f.high, f.qualifier, f.unit, text[f.number_start : f.number_end], f.trigger)
        for f in quantity.extract(text)
    )


@pytest.mark.parametrize(
    "case",
    [*CASES_ONLY_QUANTITY, *CASES_LINKING, *CASES_GUARDS, *CASES_SILENT],
    ids=lambda c: c.id,
)
def test_quantity_extract(case: Case) -> None:
    assert _rows(case.text) == case.rows


@pytest.mark.parametrize("case", [*CASES_ONLY_QUANTITY, *CASES_LINKING, *CASES_GUARDS], ids=lambda c: c.id)
def test_rows_are_well_formed(case: Case) -> None:
    for f in quantity.extract(case.text):
        assert f.text == case.text[f.start : f.end]
        assert f.trigger == case.text[f.trigger_start : f.trigger_end]
        assert f.extractor == "quantity"
        assert f.rule in ("quantulum3:subject", "quantulum3:object")


# What quantulum3 itself says for the texts the guards above fix: if a new
# quantulum3 stops making one of these mistakes, the guard may be retired.
QUANTULUM3_FAULTS = (
    pytest.param("Half a million people fled.", "Half a million", 1_500_000.0, "dimensionless", id="half_a_million"),
    pytest.param("1.5m people were affected.", "1.5m", 1.5, "metre", id="metres"),
    pytest.param("120k people were displaced.", "120k", 120.0, "kelvin", id="kelvin"),
    pytest.param("10-15 people died.", "10-15", 12.5, "dimensionless", id="midpoint"),
    pytest.param("In 2017 people fled.", "2017", 2017.0, "dimensionless", id="year_as_count"),
    pytest.param("A 7.1 magnitude quake killed 12.", "7.1", 7.1, "dimensionless", id="magnitude_as_count"),
)


@pytest.mark.parametrize(("text", "surface", "value", "unit"), QUANTULUM3_FAULTS)
def test_quantulum3_faults_the_guards_fix(text: str, surface: str, value: float, unit: str) -> None:
    found = [(q.surface, q.value, q.unit) for q in quantity.quantities(text)]
    assert (surface, value, unit) in found


def test_quantities_offsets_are_document_offsets() -> None:
    text = "Intro sentence here. Later 254 people were killed."
    start = text.index("Later")
    [q] = quantity.quantities(text, start, len(text))
    assert text[q.start : q.end] == "254"


def test_known_figures_explain_their_numbers() -> None:
    text = "Fighting killed 12 and 30 were wounded."
    first = quantity.extract(text)
    assert [f.value for f in first] == [12, 30]
    assert quantity.extract(text, known=first) == []
    assert [f.value for f in quantity.extract(text, known=first[:1])] == [30]


CLAUSES = (
    pytest.param("12 died; 30 fled", ["12 died", "30 fled"], id="semicolon"),
    pytest.param("Floods displaced 300 families, while 12 people died.",
                 ["Floods displaced 300 families", "while 12 people died."], id="comma_while"),
    pytest.param("Fighting killed 12 and 30 were wounded", ["Fighting killed 12", "and 30 were wounded"],
                 id="and_number"),
    pytest.param("Between 200 and 300 houses were destroyed", ["Between 200 and 300 houses were destroyed"],
                 id="between_and_kept"),
    pytest.param("Deaths: 12", ["Deaths: 12"], id="colon_before_number_kept"),
    pytest.param("women and children were killed", ["women and children were killed"], id="and_noun_kept"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_clauses(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in clause_link.clauses(text, 0, len(text))] == expected


# Each line runs in a fresh interpreter with warnings as errors: quantulum3
# must load only when a sentence needs it, and leave no warning, root handler
# or root level behind.
CONTAINMENT = """
import logging, sys
import figures
assert 'quantulum3' not in sys.modules, 'import figures loaded quantulum3'
figures.extract('the fighting has killed 254 people', extractors=('pattern',))
assert 'quantulum3' not in sys.modules, 'the pattern extractor loaded quantulum3'
root = logging.getLogger()
before = (root.level, list(root.handlers))
df = figures.extract('Two staff members were shot dead.', extractors=('quantity',))
assert 'quantulum3' in sys.modules, 'quantulum3 was never asked'
assert list(df['value']) == [2], df
assert (root.level, list(root.handlers)) == before, (root.level, root.handlers)
print('ok')
"""


def test_quantulum3_is_lazy_and_contained() -> None:
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", CONTAINMENT], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
    assert result.stderr == ""


DETERMINISM = """
import sys
import figures
text = open(sys.argv[1], encoding='utf-8').read()
figures.extract(text, 'doc', extractors=('pattern', 'quantity')).to_csv(sys.stdout, index=False)
"""


def test_same_output_in_three_fresh_processes(tmp_path: Path) -> None:
    # Texts where quantulum3 runs, each process with its own hash seed so that
    # any dependence on set or dict order would show.
    cases = [c.text for c in (*CASES_ONLY_QUANTITY, *CASES_LINKING, *CASES_GUARDS, *CASES_SILENT)]
    doc = tmp_path / "doc.txt"
    doc.write_text("\n\n".join(cases), encoding="utf-8")
    outputs = []
    for seed in ("0", "1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-c", DETERMINISM, str(doc)], capture_output=True, cwd=ROOT, env=env, check=True
        )
        outputs.append(result.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
    assert outputs[0].count(b"\n") > len(CASES_ONLY_QUANTITY)  # header and rows: something was extracted


def test_budget_bounds_what_quantulum3_reads() -> None:
    # Every clause holds a candidate ("... fled and 234"); quantulum3 may read
    # BUDGET_SHARE of the text and BUDGET_FLOOR more, so figures stop early.
    text = "The people fled and 234 " * 2000
    found = quantity.extract(text)
    budget = quantity.BUDGET_FLOOR + int(len(text) * quantity.BUDGET_SHARE)
    assert found
    assert len(found) < 2000
    assert max(f.number_end for f in found) < len(text) / 2
    assert sum(f.number_end - f.number_start for f in found) <= budget


def test_runtime_type_checks_off_only_while_importing() -> None:
    # quantulum3's inflect is imported with typeguard's decorator a no-op (as under
    # python -O); typeguard must get its own decorator back, also after an error
    typeguard = pytest.importorskip("typeguard")
    original = typeguard.typechecked

    def f(x: int) -> int:
        return x

    with quantity._no_runtime_type_checks():
        assert typeguard.typechecked(f) is f
        assert typeguard.typechecked(forward_ref_policy=None)(f) is f
    assert typeguard.typechecked is original
    with pytest.raises(RuntimeError), quantity._no_runtime_type_checks():
        raise RuntimeError
    assert typeguard.typechecked is original
