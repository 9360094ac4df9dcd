"""Sentence -> expected figure rows: the tables that pin the pattern extractor.

Each ``Case`` is one short text and the complete multiset of rows the extractor
must return for it (order does not matter; ``()`` means "must give no figure").
``Row`` fields left at ``...`` are not checked, so a case only pins what its text
decides.  Expected rows were written by reading each sentence, never by copying
extractor output; where a dev-set gold label disagrees with the sentence, the
sentence wins and a comment says so (``# gold: ...``).

Conventions these tables assume (the extractor's documented semantics):

- qualifier words: "more than/over/upwards of/in excess of" -> more_than
  (low=value, high open); "at least/no fewer than" -> at_least (low=value);
  "up to/as many as/at most/no more than" -> at_most (high=value);
  "fewer than/less than/under" -> less_than (high=value); "about/around/some/
  roughly/approximately/an estimated/nearly/almost" -> approximately; ranges ->
  range (value=low=first, high=second); bare numbers -> exact (low=high=value);
  vague words -> vague with no value.
- A qualifier belongs to the number it precedes: in "at least 12 killed and 11
  injured" only the 12 is at_least.
- A subset ("including 3 children", "among them", "of whom", "five of them")
  is its own row with ``is_part`` true and its ``group``; the total is a row
  too.  Coordinated groups ("three women and six children were killed") give
  the total and each part (issue 5).
- A singular victim ("a journalist was killed") is a figure of 1 (issue 5).
- Negated statements ("no one was killed") give 0 with ``negated`` true.
- Possibility: reported-but-uncertain past events ("feared killed", "may have
  died") stay figures with a ``modality`` mark; forecasts and conditionals
  ("could kill up to 1,000", "are expected to be displaced", "threatened with
  eviction", "at risk of") give no figure (SPEC: must-not-extract).
- ``source`` is the attributed body as written, without a leading "the".
- ``cumulative``: true for running totals ("death toll rose to", "bringing the
  toll to", "a total of", "the total number of"), false for new figures
  ("another 12", "12 more", "a further 18", "an additional", "newly").
"""

from __future__ import annotations

from types import EllipsisType
from typing import Any, NamedTuple


class Row(NamedTuple):
    category: str  # one of figures.CATEGORIES
    value: int | None  # None for a vague word with no number
    qualifier: str = "exact"  # one of figures.QUALIFIERS
    low: int | EllipsisType | None = ...  # ... = don't check; else the expected low (None = open)
    high: int | EllipsisType | None = ...
    group: str | EllipsisType | None = ...
    cumulative: bool | EllipsisType | None = ...
    negated: bool | EllipsisType = ...
    source: str | EllipsisType | None = ...
    unit: str | EllipsisType = ...
    is_part: bool | EllipsisType = ...  # True when the table's part_of is non-null
    has_modality: bool | EllipsisType = ...  # True when the table's modality is non-null


class Case(NamedTuple):
    id: str  # short readable id, unique across all tables
    text: str
    rows: tuple[Row, ...]  # expected rows, order-insensitive; () = must give no figure


# Row builders: they fill low/high from the qualifier's documented semantics so
# that a table line states only what the sentence says.
def exact(category: str, value: int, **checks: Any) -> Row:
    return Row(category, value, "exact", value, value, **checks)


def at_least(category: str, value: int, **checks: Any) -> Row:
    return Row(category, value, "at_least", value, None, **checks)


def more_than(category: str, value: int, **checks: Any) -> Row:
    return Row(category, value, "more_than", value, None, **checks)


def at_most(category: str, value: int, **checks: Any) -> Row:
    return Row(category, value, "at_most", None, value, **checks)


def less_than(category: str, value: int, **checks: Any) -> Row:
    return Row(category, value, "less_than", ..., value, **checks)


def about(category: str, value: int, **checks: Any) -> Row:
    return Row(category, value, "approximately", **checks)


def between(category: str, low: int, high: int, **checks: Any) -> Row:
    return Row(category, low, "range", low, high, **checks)


def vague(category: str, **checks: Any) -> Row:
    return Row(category, None, "vague", **checks)


C = Case
PART: dict[str, Any] = {"is_part": True}
# A figure of another event told for comparison or background: a row (SPEC: one row per figure) marked
# modality "other_event", which no summary profile adds to this event's totals (session 12, h48).
OTHER_EVENT: dict[str, Any] = {"has_modality": True}
HOUSES: dict[str, Any] = {"unit": "houses"}

# ---------------------------------------------------------------------------
# Whom an evacuation order reaches, told by a verb of covering (session 11, issue 17): evacuated, marked
# "ordered" like "orders were issued for"; an order over places, a possible or a negated one gives nothing.
ORDERED: dict[str, Any] = {"has_modality": True}
CASES_EVACUATION_ORDERS: tuple[Case, ...] = (
    C(
        "orders_now_cover_residents",
        "Evacuation orders now cover roughly 31,000 residents of the canyon.",
        (about("evacuated", 31000, **ORDERED),),
    ),
    C(
        "orders_widened_to_include_people",
        "On Tuesday the mandatory evacuation orders were widened to include 4,200 people.",
        (exact("evacuated", 4200, **ORDERED),),
    ),
    C(
        "orders_and_warnings_grew_to_encompass_including",
        "Overnight, evacuation orders and warnings grew to encompass the whole peninsula, including about "
        "56,000 people, the sheriff said.",
        (about("evacuated", 56000, **ORDERED),),
    ),
    C(
        "orders_covered_towns_including_residents",
        "Compulsory evacuation orders covered nine towns, including some 17,500 residents.",
        (about("evacuated", 17500, **ORDERED),),
    ),
    C(
        "orders_in_place_for_people",
        "Mandatory evacuation orders were in place for 5,100 people by noon.",
        (exact("evacuated", 5100, **ORDERED),),
    ),
    # known gap: the chunker reads "had" as a light verb and "grown" as a noun phrase
    C(
        "orders_had_grown_to_cover",
        "By Sunday the evacuation orders had grown to cover 70,000 people.",
        (exact("evacuated", 70000, **ORDERED),),
    ),
    C("orders_cover_districts_nm", "Evacuation orders cover 12 districts along the coast.", ()),
    C("warnings_for_counties_nm", "Evacuation warnings for 3 counties stayed in place overnight.", ()),
    C("orders_could_cover_nm", "Evacuation orders could cover 90,000 people if the levee fails.", ()),
    C("orders_did_not_include_nm", "The evacuation order did not include the 700 residents of the ridge.", ()),
    C("orders_including_schools_nm", "Evacuation orders covered the old town, including 14 schools.", ()),
    # session 11 (lead): an order's reach told with "affecting" is no harm: evacuated, modality ordered
    C(
        "orders_affecting_residents",
        "Officials issued evacuation orders affecting some 12,500 residents.",
        (about("evacuated", 12500, **ORDERED),),
    ),
)

# People taken or moved to shelters counted with the shelters (session 11, issue 17): displaced, as "were taken to
# evacuation centres" is; "N of the affected ..." keeps its affected row beside it. Things and helpers sent there
# are no displaced people.
CASES_SHELTER_TRANSFER: tuple[Case, ...] = (
    C(
        "brought_to_n_evacuation_centres",
        "Nearly 2,600 flood victims were brought to 19 evacuation centres overnight.",
        (about("displaced", 2600),),
    ),
    C(
        "of_the_affected_taken_to_n_shelters",
        "About 5,400 of the affected residents were taken to 28 evacuation shelters.",
        (about("displaced", 5400), about("affected", 5400)),
    ),
    C("mattresses_sent_to_centres_nm", "Some 300 mattresses were sent to 12 evacuation centres.", ()),
    C("volunteers_sent_to_centres_nm", "Around 60 volunteers were sent to 8 evacuation centres.", ()),
)

# ---------------------------------------------------------------------------
# A relative clause between commas before the verb (session 10): a count inside the clause belongs to
# the clause, never to the subject of the verb after it; the subject is read as it is (our sentences).
CASES_RELATIVE_ASIDES: tuple[Case, ...] = (
    C(
        "aside_three_wars",
        "A retired colonel, who had served in three wars, was killed on Monday.",
        (exact("killed", 1),),
    ),
    C(
        "aside_dozens_of_patients",
        "The nurse, who had treated dozens of patients that night, was wounded by shrapnel.",
        (exact("injured", 1),),
    ),
    C(
        "aside_whose_team_inspected",
        "A surveyor, whose crew had mapped 14 villages that week, was shot and killed near the river.",
        (exact("killed", 1),),
    ),
    C(
        "aside_subject_killed_then_arrested",
        "The gunmen, who killed 12 people, were arrested on Friday.",
        (exact("killed", 12),),
    ),
    # guards: the count is the subject's own, or the clause's own verb counts it
    C(
        "aside_count_is_the_subject",
        "Two farmers, who had worked the same four fields for decades, were abducted.",
        (exact("kidnapped", 2),),
    ),
    C(
        "aside_own_trigger_in_the_clause",
        "The two brothers, who were among 40 people killed in the raid, were buried on Sunday.",
        (exact("killed", 40),),
    ),
)

# ---------------------------------------------------------------------------
# Ages between commas after a noun for people (session 10): "The girl, 9, was killed" is one person,
# never 9; a list of ages after a count is not added to it (our sentences).
CASES_BARE_AGES: tuple[Case, ...] = (
    C("bare_age_girl", "The girl, 9, was killed when a wall collapsed on her.", (exact("killed", 1),)),
    C("bare_age_shopkeeper", "A shopkeeper, 52, was shot dead in his store.", (exact("killed", 1),)),
    C("bare_ages_two_brothers", "Two brothers, 11 and 13, drowned in the reservoir.", (exact("killed", 2),)),
    C(
        "bare_ages_four_friends",
        "Four friends, 17, 18, 18 and 20, were injured when their car overturned.",
        (exact("injured", 4),),
    ),
    C("bare_ages_two_men_arrested", "Two men, 34 and 41, were arrested at the scene.", (exact("arrested", 2),)),
    # guards: counts after a comma that are not ages
    C(
        "list_after_comma_not_ages",
        "The bomb killed three policemen, 12 civilians and a child.",
        (exact("killed", 16), exact("killed", 3, **PART), exact("killed", 12, **PART), exact("killed", 1, **PART)),
    ),
    C(
        "subset_after_comma_not_an_age",
        "The storm killed 12 people, 8 of them children.",
        (exact("killed", 12), exact("killed", 8, **PART)),
    ),
)

# ---------------------------------------------------------------------------
# Everyday news (session 10): harm words in other senses give no row, found by a probe of
# ordinary news (sport, business, health, culture, obituaries, courts); our own sentences.
RATE: dict[str, Any] = {"has_modality": True}
CASES_EVERYDAY_NEWS: tuple[Case, ...] = (
    # things and animals counted with a harm word
    C("jobs_killed_nm", "The reorganisation killed 450 jobs at the mill.", ()),
    C("ballots_missing_nm", "Thirty ballots were missing when the recount began.", ()),
    C("servers_died_nm", "Two servers died in the data centre overnight.", ()),
    C("hens_killed_nm", "A heatwave killed 3,000 hens at the poultry farm.", ()),
    C("frogs_killed_nm", "The chemical leak killed 200 frogs in the pond.", ()),
    # idioms that hold a harm word
    C("dying_to_nm", "Hundreds of shoppers were dying to get into the sale.", ()),
    C("dead_heat_nm", "The 3 front-runners are in a dead heat, the poll shows.", ()),
    C("killed_off_characters_nm", "The network killed off 4 characters in the finale.", ()),
    # rates of a population are kept, marked as rates
    C("per_hundred_thousand_rate", "The disease kills 9 people per 100,000 each year.", (exact("killed", 9, **RATE),)),
    C(
        "one_in_ten_rate",
        "In the flooded district, cholera affects 1 in 10 children.",
        (exact("affected", 1, **RATE),),
    ),
    # a squad's injuries; a harm from outside makes them casualties again
    C("squad_injured_defenders_nm", "United will be without four injured defenders for the derby.", ()),
    C("squad_hamstring_injuries_nm", "The club has had 11 hamstring injuries this season.", ()),
    C(
        "squad_words_with_a_collapse",
        "Two fans were killed and 30 injured when a wall collapsed during the derby.",
        (exact("killed", 2), exact("injured", 30)),
    ),
    # fiction; a place phrase is no frame of fiction
    C("fiction_novel_sniper_nm", "In the novel, a sniper who has killed 40 soldiers deserts.", ()),
    C("in_the_village_not_fiction", "In the village, gunmen killed 40 soldiers.", (exact("killed", 40),)),
    # an obituary's death; an old man's death in a fire stays
    C("natural_death_peacefully_nm", "The painter died peacefully at home, surrounded by family.", ()),
    C(
        "aged_death_in_a_fire",
        "A retired painter, aged 81, died when fire swept through his home.",
        (exact("killed", 1),),
    ),
    # a prison term, lives saved
    C("jailed_for_years_nm", "The former mayor was jailed for six years for fraud.", ()),
    C("jailed_protesters_arrested", "Police jailed 40 protesters overnight.", (exact("arrested", 40),)),
    C("lives_saved_nm", "The new barrier saved 12 lives last winter.", ()),
    C("quoted_title_nm", "'Seven Dead at Dawn', a new crime novel, was released on Monday.", ()),
    C("quoted_speech_not_a_title", "'Two people were killed,' the officer said.", (exact("killed", 2),)),
    C("deceased_donors_nm", "Kidneys from 3 deceased donors were transplanted last week.", ()),
    # a harm adjective before a plural noun of things; agents' nouns stay people
    C("dead_galaxies_nm", "Astronomers catalogued 8 dead galaxies beyond the cluster.", ()),
    C("dead_insurgents_people", "Troops found 9 dead insurgents in the cave.", (exact("killed", 9),)),
    C("dead_then_comma", "The clashes left 30 dead, officials said.", (exact("killed", 30),)),
    # the object of a first verb is no subject of "died" after "and"
    C("object_then_and_died_nm", "He trained 5 Olympic champions and died in Lisbon last year.", ()),
    C("object_then_clause_died", "The militia stormed 3 villages and 40 people died.", (exact("killed", 40),)),
    # obituaries; an epidemic's deaths stay
    C("obituary_at_the_age_of_nm", "The novelist, who published 12 books, died on Monday at the age of 88.", ()),
    C("obituary_died_of_cancer_nm", "The retired judge died of cancer at home.", ()),
    C("died_of_cholera", "Twelve people died of cholera at the camp.", (exact("killed", 12),)),
    # "affected by" a rule, "hurt" in money; "affected by" a hazard and "hurt by" a falling thing stay
    C("affected_by_rules_nm", "Roughly 2,500 tenants were affected by the new rent rules.", ()),
    C("affected_by_floods", "About 2,500 tenants were affected by the floods.", (about("affected", 2500),)),
    C("hurt_financially_nm", "Some 300 savers were hurt financially by the collapse of the bank.", ()),
    C("hurt_by_scaffolding", "Three workers were hurt by falling scaffolding.", (exact("injured", 3),)),
    # areas are measures, a second verb's noun is its own, "missing from" a roll is absent
    C("area_km2_nm", "The fire affected roughly 4,100 km2 of grassland.", ()),
    C("noun_of_a_second_verb_nm", "The wildfire threatened 700 structures and caused mass evacuations.", ()),
    C("missing_from_meeting_nm", "Nine of the council's 31 members were missing from the vote on Tuesday.", ()),
    C(
        "missing_from_school_in_a_flood",
        "Four pupils went missing from the school yard when the river burst its banks.",
        (exact("missing", 4),),
    ),
    # an evacuation order names whom it covers: evacuated, marked "ordered"
    C(
        "evacuation_orders_for_residents",
        "Evacuation orders went out for roughly 6,500 residents of the lower town.",
        (about("evacuated", 6500, has_modality=True),),
    ),
    C("evacuation_orders_for_districts_nm", "Evacuation orders went out for 4 districts on Monday.", ()),
    # an age after "died at", idioms and names that hold "death", a game's lives, more animals
    C("death_at_age_nm", "She taught at the school until her death at 97.", ()),
    C("died_at_places", "Four patients died at 2 clinics after the outbreak.", (exact("killed", 4),)),
    C("died_a_death_nm", "The proposal died a death before 300 delegates.", ()),
    C("death_row_nm", "There are 85 prisoners on death row in the state.", ()),
    C("game_lives_nm", "Each player begins with 10 lives.", ()),
    C("rhinos_killed_nm", "Poachers killed 7 rhinos in the reserve last month.", ()),
    # "missing", "evacuated", "affected" said of a plural noun of things; people stay
    C("suitcases_missing_nm", "Some 9,000 suitcases went missing at the hub last winter.", ()),
    C("galleries_evacuated_nm", "Four galleries were evacuated while the leak was fixed.", ()),
    C("hikers_missing", "About 30 hikers went missing in the blizzard.", (about("missing", 30),)),
    # a share "1 in N": the N is no count, the 1 a rate
    C("one_in_n_share", "One in 8 pupils was injured in the crush at the gates.", (exact("injured", 1, **RATE),)),
    C("lives_claimed", "The floods claimed 12 lives.", (exact("killed", 12),)),
    # staff moved by an employer, people a rule touches; shelling displaces staff all the same
    C("employees_relocated_nm", "The airline relocated 900 employees to its new hub.", ()),
    C("taxpayers_affected_nm", "The tax change affected 3 million taxpayers.", ()),
    C(
        "employees_displaced_by_shelling",
        "Shelling displaced 900 employees of the factory and their families.",
        (exact("displaced", 900),),
    ),
)

# ---------------------------------------------------------------------------
# The basic patterns, one trigger or construction per case (our own sentences).
CASES_BASIC: tuple[Case, ...] = (
    C("passive_were_killed", "12 people were killed in the attack.", (exact("killed", 12),)),
    C("active_killed_people", "The blast killed 12 people on Monday.", (exact("killed", 12),)),
    C("active_killed_bare", "A car bomb in the market killed 12.", (exact("killed", 12),)),
    C("left_n_dead", "The clashes left 12 dead.", (exact("killed", 12),)),
    C("headline_n_dead", "Flash floods: 12 dead in northern Kenya", (exact("killed", 12),)),
    C("n_deaths", "Health officials recorded 12 deaths from cholera.", (exact("killed", 12),)),
    C("death_toll_rose_to", "The death toll rose to 12 on Tuesday.", (exact("killed", 12),)),
    C("toll_of", "Police gave a toll of 12 after the raid.", (exact("killed", 12),)),
    C("death_toll_stands_at", "The death toll now stands at 87.", (exact("killed", 87),)),
    C("death_toll_is", "The death toll is 40, officials said.", (exact("killed", 40),)),
    C(
        "killing_and_injuring",
        "Gunmen opened fire on the bus, killing 5 and injuring 12.",
        (exact("killed", 5), exact("injured", 12)),
    ),
    C(
        "seed_killed_injured_another",
        "Since Haftar launched the operation to take Tripoli from the internationally recognized GNA, the fighting"
        " has killed 254 people and injured another 1,228, according to the World Health Organization (WHO).",
        (exact("killed", 254), exact("injured", 1228)),
    ),
    C(
        "seed_forced_to_flee",
        "The fighting has forced more than 32,000 to flee, it added.",
        (more_than("displaced", 32000),),
    ),
    C(
        "seed_affected_including_children",
        "According to the U.N., Haftar’s offensive in Tripoli has affected 1.5 million people, including children.",
        (exact("affected", 1_500_000),),
    ),
    C("headline_quake_kills", "Quake kills 300 in Iran", (exact("killed", 300),)),
    C(
        "headline_floods_kill_thousands_displaced",
        "Floods kill 40 in Kenya, thousands displaced",
        (exact("killed", 40), vague("displaced")),
    ),
    C(
        "headline_killed_injured_commas",
        "Bomb blast in Quetta: 5 killed, 12 injured",
        (exact("killed", 5), exact("injured", 12)),
    ),
    C("headline_gunmen_kill", "Gunmen kill 7 villagers in Zamfara", (exact("killed", 7),)),
    C("headline_n_killed_after_comma", "Gunmen attack village, 7 killed", (exact("killed", 7),)),
    C("headline_toll_climbs", "Death toll from Nepal quake climbs to 2,500", (exact("killed", 2500),)),
    C(
        "including_children",
        "12 people, including 3 children, died in the fire.",
        (exact("killed", 12, is_part=False), exact("killed", 3, group="children", is_part=True)),
    ),
    C("died_number_word", "Twelve people died when the boat capsized.", (exact("killed", 12),)),
    C(
        "were_killed_were_wounded_no_noun",
        "Police said 12 were killed and 30 were wounded.",
        (exact("killed", 12), exact("injured", 30)),
    ),
    C("fatalities", "The crash caused 12 fatalities.", (exact("killed", 12),)),
    C("lives_were_lost", "12 lives were lost in the landslide.", (exact("killed", 12),)),
    C("claimed_n_lives", "The landslide claimed 12 lives.", (exact("killed", 12),)),
    C("claimed_the_lives_of", "The epidemic has claimed the lives of 46 people.", (exact("killed", 46),)),
    C("bodies_recovered", "Rescuers recovered 12 bodies from the rubble.", (exact("killed", 12),)),
    C("bodies_of_n", "The bodies of 12 migrants were recovered off the coast.", (exact("killed", 12),)),
    C("drowned", "12 people drowned when their boat sank.", (exact("killed", 12),)),
    C("perished", "Some 30 passengers perished in the fire.", (about("killed", 30),)),
    C("shot_dead", "Soldiers shot dead 12 protesters.", (exact("killed", 12),)),
    C("lost_their_lives", "At least 12 people lost their lives in the floods.", (at_least("killed", 12),)),
    C("confirmed_dead", "Twelve people were confirmed dead on Sunday.", (exact("killed", 12),)),
    C("executed", "The militants executed 12 prisoners.", (exact("killed", 12),)),
    C("murdered", "Gunmen murdered 12 villagers overnight.", (exact("killed", 12),)),
    C(
        "left_dead_and_injured",
        "The explosion left 12 dead and 40 injured.",
        (exact("killed", 12), exact("injured", 40)),
    ),
    C("injured_passive", "40 people were injured in the stampede.", (exact("injured", 40),)),
    C("wounded_active", "The grenade wounded 40 worshippers.", (exact("injured", 40),)),
    C("hurt", "Forty people were hurt when the stand collapsed.", (exact("injured", 40),)),
    C("sustained_injuries", "At least 40 people sustained injuries.", (at_least("injured", 40),)),
    C("injured_as_noun", "Hospitals in the city treated 40 injured.", (exact("injured", 40),)),
    C("missing_are", "Fifteen fishermen are missing after the storm.", (exact("missing", 15),)),
    C("remain_missing", "15 people remain missing.", (exact("missing", 15),)),
    C("unaccounted_for", "15 people are still unaccounted for.", (exact("missing", 15),)),
    C("left_missing", "The landslide left 15 people missing.", (exact("missing", 15),)),
    C("displaced_passive", "12,000 people were displaced by the floods.", (exact("displaced", 12000),)),
    C("displaced_active", "The fighting displaced 12,000 people.", (exact("displaced", 12000),)),
    C("fled_their_homes", "About 12,000 residents fled their homes.", (about("displaced", 12000),)),
    C("forced_to_flee_people", "Clashes forced 3,000 people to flee their villages.", (exact("displaced", 3000),)),
    C("uprooted", "The conflict has uprooted 2.5 million people.", (exact("displaced", 2_500_000),)),
    C(
        "internally_displaced",
        "There are 40,000 internally displaced people in the camp.",
        (exact("displaced", 40000),),
    ),
    C("displacement_of", "The offensive caused the displacement of 8,000 people.", (exact("displaced", 8000),)),
    C("evacuated_passive", "5,000 people were evacuated from the coast.", (exact("evacuated", 5000),)),
    C("evacuated_active", "Authorities evacuated 5,000 residents.", (exact("evacuated", 5000),)),
    C("homeless_left", "The earthquake left 20,000 people homeless.", (exact("homeless", 20000),)),
    C("homeless_made", "20,000 people were made homeless.", (exact("homeless", 20000),)),
    C("affected_active", "The drought has affected 1.5 million people.", (exact("affected", 1_500_000),)),
    C("affected_passive", "1.5 million people were affected by the floods.", (exact("affected", 1_500_000),)),
    C("arrested_passive", "30 people were arrested after the riot.", (exact("arrested", 30),)),
    C("arrested_active", "Police arrested 30 protesters.", (exact("arrested", 30),)),
    C("detained", "Security forces detained 30 people.", (exact("arrested", 30),)),
    C("kidnapped_active", "Gunmen kidnapped 14 villagers.", (exact("kidnapped", 14),)),
    C("abducted_passive", "14 students were abducted from their school.", (exact("kidnapped", 14),)),
    C("taken_hostage", "14 people were taken hostage.", (exact("kidnapped", 14),)),
    C("took_hostage", "The rebels took 14 aid workers hostage.", (exact("kidnapped", 14),)),
    C("casualties", "The shelling caused 12 casualties.", (exact("casualties", 12),)),
    C("killed_or_injured", "22 people were killed or injured.", (exact("casualties", 22),)),
    C("houses_destroyed_active", "The cyclone destroyed 300 houses.", (exact("houses_destroyed", 300, **HOUSES),)),
    C("homes_destroyed_passive", "300 homes were destroyed.", (exact("houses_destroyed", 300, **HOUSES),)),
    C("houses_damaged_active", "The quake damaged 900 houses.", (exact("houses_damaged", 900, **HOUSES),)),
    C(
        "houses_damaged_passive_more_than",
        "More than 1,200 houses were damaged.",
        (more_than("houses_damaged", 1200, **HOUSES),),
    ),
    C("houses_washed_away", "The floods washed away 50 houses.", (exact("houses_destroyed", 50, **HOUSES),)),
    C("were_killed_when", "Five people were killed when a bomb exploded.", (exact("killed", 5),)),
    C("have_been_killed", "At least 9 people have been killed.", (at_least("killed", 9),)),
    C("are_dead", "Seven people are dead after the storm.", (exact("killed", 7),)),
    C("found_dead", "Seven people were found dead.", (exact("killed", 7),)),
    C("killing_n_people", "A bomb exploded in the market, killing 7 people.", (exact("killed", 7),)),
    C("injuring_n", "A grenade was thrown into the crowd, injuring 7.", (exact("injured", 7),)),
    C("dead_and_missing_headline", "Floods leave 12 dead, 15 missing", (exact("killed", 12), exact("missing", 15))),
    C("displaces_headline", "Fighting displaces 5,000 in Ituri", (exact("displaced", 5000),)),
    C("flee_headline_vague", "Thousands flee as volcano erupts", (vague("displaced"),)),
    C("evacuate_headline", "Wildfire forces 2,000 to evacuate", (exact("evacuated", 2000),)),
    # Numbers that sit next to a real figure but are not one.
    C("ages_distractor", "Two boys, aged 12 and 14, were killed in the raid.", (exact("killed", 2),)),
    C("date_distractor", "On 12 March 2016, 40 people were killed in Aleppo.", (exact("killed", 40),)),
    C(
        "money_distractor",
        "The floods, which caused $2.3 billion in damage, killed 14 people.",
        (exact("killed", 14),),
    ),
    C("percent_distractor", "Turnout fell by 12% after 40 people were killed.", (exact("killed", 40),)),
    C("year_distractor", "In 2019, floods displaced 30,000 people.", (exact("displaced", 30000),)),
    C("reference_marker_distractor", "The storm killed 14 people.[12]", (exact("killed", 14),)),
)

# ---------------------------------------------------------------------------
# Number expressions inside a killed/displaced sentence.
NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"
CASES_NUMBERS: tuple[Case, ...] = (
    C("digits_comma", "1,228 people were injured.", (exact("injured", 1228),)),
    C("digits_space_plain", "32 000 people have fled.", (exact("displaced", 32000),)),
    C("digits_space_nbsp", f"32{NBSP}000 people have fled.", (exact("displaced", 32000),)),
    C("digits_space_thin", f"32{THIN}000 people have fled.", (exact("displaced", 32000),)),
    C("digits_space_narrow_nbsp", f"32{NNBSP}000 people have fled.", (exact("displaced", 32000),)),
    C("digits_space_qualified", "Around 1 500 people have fled.", (about("displaced", 1500),)),
    C("digits_two_commas", "2,093,030 people were displaced.", (exact("displaced", 2_093_030),)),
    C("digits_no_separator", "12500 people were displaced.", (exact("displaced", 12500),)),
    C("digits_nbsp_before_noun", f"The storm killed 14{NBSP}people.", (exact("killed", 14),)),
    C("decimal_million", "1.5 million people were affected.", (exact("affected", 1_500_000),)),
    C("decimal_million_two_places", "1.55 million people were affected.", (exact("affected", 1_550_000),)),
    C("decimal_m", "2.3m people have been displaced.", (exact("displaced", 2_300_000),)),
    C("decimal_k", "120k people were evacuated.", (exact("evacuated", 120_000),)),
    C("decimal_bn", "The pandemic has affected 1.2bn people.", (exact("affected", 1_200_000_000),)),
    C("decimal_billion_word", "The drought affected 1.2 billion people.", (exact("affected", 1_200_000_000),)),
    C("half_a_million", "Half a million people were displaced.", (exact("displaced", 500_000),)),
    C("word_million", "Two million people fled.", (exact("displaced", 2_000_000),)),
    C("digit_million", "2 million people fled.", (exact("displaced", 2_000_000),)),
    C("digit_thousand_word", "160 thousand people were evacuated.", (exact("evacuated", 160_000),)),
    C("word_one", "One person was killed.", (exact("killed", 1),)),
    C("word_twelve", "Twelve people were killed.", (exact("killed", 12),)),
    C("word_ninety_nine_hyphen", "Ninety-nine people were killed.", (exact("killed", 99),)),
    C("word_ninety_nine_space", "Ninety nine people were killed.", (exact("killed", 99),)),
    C("word_hundred_and_five", "One hundred and five people died.", (exact("killed", 105),)),
    C("word_hundred_forty_eight", "Four hundred forty-eight people died.", (exact("killed", 448),)),
    C("word_three_thousand", "Three thousand people were displaced.", (exact("displaced", 3000),)),
    C("word_a_dozen", "A dozen people were injured.", (exact("injured", 12),)),
    C("word_two_dozen", "Two dozen people were injured.", (exact("injured", 24),)),
    C("word_a_hundred", "A hundred people were arrested.", (exact("arrested", 100),)),
    C("word_a_thousand", "A thousand people fled.", (exact("displaced", 1000),)),
    C("vague_hundreds_of_thousands", "Hundreds of thousands of people fled.", (vague("displaced"),)),
    C("vague_tens_of_thousands", "Tens of thousands were displaced.", (vague("displaced"),)),
    C("vague_dozens", "Dozens of people were killed.", (vague("killed"),)),
    C("vague_scores", "Scores were injured.", (vague("injured"),)),
    C("vague_hundreds", "Hundreds were arrested.", (vague("arrested"),)),
    C("vague_thousands", "Thousands of residents fled.", (vague("displaced"),)),
    C("vague_several", "Several people were kidnapped.", (vague("kidnapped"),)),
    C("vague_a_few", "A few people were injured.", (vague("injured"),)),
    C("q_more_than", "More than 200 people were killed.", (more_than("killed", 200),)),
    C("q_over", "Over 200 people were killed.", (more_than("killed", 200),)),
    C("q_upwards_of", "Upwards of 58,000 people were evacuated.", (more_than("evacuated", 58000),)),
    C("q_in_excess_of", "In excess of 3,000 people were displaced.", (more_than("displaced", 3000),)),
    C("q_at_least", "At least 20 people were killed.", (at_least("killed", 20),)),
    C("q_no_fewer_than", "No fewer than five people were killed.", (at_least("killed", 5),)),
    C("q_nearly", "Nearly 44,000 people were displaced.", (about("displaced", 44000),)),
    C("q_almost", "Almost 274,000 people were displaced.", (about("displaced", 274000),)),
    C("q_about", "About 10 people were killed.", (about("killed", 10),)),
    C("q_around", "Around 73,000 people were displaced.", (about("displaced", 73000),)),
    C("q_some", "Some 12 people were killed.", (about("killed", 12),)),
    C("q_roughly", "Roughly 200 people were wounded.", (about("injured", 200),)),
    C("q_approximately", "Approximately 450 people were evacuated.", (about("evacuated", 450),)),
    C("q_an_estimated", "An estimated 8,000 people were displaced.", (about("displaced", 8000),)),
    C("q_up_to", "Up to 15,000 people were displaced.", (at_most("displaced", 15000),)),
    C("q_as_many_as", "As many as 92,000 people were displaced.", (at_most("displaced", 92000),)),
    C("q_at_most", "At most 30 people were injured.", (at_most("injured", 30),)),
    C("q_no_more_than", "No more than 30 people were injured.", (at_most("injured", 30),)),
    C("q_fewer_than", "Fewer than 10 people were injured.", (less_than("injured", 10),)),
    C("q_less_than", "Less than 100 people were evacuated.", (less_than("evacuated", 100),)),
    C("q_under", "Under 50 people were arrested.", (less_than("arrested", 50),)),
    C("q_more_than_million", "More than 2.3 million people were displaced.", (more_than("displaced", 2_300_000),)),
    C("q_over_word_number", "Over a hundred homes were destroyed.", (more_than("houses_destroyed", 100, **HOUSES),)),
    C("range_hyphen", "10-15 people were killed.", (between("killed", 10, 15),)),
    C("range_en_dash", "10–15 people were killed.", (between("killed", 10, 15),)),
    C("range_to", "10 to 15 people were killed.", (between("killed", 10, 15),)),
    C("range_between", "Between 10 and 15 people were killed.", (between("killed", 10, 15),)),
    C("range_between_words", "Between ten and fifteen people were killed.", (between("killed", 10, 15),)),
    C(
        "range_between_thousands",
        "Between 1,200 and 2,000 people were displaced.",
        (between("displaced", 1200, 2000),),
    ),
    C("range_to_thousands", "Some 2,000 to 4,000 people fled.", (Row("displaced", 2000, "range", ..., 4000),)),
)

# ---------------------------------------------------------------------------
# Texts that must give no figure at all (SPEC: must-not-extract).  Most carry a
# trigger word so that the test can fail: the only numbers are not victims.
CASES_NO_FIGURE: tuple[Case, ...] = (
    C("year_only", "Villagers were killed on 12 March 2016.", ()),
    C("year_fled", "Residents fled on 5 January 2017.", ()),
    C("year_since", "The fighting since 2014 has displaced families across the region.", ()),
    C("year_floods_homeless", "The 2015 floods left families homeless.", ()),
    C("date_range", "People fled between 17 October and 23 March.", ()),
    C("date_us_style", "On June 23, rescuers searched for the missing.", ()),
    C("time_pm", "Gunfire was heard at 10:30 pm and residents fled.", ()),
    C("time_24h", "Soldiers were wounded at 0600 local time.", ()),
    C("time_am_raid", "The 3 a.m. raid killed civilians.", ()),
    C("age_range", "Protesters aged 18 to 25 were detained.", ()),
    C("age_under", "Children under 5 were evacuated first.", ()),
    C("age_over", "Villagers aged over 60 were evacuated.", ()),
    C("age_year_old", "Survivors said a 12-year-old girl was rescued from the rubble.", ()),
    C("percent_of_displaced", "Nearly 40% of the displaced are children.", ()),
    C("percent_rise", "Displacement rose by 12 percent in 2016.", ()),
    C("per_cent_children", "About 75 per cent of children arriving at the camp had acute malnutrition.", ()),
    C("money_damage", "The floods caused $2.3 billion in damage.", ()),
    C("money_compensation", "Families of the dead received 500,000 naira each.", ()),
    C("money_houses", "Damage to houses was estimated at US$150 million.", ()),
    C("distance_km", "The village lies 7 kilometres east of Eringiti, where residents fled.", ()),
    C("distance_miles", "The bomb struck about 30 miles (50 kilometers) north of the capital, and survivors fled.", ()),
    C("area_acres", "The fire had spread 3,300 acres and evacuations were removed.", ()),
    C("speed_kmh", "Gusts reached 113 km/h as residents were evacuated.", ()),
    C("speed_mph", "Winds of 120 mph destroyed homes along the coast.", ()),
    C("magnitude_hyphen", "A 7.1-magnitude quake left residents homeless.", ()),
    C("magnitude_word_first", "A magnitude 6.2 earthquake struck central areas and displaced residents.", ()),
    C("rainfall_mm", "More than 400 mm of rain fell and roads were flooded.", ()),
    C("temperature", "Temperatures reached 40.1 °C as the heatwave hit.", ()),
    C(
        "seed_six_loyalists",
        "The GNA’s defense ministry has issued arrest warrants for Haftar and six of his loyalists over the alleged"
        " war crimes.",
        (),
    ),
    C(
        "seed_two_rival_governments",
        "Since then, terrorist groups have found a fertile jihadi ground in the North African country as the two"
        " rival governments — Haftar’s in Tobruk and al-Sarraj’s in Tripoli — fight for power and influence.",
        (),
    ),
    C("seed_date_line", "July 25, 2017. / AFP PHOTO / POOL / PHILIPPE WOJAZER", ()),
    C(
        "seed_toppled_2011",
        "The cycle of anarchy gripping Libya since dictator Muammar Gaddafi was toppled in 2011.",
        (),
    ),
    C("three_provinces", "Floods hit three provinces, killing livestock.", ()),
    C("pigs_killed", "More than 100 pigs were killed there.[13]", ()),  # wikimpacts:dev:s2CCkWY
    C(
        "farm_animals",
        "The heat wave also caused extensive damage to agriculture across the region, resulting in substantial loss"
        " of crop yield and the death of 651,000 farm animals.[12]",  # wikimpacts:dev:U8NCPRY
        (),
    ),
    C("bridges_destroyed", "Five bridges were destroyed and thirty-five schools were demolished.", ()),
    C("flights_cancelled", "Over 100 flights had to be cancelled.", ()),
    C("cities_affected", "147 cities were affected by power outages.", ()),
    C(
        "localities_counties",  # wikimpacts:dev:AHPDzKR
        "Between 15 and 20 July, heavy rains caused flooding in 80 localities in 20 counties.[3]",
        (),
    ),
    C(
        "percent_infrastructure",
        "Ninety percent of all infrastructure was destroyed.[19]",  # wikimpacts:dev:tgrfAzi
        (),
    ),
    C("reference_markers_only", "Many people were killed.[12][13]", ()),
    C("reference_marker_mid", "Residents were evacuated[31][33] as the river rose.", ()),
    C("could_kill_up_to", "Experts warn the offensive could kill up to 1,000 people.", ()),
    C("could_displace", "The cyclone could displace 200,000 people.", ()),
    C("may_need_evacuation", "Officials warned that as many as 5,000 people may need to be evacuated.", ()),
    C("phone_number", "Call 0800 123 456 if relatives are missing.", ()),
    C("sentence_years", "He was sentenced to 12 years for the killing.", ()),
    C("duration_days", "Three days of fighting displaced residents.", ()),
    C("duration_hours", "The 17-hour siege ended after police stormed the building.", ()),
    C("ordinal_typhoon", "Typhoon Megi, the 17th typhoon to strike China this year, made landfall in Fujian.", ()),
    C("population_town", "The town, which had a population of 4,500, was evacuated.", ()),
    C("inhabitants", "The 220,000 inhabitants escaped the worst of the storm.", ()),
    C("battalion_number", "The 101 Special Forces Battalion killed militants in the raid.", ()),
    C("disease_name", "COVID-19 patients died in the ward.", ()),
    C("weapon_model", "AK-47 rifles were seized from the kidnappers.", ()),
    C("score", "The team won 3-1 despite its injured players.", ()),
    C("resolution_number", "Resolution 2254 calls for the return of displaced people.", ()),
    C("road_name", "Gunmen killed travellers on Route 66.", ()),
    C("flight_number", "Passengers on Flight 17 were evacuated.", ()),
    C("signal_levels", "PAGASA issued Public Storm Warning Signals 1 to 3 (4 is the highest signal).", ()),
    C("hectares_indian_grouping", "2,02,957 hectare of agricultural land was submerged.", ()),
    C("trapped_not_displaced", "About 41,000 people were trapped as roads were closed.", ()),
    C("crops_destroyed", "Around 20% of the rice crop was destroyed.", ()),
)

