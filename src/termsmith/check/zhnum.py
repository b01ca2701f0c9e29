"""Chinese numerals and magnitudes: ``1557.6亿``, ``2.58亿``, ``1万``, ``两千``, ``百分之三十六``.

:func:`parse_zh` reads one numeral; :func:`find_numbers_zh` finds every number
in a Chinese text. Values are :class:`~decimal.Decimal`, so ``2.58亿`` is
exactly 258,000,000 and comparisons with the English side need no float fuzz.

Chinese texts of the genre write statistics in Arabic digits with 万/亿
(``2.58亿亩``) and small counts, ordinals and set phrases in characters
(``九珍十八品``, ``第九届``, ``一带一路``). Character numerals are therefore
marked *soft* in :class:`ZhNumber`: they may satisfy a number of the English
side, but one left over is not reported (``统一``, ``百姓`` and ``千万`` "by all
means" are not quantities).

:func:`compare_numbers` sets them against the English side (:mod:`termsmith.numbers`
plus percentages, years, ordinals, and the words that count years: ``six decades``
= 60, ``centenary`` = 100) for the ``number-mismatch`` check; :func:`compare` also
returns the soft numbers left unmatched on each side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from termsmith import numbers as en_numbers

__all__ = ["Comparison", "Num", "ZhNumber", "compare", "compare_numbers", "find_numbers_zh",
           "numbers_en", "numbers_zh", "parse_zh"]

# Plain and financial (大写) digits; 〇 and 零 are both zero, 两 is "two" before a unit.
_DIGIT = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"亿": 10**8, "万": 10**4}             # checked in this order: 亿 outranks 万
_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_ARABIC = re.compile(r"\d+(?:\.\d+)?")

_ZH_CHARS = "".join(_DIGIT) + "".join(_SMALL) + "".join(_BIG)
# Digits (ASCII or full-width) with an optional decimal part and thousands
# commas, optionally followed by character units: 1557.6亿, 1万, 3千万, 2,530.
_CHAR_RUN = rf"[{_ZH_CHARS}](?:[{_ZH_CHARS}]|点(?=[{''.join(_DIGIT)}]))*"
_NUM_RE = re.compile(
    rf"百分之(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|{_CHAR_RUN})"
    rf"|(?<![0-9０-９A-Za-z.．])"
    rf"(?:[0-9０-９]{{1,3}}(?:,[0-9０-９]{{3}})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?"
    rf"(?:[十百千万亿]+(?![{_ZH_CHARS}]))?"
    rf"(?![0-9０-９A-Za-z])"
    rf"|{_CHAR_RUN}")
_PERCENT_AFTER = re.compile(r"\s*[%％]")
_PERCENT_BEFORE = "百分之"


@dataclass(frozen=True, slots=True)
class ZhNumber:
    """A number found in Chinese text at ``text[start:end]``."""

    start: int
    end: int
    value: Decimal
    resolution: Decimal     # the step the written form can express: 2.58亿 -> 1,000,000
    soft: bool              # written in characters only (九, 第九, 一带一路): may be idiom
    text: str


def parse_zh(text: str) -> Decimal:
    """The value of one Chinese numeral (characters, digits, or both); ValueError if it is not one.

    ``2.58亿`` → 258000000, ``一万二`` → 12000, ``两千`` → 2000,
    ``二〇二三`` → 2023, ``三点五`` → 3.5, ``１２３`` → 123.
    """
    t = text.strip().translate(_FULLWIDTH).replace(",", "")
    if not t:
        raise ValueError(f"not a Chinese numeral: {text!r}")
    try:
        return _big(t)
    except (KeyError, IndexError, InvalidOperation) as e:
        raise ValueError(f"not a Chinese numeral: {text!r}") from e


def _big(t: str) -> Decimal:
    """Split at the last 亿 (else 万): ``一万亿`` is (一万)×亿, ``三亿五千万`` is 三×亿 + 五千万."""
    for ch, unit in _BIG.items():
        i = t.rfind(ch)
        if i < 0:
            continue
        left, right = t[:i], t[i + 1:]
        high = (_big(left) if left else Decimal(1)) * unit
        if not right:
            return high
        low = _big(right)
        # Colloquial elision: 一万二 is 12,000 and 三亿五 is 350,000,000; with 零 it is literal.
        if len(right) == 1 and right in _DIGIT:
            low *= unit // 10
        return high + low
    return _small(t)


def _small(t: str) -> Decimal:
    """A section below 万: ``二百五十八``, ``一千零一十``, ``十五``, ``3千``, ``1557.6``, ``二〇二三``."""
    if _ARABIC.fullmatch(t):
        return Decimal(t)
    if t[0] == "零" and len(t) > 1:                 # 一亿零五万: the 零 only marks a gap
        return _small(t[1:])
    if "点" in t:                                   # 三点五: digits after 点 are positional
        whole, _, frac = t.partition("点")
        if not frac or any(c not in _DIGIT or c == "两" for c in frac):
            raise ValueError(t)
        return (_small(whole) if whole else Decimal(0)) + Decimal(
            "0." + "".join(str(_DIGIT[c]) for c in frac))
    if all(c in _DIGIT and c != "两" for c in t):
        # Digit by digit (years: 二〇二三). Two digits side by side are a range
        # or idiom (三五成群), not thirty-five, so they are refused.
        if len(t) == 1 or len(t) >= 3:
            return Decimal("".join(str(_DIGIT[c]) for c in t))
        raise ValueError(t)
    total = Decimal(0)
    num: Decimal | None = None
    last_unit = 0
    zero_since_unit = False
    i = 0
    while i < len(t):
        m = _ARABIC.match(t, i)
        if m:                                       # mixed forms: 3千, 1.5百
            if num is not None:
                raise ValueError(t)
            num = Decimal(m.group())
            i = m.end()
            continue
        c = t[i]
        if c in _SMALL:
            unit = _SMALL[c]
            if last_unit and unit >= last_unit:     # 十百, 百百: units must fall
                raise ValueError(t)
            total += (num if num is not None else Decimal(1)) * unit
            num, last_unit, zero_since_unit = None, unit, False
        elif _DIGIT[c] == 0:
            if num is not None:
                raise ValueError(t)
            zero_since_unit = True
        else:
            if num is not None:                     # 十四五: two digits in a row
                raise ValueError(t)
            num = Decimal(_DIGIT[c])
        i += 1
    if num is not None:
        # 一百五 is 150 (elided 十), 一百零五 is 105.
        total += num * (last_unit // 10 if last_unit >= 100 and not zero_since_unit else 1)
    elif last_unit == 0 and not zero_since_unit:
        raise ValueError(t)
    return total


def _resolution(written: str) -> Decimal:
    """What the last written digit is worth: ``2.58亿`` → 10^6, ``36`` → 1, ``九`` → 1."""
    t = written.translate(_FULLWIDTH)
    m = re.match(r"[\d,]*(?:\.(\d+))?(.*)$", t)
    if not m or not t[:1].isdigit():
        return Decimal(1)
    decimals = len(m.group(1) or "")
    scale = Decimal(1)
    for c in m.group(2):
        scale *= _SMALL.get(c) or _BIG.get(c) or 1
    return Decimal(10) ** -decimals * scale


def _longest_parses(run: str, offset: int) -> list[tuple[int, int, Decimal]]:
    """Cut a run of numeral characters into the longest valid numerals (十四五 → 十四, 五)."""
    out: list[tuple[int, int, Decimal]] = []
    i = 0
    while i < len(run):
        for j in range(len(run), i, -1):
            try:
                out.append((offset + i, offset + j, parse_zh(run[i:j])))
            except ValueError:
                continue
            i = j
            break
        else:
            i += 1                                  # a stray 点 or unit-less 零
    return out


def numbers_zh(text: str) -> list[ZhNumber]:
    """Every number in ``text``, with its resolution and whether it is soft, in order."""
    found: list[ZhNumber] = []
    for m in _NUM_RE.finditer(text):
        start = m.start()
        written = m.group()
        soft = not written[0].translate(_FULLWIDTH).isdigit()
        if written.startswith(_PERCENT_BEFORE):
            # 百分之三十六: the 百 belongs to the percent sign, not to the number.
            pieces = _longest_parses(written[len(_PERCENT_BEFORE):], start + len(_PERCENT_BEFORE))
            if pieces:
                s, e, v = pieces[0]
                digits = text[s:e].translate(_FULLWIDTH)[:1].isdigit()
                found.append(ZhNumber(start, e, v, _resolution(text[s:e]) if digits else Decimal(1),
                                      not digits, text[start:e]))
                pieces = pieces[1:]
        else:
            pieces = _longest_parses(written, start)
        for s, e, v in pieces:
            found.append(ZhNumber(s, e, v, _resolution(text[s:e]) if not soft else Decimal(1),
                                  soft, text[s:e]))
    return [_tenths(text, n) for n in _ranges(text, found)]


# Between the two ends of a range: 3至5万, 3到5万, 3-5万, 3～5万.
_RANGE_SEP = frozenset("至到-－~～—–")
# After 成 these make a word (成为 become, 成立 found, 成果 result ...), not "tenths".
_CHENG_WORDS = frozenset("为立功果本效绩员长熟交就型品批套")


def _ranges(text: str, found: list[ZhNumber]) -> list[ZhNumber]:
    """``3至5万`` is 30,000 to 50,000: the first end takes the magnitude written on the second."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        between = text[a.end:b.start].strip()
        if len(between) != 1 or between not in _RANGE_SEP:
            continue
        big = next((u for c, u in _BIG.items() if b.text.endswith(c)), None)
        if big is None or any(c in a.text for c in _BIG):
            continue
        out[i] = ZhNumber(a.start, a.end, a.value * big, a.resolution * big, a.soft, a.text)
    return out


