"""The lexicon: trigger words -> category and grammatical role, and the nouns that
name victims, units and things that are not victims. Plain typed data.

Roles say where a number may stand relative to the trigger:

- ``past``: a transitive verb's past form, both "killed 12" and "12 (were) killed";
- ``verb``: other transitive forms, number after only ("killing 12", "kills 12");
- ``intrans``: number before only ("12 died", "12 people lost their lives");
- ``adj``: number before only, no verb needed ("12 dead", "12 missing");
- ``noun``: a count noun after the number ("12 deaths"), or a running total
  before it ("deaths rose to 12", "Deaths: 12");
- ``toll``: a running total before the number ("the death toll rose to 12");
- ``event``: a noun of the act, "of" and the number ("the killing of 12");
- ``shelter``: a verb of staying somewhere, number before, and a shelter noun
  after ("1,900 people were staying in nine evacuation centres");
- ``caused``: the place a causative verb puts people in ("forced 300,000 people
  into evacuation shelters"), read only by that rule;
- ``camp``: a camp or shelter of displaced people, number before with a verb
  of arrival ("3,800 people were pushed over the border into Melkadida refugee
  camp") or after "join" ("join 195,000 Iraqis in 21 camps");
- ``departure``: "left" with a place after it ("4,500 people left eastern
  Aleppo"), or at a clause's end after "500 of the 4,000 villagers".

- ``harm``, ``care``, ``result`` and ``remains``: a harm noun ("bruises"), a place
  of care ("hospital"), a result after an object ("to death", "from their homes")
  and "a body" found, read only by the construction table (``figures.grammar``);
- ``order``: an order to evacuate that names whom it covers ("evacuation orders
  were issued for 45,000 people"), read only by the construction table.

The last eight never take a number by themselves: the main linker skips them
(patterns._place_links reads them for numbers it left alone).

>>> lookup("Shot  dead").category
'killed'
>>> lookup("the death toll") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick
import regex


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger phrase (lower case, single spaces)."""

    phrase: str
    category: str
    role: str
    modality: str | None = None  # "feared dead": a figure, but not a confirmed one


def _entries(category: str, role: str, phrases: str, modality: str | None = None) -> tuple[Trigger, ...]:
    return tuple(Trigger(p.strip(), category, role, modality) for p in phrases.split("|") if p.strip())


# "120,000 homes were damaged or destroyed" counts houses in either state: the
# figure is a houses_damaged row and a houses_destroyed row with the same number
# (the construction damaged_or_destroyed); neither category alone is told apart.
DAMAGED_OR_DESTROYED: tuple[str, ...] = (
    "damaged or destroyed",
    "destroyed or damaged",
    "damaged and destroyed",
    "destroyed and damaged",
    "damaged or completely destroyed",
    "damaged or totally destroyed",
    "damaged or fully destroyed",
    "severely damaged or destroyed",
    "badly damaged or destroyed",
    "partially or completely destroyed",
    "partially or totally destroyed",
    "partially or fully destroyed",
    "partly or completely destroyed",
    "partly or totally destroyed",
    "either damaged or destroyed",
    "either destroyed or damaged",
)
# The same as verbs before their object: "destroying or damaging about 1,200 shelters".
DAMAGING_OR_DESTROYING: tuple[str, ...] = (
    "damaging or destroying",
    "destroying or damaging",
    "damaging and destroying",
    "destroying and damaging",
    "damage or destroy",
    "destroy or damage",
)