# ---------------------------------------------------------------------------
# Real sentences from the dev gold sets (/work/shared/eval/dev), cut to the
# sentences that matter, words as written; the source document is in the
# comment.  Expected rows come from reading the sentence (see the gold notes).
CASES_GOLD: tuple[Case, ...] = (
    # --- WAD (PITF Worldwide Atrocities Dataset) ---
    C(
        "wad_9_killed_at_least_injured",  # wad:9
        "Two female suicide bombers have killed at least 12 people and injured 11 at a mosque in the village of"
        " Kouyape, in Kolofata district on Cameroon's northern border with Nigeria",
        (at_least("killed", 12), exact("injured", 11)),
    ),
    C(
        "wad_18_sixteen_have_been_killed",  # wad:18
        "Sixteen people have been killed in an explosive-device blast in Al-Jam'iyyah neighbourhood in the [Iraqi]"
        " city of Al-Ramadi",
        (exact("killed", 16),),
    ),
    C(
        "wad_20_executed",  # wad:20
        "The Islamic State militant group has executed 83 men who belong to Al-Jabur tribe in Nineveh Province,"
        " private pro-Shi'i Buratha News website reported on 5 January.",
        (exact("killed", 83),),
    ),
    C(
        "wad_23_killed_others_wounded",  # wad:23
        "At least 20 people were killed and 50 others wounded in a car bombing followed by a suicide bombing inside"
        " a casino in the town of Muqdadiya in eastern Iraq, security and medical sources said.",
        (at_least("killed", 20), exact("injured", 50)),
    ),
    C(
        "wad_57_scores_wounded_hundreds_attackers",  # wad:57; "hundreds of Nuers" are attackers, not victims
        "At least seven people were killed yesterday in Gambella town, south of Ethiopia, during an attempted prison"
        " break. Eye witnesses told Addis Standard that a fierce clash between the Nuer and Anywaa ethnic groups also"
        " left scores wounded when hundreds of Nuers attacked a prison called Gambella regional state correctional"
        " facility.",
        (at_least("killed", 7), vague("injured")),
    ),
    C(
        "wad_252_injured_others",  # wad:252
        "Two female suicide bombers posing as food vendors killed at least 24 people and injured 112 others in a"
        " market in Meme, northern Cameroon, security sources said on Friday.",
        (at_least("killed", 24), exact("injured", 112)),
    ),
    C(
        "wad_258_twenty_eight_three_days",  # wad:258
        "Twenty eight people were killed during three days of the Jat quota agitation in the North Indian state of"
        " Haryana, Director General of Police Yashapl Singhal said.",
        (exact("killed", 28),),
    ),
    C(
        "wad_269_confirmed_dead_scores_injured_bicycles",  # wad:269
        "At least 10 persons were confirmed dead with scores injured when a group of Boko Haram terrorists who rode"
        " on 10 bicycles from Sambisa Forest invaded Mairi Mmumbe village, near Dalori District of Konduga Local"
        " Government Area of Borno State on Saturday.",
        (at_least("killed", 10), vague("injured")),
    ),
    C(
        "wad_291_hyphenated_word",  # wad:291
        "Twenty-eight people were killed and 61 injured in a bomb attack in the Turkish capital Ankara on Wednesday,"
        " a government spokesman said.",
        (exact("killed", 28), exact("injured", 61)),
    ),
    C(
        "wad_492_died_were_injured",  # wad:492
        "At least 16 prisoners died and eight were injured in a fire Thursday as they protested overcrowding and"
        " other issues inside a prison in the capital of the South American country of Guyana, authorities said.",
        (at_least("killed", 16), exact("injured", 8)),
    ),
    C(
        "wad_501_no_fewer_than_mile_12",  # wad:501; "Mile 12" is a place
        "No fewer than five persons were killed yesterday in an ethnic clash between Hausa and Yoruba traders at"
        " the popular Mile 12 area of Lagos that also left scores with varying degrees of injuries.",
        (at_least("killed", 5), vague("injured")),
    ),
    C(
        "wad_508_miles_distractor",  # wad:508
        "Fourteen civilians were killed and at least 23 injured Monday morning when a bomber detonated his suicide"
        " vest after shooting his way into a court compound in the town of Shabqadar about 20 miles north of"
        " Peshawar, a senior police official said.",
        (exact("killed", 14), at_least("injured", 23)),
    ),
    C(
        "wad_701_at_least_nine",  # wad:701
        "At least nine people were killed on Saturday when a suicide attacker detonated a car bomb at a security"
        " checkpoint in northern Baghdad, police sources said",
        (at_least("killed", 9),),
    ),
    C(
        "wad_721_including_school_children_no_number",  # wad:721
        "A car bomb at local government headquarters in Mogadishu killed five people, including school children,"
        " and wounded seven, an official said, in an attack claimed by Somali Islamist group al Shabaab.",
        (exact("killed", 5), exact("injured", 7)),
    ),
    C(
        "wad_909_killing_wounding",  # wad:909
        "A suicide bomber targeted a minibus carrying court employees in Kabul during morning rush hour Wednesday,"
        " killing 11 people and wounding 4, Afghan and UN officials said.",
        (exact("killed", 11), exact("injured", 4)),
    ),
    C(
        "wad_918_two_sentences",  # wad:918; "the death of a revered imam" is not a figure
        "An explosives-laden car detonated on Monday in the Iraqi capital, killing at least 18 Shiite pilgrims who"
        " were commemorating the anniversary of the death of a revered imam, officials said. At least 45 people"
        " were wounded in the attack.",
        (at_least("killed", 18), at_least("injured", 45)),
    ),
    C(
        "wad_941_confirmed_dead",  # wad:941
        "No fewer than five civilians have been confirmed dead following protest by members of the Movement for the"
        " Actualisation of Sovereign State of Biafra (MASSOB), in Asaba on Monday.",
        (at_least("killed", 5),),
    ),
    C(
        "wad_949_about_more_than_date",  # wad:949
        "About 10 people were reportedly killed while more than 15 were also wounded in the 18 May fighting in"
        " Beledweyne district in Hiiraan region between two clan militias.",
        (about("killed", 10), more_than("injured", 15)),
    ),
    C(
        "wad_1142_distance_parenthesis",  # wad:1142
        "A suicide bombing against a military checkpoint in Tarmiyah, about 30 miles (50 kilometers) north of the"
        " capital, killed five civilians and wounded 15 others.",
        (exact("killed", 5), exact("injured", 15)),
    ),
    C(
        "wad_1172_in_total_as_well_as_wounding",  # wad:1172
        "Aerial bombardments during the past week struck areas of western Jebel Marra east of Nierteti and killed"
        " six villagers in total, as well as wounding 18.",
        (exact("killed", 6), exact("injured", 18)),
    ),
    C(
        "wad_1370_have_been_killed_so_far",  # wad:1370
        "At least 292 have been killed so far and more than 200 others injured in the bombing that rocked central"
        " Baghdad's Karrada district.",
        (at_least("killed", 292), more_than("injured", 200)),
    ),
    C(
        "wad_1405_killing_six_several_attacks",  # wad:1405; "several deadly attacks" counts attacks
        "According to eyewitness accounts, armed gangs carried out several deadly attacks on shopping malls"
        " belonging to Somali business community in Cape Town, killing six.",
        (exact("killed", 6),),
    ),
    C(
        "wad_1594_displaced_is_an_adjective",  # wad:1594; "displaced Iraqis" were killed, not displaced
        "Some 12 displaced Iraqis and members of Shia-led Popular Mobilisation Forces (PMF) have been killed in"
        " mortar shelling in Baiji town northern Iraq, pro-Kurds website Shafaq reported , quoting a local police"
        " source. 35 others have been wounded.",
        (about("killed", 12), exact("injured", 35)),
    ),
    C(
        "wad_1810_no_noun_after_second",  # wad:1810
        "At least 41 people were killed and 101 wounded Monday in a Taliban double suicide bombing near the defence"
        " ministry in central Kabul during rush hour",
        (at_least("killed", 41), exact("injured", 101)),
    ),
    C(
        "wad_2041_slaughtered",  # wad:2041
        "ISIS has slaughtered 190 ex-Iraq Security Forces officers in Mosul, according to UN rights office reports.",
        (exact("killed", 190),),
    ),
    C(
        "wad_2242_has_killed_civilians",  # wad:2242
        "An Afghan official says a roadside bombing has killed seven civilians in Sayedkhail district, Parwan"
        " province.",
        (exact("killed", 7),),
    ),
    C(
        "wad_2261_most_of_them_and_distance",  # wad:2261
        "A suicide truck bomb killed 92 people, most of them Iranian Shi'ite pilgrims, at a petrol station in the"
        " city of Hilla 100 km (62 miles) south of Baghdad on Thursday, police and medical sources said. 105 people"
        " were wounded in the attack.",
        (exact("killed", 92), exact("injured", 105)),
    ),
    C(
        "wad_2272_four_villages",  # wad:2272
        "31 people were reportedly killed by suspected Fulani herdsmen in attacks in four villages in Chawai"
        " Chiefdom of Kamaru Ward in Kauru local government of Kaduna State.",
        (exact("killed", 31),),
    ),
    C(
        "wad_2455_several_wounded",  # wad:2455
        "Six people were killed and several wounded in a bomb attack on the offices of an Iranian Kurdish"
        " opposition group Democratic Party of Iranian Kurdistan (PDKI) in the town of Koysinjaq in northern Iraq"
        " late on Tuesday, Iraqi Kurdish security sources said.",
        (exact("killed", 6), vague("injured")),
    ),
    C(
        "wad_2467_killed_no_fewer_than",  # wad:2467
        "Unidentified gunmen suspected to be gang members have killed no fewer than eight people in Omoku in"
        " Ogba/Egbema/Ndoni Local Government Area of Rivers State.",
        (at_least("killed", 8),),
    ),
    C(
        "wad_2601_claimed_the_lives_17_hour",  # wad:2601
        "A 17-hour uprising at a prison in Brazil claimed the lives of at least 56 prisoners over the weekend,"
        " state-run media agency Agencia Brasil reported Monday.",
        (at_least("killed", 56),),
    ),
    C(
        "wad_2761_others_wounded",  # wad:2761
        "An Afghan official says at least 12 civilians were killed and four others wounded when their vehicle"
        " struck a roadside bomb in the Urgun district in the eastern Paktika province.",
        (at_least("killed", 12), exact("injured", 4)),
    ),
    C(
        "wad_2775_twin_bombings",  # wad:2775
        "Twin suicide bombings in Mosul targeting a popular restaurant killed 14 people.",
        (exact("killed", 14),),
    ),
    C(
        "wad_2953_more_than_at_least",  # wad:2953
        "Gunmen dressed as medics attacked a hospital in the Afghan capital on Wednesday and battled security forces"
        " for hours, killing more than 49 people and wounding at least 63 in an assault claimed by Islamic State.",
        (more_than("killed", 49), at_least("injured", 63)),
    ),
    C(
        "wad_6872_shot_dead_nine",  # wad:6872
        "The Janjaweed, a Sudanese militia, has shot dead nine people in a village of the war-torn region of Darfur.",
        (exact("killed", 9),),
    ),
    C(
        "wad_6892_dead_and_missing",  # wad:6892; gold has no missing row (WAD labels killed/injured only)
        "At least 23 people are dead and 300 missing after an attack on a village of Fulani herders in central Mali"
        " where communal violence has surged in recent months.",
        (at_least("killed", 23), exact("missing", 300)),
    ),
    C(
        "wad_6925_fled_and_churches",  # wad:6925; gold lacks the 400 displaced (out of WAD's scope)
        "At least 35 people were killed in southern Ethiopia in days of clashes between soldiers and protesters"
        " agitating for the creation of a breakaway state in Ethiopia's Southern Nations, Nationalities, and"
        " Peoples' Region. At least 19 were injured. More than 400 civilians fled their homes. At least three"
        " churches were burnt to the ground.",
        (at_least("killed", 35), at_least("injured", 19), more_than("displaced", 400)),
    ),
    C(
        "wad_6948_kilometres_then_figures",  # wad:6948
        "A paramilitary group wearing uniforms of the Rapid Support Forces (RSF) main government militia, riding"
        " camels and horses, opened fire on the residents of Kabra village, eight kilometres west of Khazan Tunjor"
        " of Tawila in North Darfur. Six villagers were killed and seven wounded.",
        (exact("killed", 6), exact("injured", 7)),
    ),
    C(
        "wad_6988_wedding",  # wad:6988
        "A suicide bombing at a Kabul wedding claimed by the Islamic State affiliate in Afghanistan killed 80 people.",
        (exact("killed", 80),),
    ),
    C(
        "wad_6995_killed_at_least_injured",  # wad:6995
        "Ten civilians were killed and at least five injured when gunmen attacked villages in Bordede Wereda Gumbi"
        " kebele, Gimjabet area in West Haraghe zone of Oromia regional state.",
        (exact("killed", 10), at_least("injured", 5)),
    ),
    C(
        "wad_7021_shot_dead_workers",  # wad:7021
        "Suspected Islamic State West Africa Province (ISWAP)-affiliated jihadist group in Nigeria shot dead 11 local"
        " construction workers outside northeast Borno state capital, Maiduguri.",
        (exact("killed", 11),),
    ),
    C(
        "wad_7047_razed_houses",  # wad:7047; gold has killed only (houses out of WAD's scope)
        "Unknown gunmen killed nine persons and razed three houses in the Taabaa, Nyokuru and Okwale communities of"
        " the Khana local government area of the Rivers state.",
        (exact("killed", 9), exact("houses_destroyed", 3, **HOUSES)),
    ),
    C(
        "wad_7058_killed_and_injured_one_number",  # wad:7058
        # gold: killed 19 + injured 3, a document-level split not in this sentence; the sentence gives one
        # number for killed and injured together, i.e. casualties 22.
        "The Islamic State group (IS) has said it killed and injured 22 supporters of a political party in twin"
        " bomb attacks on the capital Kabul during commemorations for the death anniversary of Ahmad Shah Massoud.",
        (exact("casualties", 22),),
    ),
    C(
        "wad_7086_shot_dead_were_injured",  # wad:7086
        "Five people were shot dead in a bar and three were injured when a group of unidentified gunmen opened fire"
        " in the bar near Villahermosa, the state capital of Tabasco in southeastern Mexico.",
        (exact("killed", 5), exact("injured", 3)),
    ),
    C(
        "wad_7095_the_killing_of",  # wad:7095
        "The police in Kaduna State confirmed the killing of six persons by suspected bandits at Fadaman Rimi, a"
        " remote settlement in Chukun Local Government Area of the state.",
        (exact("killed", 6),),
    ),
    C(
        "wad_7134_seventeen_and_35",  # wad:7134
        "Seventeen people were killed and 35 wounded in Ethiopia's Afar regional state after attacks by armed men in"
        " Afambo wereda, Obno Kebele, near the border with Djibouti in the east and Somali regional state in the"
        " south.",
        (exact("killed", 17), exact("injured", 35)),
    ),
    C(
        "wad_7145_protesters_died",  # wad:7145; gold: killed 5 -- wrong, the sentence says 12
        "12 protesters died in Diwaniyah while setting fire to the headquarters of the powerful Badr organisation.",
        (exact("killed", 12),),
    ),
    C(
        "wad_7202_shot_dead_at_least",  # wad:7202
        "Iraqi security forces shot dead at least six anti-government protesters in Baghdad on Thursday.",
        (at_least("killed", 6),),
    ),
    C(
        "wad_7210_died_were_wounded",  # wad:7210
        "During the protests 16 protesters died in Najaf and 32 were wounded when security forces opened fire to"
        " prevent them from torching a central mosque.",
        (exact("killed", 16), exact("injured", 32)),
    ),
    C(
        "wad_7330_sentence_initial_digits",  # wad:7330
        "Fourteen civilians died when a roadside bomb blew up their bus in northwestern Burkina Faso. The blast"
        " occurred in Sourou province near the Mali border. 19 were wounded.",
        (exact("killed", 14), exact("injured", 19)),
    ),
    C(
        "wad_7353_five_more_four_guns",  # wad:7353
        "At least 16 inmates in a Cieneguillas, Zacatecas prison were killed and five more were wounded in a riot."
        " Authorities confiscated four guns.",
        (at_least("killed", 16), exact("injured", 5)),
    ),
    C(
        "wad_7382_soldiers_and_civilians",  # wad:7382; gold: killed 110 -- wrong, the sentence says at least 116
        "At least 116 Yemeni soldiers and civilians attending prayers at a mosque were killed and 130 others injured"
        " in ballistic missile and drone attacks by Iran-backed Houthi rebels.",
        (at_least("killed", 116), exact("injured", 130)),
    ),
    C(
        "wad_6912_including_children_no_number",  # wad:6912; gold: killed 7 -- wrong, the text says at least eight
        "Afghan government forces mistakenly killed at least eight civilians, including children, in an attack on"
        " militants south of the capital.",
        (at_least("killed", 8),),
    ),
    C(
        "wad_6137_deaths_and_injuries",  # wad:6137; gold lacks the 18 injured
        "Police in northeastern China have detained a driver who plowed a car into a group of children outside a"
        " primary school, causing at least five deaths and 18 injuries, state media said on Thursday.",
        (exact("arrested", 1), at_least("killed", 5), exact("injured", 18)),
    ),
    C(
        "wad_4864_put_the_death_toll_at",  # wad:4864
        "Meanwhile, Kurdish Shafaq News website put the death toll at seven, adding that three others were injured.",
        (exact("killed", 7), exact("injured", 3)),
    ),
    C(
        "wad_4876_lost_their_lives",  # wad:4876
        "About 20 persons yesterday lost their lives in a clash between Fulani herdsmen and farmers in Gwamba village"
        " in Demsa Local Government Area of Adamawa State.",
        (about("killed", 20),),
    ),
    C(
        "wad_3392_have_so_far_lost",  # wad:3392
        "Five persons have so far lost their lives in Nteje, Anambra State over protracted land dispute in the"
        " community.",
        (exact("killed", 5),),
    ),
    C(
        "wad_4178_grave_containing_bodies",  # wad:4178
        "Authorities in eastern Libya have found an open mass grave in a quarry containing 36 bodies, the largest"
        " such discovery since the country's civil war.",
        (exact("killed", 36),),
    ),
    C(
        "wad_2035_bodies_with_bullet_wounds",  # wad:2035; "bullet wounds" are not injured people
        "U.N. human rights spokesman Rupert Colville told a regular U.N. briefing in Geneva the bodies of 70"
        " civilians with bullet wounds had been discovered by Iraqi security forces in Tuloul Naser village on"
        " Oct. 20",
        (exact("killed", 70),),
    ),
    C(
        "wad_254_killed_kidnapped_houses_torched",  # wad:254; gold has killed only (WAD's scope)
        "Six people have been killed and 14 others kidnapped by suspected Ugandan ADF [Allied Democratic Forces]"
        " rebel fighters while about 30 houses have been torched.",
        (exact("killed", 6), exact("kidnapped", 14), about("houses_destroyed", 30, **HOUSES)),
    ),
    C(
        "wad_1851_killed_others_abducted",  # wad:1851; gold has killed only (WAD's scope)
        "Eight people were reportedly killed, ten others abducted, and a number of women were raped in the villages"
        " of Tema and Donkey Baashim in northern Kutum, North Darfur by a group of paramilitary Border Guards, over"
        " the weekend.",
        (exact("killed", 8), exact("kidnapped", 10)),
    ),
    C(
        "wad_910_kidnapped_then_killed_some",  # wad:910
        "The Taliban kidnapped 190 passengers from different inter-city buses in Angor Bagh area of the Aliabab"
        " district of Konduz Province and killed 9 of the passengers, who were apparently government employees.",
        (exact("kidnapped", 190), exact("killed", 9)),
    ),
    C(
        "wad_2293_governor_died_police_detained",  # wad:2293
        "A district governor has died after a bomb attack on his office in the largely Kurdish southeast of Turkey"
        " and police have detained 30 people in the investigation, security sources said on Friday.",
        (exact("killed", 1), exact("arrested", 30)),
    ),
    C(
        "wad_4862_arrested_at_least",  # wad:4862
        "Police have arrested at least 50 people following an arson attack that killed five children in Kalinko,"
        " Guinea after last weekend's local elections, a local official said.",
        (at_least("arrested", 50), exact("killed", 5)),
    ),
    C(
        "wad_5064_battalion_number_arrested_killed",  # wad:5064; "101" names a battalion
        "Troops of 101 Special Forces Battalion on Exercise Ayem Akpatuma (Cat Race) say it had arrested six"
        " suspected herdsmen and killed 10 others who resisted arrest at Gwamba village in Demsa council area of"
        " Adamawa State while setting the settlement ablaze.",
        (exact("arrested", 6), exact("killed", 10)),
    ),
    C(
        "wad_2625_bodies_and_homeless",  # wad:2625; gold lacks the homeless figure (WAD's scope)
        "Nine bodies have been confirmed dead while over 6,000 people have been rendered homeless in Rafin Gona and"
        " BCC Gbagyi villages in Bosso Local Council area of Niger state in Nigeria following attacks by Fulani"
        " herdsmen at the weekend.",
        (exact("killed", 9), more_than("homeless", 6000)),
    ),
    C(
        "wad_7279_ultimately_died",  # wad:7279
        "During protests against a new citizenship law, 19 protesters ultimately died in Uttar Pradesh.",
        (exact("killed", 19),),
    ),
    C(
        "wad_710_two_reported_figures",  # wad:710; gold keeps only 15, but the text gives both reports
        "Seven people (police report) or fifteen people (eyewitness) have been killed in a farmland dispute between"
        " members of at Kubula village in Zuru local government area of Kebbi State.",
        (exact("killed", 7), exact("killed", 15)),
    ),
    # --- IDMC excerpts ---
    C(
        "idmc_1_pdf_ligatures_lost",  # idmc:idetect_test:1; gold: 26000 -- wrong, the text says around 260,000
        "Since 1 January 2016, around 260,000 people have been forced to  ee their homes as a result of con ict and"
        " violence in 31 of the country’s 34 provinces (IDMC calculation based 72 9\n4 on OCHA assessment,"
        " September 2016).",
        (about("displaced", 260000),),
    ),
    C(
        "idmc_2_fled_between_dates",  # idmc:idetect_test:2
        "About 172,000 people fled western neighbourhoods of Mosul for camps and emergency sites between 19 February"
        " and 23 March as military operations to retake the western part of Mosul from ISIL moved into more heavily"
        " populated areas of the old city",
        (about("displaced", 172000),),
    ),
    C(
        "idmc_4_of_whom_returned",  # idmc:idetect_test:4; gold: 250000 -- wrong, the text says more than 350,000
        "More than 350,000 people were displaced between 17 October and 23 March, of whom 76,000 returned home to"
        " eastern Mosul and surrounding areas.",
        (more_than("displaced", 350000),),
    ),
    C(
        "idmc_7_people_displaced_since_year",  # idmc:idetect_test:7
        "About 120,000 mostly Rohingya people displaced since 2012 should be allowed to return home from rundown"
        " temporary camps in western Rakhine state, said a panel led by former UN Secretary General Kofi Annan.",
        (about("displaced", 120000),),
    ),
    C(
        "idmc_10_homes_collapsed",  # idmc:idetect_test:10; gold lacks the 25,000 homes
        "As many as 92,000 people were displaced when more than 25,000 homes collapsed or were left uninhabitable"
        " between late November 2016 and mid-March after persistent rainfall and flooding.",
        (at_most("displaced", 92000), more_than("houses_destroyed", 25000, **HOUSES)),
    ),
    C(
        "idmc_16_range_between",  # idmc:idetect_test:16; gold gives only 25000 (the top of the range)
        "Between 18,000 and 25,000 people were displaced from areas to the north and west of Raqqa between December"
        " 2016 and early February 2017, with a large proportion returning to their communities of origin after a"
        " short time.",
        (between("displaced", 18000, 25000),),
    ),
    C(
        "idmc_22_lowercase_about_and_kidnapped",  # idmc:idetect_test:22; gold lacks the ten kidnapped
        "about 10,000 people were displaced in Mitwaba territory in Haut-Katanga province, between 7 and 14 March,"
        " following new armed clashes between newly created armed groups, following the surrender of the former"
        " armed group leader, G’©d’©on. In addition, villages were looted, houses burnt and ten people kidnapped.",
        (about("displaced", 10000), exact("kidnapped", 10)),
    ),
    C(
        "idmc_25_displacements_recorded",  # idmc:idetect_test:25
        "More than 247,000 displacements were recorded between 7 and 15 March due to tropical cyclone Enawo, which"
        " made landfall on 7 March in north-eastern Madagascar and arced across central and south-eastern parts of"
        " the country before leaving on 10 March.",
        (more_than("displaced", 247000),),
    ),
    C(
        "idmc_40_evacuated_and_homes_destroyed",  # idmc:idetect_test:40; gold lacks the homes
        "About 2,000 people were evacuated between 21 and 23 February after flooding in Rivera in Huila department."
        " The disaster destroyed more than 100 homes.",
        (about("evacuated", 2000), more_than("houses_destroyed", 100, **HOUSES)),
    ),
    C(
        "idmc_52_fled_and_attacks_killed",  # idmc:idetect_test:52
        "As many as 5,300 people fled from their villages in south-eastern Tanganyika province after attacks on 22"
        " and 23 February that killed two people.",
        (at_most("displaced", 5300), exact("killed", 2)),
    ),
    C(
        "idmc_58_displacement_of_more_than_million",  # idmc:idetect_test:58
        "Since 2009, the conflict has led to the displacement of more than 2.3 million people",
        (more_than("displaced", 2_300_000),),
    ),
    C(
        "idmc_67_range_and_killed_90",  # idmc:idetect_test:67; gold gives 2000 only, and lacks killed 90
        "Between 1,200 and 2,000 people were newly displaced by shelling and airstrikes from Pakistan into Lalpur"
        " district in Nangarhar province between 13 and 18 February (OCHA, 18 February 2017). Tensions rose after"
        " Pakistan said militants implicated in an attack at a Sufi shrine in Sindh province that killed 90 had"
        " taken shelter in Afghanistan.",
        (between("displaced", 1200, 2000), exact("killed", 90)),
    ),
    C(
        # idmc:idetect_test:70; the gold lacks the houses. The lexicon counts flooded
        # houses as damaged (as EM-DAT's "houses damaged" does), so they are a row here.
        "idmc_70_forcing_to_evacuate",
        "Nine houses on Mo’orea atoll were flooded, forcing about 35 people to evacuate",
        (about("evacuated", 35), exact("houses_damaged", 9)),
    ),
    C(
        "idmc_73_magnitude_time_houses",  # idmc:idetect_test:73; gold lacks the houses
        "About 5,200 people were displaced when a shallow 6.7 magnitude earthquake struck off the coast of"
        " north-eastern Mindanao at 10pm local time on 10 February. The earthquake destroyed at least 150 houses and"
        " damaged another 900.",
        (
            about("displaced", 5200),
            at_least("houses_destroyed", 150, **HOUSES),
            exact("houses_damaged", 900, **HOUSES),
        ),
    ),
    C(
        "idmc_88_up_to",  # idmc:idetect_test:88
        "Up to 15,000 people were displaced in Borno state by military activity between 27 January and 10 February.",
        (at_most("displaced", 15000),),
    ),
    C(
        "idmc_153_pre_emptively_evacuated",  # idmc:idetect_test:153
        "More than 7,200 people were pre-emptively evacuated before tropical depression Auring made landfalls on 8"
        " and 9 January",
        (more_than("evacuated", 7200),),
    ),
    C(
        "idmc_171_up_to_90_aftershocks",  # idmc:idetect_test:171
        "More than 85,000 people were displaced in Aceh province by a magnitude 6.5 earthquake that struck on 7"
        " December and up to 90 aftershocks in the subsequent week",
        (more_than("displaced", 85000),),
    ),
    C(
        "idmc_201_double_spaces",  # idmc:idetect_test:201; gold lacks the 11,000 still displaced a week later
        "Floods  displaced  about  26,000  people  on  9  November following heavy rains in the north-west,"
        " north-east, east andsouth-east of the country and the central highland area knownas  Cordillera "
        " Central(CEODR,  9  November  2016).  A  weeklater, more than 11,000 people remained displaced ",
        (about("displaced", 26000), more_than("displaced", 11000)),
    ),
    C(
        "idmc_222_glued_date",  # idmc:idetect_test:222; gold: 6600 -- wrong, the text says about 66,000
        "About 66,000 people were displaced from Kunduz between3 and 24 October.",
        (about("displaced", 66000),),
    ),
    C(
        "idmc_225_double_spaces_as_many_as",  # idmc:idetect_test:225
        "Context:  As  many  as  80,000  people  were  displaced  byfighting in Gaalkacyo (also spelled Galkayo)"
        " between 7 and23 October.",
        (at_most("displaced", 80000),),
    ),
    C(
        "idmc_231_houses_damaged_fragment",  # idmc:idetect_test:231
        "more than 2,000 houses were damaged",
        (more_than("houses_damaged", 2000, **HOUSES),),
    ),
    C(
        "idmc_256_lives_and_missing",  # idmc:idetect_test:256; gold: displaced 29 -- wrong, 29 are missing
        "As of 30 September,it had claimed 10 lives in Fujian and Zhejiang provinces with 29  people  still "
        " reported  missing.",
        (exact("killed", 10), exact("missing", 29)),
    ),
    C(
        "idmc_266_resulting_in_displacement",  # idmc:idetect_test:266
        "Tropical  Storm  Meranti  (local  name,  Ferdie)  intensified  intoa  typhoon  on  11  September  within"
        "  the  Philippine  Area  of  Responsibility, resulting in the displacement of 10,214 people",
        (exact("displaced", 10214),),
    ),
    C(
        "idmc_276_displaced_people_adjective",  # idmc:idetect_test:276
        "Thirteen  villages  were  burnt  down  and  an  estimated  3,500  displaced people",
        (about("displaced", 3500),),
    ),
    C(
        "idmc_306_magnitude_then_more_than",  # idmc:idetect_test:306
        "A  magnitude  6.2  earthquake  struck  central  areas  of  thecountry on 24 August and displaced more than"
        " 3,500 people",
        (more_than("displaced", 3500),),
    ),
    C(
        "idmc_312_around_six_provinces",  # idmc:idetect_test:312
        "A magnitude 7.8 earthquake on 16 April displaced around 73,000 people across six provinces.",
        (about("displaced", 73000),),
    ),
    C(
        "idmc_262_hyphenated_line_break",  # idmc:idetect_test:262
        "Of those,more than 100,000 people are estimated to have been inter-nally displaced",
        (more_than("displaced", 100000),),
    ),
    # --- Wikimpacts (Wikipedia articles) ---
    C(
        "wiki_death_toll_was",  # wikimpacts:dev:4eNzHf6
        "The hurricane's death toll was 128.[1]",
        (exact("killed", 128),),
    ),
    C(
        "wiki_killed_and_left_homeless_nbsp",  # wikimpacts:dev:PvQCor6
        "The combined effects of the storms killed 78\xa0people and left over 32,000 homeless.",
        (exact("killed", 78), more_than("homeless", 32000)),
    ),
    C(
        "wiki_killed_injured_left_missing_date",  # wikimpacts:dev:PvQCor6
        "The combined effects of Ernest and Felapi killed 39\xa0people, injured 104, and left 214\xa0people missing"
        " as of February\xa025, 2005.[4]",
        (exact("killed", 39), exact("injured", 104), exact("missing", 214)),
    ),
    C(
        "wiki_toll_finalized_at",  # wikimpacts:dev:PvQCor6
        "Later, the death toll was finalized at 78 in the International Disaster Database.[5]",
        (exact("killed", 78),),
    ),
    C(
        "wiki_buildings_and_homeless",  # wikimpacts:dev:PvQCor6; buildings: our houses_damaged, unit left open
        "The storms damaged 5,792\xa0buildings, and there were 32,191\xa0people left homeless.",
        (exact("houses_damaged", 5792), exact("homeless", 32191)),
    ),
    C(
        "wiki_evacuated_and_indian_grouping_area",  # wikimpacts:dev:faKeQiA
        "2,301 people were evacuated from their houses and 2,02,957 hectare of agricultural land was submerged.",
        (exact("evacuated", 2301),),
    ),
    C(
        "wiki_hundreds_evacuated_over_a_hundred_homes",  # wikimpacts:dev:4eNzHf6
        "Hundreds of people were evacuated and over a hundred homes destroyed.",
        (vague("evacuated"), more_than("houses_destroyed", 100, **HOUSES)),
    ),
    C(
        "wiki_killed_injured_missing_nbsp",  # wikimpacts:dev:7mxwto6
        "The storm killed 14\xa0people in the country, and 124\xa0people were injured, with 10\xa0people missing.",
        (exact("killed", 14), exact("injured", 124), exact("missing", 10)),
    ),
    C(
        "wiki_left_homeless_about",  # wikimpacts:dev:7mxwto6
        "About 8,000\xa0people were left homeless because of Luban.[26]",
        (about("homeless", 8000),),
    ),
    C(
        "wiki_end_of_month_252",  # wikimpacts:dev:ZRieM39
        "At the end of the month, 252 people were killed in the rainstorms and flooding.[15]",
        (exact("killed", 252),),
    ),
    C(
        "wiki_injured_and_houses_destroyed",  # wikimpacts:dev:8Lbci8N
        "A total of 13 people were injured and 42 houses destroyed.",
        (exact("injured", 13), exact("houses_destroyed", 42, **HOUSES)),
    ),
    C(
        "wiki_left_dead_and_landslide_killed",  # wikimpacts:dev:8Lbci8N
        "Flash floods on 24 April left at least 4 people dead in Dire Dawa.[19] On 29 May landslide killed 10"
        " people in Gamo Zone.[20]",
        (at_least("killed", 4), exact("killed", 10)),
    ),
    C(
        "wiki_perished_after_date",  # wikimpacts:dev:8Lbci8N
        "On 21 May, 8 persons perished in new flash floods.[22]",
        (exact("killed", 8),),
    ),
    C(
        "wiki_died_injured_homeless",  # wikimpacts:dev:8Lbci8N
        "44 people died, 200 were injured, while 64,000 were homeless in flooding in South Kivu Province.[23]",
        (exact("killed", 44), exact("injured", 200), exact("homeless", 64000)),
    ),
    C(
        "wiki_around_displaced_no_verb",  # wikimpacts:dev:8Lbci8N
        "Homes were destroyed and around 5,000 people displaced.",
        (about("displaced", 5000),),
    ),
    C(
        "wiki_rendered_missing",  # wikimpacts:dev:tgrfAzi
        "Offshore, three people were killed and 16\xa0others were rendered missing when a cargo ship sunk.[16]",
        (exact("killed", 3), exact("missing", 16)),
    ),
    C(
        "wiki_injured_and_houses_without_power",  # wikimpacts:dev:HDXwes6; houses without power are not damaged
        "It was also reported that 10 people were injured and nearly 10,000 houses were without power.[36]",
        (exact("injured", 10),),
    ),
    C(
        "wiki_in_all_killed_missing",  # wikimpacts:dev:CSFrxU6
        "In all, two people were killed while two others were missing.[24]",
        (exact("killed", 2), exact("missing", 2)),
    ),
    C(
        "wiki_upwards_of",  # wikimpacts:dev:oL4UHAf
        "Upwards of 58,000 people were evacuated from Luzon and its surrounding islands as the system brought"
        " torrential rain and severe flash flooding ensued as a result of the rains.",
        (more_than("evacuated", 58000),),
    ),
    C(
        "wiki_over_million_affected",  # wikimpacts:dev:iAAUPM5
        "Official counts indicate that over 1.6 million people were affected in Serbia and Bosnia, after a week of"
        " flooding.[14]",
        (more_than("affected", 1_600_000),),
    ),
    C(
        "wiki_had_been_killed_had_been_injured",  # wikimpacts:dev:uf4xkSS
        "In the aftermath of Kujira moving away from the Philippines, a state of calamity was declared in Albay,"
        " Camarines Sur and Sorsogon after 28 people had been killed and 8 had been injured.",
        (exact("killed", 28), exact("injured", 8)),
    ),
    C(
        "wiki_four_categories_in_a_row",  # wikimpacts:dev:vXcBNXL
        "124,226 people were affected, 21,224 people were displaced, 4,967 people were evacuated, and 2,746 houses"
        " were damaged.[31][33]",
        (
            exact("affected", 124226),
            exact("displaced", 21224),
            exact("evacuated", 4967),
            exact("houses_damaged", 2746, **HOUSES),
        ),
    ),
    C(
        "wiki_thousand_word",  # wikimpacts:dev:vXcBNXL
        "A total of 160 thousand people were evacuated from several localities.[39]",
        (exact("evacuated", 160_000),),
    ),
    C(
        "wiki_roads_then_killed",  # wikimpacts:dev:vXcBNXL
        "60 roads were flooded in Ho Chi Minh City;[40][41] three people were killed.[42]",
        (exact("killed", 3),),
    ),
    C(
        "wiki_killed_four_others_injured",  # wikimpacts:dev:u6orZG2
        "In the Iloilo province, 230 people were killed and four others were injured.",
        (exact("killed", 230), exact("injured", 4)),
    ),
    C(
        "wiki_percent_houses_then_killed",  # wikimpacts:dev:u6orZG2
        "Around 80% of houses in Roxas, located in Capiz, were damaged and 100\xa0people were killed.",
        (exact("killed", 100),),
    ),
    C(
        "wiki_word_number_fatalities_bridges_schools",  # wikimpacts:dev:u6orZG2
        "Throughout Panay Island, four hundred forty-eight fatalities were reported, at least eight people were"
        " injured, five bridges were destroyed, and thirty-five schools were demolished.",
        (exact("killed", 448), at_least("injured", 8)),
    ),
    C(
        "wiki_died_listed_missing_others_wounded",  # wikimpacts:dev:u6orZG2
        "Across the Philippines, 895\xa0people died due to Agnes, with 272 people listed missing and 2,526\xa0others"
        " wounded.",
        (exact("killed", 895), exact("missing", 272), exact("injured", 2526)),
    ),
    C(
        "wiki_evacuated_to_shelter_provinces",  # wikimpacts:dev:u6orZG2
        "A total of 491,968\xa0people were evacuated to shelter in 27\xa0provinces.",
        (exact("evacuated", 491968),),
    ),
    C(
        "wiki_toll_at_over",  # wikimpacts:dev:dCBLBht
        "The Robert Koch Institute put the death toll of the heatwaves at over 4,500.[24]",
        (more_than("killed", 4500),),
    ),
    C(
        "wiki_impacted_of_population",  # wikimpacts:dev:XkL5HJ6; 71,293 is the population
        "Nearly 17,000 of the nation's 71,293\xa0people were severely impacted by the storm.[55]",
        (about("affected", 17000),),
    ),
    C(
        "wiki_killed_injured_homeless_refs",  # wikimpacts:dev:XkL5HJ6
        "A total of 30\xa0people were killed,[2] 20\xa0others were injured, and 574\xa0people were left"
        " homeless.[30][31]",
        (exact("killed", 30), exact("injured", 20), exact("homeless", 574)),
    ),
    C(
        "wiki_died_and_were_injured_refs",  # wikimpacts:dev:dCBLBht
        "At least 238 people died and 187 were injured because of the heat.[123][124]",
        (at_least("killed", 238), exact("injured", 187)),
    ),
    C(
        "wiki_with_a_death_toll_of_year",  # wikimpacts:dev:JmaKdfZ
        "With a death toll of 85, Hurricane Floyd was the deadliest United States hurricane since Hurricane Agnes in"
        " 1972.",
        (exact("killed", 85),),
    ),
    C(
        "wiki_more_than_evacuated_refs",  # wikimpacts:dev:AHPDzKR
        "More than 10,000 people were evacuated in Venlo and the neighbouring communities Belfeld, Steyl and Arcen on"
        " the same evening.[89][90]",
        (more_than("evacuated", 10000),),
    ),
    C(
        "wiki_two_killed_by_floods",  # wikimpacts:dev:AHPDzKR
        "Two people were killed by floods in Satu Mare and Iași.[3]",
        (exact("killed", 2),),
    ),
    C(
        "wiki_about_evacuated",  # wikimpacts:dev:Uue2wuQ
        "About 387,000 people were evacuated from coastal areas in Shanghai, Jiangsu, and Zhejiang.",
        (about("evacuated", 387000),),
    ),
    C(
        "wiki_killed_by_floodwaters",  # wikimpacts:dev:s7oyAoP
        "Five people were killed by floodwaters in Shiner.",
        (exact("killed", 5),),
    ),
    C(
        "wiki_killed_roughly_wounded_nbsp",  # wikimpacts:dev:s2CCkWY
        "Overall, 125\xa0people were killed and roughly 200 were wounded.",
        (exact("killed", 125), about("injured", 200)),
    ),
    C(
        "wiki_approximately_evacuated_homes",  # wikimpacts:dev:JPQGWzd
        "Approximately 450 people were evacuated from their homes.[2]",
        (about("evacuated", 450),),
    ),
)

