"""The shared normalisation rules: keys, folding, spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith.normalize import find_form, fold, form_key, key, plural, singular, squash, typography


def test_key_folds_case_plural_spacing_and_hyphens() -> None:
    assert key("Ganzi Yak Farms") == key("ganzi yak farm") == key("Ganzi-Yak Farm")
    assert key("Ganzi Yak Farms") != key("Ganzi Goat Farm")


def test_form_key_keeps_spacing() -> None:
    assert form_key("Tarim Oil Field") != form_key("Tarim Oilfield")
    assert key("Tarim Oil Field") == key("Tarim Oilfield")


def test_typography_never_makes_terms_differ() -> None:
    assert key("herders’ cooperatives") == key("herders' cooperative")
    assert typography("a\u00a0b – c") == "a b - c"


def test_singular_and_plural() -> None:
    assert singular("cooperatives") == "cooperative"
    assert singular("SOEs") == "SOE"
    assert singular("grass") == "grass"
    assert plural("pasture") == "pastures"


@pytest.mark.parametrize(("plural", "single"), [
    ("production bases", "production base"),       # a base, not a basis
    ("current account surpluses", "current account surplus"),
    ("economic censuses", "economic census"),
    ("greenhouse gases", "greenhouse gas"),
    ("financial crises", "financial crisis"),       # Greek -sis plurals stay
    ("data analyses", "data analysis"),
    ("rural houses", "rural house"),                # -se nouns stay
    ("research theses", "research thesis"),         # never "these"
])
def test_plurals_in_ses_share_the_key_of_their_singular(plural: str, single: str) -> None:
    assert key(plural) == key(single)
    assert singular(plural.split()[-1]) == single.split()[-1]


# Nouns of the genre in their awkward classes: uncountables, irregulars, -ies, -ves, -ses,
# -xes, Latin and Greek plurals, acronyms, capitalised and upper-case forms.
_GENRE_NOUNS = ("""equipment information news series species sheep fish rice police people
    children men women persons matrices indices analyses crises bases oases hypotheses
    theses statuses viruses buses taxes boxes indexes matches churches wharves lives
    wolves calves archives policies cities delicacies industries companies eyes shoes
    movies zombies quizzes oxen mice data media criteria phenomena SOEs NGOs Moves
    Sexes Cities Policies HOUSES cooperatives herders pastures grasslands""").split()
_ENDINGS = ["", "s", "es", "ies", "ves", "ses", "xes", "ches", "men", "i", "a", "ae", "ice"]


@given(st.one_of(st.sampled_from(_GENRE_NOUNS),
                 st.builds(lambda stem, end, up: (stem + end).capitalize() if up else stem + end,
                           st.text("abcdefghijklmnopqrstuvwxyz", min_size=0, max_size=8),
                           st.sampled_from(_ENDINGS), st.booleans())))
def test_singular_and_plural_follow_the_inflection_rules(word: str) -> None:
    """The rules are inflection's, compiled once, with the same answer for every word."""
    import inflection

    assert singular(word) == _expected_singular(word, inflection.singularize(word) or word)
    assert plural(word) == (inflection.pluralize(word) or word)


def _expected_singular(word: str, ruled: str) -> str:
    """singular's own refinements over the rules: short words and -ss/-us/-is/'s words are
    left, acronyms lose their s, -ses plurals are told by frequency."""
    if len(word) < 4 or word[-1] not in "sS" or word.endswith(("ss", "us", "is", "'s")):
        return word
    if word.isupper() or (word[:-1].isupper() and word.endswith("s")):
        return word[:-1]
    if word.endswith("ses"):
        return singular(word)      # (the frequency rule is tested above)
    return ruled


def test_find_form_is_case_insensitive_and_typography_blind() -> None:
    sentence = "They visited the Herders’ Cooperative in Maqu."
    assert find_form(sentence, "herders' cooperative") == (17, 37)
    assert find_form(sentence, "yak") is None


@given(st.text())
def test_fold_keeps_offsets(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text())
def test_squash_is_idempotent(text: str) -> None:
    assert squash(squash(text)) == squash(text)