TRIGGERS: tuple[Trigger, ...] = (
    # killed ------------------------------------------------------------------
    *_entries("killed", "past", "killed|slain|murdered|massacred|slaughtered|executed|assassinated|beheaded"
              "|shot dead|gunned down|shot and killed|hacked to death|stabbed to death|beaten to death"
              "|burned to death|burnt to death|stoned to death|crushed to death|lynched|butchered|put to death"
              "|burned alive|burnt alive|buried alive|fatally shot|fatally injured|fatally wounded"
              "|frozen to death|found frozen to death|froze to death"
              "|summarily executed|killed in action|electrocuted|decapitated|strangled|shot to death|hacked down"
              "|hanged|hung|burned to death|set ablaze|found murdered|found beheaded"
              "|shot and killed|beaten and killed|abducted and killed|kidnapped and killed|found dead"
              "|stabbed and killed|stabbed and then killed|stabbed and beheaded|stabbed and then beheaded"
              "|pronounced dead|declared dead"),
    # a military statement's words for killing armed men ("neutralised 23 terrorists"): kept only where the
    # counted noun names armed men (context._everyday_sense), never for "eliminated from the tournament"
    *_entries("killed", "past", "eliminated|neutralised|neutralized"),
    *_entries("killed", "verb", "eliminate|eliminating|neutralise|neutralising|neutralize|neutralizing"),
    *_entries("killed", "verb", "kill|kills|killing|murder|murders|murdering|massacre|massacring|slaughter"
              "|slaughtering|execute|executes|executing|behead|beheading|beheads|shooting dead|shot dead"
              "|claimed the lives of|claiming the lives of|claims the lives of|took the lives of|taking the lives of"
              "|cost the lives of|costing the lives of"
              # "capsized, drowning 17 people" (not "the drowning of": an event noun)
              "|drowning|drown|drowns"),
    # a victim's body found: "his body was found", "the mayor's body was found" (one person: the construction implicit_singular)
    # "a body" found or recovered, read only by the construction table (body_found): never a count by itself
    *_entries("killed", "remains", "body"),
    *_entries("killed", "intrans", "body was found|body was discovered|body was recovered|body has been found"
              "|body had been found|body found|body was later found"),
    *_entries("killed", "intrans", "died|die|dies|perished|perish|drowned|lost their lives|lost their life"
              "|lost lives|have lost their lives|succumbed|succumbed to their injuries|succumbed to injuries"
              "|passed away|lives were lost|lives lost|lives|deceased|dying|lost at sea"
              # non-native English news: "three persons lost life"
              "|lost life|lost his life|lost her life"
              # a soldier's death in the words of an army: "Six volunteers fell in combat"
              "|fell in combat|fell in battle|fell in action|fell on the battlefield|fell on the field of honour"
              "|fell on the field of honor"),
    # a fall that kills: "fell to his death", "plunged to their deaths" (every verb with every owner)
    *_entries("killed", "intrans", "|".join(
        f"{verb} to {owner} {death}"
        for verb in ("fell", "plunged", "jumped", "leapt", "leaped", "tumbled", "slipped")
        for owner, death in (("his", "death"), ("her", "death"), ("their", "deaths"), ("their", "death"))
    )),
    # a deed that kills, named with "to death": "were trampled to death", "mauled to death by a leopard".
    # Only verbs that kill: "sentenced", "condemned", "bored", "scared", "frightened" or "worried to death"
    # kill no one (a verdict or a figure of speech), so "to death" is never a trigger after any verb.
    *_entries("killed", "past", "|".join(
        f"{verb} to death"
        for verb in ("trampled", "mauled", "starved", "gored", "charred", "clubbed", "bludgeoned", "tortured",
                     "kicked", "knifed", "suffocated", "battered", "bitten", "whipped", "flogged", "axed", "speared",
                     "choked", "strangled", "poisoned", "macheted", "hammered", "gassed", "smothered", "stamped",
                     "stomped", "pummelled", "pummeled", "punched", "lashed", "thrashed", "bashed", "lynched",
                     "bayoneted", "scalded")
    )),
    # dying by no one's hand: "at least 27 people have starved to death", "the driver bled to death"
    *_entries("killed", "intrans", "bled to death|starved to death|choked to death|suffocated to death"
              # a death in service or for a cause, the words of South Asian and military news
              "|attained martyrdom|embraced martyrdom|achieved martyrdom|laid down their lives|laid down his life"
              "|made the supreme sacrifice|made the ultimate sacrifice|paid the supreme price"),
    # "three jawans were martyred", "the garrison of 800 was put to the sword"
    *_entries("killed", "past", "martyred|put to the sword"),
    # "the floods drowned 40 people": drowning done to someone (with an object; "40 drowned" is intrans)
    *_entries("killed", "past", "drowned"),
    *_entries("killed", "adj", "dead|confirmed dead|presumed dead|killed"),
    *_entries("killed", "adj", "feared dead|feared killed|believed dead|believed killed|reported dead"
              "|feared drowned|believed drowned|feared to have drowned|feared to have died",
              modality="feared"),
    *_entries("killed", "noun", "deaths|fatalities|bodies|corpses|dead bodies|fatality|death|people killed"
              "|loss of life|loss of lives|loss of human life|loss of human lives"  # "there was no loss of life"
              "|fatal injuries|fatal injury|fatal wounds|mortal wounds|fatal gunshot wounds"),  # "suffered fatal injuries"
    # the act counted as a noun, one per victim: "documented 43 extrajudicial executions", "Killings: 12"
    # (not bare "executions": "12,000 executions per second" of a trading system)
    *_entries("killed", "noun", "killings|extrajudicial killings|extra-judicial killings|unlawful killings"
              "|targeted killings|extrajudicial executions|extra-judicial executions|summary executions"
              "|arbitrary executions|murders|homicides"),
    *_entries("killed", "toll", "death toll|toll|fatality toll|fatality count|body count|number of dead"
              "|number of deaths|number of people killed|number of fatalities|number of those killed"
              "|number of victims|dead|killed|death count|tally|number of bodies|death total|final toll"
              "|number killed|number dead"  # "put the number killed at 48"
              "|number of confirmed dead|confirmed death toll|confirmed toll"
              # South Asian and Middle Eastern news: "the deceased persons are 4 in number", "the number of
              # martyrs rose to 40"
              "|number of deceased|number of martyrs"),
    *_entries("killed", "noun", "deceased persons|deceased people|deceased individuals"),
    # (one phrase, before the verb "drowning" can take the word: "at least four drowning deaths")
    *_entries("killed", "noun", "drowning deaths|drowning death|drowning fatalities|drowning victims"),
    # the dead of a cause: "the names of 22 martyrs who fell in the offensive" (a count, not a singular:
    # "a martyr of the faith" is no event's)
    *_entries("killed", "noun", "martyrs"),
    # dying without a hand: "Eight children suffocated in the smoke", "the drowning of 23 asylum seekers"
    *_entries("killed", "intrans", "suffocated|asphyxiated"),
    *_entries("killed", "event", "drowning of|drownings of|drowning deaths of"),
    *_entries("killed", "event", "killing of|killings of|deaths of|death of|murder of|murders of|massacre of"
              "|execution of|executions of|slaughter of|loss of|lives of|bodies of"
              # one victim's death named by the deed: "the slaying of a radio reporter"
              "|slaying of|slayings of|assassination of|assassinations of|fatal shooting of|fatal stabbing of"
              "|shooting death of|beheading of|lynching of|body of|remains of"),
    # injured -----------------------------------------------------------------
    *_entries("injured", "past", "injured|wounded|hurt|maimed|seriously injured|seriously wounded"
              "|critically injured|severely injured|slightly injured|lightly injured|hospitalised|hospitalized"
              "|badly injured|badly hurt|bruised|scalded"
              # burns that did not kill ("burned" alone destroys houses, below)
              "|seriously burned|badly burned|severely burned|critically burned|seriously burnt|badly burnt"
              "|severely burnt"
              # harm done by hand or weapon that the text does not call fatal ("stabbed to death" and
              # "beaten to death" are killed, above); a shot in a limb ("shot in the head" may kill)
              "|stabbed|beaten|beaten up|shot but survived|shot and survived|physically assaulted"
              "|shot in the leg|shot in the legs|shot in the arm|shot in the arms|shot in the foot|shot in the hand"
              "|shot in the shoulder|shot in the knee|shot in both knees|shot in the knees|shot in the thigh"),
    *_entries("injured", "verb", "injure|injures|injuring|wound|wounds|wounding|maiming|hurting"
              "|stab|stabs|stabbing|stabbed|beat up|beating up|physically assaulted|physically assaulting"),
    # in a terse list: "1 dead, 4 in hospital" (number before only)
    *_entries("injured", "adj", "in hospital|in the hospital"),
    *_entries("injured", "intrans", "in critical condition|in a critical condition|in serious condition"
              "|in a serious condition|in critical but stable condition|in intensive care"),
    # the same after a verb of staying that is also a shelter phrase ("remain in", "still in"), which
    # would otherwise take the words first: "another 14 remain in critical condition"
    *_entries("injured", "intrans", "|".join(
        f"{verb} {state}"
        for verb in ("remain in", "remains in", "remained in", "still in")
        for state in ("critical condition", "a critical condition", "serious condition", "a serious condition",
                      "intensive care")
    )),
    # a limb or an eye lost or cut off (mines, blasts): "two farmers lost their legs", "one had an arm amputated"
    *_entries("injured", "intrans", "|".join(
        f"{verb} {det}{part}{after}"
        for verb, after in (("lost", ""), ("had", " amputated"))
        for det in ("a ", "an ", "one ", "both ", "his ", "her ", "their ", "")
        for part in ("leg", "legs", "arm", "arms", "limb", "limbs", "hand", "hands", "foot", "feet", "eye", "eyes")
    )),
    *_entries("injured", "intrans", "sustained injuries|suffered injuries|received injuries"
              "|needed treatment|required treatment|were treated|treated for injuries|sought treatment"
              "|sustained various injuries|sustained various degrees of injuries|sustained serious injuries"
              "|sustained minor injuries|sustained gunshot wounds|suffered serious injuries|suffered minor injuries"
              "|sustained injury|suffered injury|suffered wounds|sustained wounds|suffered gunshot wounds"
              "|sustained varying degrees of injuries|suffered varying degrees of injuries"
              "|sustained varying degrees of injury|sustained different degrees of injuries"
              # care in progress: "23 are receiving treatment", "1,240 receiving hospital treatment"
              "|receiving treatment|receiving hospital treatment|receiving medical treatment|being treated"
              "|undergoing treatment|received hospital treatment|received medical treatment"
              # care needed: "more than 120 people needing treatment for burns"
              "|" + "|".join(f"{need} {care}" for need in ("needing", "requiring", "needed", "required")
                             for care in ("hospital treatment", "medical treatment", "medical attention",
                                          "medical care", "hospitalisation", "hospitalization")
                             )),
    *_entries("injured", "noun", "injuries|injured people|wounded people|injured persons|people injured|injury"),
    # read only by the construction table (figures.grammar): a harm noun after a light
    # verb ("escaped with cuts and bruises") and a place of care ("taken to hospital")
    *_entries("injured", "harm", "bruises|cuts|fractures|lacerations|burns|scratches|abrasions|concussion"
              "|concussions|frostbite|hypothermia|broken bones|broken legs|broken leg|broken arm|broken arms|broken ribs|sprained ankles"
              "|sprained ankle|broken ankle|broken ankles|minor cuts|head wounds|head injury|smoke inhalation"
              "|stab wounds|stab wound|knife wounds|bullet wounds|gunshot wounds|gunshot wound"
              # illness from heat: "treated 400 people for heatstroke" ("dehydration" is also a symptom of
              # cholera and other diseases, whose cases are no harm figures: left out)
              "|heatstroke|heat stroke|heat-stroke|sunstroke|heat exhaustion|heat illness|heat-related illness"
              "|heat-related illnesses"),
    *_entries("injured", "care", "hospital|hospitals|medical treatment|medical attention|for treatment"),
    # a result after a verb's object, read only by the construction table: "drove 640
    # villagers out of their houses" ("hacked 12 farmers to death" is read from "death")
    *_entries("displaced", "result", "from their homes|out of their homes|from their houses|out of their houses"
              "|from their villages|out of their villages|from their land|off their land|from their homesteads"),
    *_entries("injured", "toll", "number of injured|number of wounded|number of injuries|injury toll"
              "|number of people injured|number of people wounded|injured|wounded|number injured|number wounded"),
    # missing -----------------------------------------------------------------
    *_entries("missing", "adj", "missing|unaccounted for|remain missing|still missing|went missing|are missing"
              "|were missing|disappeared|reported missing|listed as missing"
              # under rubble and not found: "12 people believed buried under the debris"
              "|believed buried|feared buried|believed trapped|feared trapped|still buried|remain buried"
              # still looked for: "three others were still being searched for"
              "|still being searched for|were still being searched for|are still being searched for"),
    # the act counted as a noun and named with "of": "87 enforced disappearances", "the enforced disappearance of 87"
    *_entries("missing", "noun", "disappearances|enforced disappearances|forced disappearances"
              "|involuntary disappearances"
              # counted as cases: "documented 22 cases of enforced disappearance"
              "|cases of enforced disappearance|cases of forced disappearance|cases of enforced disappearances"
              "|cases of forced disappearances|cases of involuntary disappearance"),
    # (not bare "disappearance of": "the disappearance of 40 species", "of 3 laptops")
    *_entries("missing", "event", "enforced disappearance of|forced disappearance of|enforced disappearances of"
              "|forced disappearances of"),
    *_entries("missing", "toll", "number of missing|number of people missing|missing|number missing"),
    # still looked for by rescuers, the count after: "rescuers are searching for 17 people", "search operations
    # are continuing for 17 others" (only people a search for survivors looks for: SEARCHED_FOR)
    *_entries("missing", "verb", "searching for|search for|searched for|still searching for|search continues for"
              "|search continued for|searches continue for|searches continued for|search is continuing for"
              "|search operations are continuing for|search operations continue for|search was continuing for"
              "|searching for another|searching for the remaining|search for the remaining|search for another"),
    # Put into a shelter by a causative verb: evacuated. Listed before the displaced
    # entries of the same phrases, as the causative rule takes a phrase's first entry
    # ("forced 300,000 people into evacuation shelters"; "staying in evacuation
    # centres" stays displaced, as IDMC counts it).
    *_entries("evacuated", "caused", "evacuation shelters|evacuation centres|evacuation centers"),
    # displaced ---------------------------------------------------------------
    *_entries("displaced", "past", "displaced|internally displaced|uprooted|newly displaced|forcibly displaced"
              # past participles: "500,000 people were forced from their homes" (were `verb`: after only)
              "|forced from their homes|driven from their homes|forced out of their homes"
              "|relocated"),  # "2,000 families were relocated", "authorities relocated 2,000 families"
    *_entries("displaced", "verb", "displace|displaces|displacing|uprooting|forcing from their homes"
              "|driving from their homes"),
    # expulsion: "the militia expelled 3,000 families", "1,200 residents were driven out", "were deported to the
    # east" (not a school's, a party's nor a state's of its foreigners: EXPELLED_NOT_DISPLACED, context)
    *_entries("displaced", "past", "expelled|forcibly expelled|deported|forcibly deported|driven out"
              "|forcibly removed"
              # moved by force ("2,700 people were forcibly transferred"; bare "evicted" and "transferred"
              # also say it of tenants, contestants and patients)
              "|forcibly transferred|forcibly evicted|forcibly relocated|forcibly moved|forcibly resettled"),
    *_entries("displaced", "verb", "expel|expels|expelling|deport|deports|deporting|drove out|drive out"
              "|drives out|driving out"),
    *_entries("displaced", "intrans", "fled|flee|fleeing|flees|fled their homes|have fled|had fled"
              "|were forced to flee|forced to flee|been forced to flee|had to flee|left their homes"
              "|abandoned their homes|sought refuge|sought shelter|took refuge|taken refuge"
              "|forced to leave their homes"
              "|relocated|took shelter|taken shelter|sheltering|seek refuge"
              "|seeking refuge|seek shelter|seeking shelter|taking shelter|taking refuge|take refuge|take shelter"
              "|staying with host families|living with host families|leave their homes|abandon their homes"
              "|relocate|move to safer areas|flee their homes|leave their houses|abandon their houses|left their houses"
              # movements IDMC counts as displacement: across a border, away from danger, into a place
              "|crossed the border|crossed into|fled across the border|moved away from|arrived in"
              "|stay in a shelter|stay in shelters"),
    # leaving one's home in any of its words: "2,000 families abandoned their farms", "deserted their villages"
    # (a verb of leaving alone is no displacement: "300 fans left the stadium")
    *_entries("displaced", "intrans", "|".join(
        f"{verb} their {place}"
        for verb in ("left", "leave", "leaving", "abandoned", "abandon", "abandoning", "deserted", "desert",
                     "deserting", "fled", "flee", "fleeing")
        for place in ("home", "villages", "towns", "land", "lands", "farms", "communities", "settlements",
                      "neighbourhoods", "neighborhoods", "village", "town", "pastures", "grazing lands",
                      "grazing land", "homesteads")
    )),
    # made to leave it: "150,000 herders have been forced to abandon their pastures"
    *_entries("displaced", "intrans", "|".join(
        f"{verb} their {place}"
        for verb in ("forced to leave", "forced to abandon", "forced to flee", "forced to desert",
                     "compelled to leave", "compelled to abandon", "compelled to flee")
        for place in ("villages", "towns", "land", "lands", "farms", "communities", "settlements", "pastures",
                      "grazing lands", "homesteads", "houses", "village", "town", "home")
    ) + "|forced to abandon their homes|compelled to leave their homes|compelled to abandon their homes"
        "|forced to flee their homes|compelled to flee their homes"),
    # "25,000 people moved to hotels and emergency shelters": a verb of staying, valid
    # only when a shelter noun follows (grammar.engine.shelter_place)
    # ("sheltering", "took refuge": intransitive above, so that any place after them will do)
    *_entries("displaced", "shelter", "living in|staying in|staying at|moved to"
              "|moved into|housed in|accommodated in|hosted in|relocated to"
              "|living at|remained in|remain in|still in|are living in|were living in|were staying in"
              "|are staying in|currently living in|currently staying in"),
    *_entries("displaced", "adj", "evacuation centres|evacuation centers|relief camps|displacement camps|idp camps"
              "|collective centres|collective centers|evacuation shelters|emergency shelters|temporary shelters"
              "|displacement sites|idp sites|collective sites|makeshift shelters|relief centres|relief centers"),
    # The displaced counted where they stay: "1,900 people are living in evacuation centres".
    *_entries("displaced", "adj", "|".join(
        f"{verb} {adj}{place}"
        for verb in ("living in", "staying in", "staying at", "sheltering in", "remained in", "remain in", "housed in",
                     "accommodated in", "hosted in", "still in", "still living in", "in",
                     # brought there: "4,000 residents were taken to evacuation centres"
                     "taken to", "brought to", "moved to", "transferred to", "transported to", "shifted to")
        for adj in ("", "evacuation ", "relief ", "collective ", "displacement ", "idp ", "emergency ", "temporary ",
                    "makeshift ", "government ")
        for place in ("camps", "centres", "centers", "sites", "shelters", "settlements", "camp", "centre", "center")
        if adj or place in ("camps", "shelters", "settlements")
    )),
    # A camp or shelter of displaced people (patterns._place_links): "pushed ... into
    # Melkadida refugee camp", "join 195,000 Iraqis in 21 camps". Bare "camp(s)" only
    # with a verb of arrival and no kind that makes it another camp (NOT_DISPLACEMENT_CAMPS).
    *_entries("displaced", "camp", "|".join(
        f"{kind} {place}"
        for kind in ("refugee", "idp", "displacement", "relief", "evacuation", "evacuee", "transit", "reception",
                     "collective", "emergency", "temporary", "makeshift", "tent", "protection of civilians", "poc")
        for place in ("camp", "camps", "centre", "centres", "center", "centers", "site", "sites", "shelter",
                      "shelters", "settlement", "settlements")
    ) + "|camp|camps"),
    # A departure (patterns._place_links; find_mentions keeps "left" only before a place)
    *_entries("evacuated", "departure", "left|had left|have left|has left"),
    *_entries("displaced", "noun", "refugees|idps|internally displaced persons|internally displaced people"
              "|displaced people|displaced persons|displaced families|displaced households|displacements"
              "|displaced civilians|displaced residents|idp"),
    # refugees and IDPs counted as they reach a border point or camp ("3,410 new arrivals"), number before
    # only: "new arrivals of tourists rose to 3 million" is no running total
    *_entries("displaced", "adj", "new arrivals"),
    *_entries("displaced", "toll", "number of displaced|number of displaced people|number of idps"
              "|number of refugees|number of people displaced|number of displaced persons|displaced"),
    # a label or a running total named by the act: "Displacement figures: Kessa 12,400; Dobo 8,150"
    *_entries("displaced", "toll", "displacement figures|displacement figure|displacement total|displacement toll"),
    *_entries("displaced", "event", "displacement of|displacing of|exodus of|relocation of|displacements of"),
    # evacuated ---------------------------------------------------------------
    *_entries("evacuated", "past", "evacuated|moved to safety|relocated to safety|ordered to evacuate"
              "|forced to evacuate"
              # moved out of danger ("shifted" is Indian English for it): "1.2 lakh people were shifted to safer places"
              "|" + "|".join(f"{verb} to {where}" for verb in ("moved", "shifted", "relocated", "taken", "evacuated")
                             for where in ("safer places", "safer areas", "safer locations", "safer ground", "higher ground"))
              + "|shifted to safety"),
    *_entries("evacuated", "verb", "evacuate|evacuates|evacuating"),
    # an order to leave that names whom it covers, read only by the construction table (evacuation_order):
    # "Evacuation orders were issued for 45,000 people"; kept with modality "ordered", as the order says
    # nothing of how many left (only the raw profile adds it to a total)
    *_entries("evacuated", "order", "evacuation orders|evacuation order|mandatory evacuations"
              "|mandatory evacuation orders|mandatory evacuation order|evacuation notices|compulsory evacuations"
              "|compulsory evacuation orders|compulsory evacuation order", modality="ordered"),
    # those an order covers, the count before: "5,000 people remain under evacuation orders" (kept, "ordered")
    *_entries("evacuated", "adj", "under evacuation orders|under evacuation order|under an evacuation order"
              "|under mandatory evacuation orders|under a mandatory evacuation order|under mandatory evacuation"
              "|under orders to evacuate", modality="ordered"),
    *_entries("evacuated", "noun", "evacuees|evacuations"),
    *_entries("evacuated", "toll", "number of evacuees|number of people evacuated|evacuated|number evacuated"
              "|number of evacuated"),  # "the number of evacuated residents reached 3,000"
    *_entries("evacuated", "event", "evacuation of|evacuations of|evacuation for|evacuations for"),
    # homeless ----------------------------------------------------------------
    *_entries("homeless", "adj", "homeless|left homeless|made homeless|rendered homeless|without shelter"
              "|without homes|without a home|lost their homes|lost homes|are homeless|were homeless"
              "|were left homeless|have been left homeless|been left homeless|losing their homes|losing homes"
              # "3,500 people were left without a roof over their heads"
              "|without a roof over their heads|without a roof over their head|without roofs over their heads"),
    *_entries("homeless", "toll", "number of homeless|homeless"),
    # affected ----------------------------------------------------------------
    *_entries("affected", "past", "affected|impacted|severely affected|directly affected|badly affected"),
    *_entries("affected", "verb", "affect|affects|affecting|impacting|impacts"),
    *_entries("affected", "noun", "affected people|people affected|affected persons|affected population"),
    # in need of help: EM-DAT counts as affected the "people requiring immediate assistance during a period
    # of emergency" (its glossary): "the floods left 1.2 million people in need of humanitarian assistance"
    *_entries("affected", "adj", "|".join(
        f"{need} {aid}"
        for need in ("in need of", "in urgent need of", "in dire need of", "needing", "requiring", "in need of urgent")
        for aid in ("assistance", "humanitarian assistance", "aid", "humanitarian aid", "food assistance", "food aid",
                    "emergency assistance", "emergency food assistance", "emergency aid", "relief assistance",
                    "relief aid", "humanitarian support", "life-saving assistance", "lifesaving assistance",
                    "immediate assistance")
        if not (need == "in need of urgent" and aid.startswith(("emergency", "immediate", "urgent")))
    )),
    # cut off by water, as EM-DAT's affected ("requiring immediate assistance"): "60,000 people have been cut off
    # by floodwaters", "2,000 villagers marooned" (not travellers "stranded" at an airport)
    *_entries("affected", "past", "|".join(
        f"{verb} by {water}" for verb in ("cut off", "stranded", "trapped", "isolated", "marooned")
        for water in ("floodwaters", "the floodwaters", "flood waters", "the flood waters", "flooding",
                      "the flooding", "floods", "the floods", "rising waters", "the rising waters")
    ) + "|marooned"),
    # without drinking water, a need of the same kind (droughts, burst mains): "3.6 million people were short
    # of drinking water"
    *_entries("affected", "adj", "short of drinking water|without drinking water|without safe drinking water"
              "|without clean drinking water|without access to drinking water|without access to safe drinking water"
              "|lacked drinking water|lack drinking water|lacking drinking water|facing drinking water shortages"
              "|faced drinking water shortages|face drinking water shortages|had difficulty accessing drinking water"),
    *_entries("affected", "toll", "number of affected|number of people affected|affected"),
    # arrested ----------------------------------------------------------------
    *_entries("arrested", "past", "arrested|detained|apprehended|jailed|imprisoned|rounded up|taken into custody"
              "|held in custody|incarcerated|taken into detention|remanded"
              "|arbitrarily detained|arbitrarily arrested|unlawfully detained"),
    # still held: "at least 2,900 detainees remain in custody", "31 people are still in detention"
    *_entries("arrested", "adj", "in custody|in detention|in arbitrary detention|remain in custody|remain in detention"
              "|remained in custody|remained in detention|still in custody|still in detention|remain detained"
              "|remain behind bars|remain in arbitrary detention|still detained|behind bars|in police custody"),
    *_entries("arrested", "verb", "arrest|arrests|arresting|detain|detains|detaining|apprehending|jailing"
              "|rounding up|round up"),
    *_entries("arrested", "noun", "arrests|detainees|detentions"),
    # "31 arbitrary arrests involving 240 people" (as for abductions, below)
    *_entries("arrested", "verb", "|".join(
        f"{act} {verb}" for act in ("arrests", "detentions", "arbitrary arrests", "arbitrary detentions")
        for verb in ("affecting", "involving")
    )),
    *_entries("arrested", "toll", "number of arrests|number of detainees|number of people arrested"),
    *_entries("arrested", "event", "arrest of|arrests of|detention of|detentions of|imprisonment of"),
    # kidnapped ---------------------------------------------------------------
    *_entries("kidnapped", "past", "kidnapped|abducted|taken hostage|held hostage|taken captive|held captive"
              "|kidnaped|snatched|seized as hostages|taken prisoner"),
    *_entries("kidnapped", "verb", "kidnap|kidnaps|kidnapping|abduct|abducts|abducting|taking hostage"),
    # the acts counted, then the people they took: "58 abductions affecting 214 civilians" is kidnapped 214
    # (one phrase, so that "affecting" alone does not make them affected)
    *_entries("kidnapped", "verb", "|".join(
        f"{act} {verb}" for act in ("abduction", "abductions", "kidnapping", "kidnappings", "abduction incidents",
                                    "kidnapping incidents")
        for verb in ("affecting", "involving")
    )),
    *_entries("kidnapped", "noun", "hostages|abductees|captives|kidnap victims"),
    # still held by their captors: "96 remain in captivity" (as "remain in custody" is arrested)
    *_entries("kidnapped", "adj", "in captivity|remain in captivity|remained in captivity|still in captivity"
              "|remain captive|remained captive|still held captive|still being held captive"),
    # a result after a verb's object, read only by the construction table: "took 14 aid workers hostage"
    *_entries("kidnapped", "result", "hostage|captive|prisoner"),
    # the same for an arrest: "police took 45 people into custody" (taken_captive)
    *_entries("arrested", "result", "into custody|into police custody|into detention"),
    *_entries("kidnapped", "toll", "number of hostages|number of abductees|number of people kidnapped"),
    *_entries("kidnapped", "event", "kidnapping of|abduction of|kidnappings of|abductions of"),
    # casualties --------------------------------------------------------------
    *_entries("casualties", "noun", "casualties|casualty|dead and injured|dead and wounded|dead or injured"
              "|dead or wounded|killed and injured|killed and wounded|killed or injured|killed or wounded"),
    *_entries("casualties", "past", "killed or maimed|killed and maimed|killed or injured|killed or wounded"
              "|killed and wounded|killed and injured"
              "|killed or hurt|injured or killed|wounded or killed"),
    *_entries("casualties", "verb", "killing or wounding|killing or injuring|killing and wounding"
              "|killing and injuring"),
    *_entries("casualties", "toll", "casualty toll|number of casualties|casualty figure|casualty figures"
              "|casualty count|casualties"),
    # houses (the category is fixed by the head noun: see HOUSING) -------------
    *_entries("houses_destroyed", "past", "destroyed|razed|flattened|burned down|burnt down|washed away"
              "|swept away|demolished|completely destroyed|totally destroyed|collapsed|levelled|leveled"
              "|torched|reduced to rubble|fully destroyed|destroyed completely|burned|burnt|gutted"
              "|reduced to ashes|reduced to ash|burned to the ground|burnt to the ground|razed to the ground"
              # (of houses only, as every verb here: "the fire consumed 240 homes", "bulldozed 60 shacks";
              # not "flooding" nor "knocked down": said of floods and trees in most sentences, they cost
              # a reading of each for a rare row)
              "|consumed|bulldozed|torn down|pulled down|wiped out|blown away|burned out|burnt out|buried"
              "|set fire to|set on fire|set alight|set ablaze|torched and destroyed"),
    *_entries("houses_destroyed", "verb", "destroy|destroys|destroying|razing|flattening|demolishing"
              "|sweeping away|washing away"  # "the torrent burst its banks, sweeping away 40 houses"
              "|burning|torching|gutting|levelling|leveling|bulldozing|consuming|wiping out|raze|razes"
              "|setting fire to|sets fire to|setting ablaze"
              "|flatten|flattens|demolish|demolishes|torch|torches|bulldoze|bulldozes"
              # "lost 100,000 homes" (a count of houses only: the
              # category needs a housing noun, so "lost 40 soldiers" gives nothing)
              "|lost"),
    # damaged beyond repair, in the words of South Asian damage reports ("1,200 houses were fully damaged and
    # 3,400 partially damaged"): destroyed
    *_entries("houses_destroyed", "past", "fully damaged|completely damaged|totally damaged"),
    # not quite destroyed: "the house was almost totally destroyed" is a damaged house
    *_entries("houses_damaged", "past", "almost destroyed|nearly destroyed|almost totally destroyed"
              "|nearly totally destroyed|almost completely destroyed|nearly completely destroyed"),
    *_entries("houses_damaged", "past", "damaged|partially damaged|partly damaged|partially destroyed"
              "|partly destroyed|severely damaged|badly damaged|flooded|inundated|submerged"),
    *_entries("houses_damaged", "verb", "damage|damages|damaging|inundating|submerging"),
    # the act as a noun: "the destruction of 1,450 homes", "damage to 2,000 houses"
    *_entries("houses_destroyed", "event", "destruction of|razing of|demolition of|collapse of"),
    # "caused 67,000 houses to collapse" (grammar.words.CAUSED_INFINITIVES): the infinitive after a causative
    *_entries("houses_destroyed", "intrans", "collapse"),
    *_entries("houses_damaged", "event", "damage to|damage of|damaging of"),
    # One count of houses in either state: a row in each category (see DAMAGED_OR_DESTROYED)
    *_entries("houses_damaged", "past", "|".join(DAMAGED_OR_DESTROYED)),
    *_entries("houses_damaged", "verb", "|".join(DAMAGING_OR_DESTROYING)),
    # a home no one can live in, damaged or destroyed: counted as damaged, the lesser claim
    *_entries("houses_damaged", "past", "rendered uninhabitable|left uninhabitable|made uninhabitable"),
    *_entries("houses_damaged", "intrans", "suffered damage|sustained damage|suffered minor damage|suffered major damage"
              "|sustained minor damage|sustained heavy damage|suffered severe damage|suffered heavy damage"
              "|sustained major damage|sustained severe damage|sustained varying degrees of damage"
              "|suffered varying degrees of damage|sustained some damage|suffered some damage"
              "|sustained significant damage|suffered significant damage|sustained extensive damage"
              "|suffered extensive damage|sustained structural damage|suffered structural damage"),
    # "41,000 households had their houses destroyed": counted in households
    *_entries("houses_destroyed", "intrans", "had their houses destroyed|had their homes destroyed"
              "|saw their homes destroyed|lost their houses|had their houses completely destroyed"),
    *_entries("houses_damaged", "intrans", "had their houses damaged|had their homes damaged"
              "|saw their homes damaged|had their houses partially damaged"),
)  # fmt: skip

