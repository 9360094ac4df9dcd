"""What the words around a figure say about it: running total or new count,
the group counted, the source it is attributed to, and stated zeros.

>>> source_of("the fighting has killed 254 people, according to the World Health Organization (WHO).")
'World Health Organization (WHO)'
>>> source_of("The U.N. said 12 died.")
'U.N.'
>>> cumulative_of("the death toll rose to 40", "toll_number", "", "")
True
>>> cumulative_of("injured another 1,228", "verb_number", " another ", "")
False
>>> group_of("children")
'children'
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import pairwise
from typing import NamedTuple

import ahocorasick

from figures import lazyregex as regex  # compiled on first use, kept between runs: figures/lazyregex.py
from figures import lexicon
from figures.figure import CATEGORY_RANK, Figure, replaced

# Head noun -> the group column ("including 30 children" -> children).
GROUPS: dict[str, str] = {
    **dict.fromkeys(["children", "child", "kids", "kid", "boys", "boy", "girls", "girl", "minors", "minor", "infants", "infant", "babies", "baby", "toddlers", "teenagers", "teens", "pupils", "schoolchildren"], "children"),
    **dict.fromkeys(["women", "woman", "mothers"], "women"),
    **dict.fromkeys(["civilians", "civilian", "residents", "villagers", "passengers", "worshippers"], "civilians"),
    **dict.fromkeys(["soldiers", "soldier", "troops", "servicemen", "army", "personnel"], "soldiers"),
    **dict.fromkeys(["police", "policemen", "policeman", "officers", "officer", "gendarmes"], "police"),
    **dict.fromkeys(["militants", "militant", "fighters", "insurgents", "rebels", "jihadists", "terrorists", "combatants"], "militants"),
    # the attackers of the event itself (GTD counts their dead, WAD does not): docs/summary.md, "Roles"
    **dict.fromkeys(["attackers", "attacker", "assailants", "assailant", "gunmen", "gunman", "bombers", "bomber", "perpetrators", "perpetrator", "hijackers", "hijacker", "kidnappers", "abductors", "raiders", "suspect", "suspects", "shooter", "shooters"], "perpetrators"),
    **dict.fromkeys(["journalists", "journalist", "reporters"], "journalists"),
    **dict.fromkeys(["students", "student"], "students"),
}  # fmt: skip

# Bodies that report figures, named without capitals ("the health ministry said").
_INSTITUTION = r"""
    (?: (?:local|state|security|medical|hospital|health|government|military|police|interior|defence|defense
          |foreign|civil|provincial|district|regional|federal|rescue|emergency|army|rebel|opposition|tribal)\s+ ){0,2}
    (?: ministry|officials?|police|army|military|government|authorities|rebels|hospital|agency|office|department
      |spokesman|spokeswoman|spokesperson|sources|witnesses|residents|medics|doctors|activists|mayor|governor
      |militants|media|reports|coroner|officers|services )
"""
# A capitalised name: "World Health Organization (WHO)", "U.N.", "the Interior Ministry".
_NAME = r"""
    [\p{Lu}][\w.'’&-]* (?: \s+ (?:of|for|and|on|de|du|the|[\p{Lu}][\w.'’&-]*) ){0,10} (?: \s+ \([\p{Lu}][\w.&-]*\) )?