# ---------------------------------------------------------------------------
# Issue 5: implicit counts -- a singular victim is 1; coordinated groups give a
# total and their parts.
CASES_IMPLICIT: tuple[Case, ...] = (
    C("a_journalist_was_killed", "A journalist was killed in the capital.", (exact("killed", 1),)),
    C("killed_the_head_of", "Gunmen killed the head of a radio station.", (exact("killed", 1),)),
    C("one_person_died", "One person died in the fire.", (exact("killed", 1),)),
    C("a_priest_was_killed", "A priest was killed on Tuesday.", (exact("killed", 1),)),
    C(
        "women_and_children_total",
        "Three women and six children were killed.",
        (
            exact("killed", 9, is_part=False),
            exact("killed", 3, group="women", is_part=True),
            exact("killed", 6, group="children", is_part=True),
        ),
    ),
    C(
        "wad_7441_three_groups_incl_singular",  # wad:7441
        "Four children, two women and a man were killed in Bajur district, Khyber Pakhtunkhwa province.",
        (
            exact("killed", 7, is_part=False),
            exact("killed", 4, group="children", is_part=True),
            exact("killed", 2, group="women", is_part=True),
            exact("killed", 1, is_part=True),
        ),
    ),
    C(
        "two_men_and_a_boy_drowned",
        "Two men and a boy drowned in the river.",
        (exact("killed", 3, is_part=False), exact("killed", 2, is_part=True), exact("killed", 1, is_part=True)),
    ),
    C("a_soldier_was_wounded", "A soldier was wounded in the clash.", (exact("injured", 1),)),
    C("a_policeman_was_abducted", "A policeman was abducted on his way home.", (exact("kidnapped", 1),)),
    C("the_mayor_was_shot_dead", "The mayor was shot dead outside his home.", (exact("killed", 1),)),
    C("a_child_is_missing", "A child is missing after the flood.", (exact("missing", 1),)),
    C("a_man_was_arrested", "A man was arrested at the scene.", (exact("arrested", 1),)),
    C(
        "one_died_another_injured",
        "One person died and another was injured.",
        (exact("killed", 1), exact("injured", 1)),
    ),
    C(
        "wad_528_cameraman_and_three_others",  # wad:528
        "Snipers with the Iran-backed rebels have shot dead a cameraman who was covering clashes in Taiz, the"
        " country's union of journalists said on Tuesday. Three other cameramen were wounded in the gunfire, the"
        " statement added.",
        (exact("killed", 1), exact("injured", 3)),
    ),
    C(
        "wad_44_killed_the_commissioner",  # wad:44
        'The Kenyan army have "killed the commissioner of Ceel Adde District in Likooleey area" in southwestern'
        " Somalia, reports privately-owned Shabeelle website on 27 January.",
        (exact("killed", 1),),
    ),
    C(
        "wad_1622_killed_a_prominent_elder",  # wad:1622
        "Unidentified gunmen killed a prominent elder at Bakaraha Marker in Hodan district, Mogadishu.",
        (exact("killed", 1),),
    ),
    C(
        "wad_1857_shot_and_killed_a_journalist",  # wad:1857
        "Unknown gunmen have shot and killed a journalist working for independent Radio Shabelle based in Somalia's"
        " capital Mogadishu, witness and relatives said.",
        (exact("killed", 1),),
    ),
    C(
        "wad_2052_judge_some_cases",  # wad:2052; "some cases" is not a figure
        "A federal judge whose court has handled some cases related to drug cartels was killed in Metepec near Mexico"
        " City on Monday.",
        (exact("killed", 1),),
    ),
    C(
        "wad_1380_gunned_down",  # wad:1380
        "A prominent Cambodian political commentator who had recently helped found a new independent political party"
        " was gunned down at a gas station in central Phnom Penh on Sunday morning.",
        (exact("killed", 1),),
    ),
    C(
        "wad_7453_two_killed_another_injured",  # wad:7453
        "Two Oxfam aid workers were killed and another volunteer was injured in an attack on their vehicle in Syria.",
        (exact("killed", 2), exact("injured", 1)),
    ),
    # A singular subject with what it is of / from / known for, or a name with its
    # apposition: the singular auxiliary ("was", "has been") makes it one person.
    C(
        "subject_with_of_phrase",
        "An employee of the International Committee of the Red Cross (ICRC) has been killed in central Somalia.",
        (exact("killed", 1),),
    ),
    C(
        "subject_with_from_phrase",
        "A local politician from the German city of Kassel was found dead at his home.",
        (exact("killed", 1),),
    ),
    C(
        "subject_known_for",
        "An activist known for his criticism of the military and politicians has been killed.",
        (exact("killed", 1),),
    ),
    C(
        "name_with_apposition",
        "Stalin Sanchez Gonzalez, the mayor of Paracho, was murdered on Friday.",
        (exact("killed", 1),),
    ),
    C(
        "fronted_date_then_name",
        "On February 13, Daniel John, a party official, was found dead with machete wounds.",
        (exact("killed", 1),),
    ),
    C(
        "said_that_subject",
        "Officials said that the director of a crime magazine was shot and killed in the resort.",
        (exact("killed", 1),),
    ),
    C(
        "deputy_mayor_injured",
        "The deputy mayor of a town in the Baalbek district was injured in an explosion.",
        (exact("injured", 1),),
    ),
    C(
        "named_object_with_apposition",
        "Jihadists shot dead Sheikh Ali Othman, a Sufi imam, in the city.",
        (exact("killed", 1),),
    ),
    # A count joined by "and" to one person: the total is one more, both stay as parts.
    C(
        "count_and_a_person_died",
        "Ten civilians and a Ugandan militant died in the clashes.",
        (exact("killed", 11, is_part=False), exact("killed", 10, is_part=True), exact("killed", 1, is_part=True)),
    ),
    C(
        "killed_count_and_a_visitor",
        "The gunmen killed a dozen inmates and a female visitor.",
        (exact("killed", 13, is_part=False), exact("killed", 12, is_part=True), exact("killed", 1, is_part=True)),
    ),
    C(
        "at_least_count_and_a_policeman",
        "At least 12 soldiers and a policeman were wounded.",
        (
            at_least("injured", 13, is_part=False),
            at_least("injured", 12, is_part=True),
            exact("injured", 1, is_part=True),
        ),
    ),
    C(
        "count_and_one_already_counted",  # "one member" is the number "one": no second person
        "Police killed at least five protesters, and one member of the security forces died.",
        (at_least("killed", 5), exact("killed", 1)),
    ),
    C(
        "count_and_a_person_other_verb",  # the person has a verb of his own
        "Five people were killed and a soldier was injured.",
        (exact("killed", 5), exact("injured", 1)),
    ),
    C("count_and_a_place_not_a_person", "Ten civilians and a school were hit in the shelling.", ()),
    # ... and what must stay silent: no victim verb, a question, a plural verb.
    C("asked_whether_anyone", "A spokesman for the hospital was asked whether anyone was killed.", ()),
    C("name_apposition_no_trigger", "John Smith, a spokesman for the army, was speaking after the attack.", ()),
    C("name_affected_not_a_person", "Kabul Bank, the largest lender, was affected by the crisis.", ()),
    C("name_said_town_destroyed", "Maria Lopez, a spokeswoman for the ministry, said the town was destroyed.", ()),
    # Singular nouns that are not victims.
    C("officer_told_reporters", "A police officer told reporters that the roads were closed.", ()),
    C("spokesman_condemned", "A spokesman condemned the attack on the village.", ()),
    C("victims_family_appeal", "The victim's family said they would appeal.", ()),
    C("one_of_the_injured", "One of the injured told reporters he saw the gunmen.", ()),
    C("one_of_the_deadliest", "It was one of the deadliest attacks on the capital.", ()),
)

# Movements IDMC counts as displacement, and what they must not catch.
CASES_MOVEMENTS: tuple[Case, ...] = (
    C("crossed_the_border", "Between 1 and 8 October, 52,000 Afghans crossed the border from Pakistan.",
      (exact("displaced", 52000),)),
    C("moved_away_from", "More than 1,500 people moved away from areas at risk of shelling.",
      (more_than("displaced", 1500),)),
    C("arrived_in", "About 18,000 people arrived in Kodok in Western Nile state.", (about("displaced", 18000),)),
    C("glued_new_displacements", "Nearly 500,000 newdisplacements have been recorded.",
      (about("displaced", 500000),)),
    C("storm_crossed_the_border", "The storm crossed the border into Mexico on Tuesday.", ()),
    C("rescuers_arrived", "Rescue teams arrived in the town on 3 May.", ()),
    C("trucks_arrived", "Ten trucks of aid arrived in Kodok.", ()),
    C("soldiers_crossed", "About 200 soldiers crossed the border on Monday.", ()),
    C("president_arrived", "The president arrived in Kabul with 40 officials.", ()),
    # put into evacuation shelters is an evacuation (IDMC: evacuated); staying in them stays displaced
    C("forced_into_evacuation_shelters", "Roanu forced 300,000 people into evacuation shelters.",
      (exact("evacuated", 300000),)),
    C("glued_forced_to_stay_in_a_shelter", "The landslides forcedmore than 1,000 people to stay in a shelter.",
      (more_than("displaced", 1000),)),
    C("whole_population_of", "More than 150 people, the whole population of Santa Rosa (Valle del Cauca),"
      " were displaced on 11 February.", (more_than("displaced", 150),)),
    C("forced_into_bankruptcy", "The government forced 12 companies into bankruptcy.", ()),
)  # fmt: skip

# Bugs the dev sets showed, each fixed by a general rule.
CASES_BUGS_CAUGHT_DEV: tuple[Case, ...] = (
    # a place before the people noun was read as the counted noun ("village" is no victim)
    C("village_elders", "Militants killed three village elders in Kwale county.", (exact("killed", 3),)),
    C("camp_residents", "The shelling killed 12 camp residents.", (exact("killed", 12),)),
    # issue 16: school buildings are no dwellings: counted in the unit "buildings" (they were houses before)
    C("school_buildings_still_houses", "The storm damaged 40 school buildings.",
      (exact("houses_damaged", 40, unit="buildings"),)),
    # "all six", "a family of seven": words between the verb and its number
    C("all_six_members", "Gunmen shot and killed all six members of a family.", (exact("killed", 6),)),
    C("a_family_of_seven", "An armed gang slaughtered a family of seven in the village.", (exact("killed", 7),)),
    C("family_of_villages_not_a_count", "The floods affected a family of villages along the river.", ()),
    # one person, more ways: a title and a name, "was found", "stabbed and then", the
    # left-out auxiliary, a noun of killing with its victim, a longer object
    C("title_and_name", "Burundi's Environment Minister Emmanuel Niyonkuru has been shot dead by unknown assailants.",
      (exact("killed", 1),)),
    C("noun_title_name", "Kosovo Serb politician Oliver Ivanovic was killed on Tuesday.", (exact("killed", 1),)),
    C("was_found_shot_dead", "A Catholic priest was found shot dead by the militia.", (exact("killed", 1),)),
    C("stabbed_and_then_beheaded", "A Hindu priest was stabbed and then beheaded in the northern district.",
      (exact("killed", 1),)),
    C("who_was_running", "A mayor who was running for a state seat has been killed by unidentified assailants.",
      (exact("killed", 1),)),
    C("his_brother_wounded", "The deputy mayor of a town was killed and his brother wounded in an explosion.",
      (exact("killed", 1), exact("injured", 1))),
    C("his_wife_also_wounded", "His wife was also wounded.", (exact("injured", 1),)),
    C("killing_of_a_journalist", "Police are investigating the killing of a journalist in the capital.",
      (exact("killed", 1),)),
    C("death_of_a_professor", "They claimed the hacking to death of a university professor.", (exact("killed", 1),)),
    C("killed_the_village_head_of", "Assassins have killed the village head of Ikot Anta.", (exact("killed", 1),)),
    C("long_object", "Gunmen shot and killed a Pakistani regional political party leader in Quetta.",
      (exact("killed", 1),)),
    C("anniversary_of_a_death", "Pilgrims marked the anniversary of the death of a revered imam.", ()),
    # (was expected to give nothing, so as not to give 1; the text says two people were killed: event_list)
    C("killing_of_a_journalist_and_driver", "Police are investigating the killing of a journalist and his driver.",
      (exact("killed", 2, is_part=False), exact("killed", 1, is_part=True), exact("killed", 1, is_part=True))),
    C("killing_of_civilians_vague", "The killing of civilians must stop.", ()),
    C("mourned_death_of_his_son", "He mourned the death of his son.", ()),
    C("killed_the_pastor_name", "Gunmen attacked the church and killed the pastor, Reverend Hosea Akuchi.",
      (exact("killed", 1),)),
    C("killed_the_chief_for", "A blast killed the district chief for Kohestan district and wounded two others.",
      (exact("killed", 1), exact("injured", 2))),
    C("murdered_name_who_was", "The gunmen murdered Kabiru Ismail, who was the deputy director of the budget.",
      (exact("killed", 1),)),
    C("name_apposition_has_died", "The head of the Donetsk People's Republic, Oleksandr Zakharchenko, has died.",
      (exact("killed", 1),)),
    C("one_of_the_members", "One of the founding members of a lawyers' group was gunned down on Tuesday.",
      (exact("killed", 1),)),
    C("and_another_was_wounded", "Three civilians were left dead in North Darfur, and another was wounded.",
      (exact("killed", 3), exact("injured", 1))),
    C("a_tenth_was_injured", "Nine miners were stoned to death. A tenth was seriously injured.",
      (exact("killed", 9), exact("injured", 1))),
    C("slaying_of_a_reporter", "The slaying of a radio reporter prompted new demands.", (exact("killed", 1),)),
    C("body_of_an_activist", "The body of an anti-government activist was found overnight.", (exact("killed", 1),)),
    C("a_gunman_has_killed_two", "A gunman has killed two people.", (exact("killed", 2),)),  # the gunman is no victim
    # session 8: was () - but the sentence states one death, the suspect's: a row, marked perpetrators,
    # that a victims-only profile (wad) sets aside
    C("police_killed_the_suspect", "The police killed the suspect.", (exact("killed", 1, group="perpetrators"),)),
    C("body_of_the_report", "The body of the report was published on Monday.", ()),
    # the subject's noun phrase: "with" and "under" phrases, a long parenthesis, a name between commas
    C("staff_with_organisation", "Two staff members with Action Against Hunger were shot dead by gunmen.",
      (exact("killed", 2),)),
    C("long_parenthesis", "Twenty-four people (women, children, journalists, and guard members taking part in a parade)"
      " were killed.", (exact("killed", 24),)),
    C("name_between_commas", "Six people, including four aides of the emir, Alhaji Umar Bubaram, were killed.",
      (exact("killed", 6, is_part=False), exact("killed", 4, is_part=True))),
    # "displaced" right after the number describes the people; the verb after them is what happened
    C("displaced_people_were_slain", "Eight displaced people were slain at the camp.", (exact("killed", 8),)),
    C("displaced_syrians_including", "Eight displaced Syrians, including four children, were killed by border guards.",
      (exact("killed", 8, is_part=False), exact("killed", 4, is_part=True))),
    C("displaced_families_relocated", "About 800 displaced families were relocated to a new camp.",
      (about("displaced", 800),)),
    C("left_800_displaced", "The floods left 800 displaced in the province.", (exact("displaced", 800),)),
    C("possessive_subject", "The Broadcasting Corporation's head of legal services, Sizwe Vilakazi, was killed.",
      (exact("killed", 1),)),
    C("who_reported_in_subject", "Mexican journalist Javier Valdez, who reported on drug trafficking, was killed.",
      (exact("killed", 1),)),
    C("his_body_found", "The mayor was kidnapped on Tuesday and his body found some hours later.",
      (exact("kidnapped", 1), exact("killed", 1))),
    C("mayors_body_was_found", "The mayor's body was found in Cortijo Viejo.", (exact("killed", 1),)),
    C("a_body_no_owner", "The body was found in a river.", ()),
    C("mistakenly_killed", "At least 11 civilians were mistakenly killed by the security forces.",
      (at_least("killed", 11),)),
    C("on_the_side", "Six civilians on the Pakistani side in the Nikial area had been killed by shelling.",
      (exact("killed", 6),)),
    C("in_critical_condition", "Thirty people were in critical condition after the attack.", (exact("injured", 30),)),
    C("the_cousin_critical", "The cousin was in critical condition.", (exact("injured", 1),)),
    C("economy_critical_condition", "The economy is in critical condition.", ()),
    C("killed_alongside_his_driver", "A candidate from the party was killed, alongside his driver, in an attack.",
      (exact("killed", 2, is_part=False), exact("killed", 1, is_part=True), exact("killed", 1, is_part=True))),
    C("killed_with_a_machete", "A journalist was killed with a machete.", (exact("killed", 1),)),
    C("headline_bare_noun", "Muslim cleric working for Somali National TV was shot dead on Friday night.",
      (exact("killed", 1),)),
    C("bare_director_of", "Assassins have murdered director of the presidential palace in Bosasso.",
      (exact("killed", 1),)),
    C("security_was_tight", "Security was tight after the attack on the market.", ()),
    # two single persons joined by "and" under a plural auxiliary: 2
    C("mayor_and_council_member", "The mayor and a council member of the village, Rabinal, were gunned down.",
      (exact("killed", 2),)),
    C("soldier_and_local_chief", "A soldier and a local chief were killed in attacks.", (exact("killed", 2),)),
    C("man_and_his_son_injured", "A man and his son were injured when the roof collapsed.", (exact("injured", 2),)),
    C("president_and_pm_informed", "The president and the prime minister were informed.", ()),
    C("head_of_council_and_employee", "The head of the council and a government employee have been killed by gunmen.",
      (exact("killed", 2),)),
    C("killed_the_mayor_and_daughter", "Attackers have killed the mayor and his 12-year-old daughter in La Mesilla.",
      (exact("killed", 2),)),
    C("who_had_been_detained", "Around 10 troops who had been detained have been killed during an attack.",
      (about("killed", 10),)),
    C("along_with_another_supporter", "The Ward Chairman, Alhaji Yusuf Yahaya, has been killed, along with another"
      " party supporter.", (exact("killed", 2, is_part=False), exact("killed", 1, is_part=True),
                            exact("killed", 1, is_part=True))),
    C("arrested_men_wanted_for_murder", "Police arrested 12 men who were wanted for murder.", (exact("arrested", 12),)),
)  # fmt: skip

# ---------------------------------------------------------------------------
# Issue 5: one trigger for several numbers, one number for several triggers.
CASES_SHARED: tuple[Case, ...] = (
    C("active_killed_and_injured", "The blast killed 5 and injured 12.", (exact("killed", 5), exact("injured", 12))),
    C("n_killed_and_n_injured", "5 killed and 12 injured in Kabul blast", (exact("killed", 5), exact("injured", 12))),
    C(
        "injured_another",
        "Shelling killed 254 people and injured another 1,228.",
        (exact("killed", 254), exact("injured", 1228)),
    ),
    C("forced_to_flee_no_noun", "Floods forced more than 32,000 to flee.", (more_than("displaced", 32000),)),
    C(
        "left_dead_and_wounded",
        "The attack left 3 people dead and 17 wounded.",
        (exact("killed", 3), exact("injured", 17)),
    ),
    C(
        "wounded_then_killed",
        "The explosion wounded 26 people and killed four.",
        (exact("injured", 26), exact("killed", 4)),
    ),
    C("headline_dead_hurt", "12 dead, 30 hurt as bus overturns", (exact("killed", 12), exact("injured", 30))),
    C(
        "killed_two_abducted_15",
        "Gunmen killed two and abducted 15 in a raid on the village.",
        (exact("killed", 2), exact("kidnapped", 15)),
    ),
    C(
        "burned_houses_forced_to_flee",
        "Rebels burned 40 houses and forced 2,000 residents to flee.",
        (exact("houses_destroyed", 40, **HOUSES), exact("displaced", 2000)),
    ),
    C(
        "wad_5884_kidnapped_and_killed_then_toll",  # wad:5884; one number, two triggers; then a second report
        "Eleven Fulani civilians were kidnapped and killed in the latest bout of ethnic violence to hit Mali, local"
        " groups said Thursday, while an official put the toll at 14.",
        (exact("kidnapped", 11), exact("killed", 11), exact("killed", 14)),
    ),
    C(
        "killed_or_wounded_one_number",
        "Twenty people were killed or wounded in the shelling.",
        (exact("casualties", 20),),
    ),
    C(
        "wiki_demolished_and_were_damaged",  # wikimpacts:dev:tgrfAzi; "homes" shared by both numbers
        "Seven fatalities occurred in Cabanatuan,[20] where 2,500\xa0homes were demolished[21] and 22,000\xa0were"
        " damaged.[22]",
        (
            exact("killed", 7),
            exact("houses_destroyed", 2500, **HOUSES),
            exact("houses_damaged", 22000, **HOUSES),
        ),
    ),
    C(
        "wiki_destroyed_while_other_dwellings_damaged",  # wikimpacts:dev:u6orZG2
        "More than 200,000\xa0homes were destroyed while 163,056\xa0other dwellings were damaged.",
        (more_than("houses_destroyed", 200000, **HOUSES), exact("houses_damaged", 163056, **HOUSES)),
    ),
    C(
        "wiki_entirely_destroyed_partially_damaged",  # wikimpacts:dev:faKeQiA
        "Around 7,868 houses were entirely destroyed while 44,361 were partially damaged in West Bengal.[8][9]",
        (about("houses_destroyed", 7868, **HOUSES), exact("houses_damaged", 44361, **HOUSES)),
    ),
    C(
        "injured_and_missing_one_verb",
        "The storm left 8 people dead, 40 injured and 11 missing.",
        (exact("killed", 8), exact("injured", 40), exact("missing", 11)),
    ),
    # Shared triggers with no number, and numbers with no victim trigger.
    C("killed_and_injured_no_number", "The gunmen killed and injured civilians in the village.", ()),
    C("troops_killed_and_wounded", "Troops killed and wounded in clashes were flown to Kabul.", ()),
    C("bridges_and_roads", "Five bridges and 12 roads were destroyed.", ()),
    C("numbers_without_trigger", "The figures were 5 and 12 respectively.", ()),
)

# ---------------------------------------------------------------------------
# Issue 5: new figures (cumulative false) versus running totals (true).
CASES_CUMULATIVE: tuple[Case, ...] = (
    C("toll_rose_to", "The death toll rose to 40 on Wednesday.", (exact("killed", 40, cumulative=True),)),
    C(
        "more_bodies_bringing_toll_to",
        "Two more bodies were found on Friday, bringing the toll to 40.",
        (exact("killed", 2, cumulative=False), exact("killed", 40, cumulative=True)),
    ),
    C("another_n", "Another 12 people were killed in shelling overnight.", (exact("killed", 12, cumulative=False),)),
    C("n_more", "12 more people died in hospital.", (exact("killed", 12, cumulative=False),)),
    C(
        "wad_7008_a_further_and_subset",  # wad:7008
        "A further 18 people died in the insurgency in the northern province of Cabo Delgado. 15 of the dead were"
        " insurgents killed in a single clash with the Mozambican forces last Wednesday at Ntuleni village in"
        " Palma district.",
        (exact("killed", 18, cumulative=False, is_part=False), exact("killed", 15, is_part=True)),
    ),
    C("a_total_of", "A total of 30 people were killed.", (exact("killed", 30, cumulative=True),)),
    C(
        "new_then_total",
        "Five people were killed on Monday, bringing the death toll from a week of clashes to 23.",
        (exact("killed", 5, cumulative=False), exact("killed", 23, cumulative=True)),
    ),
    C(
        "displaced_risen_to",
        "The number of displaced people has risen to 120,000.",
        (exact("displaced", 120000, cumulative=True),),
    ),
    C(
        "idmc_3_brings_to_total_number",  # idmc:idetect_test:3
        "This brings to almost 274,000 the total number of people displaced from eastern and western Mosul as of 23"
        " March.",
        (about("displaced", 274000, cumulative=True),),
    ),
    C(
        "idmc_279_a_total_of_idps",  # idmc:idetect_test:279
        "As of 15 August, a total of 2,093,030 IDPs were identified in Adamawa, Bauchi, Benue, Borno, Gombe, Taraba,"
        "  Yobe,  Nasarawa,  Plateau,  Kaduna,  Kano,  Zamfarastates and Abuja Federal Capital Territory",
        (exact("displaced", 2_093_030, cumulative=True),),
    ),
    C(
        "wiki_raising_the_death_toll_body_of_girl",  # wikimpacts:dev:xTCG98z; the body found is one death
        "On June 23 emergency services located the body of a 3-year-old girl in the ruins of a house in Asparuhovo,"
        " raising the death toll in Varna to 12.",
        (exact("killed", 1), exact("killed", 12, cumulative=True)),
    ),
    C(
        "an_additional_evacuated",
        "An additional 2,000 people were evacuated on Sunday.",
        (exact("evacuated", 2000, cumulative=False),),
    ),
    C(
        "wad_7187_four_more_the_following_day",  # wad:7187
        "Five supporters of former president Evo Morales were killed Friday in violent clashes between protesters and"
        " security forces in central Bolivia, in cities located in the Cochabamba department. Reports indicated 75"
        " were wounded. The following day, four more people died in the protests.",
        (exact("killed", 5), exact("injured", 75), exact("killed", 4, cumulative=False)),
    ),
    C("toll_now_stands_at", "The toll now stands at 87.", (exact("killed", 87, cumulative=True),)),
    C(
        "updated_toll_of",
        "Officials gave an updated toll of 56 dead.",
        (exact("killed", 56, cumulative=True),),
    ),
    C(
        "a_total_since",
        "Since January, the conflict has displaced a total of 45,000 people.",
        (exact("displaced", 45000, cumulative=True),),
    ),
    C(
        "newly_displaced",
        "Some 3,000 people were newly displaced this week.",
        (about("displaced", 3000, cumulative=False),),
    ),
    C(
        "wiki_toll_finalized",  # wikimpacts:dev:PvQCor6
        "Later, the death toll was finalized at 78 in the International Disaster Database.[5]",
        (exact("killed", 78, cumulative=True),),
    ),
    C("toll_expected_to_rise", "The death toll is expected to rise.", ()),
    C("another_three_villages", "Another three villages were attacked overnight.", ()),
    C("twelve_more_days", "Fighting continued for 12 more days.", ()),
    C("total_cost", "The total cost of the damage reached $12 million.", ()),
    C("road_toll", "Drivers must pay a toll of 5 euros on the new road.", ()),
)

# ---------------------------------------------------------------------------
# Issue 5: negation gives 0 (negated true); possibility is marked or dropped.
CASES_NEGATION: tuple[Case, ...] = (
    C("no_one_was_killed", "No one was killed in the blast.", (exact("killed", 0, negated=True),)),
    C("there_were_no_casualties", "There were no casualties.", (exact("casualties", 0, negated=True),)),
    C("no_injuries_reported", "No injuries were reported.", (exact("injured", 0, negated=True),)),
    C("nobody_was_hurt", "Nobody was hurt.", (exact("injured", 0, negated=True),)),
    C("no_deaths_reported", "No deaths have been reported so far.", (exact("killed", 0, negated=True),)),
    C("none_of_the_passengers", "None of the 40 passengers was hurt.", (exact("injured", 0, negated=True),)),
    C(
        "wad_6001_nobody_arrested",  # wad:6001
        "The cause of the fight is still unknown and nobody has been arrested.",
        (exact("arrested", 0, negated=True),),
    ),
    C("no_one_displaced", "No one was displaced by the tremor.", (exact("displaced", 0, negated=True),)),
    C("no_houses_destroyed", "No houses were destroyed.", (exact("houses_destroyed", 0, negated=True, **HOUSES),)),
    C(
        "nobody_killed_but_injured",
        "Nobody was killed, but 12 people were injured.",
        (exact("killed", 0, negated=True), exact("injured", 12, negated=False)),
    ),
    # "No" that does not negate the figure.
    C(
        "no_fewer_than_is_not_negation",
        "No fewer than five people were killed.",
        (at_least("killed", 5, negated=False),),
    ),
    C(
        "negation_elsewhere_in_sentence",
        "No group has claimed the attack, which killed 7 people.",
        (exact("killed", 7, negated=False, has_modality=False),),
    ),
    C("no_one_knows_how_many", "No one knows how many people died.", ()),
    # Possibility: reported but uncertain past events are figures with a modality mark.
    C(
        "wad_34_feared_killed",  # wad:34
        "At least 40 villagers in Gwadale border community under Gwoza local government area of Borno state were"
        " feared killed on Monday as soldiers of the Cameroonian national allegedly opened fire on fleeing Boko"
        " Haram believed to have ran over to Nigeria, witnesses said.",
        (at_least("killed", 40, has_modality=True),),
    ),
    C(
        "wad_1391_no_fewer_than_feared_killed",  # wad:1391
        "No fewer than seven persons have been feared killed following fresh outbreak of violent hostilities between"
        " Inyima community in Yakurr Local Government Area and Onyadama community in Obubra Local Government Area in"
        " Cross River State.",
        (at_least("killed", 7, negated=False, has_modality=True),),
    ),
    C(
        "may_have_died",
        "As many as 300 people may have died in the landslide.",
        (at_most("killed", 300, has_modality=True),),
    ),
    C("feared_dead", "Twelve miners are feared dead after the collapse.", (exact("killed", 12, has_modality=True),)),
    # Forecasts and conditionals give nothing (SPEC: statements of possibility).
    C("forecast_could_kill", "The storm could kill up to 1,000 people, forecasters warned.", ()),
    C("threatened_with_eviction", "Some 3,000 families are threatened with eviction.", ()),
    C("at_risk_of_displacement", "Up to 50,000 people are at risk of displacement.", ()),
    C(
        "idmc_240_expected_to_be_displaced",  # idmc:idetect_test:240; gold: displaced 200000 -- a forecast
        "200,000 are expected to be displaced in its first weeks.",
        (),
    ),
    C(
        "idmc_270_could_become_displaced",  # idmc:idetect_test:270; gold: displaced 1.5 million -- a forecast
        "UNHCRestimates  that  between  one  to  1.5  million  peoplecould  become  displaced  as  the  offensive "
        " to  retake  the  cityadvances",
        (),
    ),
    C("would_have_killed", "The bomb would have killed hundreds had it exploded.", ()),
    C("will_have_to_be_evacuated", "If the dam breaks, 10,000 people will have to be evacuated.", ()),
)

# ---------------------------------------------------------------------------
# Issue 5: subsets and groups -- the part is its own row, marked as a part.
CASES_SUBSETS: tuple[Case, ...] = (
    C(
        "including_30_children",
        "At least 100 people were killed, including 30 children.",
        (at_least("killed", 100, is_part=False), exact("killed", 30, group="children", is_part=True)),
    ),
    C(
        "among_them_soldiers",
        "Forty people were killed, among them 12 soldiers.",
        (exact("killed", 40, is_part=False), exact("killed", 12, group="soldiers", is_part=True)),
    ),
    C(
        "of_whom_were_police",
        "Eleven people were killed, of whom 5 were police.",
        (exact("killed", 11, is_part=False), exact("killed", 5, group="police", is_part=True)),
    ),
    C(
        "five_of_them_children",
        "Nine people, five of them children, were killed.",
        (exact("killed", 9, is_part=False), exact("killed", 5, group="children", is_part=True)),
    ),
    C(
        "of_the_n_killed_were",
        "Of the 12 people killed, 7 were soldiers.",
        (exact("killed", 12, is_part=False), exact("killed", 7, group="soldiers", is_part=True)),
    ),
    C(
        "including_policemen",
        "Gunmen killed 10 people, including 4 policemen.",
        (exact("killed", 10, is_part=False), exact("killed", 4, group="police", is_part=True)),
    ),
    C(
        "including_women_injured",
        "The attack wounded 20 people, including four women.",
        (exact("injured", 20, is_part=False), exact("injured", 4, group="women", is_part=True)),
    ),
    C(
        "wad_6974_two_totals_two_parts",  # wad:6974
        "Thirteen civilians including two children were killed in a Saudi artillery strike in northern Yemen on"
        " Monday in response to a rebel attack on a Saudi base. The strike on the Al-Thabit Al-Shaabi district of"
        " Saada province, a stronghold of the Huthi rebel group, also wounded 26 people including 12 children.",
        (
            exact("killed", 13, is_part=False),
            exact("killed", 2, group="children", is_part=True),
            exact("injured", 26, is_part=False),
            exact("injured", 12, group="children", is_part=True),
        ),
    ),
    C(
        "wad_7399_two_parts_and_another",  # wad:7399
        "A suicide bomber targeting a military academy in the Afghan capital killed seven people, including two"
        " civilians and five military personnel. Another 12 other people, including five civilians, were wounded in"
        " the attack.",
        (
            exact("killed", 7, is_part=False),
            exact("killed", 2, group="civilians", is_part=True),
            exact("killed", 5, is_part=True),
            exact("injured", 12, is_part=False),
            exact("injured", 5, group="civilians", is_part=True),
        ),
    ),
    C(
        "wad_7172_including_civilians",  # wad:7172; gold: killed 5 (WAD counts civilians); the total is 9
        "The Syrian Observatory for Human Rights said a Turkish air strike in the Syrian town of Ras al Ain killed"
        " nine people including five civilians.",
        (exact("killed", 9, is_part=False), exact("killed", 5, group="civilians", is_part=True)),
    ),
    C(
        "wad_7105_including_a_child",  # wad:7105
        "Regime rocket fire on the towns of Maaret Al-Numan and Kafranbel in southern Idlib province killed five"
        " civilians including a child.",
        (exact("killed", 5, is_part=False), exact("killed", 1, group="children", is_part=True)),
    ),
    C(
        "wad_7314_at_least_including",  # wad:7314
        "At least eight people including five children were killed Tuesday in Russian air strikes on northwest Syria.",
        (at_least("killed", 8, is_part=False), exact("killed", 5, group="children", is_part=True)),
    ),
    C(
        "wad_1156_members_of_family_including",  # wad:1156
        "Gunmen marched into the remote mountain village El Mirador, a community in central Puebla state, near Oaxaca"
        " in Mexico on Friday and killed 11 members of the same family, including two children, authorities said.",
        (exact("killed", 11, is_part=False), exact("killed", 2, group="children", is_part=True)),
    ),
    C(
        "wad_3383_killing_themselves_and_five",  # wad:3383; the two bombers are not counted
        "Borno state police spokesman Murtala Ibrahim said two women with explosives strapped to their bodies blew"
        ' themselves up in the Konduga area on Thursday night, "killing themselves and five other people, including'
        ' a child". Six people were injured in the attack.',
        (
            exact("killed", 5, is_part=False),
            exact("killed", 1, group="children", is_part=True),
            exact("injured", 6, is_part=False),
        ),
    ),
    C(
        "wad_7032_took_the_lives_including",  # wad:7032
        "In two government-held villages in Hama province, rocket fire by jihadist groups and allied rebels took the"
        " lives of three civilians including a child.",
        (exact("killed", 3, is_part=False), exact("killed", 1, group="children", is_part=True)),
    ),
    C(
        "idmc_34_of_the_remained_displaced",  # idmc:idetect_test:34; 192,000 are a part of the 256,000
        "Of the 256,000 people displaced from Mosul between 17 October and 2 March about 192,000 remained displaced"
        " as of 2 March, the highest number of IDPs since the crisis began.",
        (exact("displaced", 256000, is_part=False), about("displaced", 192000, is_part=True)),
    ),
    C(
        "group_without_number",
        "Eight civilians, including women and children, were killed.",
        (exact("killed", 8, is_part=False),),
    ),
    C(
        "of_whom_returned_is_not_a_part",  # returnees are not displaced: no second row
        "More than 350,000 people were displaced, of whom 76,000 have since returned home.",
        (more_than("displaced", 350000, is_part=False),),
    ),
    C("including_trucks", "The convoy, including 30 trucks, was attacked.", ()),
    C("among_them_ministers", "Among the mourners were 12 ministers, who attended the funeral.", ()),
)

