"""Where each figure happened (figures.places): the place columns, rule by rule.

Every sentence is invented for these tests. A case is a document and, for
each figure the extractor finds in it (in table order), what a reader would
record: (value, place as written, ISO 3166-1 alpha-3 country, place_basis).
The expected places were read off the sentences, not copied from the output.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

import figures
from figures import places
from figures.cli import main
from figures.place_summary import summarize_by
from figures.table import COLUMNS

Row = tuple[int, str | None, str | None, str]


def _rows(text: str) -> list[Row]:
    table = figures.extract(text)
    out: list[Row] = []
    for r in table.itertuples():
        place = None if pd.isna(r.place) else str(r.place)
        country = None if pd.isna(r.country) else str(r.country)
        out.append((int(r.value), place, country, str(r.place_basis)))
    return out


# The place its own clause names: after the number ("killed 12 in Kunduz"),
# before it ("In Herat, ..."), a place as subject or modifier ("Kano residents").
CASES_CLAUSE: list[tuple[str, str, list[Row]]] = [
    ("after_in", "Militants killed 14 villagers in Kunduz on Sunday.", [(14, "Kunduz", "AFG", "clause")]),
    ("before_in", "In Herat, a roadside bomb killed nine soldiers.", [(9, "Herat", "AFG", "clause")]),
    ("near", "An airstrike near Aleppo killed 31 civilians.", [(31, "Aleppo", "SYR", "clause")]),
    ("residents", "Kano residents said 23 people died in the attack.", [(23, "Kano", "NGA", "clause")]),
    (
        "most_specific_of_a_chain",
        "A mortar round killed 6 people in Mosul, Iraq.",
        [(6, "Mosul", "IRQ", "clause")],
    ),
    (
        "possessive_chain",
        "Gunmen killed 8 farmers in Nigeria's Kaduna state.",
        [(8, "Kaduna state", "NGA", "clause")],
    ),
    (
        "shared_by_two_figures",
        "A bomb in Mogadishu killed 9 and wounded 22.",
        [(9, "Mogadishu", "SOM", "clause"), (22, "Mogadishu", "SOM", "clause")],
    ),
    (
        "a_name_describing_a_noun_is_not_the_place",
        "Five members of a Kano family were killed in an air raid in Diffa, Niger.",
        [(5, "Diffa", "NER", "clause")],
    ),
    (
        "unknown_village_takes_the_chain_country",
        "Raiders killed 5 herders in Tumbalawa village, Chad.",
        [(5, "Tumbalawa", "TCD", "clause")],
    ),
]

# Towns too small for the gazetteer, named right after a bare "in", "at" or "throughout" with no
# noun after them: a place of the document's country; not a name that qualifies a noun, nor a medium.
CASES_SMALL_TOWNS: list[tuple[str, str, list[Row]]] = [
    (
        "after_in_before_a_verb",
        "Floods hit Texas on Monday. A total of 14 homes in Brindleton were damaged.",
        [(14, "Brindleton", "USA", "clause")],
    ),
    (
        "throughout_at_a_sentence_start",
        "Storms crossed Ohio. Throughout Marsville, 30 homes were flooded.",
        [(30, "Marsville", "USA", "clause")],
    ),
    ("with_a_chain_country", "Cholera killed 7 people in Kimbor, Nigeria.", [(7, "Kimbor", "NGA", "clause")]),
    (
        "a_name_before_a_noun_is_no_town",
        "Gunmen killed 5 people in Boko Haram attacks in Borno.",
        [(5, "Borno", "NGA", "clause")],
    ),
    (
        "a_medium_is_no_town",
        "A study published in Lancet, which covered Ohio, said 12 people died.",
        [(12, "Ohio", "USA", "document")],
    ),
    ("within_is_no_bare_in", "Officials within Brindleton Council said 4 people died.", [(4, None, None, "none")]),
]

# A place's noun, a chain and an aside in the words of a figure.
CASES_CLAUSE_SHAPES: list[tuple[str, str, list[Row]]] = [
    (
        "aside_in_brackets_does_not_end_the_clause",
        "Floods killed 13 people (most of them farmers) in Kandahar province, Afghanistan.",
        [(13, "Kandahar province", "AFG", "clause")],
    ),
    (
        "district_of_a_city_keeps_its_noun",
        "A landslide killed 9 people in the Shahrak district of Herat.",
        [(9, "Shahrak district", "AFG", "clause")],
    ),
    (
        "an_organisation_named_for_a_state_is_no_district_of",
        "Engineers from the Kansas Department of Transportation said 3 workers died.",
        [(3, "Kansas", "USA", "document")],
    ),
    (
        "located_in_chains_a_town_to_its_province",
        "Around 40 houses in Tacloban, located in Leyte, were destroyed and 12 people died.",
        [(40, "Tacloban", "PHL", "clause"), (12, "Tacloban", "PHL", "clause")],
    ),
    (
        "a_total_told_before_its_parts_keeps_its_own_place",
        "The storm caused $3 million in damage in Virginia and led to five deaths - three in Fairfax and two in"
        " Richmond.",
        [(5, "Virginia", "USA", "clause"), (3, "Fairfax", "USA", "clause"), (2, "Richmond", "USA", "clause")],
    ),
]

# Per-place breakdowns: each part gets its own place; their sum, their common country.
CASES_BREAKDOWN: list[tuple[str, str, list[Row]]] = [
    (
        "two_states",
        "Gunmen killed 4 people in Kano and 9 in Kaduna.",
        [(13, None, "NGA", "clause"), (4, "Kano", "NGA", "clause"), (9, "Kaduna", "NGA", "clause")],
    ),
    (
        "three_states",
        "Storms killed 3 people in Ohio, 5 in Indiana and 2 in Kentucky.",
        [
            (10, None, "USA", "clause"),
            (3, "Ohio", "USA", "clause"),
            (5, "Indiana", "USA", "clause"),
            (2, "Kentucky", "USA", "clause"),
        ],
    ),
    (
        "total_over_two_countries_has_none",
        "At least 40 people died in the floods, including 25 in Germany and 15 in Belgium.",
        [(40, None, None, "none"), (25, "Germany", "DEU", "clause"), (15, "Belgium", "BEL", "clause")],
    ),
    (
        "total_with_its_own_place",
        "At least 40 people died in Germany, including 25 in Bonn and 15 in Cologne.",
        [(40, "Germany", "DEU", "clause"), (25, "Bonn", "DEU", "clause"), (15, "Cologne", "DEU", "clause")],
    ),
    # a label's list of "Place N" items (patterns' label_list): each count its own item's place
    (
        "label_list_items",
        "Heavy rain hit Sudan. Deaths by state: Kassala 7, Gedaref 5, Blue Nile 2.",
        [(7, "Kassala", "SDN", "clause"), (5, "Gedaref", "SDN", "clause"), (2, "Blue Nile", "SDN", "clause")],
    ),
    (
        "label_list_items_with_colons",
        "Wounded by city - Mosul: 18, Kirkuk: 6.",
        [(18, "Mosul", "IRQ", "clause"), (6, "Kirkuk", "IRQ", "clause")],
    ),
]

# Two incidents in one sentence: never the other incident's place.
CASES_TWO_INCIDENTS: list[tuple[str, str, list[Row]]] = [
    (
        "and",
        "12 were killed in Kunduz and 30 injured in Kandahar.",
        [(12, "Kunduz", "AFG", "clause"), (30, "Kandahar", "AFG", "clause")],
    ),
    (
        "killed_and_wounded",
        "Shelling killed 11 in Donetsk and wounded 40 in Kharkiv.",
        [(11, "Donetsk", "UKR", "clause"), (40, "Kharkiv", "UKR", "clause")],
    ),
    (
        "while",
        "A car bomb killed 6 people in Baghdad, while a second blast wounded 15 in Basra.",
        [(6, "Baghdad", "IRQ", "clause"), (15, "Basra", "IRQ", "clause")],
    ),
    (
        "place_before_and_after",
        "Floods in Sindh killed 30 people, and 12 died in Punjab.",
        [(30, "Sindh", "PAK", "clause"), (12, "Punjab", "PAK", "clause")],
    ),
]

# Ambiguous names settled by the document's other places.
CASES_AMBIGUITY: list[tuple[str, str, list[Row]]] = [
    ("georgia_the_state_by_its_city", "Storms killed 5 people in Atlanta, Georgia.", [(5, "Atlanta", "USA", "clause")]),
    (
        "georgia_the_state_by_the_next_sentence",
        "Storms killed 5 people in Georgia. Power was cut in Atlanta and Savannah.",
        [(5, "Georgia", "USA", "clause")],
    ),
    (
        "georgia_the_country_by_its_capital",
        "A landslide in Georgia killed 7 people. Rescuers from Tbilisi searched the rubble.",
        [(7, "Georgia", "GEO", "clause")],
    ),
    (
        "tripoli_in_libya",
        "Clashes in Tripoli killed 8 people, Libyan officials said.",
        [(8, "Tripoli", "LBY", "clause")],
    ),
    (
        "tripoli_in_lebanon",
        "Clashes in Tripoli killed 8 people, Lebanese officials said.",
        [(8, "Tripoli", "LBN", "clause")],
    ),
]

# Adjectives of nationality are context: never a clause's place when it names one.
CASES_DEMONYMS: list[tuple[str, str, list[Row]]] = [
    (
        "adjective_does_not_override_the_clause",
        "Nigerian troops killed 12 insurgents in Diffa, Niger.",
        [(12, "Diffa", "NER", "clause")],
    ),
    (
        "adjective_alone_gives_the_country",
        "Afghan officials said 10 civilians were killed.",
        [(10, "Afghan", "AFG", "document")],
    ),
    (
        "nationality_of_victims_is_not_the_place",
        "Two U.S. soldiers were among 9 people killed in Kabul.",
        [(9, "Kabul", "AFG", "clause")],
    ),
    (
        "a_neighbour_is_not_the_place",
        "Fighting killed 7 people in a village near the border with Cameroon. The village lies in Nigeria.",
        [(7, "Nigeria", "NGA", "document")],
    ),
]

# No place anywhere: the columns stay empty, basis "none"; a designator is no place.
CASES_NO_PLACE: list[tuple[str, str, list[Row]]] = [
    (
        "no_place",
        "Fire killed 3 people and injured 12 at a factory.",
        [(3, None, None, "none"), (12, None, None, "none")],
    ),
    ("designator_is_not_a_place", "Three people were killed in District 9 of the city.", [(3, None, None, "none")]),
    ("acronym_is_not_a_town", "The UN said 14 people were killed.", [(14, None, None, "none")]),
]

# Names the gazetteer reads in the spellings the news uses: subdivisions by their English names
# (pycountry's English catalogue), without the local word of their type, French compass words
# in English, generic names with their type; country names with an apostrophe or a possessive.
CASES_SPELLINGS: list[tuple[str, str, list[Row]]] = [
    ("english_name_of_a_land", "Floods killed 6 people in Bavaria.", [(6, "Bavaria", "DEU", "clause")]),
    (
        "province_without_its_local_type_word",
        "A typhoon killed 9 people in Fujian province.",
        [(9, "Fujian province", "CHN", "clause")],
    ),
    ("french_compass_word", "Fighting killed 20 people in North Kivu.", [(20, "North Kivu", "COD", "clause")]),
    (
        "generic_name_with_its_type",
        "Floods killed 4 people in Rwanda's Northern Province.",
        [(4, "Northern Province", "RWA", "clause")],
    ),
    ("elided_article", "Floods killed 11 people in Cote d'Ivoire.", [(11, "Cote d'Ivoire", "CIV", "clause")]),
    (
        "country_name_is_no_adjective_plural",
        "A landslide killed 14 people in the Philippines.",
        [(14, "Philippines", "PHL", "clause")],
    ),
    ("possessive_s_apostrophe", "Gunmen killed 7 people in Honduras' capital.", [(7, "Honduras", "HND", "clause")]),
]

# Capitalised words the gazetteer knows that name no place here.
CASES_NOT_A_PLACE: list[tuple[str, str, list[Row]]] = [
    (
        "currency_code",
        "Floods killed 12 people. Damage was estimated at US$3 million.",
        [(12, None, None, "none")],
    ),
    (
        "currency_code_beside_a_place",
        "Damage in Kerala reached US$20 million and 12 people died.",
        [(12, "Kerala", "IND", "clause")],
    ),
    ("storm_name", "Hurricane Julia killed 4 people.", [(4, None, None, "none")]),
    (
        "a_source_after_according_to",
        "Floods swept Kenya's Kisumu county. Twelve people died, according to Xinhua.",
        [(12, "Kenya", "KEN", "document")],
    ),
    (
        "hyphenated_pair_is_context",
        "Fans watching the Argentina-Nigeria match in Kano were attacked; 6 people died.",
        [(6, "Kano", "NGA", "sentence")],
    ),
]

# A town the gazetteer places abroad is a village of the same name where the document is
# ("Okha" is a town of India and of Russia; here it lies in Nigeria's Edo State).
CASES_ABROAD: list[tuple[str, str, list[Row]]] = [
    (
        "by_a_state_named_with_its_type",
        "Gunmen killed 3 traders near Okha, in Edo State.",
        [(3, "Okha", "NGA", "clause")],
    ),
    (
        "by_its_chain",
        "A blast killed 3 people in San Isidro, Nueva Ecija, Philippines.",
        [(3, "San Isidro", "PHL", "clause")],
    ),
]

# A document in parts, one per country (a storm's article): a figure whose sentence names no
# place takes the last place named before it, a heading included; an ambiguous name is read by
# the names near it; a place the gazetteer lacks takes the country of the last known one.
_FILLER = "The rain continued for several days and the rivers rose slowly. " * 40
CASES_PARTS: list[tuple[str, str, list[Row]]] = [
    (
        "headings",
        "The storm crossed the Caribbean.\nCuba\nHeavy rain fell on the island. Two people drowned.\n"
        "Jamaica\nWinds tore roofs off homes. Five people were injured.\n"
        "Haiti\nRivers flooded the valleys. Nine people died.",
        [(2, "Cuba", "CUB", "document"), (5, "Jamaica", "JAM", "document"), (9, "Haiti", "HTI", "document")],
    ),
    (
        "ambiguous_town_read_by_its_part",
        "The storm crossed the Caribbean.\nCuba\nHeavy rain fell on the island. Two people drowned.\n"
        "Bahamas\nIn Freeport, one person drowned.",
        [(2, "Cuba", "CUB", "document"), (1, "Freeport", "BHS", "clause")],
    ),
    (
        "unknown_place_takes_its_part_country",
        "Floods hit the Balkans.\nBosnia\nRivers burst their banks in Zenica, and 4 people drowned.\n"
        "Serbia\nIn Belgrade, 2 people died. Floods in the Kolubara district killed 3 people.",
        [(4, "Zenica", "BIH", "clause"), (2, "Belgrade", "SRB", "clause"), (3, "Kolubara district", "SRB", "clause")],
    ),
    (
        "long_article_heading_of_a_state",
        "The storm moved north from Mexico into the United States.\n"
        + _FILLER
        + "\nTexas\nFlooding closed roads across the state. Three people drowned.\n"
        + _FILLER,
        [(3, "Texas", "USA", "document")],
    ),
]


# The document's place, when the figure's sentence names none.
CASES_DOCUMENT: list[tuple[str, str, list[Row]]] = [
    (
        "earlier_sentence",
        "Heavy rain fell on Kunduz for three days. The floods killed 4 people.",
        [(4, "Kunduz", "AFG", "document")],
    ),
    (
        "most_named_country",
        "Pakistan's floods reached Sindh and Punjab. Officials in Islamabad said 30 people died.",
        [(30, "Islamabad", "PAK", "clause")],
    ),
]


# Words that point back to a place named before ("There,", "In the former", "across the county"):
# the place they point to is the figure's own, at its name as written before.
CASES_POINTING_BACK: list[tuple[str, str, list[Row]]] = [
    (
        "there_opens_the_sentence_for_all_its_figures",
        "The storm crossed Hainan Island on Monday. There, 3 people died while 40 were injured.",
        [(3, "Hainan Island", "CHN", "clause"), (40, "Hainan Island", "CHN", "clause")],
    ),
    (
        "the_former",
        "Heavy rain fell on Wenzhou and Ningbo. In the former, 21 people drowned.",
        [(21, "Wenzhou", "CHN", "clause")],
    ),
    (
        "the_latter",
        "Heavy rain fell on Wenzhou and Ningbo. In the latter, 9 people drowned.",
        [(9, "Ningbo", "CHN", "clause")],
    ),
    (
        "the_former_country",
        "The cyclone crossed Mozambique and Malawi. In the former country, 400 houses collapsed.",
        [(400, "Mozambique", "MOZ", "clause")],
    ),
    (
        "across_the_country",
        "The storm struck Vietnam on Monday. Across the country, 15 people were killed.",
        [(15, "Vietnam", "VNM", "clause")],
    ),
    ("nationwide", "Floods hit Kenya in May. Nationwide, 48 people died.", [(48, "Kenya", "KEN", "clause")]),
    (
        "affected_the_country",
        "Rwanda\nHeavy rain affected the country, causing 5 deaths, with floods reported in Kigali.",
        [(5, "Rwanda", "RWA", "clause")],
    ),
    (
        "across_the_county",
        "Rain flooded Harris County, Texas. Across the county, 300 homes were damaged.",
        [(300, "Harris County", "USA", "clause")],
    ),
    (
        "in_the_state_after_the_figure",
        "A tornado touched down in Ohio on Sunday. Two people were injured in the state.",
        [(2, "Ohio", "USA", "clause")],
    ),
    (
        "across_the_island_of_an_island_country",
        "The storm hit Dominica, where 3 people died. Across the island, 200 homes were damaged.",
        [(3, "Dominica", "DMA", "clause"), (200, "Dominica", "DMA", "clause")],
    ),
    (
        "in_the_city",
        "Shelling hit Mosul on Friday. In the city, 11 civilians were killed.",
        [(11, "Mosul", "IRQ", "clause")],
    ),
    (
        "the_latter_attack_points_to_no_place",
        "Militants raided Kunduz and Baghlan. In the latter attack, 5 police officers were killed.",
        [(5, "Kunduz", "AFG", "document")],
    ),
]

# A place after "mostly in", "mainly in" is where a part of the figure is, not the figure's own place.
CASES_PART_PLACES: list[tuple[str, str, list[Row]]] = [
    (
        "mostly_in_gives_the_country",
        "The cyclone hit Mozambique. It affected 90,000 people, mostly in Sofala.",
        [(90000, "Mozambique", "MOZ", "clause")],
    ),
    (
        "mainly_in_a_list_keeps_the_clause_place",
        "Floods in Kenya killed 40 people, mainly in Garissa and Mandera.",
        [(40, "Kenya", "KEN", "clause")],
    ),
]

# The words around a name: a compass word belongs to a province's or town's name, not a country's;
# a continent is no country; a run of capitalised words read past a sentence's end is read a sentence
# at a time; "Residents of" heads a place's name without being part of it.
CASES_NAME_EDGES: list[tuple[str, str, list[Row]]] = [
    (
        "compass_word_of_a_province",
        "Gunmen killed 6 farmers in Northern Kano.",
        [(6, "Northern Kano", "NGA", "clause")],
    ),
    ("compass_word_of_a_country", "Floods killed 20 people in Northern Kenya.", [(20, "Kenya", "KEN", "clause")]),
    ("a_continent_is_no_country", "Floods killed 30 people across South America.", [(30, None, None, "none")]),
    (
        "village_at_a_sentence_end",
        "Violence flared in Mali on Sunday. Soldiers killed 12 civilians in the village of Tamberlo. The victims"
        " were farmers.",
        [(12, "Tamberlo", "MLI", "clause")],
    ),
    (
        "town_after_an_unknown_name_at_a_sentence_end",
        "Storms hit the Netherlands. Flooding spread across the north of Friesland. In Hoogeloon, 40 homes were"
        " flooded.",
        [(40, "Hoogeloon", "NLD", "clause")],
    ),
    (
        "hyphenated_town_before_a_bracket",
        "Flooding in Somalia killed 7 people in Buulo-Mareer (Lower Shabelle) overnight.",
        [(7, "Buulo-Mareer", "SOM", "clause")],
    ),
    (
        "residents_of_a_district",
        "Residents of Malistan district told Afghan officials that 20 civilians were killed.",
        [(20, "Malistan district", "AFG", "clause")],
    ),
    (
        "the_town_of_a_name_only_a_province_abroad",
        "Militia fighters killed 7 people near the town of Lori, Kenyan officials said.",
        [(7, "Lori", "KEN", "clause")],
    ),
    (
        "a_village_named_like_a_province_abroad",
        "Raiders killed 5 herders in Glarus village in northern Kenya.",
        [(5, "Glarus", "KEN", "clause")],
    ),
    (
        "washington_dc_is_the_district_not_the_state",
        "Floods damaged 40 homes in Washington, D.C., on Monday.",
        [(40, "Washington, D.C.", "USA", "clause")],
    ),
    (
        "a_dash_ends_a_total_clause",
        "The storm left damage in Virginia, and caused four deaths – two in Fairfax and two in Richmond.",
        [(4, "Virginia", "USA", "clause"), (2, "Fairfax", "USA", "clause"), (2, "Richmond", "USA", "clause")],
    ),
]


def _ids(cases: list[tuple[str, str, list[Row]]]) -> list[str]:
    return [name for name, _, _ in cases]


@pytest.mark.parametrize(("name", "text", "expected"), CASES_CLAUSE, ids=_ids(CASES_CLAUSE))
def test_clause_place(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_SMALL_TOWNS, ids=_ids(CASES_SMALL_TOWNS))
def test_small_towns_after_a_bare_preposition(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_CLAUSE_SHAPES, ids=_ids(CASES_CLAUSE_SHAPES))
def test_clause_shapes(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_BREAKDOWN, ids=_ids(CASES_BREAKDOWN))
def test_per_place_breakdowns(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_TWO_INCIDENTS, ids=_ids(CASES_TWO_INCIDENTS))
def test_two_incidents_in_one_sentence(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_AMBIGUITY, ids=_ids(CASES_AMBIGUITY))
def test_ambiguity_resolved_by_the_document(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_DEMONYMS, ids=_ids(CASES_DEMONYMS))
def test_demonyms_are_context(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_NO_PLACE, ids=_ids(CASES_NO_PLACE))
def test_no_place(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_DOCUMENT, ids=_ids(CASES_DOCUMENT))
def test_document_place(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_SPELLINGS, ids=_ids(CASES_SPELLINGS))
def test_spellings_of_the_news(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_NOT_A_PLACE, ids=_ids(CASES_NOT_A_PLACE))
def test_known_names_that_are_no_place(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_ABROAD, ids=_ids(CASES_ABROAD))
def test_a_town_abroad_is_a_village_here(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_PARTS, ids=_ids(CASES_PARTS))
def test_documents_in_parts(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_POINTING_BACK, ids=_ids(CASES_POINTING_BACK))
def test_words_pointing_back_to_a_place(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_PART_PLACES, ids=_ids(CASES_PART_PLACES))
def test_places_of_parts_are_not_the_figures(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES_NAME_EDGES, ids=_ids(CASES_NAME_EDGES))
def test_the_edges_of_a_name(name: str, text: str, expected: list[Row]) -> None:
    assert _rows(text) == expected


# A place name is never a figure's number.
CASES_NEVER_A_NUMBER: list[tuple[str, str, list[int]]] = [
    ("highway", "Traffic on Highway 61 stopped after 4 people were killed in a crash in Memphis.", [4]),
    ("district", "Three people were killed in District 9 of the city.", [3]),
    ("route", "Gunmen killed 5 travellers on Route 66 near Kingman.", [5]),
]


@pytest.mark.parametrize(("name", "text", "values"), CASES_NEVER_A_NUMBER, ids=[c[0] for c in CASES_NEVER_A_NUMBER])
def test_a_place_name_is_never_a_figure(name: str, text: str, values: list[int]) -> None:
    table = figures.extract(text)
    assert table["value"].tolist() == values
    for r in table.itertuples():  # and the place, where one is found, lies outside the number
        if not pd.isna(r.place_start):
            assert r.place_end <= r.number_start or r.place_start >= r.number_end


def test_columns_come_after_the_existing_ones_in_order() -> None:
    names = list(COLUMNS)
    assert names[-6:] == ["place", "place_start", "place_end", "country", "admin1", "place_basis"]
    assert names.index("persons_high") < names.index("place")
    table = figures.extract("Militants killed 14 villagers in Kunduz.")
    assert list(table.columns) == names
    assert set(table["place_basis"]) <= set(places.BASES)


def test_washington_dc_has_the_district_as_admin1() -> None:
    table = figures.extract("Floods damaged 40 homes in Washington, D.C., and 12 in Washington state.")
    assert list(table["admin1"]) == ["US-DC", "US-WA"]


def test_place_span_is_the_text_and_admin1_is_iso() -> None:
    text = "Storms left 3 dead in Ohio. In Herat, a bomb killed nine soldiers."
    table = figures.extract(text)
    for r in table.itertuples():
        assert text[r.place_start : r.place_end] == r.place
    assert table["admin1"].tolist() == ["US-OH", "AF-HER"]


def test_gazetteer_loaded_once_and_only_for_documents_with_figures() -> None:
    places.gazetteer.cache_clear()
    figures.extract("Nothing happened in Kunduz today.")
    assert places.gazetteer.cache_info().currsize == 0  # no figure: no place lookup
    figures.extract("Militants killed 14 villagers in Kunduz.")
    figures.extract("Militants killed 14 villagers in Herat.")
    info = places.gazetteer.cache_info()
    assert (info.misses, info.currsize) == (1, 1)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A cache folder of the test's own; the process's gazetteer is read afresh before and after."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("FIGURES_CACHE_DIR", str(folder))
    places.gazetteer.cache_clear()
    yield folder
    places.gazetteer.cache_clear()


def test_gazetteer_index_is_written_once_then_read(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = places.gazetteer()
    assert len(list(cache_dir.glob("gazetteer-*.marshal"))) == 1
    places.gazetteer.cache_clear()

    def no_build() -> places.Gazetteer:
        raise AssertionError("built again although its index was written")

    monkeypatch.setattr(places, "_build", no_build)
    read = places.gazetteer()
    assert read == built
    assert read.names["kunduz"][0] == places.Place("AFG", "AF-KDZ", places.SUBDIVISION, 0.5, "province")
    assert type(read.names["kunduz"][0]) is places.Place


def test_a_damaged_gazetteer_index_is_built_again(cache_dir: Path) -> None:
    path = places._cache_path()
    assert path is not None and path.parent == cache_dir
    cache_dir.mkdir()
    path.write_bytes(b"not an index")
    assert places.gazetteer().names["kunduz"][0].country == "AFG"
    places.gazetteer.cache_clear()
    assert places._load(path) == places.gazetteer()  # written anew, readable


def test_an_unwritable_cache_folder_costs_only_a_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    monkeypatch.setenv("FIGURES_CACHE_DIR", str(blocker / "cache"))  # under a file: no folder can be made
    places.gazetteer.cache_clear()
    try:
        rows = _rows("Militants killed 14 villagers in Kunduz.")
    finally:
        places.gazetteer.cache_clear()
    assert rows == [(14, "Kunduz", "AFG", "clause")]


def test_the_index_is_keyed_by_the_data_it_is_built_from(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = places._cache_path()
    package = tmp_path / "pycountry"
    (package / "databases").mkdir(parents=True)
    (package / "databases" / "iso3166-2.json").write_text("{}")
    spec = importlib.util.spec_from_loader("pycountry", loader=None, is_package=True)
    assert spec is not None and spec.submodule_search_locations is not None
    spec.submodule_search_locations.append(str(package))
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec if name == "pycountry" else real_find_spec(name))
    moved = places._cache_path()
    assert moved != before  # another pycountry: another index
    monkeypatch.setenv("FIGURES_CACHE_DIR", "")
    assert places._cache_path() is None  # no cache at all


def test_summarize_by_country_and_admin1() -> None:
    text = "Gunmen killed 5 people in Kano, Nigeria. In Niamey, Niger, 3 people were killed."
    table = figures.extract(text, doc_id="d1")
    by_country = summarize_by(table, "country", texts={"d1": text})
    assert by_country[["category", "value", "country"]].values.tolist() == [["killed", 5, "NGA"], ["killed", 3, "NER"]]
    assert list(by_country.columns)[-1] == "country"
    by_admin1 = summarize_by(table, "admin1", texts={"d1": text})
    assert by_admin1["admin1"].tolist() == ["NG-KN", "NE-8"]
    with pytest.raises(ValueError, match="--by"):
        summarize_by(table, "city")


def test_summarize_by_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "docs.jsonl"
    docs = [
        {"doc_id": "a", "text": "Floods killed 4 people in Kano and 9 in Kaduna. In Niamey, 3 people drowned."},
        {"doc_id": "b", "text": "Fire killed 2 people."},
    ]
    source.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "by.csv"
    assert main(["summarize", str(source), "--by", "country", "-o", str(out), "-q", "--jobs", "1"]) == 0
    table = pd.read_csv(out, keep_default_na=False)
    assert table[["doc_id", "value", "country"]].values.tolist() == [["a", 13, "NGA"], ["a", 3, "NER"], ["b", 2, ""]]


def test_report_shows_places_and_a_country_table(tmp_path: Path) -> None:
    source = tmp_path / "docs.jsonl"
    docs = [{"doc_id": "a", "text": "Floods killed 4 people in Kano and 9 in Kaduna. In Niamey, 3 people drowned."}]
    source.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["report", str(source), "-o", str(out), "-q", "--jobs", "1"]) == 0
    page = out.read_text(encoding="utf-8")
    assert '<div class="panel wide" id="countries"><h2>Per country</h2>' in page
    assert "<th scope='row'>NGA</th><td>1</td><td>3</td>" in page  # one document, three rows (4, 9, their sum)
    data = json.loads(page.split('id="figures-data">', 1)[1].split("</script>", 1)[0])
    cols = data["cols"]
    rows = data["docs"][0]["figs"]
    assert {r[cols.index("place")] for r in rows} == {"Kano", "Kaduna", "Niamey", None}
    assert {r[cols.index("country")] for r in rows} == {"NGA", "NER"}
