"""General-English word frequencies: wordfreq's Zipf scale, read from its data file.

Frequencies are ``wordfreq``'s, which ships its data in the package (no download at
run time). Importing ``wordfreq`` takes about 0.16 CPU-s (it pulls in ftfy, langcodes
and regex), loading its English list 0.09 s more: the words termsmith asks about
are almost all of a few shapes whose frequency is computed here from wordfreq's data
file, exactly as wordfreq computes it (see :func:`_computed`), and wordfreq itself is
imported only for the others. The harvesters' termhood, the checks' distinctive words
and :mod:`termsmith.normalize`'s plurals in -ses all ask here, so one list is loaded
once in a process.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

__all__ = ["zipf"]

@lru_cache(maxsize=1 << 17)     # asked of a word in many phrases, in every document
def zipf(word: str) -> float:
    """General-English Zipf frequency of ``word`` (0 = unseen, 7+ = 'the'): wordfreq's
    ``zipf_frequency(word, "en")``, the same float."""
    computed = _computed(word)
    if computed is not None:
        return computed
    from wordfreq import zipf_frequency  # lazy: importing it takes time

    return float(zipf_frequency(word, "en"))


# The shapes whose tokens wordfreq's English tokenizer (``wordfreq.tokens``: NFC, case
# folding, then words by the Unicode word boundaries of UAX #29, curly apostrophes made
# straight) can be told without it: lowercase ASCII words, with at most one apostrophe
# inside ("we'll", "didn’t": no boundary at an apostrophe between letters, WB6/WB7) and
# runs of ASCII digits, joined by hyphens (a boundary on each side of a hyphen, WB999),
# so that "high-quality" is the tokens "high" and "quality", "10-year" "10" and "year".
_PART = r"[a-z]+(?:['\u2019][a-z]+)?|[0-9]+"
_SHAPE = re.compile(rf"(?:{_PART})(?:-(?:{_PART}))*")
# ... except that wordfreq cuts a token that opens with one or two letters, a straight
# apostrophe and a vowel or "h" (French elision, "l'arc": "l", "arc"; ``TOKEN_RE``, before
# the quotes are uncurled: "o’er" is one token, "o'er" two).
_ELISION = re.compile(r"[a-z]{1,2}'[aehiouy]")
# wordfreq's ``zipf_frequency(word, "en")``: the minimum frequency, given to a word with
# any token missing from the list, is Zipf 0 (``zipf_to_freq(0.0)``).
_MINIMUM = 10**0.0 / 1e9


def _computed(word: str) -> float | None:
    """wordfreq's ``zipf_frequency(word, "en")`` for a word of the shapes above, computed
    as ``wordfreq._word_frequency`` does, operation for operation; None for others."""
    if not _SHAPE.fullmatch(word):
        return None
    if any(_ELISION.match(t) for t in word.split("-")):
        return None
    tokens = word.replace("\u2019", "'").split("-")   # ftfy's uncurl_quotes, for U+2019
    freqs = _frequencies()
    one_over_result = 0.0
    for token in tokens:
        # wordfreq.numbers.smash_numbers: a run of two digits or more is looked up as
        # zeros, and given its share of their frequency by digit_freq
        smashed = "0" * len(token) if len(token) > 1 and token.isdigit() else token
        freq = freqs.get(smashed.encode("ascii"))
        if freq is None:
            return _to_zipf(_MINIMUM)
        if smashed != token:
            freq *= _digit_freq(token)
        one_over_result += 1.0 / freq
    freq = 1.0 / one_over_result
    # wordfreq rounds the frequency to 3 significant digits
    unrounded = max(freq, _MINIMUM)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return _to_zipf(round(unrounded, leading_zeroes + 3))


def _to_zipf(freq: float) -> float:
    """wordfreq's ``freq_to_zipf``, rounded to hundredths as ``zipf_frequency`` rounds."""
    return round(math.log(freq, 10) + 9, 2)


@lru_cache(maxsize=1)
def _frequencies() -> dict[bytes, float]:
    """wordfreq's ``get_frequency_dict("en")``, read from the package's data file without
    importing wordfreq (``importlib.resources.files`` would import it: ``find_spec``
    of a top-level package does not). The words are left in UTF-8, as bytes: decoding
    321,000 of them to look up a few hundred would take a fifth of the load."""
    import gzip
    from importlib.util import find_spec
    from pathlib import Path

    import msgpack  # type: ignore[import-untyped]  # a dependency of wordfreq's

    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("wordfreq is not installed")
    # "best" is the large list where there is one, as there is for English
    path = Path(spec.submodule_search_locations[0], "data", "large_en.msgpack.gz")
    # wordfreq's read_cBpack: a header, then one list of words per centibel, from 0 down
    with gzip.open(path, "rb") as f:
        header, *buckets = msgpack.load(f, raw=True)
    if not isinstance(header, dict) or header.get(b"format") != b"cB" or header.get(b"version") != 1:
        raise ValueError(f"{path}: unexpected header {header!r}")
    freqs: dict[bytes, float] = {}
    for index, bucket in enumerate(buckets):
        freqs.update(dict.fromkeys(bucket, 10 ** (-index / 100)))   # cB_to_freq(-index)
    return freqs


# wordfreq.numbers.digit_freq for one run of digits: a year's frequency for four digits,
# Benford's law for others (wordfreq 3's estimates).
_DIGIT_FREQS = (0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045)
_YEAR_LOG_PEAK = -1.9185
_NOT_YEAR_PROB = 0.1
_REFERENCE_YEAR = 2019
_PLATEAU_WIDTH = 20


def _digit_freq(digits: str) -> float:
    """wordfreq's ``digit_freq`` of a run of ASCII digits."""
    if len(digits) != 4:
        return _benford_freq(digits)
    year = int(digits)
    if year <= _REFERENCE_YEAR:
        year_log_freq = _YEAR_LOG_PEAK - 0.0083 * (_REFERENCE_YEAR - year)
    elif year <= _REFERENCE_YEAR + _PLATEAU_WIDTH:
        year_log_freq = _YEAR_LOG_PEAK
    else:
        year_log_freq = _YEAR_LOG_PEAK - 0.2 * (year - (_REFERENCE_YEAR + _PLATEAU_WIDTH))
    year_prob: float = 10.0**year_log_freq
    return year_prob + _NOT_YEAR_PROB * _benford_freq(digits)


def _benford_freq(digits: str) -> float:
    scale: int = 10 ** (len(digits) - 1)
    return _DIGIT_FREQS[int(digits[0])] / scale
