"""The number checks of a Chinese → English pair on approximate numbers (issue 9).

Chinese says "about" with the number itself (十四五岁, 几十个, 二三十家, 60多万); a
professional translation renders it as a range, a vague word, or drops it. Every
sentence here was written for these tests in the manner of press conferences and
white papers; none is copied from a document.
"""

from __future__ import annotations

import pytest

from termsmith.check import Options
from termsmith.check.bilingual import Pair, check_pairs, orient
from termsmith.model import Finding


def run(source: str, target: str) -> list[Finding]:
    [pair] = orient([Pair(source, target, 3, 5)])
    return [f for f in check_pairs([pair], [], Options(), path="briefing.en.txt")
            if f.check.startswith(("number", "year"))]


def severe(source: str, target: str) -> list[Finding]:
    return [f for f in run(source, target) if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize(("source", "target"), [
    ("座谈会上，十四五岁的学生代表也发了言。",
     "At the symposium, student representatives aged 14 or 15 also spoke."),
    ("座谈会上，十四五岁的学生代表也发了言。",
     "At the symposium, student representatives aged fourteen or fifteen also spoke."),
    ("座谈会上，十四五岁的学生代表也发了言。",
     "At the symposium, teenage student representatives also spoke."),
    ("全县几十个村庄通了硬化路。", "Dozens of villages in the county now have paved roads."),
    ("二三十家企业参加了对接会。", "Some 20 to 30 companies attended the matchmaking session."),
    ("这个景区每年接待游客五六百万人次。",
     "The scenic area receives five to six million visits a year."),
    ("项目总投资一百多亿元。", "Total investment in the project exceeds 10 billion yuan."),
    ("今年新增城镇就业岗位60多万个。", "More than 600,000 urban jobs were created this year."),
    ("企业开办时间压缩到一两天。", "Starting a business now takes a day or two."),
    ("每场招聘会有千八百人参加。", "About a thousand people attend each job fair."),
    ("“十四五”规划实施以来，全省面貌焕然一新。",
     "Since the 14th Five-Year Plan was launched, the province has taken on a new look."),
    ("我们迎来了二十一世纪。", "We have entered the twenty-first century."),
])
def test_approximate_numbers_rendered_well_are_quiet(source: str, target: str) -> None:
    assert severe(source, target) == []


@pytest.mark.parametrize(("source", "target", "found", "expected"), [
    ("座谈会上，十四五岁的学生代表也发了言。",
     "At the symposium, student representatives aged 40 or 50 also spoke.", "40 or 50", "十四五"),
    ("二三十家企业参加了对接会。", "Some 200 to 300 companies attended the matchmaking session.",
     "200 to 300", "二三十"),
    ("今年新增城镇就业岗位60多万个。", "More than 500,000 urban jobs were created this year.",
     "500,000", "60多万"),
])
def test_approximate_numbers_rendered_wrong_are_one_finding(source: str, target: str, found: str,
                                                            expected: str) -> None:
    [f] = severe(source, target)
    assert (f.check, f.found, f.expected, f.target_line) == ("number-mismatch", found, expected, 5)


def test_a_unit_alone_is_no_number_left_to_match() -> None:
    # 百姓 "the people" holds 百 but counts nothing: the English "two" the source says with
    # 双方 ("both sides") is information, not an error.
    source = "两国元首举行会谈，双方同意扩大百姓往来。"
    target = ("The two presidents held talks, and the two sides agreed to expand "
              "people-to-people exchanges.")
    assert [(f.check, f.severity.value) for f in run(source, target)] == [("number-implicit", "info")]
    # A counted number left over still weighs against it.
    [f] = run("两国元首举行会谈，双方同意扩大五个领域的合作。",
              "The two presidents held talks, and the two sides agreed to expand cooperation.")
    assert (f.check, f.severity.value) == ("number-mismatch", "error")


def test_a_measure_converted_to_another_unit() -> None:
    # White papers give farmland in mu; an English edition may give hectares instead.
    assert severe("全省黑土耕地1.56亿亩，粮食产量连年增长。",
                  "The province has 10.4 million hectares of black-soil farmland, and its "
                  "grain output has risen year after year.") == []
    [f] = severe("全省黑土耕地1.56亿亩，粮食产量连年增长。",
                 "The province has 14 million hectares of black-soil farmland, and its grain "
                 "output has risen year after year.")
    assert (f.check, f.found, f.expected) == ("number-mismatch", "14 million", "1.56亿")


def test_taiwan_s_floor_area_converted_to_square_meters() -> None:
    # 坪 is Taiwan's unit of floor area (400/121 m²): 30 坪 is about 99 m².
    assert severe("台湾青年来闽创业，可免费使用最多30坪的办公场地。",
                  "Young people from Taiwan starting businesses in Fujian may use up to 99 "
                  "square meters of office space free of charge.") == []
    [f] = severe("台湾青年来闽创业，可免费使用最多30坪的办公场地。",
                 "Young people from Taiwan starting businesses in Fujian may use up to 60 "
                 "square meters of office space free of charge.")
    assert f.found == "60"