# ---------------------------------------------------------------------------
# Issue 5: households, families and houses keep their unit.
FAMILIES: dict[str, Any] = {"unit": "families"}
HOUSEHOLDS: dict[str, Any] = {"unit": "households"}
PEOPLE: dict[str, Any] = {"unit": "people"}
CASES_HOUSEHOLDS: tuple[Case, ...] = (
    C("families_displaced", "500 families were displaced by the fighting.", (exact("displaced", 500, **FAMILIES),)),
    C("households_displaced", "The floods displaced 1,200 households.", (exact("displaced", 1200, **HOUSEHOLDS),)),
    C("houses_destroyed_unit", "The storm destroyed 300 houses.", (exact("houses_destroyed", 300, **HOUSES),)),
    C("people_unit_default", "1,200 people were displaced.", (exact("displaced", 1200, **PEOPLE),)),
    C(
        "households_or_people",
        "The floods displaced 1,200 households, or about 6,000 people.",
        (exact("displaced", 1200, **HOUSEHOLDS), about("displaced", 6000, **PEOPLE)),
    ),
    C(
        "idmc_49_families_parenthesis_people",  # idmc:idetect_test:49
        "An additional 322 families (about 2,400 people) were displaced by floods in Herat as of 1 March",
        (exact("displaced", 322, **FAMILIES), about("displaced", 2400, **PEOPLE)),
    ),
    C(
        "idmc_94_about_families_parenthesis",  # idmc:idetect_test:94
        "About 5,300 families (32,000 people) in Taiz governorate were displaced by intense fighting in and around Al"
        " Mukha city between Al Houthi and pro-government forces.",
        (about("displaced", 5300, **FAMILIES), exact("displaced", 32000, **PEOPLE)),
    ),
    C(
        "idmc_144_families_or_people",  # idmc:idetect_test:144
        "Nok-Ten displaced 583,000 families or 2.5 million people.",
        (exact("displaced", 583000, **FAMILIES), exact("displaced", 2_500_000, **PEOPLE)),
    ),
    C(
        "idmc_156_families_or_people_evacuated",  # idmc:idetect_test:156; "About" read as the first number's only
        "About 2,400 families or 7,900 people were evacuated because of flooding in parts of the Vale do Paranhana"
        " area of Rio Grande do Sul after heavy rain that began on 5 January.",
        (about("evacuated", 2400, **FAMILIES), exact("evacuated", 7900, **PEOPLE)),
    ),
    C(
        "idmc_100_displaced_families_adjective",  # idmc:idetect_test:100
        "About 1,100 displaced families (5,500 people) stayed in emergency shelters and tents provided by the Red"
        " Crescent.",
        (about("displaced", 1100, **FAMILIES), exact("displaced", 5500, **PEOPLE)),
    ),
    C(
        "idmc_76_as_many_as_families",  # idmc:idetect_test:76
        "As many as 100 families (about 400 people) were displaced from Tib’_ and Teorama in Norte de Santander"
        " department between 10 and 16 February",
        (at_most("displaced", 100, **FAMILIES), about("displaced", 400, **PEOPLE)),
    ),
    C(
        "idmc_213_hyphenated_families",  # idmc:idetect_test:213; "fami-lies" is a PDF line-break hyphen
        "Between  17  October  and  9  November,  about  7,000  fami-lies (about 42,000 people) were newly displaced"
        " by the Iraqiarmy’s  large-scale  offensive  to  dislodge  Islamic  State  in  Iraqand the Levant (ISIL)"
        " from Mosul",
        (about("displaced", 7000, **FAMILIES), about("displaced", 42000, **PEOPLE)),
    ),
    C(
        "wiki_forced_families_to_leave_houses",  # wikimpacts:dev:7mxwto6; 38 schools is not a figure
        "Storm damage forced 2,203\xa0families to leave their houses, using 38\xa0schools for shelter.[27]",
        (exact("displaced", 2203, **FAMILIES),),
    ),
    C(
        "wiki_homes_flattened_homeless_people",  # wikimpacts:dev:u6orZG2
        "Provincewide, a total of 21\xa0homes were flattened, resulting in 1,326\xa0homeless people.",
        (exact("houses_destroyed", 21, **HOUSES), exact("homeless", 1326, **PEOPLE)),
    ),
    C(
        "idmc_112_homes_evacuated",  # idmc:idetect_test:112; a home evacuated counts a household or a house
        "More than 5,000 homes were evacuated in Great Yarmouth, Norfolk, after fears of a storm surge and flooding"
        " because of high winds and high spring tides between 13 and 14 January.",
        (more_than("evacuated", 5000),),
    ),
    C(
        "houses_damaged_homes",
        "The earthquake damaged 1,500 homes and destroyed 200.",
        (exact("houses_damaged", 1500, **HOUSES), exact("houses_destroyed", 200, **HOUSES)),
    ),
    C("houses_without_power", "Nearly 10,000 houses were without power.", ()),
    C("households_surveyed", "The 12 households surveyed said they needed clean water.", ()),
    C("house_built_in_year", "The house was built in 1990 for a family of five.", ()),
    C(
        "idmc_97_town_population",  # idmc:idetect_test:97; gold: housing_destroyed 4500 -- it is a population
        "The entire town of Santa Olga, in Maule region, which had a population of 4,500, was destroyed",
        (),
    ),
)

# ---------------------------------------------------------------------------
# Issue 5: attribution -- the source as written, per row.
WHO = "World Health Organization (WHO)"
CASES_SOURCES: tuple[Case, ...] = (
    C(
        "seed_according_to_who",
        "Since Haftar launched the operation to take Tripoli from the internationally recognized GNA, the fighting"
        " has killed 254 people and injured another 1,228, according to the World Health Organization (WHO).",
        (exact("killed", 254, source=WHO), exact("injured", 1228, source=WHO)),
    ),
    C(
        "the_un_said",
        "Some 40,000 people have fled the city, the UN said.",
        (about("displaced", 40000, source="UN"),),
    ),
    C("police_said_first", "Police said 12 people were killed.", (exact("killed", 12, source="Police"),)),
    C(
        "according_to_red_cross",
        "According to the Red Cross, 300 people are missing.",
        (exact("missing", 300, source="Red Cross"),),
    ),
    C(
        "officials_said",
        "At least 9 people were killed, officials said.",
        (at_least("killed", 9, source="officials"),),
    ),
    C(
        "witnesses_said",
        "Five protesters were shot dead, witnesses said.",
        (exact("killed", 5, source="witnesses"),),
    ),
    C(
        "reuters_reported",
        "Reuters reported that 40 people were killed.",
        (exact("killed", 40, source="Reuters"),),
    ),
    C(
        "two_sources_two_figures",
        "The health ministry said 30 people were killed, while the rebels put the toll at 45.",
        (exact("killed", 30, source="health ministry"), exact("killed", 45, source="rebels")),
    ),
    C(
        "according_to_ocha",
        "According to OCHA, 20,000 people have fled.",
        (exact("displaced", 20000, source="OCHA"),),
    ),
    C(
        "iom_said_that",
        "IOM said on Tuesday that 5,000 people had been displaced.",
        (exact("displaced", 5000, source="IOM"),),
    ),
    C(
        "interior_ministry_said",
        "The Interior Ministry said 14 militants were arrested.",
        (exact("arrested", 14, source="Interior Ministry"),),
    ),
    C(
        "said_the_mayor",
        "Nine houses were destroyed, said the mayor.",
        (exact("houses_destroyed", 9, source="mayor", **HOUSES),),
    ),
    C(
        "acronym_in_parenthesis",
        "Médecins Sans Frontières (MSF) said 60 wounded people had been treated.",
        (exact("injured", 60, source="Médecins Sans Frontières (MSF)"),),
    ),
    C(
        "wiki_according_to_ministry",  # wikimpacts:dev:dCBLBht
        "According to the Portuguese Health Ministry, the heatwave killed 1,063 people between 7 and 18 July.",
        (exact("killed", 1063, source="Portuguese Health Ministry"),),
    ),
    C("no_source", "12 people were killed in the attack.", (exact("killed", 12, source=None),)),
    C("source_without_figure", "According to the UN, the situation is dire.", ()),
    C("source_with_non_victim_count", "The World Health Organization said it had sent 12 doctors.", ()),
    C("source_with_trucks", "UNHCR said 3 trucks of aid arrived.", ()),
)

# Where displaced people went or stay, who left, "N of the evacuees", PDF glue and
# "damaged or destroyed" (IDMC recall work; each rule with its near misses).
CASES_PLACES: tuple[Case, ...] = (
    # a camp of displaced people after a verb of arrival, or after "join"
    C("driven_into_refugee_camp", "Some 2,600 people were driven by the floods across the river into Dadaab"
      " refugee camp last week.", (about("displaced", 2600),)),
    C("arrived_at_transit_centre", "At least 700 families arrived at the Kakuma transit centre on Monday.",
      (at_least("displaced", 700, unit="families"),)),
    C("bussed_to_camps", "More than 9,000 villagers were bussed to camps outside the city.",
      (more_than("displaced", 9000),)),
    C("joined_people_in_camps", "The new arrivals joined around 40,000 Sudanese already in four camps near the"
      " border.", (about("displaced", 40000),)),
    C("training_camp_not_displacement", "About 300 recruits were bussed to a training camp in the hills.", ()),
    C("army_camp_not_displacement", "Police said 40 protesters arrived at the army camp.", ()),
    C("could_be_pushed_into_camps", "Up to 20,000 people could be pushed into refugee camps if fighting resumes.",
      ()),
    C("camp_count_not_people", "The 21 camps host families from three districts.", ()),
    C("killed_in_refugee_camp", "Five people from the refugee camp were killed in the raid.", (exact("killed", 5),)),
    # "already there, having fled": the participle clause says what happened to them
    C("already_there_having_fled", "Around 3,000 people were already there, having fled clashes in the north.",
      (about("displaced", 3000),)),
    # put into evacuation shelters: evacuated; staying in them: displaced (IDMC's reading)
    C("forced_into_evacuation_centres", "The cyclone forced about 45,000 people into evacuation centres.",
      (about("evacuated", 45000),)),
    C("staying_in_evacuation_centres", "About 45,000 people were staying in evacuation centres.",
      (about("displaced", 45000),)),
    # a count of the evacuees / the displaced names its category
    C("of_the_evacuees", "Roughly 4,000 of the evacuees have gone back to their villages.",
      (about("evacuated", 4000),)),
    C("of_the_displaced_families", "Only 250 of the displaced families received tents.",
      (exact("displaced", 250, unit="families"),)),
    C("one_of_the_largest_evacuations", "It was one of the largest evacuations in the country's history.", ()),
    C("of_the_refugees_killed", "Twelve of the refugees were killed in the raid.", (exact("killed", 12),)),
    # "left" with a place: a departure (evacuated); never "left dead", "left the meeting"
    C("left_the_town", "Nearly 2,000 residents left the town on Sunday as the fighting closed in.",
      (about("evacuated", 2000),)),
    C("left_named_city", "More than 3,000 people, most of them women, left Mariupol in a convoy of buses.",
      (more_than("evacuated", 3000),)),
    C("n_of_the_m_had_left", "Only 120 of the 900 residents had left.", (exact("evacuated", 120),)),
    C("left_the_meeting", "The 30 delegates left the meeting after 12 hours.", ()),
    C("buses_left_the_city", "Ten buses left the city on Monday.", ()),
    C("soldiers_left_the_area", "About 200 soldiers left the area.", ()),
    C("have_left_without_count_of", "Some 2,000 people have left.", ()),
    C("left_on_a_weekday", "The 40 workers left Monday morning.", ()),
    C("left_dead_still_killed", "The raid left 14 people dead in Aleppo.", (exact("killed", 14),)),
    # PDF text that lost its spaces
    C("glued_seek_refuge", "Floods forced nearly 8,000 people to seekrefuge in schools.", (about("displaced", 8000),)),
    C("glued_living_in_idp_camps", "About 14,500 people stillliving inIDPcamps after the quake.",
      (about("displaced", 14500),)),
    C("glued_may_have_been_destroyed", "As many as 2,500 houses mayhave been destroyed by the storm.",
      (at_most("houses_destroyed", 2500, has_modality=True),)),
    C("roundup_not_glued", "The weekly roundup of 40 stories.", ()),
    # "damaged or destroyed": one count of houses in either state, a row in each category
    C("homes_damaged_or_destroyed", "About 2,300 homes were damaged or destroyed by the cyclone.",
      (about("houses_damaged", 2300), about("houses_destroyed", 2300))),
    C("damaged_or_destroyed_object", "The tornado damaged or destroyed 45 houses.",
      (exact("houses_damaged", 45), exact("houses_destroyed", 45))),
    C("glued_damaged_ordestroyed", "More than 900 homes were damaged ordestroyed.",
      (more_than("houses_damaged", 900), more_than("houses_destroyed", 900))),
)  # fmt: skip

