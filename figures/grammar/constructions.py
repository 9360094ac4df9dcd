"""The table of constructions: one record per way a sentence links a count to its event.

Each record is data: its name (the ``rule`` column of the rows it gives), its
pattern over chunks (the language of ``figures.grammar.engine``), which role is
the anchor, which gives the number, what category it gives, its guards, and
examples that must give their rows plus near misses that must give nothing.
``tests/test_constructions.py`` runs every example and near miss through the
whole pipeline and checks the ``rule`` name; docs/patterns.md's table of these
rules is generated from this table (``python -m figures.grammar.constructions
docs/patterns.md``).

The examples are invented sentences, written for the construction, never
copied from an evaluation set.
"""

from __future__ import annotations

from dataclasses import dataclass

# An expected row: (category, value).
Row = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Construction:
    """One construction: a pattern over chunks and what a match of it means."""

    name: str
    pattern: str
    anchor: str  # the role of the chunk the engine tries: a verb group or a trigger noun
    count: str  # the role whose noun phrase gives the number (or the implied one)
    doc: str
    examples: tuple[tuple[str, tuple[Row, ...]], ...]
    near_misses: tuple[str, ...]
    category: str | None = None  # fixed category; None: the trigger entries of `category_from` say it
    category_from: str | None = None  # the role whose trigger gives the category; None: the anchor
    implied: bool = False  # the count is implied by the noun phrase ("a guard" 1, "both men" 2)
    pair: str | None = None  # a second noun phrase whose implied count is added ("X and his son")
    agent: str | None = None  # a role whose number counts the attackers: never a figure
    trigger_to: str | None = None  # the trigger span runs to this role's end ("taken to hospital")
    no_civilian: bool = False  # not for displaced/evacuated/homeless/affected (one resident is no figure)
    members: bool = False  # the count role is a list: a row per counted member, and their total
    head_from: str | None = None  # the role whose head noun says what is counted; None: the count's own
    upper: str | None = None  # the role whose number is the upper bound of a range ("at least 30, and as many as 41")
    # the table goes on for the same anchor after this construction's rows: what it skipped has a
    # reading of its own (the members after "12 people including ...", read by list_subject)
    also: bool = False
    # its number is also another row's, for another act done to the same people ("kidnapped two ...
    # and later killed them"): a row of its own beside that one, not a rival reading of the number
    second_act: bool = False
    # its people are some of a count the toll itself holds ("were among the 13 killed"): a part of that
    # row, not a rival reading of the trigger
    part_of_toll: bool = False
    # a list gives rows only when every member counts: a member without a count ("23 women and
    # children") leaves the whole sentence to the constructions after this one
    whole_list: bool = False
    # when the construction is read: "clause" (read_sentence, with the others); "zero", a stated zero
    # ("No one was killed": 0, negated, spanning the words that say no one; engine.stated_zero), read
    # before the sentence's implicit counts (read_zeros); "total", a running total of the category of
    # the sentence's rows before it ("..., bringing the total to 19"; engine.running_total), read once
    # the sentence's rows are known (read_running_totals); "part", the total a row's count is taken from
    # ("34 of the 160 dead": 160, the row of 34 its part; engine.counted_total), read on the sentence's
    # rows (read_counted_totals) once the rows whose own words make them some of an earlier row's people
    # ("40 were injured, and six remain in critical condition") are marked its parts; "field", a count in
    # a field of a table, labelled by its trigger, tried before the trigger's gap grammars ("Structures
    # destroyed: 488"; engine.house_label), and "list", an item of a labelled list, when they link
    # nothing ("Deaths by county: Oakmere 9, Kelton 4";
    # engine.label_item), both read by Fields for the pattern extractor's linker; "both", a second row
    # for a count in either of two states ("damaged or destroyed"), read on the sentence's rows
    # (read_both_states); "later", the category a later verb gives "N of the injured" ("Two of the injured
    # later died"), and "unit", the unit of those present a bare count is taken from ("Of those 150
    # households, 90 were displaced"), both read on the sentence's rows (read_later_deaths and
    # read_units_present); "along", others
    # joined to a harm "along with" it ("was killed along with three bodyguards"), read as the trigger's gap
    # grammar by Fields and, for the total of both, on the sentence's rows (read_along_totals); "link", a
    # link of one count to the first trigger after it, tried by the gap linker (patterns._link_right) where
    # the trigger's own grammars found none (read_link); "place", a link of a count no other link took to
    # the first trigger after it (patterns._place_links); "left", a link of a count to the last trigger
    # before it (patterns._link_left); "noun", a link of a count to the noun trigger after it
    # (patterns._link_right's first, with the trigger's entries); "toll", a link of a count to the last
    # trigger before it through the toll's words after the trigger, where its gap grammars linked nothing
    # (patterns._link_left's last); "implicit", a reading of victims named without a number, asked by the
    # pattern extractor in its order of such readings (grammar.read_victim); "share", a number the gap
    # linker left without a link that takes the trigger of a linked neighbour, read on the sentence's links
    # (grammar.share.read_shares, in table order within each of its sweeps)
    stage: str = "clause"


# The stages read on a sentence's rows once its linkers have read it, in this order (grammar.read_rows): each
# reads the rows of the stages before it. "along" adds the total of a subject and the others joined to its
# harm; "part" marks the counts their own words make some of an earlier row's people and adds the total a
# count is taken from; "later" and "unit" read a subject row again; "total" takes the one category of the
# rows before its verb of adding, so "both", which gives a count of houses a second category, comes after it.
# tests/test_constructions.py checks that each names constructions of the table.
ROW_STAGES: tuple[str, ...] = ("along", "part", "later", "unit", "total", "both")