"""
# "according to the World Health Organization (WHO)", "said the mayor"
_SOURCE_BEFORE = regex.compile(
    rf"""
    \b (?:[Aa]ccording\s+to|said|says|told|reported\s+by|citing|quoted\s+by) \s+ (?:the\s+|a\s+|an\s+)?
    (?P<src> {_NAME} | {_INSTITUTION} )
    (?=[\s,.;:)"”]|$)
    """,
    regex.VERBOSE,
)
# "the UN said", "officials said", "the rebels put the toll at 45"
_SOURCE_AFTER = regex.compile(
    rf"""
    (?<![\w-]) (?:[Tt]he\s+)? (?P<src> {_NAME} | {_INSTITUTION} )
    \s+ (?:said|says|reported|reports|told|confirmed|announced|stated|added|estimated|estimates|put|puts|gave
          |counted|recorded|registered)\b
    """,
    regex.VERBOSE,
)
# Where one clause of a sentence ends and another, with a source of its own, begins.
_CLAUSE_BREAK = regex.compile(r",\s+(?:while|whereas|but|and\s+the|although)\b|;|\s+while\s+", regex.IGNORECASE)
_PRONOUN_SAID = regex.compile(r"\b(?:it|they|he|she)\s+(?:said|added|says|reported|stated)\b", regex.I)
_NOT_SOURCES = frozenset(
    {"It", "They", "He", "She", "We", "This", "That", "There", "But", "And", "The", "In", "On", "At", "By", "A", "An",
     "As", "After", "Since", "When", "While", "Last", "Earlier", "Later", "Meanwhile", "However", "Also",
     # a day is when it was said ("the group said Friday"), never who said it
     "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Yesterday", "Tonight"}
)  # fmt: skip

# Words before the number that mark a new count, or a running total.
_NEW = regex.compile(r"\b(?:another|further|additional|more|new|newly|fresh)\b", regex.I)
_NEW_AFTER = regex.compile(r"^\s+(?:more|others\s+more|additional|new)\b", regex.I)
_TOTAL = regex.compile(r"\b(?:total|overall|cumulative|combined|in\s+all|altogether|so\s+far|to\s+date)\b", regex.I)
_BRINGING = regex.compile(
    r"\b(?:bringing|brings|brought|bring|raising|raises|raised|pushing|taking)\b[^.;]{0,40}$", regex.I
)
# A piece of every word _NEW, _TOTAL and _BRINGING match, lower case ("all" of "in all",
# "far" of "so far", "rais" of "raising"): text without any is read by none of them.
_CUMULATIVE_HINT = re.compile(
    "another|further|additional|more|new|fresh|total|overall|cumulative|combined|all|altogether|far|date"
    "|bring|brought|rais|push|taking"
)

# Must agree with the verbs and words of _SOURCE_BEFORE and _SOURCE_AFTER: a
# sentence without any of them names no source, and is not searched.
_SOURCE_WORDS = re.compile(
    r"ccording|said|says|told|report|citing|quoted|confirmed|announced|stated|added|estimat|put|gave|counted"
    r"|recorded|registered"
)


def sources_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str]]:
    """Every body that ``text[start:end]`` attributes figures to: (offset, name as written, no leading "the")."""
    end = len(text) if end is None else end
    found: list[tuple[int, str]] = []
    if not _SOURCE_WORDS.search(text, start, end):
        return found
    for pattern in (_SOURCE_BEFORE, _SOURCE_AFTER):
        for m in pattern.finditer(text, start, end):
            src = _trim(m["src"])
            if src and src.split()[0] not in _NOT_SOURCES:
                found.append((m.start("src"), src))
    return sorted(set(found))


def source_of(sentence: str) -> str | None:
    """The first body a sentence attributes its figures to, or None."""
    found = sources_in(sentence)
    return found[0][1] if found else None


def source_for(text: str, sentence: tuple[int, int], at: int, sources: list[tuple[int, str]]) -> str | None:
    """The source of a figure at ``at``: the one named in its clause, else the sentence's first.

    >>> t = "The health ministry said 30 people were killed, while the rebels put the toll at 45."
    >>> found = sources_in(t)
    >>> source_for(t, (0, len(t)), t.index("30"), found), source_for(t, (0, len(t)), t.index("45"), found)
    ('health ministry', 'rebels')
    """
    if not sources:
        return None
    breaks = [sentence[0], *(m.end() for m in _CLAUSE_BREAK.finditer(text, *sentence)), sentence[1]]
    lo = max(b for b in breaks if b <= at)
    hi = min(b for b in breaks if b > at) if any(b > at for b in breaks) else sentence[1]
    inside = [(pos, name) for pos, name in sources if lo <= pos < hi]
    if inside:
        return min(inside, key=lambda s: abs(s[0] - at))[1]
    return sources[0][1]


def _trim(src: str) -> str:
    words = src.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)
    while words and words[-1].lower() in ("of", "for", "and", "on", "the", "de", "du"):
        words.pop()
    name = " ".join(words).rstrip(",;:")
    if name.endswith(".") and "." not in name[:-1].rsplit(None, 1)[-1]:
        name = name[:-1]  # the sentence's full stop ("Ministry of Health."), not an abbreviation's ("U.N.")
    return name


def attributed_by_pronoun(sentence: str) -> bool:
    """ "..., it added": the source is the one named in the sentence before."""
    return _PRONOUN_SAID.search(sentence) is not None


def cumulative_of(figure_text: str, rule: str, gap_before: str, after: str) -> bool:
    """True for a running total ("the toll rose to 40", "a total of"), else False.

    A new count ("another 12", "12 more") and a plain count are both False: a
    summary adds them to the running total they follow.
    """
    if gap_before.isascii() and _CUMULATIVE_HINT.search(gap_before.lower()) is None:
        # (most figures: none of the words of _NEW, _TOTAL or _BRINGING before the number, no blank after it
        # for _NEW_AFTER, and none of _TOTAL's words in their own text)
        return not (after[:1].isspace() and _NEW_AFTER.match(after)) and bool(
            rule in ("toll_number", "number_total_of")
            or (
                (not figure_text.isascii() or _CUMULATIVE_HINT.search(figure_text.lower()) is not None)
                and _TOTAL.search(figure_text)
            )
        )
    if _NEW.search(gap_before) and (
        # (a new count's word before the verb of adding is the clause before's: "found 2 more bodies, bringing to 19")
        (bring := _BRINGING.search(gap_before)) is None or _NEW.search(gap_before, bring.start())
    ):
        return False
    if _NEW_AFTER.match(after):
        return False
    return bool(
        rule in ("toll_number", "number_total_of")
        or _TOTAL.search(gap_before)
        or _BRINGING.search(gap_before)
        or _TOTAL.search(figure_text)
    )


def group_of(head: str | None) -> str | None:
    """The group a head noun names, or None."""
    return GROUPS.get((head or "").lower())


# --- the last look at each figure (issue 16) -----------------------------------
# Both extractors' rows pass here once (figures.pipeline.extract_figures). What is
# checked is read from the words around a figure, not from how it was linked:
# the counted noun, a comparison with another event, an agent before an active
# verb, the words of an uncertain report.

# The counted noun phrase after a number: up to four words, not a verb nor a joint.
_NP_AFTER = regex.compile(
    r"""(?: [ \t-]+ (?!(?:were|was|are|is|have|has|had|and|or|in|on|at|of|to|that|which|who|with|from|by|for|as
                       |while|when|after|during|being|been|received|suffered|sustained|but|across|along|near|the
                       |outside|inside|including|among)\b)
            [^\W\d][\w'’-]* ){1,4}""",
    regex.VERBOSE | regex.IGNORECASE,
)
_NUMBER_IN = regex.compile(
    r"\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|dozens|hundreds|few)\b",
    regex.IGNORECASE,
)
_NUMERAL_END = regex.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred|thousand"
    r"|million|dozen|dozens|hundreds|thousands|millions|several|few))\Z",
    regex.IGNORECASE,
)
# "affected 29 of the country's 47 counties": the number counts the things after it.
_PARTITIVE_OF = regex.compile(
    r"\s+of\s+(?:(?:the|its|their|these|those)\s+)?(?P<words>[\w'’-]+(?:[ \t]+[\w'’-]+){0,2})", regex.IGNORECASE
)
# "seven people, one of whom later died": the verb tells of the part, not of the number.
_PART_OF_WHOM = regex.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|none|several)\s+of\s+(?:whom|them|which|those)"
    r"(?:\s+(?:later|also|had|have|has|were|was|subsequently|eventually|reportedly|may|might|been|[a-z]+ly))*\s+\Z",
    regex.IGNORECASE,
)
# "388 homes were damaged, five of which were condemned", "four personnel, two seriously":
# a conjunct that is a part of the count before it, not a count to add.
_SUBSET_CONJUNCT = regex.compile(
    r"\s+(?:of\s+(?:which|whom|them|those|these)\b|(?:of\s+them\s+)?(?:seriously|critically|severely|badly"
    r"|slightly|lightly|gravely|mortally|fatally)\b|[a-z]+ing\b)",  # "two guards, one performing duty"
    regex.IGNORECASE,
)
# "destroyed, 20 homes received major damage": the number opens the next clause.
_CLAUSE_VERB_AFTER = regex.compile(
    r"\s+(?:received|suffered|sustained|had|have|has|were|was|are|is)\b", regex.IGNORECASE
)
_AFFECTED_ADJECTIVE = regex.compile(
    r"\s+(?:localities|locality|areas|area|regions|region|districts|district|villages|communities|provinces|zones"
    r"|municipalities|countries|states|counties|towns|cities|parts|sectors|islands|governorates|departments)\b",
    regex.IGNORECASE,
)
_WITHOUT_POWER = regex.compile(
    r"\b(?:(?:lost|losing|lose|without|no|cut\s+off\s+from)\s+(?:power|electricity)|(?:power\s+)?outages?"
    r"|blackouts?|(?:short\s+of|without|lack|lacked|lacking)\s+(?:safe\s+|clean\s+|access\s+to\s+)*drinking\s+water"
    r"|drinking\s+water\s+shortages?)\b",  # homes without water are no more damaged than homes without power
    regex.I,
)
# "Power outages affected 50,000 homes", "a power outage ... affected 360 households": the outage is the subject.
_OUTAGE_BEFORE = regex.compile(
    r"\b(?:power\s+)?(?:outages?|blackouts?)\b(?![^.;]*\b(?:and|but|while)\b)[^.;]{0,40}\Z", regex.I
)
# "80 people out of the 86 crew members perished": the number after "out of" is the whole.
_OUT_OF_BEFORE = regex.compile(r"\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?\Z", regex.IGNORECASE)
# Up to two words between a count and its trigger, none of them an auxiliary: the trigger is the count's own
# ("111,000 people displaced"), no verb of a clause about a share of it.
_AUXILIARIES = r"were|was|are|is|have|has|had|been"
_OWN_WORDS = regex.compile(rf"(?:\s+(?!(?:{_AUXILIARIES})\b)[\w'’-]+){{0,2}}\s*", regex.IGNORECASE)
_AUXILIARY = regex.compile(rf"(?:{_AUXILIARIES})\b", regex.IGNORECASE)
# A share of a count: "half of the village's 400 houses", "a third of the 900 residents", "45 percent of
# the nation's nearly 10,000 people" (the count is the whole the share is taken from). Not "all of the 40".
_SHARE_OF_BEFORE = regex.compile(
    r"""(?:%|\b(?:half|thirds?|quarters?|fifths?|tenths?|majority|minority|most|many|some|several|few|proportion
           |fraction|share|percent|per\s?cent))
        \s+of\s+(?:(?:the|these|those|its|their)\s+)?(?:[\w-]+['’]s?\s+)?\Z""",
    regex.IGNORECASE | regex.VERBOSE,
)
# "33 people were killed, including the two assailants, and at least 70 were injured":
# a total that starts inside a subset of another count.
# A number's own place right after it ("12 in Goa", "two people in the Federation"), and a place
# named in a clause ("died in Kerala"): _bad_total tells places side by side from a breakdown.
_IN_PLACE_AFTER = regex.compile(r"(?:\s+(?:people|persons|others|more|deaths?|dead))?\s+(?:in|at)\s+(?:the\s+)?\p{Lu}")
_PLACE_IN = regex.compile(r"\b(?:in|at)\s+(?:the\s+)?\p{Lu}")
_MORE_AFTER = regex.compile(r"\s+(?:more|others|other\s+people)\b", regex.IGNORECASE)  # a count of people besides
_INCLUDING_BEFORE = regex.compile(r",\s*including\b[^.;,]{0,40}\Z", regex.IGNORECASE)  # not "15 people including"
_PART_OF_HOUSE_BEFORE = regex.compile(r"\b(?:roofs?|windows|walls?|doors|porch(?:es)?)\s+of\s+\Z", regex.I)
# "The two were taken to the hospital, where they died": a death, not an injury.
_DIED_AFTER = regex.compile(
    r"[^.;]{0,60}?\bwhere\s+(?:he|she|they|both|the\s+\w+)\s+(?:later\s+|eventually\s+)?"
    r"(?:died|succumbed|was\s+pronounced\s+dead|were\s+pronounced\s+dead)\b",
    regex.IGNORECASE,
)
# "One homeless man died of hypothermia": homeless before the person is who he was, not what the event did.
_HOMELESS_PERSON_AFTER = regex.compile(
    r"\s+(?:man|woman|person|people|men|women|individual|individuals)\b[^.;]{0,60}?\b(?:died|was\s+found\s+dead"
    r"|were\s+found\s+dead|froze)\b",
    regex.IGNORECASE,
)
# "casualties ... listed as 40 killed and 95 injured": the word after the number tells which.
# Not "12,000 killed and wounded", "35 dead or injured": one count of both, casualties.
_KILLED_OR_INJURED_AFTER = regex.compile(
    r"\s+(?:(?P<killed>killed|dead|deaths|fatalities)|(?P<injured>injured|wounded|hurt))\b"
    r"(?!\s+(?:and|or|and/or)\s+(?:killed|dead|injured|wounded|hurt|maimed|missing)\b)",
    regex.I,
)
# "bringing the final death toll up to 13": "up to" after a verb of raising is "to", not "at most".
_RAISED_UP_TO = regex.compile(
    r"\b(?:bring|brings|bringing|brought|raise[ds]?|raising|rose|risen|rises|rising|climb(?:ed|s|ing)?|push(?:ed|es|ing)?)\b"
    r"[^.;]{0,60}\Z",
    regex.IGNORECASE,
)
_WORD_RE = re.compile(r"[a-z]+")
_FATALLY_BEFORE = regex.compile(r"\b(?:fatally|mortally)\s+\Z", regex.IGNORECASE)
# Another, earlier event named or dated for comparison, then a relative clause
# holding the figure: "the worst since Hurricane Zeta, which killed 300 people in
# 1950", "worse than in 1910, when up to 200 people died".
_OTHER_EVENT_BEFORE = regex.compile(
    r"""
    \b(?:since|than|surpass\w*|compared\s+(?:with|to)|previous(?:ly)?|prior|last\s+time|record|recalled?|recalling
        |reminiscent\s+of|echo(?:es|ed|ing)?|unlike)\b
    [^.;!?]{0,100}?
    (?: \b(?:1[5-9]\d\d|20[0-2]\d)\b                                       # a year
      | \b(?-i:(?:Hurricane|Typhoon|Cyclone|Storm|Tropical\s+Storm|Super\s+Typhoon)\s+\p{Lu}\w+) )  # a named storm
    [^.;!?]{0,40}?
    \b(?:which|that|when|where|who)\b [^.;!?]{0,60} \Z
    | \b(?:in|over|during)\s+the\s+(?:prior|previous|preceding|past|last)\s+(?:[\w-]+\s+)?(?:years|decades?)\b
      [^.;!?]{0,80} \Z                                  # "in the prior five years, only three ... had been"
    | \b(?:deadliest|worst|largest|biggest|bloodiest)\b [^.;!?]{0,80}? \bsince\b [^.;!?]{0,80} \Z
                                                        # "the deadliest since gunmen killed 130 in 2021"
    | \b(?: last\s+year['’]s | (?:the|a|an)\s+(?:previous|earlier|prior)
          | in\s+(?:1[5-9]\d\d|20[0-2]\d)\s*,\s*(?:a|an|the)\s+similar )        # "Last year's floods", "In 1998, a similar quake"
      (?:\s+[\w-]+){0,3}? \s+
      (?:earthquakes?|quakes?|floods?|flooding|eruptions?|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?
        |attacks?|bombings?|fires?|wildfires?|landslides?|tsunamis?|outbreaks?|epidemics?|disasters?|massacres?
        |explosions?|blasts?|crash(?:es)?)\b
      [^.;!?]{0,80} \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Verbs whose subject is an agent when they take an object: "Forty members of the
# group killed five soldiers", "three hooded men murdered a village leader".
_ACTIVE_VERBS = lexicon._words(
    """killed murdered massacred slaughtered executed beheaded shot stabbed abducted kidnapped seized injured
    wounded evacuated displaced arrested detained"""
)
_AUX_BETWEEN = regex.compile(
    r"\b(?:were|was|are|is|been|be|being|have|has|had|got|get|gets|who|which|that|reportedly|allegedly|remain"
    r"|remained|remains|left|lay|lie|lying|still|found)\b",
    regex.I,
)
_OBJECT_AFTER = regex.compile(
    r"""\s+(?:(?:and|or)\s+\w+\s+)?                                   # "shot and killed", "killed and wounded"
        (?: (?:his|her|their|its)\b(?!\s+(?:own\s+)?(?:homes?|houses?|villages?|towns?|areas?|land|lands
                                            |propert(?:y|ies)|neighbou?rhoods?|communit(?:y|ies))\b)
          | (?:a|an|several|dozens|scores|hundreds)\b
          | the\b(?!\s+(?:day|night|morning|evening|afternoon|week|weekend|previous|following|same|next|last|first)\b)
          | (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|\d+)\b
              (?!\s+(?:were|was|others|more|injured|wounded|dead|killed|missing|hurt)\b)
          | (?-i:\p{Lu}[\p{Ll}'’-]+)\b
              (?<!\b(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June
                 |July|August|September|October|November|December|On|In|At|By|When|After|During|Last|Early|Late)) )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_UNCONFIRMED_BEFORE = regex.compile(
    r"\b(?:feared|believed|presumed|thought|assumed)\s+(?:to\s+(?:have\s+)?(?:been\s+)?)?\Z", regex.IGNORECASE
)
# A verb of fearing with the figure as its object: "officials feared hundreds of casualties" (not confirmed).
_FEARED_OBJECT_BEFORE = regex.compile(r"\b(?:feared|fear|fears|fearing)\s+(?:that\s+)?\Z", regex.IGNORECASE)
# A forecast with the figure as its object: "the model predicted 300 deaths" is a possibility, no figure (SPEC).
_FORECAST_OBJECT_BEFORE = regex.compile(
    r"\b(?:predicted|predicts|predict|forecast|forecasts|projected|projects|anticipated|anticipates"
    r"|braced\s+for|bracing\s+for|warned\s+of|warns\s+of|warning\s+of)\s+\Z",
    regex.IGNORECASE,
)
# A count marked as one report of several: "1,400 (estimated), 914 (confirmed)".
_REPORT_MARK = regex.compile(r"\(\s*(?:estimated|est\.?|confirmed|official|unofficial)\s*\)", regex.IGNORECASE)
# A count marked as an estimate after it, as infoboxes do: "1,400 deaths (estimated)", "300 (est.)".
_ESTIMATED_AFTER = regex.compile(
    r"""
    (?: \s+ [^\W\d][\w'’-]* ){0,2}?                                   # its noun: "deaths"
    \s* \( \s* (?: estimated | est\.? | approx(?:\.|imately)? | approximate ) \s* \)  # "(estimated)"
    | \s+ estimated \s+ (?= [^\W\d] )                                  # "300 estimated injured"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# An estimate before the count: "Losses were estimated at 12,000", "is estimated to be 300".
_ESTIMATED_BEFORE = regex.compile(r"\bestimated\s+(?:at|to\s+be|to\s+have\s+been)\s+\Z", regex.IGNORECASE)
_MINOR_INJURY = regex.compile(r"\bminor\s+(?:injur|wound|burn|cut|bruis|damage|hurt)", regex.IGNORECASE)


def _noun_after(text: str, pos: int, lower: bool = True) -> str:
    if text[pos : pos + 1] not in (" ", "\t", "-"):
        return ""  # (_NP_AFTER opens with a blank or a hyphen: a number of a list has a comma after it)
    m = _NP_AFTER.match(text, pos, min(len(text), pos + 60))
    return "" if m is None else m.group().lower() if lower else m.group()


def _names_non_dwelling(noun: str) -> bool:
    """Whether a counted noun phrase names buildings that are not homes.

    >>> _names_non_dwelling(" chicken houses"), _names_non_dwelling(" auction barn"), _names_non_dwelling(" homes")
    (True, True, False)
    """
    words = noun.replace("-", " ").split()
    if any(w in lexicon.NOT_DWELLINGS for w in words):
        return True
    return any(a in lexicon.NOT_DWELLING_MODIFIERS and b in _BUILDINGS for a, b in pairwise(words))


_BUILDINGS = frozenset({"houses", "house", "buildings", "building", "structures", "structure", "units", "properties"})


def _things_counted(category: str, noun: str, any_case: bool = False) -> bool:
    """Whether the noun phrase after the number counts things ("six hotels"), read word by word.

    >>> _things_counted("killed", "homes died", any_case=True), _things_counted("killed", "country's soldiers")
    (True, False)
    """
    words = noun.split()[:3]  # "85 sections", "village elders", "mobile home parks"
    if any_case:  # "the country's 47 counties"
        words = [w.lower() for w in words if not w.lower().endswith(("'s", "’s")) and not w[:1].isdigit()]
    elif not words or not words[0][:1].islower():
        return False  # a name, or the next field of a flattened infobox ("injuries: 435 Structures destroyed")
    words = [w.lower() for w in words]
    for i, word in enumerate(words):
        if word in lexicon.PEOPLE_PLURAL or word in lexicon.UNITS:
            return False
        if word in lexicon.NOT_VICTIMS or (word in lexicon.NOT_DWELLINGS and category not in lexicon.HOUSE_CATEGORIES):
            after = words[i + 1] if i + 1 < len(words) else ""
            return after not in lexicon.PEOPLE_PLURAL and after not in lexicon.UNITS  # not "village elders"
        if word in lexicon.HOUSING and i + 1 < len(words) and words[i + 1] in lexicon.NOT_VICTIMS:
            return True  # "two mobile home parks"
        after = words[i + 1] if i + 1 < len(words) else ""
        if word in lexicon.HOUSING and (after in lexicon.PEOPLE_PLURAL or after in lexicon.PERSON):
            return False  # "five funeral home workers", "care home residents": the home names the people
        if word in lexicon.HOUSING:  # "one of the homes died"; in a partitive, "dozens of houses" are no people
            return (
                category not in lexicon.HOUSE_CATEGORIES
                if any_case
                else lexicon.category_and_unit(category, word) is None
            )
    return False


def _counted_words(text: str, fig: Figure, *more: str) -> set[str]:
    """The words of ``_counted_nouns`` (and of ``more``, lower case), a hyphen read as a space."""
    return {w for n in (*_counted_nouns(text, fig), *more) for w in n.replace("-", " ").split()}


def _counted_nouns(text: str, fig: Figure) -> list[str]:
    """The noun after the figure's number and, for a coordinated figure, after each of its conjuncts."""
    nouns = [_noun_after(text, fig.number_end)]
    if fig.rule.startswith("implicit"):  # "a school building": the noun phrase stands for the number
        nouns.append(" " + text[fig.number_start : fig.number_end].lower())
    if fig.rule == "coordinated_total":  # a total of things of several kinds: each kind counts
        nouns += [_noun_after(text, m.end()) for m in _NUMBER_IN.finditer(text, fig.start, fig.end)]
        nouns.append(_noun_after(text, fig.end))
    return [n for n in nouns if n]


# The words _OTHER_EVENT_BEFORE starts with: plain substring tests rule out most figures first.
_COMPARISON_WORDS = (
    "past",
    "preceding",
    "since",
    "than",
    "surpass",
    "compared",
    "previous",
    "prior",
    "last",
    "record",
    "recall",
    "reminiscent",
    "echo",
    "an earlier",
    "the earlier",
    "similar",
    "unlike",
)
_UNCONFIRMED_WORDS = ("feared", "believed", "presumed", "thought", "assumed")
# Any of _COMPARISON_WORDS in a window: one scan, not one per word (a figure may have 240 characters before it).
_COMPARISON_SEARCH = re.compile("|".join(map(re.escape, _COMPARISON_WORDS)))


# A sentence that opens in years past ("Two years ago,", "Decades ago,", "Some 20 years ago,"): its figures are of
# an earlier event (not "The war, which began three years ago, has killed ...": the clause is not the opening).
_YEARS_AGO_LEAD = regex.compile(
    r"""(?: (?:some|about|almost|nearly|more\s+than|over|just|only|exactly) \s+ )?
        (?: [\w-]+ \s+ )? (?: years? | decades? | centur(?:y|ies) ) \s+ ago \s* , """,
    regex.VERBOSE | regex.IGNORECASE,
)


# The game's words, and the words of an event that hurts players as it hurts anyone (a collapse, a crush).
_GAME_WORDS = regex.compile(
    r"\b(?:minute|match|matches|fixture|fixtures|cup\s+tie|season|squad|warm-up|training|fitness|game|games"
    r"|league|innings|half-time|kick-off|play-off|play-offs)\b",
    regex.IGNORECASE,
)
_EVENT_WORDS = regex.compile(
    r"\b(?:collaps\w*|stampede|crush|attack\w*|bomb\w*|blast|explosion|fire|clash\w*|crash\w*|shoot\w*|shot"
    r"|storm|flood\w*|earthquake|riot\w*|accident|gunmen|violence|lightning|struck|bus|vehicle|heat\w*|stabbed)\b",
    regex.IGNORECASE,
)
# An era, not an event: "in the twentieth century", "over the past two centuries" (not "the century's worst").
_ERA_REACH = 200
_ERA = regex.compile(
    r"\b(?:in|during|over|throughout)\s+the\s+(?:[\w-]+\s+){0,2}?(?:century|centuries)\b(?!['’])", regex.IGNORECASE
)


# A past year told after the figure, in its clause: "was also killed in a suicide attack last year", "were
# killed in a similar raid two years ago" (not "earlier this year": the same season's story may go on; not
# past a comma or another number: "killed 40 this year, up from 12 last year"; not "since last year").
_PAST_YEAR_AFTER = regex.compile(
    r"""[^;.!?,\d]{0,100}? \b (?<! \b (?:since|than|from) \s ) (?: last \s+ year | the \s+ previous \s+ year
                          | (?: \d+ | a | one | two | three | four | five | six | seven | eight | nine | ten
                              | several | some | many ) \s+ years? \s+ (?: ago | earlier | before ) ) \b""",
    regex.VERBOSE | regex.IGNORECASE,
)


class _EventWords(NamedTuple):
    """Where other_event's words stand in one sentence, found once for all its figures (a sentence of
    10,000 figures is not read again for each): the first " ago", each "centur", and each of
    _COMPARISON_WORDS in the lower-cased sentence (None when lower-casing changes its length)."""

    ago: int
    centuries: list[int]
    comparisons: list[tuple[int, int]] | None


def _event_words(text: str, start: int, end: int) -> _EventWords:
    centuries = []
    at = text.find("centur", start, end)
    while at >= 0:
        centuries.append(at)
        at = text.find("centur", at + 1, end)
    low = text[start:end].lower()
    comparisons = None
    if len(low) == end - start:
        comparisons = []
        for word in _COMPARISON_WORDS:  # (each word's every place, overlapping ones too: as a search of any window)
            at = low.find(word)
            while at >= 0:
                comparisons.append((start + at, start + at + len(word)))
                at = low.find(word, at + 1)
        comparisons.sort()
    return _EventWords(text.find(" ago", start, end), centuries, comparisons)


def other_event(text: str, fig: Figure, seen: dict[int, _EventWords] | None = None) -> bool:
    """A toll of another, earlier event named or dated for comparison (not this document's figure).
    ``seen``: a memo of the sentences' words by sentence start, shared by the figures of one document.

    >>> t = "It was the worst storm since Hurricane Zeta, which killed 300 people in 1950."
    >>> _OTHER_EVENT_BEFORE.search(t, 0, t.index("killed")) is not None
    True
    """
    s_start, s_end = fig.sentence_start, fig.sentence_end
    words = None
    if seen is not None and s_start <= fig.start <= s_end:
        if s_start not in seen:
            seen[s_start] = _event_words(text, s_start, s_end)
        words = seen[s_start]
    ago = words.ago if words is not None else text.find(" ago", s_start, fig.start)
    if 0 <= ago <= fig.start - 4 and _YEARS_AGO_LEAD.match(text, s_start, fig.start):  # (" ago" before the figure)
        return True  # "Two years ago, a similar storm killed 80 people": a background sentence
    end = min(fig.sentence_end, fig.end + 120)
    if text.find("year", fig.end, end) >= 0 and _PAST_YEAR_AFTER.match(text, fig.end, end):
        return True  # "His brother was also killed in a suicide attack last year"
    # (the era's words near the figure: a sentence of 10,000 figures is not read again for each)
    lo, hi = max(s_start, fig.start - _ERA_REACH), min(s_end, fig.end + _ERA_REACH)
    if words is not None:
        k = bisect_left(words.centuries, lo)
        century = k < len(words.centuries) and words.centuries[k] + 6 <= hi
    else:
        century = text.find("centur", lo, hi) >= 0
    if century and _ERA.search(text, lo, hi):
        return True  # "Floods caused millions of deaths in the twentieth century": a sum over an era, no event's
    lo = max(s_start, fig.start - 240)
    if words is not None and words.comparisons is not None:
        spans = words.comparisons
        k = bisect_left(spans, (lo, lo))
        while k < len(spans) and spans[k][0] < fig.start and spans[k][1] > fig.start:
            k += 1  # (a word that runs past the figure's start is not in its window)
        if k == len(spans) or spans[k][1] > fig.start:
            return False  # most figures: no comparison before them
    elif _COMPARISON_SEARCH.search(text[lo : fig.start].lower()) is None:
        return False
    return _OTHER_EVENT_BEFORE.search(text, lo, fig.start) is not None


_ACTIVE_PHRASES = frozenset({"shot dead", "gunned down", "hacked to death", "stabbed to death", "beaten to death"})
_COUNTED = frozenset({"killed", "injured", "missing", "kidnapped", "arrested", "casualties"})
_SUBJECT_RULES = frozenset({"number_verb", "quantulum3:subject", "coordinated_subject", "coordinated_total"})


# A line of its own after a line break: a heading or sentence (a capital), or a count with its own participle.
_OWN_LINE = regex.compile(
    r"""[ \t]* \n \s* (?: [-•*–] \s* )?                                # maybe a bullet
    (?: (?-i:\p{Lu})                                                  # "The river rose."
      | [\d.,]+ (?: \s+ [^\W\d][\w'’-]* ){0,3}? \s+
        (?: [a-z]{3,}ed | dead | deaths | injuries | missing | homeless | hurt | injured ) \b )  # "300 homes destroyed"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _agent(text: str, fig: Figure) -> bool:
    """The number counts who did it: "Forty members of the group killed five soldiers"."""
    trigger = fig.trigger.lower()
    if fig.rule not in _SUBJECT_RULES or (
        trigger.rsplit(None, 1)[-1] not in _ACTIVE_VERBS and trigger not in _ACTIVE_PHRASES
    ):
        return False  # "killed", "shot and killed", "shot dead"
    if fig.number_end > fig.trigger_start:
        return False
    if _AUX_BETWEEN.search(text, fig.number_end, fig.trigger_start):
        return False
    m = _OBJECT_AFTER.match(text, fig.trigger_end, min(len(text), fig.trigger_end + 40))
    if m is not None and m.end() > fig.sentence_end and _OWN_LINE.match(text, fig.sentence_end):
        return False  # a list's next line: "12,500 people evacuated\n300 homes destroyed", "...\nThe river rose"
    # "800 internally displaced Syrians were stuck": the participle describes the noun after it
    return m is not None and not _CLAUSE_VERB_AFTER.match(text, m.end())


# Births beside deaths: a population's register, not an event's toll.
_BIRTHS = regex.compile(r"\b(?:\d[\d,.]*|[a-z]+)\s+(?:live\s+)?births\b|\bbirths?\s+(?:and|to)\s+\b", regex.IGNORECASE)
# An exercise that stages an emergency: its evacuees and "casualties" are no event's.
_DRILL = regex.compile(
    r"\b(?:fire|evacuation|emergency|earthquake|tsunami|disaster|safety|mock|practice)\s+(?:drills?|exercises?)\b"
    r"|\b(?:simulation|simulated|mock\s+(?:attack|disaster|emergency|evacuation))\b|\bduring\s+(?:an?|the)\s+drill\b",
    regex.IGNORECASE,
)
# People on their way home: their arrival is a return ("3,200 returnees arrived"), unless a verb of
# displacement is said of them again ("500 returnees were displaced again", "have fled again").
_RETURNING = frozenset({"returnees", "returnee", "returning"})
_DISPLACING_STEMS = ("displac", "fled", "flee", "forced", "uproot", "driven", "evacuat")

# The words of patterns._ALONG_WITH between a verb and the count it adds to its subject's.
_ALONG_WITH_AFTER = regex.compile(r"\s*,?\s+(?:(?:along|together)\s+with|alongside)\b", regex.IGNORECASE)


# Several tolls of one event: their numbers are rival counts of the same dead, never parts of a sum.
_TOLLS_PLURAL = regex.compile(r"\b(?:totals|tolls|estimates|figures|counts|tallies)\b", regex.IGNORECASE)


def _bad_total(text: str, fig: Figure) -> str | None:
    """Why a coordinated total adds what is no conjunct of one count, or None.

    Across a semicolon; starting inside an "including" list of another count;
    or with the verb between its numbers ("Five people died in Haiti, four from
    an accident and one from a landslide": a breakdown of the five).
    """
    if ";" in fig.text:
        return "total_semicolon"
    if _REPORT_MARK.search(text, fig.number_start, fig.end):
        return "total_of_reports"  # "Deaths: 1,400 (estimated), 914 (confirmed)": two counts of the same dead
    if fig.trigger_end <= fig.number_start and _TOLLS_PLURAL.search(text, fig.trigger_start, fig.number_start):
        return "total_of_reports"  # "other death totals included 250 and 290": two counts of the same dead
    if _INCLUDING_BEFORE.search(text, max(fig.sentence_start, fig.start - 60), fig.start):
        return "total_including"
    # (not a citation marker's: "[9]")
    numbers = [m for m in _NUMBER_IN.finditer(text, fig.start, fig.end) if text[m.start() - 1 : m.start()] != "["]
    if len(numbers) < 2:
        return None
    # each later number names a place of its own ("12 in Goa and two in Karnataka"): they are
    # places beside a first one that names its own ("35 died in Kerala, ..."), else its breakdown
    by_place = all(_IN_PLACE_AFTER.match(text, m.end()) for m in numbers[1:])
    first_placed = _PLACE_IN.search(text, numbers[0].end(), numbers[1].start()) is not None
    if numbers[0].end() <= fig.trigger_start and fig.trigger_end <= numbers[-1].start():
        if _ALONG_WITH_AFTER.match(text, fig.trigger_end, numbers[-1].start()):
            return None  # "Two soldiers were killed along with 5 civilians": 7, each then a part
        if all(_MORE_AFTER.match(text, m.end()) for m in numbers[1:]):
            return None  # "Four people died at the scene and three more in hospital": 7, no breakdown of the 4
        return None if by_place and first_placed else "total_breakdown"
    after_verb = fig.trigger_end <= numbers[0].start()
    if by_place and not first_placed and after_verb and "," in text[numbers[0].end() : numbers[1].start()]:
        return "total_breakdown"  # "killed 35 people, 12 in Goa and two in Karnataka": the 35's places
    return None


# A pronoun object after "missing": the verb "miss" ("missing all of them"), no one missing ("went missing
# the day the storm hit" keeps its row: no "the" here).
_MISSED_OBJECT = regex.compile(r"\s+(?:all\s+of\s+|both\s+of\s+)?(?:them|him|her|it)\b", regex.I)
# An object after a determiner or a number is "miss" too: "15 were missing at least one paper", "the
# campaign is missing 2,000 signatures", "were missing two checkpoints" (see _misses_an_object).
_MISSED_COUNTED = regex.compile(
    r"""\s+ (?:at\s+least\s+|more\s+than\s+|up\s+to\s+|nearly\s+|almost\s+)?
        (?:one|two|three|four|five|\d[\d,]*|a|an|his|her|their|its|several|many|some)
        (?: \s+ [^\W\d][\w'’-]* ){1,3}?                                 # its noun, maybe after adjectives
        (?= \s* (?:[,.;:)]|\Z) | \s+ (?:and|in|at|on|for|due|because|after|before|from|of|to|needed|that|which
                                         |since|during|while|when|as)\b )""",
    regex.I | regex.X,
)
# Nouns after "missing" that say for how long or who, not what was missed: "missing a day after the
# storm", "missing two days", "missing 3 people" (a count of the lost, not an object).
_NOT_MISSED = lexicon._words(
    """day days hour hours week weeks month months year years night nights decade decades fortnight time while
    people persons person others other more since after later ago earlier"""
)


def _misses_an_object(text: str, start: int, end: int) -> bool:
    """Whether "missing" at ``start`` has an object of its own: the verb "miss", no one lost."""
    if _MISSED_OBJECT.match(text, start, end):
        return True
    m = _MISSED_COUNTED.match(text, start, end)
    if m is None:
        return False
    words = m[0].lower().split()
    head = words[-1]
    return _NOT_MISSED.isdisjoint(words) and head not in lexicon.PEOPLE_PLURAL and head not in lexicon.PERSON


# --- senses of harm words in everyday news (sport, fiction, obituaries, courts, staffing) -------------
# Words of a sports squad's news: a player "injured" or "missing" there is unavailable, not a casualty.
_SQUAD = regex.compile(
    r"\b(?:squad|derby|fixtures?|roster|line-?up|sidelined|striker|midfielder|goalkeeper|hamstring|groin"
    r"|cruciate|preseason|playoffs?|first\s+team|transfer\s+window|in\s+training|training\s+session"
    r"|the\s+club|(?:first|second)\s+half|half-?time|extra\s+time"
    r"|missing\s+with\s+(?:flu|illness|a\s+virus|a\s+cold|covid|a\s+\w+\s+injury|injur\w*))\b",  # "missing with flu"
    regex.IGNORECASE,
)
# Words of harm from outside that make a sports story or an obituary a casualty report ("a stand
# collapsed during the derby", "the team bus crashed"): with one of these those words do not count.
_HARM_CAUSE = regex.compile(
    r"\b(?:collaps\w*|crash\w*|fire\w*|blaze\w*|blast\w*|explo\w*|attack\w*|bomb\w*|shoot\w*|shot|gun\w*"
    r"|stampede\w*|crush\w*|\w*storms?|\w*quakes?|flood\w*|accident\w*|riot\w*|violen\w*|clash\w*|stab\w*"
    r"|brawl\w*|lightning|tear\s+gas|police|heat\w*|hurricane\w*|tornado\w*|tsunami\w*|landslides?"
    r"|avalanche\w*|wars?|missiles?|strikes?|wind\w*|trees?|struck|hit|fell|falling|drown\w*|car|bus|vehicle"
    r"|fight\w*|conflict\w*|insurgen\w*|militant\w*|disaster\w*|cyclone\w*|typhoon\w*|eruption\w*|drought"
    r"|shell\w*|bombard\w*|airstrikes?|air\s+strikes?|raids?|offensive|gunmen|soldiers|troops|army)\b",
    regex.IGNORECASE,
)
_SQUAD_CATEGORIES = frozenset({"injured", "missing", "casualties"})
_WERE_BEFORE = regex.compile(r"\b(?:was|were)\s+(?:\w+\s+)?\Z", regex.IGNORECASE)
# A story's frame of fiction or games: "In the film, a hitman who has killed 30 men ...".
_FICTION = regex.compile(
    r"""\b(?: in \s+ the \s+ (?:new\s+|latest\s+|final\s+|last\s+|first\s+|opening\s+)?
              (?:film|movie|novel|sitcom|video\s+game|game|episode|sequel|comic|cartoon|musical|thriller)\b
          | villain | protagonist | fictional | the \s+ plot\b | credits \s+ roll | players \s+ must
          | (?:film|movie|novel|sitcom|show|game|series|blockbuster|franchise|sequel|prequel|trilogy)['’]s \s+
            (?:villain|hero|heroine|plot|characters?|body\s+count)
          | the \s+ (?:film|movie|novel|book|series|show|play|documentary|blockbuster|thriller) ,? \s+
            (?:follows|tells|depicts|portrays|opens|begins|ends|revisits|recounts|dramati[sz]es|about)\b )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A death of old age or illness, told in an obituary: no casualty ("The poet died peacefully at home").
_NATURAL_DEATH = regex.compile(
    r"\b(?:peacefully|(?:natural|unrelated)\s+causes|(?:long|short|brief)\s+illness|old\s+age"
    r"|has\s+died(?:,?\s+\w+){0,3},?\s+aged\s+\d{2,3}"  # an obituary's "has died aged 87"
    r"|died(?:\s+\w+){0,4}?\s+at\s+the\s+age\s+of\s+\d{2,3}"  # "died on Sunday at the age of 94"
    r"|died\s+of\s+(?:cancer|a\s+heart\s+attack|heart\s+failure|a\s+stroke|dementia|alzheimer['’]s))\b",
    regex.IGNORECASE,
)
# An age at death right after "died" (maybe after words of time or place): "died last week at 88",
# "died at home at 91" (not a time of day: "died at 5 pm").
_DIED_AT_AGE = regex.compile(
    r"(?:\s+[\w'’]+){0,4}?\s+at\s+(?:the\s+age\s+of\s+)?\d{2,3}\b(?!\s*(?:[:.]\d|[ap]\.?m\b|%|per|hours|people))",
    regex.IGNORECASE,
)
# A prison term after "jailed": a court's sentence, not an arrest ("was jailed for 4 years for bribery").
_PRISON_TERM = regex.compile(
    r"\s+(?:\w+\s+){0,2}?for\s+(?:up\s+to\s+|a\s+total\s+of\s+)?(?:\d+|[a-z]+)(?:\s+and\s+a\s+half)?"
    r"[\s-]+(?:years?|months?)\b|\s+(?:\w+\s+){0,2}?for\s+life\b",
    regex.IGNORECASE,
)
# A military statement's words for killing, kept only for armed men (lexicon's killed entries).
_MILITARY_KILLING = frozenset(
    {"eliminated", "neutralised", "neutralized", "eliminate", "eliminating", "neutralise", "neutralising",
     "neutralize", "neutralizing"}
)  # fmt: skip
_ARMED_MEN = frozenset(
    {"terrorists", "terrorist", "militants", "militant", "insurgents", "insurgent", "bandits", "bandit", "gunmen",
     "fighters", "jihadists", "rebels", "extremists", "attackers", "assailants", "combatants", "militiamen",
     "kidnappers", "soldiers", "troops", "servicemen", "personnel", "boko", "haram", "shabaab", "isis", "iswap"}
)  # fmt: skip
# A performer as the subject of "killed" with no object after it: the stage's sense ("The comedian killed in
# front of 2,000 people"; "The comedian was killed in a crash" has its auxiliary: a death).
_PERFORMER = regex.compile(
    r"\b(?:comedians?|comics?|bands?|singers?|rappers?|headliners?|performers?|magicians?|dj|stand-?ups?"
    r"|quartet|trio|orchestra|choir)\s*\Z",
    regex.IGNORECASE,
)
_KILLED_ON_STAGE = regex.compile(r"\s+(?:it\b|with\b|for\b|in\s+front\b|on\s+stage\b|at\s+the\b|again\b|tonight\b)")
# What takes lives: "claimed 10 lives", "cost 41 lives", "150 lives being lost", "a toll of 12 lives".
_LIVES_LOST = regex.compile(
    r"\b(?:claim\w*|lost|lose|loses|losing|loss|took|take|takes|taking|taken|cost\w*|perish\w*|toll|sacrific\w*"
    r"|ended|ending|snuff\w*|wip\w*|killed|dead|died|deaths?|fatalit\w*|victims?)\b",
    regex.IGNORECASE,
)
# Lives saved are not lost: "Organs from two donors saved 9 lives".
_SAVED_AFTER = regex.compile(r"\s+(?:(?:were|was|have\s+been|had\s+been|being)\s+)?saved\b", regex.IGNORECASE)
_SAVED_BEFORE = regex.compile(
    r"\b(?:saved?|saving|saves|(?:starts?|starting|begins?|beginning|gets?|has|have)\s+with)\s+(?:\w+\s+){0,2}\Z",
    regex.IGNORECASE,
)


# Every cue of the three patterns above holds one of these (lower case): one pass of an automaton over
# a sentence rules out almost all (must agree with _SQUAD, _FICTION and _NATURAL_DEATH: a cue without
# one of these words would never be looked for).
_SENSE_CUES: tuple[str, ...] = (
    *("squad", "derby", "fixture", "roster", "line-up", "lineup", "sidelined", "striker", "midfielder"),
    *("goalkeeper", "hamstring", "groin", "cruciate", "preseason", "playoff", "first team", "transfer window"),
    *("training", "the club", "film", "movie", "novel", "sitcom", "game", "episode", "sequel", "comic"),
    *("cartoon", "musical", "thriller", "villain", "protagonist", "fictional", "plot", "credits", "players must"),
    *("show's", "show’s", "series'", "series’", "follows", "tells", "depicts", "portrays", "documentary"),
    *("blockbuster", "franchise", "prequel", "trilogy", "first half", "second half", "half-time", "halftime"),
    *("extra time", "missing with"),
    *("peacefully", "natural causes", "unrelated causes", "illness", "old age", "has died", "age of", "cancer"),
    *("heart attack",),
    *("heart failure", "stroke", "dementia", "alzheimer"),
)


@cache
def _sense_automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for cue in _SENSE_CUES:
        auto.add_word(cue, cue)
    auto.make_automaton()
    return auto


def _senses(text: str, start: int, end: int) -> frozenset[str]:
    """The cues of everyday senses in the sentence ``text[start:end]``: "squad", "fiction", "natural"
    (an obituary's death), and "harm" (a cause of harm, which outweighs "squad" and "natural")."""
    if next(_sense_automaton().iter(text[start:end].lower()), None) is None:
        return frozenset()
    found = {
        name
        for name, pattern in (("squad", _SQUAD), ("fiction", _FICTION), ("natural", _NATURAL_DEATH))
        if pattern.search(text, start, end)
    }
    if found and _HARM_CAUSE.search(text, start, end):
        found.add("harm")
    return frozenset(found)


def _everyday_sense(text: str, fig: Figure, senses: dict[int, frozenset[str]]) -> str | None:
    """Why the harm word of ``fig`` has an everyday sense in its sentence (a squad's injuries, a film's
    plot, an obituary, a prison term, lives saved), or None. ``senses``: sentence start -> ``_senses``."""
    s_start, s_end = fig.sentence_start, fig.sentence_end
    if (
        fig.category == "killed"
        and fig.trigger.lower() == "lives"
        and (
            _SAVED_BEFORE.search(text, max(s_start, fig.number_start - 30), fig.number_start)
            or _SAVED_AFTER.match(text, fig.trigger_end, s_end)
        )
    ):
        return "lives_saved"  # (and a game's: "Each player starts with 20 lives")
    if (
        fig.category == "killed"
        and fig.trigger.lower() == "lives"
        and not _LIVES_LOST.search(text, max(s_start, fig.number_start - 60), min(s_end, fig.trigger_end + 40))
    ):
        return "lives_not_lost"  # "Cats have 9 lives": lives count deaths only when something took them
    if (
        fig.category == "arrested"
        and fig.trigger.lower() in ("jailed", "imprisoned")
        and _PRISON_TERM.match(text, fig.trigger_end, s_end)
    ):
        return "prison_term"
    if (
        fig.rule.startswith("implicit")
        and fig.trigger.lower() == "killed"
        and _PERFORMER.search(text, fig.start, fig.trigger_start)
        and _KILLED_ON_STAGE.match(text, fig.trigger_end, s_end)
    ):
        return "performance"  # "The comedian killed for 90 minutes at the Palace": a show that went well
    if fig.trigger.lower() in _MILITARY_KILLING and _counted_words(
        text, fig, text[fig.number_end : fig.trigger_start].lower()
    ).isdisjoint(_ARMED_MEN):
        return "not_armed_men"  # "Six candidates were eliminated", "neutralised the threat"
    if (
        fig.category == "killed"
        and fig.rule.startswith("implicit")
        and fig.trigger.lower() in ("died", "has died", "passed away")
        and _DIED_AT_AGE.match(text, fig.trigger_end, s_end)
        and not _HARM_CAUSE.search(text, s_start, s_end)
    ):
        return "natural_death"  # an obituary: "Dr Lena Moss, who ..., died last week at 88"
    if s_start not in senses:
        senses[s_start] = _senses(text, s_start, s_end)
    cues = senses[s_start]
    if not cues:
        return None
    if fig.category == "killed" and "natural" in cues and "harm" not in cues:
        return "natural_death"
    if (
        fig.category in _SQUAD_CATEGORIES
        and "squad" in cues
        and "harm" not in cues
        # (a past event stays a figure: "Four players were injured in the derby")
        and not _WERE_BEFORE.search(text, max(s_start, fig.trigger_start - 12), fig.trigger_start)
    ):
        return "squad"
    if "fiction" in cues:
        return "fiction"
    return None


# A harm adjective right after a number, then a plural noun that names no people: "3,200 dead cells",
# "22 dead volcanoes", "2 dead porpoises" (never "12 dead soldiers", "five injured Afghans", "12 dead and
# 40 hurt", "3 missing fishermen"). A noun is taken for people when a lexicon says so or when it ends
# like a noun of agents ("assailants", "residents", "activists", "employees").
_ADJECTIVE_TRIGGERS = frozenset({"dead", "missing", "injured", "wounded", "hurt", "displaced", "evacuated", "affected"})
_WORDS_AFTER = regex.compile(r"[ \t]+([a-z][a-z'’-]*)(?:[ \t]+([a-z][a-z'’-]*))?")
_AGENT_ENDINGS = ("ers", "ors", "ants", "ents", "ians", "ists", "ees", "men", "ites", "ines", "ards", "ives")
# Words after the adjective that begin no noun phrase ("12 dead as floods hit", "12 dead in two attacks").
_NOT_MODIFIERS = lexicon._words(
    "as and or in at on of from after since so while when where but with by to for among including"
    " were was are is have has had the a an this that these those who which across near during following"
    " overnight yesterday today last"
)


def _plural_of_things(text: str, pos: int, end: int) -> bool:
    """Whether the noun phrase at ``pos`` (one or two lower-case words) ends in a plural noun of things."""
    m = _WORDS_AFTER.match(text, pos, end)
    if m is None or m.group(1) in _NOT_MODIFIERS or m.group(1).endswith(("ing", "ed", "ly")):
        return False
    words = [w for w in m.groups() if w]
    noun = words[0] if words[0].endswith("s") or len(words) == 1 else words[1]
    return not (
        not noun.endswith("s")
        or noun.endswith(_AGENT_ENDINGS)
        or any(w in lexicon.PEOPLE_PLURAL or w in lexicon.UNITS or w in lexicon.HOUSING for w in words)
        or lexicon.lookup(noun) is not None  # "dead bodies", "injured persons": a trigger's own noun
        or noun in _NOT_MODIFIERS
        or noun in lexicon.person_nouns()  # "45,000 fans were evacuated", "pilgrims", "worshippers"
    )


def _things_after_adjective(text: str, fig: Figure) -> bool:
    """Whether the figure's harm adjective stands between its number and a plural noun of things."""
    if fig.trigger.lower() not in _ADJECTIVE_TRIGGERS or not 0 <= fig.trigger_start - fig.number_end <= 1:
        return False
    return _plural_of_things(text, fig.trigger_end, fig.sentence_end)


# Categories whose words are said of things as often as of people ("14,000 bags went missing", "3 terminals
# were evacuated", "9 reservoirs were affected"): a subject that is a plural noun of things gives no figure.
_WEAK_CATEGORIES = frozenset({"missing", "evacuated", "affected"})


def _things_as_subject(text: str, fig: Figure) -> bool:
    """Whether a weak category's number counts the plural noun of things right after it."""
    return (
        fig.category in _WEAK_CATEGORIES
        and fig.rule == "number_verb"
        and fig.number_end < fig.trigger_start
        and _plural_of_things(text, fig.number_end, fig.trigger_start)
    )


# The noun phrase right after a figure's number, read word by word for its head (issue 15): a plural noun
# that names no people counts things ("The court killed 2 provisions", "12 scenes were killed", "displaced
# 40 market stalls"). People are known by an allow list (lexicon.person_nouns), so an unknown plural is
# refused; no noun ("12 were killed"), a singular ("killed 12 overnight") or a name ("five Afghans") is not.
_PHRASE_WORDS = re.compile(r"[ \t]+([^\W\d][\w'’-]*)" + r"(?:[ \t]+([^\W\d][\w'’-]*))?" * 3)  # (stdlib re: faster)
# Words that end a noun phrase before its head: the phrase is then no count of things we can read.
_PHRASE_STOPS = _NOT_MODIFIERS | lexicon._words(
    "that which whom whose where than be been being will would could can may might must should shall not no"
    " each both all per apiece into onto upon over under against through between about around inside outside"
    " along amid amidst alongside toward towards via within without beyond behind above below like plus up"
    " down off out there here then now again also too only just even still its their his her our my your"
    " some any every many several few dozen them us whom it besides afterwards nowadays sometimes always perhaps"
    " whereas unless thus versus less"
)
# Plural heads that are no things: numerals and the words a toll is told in ("claimed 12 lives", "six skulls",
# "2 lakhs", "13 drownings").
_NOT_THINGS = lexicon._words(
    "lives souls remains skulls skeletons others more tens dozens scores hundreds thousands millions billions"
    " lakhs crores nos thirds drownings killings executions"
)


# A word in -s after a number that is a verb, not a plural noun: a total's number is its subject's last word
# ("The death toll of 12 makes it the deadliest", "a toll of 40 dead puts the quake among the worst"). Known
# verbs of a total, or a word followed by an object (an article, a pronoun, a number).
_VERBS_IN_S = lexicon._words(
    "makes puts seems appears looks remains stays becomes grows rises falls drops climbs jumps stands includes"
    " exceeds tops passes surpasses reaches brings takes marks represents means shows comes goes gives leaves"
    " raises lifts pushes equals doubles triples does needs says suggests indicates compares"
)
_OBJECT_OF_A_VERB = re.compile(
    r"[ \t]+(?:\d|(?:the|a|an|it|its|them|him|her|his|their|us|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)


def _looks_plural(word: str) -> bool:
    """Whether a lower-case word has a plural's ending (not "bus", "press", "serious", "his").

    >>> [_looks_plural(w) for w in ("routes", "bus", "glass", "various", "crisis", "stars")]
    [True, False, False, False, False, True]
    """
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))


def _plural_head_of_things(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """Where the noun phrase at ``pos`` (up to four words) has its plural head, when that names no people.

    >>> _plural_head_of_things(" rural bus routes, the council said", 0, 40)
    (11, 17)
    >>> [_plural_head_of_things(s, 0, len(s)) for s in (" gas workers", " people died", " were killed", " Afghans")]
    [None, None, None, None]
    """
    m = _PHRASE_WORDS.match(text, pos, end) if text[pos : pos + 1] in (" ", "\t") else None  # (it opens with a blank)
    if m is None or not (first := m[1])[:1].islower() or first in _PHRASE_STOPS:
        return None  # (most figures: no word, a name, or "were", "in", "of" after the number)
    people = lexicon.person_nouns()
    second = m[2]
    if first in people and (second is None or (second not in people and not _looks_plural(second.lower()))):
        return None  # (most others: "12 people were", "civilians", "others")
    words = [(w, *m.span(g)) for g, w in enumerate(m.groups(), 1) if w]
    for i, (word, start, stop) in enumerate(words):
        if not word[:1].islower():
            return None  # a name ("five Afghans") or the next field of a flattened table
        low = word.rstrip("'’")  # "hostages' relatives"
        if low in _PHRASE_STOPS:
            return None
        last = low.rpartition("-")[2]  # "stretcher-bearers", "ex-soldiers"; "fami-lies" split at a line's end
        before = f"{words[i - 1][0].lower()}-{low}" if i else ""  # "mail carriers", "ranch hands"
        is_person = low in people or last in people or low.replace("-", "") in people or before in people
        if not (is_person or _looks_plural(last)):
            continue  # a modifier ("rural", "discontinued", "bus")
        after = words[i + 1][0].lower().rstrip("'’") if i + 1 < len(words) else ""
        if after and after not in _PHRASE_STOPS and (_looks_plural(after) or after in people):
            continue  # a noun that modifies the next one ("arms dealers", "police vans", "women activists")
        known = (
            is_person
            or low in _VERBS_IN_S
            or low in _NOT_THINGS
            or low in lexicon.HOUSING
            or low.replace("-", "") in lexicon.UNITS
            or _OBJECT_OF_A_VERB.match(text, stop, end) is not None  # "a toll of 40 dead puts the quake ..."
            or lexicon.lookup(low) is not None  # "12 bodies", "12 casualties": a trigger's own noun
            or (i > 0 and lexicon.lookup(f"{words[i - 1][0].lower()} {low}") is not None)
            or lexicon.names_people(low)  # a typist's slip ("solders"), tried last: the slowest test
        )
        return None if known else (start, stop)
    return None


# A part of a count, or a ratio, between the number and its noun: "3 of the 12 satellites", "9 of the
# country's 12 reservoirs", "2 of the charges", "1 in 3 hives" (the noun is read after these words).
_PART_OF_A_COUNT = regex.compile(
    r"""[ \t]+(?:of(?:[ \t]+(?:the|its|their|these|those|our|his|her))?  # "of the"
               (?:[ \t]+[\w-]+['’]s)?                                   # "the country's"
               (?:[ \t]+(?&whole))?
             | in[ \t]+(?&whole))                                       # "1 in 3"; not "wounded scores in"
        (?=[ \t])
        (?(DEFINE)(?P<whole>\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty
                            |fifty|hundred|thousand))                   # the whole's number""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _things_by_plural_head(text: str, fig: Figure) -> bool:
    """Whether a figure of people counts the plural noun of things right after its number."""
    if fig.category in lexicon.HOUSE_CATEGORIES or fig.rule.startswith("implicit"):
        return False  # houses have their own nouns; in "a school bus" the noun phrase is the number
    start = fig.number_end
    if text.startswith((" of ", " in "), start) and (part := _PART_OF_A_COUNT.match(text, start, fig.sentence_end)):
        start = part.end()
    head = _plural_head_of_things(text, start, fig.sentence_end)
    # the head is not the figure's own trigger, glued to a word ("500,000 newdisplacements")
    return head is not None and not (head[0] < fig.trigger_end and fig.trigger_start < head[1])


# A verb form before the number: the count is that verb's object, so no subject of a verb after " and "
# ("She outlived 2 husbands and died", "He coached 3 champions and died"; not "confirmed 12 people ... died",
# where a verb of saying drops its "that").
_OBJECT_OF_VERB_BEFORE = regex.compile(r"(?r)(?<![\w'’-])([a-z]+ed|raised|taught|led|won|wrote|built|fought|bore)\s+\Z")
_AND_BEFORE_VERB = regex.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?\Z")
_THEM_AFTER = regex.compile(r"\s+(?:them|him|her)\b")
_SAYING = frozenset({"reported", "confirmed", "estimated", "stated", "claimed", "announced", "recorded", "listed"})


def _object_before_and(text: str, fig: Figure) -> bool:
    """Whether the figure's number is the object of a verb before it, and its trigger a second verb of the
    same subject after " and "."""
    if not fig.number_end < fig.trigger_start:
        return False
    window = (max(fig.number_end, fig.trigger_start - 20), fig.trigger_start)
    if text.find("and", *window) < 0 or not _AND_BEFORE_VERB.search(text, *window):
        return False  # (the plain find first: most figures have no "and" before their trigger)
    if _THEM_AFTER.match(text, fig.trigger_end):
        return False  # "dragged 11 men from the mosque and then executed them": the same people, a second act
    m = _OBJECT_OF_VERB_BEFORE.search(text, max(fig.sentence_start, fig.number_start - 20), fig.number_start)
    return m is not None and m.group(1) not in _SAYING and lexicon.lookup(m.group(1)) is None


# The agent of "affected by ...", "hurt by ...": a hazard, violence or a named event for a figure ("affected by
# the floods", "affected by Typhoon Mawar"), none for a rule or money ("affected by the ward boundary changes",
# "hurt by unfair pay practices"). "hurt" with an adverb of money or feelings is no harm either.
_BY_AGENT = regex.compile(
    r"[ \t]+by[ \t]+((?:[\w'’-]+[ \t]+){0,4}?[\w'’-]+)(?=[ \t]*(?:[,.;:]|\Z|and\b|in\b|at\b|on\b))"
)
_HAZARD = regex.compile(
    r"\b(?:\w*storms?|\w*quakes?|flood\w*|fire\w*|blaze\w*|drought\w*|fight\w*|conflict\w*|violen\w*|war"
    r"|clash\w*|attack\w*|bomb\w*|shell\w*|strikes?|airstrikes?|cyclone\w*|typhoon\w*|hurricane\w*|tornado\w*"
    r"|tsunami\w*|landslides?|mudslides?|avalanche\w*|eruption\w*|volcan\w*|disaster\w*|crisis|crises|outbreak\w*"
    r"|epidemic\w*|pandemic\w*|cholera|disease\w*|famine|hunger|insecurity|displacement|rain\w*|snow\w*|heat\w*"
    r"|cold\w*|wind\w*|wave\w*|surge\w*|explosion\w*|blast\w*|spill\w*|leak\w*|contamina\w*|collapse\w*"
    r"|crash\w*|accident\w*|unrest|riot\w*|raids?|gunmen|militants?|insurgen\w*|the\s+event|the\s+disaster"
    r"|outages?|power|electricity|blackouts?|water|smoke|ash|debris|pollution|poisoning)\b",
    regex.IGNORECASE,
)
# What wears a house down over years, never in an event: "damaged by damp".
_DECAY_AGENT = regex.compile(
    r"\b(?:damp|dampness|mou?ld|rot|termites?|woodworm|neglect|subsidence|age|wear)\b", regex.I
)
# Causes that hurt people's money, work or standing, never their bodies (for "hurt by").
_ABSTRACT_AGENT = regex.compile(
    r"\b(?:pay|wages?|salar\w*|freeze|cuts?|tariffs?|tax\w*|polic\w*|practices?|prices?|inflation|rates?"
    r"|decisions?|rulings?|laws?|rules?|regulations?|sanctions?|news|reports?|fraud|scam|scandal|downturn"
    r"|recession|slump|markets?|sales|demand|delays?|closures?|layoffs?|redundanc\w*|budget\w*|debts?|losses"
    r"|reforms?|changes?|shortages?|competition|costs?|fees?|fines?|currency|exchange|investments?|plans?|proposals?)\b",
    regex.IGNORECASE,
)
_NOT_HARM_ADVERB = regex.compile(r"[ \t]+(?:financially|economically|politically|emotionally|commercially)\b")
_WEAK_BY = frozenset({"affected", "hurt"})
# People the police look for: a "missing" or "searched for" count of them is no figure of the lost.
_WANTED = frozenset(
    {"suspects", "suspect", "fugitives", "escapees", "inmates", "prisoners", "convicts", "gunmen", "attackers",
     "assailants", "robbers", "kidnappers", "abductors"}
)  # fmt: skip
# "missing from" a gathering, a roll or a collection: absent, not lost ("missing from the final stage",
# "missing from class"; never "missing from the camp", "missing from their homes").
_ABSENT_FROM = regex.compile(
    r"""\s+from\s+(?:the\s+|today['’]s\s+|yesterday['’]s\s+|their\s+|its\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}?
        (?:session|meeting|class|classes|lessons?|school|register|roll|stage|race|vote|work|office|practice
          |training|line-?up|squad|team|count|list|archives?|shelves|display|records|inventory|collection
          |parliament|chamber|hearing|ceremony|photo|census)\b
        (?![ \t]+(?:yards?|grounds|buildings?|bus|buses|trips?|compound|premises|dormitor(?:y|ies)|gates?))""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A second verb between a number and a harm noun: the noun is that verb's, not the number's.
_VERB_AFTER_AND = regex.compile(r"\band\s+(?:also\s+|then\s+)?(?:caused|prompted|triggered|forced|led\s+to|sparked)\b")


def _harmless_agent(text: str, fig: Figure) -> bool:
    """Whether "affected" names its cause and the cause is no hazard nor violence, "hurt" is said of money
    or feelings, or houses are "damaged by" decay or a plan (no event's damage)."""
    if fig.trigger.lower() not in _WEAK_BY and fig.category not in lexicon.HOUSE_CATEGORIES:
        return False
    if _NOT_HARM_ADVERB.match(text, fig.trigger_end, fig.sentence_end):
        return True
    m = _BY_AGENT.match(text, fig.trigger_end, fig.sentence_end)
    if m is None:
        return False
    agent = m.group(1)
    if fig.category in lexicon.HOUSE_CATEGORIES:
        # a home's decay or a plan's effect is no disaster's damage: "14 houses damaged by damp", "the value of
        # 120 homes was damaged by the mine's expansion plans"
        return _DECAY_AGENT.search(agent) is not None or (
            _ABSTRACT_AGENT.search(agent) is not None and not _HAZARD.search(agent)
        )
    if fig.trigger.lower() == "hurt":
        # (anything that hurts by hitting is harm: "hurt by an airborne brick"; money and rules are not:
        # "17 employees had been hurt by unfair pay practices", "hurt by the pay freeze")
        return _ABSTRACT_AGENT.search(agent) is not None and not _HAZARD.search(agent)
    return not (_HAZARD.search(agent) or any(w[:1].isupper() for w in agent.split()))


def _title(text: str, fig: Figure) -> bool:
    """Whether the figure stands in a quoted title in capitals: "'Seven Dead in Marlow' sold 200,000
    copies", "'7 Ways to Die in Paris'", "'5 Reasons to Kill a Spy'" (every word of the quotation
    capitalised but a title's small words; digits may open it only before a capitalised word, not
    "'12 killed', the banner read")."""
    lo = max(fig.sentence_start, fig.start - 60)
    window = text[lo : fig.start + 1]
    if "'" not in window and '"' not in window and "‘" not in window and "“" not in window:
        return False  # (most figures: no quotation mark before them)
    opening = lo + max(window.rfind(q) for q in _QUOTES)
    if opening < lo:
        return False
    if opening > 0 and not (text[opening - 1].isspace() or text[opening - 1] in "(["):
        return False  # (an apostrophe: "the mayor's")
    closing = min(
        (
            c
            for q in _QUOTES_CLOSING
            if (c := text.find(q, max(fig.start, opening + 1), min(fig.sentence_end, fig.end + 60))) >= 0
        ),
        default=-1,
    )
    if closing < 0:
        return False
    words = text[opening + 1 : closing].split()
    if len(words) < 2 or (words[0][:1].isdigit() and not words[1][:1].isupper()):
        return False
    return (words[0][:1].isupper() or words[0][:1].isdigit()) and all(
        w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words[1:]
    )


_QUOTES = ("'", '"', "‘", "“")
_QUOTES_CLOSING = ("'", '"', "’", "”")
# Words a title in capitals keeps in lower case: "'7 Ways to Die in Paris'".
_TITLE_SMALL_WORDS = frozenset({"to", "of", "in", "the", "a", "an", "and", "at", "on", "for", "by", "or"})


def rejection(text: str, fig: Figure, senses: dict[int, frozenset[str]] | None = None) -> str | None:
    """Why ``fig`` is not a figure of this document after all, or None. ``senses``: a memo of
    ``_senses`` by sentence start, shared by the figures of one document."""
    if _title(text, fig):
        return "title"
    if (
        fig.category == "missing"
        and _ABSENT_FROM.match(text, fig.trigger_end, fig.sentence_end)
        and not _HARM_CAUSE.search(text, fig.sentence_start, fig.sentence_end)
    ):
        return "absent"  # "Five of the committee's 17 members were missing from today's session"
    if fig.rule == "number_noun" and _VERB_AFTER_AND.search(text, fig.number_end, fig.trigger_start):
        return "next_clause"  # "threatened over 3,000 structures and caused widespread evacuations"
    if _harmless_agent(text, fig):
        return "not_harmed"  # "About 1,400 suppliers were affected by the late payments"
    if _things_after_adjective(text, fig) or _things_as_subject(text, fig):
        return "things"  # "Researchers counted 3,200 dead cells per sample"
    if fig.rule in ("number_verb", "second_predicate") and _object_before_and(text, fig):
        return "object_of_another_verb"  # "She outlived 2 husbands and died in her sleep"
    if why := _everyday_sense(text, fig, {} if senses is None else senses):
        return why
    if (
        fig.category == "killed"
        and fig.rule == "number_noun"
        and text.find("birth", fig.sentence_start, fig.sentence_end) >= 0
        and _BIRTHS.search(text, fig.sentence_start, fig.sentence_end)
    ):
        return "vital_statistics"  # "Census data shows 4,500 deaths and 6,200 births": a population's deaths
    if fig.category == "evacuated" and _DRILL.search(text, fig.sentence_start, fig.sentence_end):
        # "The school evacuated 600 pupils during a fire drill": an exercise, no event (its injuries
        # are real: "A fire broke out during a drill, injuring 12 soldiers")
        return "drill"
    if fig.modality is None and _FORECAST_OBJECT_BEFORE.search(
        text, max(fig.sentence_start, fig.start - 30), fig.start
    ):
        return "forecast"  # "the model predicted 300 deaths", "warned of thousands of casualties"
    if (
        fig.category in ("affected", *lexicon.HOUSE_CATEGORIES)
        and fig.unit != "people"
        and (
            _WITHOUT_POWER.search(text, fig.start, min(fig.sentence_end, fig.end + 30))
            or _OUTAGE_BEFORE.search(text, max(fig.sentence_start, fig.start - 60), fig.start)
        )
    ):
        return "power_outage"  # "a power outage affected 360 households", "9,000 homes lost power" (not people)
    if (
        fig.category == "injured"
        and not _counted_words(text, fig).isdisjoint(lexicon.SPORT_ROLES)
        and _GAME_WORDS.search(text, fig.sentence_start, fig.sentence_end)
        and not _EVENT_WORDS.search(text, fig.sentence_start, fig.sentence_end)
    ):
        return "sport_injury"  # "Rovers have 4 players injured ahead of the cup tie": a team's, no event's
    if (
        fig.category == "missing"
        and fig.trigger.lower().startswith("search")
        and _counted_words(text, fig).isdisjoint(lexicon.SEARCHED_FOR)
    ):
        return "not_searched_people"  # "police are searching for 3 suspects": a search that is no rescue
    if fig.category == "affected" and not _counted_words(text, fig).isdisjoint(lexicon.NOT_AFFECTED):
        return "not_harmed"  # "Road closures affected 40,000 commuters": a trip disrupted, no one harmed
    if (
        fig.category == "injured"
        and fig.trigger.lower().startswith("hurt")
        and not _counted_words(text, fig).isdisjoint(lexicon.HURT_IN_POCKET)
        and not _EVENT_WORDS.search(text, fig.sentence_start, fig.sentence_end)
    ):
        return "not_harmed"  # "a fraud that hurt 300 investors": hurt in their pockets
    if (
        fig.category == "displaced"  # (staff evacuated from a plant are evacuated all the same)
        and not _counted_words(text, fig).isdisjoint(lexicon.NOT_DISPLACED)
        and not _HARM_CAUSE.search(text, fig.sentence_start, fig.sentence_end)
    ):
        return "not_harmed"  # "The bank relocated 600 staff": moved by an employer, not from their homes
    if (
        fig.category == "displaced"
        and lexicon.expulsion(fig.trigger)
        and not _counted_words(text, fig).isdisjoint(lexicon.EXPELLED_NOT_DISPLACED)
    ):
        return "not_harmed"  # "The school expelled 3 students", "deported 300 migrants": no one's home lost
    if (
        fig.category == "displaced"
        and not _counted_words(text, fig).isdisjoint(_RETURNING)
        and not any(w in fig.trigger.lower() for w in _DISPLACING_STEMS)
    ):
        return "returns"  # "3,200 returnees arrived in their villages": a return, not a displacement
    if fig.category == "missing" and not _counted_words(text, fig).isdisjoint(_WANTED):
        return "wanted"  # "3 suspects were still being searched for": sought by the police, not lost
    if (
        fig.category == "missing"
        and "miss" in fig.trigger.lower()  # (not a search's object: "searching for 9 crew members missing after")
        and _misses_an_object(text, fig.trigger_end, fig.sentence_end)
    ):
        return "verb_miss"  # "opened fire on six diners, missing all of them": the shots missed
    before = text[max(fig.sentence_start, fig.number_start - 60) : fig.number_start]
    if (
        "out of" in before.lower()
        and _OUT_OF_BEFORE.search(before)
        and not (
            fig.number_end <= fig.trigger_start <= fig.number_end + 1  # "out of the seven slain police, four were"
        )
    ) or (
        " of " in before
        and _SHARE_OF_BEFORE.search(before)
        # the share's verb ("half of the 400 houses were destroyed"), not the count's own words ("most of the
        # 2,000 displaced are children", "half of the 111,000 people displaced ... returned")
        and not (
            fig.number_end <= fig.trigger_start
            and _OWN_WORDS.fullmatch(text, fig.number_end, fig.trigger_start)
            and not _AUXILIARY.match(fig.trigger)  # "have fled" is one trigger phrase
        )
    ):
        return "denominator"
    if (
        fig.category in lexicon.HOUSE_CATEGORIES
        and fig.unit in ("families", "households")
        and not any(w in fig.trigger.lower() for w in ("their", "house", "home"))
    ):
        return "people_not_houses"  # "one family was swept away"; not "households had their houses destroyed"
    if fig.rule == "coordinated_total" and (why := _bad_total(text, fig)):
        return why
    # (_PARTITIVE_OF opens with a blank: a number of a list has a comma after it)
    m = (
        _PARTITIVE_OF.match(text, fig.number_end, fig.sentence_end)
        if text[fig.number_end : fig.number_end + 1].isspace()
        else None
    )
    if (
        m
        and _NUMERAL_END.search(text, fig.number_start, fig.number_end) is not None  # not "a member of the staff"
        and not fig.rule.startswith("implicit")
        and _things_counted(fig.category, m["words"], any_case=True)
    ):
        return "partitive_of_things"  # "affected 29 of the country's 47 counties", "one of the homes died"
    first = _noun_after(text, fig.number_end, lower=False)
    if (
        not fig.rule.startswith("implicit")
        # (a trigger phrase of several words right after the number is no noun: "1,240 receiving hospital
        # treatment"; a one-word trigger there may be an adjective of things: "45 homeless cats")
        and (
            " " not in fig.trigger
            or text[fig.number_end : fig.trigger_start].strip()
            or fig.trigger_start < fig.number_end
        )
        and _things_counted(fig.category, first)
    ):
        return "things"  # "evacuation of six hotels", "85 sections in the county affected"
    if _things_by_plural_head(text, fig):
        return "things"  # "The appeal court killed 2 provisions", "12 scenes were killed in the edit"
    if (
        fig.category in _COUNTED
        and fig.number_end <= fig.trigger_start
        and " of " in text[fig.number_end : fig.trigger_start]
        and _PART_OF_WHOM.search(text, fig.number_end, fig.trigger_start)
    ):
        return "verb_of_a_part"
    if fig.rule == "coordinated_total" and any(
        _SUBSET_CONJUNCT.match(text, m.end()) for m in _NUMBER_IN.finditer(text, fig.start, fig.end)
    ):
        return "subset_added"
    if (
        fig.extractor == "quantity"
        and first
        and fig.trigger_end <= fig.number_start
        and "," in text[fig.trigger_end : fig.number_start]
        and _CLAUSE_VERB_AFTER.match(text, fig.number_end + len(first))
    ):
        return "next_clause"
    if fig.category == "affected":
        adjective = fig.trigger.lower() == "affected" and _AFFECTED_ADJECTIVE.match(
            text, fig.trigger_end, fig.sentence_end
        )
        if adjective and not fig.number_end <= fig.trigger_start <= fig.number_end + 1:
            return "affected_as_adjective"
        if any(set(n.split()) & lexicon.HELPERS for n in _counted_nouns(text, fig)):
            return "helpers"
    if fig.rule.startswith("implicit") and any(w in lexicon.ANIMALS for w in _WORD_RE.findall(fig.text.lower())):
        return "animal"  # "a mountain lion ... was killed by the wildfire"
    if fig.category == "homeless" and _HOMELESS_PERSON_AFTER.match(text, fig.trigger_end, fig.sentence_end):
        return "homeless_as_a_description"
    if _agent(text, fig):
        return "agent"
    return None


def refine(text: str, found: list[Figure]) -> list[Figure]:
    """The figures that stay, with context columns corrected (issue 16).

    Drops a figure ``rejection`` explains away, and a part whose total was
    dropped stops pointing to it (or points to the count that stands for it);
    a count of buildings that are not homes keeps its category with ``unit =
    buildings``; marks an unconfirmed report ("are feared to
    have been killed", "presumed dead") with ``modality = feared``; "one minor
    injury" names no children; a part whose span began where its total's does
    starts at its own number.
    """
    senses: dict[int, frozenset[str]] = {}
    reasons: list[str | None] = [rejection(text, f, senses) for f in found]
    # "23 people, including three soldiers and 20 assailants, were wounded": the
    # coordinated total of a list inside a stated count repeats it (or disagrees with it)
    parents = {f.part_of for f in found if f.part_of is not None}
    # a sum of a list's counts: the grammar's coordinated totals, and its list totals with parts
    totals = {
        id(f): f.part_of is None
        and (f.rule == "coordinated_total" or (f.rule.startswith("list_") and f.start in parents))
        for f in found
    }
    stated: dict[tuple[str, int], Figure] = {}
    for f, why in zip(found, reasons, strict=True):
        if why is None and not totals[id(f)] and f.part_of is None:
            stated.setdefault((f.category, f.trigger_start), f)
    inside: dict[int, int] = {}  # id of a coordinated total inside a stated count -> the count's start
    for i, f in enumerate(found):
        head = stated.get((f.category, f.trigger_start))
        if not totals[id(f)] or head is None or head.start >= f.start:
            continue
        if head.value == f.value:
            reasons[i] = "duplicate"
        elif reasons[i] in (None, "total_including"):
            reasons[i] = None
            inside[id(f)] = head.start  # "fifteen individuals including two guards, ... were killed": a part
    # "killed 1,120 people in Velia and 86 in Ostrava, bringing the total to 1,206": the sum is told already
    told: dict[tuple[int, str, int | None], int] = {}
    for f, why in zip(found, reasons, strict=True):
        if why is None and not totals[id(f)] and f.part_of is None and f.value is not None:
            told.setdefault((f.sentence_start, f.category, f.value), f.start)
    told_at: dict[int, int] = {}  # id of a total told in its sentence -> where the told count starts
    for i, f in enumerate(found):
        at = told.get((f.sentence_start, f.category, f.value))
        if reasons[i] is None and totals[id(f)] and id(f) not in inside and at is not None:
            reasons[i] = "total_told"
            told_at[id(f)] = at
    # "300 families and 40 traders were displaced": a sum of counts in different units is no count
    units: dict[tuple[int, str], set[str]] = {}
    for f in found:
        if f.part_of is not None:
            units.setdefault((f.part_of, f.category), set()).add(f.unit)
    for i, f in enumerate(found):
        if (
            reasons[i] is None
            and totals[id(f)]
            and id(f) not in inside
            and len(units.get((f.start, f.category), ())) > 1
        ):
            reasons[i] = "total_of_units"
    kept = [f for f, why in zip(found, reasons, strict=True) if why is None]
    rated: dict[int, bool] = {}  # sentence start -> whether a rate's word is in it (asked once a sentence)
    events: dict[int, _EventWords] = {}  # sentence start -> where other_event's words stand (read once a sentence)
    fixes = {id(f): _column_fixes(text, f, rated, events) for f in kept}
    unchanged = not inside and not any(fixes.values()) and not any(f.part_of == f.start for f in kept)
    if unchanged and len(kept) == len(found):
        return found
    parent, dropped = _reparent(text, found, reasons, kept, {k: f.start for k, f in stated.items()}, totals, told_at)
    parent.update(inside)
    part_of = {id(f): parent.get(id(f), f.part_of) for f in kept}
    starts = {f.start for f in kept if id(f) not in dropped}
    out = []
    for f in kept:
        if id(f) in dropped:
            continue
        changes: dict[str, object] = {}
        if part_of[id(f)] is not None and part_of[id(f)] not in starts:
            changes["part_of"] = None
        elif part_of[id(f)] != f.part_of:
            changes["part_of"] = part_of[id(f)]
        if part_of[id(f)] is not None and part_of[id(f)] == f.start and f.number_start > f.start:
            changes.update(start=f.number_start, text=text[f.number_start : f.end])
        changes.update(fixes[id(f)])
        out.append(replaced(f, **changes) if changes else f)
    # a part that now starts at its number may stand after rows it came before
    return sorted(out, key=lambda f: (f.start, f.number_start, CATEGORY_RANK[f.category]))


def _reparent(
    text: str,
    found: list[Figure],
    reasons: list[str | None],
    kept: list[Figure],
    stated: dict[tuple[str, int], int],
    totals: dict[int, bool],
    told_at: dict[int, int],
) -> tuple[dict[int, int | None], set[int]]:
    """The parts of a dropped coordinated total: (new part_of by id, ids dropped with it).

    Its first remaining part becomes the figure and the others its parts
    ("injured four personnel, two seriously"); a total that repeats a stated one, or whose sum its
    sentence tells as a count of its own ("total_told"), hands its parts to that one; a part after a semicolon, or a first part that
    was another count's subset ("including the two assailants"), goes with it.
    """
    parent: dict[int, int | None] = {}
    dropped: set[int] = set()
    for f, why in zip(found, reasons, strict=True):
        if why is None or not totals[id(f)]:
            continue
        children = sorted(
            (c for c in kept if c.part_of == f.start and c.category == f.category), key=lambda c: c.number_start
        )
        if why == "duplicate":
            parent.update((id(c), stated[(f.category, f.trigger_start)]) for c in children)
            continue
        if why == "total_told":
            parent.update((id(c), told_at[id(f)]) for c in children)  # the sentence's own count of them all
            continue
        if why in ("total_of_units", "total_of_reports"):
            parent.update((id(c), None) for c in children)  # each count stands alone: another unit, report
            continue
        if why == "total_including" and children:
            dropped.add(id(children.pop(0)))
        elif why == "total_semicolon":
            semicolon = text.find(";", f.start, f.end)
            dropped.update(id(c) for c in children if c.number_start > semicolon)
            children = [c for c in children if c.number_start < semicolon]
        if children:
            parent[id(children[0])] = None
            parent.update((id(c), children[0].start) for c in children[1:])
    return parent, dropped


# A rate, not an event: "a child is killed every hour", "Every day, two children are killed", "on average,
# a miner dies every week", "killing about 20 people a day" (never "a day earlier", "every one of them").
_RATE = regex.compile(
    r"""\b(?: (?:every|each|per) \s+ (?:single\s+)? (?:\d+\s+|few\s+|two\s+|three\s+)?
              (?:minute|hour|day|week|month|year|night|weekend)s? \b
            | on \s+ average \b
            | an? \s+ (?:day|week|month) \b (?!\s+(?:after|earlier|later|before|ago|of|when)\b)
            # "78,000 deaths a year" (not "in a year", "a year after")
            | (?<!\b(?:in|for|within|than|over|about|nearly|almost|past|last|next)\s+) an? \s+ year \b
              (?!\s+(?:after|earlier|later|before|ago|of|when|since|on)\b)
            # a rate of a population: "14 deaths per 100,000 people", "affects 1 in 4 adults"
            | per \s+ (?:\d[\d,.]*|one\s+(?:hundred|thousand|million)|(?:a\s+)?(?:hundred|thousand|million)) \b
            | (?<=(?:\b1|\b[Oo]ne)\s+) (?:in|out\s+of) \s+ (?:every\s+)? \d{1,3} (?![\d,.]) \s+ (?:[a-z]+\s+)?
              (?:[a-z]+s|children|people|men|women)\b )""",
    regex.VERBOSE | regex.IGNORECASE,
)


def _has_rate_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds words every _RATE match holds ("every", "each", "per ", "average",
    "a day", "1 in 4"): one test of a sentence rules out most figures. Plain finds on the lower-cased
    sentence first, a small regex only where its words stand (most sentences hold none).

    >>> _has_rate_words("Two die every day.", 0, 18), _has_rate_words("Two died in 2020.", 0, 17)
    (True, False)
    """
    low = text[start:end].lower()
    if "every" in low or "each" in low or "average" in low or ("per" in low and _PER.search(low)):
        return True
    if ("day" in low or "week" in low or "month" in low or "year" in low) and _A_PERIOD.search(low):
        return True
    return (" in" in low or " out" in low) and _ONE_IN_N.search(low) is not None


# The branches of _RATE that need more than a word (must agree with it): "per ", "a day" (its article:
# " a day", " an hour"), "1 in 4".
_PER = re.compile(r"per\s")
_A_PERIOD = re.compile(r"\ban?\s+(?:day|week|month|year)")
_ONE_IN_N = re.compile(r"(?:\d|one)\s+(?:in|out\s+of)\s+\d")


def _rate(text: str, f: Figure, rated: dict[int, bool]) -> bool:
    """Whether words around the figure say it is a rate ("two children are killed every day").
    ``rated``: sentence start -> whether its sentence holds any rate word, filled as asked."""
    if f.sentence_start not in rated:
        rated[f.sentence_start] = _has_rate_words(text, f.sentence_start, f.sentence_end)
    if not rated[f.sentence_start]:
        return False
    return _RATE.search(text, max(f.sentence_start, f.start - 40), min(f.sentence_end, f.end + 30)) is not None


def _column_fixes(
    text: str, f: Figure, rated: dict[int, bool], events: dict[int, _EventWords] | None = None
) -> dict[str, object]:
    """The context columns the words around ``f`` correct (empty for most figures)."""
    changes: dict[str, object] = {}
    if f.modality is None and other_event(text, f, events):
        # "the worst flood since 1988, when the river killed 2,000": a figure of the text (SPEC: one row per
        # figure), but of another event: no profile adds it to this one's totals
        changes["modality"] = "other_event"
    elif _unconfirmed(text, f):
        changes["modality"] = "feared"
    elif f.modality is None and _rate(text, f, rated):
        changes["modality"] = "rate"  # kept (nothing the text says is dropped), but no event's count
    if f.group == "children" and _MINOR_INJURY.search(text, f.start, min(f.sentence_end, f.end + 20)):
        changes["group"] = None
    elif f.group is None and f.rule.startswith("implicit") and (group := _person_group(text, f)):
        changes["group"] = group  # "A child was killed": the person's noun, as a count's head noun
    if f.category == "houses_destroyed" and _PART_OF_HOUSE_BEFORE.search(
        text, max(f.sentence_start, f.number_start - 30), f.number_start
    ):
        changes["category"] = "houses_damaged"  # "destroying roofs of two buildings": the buildings stand
    if _fatal_injury(text, f):
        changes["category"] = "killed"  # "fatally injuring a woman"
    if (
        f.qualifier == "at_most"
        and text[f.number_start : f.number_end].lower().startswith("up to")
        and _RAISED_UP_TO.search(text, max(f.sentence_start, f.number_start - 60), f.number_start)
    ):
        changes.update(qualifier="exact", low=f.value, high=f.value)  # "bringing the death toll up to 13"
    after = text[f.number_end : f.number_end + 1]  # (_ESTIMATED_AFTER opens with a blank or a bracket)
    if (
        f.qualifier == "exact"
        and (after.isspace() or after == "(")
        and _ESTIMATED_AFTER.match(text, f.number_end, f.sentence_end)
    ):
        changes.update(qualifier="approximately", low=None, high=None)  # "Deaths: 1,400 deaths (estimated)"
    before = max(f.sentence_start, f.number_start - 30)
    if (
        f.qualifier == "exact"
        and text.find("stimated", before, f.number_start) >= 0  # (a cheap test first: most have no such word)
        and _ESTIMATED_BEFORE.search(text, before, f.number_start)
    ):
        changes.update(qualifier="approximately", low=None, high=None)  # "Losses were estimated at 12,000"
    if (
        f.category == "affected"
        and f.trigger.lower().startswith("affect")
        and _ORDERS_BEFORE.search(text, max(f.sentence_start, f.trigger_start - 40), f.trigger_start)
    ):
        # "evacuation orders affecting 25,000 residents": an order's reach (as evacuation_order_reach reads
        # "orders cover 25,000"), not people harmed
        changes.update(category="evacuated", modality="ordered")
    if f.category == "casualties" and (m := _KILLED_OR_INJURED_AFTER.match(text, f.number_end, f.sentence_end)):
        changes["category"] = str(m.lastgroup)  # "casualties were listed as 40 killed and 95 injured"
    if f.category in lexicon.HOUSE_CATEGORIES and f.unit != "buildings" and _non_dwelling(text, f):
        changes["unit"] = "buildings"  # "four chicken houses were demolished", "two homes, seven outbuildings"
    return changes


_ORDERS_BEFORE = regex.compile(
    r"\b(?:evacuation|evacuate)\s+(?:orders?|warnings?|notices?)(?:\s+and\s+(?:warnings?|advisories))?[\s,]*\Z",
    regex.IGNORECASE,
)
_PERSON_WORDS = regex.compile(r"[^\W\d][\w'’-]*")
_AND = regex.compile(r"\s+and\s+", regex.IGNORECASE)
_AFTER_HEAD = frozenset({"of", "from", "in", "at", "with", "who"})


def _person_group(text: str, f: Figure) -> str | None:
    """The group of the persons an implicit row counts, each by its last word before "of", "from" ...
    ("A Syrian boy": children; "The wife of a soldier": none); a pair has one only when both have
    it ("A soldier and a local chief": none)."""
    groups = set()
    for person in _AND.split(text[f.number_start : f.number_end]):
        words = [w.lower() for w in _PERSON_WORDS.findall(person)]
        cut = next((i for i, w in enumerate(words) if w in _AFTER_HEAD), len(words))
        head = words[cut - 1] if cut else None
        if head == "officer":  # one officer is police only when called so ("an army officer", "the press officer")
            head = "policeman" if "police" in words[:cut] else "soldier" if {"army", "military"} & set(words) else None
        groups.add(group_of(head))
    return groups.pop() if len(groups) == 1 else None


def _unconfirmed(text: str, f: Figure) -> bool:
    """An unmarked report that says it is not confirmed: "are feared to have been killed", "presumed dead"."""
    if f.modality is not None:
        return False
    if f.trigger.lower().startswith(("presumed", "feared", "believed", "thought")):
        return True
    window = text[max(f.start, f.trigger_start - 40) : f.trigger_start]
    if any(w in window for w in _UNCONFIRMED_WORDS) and _UNCONFIRMED_BEFORE.search(window) is not None:
        return True
    return "fear" in text[max(f.sentence_start, f.start - 20) : f.start] and bool(
        _FEARED_OBJECT_BEFORE.search(text, max(f.sentence_start, f.start - 20), f.start)
    )  # "officials feared 300 casualties"


def _non_dwelling(text: str, f: Figure) -> bool:
    return any(_names_non_dwelling(n) for n in _counted_nouns(text, f))


def _fatal_injury(text: str, f: Figure) -> bool:
    """ "fatally injuring a woman", "taken to the hospital, where they died": an injury that killed."""
    if f.category != "injured":
        return False
    window = max(f.sentence_start, f.trigger_start - 12)
    return (
        _FATALLY_BEFORE.search(text, window, f.trigger_start) is not None
        or _DIED_AFTER.match(text, f.end, f.sentence_end) is not None
    )