# Filled by the lead as bugs are found: each case pins one fixed bug.
CASES_BUGS_CAUGHT: tuple[Case, ...] = (
    # session 12: a list of people "among the dead" (among_toll_list): each member and their total, as
    # list_subject reads them before a verb (only the last member was read, as among_toll)
    C("list_among_those_hurt", "A nurse and two paramedics were among those hurt in the crash.",
      (exact("injured", 3, is_part=False), exact("injured", 1, is_part=True), exact("injured", 2, is_part=True))),
    # a toll with its own count: the list is part of it, and no total of the list stands beside it
    C("list_among_counted_toll", "Two clerks and a guard were among nine people killed.", (exact("killed", 9),)),
    # an aside between the last two members of a list: a reporting clause anywhere, an appositive after
    # a name in a list of objects (only the last member, or the name, was read)
    C("list_with_reporting_aside", "Two fishermen, the harbour office said, and a boy drowned.",
      (exact("killed", 3, is_part=False), exact("killed", 2, is_part=True), exact("killed", 1, is_part=True))),
    C("object_list_name_appositive", "Raiders shot dead Tomas Ilunga, the district treasurer, and his nephew.",
      (exact("killed", 2, is_part=False), exact("killed", 1, is_part=True), exact("killed", 1, is_part=True))),
    # a possessive member beside a person counts one, though the word tables lack its noun (gave 1)
    C("person_and_his_aide", "The senator and her aide were injured when the car overturned.",
      (exact("injured", 2, is_part=False), exact("injured", 1, is_part=True), exact("injured", 1, is_part=True))),
    # a noun of the act and a list of victims (event_list): each member and the total (gave the first
    # count alone, or nothing when the first member had no number)
    C("killing_of_two_and_three", "Police are investigating the killing of two nurses and three patients.",
      (exact("killed", 5, is_part=False), exact("killed", 2, is_part=True), exact("killed", 3, is_part=True))),
    # after a preposition the act and its first count are one prepositional phrase, no list member: the gap
    # grammars' event_number shares its act with the next count, as verb_number does (gave 2)
    C("into_the_killing_of_two_and_three", "Detectives are looking into the killing of two nurses and three patients.",
      (exact("killed", 5, is_part=False), exact("killed", 2, is_part=True), exact("killed", 3, is_part=True))),
    C("evacuation_of_two_counts", "The evacuation of 900 residents and 60 hotel guests took all night.",
      (exact("evacuated", 960, is_part=False), exact("evacuated", 900, is_part=True),
       exact("evacuated", 60, is_part=True))),
    C("deaths_of_people_and_cattle", "The deaths of 14 villagers and 300 cattle were reported.",
      (exact("killed", 14),)),
    C("deaths_of_a_man_and_his_son", "The deaths of a herder and his son in the raid angered the village.",
      (exact("killed", 2, is_part=False), exact("killed", 1, is_part=True), exact("killed", 1, is_part=True))),
    C("killing_of_animals_no_figure", "The killing of a lion and two leopards by poachers angered rangers.", ()),
    # leaving one's home in other words than "homes"/"houses": villages, farms, land (gave nothing)
    C("abandoned_their_villages", "Around 7,500 residents abandoned their villages as the fighting spread.",
      (about("displaced", 7500),)),
    C("deserted_their_farms", "More than 900 families have deserted their farms because of the drought.",
      (more_than("displaced", 900, unit="families"),)),
    C("left_their_seats_no_figure", "About 300 spectators left their seats before the final whistle.", ()),
    # the object of one verb is no attacker of the next ("wounded 14 soldiers, ..., and killed their
    # commander": agent_subject took the 14 for the killers and dropped the injured row)
    C("object_then_second_verb_not_agents",
      "The mine wounded 9 soldiers, three of them seriously, and killed their sergeant.",
      (exact("injured", 9, is_part=False), exact("injured", 3, is_part=True), exact("killed", 1))),
    # a measure with its of-phrase before the houses of one verb ("1,500 hectares of crops and 300 homes")
    C("measure_of_crops_and_homes", "The hailstorm destroyed 800 acres of maize and 64 homes.",
      (exact("houses_destroyed", 64),)),
    # a toll and its number joined by a participle and "as" ("coded as", "given as", "recorded as")
    C("fatalities_coded_as", "Armed men raided the market at dawn. Fatalities coded as 4.", (exact("killed", 4),)),
    C("toll_given_as", "The official death toll was given as 31 on Monday.", (exact("killed", 31),)),
    # a "when" clause ends where "and" opens a clause of its own subject (it ran to the sentence's end
    # and hid "a ranger received minor injuries")
    C("when_clause_ends_before_and_subject",
      "Six hikers were on the ridge when the storm broke and a ranger suffered minor injuries.",
      (exact("injured", 1),)),
    # counted attackers and a list of victims (agent_list): every victim, never the attackers (gave 2 and 1)
    C("attackers_and_list_of_victims", "Three gunmen shot dead a watchman and two cashiers at the depot.",
      (exact("killed", 3, is_part=False), exact("killed", 1, is_part=True), exact("killed", 2, is_part=True))),
    # an of-phrase inside the toll's own words ("in three days of fighting") is no number's "of"
    C("toll_with_of_phrase_inside",
      "The number of people killed in two weeks of fighting has been put at 58 by the district office.",
      (exact("killed", 58),)),
    C("toll_of_a_past_storm_rose", "The death toll from the storm of last week rose to 40.", (exact("killed", 40),)),
    # "in the region of", "in the order of": an approximate number (gave nothing, or exact)
    C("in_the_region_of", "The death toll stood in the region of 40 on Friday.", (about("killed", 40),)),
    C("in_the_order_of", "Officials said in the order of 3,000 people had been displaced.",
      (about("displaced", 3000),)),
    # brackets inside the toll's own words ("(from 1 May to 30 June)") are no end of its phrase
    C("toll_with_bracketed_dates",
      "The number of deaths due to the spring (from 1 May to 30 June) floods was put at 214.",
      (exact("killed", 214),)),
    # a bracketed remark after an item of a breakdown does not end it (gave the first item alone)
    C("breakdown_item_with_remark",
      "At least 60 people died, including 35 in Kessa (eight of them fishermen), 20 in Dobo and 5 in Ayton.",
      (at_least("killed", 60, is_part=False), exact("killed", 35, is_part=True), exact("killed", 20, is_part=True),
       exact("killed", 5, is_part=True))),
    # "the remains of N people" are N dead, as "the bodies of" (gave nothing); of houses or things, no figure
    C("remains_of_victims", "Search teams have recovered the remains of 14 victims from the ravine.",
      (exact("killed", 14),)),
    C("remains_of_houses_no_figure", "Only the remains of 40 stone houses still stand in the old village.", ()),
    # "half a dozen" is six: the number was read from "a dozen" alone, 12, a figure the text never gave
    C("half_a_dozen_is_six", "Half a dozen soldiers were wounded in the ambush.", (exact("injured", 6),)),
    C("about_half_a_dozen_homes", "About half a dozen homes burned down.", (about("houses_destroyed", 6),)),
    # numbers the text states whole, read whole: a range whose high end names the scale ("between 1 and 2
    # million" read 1 to 2,000,000), "a hundred and twenty" (read 100 and 20), "a couple dozen" (read 2)
    C("range_shares_its_scale", "Between 1 and 2 million people have been displaced by the floods.",
      (between("displaced", 1_000_000, 2_000_000),)),
    C("decimal_range_shares_its_scale", "The drought has affected 1.5 to 2 million people.",
      (between("affected", 1_500_000, 2_000_000),)),
    C("a_hundred_and_twenty", "A hundred and twenty people died in the fire.", (exact("killed", 120),)),
    C("a_couple_dozen_homes", "A couple dozen homes were destroyed.", (vague("houses_destroyed", low=24, high=24),)),
    # "rose by 12 to 340": the difference and the count now, never a range 12-340 (which it read)
    C("rose_by_to_no_range", "Fatalities rose by 12 to 340 overnight.", (exact("killed", 340),)),
    # a count "without power" (or shelter, water) has its own predicate: no subject of "dead" after "and"
    # (read 1.2 million killed and a total of 1,200,040)
    C("without_power_and_dead", "The storm left 1.2 million without power and 40 dead.", (exact("killed", 40),)),
    # a toll noun's count, a verb of reporting, then its part ("including", "among them") (the part was lost)
    C("deaths_reported_including", "Nine deaths have been reported, including three children.",
      (exact("killed", 9, is_part=False), exact("killed", 3, is_part=True))),
    # a counted subject and, between commas, the people it counts: the subject's count (gave the last
    # member's 2 alone)
    C("count_then_appositive_list", "Three people, a father and two sons, were killed in the fire.",
      (exact("killed", 3, is_part=False), exact("killed", 2, is_part=True))),
    # a count and how badly, between commas: a part of the figure before ("three seriously"), never a
    # figure of its own (the quantity extractor read 'injured, three' as a row)
    C("count_and_severity_part", "Police said 14 officers were injured, three seriously, during the clashes.",
      (exact("injured", 14, is_part=False), exact("injured", 3, is_part=True))),
    # a participle and its place inside a toll's phrase ("refugees registered in X has risen to N"); a finite
    # verb of the toll noun's own clause stays no toll ("deaths occurred in Y - about 600 more deaths")
    C("toll_with_participle_phrase", "The number of refugees registered in Dovrin has risen to 48,000.",
      (exact("displaced", 48_000),)),
    # after "N of whom were in PLACE", the next items "M in PLACE" leave out their verb: parts too (were lost)
    C("of_whom_were_in_then_items",
      "The storm injured 900 people, 200 of whom were in Ardel, 450 in Bosk and 250 in Corrin.",
      (exact("injured", 900, is_part=False), exact("injured", 200, is_part=True), exact("injured", 450, is_part=True),
       exact("injured", 250, is_part=True))),
    # (gap: the people of a trial or a study after a toll noun are read as the toll; a lookbehind on the link
    # "of" would read more than one character, which tests/test_gap_grammars.py forbids)
    C("deaths_in_a_trial_of_no_figure", "The new drug cut deaths in a trial of 4,500 patients.", ()),
    # (a gap until session 13: a member between commas was taken for an appositive, and the list not read)
    C("list_middle_member_between_commas", "Two soldiers, a policeman, and a civilian were killed.",
      (exact("killed", 4, is_part=False), exact("killed", 2, is_part=True), exact("killed", 1, is_part=True),
       exact("killed", 1, is_part=True))),
    # session 11: a modal whose own verb says or knows ("can confirm that", "will recall that") is the
    # speaker's; the verbs of its that-clause report what happened, the second of them too
    C("confirm_that_killed_and_injured", "Police can confirm that two cyclists were killed and 14 injured.",
      (exact("killed", 2), exact("injured", 14))),
    C("recall_that_flooded_and_claimed",
      "Members will recall that the 2009 storm flooded 3,100 homes and claimed 8 lives.",
      (exact("houses_damaged", 3100, unit="houses"), exact("killed", 8))),
    C("tell_you_that_killed_and_wounded", "I can tell you that the mortar round killed 5 and wounded 22.",
      (exact("killed", 5), exact("injured", 22))),
    # session 11: verbs of destroying and flooding houses in every form ("consumed", "bulldozed", "wiped out",
    # "burning", "torching", "inundating"); the category still needs a housing noun
    C("fire_consumed_homes", "The bushfire has consumed 315 homes and sheds.",
      (exact("houses_destroyed", 315, unit="houses"),)),
    C("bulldozed_shacks", "Municipal crews bulldozed 74 shacks at dawn.",
      (exact("houses_destroyed", 74, unit="houses"),)),
    C("burning_houses_after_killing", "Raiders attacked the hamlet, killing four people and burning 52 houses.",
      (exact("killed", 4), exact("houses_destroyed", 52, unit="houses"))),
    C("inundating_homes_participle", "The creek broke its banks, inundating 830 homes downstream.",
      (exact("houses_damaged", 830, unit="houses"),)),
    C("landslide_buried_homes", "A mudflow buried 23 homes on the slope and left six people missing.",
      (exact("houses_destroyed", 23, unit="houses"), exact("missing", 6))),
    C("buried_people_no_houses", "Volunteers buried 40 victims of the epidemic on Friday.", ()),
    # session 11: "the number of <any people> <participle>" is a toll, whatever noun names the people
    # (was: only "people", "persons", ...), and houses for a house category; a trigger word inside a toll's
    # own phrase ("the toll from the mine collapse") no longer takes its number; a by-phrase after a toll
    C("number_of_any_people_participle", "The number of aid workers killed this year now stands at 212.",
      (exact("killed", 212),)),
    C("number_of_refugees_displaced_by", "The number of families displaced by the fighting has reached 5,400.",
      (exact("displaced", 5400, unit="families"),)),
    C("number_of_homes_participle", "The number of homes destroyed by the tremor has risen to 3,850.",
      (exact("houses_destroyed", 3850, unit="houses"),)),
    C("number_of_things_participle", "The number of vines killed by the frost reached 40,000.", ()),
    C("toll_with_a_trigger_in_its_phrase", "The toll from the warehouse collapse stood at 19 on Friday.",
      (exact("killed", 19),)),
    C("toll_then_count_and_vague", "Villagers put the toll from the raid at 8 dead and several wounded.",
      (exact("killed", 8), vague("injured"))),
    # session 11: a count "along with" a harmed subject suffered the same; with the subject, a total
    C("killed_along_with_bodyguards", "The district governor was killed along with two of his bodyguards.",
      (exact("killed", 3), exact("killed", 1, **PART), exact("killed", 2, **PART))),
    C("died_alongside_count_subject", "Four miners died alongside 9 rescuers in the second blast.",
      (exact("killed", 13), exact("killed", 4, **PART), exact("killed", 9, **PART))),
    C("destroyed_along_with_houses", "Twelve houses were destroyed along with 20 mobile homes.",
      (exact("houses_destroyed", 32, unit="houses"), exact("houses_destroyed", 12, unit="houses", **PART),
       exact("houses_destroyed", 20, unit="houses", **PART))),
    C("arrested_along_with_others", "The editor was detained along with 6 other reporters.",
      (exact("arrested", 7), exact("arrested", 1, **PART), exact("arrested", 6, **PART))),
    C("along_with_animals_no_row", "The shepherd was found dead along with 80 goats.", (exact("killed", 1),)),
    C("along_with_places_no_row", "The village was evacuated alongside several Northern hamlets.", ()),
    # session 11: returnees arriving home are no displacement; displaced again they are
    C("returnees_arrived_no_row", "Nearly 2,700 returnees arrived in their home villages this month.", ()),
    C("returnees_displaced_again", "About 450 returnees were displaced again by renewed shelling.",
      (about("displaced", 450),)),
    # session 11: an age at death after "died" (words of time between) tells an obituary; not a time of day
    C("obituary_died_last_week_at_age", "Paul Brennan, the architect of 40 bridges, died last month at 93.", ()),
    C("obituary_died_on_a_day_at_age", "Celebrated architect Paul Brennan died on Friday at 93.", ()),
    C("died_at_time_of_day_still_counts", "A cyclist died at 6 pm after a lorry struck him.", (exact("killed", 1),)),
    # session 11: an evacuation in a drill or exercise is no event's; injuries in one are real
    C("evacuated_in_fire_drill", "The hospital evacuated 240 patients during a fire drill on Tuesday.", ()),
    C("evacuation_exercise", "Some 900 residents were evacuated in a tsunami evacuation exercise.", ()),
    C("injured_during_drill_counts", "A boiler exploded during a drill, injuring 6 cadets.", (exact("injured", 6),)),
    # session 11: "hurt by" money, rules or news hurts no body; "hurt by" a thing that hits does
    C("hurt_by_wage_cuts", "Some 4,000 nurses were hurt by the wage cuts, their union says.", ()),
    C("hurt_by_new_rules", "Dozens of small farms were hurt by the new export rules.", ()),
    C("hurt_by_falling_glass", "Three shoppers were hurt by falling glass.", (exact("injured", 3),)),
    # session 11: "missing" with an object of its own is the verb "miss"; a time after a trigger is no object
    C("missing_an_object_is_miss", "Nine of the 40 runners were missing two checkpoints, officials said.", ()),
    C("missing_signatures", "The petition is still missing 3,000 signatures.", ()),
    C("missing_a_day_after", "Four divers were missing a day after the boat sank.", (exact("missing", 4),)),
    C("went_missing_a_week_ago", "Three teenagers went missing a week ago near the quarry.", (exact("missing", 3),)),
    C("killed_a_week_after", "Two medics were killed a week after the truce began.", (exact("killed", 2),)),
    # session 11: idioms of "dead" and "a thousand deaths"; a register's deaths beside births; titles
    # with small words and digits
    C("dead_tired_idiom", "All 4 of the nurses were dead tired after the night shift.", ()),
    C("dead_letter_idiom", "Lawyers said 2 of the 9 clauses are dead letters now.", ()),
    C("thousand_deaths_idiom", "'We died a thousand deaths in the penalty shoot-out,' the coach said.", ()),
    C("dead_last_night_still_counts", "Six dead last night after a bus hit a wall.", (exact("killed", 6),)),
    C("deaths_beside_births", "The district recorded 3,100 deaths and 4,700 live births in 2021.", ()),
    C("deaths_beside_a_birth_in_a_shelter", "The storm caused 40 deaths; one woman gave birth in a shelter.",
      (exact("killed", 40),)),
    C("title_with_digits_and_small_words", "His thriller '5 Reasons to Kill a Spy' topped the charts.", ()),
    # session 11: "set fire to" houses; a phrase of two categories links by its head noun ("set ablaze")
    C("set_fire_to_houses", "Raiders set fire to 37 houses before dawn.",
      (exact("houses_destroyed", 37, unit="houses"),)),
    C("set_ablaze_huts_not_killed", "The attackers set ablaze 25 huts in the camp.",
      (exact("houses_destroyed", 25, unit="houses"),)),
    C("set_fire_to_cars_no_row", "Protesters set fire to 14 cars outside the stadium.", ()),
    # session 11: a toll noun, a copula or "included", and a list (toll_included_list: each member, and
    # their total, when every member counts); a partitive subject is no toll ("Two of those killed were ...")
    C("dead_included_list", "The dead included 9 pilgrims and three guides.",
      (exact("killed", 12), exact("killed", 9, **PART), exact("killed", 3, **PART))),
    C("dead_included_uncounted_member", "The dead included 9 pilgrims and their guides.", (exact("killed", 9),)),
    C("partitive_then_list_no_total", "Two of those killed were guards and four were drivers.",
      (exact("killed", 2),)),
    # rival tolls are never added ("other death totals included 250 and 290")
    C("rival_totals_not_summed", "Other tallies put the death totals at 140 and 162.",
      (exact("killed", 140), exact("killed", 162))),
    # a toll revised down, or given as a range
    C("toll_revised_downward", "The toll was later revised downward to 1,040.", (exact("killed", 1040),)),
    C("toll_ranged_between", "The death toll ranged between 35 and 50.", (between("killed", 35, 50),)),
    # a count of places after a count of people is not the people's: "displaced 1.1 million across 18 provinces"
    C("count_then_places_after_preposition", "The floods displaced 900,000 across 14 districts.",
      (exact("displaced", 900000),)),
    # session 11: care in progress is injury ("23 are receiving treatment", "being treated"); a trigger phrase
    # right after the number is no noun of things ("1,240 receiving hospital treatment")
    C("receiving_treatment", "Five miners died and 17 are receiving treatment.",
      (exact("killed", 5), exact("injured", 17))),
    C("with_n_receiving_hospital_treatment", "The toll reached 30, with 410 receiving hospital treatment.",
      (exact("killed", 30), exact("injured", 410))),
    C("being_treated_for", "Four firefighters are being treated for burns.", (exact("injured", 4),)),
    # session 11: a kin noun with a name, between commas before ", and", is a list's member, not an aside;
    # kin nouns the person list lacked ("spouse", "stepson", "sister-in-law")
    C("named_kin_list_member", "Gunmen shot dead Omar Farah, his wife Amina, and his son Yusuf.",
      (exact("killed", 3), exact("killed", 1, **PART), exact("killed", 1, **PART), exact("killed", 1, **PART))),
    C("spouse_is_a_person", "Raiders killed the chief, his spouse and two stepsons.",
      (exact("killed", 4), exact("killed", 1, **PART), exact("killed", 1, **PART), exact("killed", 2, **PART))),
    # an implicit person after "at least one" is a lower bound
    C("at_least_one_officer_implicit", "At least one Rapid Action Battalion (RAB) officer was wounded in the attack.",
      (at_least("injured", 1),)),
    # session 11: members of an "including" list after a total ("including 8 soldiers and 2 children") are
    # each a part; a count after "including" before ", and" and another clause is no coordinated subject
    C("including_list_members_are_parts", "The blast wounded 14 people including 9 pupils and 3 teachers.",
      (exact("injured", 14), exact("injured", 9, **PART), exact("injured", 3, **PART))),
    C("including_then_next_clause", "At least 30 people died, including 7 children, and 52 were hurt.",
      (at_least("killed", 30), exact("killed", 7, **PART), exact("injured", 52))),
    # session 11: houses "damaged by" decay or plans, bills that "died in committee", deaths "of unrelated causes"
    C("houses_damaged_by_damp", "A survey found 26 council flats damaged by mould.", ()),
    C("homes_damaged_by_falling_trees", "Nine homes were damaged by falling trees.",
      (exact("houses_damaged", 9, unit="houses"),)),
    C("bills_died_in_committee", "Of the 90 bills tabled, 31 died in committee.", ()),
    C("died_of_unrelated_causes", "Of 300 volunteers in the study, 4 died of unrelated causes.", ()),
    # session 11 (after h43's blind probe): "lost life", "lost his life" (non-native and plain English),
    # "killed or maimed" (casualties); "life savings" is money
    C("persons_lost_life", "Four persons lost life and 9 persons got injured in the mishap.",
      (exact("killed", 4), exact("injured", 9))),
    C("lost_his_life_implicit", "A cyclist lost his life on the bypass.", (exact("killed", 1),)),
    C("killed_or_maimed", "Mines killed or maimed 65 farmers last year.", (exact("casualties", 65),)),
    C("life_savings_no_row", "A retired teacher lost her life savings to the fraud.", ()),
    C("consumed_hectares_no_houses", "The blaze consumed 2,300 hectares of pine forest.", ()),
    C("reported_clause_modal_still_counts",
      "Engineers can say that the levee could flood 900 homes and leave 4,000 homeless.",
      ()),
    C(
        "n_of_the_m_who_died",
        "The report found that 9 of the 40 patients who died had been turned away.",
        (exact("killed", 40), exact("killed", 9, **PART)),
    ),
    # session 10 (h38's probe): gapping, a second subject with its "be" elided ("and a third wounded")
    C(
        "gapping_a_third_wounded",
        "Four guards were shot dead and a fifth wounded at the checkpoint.",
        (exact("killed", 4), exact("injured", 1)),
    ),
    # session 10 (h32's probe): a name is a member of a list that names people, an age in brackets after it
    # no break ("Albay, Sorsogon and Catanduanes" stays places)
    C(
        "names_with_bracketed_ages_in_a_list",
        "Police detained Omar Fadel (34) and his cousin Karim (27) after the raid.",
        (exact("arrested", 2), exact("arrested", 1, **PART), exact("arrested", 1, **PART)),
    ),
    C(
        "name_and_a_person_in_a_list",
        "The gunmen shot dead Ibrahim Musa and his driver.",
        (exact("killed", 2), exact("killed", 1, **PART), exact("killed", 1, **PART)),
    ),
    # session 10 (h32's probe): "N of them" after a participle phrase of the figure's clause is its part
    C(
        "of_them_after_participle_phrase",
        "Four volunteers were injured clearing the debris, one of them badly.",
        (exact("injured", 4), exact("injured", 1, **PART)),
    ),
    # session 10 (h32's probe, military statements): "neutralised/eliminated" armed men are killed; other
    # objects of those verbs are not
    C("neutralised_militants", "The army said it neutralised 19 militants near the border.", (exact("killed", 19),)),
    C("insurgents_were_eliminated", "Some 30 insurgents were eliminated in the raid.", (about("killed", 30),)),
    C("eliminated_candidates_nm", "Four candidates were eliminated in the second round of voting.", ()),
    C("eliminated_errors_nm", "The new process eliminated 200 errors a month.", ()),
    # session 10 (h38's blind probe): a number without a noun after a houses row takes the houses' noun only
    # for a category said of houses ("and claimed 13 lives" was dropped as "13 houses")
    C(
        "lives_after_houses",
        "The typhoon damaged 900 homes and claimed 21 lives.",
        (exact("houses_damaged", 900, **HOUSES), exact("killed", 21)),
    ),
    C(
        "n_of_the_m_count_noun",
        "Rescuers said 14 of the 52 casualties were children.",
        (exact("casualties", 52), exact("casualties", 14, **PART)),
    ),
    C("number_of_confirmed_dead", "The number of confirmed dead has climbed to 276.", (exact("killed", 276),)),
    # session 10 (h38's blind probe): "N of them" after a count noun's figure is its part
    C(
        "of_them_after_count_noun",
        "The storm left nine people injured, three of them critically.",
        (exact("injured", 9), exact("injured", 3, **PART)),
    ),
    # session 10 (h38's blind probe): still being searched for is missing; suspects sought are not
    C(
        "still_being_searched_for",
        "Coast guards said 6 crew members were still being searched for.",
        (exact("missing", 6),),
    ),
    C("suspects_searched_for_nm", "Officers said 4 suspects were still being searched for.", ()),
    # session 10 (h38's blind probe): "N of the M <trigger>" gives M and N as its part
    C(
        "n_of_the_m_dead",
        "Officials said 12 of the 95 dead were police officers.",
        (exact("killed", 95), exact("killed", 12, **PART)),
    ),
    C(
        "n_of_m_abducted",
        "Troops rescued 9 of 31 abducted farmers on Sunday.",
        (exact("kidnapped", 31), exact("kidnapped", 9, **PART)),
    ),
    # session 10 (h38's blind probe): headline toll verbs, "upward to", a long phrase after the toll;
    # lives saved and an attempted murder are no deaths
    C("toll_tops_headline", "Quake toll passes 2,300 as aftershocks continue.", (more_than("killed", 2300),)),
    C("toll_revised_upward_to", "The agency revised the death toll upward to 418.", (exact("killed", 418),)),
    C(
        "toll_long_phrase_before_verb",
        "The death toll from Tuesday's landslides in the two western districts climbed to 64.",
        (exact("killed", 64),),
    ),
    C("lives_were_saved_nm", "Engineers said 900 lives were saved by the new levee.", ()),
    C("attempted_murder_nm", "Two men face charges of attempted murder of four officers.", ()),
    # session 10 (h38's blind probe): an object of the clause before is no coordinated subject of the next
    C(
        "object_then_new_clause_subject",
        "Crews rescued 8 miners, and about 40 more were evacuated from the pit.",
        (about("evacuated", 40),),
    ),
    C(
        "subset_then_new_clause",
        "At least 19 people died, among them three nurses, and 44 were injured.",
        (at_least("killed", 19), exact("killed", 3, **PART), exact("injured", 44)),
    ),
    C(
        "reported_subjects_stay_coordinated",
        "Police reported 4 guards and 6 workers were hurt.",
        (exact("injured", 10), exact("injured", 4, **PART), exact("injured", 6, **PART)),
    ),
    # session 10 (h36's blind check): "N more" after a houses verb shares the noun before it
    C(
        "houses_damaged_n_more",
        "The cyclone flattened 2,600 houses and damaged 5,100 more in the delta.",
        (exact("houses_destroyed", 2600, **HOUSES), exact("houses_damaged", 5100, **HOUSES)),
    ),
    C(
        "houses_n_more_homes",
        "Aftershocks damaged 700 more homes overnight.",
        (exact("houses_damaged", 700, **HOUSES),),
    ),
    # session 10: a verb after a place phrase and before its object is the clause's verb, not a word of the place
    C(
        "verb_after_place_phrase_to_death",
        "A crowd surge near the east gate crushed nine pilgrims to death.",
        (exact("killed", 9),),
    ),
    # (found by issue 16's helper) a count and its adjective inside an "including" aside are no verb
    # of the subject; a part's own clause in an aside keeps its verb from the subject
    C("including_counts_with_adjectives", "There were 30 casualties, including 10 dead and 20 injured.",
      (exact("casualties", 30), exact("killed", 10), exact("injured", 20))),
    C("part_clause_aside_keeps_its_verb", "The bombing left 45 casualties, 12 of whom died.",
      (exact("casualties", 45), exact("killed", 12))),
    # lists with a member named without a number (found by issue 16's helper): the list is read whole
    C("list_object_longer_than_the_sum", "Gunmen killed two clerks, two guards and a driver.",
      (exact("killed", 5), exact("killed", 2, **PART), exact("killed", 2, **PART), exact("killed", 1, **PART))),
    C("list_subject_with_his", "The mayor and his two bodyguards were shot dead.",
      (exact("killed", 3), exact("killed", 1, **PART), exact("killed", 2, **PART))),
    # a number between a count and its verb that the verb governs itself: the count is no subject of it
    C("number_of_its_own_before_the_verb", "Clashes between the two rival groups left at least 15 dead.",
      (at_least("killed", 15),)),
    # a number in an of-phrase of a subject's count names whom it counts, no figure of its own
    C("number_in_an_of_phrase_of_the_subject", "Five members of one family perished in the fire.",
      (exact("killed", 5),)),
    C("caused_houses_to_collapse", "The earthquake caused 4,300 houses to collapse.",
      (exact("houses_destroyed", 4300, **HOUSES),)),
    C("houses_would_collapse", "Engineers feared 12 houses would collapse.", ()),
    # a count, the same count converted in brackets, then its noun: one noun phrase
    C("count_converted_in_brackets", "In the five districts, 27 lakh (2.7 million) people had been affected.",
      (exact("affected", 2700000),)),
    # implicit counts of dwellings and buildings (issue 15: "implicit counts for every category")
    C("a_hut_was_burned", "A hut was burned in the raid.", (exact("houses_destroyed", 1, **HOUSES),)),
    C("a_school_building_collapsed", "A school building collapsed.", (exact("houses_destroyed", 1, unit="buildings"),)),
    C("no_house_under_a_modal", "A house could be destroyed if the dam fails.", ()),
    # issue 15's near misses: a toll's future value, and the previous value of a running total
    C("toll_could_reach", "Aid agencies fear the toll could reach tens of thousands.", ()),
    C("toll_expected_to_rise_to_a_number", "The death toll is expected to rise to 50.", ()),
    C("toll_may_have_reached", "Officials said the toll may have reached 80.", (exact("killed", 80),)),
    C("up_from_a_previous_count", "The toll rose to 702, up from 690 a day earlier, and 3,215 had been injured.",
      (exact("killed", 702), exact("injured", 3215))),
    # Grammar 2's list of constructions (issue 15), invented sentences
    C("passive_parted_by_a_time", "A local councillor was on Tuesday evening shot dead.", (exact("killed", 1),)),
    C("toll_put_at", "Witnesses put the number killed at 48.", (exact("killed", 48),)),
    C("respectively_pairs_tolls_and_numbers", "The injured and missing had reached 210 and 35 respectively.",
      (exact("injured", 210), exact("missing", 35))),
    C("respectively_is_no_sum", "Deaths and injuries in the province rose to 15 and 70, respectively.",
      (exact("killed", 15), exact("injured", 70))),
    C("breakdown_by_origin_after_a_semicolon", "4,000 were evacuated; 2,500 from Ayton and 1,500 from Beeford.",
      (exact("evacuated", 4000), exact("evacuated", 2500, **PART), exact("evacuated", 1500, **PART))),
    C("alternative_estimates_are_not_added", "The gunmen killed 20 by one count and at least 26 according to another.",
      (exact("killed", 20), at_least("killed", 26))),
    # a participle of record between a number and its toll noun ("were reported" stays an auxiliary)
    C("confirmed_deaths", "There were 24 confirmed deaths in the district.", (exact("killed", 24),)),
    C("reported_deaths", "Officials listed 31 reported deaths and 12 were reported missing.",
      (exact("killed", 31), exact("missing", 12))),
    # places side by side, each a count of its own, and their sum: the first names its own place
    C("places_side_by_side_add_up", "During the storm, 35 people died in Kerala, 12 in Goa and two in Karnataka.",
      (exact("killed", 49), exact("killed", 35, **PART), exact("killed", 12, **PART), exact("killed", 2, **PART))),
    C("places_side_by_side_with_citations",
      "During the storm, 35 people died in Kerala,[4] 12 in Goa[5] and two in Karnataka.[6]",
      (exact("killed", 49), exact("killed", 35, **PART), exact("killed", 12, **PART), exact("killed", 2, **PART))),
    # ... and a breakdown when the first count names no place: no sum
    C("places_after_a_count_are_its_breakdown", "The storm killed 35 people, 12 in Goa and two in Karnataka.",
      (exact("killed", 35), exact("killed", 12, **PART), exact("killed", 2, **PART))),
    C("part_after_a_citation_marker", "There were eight deaths in the province,[3] two of them from falling trees.",
      (exact("killed", 8), exact("killed", 2, **PART))),
    # a capitalised word of the verb tables inside a sentence is a name's ("Border Security Force"),
    # so the aside between commas reaches the verb group
    C("capitalised_verb_word_is_a_name",
      "Three people, including a Border Security Force (BSF) officer, were killed and at least five others were hurt.",
      (exact("killed", 3), at_least("injured", 5))),
    # a qualifier before "another": one number expression
    C("qualifier_before_another", "Gunmen shot dead nine farmers and wounded at least another 14 villagers.",
      (exact("killed", 9), at_least("injured", 14))),
    # a member named in a subject's aside is a part of the subject's count
    C("member_in_a_subject_aside_is_a_part",
      "Twelve people, including four engineers, a nurse and two guides, were killed on Friday.",
      (exact("killed", 12), exact("killed", 2, **PART))),
    # Grammar 2 session: "forced from their homes" was a `verb` entry (number after only), so the
    # passive "N were forced from their homes" gave nothing
    C("passive_forced_from_their_homes", "About 2,300 families were forced from their homes by the floods.",
      (about("displaced", 2300, unit="families"),)),
    # the construction table's attackers: a number of gunmen before an active verb is no victim count,
    # in either extractor (the quantity extractor read "Four gunmen ... shot dead" as killed 4)
    C("agents_before_active_verb", "Four masked gunmen shot dead a shopkeeper in the market.", (exact("killed", 1),)),
    # a subject with a list between commas: ", including a teacher, a nurse, and a driver,"
    # a possibility carried through coordination, and an intention: no figure from either extractor
    C("modal_through_coordination", "The cyclone could kill up to 900 people and leave 150,000 homeless.", ()),
    C("modal_verb_of_result", "The dam breach would leave 4,000 villagers homeless.", ()),
    C("intention_to_evacuate", "Officials were preparing to evacuate 12,000 residents of the delta.", ()),
    C("intention_to_kill", "The cell had planned to kill 300 people at the stadium.", ()),
    C("fact_then_modal", "The flood killed 14 people and could leave 2,000 homeless.", (exact("killed", 14),)),
    C("month_may_is_no_modal", "A bomb on 3 May killed five people and wounded 19 others.",
      (exact("killed", 5), exact("injured", 19))),
    # things counted by a trigger are no victims
    C("evacuated_platforms", "Operators evacuated 35 offshore platforms before the hurricane.", ()),
    C("dozens_of_trees", "The gale uprooted dozens of trees along the avenue.", ()),
    C("fishing_canoes_missing", "Four fishing canoes disappeared during the squall.", ()),
    # a breakdown by place after a figure, across reference markers: each item a part of it
    C("breakdown_after_including", "At least 90 people drowned, including 61 in Arvania,[3] 20 in Belmora,[4] "
      "eight in Cestia[5] and one in Dorlund.[6]",
      (at_least("killed", 90), exact("killed", 61, is_part=True), exact("killed", 20, is_part=True),
       exact("killed", 8, is_part=True), exact("killed", 1, is_part=True))),
    C("breakdown_after_colon", "The landslides killed 45 people: 30 in Port Elling and 15 in the Lower Ward.",
      (exact("killed", 45), exact("killed", 30, is_part=True), exact("killed", 15, is_part=True))),
    C("no_breakdown_of_places_counted", "The storm killed 12 people in 3 villages in Bihar.", (exact("killed", 12),)),
    # person nouns the lexicon lacked (the issue's "his companion was wounded")
    C("his_companion_wounded", "His companion was wounded in the ambush.", (exact("injured", 1),)),
    C("a_bystander_killed", "A bystander was killed by a stray bullet.", (exact("killed", 1),)),
    # reported by the totals work (issue 17): two deaths read as none and as one
    C("found_frozen_to_death", "Two elderly brothers were found frozen to death in their farmhouse.",
      (exact("killed", 2),)),
    C("a_father_and_son_perished", "A father and son from the coast perished in the flood.",
      (exact("killed", 2), exact("killed", 1, is_part=True), exact("killed", 1, is_part=True))),
    # houses counted by "lost" and by "either damaged or destroyed" (a list with a non-dwelling member)
    C("lost_homes", "The typhoon killed 12 people and lost 4,500 homes on the island.",
      (exact("killed", 12), exact("houses_destroyed", 4500, unit="houses"))),
    # (no houses row; the soldiers a side lost are its dead, construction lost_own_side, since session 13)
    C("lost_soldiers_no_houses", "The garrison lost 40 soldiers in the siege.", (exact("killed", 40),)),
    C("either_damaged_or_destroyed", "In the valley, 2,300 homes and shops were either damaged or destroyed.",
      (exact("houses_damaged", 2300), exact("houses_destroyed", 2300))),
    # a definite victim after an active verb is one person, unless an attacker ("killed the suspect")
    C("injured_the_occupant", "A tree fell on a car and injured the occupant.", (exact("injured", 1),)),
    C("asked_not_to_arrest", "Elders asked the police not to arrest the village chief.", ()),
    C("failed_to_kidnap", "The gunmen failed to kidnap the headmaster but shot his guard dead.",
      (exact("killed", 1),)),
    C("subject_with_including_list", "Seven people, including a teacher, a nurse, and a driver, died in the crash.",
      (exact("killed", 7), exact("killed", 1, is_part=True))),  # "a driver": one of the seven
    # infobox fields: a count after its label, never before the next one ("4 Injuries" was read as injured)
    C("infobox_fields_in_a_row", "Deaths: 4 Non-fatal injuries: 435 Structures destroyed: 488 Damage: $350 million",
      (exact("killed", 4), exact("injured", 435), exact("houses_destroyed", 488, **HOUSES))),
    C("infobox_number_before_label", "Deaths: 4 Injuries: 435", (exact("killed", 4), exact("injured", 435))),
    C("label_homes_damaged", "Homes damaged: 1,200", (exact("houses_damaged", 1200, **HOUSES),)),
    C("structures_varying_degrees_of_damage", "A total of 636 structures sustained varying degrees of damage.",
      (exact("houses_damaged", 636, **HOUSES),)),
    C("people_losing_their_homes", "The storm led to roughly 600,000 people losing their homes.",
      (about("homeless", 600000),)),
    # a flattened infobox list: the total, then "N in Place" parts with no commas; the
    # total and the first part read as one spaced number (243 196) -- KNOWN_GAPS
    C("infobox_list_after_total", "Deaths: 243 196 in Germany[1] 43 in Belgium[2] Property damage: EUR54 billion",
      (exact("killed", 243), exact("killed", 196, **PART), exact("killed", 43, **PART))),
    # a subject with a list of places between the count and its verb
    C("subject_place_list", "387,100 people in Shanghai, Jiangsu and Zhejiang were evacuated.",
      (exact("evacuated", 387100),)),
    # an acronym in brackets inside the first of two coordinated counts
    C("coordinated_with_acronym", "Four Radio Television Afghanistan (RTA) staff and two policemen were killed.",
      (exact("killed", 6), exact("killed", 4, **PART), exact("killed", 2, **PART))),
    C("subject_place_list_oxford_comma", "About 5,000 people across Kerala, Karnataka, and Tamil Nadu were displaced.",
      (about("displaced", 5000),)),
    # (session 7) a gerund after "before" is the agent's, not the counted object's: no "fleeing" of the victims
    # (session 8) "beat up" is a harm now: the guards are injured; still no "fleeing" of them
    C("object_before_fleeing", "The robbers beat up two guards before fleeing with the cash.", (exact("injured", 2),)),
    # "took refuge in" any place is a taking of refuge, not only in a camp or shelter
    C("took_refuge_in_a_school", "Around 900 villagers took refuge in a primary school.",
      (about("displaced", 900),)),
    # a member of a list after people, with a noun the word tables lack, is one person
    C("list_member_unknown_noun_after_people", "Two nurses and a porter were injured in the blast.",
      (exact("injured", 3), exact("injured", 2, **PART), exact("injured", 1, **PART))),
    C("list_member_animal_not_a_person", "Two boys and a mule were killed by the landslide.", (exact("killed", 2),)),
    C("list_member_object_of_another_verb", "He threw a grenade and the other four guards were wounded.",
      (exact("injured", 4),)),
    # a home that names the people ("care home residents") counts people, not homes
    C("home_modifies_people", "Eighteen care home residents died of the heat.", (exact("killed", 18),)),
    # a surname alone at the sentence start, before "was" and a verb of harm
    C("surname_first_was_wounded", "Okonkwo was wounded by shrapnel.", (exact("injured", 1),)),
    C("word_first_was_not_a_name", "Traffic was halted after the crash.", ()),
    # stated zeros with "lives" and "loss of life"
    C("no_lives_were_lost", "Luckily no lives were lost.", (exact("killed", 0),)),
    C("no_loss_of_life", "There was no immediate loss of life.", (exact("killed", 0),)),
    C("loss_of_life_without_a_number", "The quake caused great loss of life.", ()),
    # a second act on one person named without a number ("... and later shot him")
    C("him_after_object", "Bandits abducted a herdsman and later executed him.",
      (exact("kidnapped", 1), exact("killed", 1))),
    C("him_after_object_no_harm", "Bandits abducted a herdsman and later released him.", (exact("kidnapped", 1),)),
    # a subject's second predicate after "and" (the constructions second_predicate, second_harm_predicate)
    C("second_predicate_after_a_passive", "Three divers were pulled from the lake and later died.",
      (exact("killed", 3),)),
    C("second_predicate_after_a_toll", "Two guards were shot and later died of their wounds.",
      (exact("killed", 2),)),
    C("second_predicate_after_a_place", "Six pupils were in the classroom and received minor cuts.",
      (exact("injured", 6),)),
    C("second_predicate_own_subject", "Nine miners were rescued and the others died.", ()),
    C("second_predicate_modal", "Four sailors were adrift for days and could die.", ()),
    # irregular participles make a passive ("was caught", "were swept away")
    C("irregular_participle_passive", "Two anglers were swept off the pier and drowned.", (exact("killed", 2),)),
    # "both A and B" joins two members; it counts neither as two
    C("both_and_is_no_count", "Both the shop and its owner were hit by the flood.", ()),
    # a singular verb ("was") makes the last noun phrase alone its subject: no list of two
    C("list_with_a_singular_verb", "Soldiers shot the gunman and one soldier was hurt.", (exact("injured", 1),)),
    C("pair_with_a_singular_verb", "Police stopped the driver and a passenger was hurt.", (exact("injured", 1),)),
    # a toll noun alone as the subject of a copula ("Deaths include ..."), like "The dead included ..."
    C("toll_noun_copula", "Deaths include at least 40 children.", (at_least("killed", 40),)),
    # a figure that names its own place: the items after it are its siblings, never its parts
    # (session 11: the three counts are members of one list after "include", their total 45 and each its
    # part, as "Among the dead were ..." reads; was killed 31 alone, which lost the 12 and the 2 deaths)
    C("siblings_by_place_are_no_parts", "Deaths include 31 in Lagos, 12 in Ogun and two in Oyo.",
      (exact("killed", 45), exact("killed", 31, **PART), exact("killed", 12, **PART), exact("killed", 2, **PART))),
    # a change from one count to another is no range: the count now, never the one before
    C("toll_rose_from_to", "The death toll rose from 12 to 31.", (exact("killed", 31),)),
    C("displaced_rose_from_thousands", "The number of displaced rose from 5,000 to 8,500 in one week.",
      (exact("displaced", 8500),)),
    C("from_to_without_a_change_is_a_range", "From 10 to 15 people died in the blaze.", (between("killed", 10, 15),)),
    # labels of houses before their numbers, several in a line (issue 15: table and label layouts)
    C("house_labels_in_a_line", "Damaged houses 7,315; destroyed houses 1,208.",
      (exact("houses_damaged", 7315, **HOUSES), exact("houses_destroyed", 1208, **HOUSES))),
    # a count in brackets in another unit counts the same people, no part of them
    C("families_in_persons_no_part", "Some 640 families (about 3,100 persons) were displaced by the fire.",
      (about("displaced", 640, unit="families", is_part=False), about("displaced", 3100, is_part=False))),
    C("part_in_brackets_same_unit", "Twelve people (three of them children) were injured.",
      (exact("injured", 12), exact("injured", 3, **PART))),
    # lone victims named by a trade the word tables lacked, or by a name and an aside
    C("a_passerby_with_a_name_aside", "A passerby, Omar Said, was hurt by flying glass.", (exact("injured", 1),)),
    C("name_first_with_an_aside", "Mbeki, a local reporter, was wounded in the crossfire.", (exact("injured", 1),)),
    C("a_victim_told_of_before", "The plumber who was killed has not been named.", ()),
    # the object of an active verb begins no list of subjects ("killing the assailant and two civilians were hurt")
    # (session 8: and the gunman's death is read now, as the sentence states it: perpetrators)
    C("object_of_a_verb_is_no_list_member", "Guards returned fire, killing the gunman and two visitors were hurt.",
      (exact("killed", 1, group="perpetrators"), exact("injured", 2))),
    C("said_takes_a_clause_with_a_list", "Police said the driver and two passengers were hurt.",
      (exact("injured", 3), exact("injured", 1, **PART), exact("injured", 2, **PART))),
    # sheds of metal or steel are buildings, no dwellings
    C("metal_buildings_are_no_homes", "Three metal buildings were badly damaged.",
      (exact("houses_damaged", 3, unit="buildings"),)),
    # "a couple" without "of" is two people; "a couple of" stays a vague few
    C("a_couple_is_two", "A couple in the trailer was treated for minor injuries.", (exact("injured", 2),)),
    C("a_couple_of_is_vague", "A couple of people were hurt.", (vague("injured"),)),
    # lists before a light verb and a harm noun, as before a verb of harm
    C("list_received_minor_injuries", "Three adults and two children received minor injuries.",
      (exact("injured", 5), exact("injured", 3, **PART), exact("injured", 2, **PART))),
    # a harm noun of death makes a death, not an injury
    C("sustained_fatal_injuries", "The pilot sustained fatal injuries in the crash.", (exact("killed", 1),)),
    C("two_received_fatal_injuries", "Two hikers received fatal injuries.", (exact("killed", 2),)),
    C("homeowner_injured", "The chimney fell, injuring the homeowner.", (exact("injured", 1),)),
    # sheltering anywhere is displacement; relocating people; a running count that "has grown to"
    C("sheltering_in_schools", "About 600 families are sheltering in schools and churches.",
      (about("displaced", 600, unit="families"),)),
    C("relocated_families", "Authorities relocated 2,000 families to higher ground.",
      (exact("displaced", 2000, unit="families"),)),
    C("count_has_grown_to", "The number of IDPs in the camp has grown to 14,500.", (exact("displaced", 14500),)),
    # a running total "past" or "passed" a number is more than it
    C("toll_climbs_past", "The toll in the quake climbs past 8,000.", (more_than("killed", 8000),)),
    C("toll_has_passed", "The death toll has passed 100.", (more_than("killed", 100),)),
    # people believed buried or trapped under rubble are missing until found
    C("believed_buried", "Rescuers dug for 12 people believed buried under the debris.", (exact("missing", 12),)),
    # a share of a count: the count is the whole, never the figure; unless the count is of the victims itself
    C("a_third_of_the_residents", "Nearly a third of the 900 residents have fled.", ()),
    C("half_of_the_houses", "Half of the village's 400 houses were destroyed.", ()),
    C("percent_of_the_homes", "About 40 percent of the 5,000 homes were damaged.", ()),
    C("most_of_the_displaced", "Most of the 2,000 displaced are children.", (exact("displaced", 2000),)),
    C("half_of_the_people_displaced", "About half of the 11,000 people displaced in May have gone home.",
      (exact("displaced", 11000),)),
    # a state of the injured after a verb of staying ("remain in", also a shelter phrase)
    C("remain_in_critical_condition", "Another 14 remain in critical condition.", (exact("injured", 14),)),
    C("remained_in_schools_as_shelters", "Some 300 people remained in 12 schools used as shelters.",
      (about("displaced", 300),)),
    # moved out of danger ("shifted", Indian English) and to relief camps
    C("shifted_to_safer_places", "Nearly 4,000 villagers were shifted to safer places.",
      (about("evacuated", 4000),)),
    C("shifted_to_relief_camps", "Over 1.2 lakh people have been shifted to relief camps.",
      (more_than("displaced", 120000),)),
    # a member of a list may carry its own place or group ("workers from a company", "people in Kano")
    C("list_members_with_their_places", "Twelve people in Kano and five in Kaduna were killed.",
      (exact("killed", 17), exact("killed", 12, **PART), exact("killed", 5, **PART))),
    C("list_member_with_its_group", "Eight workers from a power company and three other people were found dead.",
      (exact("killed", 11), exact("killed", 8, **PART), exact("killed", 3, **PART))),
    # a breakdown right after a figure that adds up to it gives its parts, whatever their nouns
    C("summed_breakdown_between_dashes",
      "The clashes killed 12 people - eight villagers and four police officers - on Sunday.",
      (exact("killed", 12), exact("killed", 8, **PART), exact("killed", 4, **PART))),
    C("summed_breakdown_takes_refugees",
      "The toll was put at 32 people (17 locals and 15 refugees) by officials.",
      (exact("killed", 32), exact("killed", 17, **PART), exact("killed", 15, **PART))),
    C("breakdown_that_does_not_add_up", "Ten people died, seven migrants and a guard.", (exact("killed", 10),)),
    # a count of earlier years told for comparison is another event's
    C("in_the_prior_years", "The heat killed 40, while in the previous ten years only three deaths had been recorded.",
      (exact("killed", 40, has_modality=False), exact("killed", 3, **OTHER_EVENT))),
    C("in_the_past_days_is_this_event", "In the past two days, 40 people were killed.", (exact("killed", 40),)),
    # people brought to a shelter are displaced, as those staying in one
    C("taken_to_evacuation_centres", "About 2,600 villagers were taken to evacuation centres.",
      (about("displaced", 2600),)),
    # session 8: a lone victim named by a noun the word tables lack, with an agent noun's ending
    C("agent_noun_lone_victim", "A paraglider was killed when his wing collapsed over the valley.",
      (exact("killed", 1),)),
    C("agent_noun_object", "The avalanche buried and killed a snowshoer near the pass.",
      (exact("killed", 1),)),
    C("agent_noun_second_predicate", "A canoeist was pulled from the rapids and later died.",
      (exact("killed", 1),)),
    C("agent_noun_intransitive", "A windsurfer drowned off the point on Sunday.", (exact("killed", 1),)),
    C("thing_with_agent_ending_not_a_victim", "A generator was destroyed when the shed burned.", ()),
    C("tanker_hit_not_a_victim", "A tanker was damaged by the blast in the harbour.", ()),
    C("the_couple_is_two", "The couple was treated for smoke inhalation at a clinic.",
      (exact("injured", 2),)),
    # an age is an adjective of its noun phrase, not a number that ends it
    C("age_adjective_in_object", "Flying glass injured the 9-year-old passenger.", (exact("injured", 1),)),
    C("age_adjective_after_count", "Three 15-year-old cadets were hurt when the tent collapsed.",
      (exact("injured", 3),)),
    # a bare participle after "and" shares the passive's "be"
    C("elliptic_passive_second_verb", "A ranger was struck and injured by a falling limb.",
      (exact("injured", 1),)),
    # one harm named as what an event caused, and the person it was done to
    C("caused_one_harm", "The crush at the stadium gate resulted in a death.", (exact("killed", 1),)),
    C("harm_to_one_person", "Hail shattered the windshield, causing minor injuries to a cyclist.",
      (exact("injured", 1),)),
    C("caused_harm_only_possible", "A loose ladder could cause an injury to a worker.", ()),
    C("injuries_to_body_parts_not_people", "The rider sustained injuries to two ribs.", (exact("injured", 1),)),
    # "while" opens a clause of its own (it was read as a relative clause that hid its verb)
    C("while_clause_of_its_own", "One hijacker was shot dead while the other hijacker was badly hurt.",
      (exact("killed", 1), exact("injured", 1))),
    # a list read rightwards ends before the next verb's subject
    C("list_object_ends_before_next_subject", "Troops killed the sniper and one soldier was hurt.",
      (exact("killed", 1), exact("injured", 1))),
    # "him": the one person named before in the clause, never the attacker
    C("him_after_a_named_person", "Raiders surrounded a farmer in his field, killing him.", (exact("killed", 1),)),
    C("him_is_not_the_attacker", "The attacker followed him home before stabbing him.", ()),
    # a second, elliptic passive after "and later", across the first verb's phrases and a comma
    C("elliptic_passive_after_a_comma", "Three herders were abducted near the well, and later shot dead.",
      (exact("kidnapped", 3), exact("killed", 3))),
    # the people of another act ("the deaths of") are no coordinated subject, nor an additive aside
    C("deaths_of_are_not_a_coordinated_subject", "Besides the deaths of the four raiders, one porter was hurt.",
      (exact("killed", 4), exact("injured", 1))),
    C("physically_assaulted", "The mob physically assaulted three reporters.", (exact("injured", 3),)),
    # ", who ... ," before the clause's verb is an aside the subject reaches across
    C("relative_aside_before_the_verb",
      "On Friday night, in the Karkh district of Baghdad, a senior auditor, who had led a review of contracts at "
      "the ministry, was shot and killed.", (exact("killed", 1),)),
    # a fronted place phrase ends at the subject, which is no aside to the place
    C("subject_after_fronted_place_list",
      "On Monday, in Dara village of Orakzai, Pakistan, a police constable, Gul Zaman, and his son, Ali, were shot "
      "dead by gunmen.", (exact("killed", 2),)),
    # a bracketed acronym inside a counted or determined noun phrase stays inside it
    C("acronym_inside_noun_phrase", "Gunmen shot dead a National Electricity Board (NEB) engineer on Monday.",
      (exact("killed", 1),)),
    # an appositive right after a name's aside, before the verb, is an aside too; the count keeps its qualifier
    C("second_aside_before_the_verb",
      "In Gombe, Nigeria, at least one man, Musa Garba, a local party organiser, was killed by gunmen.",
      (at_least("killed", 1),)),
    # the one a count leaves out, who met the same fate, is added to it ("not including the bomber")
    C("excluded_aside_adds_the_one_left_out", "Nine pilgrims, not including the attacker, died in the blast.",
      (exact("killed", 10), exact("killed", 9, **PART), exact("killed", 1, **PART))),
    C("including_is_no_excluded_aside", "Nine pilgrims, including the driver, died in the blast.",
      (exact("killed", 9),)),
    C("harm_noun_bumps", "Four campers sustained bumps and scrapes when the tent collapsed.", (exact("injured", 4),)),
    # a past modal of another clause or sentence makes no figure possible (it still does in its own)
    C("modal_of_the_sentence_before", "Police said bandits must have carried out the raid. Four guards were injured.",
      (exact("injured", 4, has_modality=False),)),
    C("modal_of_another_clause", "The rebels must have planted the mine that injured four soldiers.",
      (exact("injured", 4, has_modality=False),)),
    C("modal_of_its_own_clause", "Four soldiers may have been injured by the mine.",
      (exact("injured", 4, has_modality=True),)),
    C("relative_aside_of_animals", "About 300 young pelicans, whose colony on the reservoir was flooded, died.", ()),
)  # fmt: skip

