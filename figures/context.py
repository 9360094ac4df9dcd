"""What the words around a figure say about it: running total or new count,
the group counted, the source it is attributed to, and stated zeros.

>>> source_of("the fighting has killed 254 people, according to the World Health Organization (WHO).")
'World Health Organization (WHO)'
>>> source_of("The U.N. said 12 died.")
'The U.N.'
>>> cumulative_of("the death toll rose to 40", "toll_number", "", "")
True
>>> cumulative_of("injured another 1,228", "verb_number", " another ", "")
False
>>> group_of("children")
'children'
"""

from __future__ import annotations

import regex

# Head noun -> the group column ("including 30 children" -> children).
GROUPS: dict[str, str] = {
    **dict.fromkeys(["children", "child", "kids", "kid", "boys", "boy", "girls", "girl", "minors", "minor", "infants", "infant", "babies", "baby", "toddlers", "teenagers", "teens", "pupils", "schoolchildren"], "children"),
    **dict.fromkeys(["women", "woman", "mothers"], "women"),
    **dict.fromkeys(["civilians", "civilian", "residents", "villagers", "passengers", "worshippers"], "civilians"),
    **dict.fromkeys(["soldiers", "soldier", "troops", "servicemen", "army", "personnel"], "soldiers"),
    **dict.fromkeys(["police", "policemen", "policeman", "officers", "officer", "gendarmes"], "police"),
    **dict.fromkeys(["militants", "militant", "fighters", "insurgents", "rebels", "jihadists", "gunmen", "attackers", "terrorists", "combatants"], "militants"),
    **dict.fromkeys(["journalists", "journalist", "reporters"], "journalists"),
    **dict.fromkeys(["students", "student"], "students"),
}  # fmt: skip

# "according to the World Health Organization (WHO)", "the UN said", "officials said".
_ACCORDING = regex.compile(
    r"""
    \b[Aa]ccording\s+to\s+(?:the\s+|a\s+|an\s+)?
    (?P<src> [\p{Lu}][\w.'’&-]*                                       # first capitalised word
        (?: \s+ (?:of|for|and|on|de|du|the|[\p{Lu}][\w.'’&-]*) )*       # "World Health Organization"
        (?: \s+ \([\p{Lu}][\w.&-]*\) )?                                 # "(WHO)"
      | (?:local\s+|state\s+|security\s+|medical\s+|hospital\s+|health\s+|government\s+)?
        (?:officials|police|authorities|witnesses|residents|medics|doctors|sources|activists|reports|media)
    )
    (?=[\s,.;:)]|$)
    """,
    regex.VERBOSE,
)
_SAID = regex.compile(
    r"""
    (?P<src> (?:the\s+|The\s+)? [\p{Lu}][\w.'’&-]* (?: \s+ (?:of|for|and|[\p{Lu}][\w.'’&-]*) ){0,5}? (?:\s+\([\p{Lu}][\w.&-]*\))?
      | (?:local\s+|state\s+|security\s+|medical\s+|hospital\s+|health\s+|government\s+|military\s+|police\s+)?
        (?:officials|police|authorities|witnesses|residents|medics|doctors|sources|activists|spokesman|spokeswoman)
    )
    \s+ (?:said|says|reported|reports|told|confirmed|announced|stated|added|estimated|estimates)\b
    """,
    regex.VERBOSE,
)
_PRONOUN_SAID = regex.compile(r"\b(?:it|they|he|she)\s+(?:said|added|says|reported|stated)\b", regex.I)
_NOT_SOURCES = frozenset({"It", "They", "He", "She", "We", "This", "That", "There", "But", "And", "The"})

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


def source_of(sentence: str) -> str | None:
    """The body a sentence attributes its figures to, as written, or None."""
    m = _ACCORDING.search(sentence)
    if m:
        return _trim(m["src"])
    for m in _SAID.finditer(sentence):
        src = _trim(m["src"])
        if (src and src.split()[0] not in _NOT_SOURCES) or (src and len(src.split()) > 1):
            return src
    return None


def _trim(src: str) -> str:
    words = src.split()
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
