"""English quantities as written in the genre: ``258 million``, ``155.76 billion``, ``1,000``, ``nine``.

"A" or "an" before a scale word is one of it: ``a thousand``.

Used by the glossed-phrase harvester (unit conversions) and, later, by the
number checks. :func:`parse` returns the value and the number of significant
decimals written, so a check can allow rounding "to the precision written".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_ONES = "|".join(w for w, v in _UNITS.items() if 1 <= v <= 9)
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
# Number words: "nine", "eighteen", "forty", "twenty-five" (a ten and a one only:
# "nine-nine" or "ten twenty" is not a number).
_SCALE = "|".join(SCALES)
# (and "a" or "an" for one before a scale word: "a thousand li", "a hundred")
_WORDS = (rf"(?:{_TEN_WORDS})(?:[\s-](?:{_ONES}))?|(?:{_UNIT_WORDS})"
          rf"|an?(?=\s+(?:{_SCALE})\b)")
# A quantity: digits or number words, optionally followed by a scale word.
QUANTITY = (
    rf"(?:(?:{_DIGITS})|(?:{_WORDS}))"
    rf"(?:\s+(?:{_SCALE}))*"
)
_QUANTITY_RE = re.compile(rf"^(?:{QUANTITY})$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A parsed quantity: its value and the decimals written (``17.2`` → 1)."""

    value: float
    decimals: int          # digits after the point in the written mantissa
    scale: float = 1.0     # the scale words' product (``million`` → 1e6)

    @property
    def resolution(self) -> float:
        """The smallest step the written form can express: ``17.2 million`` → 100,000."""
        return float(10 ** -self.decimals) * self.scale


def parse(text: str) -> Quantity:
    """Parse an English quantity; raise ``ValueError`` if ``text`` is not one."""
    t = " ".join(text.strip().split())
    if not _QUANTITY_RE.match(t):
        raise ValueError(f"not a quantity: {text!r}")
    # casefold, not lower: IGNORECASE also matched "ſix" and "K" (Kelvin sign).
    parts = t.casefold().split(" ")
    scale = 1.0
    while parts and parts[-1] in SCALES:
        scale *= SCALES[parts.pop()]
    head = " ".join(parts)
    if head[0].isdigit():
        digits = head.replace(",", "")
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        return Quantity(float(digits) * scale, decimals, scale)
    if head in ("a", "an") and scale > 1.0:
        return Quantity(scale, 0, scale)    # "a thousand": one of the scale
    value = 0
    for word in re.split(r"[\s-]", head):
        if word not in _UNITS and word not in _TENS:
            raise ValueError(f"not a quantity: {text!r}")     # a case-folding oddity
        value += _UNITS.get(word, 0) + _TENS.get(word, 0)
    return Quantity(float(value) * scale, 0, scale)


def close_enough(expected: float, written: Quantity) -> bool:
    """True when ``written`` equals ``expected`` rounded to the precision written."""
    return abs(expected - written.value) <= written.resolution / 2 + 1e-9 * max(1.0, abs(expected))


def rounded_step(q: Quantity) -> float:
    """The step an approximate figure was rounded to: its last written digit, and for a
    whole number ending in zeros its last digit that is not one: "about 6,700" is
    rounded to hundreds (100), "about 17.2 million" to 100,000, "about 40" to tens."""
    if q.decimals:
        return q.resolution
    mantissa = round(q.value / q.scale)
    step = 1
    while mantissa and mantissa % (step * 10) == 0:
        step *= 10
    return step * q.scale


def roughly(expected: float, written: Quantity) -> bool:
    """True when an approximate ``written`` ("about 6,700") is ``expected`` rounded to
    :func:`rounded_step`."""
    return abs(expected - written.value) <= rounded_step(written) / 2 + 1e-9 * max(1.0, abs(expected))