HOUSE_CATEGORIES = ("houses_destroyed", "houses_damaged")

# Head nouns that make a figure count houses, and the unit they give.
HOUSING: frozenset[str] = frozenset(
    [
        "houses",
        "house",
        "homes",
        "home",
        "dwellings",
        "dwelling",
        "buildings",
        "building",
        "shelters",
        "structures",
        "residences",
        "huts",
        "housing",
        "units",
        "apartments",
        "flats",
        "properties",
        "households'",
        "tents",
        "shacks",
        "trailers",  # mobile homes in US storm reports ("destroyed two homes and 30 trailers")
        # the singulars a dwelling without a number is named by ("a hut was burned"); not "unit",
        # "flat", "shelter" or "property", which name other things as often
        "apartment",
        "hut",
        "shack",
        "residence",
        "structure",
        "cottage",
        "farmhouse",
        "bungalow",
        "homestead",
    ]
)
# Head nouns that change the unit of a people figure.
UNITS: dict[str, str] = {
    "families": "families",
    "family": "families",
    "households": "households",
    "household": "households",
    # a bulletin's abbreviation: "450 HH (~2,700 ind.)"
    "hh": "households",
    "hhs": "households",
}


# Nouns of things and places that are never victims ("three provinces were affected").
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NOT_VICTIMS: frozenset[str] = frozenset(
    [
        # what business news loses or kills: "the merger killed 2,000 jobs", "the loss of 40 jobs"
        "jobs",
        "job",
        "species",
        # installations and craft that are evacuated, lost or missing as things
        "platforms",
        "platform",
        "rigs",
        "rig",
        "tree",
        "canoes",
        "canoe",
        "boat",
        "poles",
        "barrels",
        "provinces",
        "province",
        "districts",
        "district",
        "villages",
        "village",
        "towns",
        "town",
        "cities",
        "city",
        "countries",
        "country",
        "regions",
        "region",
        "states",
        "areas",
        "area",
        "counties",
        "county",
        "municipalities",
        "municipality",
        "communes",
        "communities",
        "neighbourhoods",
        "neighborhoods",
        "hectares",
        "acres",
        "vehicles",
        "vehicle",
        "cars",
        "car",
        "trucks",
        "tanks",
        "aircraft",
        "planes",
        "helicopters",
        "drones",
        "boats",
        "ships",
        "vessels",
        "schools",
        "hospitals",
        "bridges",
        "roads",
        "livestock",
        "cattle",
        "cows",
        "goats",
        "sheep",
        "animals",
        "camels",
        "chickens",
        "birds",
        "dogs",
        "horses",
        "pigs",
        "poultry",
        "crops",
        "trees",
        "tonnes",
        "tons",
        "times",
        "rounds",
        "shots",
        "rockets",
        "missiles",
        "bombs",
        "shells",
        "mortars",
        "attacks",
        "incidents",
        "years",
        "days",
        "weeks",
        "months",
        "hours",
        "minutes",
        "percent",
        "points",
        "votes",
        "seats",
        "companies",
        "businesses",
        "shops",
        "stores",
        "mosques",
        "churches",
        "temples",
        "wells",
        "farms",
        "fields",
        "km",
        "kilometres",
        "miles",
        "cases",
        "sites",
        "locations",
        "camps",
        "facilities",
        "institutions",
        "hectare",
        "islands",
        "states",
        "buses",
        "trains",
        "flights",
        "pieces",
        "weapons",
        "guns",
        "rifles",
        "mines",
        "landmines",
        "kilograms",
        "litres",
        "dollars",
        "euros",
        "pounds",
        "rupees",
        "localities",
        "parishes",
        "valleys",
        "prefectures",
        "departments",
        "governorates",
        "oblasts",
        "settlements",
        "fish",
        "head",
        "heads",
        "ducks",
        "fowl",
        "buffaloes",
        "buffalo",
        "donkeys",
        "mules",
        "oxen",
        "dolphins",
        "whales",
        # issue 16: things counted in reports ("three events of snow", "106 blocks", "85 sections")
        "events",
        "blocks",
        "sections",
        "hardwoods",
        "poles",
        "tornadoes",
        "storms",
        "cyclones",
        "hurricanes",
        "typhoons",
        "barangays",
        "classrooms",
        "parks",
        "rooms",
        "suburbs",
        "supplies",
        # things of everyday news that a harm word counts in another sense ("The merger killed 200 jobs",
        # "120 ballots were missing", "The redesign displaced 3 buttons", "Three servers died")
        *_words("""posts vacancies amendments bills motions proposals measures resolutions versions drafts products
        brands projects programmes programs plans deals contracts orders shares stocks files folders
        documents records pages emails messages letters ballots samples specimens paintings artworks
        sculptures exhibits books titles copies songs albums films movies episodes games matches penalties goals
        servers computers laptops phones devices machines engines batteries processes apps applications
        websites pixels buttons characters zombies monsters robots careers hopes dreams ambitions reputations
        donors"""),
        # animals (a count of them is no figure: "Foxes killed 12 hens", "The oil spill killed 800 seabirds")
        *_words("""mice rats hens seabirds gulls bees deer cats frogs turtles tortoises elephants lions tigers
        wolves bears monkeys apes bats calves bulls geese turkeys swans storks pelicans penguins salmon trout
        insects butterflies rhinos rhinoceroses hippos giraffes gorillas chimpanzees zebras antelopes foxes
        rabbits sharks crocodiles snakes pigeons hives colonies
        wickets innings overs laps"""),
        # utility accounts, not people nor houses ("outages affected 2 million customers"; "customers" are
        # people a gunman kills, and NOT_AFFECTED keeps them out of "affected")
        "subscribers",
        "users",
        "accounts",
        "meters",
        "connections",
    ]
)


