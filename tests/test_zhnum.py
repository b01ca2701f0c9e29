"""Chinese numerals and magnitudes (termsmith.check.zhnum)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from termsmith.check.zhnum import compare_numbers, find_numbers_zh, numbers_en, numbers_zh, parse_zh

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
    assert [n.text for n in got.zh_spare] == ["五千多"] and got.en_spare == []   # 5,000 to 6,000
    assert compare("over six decades", "六十多年来").diffs == []
    assert compare("over six decades", "60多年来").zh_spare == []


# -- approximate numbers (issue 9): 十四五 is "14 or 15", not 14 and 5 -------------------------


@pytest.mark.parametrize(("text", "written", "low", "high"), [
    ("参加座谈的有十四五岁的学生代表", "十四五", 14, 15),
    ("全省已建成七八十个示范园区", "七八十", 70, 80),
    ("审批时间缩短到一两天", "一两", 1, 2),
    ("再用两三年时间基本建成", "两三", 2, 3),
    ("每年接待游客五六百万人次", "五六百万", 5_000_000, 6_000_000),
    ("游客三五成群地参观展览", "三五", 3, 5),
    ("十几家企业签约入驻", "十几", 10, 19),
    ("全县几十个村庄通了硬化路", "几十", 10, 90),
    ("几百名志愿者参与服务", "几百", 100, 900),
    ("二三十家企业参加了对接会", "二三十", 20, 30),
    ("三二十家企业参加了对接会", "三二十", 20, 30),     # the colloquial order
    ("每场发布会来千八百人", "千八百", 800, 1000),
    ("十七八岁的青年占多数", "十七八", 17, 18),
    ("培训人数达数百万人次", "数百万", 1_000_000, 9_000_000),
    ("新增就业岗位60多万个", "60多万", 600_000, 700_000),
    ("项目总投资一百多亿元", "一百多亿", 10**10, 2 * 10**10),
    ("建档立卡1400多万户", "1400多万", 14_000_000, 15_000_000),
    ("三十余年来", "三十余", 30, 40),
    ("综合成本下降七八成", "七八成", 70, 80),               # 成 counts tenths
])
def test_approximate_numbers_are_one_range(text: str, written: str, low: int, high: int) -> None:
    [n] = numbers_zh(text)
    assert (n.text, n.value, n.high) == (written, low, high)


@pytest.mark.parametrize(("text", "found"), [
    ("“十四五”规划顺利实施", [("十四", 14), ("五", 5)]),      # the plan's name, not 14 to 15
    ("十四五时期", [("十四", 14), ("五", 5)]),
    ("“十三五”期间", [("十三", 13), ("五", 5)]),
    ("一九八九年", [("一九八九", 1989)]),                    # digits of a year
    ("五四运动", [("五", 5), ("四", 4)]),                    # not neighbours: no range
    ("多数百姓受益", [("百", 100)]),                          # 多数 + 百姓, not 数百
    ("几个部门联合发文", []),                                 # 几 alone: no number
    ("五十两银子", [("五十", 50)]),                           # 两 after a numeral: the tael
    ("二十三两", [("二十三", 23)]),
    ("20两黄金", [("20", 20)]),
])
def test_not_ranges(text: str, found: list[tuple[str, int]]) -> None:
    assert [(n.text, n.value) for n in numbers_zh(text) if n.high is None] == found
    assert all(n.high is None for n in numbers_zh(text))


@pytest.mark.parametrize(("text", "found"), [
    ("降水量达7cm", [("7", Decimal(7))]),                     # a unit symbol glued on
    ("单件重2.5kg", [("2.5", Decimal("2.5"))]),
    ("建成5G基站", []),                                        # a name
    ("推广4K超高清", []),
    ("温度为2.726K", [("2.726", Decimal("2.726"))]),           # kelvin after decimals
    ("3K背景辐射", []),                                        # a whole number: a name
])
def test_figures_glued_to_latin(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(n.text, n.value) for n in numbers_zh(text)] == found


def test_a_heading_label_is_soft() -> None:
    [n] = numbers_zh("3.主要成就")
    assert (n.value, n.soft) == (3, True)
    [n] = numbers_zh("产量达3.5亿吨")
    assert not n.soft


@pytest.mark.parametrize(("en", "found"), [
    ("the twenty-first century", [("twenty-first", 21.0, True)]),
    ("the Fourteenth Five-Year Plan", [("Fourteenth", 14.0, True), ("Five", 5.0, False)]),
    ("about a thousand delegates", [("a thousand", 1000.0, True)]),
    ("a hundred million people", [("a hundred million", 1e8, True)]),
    ("the spokesperson added a word or two", [("two", 2.0, True)]),
    ("the two sides", [("two", 2.0, False)]),
    ("a 7cm rise", [("7", 7.0, False)]),
    ("5G base stations", []),
])
def test_numbers_en_words(en: str, found: list[tuple[str, float, bool]]) -> None:
    assert [(n.text, n.value, n.soft) for n in numbers_en(en)] == found


@pytest.mark.parametrize(("en", "zh"), [
    ("students aged 14 or 15", "十四五岁的学生"),
    ("students aged fourteen or fifteen", "十四五岁的学生"),
    ("students aged 14-15", "十四五岁的学生"),
    ("students aged 14 to 15", "十四五岁的学生"),
    ("15-year-old students", "十四五岁的学生"),
    ("students in their teens", "十四五岁的学生"),                 # dropped: a soft range
    ("dozens of villages", "几十个村庄"),
    ("some 30 villages", "几十个村庄"),
    ("some 20 to 30 companies", "二三十家企业"),
    ("twenty or thirty companies", "三二十家企业"),
    ("between 20 and 30 companies", "二三十家企业"),
    ("about a thousand people", "千八百人"),
    ("five to six million visits", "五六百万人次"),
    ("more than 10 billion yuan", "一百多亿元"),
    ("more than 600,000 jobs", "60多万个岗位"),
    ("620,000 jobs", "60多万个岗位"),
    ("within a day or two", "一两天内"),
    ("fifty taels of silver", "五十两银子"),
    ("the 14th Five-Year Plan", "“十四五”规划"),
    ("30,000 to 50,000 mu", "3至5万亩"),
    ("2 million to 3 million", "2至3百万"),
])
def test_approximate_numbers_agree(en: str, zh: str) -> None:
    assert compare_numbers(en, zh) == []


@pytest.mark.parametrize(("en", "zh", "expected"), [
    ("students aged 40 or 50", "十四五岁的学生", [("40 or 50", "十四五")]),
    ("children of four or five", "五六岁的孩子", [("four or five", "五六")]),
    ("students aged 40", "十四五岁的学生", [("40", None)]),
    ("more than 500,000 jobs", "60多万个岗位", [("500,000", "60多万")]),
])
def test_approximate_numbers_differ(en: str, zh: str,
                                    expected: list[tuple[str | None, str | None]]) -> None:
    got = [(a.text if a else None, b.text if b else None) for a, b in compare_numbers(en, zh)]
    assert got == expected


_ZH_DIGIT = "一二三四五六七八九"
_EN_WORD = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
            8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
            14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
            19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
            70: "seventy", 80: "eighty", 90: "ninety"}
# (Chinese before the two digits, after them, and what a digit is worth): 十四五, 七八十,
# 三四百, 五六千, 七八万, 两三百万 (the 两 of 两三 only starts a range), 十四五万.
_RANGE_FORMS = st.one_of(
    st.tuples(st.sampled_from([("", "", 1), ("", "十", 10), ("", "百", 100), ("", "千", 1000),
                               ("", "万", 10**4), ("", "十万", 10**5), ("", "百万", 10**6)]),
              st.integers(1, 8)),
    st.tuples(st.sampled_from([("十", "", 1), ("三十", "", 1), ("十", "万", 10**4)]),
              st.integers(1, 8)),
)


def _range_of(form: tuple[tuple[str, str, int], int]) -> tuple[str, int, int]:
    (pre, unit, worth), d = form
    base = {"": 0, "十": 10, "三十": 30}[pre] * worth
    return f"{pre}{_ZH_DIGIT[d - 1]}{_ZH_DIGIT[d]}{unit}", base + d * worth, base + (d + 1) * worth


def _en(n: int, words: bool) -> str:
    return _EN_WORD[n] if words and n in _EN_WORD else f"{n:,}"


@given(_RANGE_FORMS, st.sampled_from(["{} to {}", "{}-{}", "{} or {}", "{}–{}",
                                      "between {} and {}", "some {} to {}"]),
       st.booleans())
def test_every_range_rendered_as_a_range_agrees(form: tuple[tuple[str, str, int], int],
                                                 shape: str, words: bool) -> None:
    zh, low, high = _range_of(form)
    en = shape.format(_en(low, words), _en(high, words))
    assert compare_numbers(f"Officials said {en} households took part.",
                           f"有关负责人介绍，共有{zh}户参与。") == []


@given(_RANGE_FORMS, st.integers(1, 10**7), st.integers(1, 10**7),
       st.sampled_from(["{} to {}", "{}-{}", "{} or {}"]))
def test_another_range_is_one_difference(form: tuple[tuple[str, str, int], int], x: int, y: int,
                                         shape: str) -> None:
    zh, low, high = _range_of(form)
    x, y = sorted((x, y))
    if x == y or (low <= x <= high and low <= y <= high):
        return                                     # the right range, or one number
    en = shape.format(f"{x:,}", f"{y:,}")
    got = [(a.text if a else None, b.text if b else None) for a, b in compare_numbers(
        f"Officials said {en} households took part.", f"有关负责人介绍，共有{zh}户参与。")]
    assert got == [(en, zh)]


@pytest.mark.parametrize(("en", "zh"), [
    ("10.4 million hectares of farmland", "耕地1.56亿亩"),          # mu converted to hectares
    ("a 6-meter antenna", "二十英尺的天线"),
    ("a six-meter antenna", "二十英尺的天线"),
    ("she is five feet four inches tall", "她身高一米六零"),         # a height in 米 and digits
    ("about 130 pounds", "六十公斤"),
    ("a 2.7255 K black body", "2.726K的黑体"),
    ("a two-meter fence", "七英尺的围栏"),                           # 2.13 m, to the metre
])
def test_measures_in_another_unit_agree(en: str, zh: str) -> None:
    assert compare_numbers(en, zh) == []


@pytest.mark.parametrize(("en", "zh", "expected"), [
    ("14 million hectares of farmland", "耕地1.56亿亩", [("14 million", "1.56亿")]),
    ("a 60-meter antenna", "二十英尺的天线", [("60", None)]),            # 20 feet is 6.1 m
    ("96 million sq km", "960万平方公里", [("96 million", "960万")]),   # the same unit: exact
    ("10.9 million hectares of farmland", "耕地1.56亿亩", [("10.9 million", "1.56亿")]),  # 5% off
])
def test_measures_in_another_unit_differ(en: str, zh: str,
                                         expected: list[tuple[str | None, str | None]]) -> None:
    got = [(a.text if a else None, b.text if b else None) for a, b in compare_numbers(en, zh)]
    assert got == expected


@pytest.mark.parametrize(("en", "zh"), [
    ("Since the 13th Five-Year Plan began", "十三五以来"),
    ("In the 14th Five-Year Plan, the city will build three new lines", "十四五中，全市将新建三条线路"),
    ("by the end of the 14th Five-Year Plan period", "到‘十四五’末"),
])
def test_a_five_year_plan_is_no_range(en: str, zh: str) -> None:
    assert compare_numbers(en, zh) == []
    assert all(n.high is None for n in numbers_zh(zh, plans=True))


@given(st.text(st.sampled_from(list("〇零一二三四五六七八九两十百千万亿几数多余米点成至-.0123456789"
                                    "Km岁年个“”规以分之%，")), max_size=14))
def test_any_run_of_numerals_reads_without_error(text: str) -> None:
    last = 0
    for n in numbers_zh(text):
        assert n.start >= last and text[n.start:n.end] == n.text
        assert n.high is None or n.value <= n.high
        last = n.end
