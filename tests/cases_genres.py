"""Genres not in the dev sets: invented sentences -> expected rows (issue 15).

Written by a helper (session 9) to measure the extractor on text it was not tuned on: OCHA/ReliefWeb
flash updates and situation reports, IOM DTM / UNHCR displacement updates, ACLED-style event notes,
police and court news, earthquake and volcano bulletins, government agency press releases, NGO press
releases and transport accidents, then class probes (other wording for each failure class found); and a
second probe by another helper, written blind, of ten more genres (below ``_GENRES``).
Every sentence was written for this table (places, names and numbers invented); expected rows come
from reading the sentence and SPEC, never from the extractor's output. Cases whose expectation SPEC
does not settle and that the extractor reads otherwise are left out (``DEBATABLE`` and ``DEBATABLE_2`` list
them all);
the ones it does not read yet are strict xfails (``GENRE_KNOWN_GAPS``), so fixing one is noticed.
A rate is kept with ``modality = "rate"`` (docs/table.md), so those cases expect the marked row.
"""

from __future__ import annotations

from typing import Any

from cases import OTHER_EVENT, C, Case, about, at_least, between, exact, more_than, vague

PART: dict[str, Any] = {"is_part": True}
WHOLE: dict[str, Any] = {"is_part": False}
HOUSEHOLDS: dict[str, Any] = {"unit": "households"}
FAMILIES: dict[str, Any] = {"unit": "families"}
NEG: dict[str, Any] = {"negated": True}