# People whose trip or service a disruption touched, not victims of a hazard: an "affected" count of them
# is no figure ("Road closures affected 40,000 commuters", "The strike affected 200,000 rail passengers").
NOT_AFFECTED: frozenset[str] = frozenset(
    ["commuters", "travellers", "travelers", "passengers", "motorists", "flyers", "fans", "spectators", "shoppers",
     # people a rule or a market touches ("The pension reform affected 2 million pensioners")
     "voters", "pensioners", "retirees", "taxpayers", "borrowers", "shareholders", "investors", "policyholders",
     # people a firm's decision touches ("closing 12 stores, affecting 300 staff")
     "staff", "employees", "customers", "subscribers", "clients"]
)  # fmt: skip
# People hurt in their pockets (context's "not_harmed" for "hurt" without a word of an event): "a fraud that
# hurt 300 investors", "the tax rise hurt 2 million pensioners".
HURT_IN_POCKET: frozenset[str] = frozenset(
    ["investors", "shareholders", "taxpayers", "pensioners", "retirees", "borrowers", "policyholders", "customers",
     "subscribers", "clients", "savers", "depositors", "consumers", "creditors", "bondholders", "homeowners"]
)  # fmt: skip
# Players hurt in play (context's "sport_injury": with a word of the game and no word of an event in the
# sentence): "Rovers have 4 players injured", "the goalkeeper was injured in the 62nd minute".
SPORT_ROLES: frozenset[str] = frozenset(
    ["players", "player", "defenders", "defender", "strikers", "striker", "forwards", "forward", "midfielders",
     "midfielder", "goalkeeper", "goalkeepers", "keeper", "wingers", "winger", "batsmen", "batsman", "bowlers",
     "bowler", "quarterback", "quarterbacks", "pitchers", "pitcher", "regulars", "starters", "teammates"]
)  # fmt: skip
# People moved by an employer or a rival, not from their homes: a "displaced" or "relocated" count of
# them is no figure ("The bank relocated 600 staff", "The machines displaced 400 cashiers").
NOT_DISPLACED: frozenset[str] = frozenset(
    [
        "staff",
        "employees",
        "rivals",
        "opponents",
        "incumbents",
        "cashiers",
        "tellers",
        "executives",
        "managers",
        # office-holders a vote or a merger moves ("The merger displaced 3 board members")
        "board",
        "directors",
        "ministers",
        "deputies",
        "candidates",
        "lawmakers",
        "councillors",
        "councilors",
        "senators",
        "mps",
    ]
)


