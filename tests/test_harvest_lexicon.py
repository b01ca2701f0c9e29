"""frequency.zipf computes wordfreq's Zipf frequency itself for the common word shapes:
it must be the very float wordfreq gives (wordfreq is the reference here, and only here)."""

import itertools
import random
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termsmith import frequency
from termsmith.harvest import lexicon

wordfreq = pytest.importorskip("wordfreq")


def reference(word: str) -> float:
    return float(wordfreq.zipf_frequency(word, "en"))


def same(words: list[str]) -> None:
    """Every word is computed without wordfreq, to the same float (repr tells -0.0 from 0.0)."""
    computed = [frequency._computed(w) for w in words]
    assert None not in computed, [w for w, z in zip(words, computed, strict=True) if z is None][:10]
    mismatched = [(w, z, reference(w)) for w, z in zip(words, computed, strict=True)
                  if repr(z) != repr(reference(w))]
    assert not mismatched, mismatched[:10]


@pytest.fixture(scope="module")
def listed() -> list[str]:
    """The English list's own words of the computed shapes, in a fixed random sample."""
    words = [w for w in wordfreq.iter_wordlist("en") if frequency._SHAPE.fullmatch(w)]
    assert len(words) > 100_000
    return random.Random(10).sample(words, 20_000)


def test_list_words(listed: list[str]) -> None:
    same(listed)


def test_hyphen_joined_list_words(listed: list[str]) -> None:
    rng = random.Random(11)
    top = itertools.islice(wordfreq.iter_wordlist("en"), 30_000)
    common = [w for w in top if w.isalpha() and w.isascii()]
    pairs = [f"{rng.choice(common)}-{rng.choice(listed)}" for _ in range(3_000)]
    triples = [f"{rng.choice(common)}-{rng.choice(common)}-{rng.choice(common)}" for _ in range(1_000)]
    same(pairs + triples)


def test_digit_runs() -> None:
    """Every run of one to four digits (years get their own estimate), and longer ones by
    first digit and length (the only things their estimate depends on)."""
    short = ["".join(d) for n in range(1, 5) for d in itertools.product("0123456789", repeat=n)]
    longer = [f"{first}{'7' * (n - 1)}" for first in "0123456789" for n in range(5, 25)]
    same(short + longer + [f"{w}-year" for w in short[::37]] + ["10-year", "covid-19", "2024-2025"])


def test_genre_words() -> None:
    same(["high-quality", "people-to-people", "sci-tech", "we'll", "we're", "didn’t", "won't",
          "heihe-blagoveshchensk", "xqzv", "xqzv-quality", "10-year", "33618"])


def test_genre_shapes_with_digits_elisions_and_loose_hyphens() -> None:
    """Press conferences name networks, models and sizes with letters and digits ("5G",
    "COP16", "PM2.5", "the 1960s", "a 2,000-square-kilometer zone"), places with an
    apostrophe ("Xi'an", "Ya'an": wordfreq reads "xi", "an"), and cut compounds short
    ("mid- and long-term"), write "R&D", "ISO/TC" and a "communiqué": the same float as
    wordfreq's, without it."""
    same(["5g", "cop16", "1960s", "35th", "b2b", "ipv6", "3d-printed", "pm2.5", "12.5-meter-deep",
          "2,000-square-kilometer", "100,000-tonne-class", "503.8-kilometer", "fengyun-4b",
          "xi'an", "ya'an", "pu'er", "xi'an-xianyang", "zhengzhou-xi'an", "o'er", "l'arc", "y'all",
          "mid-", "medium-", "4a-", "-up", "a--b", "1,000", "0,5", "2.5", "12,34,5", "xi\u2019an",
          "r&d", "iso/tc", "sac/tc", "5g/6g", "communiqué", "türkiye", "naïve", "l'été", "a&&b/"])


@pytest.mark.parametrize("word", ["Beijing", "WTO", "rock'n'roll", "didn\u2019t\u2019", "didn‘t",
                                  "x'a'e", "5'a", "u.s.", "a.5", "1'000", "nm³", "straße", "œuvre",
                                  "cafe\u0301", ""])
def test_other_words_ask_wordfreq(word: str) -> None:
    """Other shapes are left to wordfreq: capitals, two apostrophes, accents, other
    punctuation inside a word."""
    assert frequency._computed(word) is None
    assert repr(frequency.zipf(word)) == repr(reference(word))


letters = st.text("abcdefghijklmnopqrstuvwxyzàáâäçèéêëíîïñóôöøúûüý", min_size=1, max_size=10)
known = st.sampled_from(["the", "of", "development", "quality", "high", "we", "ll", "don", "t",
                         "o", "h", "a", "i", "re", "tourism", "zhejiang"])
word = st.one_of(letters, known)
digits = st.text("0123456789", min_size=1, max_size=6)
part = st.one_of(
    word,
    st.builds(lambda a, q, b: a + q + b, word, st.sampled_from(["'", "\u2019"]), word),
    digits,
    # letters and digits together ("5g", "1960s"), digits with commas or full stops
    st.builds(lambda a, b: a + b, st.one_of(word, digits), st.one_of(word, digits)),
    st.builds(lambda a, s, b, t: a + s + b + t, digits, st.sampled_from([",", "."]), digits,
              st.one_of(st.just(""), word)),
)


@settings(max_examples=500)
@given(st.lists(part, min_size=1, max_size=4).flatmap(
           lambda ps: st.sampled_from(["-", "&", "/", "--"]).map(lambda sep: sep.join(ps))),
       st.sampled_from(["", "-"]), st.sampled_from(["", "-"]))
def test_generated_words(w: str, before: str, after: str) -> None:
    """Computed for every word of the shapes (French elision, accented letters, hyphens,
    ampersands and slashes between parts, hyphens at either end), and the same float as
    wordfreq's, whether the word is in the list or not."""
    w = before + w + after
    computed = frequency._computed(w)
    assert computed is not None
    assert repr(computed) == repr(reference(w))
    assert repr(frequency.zipf(w)) == repr(reference(w))


def test_wordfreq_not_imported_for_computed_shapes() -> None:
    code = ("import sys; from termsmith import frequency; "
            "[frequency.zipf(w) for w in ('the', 'high-quality', 'didn\u2019t', '10-year', 'xqzv')]; "
            "print('wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_plurals_in_ses_are_told_without_importing_wordfreq() -> None:
    """The singular of a plural in -ses is told by frequency ("production bases": base,
    not basis; "surpluses": surplus) from the list the harvest already holds: wordfreq
    itself, a quarter of a second to import and load, stays out of a harvest's start."""
    code = ("import sys; from termsmith.normalize import singular; "
            "print(singular('bases'), singular('surpluses'), singular('crises'), "
            "'wordfreq' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["base", "surplus", "crisis", "False"]


def test_each_set_formulation_is_listed_once() -> None:
    counts: dict[str, int] = {}
    for f in lexicon.FORMULATIONS:
        counts[f] = counts.get(f, 0) + 1
    assert [f for f, n in counts.items() if n > 1] == []