# ---------------------------------------------------------------------------
# OCHA / ReliefWeb flash updates and situation reports.
CASES_GENRE_OCHA: tuple[Case, ...] = (
    C(
        "ocha_floods_killed_injured_since",
        "Since 3 May, heavy rains and flash floods in Tarvel and Oshun provinces have killed at least 46 people and"
        " injured 112, according to local authorities.",
        (at_least("killed", 46), exact("injured", 112)),
    ),
    C(
        "ocha_partners_report_estimated_displaced",
        "Partners report that an estimated 18,400 people have been displaced across 27 sites in Ruvaki district.",
        (about("displaced", 18400),),
    ),
    C(
        "ocha_households_people_houses_shared_noun",
        "Some 3,150 households (approximately 18,900 people) have been affected by the floods, with 640 houses"
        " destroyed and 1,870 partially damaged.",
        (
            about("affected", 3150, **HOUSEHOLDS),
            about("affected", 18900, unit="people"),
            exact("houses_destroyed", 640),
            exact("houses_damaged", 1870),
        ),
    ),
    C(
        "ocha_aid_workers_bringing_total_for_year",
        "Twelve aid workers have been killed in the country since January, bringing the total for the year to 19.",
        (exact("killed", 12), exact("killed", 19)),
    ),
    C(
        "ocha_cholera_cases_including_deaths",
        # debatable: suspected cases are no category of the SPEC; the deaths are
        "Cholera: 1,204 suspected cases, including 31 associated deaths, have been reported in Kanda camp since the"
        " outbreak began.",
        (exact("killed", 31),),
    ),
    C(
        "ocha_range_forced_to_flee",
        "Between 14 and 16 June, armed clashes in Malo village forced an estimated 2,000 to 2,500 people to flee"
        " towards Kessa town.",
        (between("displaced", 2000, 2500),),
    ),
    C(
        "ocha_of_the_who_fled_returned",
        "Of the 9,600 people who fled, about 4,100 have since returned, while the rest remain in host communities.",
        (exact("displaced", 9600),),
    ),
    C(
        "ocha_toll_risen_up_from_previous",
        "The number of people in displacement sites in Bora has risen to 61,300, up from 54,800 at the end of March.",
        (exact("displaced", 61300),),
    ),
    C(
        "ocha_flash_update_headline_list",
        "Flash Update No. 3: 7 dead, 22 injured and 5 missing after a landslide hit Kiberu village on 9 October.",
        (exact("killed", 7), exact("injured", 22), exact("missing", 5)),
    ),
    C(
        "ocha_percent_of_the_n_displaced",
        # debatable: the denominator states how many are displaced (as "Of the 256,000 people displaced")
        "Nearly 40 per cent of the 212,000 displaced people in the province are children under five.",
        (exact("displaced", 212000),),
    ),
    C(
        "ocha_among_them_reportedly",
        "In Hasir sub-district, 26 civilians, among them nine children, were reportedly killed by shelling between"
        " 1 and 7 August.",
        (exact("killed", 26, **WHOLE), exact("killed", 9, **PART)),
    ),
    C(
        "ocha_newly_displaced_cumulative",
        "An additional 5,400 individuals were registered as newly displaced last week, bringing the cumulative"
        " figure since January to 88,700.",
        (exact("displaced", 5400), exact("displaced", 88700)),
    ),
    C(
        "ocha_injuries_among_n_people",
        "Injuries were reported among 17 people, most of them women, when a crowd surged at a food distribution"
        " site in Wadi Samra.",
        (exact("injured", 17),),
    ),
    # near misses
    C(
        "ocha_nm_response_plan_money_assist",
        "The 2025 Humanitarian Response Plan seeks US$312 million to assist 1.4 million people.",
        (),
    ),
    C(
        "ocha_nm_prepositioned_could_be_displaced",
        "Authorities have prepositioned supplies for up to 25,000 people who could be displaced if the Ruvaki dam"
        " overflows.",
        (),
    ),
    C(
        "ocha_nm_facilities_schools_water_point",
        "Three health facilities and 14 schools were damaged, and one water point was destroyed.",
        (),
    ),
    C(
        "ocha_nm_food_to_people_in_affected_areas",
        "WFP distributed food rations to 45,000 people in the affected areas.",
        (),
    ),
    # second round: harder constructions and near misses
    C(
        "ocha_casualties_parenthesis_breakdown",
        "Shelling of residential areas in Kessa caused 37 civilian casualties (12 killed and 25 injured) on 3 and 4"
        " March.",
        (exact("casualties", 37), exact("killed", 12), exact("injured", 25)),
    ),
    C(
        "ocha_affected_of_whom_displaced",
        "The floods have affected over 120,000 people in 14 districts, of whom some 30,000 have been displaced.",
        (more_than("affected", 120000), about("displaced", 30000)),
    ),
    C(
        "ocha_destroying_or_damaging_shelters",
        "Strong winds swept through the Bora sites on Sunday, destroying or damaging about 1,200 shelters.",
        # "destroyed or damaged N homes" gives both rows (tests/cases.py, rule damaged_or_destroyed)
        (about("houses_destroyed", 1200), about("houses_damaged", 1200)),
    ),
    C(
        "ocha_unknown_number_killed",
        "An unknown number of civilians were killed when the market in Tamar was hit, local sources said.",
        (vague("killed"),),
    ),
    C(
        "ocha_nm_people_in_need",
        # debatable: people in need of assistance are a planning figure, not a count of victims
        "Some 2.3 million people will need humanitarian assistance in 2026, the needs overview estimates.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# IOM DTM / UNHCR displacement updates (households, individuals, IDPs, returnees).
CASES_GENRE_DTM: tuple[Case, ...] = (
    C(
        "dtm_households_individuals_displaced_by",
        "DTM teams tracked 4,215 households (21,870 individuals) displaced by the fighting in Kessa and Lower Mbeli"
        " between 2 and 9 March.",
        (exact("displaced", 4215, **HOUSEHOLDS), exact("displaced", 21870, unit="people")),
    ),
    C(
        "dtm_idps_and_returnees_identified",
        "As of 30 April, 1,312,000 IDPs and 403,000 returnees were identified across the four northern provinces.",
        (exact("displaced", 1312000),),
    ),
    C(
        "dtm_over_the_reporting_period_arrivals",
        # "Over" is the period's, not the number's: exact
        "Over the reporting period, 3,410 new arrivals were recorded at the Zalem border point, 62 per cent of whom"
        " were women and children.",
        (exact("displaced", 3410),),
    ),
    C(
        "dtm_site_hosts_individuals_who_fled",
        "The site hosts 7,900 individuals, the majority of whom fled attacks on villages around Dobo in late 2023.",
        (exact("displaced", 7900),),
    ),
    C(
        "dtm_unhcr_registered_bringing_to",
        "UNHCR registered 2,640 refugees from Varnholt in the first week of June, bringing to 31,500 the number who"
        " have crossed since the crisis began.",
        (exact("displaced", 2640), exact("displaced", 31500)),
    ),
    C(
        "dtm_range_estimated_to_have_been",
        "Between 9,000 and 11,000 people are estimated to have been displaced by the floods along the Sarn river.",
        (between("displaced", 9000, 11000),),
    ),
    C(
        "dtm_households_whose_shelters_destroyed",
        # debatable: the households are also displaced (staying with relatives); no number for that reading
        "Some 480 households whose shelters were destroyed by fire in Camp 9 are staying with relatives in"
        " neighbouring blocks.",
        (about("houses_destroyed", 480, **HOUSEHOLDS),),
    ),
    C(
        "dtm_remain_displaced_down_from",
        "In total, 27,300 people remain displaced in 41 collective centres, down from 33,000 in January.",
        (exact("displaced", 27300),),
    ),
    C(
        "dtm_relocated_refugees",
        "UNHCR relocated 1,150 refugees from the border area to the new Kiyanja settlement this week.",
        (exact("displaced", 1150),),
    ),
    C(
        "dtm_label_list_by_place",
        "Displacement figures: Kessa 12,400; Dobo 8,150; Lower Mbeli 3,020.",
        (exact("displaced", 12400), exact("displaced", 8150), exact("displaced", 3020)),
    ),
    C(
        "dtm_another_arrived_camp_now_hosts",
        "Another 4,600 refugees arrived from Varnholt in two days, and the camp now hosts some 92,000 refugees.",
        (exact("displaced", 4600), about("displaced", 92000)),
    ),
    C(
        "dtm_labels_returns_new_displacements",
        "Returns: 14,800 individuals; new displacements: 6,050 individuals.",
        (exact("displaced", 6050),),
    ),
    C(
        "dtm_pre_emptively_evacuated",
        "An estimated 36,000 people were pre-emptively evacuated from low-lying coastal areas before the cyclone"
        " made landfall.",
        (about("evacuated", 36000),),
    ),
    # near misses
    C(
        "dtm_nm_families_returned",
        "Roughly 650 families returned to their villages of origin in Tafo after the ceasefire.",
        (),
    ),
    C(
        "dtm_nm_survey_sample",
        "A flow monitoring survey of 1,200 travellers found that 14 per cent had been displaced more than once.",
        (),
    ),
    C("dtm_nm_household_size", "Displaced households average 6.2 persons per household.", ()),
    C(
        "dtm_nm_households_surveyed_intend_to_return",
        # debatable: a survey sample, as "The 12 households surveyed" in tests/cases.py
        "Nearly half of the 2,300 displaced households surveyed said they intended to return within six months.",
        (),
    ),
    # second round
    C(
        "dtm_individuals_in_households",
        "Flooding in Sarn displaced 7,210 individuals in 1,430 households, most of whom are sheltering in schools.",
        (exact("displaced", 7210), exact("displaced", 1430, **HOUSEHOLDS)),
    ),
    C(
        "dtm_sought_refuge_with_host_families",
        "About 2,900 people sought refuge with host families in Tafo after militia attacks on their villages.",
        (about("displaced", 2900),),
    ),
    C(
        "dtm_fled_across_the_border",
        "Since Monday, more than 6,000 people have fled across the border into Varnholt, UNHCR said.",
        (more_than("displaced", 6000),),
    ),
    C(
        "dtm_secondarily_displaced",
        "Some 1,800 IDPs in Kessa were displaced for a second time when the fighting reached the camp.",
        (about("displaced", 1800),),
    ),
    C(
        "dtm_nm_returned_home_household_count",
        "In March, 2,450 households returned home to Dobo, while 300 more registered for return.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# ACLED-style terse conflict-event notes.
CASES_GENRE_ACLED: tuple[Case, ...] = (
    C(
        "acled_killing_abducting_others",
        "On 14 February 2025, unidentified gunmen attacked a bus near Kumbe (Tarvel), killing 6 passengers and"
        " abducting 3 others.",
        (exact("killed", 6), exact("kidnapped", 3)),
    ),
    C(
        "acled_bare_n_fatalities",
        "On 3 March 2025, military forces clashed with militia near Dobo. 11 fatalities.",
        (exact("killed", 11),),
    ),
    C(
        "acled_fatalities_label_breakdown",
        "On 21 May 2025, an IED struck a patrol on the Sorra-Kessa road. Fatalities: 4 (3 soldiers, 1 civilian).",
        (exact("killed", 4, **WHOLE), exact("killed", 3, **PART), exact("killed", 1, **PART)),
    ),
    C(
        "acled_police_arrested_bare",
        "On 5 June 2025, protesters demonstrated in front of the governor's office in Bora over fuel prices."
        " Police arrested 17.",
        (exact("arrested", 17),),
    ),
    C(
        "acled_chief_and_two_sons_abducted",
        "On 2 July 2025, militia abducted a village chief and his two sons in Hasir.",
        (exact("kidnapped", 3, **WHOLE), exact("kidnapped", 1, **PART), exact("kidnapped", 2, **PART)),
    ),
    C(
        "acled_reportedly_killing_between",
        "On 11 July 2025, a drone strike hit a wedding party in Tamar village, reportedly killing between 12 and 15"
        " civilians.",
        (between("killed", 12, 15),),
    ),
    C(
        "acled_body_of_a_man_found",
        "On 18 July 2025, the body of a man with gunshot wounds was found near the Kessa market.",
        (exact("killed", 1),),
    ),
    C(
        "acled_soldier_shot_dead_by_colleague",
        "On 27 July 2025, a soldier was shot dead by a colleague at the Sorra barracks.",
        (exact("killed", 1),),
    ),
    C(
        "acled_residents_lynched_two",
        "On 4 August 2025, residents lynched two suspected thieves in Kiberu.",
        (exact("killed", 2),),
    ),
    C(
        "acled_left_n_dead_on_both_sides",
        "On 6 August 2025, clashes between two communal militias in Wadi Samra left 9 dead on both sides.",
        (exact("killed", 9),),
    ),
    C(
        "acled_woman_and_her_daughter_killed",
        "On 8 August 2025, armed forces shelled Hasir; a woman and her daughter were killed.",
        (exact("killed", 2, **WHOLE), exact("killed", 1, **PART), exact("killed", 1, **PART)),
    ),
    C(
        "acled_wounded_of_whom_died_later",
        # debatable: the two who died are among the five wounded; a new killed figure all the same
        "On 12 August 2025, 3 soldiers were killed and 5 wounded when their vehicle hit a landmine; the army later"
        " said 2 of the wounded had died.",
        (exact("killed", 3), exact("injured", 5), exact("killed", 2)),
    ),
    C(
        "acled_two_sources_two_tolls",
        "On 15 August 2025, 12 people were killed in a raid on Gidan Tsoho, according to local sources; government"
        " sources put the toll at 5.",
        (exact("killed", 12), exact("killed", 5)),
    ),
    # near misses (a stated zero is a row)
    C(
        "acled_nm_protesters_no_injuries",
        "On 9 June 2025, around 300 protesters gathered in Bora; no injuries were reported.",
        (exact("injured", 0, **NEG),),
    ),
    C(
        "acled_nm_seized_fatalities_unknown",
        "On 20 July 2025, rebels seized control of Malo after clashes with the army; fatalities unknown.",
        (),
    ),
    C(
        "acled_nm_armed_men_no_fatalities",
        "On 25 July 2025, 40 armed men on motorbikes raided Gidan Tsoho and stole cattle. No fatalities reported.",
        (exact("killed", 0, **NEG),),
    ),
    C(
        "acled_nm_police_deployed",
        "On 1 August 2025, police deployed 250 officers to the Bora stadium ahead of an opposition rally.",
        (),
    ),
    # second round
    C(
        "acled_security_forces_killed_militants",
        "On 19 August 2025, security forces killed 4 suspected militants during a raid on a hideout near Sorra.",
        (exact("killed", 4),),
    ),
    C(
        "acled_abducted_women_later_released",
        "On 21 August 2025, gunmen abducted 7 women from a farm near Hasir; 3 were released the following day.",
        (exact("kidnapped", 7),),
    ),
    C(
        "acled_killing_the_driver_and_passengers",
        "On 23 August 2025, militants ambushed a truck on the Dobo road, killing the driver and three passengers.",
        (exact("killed", 4, **WHOLE), exact("killed", 1, **PART), exact("killed", 3, **PART)),
    ),
    C(
        "acled_terse_n_killed_n_injured",
        "On 25 August 2025, mortar fire hit Kessa market; 5 killed, 18 injured.",
        (exact("killed", 5), exact("injured", 18)),
    ),
    C(
        "acled_nm_fatalities_zero",
        # debatable: a stated zero in a field; patterns.md says a stated zero is negated ("Fatalities: None")
        "On 28 August 2025, demonstrators blocked the Bora-Sorra highway. Fatalities: 0.",
        (exact("killed", 0, **NEG),),
    ),
)

# ---------------------------------------------------------------------------
# Police and court news.
CASES_GENRE_POLICE: tuple[Case, ...] = (
    C(
        "police_charged_after_woman_found_dead",
        "A 34-year-old man has been charged with murder after a woman was found dead at a flat in Elmbury on Saturday.",
        (exact("killed", 1),),
    ),
    C(
        "police_teenagers_arrested_man_stabbed",
        "Two teenagers, aged 15 and 16, were arrested on suspicion of attempted murder after a man was stabbed"
        " outside a nightclub.",
        (exact("arrested", 2), exact("injured", 1)),
    ),
    C(
        "police_death_of_cyclist_arrested_driver",
        "Detectives investigating the death of a cyclist in Harrowgate have arrested a 52-year-old driver.",
        (exact("killed", 1), exact("arrested", 1)),
    ),
    C(
        "police_caused_the_deaths_of_three",
        "The court heard that the defendant, 41, caused the deaths of three people when he drove through a red"
        " light at 70mph.",
        (exact("killed", 3),),
    ),
    C(
        "police_detained_and_officers_injuries",
        "Police said 11 people were detained during the disturbances and four officers suffered minor injuries.",
        (exact("arrested", 11), exact("injured", 4)),
    ),
    C(
        "police_officer_and_member_of_public_hospital",
        "A police officer and a member of the public were taken to hospital with serious injuries after the collision.",
        (exact("injured", 2, **WHOLE), exact("injured", 1, **PART), exact("injured", 1, **PART)),
    ),
    C(
        "police_found_the_bodies_of_two",
        "Officers found the bodies of two men at a property in Corran Street on Tuesday morning.",
        (exact("killed", 2),),
    ),
    C(
        "police_the_victim_apposition_died_in_hospital",
        "The victim, a 23-year-old delivery rider, died in hospital two days later.",
        (exact("killed", 1),),
    ),
    C(
        "police_boy_seriously_injured_hit_and_run",
        "Police are appealing for witnesses after a 17-year-old boy was seriously injured in a hit-and-run in"
        " Norbridge.",
        (exact("injured", 1),),
    ),
    C(
        "police_officers_took_part_in_which_arrested",
        "Around 60 officers took part in the raids, in which 9 people were arrested and 2 kg of cocaine seized.",
        (exact("arrested", 9),),
    ),
    C(
        "police_woman_treated_for_stab_wounds",
        "Officers were called at 11.40pm to reports of a man with a knife; a woman in her 30s was treated for stab"
        " wounds.",
        (exact("injured", 1),),
    ),
    C(
        "police_accused_of_killing_his_neighbour",
        # debatable: the death is the trial's premise, only the killer is in question
        "A man accused of killing his neighbour told the jury he acted in self-defence.",
        (exact("killed", 1),),
    ),
    C(
        "police_neither_of_the_two_suspects",
        "Neither of the two suspects was injured during the arrest.",
        (exact("injured", 0, **NEG),),
    ),
    # near misses
    C(
        "police_nm_pronoun_jailed_years",
        # debatable: "jailed" is an arrested trigger; a pronoun repeats a person counted before
        "He was jailed for nine years at Kestrel Crown Court on Friday.",
        (),
    ),
    C(
        "police_nm_charged_on_bail",
        # debatable: charged and bailed are not "arrested" in the lexicon's sense
        "Fifteen people have been charged in connection with the riots, and a further 23 remain on bail.",
        (),
    ),
    C(
        "police_nm_deadliest_since_background",
        "It was the deadliest shooting in the town since 1998, when 16 people were killed at a school.",
        (exact("killed", 16, **OTHER_EVENT),),
    ),
    # second round
    C(
        "police_age_only_person_arrested",
        "A 19-year-old has been arrested on suspicion of murder after a man died following an assault in Elmbury.",
        (exact("arrested", 1), exact("killed", 1)),
    ),
    C(
        "police_two_men_aged_pronounced_dead",
        "The two men, aged 24 and 31, were pronounced dead at the scene.",
        (exact("killed", 2),),
    ),
    C(
        "police_remanded_in_custody",
        # debatable: remanded in custody is a detention
        "Three men were remanded in custody after the raid on the Corran Street warehouse.",
        (exact("arrested", 3),),
    ),
    C(
        "police_victims_named_killed_pair",
        "Police named the victims as Aldo Ferrin, 58, and his wife Maren, 55, who died in the fire.",
        (exact("killed", 2, **WHOLE), exact("killed", 1, **PART), exact("killed", 1, **PART)),
    ),
    C(
        "police_nm_sentenced_for_offences",
        "The gang were sentenced to a total of 47 years for 12 burglaries and two robberies.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# Earthquake and volcano bulletins.
CASES_GENRE_QUAKE: tuple[Case, ...] = (
    C(
        "quake_preliminary_deaths_and_injuries",
        "Preliminary reports indicate 14 deaths and at least 230 injuries in Larsa and surrounding villages.",
        (exact("killed", 14), at_least("injured", 230)),
    ),
    C(
        "quake_buildings_damaged_of_them_collapsed",
        "The civil protection agency said 1,900 buildings were damaged, 312 of them severely, and 85 had collapsed.",
        (exact("houses_damaged", 1900, **WHOLE), exact("houses_damaged", 312, **PART), exact("houses_destroyed", 85)),
    ),
    C(
        "quake_ordered_the_evacuation_of",
        "Authorities raised the alert level of Mount Keral to Level 3 and ordered the evacuation of 4,700 residents"
        " living within a 6-km radius of the crater.",
        (exact("evacuated", 4700),),
    ),
    C(
        "quake_ashfall_affecting_estimated",
        "Ashfall was reported in 12 villages, affecting an estimated 38,000 people.",
        (about("affected", 38000),),
    ),
    C(
        "quake_searching_for_residents_unaccounted",
        "A pyroclastic flow buried the hamlet of Sumbro; rescuers are searching for 9 residents who remain"
        " unaccounted for.",
        (exact("missing", 9),),
    ),
    C(
        "quake_swept_away_boats_and_houses",
        "Tsunami waves up to 3 metres high swept away 60 fishing boats and 14 houses in Pelan bay.",
        (exact("houses_destroyed", 14),),
    ),
    C(
        "quake_people_whose_homes_damaged_in_centres",
        "Around 5,200 people whose homes were damaged spent the night in 31 evacuation centres.",
        (about("displaced", 5200),),
    ),
    C(
        "quake_relative_clause_injured_a_firefighter",
        "The quake, which also injured a firefighter in Tosa, was felt as far away as the capital.",
        (exact("injured", 1),),
    ),
    C(
        "quake_toll_risen_with_missing_and_treatment",
        "The death toll from Monday's earthquake has risen to 61, with 17 people still missing and 1,240 receiving"
        " hospital treatment.",
        (exact("killed", 61), exact("missing", 17), exact("injured", 1240)),
    ),
    C(
        "quake_lava_destroyed_homes_and_a_school",
        "Lava flows have destroyed 43 homes and a primary school in Sumbro.",
        (exact("houses_destroyed", 43),),
    ),
    C(
        "quake_killed_injured_displaced_one_sentence",
        "The earthquake killed 8 people, injured about 95 and left more than 3,000 homeless in the Larsa valley.",
        (exact("killed", 8), about("injured", 95), more_than("homeless", 3000)),
    ),
    # near misses
    C(
        "quake_nm_magnitude_depth_time",
        "A magnitude 6.4 earthquake struck 23 km north-east of Larsa at a depth of 10 km at 03:17 local time.",
        (),
    ),
    C(
        "quake_nm_no_casualties_aftershock",
        "No casualties have been reported so far from the magnitude 5.1 aftershock.",
        (exact("casualties", 0, **NEG),),
    ),
    C(
        "quake_nm_aftershocks_count",
        "Seismologists recorded more than 140 aftershocks, the strongest of magnitude 4.8.",
        (),
    ),
    C(
        "quake_nm_past_eruption_background",
        # debatable: a past event named as such; a reader coding this bulletin's event wants nothing
        "The 1963 eruption of Mount Keral killed more than 1,100 people.",
        (),
    ),
    C(
        "quake_nm_survivors_pulled",
        # debatable: rescued survivors are no SPEC category by themselves
        "Rescue teams pulled 27 survivors from the rubble of a collapsed hotel overnight.",
        (),
    ),
    C("quake_nm_sulphur_tonnes", "Sulphur dioxide emissions from the crater reached 12,000 tonnes per day.", ()),
    # second round
    C(
        "quake_injured_none_seriously",
        "The tremor injured 3 people, none of them seriously, and cracked walls in Tosa.",
        (exact("injured", 3),),
    ),
    C(
        "quake_razed_houses",
        "Some 1,200 houses were razed in the villages closest to the epicentre.",
        (about("houses_destroyed", 1200),),
    ),
    C(
        "quake_killed_and_injured_mostly_debris",
        "At least 12 people were killed and 40 injured, mostly by falling debris, in the old town of Larsa.",
        (at_least("killed", 12), exact("injured", 40)),
    ),
    C(
        "quake_injuring_dozens",
        "A strong aftershock toppled already weakened buildings in Larsa on Tuesday, injuring dozens.",
        (vague("injured"),),
    ),
    C(
        "quake_nm_intensity_and_aftershocks",
        "Shaking of intensity VII was felt in 23 municipalities, and more than 300 aftershocks were recorded.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# Government agency press releases: wildfire, flood, heatwave.
CASES_GENRE_AGENCY: tuple[Case, ...] = (
    C(
        "agency_evacuation_orders_in_effect_for",
        # debatable: residents under an order are counted as evacuated by displacement monitors
        "Mandatory evacuation orders remain in effect for approximately 3,400 residents in the Pine Hollow and"
        " Cedar Gap zones.",
        (about("evacuated", 3400),),
    ),
    C(
        "agency_structures_including_residences_damaged_others",
        "To date, the fire has destroyed 212 structures, including 148 residences, and damaged 37 others.",
        (exact("houses_destroyed", 212, **WHOLE), exact("houses_destroyed", 148, **PART), exact("houses_damaged", 37)),
    ),
    C(
        "agency_firefighters_minor_injuries_treated",
        "Two firefighters sustained minor injuries and were treated at the scene.",
        (exact("injured", 2),),
    ),
    C(
        "agency_heat_related_deaths",
        "The Department of Health has confirmed 23 heat-related deaths since the heatwave began on 2 July.",
        (exact("killed", 23),),
    ),
    C(
        "agency_hospitalised_heatstroke_of_them",
        "A total of 86 people were hospitalised with heatstroke, 11 of them in intensive care.",
        (exact("injured", 86, **WHOLE), exact("injured", 11, **PART)),
    ),
    C(
        "agency_properties_flooded",
        # debatable: flooded properties as houses_damaged (the lexicon has "flooded" as damage)
        "The Environment Agency has issued 48 flood warnings; around 900 properties have been flooded in the"
        " north-east.",
        (about("houses_damaged", 900),),
    ),
    C(
        "agency_carried_to_safety",
        # debatable: a rescue from the water counted as an evacuation
        "Rescue crews carried 63 people to safety from homes cut off by the water in Lower Denby.",
        (exact("evacuated", 63),),
    ),
    C(
        "agency_man_in_his_70s_died",
        "A man in his 70s died after his car was swept off a ford near Ashby; a second occupant was rescued.",
        (exact("killed", 1),),
    ),
    C(
        "agency_no_injuries_or_fatalities",
        "No injuries or fatalities have been reported in connection with the fire.",
        (exact("injured", 0, **NEG), exact("killed", 0, **NEG)),
    ),
    C(
        "agency_evacuated_from_communities_staying",
        "Since Friday, 4,300 people have been evacuated from 17 communities and are staying at reception centres"
        " in Kelton and Marsh End.",
        (exact("evacuated", 4300),),
    ),
    C(
        "agency_one_fatality_apposition",
        "The county reported 1 fatality, a resident of Oakmere who refused to evacuate.",
        (exact("killed", 1),),
    ),
    C(
        "agency_heat_deaths_label_list",
        "Confirmed heat-related deaths by county: Oakmere 9, Kelton 4, Marsh End 2.",
        (exact("killed", 9), exact("killed", 4), exact("killed", 2)),
    ),
    # near misses
    C(
        "agency_nm_acres_contained_personnel",
        "The Barrow Ridge Fire has burned 14,200 acres and is 35% contained; 620 personnel are assigned.",
        (),
    ),
    C(
        "agency_nm_cooling_centres_could_accommodate",
        "Cooling centres will open in 14 locations and could accommodate up to 2,000 people.",
        (),
    ),
    C(
        "agency_nm_threatening_homes_may_be_necessary",
        "The fire is threatening roughly 1,800 homes, and officials warned that further evacuations may be necessary.",
        (),
    ),
    C(
        "agency_nm_last_years_floods_background",
        # debatable: last year's event, named as such
        "Last year's floods in the same region left 7 people dead and damaged more than 5,000 homes.",
        (exact("killed", 7, **OTHER_EVENT), more_than("houses_damaged", 5000, **OTHER_EVENT)),
    ),
    C(
        "agency_nm_defences_protected_properties",
        "Flood defences protected an estimated 12,000 properties during the peak of the river level.",
        (),
    ),
    # second round
    C(
        "agency_forced_the_evacuation_of",
        "The Cedar Gap Fire had by Sunday forced the evacuation of about 12,000 residents.",
        (about("evacuated", 12000),),
    ),
    C(
        "agency_excess_deaths_estimated",
        # debatable: "estimated at N" read as "an estimated N" (approximately); the extractor says exact
        "Excess deaths during the heatwave are estimated at 1,800, the statistics office said.",
        (about("killed", 1800),),
    ),
    C(
        "agency_people_rescued_and_died",
        "Two people died and 140 were rescued from rooftops as the river burst its banks.",
        (exact("killed", 2),),
    ),
    C(
        "agency_under_evacuation_warnings",
        # debatable: a warning is no evacuation
        "A further 7,500 people remain under evacuation warnings in the Marsh End area.",
        (),
    ),
    C(
        "agency_nm_customers_without_power_boil_water",
        "Around 12,000 customers are without power and a boil-water notice covers 30,000 residents.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# Humanitarian NGO press releases.
CASES_GENRE_NGO: tuple[Case, ...] = (
    C(
        "ngo_three_of_our_staff_killed",
        "Three of our staff members were killed on Tuesday when their clearly marked vehicle was struck by an"
        " airstrike near Hasir.",
        (exact("killed", 3),),
    ),
    C(
        "ngo_treated_wounded_patients_of_them",
        "Our teams in Kessa hospital have treated 312 wounded patients since the escalation began, 98 of them"
        " children.",
        (exact("injured", 312, **WHOLE), exact("injured", 98, **PART)),
    ),
    C(
        "ngo_two_colleagues_remain_missing",
        "Two of our colleagues remain missing after the attack on our office in Dobo on 4 June.",
        (exact("missing", 2),),
    ),
    C(
        "ngo_reached_displaced_people",
        "Our mobile clinics reached 8,600 displaced people in the Bora camps last month.",
        (exact("displaced", 8600),),
    ),
    C(
        "ngo_left_without_shelter",
        "The cyclone has left 140,000 people without shelter, our assessment found.",
        (exact("homeless", 140000),),
    ),
    C(
        "ngo_nurse_abducted_on_her_way",
        "A nurse working with our partner organisation was abducted on her way home from the clinic in Tamar.",
        (exact("kidnapped", 1),),
    ),
    C(
        "ngo_kidnapped_of_whom_released",
        # debatable: the 11 released were kidnapped too; a part row (part_of the 27) would be tolerable,
        # a row of its own is a double count
        "Since the start of the year, 27 aid workers have been kidnapped, 11 of whom have been released.",
        (exact("kidnapped", 27),),
    ),
    C(
        "ngo_among_the_dead_are",
        "Among the dead are two volunteers of the Red Crescent, who were evacuating patients when the shelling began.",
        (exact("killed", 2),),
    ),
    C(
        "ngo_counted_bodies_in_morgue",
        "Our staff counted 54 bodies in the morgue of Kessa general hospital, many of them women.",
        (exact("killed", 54),),
    ),
    C(
        "ngo_children_drowned_others_missing",
        "Families told us that 6 children drowned when their boat capsized off Pelan, and 19 others are still missing.",
        (exact("killed", 6), exact("missing", 19)),
    ),
    C(
        "ngo_killed_and_maimed_pair",
        "The shelling of the Tamar market killed 14 civilians and maimed 40 more, among them 12 children.",
        (exact("killed", 14), exact("injured", 40, **WHOLE), exact("injured", 12, **PART)),
    ),
    # near misses
    C(
        "ngo_nm_supported_since_founding_staff",
        "The organisation, which has supported more than 2 million people since its founding in 1994, employs"
        " 1,300 staff.",
        (),
    ),
    C(
        "ngo_nm_children_forced_to_leave_school",
        "Every day, an estimated 300 children are forced to leave school to work.",
        (),
    ),
    C("ngo_nm_warehouse_food_for", "The strike destroyed our warehouse, which held food for 20,000 people.", ()),
    C(
        "ngo_nm_may_be_displaced_coming_weeks",
        "We are scaling up to support up to 50,000 people who may be displaced in the coming weeks.",
        (),
    ),
    C(
        "ngo_nm_rate_a_child_every_hour",
        "A child is killed or maimed every hour in the conflict, according to our analysis.",
        # (session 11: "killed or maimed" is casualties, killed and injured not told apart; was killed)
        (exact("casualties", 1, has_modality=True),),
    ),
    C(
        "ngo_nm_beds_and_ventilators",
        "The hospital, supported by our organisation since 2016, has 120 beds and 14 ventilators.",
        (),
    ),
    # second round
    C(
        "ngo_we_have_lost_colleagues",
        "We have lost four colleagues in this conflict, all of them killed while delivering aid.",
        (exact("killed", 4),),
    ),
    C(
        "ngo_of_our_patients_died_when_hit",
        "At least 15 of our patients died when the hospital in Dobo was hit by two missiles.",
        (at_least("killed", 15),),
    ),
    C(
        "ngo_treated_people_for_injuries",
        "Our surgical team treated 230 people for blast injuries in the first 48 hours.",
        (exact("injured", 230),),
    ),
    C(
        "ngo_highest_number_recorded",
        "Since October, more than 300 aid workers have been killed, the highest number ever recorded.",
        (more_than("killed", 300),),
    ),
    C(
        "ngo_nm_trained_volunteers",
        "We have trained 1,500 volunteers in first aid and evacuation procedures across 40 villages.",
        (),
    ),
)

# ---------------------------------------------------------------------------
# Transport accidents: bus, ferry, rail, air, mine, road.
CASES_GENRE_TRANSPORT: tuple[Case, ...] = (
    C(
        "transport_bus_carrying_killing_injuring",
        "A bus carrying 52 passengers plunged into a ravine near Kolu, killing 19 and injuring 30.",
        (exact("killed", 19), exact("injured", 30)),
    ),
    C(
        "transport_ferry_on_board_rescued_bodies",
        "The ferry, which was licensed to carry 300 people, capsized with at least 420 on board; 183 have been"
        " rescued and 67 bodies recovered.",
        (exact("killed", 67),),
    ),
    C(
        "transport_all_passengers_and_crew_evacuated",
        # debatable: an evacuation of an aircraft is an evacuation in the SPEC's words, not in IDMC's sense
        "All 148 passengers and six crew members were evacuated safely after the aircraft's engine caught fire on"
        " landing.",
        (exact("evacuated", 154, **WHOLE), exact("evacuated", 148, **PART), exact("evacuated", 6, **PART)),
    ),
    C(
        "transport_trains_leaving_dead_hurt",
        "Two trains collided head-on outside Merrow station, leaving 11 people dead and more than 80 hurt.",
        (exact("killed", 11), more_than("injured", 80)),
    ),
    C(
        "transport_driver_of_the_lorry_arrested",
        "The driver of the lorry was arrested at the scene on suspicion of dangerous driving.",
        (exact("arrested", 1),),
    ),
    C(
        "transport_a_miner_died_others_trapped",
        "A miner died and four others were trapped for nine hours after a roof fall at the Deepcut colliery.",
        (exact("killed", 1),),
    ),
    C(
        "transport_searching_for_trapped_miners",
        # debatable: trapped underground and not reached, counted as missing
        "Rescuers are still searching for 12 miners trapped underground after the shaft flooded.",
        (exact("missing", 12),),
    ),
    C(
        "transport_carrying_of_whom_pronounced_dead",
        "The minibus was carrying 18 people, 14 of whom were pronounced dead at the scene.",
        (exact("killed", 14),),
    ),
    C(
        "transport_among_the_injured_were_pilot_and_crew",
        "Among the injured were the pilot and three crew members.",
        (exact("injured", 4, **WHOLE), exact("injured", 1, **PART), exact("injured", 3, **PART)),
    ),
    C(
        "transport_annual_road_deaths_statistic",
        "Transport ministry figures show 1,204 people died on the country's roads in 2024, down 6% from the"
        " previous year.",
        (exact("killed", 1204),),
    ),
    C(
        "transport_none_of_its_passengers_hurt",
        "The train was travelling at 120 km/h when it derailed near Ostra; none of its 230 passengers was hurt.",
        (exact("injured", 0, **NEG),),
    ),
    C(
        "transport_missing_and_presumed_dead",
        # debatable: one number, two categories (a known gap class); presumed dead is possible, not certain
        "Two crew members of the cargo ship are missing and presumed dead after it sank in heavy seas.",
        (exact("missing", 2), exact("killed", 2)),
    ),
    C(
        "transport_eleven_of_the_on_board_killed",
        "Eleven of the 14 people on board the helicopter were killed.",
        (exact("killed", 11),),
    ),
    C(
        "transport_cyclist_killed_pedestrian_injured_gapped",
        "A cyclist was killed and a pedestrian seriously injured when a van mounted the pavement in Hale Road.",
        (exact("killed", 1), exact("injured", 1)),
    ),
    C(
        "transport_taken_to_hospitals_critical",
        "Forty-two passengers were taken to three hospitals, where six remain in critical condition.",
        (exact("injured", 42, **WHOLE), exact("injured", 6, **PART)),
    ),
    # near misses
    C(
        "transport_nm_tanker_litres_hours",
        "A tanker overturned on the A9, spilling 30,000 litres of fuel; the road was closed for 14 hours.",
        (),
    ),
    C("transport_nm_road_closures_affected_commuters", "Road closures affected 40,000 commuters on Monday.", ()),
    # second round
    C(
        "transport_all_on_board_died",
        "All 62 people on board died when the plane crashed into a hillside shortly after take-off.",
        (exact("killed", 62),),
    ),
    C(
        "transport_no_survivors_among",
        "There were no survivors among the 44 passengers and crew of the ferry, officials said.",
        (exact("killed", 44),),
    ),
    C(
        "transport_of_the_passengers_were_injured",
        "Of the 35 passengers, 20 were injured, two of them critically.",
        (exact("injured", 20, **WHOLE), exact("injured", 2, **PART)),
    ),
    C(
        "transport_left_dead_including_the_driver",
        "The collision left 3 dead, including the driver of the minibus.",
        (exact("killed", 3, **WHOLE), exact("killed", 1, **PART)),
    ),
    C(
        "transport_confirmed_dead_and_unaccounted",
        "13 people have been confirmed dead and 40 others are unaccounted for after the landslide buried the bus.",
        (exact("killed", 13), exact("missing", 40)),
    ),
)

_GENRES: dict[str, tuple[Case, ...]] = {
    "genre_ocha": CASES_GENRE_OCHA,
    "genre_dtm": CASES_GENRE_DTM,
    "genre_acled": CASES_GENRE_ACLED,
    "genre_police": CASES_GENRE_POLICE,
    "genre_quake": CASES_GENRE_QUAKE,
    "genre_agency": CASES_GENRE_AGENCY,
    "genre_ngo": CASES_GENRE_NGO,
    "genre_transport": CASES_GENRE_TRANSPORT,
}


# ---------------------------------------------------------------------------
# Class probes: written AFTER the genre tables had been run, to check that each failure class
# found is general (other wording, other genres).  Kept out of the genre scores,
# which were measured on sentences written before any run.  Expected rows by reading, as above.
CASES_CLASS_PROBES: tuple[Case, ...] = (
    # A. negation over a counted group: "neither of the two", "none of the ship's 12", "no one among"
    C(
        "probe_neither_of_the_two_drivers",
        "Neither of the two train drivers was hurt in the derailment.",
        (exact("injured", 0, **NEG),),
    ),
    C(
        "probe_none_of_the_ships_crew",
        "None of the ship's 12 crew members was injured when the ferry ran aground.",
        (exact("injured", 0, **NEG),),
    ),
    C(
        "probe_no_one_among_the_passengers",
        "No one among the 40 passengers of the coach was hurt.",
        (exact("injured", 0, **NEG),),
    ),
    C(
        "probe_none_of_our_staff",
        "None of our 40 staff in Dobo were injured in the attack.",
        (exact("injured", 0, **NEG),),
    ),
    C(
        "probe_no_survivors_among_crew",
        "There were no survivors among the 9 crew of the fishing vessel.",
        (exact("killed", 9),),
    ),
    # B. a fronted denominator "Of the N X, M were ..."
    C(
        "probe_of_the_residents_fled",
        "Of the 5,000 residents of Malo, about 3,200 fled to Kessa.",
        (about("displaced", 3200),),
    ),
    C(
        "probe_of_the_miners_still_missing",
        "Of the 60 miners underground at the time, 12 are still missing.",
        (exact("missing", 12),),
    ),
    C("probe_of_the_guests_injured", "Of the 140 guests in the hotel, 37 were injured.", (exact("injured", 37),)),
    C(
        "probe_of_those_households_displaced",
        "Of those 300 households, 210 were displaced by the floods.",
        (exact("displaced", 210, **HOUSEHOLDS),),
    ),
    # C. a count of people present or of parties, read as the victims of a later predicate
    C(
        "probe_carried_of_whom_pronounced_dead",
        "The boat carried 60 migrants, 12 of whom were pronounced dead on arrival.",
        (exact("killed", 12),),
    ),
    C("probe_clans_in_place_left_dead", "Clashes between two clans in Wadi Samra left 9 dead.", (exact("killed", 9),)),
    C(
        "probe_groups_in_hills_left_people_dead",
        "Fighting between three armed groups in the Dobo hills left 20 people dead.",
        (exact("killed", 20),),
    ),
    # D. "N of the injured died": the verb's category, not the noun's
    C(
        "probe_two_of_the_injured_died",
        "Two of the injured later died in hospital, officials said.",
        (exact("killed", 2),),
    ),
    C("probe_of_the_wounded_had_died", "Doctors said 3 of the wounded had died overnight.", (exact("killed", 3),)),
    # E. running totals whose toll noun has a modifier of time, or is generic ("the total", "the number who")
    C(
        "probe_bringing_the_death_toll_this_year",
        "The floods killed 9 people, bringing the death toll this year to 61.",
        (exact("killed", 9), exact("killed", 61)),
    ),
    C(
        "probe_deaths_during_the_heatwave_reached",
        "Deaths during the heatwave reached 1,800.",
        (exact("killed", 1800),),
    ),
    C("probe_toll_for_the_month_stands", "The death toll for the month now stands at 44.", (exact("killed", 44),)),
    C(
        "probe_brings_to_the_number_who_crossed",
        "This brings to 31,500 the number who have crossed into Tarvel.",
        (exact("displaced", 31500),),
    ),
    # F. a label, then "Place N" items
    C(
        "probe_deaths_by_province_list",
        "Deaths by province: Kessa 12, Dobo 4.",
        (exact("killed", 12), exact("killed", 4)),
    ),
    C(
        "probe_evacuated_residents_list",
        "Evacuated residents: Pine Hollow 1,200; Cedar Gap 800.",
        (exact("evacuated", 1200), exact("evacuated", 800)),
    ),
    C(
        "probe_homes_destroyed_dash_list",
        "Homes destroyed - Oakmere: 45, Kelton: 12.",
        (exact("houses_destroyed", 45), exact("houses_destroyed", 12)),
    ),
    # G. a part stated without a harm verb of its own, after a passive or care verb
    C(
        "probe_injured_of_them_seriously",
        "A total of 40 people were injured, 6 of them seriously.",
        (exact("injured", 40, **WHOLE), exact("injured", 6, **PART)),
    ),
    C(
        "probe_admitted_of_them_serious_condition",
        "Thirty people were admitted to hospital, 4 of them in a serious condition.",
        (exact("injured", 30, **WHOLE), exact("injured", 4, **PART)),
    ),
    C(
        "probe_injured_six_remain_critical",
        "Forty passengers were injured, and six remain in critical condition.",
        (exact("injured", 40, **WHOLE), exact("injured", 6, **PART)),
    ),
    # H. "N others" of dwellings after a second verb
    C(
        "probe_destroyed_and_damaged_others",
        "The floods destroyed 300 houses and damaged 900 others.",
        (exact("houses_destroyed", 300), exact("houses_damaged", 900)),
    ),
    C(
        "probe_destroyed_damaged_others_left_homeless",
        "The storm destroyed 40 homes, damaged 120 others and left 500 people homeless.",
        (exact("houses_destroyed", 40), exact("houses_damaged", 120), exact("homeless", 500)),
    ),
    # I. two people named without a number, with a verb of care, or after "Among the dead were"
    C(
        "probe_nurse_and_patient_taken_to_hospital",
        "A nurse and a patient were taken to hospital after the shelling.",
        (exact("injured", 2, **WHOLE), exact("injured", 1, **PART), exact("injured", 1, **PART)),
    ),
    C(
        "probe_driver_and_his_passenger_rushed",
        "The driver and his passenger were rushed to hospital.",
        (exact("injured", 2, **WHOLE), exact("injured", 1, **PART), exact("injured", 1, **PART)),
    ),
    C(
        "probe_among_the_dead_teacher_and_pupils",
        "Among the dead were a teacher and three pupils.",
        (exact("killed", 4, **WHOLE), exact("killed", 1, **PART), exact("killed", 3, **PART)),
    ),
    C(
        "probe_among_the_injured_driver_and_passengers",
        "Among the injured were the driver and two passengers.",
        (exact("injured", 3, **WHOLE), exact("injured", 1, **PART), exact("injured", 2, **PART)),
    ),
    # J. habitual rates, and "affected" by what harms no one
    C(
        "probe_rate_every_day_two_children",
        "Every day, two children are killed on the roads of the province.",
        (exact("killed", 2, has_modality=True),),
    ),
    C(
        "probe_rate_a_miner_every_week",
        "On average, a miner dies every week in the country's informal pits.",
        (exact("killed", 1, has_modality=True),),
    ),
    C("probe_strike_affected_passengers", "The strike affected 200,000 rail passengers.", ()),
    C(
        "probe_cancellations_affected_travellers",
        "Flight cancellations affected 3,000 travellers at Larsa airport.",
        (),
    ),
    # K. a past event named as background (debatable, as in the genre tables)
    C(
        "probe_background_in_1998_similar_quake",
        "In 1998, a similar quake killed 2,000 people in the same valley.",
        (exact("killed", 2000, **OTHER_EVENT),),
    ),
    C(
        "probe_background_previous_eruption",
        "The previous eruption, in 1963, displaced 9,000 people.",
        (exact("displaced", 9000, **OTHER_EVENT),),
    ),
    # L. single constructions seen once in the genre tables
    C(
        "probe_treated_people_for_burns",
        "Medics treated 230 people for burns after the fuel tanker exploded.",
        (exact("injured", 230),),
    ),
    C(
        "probe_received_new_arrivals",
        "The transit centre received 3,410 new arrivals from Varnholt last week.",
        (exact("displaced", 3410),),
    ),
    C(
        "probe_undetermined_number_injured",
        "An undetermined number of people were injured in the stampede.",
        (vague("injured"),),
    ),
)


# Cases whose expectation the SPEC does not settle (a "# debatable:" comment says why); the report
# gives the scores with and without them.
DEBATABLE: frozenset[str] = frozenset(
    {
        "acled_nm_fatalities_zero",
        "acled_wounded_of_whom_died_later",
        "agency_carried_to_safety",
        "agency_evacuation_orders_in_effect_for",
        "agency_excess_deaths_estimated",
        "agency_nm_last_years_floods_background",
        "agency_properties_flooded",
        "agency_under_evacuation_warnings",
        "probe_background_in_1998_similar_quake",
        "probe_background_previous_eruption",
        "dtm_households_whose_shelters_destroyed",
        "dtm_nm_households_surveyed_intend_to_return",
        "ngo_kidnapped_of_whom_released",
        "ocha_cholera_cases_including_deaths",
        "ocha_nm_people_in_need",
        "ocha_percent_of_the_n_displaced",
        "police_accused_of_killing_his_neighbour",
        "police_nm_charged_on_bail",
        "police_nm_pronoun_jailed_years",
        "police_remanded_in_custody",
        "quake_nm_past_eruption_background",
        "quake_nm_survivors_pulled",
        "transport_all_passengers_and_crew_evacuated",
        "transport_missing_and_presumed_dead",
        "transport_searching_for_trapped_miners",
    }
)


# ---------------------------------------------------------------------------
# A second probe (session 9), written blind by another helper: ten more genres (UN monitoring
# tallies, governors' posts, health-ministry tolls, shipwrecks, industrial accidents, collapses and
# crushes, ordnance, crackdowns, live blogs, wire leads). Same rules: invented, read from SPEC.

HOUSES: dict[str, Any] = {"unit": "houses"}
CUM: dict[str, Any] = {"cumulative": True}

# UN human-rights monitoring reports of civilian casualties
CASES_GENRE_HRMM: tuple[Case, ...] = (
    C(
        "hrmm_month_breakdown_colon",
        "From 1 to 30 April 2026, the Mission recorded 287 civilian casualties in Velmora: 64 killed and 223 injured.",
        (exact("casualties", 287), exact("killed", 64), exact("injured", 223)),
    ),
    C(
        "hrmm_verified_at_least_including",
        "Since the start of the year, OHCHR has verified at least 1,140 civilian deaths, including 97 children.",
        (at_least("killed", 1140), exact("killed", 97, **PART)),
    ),
    C(
        "hrmm_figures_likely_higher_nm",
        "The actual figures are likely considerably higher, as information from some locations is delayed and many"
        " reports are still pending corroboration.",
        (),
    ),
    C(
        "hrmm_percent_of_casualties_nm",
        "Short-range drones caused 41 per cent of all civilian casualties in the month.",
        (),
    ),
    C(
        "hrmm_killing_of_and_injury_of",
        "The Mission documented the killing of 18 civilians and the injury of 52 others in attacks on residential"
        " areas of Kastrin.",
        (exact("killed", 18), exact("injured", 52)),
    ),
    C(
        "hrmm_n_of_those_killed",
        "Women accounted for 31 of those killed and 58 of those injured.",
        (exact("killed", 31), exact("injured", 58)),
    ),
    C(
        "hrmm_comparison_when_killed_or_injured",
        "The monthly toll was 23 per cent higher than in March, when 199 civilians were killed or injured.",
        (exact("casualties", 199),),
    ),
    C(
        "hrmm_no_civilian_casualties_recorded",
        "No civilian casualties were recorded in the northern oblasts during the reporting period.",
        (exact("casualties", 0, **NEG),),
    ),
    C(
        "hrmm_verified_that_killed_and_wounded",
        "The HRMMU has verified that 12 medical workers were killed and 30 wounded while on duty since February 2024.",
        (exact("killed", 12), exact("injured", 30)),
    ),
    C(
        "hrmm_of_the_injured_were_hurt_by",
        "Of the 412 civilians injured in May, 88 were hurt by explosive remnants far from the front line.",
        (exact("injured", 412), exact("injured", 88, **PART)),
    ),
    C(
        "hrmm_total_number_killed_stands_at",
        "The total number of civilians killed since the full-scale invasion now stands at 13,580, according to the"
        " Office.",
        (exact("killed", 13580, **CUM),),
    ),
    C(
        "hrmm_were_among_the_dead",
        "Three aid workers were among the dead in the strike on a convoy near Rusk.",
        (exact("killed", 3),),
    ),
    C(
        "hrmm_interviews_locations_nm",
        "The report is based on 1,037 interviews with victims and witnesses conducted in 14 locations.",
        (),
    ),
)

# A regional governor's short war-time posts
CASES_GENRE_GOVERNOR: tuple[Case, ...] = (
    C(
        "gov_as_a_result_age_man_killed_two_women_wounded",
        "As a result of the shelling of Dorvansk, a 67-year-old man was killed and two women were wounded.",
        (exact("killed", 1), exact("injured", 2)),
    ),
    C(
        "gov_woman_sustained_shrapnel_wounds",
        "The enemy attacked the district with drones overnight. A 45-year-old woman sustained shrapnel wounds and was"
        " hospitalized.",
        (exact("injured", 1),),
    ),
    C(
        "gov_in_total_injured_past_day",
        "In total, 4 people were injured in the region over the past day.",
        (exact("injured", 4),),
    ),
    C(
        "gov_bodies_of_two_residents_five_storey",
        "Rescuers pulled the bodies of two residents from under the rubble of a five-storey building.",
        (exact("killed", 2),),
    ),
    C(
        "gov_damaged_label_list",  # debatable: apartment buildings as houses
        "Damaged: 9 private houses, 2 apartment buildings, a kindergarten and power lines.",
        (exact("houses_damaged", 9, **HOUSES), exact("houses_damaged", 2)),
    ),
    C(
        "gov_one_person_died_in_hospital",
        "Ruslan Petrenko, head of the regional military administration, reported that one person died in the hospital"
        " overnight.",
        (exact("killed", 1),),
    ),
    C(
        "gov_another_civilian_killed_hit_11_times",
        "Another civilian was killed in Marivka as the enemy hit the village with artillery 11 times.",
        (exact("killed", 1),),
    ),
    C(
        "gov_evacuation_from_12_settlements_nm",
        "The evacuation of residents from 12 frontline settlements continues.",
        (),
    ),
    C(
        "gov_evacuated_including_children",
        "Over the past day, 47 people, including 9 children, were evacuated from the Kalynove community.",
        (exact("evacuated", 47), exact("evacuated", 9, **PART)),
    ),
    C(
        "gov_boy_injured_yesterday_died",
        "A 14-year-old boy injured in yesterday's strike on Hrebinka died in the hospital this morning.",
        (exact("killed", 1),),
    ),
    C("gov_drones_shot_down_nm", "Air defence shot down 23 of 31 drones over the region overnight.", ()),
    C("gov_stay_in_shelters_nm", "Please stay in shelters until the all-clear signal is given.", ()),
    C(
        "gov_number_of_victims_risen_to_dead_and_wounded",
        "The number of victims of Tuesday's missile attack on Sofiivka has risen to 16 dead and 57 wounded.",
        (exact("killed", 16), exact("injured", 57)),
    ),
)

# A health ministry's daily conflict toll statements
CASES_GENRE_MOH: tuple[Case, ...] = (
    C(
        "moh_past_24_hours_bringing_toll_since",
        "The Ministry of Health said 54 people were killed and 210 injured in the past 24 hours, bringing the death"
        " toll since October to 41,870.",
        (exact("killed", 54), exact("injured", 210), exact("killed", 41870, **CUM)),
    ),
    C(
        "moh_cumulative_toll_stands_at_killed_and_injured",
        "The cumulative toll stands at 41,870 killed and 97,150 injured.",
        (exact("killed", 41870), exact("injured", 97150)),
    ),
    C(
        "moh_hospitals_received_bodies_and_wounded",
        "Hospitals received 38 bodies and 119 wounded over the last day.",
        (exact("killed", 38), exact("injured", 119)),
    ),
    C(
        "moh_estimated_missing_under_rubble",
        "An estimated 10,000 people are missing under the rubble, the ministry said.",
        (about("missing", 10000),),
    ),
    C(
        "moh_of_the_dead_were_children_and_women",
        "Of the dead, 16,500 were children and 11,200 were women, the ministry said.",
        (exact("killed", 16500), exact("killed", 11200)),
    ),
    C(
        "moh_does_not_distinguish_nm",
        "The ministry does not distinguish between civilians and combatants in its count.",
        (),
    ),
    C("moh_hospitals_out_of_nm", "Five hospitals out of 36 remain partially functional.", ()),
    C(
        "moh_two_of_the_injured_critical",
        "Two of the injured are in critical condition at the Al-Rimal field hospital.",
        (exact("injured", 2),),
    ),
    C(
        "moh_new_deaths_raising_number_of_related_deaths",
        "The ministry reported 3 new deaths from malnutrition and dehydration, raising the number of famine-related"
        " deaths to 28.",
        (exact("killed", 3), exact("killed", 28, **CUM)),
    ),
    C(
        "moh_a_total_of_health_workers_killed",
        "A total of 710 health workers have been killed since the war began, according to the ministry's statement"
        " on Sunday.",
        (exact("killed", 710),),
    ),
    C(
        "moh_toll_includes_people_who_were_killed",
        "The toll includes 62 people who were killed while waiting for aid at distribution points.",
        (exact("killed", 62),),
    ),
    C(
        "moh_pipe_separated_labels",
        "Death toll: 41,924 | Injured: 97,303 | Missing: about 10,000",
        (exact("killed", 41924), exact("injured", 97303), about("missing", 10000)),
    ),
    C(
        "moh_appeal_units_of_blood_nm",
        "The ministry appealed for 1,500 units of blood and 40 tonnes of medical supplies.",
        (),
    ),
)

# Migrant shipwreck reports
CASES_GENRE_SHIPWRECK: tuple[Case, ...] = (
    C(
        "ship_carrying_rescued_at_least_missing",
        "A wooden boat carrying about 60 migrants capsized off Lampena on Thursday; 22 people were rescued and at"
        " least 31 are missing.",
        (at_least("missing", 31),),
    ),
    C(
        "ship_recovered_bodies_including_survivors_to_port",
        "The coast guard recovered the bodies of nine people, including two children, and brought 14 survivors to the"
        " port of Saldera.",
        (exact("killed", 9), exact("killed", 2, **PART)),
    ),
    C(
        "ship_swept_overboard_presumed_dead",
        "Survivors told the IOM that 45 others were swept overboard and are presumed dead.",
        (exact("killed", 45),),
    ),
    C("ship_only_eight_of_70_survived_nm", "Only eight of the 70 passengers survived the sinking.", ()),
    C(
        "ship_died_or_gone_missing",  # debatable: one number for two categories
        "More than 2,400 migrants have died or gone missing on the Central Mediterranean route so far this year,"
        " according to the agency.",
        (more_than("killed", 2400), more_than("missing", 2400)),
    ),
    C("ship_people_on_board_nm", "The dinghy had left Zuwarta with 47 people on board, the agency said.", ()),
    C(
        "ship_took_aboard_nm",
        "Rescue vessel Ocean Lark took 113 people aboard in two operations and is seeking a safe port.",
        (),
    ),
    C(
        "ship_found_a_body_bringing_to_confirmed_deaths",
        "Search teams found a body on the beach near Kos Marina on Saturday, bringing to 11 the number of confirmed"
        " deaths from the shipwreck.",
        (exact("killed", 1), exact("killed", 11, **CUM)),
    ),
    C(
        "ship_remain_unaccounted_for",
        "Twelve people remain unaccounted for after the vessel overturned in rough seas.",
        (exact("missing", 12),),
    ),
    C(
        "ship_among_those_missing_are_list",
        "Among those missing are four children and a pregnant woman, relatives said.",
        (exact("missing", 5), exact("missing", 4, **PART), exact("missing", 1, **PART)),
    ),
    C(
        "ship_built_to_carry_nautical_miles_nm",
        "The boat, which was built to carry 30 people, was found adrift 80 nautical miles south of the island.",
        (),
    ),
    C(
        "ship_past_sinking_background_nm",  # debatable: a past event's toll as background
        "In 2023, a similar sinking off Pylara killed more than 600 people.",
        (),
    ),
    C(
        "ship_pulled_survivors_and_bodies",
        "Fishermen pulled 17 survivors and three bodies from the water.",
        (exact("killed", 3),),
    ),
)

# Mining and industrial accidents
CASES_GENRE_INDUSTRIAL: tuple[Case, ...] = (
    C(
        "ind_explosion_killed_and_trapped_underground",  # debatable: trapped -> missing
        "A methane explosion at the Krasnaya Gorka coal mine killed 11 miners and trapped 27 underground, the regional"
        " emergency service said.",
        (exact("killed", 11), exact("missing", 27)),
    ),
    C(
        "ind_fate_of_the_remaining_unknown",
        "Rescuers reached 19 of the trapped workers late on Tuesday; the fate of the remaining eight is unknown.",
        (exact("missing", 8),),
    ),
    C(
        "ind_gas_leak_sent_to_hospital",
        "A gas leak at a fertiliser plant in Tarnow-Wielki sent 43 workers to hospital with breathing difficulties.",
        (exact("injured", 43),),
    ),
    C(
        "ind_died_and_were_seriously_burned",
        "Two contractors died and five were seriously burned when a storage tank exploded at the refinery.",
        (exact("killed", 2), exact("injured", 5)),
    ),
    C(
        "ind_shattered_windows_in_homes",  # debatable: broken windows as damaged homes
        "The blast was heard 15 kilometres away and shattered windows in 200 homes.",
        (exact("houses_damaged", 200, **HOUSES),),
    ),
    C("ind_mine_employs_nm", "The mine, which employs 1,200 people, had been fined twice for safety violations.", ()),
    C(
        "ind_detained_director_and_two_supervisors",
        "Investigators detained the plant's director and two shift supervisors.",
        (exact("arrested", 3), exact("arrested", 1, **PART), exact("arrested", 2, **PART)),
    ),
    C(
        "ind_tailings_dam_buried_houses_left_missing",
        "The collapse of a tailings dam at the Vell Rojo copper mine buried 14 houses and left 9 workers missing.",
        (exact("houses_destroyed", 14, **HOUSES), exact("missing", 9)),
    ),
    C(
        "ind_the_n_evacuated_employees",
        "Production at the smelter will resume once the 350 evacuated employees are cleared to return.",
        (exact("evacuated", 350),),
    ),
    C(
        "ind_deadliest_since_background_nm",  # debatable: a past event's toll as background
        "It was the deadliest mining accident in the country since 2009, when 47 miners died at Sorna.",
        (exact("killed", 47, **OTHER_EVENT),),
    ),
    C(
        "ind_casualties_label_with_bracket_part",
        "Casualties: 3 dead, 12 injured (4 critical).",
        (exact("killed", 3), exact("injured", 12), exact("injured", 4, **PART)),
    ),
    C("ind_compensation_nm", "The company pledged 50,000 euros in compensation to each bereaved family.", ()),
    C(
        "ind_crushed_to_death_by_beam",
        "A worker was crushed to death by a falling steel beam at the Hallam shipyard on Friday.",
        (exact("killed", 1),),
    ),
)

# Building collapses and crowd crushes
CASES_GENRE_COLLAPSE_CRUSH: tuple[Case, ...] = (
    C(
        "col_collapsed_trapping_dozens",  # debatable: trapped -> missing
        "A six-storey residential building under construction collapsed in the Oyo-Ekiti district on Monday, trapping"
        " dozens of workers.",
        (vague("missing"),),
    ),
    C(
        "col_died_in_a_crush",
        "At least 14 people died in a crush at the gates of the stadium as fans surged forward before kick-off.",
        (at_least("killed", 14),),
    ),
    C(
        "col_treated_for_injuries_of_them_serious",
        "Emergency services said 62 people were treated for injuries, 11 of them in serious condition.",
        (exact("injured", 62), exact("injured", 11, **PART)),
    ),
    C(
        "col_capacity_and_crowd_nm",
        "The crush happened when the 40,000-capacity venue was holding an estimated 65,000 people.",
        (),
    ),
    C("col_pulled_alive_nm", "Rescuers have pulled 23 people alive from the debris so far.", ()),
    C(
        "col_owner_and_engineer_arrested",
        "The owner of the building and the site engineer were arrested on charges of negligence.",
        (exact("arrested", 2), exact("arrested", 1, **PART), exact("arrested", 1, **PART)),
    ),
    C(
        "col_family_among_them_children_caved_in",
        "Seven members of one family, among them three children, died when their house caved in after days of heavy"
        " rain.",
        (exact("killed", 7), exact("killed", 3, **PART)),
    ),
    C(
        "col_stampede_leaving_dead_and_scores_injured",
        "Police said the stampede broke out during the distribution of free food, leaving 31 dead and scores injured.",
        (exact("killed", 31), vague("injured")),
    ),
    C(
        "col_evacuated_from_neighbouring_blocks",
        "Authorities evacuated 120 residents from two neighbouring blocks as a precaution.",
        (exact("evacuated", 120),),
    ),
    C("col_pilgrimage_draws_nm", "The pilgrimage draws more than two million worshippers every year.", ()),
    C(
        "col_put_the_toll_at_higher_than_official",
        "Hospital sources put the toll at 27, higher than the official figure of 19.",
        (exact("killed", 27), exact("killed", 19)),
    ),
    C(
        "col_woman_in_her_60s_and_grandson",
        "A woman in her 60s and her grandson were killed when a balcony gave way in the old town.",
        (exact("killed", 2), exact("killed", 1, **PART), exact("killed", 1, **PART)),
    ),
    C("col_damaged_cars_nm", "Rubble from the collapsed wall damaged 5 parked cars and a bus shelter.", ()),
)

# Landmine and unexploded-ordnance incidents
CASES_GENRE_UXO: tuple[Case, ...] = (
    C(
        "uxo_two_killed_third_lost_a_leg",
        "Two shepherds were killed and a third lost a leg when their flock set off an anti-personnel mine near Tal"
        " Haddar.",
        (exact("killed", 2), exact("injured", 1)),
    ),
    C(
        "uxo_killing_him_and_wounding_two_cousins",
        "A boy playing in a field picked up a cluster submunition that detonated, killing him and wounding his two"
        " cousins.",
        (exact("killed", 1), exact("injured", 2)),
    ),
    C(
        "uxo_casualties_of_which_killed",
        "The Landmine Monitor recorded 4,710 casualties of mines and explosive remnants of war in 2023, of which 1,983"
        " were killed.",
        (exact("casualties", 4710), exact("killed", 1983, **PART)),
    ),
    C(
        "uxo_cleared_mines_nm",
        "Deminers have cleared 3,200 mines and 14,000 pieces of unexploded ordnance from farmland since March.",
        (),
    ),
    C(
        "uxo_tractor_driver_injured",
        "A tractor driver was injured when his vehicle struck an anti-tank mine on Tuesday.",
        (exact("injured", 1),),
    ),
    C("uxo_percent_of_victims_nm", "Children made up 37% of civilian mine victims.", ()),
    C("uxo_square_kilometres_nm", "An estimated 60 square kilometres remain contaminated.", ()),
    C(
        "uxo_wounded_one_of_them_critically",
        "Four members of a demining team were wounded, one of them critically, during a clearance operation.",
        (exact("injured", 4), exact("injured", 1, **PART)),
    ),
    C(
        "uxo_shells_killed_and_maimed_others",
        "Since the ceasefire, unexploded shells have killed 19 people and maimed 44 others in the province.",
        (exact("killed", 19), exact("injured", 44)),
    ),
    C("uxo_155mm_shell_nm", "The device, a 155mm artillery shell, had been buried for decades.", ()),
    C(
        "uxo_girl_died_of_her_wounds",
        "A 10-year-old girl died of her wounds on Sunday, two days after a rocket remnant exploded in her family's"
        " yard.",
        (exact("killed", 1),),
    ),
    C(
        "uxo_no_casualties_in_detonation",
        "There were no casualties in the controlled detonation of 12 aerial bombs.",
        (exact("casualties", 0, **NEG),),
    ),
    C(
        "uxo_victims_label_list",  # debatable: "victims" as casualties
        "Mine victims: Basra 12; Maysan 7; Dhi Qar 4",
        (exact("casualties", 12), exact("casualties", 7), exact("casualties", 4)),
    ),
)

# Prison riots and protest crackdowns
CASES_GENRE_CRACKDOWN: tuple[Case, ...] = (
    C(
        "crack_fired_killing_at_least_injuring_dozens",
        "Security forces fired live ammunition at demonstrators in Port Selim, killing at least nine and injuring"
        " dozens.",
        (at_least("killed", 9), vague("injured")),
    ),
    C(
        "crack_arrested_more_than_protesters",
        "Police arrested more than 300 protesters over the weekend, the interior ministry said.",
        (more_than("arrested", 300),),
    ),
    C("crack_riot_police_deployed_nm", "About 2,000 riot police were deployed around the square.", ()),
    C(
        "crack_riot_left_inmates_and_guards_dead",
        "A riot at the Kembar maximum-security prison left 12 inmates and two guards dead.",
        (exact("killed", 14), exact("killed", 12, **PART), exact("killed", 2, **PART)),
    ),
    C(
        "crack_escaped_and_recaptured",  # debatable: recaptured as arrested
        "Authorities said 68 prisoners escaped during the unrest and 41 had since been recaptured.",
        (exact("arrested", 41),),
    ),
    C(
        "crack_at_least_detained_since_many_students",
        "Rights groups say at least 1,500 people have been detained since the protests began, many of them students.",
        (at_least("arrested", 1500),),
    ),
    C(
        "crack_took_guards_hostage",
        "The inmates took 11 guards hostage and demanded better food.",
        (exact("kidnapped", 11),),
    ),
    C(
        "crack_treated_for_inhalation_at_clinic",
        "Tear gas canisters were fired into the crowd, and 27 people were treated for inhalation at a nearby clinic.",
        (exact("injured", 27),),
    ),
    C(
        "crack_called_for_supporters_nm",
        "The opposition called for 100,000 supporters to march on parliament on Friday.",
        (),
    ),
    C(
        "crack_shot_dead_and_officers_hurt_by_stones",
        "A protester was shot dead and three police officers were hurt by stones, a police spokesman said.",
        (exact("killed", 1), exact("injured", 3)),
    ),
    C(
        "crack_crowd_estimates_nm",
        "Organisers said the march drew 50,000 people, while police put the crowd at 12,000.",
        (),
    ),
    C(
        "crack_demonstrators_remain_missing",
        "Fourteen demonstrators remain missing, families say, after the night raid on the sit-in.",
        (exact("missing", 14),),
    ),
    C("crack_officers_suspended_nm", "Eight officers were suspended pending an investigation into the deaths.", ()),
)

# Live-blog style terse updates
CASES_GENRE_LIVEBLOG: tuple[Case, ...] = (
    C("live_update_toll_rises_to", "UPDATE: death toll rises to 37, officials say", (exact("killed", 37, **CUM),)),
    C(
        "live_time_two_more_bodies_recovered",
        "14:32 — Two more bodies recovered from the river, police confirm.",
        (exact("killed", 2),),
    ),
    C(
        "live_breaking_dead_plus_hurt",
        "BREAKING: at least 5 dead, 20+ hurt in Harbourside bus station blast",
        (at_least("killed", 5), at_least("injured", 20)),
    ),
    C(
        "live_correction_retracted_figure",  # debatable: a retracted figure
        "Correction: an earlier post said 12 were killed; the correct figure is 10.",
        (exact("killed", 10),),
    ),
    C(
        "live_update_number_of_injured_stands_at",
        "Update 3 (09:10): the number of injured now stands at 48.",
        (exact("injured", 48),),
    ),
    C(
        "live_no_word_on_crew_unaccounted_for",
        "Still no word on the 6 crew members unaccounted for.",
        (exact("missing", 6),),
    ),
    C(
        "live_quote_confirmed_fatalities_expect_rise",
        "Fire chief: 'We have eight confirmed fatalities and we expect that number to rise.'",
        (exact("killed", 8),),
    ),
    C(
        "live_latest_dead_in_hospital",
        "Latest: 1 dead, 4 in hospital after gas explosion in Rue Verlaine apartment block",
        (exact("killed", 1), exact("injured", 4)),
    ),
    C(
        "live_moved_out_of_homes_as_precaution",
        "Mayor says 3,000 residents moved out of their homes overnight as a precaution",
        (exact("evacuated", 3000),),
    ),
    C("live_updates_resume_nm", "Live updates will resume at 7am.", ()),
    C("live_wire_update_toll_climbs_to", "UPDATE 2-Toll in Batura market fire climbs to 19", (exact("killed", 19),)),
    C("live_could_not_verify_nm", "Reuters could not independently verify the figures.", ()),
    C(
        "live_hospitalised_up_from",
        "The ministry now says 112 people have been hospitalised, up from 87 earlier.",
        (exact("injured", 112), exact("injured", 87)),
    ),
)

# Wire-service (AP/Reuters style) lead paragraphs
CASES_GENRE_WIRE: tuple[Case, ...] = (
    C(
        "wire_dateline_killing_at_least_injuring_others",
        "KIRANPUR, India (AP) — A fire ripped through a crowded firecracker factory in northern India on Tuesday,"
        " killing at least 21 workers and injuring 9 others, police said.",
        (at_least("killed", 21), exact("injured", 9)),
    ),
    C(
        "wire_dateline_killed_soldiers_and_wounded",
        "DAKAR, Senegal (Reuters) - Gunmen killed 17 soldiers and wounded 30 in an attack on an army base in central"
        " Mali, the army said on Sunday, the second such attack in a week.",
        (exact("killed", 17), exact("injured", 30)),
    ),
    C(
        "wire_landslide_killed_dozens_more_missing",
        "A landslide at a jade mine in the northern Kachara hills has killed at least 33 people and dozens more are"
        " missing, officials said.",
        (at_least("killed", 33), vague("missing")),
    ),
    C(
        "wire_bodies_of_inmates_found_after_riot",
        "Authorities said Wednesday that the bodies of 46 inmates had been found after a two-day prison riot.",
        (exact("killed", 46),),
    ),
    C(
        "wire_bomber_blew_himself_up_killing_guests",
        "A suicide bomber blew himself up at a wedding party in the eastern city of Marzan, killing 11 guests, the"
        " province's governor said.",
        (exact("killed", 11),),
    ),
    C(
        "wire_toll_rose_to_most_of_them_women",
        "The toll from Saturday's stampede at a religious festival rose to 121, most of them women, officials said.",
        (exact("killed", 121, **CUM),),
    ),
    C(
        "wire_detained_suspects_including_organiser",
        "Police said they had detained 12 suspects, including the festival's chief organiser.",
        (exact("arrested", 12), exact("arrested", 1, **PART)),
    ),
    C("wire_no_figure_released_nm", "Authorities have not released a figure for those injured.", ()),
    C(
        "wire_died_since_and_forced_from_homes",
        "Sixty-three people have died since the clashes began, the government said, and more than 40,000 have been"
        " forced from their homes.",
        (exact("killed", 63), more_than("displaced", 40000)),
    ),
    C(
        "wire_deadliest_since_background_nm",  # debatable: a past event's toll as background
        "The attack was the deadliest in the region since gunmen killed 130 people in a village in 2021.",
        (exact("killed", 130, **OTHER_EVENT),),
    ),
    C(
        "wire_being_treated_in_hospital_some_with_wounds",
        "About 30 people were being treated in hospital, some of them with gunshot wounds, a doctor at the facility"
        " told Reuters.",
        (about("injured", 30),),
    ),
    C(
        "wire_abducted_at_least_most_women_children",
        "Militants abducted at least 80 people, most of them women and children, from a village in Zantara state.",
        (at_least("kidnapped", 80),),
    ),
    C("wire_not_clear_how_many_dead_nm", "It was not immediately clear how many of the dead were police officers.", ()),
)


_GENRES_2: dict[str, tuple[Case, ...]] = {
    "genre_hrmm": CASES_GENRE_HRMM,
    "genre_governor": CASES_GENRE_GOVERNOR,
    "genre_moh": CASES_GENRE_MOH,
    "genre_shipwreck": CASES_GENRE_SHIPWRECK,
    "genre_industrial": CASES_GENRE_INDUSTRIAL,
    "genre_collapse_crush": CASES_GENRE_COLLAPSE_CRUSH,
    "genre_uxo": CASES_GENRE_UXO,
    "genre_crackdown": CASES_GENRE_CRACKDOWN,
    "genre_liveblog": CASES_GENRE_LIVEBLOG,
    "genre_wire": CASES_GENRE_WIRE,
}
DEBATABLE_2: frozenset[str] = frozenset(
    [
        "gov_damaged_label_list",
        "ship_died_or_gone_missing",
        "ship_past_sinking_background_nm",
        "ind_explosion_killed_and_trapped_underground",
        "ind_shattered_windows_in_homes",
        "ind_deadliest_since_background_nm",
        "col_collapsed_trapping_dozens",
        "uxo_victims_label_list",
        "crack_escaped_and_recaptured",
        "live_correction_retracted_figure",
    ]
)


# Debatable cases the extractor reads otherwise: their expectation is no statement of SPEC, so no test.
_DEBATABLE_READ_OTHERWISE: frozenset[str] = frozenset(
    [
        "gov_damaged_label_list",
        "ship_died_or_gone_missing",
        "ship_past_sinking_background_nm",
        "ind_explosion_killed_and_trapped_underground",
        "ind_shattered_windows_in_homes",
        "col_collapsed_trapping_dozens",
        "uxo_victims_label_list",
        "crack_escaped_and_recaptured",
        "live_correction_retracted_figure",
        "acled_nm_fatalities_zero",
        "ocha_percent_of_the_n_displaced",
        "dtm_households_whose_shelters_destroyed",
        "dtm_nm_households_surveyed_intend_to_return",
        "quake_nm_past_eruption_background",
        "agency_evacuation_orders_in_effect_for",
        "agency_carried_to_safety",
        "agency_excess_deaths_estimated",
        "ngo_kidnapped_of_whom_released",
        "transport_searching_for_trapped_miners",
    ]
)

GENRE_TABLES: dict[str, tuple[Case, ...]] = {
    name: tuple(c for c in cases if c.id not in _DEBATABLE_READ_OTHERWISE)
    for name, cases in {**_GENRES, "class_probes": CASES_CLASS_PROBES, **_GENRES_2}.items()
}

# Cases the extractor does not read yet (strict xfail: fixing one is noticed).
GENRE_KNOWN_GAPS: frozenset[str] = frozenset(
    [
        "genre_hrmm:hrmm_of_the_injured_were_hurt_by",
        "genre_industrial:ind_fate_of_the_remaining_unknown",
        "genre_collapse_crush:col_put_the_toll_at_higher_than_official",
        "genre_uxo:uxo_killing_him_and_wounding_two_cousins",
        "genre_uxo:uxo_casualties_of_which_killed",
        "genre_uxo:uxo_no_casualties_in_detonation",
        "genre_liveblog:live_breaking_dead_plus_hurt",
        "genre_liveblog:live_moved_out_of_homes_as_precaution",
        "genre_liveblog:live_hospitalised_up_from",
        "genre_wire:wire_detained_suspects_including_organiser",
        "genre_ocha:ocha_unknown_number_killed",
        "genre_police:police_victims_named_killed_pair",
        "genre_ngo:ngo_treated_wounded_patients_of_them",
        "genre_transport:transport_no_survivors_among",
        "genre_transport:transport_left_dead_including_the_driver",
        "class_probes:probe_no_survivors_among_crew",
        "class_probes:probe_undetermined_number_injured",
    ]
)
