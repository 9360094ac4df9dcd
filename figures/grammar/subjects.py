"""implicit_singular's readings of a subject read from where a subject may start: one named or long-winded
person (named_subject: "Stalin Sanchez Gonzalez, the mayor of Paracho, was murdered") or two single persons
joined by "and" (subject_pair: "The mayor and a council member ... were gunned down"), at the sentence's start,
after "said (that)" or at a titled name after a comma, ending with the auxiliary right before the trigger.

Regexes over the text still (docs/patterns.md, Plan item 3: their tail becomes the skippable chunks between
the noun phrase and the auxiliary); ``figures.grammar.read_victim`` asks them, in implicit_singular's order.
"""

from __future__ import annotations

from figures import lazyregex as regex  # compiled on first use: see figures/lazyregex.py
from figures import lexicon
from figures.grammar.gaps import AUX, NP_WORD
from figures.lexicon import PEOPLE_PLURAL
from figures.sentences import ABBREVIATIONS

# A plural people noun, for "one of the founding members".
_PEOPLE_HEAD = r"(?:" + "|".join(sorted(PEOPLE_PLURAL, key=lambda w: (-len(w), w))) + r")(?![\w'’-])"
# A person noun as a regex alternation: the head of a singular subject or object.
# Must agree with patterns._is_person (the lexicon's PERSON and the -ist/-man/-ian nouns).
PERSON_HEAD = (
    r"(?:"
    + "|".join(sorted(lexicon.PERSON, key=lambda w: (-len(w), w)))
    + r"|[^\W\d]{2,}(?:ist|man|woman|ian))(?![\w'’-])"
)
# Where a subject may start: the sentence's start, or after "officials said (that)", or
# at a titled name after a comma ("A bursar of the diocese, Mr. Gabriel Abiodun, was shot").
# Matched only there (never searched for), so its cost is a few anchored tries per trigger.
_SUBJECT_OPENERS = regex.compile(r"\b(?:that|said|says)\s+|,\s+(?=(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu})")
# The subject of a singular passive, with what follows its head: "An employee of
# the International Committee of the Red Cross (ICRC) has been killed", "Stalin
# Sanchez Gonzalez, the mayor of Paracho, was murdered". The singular auxiliary
# is what makes it one person; a plural subject takes "were"/"have been".
SINGULAR_SUBJECT = regex.compile(
    rf"""
    (?: (?:On|In|Last|Early|Earlier|Late|Later|Meanwhile)\b [^,;]{{0,40}} , \s+ )?  # "On February 13, "
    (?P<np>
        (?: (?i:one) \s+ of \s+ (?i:the|his|her|its|their) \s+ (?: [\w'’-]+ \s+ ){{0,4}}? (?i:{_PEOPLE_HEAD})  # "One of the founding members"
          | (?i:another|one\s+other|a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))   # "another was wounded"
          | (?: (?i:an?|one|the|his|her)                                        # "A local politician"
              | (?: \p{{Lu}}[\w.-]* \s+ ){{0,4}} \p{{Lu}}[\w.-]*['’]s )                # "South African Broadcasting Corporation's"
            \s+ (?: [\w'’-]+ \s+ ){{0,4}}? (?i:{PERSON_HEAD})                      # ... "head"
            (?: \s+ \p{{Lu}}[\w'’-]+ (?: \s+ \p{{Lu}}[\w'’.-]+ ){{0,3}} )?          # ... "Oliver Ivanovic"
          | (?: [\p{{Lu}}\w'’-]+ \s+ ){{0,4}}? (?i:{PERSON_HEAD})                   # "Leading Kosovo Serb politician"
            \s+ \p{{Lu}}[\w'’-]+ (?: \s+ \p{{Lu}}[\w'’.-]+ ){{0,3}}                    # ... with the name
          | \p{{Lu}}[\w'’-]* \s+ (?: [\w'’-]+ \s+ ){{0,2}}? (?i:{PERSON_HEAD})        # headline style: "Muslim cleric"
            (?= \s+ (?:working|from|of|in|for|with|who|at) \b )             # ... then what he is of
          | (?: (?:Mr|Mrs|Ms|Dr|Sheikh|Pa|Chief)\.? \s+ )?
            \p{{Lu}}[\w'’-]+ (?: \s+ (?:al-|bin\s+|de\s+)? \p{{Lu}}[\w'’.-]+ ){{1,4}}    # "Yehry Rivera"
            (?= \s* , ) )                                                  # ... named only with an apposition
    )
    (?P<tail>                                                         # what the head is of, from, known for:
        (?: (?! (?<! \bwho\s ) \b(?:but|while|whether|if|said|says|told|reported|were|are|have|was|is)\b )
            (?: [^;:.!?] | (?<= {ABBREVIATIONS} ) \. ) )              # one clause ("who was", "who reported" may stay;
                                                                      # "Mr." is no full stop),
        {{0,160}}? )                                                  # no new subject, no plural verb
    (?<! , ) \s* ,? \s+
    (?P<aux> (?:was|has\s+been|had\s+been|is|(?P<perfect>has|had)) \s+ (?: (?:[a-z]+ly|also|later|then|reportedly|allegedly|found) \s+ ){{0,2}}
             (?: [a-z]+ed \s+ and \s+ (?:then\s+)? )? )                 # "was stabbed and then (beheaded)"
    $
    """,
    regex.VERBOSE,
)
# "The mayor and a council member of an indigenous village were gunned down": two
# single persons joined by "and" under a plural auxiliary: a figure of 2. Anchored
# like SINGULAR_SUBJECT (sentence start or after "said (that)").
SINGULAR_PAIR = regex.compile(
    rf"""
    (?: (?:On|In|Last|Early|Earlier|Late|Later|Meanwhile)\b [^,;]{{0,40}} , \s+ )?
    (?P<np>
        (?i:an?|the|his|her) \s+ (?: [\w'’-]+ \s+ ){{0,3}}? (?i:{PERSON_HEAD})          # "The mayor"
        (?: \s+ of \s+ (?: (?!(?:and|were|was|have|has)\b)[\w'’-]+ \s* ){{1,4}}? )?    # "of the development council"
        \s+ and \s+
        (?i:an?|the|his|her) \s+ (?: (?!(?:and|of)\b)[\w'’-]+ \s+ ){{0,3}}? (?i:{PERSON_HEAD})  # "a council member"
    )
    (?: \s+ (?:of|from|in|at|with|for) \s+ (?: (?! \b(?:and|were|was|have|has|said)\b ) [^;:.!?] ){{0,80}}? )?  # "of an indigenous village, Rabinal,"
    \s*,?\s+ (?:were|have\s+been|had\s+been|are) \s+ (?: (?:[a-z]+ly|also|later|reportedly|allegedly|found|both) \s+ ){{0,2}}
    $
    """,
    regex.VERBOSE,
)
# The roles of a trigger that take a subject before it ("was killed", "died").
SUBJECT_ROLES = frozenset({"past", "adj", "intrans"})
# Only these categories take a named or long-winded single victim (and two persons, and a victim joined by "and").
SINGULAR_CATEGORIES = frozenset({"killed", "injured"})