# Issue 16: false figures of the text layer found by a judged audit (benchmarks/audit.py),
# each as a sentence of our own: a near miss gives nothing, or the corrected row.
CASES_AUDIT: tuple[Case, ...] = (
    # sentences: a citation marker ends a sentence; nothing reads across a full stop
    C("citation_marker_ends_sentence", "The levee failed in 1950.[12] The next day 14 people drowned.",
      (exact("killed", 14),)),
    C("label_word_before_full_stop", "Another 6 died in the district. Five were injured.",
      (exact("killed", 6), exact("injured", 5))),
    C("page_number_after_citation", "The storm hit the port.[7]: 44 The port lost 20 boats and 3 people died.",
      (exact("killed", 3),)),
    # numbers that are not counts
    C("clock_time_with_zone", "At 612 PST one person died when a tree fell.", (exact("killed", 1),)),
    C("clock_time_leading_zero_with_zone", "At 0531 CST a tornado touched down and two people were injured.",
      (exact("injured", 2),)),
    C("emergency_number_centre", "Two employees at the 911 center were injured after lightning struck.",
      (exact("injured", 2),)),
    C("emergency_number_calls", "Calls to the 911 centre were injured by the outage.", ()),
    C("name_of_a_rig", "The rig Delta 9 sank and 12 workers were killed.", (exact("killed", 12),)),
    C("name_with_singular_verb", "Rider 2 was injured in the crash.", ()),
    C("name_of_a_highway", "The crash on Highway 61 killed three people.", (exact("killed", 3),)),
    C("name_of_an_interstate", "Visibility affected Interstate 10 and caused an accident.", ()),
    C("days_joined_to_a_count", "On 4 and 5 May, two hikers died in the storm.", (exact("killed", 2),)),
    C("day_month_then_spelled_count", "On 12 June nine people were killed in the floods.", (exact("killed", 9),)),
    C("month_day_comma_then_count", "On May 25, 300 people were evacuated.", (exact("evacuated", 300),)),
    C("distance_in_yards", "The man was thrown 40 yards from his home and was critically injured.", ()),
    C("two_stage_plan", "A two-stage plan evacuated 300 residents.", (exact("evacuated", 300),)),
    # "two story" is no count of two; the house itself is one (Grammar 2's implicit houses; this case
    # expected no row before houses were counted without a number)
    C("two_story_house", "A two story house was destroyed.", (exact("houses_destroyed", 1, **HOUSES),)),
    C("date_with_slashes", "The death would have been 1/30, the coroner said.", ()),
    C("broken_thousands", "About 48, 500 people were displaced by the floods.", (about("displaced", 48500),)),
    C("part_after_comma_is_no_thousands", "Troops wounded 232, 180 of them with live fire.",
      (exact("injured", 232), exact("injured", 180, **PART))),
    # things and non-victims: buildings that are not homes, utility customers, helpers
    C("chicken_houses_are_no_homes", "Four chicken houses were demolished.",
      (exact("houses_destroyed", 4, unit="buildings"),)),
    C("greenhouses_are_no_homes", "The storm destroyed three greenhouses and damaged a fourth.", ()),
    C("government_buildings_and_kiosks", "Government buildings and a dozen beach kiosks were damaged.", ()),
    C("homes_and_outbuildings_are_buildings", "The fire destroyed at least two homes, seven outbuildings and six cars.",
      (at_least("houses_destroyed", 9, unit="buildings"), at_least("houses_destroyed", 2, **HOUSES, **PART),
       exact("houses_destroyed", 7, unit="buildings", **PART))),
    C("homes_and_a_business_are_buildings", "The tornado damaged three homes and one business in the town.",
      (exact("houses_damaged", 4, unit="buildings"), exact("houses_damaged", 3, **HOUSES, **PART),
       exact("houses_damaged", 1, unit="buildings", **PART))),
    C("mushroom_houses_are_buildings",
      "Eleven mushroom houses were damaged.", (exact("houses_damaged", 11, unit="buildings"),)),
    C("homes_without_power_are_not_damaged", "Power outages affected at least 50,000 homes.", ()),
    C("households_of_an_outage", "A power outage affected about 360 households.", ()),
    C("residents_affected_by_outages_stay", "About 15,000 residents were affected by power outages.",
      (about("affected", 15000),)),
    C("homes_damaged_after_people_lost_power",
      "More than 240,000 people lost power and more than 1,500 homes were damaged.",
      (more_than("houses_damaged", 1500, **HOUSES),)),
    C("denominator_after_out_of", "The ship sank and 80 people out of the 86 crew members perished.",
      (exact("killed", 80),)),
    C("family_swept_away_is_no_house", "One family was swept away by the river.", ()),
    C("households_had_their_houses_destroyed", "41,000 households had their houses destroyed.",
      (exact("houses_destroyed", 41000, unit="households"),)),
    C("things_after_of", "The wind uprooted dozens of old trees.", ()),
    C("breakdown_is_no_total", "Five people died in Haiti, four from a traffic accident and one from a landslide.",
      (exact("killed", 5), exact("killed", 4, **PART), exact("killed", 1, **PART))),
    C("including_another_count_no_total",
      "33 people were killed, including the two assailants, and at least 70 were injured.",
      (exact("killed", 33), at_least("injured", 70))),
    C("semicolon_ends_a_total",
      "44 people were killed and 238 others were injured; three Americans were among those killed.",
      # (session 9: "three Americans were among those killed" is read now, as a part of the 44)
      (exact("killed", 44), exact("injured", 238), exact("killed", 3, **PART))),
    C("list_inside_a_count_is_a_part",
      "At least 21 civilians, including nine children and three teachers, were killed.",
      (at_least("killed", 21), exact("killed", 12, **PART), exact("killed", 9, **PART), exact("killed", 3, **PART))),
    C("list_equal_to_its_count_no_repeat",
      "Three died and 23 people, including three soldiers and 20 assailants, were wounded.",
      (exact("killed", 3), exact("injured", 23), exact("injured", 3, **PART), exact("injured", 20, **PART))),
    # session 8: was () for a sentence copied from a gold set; reworded, and it states one death
    C("agents_with_a_name_after", "Two masked gunmen on a scooter killed Farid Sheikh, a retired clerk.",
      (exact("killed", 1),)),
    C("agents_shot_dead", "Two men wearing explosive vests shot dead two guards.", (exact("killed", 2),)),
    C("exceeded_is_more_than", "The death toll exceeded 1,000 on Monday.", (more_than("killed", 1000),)),
    C("roofs_destroyed_is_damage", "A microburst struck the town, destroying roofs of two industrial buildings.",
      (exact("houses_damaged", 2, unit="buildings"),)),
    C("taken_to_hospital_where_they_died", "The two were taken to the hospital, where they died.",
      (exact("killed", 2),)),
    # (session 14: was (), written against a wrong homeless row; the sentence states one death)
    C("homeless_man_died", "One homeless man died from hypothermia in a vacant home.", (exact("killed", 1),)),
    C("mobile_home_parks", "The tornado did extensive damage to two mobile home parks.", ()),
    C("casualties_listed_as_killed", "The casualties were listed as 40 killed and 95 injured.",
      (exact("killed", 40), exact("injured", 95))),
    C("list_total_inside_a_count_is_a_part",
      "On Friday, eight people including four policemen and the party secretary, Alhaji Idrissa, were killed and 56"
      " people were injured.",
      (exact("killed", 8), exact("killed", 5, **PART), exact("killed", 4, **PART), exact("killed", 1, **PART),
       exact("injured", 56))),
    C("toll_brought_up_to", "His body was found on Monday, bringing the final death toll up to 13.",
      (exact("killed", 1), exact("killed", 13))),
    C("telecom_users_are_no_victims", "The outage has affected 33 million users.", ()),
    C("other_cyclones_are_no_victims", "The effects of Ophelia and six other tropical cyclones that impacted Florida.",
      ()),
    C("near_is_about", "A letter recounted near 150 lives being lost at the Bar.", (about("killed", 150),)),
    C("an_animal_is_no_victim", "An eight-year-old female mountain lion tagged as F121 was killed by the wildfire.",
      ()),
    C("participle_after_a_conjunct_is_a_part", "Two men shot dead two guards, one performing duty at the gate.",
      (exact("killed", 2), exact("killed", 1, **PART))),
    C("fatally_injuring_is_killed", "A tree fell on a car fatally injuring a woman.", (exact("killed", 1),)),
    C("classrooms_are_no_victims",
      "The roof was torn off eight classrooms with one teacher and eight children injured.",
      (exact("injured", 9), exact("injured", 1, **PART), exact("injured", 8, **PART))),
    C("farm_dwellings_are_homes", "The tornado damaged eight farm dwellings.", (exact("houses_damaged", 8, **HOUSES),)),
    C("customers_without_power", "Outages affected 2 million customers.", ()),
    C("households_lost_power", "9,000 households lost power.", ()),
    C("homes_left_without_power", "Some 12,000 homes were left without power.", ()),
    C("aid_workers_in_affected_localities", "Aid workers in the affected localities helped 300 people.", ()),
    C("affected_counties_of_a_country", "Flooding has affected 29 of the country's 47 counties.", ()),
    # another event's toll, mentioned for comparison
    C("other_event_named_storm", "It was the worst storm since Hurricane Zeta, which killed 300 people in 1950.",
      (exact("killed", 300, **OTHER_EVENT),)),
    C("other_event_year_when", "The flood was the worst since 1910, when up to 200 people died.",
      (at_most("killed", 200, **OTHER_EVENT),)),
    C("own_event_named_and_dated", "Hurricane Zeta killed 300 people in 1950.", (exact("killed", 300),)),
    C("own_toll_compared_with_a_year", "The storm killed 12 people, the most since 1950.", (exact("killed", 12),)),
    # who did it is not who suffered it
    C("agents_before_an_active_verb", "Forty members of the group killed five soldiers.", (exact("killed", 5),)),
    C("agents_murdered_a_leader", "Three hooded men murdered a village leader.", (exact("killed", 1),)),
    C("agents_abducted_a_cadre", "Two militants abducted a former cadre.", ()),
    C("victims_killed_in_an_attack", "Twelve people killed in the attack.", (exact("killed", 12),)),
    C("residents_evacuated_their_homes", "Hundreds of residents evacuated their homes.", (vague("evacuated"),)),
    # a part is not added to the count it is part of; a verb of a part is not the count's
    C("subset_conjunct_not_added", "388 homes were damaged across the county, five of which were condemned.",
      (exact("houses_damaged", 388, **HOUSES, is_part=False), exact("houses_damaged", 5, **HOUSES, **PART))),
    C("adverb_subset_not_added", "Thunderstorm winds injured four personnel, two seriously.",
      (exact("injured", 4, is_part=False), exact("injured", 2, **PART))),
    C("verb_of_a_part", "Rescuers found seven people, one of whom later died.", (exact("killed", 1),)),
    C("share_of_a_count", "Some 45 percent of the nation's nearly 10,000 people were displaced.", ()),
    C("next_clause_number", "Five homes were destroyed, 20 homes received major damage.",
      (exact("houses_destroyed", 5, **HOUSES), exact("houses_damaged", 20, **HOUSES))),
    C("dog_in_one_of_the_homes", "A dog in one of the homes died.", ()),
    C("hotels_evacuated", "The river prompted the evacuation of six hotels.", ()),
    C("sections_affected", "Eighty-five sections in the county were affected.", ()),
    C("events_impacted", "Three events of snow impacted the north.", ()),
    C("miles_with_a_fraction", "The tornado touched down about two and one-half miles west of town.", ()),
    C("gunmen_shot_and_killed", "Two gunmen shot and killed a former official.", (exact("killed", 1),)),
    C("displaced_participle_before_its_noun", "About 800 internally displaced Syrians were stuck at the border.",
      (about("displaced", 800),)),
    C("infobox_lines_read_apart", "Fatalities: 83\nStructures destroyed: 12",
      (exact("killed", 83), exact("houses_destroyed", 12, **HOUSES))),
    # context columns
    C("source_without_full_stop", "12 people died, according to the Ministry of Health.",
      (exact("killed", 12, source="Ministry of Health"),)),
    C("source_abbreviation_keeps_its_dots", "12 people died, according to the U.N.",
      (exact("killed", 12, source="U.N."),)),
    C("feared_to_have_been_killed", "Five people are feared to have been killed in the landslide.",
      (exact("killed", 5, has_modality=True),)),
    C("presumed_dead", "Three fishermen were presumed dead.", (exact("killed", 3, has_modality=True),)),
    C("minor_injury_is_no_child", "There was one minor injury.", (exact("injured", 1, group=None),)),
    C("minors_are_children", "Two minors were injured.", (exact("injured", 2, group="children"),)),
    # a title before a name ends no sentence, so the source is the whole name ("Dr." cut it to "Dr")
    C("source_after_a_title", "At least 30 people died, said Dr. Ahmed Sami of the Ministry of Health.",
      (at_least("killed", 30, source="Dr. Ahmed Sami of the Ministry of Health"),)),
    C("source_title_before_the_figure", "Gen. Musa Ali told reporters that 14 soldiers were killed.",
      (exact("killed", 14, source="Gen. Musa Ali"),)),
    C("source_long_body_name", "Eight people were hurt, the UN Office for the Coordination of Humanitarian "
      "Affairs (OCHA) said.", (exact("injured", 8, source="UN Office for the Coordination of Humanitarian "
                                                          "Affairs (OCHA)"),)),
    C("said_a_weekday_is_no_source", "Eleven people were killed in the march, the group said Friday.",
      (exact("killed", 11, source=None),)),
    # a titled name after a comma is one victim, now that "Mr." ends no sentence (it was read
    # only because the sentence was cut there)
    C("titled_name_after_a_comma", "A clerk of the diocese, Mr. Tomas Okafor, has been shot dead by gunmen.",
      (exact("killed", 1),)),
    # land measured in local units is no count of people
    C("land_in_mu_no_victims", "Drought still affects 3.5 million mu of cropland in the north.", ()),
    C("land_in_dunams_no_victims", "Floodwater affected 300 dunams of orchards near the river.", ()),
    # an infobox count marked as an estimate; an estimate and a confirmed count are two reports, not a sum
    C("estimated_after_the_count", "Deaths: 2,100 (estimated)", (about("killed", 2100),)),
    C("estimated_and_confirmed_no_total", "Deaths: 1,200 (estimated), 860 (confirmed)",
      (about("killed", 1200, is_part=False), exact("killed", 860, is_part=False))),
    # counts in different units are never added: no total, each count on its own
    C("families_and_people_no_total", "More than 1,000 families, some 6,200 people fled the fighting.",
      (more_than("displaced", 1000, unit="families", is_part=False),
       about("displaced", 6200, unit="people", is_part=False))),
    C("families_and_traders_no_total", "300 families and 40 traders were displaced by the fire.",
      (exact("displaced", 300, unit="families", is_part=False), exact("displaced", 40, unit="people", is_part=False))),
    C("clerks_and_guards_one_unit_total", "Two clerks and three guards were killed.",
      (exact("killed", 5, is_part=False), exact("killed", 2, is_part=True), exact("killed", 3, is_part=True))),
    # one person named without a number has the group of the person's noun, as a count has its head's
    C("one_child_is_children", "A child was killed in the crossfire.", (exact("killed", 1, group="children"),)),
    C("one_assailant_is_perpetrators", "The assailant was killed in the exchange of fire.",
      (exact("killed", 1, group="perpetrators"),)),
    C("army_officer_is_soldiers", "A senior army officer was killed in the ambush.",
      (exact("killed", 1, group="soldiers"),)),
    C("press_officer_is_no_police", "The press officer was killed in the blast.", (exact("killed", 1, group=None),)),
    C("wife_of_a_soldier_is_no_soldier", "The wife of a soldier was killed in the shelling.",
      (exact("killed", 1, group=None),)),
    C("soldier_and_chief_have_no_one_group", "A soldier and a local chief were killed in the raid.",
      (exact("killed", 2, group=None),)),
    C("titled_name_after_a_long_subject", "The chief medical officer of the district, Dr. Amina Yusuf, was shot "
      "and killed in her clinic.", (exact("killed", 1),)),
)  # fmt: skip

# Every table the runner checks, by the name used in test ids.
# session 8: the additive aside (invented sentences; issue 15's GTD misses read by a helper)
# ---------------------------------------------------------------------------
# Class C, additive aside: "In addition to / Besides / Aside from / Apart from <one person told
# without a number>, N were killed" is N + 1, as "The bomber and N people were killed" is already
# (list_subject gives 8, with parts 1 and 7). A counted aside ("In addition to the two attackers")
# is already added today by coordinated_total. Only to the figure of the clause the aside opens;
# never a noun of another category ("the five dead") nor a thing ("the damage").
CASES_ADDITIVE_ASIDE: tuple[Case, ...] = (
    C(  # now: killed 4 only
        "besides_the_gunman_four_killed",
        "Besides the gunman, four worshippers were killed in the mosque.",
        (exact("killed", 5, is_part=False), exact("killed", 1, **PART), exact("killed", 4, **PART)),
    ),
    C(  # now: killed 3 only
        "apart_from_the_driver_three_lost_lives",
        "Apart from the driver, three passengers lost their lives when the bus plunged into the gorge.",
        (exact("killed", 4, is_part=False), exact("killed", 1, **PART), exact("killed", 3, **PART)),
    ),
    C(  # now: killed 11, injured 30 (no 12)
        "aside_from_the_bomber_at_least_eleven",
        "Aside from the bomber, at least eleven people were killed and 30 were injured.",
        (
            at_least("killed", 12, is_part=False),
            exact("killed", 1, **PART),
            at_least("killed", 11, **PART),
            exact("injured", 30),  # the aside opens the killed clause only
        ),
    ),
    C(  # now: killed 6, injured 14
        "in_addition_to_the_suicide_bomber_another_six",
        "In addition to the suicide bomber, another six people were killed and 14 were wounded.",
        (
            exact("killed", 7, is_part=False),
            exact("killed", 1, **PART),
            exact("killed", 6, **PART),
            exact("injured", 14),
        ),
    ),
    C(  # now: passes (coordinated_total) - regression guard for the counted aside
        "in_addition_to_two_attackers_counted",
        "In addition to the two attackers, at least nine police officers died in the raid.",
        (at_least("killed", 11, is_part=False), exact("killed", 2, **PART), at_least("killed", 9, **PART)),
    ),
    # near misses
    C(  # now: passes
        "in_addition_to_the_five_dead_nm",
        "In addition to the five dead, 30 people were injured.",
        (exact("killed", 5), exact("injured", 30)),  # never injured 35
    ),
    C(  # now: passes
        "hurt_in_addition_to_the_dead_after_nm",
        "Eight people were hurt in addition to the three dead.",
        (exact("injured", 8), exact("killed", 3)),  # never injured 11
    ),
    C(  # now: passes
        "besides_the_damage_nm",
        "Besides the damage to the market, two shoppers were injured.",
        (exact("injured", 2),),
    ),
    C(  # now: passes; "the assailants" has no number: nothing to add (the summary's implied_perpetrators)
        "in_addition_to_the_assailants_uncounted_nm",
        "In addition to the assailants, four soldiers were killed.",
        (exact("killed", 4),),
    ),
)


