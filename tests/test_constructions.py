"""Every construction of the grammar's table gives its examples' rows, under its own rule name,
and nothing for its near misses (figures.grammar.constructions)."""

from __future__ import annotations

from pathlib import Path

import pytest

import figures
from figures import grammar
from figures.grammar import share
from figures.grammar.constructions import CONSTRUCTIONS, ROW_STAGES, with_rule_table
from figures.grammar.engine import compile_pattern
from figures.patterns import extract as extract_patterns

EXAMPLES = [
    pytest.param(c.name, sentence, rows, id=f"{c.name}:{i}")
    for c in CONSTRUCTIONS
    for i, (sentence, rows) in enumerate(c.examples)
]
NEAR_MISSES = [
    pytest.param(c.name, sentence, id=f"{c.name}:near:{i}")
    for c in CONSTRUCTIONS
    for i, sentence in enumerate(c.near_misses)
]


@pytest.mark.parametrize(("rule", "sentence", "rows"), EXAMPLES)
def test_example(rule: str, sentence: str, rows: tuple[tuple[str, int], ...]) -> None:
    """The sentence gives exactly the example's rows (parts included), and the construction gave them."""
    df = figures.extract(sentence)
    shown = df[["category", "value", "text", "rule", "part_of"]].to_string()
    assert sorted((r.category, int(r.value)) for r in df.itertuples()) == sorted(rows), shown
    # the construction's own rows: the figure it reads (a part it joins may keep another rule's name)
    ruled = [(r.category, int(r.value)) for r in df.itertuples() if r.rule == rule]
    assert ruled and all(row in rows for row in ruled), shown


@pytest.mark.parametrize(("rule", "sentence"), NEAR_MISSES)
def test_near_miss(rule: str, sentence: str) -> None:
    df = figures.extract(sentence)
    assert df.empty, df[["category", "value", "text", "rule"]].to_string()


def test_every_construction_has_examples_and_near_misses() -> None:
    for c in CONSTRUCTIONS:
        assert c.examples and c.near_misses, c.name
        compile_pattern(c.pattern)  # every feature name is known


def test_names_are_unique() -> None:
    names = [c.name for c in CONSTRUCTIONS]
    assert len(names) == len(set(names))


def test_unknown_feature_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown feature 'nosuch'"):
        compile_pattern("victims:np[nosuch] verb:vg")


def test_docs_rule_table_is_current() -> None:
    doc = (Path(__file__).parent.parent / "docs" / "patterns.md").read_text(encoding="utf-8")
    assert with_rule_table(doc) == doc, "stale: run `python -m figures.grammar.constructions docs/patterns.md`"


# The words a stated zero spans (its number_start:number_end): the words that say no one, never the
# auxiliary after them (the old regex's greedy word window took "was" into "Neither pilot was").
CASES_ZERO_SPANS = [
    pytest.param("Neither pilot was injured when the glider landed.", "Neither pilot", id="neither_noun"),
    pytest.param("None of the 40 passengers was hurt.", "None of the 40 passengers", id="none_of_the_n"),
    pytest.param("Nobody has been arrested so far.", "Nobody", id="nobody_has_been"),
    pytest.param("The storm caused no serious injuries.", "no", id="no_before_a_harm_noun"),
    pytest.param("Missing: nil", "nil", id="field_value"),
]


@pytest.mark.parametrize(("sentence", "words"), CASES_ZERO_SPANS)
def test_stated_zero_spans(sentence: str, words: str) -> None:
    df = figures.extract(sentence)
    assert [(r.rule, r.value, r.negated) for r in df.itertuples()] == [("negated", 0, True)], df.to_string()
    assert sentence[df.number_start[0] : df.number_end[0]] == words