def _subject_before(
    pattern: regex.Pattern[str], aux: regex.Pattern[str], text: str, s_start: int, trigger_start: int
) -> regex.Match[str] | None:
    """``pattern`` anchored where a subject may start (the sentence's start, or right
    after "said (that)") and ending at the trigger; tried only when ``aux`` (read
    backwards) finds the pattern's auxiliary right before the trigger."""
    if not aux.match(text, max(s_start, trigger_start - 48), trigger_start):
        return None
    floor = trigger_start - _SUBJECT_REACH
    starts = [s_start] + [m.end() for m in _SUBJECT_OPENERS.finditer(text, max(s_start, floor), trigger_start)]
    for start in starts:
        if start >= floor:
            m = pattern.match(text, start, trigger_start)
            if m is not None:
                return m
    return None


def subject_pair(text: str, s_start: int, trigger_start: int) -> tuple[int, int] | None:
    """implicit_singular's reading subject_pair: two single persons joined by "and" as the subject of the
    trigger at ``trigger_start``, under a plural auxiliary ("The mayor and a council member of an indigenous
    village were gunned down": 2): the span of their noun phrase, or None.

    >>> s = "The mayor and a council member were gunned down."
    >>> s[slice(*subject_pair(s, 0, s.index("gunned")))]
    'The mayor and a council member'
    """
    m = _subject_before(SINGULAR_PAIR, _PLURAL_AUX_BEFORE, text, s_start, trigger_start)
    return None if m is None else m.span("np")


