"""The one-pass multi-pattern matcher."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from termsmith.matcher import Matcher
from termsmith.normalize import fold


def test_whole_words_only_and_case_insensitive() -> None:
    m = Matcher([("black soil", 1, False), ("soil", 2, False)])
    text = "Black soil and blacksoil; the soils of the black soil belt."
    found = [(text[x.start:x.end], x.value) for x in m.find_all(text)]
    assert ("Black soil", 1) in found
    assert ("soil", 2) in found
    assert all(text[x.start:x.end].lower() != "soils" for x in m.find_all(text))
    assert "blacksoil" not in [text[x.start:x.end] for x in m.find_all(text)]


def test_case_sensitive_patterns_match_as_written() -> None:
    m = Matcher([("GI", "acronym", True), ("mu", "unit", True)])
    text = "A GI product; the gi tract; 10,000 mu; MU"
    assert [text[x.start:x.end] for x in m.find_all(text)] == ["GI", "mu"]


def test_find_is_leftmost_longest_without_overlap() -> None:
    m = Matcher([("ice and snow", "a", False), ("ice and snow tourism", "b", False),
                 ("snow tourism", "c", False)])
    assert [x.value for x in m.find("ice and snow tourism and ice and snow")] == ["b", "a"]


def test_empty_matcher_finds_nothing() -> None:
    assert list(Matcher([]).find_all("anything")) == []


@given(st.text())
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.lists(st.text(alphabet="abc ", min_size=1, max_size=6), min_size=1, max_size=5),
       st.text(alphabet="abc .", max_size=60))
def test_matches_are_real_whole_word_occurrences(patterns: list[str], text: str) -> None:
    m = Matcher([(p, p, False) for p in patterns])
    for x in m.find_all(text):
        assert " ".join(x.value.split()) == text[x.start:x.end]
        assert x.start == 0 or not text[x.start - 1].isalnum()
        assert x.end == len(text) or not text[x.end].isalnum()