# The fields of a table or an infobox (house_label, label_list): each count with its own field's rule and
# span; a count before a capitalised field's name is the previous field's, never its.
CASES_FIELDS = [
    pytest.param(
        "Deaths: 6 Injuries: 40 Homes destroyed: 17",
        [
            ("toll_number", 6, "Deaths: 6"),
            ("toll_number", 40, "Injuries: 40"),
            ("house_label", 17, "Homes destroyed: 17"),
        ],
        id="fields_in_a_row",
    ),
    pytest.param(
        "Dwellings destroyed: 1,420 / damaged: 3,985",
        [("house_label", 1420, "Dwellings destroyed: 1,420"), ("house_label", 3985, "damaged: 3,985")],
        id="shared_house_noun",
    ),
    pytest.param(
        "Killed by gunfire: Amran 12, Dhamar 4 and Ibb 2.",
        [
            ("label_list", 12, "Killed by gunfire: Amran 12"),
            ("label_list", 4, "Killed by gunfire: Amran 12, Dhamar 4"),
            ("label_list", 2, "Killed by gunfire: Amran 12, Dhamar 4 and Ibb 2"),
        ],
        id="label_list_and",
    ),
    pytest.param(
        "Evacuated per parish - St. Anne: 300; Lowfield 120 families.",
        [
            ("label_list", 300, "Evacuated per parish - St. Anne: 300"),
            ("label_list", 120, "Evacuated per parish - St. Anne: 300; Lowfield 120 families"),
        ],
        id="label_list_dash_and_item_noun",
    ),
]


@pytest.mark.parametrize(("sentence", "rows"), CASES_FIELDS)
def test_field_rows(sentence: str, rows: list[tuple[str, int, str]]) -> None:
    df = figures.extract(sentence)
    assert [(r.rule, r.value, r.text) for r in df.itertuples()] == rows, df.to_string()


@pytest.mark.parametrize(
    "sentence",
    [
        "The quake damaged or destroyed 1,200 homes, officials said.",
        "The storm passed through Elmwood where it damaged and destroyed several homes and barns.",
    ],
)
def test_either_state_is_one_count_twice(sentence: str) -> None:
    """damaged_or_destroyed: the houses_destroyed row is its houses_damaged row in every column (number,
    span, source, place) but the category and the rule."""
    df = figures.extract(sentence)
    assert sorted(df.category) == ["houses_damaged", "houses_destroyed"], df.to_string()
    damaged, destroyed = (df[df.category == c].iloc[0] for c in ("houses_damaged", "houses_destroyed"))
    assert destroyed.rule == "damaged_or_destroyed"
    rest = [c for c in df.columns if c not in ("category", "rule")]
    assert damaged[rest].astype(str).tolist() == destroyed[rest].astype(str).tolist()