def _tenths(text: str, n: ZhNumber) -> ZhNumber:
    """``三成`` is 30 percent (成 counts tenths); ``一成不变`` stays soft and harmless."""
    if n.end < len(text) and text[n.end] == "成" and 0 < n.value <= 10 and \
            (n.end + 1 >= len(text) or text[n.end + 1] not in _CHENG_WORDS):
        return ZhNumber(n.start, n.end + 1, n.value * 10, n.resolution * 10, n.soft,
                        text[n.start:n.end + 1])
    return n


def find_numbers_zh(text: str) -> list[tuple[int, int, Decimal]]:
    """``(start, end, value)`` of every number in ``text`` (percent signs are not part of the value)."""
    return [(n.start, n.end, n.value) for n in numbers_zh(text)]


# -- comparing with English ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Num:
    """A number of either side, as compared: value, precision written, and how much it binds."""

    start: int
    end: int
    value: float
    resolution: float
    soft: bool          # may stand unmatched: "one", "first", months; Chinese character numerals
    optional: bool      # inside a parenthetical gloss: (about 17.2 million hectares)
    text: str


_MONTHS = {m: i for i, m in enumerate(("january february march april may june july august "
                                       "september october november december").split(), 1)}
_ORDINALS = {w: i for i, w in enumerate(("first second third fourth fifth sixth seventh eighth "
                                         "ninth tenth").split(), 1)}
