"""Closed word classes of the grammar: plain typed tables, read once.

The trigger words and the counted nouns live in ``figures.lexicon``; these are
the small words that tell the grammar how a sentence is built around them
(which words a noun phrase may hold, which start a clause, which carry voice,
modality and negation). Each table is a frozenset of lower-case words.
"""

from __future__ import annotations

DETERMINERS: frozenset[str] = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "some",
        "any",
        "each",
        "every",
        "such",
    ]
)
# Words that quantify a noun phrase without being its count ("all six", "another 12").
QUANTIFIERS: frozenset[str] = frozenset(
    [
        "all",
        "both",
        "another",
        "other",
        "others",
        "further",
        "additional",
        "more",
        "most",
        "least",
        "total",
        "estimated",
        "only",
        "some",
    ]
)
PREPOSITIONS: frozenset[str] = frozenset(
    [
        "besides",  # "Besides the gunman, four worshippers were killed" (engine: addition)
        "in",
        "on",
        "at",
        "from",
        "to",
        "into",
        "near",
        "across",
        "over",
        "under",
        "inside",
        "outside",
        "along",
        "around",
        "during",
        "after",
        "before",
        "since",
        "between",
        "among",
        "amid",
        "amidst",
        "through",
        "throughout",
        "within",
        "without",
        "by",
        "for",
        "with",
        "of",
        "off",
        "onto",
        "toward",
        "towards",
        "via",
        "per",
        "against",
        "beside",
        "behind",
        "following",
        "beyond",
        "upon",
        "up",
        "down",
        "past",
    ]
)
AUXILIARIES: frozenset[str] = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "being",
        "am",
        "has",
        "have",
        "had",
        "having",
        "got",
        "get",
        "gets",
        "getting",
        "did",
        "do",
        "does",
    ]
)
BE_FORMS: frozenset[str] = frozenset(
    ["was", "were", "is", "are", "be", "been", "being", "am", "got", "get", "gets", "getting"]
)
SINGULAR_AUXILIARIES: frozenset[str] = frozenset(["was", "is", "has", "wasn't", "isn't", "hasn't"])
# Verbs that take people captive with a result after the object: "took 14 aid workers hostage".
CAPTURE_VERBS: frozenset[str] = frozenset(
    ["took", "take", "takes", "taking", "taken", "held", "hold", "holds", "holding", "kept", "keep", "keeping"]
)
# Verbs that move people to a place, active, with the people as object: "sent 43 workers to hospital",
# "ambulances took 12 people to hospital", "rushed the driver to hospital" (care_transfer_active).
MOVING_VERBS: frozenset[str] = frozenset(
    ["sent", "send", "sends", "sending", "took", "take", "takes", "taking", "rushed", "rush", "rushes", "rushing",
     "brought", "bring", "brings", "bringing", "carried", "carry", "airlifted", "transported", "transferred",
     "evacuated", "flew", "flown", "admitted", "put"]
)  # fmt: skip
# Verbs that say whom an order reaches: "evacuation orders now cover 25,000 residents", "grew to
# encompass most of the county, including 80,000 people" (evacuation_order_reach).
COVER_VERBS: frozenset[str] = frozenset(
    ["cover", "covers", "covered", "encompass", "encompasses", "encompassed",
     "include", "includes", "included",
     "covering", "encompassing"]  # (a participle after the order: "..., covering about 4,000 people")
)  # fmt: skip
# Verbs of finding the dead: "Divers recovered a body from the lake" (body_found).
FIND_VERBS: frozenset[str] = frozenset(
    ["found", "recovered", "retrieved", "discovered", "pulled", "exhumed", "find", "finds", "recover", "recovers"]
)
# Ordinals that stand for one more person after a count: "Two guards were killed and a third was hurt".
ORDINALS: frozenset[str] = frozenset(["second", "third", "fourth", "fifth", "sixth"])
# Quantifiers that may float into the verb group after its subject: "The driver and passenger both
# sustained injuries", "the guards were all hurt" (the subject says how many; "both" is no noun phrase)
FLOATING_QUANTIFIERS: frozenset[str] = frozenset(["both", "all", "each"])
MODALS: frozenset[str] = frozenset(["could", "would", "might", "may", "can", "will", "shall", "should", "must"])
NEGATIONS: frozenset[str] = frozenset(["not", "never", "no", "none", "n't", "nobody"])
RELATIVES: frozenset[str] = frozenset(["who", "whom", "whose", "which", "that", "where", "when"])
# Words that open a subordinate clause: a phrase before one has ended.
SUBORDINATORS: frozenset[str] = frozenset(
    [
        "if",
        "because",
        "although",
        "though",
        "unless",
        "until",
        "whether",
        "as",
        "so",
        "than",
        "once",
        "whenever",
        "wherever",
        # a clause of contrast is a clause of its own, read as one: "one guard was killed while the other
        # was wounded" (not a relative clause that governs nothing outside it)
        "while",
        "whereas",
    ]
)
COORDINATORS: frozenset[str] = frozenset(["and", "or", "but", "plus"])
PRONOUNS: frozenset[str] = frozenset(
    ["he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "someone", "anyone", "everyone"]
)
# Words of time that stand as adverbials: "on Tuesday evening", "overnight".
TIME_WORDS: frozenset[str] = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
        "overnight",
        "earlier",
        "later",
        "morning",
        "afternoon",
        "evening",
        "night",
        "dawn",
        "dusk",
        "noon",
        "midnight",
        "week",
        "weekend",
        "month",
        "year",
        "hours",
        "days",
        "weeks",
        "months",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Adverbs that sit inside a verb group or a clause without changing what it says.
ADVERBS: frozenset[str] = frozenset(
    [
        # adverbs of place after a verb: "were swept overboard and are presumed dead"
        "overboard",
        "ashore",
        "aground",
        "underground",
        "downstream",
        "downriver",
        "offshore",
        "also",
        "reportedly",
        "later",
        "still",
        "already",
        "just",
        "yet",
        "then",
        "now",
        "subsequently",
        "eventually",
        "allegedly",
        "even",
        "only",
        "altogether",
        "initially",
        "apparently",
        "officially",
        "reportedly",
        "meanwhile",
        "instead",
        "again",
        "too",
        "respectively",
        "immediately",
        "soon",
        "nearly",
        "almost",
    ]
)
# Past participles that end in neither "-ed" nor "-en"/"-wn": after "was" or "were" they make a
# verb group ("a hiker was caught in the slide"), not a noun phrase. Forms that are also common
# nouns ("hit", "cut", "shot", "left") are not here.
IRREGULAR_PARTICIPLES: frozenset[str] = frozenset(
    ["caught", "swept", "stuck", "struck", "brought", "held", "sent", "led", "spun", "flung", "sunk", "bound",
     "overrun", "overcome", "thrown", "blown", "frozen", "bitten", "taken", "torn", "drawn", "beaten", "trodden"]
)  # fmt: skip
# Light verbs that make a harm predicate with a harm noun: "received minor injuries",
# "escaped with cuts", "suffered two sprained ankles".
LIGHT_VERBS: frozenset[str] = frozenset(
    [
        "received",
        "receive",
        "receives",
        "receiving",
        "suffered",
        "suffer",
        "suffers",
        "suffering",
        "sustained",
        "sustain",
        "sustains",
        "sustaining",
        "incurred",
        "incur",
        "had",
        "has",
        "have",
        "having",
        "escaped",
        "escape",
        "escapes",
        "got",
        "treated",
        "needed",
        "required",
        "sought",
    ]
)
# Light verbs of escaping: harm only "with" it ("escaped with cuts"; "escaped injury" is unhurt).
ESCAPE_VERBS: frozenset[str] = frozenset(["escaped", "escape", "escapes"])
# Harm nouns: what a light verb gives to people (injured) or to buildings (damaged).
HARM_NOUNS: frozenset[str] = frozenset(
    [
        "bumps",
        "sprains",
        "sprain",
        "frostbite",
        "injuries",
        "injury",
        "wounds",
        "wound",
        "bruises",
        "bruise",
        "cuts",
        "cut",
        "burns",
        "burn",
        "fractures",
        "fracture",
        "lacerations",
        "laceration",
        "abrasions",
        "scratches",
        "scrapes",
        "concussion",
        "concussions",
        "trauma",
        "gunshot",
        "bruising",
        "ankles",
        "ankle",
        "legs",
        "leg",
        "arms",
        "arm",
        "bones",
    ]
)
DAMAGE_NOUNS: frozenset[str] = frozenset(["damage", "damages"])
# Verbs that move the hurt to care: "three people were taken to hospital".
CARE_VERBS: frozenset[str] = frozenset(
    ["taken", "transported", "rushed", "admitted", "airlifted", "carried", "brought", "transferred", "treated", "flown"]
)
# Verbs that drive people from where they live: with a result phrase after the
# object, displacement ("drove 640 villagers out of their houses").
FORCE_VERBS: frozenset[str] = frozenset(
    [
        "forced",
        "force",
        "forces",
        "forcing",
        "drove",
        "drive",
        "drives",
        "driving",
        "driven",
        "chased",
        "chase",
        "chasing",
        "pushed",
        "push",
        "pushing",
        "expelled",
        "expel",
        "expelling",
        "evicted",
        "evict",
        "evicting",
        "uprooted",
        "uproot",
        "uprooting",
        "ran",
    ]
)
# Verbs whose object "to death" is alive: a verdict ("sentenced 14 mutineers to death") or a figure of
# speech ("bored 300 delegates to death"); the construction object_to_death never reads them.
NOT_KILLING_TO_DEATH: frozenset[str] = frozenset(
    {"sentenced", "sentence", "sentences", "sentencing", "condemned", "condemn", "condemns", "condemning",
     "bored", "bore", "bores", "boring", "scared", "scare", "scares", "scaring", "frightened", "frighten",
     "frightens", "frightening", "worried", "worry", "worries", "worrying", "terrified", "spooked", "tickled",
     "loved", "annoyed", "teased", "talked", "worked", "nagged", "hounded"}
)  # fmt: skip
# Verbs that put people in a state: "left 300 homeless", "rendered 5,000 homeless". Verbs,
# whatever follows them ("could kill 900 people and leave 150,000 homeless" holds no list).
RESULT_VERBS: frozenset[str] = frozenset(
    [
        "leave",
        "leaves",
        "left",
        "leaving",
        "render",
        "renders",
        "rendered",
        "rendering",
        "make",
        "makes",
        "made",
        "making",
    ]
)
# Verbs that name a harm as what an event caused: "resulting in an injury", "causing minor injury
# to the driver". Only the forms that are never nouns ("the cause of", "as a result" stay nouns).
CAUSE_VERBS: frozenset[str] = frozenset(
    ["caused", "causing", "resulted", "resulting", "inflicted", "inflicting", "inflicts"]
)
# Verbs of saying: a clause of report starts after them ("officials said Rosely Magana died").
REPORT_VERBS: frozenset[str] = frozenset(
    ["said", "says", "say", "told", "reported", "reports", "added", "stated", "confirmed", "announced", "claimed"]
)
# Nouns of an estimate among others: "20 by one count and at least 26 by another".
ESTIMATE_NOUNS: frozenset[str] = frozenset(
    ["count", "counts", "estimate", "estimates", "tally", "account", "accounts", "reckoning", "figure", "figures"]
)
# People whose going to hospital is their work, not their harm.
CARERS: frozenset[str] = frozenset(
    [
        "doctors",
        "doctor",
        "nurses",
        "nurse",
        "medics",
        "medic",
        "paramedics",
        "paramedic",
        "staff",
        "officials",
        "official",
        "volunteers",
        "volunteer",
        "teams",
        "team",
        "experts",
        "expert",
        "surgeons",
        "surgeon",
        "responders",
    ]
)
# Nouns of the act that count their object after "of" or "to": "the destruction of
# 1,450 homes", "damage to more than 2,000 houses".
NOMINALS: dict[str, str] = {
    "destruction": "houses_destroyed",
    "damage": "houses_damaged",
    "damages": "houses_damaged",
}
CARE_PLACES: frozenset[str] = frozenset(
    ["hospital", "hospitals", "clinic", "clinics", "infirmary", "treatment", "medical", "trauma"]
)
# Heads of noun phrases that act rather than suffer: a number of them before an
# active trigger verb counts the attackers, never the victims.
AGENTS: frozenset[str] = frozenset(
    [
        "gunmen",
        "gunman",
        "assailants",
        "assailant",
        "attackers",
        "attacker",
        "militants",
        "militant",
        "bombers",
        "bomber",
        "terrorists",
        "terrorist",
        "insurgents",
        "insurgent",
        "rebels",
        "rebel",
        "men",
        "man",
        "fighters",
        "fighter",
        "suspects",
        "suspect",
        "raiders",
        "robbers",
        "bandits",
        "assailant's",
        "shooters",
        "shooter",
        "perpetrators",
        "perpetrator",
        "jihadists",
        "jihadist",
        "extremists",
        "extremist",
        "youths",
        "militiamen",
        "herdsmen",
        "soldiers",
        "troops",
        "police",
        "policemen",
        "officers",
        "forces",
    ]
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A singular noun the word tables lack that names a person by what they do ("a golfer", "a
# snowboarder", "an inspector"): the suffix of an agent noun. Read so only as one victim of a harm
# ("A golfer was killed by lightning"), never as a count. The nouns below end the same way and are
# things or places, the ones a harm sentence names ("A tanker was hit", "the shelter was damaged").
AGENT_NOUN_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "man")  # patterns._is_person has the last three
NOT_AGENT_NOUNS: frozenset[str] = _words(
    """water power order border number quarter center centre shelter river matter winter summer container
    tower corner paper letter cluster disaster chapter computer tractor motor floor door sector factor
    generator elevator reactor monitor interior exterior error color colour mirror terror harbor harbour
    labor labour favor favour honor honour vapor meteor corridor indicator radiator transformer trailer
    tanker freighter helicopter carrier liner cruiser destroyer boulder ladder lumber timber shoulder
    finger liver bladder cancer fever danger hunger anger thunder weather leather feather silver copper
    rubber butter other another either neither whether rather together however never ever under
    over after later earlier further character register theater theatre filter charter headquarter
    counter meter metre liter litre poster folder trigger barrier manner dinner supper flower cover"""
)
# Verbs that state a count of a toll or a list: "the dead included 23 women",
# "the toll stood at 31". They are verbs whatever follows them.
COPULA_VERBS: frozenset[str] = frozenset(
    [
        "included",
        "include",
        "includes",
        "including",
        "numbered",
        "number",
        "numbers",
        "totalled",
        "totaled",
        "totals",
        "total",
        "reached",
        "reaches",
        "stood",
        "stands",
        "rose",
        "rises",
        "risen",
        "climbed",
        "climbs",
        "hit",
        "hits",
        "jumped",
        "increased",
        "grew",
        "surpassed",
        "exceeded",
        "topped",
        "passed",
    ]
)


# --- stated zeros (the construction ``negated``: "No one was killed", "no injuries", "Fatalities: None") ---
# Words that stand for no one as a subject: "Nobody was hurt", "None of the 40 passengers was hurt".
ZERO_SUBJECTS: frozenset[str] = frozenset(["nobody", "none", "neither", "no-one"])
# Plural nouns that "no" makes a zero subject of ("No houses were destroyed"); of houses, only for houses.
ZERO_NOUNS: frozenset[str] = frozenset(
    [
        *("people", "person", "civilians", "lives", "residents", "passengers", "deaths", "fatalities"),
        *("injuries", "casualties", "houses", "homes", "buildings"),
    ]
)
ZERO_HOUSE_NOUNS: frozenset[str] = frozenset(["houses", "homes", "buildings"])
# Determiners after "none of"/"neither of": "none of the passengers", "neither of them", "none of whom".
ZERO_OF_DETERMINERS: frozenset[str] = frozenset(
    ["the", "these", "those", "its", "their", "our", "his", "her", "them", "whom"]
)
# Words between a zero subject and its verb ("No one was reportedly hurt"; "so far" is one of them).
ZERO_BETWEEN: frozenset[str] = frozenset(
    ["was", "were", "has", "have", "had", "been", "is", "are", "got", "reportedly", "immediately", "yet"]
)
# Modifiers between "no" and a harm noun: "no serious injuries", "No other casualties".
ZERO_NOUN_MODIFIERS: frozenset[str] = frozenset(
    [
        *("immediate", "reported", "other", "further", "known", "major", "serious", "human", "civilian"),
        *("military", "new", "confirmed", "additional"),
    ]
)
# A field's value that states a zero: "Fatalities: None", "Missing: nil" ("no one" too).
ZERO_VALUES: frozenset[str] = frozenset(["none", "nil", "zero"])


# --- running totals (the construction ``running_total``: "..., bringing the total for the year to 19") ---
# Verbs of adding to a total.
ADDING_VERBS: frozenset[str] = frozenset(
    [
        *("bringing", "brings", "brought", "bring", "raising", "raises", "raised", "taking", "takes", "took"),
        *("pushing", "pushes", "pushed"),
    ]
)
# A generic noun of a total ("the total", "the number") and the words before it ("the cumulative figure").
TOTAL_NOUNS: frozenset[str] = frozenset(["total", "figure", "tally", "count", "number"])
TOTAL_MODIFIERS: frozenset[str] = frozenset(
    ["cumulative", "overall", "running", "total", "combined", "new", "official", "latest"]
)
# Words that open a total's modifier of time or place before "to": "the total for the year", "since
# January", "so far" ("to date" too); up to five words, never "of" ("the total number of flights").
TOTAL_OPENERS: frozenset[str] = frozenset(
    [
        *("for", "since", "in", "during", "across", "throughout", "this", "last", "so", "thus", "recorded"),
        *("registered", "reported"),
    ]
)
# Words after "bringing to N the number (who ...)" that end its noun phrase.
TOTAL_CLOSERS: frozenset[str] = frozenset(["since", "in", "for", "so", "this", "during", "across"])
# The word after a running total: a person, or a word that ends its clause ("to 19 since March"); any
# other is a noun of something else ("to 19 matches").
AFTER_TOTAL: frozenset[str] = frozenset(
    [
        *("in", "on", "at", "since", "so", "this", "last", "as", "after", "according", "from", "and", "with"),
        *("by", "while", "but", "when", "people", "persons", "officials", "said", "says", "the", "for"),
        *("during", "across", "within", "until", "including", "among", "amid", "over", "up", "now"),
    ]
)
# Toll words that name no category of their own: a running total's noun, of the clause's category.
GENERIC_TOLLS: frozenset[str] = frozenset(["tally"])
# --- fields of a table or an infobox (constructions house_label and label_list) ---
# Verbs that make the words after a trigger a clause, never a field's label ("Deaths rose to 12: ...").
NOT_LABEL_WORDS: frozenset[str] = frozenset(
    [
        *("rose", "risen", "rises", "reached", "stood", "stands", "were", "was", "is", "are", "has", "have"),
        *("had", "said", "says"),
    ]
)
# Verbs that make the words before a trigger a clause, never the start of a field's label.
NOT_LABEL_LEAD: frozenset[str] = frozenset(
    ["said", "says", "reported", "were", "was", "is", "are", "has", "have", "had"]
)
# The words of a label that say how its figure is broken down: "Deaths by county", "Evacuated per district".
BREAKDOWN_WORDS: frozenset[str] = frozenset(["by", "per", "in", "across", "for", "from", "at", "on", "and"])
# What joins the items of a labelled list ("Kessa 12,400; Dobo 8,150 | Lower Mbeli 3,020").
ITEM_SEPARATORS: frozenset[str] = frozenset([";", ",", "|"])
# What parts a field from the next one sharing its noun ("Houses destroyed: 1,420 / damaged: 3,985").
FIELD_SEPARATORS: frozenset[str] = frozenset(["/", ";", ",", "|"])
DASHES: frozenset[str] = frozenset(["-", "–", "—"])
# Words between "N of the injured" and a later verb of what befell them: "Two of the injured later died",
# "3 of the wounded had since died" (construction of_the_injured_who_died).
LATER_WORDS: frozenset[str] = frozenset(
    [
        *("later", "subsequently", "since", "also", "reportedly", "have", "has", "had", "then", "afterwards"),
        *("eventually", "were", "was", "been"),
    ]
)
# Those an "of the" before a harmed noun takes a count from: "Four of the wounded", "two of those injured".
OF_THE: frozenset[str] = frozenset(["the", "those"])
# Those an "of" takes a count in a unit from: "Of those 150 households, 90 were displaced".
OF_THOSE_PRESENT: frozenset[str] = frozenset(["the", "those", "these"])
# An auxiliary alone between a bare count and its verb: "90 were displaced".
COUNT_AUXILIARIES: frozenset[str] = frozenset(["were", "was", "have", "has", "had", "are", "is", "been"])
# --- "was killed along with three bodyguards" (construction along_with) ---
# The words that join others to a harm: "along with", "together with", "alongside".
ALONG_WORDS: frozenset[str] = frozenset(["along", "together"])
# Words before the count of those joined, as before a verb's object: "along with another 12", "alongside
# all six", "together with a further three" (each maybe after "a"/"an").
ALONG_MODIFIERS: frozenset[str] = frozenset(
    [
        *("further", "additional", "another", "other", "reported", "reportedly", "estimated", "staggering"),
        *("whopping", "record", "overall", "combined", "all", "both"),
    ]
)
# "a family of seven", "his entire family of five": the determiners before "family of".
FAMILY_DETERMINERS: frozenset[str] = frozenset(["a", "an", "the", "his", "her", "their"])
# "two of his bodyguards": the determiners of the people a count is taken from.
THEIR: frozenset[str] = frozenset(["his", "her", "their", "its", "the"])
# Heads of a count joined "along with" that are people though no noun of people: "12 others", "four members".
ALONG_PEOPLE: frozenset[str] = frozenset(["others", "members"])
# A side's own fighters, whose loss is their death: "lost 12 soldiers in the ambush", "lost four of its
# own" (not players, workers, seats or members, whom a team or a firm loses alive; nor "men", a side
# of a match too: "lost two men to red cards").
OWN_SIDE: frozenset[str] = frozenset(
    ["own", "soldiers", "troops", "fighters", "policemen", "servicemen", "servicemembers", "marines",
     "militiamen", "combatants", "comrades", "paratroopers", "commandos", "peacekeepers", "guardsmen",
     "jawans", "rangers"]
)  # fmt: skip
LOSING_VERBS: frozenset[str] = frozenset(["lost", "lose", "loses", "losing"])
# What a place or a people lost its people to ("lost 85 residents to banditry"): violence, hazards and
# illness; not what a team or a firm loses people to alive ("injuries", "rivals", "automation").
LOSS_CAUSES: frozenset[str] = frozenset(
    ["violence", "fighting", "conflict", "war", "wars", "clashes", "insurgency", "insurgents", "militants",
     "terrorism", "terrorists", "banditry", "bandits", "raids", "attacks", "airstrikes", "shelling", "bombing",
     "bombings", "gunfire", "crime", "gangs", "killings", "floods", "flooding", "storm", "storms", "cyclone",
     "hurricane", "earthquake", "quake", "landslides", "landslide", "drought", "famine", "hunger", "fire",
     "fires", "wildfires", "heat", "heatwave", "cold", "cholera", "malaria", "measles", "disease", "diseases",
     "epidemic", "pandemic", "virus", "covid", "covid-19", "ebola", "accidents", "crashes", "drowning",
     "snakebites", "mines", "landmines"]
)  # fmt: skip

# --- the links of one count to one trigger (constructions of stage "link": engine.total_of, ...) ---
# A total's noun before "of" and the trigger's people: "brings to 274,000 the total number of people displaced".
OF_TOTAL_NOUNS: frozenset[str] = frozenset(["number", "total", "count", "tally"])
# Causative verbs before a count and its infinitive: "forced more than 32,000 to flee" (read as the end
# of the word before the count, as the gap grammars did: "shellingforced" in PDF glue).
CAUSATIVE_VERBS: frozenset[str] = frozenset(
    [
        *("forced", "forcing", "forces", "force", "caused", "causing", "causes", "compelled", "compelling"),
        *("prompted", "prompting", "drove", "driving", "driven", "led", "leading", "obliged", "obliging"),
        *("made", "making", "pushed", "pushing", "sent", "sending"),
    ]
)
# Triggers that can stand as the infinitive after a causative verb ("forced 500 to flee").
CAUSED_INFINITIVES: frozenset[str] = frozenset(
    [
        *("flee", "evacuate", "leave their homes", "abandon their homes", "flee their homes", "seek refuge"),
        *("seek shelter", "take refuge", "take shelter", "relocate", "move to safer areas", "leave their houses"),
        *("abandon their houses", "stay in a shelter", "stay in shelters", "evacuation shelters"),
        *("evacuation centres", "evacuation centers", "relief camps"),
        "collapse",  # "caused 67,000 houses to collapse": houses_destroyed
    ]
)
# Words that end a noun phrase (the gap grammars' _STOP): none stands between a caused count and "to".
NP_STOPS: frozenset[str] = frozenset(
    [
        *("and", "or", "but", "in", "on", "at", "from", "by", "with", "after", "before", "during", "since"),
        *("for", "to", "into", "near", "while", "when", "as", "if", "than", "of", "the", "said", "says", "say"),
        *("told", "according", "including", "amid", "against", "per", "across", "over", "under", "between"),
        *("because", "due", "which", "where", "there", "their", "his", "her", "its", "this", "that", "these"),
        *("those", "who", "whom", "whose", "it", "they", "he", "she", "we", "not", "no", "never", "may"),
        *("might", "could", "would", "should", "will", "can", "must", "shall", "did", "do", "does", "less"),
        *("about", "around", "some", "another", "without"),
        *("escaped", "escape", "escapes"),  # "Two pupils escaped serious injury": unhurt (ESCAPE_VERBS)
    ]
)
# Auxiliaries and adverbs that may stand between a subject and its participle (the gap grammars' _AUX, its
# one-word alternatives): no word of a count's noun before the noun trigger ("254 were deaths" is none)
NP_AUX: frozenset[str] = frozenset(
    [
        *("were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "got", "get", "gets"),
        *("reportedly", "reported", "also", "all", "both", "later", "subsequently", "allegedly", "now"),
        *("confirmed", "believed", "thought", "known", "left", "remain", "remained", "remains", "still"),
        *("already", "initially", "eventually", "apparently", "officially", "who", "that", "which"),
        *("altogether", "estimated", "went", "gone", "presumed", "found", "since", "recently", "either"),
        *("each", "newly", "just", "yet", "further", "critically", "seriously", "severely", "badly"),
        *("slightly", "lightly", "fatally", "temporarily", "forcibly", "rendered", "made", "declared"),
        *("listed", "living", "staying", "sheltering", "housed", "accommodated", "hosted", "having"),
        *("mayhave", "mighthave", "couldhave", "musthave"),  # (PDF text: "mayhave")
    ]
)
# _AUX's alternatives of a word and the word after it whose first word is in neither table: "so far",
# "waylaid and" (and any participle in -ed of three letters or more before "and")
NP_AUX_BEFORE: dict[str, str] = {
    "so": "far",
    **dict.fromkeys(("waylaid", "beaten", "shot", "stabbed", "taken", "held"), "and"),
}
# Words of record, the one stop word that may stand right before a noun trigger: "254 reported deaths"
RECORD_WORDS: frozenset[str] = frozenset(
    {"reported", "confirmed", "recorded", "registered", "known", "documented", "verified"}
)
# Where the displaced stay, after a verb of staying ("were still in nine evacuation centres"): the noun
# read at a word's start ("camp-site" too); "host families" is two words.
SHELTER_NOUNS: frozenset[str] = frozenset(
    [
        *("camp", "camps", "shelter", "shelters", "centre", "centres", "center", "centers", "site", "sites"),
        *("settlement", "settlements", "tent", "tents", "hotel", "hotels", "base"),
    ]
)
# Words that end the way from a verb of staying to its shelter noun: another clause begins.
SHELTER_STOPS: frozenset[str] = frozenset(["and", "but", "while", "because", "after", "when"])
# Words that open an aside between a counted subject and its verb (", including dozens of orphans,").
ASIDE_OPENERS: frozenset[str] = frozenset(
    [
        *("including", "among", "most", "many", "some", "all", "both", "mostly", "aged", "mainly", "almost"),
        *("or", "majority", "nearly", "about", "around"),
    ]
)
# Prepositions of a counted subject's place or origin ("4,500 people from eastern Aleppo").
SUBJECT_PLACES: frozenset[str] = frozenset(
    ["in", "from", "of", "at", "across", "near", "throughout", "around", "with", "under"]
)
# Words that may stand between a subject and its verb besides auxiliaries and adverbs ("had now left").
SUBJECT_BETWEEN: frozenset[str] = frozenset(
    [
        *("reportedly", "reported", "also", "all", "both", "later", "subsequently", "allegedly", "now", "still"),
        *("already", "initially", "eventually", "apparently", "officially", "since", "recently", "just", "yet"),
        *("further", "either", "each", "newly"),
    ]
)
# Words that end the way from a verb of arrival to the camp's preposition: another clause begins.
ARRIVAL_STOPS: frozenset[str] = frozenset(
    ["and", "but", "while", "who", "which", "where", "when", "after", "before", "because", "then", "to", "into"]
)
# The prepositions before a camp after a verb of arrival ("into Melkadida refugee camp").
ARRIVAL_PLACES: frozenset[str] = frozenset(["into", "to", "in", "at", "inside", "toward", "towards"])
# After "join N people": where they already are ("(already) (living) in 21 camps").
JOIN_ADVERBS: frozenset[str] = frozenset(["already", "now", "still", "currently"])
JOIN_STAYING: frozenset[str] = frozenset(["living", "staying", "sheltering", "housed"])
JOIN_PLACES: frozenset[str] = frozenset(["in", "at", "inside"])
JOIN_DETERMINERS: frozenset[str] = frozenset(["the", "a", "an", "some", "about", "around", "over"])

# The nouns of a count that may follow a toll's trigger and its people before the toll's verb ("Killed
# people number reached 31", "Displaced families number 4,000"): toll_number (engine.toll_people)
TOLL_COUNT_NOUNS: frozenset[str] = frozenset(["number", "numbers", "total", "count", "tally"])
# A toll's bare participle or adjective ("Dead: 12", "the number of injured persons"): a running total only
# in a table or an infobox, and after "number of" before a noun of people (toll_number)
BARE_TOLLS: frozenset[str] = frozenset(
    ["dead", "killed", "injured", "wounded", "missing", "displaced", "evacuated", "homeless", "affected"]
)
# "the number (of people) who (have) (been)" before a toll's trigger, a verb of its relative clause:
# the pronoun and the auxiliaries that may stand between it and the trigger (toll_number, engine.number_who)
WHO_PRONOUNS: frozenset[str] = frozenset(["who", "that"])
WHO_HAVE: frozenset[str] = frozenset(["have", "has", "had"])
WHO_BE: frozenset[str] = frozenset(["been", "were", "was", "are", "is"])
# The toll's own verb after such a relative clause ("The number of refugees who have crossed into Chad since
# April has risen to 31,500"): the first of these after the trigger ends the clause
WHO_TOLL_VERBS: frozenset[str] = _words(
    """risen rose rises reached reaches climbed climbs stands stand stood increased grown grew jumped fallen fell
    totals total totalled totaled exceeded surpassed topped passed hit is was are were"""
)

# One victim named without a number (the construction implicit_singular's readings on tokens):
# the possessive before "body" ("his body was found"), and the words that may stand between it and "body"
BODY_POSSESSIVES: frozenset[str] = frozenset(["his", "her"])
BODY_ADJECTIVES: frozenset[str] = frozenset(["charred", "lifeless", "mutilated", "dead"])
# The determiners of one person ("the killing of a journalist", "killed the mayor and his daughter")
ONE_DETERMINERS: frozenset[str] = frozenset(["a", "an", "the"])
PAIR_DETERMINERS: frozenset[str] = frozenset(["a", "an", "the", "his", "her"])
# After "a journalist and" or "or": the first of several ("the killing of a journalist and his son"),
# by a word's start as the old grammar read it ("his", "their", "two"...)
SEVERAL_AFTER: tuple[str, ...] = (
    "his",
    "her",
    "their",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
)
# Words that make a death one remembered, not reported, before its noun ("the anniversary of the death of
# a revered imam"); with their stems ("commemorating", "mourned")
REMEMBERED_WORDS: frozenset[str] = frozenset(["anniversary", "memorial", "memory", "marking", "marks", "since"])
REMEMBERED_STEMS: tuple[str, ...] = ("commemorat", "mourn")
# The titles a named victim may have before the name ("shot dead Sheikh Ali Othman, a Sufi imam")
NAME_TITLES: frozenset[str] = frozenset(["Mr", "Mrs", "Ms", "Dr", "Sheikh", "Pa", "Chief"])
# Lower-case words inside a name ("Omar bin Laden", "Maria de Souza")
NAME_PARTICLES: frozenset[str] = frozenset(["bin", "de"])
# A noun of an office or a relation that names one person before "of"/"for" or a comma and a name ("the
# head of a radio station", "the pastor, Reverend X"): a singular object without "a" (implicit_singular)
TITLE_NOUNS: frozenset[str] = _words(
    """head leader chief director commander commissioner mayor governor editor owner president founder imam
    priest principal secretary spokesman spokesperson deputy son wife husband daughter chairman chairwoman
    chairperson pastor headmaster administrator officer official manager coordinator member"""
)
# Words after "a" or "the" that make a count, not one person ("a total of", "a dozen", "a few")
NOT_ONE_WORDS: frozenset[str] = _words(
    "total number further additional estimated few dozen couple handful hundred thousand million"
)
# Determiners of one person as a verb's object ("killed a prominent elder", "wounded his brother")
ONE_OBJECT_DETERMINERS: frozenset[str] = frozenset(["a", "an", "one"])
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset(["his", "her", "their", "its"])
# A singular subject before its verb (implicit_singular's reading singular_before): its determiners, and
# the auxiliaries and adverbs between it and the verb ("A journalist was reportedly killed"; any "-ly" word)
SUBJECT_DETERMINERS: frozenset[str] = frozenset(["a", "an", "one", "another", "the"])
SUBJECT_AUX_WORDS: frozenset[str] = _words("was has had is got reportedly also later allegedly then been being")
# The auxiliaries that make such a subject one person when the verb is a participle ("was", not "were")
SINGULAR_AUX_WORDS: frozenset[str] = frozenset(["was", "has", "is", "got"])
# "... was killed and his brother wounded": the words that open the second person ("and a", "and his") or
# stand for it ("and another"), and the words that may stand between it and its verb, lower case only
AND_ONE_DETERMINERS: frozenset[str] = frozenset(["a", "an", "his", "her", "their"])
AND_ONE_WORDS: frozenset[str] = frozenset(["another"])
AND_ONE_BETWEEN: frozenset[str] = _words("was also later seriously critically badly slightly")
# One person joined to a row by "alongside" after its verb ("A candidate was killed, alongside his driver";
# implicit_singular's reading alongside_one): its determiners, and the words of time or agent that may stand
# between the verb and "alongside"
ALONGSIDE_DETERMINERS: frozenset[str] = frozenset(["his", "her", "their", "a", "an", "another"])
ALONGSIDE_WORDS: frozenset[str] = frozenset(["alongside", "with"])
ALONGSIDE_PAIRS: frozenset[str] = frozenset(["along", "together"])  # before "with"
ALONGSIDE_TIMES: frozenset[str] = frozenset(["yesterday", "today"])
# "killed a dozen inmates and a female visitor" (implicit_singular's reading and_one_after): the words that
# join one more person after a counted object, and those that end the object's noun before them
AND_AFTER_JOINS: frozenset[str] = frozenset(["and", "plus"])
