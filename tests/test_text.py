"""Tests for termsmith.text: sentence spans, words, squash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith.text import Sentences, sentence_at, sentences, squash, words


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # Titles and company abbreviations do not end a sentence.
    ("Mr. Wang Hong of the Xinjiang Tianye Co. Ltd. spoke first. Then Ms. Li answered.",
     ["Mr. Wang Hong of the Xinjiang Tianye Co. Ltd. spoke first.", "Then Ms. Li answered."]),
    # A month abbreviation before a day number.
    ("The expo opens on Feb. 7 in Urumqi. Tickets are free.",
     ["The expo opens on Feb. 7 in Urumqi.", "Tickets are free."]),
    # Decimals and percentages.
    ("Output grew 5.2 percent to 1.87 trillion yuan. Exports rose 3.5%. Imports fell.",
     ["Output grew 5.2 percent to 1.87 trillion yuan.", "Exports rose 3.5%.", "Imports fell."]),
    # American style: the full stop sits inside the closing quote.
    ('This is the 8th briefing in the series "Promoting High-Quality Development." Today we '
     "have invited the governor.",
     ['This is the 8th briefing in the series "Promoting High-Quality Development."',
      "Today we have invited the governor."]),
    ("The slogan is “Harbin welcomes you!” Visitors came in crowds.",
     ["The slogan is “Harbin welcomes you!”", "Visitors came in crowds."]),
    # Questions and exclamations.
    ("Why did exports grow? Demand recovered! We are confident.",
     ["Why did exports grow?", "Demand recovered!", "We are confident."]),
    # Initials and country abbreviations.
    ("The U.S. delegation met J. Smith in Shanghai. The talks went well.",
     ["The U.S. delegation met J. Smith in Shanghai.", "The talks went well."]),
    # An ellipsis followed by lowercase continues the sentence.
    ("We waited... and waited. Then it snowed.",
     ["We waited... and waited.", "Then it snowed."]),
    # A sentence in parentheses.
    ("(The figures are preliminary.) Growth was steady.",
     ["(The figures are preliminary.)", "Growth was steady."]),
    # "No." abbreviates only before a number; "no." at a sentence end is a word.
    ("The answer is no. Plan No. 5 was adopted instead.",
     ["The answer is no.", "Plan No. 5 was adopted instead."]),
    ("Trailing text without a full stop", ["Trailing text without a full stop"]),
    ("", []),
    ("   \n  ", []),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_sentences_trims_surrounding_space() -> None:
    text = "  Growth was steady.   Prices were stable.  "
    assert _split(text) == ["Growth was steady.", "Prices were stable."]


def test_sentence_at_finds_the_containing_sentence() -> None:
    text = "Ningxia grows goji. Its wines are famous. Tourism is booming."
    s, e = sentence_at(text, text.index("wines"))
    assert text[s:e] == "Its wines are famous."


def test_holding_finds_a_span_only_inside_one_sentence() -> None:
    text = "Ningxia grows goji. Its wines are famous. Tourism is booming."
    index = Sentences(sentences(text))
    a = text.index("wines")
    assert index.holding(a, a + len("wines are famous.")) == index.at(a)
    assert index.holding(a, text.index("booming")) is None     # crosses a sentence end
    assert index.holding(a, a) is None                          # empty
    gap = text.index(" Its")
    assert index.holding(gap, gap + 1) is None                 # between sentences


@given(st.text(st.sampled_from(list("ab. ?")), max_size=40),
       st.integers(0, 40), st.integers(0, 40))
def test_holding_agrees_with_a_scan_of_the_spans(text: str, start: int, end: int) -> None:
    spans = sentences(text)
    expected = next((sp for sp in spans if sp[0] <= start and start < end <= sp[1]), None)
    assert Sentences(spans).holding(start, end) == expected


def test_words_joins_inner_apostrophes_hyphens_and_points() -> None:
    found = [m.group() for m in words("The world's Xing'an state-owned 3.5 U.S. firms")]
    assert found == ["The", "world's", "Xing'an", "state-owned", "3.5", "U.S", "firms"]


def test_squash() -> None:
    assert squash("  Xinjiang\n Production \tand  Construction ") == "Xinjiang Production and Construction"


_TEXT = st.text(
    st.one_of(
        st.sampled_from(list(" \n.!?\"'“”‘’()[]Mr.Co.Feb.U.S.")),
        st.characters(codec="utf-8"),
    ),
    max_size=200,
)


@given(_TEXT)
def test_sentence_spans_are_ordered_disjoint_and_cover_the_text(text: str) -> None:
    spans = sentences(text)
    prev_end = 0
    covered = [False] * len(text)
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        for i in range(s, e):
            covered[i] = True
        prev_end = e
    missed = [(i, c) for i, c in enumerate(text) if not c.isspace() and not covered[i]]
    assert missed == []


# Spacing of every kind str.split knows (tabs, no-break and ideographic spaces, line
# separators), among letters and punctuation.
_SPACED = st.text(st.sampled_from(list("ab,. \t\n\r\x0b\x0c\x1c\x85\xa0\u2009\u3000\u2028é汉")))


@given(_SPACED)
def test_squash_is_split_and_join(text: str) -> None:
    """The fast path (text returned as it is) gives what splitting and joining gives."""
    assert squash(text) == " ".join(text.split())