# People an institution expels or a state deports as members or foreigners, not from their homes: a
# "displaced" count of them by a verb of expulsion is no figure ("The school expelled 3 students", "The
# party expelled 12 members", "The government expelled 2 diplomats", "deported 300 migrants").
EXPELLED_NOT_DISPLACED: frozenset[str] = frozenset(
    ["students", "pupils", "schoolchildren", "diplomats", "envoys", "ambassadors", "members", "lawmakers",
     "legislators", "mps", "senators", "councillors", "councilors", "players", "athletes", "officials",
     "journalists", "reporters", "correspondents", "priests", "clerics", "missionaries", "monks", "nuns",
     "migrants", "immigrants", "foreigners", "nationals", "asylum", "seekers", "asylum-seekers", "expatriates",
     "expats", "spies", "agents", "inspectors", "observers", "monitors", "staff", "employees", "workers",
     # a crowd moved off a ground or a square ("The club expelled 5 fans", "drove out 200 protesters")
     "fans", "supporters", "spectators", "customers", "guests", "patrons", "protesters", "protestors",
     "demonstrators", "squatters", "intruders", "trespassers", "hooligans", "rioters"]
)  # fmt: skip
_EXPULSION_STEMS = (
    "expel", "deport", "forcibly expel", "forcibly deport", "forcibly removed", "drove out", "driven out", "drive out",
    "drives out", "driving out",
)  # fmt: skip


