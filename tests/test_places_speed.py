"""The quick paths of figures/places.py give what the plain ones give (issue 18, the place step's speed).

Each quick path is compared with the general code it stands in for, on invented sentences: the
ASCII pattern of capitalised runs with the Unicode one, a run of plain words with the word-by-word
loop, a tail without opening punctuation with the stripped one, the gazetteer's shortcuts with the
plain functions.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

from figures import places

# Invented sentences with the shapes the quick paths must keep: runs of several capitalised words,
# connectors, possessives, dots, hyphens, brackets and quotes before a name, digits, a name at the
# very start, an underscore or a digit glued to a capital.
CASES_TEXTS: list[tuple[str, str]] = [
    ("locative", "Gunmen killed 5 people in Kano and 7 in Kaduna, Nigeria, on Monday."),
    ("chain", "Floods hit San Isidro, Tarlac, Philippines, and Port-au-Prince in Haiti."),
    ("connectors", "Residents of Dar es Salaam and Rio de Janeiro said 3 died near Bosnia and Herzegovina."),
    ("possessive", "Afghanistan's Kunduz province saw 12 killed; the U.S. Embassy said 2 Americans were hurt."),
    ("hyphens", "Shelling on the Pakistan-Iran border killed 4 near Rhineland-Palatinate and F-16 jets flew."),
    ("openers", 'Officials ("in Herat") said 9 died [in Kabul] and {near Mosul} while "Basra" burned.'),
    ("quotes", "Police said ‘in Aleppo’ 6 died, while “Homs” saw 3 more and «Idlib» 2."),
    ("start", "Kandahar: 8 soldiers were killed. Syria, Iraq and Jordan were hit."),
    ("glued", "Code_Kano and 5Kaduna and Kano5 are no runs of their own; X-Ray and McAllen are."),
    ("abbreviation", "St. Jacques and Mt. Hood lie near Ft. Worth; U.N. staff in the D.R. Congo fled."),
    ("sentence ends", "Two died in the town of Barlovento. The Red Cross said Ohio. Throughout Marsville, 3 hurt."),
    ("organisations", "The Islamic State of Iraq and the Bank of England said the Pakistan Army killed 5."),
    ("unknown towns", "In Moulton were 18 homes damaged and the village of Bouboura lost 4 in Tunga Malam Village."),
    ("nationality", "Two U.S. soldiers and three Nigerian troops died near Somalia and along the Syria border."),
    ("storms", "Hurricane Julia and Typhoon Dot killed 12 across Central America and West Guadalcanal."),
    ("apostrophes", "Côte d'Ivoire and N'Djamena reported 7 dead; O'Hare and L'Aquila 2."),
]


def _mentions(text: str, start: int = 0, end: int | None = None) -> list[tuple[object, ...]]:
    found = places.mentions_in(text, start, len(text) if end is None else end)
    return [(m.start, m.end, m.key, m.readings, m.strong, m.context, m.noun, m.locative, m.inside) for m in found]


def _spans(pattern: re.Pattern[str] | places.regex.Pattern[str], text: str, start: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, len(text))]


@pytest.mark.parametrize("name,text", CASES_TEXTS, ids=[c[0] for c in CASES_TEXTS])
def test_ascii_runs_are_the_unicode_patterns_runs(name: str, text: str) -> None:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    for start in range(len(ascii_text)):  # from every offset: a run read from inside a word too
        assert _spans(places._RUN_ASCII, ascii_text, start) == _spans(places._RUN, ascii_text, start), start


@pytest.mark.parametrize("name,text", CASES_TEXTS, ids=[c[0] for c in CASES_TEXTS])
def test_mentions_of_ascii_text_are_those_of_the_unicode_pattern(
    name: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    quick = _mentions(ascii_text), _mentions(ascii_text, 7, len(ascii_text) - 5)
    monkeypatch.setattr(places, "_RUN_ASCII", places._RUN)
    assert (_mentions(ascii_text), _mentions(ascii_text, 7, len(ascii_text) - 5)) == quick


@pytest.mark.parametrize("name,text", CASES_TEXTS, ids=[c[0] for c in CASES_TEXTS])
def test_plain_runs_are_read_as_the_word_loop_reads_them(name: str, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    quick = _mentions(text)
    # a pattern that finds a mark in every run: each run goes through the word-by-word loop
    monkeypatch.setattr(places, "_MARKS_IN", re.compile(""))
    assert _mentions(text) == quick


@pytest.mark.parametrize("name,text", CASES_TEXTS, ids=[c[0] for c in CASES_TEXTS])
def test_a_tail_without_opening_punctuation_is_the_stripped_tail(
    name: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    quick = _mentions(text)
    quick_tails = [places._tail(text, max(0, at - 60), at) for at in range(len(text))]
    # a pattern that finds an opener in every tail: each word is stripped
    monkeypatch.setattr(places, "_OPENERS", re.compile(""))
    assert _mentions(text) == quick
    assert [places._tail(text, max(0, at - 60), at) for at in range(len(text))] == quick_tails


def test_the_openers_tail_strips_the_opening_punctuation() -> None:
    text = 'said ("in Herat'
    assert places._tail(text, 0, text.index("Herat")) == ["said", "in"]


def test_a_countrys_reading_sorts_first() -> None:
    # (_classify reads a name as a country's from its first reading only)
    for key, readings in places.gazetteer().names.items():
        if any(p.level == places.COUNTRY for p in readings):
            assert readings[0].level == places.COUNTRY, key


def test_a_name_with_nothing_to_choose_keeps_its_reading_and_votes() -> None:
    text = "Gunmen killed 5 people in Afghanistan, 3 in Pakistan and 2 in the Nigerian capital."
    mentions = places.mentions_in(text, 0, len(text))
    assert mentions and all(len(m.readings) == 1 and m.readings[0].level != places.CITY for m in mentions)
    before = [(m.start, m.end, m.readings, m.chosen) for m in mentions]
    resolved, votes = places.resolve(text, mentions)
    assert [(m.start, m.end, m.readings, m.chosen) for m in resolved] == before
    assert dict(votes) == dict(places._tally(places._ballots(mentions)))
    assert votes["AFG"] == votes["PAK"] == 1.0 and votes["NGA"] == 0.5


def _plain_normalise(name: str) -> str:
    """``places.normalise`` as written before its quick path (every name translated and searched)."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name.translate(places._LETTERS)).encode("ascii", "ignore").decode("ascii")
    key = " ".join(name.translate(places._DOTS_HYPHENS).lower().split())
    if key.startswith("the "):
        key = key[4:]
    if places._SHORTENED.search(key):
        key = " ".join(places._SHORT.get(w, w) for w in key.split())
    return key


