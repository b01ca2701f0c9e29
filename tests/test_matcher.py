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


def test_find_falls_back_when_the_longest_pick_is_not_a_whole_word() -> None:
    # "soil" inside "soils" is the automaton's leftmost-longest pick; "the soil" is not
    # what a whole-word search finds either; "soils" is, and so is the later "soil".
    m = Matcher([("the soil", 1, False), ("soils", 2, False), ("soil", 3, False)])
    text = "Nothe soils hold; the soil."
    assert [(text[x.start:x.end], x.value) for x in m.find(text)] == [("soils", 2),
                                                                      ("the soil", 1)]
    # a case-sensitive pattern that fails its check leaves the shorter spelling
    m = Matcher([("MU area", "unit", True), ("mu", "word", False)])
    assert [x.value for x in m.find("the mu area")] == ["word"]


@given(st.lists(st.tuples(st.text(alphabet="abAB -", min_size=1, max_size=7), st.booleans()),
                min_size=1, max_size=6),
       st.text(alphabet="abAB -.x", max_size=80))
def test_find_equals_the_leftmost_longest_of_every_whole_word_match(
        patterns: list[tuple[str, bool]], text: str) -> None:
    m = Matcher([(p, i, cs) for i, (p, cs) in enumerate(patterns)])
    assert m.find(text) == m._find_overlapping(text)


def test_find_many_in_worker_processes_gives_what_find_gives() -> None:
    m = Matcher([("black soil", "b", False), ("soil", "s", False), ("GI", "g", True)])
    lines = [f"Line {i}: black soil, soils, GI and gi; soil." for i in range(50)] + [""]
    expected = [m.find(line) for line in lines]
    assert list(m.find_many(lines, processes=2, chunk=7)) == expected
    assert list(m.find_many(iter(lines))) == expected


@given(st.lists(st.tuples(st.text(alphabet="abAB -é", min_size=1, max_size=5), st.booleans(),
                          st.integers(0, 3)), min_size=1, max_size=6),
       st.text(alphabet="abAB -.xé_", max_size=60), st.data())
def test_spans_all_except_is_spans_all_without_the_known(
        patterns: list[tuple[str, bool, int]], text: str, data: st.DataObject) -> None:
    # several patterns may share a value, and one spelling may carry several values
    m = Matcher([(p, v, cs) for p, cs, v in patterns])
    every = list(m.spans_all(text))
    known = {(s, v) for s, _, v in every if data.draw(st.booleans())}
    assert m.spans_all_except(text, set()) == every
    assert m.spans_all_except(text, known) == [x for x in every if (x[0], x[2]) not in known]
