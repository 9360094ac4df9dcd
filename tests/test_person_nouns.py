"""The person-noun allow list (figures/data/person_nouns.txt, issue 15): its form, and that it agrees
with the code's tables (no word repeated from them, none that a deny list calls a thing)."""

from __future__ import annotations

from importlib import resources

import pytest

from figures import lexicon
from figures.grammar import words


def _lemmas() -> list[str]:
    text = resources.files("figures").joinpath("data", "person_nouns.txt").read_text(encoding="utf-8")
    return [w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#")]


def test_one_lower_case_lemma_a_line_and_no_repeats() -> None:
    lemmas = _lemmas()
    bad = [w for w in lemmas if not w.replace("-", "").isalnum() or w != w.lower() or " " in w]  # "under-18"
    assert not bad, bad
    assert len(lemmas) == len(set(lemmas)), sorted({w for w in lemmas if lemmas.count(w) > 1})
    assert len(lemmas) >= 1500  # issue 15 asks for broad coverage


def test_no_lemma_repeats_a_code_table() -> None:
    """The file adds to the person tables of the code; a plural kept in both would drift apart."""
    code = lexicon.PEOPLE_PLURAL | lexicon.PERSON | lexicon.ARMED | words.AGENTS | words.CARERS
    repeated = [w for w in _lemmas() if lexicon.plural(w) in code]
    assert not repeated, repeated


def test_no_lemma_is_a_thing_of_the_deny_lists() -> None:
    things = lexicon.NOT_VICTIMS | lexicon.HOUSING | lexicon.NOT_DWELLINGS
    both = [w for w in _lemmas() if w in things or lexicon.plural(w) in things]
    assert not both, both


CASES_PERSON_NOUNS = {
    # plural forms the rules derive, irregulars among them
    "nurses": True,
    "grandchildren": True,
    "fishermen": True,
    "spokespeople": True,
    "mothers-in-law": True,
    "humans": True,
    "thieves": True,
    "battalions": True,
    "peacekeepers": True,
    "teens": True,  # not read as already plural like "mujahideen"
    "mujahideen": True,
    "chinese": True,
    # one slip of a typist inside a long word
    "soliders": True,
    "policmen": True,
    # things, and words that name things as often as people
    "provisions": False,
    "scenes": False,
    "models": False,
    "stars": False,
    "printers": False,  # not "sprinters" with its first letter lost
    "humen": False,
}


@pytest.mark.parametrize(("word", "person"), CASES_PERSON_NOUNS.items(), ids=list(CASES_PERSON_NOUNS))
def test_names_people(word: str, person: bool) -> None:
    assert lexicon.names_people(word) is person