# The rows of the constructions the gap linker asks (stage "link" and "place", grammar.read_link): the
# rule, the category, the value and the row's span, read off each invented sentence (the span runs from
# the causative verb, to the shelter noun, to the camp).
CASES_LINK_ROWS = [
    pytest.param(
        "Heavy rain forced an estimated 2,400 residents to flee their homes.",
        ("cause_number_to_verb", "displaced", 2400, "forced an estimated 2,400 residents to flee their homes"),
        id="causative_estimated",
    ),
    pytest.param(
        "Monsoon rains in the delta forcedmore than 900 families to relocate.",
        ("cause_number_to_verb", "displaced", 900, "forcedmore than 900 families to relocate"),
        id="causative_pdf_glue",
    ),
    pytest.param(
        "Floodwater caused 1,300 mud houses to collapse.",
        ("cause_number_to_verb", "houses_destroyed", 1300, "caused 1,300 mud houses to collapse"),
        id="causative_houses",
    ),
    pytest.param(
        "Nearly 700 people were still in six evacuation centres on Tuesday.",
        ("number_in_shelter", "displaced", 700, "Nearly 700 people were still in six evacuation centres"),
        id="shelter_centres",
    ),
    pytest.param(
        "About 1,100 people are staying in host families in the town.",
        ("number_in_shelter", "displaced", 1100, "About 1,100 people are staying in host families"),
        id="shelter_host_families",
    ),
    pytest.param(
        "The latest raids bring to 5,600 the total number of people displaced this year.",
        ("number_total_of", "displaced", 5600, "5,600 the total number of people displaced"),
        id="total_of",
    ),
    pytest.param(
        "Some 4,000 of the evacuees have no shelter.",
        ("number_of_noun", "evacuated", 4000, "Some 4,000 of the evacuees"),
        id="partitive",
    ),
    pytest.param(
        "About 30 of the evacuees were injured in the crush.",
        ("number_verb", "injured", 30, "About 30 of the evacuees were injured"),
        id="partitive_then_verb",
    ),
    pytest.param(
        "More than 3,000 people, mostly women and children, left the town on Friday.",
        ("number_left_place", "evacuated", 3000, "More than 3,000 people, mostly women and children, left"),
        id="left_place_aside",
    ),
    pytest.param(
        "By noon, 450 of the 2,000 residents had left.",
        ("number_left_place", "evacuated", 450, "450 of the 2,000 residents had left"),
        id="had_left_of_many",
    ),
    pytest.param(
        "About 600 herders were trucked across the border to Dadaab refugee camp.",
        (
            "number_in_camp",
            "displaced",
            600,
            "About 600 herders were trucked across the border to Dadaab refugee camp",
        ),
        id="camp_arrival",
    ),
    pytest.param(
        "The new arrivals joined 80,000 Burundians in four camps.",
        ("number_in_camp", "displaced", 80000, "80,000 Burundians in four camps"),
        id="camp_join",
    ),
    pytest.param(
        "The mayor ordered the evacuation of 2,600 residents on Sunday.",
        ("event_number", "evacuated", 2600, "evacuation of 2,600 residents"),
        id="event_of",
    ),
    pytest.param(
        "The rebels were blamed for the killing of a total of 14 farmers.",
        ("event_number", "killed", 14, "killing of a total of 14 farmers"),
        id="event_of_a_total_of",
    ),
    pytest.param(
        "Inspectors reported damage to another 85 houses.",
        ("event_number", "houses_damaged", 85, "damage to another 85 houses"),
        id="event_damage_to_another",
    ),
    pytest.param(
        "Medics reported 23 new and unconfirmed deaths in the camp.",
        ("number_noun", "killed", 23, "23 new and unconfirmed deaths"),
        id="noun_words_joined_by_and",
    ),
    pytest.param(
        "The agency logged 640 displaced households by Friday.",
        ("number_noun", "displaced", 640, "640 displaced households"),
        id="noun_trigger_names_the_unit",
    ),
    pytest.param(
        "Officials confirmed 52 reported casualties.",
        ("number_noun", "casualties", 52, "52 reported casualties"),
        id="noun_word_of_record",
    ),
    pytest.param(
        "Rights groups counted 9 abductions of aid workers this year.",
        ("number_noun", "kidnapped", 9, "9 abductions of aid workers"),
        id="noun_acts_of_one",
    ),
    pytest.param(
        "Wounded persons: 31",
        ("toll_number", "injured", 31, "Wounded persons: 31"),
        id="toll_people_label",
    ),
    pytest.param(
        "The number of wounded persons rose to 19 overnight.",
        ("toll_number", "injured", 19, "number of wounded persons rose to 19"),
        id="toll_people_after_number_of",
    ),
    pytest.param(
        "Displaced families number rose to 860 in the district.",
        ("toll_number", "displaced", 860, "Displaced families number rose to 860"),
        id="toll_noun_then_number",
    ),
    pytest.param(
        "The number of those who were hurt in the crush has climbed to 75.",
        ("toll_number", "injured", 75, "number of those who were hurt in the crush has climbed to 75"),
        id="toll_number_of_those_who",
    ),
    pytest.param(
        "The number of stranded tourists who were evacuated by helicopter rose to 240 on Sunday.",
        (
            "toll_number",
            "evacuated",
            240,
            "number of stranded tourists who were evacuated by helicopter rose to 240",
        ),
        id="toll_number_who_words_before_noun",
    ),
]


@pytest.mark.parametrize(("sentence", "row"), CASES_LINK_ROWS)
def test_link_rows(sentence: str, row: tuple[str, str, int, str]) -> None:
    df = figures.extract(sentence)
    assert [(r.rule, r.category, int(r.value), r.text) for r in df.itertuples()] == [row], df.to_string()


# Victims named without a number, read by implicit_singular's readings on tokens: the words each row counts
# (its number_start:number_end) and how many.
CASES_VICTIM_SPANS = [
    pytest.param(
        "On Monday the young mayor's charred body was found.", 1, "the young mayor's charred body", id="body_owner"
    ),
    pytest.param(
        "Militants killed Dr. Ahmed Hassan Yusuf, a surgeon at the hospital.",
        1,
        "Dr. Ahmed Hassan Yusuf",
        id="named_object_with_title",
    ),
    pytest.param("A bomb killed the imam and his son.", 2, "the imam and his son", id="object_pair"),
    pytest.param(
        "Crowds protested after the killing of a young farm worker.", 1, "a young farm worker", id="act_of_one"
    ),
]


@pytest.mark.parametrize(("sentence", "value", "words"), CASES_VICTIM_SPANS)
def test_victim_spans(sentence: str, value: int, words: str) -> None:
    df = figures.extract(sentence)
    rows = [(r.rule, int(r.value), sentence[r.number_start : r.number_end]) for r in df.itertuples()]
    assert rows == [("implicit_singular", value, words)], df.to_string()