def expulsion(trigger: str) -> bool:
    """Whether a trigger is a verb of expulsion (whose object may be a member or a foreigner, not a resident).

    >>> expulsion("expelled"), expulsion("Deporting"), expulsion("displaced")
    (True, True, False)
    """
    return trigger.lower().startswith(_EXPULSION_STEMS)


# Buildings that are not dwellings (issue 16): a count of them is no houses_* figure
# and gives no row ("four chicken houses were demolished", "destroyed two homes and
# seven outbuildings" is 2 houses, not 9). Plain "buildings" and "structures" stay
# houses: in disaster reports they are mostly homes (Wikimpacts counts them so).
NOT_DWELLINGS: frozenset[str] = _words(
    """greenhouse greenhouses hothouse hothouses outbuilding outbuildings barn barns shed sheds garage garages
    kiosk kiosks warehouse warehouses church churches chapel chapels mosque mosques temple temples school schools
    store stores shop shops business businesses silo silos hangar hangars stable stables carport carports gazebo
    gazebos pavilion pavilions office offices factory factories restaurant restaurants hotel hotels motel motels
    hospital hospitals clinic clinics plant plants mill mills"""
)
# Words that make a house or building noun a non-dwelling ("chicken houses", "government buildings").
NOT_DWELLING_MODIFIERS: frozenset[str] = _words(
    """chicken poultry hen broiler turkey hog pig cattle mushroom storage tool pump guard boat club bath green
    government public office commercial industrial business municipal administrative school church hospital
    factory agricultural metal steel farm machine equipment utility"""
)
# Animals named as a singular victim ("a mountain lion was killed by the wildfire"): no figure of people.
ANIMALS: frozenset[str] = _words(
    """lion lions bear bears deer elk moose dog dogs cat cats horse horses cow cows calf bull whale whales dolphin
    dolphins elephant elephants tiger tigers leopard wolf wolves koala koalas kangaroo kangaroos bird birds eagle
    pig pigs sheep goat goats camel camels donkey mule
    calves bulls cattle livestock poultry chicken chickens hen hens duck ducks geese goose turkeys
    seabirds gulls terns pelicans penguins flamingos storks swans bats bees fish salmon trout seals
    turtles tortoises buffalo buffaloes oxen sheepdogs puppies mules donkeys monkeys apes"""
)
# People who come to help, never counted as affected ("aid workers in the affected localities").
HELPERS: frozenset[str] = _words(
    """aid relief humanitarian volunteers volunteer rescuers rescuer responders responder firefighters"""
)

# Nouns that only make the figure's span longer ("killed 254 people").
PEOPLE: frozenset[str] = frozenset(
    [
        "people",
        "persons",
        "civilians",
        "residents",
        "individuals",
        "others",
        "more",
        "men",
        "women",
        "children",
        "adults",
        "soldiers",
        "troops",
        "policemen",
        "police",
        "officers",
        "militants",
        "fighters",
        "rebels",
        "insurgents",
        "villagers",
        "passengers",
        "workers",
        "students",
        "pilgrims",
        "migrants",
        "protesters",
        "demonstrators",
        "worshippers",
        "inhabitants",
        "victims",
        "family",
        "families",
        "households",
        # a bulletin's abbreviations: "450 HH (~2,700 ind.)", "1,200 pers."
        "hh",
        "hhs",
        "ind",
        "inds",
        "pers",
    ]
)


# Singular nouns for people: "a journalist was killed" is a figure of one.
PERSON: frozenset[str] = frozenset(
    [
        # people named by what they were doing or where they were (storm and accident reports)
        "companion",
        "colleague",
        "motorcyclist",
        "bystander",
        # crowds at an event (crushes, stand collapses, attacks on gatherings)
        "spectator",
        "onlooker",
        "mourner",
        "marcher",
        "reveller",
        "concertgoer",
        "festivalgoer",
        # (session 12: crowds and leisure, "a fan was injured by a flare", "a sunbather drowned")
        "fan",
        "passer-by",
        "worshiper",
        "reveler",
        "churchgoer",
        "attendee",
        "diner",
        "skier",
        "sunbather",
        "bather",
        "holidaymaker",
        "picnicker",
        "jogger",
        "trekker",
        "mountaineer",
        "angler",
        "surfer",
        "individual",
        "constable",
        "cleaner",
        "skater",
        "camper",
        "occupant",
        "female",
        "male",
        # trades and roles a lone victim is named by ("a passerby was injured"); not the words that are
        # also adjectives or verbs ("minor", "elderly", "cook", "guide")
        "passerby",
        "homeowner",
        "tenant",
        "photojournalist",
        "schoolteacher",
        "schoolboy",
        "schoolgirl",
        "porter",
        "hawker",
        "diver",
        "adult",
        "pensioner",
        "janitor",
        "gardener",
        "electrician",
        "plumber",
        "carpenter",
        "tailor",
        "barber",
        "baker",
        "butcher",
        "clerk",
        "cashier",
        "chauffeur",
        "lifeguard",
        "caretaker",
        "housewife",
        "housemaid",
        "herder",
        "catechist",
        "seminarian",
        # professions and roles that news names a single victim by (WAD's lone victims)
        "commentator",
        "chairperson",
        "professor",
        "lecturer",
        "researcher",
        "physician",
        "surgeon",
        "rabbi",
        "missionary",
        "staffer",
        "envoy",
        "consul",
        "campaigner",
        "attorney",
        "magistrate",
        "accountant",
        "banker",
        "entrepreneur",
        "administrator",
        "inspector",
        "investigator",
        "detective",
        "commando",
        "sniper",
        "marine",
        "sailor",
        "pilot",
        "brigadier",
        "admiral",
        "warlord",
        "peasant",
        "bodyguard",
        "translator",
        "interpreter",
        "presenter",
        "broadcaster",
        "writer",
        "author",
        "poet",
        "singer",
        "actor",
        "actress",
        "athlete",
        "footballer",
        "boxer",
        "scholar",
        "schoolgirl",
        "schoolboy",
        "newborn",
        "grandson",
        "granddaughter",
        "fiance",
        "fiancee",
        "girlfriend",
        "boyfriend",
        "landlord",
        "tenant",
        "patient",
        "victim",
        "biker",
        "hiker",
        "climber",
        "swimmer",
        "mukhtar",
        "sheikh",
        "reverend",
        "deacon",
        "archbishop",
        "bursar",
        "headteacher",
        "referee",
        "visitor",
        "headmaster",
        "headmistress",
        "chairman",
        "chairwoman",
        "filmmaker",
        "agent",
        "publisher",
        "producer",
        "announcer",
        "delegate",
        "representative",
        "devotee",
        "fortune-teller",
        "guest",
        "customer",
        "shopper",
        "head",
        "commissioner",
        "director",
        "owner",
        "president",
        "founder",
        "principal",
        "secretary",
        "spokesman",
        "deputy",
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "baby",
        "infant",
        "toddler",
        "teenager",
        "teen",
        "youth",
        "person",
        "civilian",
        "resident",
        "villager",
        "farmer",
        "herder",
        "shepherd",
        "soldier",
        "officer",
        "policeman",
        "policewoman",
        "cop",
        "guard",
        "trooper",
        "militant",
        "fighter",
        "rebel",
        "insurgent",
        "militiaman",
        "gunman",
        "attacker",
        "bomber",
        "journalist",
        "reporter",
        "photographer",
        "cameraman",
        "editor",
        "blogger",
        "activist",
        "lawyer",
        "judge",
        "prosecutor",
        "doctor",
        "nurse",
        "medic",
        "paramedic",
        "teacher",
        "student",
        "pupil",
        "priest",
        "pastor",
        "imam",
        "cleric",
        "monk",
        "nun",
        "preacher",
        "bishop",
        "worshipper",
        "pilgrim",
        "worker",
        "labourer",
        "laborer",
        "driver",
        "passenger",
        "trader",
        "merchant",
        "shopkeeper",
        "vendor",
        "businessman",
        "businesswoman",
        "official",
        "politician",
        "lawmaker",
        "legislator",
        "mp",
        "senator",
        "mayor",
        "governor",
        "councillor",
        "councilor",
        "chief",
        "leader",
        "commander",
        "general",
        "colonel",
        "major",
        "captain",
        "lieutenant",
        "sergeant",
        "corporal",
        "private",
        "commander",
        "member",
        "supporter",
        "volunteer",
        "aid",
        "humanitarian",
        "employee",
        "engineer",
        "contractor",
        "fisherman",
        "miner",
        "hunter",
        "tourist",
        "foreigner",
        "refugee",
        "migrant",
        "protester",
        "protestor",
        "demonstrator",
        "prisoner",
        "inmate",
        "detainee",
        "suspect",
        "witness",
        "informant",
        "spy",
        "collaborator",
        "elder",
        "chieftain",
        "king",
        "prince",
        "princess",
        "minister",
        "diplomat",
        "ambassador",
        "husband",
        "wife",
        "son",
        "daughter",
        "brother",
        "sister",
        "father",
        "mother",
        "grandfather",
        "grandmother",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "cousin",
        # kin the list above lacked ("his spouse Marta Delgado", "her stepson")
        "spouse",
        "partner",
        "grandchild",
        "grandparent",
        "parent",
        "sibling",
        "twin",
        "widow",
        "widower",
        "stepson",
        "stepdaughter",
        "stepfather",
        "stepmother",
        "father-in-law",
        "mother-in-law",
        "son-in-law",
        "daughter-in-law",
        "brother-in-law",
        "sister-in-law",
        "relative",
        "neighbour",
        "neighbor",
        "friend",
        "mechanic",
        "taxi",
        "security",
        "guard",
        "watchman",
        "hostage",
        "citizen",
        "national",
        "peacekeeper",
        "gendarme",
        "ranger",
        "policeman",
        "serviceman",
        "servicewoman",
        "veteran",
        "commuter",
        "pedestrian",
        "motorist",
        "cyclist",
        "rider",
        "firefighter",
        "rescuer",
        "volunteer",
        "candidate",
        "voter",
        "opposition",
        "cadet",
        "recruit",
        "jihadist",
        "terrorist",
        "extremist",
        "smuggler",
        "trafficker",
        "poacher",
        "kidnapper",
        "robber",
        "thief",
        "bandit",
        "herdsman",
    ]
)


