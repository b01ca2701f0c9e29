"""Chinese numerals and magnitudes (termsmith.check.zhnum)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith.check.zhnum import compare_numbers, find_numbers_zh, numbers_en, parse_zh

_DIGITS = "零一二三四五六七八九"


def _section(n: int) -> str:
    """0 < n < 10,000 in characters, with 零 for inner gaps (一千零一十)."""
    out, gap = "", False
    for unit, ch in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit % 10
        if d:
            out += ("零" if gap else "") + _DIGITS[d] + ch
            gap = False
        elif out:
            gap = True
    return out


def zh_numeral(n: int) -> str:
    """n < 10^12 as a Chinese numeral, written the careful way (一亿零五万, 一万零二)."""
    if n == 0:
        return "零"
    yi, wan, rest = n // 10**8, n // 10**4 % 10**4, n % 10**4
    out = _section(yi) + "亿" if yi else ""
    if wan:
        out += ("零" if out and wan < 1000 else "") + _section(wan) + "万"
    if rest:
        out += ("零" if out and rest < 1000 else "") + _section(rest)
    return out


@pytest.mark.parametrize(("text", "value"), [
    ("1557.6亿", Decimal("155760000000")),
    ("2.58亿", Decimal(258_000_000)),
    ("1万", Decimal(10_000)),
    ("两千", Decimal(2000)),
    ("九", Decimal(9)),
    ("十八", Decimal(18)),
    ("十", Decimal(10)),
    ("一百零五", Decimal(105)),
    ("一百五", Decimal(150)),           # elided 十
    ("一万二", Decimal(12_000)),        # elided 千
    ("一万零二", Decimal(10_002)),
    ("三亿五千万", Decimal(350_000_000)),
    ("一万亿", Decimal(10**12)),
    ("二〇二三", Decimal(2023)),
    ("三点五", Decimal("3.5")),
    ("三点五亿", Decimal(350_000_000)),
    ("3千万", Decimal(30_000_000)),
    ("２．５８亿", Decimal(258_000_000)),  # full-width digits and point
    ("１２３", Decimal(123)),
    ("1,000", Decimal(1000)),
    ("壹佰贰拾", Decimal(120)),          # financial numerals
])
def test_parse_zh(text: str, value: Decimal) -> None:
    assert parse_zh(text) == value


@pytest.mark.parametrize("text", ["", "十四五", "三五", "点", "十百", "亩"])
def test_parse_zh_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_zh(text)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_generated_numeral_parses_back(n: int) -> None:
    assert parse_zh(zh_numeral(n)) == n


@given(st.integers(min_value=0, max_value=10**12 - 1), st.sampled_from([("万", 4), ("亿", 8)]))
def test_digits_with_magnitude(n: int, unit: tuple[str, int]) -> None:
    ch, exp = unit
    assert parse_zh(f"{Decimal(n).scaleb(-exp):f}{ch}") == n


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_fullwidth_digits(n: int) -> None:
    wide = str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert parse_zh(wide) == n


def test_helper_writes_what_people_write() -> None:
    assert zh_numeral(100_050_000) == "一亿零五万"
    assert zh_numeral(1010) == "一千零一十"
    assert zh_numeral(258_000_000) == "二亿五千八百万"


@pytest.mark.parametrize(("text", "found"), [
    ("去年粮食总产量达1557.6亿斤", [("1557.6亿", Decimal("155760000000"))]),
    ("耕地面积2.58亿亩（约1720万公顷）", [("2.58亿", Decimal(258_000_000)), ("1720万", Decimal(17_200_000))]),
    ("占全国的11.2%", [("11.2", Decimal("11.2"))]),
    ("百分之三十六", [("百分之三十六", Decimal(36))]),
    ("“九珍十八品”", [("九", Decimal(9)), ("十八", Decimal(18))]),
    ("十四五规划", [("十四", Decimal(14)), ("五", Decimal(5))]),
    ("5G基站和H7N9", []),                  # digits glued to Latin are not quantities
    ("２０２３年", [("２０２３", Decimal(2023))]),
])
def test_find_numbers_zh(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(text[s:e], v) for s, e, v in find_numbers_zh(text)] == found


def test_numbers_en() -> None:
    got = [(n.text, n.value, n.soft, n.optional) for n in numbers_en(
        "First, 258 million mu (about 17.2 million hectares), nine venues, the 9th Games, 11.2%, "
        "one of them")]
    assert got == [("First", 1.0, True, False), ("258 million", 258e6, False, False),
                   ("17.2 million", 17.2e6, False, True), ("nine", 9.0, False, False),
                   ("9th", 9.0, False, False), ("11.2", 11.2, False, False), ("one", 1.0, True, False)]


@pytest.mark.parametrize(("en", "zh"), [
    ("155.76 billion jin", "1557.6亿斤"),
    ("258 million mu", "2.58亿亩"),
    ("10,000 mu", "1万亩"),
    ("nine delicacies and 18 products", "九珍十八品"),
    ("36% of the total", "占36%"),
    ("36% of the total", "占百分之三十六"),
    ("In 2023, output rose 11.2%", "2023年产量增长11.2%"),
    ("the 9th Asian Winter Games", "第九届亚冬会"),
    ("on April 26, 2024", "2024年4月26日"),
    ("258 million mu (about 17.2 million hectares)", "2.58亿亩"),      # gloss dropped: fine
    ("825,000 people", "82.5万人"),
    ("First, we will", "一是"),
    ("2.53 billion metric tons", "25.3亿吨"),
])
def test_numbers_agree(en: str, zh: str) -> None:
    assert compare_numbers(en, zh) == []


@pytest.mark.parametrize(("en", "zh", "expected"), [
    ("155.76 billion jin", "1575.6亿斤", [("155.76 billion", "1575.6亿")]),
    ("36% of the total", "占35%", [("36", "35")]),
    ("in 2023", "2024年", [("2023", "2024")]),
    ("825,000 people", "大量人才", [("825,000", None)]),
    ("skilled workers", "82.5万人", [(None, "82.5万")]),
    ("nine venues", "八个场馆", [("nine", None)]),              # 八 is soft: reported once
    ("258 million mu (about 17.2 million hectares)", "2.58亿亩（约1270万公顷）",
     [("17.2 million", "1270万")]),
])
def test_numbers_differ(en: str, zh: str, expected: list[tuple[str | None, str | None]]) -> None:
    got = [(a.text if a else None, b.text if b else None) for a, b in compare_numbers(en, zh)]
    assert got == expected


@pytest.mark.parametrize(("en", "found"), [
    ("over six decades", [("six decades", 60.0, False)]),
    ("two centuries ago, in the 21st century", [("two centuries", 200.0, False), ("21st", 21.0, False)]),
    ("the centenary of the university", [("centenary", 100.0, True)]),
    ("for half a century", [("half a century", 50.0, True)]),
    ("within a decade", [("a decade", 10.0, True)]),
])
def test_numbers_en_counting_years(en: str, found: list[tuple[str, float, bool]]) -> None:
    assert [(n.text, n.value, n.soft) for n in numbers_en(en)] == found


def test_compare_keeps_the_soft_numbers_left_over() -> None:
    from termsmith.check.zhnum import compare

    got = compare("A civilization of 3,000 years", "五千多年的文明")
    assert [a.text for a, _ in got.diffs] == ["3,000"]
    assert [n.text for n in got.zh_spare] == ["五千"] and got.en_spare == []
    assert compare("over six decades", "六十多年来").diffs == []
    assert compare("over six decades", "60多年来").zh_spare == []