# session 8: the other classes of issue 15's GTD and NOAA misses, read by helper h24 (invented sentences);
# the ones the extractor does not read yet are KNOWN_GAPS below
# ---------------------------------------------------------------------------
# Class A, a second act on a counted group: the group counted as the object (or subject) of a
# first verb, then a casualty verb done to the same people - "them" after a compound verb, after
# "before", in a participle clause ("..., wounding all of them"), or an elliptic passive after
# ", and later"; the first verb need not be a trigger (seized, dragged, ambushed, opened fire on).
CASES_SECOND_ACT: tuple[Case, ...] = (
    C(  # now: kidnapped 3 only
        "abducted_then_tortured_and_killed_them",
        "Militants abducted three aid workers and later tortured and killed them.",
        (exact("kidnapped", 3), exact("killed", 3)),
    ),
    C(  # now: nothing
        "ambushed_two_and_killed_them",
        "Four soldiers ambushed two smugglers and killed them.",
        (exact("killed", 2),),  # the four soldiers did it: no figure
    ),
    C(  # now: nothing
        "opened_fire_on_six_wounding_all_of_them",
        "A man opened fire on six diners at a cafe, wounding all of them.",
        (exact("injured", 6),),
    ),
    C(  # now: nothing
        "dragged_out_before_killing_them",
        "The attackers dragged at least five villagers out of a church before killing them.",
        (at_least("killed", 5),),
    ),
    C(  # now: kidnapped 2 only
        "kidnapped_comma_and_later_shot_dead",
        "Two farmers, Musa and Bello, were kidnapped from their fields on Monday, and later shot dead near the river.",
        (exact("kidnapped", 2), exact("killed", 2)),
    ),
    C(  # a place with a count of its own before the second predicate (was: nothing)
        "were_in_one_of_the_sheds_and_received_injuries",
        "Two workers were in one of the sheds when the roof collapsed and received minor injuries.",
        (exact("injured", 2),),
    ),
    # near misses
    C(  # now: passes
        "abducted_then_freed_them_nm",
        "Militants abducted three aid workers and later freed them.",
        (exact("kidnapped", 3),),
    ),
    C(  # now: passes
        "kidnapped_and_later_released_nm",
        "Two farmers were kidnapped on Monday and later released unharmed.",
        (exact("kidnapped", 2),),
    ),
    C(  # now: FAILS, gives missing 6 ("missing" read as the missing trigger): a precision bug
        "opened_fire_missing_all_of_them_nm",
        "A man opened fire on six diners at a cafe, missing all of them.",
        (),
    ),
    C(  # now: passes
        "seized_then_released_them_nm",
        "Rebels seized four traders on the highway and released them.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# Class B, non-fatal harm verbs: a person assaulted, beaten, stabbed (not "to death"), shot in a
# part of the body or shot and survived, struck by lightning or by a falling thing is injured.
# Bare "was shot" stays no figure (WAD and GTD use it for the dead as often as for the wounded).
CASES_HARM_VERBS: tuple[Case, ...] = (
    C("mob_beat_three", "The mob beat three journalists outside the court.", (exact("injured", 3),)),  # now: nothing
    C(  # now: nothing
        "shot_in_the_leg",
        "Two guards were shot in the leg during the robbery.",
        (exact("injured", 2),),
    ),
    C(  # now: nothing
        "struck_by_lightning_survived",
        "A hiker was struck by lightning on the ridge but survived.",
        (exact("injured", 1),),
    ),
    C(  # now: nothing
        "stabbed_before_fleeing",
        "The attacker stabbed two passers-by before fleeing.",
        (exact("injured", 2),),
    ),
    C("shot_but_survived", "Three pupils were shot but survived.", (exact("injured", 3),)),  # now: nothing
    C(  # now: nothing
        "branch_struck_a_jogger",
        "A falling branch struck a jogger on the head in the park.",
        (exact("injured", 1),),
    ),
    # near misses: the fatal reading, and the verbs used of things
    C("stabbed_to_death_nm", "The attacker stabbed two passers-by to death.", (exact("killed", 2),)),  # now: passes
    C("shot_dead_nm", "Two guards were shot dead during the robbery.", (exact("killed", 2),)),  # now: passes
    C(  # now: passes; struck and killed is killed only
        "struck_by_lightning_and_killed_nm",
        "A man was struck by lightning and killed.",
        (exact("killed", 1),),
    ),
    C("shot_two_films_nm", "A photographer shot two films in Lagos.", ()),  # now: passes
    C("beat_back_the_crowd_nm", "Police beat back the crowd.", ()),  # now: passes
    C("lightning_struck_two_houses_nm", "Lightning struck two houses in the village.", ()),  # now: passes
)

# ---------------------------------------------------------------------------
# Class E, a person named with a title or a capitalised word the tables know as a person noun
# ("Colonel", "Imam", "Pastor", "Captain", "Sheikh" as a surname): one person, as any name is.
# (tests/cases.py "agents_with_a_name_after" pins () for such a sentence: by its text it is
# killed 1 - the fix must change that case to (exact("killed", 1),).)
CASES_TITLED_NAMES: tuple[Case, ...] = (
    C(  # now: nothing
        "shot_dead_colonel_name",
        "Gunmen shot dead Colonel Ibrahim Musa outside his home.",
        (exact("killed", 1),),
    ),
    C(  # now: nothing
        "killed_imam_name",
        "Unidentified attackers killed Imam Yusuf Adamu near the mosque.",
        (exact("killed", 1),),
    ),
    C(  # now: nothing
        "killed_pastor_name",
        "Masked men killed Pastor Emmanuel Okon in his church.",
        (exact("killed", 1),),
    ),
    C(  # now: nothing
        "shot_and_killed_captain_name",
        "A sniper shot and killed Captain Luis Ortega at the checkpoint.",
        (exact("killed", 1),),
    ),
    C(  # now: passes - regression guard (agents counted, surname a person noun)
        "agents_killed_name_sheikh",
        "Three gunmen on a motorcycle killed Tariq Sheikh, a shopkeeper, on Sunday.",
        (exact("killed", 1),),
    ),
    # near misses
    C("home_of_colonel_nm", "Gunmen attacked the home of Colonel Ibrahim Musa.", ()),  # now: passes
    C(  # now: passes; the colonel is the source
        "colonel_said_nm",
        "Colonel Ibrahim Musa said two soldiers were killed.",
        (exact("killed", 2),),
    ),
)

# ---------------------------------------------------------------------------
# Class F, a subject after fronted adverbials (a date header, "On Monday morning, in <place>,
# <country>,") with asides before its verb (a name between commas, an appositive with a
# parenthesised acronym, a relative clause): the subject is the noun phrase after the last
# fronted comma, however long the asides (no character window).
CASES_FRONTED_SUBJECT: tuple[Case, ...] = (
    C(  # now: nothing
        "fronted_one_man_name_party_acronym",
        "On Monday morning, in the village of Kiri, at least one man, Adamu Bello, a Peoples Democratic Party (PDP)"
        " ward chairman, was killed when gunmen opened fire.",
        (at_least("killed", 1),),
    ),
    C(  # now: nothing
        "fronted_pair_with_names",
        "On Tuesday, in Jalalabad, Afghanistan, a district governor, Ahmad Wali, and his driver, Gul Agha, were"
        " killed by a roadside bomb.",
        (exact("killed", 2),),
    ),
    C(  # now: FAILS with a wrong row, killed vague 'several terrorism trials, was shot and killed'
        "fronted_relative_clause_subject",
        "On Thursday evening, in Mosul, Iraq, a senior judge, who had presided over several terrorism trials, was"
        " shot and killed.",
        (exact("killed", 1),),
    ),
    C(  # now: nothing (the name after "at 0900," is chunked as an aside)
        "date_header_time_name_appositive",
        "03/14/2012: On Sunday morning at 0900, Rashid Karimov, the head of the district council, was assassinated"
        " in Derbent.",
        (exact("killed", 1),),
    ),
    C(  # now: passes - regression guard
        "fronted_councillor_name_shot_dead",
        "On Friday night, in Gao, Mali, a local councillor, Moussa Traore, was shot dead outside his house.",
        (exact("killed", 1),),
    ),
    # near misses
    C(  # now: passes
        "fronted_councillor_condemned_nm",
        "On Friday night, in Gao, Mali, a local councillor, Moussa Traore, condemned the attack.",
        (),
    ),
    C(  # now: passes
        "fronted_judge_threatened_nm",
        "On Thursday evening, in Mosul, Iraq, a senior judge, who had presided over several terrorism trials, was"
        " threatened by gunmen.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# Class H, the attackers' own deaths told by a reflexive ("killing themselves", "killing only
# himself"): the subject's count, group perpetrators. POLICY: today the extractor gives no row
# for these (the gtd summary adds them: docs/summary.md issue 17), and CASES_GOLD
# "wad_3383_killing_themselves_and_five" pins no row for "killing themselves"; adopting this class
# means a perpetrators row there too (set aside by the wad profile).
CASES_REFLEXIVE_DEATHS: tuple[Case, ...] = (
    C(  # now: injured 4 only
        "three_attackers_killing_themselves",
        "The three attackers blew up their vehicle at the gate, killing themselves and wounding four guards.",
        (exact("killed", 3, group="perpetrators"), exact("injured", 4)),
    ),
    C(  # now: nothing
        "gunman_before_killing_himself",
        "The gunman fired on the crowd before killing himself.",
        (exact("killed", 1, group="perpetrators"),),
    ),
    C(  # now: nothing
        "bomber_killing_only_himself",
        "The bomber set off his vest too early, killing only himself.",
        (exact("killed", 1, group="perpetrators"),),
    ),
    # near misses
    C("threatened_to_kill_himself_nm", "The gunman threatened to kill himself.", ()),  # now: passes
    C(  # now: passes
        "tried_to_blow_themselves_up_nm",
        "The attackers tried to blow themselves up but were arrested.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# Class G, a definite person or a pronoun as the object of an active killing verb: "killing the
# gunman", "killing him" (one person named before in the sentence). The passive is read today
# ("The gunman was shot dead": killed 1, perpetrators); the active is not.
CASES_DEFINITE_OBJECT: tuple[Case, ...] = (
    C(  # now: injured 2 only
        "shot_and_killed_the_attacker",
        "Troops shot and killed the attacker and two soldiers were wounded.",
        (exact("killed", 1, group="perpetrators"), exact("injured", 2)),
    ),
    C(  # now: nothing
        "returned_fire_killing_the_gunman",
        "Police returned fire, killing the gunman.",
        (exact("killed", 1, group="perpetrators"),),
    ),
    C(  # now: injured 1 only
        "killing_him_and_wounding_his_driver",
        "Gunmen stopped the mayor's car and opened fire on him, killing him and wounding his driver.",
        (exact("killed", 1), exact("injured", 1)),
    ),
    # near misses
    # session 8: was a near miss; but the sentence states one arrest, the gunman's (perpetrators)
    C("arrested_the_gunman", "Police arrested the gunman.", (exact("arrested", 1, group="perpetrators"),)),
    C("tried_to_kill_the_mayor_nm", "The gunman tried to kill the mayor.", ()),  # now: passes
)

# ---------------------------------------------------------------------------
# Class I, "the other" of a pair: after "one (of the two) ... V1", "the other (X) ... V2" is one
# person; an age or "father of three" inside its aside is no count.
CASES_THE_OTHER: tuple[Case, ...] = (
    C(  # now: nothing
        "one_fell_the_other_injured",
        "One of the two climbers fell to his death; the other was seriously injured.",
        (exact("killed", 1), exact("injured", 1)),
    ),
    C(  # now: killed 1 only
        "one_drowned_the_other_hospitalized",
        "Two brothers were swept away by the river; one drowned and the other was hospitalized.",
        (exact("killed", 1), exact("injured", 1)),
    ),
    C(  # now: FAILS with a wrong row, injured 3 ('three, was badly wounded')
        "the_other_father_of_three_wounded",
        "One guard died at the scene, while the other, a 40-year-old father of three, was badly wounded.",
        (exact("killed", 1), exact("injured", 1)),
    ),
    # near misses
    C("one_killed_the_other_fled_nm", "One guard was killed and the other fled.", (exact("killed", 1),)),  # now: passes
    C("the_other_bridge_damaged_nm", "The other bridge was damaged.", ()),  # now: passes
)

# ---------------------------------------------------------------------------
# Class J, a pronoun subject whose person was introduced just before without a figure of the
# same category: "A fisherman was pulled from the river. He was treated for hypothermia."
# A pronoun whose person already has a row of that category adds nothing.
CASES_PRONOUN_SUBJECT: tuple[Case, ...] = (
    C(  # now: nothing
        "pulled_from_river_he_was_treated",
        "A fisherman was pulled from the river. He was treated for hypothermia.",
        (exact("injured", 1),),
    ),
    C(  # now: nothing
        "trapped_she_suffered_a_broken_arm",
        "A woman was trapped when the roof collapsed; she suffered a broken arm.",
        (exact("injured", 1),),
    ),
    # near misses
    C(  # now: passes; the same man, not a second one
        "injured_he_was_taken_to_hospital_nm",
        "A man was injured in the blast. He was taken to hospital.",
        (exact("injured", 1),),
    ),
    C("bare_he_was_injured_nm", "He was injured in the fall.", ()),  # now: passes (no person before)
)

# ---------------------------------------------------------------------------
# Class D, the death noun and a definite counted object: "the deaths of the two fishermen" is
# killed 2 (the quantity extractor reads it today, quantulum3:object), wherever the phrase stands:
# in an aside before another clause too, where coordinated_total now takes "the three gunmen" as a
# coordinated subject of the next clause's verb (injured 4) and the killed row is lost.
CASES_DEATHS_OF_THE_N: tuple[Case, ...] = (
    C(  # now: passes (quantity extractor) - regression guard
        "confirmed_the_deaths_of_the_two",
        "Police confirmed the deaths of the two fishermen on Sunday.",
        (exact("killed", 2),),
    ),
    C(  # now: passes (quantity extractor) - regression guard
        "announced_the_deaths_of_the_four",
        "The army announced the deaths of the four pilots after the crash.",
        (exact("killed", 4),),
    ),
    C(  # now: FAILS with wrong rows, injured 4 (coordinated_total) + injured 3 + injured 1
        "aside_from_the_deaths_of_the_three",
        "Aside from the deaths of the three gunmen, one guard was injured.",
        (exact("killed", 3, group="perpetrators"), exact("injured", 1)),
    ),
    # near misses
    C("families_of_the_two_nm", "The families of the two fishermen were informed.", ()),  # now: passes
    C(  # now: passes; another category, not killed
        "arrest_of_the_two_nm",
        "Police confirmed the arrest of the two fishermen.",
        (exact("arrested", 2),),
    ),
)

# ---------------------------------------------------------------------------
# Classes K and L (NOAA injured): a place of care named with "St." or a possessive, and two
# people joined under one determiner ("The driver and passenger") or with a floating "both".
CASES_NOAA_CARE_AND_PAIRS: tuple[Case, ...] = (
    C(  # now: nothing
        "taken_to_st_lukes_for_treatment",
        "Both drivers were taken to St. Luke's Medical Center in Boise for treatment of injuries.",
        (exact("injured", 2),),
    ),
    C(  # now: FAILS with injured 1
        "driver_and_passenger_sustained",
        "The driver and passenger sustained serious injuries.",
        (exact("injured", 2), exact("injured", 1, **PART), exact("injured", 1, **PART)),
    ),
    C(  # "both" floats into the verb group; the list counts (session 9)
        "driver_and_passenger_both_sustained",
        "The driver and passenger both sustained serious injuries.",
        (exact("injured", 2), exact("injured", 1, **PART), exact("injured", 1, **PART)),
    ),
    C(  # "co-pilot": a compound of a person noun (session 9)
        "pilot_and_copilot_both_hurt",
        "The pilot and co-pilot were both hurt.",
        (exact("injured", 2), exact("injured", 1, **PART), exact("injured", 1, **PART)),
    ),
    # near misses
    C(  # now: passes
        "driver_and_passenger_escaped_without_injury_nm",
        "The driver and passenger both escaped without injury.",
        (),
    ),
)


# Session 9: pairs and the people of a breakdown (invented sentences). A quantifier that floats into
# the verb group after a coordinated subject ("X and Y both ..."); a compound of a person noun
# ("co-pilot"); "the other" as one person, but never a member added to a breakdown of a count ("two
# guards, one at the gate and the other inside" is 2); a parent's children ("a father of three") never
# a count; a fall "to his death".
CASES_PAIRS_AND_BREAKDOWNS: tuple[Case, ...] = (
    C(
        "farmer_and_son_both_drowned",
        "A farmer and his son both drowned when their boat capsized.",
        (exact("killed", 2), exact("killed", 1, **PART), exact("killed", 1, **PART)),
    ),
    C(
        "driver_and_conductor_were_both_injured",
        "The bus driver and a conductor were both injured in the crash.",
        (exact("injured", 2), exact("injured", 1, **PART), exact("injured", 1, **PART)),
    ),
    C("ex_soldier_shot_dead", "An ex-soldier was shot dead outside a bar.", (exact("killed", 1),)),
    C(
        "one_found_dead_the_other_still_missing",
        "Two fishermen went missing; one was found dead and the other is still missing.",
        (exact("missing", 2), exact("killed", 1), exact("missing", 1)),
    ),
    C(
        "two_rescued_and_the_other_died",
        "Three miners were trapped; two were rescued and the other died.",
        (exact("killed", 1),),
    ),
    C("both_drowned", "Both drowned.", (exact("killed", 2),)),
    C(
        "two_guards_one_and_the_other",
        "Gunmen shot dead two guards, one at the gate and the other near the entrance.",
        (exact("killed", 2), exact("killed", 1, **PART)),
    ),
    C("mother_of_four_killed", "A mother of four was killed when a shell hit her home.", (exact("killed", 1),)),
    C(
        "the_other_a_grandfather_of_five_hurt",
        "One porter died on the way, while the other, a grandfather of five, was badly hurt.",
        (exact("killed", 1), exact("injured", 1)),
    ),
    # a verb after a preposition or subordinator ends no reduced relative clause: "dragged ... before
    # killing them" is the clause's verb and an adverbial clause (them_after_count)
    C(
        "rounded_up_before_executing_them",
        "Soldiers rounded up six men from the market before executing them.",
        (exact("arrested", 6), exact("killed", 6)),
    ),
    C(
        "reduced_relative_with_after",
        "Nine pilgrims travelling from the town after dark were killed.",
        (exact("killed", 9),),
    ),
    C("stopped_before_fining_them_nm", "Police stopped four drivers on the road before fining them.", ()),
    C("roofer_fell_to_his_death", "A roofer fell to his death from a warehouse in the port.", (exact("killed", 1),)),
    C(
        "climbers_plunged_to_their_deaths",
        "Two climbers plunged to their deaths on the north face.",
        (exact("killed", 2),),
    ),
    # near misses
    C("teams_both_fined_nm", "Both teams were fined after the match.", ()),
    C("jumped_to_safety_nm", "He jumped to safety from the burning bus.", ()),
    C("other_hand_nm", "On the other hand, the dam held and the town was spared.", ()),
    C("father_of_three_spoke_nm", "A father of three spoke to reporters outside the court.", ()),
)


# Issue 15, classes 9 and 2 (found by helper h28 on genres not in dev; our own sentences). A label, then
# items of a place and its count ("Deaths by county: A 9, B 4"): a row per item, of the label's category
# (rule label_list). A running total named by a generic noun ("the total", "the cumulative figure", "the
# number who ...") takes the category of the clause before it (rule running_total); a toll noun with a
# modifier of time or place before its verb ("the death toll this week", "Deaths during the riots") is a
# toll. Near misses: lists of what is not a figure, totals of something else, a clause of two categories.
CASES_LABELS_AND_TOTALS: tuple[Case, ...] = (
    C(
        "label_injured_by_district",
        "Injured by district: Tamsa 31; Rovel 12; North Ardo 7.",
        (exact("injured", 31), exact("injured", 12), exact("injured", 7)),
    ),
    C(
        "label_people_evacuated_per_municipality",
        "People evacuated per municipality: Vell 2,300, Ostra 640.",
        (exact("evacuated", 2300), exact("evacuated", 640)),
    ),
    C(
        "label_dash_displaced_households",
        "Displaced households - Harbin Flats: 210; Quarry Road: 95.",
        (exact("displaced", 210, unit="households"), exact("displaced", 95, unit="households")),
    ),
    C(
        "label_missing_persons",
        "Missing persons: Lake Dorran 3, Kettle Pass 1.",
        (exact("missing", 3), exact("missing", 1)),
    ),
    C(
        "label_houses_damaged_by_ward",
        "Houses damaged by ward: Ward Nine 140, Ward Ten 85.",
        (exact("houses_damaged", 140, **HOUSES), exact("houses_damaged", 85, **HOUSES)),
    ),
    C(
        "label_two_fields_of_items",
        "Deaths: Tamsa 4, Rovel 2; Injured: Tamsa 19, Rovel 6.",
        (exact("killed", 4), exact("killed", 2), exact("injured", 19), exact("injured", 6)),
    ),
    C(
        "label_after_a_sentence",
        "Storm summary. Flood deaths by valley: Upper Sorn 5, Brack 2.",
        (exact("killed", 5), exact("killed", 2)),
    ),
    C(
        "label_displacement_figures",
        "Displacement figures for the week: Tamsa 1,150; Rovel 830.",
        (exact("displaced", 1150), exact("displaced", 830)),
    ),
    C(
        "label_last_item_after_and",
        "Injured: Tamsa 12, Rovel 4 and North Ardo 2.",
        (exact("injured", 12), exact("injured", 4), exact("injured", 2)),
    ),
    C(
        "label_items_between_bars",
        "Displaced people by state — Tamsa: 12,400 | Rovel: 8,150",
        (exact("displaced", 12400), exact("displaced", 8150)),
    ),
    C(
        "label_items_with_their_noun",
        "Displaced: Tamsa 1,200 families; Rovel 800 families.",
        (exact("displaced", 1200, unit="families"), exact("displaced", 800, unit="families")),
    ),
    C(
        "total_since_the_storm",
        "Four more hikers were reported missing overnight, bringing the total since the storm to 23.",
        (exact("missing", 4, cumulative=False), exact("missing", 23, cumulative=True)),
    ),
    C(
        "overall_figure_for_the_season",
        "A landslide on Tuesday killed 6 villagers, raising the overall figure for the rainy season to 48.",
        (exact("killed", 6, cumulative=False), exact("killed", 48, cumulative=True)),
    ),
    C(
        "cumulative_total_this_month",
        "About 900 people were evacuated from Tamsa on Friday, taking the cumulative total this month to 7,400.",
        (about("evacuated", 900), exact("evacuated", 7400, cumulative=True)),
    ),
    C(
        "bringing_to_n_the_number_who_died",
        "Rescuers recovered three bodies, bringing to 41 the number who have died since the dam burst.",
        (exact("killed", 3), exact("killed", 41, cumulative=True)),
    ),
    C(
        "running_tally_of_the_clause_before",
        "Another 1,200 people fled the fighting, pushing the running tally in the district to 15,600.",
        (exact("displaced", 1200, cumulative=False), exact("displaced", 15600, cumulative=True)),
    ),
    C(
        "total_this_year_then_source",
        "Nine students were abducted on Monday, bringing the total this year to 31, the governor said.",
        (exact("kidnapped", 9), exact("kidnapped", 31, cumulative=True, source="governor")),
    ),
    C(
        "bringing_to_n_the_total_for_the_year",
        "Two more aid workers were killed on Sunday, bringing to 19 the total for the year.",
        (exact("killed", 2), exact("killed", 19, cumulative=True)),
    ),
    C(
        "which_brings_the_total_so_far",
        "Three children drowned on Friday, which brings the total so far to 11.",
        (exact("killed", 3), exact("killed", 11, cumulative=True)),
    ),
    # known gap: a sentence without a trigger is never read, so its running total has no clause before it
    C(
        "total_in_the_next_sentence",
        "Two more aid workers were killed on Sunday. This brings the total for the year to 19.",
        (exact("killed", 2), exact("killed", 19, cumulative=True)),
    ),
    C("death_toll_this_week", "The death toll this week climbed to 17.", (exact("killed", 17, cumulative=True),)),
    C("injuries_during_the_riots", "Injuries during the riots rose to 240.", (exact("injured", 240, cumulative=True),)),
    C(
        "deaths_across_the_province",
        "Deaths across the province now stand at 96.",
        (exact("killed", 96, cumulative=True),),
    ),
    C(
        "number_of_people_in_centres_fallen",
        "The number of people in evacuation centres has fallen to 3,100.",
        (exact("displaced", 3100, cumulative=True),),
    ),
    C(
        "number_of_refugees_who_have_crossed",
        "The number of refugees who have crossed into Chad since April has risen to 31,500.",
        (exact("displaced", 31500, cumulative=True),),
    ),
    C(
        "number_who_have_died_reached",
        "The number who have died since the dam burst has reached 41.",
        (exact("killed", 41, cumulative=True),),
    ),
    C(
        "number_of_families_who_were_evacuated",
        "The number of families who were evacuated from the valley stands at 1,400.",
        (exact("evacuated", 1400, cumulative=True, unit="families"),),
    ),
    C(
        "deaths_linked_to_the_heatwave",
        "Deaths linked to the heatwave have reached 1,800.",
        (exact("killed", 1800, cumulative=True),),
    ),
    C("toll_over_the_weekend", "The toll over the weekend rose to 12.", (exact("killed", 12, cumulative=True),)),
    C(
        "number_of_families_in_camps_up_from",
        "The number of families sheltering in relief camps has risen to 2,450, up from 1,900 in May.",
        (exact("displaced", 2450, cumulative=True, unit="families"),),
    ),
    # near misses
    C("population_by_district_nm", "Population by district: Tamsa 45,000; Rovel 12,000.", ()),
    C("rainfall_totals_nm", "Rainfall totals: Tamsa 120 mm, Rovel 85 mm.", ()),
    C("final_scores_nm", "Final scores: Tamsa 3, Rovel 1.", ()),
    C("dates_of_the_deaths_nm", "Dates of the deaths: Tamsa 12 May, Rovel 4 June.", ()),
    C("deaths_per_100000_nm", "Deaths per 100,000 residents: Tamsa 12, Rovel 4.", ()),
    # known gap: names and ages without a comma read as places and counts (no list of personal names)
    C("label_names_with_ages_nm", "Dead: Ali Noor 34, Sara Haddad 28.", ()),
    C("livestock_deaths_by_village_nm", "Livestock deaths: Tamsa 120, Rovel 40.", ()),
    C("deaths_of_livestock_nm", "Deaths of livestock: Tamsa 120, Rovel 40.", ()),
    C("number_of_goats_that_died_nm", "The number of goats that died in the drought has risen to 3,000.", ()),
    C(
        "number_who_were_killed_unclear_nm",
        "The number of people who were killed is unclear, but 30 were injured.",
        (exact("injured", 30),),
    ),
    C("company_total_nm", "The company hired 40 workers, bringing the total to 300.", ()),
    C(
        "total_number_of_patrols_nm",
        "Two soldiers were killed, bringing the total number of patrols this month to 19.",
        (exact("killed", 2),),
    ),
    C(
        "total_cost_nm",
        "The storm destroyed 30 homes, bringing the total cost to 19 million dollars.",
        (exact("houses_destroyed", 30, **HOUSES),),
    ),
    C(
        "total_after_two_categories_nm",
        "Police arrested 12 protesters and injured 4, bringing the total to 60.",
        (exact("arrested", 12), exact("injured", 4)),
    ),
    C("team_total_for_the_season_nm", "The team scored twice, bringing the total for the season to 19.", ()),
    C(
        "total_of_games_nm",
        "Four players were injured in the derby, bringing the total for the season to 19 games.",
        # (injured 4 until session 13: players hurt in play are a team's, no event's casualties, as the
        # everyday no-figure sets have it; the case's point, no running total of games, stands)
        (),
    ),
)


# Session 9: classes found on genres not in dev (helper h28's probe of sitreps, police news, transport
# and agency text; these sentences are new wording). A counted group under negation is a stated zero,
# never a count of the hurt; those present ("Of the 35 passengers,") are no coordinated subject; a
# part with no verb of its own ("..., 11 of them in intensive care", "six remain in critical
# condition") is a part; a rate is marked (modality "rate"), no event; an "affected" count of
# travellers is no figure; "N of the injured died" is killed.
NEG: dict[str, Any] = {"negated": True}
CASES_OTHER_GENRES: tuple[Case, ...] = (
    C(
        "neither_of_the_two_hurt",
        "Neither of the two climbers was hurt in the rockfall.",
        (exact("injured", 0, **NEG),),
    ),
    C(
        "none_of_possessive_n_hurt",
        "None of the factory's 80 workers was injured when the boiler burst.",
        (exact("injured", 0, **NEG),),
    ),
    C(
        "no_one_among_the_n_hurt",
        "No one among the 25 pupils on the school bus was hurt.",
        (exact("injured", 0, **NEG),),
    ),
    C("neither_noun_hurt", "Neither pilot was injured in the emergency landing.", (exact("injured", 0, **NEG),)),
    C(
        "of_the_n_present_then_count",
        "Of the 60 tourists on the boat, 14 were injured.",
        (exact("injured", 14),),
    ),
    C(
        "of_those_households_then_count",
        "Of those 150 households, 90 were displaced by the landslide.",
        (exact("displaced", 90, unit="households"),),
    ),
    C(
        "passive_then_of_them_adverb",
        "Fifty-two people were injured, 9 of them seriously.",
        (exact("injured", 52), exact("injured", 9, **PART)),
    ),
    C(
        "care_then_of_them_state",
        "Some 70 residents were hospitalised with smoke inhalation, 5 of them in intensive care.",
        (about("injured", 70), exact("injured", 5, **PART)),
    ),
    C(
        "injured_then_remain_critical",
        "Twenty-three miners were injured, and four remain in critical condition.",
        (exact("injured", 23), exact("injured", 4, **PART)),
    ),
    C(
        "rate_every_week",
        "Every week, three cyclists are killed on the city's roads.",
        (exact("killed", 3, has_modality=True),),
    ),
    C(
        "rate_a_day",
        "The epidemic was killing about 40 people a day at its peak.",
        (about("killed", 40, has_modality=True),),
    ),
    C(
        "event_a_day_after_nm_rate",
        "The shelling killed 9 people, a day after the truce ended.",
        (exact("killed", 9, has_modality=False),),
    ),
    C("strike_affected_commuters_nm", "The rail strike affected 90,000 commuters on Thursday.", ()),
    C("storm_affected_residents", "The storm affected 90,000 residents of the coast.", (exact("affected", 90000),)),
    C("of_the_wounded_died", "Four of the wounded later died in hospital.", (exact("killed", 4),)),
    C(
        "pair_taken_to_hospital",
        "A firefighter and a bystander were taken to hospital with burns.",
        (exact("injured", 2), exact("injured", 1, **PART), exact("injured", 1, **PART)),
    ),
    C(
        "among_the_injured_were_list",
        "Among the injured were a referee and two spectators.",
        (exact("injured", 3), exact("injured", 1, **PART), exact("injured", 2, **PART)),
    ),
    C(
        "houses_destroyed_and_others_damaged",
        "The cyclone destroyed 14 houses and damaged 60 others in the hamlet.",
        (exact("houses_destroyed", 14), exact("houses_damaged", 60)),
    ),
    C(
        "others_injured_after_houses",
        "The blast damaged 30 homes and injured 8 others.",
        (exact("houses_damaged", 30), exact("injured", 8)),
    ),
    C(
        "damaging_or_destroying_gerund",
        "Hail hammered the valley, damaging or destroying some 300 homes.",
        (about("houses_damaged", 300), about("houses_destroyed", 300)),
    ),
    C(
        "new_arrivals_counted",
        "Some 2,150 new arrivals reached the transit camp this week.",
        (about("displaced", 2150),),
    ),
    C("new_arrivals_tourism_nm", "New arrivals of visitors climbed to 4 million last year.", ()),
    C(
        "treated_for_knife_wounds",
        "A delivery rider was treated for knife wounds after the robbery.",
        (exact("injured", 1),),
    ),
    C("the_pair_hurt", "The pair were taken to hospital after the crash.", (exact("injured", 2),)),
    C("pair_of_boots_nm", "A pair of boots was found near the river bank.", ()),
    C("age_as_person_arrested", "A 23-year-old has been arrested over the shooting.", (exact("arrested", 1),)),
    C("age_as_person_hurt", "The 61-year-old was seriously injured in the fall.", (exact("injured", 1),)),
    C(  # (judged precision, seed 19: "300 estimated injured" was exact)
        "n_estimated_injured_approximately",
        "Officials counted 250 estimated injured after the stampede.",
        (about("injured", 250),),
    ),
    # a zero written as a number is a count like any other (negated false): the summary reads an infobox's
    # "Deaths: 0" as the article's own total, where a negated row gives way to a positive count elsewhere
    C("stated_zero_label", "Deaths: 0. Injuries: 4.", (exact("killed", 0, negated=False), exact("injured", 4))),
    C(
        "medics_treated_people_for_burns",
        "Volunteer medics treated 65 protesters for tear gas burns near the square.",
        (exact("injured", 65),),
    ),
    C("clinic_treated_patients_for_illness_nm", "The clinic treated 900 patients for malaria in May.", ()),
    C(
        "injuries_among_people",
        "Injuries were reported among 31 spectators when a stand gave way.",
        (exact("injured", 31),),
    ),
    # (second probe of other genres, session 9: new wording for each class it found)
    C(
        "no_casualties_among_those_present",
        "There were no casualties among the 25 miners underground at the time.",
        (exact("casualties", 0, **NEG),),
    ),
    C(
        "no_civilian_casualties",
        "No civilian casualties were reported after the strike.",
        (exact("casualties", 0, **NEG),),
    ),
    C(
        "time_stamp_then_dash_then_word_count",
        "09:15 — Seven people were wounded when a drone hit a bus stop.",
        (exact("injured", 7),),
    ),
    C("spaced_dash_digits_range_kept", "Between 10 - 15 people were hurt in the crush.", (between("injured", 10, 15),)),
    C(
        "rescued_then_qualified_missing",
        "Forty migrants were rescued and at least 12 are missing after the dinghy sank.",
        (at_least("missing", 12),),
    ),
    C(
        "survivors_and_bodies",
        "Divers brought up 9 survivors and four bodies from the wreck.",
        (exact("killed", 4),),
    ),
    C("were_among_the_dead", "Two journalists were among the dead, the union said.", (exact("killed", 2),)),
    C(
        "among_those_killed_is_a_part",
        "Nineteen people died in the blaze; four firefighters were among those killed.",
        (exact("killed", 19), exact("killed", 4, **PART)),
    ),
    C("among_the_guests_nm", "Two ministers were among the guests at the funeral.", ()),
    C(
        "participle_phrase_subject_then_verb",
        "A fisherman injured in Tuesday's storm died in hospital on Friday.",
        (exact("killed", 1),),
    ),
    C(
        "a_third_after_a_count",
        "Two porters were killed and a third was badly hurt by the rockfall.",
        (exact("killed", 2), exact("injured", 1)),
    ),
    C("a_third_of_share_nm", "Of the 60 pupils, a third were sent home early.", ()),
    # a worker is no carer: "workers" are the victims of most industrial accidents
    C(
        "workers_taken_to_hospital",
        "Six workers were taken to hospital after the silo exploded.",
        (exact("injured", 6),),
    ),
    C("workers_suffered_burns", "Three workers suffered severe burns in the furnace fire.", (exact("injured", 3),)),
    C("seriously_burned", "Four children were seriously burned when the stove exploded.", (exact("injured", 4),)),
    C(
        "deadliest_since_other_event_nm",
        "The crash was the worst on the route since a bus plunged into a gorge killing 40 people in 2019.",
        (exact("killed", 40, **OTHER_EVENT),),
    ),
    C(
        "deadliest_since_own_figure_kept",
        "The bombing killed 14 people, the deadliest attack in the city since May.",
        (exact("killed", 14),),
    ),
    C(
        "terse_list_dead_and_in_hospital",
        "Market fire: 2 dead, 9 in hospital, police say.",
        (exact("killed", 2), exact("injured", 9)),
    ),
    # a "that" after a verb of saying opens the reported clause, never a relative clause
    C(
        "told_that_swept_away_and_presumed_dead",
        "The coastguard told reporters that 12 crew were washed overboard and are presumed dead.",
        (exact("killed", 12, has_modality=True),),
    ),
    C(
        "said_that_list_subject",
        "A spokesman said that a nurse and two of her patients were killed.",
        (exact("killed", 3), exact("killed", 1, **PART), exact("killed", 2, **PART)),
    ),
    C(
        "of_the_wounded_n_were_group",
        "Of the wounded, 52 were schoolchildren and 8 were teachers, the governor said.",
        (exact("injured", 52), exact("injured", 8)),
    ),
    C("of_the_applicants_n_were_nm", "Of the applicants, 52 were schoolchildren.", ()),
    C(
        "fumes_sent_pupils_to_hospital",
        "Toxic fumes from the fire sent 17 pupils to hospital.",
        (exact("injured", 17),),
    ),
    C("divers_recovered_a_body", "Divers recovered a body from the flooded quarry.", (exact("killed", 1),)),
    C("governing_body_nm", "A governing body was formed to run the camp.", ()),
    C("wire_slug_toll", "UPDATE 3-Toll in Dobo mine collapse climbs to 22", (exact("killed", 22),)),
    C("nurses_taken_to_help_nm", "Two nurses were taken to the hospital to help with the night shift.", ()),
    C(
        "group_count_then_left_dead",
        "A feud between two families in the hill district left 6 dead.",
        (exact("killed", 6),),
    ),
    C(
        "last_years_floods_background_nm",
        "Last year's floods in the delta drowned 40 people and destroyed 900 homes.",
        (exact("killed", 40, **OTHER_EVENT), exact("houses_destroyed", 900, **OTHER_EVENT)),
    ),
    C(
        "in_year_a_similar_quake_background_nm",
        "In 2004, a similar earthquake killed 300 people along the same fault.",
        (exact("killed", 300, **OTHER_EVENT),),
    ),
    C(
        "similar_attack_this_week_kept",
        "Militants killed seven villagers in a similar attack on Sunday.",
        (exact("killed", 7),),
    ),
    C(
        "pronounced_dead_after_aside",
        "The three hikers, all from the capital, were pronounced dead at the scene.",
        (exact("killed", 3),),
    ),
    C(
        "of_the_injured_remain_nm_killed",
        "Four of the injured were in a serious condition.",
        (exact("injured", 4),),
    ),
)


# ---------------------------------------------------------------------------
# Idioms of death and harm, acts counted as nouns, copula totals and bulletin labels (issue 15, the
# third genre probe's classes 1, 4-7; our sentences, none copied from the probe or a gold set).
CASES_IDIOMS_AND_LABELS: tuple[Case, ...] = (
    # class 1: a verb that kills, named with "to death", and other idioms of death
    C(
        "idiom_trampled_to_death",
        "Four villagers were trampled to death when a herd of elephants entered the settlement.",
        (exact("killed", 4),),
    ),
    C("idiom_gored_to_death_one", "A shepherd was gored to death by a wild buffalo on Sunday.", (exact("killed", 1),)),
    C(
        "idiom_tortured_to_death",
        "Two inmates were tortured to death in custody, the commission found.",
        (exact("killed", 2),),
    ),
    C(
        "idiom_have_starved_to_death",
        "More than 60 children have starved to death in the district since the harvest failed.",
        (more_than("killed", 60),),
    ),
    C(
        "idiom_martyred_and_injured",
        "Two constables were martyred and five others injured when militants ambushed the convoy.",
        (exact("killed", 2), exact("injured", 5)),
    ),
    C(
        "idiom_put_to_the_sword",
        "About 300 defenders were put to the sword when the fort fell.",
        (about("killed", 300),),
    ),
    C(
        "idiom_made_the_supreme_sacrifice",
        "Three soldiers made the supreme sacrifice defending the post.",
        (exact("killed", 3),),
    ),
    C("idiom_attained_martyrdom", "Two policemen attained martyrdom in the encounter.", (exact("killed", 2),)),
    C("idiom_bled_to_death", "A porter bled to death before help arrived.", (exact("killed", 1),)),
    C(
        "harm_treated_for_heat_exhaustion",
        "Clinics treated 85 farm workers for heat exhaustion during the heatwave.",
        (exact("injured", 85),),
    ),
    # near misses: "to death" after a verdict or a figure of speech kills no one
    C("to_death_sentenced_nm", "A military court sentenced 14 mutineers to death on Thursday.", ()),
    C("to_death_condemned_nm", "The tribunal condemned five officers to death in absentia.", ()),
    C("to_death_bored_nm", "The long speech bored 300 delegates to death.", ()),
    C("to_death_frightened_nm", "The fireworks frightened 40 campers to death.", ()),
    C("to_death_were_sentenced_nm", "Twelve men were sentenced to death on Monday.", ()),
    C("to_death_worried_nm", "The storm warnings worried 2,000 holidaymakers to death.", ()),
    C("put_to_the_sword_plan_nm", "The merger plan was put to the sword by 9 board members.", ()),
    # class 6: "N killed and wounded" is one count of both, casualties; an estimate is approximate
    C(
        "killed_and_wounded_one_count",
        "The division reported 4,300 killed and wounded after the offensive.",
        (exact("casualties", 4300),),
    ),
    C(
        "dead_and_injured_one_count",
        "Around 70 dead and injured were pulled from the wreckage.",
        (about("casualties", 70),),
    ),
    C(
        "killed_or_wounded_one_count",
        "The ambush left 18 killed or wounded among the escort.",
        (exact("casualties", 18),),
    ),
    C(
        "losses_estimated_at_killed_and_wounded",
        "Rebel losses were estimated at 2,500 killed and wounded.",
        (about("casualties", 2500),),
    ),
    C("toll_estimated_to_be", "The number of dead is estimated to be 300.", (about("killed", 300),)),
    # guards: two numbers, two counts
    C(
        "killed_n_and_n_wounded_two_counts",
        "The clashes left 12 killed and 40 wounded.",
        (exact("killed", 12), exact("injured", 40)),
    ),
    C(
        "casualties_given_as_dead_and_injured",
        "Casualties were given as 40 dead and 95 injured.",
        (exact("killed", 40), exact("injured", 95)),
    ),
    # class 7: an act counted as a noun, one per victim
    C(
        "act_noun_extrajudicial_killings",
        "The commission recorded 112 extrajudicial killings in the northern districts last year.",
        (exact("killed", 112),),
    ),
    C(
        "act_noun_summary_executions",
        "Investigators attributed 58 summary executions to the militia.",
        (exact("killed", 58),),
    ),
    C("act_noun_killings", "Police logged 17 killings in the township during the strike.", (exact("killed", 17),)),
    C(
        "act_noun_labels",
        "Unlawful killings: 29; enforced disappearances: 64.",
        (exact("killed", 29), exact("missing", 64)),
    ),
    C(
        "act_noun_enforced_disappearances",
        "The group documented 41 enforced disappearances since the coup.",
        (exact("missing", 41),),
    ),
    C(
        "act_event_enforced_disappearance_of",
        "Lawyers filed a petition over the enforced disappearance of 14 students from the teachers' college.",
        (exact("missing", 14),),
    ),
    C("act_noun_homicides", "The city recorded 300 homicides last year.", (exact("killed", 300),)),
    # a count before a plural act noun and "of": one victim per act
    C(
        "count_of_killings_of",
        "The press union lists 26 killings of reporters since the election.",
        (exact("killed", 26),),
    ),
    C(
        "count_of_deaths_of",
        "Coastguards confirmed 31 deaths of migrants off the island this year.",
        (exact("killed", 31),),
    ),
    C("count_of_abductions_of", "The monitors recorded 7 abductions of aid workers.", (exact("kidnapped", 7),)),
    C("count_of_deaths_of_cattle_nm", "Vets reported 40 deaths of cattle after the floods.", ()),
    C("year_before_killings_of_nm", "The 2015 killings of journalists shocked the country.", ()),
    # near miss: executions of orders, not of people
    C("executions_per_second_nm", "The exchange handles 12,000 executions per second.", ()),
    C("disappearance_of_laptops_nm", "Police are investigating the disappearance of 3 laptops from the office.", ()),
    C("merger_killed_jobs_nm", "The merger killed 2,000 jobs.", ()),
    C("loss_of_jobs_nm", "The closure led to the loss of 40 jobs.", ()),
    # class 5: a noun for the people between a toll's words and its number
    C(
        "number_of_injured_noun_is",
        "The number of injured passengers is 23, the railway said.",
        (exact("injured", 23),),
    ),
    C("number_of_missing_noun_is_no_article", "Number of missing divers is 4 after the storm.", (exact("missing", 4),)),
    C(
        "number_of_displaced_households_stands_at",
        "The number of displaced households stands at 1,250.",
        (exact("displaced", 1250, unit="households"),),
    ),
    C(
        "participle_noun_number_reached_to",
        "Killed villagers number has reached to 19 as per the district office.",
        (exact("killed", 19),),
    ),
    C("participle_noun_number_is", "Injured students number is 8 as per the principal.", (exact("injured", 8),)),
    C(
        "count_noun_number_rose_to",
        "Displaced families number rose to 3,400.",
        (exact("displaced", 3400, unit="families"),),
    ),
    C(
        "number_of_evacuated_noun_stood_at",
        "The number of evacuated villagers stood at 2,600.",
        (exact("evacuated", 2600),),
    ),
    # near misses: no people between the toll's words and the number
    C("number_of_dead_cattle_nm", "The number of dead cattle is 300.", ()),
    C("number_of_registered_voters_nm", "The number of registered voters is 1,500.", ()),
    # class 4: bulletin labels: a second label sharing the first one's noun, unit abbreviations, a bar
    C(
        "label_shared_head_slash",
        "Homes destroyed: 860 / damaged: 2,140",
        (exact("houses_destroyed", 860, **HOUSES), exact("houses_damaged", 2140, **HOUSES)),
    ),
    C(
        "label_shared_head_semicolon",
        "Dwellings damaged: 640; destroyed: 85",
        (exact("houses_damaged", 640, **HOUSES), exact("houses_destroyed", 85, **HOUSES)),
    ),
    C("label_shared_head_not_a_dwelling_nm", "Schools destroyed: 4 / damaged: 12", ()),
    C(
        "label_hh_and_ind",
        "Displaced HH: 320 (~1,900 ind.)",
        (exact("displaced", 320, unit="households"), about("displaced", 1900, unit="people")),
    ),
    C("label_value_then_hh", "Displaced: 450 HH", (exact("displaced", 450, unit="households"),)),
    C("label_count_noun_unit", "Displaced households: 450", (exact("displaced", 450, unit="households"),)),
    C("bar_ends_a_field", "Survivors: 95 | Missing: 3", (exact("missing", 3),)),
    C("bar_ends_a_field_none", "Rescued: 88 | Missing: none", (exact("missing", 0, negated=True),)),
    C("bar_between_label_and_value", "Deaths | 12", (exact("killed", 12),)),
    # found on the way: "including one X" gave the part twice, as the number "one" and as one person
    C(
        "including_one_person_one_part",
        "Three hikers were injured, including one nurse.",
        (exact("injured", 3), exact("injured", 1, **PART)),
    ),
    C(
        "including_one_person_after_object_one_part",
        "The rockslide killed 9 workers, including one engineer.",
        (exact("killed", 9), exact("killed", 1, **PART)),
    ),
)

# Issue 15 (h42): a harm word said of things no deny list names. The plural head noun after the number
# is read against an allow list of person nouns (figures/data/person_nouns.txt): an unknown plural counts
# things and gives no row; trades, groups, kin, demonyms, compounds ("mail carriers") and a typist's slip
# ("soldeirs") still give theirs. Invented sentences; the "_nm" ones gave a row before the list.
CASES_THINGS_HARMED: tuple[Case, ...] = (
    C("offers_killed_nm", "The board killed 3 sponsorship offers before the vote.", ()),
    C("crossings_killed_nm", "Budget cuts killed 5 ferry crossings on the lake.", ()),
    C("bushes_killed_nm", "The frost killed 300 rose bushes in the park.", ()),
    C("transformers_died_nm", "Engineers said 14 transformers died during the heatwave.", ()),
    C("parking_bays_displaced_nm", "The council displaced 12 parking bays to widen the pavement.", ()),
    C("menu_items_killed_nm", "The redesign killed 3 menu items that few diners ordered.", ()),
    C("saplings_killed_nm", "Drought killed 2,000 saplings planted last spring.", ()),
    C("headlines_killed_nm", "The editor killed 4 headlines before the paper went to print.", ()),
    C("tax_breaks_died_nm", "The senator said 6 tax breaks died in committee.", ()),
    C("sauces_were_killed_nm", "The chef said 2 sauces were killed by the new supplier.", ()),
    C("pitches_injured_nm", "The rain injured 3 cricket pitches before the final.", ()),
    C("bus_stops_displaced_nm", "The new bypass displaced 7 bus stops on the high street.", ()),
    C("mergers_killed_nm", "Regulators killed 2 proposed mergers this year.", ()),
    C("lighthouses_dead_nm", "Two old lighthouses are dead, the coastguard said.", ()),
    C("ministries_displaced_nm", "The reshuffle displaced 3 ministries from the capital.", ()),
    # people, named by trade, group, kin, origin or a compound, keep their rows
    C("herders_killed", "Gunmen killed 7 herders near the river.", (exact("killed", 7),)),
    C("quarrymen_injured", "The landslide injured 4 quarrymen.", (exact("injured", 4),)),
    C("mail_carriers_injured", "Twelve mail carriers were injured when the depot roof fell.", (exact("injured", 12),)),
    C("tribesmen_killed", "The shelling killed 9 tribesmen in the valley.", (exact("killed", 9),)),
    C("schoolchildren_injured", "Police said 5 schoolchildren were injured.", (exact("injured", 5),)),
    C("elements_of_a_group_killed", "The army said it killed 11 elements of the armed group.", (exact("killed", 11),)),
    C("typo_soldeirs_wounded", "The blast wounded four soldeirs at the checkpoint.", (exact("injured", 4),)),
    C("pastoralists_displaced", "The flood displaced 2,300 pastoralists.", (exact("displaced", 2300),)),
    C("deckhands_killed", "The ferry fire killed 3 deckhands.", (exact("killed", 3),)),
    C("canoeists_drowned", "Three canoeists drowned in the rapids.", (exact("killed", 3),)),
    C("gas_workers_injured", "The blast injured 6 gas workers.", (exact("injured", 6),)),
    C("ranch_hands_injured", "The storm injured 8 ranch hands.", (exact("injured", 8),)),
    C("demonym_plural_killed", "The bombing killed 4 Somalis in the market.", (exact("killed", 4),)),
    C("grandchildren_killed", "The fire killed 3 grandchildren of the farmer.", (exact("killed", 3),)),
    C("flight_attendants_injured", "The crash injured 5 flight attendants.", (exact("injured", 5),)),
    C("arms_dealers_killed", "The raid killed 3 arms dealers.", (exact("killed", 3),)),
    C("smallholders_displaced", "Floods displaced 4,000 smallholders.", (exact("displaced", 4000),)),
    C("innocents_killed", "The air strike killed 12 innocents, the mayor said.", (exact("killed", 12),)),
    C("little_ones_killed", "The house fire killed 3 little ones.", (exact("killed", 3),)),
    C("under_18s_injured", "Police said the crash injured 6 under-18s.", (exact("injured", 6),)),
    C("personnels_injured", "The bomb injured 14 security personnels.", (exact("injured", 14),)),
    C("besides_is_no_noun", "The blast killed 12 besides the bomber.", (exact("killed", 12),)),
    C("no_noun_killed", "The floods killed 12 in the north.", (exact("killed", 12),)),
    C("lives_claimed_by_the_storm", "The storm claimed 12 lives.", (exact("killed", 12),)),
    # a total's number is its subject's last word: the word in -s after it is a verb, no plural of things
    C("toll_of_n_makes_it", "The death toll of 12 makes it the deadliest storm this year.", (exact("killed", 12),)),
    C("toll_of_n_dead_puts", "A toll of 40 dead puts the quake among the worst in a decade.", (exact("killed", 40),)),
    # known gaps (strict xfail): a thing one letter from a person noun passes as a typist's slip
    # ("reactors" ~ "rectors", "careers" ~ "carers"): lexicon.names_people
    C("gap_reactors_read_as_rectors_nm", "The regulator killed 4 reactors planned for the coast.", ()),
    C("gap_careers_read_as_carers_nm", "The scandal killed 3 promising careers in the party.", ()),
    # the noun read past a part of a count ("3 of the 10 ...") or a ratio ("1 in 4 ...")
    C("part_of_planned_reforms_dead_nm", "The minister said 4 of the 10 planned reforms are dead.", ()),
    C("part_of_the_regions_dams_affected_nm", "Drought has affected 6 of the region's 20 dams.", ()),
    C("ratio_of_orchards_died_nm", "Growers say 1 in 4 orchards died in the frost.", ()),
    C("part_of_counts_killed_nm", "The court killed 2 of the 6 counts against the banker.", ()),
    C("part_of_the_guards_killed", "Gunmen killed 3 of the 12 guards at the mine.", (exact("killed", 3),)),
    C(
        "scores_in_raids_not_a_ratio",
        "Rebels killed 19 villagers and wounded scores in coordinated raids.",
        (exact("killed", 19), vague("injured")),
    ),
)

# ---------------------------------------------------------------------------
# Issue 15, session 12 (h48): general classes from helper h43's blind probe, each tested with sentences
# invented on other topics and wordings (never the probe's own sentences).
CASES_UNSEEN_CLASSES: tuple[Case, ...] = (
    # a. a toll or label noun pairs only with its own number: a prepositional phrase after a toll noun
    # ends where a new verb begins ("bodies from the lake and pulled 22"); after a label, the verb
    # right after the number's own noun names its category; a bracketed "(including N ...)" is a part
    C(
        "bodies_from_the_lake_and_pulled_survivors",
        "Divers recovered 9 bodies from the reservoir and pulled 22 survivors to safety.",
        (exact("killed", 9),),
    ),
    C(
        "bodies_in_the_rubble_and_freed_miners",
        "Rescue teams found 6 bodies in the rubble and freed 17 trapped miners.",
        (exact("killed", 6),),
    ),
    C(
        "bodies_near_the_bridge_and_brought_ashore",
        "Police found 4 bodies near the old bridge and brought 30 passengers ashore by boat.",
        (exact("killed", 4),),
    ),
    C(
        "toll_from_the_attack_still_rises_to",
        "The death toll from the attack on the market has risen to 31.",
        (exact("killed", 31, cumulative=True),),
    ),
    C(
        "label_then_participle_after_noun",
        "Casualties: 8 soldiers killed, 19 wounded.",
        (exact("killed", 8), exact("injured", 19)),
    ),
    C(
        "label_dash_then_adjective_after_noun",
        "Casualty figures - 6 police officers dead, 14 hurt.",
        (exact("killed", 6), exact("injured", 14)),
    ),
    C(
        "label_participle_and_bracketed_part",
        "Casualties: 15 villagers killed (including 4 women), 22 injured.",
        (exact("killed", 15), exact("killed", 4, group="women", is_part=True), exact("injured", 22)),
    ),
    C(
        "label_then_bare_count_keeps_the_label",
        "Casualties: 40 people, 12 of them killed.",
        (exact("casualties", 40), exact("killed", 12)),
    ),
    C(
        "bracketed_including_after_object",
        "Gunmen shot dead 20 people (including 6 children) in the village.",
        (exact("killed", 20), exact("killed", 6, group="children", is_part=True)),
    ),
    C(
        "bracketed_among_them_after_subject",
        "At least 30 people were killed (among them 8 women) in the raid.",
        (at_least("killed", 30), exact("killed", 8, group="women", is_part=True)),
    ),
    C(
        "square_bracketed_including",
        "The bombing injured 45 people [including 11 students].",
        (exact("injured", 45), exact("injured", 11, is_part=True)),
    ),
    C("bodies_pp_then_verb_of_objects_nm", "Deaths from the fever fell after nurses treated 300 patients.", ()),
    # a percentage in a toll noun's phrase is a change, and the number after it another measure's
    C("deaths_by_percent_among_volunteers_nm", "The vaccine reduced deaths by 40 percent among 12,000 volunteers.", ()),
    C(
        "risk_of_death_by_per_cent_in_a_trial_nm",
        "The pill cut the risk of death by 19 per cent in a study of 5,000 adults.",
        (),
    ),
    # b. line blocks: a participle at a line's end takes no object from the next line, when that line is a
    # count with its own participle or starts a sentence (a capital); a wrapped line's object still counts
    C(
        "line_block_heading_then_counts",
        "SITUATION OVERVIEW\n12,500 people evacuated\n300 homes destroyed\n9 deaths",
        (exact("evacuated", 12500), exact("houses_destroyed", 300, **HOUSES), exact("killed", 9)),
    ),
    C(
        "line_block_families_then_houses",
        "Highlights\n6,000 families displaced\n40 houses damaged",
        (exact("displaced", 6000, unit="families"), exact("houses_damaged", 40, **HOUSES)),
    ),
    C(
        "line_block_with_bullets",
        "Flood impact:\n- 2,800 people displaced\n- 450 houses damaged\n- 17 deaths",
        (exact("displaced", 2800), exact("houses_damaged", 450, **HOUSES), exact("killed", 17)),
    ),
    C(
        "line_then_a_sentence_without_stop",
        "3,100 residents evacuated\nThe river kept rising overnight.",
        (exact("evacuated", 3100),),
    ),
    # (a line break before a digit ends the sentence, so the wrapped object is lost too; the attackers stay out)
    C("wrapped_line_attackers_nm", "Two gunmen killed\n12 people at the market", ()),
    # c. running totals: a year or date between "total" and "to" is the total's time, not a range with the
    # count ("since 2019 to 75"); "bringing to N the number of ..." is cumulative even after "N more"
    C(
        "total_since_a_year_to",
        "Floods have killed 9 people this week, bringing the total since 2019 to 75.",
        (exact("killed", 9, cumulative=False), exact("killed", 75, cumulative=True)),
    ),
    C(
        "total_since_month_and_year_to",
        "Cholera killed 14 more patients, raising the total since March 2022 to 310.",
        (exact("killed", 14, cumulative=False), exact("killed", 310, cumulative=True)),
    ),
    C(
        "total_for_a_year_named_to",
        "Avalanches buried 3 skiers, taking the total for 2023 to 27 deaths.",
        (exact("killed", 27, cumulative=True),),
    ),
    C(
        "bringing_to_n_the_number_of_after_more",
        "Divers recovered 2 more bodies, bringing to 19 the number of confirmed deaths.",
        (exact("killed", 2, cumulative=False), exact("killed", 19, cumulative=True)),
    ),
    C(
        "bringing_to_n_after_a_toll_noun_and_a_day",
        "Rescuers found 4 more bodies on Monday, bringing to 23 the number of people killed.",
        (exact("killed", 4, cumulative=False), exact("killed", 23, cumulative=True)),
    ),
    C(
        "raising_to_n_the_number_of_injured",
        "The shelling wounded 5 more civilians, taking to 60 the number of injured.",
        (exact("injured", 5, cumulative=False), exact("injured", 60, cumulative=True)),
    ),
    C(
        "total_since_a_war_began_in_a_year_to",
        "Attacks killed 40 people this year, taking the overall toll since the war began in 2011 to 500,000.",
        (exact("killed", 40, cumulative=False), exact("killed", 500000, cumulative=True)),
    ),
    C(
        "the_years_total_to",
        "Four more bodies were found, bringing the year's total to 31.",
        (exact("killed", 4, cumulative=False), exact("killed", 31, cumulative=True)),
    ),
    C(
        "this_seasons_total_to",
        "Avalanches killed 2 skiers on Friday, bringing this season's total to 17.",
        (exact("killed", 2, cumulative=False), exact("killed", 17, cumulative=True)),
    ),
    C("the_years_total_of_things_nm", "The council opened 3 schools, bringing the year's total to 12.", ()),
    C("year_to_count_of_things_nm", "The council has opened 3 schools, bringing the total since 2015 to 40.", ()),
    C(
        "range_of_years_stays_a_year_nm",
        "The dam was built from 1998 to 2004 by 3 firms.",
        (),
    ),
    # d. background and comparison clauses: another event's figure is still a row of the text (SPEC: one row
    # per figure), marked modality "other_event" so that no profile adds it to this event's totals
    C(
        "worst_since_a_year_when_the_river_killed",
        "It was the worst flood since 1988, when the river killed some 2,000 people along its banks.",
        (about("killed", 2000, cumulative=False, **OTHER_EVENT),),
    ),
    C(
        "compared_with_a_quake_which_killed",
        "Compared with the 2005 quake, which killed 80,000, this one was mild.",
        (exact("killed", 80000, **OTHER_EVENT),),
    ),
    C(
        "unlike_a_cyclone_which_killed",
        "Unlike the 1970 cyclone, which killed an estimated 300,000 people, the storm left few dead.",
        (about("killed", 300000, **OTHER_EVENT),),
    ),
    C(
        "own_toll_then_the_most_since_a_year_when",
        "The storm killed 12 people, the most since 2004, when 30 died.",
        (exact("killed", 12, has_modality=False), exact("killed", 30, **OTHER_EVENT)),
    ),
    C(
        "floods_drowned_people_and_destroyed_homes",
        "Floods in the delta drowned 40 people and destroyed 900 homes.",
        (exact("killed", 40, has_modality=False), exact("houses_destroyed", 900, **HOUSES)),
    ),
    C(
        "own_event_this_week_no_mark",
        "The cyclone killed 14 fishermen this week.",
        (exact("killed", 14, has_modality=False),),
    ),
    C(
        "years_ago_a_similar_storm",
        "Two years ago, a similar storm killed 80 people in the same province.",
        (exact("killed", 80, **OTHER_EVENT),),
    ),
    C(
        "war_began_years_ago_is_this_toll",
        "The war, which began three years ago, has killed 10,000 people.",
        (exact("killed", 10000, has_modality=False),),
    ),
    C("days_ago_is_this_event", "Two days ago, floods killed 12 people.", (exact("killed", 12, has_modality=False),)),
    C("drowned_out_speeches_nm", "The band drowned 3 speeches with its noise.", ()),
    # e. lexicon gaps: crowds named by what they attend (the person-noun list decides, also for a weak
    # category's subject), verbs of expulsion (displaced, unless members or foreigners are sent away), the
    # dead as "martyrs" or "deceased persons"
    C(
        "fans_were_evacuated",
        "The crowd of some 40,000 fans was evacuated after the bomb threat.",
        (about("evacuated", 40000),),
    ),
    C(
        "cinemagoers_evacuated",
        "About 600 cinemagoers were evacuated when the alarm sounded.",
        (about("evacuated", 600),),
    ),
    C("sunbathers_killed", "The landslide killed 3 sunbathers on the beach.", (exact("killed", 3),)),
    C("passers_by_injured_with_noun", "The blast injured 9 passers-by.", (exact("injured", 9),)),
    C("a_fan_injured_by_a_flare", "A fan was injured by a flare during the match.", (exact("injured", 1),)),
    C("a_skier_killed_in_an_avalanche", "A skier was killed in the avalanche on Sunday.", (exact("killed", 1),)),
    C("ceiling_fan_damaged_nm", "A ceiling fan was damaged in the fire.", ()),
    C("bags_missing_still_things_nm", "Some 14,000 bags went missing at the airport.", ()),
    C(
        "families_expelled_from_the_valley",
        "About 3,000 families were expelled from the valley by the militia.",
        (about("displaced", 3000, unit="families"),),
    ),
    C(
        "militia_expelled_families",
        "The militia expelled 1,500 families from the district.",
        (exact("displaced", 1500),),
    ),
    C(
        "people_deported_range",
        "Between 20,000 and 30,000 villagers were deported to the east.",
        (between("displaced", 20000, 30000),),
    ),
    C("soldiers_drove_out_villagers", "Soldiers drove out 500 villagers.", (exact("displaced", 500),)),
    C("residents_driven_out", "Some 1,200 residents were driven out of the town.", (about("displaced", 1200),)),
    C("school_expelled_students_nm", "The school expelled 3 students for cheating.", ()),
    C("party_expelled_members_nm", "The party expelled 12 members after the vote.", ()),
    C("state_deported_migrants_nm", "The government deported 300 migrants last month.", ()),
    C("police_drove_out_protesters_nm", "Police drove out 200 protesters from the square.", ()),
    C(
        "martyrs_who_fell",
        "The group published the names of 22 martyrs who fell in the offensive.",
        (exact("killed", 22),),
    ),
    C("number_of_martyrs_rose", "The number of martyrs has risen to 40.", (exact("killed", 40, cumulative=True),)),
    C(
        "deceased_persons_in_number",
        "The deceased persons are 6 in number, all from one village.",
        (exact("killed", 6),),
    ),
    C("four_deceased_persons_identified", "Four deceased persons were identified.", (exact("killed", 4),)),
    C("the_deceased_age_nm", "The deceased was 78.", ()),
    C("the_deceased_had_children_nm", "The deceased had 3 children.", ()),
    # f. threats and conditionals give no row from either extractor: the number a modal link rules out is
    # vetoed for the quantity extractor too, and is no conjunct of the next clause's trigger; "threatened to"
    # and "risk" are modal again (they had slipped into a regex comment)
    C(
        "threatened_to_behead_captives_nm",
        "The kidnappers threatened to behead 5 captives unless a ransom was paid.",
        (),
    ),
    C(
        "warned_it_would_kill_hostages_a_day_nm",
        "The gang warned it would kill 3 hostages a day if police moved in.",
        (),
    ),
    C(
        "said_they_would_execute_prisoners_weekly_nm",
        "The rebels said they would execute 20 prisoners each week unless the army withdrew.",
        (),
    ),
    C("threatening_to_displace_families_nm", "The company is threatening to evict 300 families from the estate.", ()),
    C(
        "could_displace_then_a_clause_of_its_own",
        "The storm could displace 5,000 people, and 12 people were killed.",
        (exact("killed", 12, is_part=False),),
    ),
    C("rebels_said_they_had_killed_hostages", "The rebels said they had killed 10 hostages.", (exact("killed", 10),)),
    C(
        "a_rate_stays_a_rate",
        "Gunmen kill 3 people a day in the city, police say.",
        (exact("killed", 3, has_modality=True),),
    ),
)

# Session 13: phrases the lexicon lacked and a share of a counted noun, each class written as new
# sentences (a blind probe's failure classes, not its sentences), with near misses that must stay empty.
CASES_PHRASES_AND_SHARES: tuple[Case, ...] = (
    # a. moved by force, or made to leave a home of any kind
    C(
        "forcibly_evicted",
        "About 1,800 residents were forcibly evicted from the settlement.",
        (about("displaced", 1800),),
    ),
    C(
        "forcibly_transferred",
        "The tribunal found that 950 villagers were forcibly transferred to the coast.",
        (exact("displaced", 950),),
    ),
    C(
        "forced_to_abandon_pastures",
        "More than 150,000 herders have been forced to abandon their pastures.",
        (more_than("displaced", 150000),),
    ),
    C(
        "compelled_to_leave_homesteads",
        "Some 700 farmers were compelled to leave their homesteads.",
        (about("displaced", 700),),
    ),
    C("transferred_patients_not_displaced", "Nurses transferred 40 patients to the new ward on Monday.", ()),
    C("evicted_contestants_not_displaced", "Two contestants were evicted from the house on Sunday night.", ()),
    # b. still held
    C("detainees_remain_in_custody", "At least 2,900 detainees remain in custody.", (at_least("arrested", 2900),)),
    C(
        "killed_and_remain_in_custody",
        "Five protesters were killed and 12 remain in detention.",
        (exact("killed", 5), exact("arrested", 12)),
    ),
    C(
        "arbitrarily_detained",
        "The monitors said 64 journalists had been arbitrarily detained.",
        (exact("arrested", 64),),
    ),
    C("died_in_custody_is_killed_only", "Three prisoners died in custody last year.", (exact("killed", 3),)),
    # c. disappearances counted as cases
    C(
        "cases_of_enforced_disappearance",
        "The mission documented 22 cases of enforced disappearance.",
        (exact("missing", 22),),
    ),
    # d. in need of help (EM-DAT's "affected": people requiring immediate assistance)
    C(
        "left_in_need_of_humanitarian_assistance",
        "The floods have left 1.2 million people in need of humanitarian assistance.",
        (exact("affected", 1200000),),
    ),
    C(
        "are_in_urgent_need_of_food_aid",
        "Nearly 400,000 people are in urgent need of food aid.",
        (about("affected", 400000),),
    ),
    C("players_in_need_of_a_rest", "The coach said 3 players were in need of a rest.", ()),
    C("customers_needing_assistance", "About 300 customers needing assistance called the helpline.", ()),
    # e. care needed after harm
    C("needing_hospital_treatment", "The crush left 60 fans needing hospital treatment.", (exact("injured", 60),)),
    C(
        "required_medical_attention",
        "Organisers said 14 runners required medical attention in the heat.",
        (exact("injured", 14),),
    ),
    C(
        "patients_needing_treatment_for_cancer",
        "Some 40 patients needing treatment for cancer were moved to the new wing.",
        (),
    ),
    # f. a side's loss of its own (construction lost_own_side)
    C("army_lost_soldiers", "The army said it lost 12 soldiers in the ambush.", (exact("killed", 12),)),
    C(
        "killed_and_lost_their_own",
        "The rebels said they had killed 20 soldiers and lost six of their own.",
        (exact("killed", 20), exact("killed", 6)),
    ),
    C("club_lost_players", "The club lost 12 players to injuries this season.", ()),
    C("could_lose_soldiers", "The regiment could lose 40 soldiers a week at this rate.", ()),
    # g. a per-cent share of a counted noun: the count has its own trigger, so it stands
    C(
        "per_cent_of_counted_deaths",
        "Some 45 per cent of the 2,300 civilian deaths recorded in the year were caused by shelling.",
        (exact("killed", 2300),),
    ),
    C(
        "sign_per_cent_of_counted_displaced",
        "Some 60% of the 3,000 people displaced are children.",
        (exact("displaced", 3000),),
    ),
    C("per_cent_of_residents_is_a_denominator", "Some 60% of the town's 3,000 residents were displaced.", ()),
    # h. acts counted, then the people they took; feelings said as death
    C(
        "abductions_affecting_civilians",
        "Armed groups carried out 17 abductions affecting 96 civilians.",
        (exact("kidnapped", 96),),
    ),
    C(
        "arrests_involving_people",
        "The mission recorded 31 arbitrary arrests involving 240 people.",
        (exact("arrested", 240),),
    ),
    C("dying_of_laughter", "The teacher's 30 pupils were dying of laughter at the show.", ()),
    C("died_of_embarrassment", "All 12 finalists nearly died of embarrassment on stage.", ()),
    # i. a part after a place or time: the adverbial is skipped before "including" and before "N of them"
    C(
        "arrested_since_then_including",
        "Police have arrested 800 demonstrators since Friday, including 45 students and nine reporters.",
        (exact("arrested", 800), exact("arrested", 45, is_part=True), exact("arrested", 9, is_part=True)),
    ),
    C(
        "bodies_from_the_shaft_of_them",
        "Rescuers pulled the bodies of 57 miners from the shaft, 14 of them teenagers.",
        (exact("killed", 57), exact("killed", 14, is_part=True)),
    ),
    C(
        "killed_in_the_market_on_sunday_of_them",
        "The blast killed 40 people in the old market on Sunday, 12 of them children.",
        (exact("killed", 40), exact("killed", 12, is_part=True)),
    ),
    # j. a second item that leaves out the first one's verb, with the same preposition
    C(
        "gapped_item_same_preposition",
        "Of the 64 people killed in the month, 40 were blamed on air strikes and 19 on landmines.",
        (exact("killed", 64), exact("killed", 40, is_part=True), exact("killed", 19, is_part=True)),
    ),
    C(
        "gapped_item_after_comma",
        "Of the 93 civilians injured, 61 were attributed to shelling, 18 to mines and the rest to gunfire.",
        (exact("injured", 93), exact("injured", 61, is_part=True), exact("injured", 18, is_part=True)),
    ),
    C(
        "gapped_item_by_cause",
        "Nine were killed by shelling and 4 by sniper fire.",
        (exact("killed", 9), exact("killed", 4)),
    ),
    C(
        "gapped_item_other_preposition_no_row",
        "Some 300 people were evacuated to schools and 40 for the night.",
        (about("evacuated", 300),),
    ),
    C(
        "gapped_item_with_its_noun_and_a_comma_in_the_place",
        "Three people drowned in the river near Tamo village, Upper District and one person in Kessa town.",
        (exact("killed", 3), exact("killed", 1)),
    ),
    # k. without drinking water: people are affected (a need of immediate assistance), homes are not damaged
    C(
        "short_of_drinking_water",
        "By Friday, 2.4 million people were short of drinking water in the two provinces.",
        (exact("affected", 2400000),),
    ),
    C("homes_without_drinking_water_no_row", "About 2,000 homes were without drinking water after the main burst.", ()),
    # l. a count changed by someone, its noun between the verb and "from A to B": the count now, not a range
    C(
        "revised_the_number_of_missing_down_from_to",
        "Officials revised the number of missing down from 340 to 212.",
        (exact("missing", 212, cumulative=True),),
    ),
    C(
        "lowered_the_death_toll_from_to",
        "The governor lowered the death toll from 31 to 28 on Friday.",
        (exact("killed", 28, cumulative=True),),
    ),
    C(
        "revised_the_toll_upward_from_to",
        "The ministry revised the toll upward from 12 to 19.",
        (exact("killed", 19, cumulative=True),),
    ),
    C("between_and_still_a_range", "Between 20 and 30 people were killed in the raid.", (between("killed", 20, 30),)),
    # m. a vague count's "of" before a noun trigger: a vague row of the noun's category
    C("hundreds_of_deaths", "Hospitals in the capital reported hundreds of deaths by Sunday.", (vague("killed"),)),
    C(
        "thousands_of_displaced_families",
        "Aid trucks reached thousands of displaced families near the dam.",
        (vague("displaced"),),
    ),
    C("dozens_of_injuries", "The stampede caused dozens of injuries at the gate.", (vague("injured"),)),
    C("many_of_the_deaths_no_count", "Many of the deaths were avoidable, the report said.", ()),
    # n. the figure as the object of fearing (unconfirmed) or of a forecast (a possibility: no row)
    C(
        "officials_feared_casualties",
        "At first, officials feared 300 casualties in the town.",
        (exact("casualties", 300, has_modality=True),),
    ),
    C("model_predicted_deaths", "The model predicted 300 deaths in the city if the levee failed.", ()),
    C("agencies_warned_of_deaths", "Aid agencies warned of thousands of deaths from hunger.", ()),
    # o. the same people in another unit after "representing", "equivalent to", "that is"
    C(
        "households_representing_people",
        "In the county, 46,000 households have been affected, representing about 230,000 people.",
        (exact("affected", 46000, unit="households"), about("affected", 230000, unit="people")),
    ),
    C(
        "representing_districts_no_row",
        "The floods displaced 5,000 families, representing 12 districts.",
        (exact("displaced", 5000),),
    ),
    # p. another report of the figure just told, by a generic noun (rule rival_estimate)
    C(
        "activists_put_the_figure_at",
        "Authorities said 64 people were killed, but activists put the figure at more than 200.",
        (exact("killed", 64), more_than("killed", 200, is_part=False)),
    ),
    C(
        "the_real_figure_was",
        "Officials said 40 houses were destroyed, but residents said the real figure was 120.",
        (exact("houses_destroyed", 40), exact("houses_destroyed", 120)),
    ),
    C(
        "put_the_number_of_other_things_no_row",
        "Police arrested 30 people and put the number of officers at 200.",
        (exact("arrested", 30),),
    ),
    # q. damage report words: "fully/completely damaged" is destroyed; those under an evacuation order
    C(
        "fully_damaged_and_partially_damaged",
        "In the district, 1,200 houses were fully damaged and 3,400 partially damaged.",
        (exact("houses_destroyed", 1200), exact("houses_damaged", 3400)),
    ),
    C(
        "completely_damaged_object",
        "The cyclone completely damaged 300 houses in the delta.",
        (exact("houses_destroyed", 300),),
    ),
    C(
        "remain_under_evacuation_orders",
        "Some 5,000 people remain under evacuation orders.",
        (about("evacuated", 5000, has_modality=True),),
    ),
    # r. still searched for by rescuers: missing (not suspects, nor people hired)
    C(
        "rescuers_searching_for_people",
        "Rescuers are still searching for 17 people after the landslide.",
        (exact("missing", 17),),
    ),
    C(
        "search_continuing_for_others",
        "Eleven bodies have been recovered and search operations are continuing for 6 others.",
        (exact("killed", 11), exact("missing", 6)),
    ),
    C("police_searching_for_suspects", "Police are searching for 3 suspects after the robbery.", ()),
    C("firm_searching_for_engineers", "The firm is searching for 30 engineers for its new plant.", ()),
    # s. lists: a member between commas after a common noun; a name's age between commas before the next member
    C(
        "three_farmers_a_teacher_and_two_children",
        "Three farmers, a teacher, and two children were injured.",
        (
            exact("injured", 6),
            exact("injured", 3, is_part=True),
            exact("injured", 1, is_part=True),
            exact("injured", 2, is_part=True),
        ),
    ),
    C(
        "name_appositive_stays_an_aside",
        "Gunmen shot dead Ram Das, a party worker, and his brother.",
        (exact("killed", 2), exact("killed", 1, is_part=True), exact("killed", 1, is_part=True)),
    ),
    C(
        "name_age_then_next_member_subject",
        "Hassan Ali, 34, his wife Mariam and their daughter Noor were killed when the shell struck.",
        (
            exact("killed", 3),
            exact("killed", 1, is_part=True),
            exact("killed", 1, is_part=True),
            exact("killed", 1, is_part=True),
        ),
    ),
    C(
        "name_age_then_next_member_object",
        "Gunmen killed Hassan Ali, 34, his wife Mariam and their daughter Noor.",
        (
            exact("killed", 3),
            exact("killed", 1, is_part=True),
            exact("killed", 1, is_part=True),
            exact("killed", 1, is_part=True),
        ),
    ),
    # t. "United States" is a name, not a count of states; "(US)" is the country's acronym, not "us"
    C("two_united_states_citizens", "Two United States citizens were killed in the attack.", (exact("killed", 2),)),
    C(
        "acronyms_inside_list_members",
        "Three Afghan police officers, one United States (US) soldier, and one United Nations (UN) driver were killed.",
        (
            exact("killed", 5),
            exact("killed", 3, is_part=True),
            exact("killed", 1, is_part=True),
            exact("killed", 1, is_part=True),
        ),
    ),
    C("three_states_still_places", "The floods hit three states in the north.", ()),
    # u. a list that an act's noun is of, before the verb of the whole noun phrase; a roof lost
    C(
        "bodies_of_a_list_then_its_verb",
        "Police said the bodies of a man and two women had been recovered from the lake.",
        (exact("killed", 3), exact("killed", 1, is_part=True), exact("killed", 2, is_part=True)),
    ),
    C(
        "abduction_of_a_list_then_its_verb",
        "The abduction of a nurse and three doctors was condemned.",
        (exact("kidnapped", 4), exact("kidnapped", 1, is_part=True), exact("kidnapped", 3, is_part=True)),
    ),
    C(
        "object_list_then_next_subject_still_split",
        "Gunmen killed the assailant and one officer was wounded.",
        (exact("killed", 1), exact("injured", 1)),
    ),
    C(
        "without_a_roof_over_their_heads",
        "Some 3,500 people were left without a roof over their heads.",
        (about("homeless", 3500),),
    ),
    # v. an era, not an event: the figure is marked other_event; "of the century" names no era
    C(
        "deaths_in_the_twentieth_century",
        "Floods caused millions of deaths in the twentieth century.",
        (vague("killed", has_modality=True),),
    ),
    C(
        "over_the_past_two_centuries",
        "Over the past two centuries, floods killed 40,000 people in the valley.",
        (exact("killed", 40000, has_modality=True),),
    ),
    C(
        "deadliest_of_the_century_is_this_event",
        "The flood, the deadliest of the century, killed 300 people.",
        (exact("killed", 300, has_modality=False),),
    ),
    # w. not quite destroyed
    C(
        "almost_totally_destroyed_is_damaged",
        "Two homes on the ridge were almost totally destroyed.",
        (exact("houses_damaged", 2),),
    ),
    C("nearly_destroyed_object", "The storm nearly destroyed 40 houses near the pier.", (exact("houses_damaged", 40),)),
    # x. cut off by water: affected (people needing immediate assistance); not villages, not travellers
    C(
        "cut_off_by_floodwaters",
        "An estimated 60,000 people have been cut off by floodwaters.",
        (about("affected", 60000),),
    ),
    C("villagers_marooned", "About 2,000 villagers remained marooned on rooftops.", (about("affected", 2000),)),
    C("passengers_stranded_at_airport", "Some 300 passengers were stranded at the airport by the strike.", ()),
    C("villages_cut_off_no_people", "Twelve villages were cut off by the floods.", ()),
    # y. "were among the dead" after an aside or a relative clause of the subject
    C("among_the_dead_after_an_age_aside", "Two brothers, aged 9 and 12, were among the dead.", (exact("killed", 2),)),
    C(
        "among_the_dead_after_an_appositive",
        "Two brothers, both teenagers, were among the dead.",
        (exact("killed", 2),),
    ),
    C(
        "among_the_injured_after_a_relative_clause",
        "Two reporters who covered the march were among the injured.",
        (exact("injured", 2),),
    ),
    C("among_the_guests_after_an_aside_no_row", "Two ministers, both veterans, were among the guests.", ()),
    # z. "members of one family": the one counts the family, not victims
    C(
        "generations_of_one_family",
        "Three generations of one family, seven people in all, were killed in the strike.",
        (exact("killed", 7),),
    ),
    C(
        "displaced_one_family_still_counted",
        "The landslide displaced one family in the village.",
        (exact("displaced", 1, unit="families"),),
    ),
    C(
        "members_of_one_family_including",
        "Gunmen killed five members of one family, including three children, in a raid.",
        (exact("killed", 5), exact("killed", 3, is_part=True)),
    ),
    # aa. players hurt in play: no event's figure; players hurt by an event are
    C("players_injured_before_the_league_game", "City have 6 players injured ahead of Saturday's league game.", ()),
    C(
        "goalkeeper_injured_in_the_minute",
        "The goalkeeper was injured in the 80th minute and missed the next game.",
        (),
    ),
    C("defenders_injured_in_training", "Two defenders were injured in training this week, the manager said.", ()),
    C(
        "players_hurt_when_the_stand_collapsed",
        "Two players were injured when a stand collapsed before the match.",
        (exact("injured", 2),),
    ),
    C(
        "players_hurt_by_lightning_in_training",
        "Three players were injured when lightning struck during training.",
        (exact("injured", 3),),
    ),
    # bb. people a firm's decision touches are not affected by an event
    C("closures_affecting_staff", "The chain will shut 9 branches next year, affecting 250 staff.", ()),
    # cc. hurt in their pockets: no injury (unless an event hurt them)
    C("fraud_hurt_investors", "The court heard that the fraud hurt 300 investors in the town.", ()),
    C("tax_rise_hurt_pensioners", "The tax rise hurt 2 million pensioners, the opposition said.", ()),
    C(
        "investors_hurt_when_the_balcony_collapsed",
        "Five investors were hurt when the balcony collapsed.",
        (exact("injured", 5),),
    ),
    # dd. office-holders a vote or a merger moves are not displaced
    C("merger_displaced_directors", "The takeover displaced 5 directors from the board.", ()),
    C("reshuffle_displaced_ministers", "The reshuffle displaced four ministers and two deputies.", ()),
    # ee. a toll's copula with its number ending the sentence; "number" as the toll's verb, not a label
    C("the_dead_numbered_at_the_end", "The dead numbered 40.", (exact("killed", 40),)),
    C("those_killed_numbered", "Those killed in the raid numbered 23.", (exact("killed", 23),)),
    C(
        "displaced_now_number",
        "Those displaced by the floods now number more than 45,000.",
        (more_than("displaced", 45000),),
    ),
    C("flight_number_still_a_label", "He boarded flight number 17 in Lagos on Friday.", ()),
    # ff. one person of an age: "a widow of 70" is her age, no count (h53's finding)
    C(
        "a_widow_of_70_is_an_age",
        "On Sunday a retired teacher, a widow of 70, was reportedly stabbed.",
        (exact("injured", 1),),
    ),
    C("a_family_of_five_still_a_count", "A family of five was killed when the roof fell in.", (exact("killed", 5),)),
    C(
        "the_widow_of_one_man_still_a_count",
        "The widow of one man shot dead spoke to reporters.",
        (exact("killed", 1),),
    ),
    # gg. one person named as a part: its noun among up to three words; inside a subject's aside too
    C(
        "including_a_pregnant_woman_object",
        "Gunmen killed nine villagers, including a pregnant woman.",
        (exact("killed", 9), exact("killed", 1, is_part=True)),
    ),
    C(
        "among_them_a_pregnant_woman_subject",
        "Nine civilians, among them a pregnant woman, were shot dead.",
        (exact("killed", 9), exact("killed", 1, is_part=True)),
    ),
    C(
        "including_a_child_subject",
        "At least five people, including a child, have died in the cold.",
        (at_least("killed", 5), exact("killed", 1, is_part=True)),
    ),
    C(
        "including_a_new_record_no_part",
        "The storm killed 12 people, including a new record for the month.",
        (exact("killed", 12),),
    ),
    # hh. after the seventh blind probe (its classes, my sentences): deaths without a hand; a season's toll
    C("children_suffocated", "Five toddlers suffocated when smoke filled the nursery.", (exact("killed", 5),)),
    C(
        "the_drowning_of_migrants",
        "The drowning of 31 migrants off the cape shocked the country.",
        (exact("killed", 31),),
    ),
    C(
        "toll_this_winter",
        "The cold killed 4 more, taking the death toll this winter to 58.",
        (exact("killed", 4), exact("killed", 58, cumulative=True)),
    ),
    C("fish_suffocated_no_row", "Thousands of fish suffocated in the warm lake.", ()),
)

# ---------------------------------------------------------------------------
# Session 14 (lead), after the seventh blind probe's remaining classes, each with sentences of my own:
# a state said of people before their noun and then what happened to them; limbs lost; an ordinal
# anaphor after a clause; an evacuation order that remains in place; a label line after a count.
CASES_STATES_AND_LABELS: tuple[Case, ...] = (
    # a. "N <state> <people> <verb>": the verb says what happened to them, the state describes them
    C("injured_climbers_died", "Two injured climbers died in hospital on Sunday.", (exact("killed", 2),)),
    C("badly_wounded_died", "Five badly wounded soldiers died before they reached the clinic.", (exact("killed", 5),)),
    C(
        "homeless_found_dead",
        "Four homeless people were found dead under a bridge after the frost.",
        (exact("killed", 4),),
    ),
    C(
        "homeless_brothers_killed",
        "Two homeless brothers were killed when the shelter caught fire.",
        (exact("killed", 2),),
    ),
    C("missing_fishermen_found_dead", "Two missing fishermen were found dead on the shore.", (exact("killed", 2),)),
    C("injured_taken_to_hospital", "Twelve injured people were taken to hospital.", (exact("injured", 12),)),
    C(
        "state_of_the_count_then_part",  # near miss: the state is said of the count, a clause follows
        "The attack left 12 injured, and three of them died.",
        (exact("injured", 12), exact("killed", 3)),
    ),
    # b. a limb or an eye lost: injured
    C("lost_their_legs", "Two farmers lost their legs when the mine exploded.", (exact("injured", 2),)),
    C(
        "killed_and_another_lost_a_leg",
        "Two deminers were killed and another lost a leg in the blast.",
        (exact("killed", 2), exact("injured", 1)),
    ),
    C("had_legs_amputated", "Four villagers had their legs amputated after the blast.", (exact("injured", 4),)),
    C("relay_lost_a_leg_no_row", "The relay team lost a leg of the race by two seconds.", ()),
    # c. an ordinal for one more person after a clause
    C(
        "a_third_after_when_clause",
        "Two rangers were killed when their vehicle was engulfed by flames, and a third was seriously injured.",
        (exact("killed", 2), exact("injured", 1)),
    ),
    C(
        "a_fourth_missing",
        "Three miners died when the shaft flooded, and a fourth is missing.",
        (exact("killed", 3), exact("missing", 1)),
    ),
    # d. an evacuation order that remains in place
    C(
        "orders_remain_in_place",
        "Evacuation orders remain in place for about 9,000 residents of the valley.",
        (about("evacuated", 9000, has_modality=True),),
    ),
    C("orders_remain_for_villages_no_row", "Evacuation orders remained in place for 12 villages.", ()),
    # e. a label line after a count is not the count's noun
    C(
        "label_then_places_label",
        "Overview\nPeople affected: 96,500\nSchools damaged: 40",
        (exact("affected", 96500),),
    ),
    C("count_of_camps_wrapped_no_row", "Families were moved to 21\ncamps near the border.", ()),
    # f. after the eighth blind probe (its classes, my sentences): people lost to violence or a hazard
    C(
        "lost_residents_to_banditry",
        "The district has lost 85 residents to banditry since January.",
        (exact("killed", 85),),
    ),
    C("lost_children_to_malaria", "We lost three children to malaria in one month.", (exact("killed", 3),)),
    C("lost_players_to_injuries_no_row", "The club lost 12 players to injuries this season.", ()),
    # g. a toll's phrase with a decimal magnitude in it
    C(
        "toll_from_magnitude_quake",
        "The death toll from Friday's magnitude 5.9 quake in the hills rose to 88 on Sunday.",
        (exact("killed", 88, cumulative=True),),
    ),
    # h. customers are people a gunman kills; still no "affected" count of utility accounts
    C("killed_customers", "Gunmen killed four customers at a petrol station.", (exact("killed", 4),)),
    C("customers_affected_no_row", "The storm affected 200,000 customers.", ()),
    # i. bodies of people who had been missing: killed, not missing
    C(
        "bodies_of_the_missing",
        "Rescuers recovered the bodies of two boys who had been missing since Friday.",
        (exact("killed", 2),),
    ),
    C(
        "killed_who_had_been_wounded",
        "The strike killed 4 soldiers who had been wounded in an earlier ambush.",
        (exact("killed", 4),),
    ),
    # j. a film, a novel or a documentary; a half of a match
    C("documentary_recounts_no_row", "The documentary recounts 14 unsolved murders from the 1980s.", ()),
    C("novel_begins_with_no_row", "The novel begins with the killing of 4 brothers on a farm.", ()),
    C("movie_body_count_no_row", "The movie's body count of 90 is a record.", ()),
    C("injuries_in_first_half_no_row", "The visitors suffered 3 injuries in the first half.", ()),
    # k. "among those <participle>" is a toll of that participle's kind
    C(
        "among_those_detained_list",
        "Among those detained were three students and a local councillor.",
        (exact("arrested", 4), exact("arrested", 3, **PART), exact("arrested", 1, **PART)),
    ),
    C("among_the_detained", "Among the detained were 12 students.", (exact("arrested", 12),)),
    C("among_those_invited_no_row", "Among those invited were three ministers.", ()),
    # l. a name, its age and its occupation are one member of a list
    C(
        "name_age_occupation_one_member",
        "Among the dead were Amal Reyes, 41, a nurse, and her three daughters.",
        (exact("killed", 4), exact("killed", 1, **PART), exact("killed", 3, **PART)),
    ),
    C(
        "object_name_age_occupation",
        "The gunmen killed Omar Said, 52, a farmer, and his two sons.",
        (exact("killed", 3), exact("killed", 1, **PART), exact("killed", 2, **PART)),
    ),
    # m. people a search looks for, "missing" after their noun: no verb "miss"
    C(
        "searching_for_crew_missing_after",
        "Divers were still searching for 9 crew members missing after the trawler capsized.",
        (exact("missing", 9),),
    ),
    C("shots_missing_them_no_row", "The gunman opened fire on six diners, missing all of them.", ()),
    # n. an evacuation "for" its people, an order's participle of covering (h57's extraction misses, my sentences)
    C(
        "ordered_evacuation_for",
        "Officials ordered an evacuation for some 2,500 people.",
        (about("evacuated", 2500),),
    ),
    C(
        "orders_issued_covering",
        "Evacuation orders were issued on Monday, covering about 4,000 people.",
        (about("evacuated", 4000, has_modality=True),),
    ),
    C("orders_covering_districts_no_row", "Evacuation orders were issued on Monday, covering 12 districts.", ()),
    # o. one person after a noun of kidnapping
    C(
        "abduction_of_a_businessman",
        "Police arrested 5 men over the abduction of a businessman.",
        (exact("arrested", 5), exact("kidnapped", 1)),
    ),
    C("anniversary_of_abduction_no_row", "Villagers marked the anniversary of the abduction of a teacher.", ()),
    # p. a past year told in the figure's clause: another event (a row marked other_event)
    C(
        "killed_in_attack_last_year",
        "Gunmen killed the district chief on Monday. Five soldiers were killed in a similar attack last year.",
        (exact("killed", 1), exact("killed", 5, **OTHER_EVENT)),
    ),
    C(
        "wounded_three_years_ago",
        "Two soldiers were wounded in a raid three years ago.",
        (exact("injured", 2, **OTHER_EVENT),),
    ),
    C(
        "deadliest_since_last_year_is_this_event",
        "Five soldiers were killed in the deadliest attack since last year.",
        (exact("killed", 5, has_modality=False),),
    ),
    C(
        "up_from_last_year_is_this_event",
        "Floods killed 40 people this year, up from 12 last year.",
        (exact("killed", 40, has_modality=False),),
    ),
    # q. after the ninth blind probe (h63; its classes, my sentences): a camp's shelters are dwellings
    C("shelters_partially_damaged", "Around 500 shelters were partially damaged.", (about("houses_damaged", 500),)),
    C("fire_destroyed_shelters", "Fire destroyed 300 shelters in the camp.", (exact("houses_destroyed", 300),)),
    C("moved_to_shelters_no_row", "Families were moved to 21 shelters.", ()),
    C("opened_emergency_shelters_no_row", "The city opened 32 emergency shelters.", ()),
    # r. harm verbs in -ing after a clause; a soldier's death in an army's words
    C(
        "capsized_drowning",
        "The canoe capsized, drowning 17 people, including 8 children.",
        (exact("killed", 17), exact("killed", 8, **PART)),
    ),
    C("drowning_deaths_noun", "There were at least four drowning deaths.", (at_least("killed", 4),)),
    C("sweeping_away_houses", "The river burst its banks, sweeping away 40 houses.", (exact("houses_destroyed", 40),)),
    C("fell_in_combat", "Five soldiers fell in combat near the border.", (exact("killed", 5),)),
    # s. idioms and fiction: lives nobody took, a performer's flop, a sequel's body count
    C("cats_nine_lives_no_row", "Cats have 9 lives.", ()),
    C("storm_claimed_lives", "The storm claimed 12 lives.", (exact("killed", 12),)),
    C("died_on_stage_no_row", "The comedian died on stage at the theatre.", ()),
    C("sequel_body_count_no_row", "The horror sequel's body count of 27 is the highest in the franchise.", ()),
    # t. feared drowned; some of a counted toll "among the 13 (people) killed"
    C(
        "feared_drowned",
        "Twelve fishermen are feared drowned after the storm.",
        (exact("killed", 12, has_modality=True),),
    ),
    C(
        "among_the_13_killed",
        "Two firefighters were among the 13 killed.",
        (exact("killed", 2, **PART), exact("killed", 13)),
    ),
    C(
        "among_the_40_people_injured",
        "Two nurses were among the 40 people injured.",
        (exact("injured", 2, **PART), exact("injured", 40)),
    ),
    C("among_the_40_invited_no_row", "Two nurses were among the 40 invited.", ()),
    # u. a performer who "killed" on stage; a film "about" its people
    C("comedian_killed_for_an_hour_no_row", "The comic killed for an hour at the Lyric on Saturday.", ()),
    C("band_killed_it_no_row", "The band killed it in front of 40,000 fans.", ()),
    C("comedian_was_killed", "A comedian was killed in a car crash on Friday.", (exact("killed", 1),)),
    C("film_about_soldiers_no_row", "The film, about 4 nurses who died at the front, opens on Friday.", ()),
    # v. trailers are dwellings; a clause of its own after ", and"
    C(
        "homes_and_trailers",
        "The storm destroyed two homes and 30 trailers.",
        (exact("houses_destroyed", 32), exact("houses_destroyed", 2, **PART), exact("houses_destroyed", 30, **PART)),
    ),
    C(
        "killed_then_among_the_dead",
        "The blast killed 50 people, and 12 schoolchildren were among the dead.",
        (exact("killed", 50), exact("killed", 12, **PART)),
    ),
    # w. a longer time clause before ", including" (up to six words after its preposition)
    C(
        "since_clause_then_including",
        "Rights groups said 143 people had been killed since the crackdown began in September, including 21 children.",
        (exact("killed", 143), exact("killed", 21, **PART)),
    ),
    # x. a threat or a preparation carried through "and" to a second verb (MODAL_CHAIN held "prepar..." and
    # "threaten..." inside a comment of its verbose pattern, found by h58)
    C("threatened_to_burn_and_kill_no_row", "The gang threatened to burn the market and kill 20 traders.", ()),
    C(
        "preparing_to_close_and_evacuate_no_row",
        "Authorities are preparing to close the schools and evacuate 8,000 residents.",
        (),
    ),
    # y. a couple described by an adjective is two people, as "a couple" is
    C("killed_an_elderly_couple", "A landslide killed an elderly couple in their home.", (exact("killed", 2),)),
    C("young_couple_died", "A young couple died in the fire.", (exact("killed", 2),)),
    C("couple_of_houses_vague", "A couple of houses were damaged.", (vague("houses_damaged"),)),
    # z. a second count that leaves out the death verb before a place of care; "N others" adds, no breakdown
    C(
        "died_at_scene_and_more_in_hospital",
        "Police said 4 people died at the scene and three more in hospital.",
        (exact("killed", 7), exact("killed", 4, **PART), exact("killed", 3, **PART)),
    ),
    C(
        "killed_at_market_and_others_in_mosque",
        "Five people were killed at the market and two others in the mosque.",
        (exact("killed", 7), exact("killed", 5, **PART), exact("killed", 2, **PART)),
    ),
    C(
        "dead_and_more_in_hospital_is_injured",
        "Four dead and three more in hospital.",
        (exact("killed", 4), exact("injured", 3)),
    ),
    # aa. a count after a preposition is that preposition's object, no coordinated subject of the next clause
    C("confirmed_in_then_others_died", "Cholera was confirmed in 40 people, and 3 others died.", (exact("killed", 3),)),
    C(
        "resulted_in_list_still_a_subject",
        "The storm resulted in one teacher and eight children being injured.",
        (exact("injured", 9), exact("injured", 1, **PART), exact("injured", 8, **PART)),
    ),
    # bb. a sum the sentence tells as a count of its own is not added again
    C(
        "sum_told_after_semicolon",
        "Five soldiers and 7 civilians were killed; 12 people died in all.",
        (exact("killed", 12), exact("killed", 5, **PART), exact("killed", 7, **PART)),
    ),
    C(
        "places_then_running_total",
        "The quake killed 1,120 people in Velia and 86 in neighbouring Ostrava, bringing the total to 1,206.",
        (exact("killed", 1206, cumulative=True), exact("killed", 1120, **PART), exact("killed", 86, **PART)),
    ),
    # cc. careers and hopes are killed in another sense; a player "missing with flu" is unavailable
    C("killed_careers_no_row", "The scandal killed 3 careers.", ()),
    C("players_missing_with_flu_no_row", "Three players are missing with flu.", ()),
    C("hikers_missing_with_little_food", "Three hikers are missing with little food or water.", (exact("missing", 3),)),
    # dd. people still held by their captors
    C("remain_in_captivity", "About 40 people remain in captivity.", (about("kidnapped", 40),)),
    C("tigers_in_captivity_no_row", "The zoo keeps 12 tigers in captivity.", ()),
    C(
        "fans_injured_second_half_collapse",
        "Four fans were injured in the second half when a barrier collapsed.",
        (exact("injured", 4),),
    ),
)

TABLES: dict[str, tuple[Case, ...]] = {
    "evacuation_orders": CASES_EVACUATION_ORDERS,
    "shelter_transfer": CASES_SHELTER_TRANSFER,
    "relative_asides": CASES_RELATIVE_ASIDES,
    "bare_ages": CASES_BARE_AGES,
    "everyday_news": CASES_EVERYDAY_NEWS,
    "additive_aside": CASES_ADDITIVE_ASIDE,
    "second_act": CASES_SECOND_ACT,
    "harm_verbs": CASES_HARM_VERBS,
    "titled_names": CASES_TITLED_NAMES,
    "fronted_subject": CASES_FRONTED_SUBJECT,
    "reflexive_deaths": CASES_REFLEXIVE_DEATHS,
    "definite_object": CASES_DEFINITE_OBJECT,
    "the_other": CASES_THE_OTHER,
    "pronoun_subject": CASES_PRONOUN_SUBJECT,
    "deaths_of_the_n": CASES_DEATHS_OF_THE_N,
    "noaa_care_and_pairs": CASES_NOAA_CARE_AND_PAIRS,
    "pairs_and_breakdowns": CASES_PAIRS_AND_BREAKDOWNS,
    "labels_and_totals": CASES_LABELS_AND_TOTALS,
    "other_genres": CASES_OTHER_GENRES,
    "idioms_and_labels": CASES_IDIOMS_AND_LABELS,
    "things_harmed": CASES_THINGS_HARMED,
    "unseen_classes": CASES_UNSEEN_CLASSES,
    "phrases_and_shares": CASES_PHRASES_AND_SHARES,
    "states_and_labels": CASES_STATES_AND_LABELS,
    "basic": CASES_BASIC,
    "numbers": CASES_NUMBERS,
    "no_figure": CASES_NO_FIGURE,
    "gold": CASES_GOLD,
    "implicit": CASES_IMPLICIT,
    "movements": CASES_MOVEMENTS,
    "bugs_dev": CASES_BUGS_CAUGHT_DEV,
    "places": CASES_PLACES,
    "shared": CASES_SHARED,
    "cumulative": CASES_CUMULATIVE,
    "negation": CASES_NEGATION,
    "subsets": CASES_SUBSETS,
    "households": CASES_HOUSEHOLDS,
    "sources": CASES_SOURCES,
    "bugs_caught": CASES_BUGS_CAUGHT,
    "audit": CASES_AUDIT,
}

# Ids of cases expected to fail for a documented reason (xfail strict); say why
# next to each id.
# Known gaps of the extractor (strict xfail: fixing one makes its test fail until
# it is taken off this list). Grouped by cause in the closing notes of issues 3 and 5:
# subset groups in parentheses, households in parentheses, "said"-sources after the
# figure, split triggers ("took 14 aid workers hostage"), participles used as
# adjectives ("12 displaced Iraqis ... have been killed"), shared head nouns
# ("damaged another 900").
KNOWN_GAPS: set[str] = {
    # issue 15 (h42): a plural of things one typing slip from a person noun is taken for people
    "things_harmed:gap_reactors_read_as_rectors_nm",
    "bugs_caught:infobox_list_after_total",
    "cumulative:wad_7008_a_further_and_subset",
    "gold:idmc_1_pdf_ligatures_lost",
    "gold:wad_501_no_fewer_than_mile_12",
    "implicit:one_of_the_injured",
    "shared:wad_5884_kidnapped_and_killed_then_toll",
    "subsets:idmc_34_of_the_remained_displaced",
    "subsets:wad_3383_killing_themselves_and_five",
    # session 8: classes of issue 15 read from GTD/NOAA misses, not built yet (tests/cases.py, h24 tables)
    "harm_verbs:mob_beat_three",
    "harm_verbs:struck_by_lightning_survived",
    "harm_verbs:branch_struck_a_jogger",
    "fronted_subject:date_header_time_name_appositive",
    "definite_object:killing_him_and_wounding_his_driver",
    "pronoun_subject:pulled_from_river_he_was_treated",
    "pronoun_subject:trapped_she_suffered_a_broken_arm",
    "deaths_of_the_n:aside_from_the_deaths_of_the_three",
    "noaa_care_and_pairs:taken_to_st_lukes_for_treatment",
    # issue 15 classes 9 and 2 (h29): limits of label_list and running_total, said next to the cases
    "labels_and_totals:total_in_the_next_sentence",
    "labels_and_totals:label_names_with_ages_nm",
    "bugs_caught:deaths_in_a_trial_of_no_figure",
    # session 11 (h41): the chunker reads "had grown" as a light verb and a noun phrase
    "evacuation_orders:orders_had_grown_to_cover",
}
