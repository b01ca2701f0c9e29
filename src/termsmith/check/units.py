"""Units of measure with their SI factors: Chinese market units and their English glosses.

The genre keeps Chinese units in pinyin and glosses them with a metric (or
imperial) figure: ``258 million mu (about 17.2 million hectares)``. To check
such a gloss both sides are converted to SI base units (m, m², kg, L) and
compared. Factors are the statutory market units (市制) fixed in 1959 and still
used in official statistics: 1 jin = 0.5 kg, 1 mu = 666.67 m² (1/15 ha).

Some pinyin units name different quantities depending on the dimension
(*fen* is a tenth of a mu, of a cun, or of a liang); :func:`si_factor` is
therefore asked for a unit *in a dimension*, chosen from the other side of
the conversion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from termsmith import numbers
from termsmith.model import Gloss
from termsmith.normalize import singular


class Dimension(StrEnum):
    """What a unit measures (its SI base)."""

    LENGTH = "m"
    AREA = "m²"
    MASS = "kg"
    VOLUME = "L"
    SPEED = "m/s"
    RATE = "%"


_L, _A, _M, _V = Dimension.LENGTH, Dimension.AREA, Dimension.MASS, Dimension.VOLUME
_S = Dimension.SPEED
_R = Dimension.RATE
_MU = 10000 / 15     # 666.67 m²: 15 mu make a hectare

# Chinese market units: name -> {dimension: SI factor}.
CHINESE: dict[str, dict[Dimension, float]] = {
    "jin": {_M: 0.5}, "catty": {_M: 0.5}, "catties": {_M: 0.5}, "gongjin": {_M: 1.0},
    "liang": {_M: 0.05}, "qian": {_M: 0.005}, "dan": {_M: 50.0},
    "mu": {_A: _MU}, "qing": {_A: 100 * _MU},
    "li": {_L: 500.0}, "gongli": {_L: 1000.0},
    "zhang": {_L: 10 / 3}, "chi": {_L: 1 / 3}, "cun": {_L: 1 / 30},
    # fen (分) is a tenth of a mu, of a cun, or of a qian (a tenth of a liang).
    "fen": {_A: _MU / 10, _L: 1 / 300, _M: 0.0005},
    "sheng": {_V: 1.0}, "dou": {_V: 10.0},
    # ping (坪), Taiwan's unit of floor area: 400/121 m², the square of six chi of 10/33 m
    "ping": {_A: 400 / 121},
}

# The units a conversion is glossed in; keys are singular and lowercase.
INTERNATIONAL: dict[str, dict[Dimension, float]] = {
    "kg": {_M: 1.0}, "kilogram": {_M: 1.0}, "kilogramme": {_M: 1.0},
    "g": {_M: 0.001}, "gram": {_M: 0.001}, "gramme": {_M: 0.001},
    # "tons" in Chinese official English means metric tonnes, not short tons.
    "t": {_M: 1000.0}, "tonne": {_M: 1000.0}, "ton": {_M: 1000.0}, "metric ton": {_M: 1000.0},
    "pound": {_M: 0.45359237},
    "hectare": {_A: 10000.0}, "ha": {_A: 10000.0}, "acre": {_A: 4046.8564224},
    "square kilometer": {_A: 1e6}, "square kilometre": {_A: 1e6}, "km²": {_A: 1e6},
    "sq km": {_A: 1e6}, "square meter": {_A: 1.0}, "square metre": {_A: 1.0},
    "m²": {_A: 1.0}, "square mile": {_A: 2589988.110336},
    "meter": {_L: 1.0}, "metre": {_L: 1.0}, "m": {_L: 1.0},
    "km": {_L: 1000.0}, "kilometer": {_L: 1000.0}, "kilometre": {_L: 1000.0},
    "mile": {_L: 1609.344}, "cm": {_L: 0.01}, "centimeter": {_L: 0.01},
    "centimetre": {_L: 0.01}, "foot": {_L: 0.3048}, "feet": {_L: 0.3048},
    "inch": {_L: 0.0254}, "inches": {_L: 0.0254}, "yard": {_L: 0.9144},
    "mm": {_L: 0.001}, "millimeter": {_L: 0.001}, "millimetre": {_L: 0.001},
    "ounce": {_M: 0.028349523125},
    "liter": {_V: 1.0}, "litre": {_V: 1.0}, "l": {_V: 1.0}, "milliliter": {_V: 0.001},
    "millilitre": {_V: 0.001}, "ml": {_V: 0.001},
    # the sea's units: a nautical mile is 1,852 m by international agreement (1929), a
    # knot one nautical mile an hour; a speed is glossed "per" an hour or a second
    "nautical mile": {_L: 1852.0}, "knot": {_S: 1852 / 3600},
    "kilometer per hour": {_S: 1 / 3.6}, "kilometre per hour": {_S: 1 / 3.6},
    "km/h": {_S: 1 / 3.6}, "meter per second": {_S: 1.0}, "metre per second": {_S: 1.0},
    "m/s": {_S: 1.0}, "mile per hour": {_S: 0.44704}, "mph": {_S: 0.44704},
    # a rate's steps: a basis point is a hundredth of a percentage point
    "basis point": {_R: 0.01}, "bp": {_R: 0.01}, "percentage point": {_R: 1.0},
}

UNITS: dict[str, dict[Dimension, float]] = {**INTERNATIONAL, **CHINESE}

# Units as a Chinese text writes them after a number: (dimension, SI factor). The market
# units are those of CHINESE above; 英尺, 磅 ... are the imperial units a translation of a
# novel may convert to or from.
HANZI: dict[str, tuple[Dimension, float]] = {
    "米": (_L, 1.0), "公尺": (_L, 1.0), "厘米": (_L, 0.01), "公分": (_L, 0.01),
    "毫米": (_L, 0.001), "公里": (_L, 1000.0), "千米": (_L, 1000.0), "里": (_L, 500.0),
    "丈": (_L, 10 / 3), "尺": (_L, 1 / 3), "寸": (_L, 1 / 30), "英尺": (_L, 0.3048),
    "英寸": (_L, 0.0254), "英里": (_L, 1609.344), "码": (_L, 0.9144),
    "公斤": (_M, 1.0), "千克": (_M, 1.0), "克": (_M, 0.001), "斤": (_M, 0.5),
    "两": (_M, 0.05), "吨": (_M, 1000.0), "磅": (_M, 0.45359237), "盎司": (_M, 0.028349523125),
    "平方米": (_A, 1.0), "平方公里": (_A, 1e6), "平方千米": (_A, 1e6), "公顷": (_A, 1e4),
    "亩": (_A, _MU), "英亩": (_A, 4046.8564224), "坪": (_A, 400 / 121),
    "升": (_V, 1.0), "毫升": (_V, 0.001),
}
_HANZI_LONGEST = max(map(len, HANZI))


def hanzi_unit_at(text: str, at: int) -> tuple[str, Dimension, float] | None:
    """The longest Chinese unit written at ``text[at:]`` (``平方公里`` before ``公里``)."""
    for n in range(min(_HANZI_LONGEST, len(text) - at), 0, -1):
        unit = HANZI.get(text[at:at + n])
        if unit is not None:
            return (text[at:at + n], *unit)
    return None


_EN_UNIT = re.compile(r"[\s-]*((?:square|sq\.?|cubic)\s+)?([A-Za-z²]+)")


def english_unit_at(text: str, at: int) -> tuple[str, Dimension, float, int] | None:
    """The English unit written at ``text[at:]`` (``feet``, ``-meter``, ``square kilometers``):
    its key, its one dimension, its SI factor and where it ends; None if there is none known
    (Chinese units in pinyin are left out: ``li`` is also a word)."""
    m = _EN_UNIT.match(text, at)
    if m is None:
        return None
    word = m.group(2)
    keys = [normalize(f"square {word}"), f"sq {word.lower()}"] if m.group(1) else \
        [normalize(word), word.lower()]
    unit = next((k for k in keys if k in INTERNATIONAL), None)
    if unit is None or len(INTERNATIONAL[unit]) != 1:
        return None
    [(dim, factor)] = INTERNATIONAL[unit].items()
    return unit, dim, factor, m.end()


def normalize(unit: str) -> str:
    """The table key of a unit as written: ``Square Kilometers`` → ``square kilometer``."""
    words = unit.replace("\u00a0", " ").lower().split()
    words = [w for w in words if w not in ("u.s.",)]
    if not words:
        return ""
    if words[-1] not in UNITS and words[-1] not in ("km²", "m²"):
        words[-1] = singular(words[-1])
    if len(words) == 3 and words[1] == "per":
        # a speed: the distance is singular ("kilometers per hour" → "kilometer per hour")
        words[0] = singular(words[0])
    return " ".join(words)


def dimensions(unit: str) -> frozenset[Dimension]:
    """The dimensions ``unit`` can measure (empty if unknown)."""
    return frozenset(UNITS.get(normalize(unit), {}))


def si_factor(unit: str, dimension: Dimension) -> float | None:
    """SI base units per one ``unit`` measuring ``dimension``, or None if unknown."""
    return UNITS.get(normalize(unit), {}).get(dimension)


def common_dimension(a: str, b: str) -> Dimension | None:
    """The one dimension both units measure (``fen`` and ``hectares`` → area), if any."""
    both = dimensions(a) & dimensions(b)
    return next(iter(both)) if len(both) == 1 else None


def convert(quantity: float, unit: str, target_unit: str) -> float | None:
    """``quantity`` of ``unit`` expressed in ``target_unit``, or None if not convertible."""
    dim = common_dimension(unit, target_unit)
    if dim is None:
        return None
    src, dst = si_factor(unit, dim), si_factor(target_unit, dim)
    if src is None or not dst:
        return None
    return quantity * src / dst


def is_chinese(unit: str) -> bool:
    """True for a Chinese market unit written in pinyin (``mu``, ``jin`` ...)."""
    return normalize(unit) in CHINESE


# Relative error tolerated when the gloss does not say "about": rounding in the
# last digit of a figure like 6.67 (for 100/15 = 6.6667) is well inside it.
EXACT_TOLERANCE = 0.005


@dataclass(frozen=True, slots=True)
class Conversion:
    """A unit gloss recomputed: what the target quantity should be."""

    quantity: float          # source quantity, in ``unit``
    unit: str
    expected: float          # the correct target quantity, in ``target_unit``
    written: numbers.Quantity
    target_unit: str
    approximate: bool

    @property
    def ok(self) -> bool:
        """Whether the written figure fits: rounded to its precision with "about", else exact."""
        err = abs(self.expected - self.written.value)
        if err <= EXACT_TOLERANCE * abs(self.expected):
            return True
        return self.approximate and numbers.roughly(self.expected, self.written)

    def expected_text(self) -> str:
        """The expected figure written like the gloss: ``77.88 billion kilograms``."""
        return f"{format_quantity(self.expected, self.written)} {self.target_unit}"


def recompute(gloss: Gloss, *, square: bool = False) -> Conversion | None:
    """Recompute a unit gloss (``258 million mu (about 17.2 million hectares)``).

    ``square`` says the source unit was written ``square kilometers`` (the
    harvester keeps only the last word). None if the units are not both known
    in one dimension (currencies, percentages) or the gloss has no figure.
    """
    if gloss.unit is None or gloss.quantity is None or gloss.target_unit is None:
        return None
    unit = f"square {gloss.unit}" if square and not gloss.unit.lower().startswith("square") \
        else gloss.unit
    expected = convert(gloss.quantity, unit, gloss.target_unit)
    # (the last figure: a range's upper bound, which the harvester pairs with the upper
    # bound of the range before the bracket: "2 to 3 knots (about 3.7 to 5.6 ...)")
    m = next(reversed(list(_FIGURE.finditer(gloss.text))), None)
    if expected is None or m is None:
        return None
    try:
        written = numbers.parse(m.group())
    except ValueError:
        return None
    return Conversion(gloss.quantity, unit, expected, written, gloss.target_unit,
                      gloss.approximate)


_FIGURE = re.compile(rf"(?<![\w.,]){numbers.QUANTITY}", re.I)
_SCALES = sorted(numbers.SCALES.items(), key=lambda kv: -kv[1])


def format_quantity(value: float, like: numbers.Quantity | None = None) -> str:
    """``77880000000`` → ``77.88 billion`` (in the scale of ``like`` if given)."""
    scale, word = 1.0, ""
    named = next((w for w, s in _SCALES if like is not None and s == like.scale), None)
    if like is not None and like.scale > 1 and named is not None:
        scale, word = like.scale, named
    elif abs(value) >= 1e6:
        word, scale = next((w, s) for w, s in _SCALES if abs(value) >= s)
    # One digit more than the gloss wrote: enough to show why it is wrong.
    decimals = min(max((like.decimals if like else 0) + 1, 2), 4)
    text = f"{value / scale:,.{decimals}f}".rstrip("0").rstrip(".")
    return f"{text} {word}".strip()