# "May" is left out: the modal verb is far commoner than the month in speeches.
# Lexical numbers (``lex``): words that count years, which Chinese writes as 百年, 十年,
# 五十年 or leaves to the reader (建党百年 "the centenary of the Party").
_LEXICAL = {"centenary": 100.0, "centennial": 100.0, "bicentenary": 200.0,
            "bicentennial": 200.0, "a decade": 10.0, "a century": 100.0,
            "half a century": 50.0}
_EN_NUM = re.compile(
    rf"(?<![\w.,])(?:(?P<ord>\d+)(?:st|nd|rd|th)|(?P<q>{en_numbers.QUANTITY})"
    rf"(?:\s+(?P<per>decades?|centuries|century)(?![\w-]))?"
    rf"|(?P<lex>{'|'.join(sorted(_LEXICAL, key=len, reverse=True))})"
    rf"|(?P<w>{'|'.join([*_ORDINALS, *(m.capitalize() for m in _MONTHS if m != 'may')])}))"
    rf"(?![\w]|[.,]\d)", re.IGNORECASE)
_PER = {"decade": 10.0, "decades": 10.0, "century": 100.0, "centuries": 100.0}
_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")


def _in_gloss(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PARENS.finditer(text)]


def numbers_en(text: str) -> list[Num]:
    """Quantities (``155.76 billion``, ``nine``), percentages, years and ordinals of English text.

    Digits and number words from two up bind; "one", ordinal words and month
    names are soft (``One of ...``, ``First, ...`` have no numeral in Chinese).
    """
    glosses = _in_gloss(text)
    out = []
    for m in _EN_NUM.finditer(text):
        opt = any(s < m.start() and m.end() < e for s, e in glosses)
        if m.group("ord"):
            out.append(Num(m.start(), m.end(), float(m.group("ord")), 1.0, False, opt, m.group()))
        elif m.group("lex"):
            out.append(Num(m.start(), m.end(), _LEXICAL[" ".join(m.group("lex").casefold().split())],
                           1.0, True, opt, m.group()))
        elif m.group("w"):
            w = m.group("w").casefold()
            out.append(Num(m.start(), m.end(), float(_ORDINALS.get(w) or _MONTHS[w]), 1.0, True,
                           opt, m.group()))
        else:
            q = en_numbers.parse(m.group("q"))
            soft = q.value in (0.0, 1.0) and not m.group("q")[0].isdigit()
            per = _PER.get((m.group("per") or "").casefold(), 1.0)   # six decades = 60 (years)
            out.append(Num(m.start(), m.end(), q.value * per, q.resolution * per, soft, opt,
                           m.group()))
    return out