# Words of PERSON that are no person in the plural ("heads of cattle") or no noun.
_NO_PLURAL = frozenset({"head", "security", "aid", "opposition", "national", "private", "major", "general", "taxi"})


# Person nouns whose plural the rules of ``plural`` do not make ("humans", not "humen"; "monarchs", not
# "monarches"; "corps" is its own plural).
_IRREGULAR_PLURALS: dict[str, str] = {
    "child": "children",
    "person": "persons",
    "man": "men",
    "woman": "women",
    "passerby": "passersby",
    "passer-by": "passers-by",
    "human": "humans",
    "german": "germans",
    "shaman": "shamans",
    "thief": "thieves",
    "hero": "heroes",
    "alumnus": "alumni",
    "alumna": "alumnae",
    "corps": "corps",
    "swiss": "swiss",
    "monarch": "monarchs",
    "patriarch": "patriarchs",
    "matriarch": "matriarchs",
    "czech": "czechs",
    "eunuch": "eunuchs",
    # already plural
    "mujahideen": "mujahideen",
    "fedayeen": "fedayeen",
    "carabinieri": "carabinieri",
}


def plural(noun: str) -> str:
    """English plural of a person noun.

    >>> [plural(w) for w in ("elder", "deputy", "policeman", "wife", "housewife", "passerby", "child", "boy")]
    ['elders', 'deputies', 'policemen', 'wives', 'housewives', 'passersby', 'children', 'boys']
    >>> [plural(w) for w in ("human", "grandchild", "mother-in-law", "chief-of-staff", "lebanese")]
    ['humans', 'grandchildren', 'mothers-in-law', 'chiefs-of-staff', 'lebanese']
    """
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    first, joint, rest = noun.partition("-")
    if rest.startswith(("in-", "of-", "de-")):  # "mothers-in-law", "prisoners-of-war", "aides-de-camp"
        return plural(first) + joint + rest
    if noun.endswith("child"):
        return noun + "ren"
    if noun.endswith("ese"):  # "the Lebanese", "the Japanese"
        return noun
    if noun.endswith("wife"):
        return noun[:-4] + "wives"
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


# Counted people: the plural nouns a count of victims is made of ("12 village elders").
PEOPLE_PLURAL: frozenset[str] = PEOPLE | frozenset(plural(w) for w in PERSON - _NO_PLURAL)


