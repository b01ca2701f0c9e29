"""A document is checked against a big term base with patterns only for the terms that can
occur in it (variants._may_occur): every form the scan would find of a term (its own,
each variant, a form with its key) keeps what the filter looks for, so no finding is lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from termsmith.check.variants import _may_occur, _variants, letters
from termsmith.normalize import key

# Words of the genre's terms: plain, hyphenated, closed compounds, numerals and
# ordinals, irregular plurals, a coordinator, capitalised and not.
_WORDS = ["black", "soil", "Black", "Soil", "conservation", "Daqing", "Oilfield", "Oil",
          "Field", "ice-and-snow", "Ice", "snow", "and", "ninth", "9th", "Ninth", "two",
          "2", "Games", "Asian", "Winter", "high-quality", "development", "zone", "zones",
          "pilot", "people", "person", "children", "child", "analyses", "crisis",
          "grassland", "Grassland", "wetlands", "Sanjiangyuan", "National", "Park",
          "herders'", "cooperative", "time-honored", "brands", "Xi'an", "5G", "PM2.5",
          "indexes", "indices", "bases", "basis", "women", "woman", "men", "cities", "city",
          "Ten", "first", "1st", "And", "Price", "analysis", "series", "SMEs", "Co.", "mu"]

term = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=1000)
@given(term)
def test_every_variant_of_a_term_passes_the_filter(text: str) -> None:
    for form in {text, *_variants(text)}:
        assert _may_occur(text, letters(f"The province said {form}, officials noted.")), form


def _respaced(text: str, cuts: list[int]) -> str:
    """``text`` with its spaces and hyphens moved: the same key, another spelling."""
    flat = text.replace("-", " ").split()
    out = flat[0]
    for i, w in enumerate(flat[1:]):
        out += ("" if cuts[i % len(cuts)] == 0 else "-" if cuts[i % len(cuts)] == 1 else " ") + w
    return out


@settings(max_examples=300)
@given(term, st.lists(st.integers(0, 2), min_size=1, max_size=4))
def test_a_form_with_the_terms_key_passes_the_filter(text: str, cuts: list[int]) -> None:
    form = _respaced(text, cuts)
    if key(form) == key(text):
        assert _may_occur(text, letters(f"“{form}” was said again."))


def test_a_term_whose_words_are_not_said_is_left_out() -> None:
    said = letters("Heilongjiang protects its black soil, builds high-standard farmland "
                   "and runs nine pilot zones.")
    assert _may_occur("black soil", said)
    assert _may_occur("Black-Soil", said)
    assert _may_occur("high-standard farmlands", said)      # the last word may change number
    assert _may_occur("pilot zone", said)
    assert not _may_occur("black soil conservation", said)  # its last word is not said
    assert not _may_occur("Sanjiangyuan National Park", said)
    assert not _may_occur("high-quality development", said)
    assert not _may_occur("Oilfield", said)
    assert not _may_occur("Ninth Asian Winter Games", said)
    assert not _may_occur("ice and snow tourism", said)
    # a numeral may be swapped, a coordination flipped, and the other words stay
    said = letters("The 9th Asian Winter Games gave snow and ice tourism to Harbin.")
    assert _may_occur("Ninth Asian Winter Games", said)
    assert _may_occur("ice and snow tourism", said)
    assert _may_occur("ice and snow", said)
    assert not _may_occur("ice and snow economy", said)


def test_a_form_its_contexts_show_is_looked_for_in_its_own_spelling() -> None:
    said = letters("The consumer price indices rose by 0.2 percent.")
    assert not _may_occur("price indexes", said)
    assert _may_occur("price indexes", said, ["Price Indexes", "price indices"])
    assert not _may_occur("price indexes", said, ["Price Indexes"])


def test_an_irregular_last_word_keeps_only_what_its_number_forms_share() -> None:
    # (a term is looked for when any of its number forms is said)
    # "woman" has the variant "women"; "women" (no -s) has no singular the scan makes
    for said in ("Both rural women spoke.", "The rural woman spoke."):
        assert _may_occur("rural woman", letters(said))
        assert "rural women" in _variants("rural woman")
    assert _may_occur("rural women", letters("Both rural women spoke."))
    assert not any("woman" in form for form in _variants("rural women"))
    assert not _may_occur("rural women", letters("The rural roads were built."))