def _numbers_zh(text: str) -> list[Num]:
    glosses = _in_gloss(text)
    return [Num(n.start, n.end, float(n.value), float(n.resolution), n.soft,
                any(s < n.start and n.end < e for s, e in glosses), n.text) for n in numbers_zh(text)]


def _close(a: Num, b: Num) -> bool:
    """Equal to the precision written: 258 million = 2.58亿; 155.76 billion ≠ 1575.6亿."""
    tol = max(a.resolution, b.resolution) / 2 + 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    return abs(a.value - b.value) <= tol


def compare_numbers(source: str, target: str) -> list[tuple[Num | None, Num | None]]:
    """The numbers of English ``source`` and Chinese ``target`` that do not agree.

    Both sides are compared as multisets, each value to the precision written.
    A pair ``(a, b)`` is a number that differs; ``(a, None)`` and ``(None, b)``
    are numbers on one side only. Soft numbers are never reported alone, and
    a number in a parenthetical gloss only when the other side glosses too.
    """
    return compare(source, target).diffs


@dataclass(frozen=True, slots=True)
class Comparison:
    """What :func:`compare` found: the differences, and the soft numbers left unmatched."""

    diffs: list[tuple[Num | None, Num | None]]
    en_spare: list[Num]         # soft English numbers no Chinese one matched ("first", "one")
    zh_spare: list[Num]         # soft Chinese numbers no English one matched (五千, 三, 一)


def compare(source: str, target: str) -> Comparison:
    """:func:`compare_numbers` with the unmatched soft numbers of each side: a check that
    lets an English-only number pass must know whether the Chinese had one to match."""
    src, tgt = numbers_en(source), _numbers_zh(target)
    used = [False] * len(tgt)
    left_src: list[Num] = []
    order = sorted(range(len(tgt)), key=lambda j: tgt[j].soft)
    # Hard numbers claim partners first, hard partners first, so a soft 一 cannot
    # take the "1" meant for a written 1.
    for a in sorted(src, key=lambda n: n.soft):
        j = next((j for j in order if not used[j] and _close(a, tgt[j])), None)
        if j is None:
            left_src.append(a)
        else:
            used[j] = True
    a_left = sorted((n for n in left_src if not n.soft), key=lambda n: n.start)
    b_left = [n for j, n in enumerate(tgt) if not used[j] and not n.soft]
    # Pair leftovers in order, so a wrong number is one finding, not two:
    # required ones with required ones, then glosses with glosses.
    out: list[tuple[Num | None, Num | None]] = []
    for required in (True, False):
        a_side = [n for n in a_left if n.optional != required]
        b_side = [n for n in b_left if n.optional != required]
        out += list(zip(a_side, b_side, strict=False))
        if required:
            out += [(a, None) for a in a_side[len(b_side):]]
            out += [(None, b) for b in b_side[len(a_side):]]
    return Comparison(out, [n for n in left_src if n.soft],
                      [n for j, n in enumerate(tgt) if not used[j] and n.soft])