# One person as a verb's object (implicit_singular's reading singular_after): the words from its determiner
# to the first that names a person; a count's words give no person ("a total of", "a dozen").
CASES_OBJECT_SPANS = [
    pytest.param("Gunmen shot dead a retired village elder on Friday.", "a retired village elder", id="a_elder"),
    pytest.param("The mortar round wounded his younger brother at home.", "his younger brother", id="his_brother"),
    pytest.param("Unknown men killed the owner of a small bakery in the town.", "the owner", id="title_before_of"),
]


@pytest.mark.parametrize(("sentence", "words"), CASES_OBJECT_SPANS)
def test_object_spans(sentence: str, words: str) -> None:
    df = figures.extract(sentence)
    rows = [(r.rule, int(r.value), sentence[r.number_start : r.number_end]) for r in df.itertuples()]
    assert rows == [("implicit_singular", 1, words)], df.to_string()


# One person as the subject right before the verb (implicit_singular's reading singular_before): the words
# from its determiner to its head; a participle without a singular auxiliary gives no such reading.
CASES_SUBJECT_SPANS = [
    pytest.param(
        "On Sunday a retired nurse, a mother of four, was reportedly stabbed.",
        "a retired nurse",
        id="aside_and_adverb",
    ),
    pytest.param("The night watchman died in the blaze.", "The night watchman", id="intransitive"),
    pytest.param("Another fisherman has been badly hurt.", "Another fisherman", id="has_been_and_adverb"),
]


@pytest.mark.parametrize(("sentence", "words"), CASES_SUBJECT_SPANS)
def test_subject_spans(sentence: str, words: str) -> None:
    df = figures.extract(sentence)
    rows = [(r.rule, int(r.value), sentence[r.number_start : r.number_end]) for r in df.itertuples()]
    assert rows == [("implicit_singular", 1, words)], df.to_string()


# One person joined by "and" to a clause before, the verb's auxiliary left out (implicit_singular's reading
# and_one): the person's words; "and" inside a word or in upper case opens no such person.
CASES_AND_ONE_SPANS = [
    pytest.param("A porter was killed and his cousin slightly hurt.", "his cousin", id="and_his"),
    pytest.param("A medic was shot dead and another wounded.", "another", id="and_another"),
]


@pytest.mark.parametrize(("sentence", "words"), CASES_AND_ONE_SPANS)
def test_and_one_spans(sentence: str, words: str) -> None:
    df = figures.extract(sentence)
    rows = [(r.rule, int(r.value), sentence[r.number_start : r.number_end]) for r in df.itertuples()]
    assert ("implicit_singular", 1, words) in rows, df.to_string()


# One more person after a row (implicit_singular's readings alongside_one and and_one_after): a row of 1
# for the person and a total of both; nothing more for a noun of no person ("his cattle", "a camel").
CASES_ONE_MORE = [
    pytest.param(
        "A night watchman was killed on Friday, alongside his young nephew.",
        ("his young nephew", 2),
        id="alongside_after_time",
    ),
    pytest.param("Bandits wounded 6 travellers as well as a porter.", ("a porter", 7), id="as_well_as"),
    pytest.param("A night watchman was killed, alongside his cattle.", None, id="alongside_no_person"),
    pytest.param("Bandits wounded 6 travellers and a mule.", None, id="and_no_person"),
]


@pytest.mark.parametrize(("sentence", "one"), CASES_ONE_MORE)
def test_one_more(sentence: str, one: tuple[str, int] | None) -> None:
    df = figures.extract(sentence)
    rows = [(r.rule, int(r.value), sentence[r.number_start : r.number_end]) for r in df.itertuples()]
    totals = [v for rule, v, _ in rows if rule == "coordinated_total"]
    if one is None:
        assert not totals and all(rule != "implicit_singular" or v == 1 for rule, v, _ in rows), rows
        assert len([r for r in rows if r[0] == "implicit_singular"]) <= 1, rows
    else:
        assert ("implicit_singular", 1, one[0]) in rows and totals == [one[1]], rows


