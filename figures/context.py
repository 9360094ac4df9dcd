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

import regex

# Head noun -> the group column ("including 30 children" -> children).
GROUPS: dict[str, str] = {
    **dict.fromkeys(["children", "child", "kids", "kid", "boys", "boy", "girls", "girl", "minors", "minor", "infants", "infant", "babies", "baby", "toddlers", "teenagers", "teens", "pupils", "schoolchildren"], "children"),
    **dict.fromkeys(["women", "woman", "mothers"], "women"),
    **dict.fromkeys(["civilians", "civilian", "residents", "villagers", "passengers", "worshippers"], "civilians"),
    **dict.fromkeys(["soldiers", "soldier", "troops", "servicemen", "army", "personnel"], "soldiers"),
    **dict.fromkeys(["police", "policemen", "policeman", "officers", "officer", "gendarmes"], "police"),
    **dict.fromkeys(["militants", "militant", "fighters", "insurgents", "rebels", "jihadists", "terrorists", "combatants"], "militants"),
    # the attackers of the event itself (GTD counts their dead, WAD does not): docs/summary.md, "Roles"
    **dict.fromkeys(["attackers", "attacker", "assailants", "assailant", "gunmen", "gunman", "bombers", "bomber", "perpetrators", "perpetrator", "hijackers", "hijacker", "kidnappers", "abductors", "raiders"], "perpetrators"),
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
    [\p{Lu}][\w.'’&-]* (?: \s+ (?:of|for|and|on|de|du|the|[\p{Lu}][\w.'’&-]*) ){0,6} (?: \s+ \([\p{Lu}][\w.&-]*\) )?
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
     "As", "After", "Since", "When", "While", "Last", "Earlier", "Later", "Meanwhile", "However", "Also"}
)  # fmt: skip

# Words before the number that mark a new count, or a running total.
_NEW = regex.compile(r"\b(?:another|further|additional|more|new|newly|fresh)\b", regex.I)
_NEW_AFTER = regex.compile(r"^\s+(?:more|others\s+more|additional|new)\b", regex.I)
_TOTAL = regex.compile(r"\b(?:total|overall|cumulative|combined|in\s+all|altogether|so\s+far|to\s+date)\b", regex.I)
_BRINGING = regex.compile(
    r"\b(?:bringing|brings|brought|bring|raising|raises|raised|pushing|taking)\b[^.;]{0,40}$", regex.I
)

# Stated zeros: "no one was killed", "there were no casualties".
NEGATED_SUBJECT = regex.compile(
    r"""
    (?<![\w-]) (?P<neg> no\s+one | no-one | nobody
                | none (?:\s+of\s+(?:the\s+|them|those)[\w'’,-]*(?:\s+[\w'’,-]+){0,2})?   # "none of the 40 passengers"
                | no\s+(?:people|person|civilians|lives|residents|passengers|deaths|fatalities|injuries
                         |casualties|houses|homes|buildings) )
    \s+ (?: (?:was|were|has|have|had|been|is|are|got|reportedly|immediately|yet|so\s+far) \s+ ){0,3}
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
NEGATED_NOUN = regex.compile(
    r"(?<![\w-])(?P<neg>no)\s+(?:(?:immediate|reported|other|further|known|major|serious|human)\s+)?"
    r"(?:[\w-]+\s+(?:or|and|nor)\s+)?$",  # "no injuries or (fatalities)"
    regex.IGNORECASE,
)


# "Fatalities: None", "Deaths: none reported" (infoboxes).
NEGATED_VALUE = regex.compile(r"\s*:\s*(?P<neg>none|nil|zero|no\s+one)\b", regex.IGNORECASE)


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
    return " ".join(words).rstrip(",;:")


def attributed_by_pronoun(sentence: str) -> bool:
    """ "..., it added": the source is the one named in the sentence before."""
    return _PRONOUN_SAID.search(sentence) is not None


def cumulative_of(figure_text: str, rule: str, gap_before: str, after: str) -> bool:
    """True for a running total ("the toll rose to 40", "a total of"), else False.

    A new count ("another 12", "12 more") and a plain count are both False: a
    summary adds them to the running total they follow.
    """
    if _NEW.search(gap_before) or _NEW_AFTER.match(after):
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
