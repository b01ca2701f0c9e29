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
# straight) can be told without it: words of lowercase letters (ASCII and the Latin-1
# ones case folding keeps: "communiqué"; no "ß") and digits, with hyphens, ampersands or
# slashes between and around them. Those three are always boundaries (WB999:
# "high-quality" is "high" and "quality", "10-year" "10" and "year", "mid-" "mid", "r&d"
# "r" and "d"); letters and digits together are one word (WB9, WB10: "5g", "cop16",
# "1960s"), and so are digits with a comma or full stop between them (WB11, WB12:
# "2,000", "pm2.5"); one apostrophe between letters, straight or curly, is inside a word
# ("we'll", "didn’t": WB6, WB7).
_LETTERS = "a-z\u00e0-\u00f6\u00f8-\u00ff"
_TOKEN = (rf"[{_LETTERS}]+(?:['\u2019][{_LETTERS}]+)?"
          rf"|[{_LETTERS}0-9]+(?:(?<=[0-9])[.,][0-9][{_LETTERS}0-9]*)*")
_SHAPE = re.compile(rf"[-&/]*(?:{_TOKEN})(?:[-&/]+(?:{_TOKEN}))*[-&/]*")
_BOUNDARY = re.compile(r"[-&/]")
# ... except that wordfreq cuts a token that opens with one or two letters or digits, a
# straight apostrophe and a vowel or "h" (French elision, "l'arc": "l", "arc"; also
# "xi'an": "xi", "an"; ``TOKEN_RE``, before the quotes are uncurled: "o’er" is one
# token, "o'er" two).
_ELISION = re.compile(rf"[{_LETTERS}0-9]{{1,2}}'(?=[aehiouy\u00e1\u00e9\u00ed\u00f3\u00fa"
                      rf"\u00e0\u00e8\u00ec\u00f2\u00f9\u00e2\u00ea\u00ee\u00f4\u00fb"
                      rf"\u00e5\u00ef\u00f6])")
# wordfreq.numbers: a run of digits with more digits, commas or full stops after it is
# looked up with its digits as zeros ("2,000" as "0,000"), and given its share of their
# frequency by digit_freq, the product of each run of digits' estimate.
_MULTI_DIGIT = re.compile(r"[0-9][0-9.,]+")
_DIGITS = re.compile(r"[0-9]+")
_ZEROS = str.maketrans("0123456789", "0000000000")
# wordfreq's ``zipf_frequency(word, "en")``: the minimum frequency, given to a word with
# any token missing from the list, is Zipf 0 (``zipf_to_freq(0.0)``).
_MINIMUM = 10**0.0 / 1e9


def _tokens(word: str) -> list[str] | None:
    """wordfreq's English tokens of ``word`` if it is of the shapes above, else None."""
    if not _SHAPE.fullmatch(word):
        return None
    tokens: list[str] = []
    for part in _BOUNDARY.split(word):     # (each part a token of the shape, or empty)
        while m := _ELISION.match(part):
            tokens.append(part[:m.end() - 1])
            part = part[m.end():]          # (letters: an elision needs the one apostrophe)
        if part:
            tokens.append(part)
    return tokens


def _computed(word: str) -> float | None:
    """wordfreq's ``zipf_frequency(word, "en")`` for a word of the shapes above, computed
    as ``wordfreq._word_frequency`` does, operation for operation; None for others."""
    tokens = _tokens(word)
    if tokens is None:
        return None
    freqs = _frequencies()
    one_over_result = 0.0
    for token in tokens:
        token = token.replace("\u2019", "'")       # ftfy's uncurl_quotes, for U+2019
        # wordfreq.numbers.smash_numbers, then digit_freq for what it smashed
        smashed = _MULTI_DIGIT.sub(lambda m: m.group().translate(_ZEROS), token)
        freq = freqs.get(smashed.encode())
        if freq is None:
            return _to_zipf(_MINIMUM)
        if smashed != token:
            share = 1.0
            for run in _MULTI_DIGIT.findall(token):
                for digits in _DIGITS.findall(run):
                    share *= _digit_freq(digits)
            freq *= share
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