# The part stage's first reading (grammar._mark_later_parts): a count whose own words make it some of an
# earlier row's people of its category is that row's part; the pattern extractor's rows and, for each, the
# value of the row it is a part of (None: a row of its own).
CASES_LATER_PARTS = [
    pytest.param(
        "Thirty workers were injured in the fire, and five remain in critical condition.",
        [("injured", 30, None), ("injured", 5, 30)],
        id="remain",
    ),
    pytest.param(
        "Sixty hikers were reported missing, and 14 are still missing.",
        [("missing", 60, None), ("missing", 14, 60)],
        id="are_still",
    ),
    pytest.param(
        "At least 20 people died in the crash; three children were among the dead.",
        [("killed", 20, None), ("killed", 3, 20)],
        id="among_toll",
    ),
    pytest.param(  # more of them than the row before: no part of it
        "Six hikers were reported missing on Friday, and 40 are still missing.",
        [("missing", 6, None), ("missing", 40, None)],
        id="more_than_before_nm",
    ),
    pytest.param(  # another category
        "Five miners were injured, and 40 remain missing.",
        [("injured", 5, None), ("missing", 40, None)],
        id="other_category_nm",
    ),
]


@pytest.mark.parametrize(("sentence", "rows"), CASES_LATER_PARTS)
def test_later_parts(sentence: str, rows: list[tuple[str, int, int | None]]) -> None:
    found = extract_patterns(sentence)
    value_at = {f.start: f.value for f in found}
    got = [(f.category, f.value, None if f.part_of is None else value_at[f.part_of]) for f in found]
    assert got == rows, [(f.category, f.value, f.rule, f.part_of) for f in found]


def test_row_stages_are_the_tables() -> None:
    """Every row stage (read in constructions.ROW_STAGES's order by grammar.read_rows) names constructions
    of the table and has its reader; no stage is read twice."""
    stages = {c.stage for c in CONSTRUCTIONS}
    assert len(set(ROW_STAGES)) == len(ROW_STAGES)
    assert set(ROW_STAGES) <= stages, set(ROW_STAGES) - stages
    assert set(grammar._ROW_READERS) == set(ROW_STAGES)


# The row stages' order: a running total ("total") takes the one category of the rows before its verb of
# adding, before "both" gives the count of houses its second state (read the other way, the rows before
# would be of two categories and the total no row).
CASES_ROW_STAGE_ORDER = [
    pytest.param(
        "The tornado damaged or destroyed 45 houses on Friday, bringing the total since March to 300.",
        [
            ("houses_damaged", 45, "verb_number"),
            ("houses_destroyed", 45, "damaged_or_destroyed"),
            ("houses_damaged", 300, "running_total"),
            ("houses_destroyed", 300, "damaged_or_destroyed"),
        ],
        id="total_then_both",
    ),
]


@pytest.mark.parametrize(("sentence", "rows"), CASES_ROW_STAGE_ORDER)
def test_row_stage_order(sentence: str, rows: list[tuple[str, int, str]]) -> None:
    got = [(f.category, f.value, f.rule) for f in extract_patterns(sentence)]
    assert sorted(got) == sorted(rows), got


def test_share_readers_are_the_tables() -> None:
    """Every construction of stage "share" has its reading in grammar.share, and every reading there its
    construction: the table names what the share stage reads, in its order."""
    names = {c.name for c in CONSTRUCTIONS if c.stage == "share"}
    assert names == set(share._READERS)
    assert [sweep for sweep, _ in share._sweeps()] == ["back", "on", "inside"]


# implicit_singular's readings of a subject read from where a subject may start (grammar.subjects), as the
# engine's features of its pattern: read on the words of a sentence's tokens (engine._words_to).
CASES_SUBJECT_FEATURES = [
    pytest.param("The judge and a court clerk were injured in the attack.", "subject_pair", True, id="pair"),
    pytest.param("The judge and the clerks were injured in the attack.", "subject_pair", False, id="pair_nm"),
    pytest.param("Jonas Petrov, the mayor of Dunmore, was murdered on Friday.", "named_subject", True, id="named"),
    pytest.param("Jonas Petrov, a local farmer, has killed two intruders.", "named_subject", False, id="perfect_nm"),
]


@pytest.mark.parametrize(("sentence", "feature", "holds"), CASES_SUBJECT_FEATURES)
def test_subject_features(sentence: str, feature: str, holds: bool) -> None:
    from figures.grammar.engine import FEATURES
    from figures.numbers import find_numbers
    from figures.patterns import find_mentions

    tokens, chunks = grammar.read_chunks(sentence, 0, len(sentence), find_numbers(sentence), find_mentions(sentence))
    assert any(FEATURES[feature](c, tokens) for c in chunks) is holds