CONSTRUCTIONS: tuple[Construction, ...] = (
    Construction(
        name="negated",
        pattern="trigger:any[stated_zero]",
        anchor="trigger",
        count="trigger",
        stage="zero",
        doc=(
            "A stated zero: a subject that names no one before a verb of harm ('No one was killed', 'None of "
            "the 40 passengers was hurt', 'Neither pilot was injured'), 'no' before a harm noun ('no serious "
            "injuries or deaths'), a field whose value is none ('Fatalities: None'): 0, negated. 'No houses' "
            "denies only a trigger of houses."
        ),
        examples=(
            ("Nobody was hurt when the scaffolding came down.", (("injured", 0),)),
            ("None of the 12 climbers had been injured so far.", (("injured", 0),)),
            ("The crash caused no serious injuries or deaths.", (("injured", 0), ("killed", 0))),
            ("No homes were destroyed by the mudslide.", (("houses_destroyed", 0),)),
            ("Injured: none", (("injured", 0),)),
        ),
        near_misses=(
            "Nobody knows why the bridge gave way.",
            "No houses were evacuated before the levee broke.",
            "No one could say whether the miners had survived.",
        ),
    ),
    Construction(
        name="running_total",
        pattern="total:any[running_total]",
        anchor="total",
        count="total",
        stage="total",
        doc=(
            "A verb of adding, a generic total ('the total', 'the cumulative figure', 'the number who ...') with "
            "modifiers of time or place, 'to' and the number: a running total (cumulative) of the category of "
            "the one figure before it in the sentence, its span from that figure's trigger; none when the rows "
            "before are of several categories, or when a noun of something else follows the number."
        ),
        examples=(
            (
                "Two more fishermen drowned on Sunday, bringing the total since March to 14.",
                (("killed", 2), ("killed", 14)),
            ),
            (
                "Another 300 families fled the shelling, bringing to 2,100 the number who have left since May.",
                (("displaced", 300), ("displaced", 2100)),
            ),
        ),
        near_misses=(
            "The club signed two strikers, bringing the total for the season to 19.",
            "Rain fell for 40 hours, bringing the total since Friday to 200.",
        ),
    ),
    Construction(
        name="of_a_counted_total",
        pattern="total:any[of_a_count]",
        anchor="total",
        count="total",
        stage="part",
        doc=(
            "'N of the M' right before the trigger of N's row ('34 of the 160 dead', '15 out of 27 abducted', "
            "'five of 72 residents who died', '12 of the 40 students (who were) abducted'): M is the trigger's "
            "count, a row of its own, and N's row its part."
        ),
        examples=(
            ("Among the victims, 12 of the 45 dead were children.", (("killed", 45), ("killed", 12))),
            ("Officials said 9 out of 31 abducted farmers were freed.", (("kidnapped", 31), ("kidnapped", 9))),
            ("Troops freed 12 of the 40 students abducted in May.", (("kidnapped", 40), ("kidnapped", 12))),
            ("Police released 80 of the 120 people who were arrested.", (("arrested", 120), ("arrested", 80))),
        ),
        near_misses=(
            "Two of the 45 cars were damaged.",
            "Three of the 20 reports were published.",
        ),
    ),
    Construction(
        name="house_label",
        pattern="label:any[field,house_participle]",
        anchor="label",
        count="label",
        stage="field",
        doc=(
            "A field of a table or an infobox: a housing noun, a participle of harm ('destroyed', 'damaged'), a "
            "colon and the count, on one line; a field after it may share its noun ('Houses destroyed: 1,420 / "
            "damaged: 3,985'). A number before a capitalised field's name is the previous field's, never its "
            "('Deaths: 4 Injuries: 435'). Read before the trigger's gap grammars (engine.house_label)."
        ),
        examples=(
            ("Houses destroyed: 214", (("houses_destroyed", 214),)),
            ("Homes damaged: 1,530 / destroyed: 212", (("houses_damaged", 1530), ("houses_destroyed", 212))),
        ),
        near_misses=(
            "Roads damaged: 14",
            "Vehicles destroyed: 45",
        ),
    ),
    Construction(
        name="label_list",
        pattern="label:any[field]",
        anchor="label",
        count="label",
        stage="list",
        doc=(
            "A label (a trigger with up to two words before it at the start of a line, sentence or field, "
            "capitalised, and up to three lower-case words after it), a colon or a dash, then items of a "
            "capitalised name (a place, or a group) and its count, maybe with its noun of people or dwellings "
            "('Dobo 80 families'), joined by commas, semicolons, bars or 'and': a row per item, of the label's "
            "category, its span from the label to the item's count; never of things ('Livestock deaths: ...'). "
            "Read when the trigger's gap grammars link nothing (engine.label_item)."
        ),
        examples=(
            ("Deaths by district: Arlow 6, Benning 3.", (("killed", 6), ("killed", 3))),
            ("Evacuated: Harwick 420 families; Dunmore 150 families.", (("evacuated", 420), ("evacuated", 150))),
            ("Injured per ward - North Ward: 14, Mill Ward: 9.", (("injured", 14), ("injured", 9))),
        ),
        near_misses=(
            "Livestock deaths: Tamsa 120, Rovel 40.",
            "Deaths reported: Kessa 120 mm, Dobo 80 mm.",
        ),
    ),
    Construction(
        name="damaged_or_destroyed",
        pattern="verb:any[either_state]",
        anchor="verb",
        count="verb",
        stage="both",
        doc=(
            "One count of houses in either state ('400 homes were damaged or destroyed', 'damaged or destroyed "
            "45 houses'): besides its houses_damaged row (the rule that linked it), a houses_destroyed row of "
            "the same number and span. Neither count alone is stated (docs/table.md). Read on the sentence's "
            "rows."
        ),
        examples=(
            (
                "About 650 homes were damaged or destroyed by the landslide.",
                (("houses_damaged", 650), ("houses_destroyed", 650)),
            ),
            ("The hailstorm destroyed or damaged 38 houses.", (("houses_damaged", 38), ("houses_destroyed", 38))),
        ),
        near_misses=(
            "Crops were damaged or destroyed across the valley.",
            "Dozens of cars were damaged or destroyed.",
        ),
    ),
    Construction(
        name="of_the_injured_who_died",
        pattern="harmed:any[later_death]",
        anchor="harmed",
        count="harmed",
        stage="later",
        doc=(
            "'N of the injured' (or 'of those hurt') as the subject of a later verb of death, only adverbs of "
            "time and auxiliaries between ('Two of the injured later died', '3 of the wounded had since died'): "
            "the subject row is killed, its trigger the later verb (engine.later_verb). Read on the sentence's "
            "rows."
        ),
        examples=(
            ("Two of the injured later died in hospital.", (("killed", 2),)),
            ("Five of those hurt had since died, the clinic said.", (("killed", 5),)),
        ),
        near_misses=(
            "Some of the injured later died in hospital.",
            "The injured were later moved to a clinic.",
        ),
    ),
    Construction(
        name="unit_of_those_present",
        pattern="count:any[of_those_present]",
        anchor="count",
        count="count",
        stage="unit",
        doc=(
            "A bare count after those present in a unit ('Of those 150 households, 90 were displaced'): the "
            "subject row counts in their unit (households, families), not people; only an auxiliary between the "
            "count and its verb (engine.unit_present). Read on the sentence's rows."
        ),
        examples=(
            ("Of those 150 households, 90 were displaced by the landslide.", (("displaced", 90),)),
            ("Of the 40 families, 25 were evacuated.", (("evacuated", 25),)),
        ),
        near_misses=(
            "Of those 150 households, 90 could be displaced if the dam fails.",
            "Of those 150 vehicles, 90 were damaged.",
        ),
    ),
    Construction(
        name="along_with",
        pattern="harm:any[along_with]",
        anchor="harm",
        count="harm",
        stage="along",
        doc=(
            "A harm said of a subject, then 'along with', 'together with' or 'alongside' and a count of people "
            "(or of houses, for a house category): they suffered it too ('was killed along with three "
            "bodyguards', 'died alongside 12 of his men'); with a subject that has its count, a "
            "coordinated_total of both, each its part. Never places ('alongside several reserves'). Read as the "
            "trigger's gap grammar (engine.along_with) and on the sentence's rows (read_along_totals)."
        ),
        examples=(
            (
                "The district governor was killed along with two of his bodyguards.",
                (("killed", 3), ("killed", 1), ("killed", 2)),
            ),
            (
                "Four miners died alongside 9 rescuers in the second blast.",
                (("killed", 13), ("killed", 4), ("killed", 9)),
            ),
        ),
        near_misses=(
            "The village was evacuated alongside several First Nations reserves.",
            "The mayor arrived along with 40 supporters.",
        ),
    ),
    Construction(
        name="number_in_shelter",
        pattern=(
            "victims:np|rel|paren[count|counted_end] incl:incl? members:np|coord|punct[included,nostop]* skip* "
            "stay:vg|paren[shelter_place]"
        ),
        anchor="stay",
        count="victims",
        stage="link",
        doc=(
            "A counted subject (and the members 'including' names), anything chunk-skippable, a verb of staying "
            "('living in', 'still in', 'moved to', 'relocated to') and a shelter noun up to six words after it "
            "('camps', 'evacuation centres', 'host families', 'hotels', 'base'): displaced, the span to the noun."
        ),
        examples=(
            ("Around 2,300 people were still in 14 evacuation centres on Friday.", (("displaced", 2300),)),
            ("About 640 families, most of them farmers, are living in collective sites.", (("displaced", 640),)),
            (
                "Some 9,000 people including 2,000 children were staying in 40 evacuation centres.",
                (("displaced", 9000), ("displaced", 2000)),
            ),
            ("Relief workers counted 3,000 people living in tents near the border.", (("displaced", 3000),)),
        ),
        near_misses=(
            "About 640 families are living in the valley because the bridge is closed.",
            "Some 30 volunteers moved to the town and opened a kitchen.",
        ),
    ),
    Construction(
        name="number_total_of",
        pattern="trigger:any[total_of]",
        anchor="trigger",
        count="trigger",
        stage="link",
        doc=(
            "A count, 'the', 'total' or a total's noun and 'of' with up to three words, then a trigger "
            "(verb, adjective or toll): 'brings to 274,000 the total number of people displaced'; a total "
            "(cumulative)."
        ),
        examples=(
            ("The latest clashes bring to 41,000 the total number of people displaced.", (("displaced", 41000),)),
            ("The ambush brought to 37 the number of soldiers killed this month.", (("killed", 37),)),
        ),
        near_misses=(
            "The fund brings to 12 the number of schools rebuilt for families displaced by the war.",
            "The report brought to 9 the number of months since the last people were displaced.",
        ),
    ),
    Construction(
        name="cause_number_to_verb",
        pattern="infinitive:any[caused_to]",
        anchor="infinitive",
        count="infinitive",
        stage="link",
        doc=(
            "A causative verb ('forced', 'caused', 'prompted', 'drove', ...), a count with up to three words of "
            "its noun, 'to' or 'into' and a trigger that can stand as the infinitive ('flee', 'evacuate', "
            "'leave their homes', 'collapse', 'evacuation centres'): the span from the verb to the trigger."
        ),
        examples=(
            ("The floods forced more than 7,000 villagers to flee.", (("displaced", 7000),)),
            ("The shaking caused 4,200 houses to collapse.", (("houses_destroyed", 4200),)),
            ("Rising water prompted 350 families to evacuate.", (("evacuated", 350),)),
        ),
        near_misses=(
            "The mayor urged 300 residents to evacuate.",
            "The company sent 40 engineers to inspect the dam before residents could evacuate.",
        ),
    ),
    Construction(
        name="number_of_noun",
        pattern="noun:any[partitive]",
        anchor="noun",
        count="noun",
        stage="place",
        doc=(
            "A count, '(out) of the' (these, those, all the) and up to two words before a trigger noun of "
            "displaced, evacuated, homeless or affected people: a count of those people ('300,000 of the "
            "evacuees'; with a verb after the noun, the verb's row, `number_verb`)."
        ),
        examples=(
            ("About 12,000 of the evacuees had no shelter of their own.", (("evacuated", 12000),)),
            ("Some 900 of these newly arrived IDPs were registered on Monday.", (("displaced", 900),)),
        ),
        near_misses=(
            "The last 40 of the buses carrying evacuees arrived.",
            "One of the evacuees spoke to reporters.",
        ),
    ),
    Construction(
        name="number_left_place",
        pattern="verb:any[left_place]",
        anchor="verb",
        count="verb",
        stage="place",
        doc=(
            "A count of people (its noun in the word tables), anything that may stand between a subject and "
            "its verb, and 'left' before a place (a capitalised name, 'the city', 'the villages'); 'had left' "
            "at a clause's end only after 'N of the M people': evacuated."
        ),
        examples=(
            ("More than 2,000 residents, including 300 children, left the town on Sunday.", (("evacuated", 2000),)),
            ("By Friday, 800 of the 3,000 villagers had left.", (("evacuated", 800),)),
        ),
        near_misses=(
            "Twelve trucks left the depot on Sunday.",
            "About 300 residents had left.",
        ),
    ),
    Construction(
        name="number_in_camp",
        pattern="camp:any[in_camp]",
        anchor="camp",
        count="camp",
        stage="place",
        doc=(
            "A count of people, a verb of arrival ('pushed', 'arrived', 'fled', 'crossed', ...) with up to "
            "eight words, 'into', 'to', 'in' or 'at' and a camp or shelter of displaced people ('refugee camp', "
            "'evacuation centres'; a bare 'camp' not after 'army', 'detention', ...); or 'join', the count and "
            "'(already living) in (21) camps': displaced, the span from the count to the camp."
        ),
        examples=(
            (
                "About 1,200 villagers were bussed by the army across the river to Kakuma refugee camp.",
                (("displaced", 1200),),
            ),
            ("The new arrivals joined some 40,000 Sudanese already in 12 camps.", (("displaced", 40000),)),
        ),
        near_misses=(
            "About 1,200 soldiers were moved by truck to the army camp.",
            "Some 300 volunteers arrived and then built the relief camps.",
        ),
    ),
    Construction(
        name="number_noun",
        pattern="noun:any[noun_after]",
        anchor="noun",
        count="noun",
        stage="noun",
        doc=(
            "A count, up to three words of its noun phrase (joined by 'and' or 'or'; no stop word, auxiliary "
            "or adverb, but a word of record right before the noun: 'reported', 'confirmed') and a trigger "
            "noun ('deaths', 'displaced families', 'casualties'), or a plural act that befalls one person "
            "each with its people after it ('killings of journalists'): the noun's category."
        ),
        examples=(
            ("The clashes caused 37 civilian deaths in the hill villages.", (("killed", 37),)),
            ("Officials counted 1,400 displaced families in the district.", (("displaced", 1400),)),
            ("Monitors recorded 19 confirmed deaths last week.", (("killed", 19),)),
            ("The group documented 12 killings of farmers since March.", (("killed", 12),)),
        ),
        near_misses=(
            "The 4 districts with deaths were listed.",
            "The river rose 3 metres; deaths were feared.",
        ),
    ),
    Construction(
        name="event_number",
        pattern="act:any[event_of]",
        anchor="act",
        count="act",
        stage="left",
        doc=(
            "An act's noun with its 'of' or 'to' ('the evacuation of', 'the killing of', 'the destruction of', "
            "'damage to') right before a count, or with words of how much between ('an estimated', 'another', "
            "'a total of', 'the further'): the act's category, the span from the noun to the count's noun."
        ),
        examples=(
            ("Officials ordered the evacuation of 4,200 residents from the valley.", (("evacuated", 4200),)),
            ("The group condemned the abduction of another 17 pupils.", (("kidnapped", 17),)),
            ("Crews began the demolition of an estimated 300 homes on Monday.", (("houses_destroyed", 300),)),
            (  # its act shared with the next count (shared_object): the total and both parts
                "Troops oversaw the evacuation of 700 villagers and 45 aid workers.",
                (("evacuated", 745), ("evacuated", 700), ("evacuated", 45)),
            ),
        ),
        near_misses=(
            "The evacuation of the hospital took 40 minutes.",
            "The evacuation of the valley, home to 4,000 residents, went smoothly.",
            "The demolition of the old market took 12 weeks.",
        ),
    ),
    Construction(
        name="toll_number",
        pattern="toll:any[number_who|toll_people]",
        anchor="toll",
        count="toll",
        stage="toll",
        doc=(
            "A toll named by a relative clause of its trigger, then in the same clause the toll's verb and its "
            "count ('The number of refugees who have crossed into Chad since April has risen to 31,500', 'the "
            "number who have died has reached 41'; the noun counted names people), its span from 'number'; or a "
            "toll's trigger with a noun of its people or 'number' (or both) right after it, then the toll's "
            "verb and its count ('Killed people number reached 31', 'The number of injured persons is 15', "
            "'Displaced families number 4,000', a label 'Injured persons: 23'), its span from the trigger: the "
            "trigger's category. (The trigger's own gap grammars give toll_number rows too.)"
        ),
        examples=(
            ("Wounded people number rose to 73 by the evening.", (("injured", 73),)),
            ("The number of missing persons has climbed to 16.", (("missing", 16),)),
            ("Evacuated households number reached 2,150 on Friday.", (("evacuated", 2150),)),
            ("The number of pilgrims who drowned in the river has risen to 26.", (("killed", 26),)),
            ("The number who were hurt in the stampede now stands at 112.", (("injured", 112),)),
        ),
        near_misses=(
            "Wounded people numbered in the hundreds at the field clinic.",
            "The number of missing persons is unknown, with 16 teams searching.",
            "Injured horses number reached 40 at the fair.",
            "The number of boats that sank in the harbour has risen to 26.",
            "The number who were hurt is unknown; 112 beds were free.",
        ),
    ),
    Construction(
        name="implicit_singular",
        pattern=(
            "victim:any[subject_pair|object_pair|body_owner|singular_before|named_subject|and_one|act_of_one"
            "|named_object|singular_after|alongside_one|and_one_after]"
        ),
        anchor="victim",
        count="victim",
        stage="implicit",
        doc=(
            "Victims named without a number, read where the pattern extractor reads them, in the pattern's order: two "
            "single persons joined by 'and' as the subject under a plural auxiliary, read from where a subject "
            "may start ('The judge and a court clerk were injured': 2, "
            "subject_pair); two persons as a verb's "
            "object ('killed the mayor and his daughter': 2), whose body was found ('his body was found', "
            "'the young mayor's charred body'), one person after a noun of killing or harm ('the killing of "
            "a journalist', not one remembered: 'the anniversary of the death of'), a name after a verb of "
            "harm that its apposition says is a person ('shot dead Sheikh Ali Othman, a Sufi imam'): 1 each "
            "but the pair, killed and injured only; one person as the subject right before the verb, with up "
            "to three auxiliaries or '-ly' adverbs between, a singular one for a participle ('A Mexican "
            "journalist, a father of three, was reportedly killed', 'the driver died'; not 'a journalist "
            "killed', a headline's); one named or long-winded person as the subject under a singular auxiliary, "
            "read from where a subject may start ('Jonas Petrov, the mayor of Dunmore, was murdered', 'An "
            "engineer of the water company has been killed'; not 'A gunman has killed', who did it: "
            "named_subject); "
            "one person joined by 'and', the verb's auxiliary left out ('was killed and "
            "his brother wounded'); one person as a verb's object, 'a', 'his' or a title with "
            "'of' or a name ('killed a prominent elder at the market', 'wounded his brother', 'shot the head "
            "of a radio station'; not a count's words: 'a total of', 'a dozen'): 1, of any category; one more "
            "person after a row, joined by 'alongside' after its verb ('was killed, alongside his driver') or "
            "by 'and' after its counted object ('killed a dozen inmates and a female visitor'): 1, a part of "
            "the total of both (a coordinated_total)."
        ),
        examples=(
            ("Raiders shot dead the headmaster and his deputy on Monday.", (("killed", 2),)),
            ("Her body was found on Tuesday in a ditch near the farm.", (("killed", 1),)),
            ("Hundreds protested against the killing of a local radio journalist.", (("killed", 1),)),
            ("Masked men gunned down Pastor Elias Mbeki, a church elder, outside his home.", (("killed", 1),)),
            ("A stray shell wounded a young shepherd near the border post.", (("injured", 1),)),
            ("A young farmer was also later shot dead.", (("killed", 1),)),
            ("A ranger was shot dead and his younger brother badly wounded.", (("killed", 1), ("injured", 1))),
            ("A village elder was killed, alongside his nephew.", (("killed", 1), ("killed", 2), ("killed", 1))),
            ("Raiders killed 9 herders and a trader near the well.", (("killed", 9), ("killed", 10), ("killed", 1))),
            ("The judge and a court clerk were injured in the attack.", (("injured", 2),)),
            ("Jonas Petrov, the mayor of Dunmore, was murdered on Friday.", (("killed", 1),)),
            ("An engineer of the state water company has been killed in the north.", (("killed", 1),)),
        ),
        near_misses=(
            "The party elected the mayor and his deputy on Monday.",
            "The body was found to be in breach of the rules.",
            "Hundreds marked the anniversary of the killing of a local journalist.",
            "The flood injured a herd of cattle near the border post.",
            "The old ferry was destroyed in the storm.",
            "The game was stopped and a goalpost broken.",
            "Jonas Petrov, a local farmer, has killed himself.",
            "The mayor and his wife were honoured at the gala.",
        ),
    ),
    Construction(
        name="coordinated_subject",
        pattern="victims:np[count] join:coord|punct[and|comma] other:np[count] skip* verb:vg[passive|intrans]",
        anchor="verb",
        count="victims",
        stage="share",
        doc=(
            "A count joined by 'and', a comma or 'as well as' to the counted subject of a linked verb ('Four "
            "soldiers and nine civilians were killed'): the verb's category, a part of the total of both "
            "(coordinated_total). Not the people of an act before it ('the deaths of two assailants'), those "
            "present ('Of the 35 passengers'), a part named by 'including' before a clause of its own, an object "
            "of a verb before it, nor houses joined to people. Read on the sentence's links (grammar.share)."
        ),
        examples=(
            (
                "Four soldiers and nine civilians were killed in the ambush.",
                (("killed", 13), ("killed", 4), ("killed", 9)),
            ),
            ("Five wardens and 30 inmates were hurt in the riot.", (("injured", 35), ("injured", 5), ("injured", 30))),
        ),
        near_misses=(
            "Four trucks and nine cars were damaged in the ambush.",
            "Four soldiers and nine civilians could be killed if the talks fail.",
        ),
    ),
    Construction(
        name="rival_estimate",
        pattern="first:np[count] skip* verb:vg skip* other:np[count]",
        anchor="verb",
        count="other",
        stage="share",
        doc=(
            "A second report of the figure just linked, by a generic noun ('but activists put the figure at', "
            "'the union put the number at', 'the real figure was'): a row of the same category of its own, "
            "neither a part nor more. Read on the sentence's links (grammar.share)."
        ),
        examples=(
            (
                "Officials said 40 people were killed, but activists put the figure at more than 90.",
                (("killed", 40), ("killed", 90)),
            ),
            ("The blast killed five workers, but the union put the figure at nine.", (("killed", 5), ("killed", 9))),
        ),
        near_misses=(
            "Activists put the figure at more than 90 for the rally.",
            "The report put the figure at more than 90 for the whole rally.",
        ),
    ),
    Construction(
        name="subset",
        pattern="whole:np[count] skip* comma:punct[comma] part:np[count]",
        anchor="part",
        count="part",
        stage="share",
        doc=(
            "A count of some of the people of the count linked before it: after a comma and with 'of them' or "
            "how badly ('Twenty passengers were injured, three of them seriously', '12 firefighters were hurt, "
            "two critically'), after 'including' ('killed nine people including five civilians'), the next "
            "member of such a list, or a part of an object told by 'of them' or 'one ... the other': the "
            "category of the count before, its part. Read on the sentence's links (grammar.share)."
        ),
        examples=(
            ("Twenty passengers were injured, three of them seriously.", (("injured", 20), ("injured", 3))),
            ("Twelve firefighters were hurt, two critically.", (("injured", 12), ("injured", 2))),
        ),
        near_misses=(
            "Twenty passengers could be injured, three of them seriously, the drill assumed.",
            "Twenty passengers were stranded, three of them for hours.",
        ),
    ),
    Construction(
        name="shared_object",
        pattern="verb:vg[active,transitive] first:np[count] join:coord|punct[and|comma] victims:np[count]",
        anchor="verb",
        count="victims",
        stage="share",
        doc=(
            "A count joined by 'and' or a comma to the counted object of a linked verb ('The gunmen killed three "
            "guards and two drivers'): the verb's category, a part of the total of both (coordinated_total). "
            "Read on the sentence's links (grammar.share)."
        ),
        examples=(
            (
                "The gunmen killed three guards and two drivers at the depot.",
                (("killed", 5), ("killed", 3), ("killed", 2)),
            ),
            (
                "Police ordered the arrest of 12 rioters and 3 organisers.",
                (("arrested", 15), ("arrested", 12), ("arrested", 3)),
            ),
        ),
        near_misses=(
            "The gunmen could kill three guards and two drivers at the depot.",
            "The storm uprooted three oaks and two pines near the depot.",
        ),
    ),
    Construction(
        name="distributive",
        pattern="verb:vg first:np[count] where:pp join:coord|punct[and|comma] victims:np[count] there:pp",
        anchor="verb",
        count="victims",
        stage="share",
        doc=(
            "Counts of the same harm by place, each with its place after it ('The floods killed 6 in Arlow and 4 "
            "in Benning', '243 died, 196 in Germany'), or a second item that keeps the first one's preposition "
            "and leaves out its verb ('40 were blamed on air strikes and 19 on landmines'): the linked count's "
            "category; the counts by place are parts of their total. Read on the sentence's links "
            "(grammar.share)."
        ),
        examples=(("The floods killed 6 in Arlow and 4 in Benning.", (("killed", 10), ("killed", 6), ("killed", 4))),),
        near_misses=(
            "The floods could kill 6 in Arlow and 4 in Benning.",
            "Rebels vowed to kill 6 in Arlow and 4 in Benning.",
        ),
    ),
    Construction(
        name="same_figure",
        pattern="first:np[count] comma:punct[comma] or:coord other:np[count]",
        anchor="other",
        count="other",
        stage="share",
        doc=(
            "The people of the count linked before it counted again in another unit ('displaced 1,500 "
            "households, or about 7,000 people', 'representing', 'equivalent to'): a row of its own of the same "
            "category, marked a part (with 'including' before it, a subset). Read on the sentence's links "
            "(grammar.share)."
        ),
        examples=(
            (
                "The floods displaced 1,500 households, or about 7,000 people.",
                (("displaced", 1500), ("displaced", 7000)),
            ),
        ),
        near_misses=(
            "The fund helped 1,500 households, or about 7,000 people.",
            "The floods could displace 1,500 households, or about 7,000 people.",
        ),
    ),
    Construction(
        name="inside_subject",
        pattern="victims:np[count] aside:paren[count] skip* verb:vg[passive|intrans]",
        anchor="aside",
        count="aside",
        stage="share",
        doc=(
            "A count inside the counted subject of a linked verb, in brackets ('Some 300 families (about 1,800 "
            "people) were displaced'): the same people in another unit, or a part of them in the same unit ('12 "
            "people (three children)'). Read on the sentence's links (grammar.share)."
        ),
        examples=(
            (
                "Some 300 families (about 1,800 people) were displaced by the fighting.",
                (("displaced", 300), ("displaced", 1800)),
            ),
        ),
        near_misses=(
            "Some 300 families (about 1,800 people) were visited by the team.",
            "Some 300 families (about 1,800 people) could be displaced if the dam fails.",
        ),
    ),
    Construction(
        name="agent_list",
        pattern="agents:np[count,agent,!object] skip* verb:vg[active,transitive,!modal,!negated] items:list",
        anchor="verb",
        count="items",
        members=True,
        implied=True,
        agent="agents",
        doc=(
            "A number of attackers before an active verb and a list of victims: each victim counted, the "
            "attackers not ('Four gunmen shot and killed a guard and two clerks' is 3)."
        ),
        examples=(
            (
                "Four gunmen shot and killed a guard and two clerks.",
                (("killed", 3), ("killed", 1), ("killed", 2)),
            ),
            (
                "Three raiders shot dead Ramon Ortiz, his wife Marta, and his son Carlos.",
                (("killed", 3), ("killed", 1), ("killed", 1), ("killed", 1)),
            ),
        ),
        near_misses=("Two gunmen could kill a guard and two clerks, police feared.",),
    ),
    Construction(
        name="agent_subject",
        pattern=(
            "agents:np[count,agent,!object] skip* verb:vg[active,transitive,!modal,!negated] "
            "victims:np[implied|nocount,victim]"
        ),
        anchor="verb",
        count="victims",
        implied=True,
        agent="agents",
        doc=(
            "A number of attackers before an active verb counts the attackers; the victim is the object "
            "(an object without a number gives no row: 'Two gunmen killed police personnel')."
        ),
        examples=(
            ("Three militants shot dead a police officer at the checkpoint.", (("killed", 1),)),
            ("Five gunmen shot and killed a farmer near the market on Friday.", (("killed", 1),)),
        ),
        near_misses=(
            "Two gunmen could kill a hostage at any moment, the negotiator warned.",
            "Two raiders stabbed market traders in the town.",
        ),
    ),
    Construction(
        name="count_including",
        pattern=(
            "victims:np[count,victim] incl:incl members:np|paren|coord|punct[nostop]* "
            "verb:vg[passive|intrans,trigger,!modal,!negated]"
        ),
        anchor="verb",
        count="victims",
        also=True,
        doc="A counted subject and the members it includes, named without commas: the subject's count is the figure.",
        examples=(
            (
                "Eleven people including four nurses, a driver and two visitors were injured in the fire.",
                (("injured", 11), ("injured", 7), ("injured", 4), ("injured", 1), ("injured", 2)),
            ),
            (
                "Thirty passengers including Danish, Dutch and Belgian tourists were injured when the bus overturned.",
                (("injured", 30),),
            ),
            ("Forty guests including Kenyan, Ugandan and Rwandan nationals were hurt.", (("injured", 40),)),
        ),
        near_misses=(
            "Twelve houses including a school, a clinic and a shop could be destroyed by the river.",
            "Nine pupils including two cousins; others were hurt.",
        ),
    ),
    Construction(
        name="additive_aside",
        pattern=(
            "items:pp[addition,victim,count|implied,!holds_trigger] comma:punct[comma] items:np[count,victim] skip* "
            "verb:vg[passive|intrans,trigger,!modal,!negated]"
        ),
        anchor="verb",
        count="items",
        members=True,
        implied=True,
        doc=(
            "People added to the clause's count by 'besides', 'aside from', 'in addition to': "
            "'Besides the gunman, four worshippers were killed' is 5, as 'The gunman and four worshippers'."
        ),
        examples=(
            (
                "Besides the pilot, two tourists were killed when the balloon came down.",
                (("killed", 3), ("killed", 1), ("killed", 2)),
            ),
            (
                "In addition to the attacker, at least five guards died at the gate.",
                (("killed", 6), ("killed", 1), ("killed", 5)),
            ),
        ),
        near_misses=(
            "In addition to the guards, the embassy hired two cooks.",
            "Besides the teacher, two pupils could be evacuated by boat.",
        ),
    ),
    Construction(
        name="reflexive_deaths",
        pattern=(
            "agents:np[count|implied,agent] any:any[!clause_end]* "
            "verb:vg[active,trigger,!modal,!negated,!infinitive] self:np[self]"
        ),
        anchor="verb",
        count="agents",
        implied=True,
        trigger_to="self",
        also=True,  # "killing himself and 28 others": the others are list_object's
        no_civilian=True,
        doc="Attackers who killed or hurt themselves: 'The three attackers ..., killing themselves' is 3 (attackers).",
        examples=(
            (
                "The two raiders drove the truck into the gate, killing themselves and wounding a guard.",
                (("killed", 2), ("injured", 1)),
            ),
            ("The bomber set off his belt too early, killing only himself.", (("killed", 1),)),
        ),
        near_misses=(
            "The gunman threatened to kill himself.",
            "The two raiders tried to blow themselves up but were arrested.",
        ),
    ),
    Construction(
        name="excluded_aside",
        pattern=(
            "items:np[count,victim] items:paren[excluding,implied] verb:vg[passive|intrans,trigger,!modal,!negated]"
        ),
        anchor="verb",
        count="items",
        members=True,
        implied=True,
        no_civilian=True,
        doc="A count and the one it leaves out, who met the same fate: 'Six people, not including the bomber, "
        "were killed' is 7, with parts 6 and 1.",
        examples=(
            (
                "Four guards, not including the gunman, were killed at the gate.",
                (("killed", 5), ("killed", 4), ("killed", 1)),
            ),
        ),
        near_misses=("Four guards, not including the gunman, could be charged.",),
    ),
    Construction(
        name="appositive_list_subject",
        pattern=(
            "victims:np[count,victim] open:punct[comma] items:list close:punct[comma] "
            "verb:vg[passive|intrans,trigger,!modal,!negated]"
        ),
        anchor="verb",
        count="victims",
        doc=(
            "A counted subject, then between commas the people it counts ('Three people, a father and two "
            "sons, were killed'): the subject's count is the figure (the list between commas is no subject "
            "of its own; a counted member stays a part of it)."
        ),
        examples=(("Four people, a mother and three children, were killed.", (("killed", 4), ("killed", 3))),),
        near_misses=("Four people, a mother and three children, may be evacuated.",),
    ),
    Construction(
        name="list_subject",
        pattern="items:list skip* verb:vg[passive|intrans,trigger,!modal,!negated,!singular]",
        anchor="verb",
        count="items",
        members=True,
        implied=True,
        doc="A list of noun phrases before the verb: each counted member of the verb's kind, and their total.",
        examples=(
            (
                "Several dozen shops, 1,250 homes, and 1,000 vehicles were damaged.",
                (("houses_damaged", 1250),),
            ),
            (
                "Four officers, two soldiers and a civilian, all in the convoy, were killed.",
                (("killed", 7), ("killed", 4), ("killed", 2), ("killed", 1)),
            ),
            (
                "The driver and two passengers were hurt when the bus overturned.",
                (("injured", 3), ("injured", 1), ("injured", 2)),
            ),
        ),
        near_misses=("Two goats, three cows and a horse were killed.",),
    ),
    Construction(
        name="list_object",
        pattern="verb:vg[active,transitive,!modal,!negated] items:list",
        anchor="verb",
        count="items",
        members=True,
        implied=True,
        doc="An active verb and a list of objects: 'killed a guard, two clerks and a driver' is 4, as parts.",
        examples=(
            (
                "The bombing killed a guard, two clerks and a driver.",
                (("killed", 4), ("killed", 1), ("killed", 2), ("killed", 1)),
            ),
        ),
        near_misses=("The gunmen opened fire, hitting two cars, a bus and a wall.",),
    ),
    Construction(
        name="range_subject",
        pattern=(
            "low:np[count,nohead] c1:punct[comma] and:coord[and] high:np[count,nohead] c2:punct[comma] "
            "victims:np[nocount,victim] skip* verb:vg[passive|intrans,trigger,!modal,!negated]"
        ),
        anchor="verb",
        count="low",
        upper="high",
        head_from="victims",
        doc="Two estimates set apart by commas before the counted noun: one range, never two figures.",
        examples=(("At least 30, and as many as 41, villagers were killed.", (("killed", 30),)),),
        near_misses=("At least 30, and as many as 41, villagers could be killed.",),
    ),
    Construction(
        name="implicit_pair",
        pattern=(
            "victims:np[implied,victim,!object] paren? and:coord[and] second:np[implied|count,victim] skip* "
            "verb:vg[passive|intrans,trigger,!modal,!negated,!singular]"
        ),
        anchor="verb",
        count="victims",
        implied=True,
        pair="second",
        no_civilian=True,
        doc="A person named without a number, 'and', and another or a count: 'the driver and one passenger' is 2.",
        examples=(
            ("Mr Okafor, the village head, and his nephew were killed in the raid.", (("killed", 2),)),
            ("Maria Lopez, 34, and her neighbour were injured when the balcony collapsed.", (("injured", 2),)),
            ("Ms Banda, a nurse, and two of her patients were injured.", (("injured", 3), ("injured", 2))),
        ),
        near_misses=("The mayor and the governor were criticised after the raid.",),
    ),
    Construction(
        name="subject_verb",
        pattern="victims:np[count,victim] skip* verb:vg[passive|intrans,trigger,!modal,!negated]",
        anchor="verb",
        count="victims",
        doc="A counted subject, then anything chunk-skippable, then a passive or intransitive trigger.",
        examples=(
            (
                "At least three people, including a shopkeeper, a guard and a driver, were killed on Monday.",
                (("killed", 3),),
            ),
            (
                "Twelve miners trapped since the weekend in the flooded shaft near the river died.",
                (("killed", 12),),
            ),
            ("Fifteen detainees were killed when the prison wall collapsed.", (("killed", 15),)),
        ),
        near_misses=(
            "Three provinces, including the capital region, were affected.",
            "Nine climbers could be killed if the ridge gives way.",
        ),
    ),
    Construction(
        name="list_harm_predicate",
        pattern=(
            "items:list skip* verb:vg[light,!modal,!negated,!singular] mods:np[nocount,!victim]? "
            "harm:tnoun|np|vg|pp[harm,!without]"
        ),
        anchor="verb",
        count="items",
        members=True,
        implied=True,
        category="injured",
        trigger_to="harm",
        doc="A list of noun phrases before a light verb and a harm noun: each member, and their total.",
        examples=(
            (
                "Three adults and two children received minor injuries.",
                (("injured", 5), ("injured", 3), ("injured", 2)),
            ),
        ),
        near_misses=("Three adults and two children received yellow cards.",),
    ),
    Construction(
        name="harm_predicate",
        pattern=(
            "victims:np[count|implied,victim,!carer] skip* verb:vg[light,!escaping,!modal,!negated] "
            "mods:np[nocount,!victim]? harm:tnoun|np|vg|pp[harm,!without]"
        ),
        anchor="verb",
        count="victims",
        category="injured",
        implied=True,
        trigger_to="harm",
        doc="A light verb and a harm noun with any modifiers: 'received minor injuries', 'suffered two broken legs'.",
        examples=(
            ("Six campers sleeping in the lower field received minor injuries.", (("injured", 6),)),
            ("A farmer suffered two broken legs when the barn collapsed.", (("injured", 1),)),
            ("Both occupants received minor injuries.", (("injured", 2),)),
        ),
        near_misses=("Six players received yellow cards in the second half.",),
    ),
    Construction(
        name="escaped_with_harm",
        pattern=(
            "victims:np[count|implied,victim,!carer] skip* verb:vg[escaping,!modal,!negated] "
            "harm:pp[harm,with,!without]"
        ),
        anchor="verb",
        count="victims",
        category="injured",
        implied=True,
        trigger_to="harm",
        doc="A verb of escaping and a harm 'with' it: 'escaped with cuts' is injured; 'escaped injury' is unhurt.",
        examples=(
            ("Eleven hikers escaped with cuts and bruises.", (("injured", 11),)),
            ("The driver escaped with minor injuries when the bus overturned.", (("injured", 1),)),
        ),
        near_misses=("Another man escaped injury when the roof collapsed.", "Two pupils escaped serious injury."),
    ),
    Construction(
        name="fatal_harm_predicate",
        pattern="victims:np[count|implied,victim,!carer] skip* verb:vg[light,!modal,!negated] harm:tnoun|np[fatal]",
        anchor="verb",
        count="victims",
        category="killed",
        implied=True,
        no_civilian=True,
        trigger_to="harm",
        doc="A light verb and a harm noun of death: 'the driver sustained fatal injuries' is killed 1.",
        examples=(("The driver of the van sustained fatal injuries.", (("killed", 1),)),),
        near_misses=("The driver could sustain fatal injuries without a belt.",),
    ),
    Construction(
        name="house_damage",
        pattern=(
            "victims:np[count,house] skip* verb:vg[light,!modal,!negated] mods:np[nocount]? harm:tnoun|np|vg[damage]"
        ),
        anchor="verb",
        count="victims",
        category="houses_damaged",
        trigger_to="harm",
        doc="Counted houses, a light verb and a damage noun: '870 homes received minor roof damage'.",
        examples=(("Some 870 homes along the coast received minor roof damage.", (("houses_damaged", 870),)),),
        near_misses=("Two cars received minor damage in the car park.",),
    ),
    Construction(
        name="list_care_transfer",
        pattern=("items:list skip* verb:vg[care,!modal,!negated,!singular] by:pp[!hospital]? place:pp|tnoun[hospital]"),
        anchor="verb",
        count="items",
        members=True,
        implied=True,
        category="injured",
        trigger_to="place",
        doc="A list of noun phrases taken, rushed or admitted to a hospital: each member, and their total.",
        examples=(
            (
                "A teacher and two pupils were rushed to hospital after the gas leak.",
                (("injured", 3), ("injured", 1), ("injured", 2)),
            ),
        ),
        near_misses=("A doctor and two nurses were sent to the hospital to cover the night shift.",),
    ),
    Construction(
        name="care_object",
        pattern="verb:vg[care,active,!modal,!negated] victims:np[count|implied,victim] harm:pp[harm,!without]",
        anchor="verb",
        count="victims",
        implied=True,
        category="injured",
        trigger_to="harm",
        doc="An active verb of care, its people and what they were treated for: 'medics treated 230 people for burns'.",
        examples=(
            ("Medics treated 41 people for smoke inhalation at the scene.", (("injured", 41),)),
            ("Paramedics treated a cyclist for head injuries.", (("injured", 1),)),
        ),
        near_misses=(
            "The clinic treated 300 patients for diabetes last year.",
            "Doctors could treat 500 people for burns in the new ward.",
        ),
    ),
    Construction(
        name="harm_among",
        pattern="harm:tnoun|np[harm] skip* verb:vg[passive,!modal,!negated] victims:pp[among,count,victim]",
        anchor="harm",
        count="victims",
        category="injured",
        trigger_to="harm",
        doc="A harm noun reported among people: 'injuries were reported among 17 people'.",
        examples=(("Minor injuries were recorded among 23 pilgrims after the crush.", (("injured", 23),)),),
        near_misses=("Cases of flu were reported among 23 pilgrims.",),
    ),
    Construction(
        name="care_transfer_active",
        pattern=(
            "verb:vg[active,moving|care,!modal,!negated] victims:np[count|implied,victim,!carer] "
            "by:pp[!hospital]? place:pp|tnoun[hospital]"
        ),
        anchor="verb",
        count="victims",
        implied=True,
        category="injured",
        trigger_to="place",
        doc="A verb that moves people, its object and a hospital: 'the gas leak sent 43 workers to hospital'.",
        examples=(
            ("The gas leak sent 43 workers to hospital with breathing problems.", (("injured", 43),)),
            ("Ambulances took 12 passengers to the district hospital.", (("injured", 12),)),
        ),
        near_misses=("The charity sent 43 volunteers to the hospital to paint the wards.",),
    ),
    Construction(
        name="lost_own_side",
        pattern="verb:vg[active,losing,!modal,!negated] victims:np[count,own_side]",
        anchor="verb",
        count="victims",
        category="killed",
        doc=(
            "A side that lost its own fighters: 'the army lost 12 soldiers in the ambush', 'the militia lost "
            "four of its own'; not what a team or a firm loses alive (players, workers, seats)."
        ),
        examples=(
            ("The garrison lost 14 soldiers when the convoy was ambushed.", (("killed", 14),)),
            ("The rebels said they had lost six of their own in the fighting.", (("killed", 6),)),
        ),
        near_misses=(
            "The club lost 12 players to injuries this season.",
            "The factory lost 300 workers to its rivals last year.",
            "The party lost six seats in the election.",
        ),
    ),
    Construction(
        name="lost_to_cause",
        pattern="verb:vg[active,losing,!modal,!negated] victims:np[count,victim] cause:pp[loss_cause]",
        anchor="verb",
        count="victims",
        category="killed",
        doc=(
            "A place or a people that lost its people to violence, a hazard or an illness: 'the district has "
            "lost 85 residents to banditry', 'the village lost 12 people to the floods'."
        ),
        examples=(
            ("The district has lost 85 residents to banditry since January.", (("killed", 85),)),
            ("The village lost 12 people to the floods last spring.", (("killed", 12),)),
        ),
        near_misses=(
            "The club lost 12 players to injuries this season.",
            "The firm lost 200 workers to automation.",
            "The town could lose 40 people to the heat this summer.",
        ),
    ),
    Construction(
        name="care_transfer",
        pattern=(
            "victims:np[count|implied,victim,!carer] skip* verb:vg[care,!modal,!negated] "
            "by:pp[!hospital]? place:pp|tnoun[hospital]"
        ),
        anchor="verb",
        count="victims",
        category="injured",
        implied=True,
        trigger_to="place",
        doc="People taken, rushed or admitted to a hospital are injured.",
        examples=(
            ("Four passengers were rushed by ambulance to the district hospital.", (("injured", 4),)),
            ("Two skaters were taken to hospital after the ice gave way.", (("injured", 2),)),
        ),
        near_misses=("Two nurses were taken to the hospital to help with the night shift.",),
    ),
    Construction(
        name="object_to_death",
        pattern="verb:vg[active,!modal,!negated,!verdict] victims:np[count|implied,victim] result:pp[to_death]",
        anchor="result",
        count="victims",
        category="killed",
        implied=True,
        trigger_to="result",
        doc=(
            "Any verb, its object, and 'to death': 'hacked 12 farmers to death', 'stabbed a guard to death'; "
            "not a verdict nor a figure of speech ('sentenced 14 men to death', 'bored them to death')."
        ),
        examples=(
            ("Raiders hacked 12 farmers to death near the river.", (("killed", 12),)),
            ("A mob kicked a shepherd to death in the square.", (("killed", 1),)),
        ),
        near_misses=(
            "The fans cheered the players to the final whistle.",
            "A military court sentenced 14 mutineers to death on Thursday.",
            "The long speech bored 300 delegates to death.",
        ),
    ),
    Construction(
        name="forced_from_homes",
        pattern="verb:vg[active,force,!modal,!negated] victims:np[count,victim] result:tnoun[result]",
        anchor="result",
        count="victims",
        category_from="result",
        trigger_to="result",
        doc="A verb of driving out, its counted object, and where from: 'drove 640 villagers out of their houses'.",
        examples=(
            ("The militia drove 640 villagers out of their houses.", (("displaced", 640),)),
            ("Floodwater forced 6,500 people from their homes in the valley.", (("displaced", 6500),)),
        ),
        near_misses=("Volunteers drove 40 elderly residents to their homes after the concert.",),
    ),
    Construction(
        name="taken_captive",
        pattern="verb:vg[active,capture,!modal,!negated] victims:np[count|implied,victim] result:tnoun[result]",
        anchor="result",
        count="victims",
        implied=True,
        category_from="result",
        trigger_to="result",
        doc=(
            "A verb of taking, its object and 'hostage' or 'captive' ('the rebels took 14 aid workers hostage'), "
            "or 'into custody' ('police took 12 suspects into custody': arrested)."
        ),
        examples=(
            ("The gunmen took 14 aid workers hostage at the clinic.", (("kidnapped", 14),)),
            ("Rioting inmates held two guards hostage for a day.", (("kidnapped", 2),)),
            ("Officers had taken 45 people into custody by midnight.", (("arrested", 45),)),
        ),
        near_misses=("The gunmen could take 14 aid workers hostage, police feared.",),
    ),
    Construction(
        name="forced_from_homes_passive",
        pattern="victims:np[count,victim] skip* verb:vg[passive,force,!modal,!negated] result:tnoun[result]",
        anchor="result",
        count="victims",
        category_from="result",
        trigger_to="result",
        doc="A counted subject driven out, in the passive: '640 villagers were driven out of their houses'.",
        # ("driven out" is a lexicon trigger since session 12, read by the gap grammars first: "chased" here)
        examples=(("Some 640 villagers were chased out of their houses by the militia.", (("displaced", 640),)),),
        near_misses=("Some 640 villagers could be chased out of their houses by the dam.",),
    ),
    Construction(
        name="with_harm",
        pattern="victims:np[count,victim,!carer] harm:pp[with,harm]",
        anchor="harm",
        count="victims",
        category="injured",
        trigger_to="harm",
        doc="A count of people with a harm noun and no verb, as in lists and notes: '4 others with minor injuries'.",
        examples=(
            ("The roof fell in; 4 others with minor injuries.", (("injured", 4),)),
            ("Two climbers with frostbite and broken ribs were flown out.", (("injured", 2),)),
        ),
        near_misses=("Two climbers with ropes and helmets were flown out.",),
    ),
    Construction(
        name="harm_to_people",
        pattern="harm:np|tnoun|pp[harm] victims:pp[of,someone,unjoined,count|implied]",
        anchor="harm",
        count="victims",
        category="injured",
        implied=True,
        no_civilian=True,
        doc="A harm noun and the people it was done to: 'causing minor injury to the driver'.",
        examples=(
            ("The gust dropped a branch on a van, causing minor injury to the driver.", (("injured", 1),)),
            ("The blast dealt serious injuries to a welder at the yard.", (("injured", 1),)),
        ),
        near_misses=(
            "The report noted injuries to two horses.",
            "The report lists injuries to livestock across the valley.",
            "The fall caused injuries to the pilot and two passengers.",
        ),
    ),
    Construction(
        name="caused_harm",
        pattern="verb:vg[cause,!modal,!negated] harm:np|tnoun|pp[harm|fatal,implied]",
        anchor="verb",
        count="harm",
        implied=True,
        category_from="harm",
        trigger_to="harm",
        doc="A verb of cause and one harm named without a number: 'resulting in an injury', 'causing a death'.",
        examples=(
            ("A pine crashed onto the cabin, resulting in an injury.", (("injured", 1),)),
            ("The icy ramp caused a death on Tuesday night.", (("killed", 1),)),
        ),
        near_misses=(
            "Crews cleared the pine so it would not cause an injury.",
            "Officials said the storm caused injuries across the county.",
        ),
    ),
    Construction(
        name="care_aside",
        pattern="victims:pp[with,count,victim,!carer] verb:vg[care,!modal,!negated] place:pp|tnoun[hospital]",
        anchor="verb",
        count="victims",
        category="injured",
        trigger_to="place",
        doc="A count after 'with' and a verb of care: 'with four patients taken to hospital'.",
        examples=(
            ("The van left the road, with three passengers transported to hospital.", (("injured", 3),)),
            ("The road was closed for hours, with one motorist being taken for treatment.", (("injured", 1),)),
        ),
        near_misses=("The van left the road, with three passengers transported to the depot.",),
    ),
    Construction(
        name="implicit_object",
        pattern="verb:vg[active,transitive,!modal,!negated] victims:np[implied,victim]",
        anchor="verb",
        count="victims",
        implied=True,
        no_civilian=True,
        doc="An active trigger verb and one person named without a number ('injuring another').",
        examples=(
            (
                "A falling tree killed a motorist and seriously injured another on the bridge.",
                (("killed", 1), ("injured", 1)),
            ),
        ),
        near_misses=("The gale could kill a climber on the ridge.", "Police shot the suspect at the scene."),
    ),
    Construction(
        name="implicit_subject",
        pattern="victims:np[implied,victim] skip* verb:vg[passive|intrans,trigger,!modal,!negated]",
        anchor="verb",
        count="victims",
        implied=True,
        no_civilian=True,
        doc="A subject without a number names one person ('the driver', a name) or two ('both officers').",
        examples=(
            ("Ndlovu, a retired teacher, was killed when the wall fell.", (("killed", 1),)),
            ("Both officers were injured during the arrest.", (("injured", 2),)),
            ("A hang glider was injured when a gust threw him against the cliff.", (("injured", 1),)),
            ("The couple was hurt when their porch collapsed.", (("injured", 2),)),
        ),
        near_misses=(
            "A resident fled before the flood reached the street.",
            "He was injured in the fall.",
            "A transformer was destroyed by the surge.",
        ),
    ),
    Construction(
        name="implicit_house_subject",
        pattern="houses:np[implied,house] skip* verb:vg[passive|intrans|alone,trigger,!modal,!negated]",
        anchor="verb",
        count="houses",
        implied=True,
        doc="A dwelling or building without a number is one ('A mobile home was destroyed').",
        examples=(
            ("A mobile home was destroyed by the tornado.", (("houses_destroyed", 1),)),
            ("A farmhouse near the river was damaged.", (("houses_damaged", 1),)),
            ("A school building collapsed during the earthquake.", (("houses_destroyed", 1),)),
        ),
        near_misses=("A house could be destroyed if the dam fails.", "The house was not damaged."),
    ),
    Construction(
        name="implicit_house_object",
        pattern="verb:vg[active,transitive,trigger,!modal,!negated] houses:np[implied,house]",
        anchor="verb",
        count="houses",
        implied=True,
        doc="An active verb and a dwelling or building without a number: one ('the storm destroyed a barn').",
        examples=(("Falling trees damaged a house on Elm Street.", (("houses_damaged", 1),)),),
        near_misses=("The wind could destroy a house in minutes.",),
    ),
    Construction(
        name="label_before",
        pattern="verb:vg[past,!modal,!negated] label:np[house,nocount] colon:punct[colon]? value:np[count]",
        anchor="verb",
        count="value",
        head_from="label",
        doc="A table or list field whose label is a participle and a housing noun, then its count.",
        examples=(
            ("Destroyed shelters: 1,240", (("houses_destroyed", 1240),)),
            ("Damaged houses 7,315", (("houses_damaged", 7315),)),
        ),
        near_misses=("Damaged houses were rebuilt in 2019.",),
    ),
    Construction(
        name="toll_included_list",
        pattern="toll:np|tnoun[toll,nocount] verb:vg|aux[copula,!modal,!negated] items:list",
        anchor="verb",
        count="items",
        members=True,
        implied=True,
        whole_list=True,
        category_from="toll",
        doc="A toll noun, a copula or 'included', and a list: each member of the toll's kind, and their total.",
        examples=(
            ("The dead included 14 miners and two rescuers.", (("killed", 16), ("killed", 14), ("killed", 2))),
            (
                "The injured were a guard, two cooks and a nurse.",
                (("injured", 4), ("injured", 1), ("injured", 2), ("injured", 1)),
            ),
        ),
        near_misses=(
            "The dead included no children, officials said.",
            "The toll included roads and two bridges.",
            "The losses included four ferries and two cranes.",
        ),
    ),
    Construction(
        name="toll_copula",
        pattern="toll:np|tnoun[toll] skip* verb:vg[copula,!modal,!negated] victims:np|pp[count]",
        anchor="verb",
        count="victims",
        category_from="toll",
        doc="A toll noun with a copula or a verb of reaching: 'the dead included 23 women'.",
        examples=(
            ("The dead included 23 women and children from the same street.", (("killed", 23),)),
            ("The dead numbered 14, among them two teachers.", (("killed", 14),)),
        ),
        near_misses=("The toll road reopened to traffic on Monday.",),
    ),
    Construction(
        name="toll_numbering",
        pattern="toll:np|tnoun[toll,nocount] comma:punct[comma] verb:np[numbering] victims:np[count]",
        anchor="toll",
        count="victims",
        category_from="toll",
        doc="A toll noun and its count in an aside: 'The injured, numbering around 60, were taken to hospital'.",
        examples=(
            ("The injured, numbering around 60, were taken to three hospitals.", (("injured", 60),)),
            ("The displaced, totalling some 4,000, sheltered in schools.", (("displaced", 4000),)),
        ),
        near_misses=("The players, numbering 11, took the field.",),
    ),
    Construction(
        name="toll_inverted_list",
        pattern="toll:pp[among,toll|those_past] be:aux[be] items:list",
        anchor="toll",
        count="items",
        members=True,
        implied=True,
        category_from="toll",
        doc="'Among the dead were' and a list: each member of the toll's kind, and their total.",
        examples=(
            (
                "Among the dead were a nurse and three schoolboys.",
                (("killed", 4), ("killed", 1), ("killed", 3)),
            ),
            (
                "Among the injured were the driver and two passengers.",
                (("injured", 3), ("injured", 1), ("injured", 2)),
            ),
            (
                "Among those detained were three students and a local councillor.",
                (("arrested", 4), ("arrested", 3), ("arrested", 1)),
            ),
        ),
        near_misses=("Among the guests were a minister and two ambassadors.",),
    ),
    Construction(
        name="toll_inverted",
        pattern="toll:pp[among,toll|those_past] be:aux[be] victims:np[count|implied,victim]",
        anchor="toll",
        count="victims",
        implied=True,
        category_from="toll",
        doc="'Among the dead were' and one counted noun phrase: of the toll's kind ('were three firefighters').",
        examples=(
            ("Among the dead were three firefighters who had entered the hall.", (("killed", 3),)),
            ("Among the wounded was a reporter for the local radio.", (("injured", 1),)),
            ("Among those arrested were 12 students from the university.", (("arrested", 12),)),
        ),
        near_misses=("Among the guests were three ministers.", "Among the dead were many of his friends."),
    ),
    Construction(
        name="copula_toll",
        pattern=(
            "victims:np[count|implied,victim] be:aux[be] only:np[nohead]? said:other? toll:np|tnoun[toll,nocount]"
        ),
        anchor="toll",
        count="victims",
        implied=True,
        category_from="toll",
        doc="People who 'were the (only) (reported) casualties' or fatalities: of the toll's kind.",
        examples=(
            ("Two guards were the only reported casualties.", (("casualties", 2),)),
            ("Three hikers were the only fatalities of the rockfall.", (("killed", 3),)),
        ),
        near_misses=("Two guards were the only witnesses.", "The valley was the most severely affected."),
    ),
    Construction(
        name="among_toll_list",
        pattern="items:list be:aux[be] toll:pp[among,toll|harmed,nocount]",
        anchor="toll",
        count="items",
        members=True,
        implied=True,
        category_from="toll",
        doc="A list of people 'were among the dead' (or 'among those hurt'): each member, of the toll's kind, and all.",
        examples=(
            ("A nurse and two porters were among the dead.", (("killed", 3), ("killed", 1), ("killed", 2))),
            ("Four miners and a surveyor were among those injured.", (("injured", 5), ("injured", 4), ("injured", 1))),
        ),
        near_misses=("A cook and two porters were among the guests at the wedding.",),
    ),
    Construction(
        name="among_toll",
        pattern="victims:np[count|implied,victim] skip* be:aux[be] toll:pp[among,toll|harmed]",
        anchor="toll",
        count="victims",
        implied=True,
        part_of_toll=True,
        category_from="toll",
        doc="People 'were among the dead' (or 'among those killed', 'among the injured'): of the toll's kind.",
        examples=(
            ("Three aid workers were among the dead.", (("killed", 3),)),
            ("Two nurses were among those injured in the strike.", (("injured", 2),)),
        ),
        near_misses=("Two nurses were among the guests at the ceremony.",),
    ),
    Construction(
        name="among_counted_toll",
        pattern="victims:np[count|implied,victim] skip* be:aux[be] among:pp[among,count,nohead] toll:vg[harmed]",
        anchor="toll",
        count="victims",
        implied=True,
        part_of_toll=True,
        category_from="toll",
        doc=(
            "People 'were among the 13 killed' (the toll's count bare before its participle): of the toll's "
            "kind, a part of the count (as among_toll's 'among the 13 people killed')."
        ),
        examples=(
            ("Two firefighters were among the 13 killed.", (("killed", 2), ("killed", 13))),
            ("Four pupils were among the 30 injured.", (("injured", 4), ("injured", 30))),
        ),
        near_misses=("Two nurses were among the 40 invited.",),
    ),
    Construction(
        name="evacuation_order",
        pattern=(
            # (the state an np when a verb of staying took its preposition: "remain in | place")
            "order:tnoun|np|pp[ordering] verb:vg|np|aux[!negated]? state:pp|np[nocount,!for]? "
            "people:pp[for,count,victim]"
        ),
        anchor="order",
        count="people",
        doc=(
            "An order to evacuate and the people it was issued for: 'evacuation orders were issued (were in "
            "place) for 45,000 people' (evacuated, with modality 'ordered': how many left is not said; the raw "
            "profile counts it)."
        ),
        examples=(
            ("Evacuation orders were issued for 45,000 people on the coast.", (("evacuated", 45000),)),
            ("Officials put out mandatory evacuation orders for about 9,000 residents.", (("evacuated", 9000),)),
            ("Evacuation orders were in place for 2,300 people on the island.", (("evacuated", 2300),)),
            ("Evacuation orders remained in place for some 7,400 residents of the delta.", (("evacuated", 7400),)),
        ),
        near_misses=(
            "Evacuation orders were issued for 12 districts.",
            "Evacuation orders were not issued for the 3,000 residents of the valley.",
            "Evacuation orders were not in place for the 600 residents of the ridge.",
        ),
    ),
    Construction(
        name="evacuation_order_reach",
        pattern=(
            "order:tnoun|np|pp[ordering] and:coord[and]? other:np[nocount]? skip* grow:vg[!modal,!negated]? skip* "
            "to:pp[of]? comma:punct[comma]? verb:vg|np[covering,!modal,!negated] area:np|pp[nocount|!victim]* "
            "people:np|paren[count|incl_count,victim|incl_count]"
        ),
        anchor="order",
        count="people",
        doc=(
            "An order to evacuate and the people it reaches, by a verb of covering: 'evacuation orders now "
            "cover 25,000 residents', 'orders and warnings grew to encompass most of the county, including "
            "about 80,000 people' (evacuated, modality 'ordered', as evacuation_order)."
        ),
        examples=(
            ("Mandatory evacuation orders now cover about 25,000 residents.", (("evacuated", 25000),)),
            ("Evacuation orders were issued on Monday, covering about 4,000 people.", (("evacuated", 4000),)),
            ("Evacuation orders were expanded to include 6,500 more people on Sunday.", (("evacuated", 6500),)),
            (
                "By Friday, evacuation orders and warnings grew to encompass most of the valley, "
                "including about 80,000 people.",
                (("evacuated", 80000),),
            ),
            (
                "Evacuation orders covered 14 coastal districts, including some 120,000 residents.",
                (("evacuated", 120000),),
            ),
        ),
        near_misses=(
            "Evacuation orders cover 12 districts along the river.",
            "Evacuation orders could soon cover 40,000 people, officials warned.",
            "Evacuation orders did not include the 3,000 residents of the island.",
            "Evacuation orders covered the valley, including 12 schools.",
        ),
    ),
    Construction(
        name="shelter_transfer",
        pattern=(
            "victims:np[count,victim,someone,!carer] skip* verb:vg[passive,care|moving,!modal,!negated] "
            "to:pp[of,nocount] shelter:vg|tnoun[camp]"
        ),
        anchor="shelter",
        count="victims",
        category="displaced",
        second_act=True,
        doc=(
            "People taken or moved to evacuation shelters, counted with the shelters: '4,000 residents were "
            "taken to 36 evacuation centres' is displaced 4,000, as 'were taken to evacuation centres' "
            "(the gap grammars' phrase); a row beside the people's own ('12,000 of the affected families "
            "were brought to ...' is also affected)."
        ),
        examples=(
            ("About 4,000 residents were taken to 36 evacuation centres.", (("displaced", 4000),)),
            (
                "Some 9,300 of the affected villagers were brought to 41 different evacuation shelters.",
                (("affected", 9300), ("displaced", 9300)),
            ),
        ),
        near_misses=(
            "About 40 nurses were sent to 12 evacuation centres to help.",
            "Some 300 blankets were sent to 12 evacuation centres.",
        ),
    ),
    Construction(
        name="body_found",
        pattern="verb:vg[finding,!modal,!negated] body:np[a_body]",
        anchor="verb",
        count="body",
        implied=True,
        category="killed",
        trigger_to="body",
        doc="A body found or recovered is one person dead: 'divers recovered a body from the lake'.",
        examples=(
            ("Divers recovered a body from the reservoir on Sunday.", (("killed", 1),)),
            ("Rescuers found another body under the rubble.", (("killed", 1),)),
        ),
        near_misses=(
            "The inquiry found a body of evidence against the firm.",
            "Police could find a body in the river, a witness said.",
        ),
    ),
    Construction(
        name="of_the_toll_were",
        pattern=(
            "toll:pp[of,toll,nocount] any:any[!clause_end]* victims:np[count,nohead] be:aux[be] group:np[nocount]"
        ),
        anchor="be",
        count="victims",
        also=True,
        category_from="toll",
        doc="A toll named first, then who its people were: 'Of the dead, 16,500 were children and 11,200 women'.",
        examples=(
            (
                "Of the dead, 140 were children and 95 were women, the ministry said.",
                (("killed", 140), ("killed", 95)),
            ),
            ("Of the injured, 31 were firefighters.", (("injured", 31),)),
        ),
        near_misses=("Of the candidates, 14 were women.",),
    ),
    Construction(
        name="event_list",
        pattern="act:tnoun|np[event] items:list",
        anchor="act",
        count="items",
        members=True,
        implied=True,
        doc=(
            "A noun of the act and a list of its victims: 'the killing of a guard and two clerks' is 3, as parts "
            "(one victim, or one count, is read by the gap grammars)."
        ),
        examples=(
            (
                "Police are investigating the killing of a guard and two clerks.",
                (("killed", 3), ("killed", 1), ("killed", 2)),
            ),
            (
                "Divers recovered the bodies of a fisherman and his two sons.",
                (("killed", 3), ("killed", 1), ("killed", 2)),
            ),
        ),
        near_misses=(
            "The evacuation of the school and two hospitals began at dawn.",
            "The destruction of a bridge and two roads cut off the town.",
            "The killing of a leopard and two hyenas angered the rangers.",
        ),
    ),
    Construction(
        name="nominal_aside",
        pattern="act:tnoun|np[event] aside:paren obj:np[count]",
        anchor="act",
        count="obj",
        doc="A noun of the act, an aside between commas, and its counted object.",
        examples=(("They ordered the evacuation of, officials said, 6,000 residents.", (("evacuated", 6000),)),),
        near_misses=("They ordered the evacuation of, officials said, the whole valley.",),
    ),
)