CASES_NAMES = [
    "Kandahār",
    "U.S.",
    "Rhineland-Palatinate",
    "Saint Petersburg",
    "Sainte-Foy",
    "Mount  Hood",
    "Fort Worth",
    "Fortaleza",
    "Mountain View",
    "The Gambia",
    "Côte d’Ivoire",
    "Ma‘arrat al-Nu‘man",
    "N'Djamena",
    "Sankt-Peterburg",
    "Łódź",
    " Kano ",
    "St. Louis",
    "Thebes",
    "the Hague",
    "Dar es Salaam",
    "Kunduz\u2011Khanabad",
]


@pytest.mark.parametrize("name", CASES_NAMES)
def test_normalise_quick_path_is_the_plain_normalise(name: str) -> None:
    assert places.normalise(name) == _plain_normalise(name)


CASES_SPELLINGS = ["Basra", "Acapulco", "Ho Chi Minh City", "Port-au-Prince", "BSR", "basra", "Al-Basrah", "N'Djamena",
                   "St. Louis", "A", "Ab", "Rio de Janeiro e Outras Cinco Palavras", "Kano2", "Bangladesh"]  # fmt: skip


@pytest.mark.parametrize("spelling", CASES_SPELLINGS)
def test_the_ascii_spelling_pattern_is_the_spelling_pattern(spelling: str) -> None:
    assert bool(places._SPELLING_ASCII.fullmatch(spelling)) == bool(places._SPELLING.fullmatch(spelling))


@pytest.mark.parametrize("word", ["kunduz", "kunduz's", "u.s.", "u.s", "kano-", "o'", "paris", "wales", "bass", "a"])
def test_a_word_without_a_bare_ending_is_its_own_bare_form(word: str) -> None:
    quick = word if word[-1] not in places._BARE_ENDINGS else places._bare(word)
    assert quick == places._bare(word)


def test_a_preposition_after_an_opening_bracket_or_quote_makes_a_place() -> None:
    # ('("in Herat': the tail's last word is "in" once its bracket and quote are dropped)
    texts = ['Officials ("in Herat") said 9 died.', "Officials [in Herat] said 9 died.", "Officials “in Herat” said"]
    for text in texts:
        (herat,) = places.mentions_in(text, 0, len(text))
        assert (herat.text(text), herat.strong, herat.locative) == ("Herat", True, True), text
