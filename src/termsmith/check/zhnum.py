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
from termsmith.check import units

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
# Unit symbols a figure may be glued to (7cm, 60kg); other Latin after digits makes a name
# (5G, H7N9, 4K, 3K背景辐射), not a quantity.
_SYMBOLS = "km|cm|mm|nm|μm|kg|mg|g|kWh|TWh|kW|MW|GW|Hz|kHz|MHz|GHz|m"
# K after a figure with decimals is kelvin (2.726K); after a whole number it is a name as often.
_KELVIN = "(?:" + "|".join(f"(?<=[.．][0-9０-９]{{{n}}})" for n in range(1, 5)) \
    + ")(?=K(?![A-Za-z]))"
_CHAR_RUN = rf"[{_ZH_CHARS}](?:[{_ZH_CHARS}]|点(?=[{''.join(_DIGIT)}]))*"
_NUM_RE = re.compile(
    rf"百分之(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|{_CHAR_RUN})"
    rf"|(?<![0-9０-９A-Za-z.．])"
    rf"(?:[0-9０-９]{{1,3}}(?:,[0-9０-９]{{3}})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?"
    rf"(?:[十百千万亿]+(?![{_ZH_CHARS}]))?"
    rf"(?![.．][0-9０-９])(?:(?![0-9０-９A-Za-z])|(?=(?:{_SYMBOLS})(?![A-Za-z]))|{_KELVIN})"
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
    high: Decimal | None = None     # an approximate number's top: 十四五 is 14 to 15


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


def numbers_zh(text: str, *, plans: bool = False) -> list[ZhNumber]:
    """Every number in ``text``, with its resolution and whether it is soft, in order.

    Approximate numbers are read as one range (``high`` set): 十四五 is 14 to 15, not
    14 and 5 (:func:`_approximate`). With ``plans`` (the translation names a five-year
    plan) 十三五 and 十四五 are always plans, as they are in quotes or before 规划.
    """
    approx = sorted([*_approximate(text, plans), *_metres(text)], key=lambda n: n.start)
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
                # Never soft: 百分之 makes even 百分之三十 a count, not an idiom.
                found.append(ZhNumber(start, e, v, _resolution(text[s:e]) if digits else Decimal(1),
                                      False, text[start:e]))
                pieces = pieces[1:]
        else:
            if len(written) > 1 and written.endswith("两"):
                written = written[:-1]      # 五十两, 二十三两: 两 after a numeral is the tael
            pieces = _longest_parses(written, start)
        for s, e, v in pieces:
            found.append(ZhNumber(s, e, v, _resolution(text[s:e]) if not soft else Decimal(1),
                                  soft, text[s:e]))
    merged: list[ZhNumber] = []
    for n in sorted([*approx, *(n for n in found
                                if not any(a.start < n.end and n.start < a.end for a in approx))],
                    key=lambda n: n.start):
        if n.text == "两" and merged and merged[-1].end == n.start:
            continue                        # 20两, 二十多两: the tael after a number
        merged.append(_label(text, n))
    return [_tenths(text, n) for n in _ranges(text, merged)]


# -- approximate numbers -------------------------------------------------------------
# Chinese says "about" with the number itself: two adjacent digits (十四五 14 or 15, 七八十
# 70 or 80, 五六百万, 一两 one or two, 三五 "a few"), 几 and 数 for a digit (十几 a dozen or
# so, 几十 dozens, 数百万 millions), 多 and 余 after a round number (60多万 over 600,000,
# 一百多亿 over ten billion), and 千八百 "about a thousand". Each is read as one range, so a
# translation's "14 or 15", "dozens" or "more than 10 billion" is not a mismatch.

_NZ = "一二三四五六七八九两"                    # digits that can start a range (not 零)
_U = "十百千万亿"
_APPROX = re.compile(
    rf"(?<![{_ZH_CHARS}0-9０-９])(?P<pre>(?:[{_NZ}零〇]?[{_U}])*)"
    rf"(?:(?P<d1>[{_NZ}])(?P<d2>[{_NZ}])|(?P<ji>[几数]))(?P<units>[{_U}]*)"
    rf"(?![一二三四五六七八九零〇点0-9０-９]|两[{_U}])")
_MORE = re.compile(
    rf"(?:(?<![0-9０-９A-Za-z.．])(?P<digits>[0-9０-９]+(?:[.．][0-9０-９]+)?[{_U}]*)"
    rf"|(?<![{_ZH_CHARS}])(?P<chars>{_CHAR_RUN}))[多余](?P<units>[{_U}]*)")
_ABOUT = re.compile(rf"(?<![{_ZH_CHARS}0-9０-９])(?:千八百|百八十|万八千)(?![{_ZH_CHARS}])")
# Digit pairs that make a range but are not neighbours rising: 三五 "a few", and 三二 / 三两,
# the colloquial order of 两三 (三二十个 twenty or thirty).
_ODD_PAIRS = frozenset({(3, 5), (3, 2)})
# Words that end in 数 (多数 majority, 分数 score ...): 多数百姓 is not 数百.
_SHU_WORDS = frozenset("多少半无总倍分人次岁系指变参函基整奇偶算点计天复心招术定常")
# Around 十三五 and 十四五 these make the name of a five-year plan, not a range.
_PLAN_AFTER = frozenset("规计时期末以开”’\"」》")
_PLAN_BEFORE = frozenset("“‘\"「《")


def _approximate(text: str, plans: bool = False) -> list[ZhNumber]:
    """The approximate numbers of ``text`` (all soft but 60多万's), each with its range."""
    out: list[ZhNumber] = []
    for m in _APPROX.finditer(text):
        pre, units = m.group("pre"), m.group("units")
        d1, d2 = m.group("d1"), m.group("d2")
        try:
            if d1 is not None:
                a, b = _DIGIT[d1], _DIGIT[d2]
                if b != a + 1 and (a, b) not in _ODD_PAIRS:
                    continue                # 十一五, 五四 (May Fourth): not a range
                if d2 == "两" and pre and not units:
                    continue                # 二十三两: 23 taels
                if pre == "十" and d2 == "五" and not units and (
                        plans or text[m.end():m.end() + 1] in _PLAN_AFTER
                        or text[m.start() - 1:m.start()] in _PLAN_BEFORE):
                    continue                # “十四五”规划: the 14th Five-Year Plan
                lo, hi = sorted((parse_zh(pre + d1 + units), parse_zh(pre + d2 + units)))
            elif m.group("ji") == "数":
                if pre or not units or text[m.start() - 1:m.start()] in _SHU_WORDS:
                    continue
                lo, hi = parse_zh("一" + units), parse_zh("九" + units)
            elif pre or units:              # 十几 (10 to 19), 几十 (10 to 90), 十几万
                lo = parse_zh(pre + units) if pre else parse_zh("一" + units)
                hi = parse_zh(pre + "九" + units)
            else:
                continue                    # 几个: "a few", no number
        except ValueError:
            continue
        out.append(ZhNumber(m.start(), m.end(), lo, Decimal(1), True, m.group(), hi))
    for m in _MORE.finditer(text):
        base = m.group("digits") or m.group("chars")
        try:
            round_ = parse_zh(base)
            scale = parse_zh("一" + m.group("units")) if m.group("units") else Decimal(1)
        except ValueError:
            continue
        if round_ < 10:
            continue                        # 一多半 "most of": not a count
        # The step is the last written digit's: 60多 is 60 to 70, 1400多 is 1,400 to 1,500.
        whole = str(int(round_))
        step = Decimal(10) ** (len(whole) - len(whole.rstrip("0"))) if round_ == int(round_) \
            else Decimal(10) ** -len(str(round_).partition(".")[2])
        digits = m.group("digits") is not None
        res = _resolution(base + m.group("units")) if digits else Decimal(1)
        out.append(ZhNumber(m.start(), m.end(), round_ * scale, res, not digits, m.group(),
                            (round_ + step) * scale))
    for m in _ABOUT.finditer(text):
        top = parse_zh(m.group()[0])
        out.append(ZhNumber(m.start(), m.end(), top * 8 / 10, Decimal(1), True, m.group(), top))
    keep: list[ZhNumber] = []
    for n in sorted(out, key=lambda n: (n.start, -n.end)):
        if not keep or n.start >= keep[-1].end:
            keep.append(n)
    return keep


# 一米六零, 一米八: a height said in metres and centimetres, 1.60 m and 1.8 m.
_METRES = re.compile(rf"(?<![{_ZH_CHARS}0-9０-９])([{_NZ}])米([{_NZ}])([零〇{_NZ}])?(?![{_ZH_CHARS}])")


def _metres(text: str) -> list[ZhNumber]:
    out = []
    for m in _METRES.finditer(text):
        tail = "".join(str(_DIGIT[c]) for c in m.group(2) + (m.group(3) or ""))
        out.append(ZhNumber(m.start(), m.end(), _DIGIT[m.group(1)] + Decimal("0." + tail),
                            Decimal(1), True, m.group()))
    return out


def _label(text: str, n: ZhNumber) -> ZhNumber:
    """A figure that opens the text as a heading's label (``6.片厂``, ``3、``) is soft: the
    translation may drop it or write I., II."""
    if not n.soft and not text[:n.start].strip() and text[n.end:n.end + 1] in (".", "．", "、") \
            and not text[n.end + 1:n.end + 2].translate(_FULLWIDTH).isdigit():
        return ZhNumber(n.start, n.end, n.value, n.resolution, True, n.text, n.high)
    return n


# Between the two ends of a range: 3至5万, 3到5万, 3-5万, 3～5万.
_RANGE_SEP = frozenset("至到-－~～—–")
# After 成 these make a word (成为 become, 成立 found, 成果 result ...), not "tenths".
_CHENG_WORDS = frozenset("为立功果本效绩员长熟交就型品批套群")   # 三五成群: in threes and fives


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
        tail = re.search(r"[十百千万亿]+$", b.text)
        if tail and b.text[0].translate(_FULLWIDTH).isdigit() and \
                a.text.translate(_FULLWIDTH).replace(".", "").isdigit():
            big = int(parse_zh("一" + tail.group()))     # 2至3百万: 2 million to 3 million
        out[i] = ZhNumber(a.start, a.end, a.value * big, a.resolution * big, a.soft, a.text,
                          a.high * big if a.high is not None else None)
    return out


def _tenths(text: str, n: ZhNumber) -> ZhNumber:
    """``三成`` is 30 percent (成 counts tenths); ``一成不变`` stays soft and harmless."""
    if n.end < len(text) and text[n.end] == "成" and 0 < n.value <= 10 and \
            (n.high is None or n.high <= 10) and \
            (n.end + 1 >= len(text) or text[n.end + 1] not in _CHENG_WORDS):
        return ZhNumber(n.start, n.end + 1, n.value * 10, n.resolution * 10, n.soft,
                        text[n.start:n.end + 1], n.high * 10 if n.high is not None else None)
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
    high: float | None = None   # a range's top: 十四五 and "14 or 15" run from 14 to 15


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
# Ordinal words past "tenth" (twenty-first, fourteenth): one number, soft like "first".
_TEEN_ORDINALS = {w: i for i, w in enumerate(("eleventh twelfth thirteenth fourteenth fifteenth "
                                              "sixteenth seventeenth eighteenth nineteenth"
                                              ).split(), 11)}
_TENTHS = {w: 10.0 * i for i, w in enumerate(("twentieth thirtieth fortieth fiftieth sixtieth "
                                              "seventieth eightieth ninetieth").split(), 2)}
_BIG_ORDINALS = {**_TEEN_ORDINALS, **_TENTHS, "hundredth": 100, "thousandth": 1000}
_TENS_WORDS = "|".join(w for w in en_numbers._TENS)
# "a hundred", "a million", "a dozen": soft, like "one" ("a thousand reasons").
_A_SCALE = r"an?\s+(?:dozen|hundred|thousand|million|billion|trillion)" \
           r"(?:\s+(?:thousand|million|billion|trillion))*"
_EN_NUM = re.compile(
    rf"(?<![\w.,])(?:(?P<ord>\d+)(?:st|nd|rd|th)"
    rf"|(?P<cord>(?:{_TENS_WORDS})-(?:{'|'.join(list(_ORDINALS)[:9])})"
    rf"|{'|'.join(_BIG_ORDINALS)})"
    rf"|(?P<a>{_A_SCALE})"
    rf"|(?P<q>{en_numbers.QUANTITY})"
    rf"(?:\s+(?P<per>decades?|centuries|century)(?![\w-]))?"
    rf"|(?P<lex>{'|'.join(sorted(_LEXICAL, key=len, reverse=True))})"
    rf"|(?P<w>{'|'.join([*_ORDINALS, *(m.capitalize() for m in _MONTHS if m != 'may')])}))"
    rf"(?:(?![\w]|[.,]\d)|(?=(?-i:{_SYMBOLS})(?![A-Za-z]))|(?-i:{_KELVIN}))", re.IGNORECASE)
_PER = {"decade": 10.0, "decades": 10.0, "century": 100.0, "centuries": 100.0}
_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")
# "a word or two", "a thing or two": a vague few, not the number two.
_OR_TWO = re.compile(r"\ban?\s+[a-z]+\s+or\s+$", re.IGNORECASE)
_A_VALUES = {"dozen": 12.0, **{w: v for w, v in en_numbers.SCALES.items()}}


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
        elif m.group("cord"):
            w = m.group("cord").casefold()
            tens, _, unit = w.partition("-")
            value = float(en_numbers._TENS[tens] + _ORDINALS[unit]) if unit else \
                float(_BIG_ORDINALS[w])
            out.append(Num(m.start(), m.end(), value, 1.0, True, opt, m.group()))
        elif m.group("a"):
            value = 1.0
            for w in m.group("a").casefold().split()[1:]:
                value *= _A_VALUES[w]
            out.append(Num(m.start(), m.end(), value, 1.0, True, opt, m.group()))
        elif m.group("lex"):
            out.append(Num(m.start(), m.end(), _LEXICAL[" ".join(m.group("lex").casefold().split())],
                           1.0, True, opt, m.group()))
        elif m.group("w"):
            w = m.group("w").casefold()
            out.append(Num(m.start(), m.end(), float(_ORDINALS.get(w) or _MONTHS[w]), 1.0, True,
                           opt, m.group()))
        else:
            q = en_numbers.parse(m.group("q"))
            soft = (q.value in (0.0, 1.0) and not m.group("q")[0].isdigit()) or (
                q.value == 2.0 and bool(_OR_TWO.search(text, 0, m.start())))
            per = _PER.get((m.group("per") or "").casefold(), 1.0)   # six decades = 60 (years)
            out.append(Num(m.start(), m.end(), q.value * per, q.resolution * per, soft, opt,
                           m.group()))
    return out


def _numbers_zh(text: str, plans: bool = False) -> list[Num]:
    glosses = _in_gloss(text)
    return [Num(n.start, n.end, float(n.value), float(n.resolution), n.soft,
                any(s < n.start and n.end < e for s, e in glosses), n.text,
                float(n.high) if n.high is not None else None)
            for n in numbers_zh(text, plans=plans)]


def _close(a: Num, b: Num) -> bool:
    """Equal to the precision written: 258 million = 2.58亿; 155.76 billion ≠ 1575.6亿.
    A range holds every value from its bottom to its top: 15 is in 十四五."""
    tol = max(a.resolution, b.resolution) / 2 + 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    a_top = a.value if a.high is None else a.high
    b_top = b.value if b.high is None else b.high
    return a.value - tol <= b_top and b.value - tol <= a_top


# Between the two ends of an English range: 14 or 15, 14-15, 14 to 15, between 14 and 15.
_EN_RANGE = re.compile(r"\s*(?:or|to|-|–|—|and)\s*", re.IGNORECASE)


def _en_ranges(text: str, nums: list[Num]) -> list[tuple[int, int]]:
    """Indices ``(i, i + 1)`` of the English numbers written as the two ends of a range."""
    out = []
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        between = text[a.end:b.start]
        if not _EN_RANGE.fullmatch(between) or a.value == b.value:
            continue
        if between.strip().casefold() == "and" and \
                not text[:a.start].rstrip().casefold().endswith("between"):
            continue                        # "9 and 10 delegates" are two numbers
        out.append((i, i + 1))
    return out


def _scaled(a: Num, b: Num) -> Num:
    """``five to six million``: the first end takes the scale written on the second."""
    if a.text.casefold().rsplit(None, 1)[-1] in en_numbers.SCALES or \
            b.text.casefold().rsplit(None, 1)[-1] not in en_numbers.SCALES:
        return a
    try:
        scale = en_numbers.parse(b.text).scale
    except ValueError:
        return a
    if a.value * scale > b.value:
        return a
    return Num(a.start, a.end, a.value * scale, a.resolution * scale, a.soft, a.optional, a.text)


def _en_range(text: str, a: Num, b: Num) -> Num:
    lo, hi = sorted((a, b), key=lambda n: n.value)
    return Num(a.start, b.end, lo.value, max(a.resolution, b.resolution), False,
               a.optional and b.optional, text[a.start:b.end], hi.value)


def compare_numbers(source: str, target: str) -> list[tuple[Num | None, Num | None]]:
    """The numbers of English ``source`` and Chinese ``target`` that do not agree.

    Both sides are compared as multisets, each value to the precision written.
    A pair ``(a, b)`` is a number that differs; ``(a, None)`` and ``(None, b)``
    are numbers on one side only. Soft numbers are never reported alone, and
    a number in a parenthetical gloss only when the other side glosses too.
    """
    return compare(source, target).diffs


# An English text that names a five-year plan: its 十四五 is the plan, never 14 or 15.
_FIVE_YEAR = re.compile(r"five-year", re.IGNORECASE)
# How far a measure converted to another unit may be from the original: translators round
# (60公斤 "about 130 pounds" is 132.3, 二十英尺 "six-meter" is 6.1), so 2%, or half the last
# digit the English writes if that is more (7英尺 "two meters" is 2.13).
_CONVERTED = 0.02


def _converted(source: str, target: str, src: list[Num], tgt: list[Num], src_used: list[bool],
               used: list[bool]) -> None:
    """Mark as agreeing a Chinese measure and an English one in another unit of the same
    dimension (六十公斤 "130 pounds", 一米六零 "five feet four inches", 二十英尺 "six-meter")."""
    english: list[tuple[list[int], units.Dimension, float, float, float]] = []
    i = 0
    while i < len(src):
        u = None if src_used[i] else units.english_unit_at(source, src[i].end)
        if u is None:
            i += 1
            continue
        idx, si = [i], src[i].value * u[2]
        # five feet four inches, two pounds three ounces: one measure.
        while idx[-1] + 1 < len(src) and not src_used[idx[-1] + 1] and re.fullmatch(
                r"\s*(?:and\s+)?", source[u[3]:src[idx[-1] + 1].start]):
            nxt = units.english_unit_at(source, src[idx[-1] + 1].end)
            if nxt is None or nxt[1] != u[1] or nxt[2] >= u[2]:
                break
            idx.append(idx[-1] + 1)
            si += src[idx[-1]].value * nxt[2]
            u = nxt
        english.append((idx, u[1], si, u[2], src[idx[-1]].resolution * u[2] / 2))
        i = idx[-1] + 1
    if not english:
        return
    for j, b in enumerate(tgt):
        zu = units.hanzi_unit_at(target, b.end) or (
            ("米", units.Dimension.LENGTH, 1.0) if "米" in b.text else None)
        if used[j] or zu is None:
            continue
        lo, hi = b.value * zu[2], (b.value if b.high is None else b.high) * zu[2]
        for idx, dim, si, factor, half_step in english:
            tol = max(_CONVERTED * lo, half_step)
            if dim == zu[1] and factor != zu[2] and not any(src_used[k] for k in idx) and \
                    lo - tol <= si <= hi + tol:
                used[j] = True
                for k in idx:
                    src_used[k] = True
                break


@dataclass(frozen=True, slots=True)
class Comparison:
    """What :func:`compare` found: the differences, and the soft numbers left unmatched."""

    diffs: list[tuple[Num | None, Num | None]]
    en_spare: list[Num]         # soft English numbers no Chinese one matched ("first", "one")
    zh_spare: list[Num]         # soft Chinese numbers no English one matched (五千, 三, 一)


def compare(source: str, target: str) -> Comparison:
    """:func:`compare_numbers` with the unmatched soft numbers of each side: a check that
    lets an English-only number pass must know whether the Chinese had one to match."""
    src, tgt = numbers_en(source), _numbers_zh(target, bool(_FIVE_YEAR.search(source)))
    used = [False] * len(tgt)
    src_used = [False] * len(src)
    ranges = _en_ranges(source, src)
    for i, k in ranges:
        src[i] = _scaled(src[i], src[k])
    # A Chinese range and an English one with both ends in it: 十四五 and "14 or 15" (so the
    # 15 is not left over once the 14 has found the range).
    for j, b in enumerate(tgt):
        if b.high is None:
            continue
        for i, k in ranges:
            if not (src_used[i] or src_used[k]) and _close(src[i], b) and _close(src[k], b):
                src_used[i] = src_used[k] = used[j] = True
                break
    out: list[tuple[Num | None, Num | None]] = []
    # A range rendered as another range is one difference: "four or five" for 五六 (before
    # the five alone finds 五六), then "40 or 50" for 十四五 (after every number has looked
    # for its partner).
    def other_range(overlapping: bool) -> None:
        for i, k in ranges:
            if src_used[i] or src_used[k] or (src[i].soft and src[k].soft):
                continue
            r = _en_range(source, src[i], src[k])
            z = next((z for z in range(len(tgt)) if not used[z] and tgt[z].high is not None
                      and (_close(r, tgt[z]) or not overlapping)), None)
            if z is not None:
                used[z] = src_used[i] = src_used[k] = True
                out.append((r, tgt[z]))

    other_range(True)
    order = sorted(range(len(tgt)), key=lambda j: tgt[j].soft)
    # Hard numbers claim partners first, hard partners first, so a soft 一 cannot
    # take the "1" meant for a written 1.
    for i in sorted(range(len(src)), key=lambda i: src[i].soft):
        if not src_used[i]:
            partner = next((j for j in order if not used[j] and _close(src[i], tgt[j])), None)
            if partner is not None:
                used[partner] = src_used[i] = True
    other_range(False)
    _converted(source, target, src, tgt, src_used, used)
    left_src = sorted((src[i] for i in range(len(src)) if not src_used[i]), key=lambda n: n.soft)
    a_left = sorted((n for n in left_src if not n.soft), key=lambda n: n.start)
    b_left = [n for j, n in enumerate(tgt) if not used[j] and not n.soft]
    # Pair leftovers in order, so a wrong number is one finding, not two:
    # required ones with required ones, then glosses with glosses.
    for required in (True, False):
        a_side = [n for n in a_left if n.optional != required]
        b_side = [n for n in b_left if n.optional != required]
        out += list(zip(a_side, b_side, strict=False))
        if required:
            out += [(a, None) for a in a_side[len(b_side):]]
            out += [(None, b) for b in b_side[len(a_side):]]
    return Comparison(out, [n for n in left_src if n.soft],
                      [n for j, n in enumerate(tgt) if not used[j] and n.soft])