# (kept last: the gap grammars' verb_number reads most of these; this one decides where a relative
# clause's trigger took the object of the main verb)
CONSTRUCTIONS = (
    *CONSTRUCTIONS,
    Construction(
        name="them_after_object",
        pattern=(
            "first:vg[active,transitive,trigger,!modal,!negated] victims:np[count,victim] and:coord[and] "
            "between:time|adv* verb:vg[active,transitive,trigger,!modal,!negated] them:np[them]"
        ),
        anchor="verb",
        count="victims",
        also=True,
        second_act=True,
        trigger_to="them",
        doc="A second verb done to the counted object of the first, as 'them': "
        "'kidnapped two teachers and later killed them' is also killed 2.",
        examples=(
            (
                "Armed men kidnapped two teachers and later killed them.",
                (("kidnapped", 2), ("killed", 2)),
            ),
        ),
        near_misses=("Armed men threatened two teachers and later could kill them.",),
    ),
    Construction(
        name="them_after_count",
        pattern=(
            "victims:np|pp[count,victim] any:any[!clause_end,!count,!relative]* "
            "verb:vg[active,trigger,!modal,!negated,!infinitive] them:np[all_of_them]"
        ),
        anchor="verb",
        count="victims",
        no_civilian=True,
        second_act=True,
        trigger_to="them",
        doc="A harm done to 'them', the people counted before in the clause, whatever was done first: "
        "'ambushed two smugglers and killed them', 'dragged five villagers out before killing them'.",
        examples=(
            ("Rebels captured two pilots and executed them.", (("killed", 2),)),
            ("A man shot at six diners in the cafe, wounding all of them.", (("injured", 6),)),
        ),
        near_misses=(
            "Two guards, with three porters who carried them, could kill them.",
            "Police stopped four drivers on the road and fined them.",
            "Bandits stopped four drivers on the road and threatened to kill them.",
        ),
    ),
    Construction(
        name="him_after_object",
        pattern=(
            "first:vg[active,transitive,trigger,!modal,!negated] victims:np[implied,victim] and:coord[and] "
            "between:time|adv* verb:vg[active,transitive,trigger,!modal,!negated] them:np[him]"
        ),
        anchor="verb",
        count="victims",
        implied=True,
        also=True,
        second_act=True,
        trigger_to="them",
        doc="The same with one person named without a number: 'abducted a priest and later beheaded him'.",
        examples=(
            (
                "Militants abducted a teacher and later beheaded him.",
                (("kidnapped", 1), ("killed", 1)),
            ),
        ),
        near_misses=("Militants threatened a teacher and later could behead him.",),
    ),
    Construction(
        name="him_after_person",
        pattern=(
            "victims:np|pp[implied,victim,!agent] any:any[!clause_end,!count,!relative,!implied]* "
            "verb:vg[active,trigger,!modal,!negated,!infinitive] them:np[him]"
        ),
        anchor="verb",
        count="victims",
        implied=True,
        no_civilian=True,
        second_act=True,
        trigger_to="them",
        doc="A harm done to 'him' or 'her', the one person named before in the clause: "
        "'opened fire on the mayor, killing him' is killed 1.",
        examples=(
            ("Two men ambushed the judge outside the court, killing him.", (("killed", 1),)),
            ("Masked men dragged a shopkeeper into the street and stabbed him.", (("injured", 1),)),
        ),
        near_misses=(
            "Two men ambushed the judge outside the court but failed to kill him.",
            "Two men ambushed the judge and threatened him.",
        ),
    ),
    Construction(
        name="second_predicate",
        pattern=(
            "victims:np[count|implied,victim] skip* first:vg[!modal,!negated]? skip* comma:punct[comma]? "
            "and:coord[and] between:time|adv* verb:vg[passive|intrans,trigger,!modal,!negated]"
        ),
        anchor="verb",
        count="victims",
        implied=True,
        no_civilian=True,
        second_act=True,
        doc="A subject's second predicate after 'and': 'Four campers were trapped by the flood and later died'.",
        examples=(
            ("Four campers were trapped by the rising river and later died.", (("killed", 4),)),
            ("Two climbers were injured and later died in hospital.", (("injured", 2), ("killed", 2))),
        ),
        near_misses=(
            "Two climbers were stranded on the ridge and might die.",
            "Twelve villagers were rescued and others died.",
        ),
    ),
    Construction(
        name="second_harm_predicate",
        pattern=(
            # (where: what skip* skips, and a place with a count of its own: "were in one of the sheds")
            "victims:np[count|implied,victim,!carer] where:pp|paren|rel|time|aux* first:vg[!modal,!negated,!light]? "
            "skip* and:coord[and] between:time|adv* verb:vg[light,!modal,!negated] mods:np[nocount,!victim]? "
            "harm:tnoun|np|vg|pp[harm,!without]"
        ),
        anchor="verb",
        count="victims",
        category="injured",
        implied=True,
        second_act=True,
        trigger_to="harm",
        doc="A subject's second predicate, a light verb and a harm noun: '... were in the trailer and received "
        "minor injuries'.",
        examples=(
            ("Three people were in the trailer and received minor injuries.", (("injured", 3),)),
            ("A hiker was caught in the slide and suffered serious burns.", (("injured", 1),)),
            (
                "Four campers were in one of the tents at the time the storm hit and received minor injuries.",
                (("injured", 4),),
            ),
        ),
        near_misses=(
            "Three players were booked and received yellow cards.",
            "Four campers were in one of the tents and could have received serious injuries.",
        ),
    ),
    Construction(
        name="alternative_estimate",
        pattern=(
            "verb:vg[active,transitive,trigger,!modal,!negated] first:np[count] by:pp[estimate] "
            "and:coord[and] victims:np[count]"
        ),
        anchor="verb",
        count="victims",
        also=True,
        doc="A second estimate joined to the verb's first ('20 by one count and at least 26 by another'): "
        "a row of its own, never added to the first.",
        examples=(
            (
                "The raid killed 14 by one count and at least 19 according to the village elders.",
                (("killed", 14), ("killed", 19)),
            ),
        ),
        near_misses=("The raid could kill 14 by one count or 19 by another, the monitors warned.",),
    ),
    Construction(
        name="verb_object",
        pattern="verb:vg[active,transitive,trigger,!modal,!negated] victims:np[count,victim]",
        anchor="verb",
        count="victims",
        doc="The main clause's verb and its counted object, over a trigger in a relative clause after it.",
        examples=(("The blast killed 17 shoppers who had taken refuge in the hall.", (("killed", 17),)),),
        near_misses=("The storm could kill 17 hikers who camp on the ridge.",),
    ),
)


def rule_table() -> str:
    """The Markdown table of the constructions, as docs/patterns.md holds it."""
    lines = ["| rule | pattern | what it reads | example |", "|---|---|---|---|"]
    for c in CONSTRUCTIONS:
        example = c.examples[0][0] if c.examples else ""
        lines.append(f"| `{c.name}` | `{c.pattern}` | {c.doc} | {example} |")
    return "\n".join(lines) + "\n"


START, END = "<!-- constructions:start -->\n", "<!-- constructions:end -->\n"


def with_rule_table(doc: str) -> str:
    """``doc`` with the text between its two markers replaced by ``rule_table()``."""
    head, _, rest = doc.partition(START)
    _, _, tail = rest.partition(END)
    return head + START + rule_table() + END + tail


if __name__ == "__main__":
    import sys
    from pathlib import Path

    if len(sys.argv) > 1:  # rewrite the table inside a document, between its markers
        path = Path(sys.argv[1])
        path.write_text(with_rule_table(path.read_text(encoding="utf-8")), encoding="utf-8")
    else:
        print(rule_table(), end="")