@cache
def person_nouns() -> frozenset[str]:
    """Every noun the lexicons know to name people, singular and plural: the words of
    ``figures/data/person_nouns.txt`` (about 1,600 lemmas by kind: trades, kin, ranks, groups,
    demonyms...) with their plurals, and the person tables here and in ``figures.grammar.words``.
    Read once; an allow list, so that a plural noun outside it can be taken for things.

    >>> {"nurses", "grandchildren", "battalions", "herdsmen", "fishermen", "aides"} <= person_nouns()
    True
    >>> {"provisions", "scenes", "routes", "stalls"} & person_nouns()
    set()
    """
    from figures.grammar import words  # here: the grammar package imports this module

    text = resources.files("figures").joinpath("data", "person_nouns.txt").read_text(encoding="utf-8")
    lemmas = {w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#")}
    nouns = lemmas | {plural(w) for w in lemmas} | {w[:-6] + "people" for w in lemmas if w.endswith("person")}
    return frozenset(
        nouns | PEOPLE_PLURAL | PERSON | ARMED | HELPERS | NOT_AFFECTED | NOT_DISPLACED | words.AGENTS | words.CARERS
    )


@cache
def _person_nouns_less_a_letter() -> frozenset[str]:
    """The long person nouns (7 letters or more) with one letter inside them dropped (not the first
    nor the last two: "printers" are no "sprinters", "programmes" no "programmers"), for ``names_people``."""
    return frozenset(w[:i] + w[i + 1 :] for w in person_nouns() if len(w) >= 7 for i in range(1, len(w) - 2))


def names_people(word: str) -> bool:
    """Whether a lower-case noun names people: a word of ``person_nouns``, or a long one (7 letters
    or more) one slip of a typist away from one (a letter dropped, added or two swapped: coders'
    summaries write "solders", "assialants"), inside the word. Not a letter changed: "printers" are
    no "painters".

    >>> [names_people(w) for w in ("soldiers", "solders", "assialants", "soldierrs", "printers", "routes")]
    [True, True, True, True, False, False]
    """
    people = person_nouns()
    if word in people:
        return True
    if len(word) < 7:
        return False
    if word in _person_nouns_less_a_letter():
        return True  # a letter dropped
    for i in range(1, len(word) - 2):
        if word[:i] + word[i + 1 :] in people:
            return True  # a letter added
        if i + 1 < len(word) and word[:i] + word[i + 1] + word[i] + word[i + 2 :] in people:
            return True  # two letters swapped
    return False


# Possessive phrases that name one person ("killed his wife").
POSSESSIVES: frozenset[str] = frozenset(["his", "her", "their", "its"])


def category_and_unit(category: str, head: str | None) -> tuple[str, str] | None:
    """A trigger's category and the counted noun -> (category, unit), or None when
    the noun says these are not victims (both extractors use this one rule).

    >>> category_and_unit("killed", "civilians"), category_and_unit("displaced", "families")
    (('killed', 'people'), ('displaced', 'families'))
    >>> category_and_unit("affected", "houses"), category_and_unit("killed", "provinces")
    (('houses_damaged', 'houses'), None)
    """
    if head in HOUSING:
        if category in HOUSE_CATEGORIES:
            return category, "houses"
        if category == "affected":
            return "houses_damaged", "houses"
        if category in ("displaced", "evacuated", "homeless"):
            return category, "houses"  # "80 homes were evacuated": counted in homes, kept so
        return None
    if category in HOUSE_CATEGORIES:
        return (category, UNITS[head]) if head in UNITS else None  # "41,000 households had their houses destroyed"
    if head in NOT_VICTIMS:
        return None
    if category in CIVILIAN_CATEGORIES and head in ARMED:
        return None  # "200 soldiers crossed the border", "troops were evacuated": movements, not displacement
    return category, UNITS.get(head or "", "people")


# Armed men are killed and wounded, but their movements are not displacement.
ARMED: frozenset[str] = frozenset(
    {"soldiers", "troops", "fighters", "militants", "rebels", "insurgents", "gunmen", "jihadists", "militiamen",
     "militias", "policemen", "police", "officers", "forces", "servicemen", "marines", "paratroopers", "commandos",
     "peacekeepers", "combatants", "soldier", "fighter", "militant", "rebel", "policeman"}
)  # fmt: skip
# What happens to civilians as a population: armed men's movements are not these
# (category_and_unit), and one person is never a figure of them ("The president
# arrived in Kabul", "a resident fled": patterns._implicit).
CIVILIAN_CATEGORIES: frozenset[str] = frozenset({"displaced", "evacuated", "homeless", "affected"})


@cache
def phrases() -> dict[str, tuple[Trigger, ...]]:
    """Phrase -> every trigger entry spelled that way (one phrase can have several roles); an idiom
    that holds a trigger word maps to no entry (``NOT_TRIGGERS``)."""
    table: dict[str, list[Trigger]] = {}
    for t in TRIGGERS:
        table.setdefault(t.phrase, []).append(t)
    for idiom in NOT_TRIGGERS:
        table.setdefault(idiom, [])
    return {p: tuple(ts) for p, ts in table.items()}


# Whom a search for survivors looks for (the search triggers of "missing"): "searching for 17 people", not
# "searching for 3 suspects" nor "for 30 engineers".
SEARCHED_FOR: frozenset[str] = frozenset(
    ["people", "persons", "others", "passengers", "miners", "fishermen", "crew", "sailors", "seamen", "workers",
     "labourers", "laborers", "villagers", "residents", "victims", "bodies", "climbers", "hikers", "children",
     "students", "migrants", "divers", "tourists", "pilgrims", "survivors", "more", "men", "women", "boys", "girls",
     "family", "members", "soldiers", "troops", "officers", "firefighters", "swimmers", "trekkers", "skiers"]
)  # fmt: skip

# Idioms and senses that hold a trigger word and say nothing of harm. Each is a phrase of the
# automaton with no entry: as the longest phrase at its place it hides the trigger inside it
# ("About 500 fans were dying to meet the band", "the two candidates are in a dead heat").
NOT_TRIGGERS: tuple[str, ...] = (
    "dying to",  # wanting
    "died on stage",
    "dies on stage",
    "dying on stage",  # a performer's flop
    # feelings said as death: "30 pupils were dying of laughter", "I nearly died of embarrassment"
    *(
        f"{die} of {feeling}"
        for die in ("dying", "died", "die", "dies")
        for feeling in ("laughter", "embarrassment", "boredom", "shame", "curiosity")
    ),
    "dying laughing",
    "died laughing",
    "dead heat",
    "dead in the water",
    "dead men walking",
    "dead man walking",
    "politically dead",
    "walking wounded",  # a figure of speech for the tired
    "death by a thousand",
    "death of a thousand",
    "killed off",  # characters, penalties, a product line
    "killing off",
    "killed it",  # a performance
    "dead pixels",
    "dead pixel",
    "missing files",
    "missing file",
    "missing data",
    "season-ending injuries",
    "season-ending injury",
    "attempted murder",  # no one died ("charged with the attempted murder of seven others")
    "attempted murders",
    "attempted killing",
    "died a death",  # a joke, a bill
    "dies a death",
    "death valley",  # a place
    "death row",  # a prison's, not a toll ("120 inmates on death row")
    "death sentence",
    "death sentences",
    "death penalty",
    "death certificates",
    "death metal",
    "lost his life savings",  # money ("A pensioner lost his life savings in the scam")
    "lost her life savings",
    "lost their life savings",
    "lost life savings",
    "died in committee",  # a bill's end ("38 others died in committee")
    "dies in committee",
    "died a thousand deaths",  # dread ("I died a thousand deaths waiting for the result")
    "die a thousand deaths",
    "dies a thousand deaths",
    "dying a thousand deaths",
    # "dead" as an adverb or in a fixed phrase ("3 of them were dead tired", "2 museums are dead quiet");
    # not "dead last", "dead ahead", "dead even", "dead right": a count of the dead may stand before
    # "last night", "ahead of", "even as", "right after"
    "dead tired",
    "dead quiet",
    "dead silent",
    "dead serious",
    "dead certain",
    "dead set",
    "dead letter",
    "dead letters",
    "dead end",
    "dead ends",
    "dead weight",
    "dead wood",
    "dead calm",
    "dead easy",
)


def normalise(phrase: str) -> str:
    """Lower case, single spaces: the lexicon's spelling of a matched phrase.

    >>> normalise("Shot\\n dead")
    'shot dead'
    """
    return " ".join(phrase.lower().replace("’", "'").split())


def lookup(phrase: str) -> Trigger | None:
    """The first entry for a phrase (any role), or None.

    >>> lookup("fled").role
    'intrans'
    """
    found = phrases().get(normalise(phrase))
    return found[0] if found else None


def trie_pattern(phrases: list[str]) -> str:
    """One regex alternation for many lower-case phrases, shared prefixes merged.

    A flat alternation of hundreds of phrases is tried phrase by phrase at every
    position; the trie is walked one character at a time. Longer phrases win
    (the shorter ending is the optional part's fallback). A space matches any
    run of white space.

    >>> trie_pattern(["kill", "killed", "killing"])
    'kill(?:(?:ed|ing))?'
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [(r"\s+" if ch == " " else regex.escape(ch)) + build(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"

    return build(trie)


# Glued spellings that are words of their own: never read as the phrase.
NOT_GLUED: frozenset[str] = frozenset({"roundup", "bodycount"})


def glued(phrase: str) -> list[str]:
    """The phrase with any of its spaces lost, as PDF extraction loses them.

    >>> glued("seek refuge"), len(glued("still living in idp camps"))
    (['seekrefuge'], 15)
    """
    words = phrase.split(" ")
    found = []
    for mask in range(1, 2 ** (len(words) - 1)):  # bit i set: the space after word i is lost
        out = words[0]
        for i, word in enumerate(words[1:]):
            out += ("" if mask >> i & 1 else " ") + word
        if out not in NOT_GLUED:
            found.append(out)
    return found


@cache
def phrase_automaton() -> ahocorasick.Automaton:
    """Aho-Corasick automaton of every trigger phrase (lower case, single spaces) and
    of its glued spellings ("stillliving inidpcamps") -> (spelling, phrase).

    Glued spellings only match where PDF text lost spaces, so the pass costs the
    same on other text."""
    auto = ahocorasick.Automaton()
    for phrase in phrases():
        auto.add_word(phrase, (phrase, phrase))
        for spelling in glued(phrase):
            if spelling not in auto:
                auto.add_word(spelling, (spelling, phrase))
    auto.make_automaton()
    return auto


@cache
def space_neighbours() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pieces of ``phrase_automaton``'s spellings that stand before a space, and those after one.

    A run of spaces that a phrase may span ("death  toll") has, before it, text that
    ends with a piece of the first kind and, after it, text that starts with one of
    the second; patterns.find_mentions reads the squeezed text again only there.

    >>> before, after = space_neighbours()
    >>> "death" in before and "toll" in after, "" in before or "" in after
    (True, False)
    """
    before: set[str] = set()
    after: set[str] = set()
    for phrase in phrases():
        for spelling in (phrase, *glued(phrase)):
            pieces = spelling.split(" ")
            before.update(p for p in pieces[:-1] if p)
            after.update(p for p in pieces[1:] if p)
    return tuple(sorted(before)), tuple(sorted(after))


@cache
def space_neighbour_edges() -> tuple[frozenset[str], frozenset[str]]:
    """The last characters of ``space_neighbours``' first pieces and the first of its second ones.

    >>> last, first = space_neighbour_edges()
    >>> "h" in last, "." in last, "t" in first
    (True, False, True)
    """
    before, after = space_neighbours()
    return frozenset(p[-1] for p in before), frozenset(p[0] for p in after)


@cache
def longest_spelling() -> int:
    """The length of the longest spelling in ``phrase_automaton``."""
    return int(phrase_automaton().get_stats()["longest_word"])


# Verbs that bring people into a camp ("3,800 people were pushed over the border
# into Melkadida refugee camp"): with one of them a count before a camp of
# displaced people (role ``camp``) is a count of displaced people.
ARRIVAL_VERBS: tuple[str, ...] = (
    "arrived",
    "arriving",
    "arrive",
    "arrives",
    "pushed",
    "driven",
    "forced",
    "fled",
    "fleeing",
    "moved",
    "moving",
    "relocated",
    "transferred",
    "bussed",
    "bused",
    "trucked",
    "went",
    "gone",
    "headed",
    "poured",
    "streamed",
    "flocked",
    "crossed",
    "settled",
    "registered",
    "admitted",
    "sheltered",
    "sought refuge",
    "sought shelter",
    "took refuge",
    "took shelter",
)
# Verbs that put a count among people already in camps: "join 195,000 Iraqis in 21 camps".
JOIN_VERBS: tuple[str, ...] = ("join", "joins", "joined", "joining")
# Kinds of camp that hold no displaced people: a bare "camp" after one of these is
# no camp of displacement ("an army camp", "a detention camp").
NOT_DISPLACEMENT_CAMPS: frozenset[str] = frozenset(
    {"army", "military", "training", "boot", "prison", "detention", "labour", "labor", "concentration", "internment",
     "summer", "holiday", "police", "rebel", "militia", "terrorist", "jihadist", "insurgent", "protest", "base",
     "mining", "logging", "fishing", "holding", "re-education", "reeducation", "work", "death", "extermination",
     "football", "sports", "youth", "scout", "peace", "political", "opposition", "government's", "enemy"}
)  # fmt: skip
# What a departure ("left") must be followed by to be one (patterns.find_mentions):
# a place, not "left 12 dead", "left homeless" or "left the meeting".
DEPARTURE_PLACES: tuple[str, ...] = (
    "city",
    "town",
    "towns",
    "village",
    "villages",
    "area",
    "areas",
    "region",
    "district",
    "enclave",
    "country",
    "neighbourhood",
    "neighborhood",
    "neighbourhoods",
    "neighborhoods",
    "camp",
    "camps",
    "homes",
    "houses",
    "communities",
)