def named_subject(text: str, s_start: int, trigger_start: int, intransitive: bool) -> tuple[int, int] | None:
    """implicit_singular's reading named_subject: one person, named or long-winded, as the subject of the
    trigger at ``trigger_start`` under a singular auxiliary ("An employee of the International Committee of
    the Red Cross has been killed", "Stalin Sanchez Gonzalez, the mayor of Paracho, was murdered"; not
    "A gunman has killed ...", the subject did it, unless the verb is ``intransitive``): the span of its noun
    phrase, or None.

    >>> s = "Stalin Sanchez Gonzalez, the mayor of Paracho, was murdered on Monday."
    >>> s[slice(*named_subject(s, 0, s.index("murdered"), False))]
    'Stalin Sanchez Gonzalez'
    """
    m = _subject_before(SINGULAR_SUBJECT, _SINGULAR_AUX_BEFORE, text, s_start, trigger_start)
    if m is None or (m["perfect"] and not intransitive):
        return None  # "A gunman has killed ...": the subject did the killing
    span: tuple[int, int] = m.span("np")
    return span


# SINGULAR_PAIR's auxiliary, read backwards from the trigger (must agree with it).
_PLURAL_AUX_BEFORE = regex.compile(
    r"(?:were|been|are)\s+(?:(?:[a-z]+ly|also|later|reportedly|allegedly|found|both)\s+){0,2}", regex.REVERSE
)
# SINGULAR_SUBJECT's auxiliary, read backwards from the trigger. Must agree with
# its (?P<aux>) group.
_SINGULAR_AUX_BEFORE = regex.compile(
    r"(?:was|been|is|has|had)\s+(?:(?:[a-z]+ly|also|later|then|reportedly|allegedly|found)\s+){0,2}"
    r"(?:[a-z]+ed\s+and\s+(?:then\s+)?)?",
    regex.REVERSE,
)
# A singular subject with its fronted date, name, apposition and auxiliary fits in this.
_SUBJECT_REACH = 320


# "Ten civilians and a Ugandan militant died": the gap linker's subject gap with one person joined by "and"
# (SUBJECT_GAP's noun phrase stops before "and a"); grammar.read_one_more_rows reads the person back out of
# the same gap.
SUBJECT_AND_ONE = regex.compile(
    rf"""
    (?P<np> {NP_WORD}{{0,5}} )                                      # "civilians", "Radio Television staff"
    (?: \s* \( [^()]{{0,60}} \) {NP_WORD}{{0,2}} )?                  # "(RTA) staff"
    \s*,?\s+ (?:and|as\s+well\s+as|plus) \s+
    (?P<one> an? \s+ (?: [\w'’-]+ \s+ ){{0,3}}? (?:{PERSON_HEAD}) )  # "a Ugandan militant"
    (?: [\s,]+ (?:{AUX}|on\s+\w+day|yesterday|today|overnight) ){{0,4}}
    [\s,]*
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
