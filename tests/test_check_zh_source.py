"""Checking an English translation against its Chinese original (issue 9).

Every sentence here was written for these tests in the genre's manner (press
conferences, work reports); none is copied from a document.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from termsmith.check import Options
from termsmith.check.bilingual import Pair, check_pairs, language_of, orient, pairs_from_lines
from termsmith.cli import main
from termsmith.model import Concept, Finding, Review, Term, TermType, Usage
from termsmith.store import TermBase


def _en(text: str, usage: Usage = Usage.PREFERRED, review: Review = Review.APPROVED,
        type: TermType = TermType.FULL_FORM) -> Term:
    return Term(text, "en", usage=usage, review=review, type=type)


def _zh(text: str, usage: Usage = Usage.PREFERRED) -> Term:
    return Term(text, "zh-Hans", usage=usage, review=Review.APPROVED)


CONCEPTS = [
    Concept((_en("black soil"), _en("black earth", Usage.DEPRECATED), _zh("黑土")), id=1),
    Concept((_en("Leading Wild Goose"), _zh("头雁")), id=2),
    Concept((_en("Communist Party of China"), _en("CPC", Usage.ADMITTED, type=TermType.ACRONYM),
             _zh("中国共产党")), id=3),
    Concept((_en("left-behind child"), _zh("留守儿童")), id=4),
    Concept((_en("time-honored brand"), _zh("老字号")), id=5),
    Concept((_en("rural revitalization"), _en("revitalization", Usage.ADMITTED,
                                                type=TermType.SHORT_FORM), _zh("乡村振兴")), id=6),
    # An unreviewed candidate that contains an approved term.
    Concept((_en("black soil protection law", review=Review.CANDIDATE), _zh("黑土地保护法")), id=7),
    Concept((_en("Chinese nation"), _zh("中华民族")), id=8),
    Concept((_en("vegetable basket"), _zh("菜篮子")), id=9),
]


def run(source: str, target: str, concepts: list[Concept] = CONCEPTS) -> list[Finding]:
    [pair] = orient([Pair(source, target, 3, 5)])
    return list(check_pairs([pair], concepts, Options(), path="talk.en.txt"))


def checks(source: str, target: str) -> list[str]:
    return [f.check for f in run(source, target)]


def test_language_of_each_side() -> None:
    assert language_of(["今年GDP增长5.2%，黑土地保护取得新进展。"]) == "zh-Hans"
    assert language_of(['The "头雁" (Leading Wild Goose) programme trained 300 people.']) == "en"
    [p] = orient([Pair("黑土地保护取得新进展。", "Black soil protection made progress.", 1, 1)])
    assert (p.source_lang, p.target_lang, p.chinese_source) == ("zh-Hans", "en", True)
    [q] = orient([Pair("Black soil protection made progress.", "黑土地保护取得新进展。", 1, 1)])
    assert (q.source_lang, q.target_lang, q.chinese_source) == ("en", "zh-Hans", False)
    [r] = orient([Pair("x", "y", 1, 1)], source_lang="zh-CN")
    assert (r.source_lang, r.target_lang) == ("zh-Hans", "en")


# -- key terms --------------------------------------------------------------------------


def test_approved_rendering_present_is_clean() -> None:
    assert checks("全省黑土保护面积持续扩大。", "The area of protected black soil keeps growing.") == []


def test_approved_rendering_missing() -> None:
    [f] = run("全省黑土保护面积持续扩大。", "The area of protected farmland keeps growing.")
    assert (f.check, f.expected, f.found, f.concept) == ("key-term-missing", "black soil", "黑土", 1)
    assert (f.line, f.source_line, f.target_line) == (5, 3, 5)
    assert f.source_text == "全省黑土保护面积持续扩大。"
    assert f.target_text == "The area of protected farmland keeps growing."


@pytest.mark.parametrize("target", [
    "Protecting black soils is a long-term task.",                         # plural
    "The province's black-soil protection: black soil's fertility rose.",  # possessive
    "We cared for left-behind children in every county.",                 # irregular plural
])
def test_inflected_renderings_count(target: str) -> None:
    source = "关爱留守儿童。" if "children" in target else "保护黑土是长期任务。"
    assert "key-term-missing" not in checks(source, target)


def test_acronym_and_short_form_the_term_base_records_count() -> None:
    assert checks("中国共产党领导人民取得了伟大成就。",
                  "The CPC has led the people in great achievements.") == []
    assert checks("我们全面推进乡村振兴。", "We will press ahead with revitalization in all respects.") == []
    # An acronym is matched in its case only: "cpc" in running text is not the acronym.
    assert checks("中国共产党领导人民。", "The cpc leads the people.") == ["key-term-missing"]


def test_candidate_does_not_hide_an_approved_term_inside_it() -> None:
    # "black soil protection law" is only a candidate: the approved "black soil" inside it counts.
    assert "key-term-missing" not in checks("制定黑土保护的法律。", "We drafted a black soil protection law.")


def test_forbidden_rendering() -> None:
    [f] = run("黑土是耕地中的大熊猫。", "Black earth is the giant panda of farmland.")
    assert (f.check, f.found, f.expected) == ("forbidden-target", "Black earth", "black soil")
    assert f.span == (0, 11) and f.severity.value == "error"


def test_terms_are_checked_per_pair_not_per_paragraph() -> None:
    pairs = orient([Pair("我们保护黑土。", "We protect black soil.", 1, 1),
                    Pair("黑土面积扩大。", "The area of fertile land grew.", 2, 2)])
    found = [(f.line, f.check) for f in check_pairs(pairs, CONCEPTS, Options(), path="x")]
    assert found == [(2, "key-term-missing")]


# -- slogans ----------------------------------------------------------------------------


def test_quoted_slogan_rendered_in_quotes_is_clean() -> None:
    assert checks("实施“头雁”计划。", "We launched the “Leading Wild Goose” programme.") == []
    assert checks("实施“头雁”计划。", 'We launched the "Leading Wild Goose" programme.') == []


def test_quoted_slogan_without_quotes_or_rendered_otherwise() -> None:
    # Capitalized as a name, the approved rendering marks the formulation without quotes:
    # house style, reported at info.
    [f] = run("实施“头雁”计划。", "We launched the Leading Wild Goose programme.")
    assert (f.check, f.severity.value, f.found, f.expected) == (
        "slogan-unquoted", "info", "Leading Wild Goose", "“Leading Wild Goose”")
    # In lower case only the quotation marks show it is a set formulation.
    [f] = run("实施“菜篮子”工程。", "We carried out the vegetable basket programme.")
    assert (f.check, f.severity.value, f.found) == ("slogan-rendering", "error", "vegetable basket")
    # One capital opening the sentence makes no name.
    [f] = run("“菜篮子”关系民生。", "Vegetable basket supplies matter to every household.")
    assert f.check == "slogan-rendering"
    [g] = run("实施“头雁”计划。", "We launched the “Head Goose” programme.")
    assert (g.check, g.found, g.expected) == ("slogan-rendering", "Head Goose", "Leading Wild Goose")


# -- numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "target"), [
    ("黑土耕地面积达2.58亿亩。", "Black soil farmland covers 258 million mu."),
    ("新增就业1.2万人。", "The province created 12,000 new jobs."),
    ("粮食产量增长百分之五。", "Grain output rose by 5 percent."),
    ("第24次会议于2024年4月26日召开。", "The 24th session was held on April 26, 2024."),
    ("培训3至5万人次。", "Training reached 30,000 to 50,000 people."),
    ("建厂90多年来。", "In the more than 90 years since the plant opened."),
    ("七成以上的农户参加了合作社。", "Over 70 percent of farm households joined cooperatives."),
    ("三成耕地是黑土。", "Thirty percent of the farmland is black soil."),
])
def test_numbers_that_agree(source: str, target: str) -> None:
    assert [f for f in run(source, target) if f.check.startswith("number")] == []


@pytest.mark.parametrize(("source", "target", "found"), [
    ("黑土耕地面积达2.58亿亩。", "Black soil farmland covers 2.58 million mu.", "2.58 million"),
    ("新增就业1.2万人。", "The province created 1,200 new jobs.", "1,200"),
    ("第24次会议召开。", "The 25th session opened.", "25th"),
    ("会议于2024年4月26日召开。", "The meeting opened on April 16, 2024.", "16"),
])
def test_numbers_that_differ(source: str, target: str, found: str) -> None:
    [f] = [f for f in run(source, target) if f.check == "number-mismatch"]
    assert f.found == found and f.target_line == 5


def test_a_year_the_source_leaves_implicit_is_information() -> None:
    [f] = run("中国共产党成立后，黑土得到保护。",
              "After the CPC was founded in 1921, black soil was protected.")
    assert (f.check, f.severity.value, f.found) == ("year-added", "info", "1921")


# -- form -------------------------------------------------------------------------------


def test_chinese_left_in_the_english() -> None:
    [f] = run("保护黑土。", "Protect black soil and 老字号 shops.")
    assert (f.check, f.found, f.column) == ("untranslated", "老字号", 24)


def test_empty_and_copied_targets() -> None:
    assert checks("保护黑土。", "  ") == ["empty-target"]
    assert checks("保护黑土。", "保护黑土。") == ["same-as-source"]


def test_a_quotation_going_on_into_the_next_sentence_is_not_unpaired() -> None:
    # Sentence-split text: the quotation opens in this pair on both sides.
    assert checks("他说：“黑土是宝贵资源。", "He said, “Black soil is a precious resource.") == []
    # The translation dropped the closing mark the original has.
    [f] = run("他说：“黑土是宝贵资源。”", "He said, “Black soil is a precious resource.")
    assert (f.check, f.found) == ("unpaired-quote", "“")


# -- files and the command --------------------------------------------------------------


ZH = "人民代表大会召开第24次会议。\n黑土耕地面积达2.58亿亩。\n实施“头雁”计划。\n"
EN = ("The people's congress held its 24th session.\n"
      "Black soil farmland covers 258 million mu.\n"
      "We launched the “Leading Wild Goose” programme.\n")


def test_presegmented_files_pair_line_with_line(tmp_path: Path) -> None:
    (tmp_path / "a.zh").write_text(ZH, encoding="utf-8")
    (tmp_path / "a.en").write_text(EN, encoding="utf-8")
    pairs = pairs_from_lines(tmp_path / "a.zh", tmp_path / "a.en")
    assert [(p.line, p.target_line, p.chinese_source) for p in pairs] == [
        (1, 1, True), (2, 2, True), (3, 3, True)]


def _db(tmp_path: Path) -> str:
    db = str(tmp_path / "tb.db")
    with TermBase(db) as tb, tb.transaction():
        for c in CONCEPTS:
            tb.add_concept(Concept(c.terms))
    return db


def test_cli_chinese_source_clean_and_with_findings(tmp_path: Path) -> None:
    db = _db(tmp_path)
    (tmp_path / "a.zh").write_text(ZH, encoding="utf-8")
    (tmp_path / "a.en").write_text(EN, encoding="utf-8")
    (tmp_path / "b.en").write_text(EN.replace("258 million", "2.58 million").replace(
        "“Leading Wild Goose”", "Leading Wild Goose"), encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(main, ["--db", db, "check", "--source", str(tmp_path / "a.zh"),
                              "--target", str(tmp_path / "a.en"), "--format", "json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["findings"] == []
    bad = runner.invoke(main, ["--db", db, "check", "--source", str(tmp_path / "a.zh"),
                               "--target", str(tmp_path / "b.en"), "--presegmented",
                               "--format", "json"])
    assert bad.exit_code == 1
    got = [(f["check"], f["target_line"], f["source_line"]) for f in json.loads(bad.stdout)["findings"]]
    assert got == [("number-mismatch", 2, 2), ("slogan-unquoted", 3, 3)]


def test_cli_bad_language_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.zh").write_text(ZH, encoding="utf-8")
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "check", "--source",
                                  str(tmp_path / "a.zh"), "--target", str(tmp_path / "a.zh"),
                                  "--source-lang", "not a tag!"])
    assert r.exit_code == 2


def test_cli_tmx_with_chinese_srclang(tmp_path: Path) -> None:
    from termsmith.formats import tmx
    from termsmith.model import TranslationUnit, Tuv

    units = [TranslationUnit((Tuv("zh-Hans", "黑土耕地面积达2.58亿亩。", (("x-line", "7"),)),
                              Tuv("en", "Black earth farmland covers 258 million mu.",
                                  (("x-line", "9"),))))]
    with open(tmp_path / "m.tmx", "wb") as f:
        tmx.write(units, f, srclang="zh-CN")
    r = CliRunner().invoke(main, ["--db", _db(tmp_path), "check", str(tmp_path / "m.tmx"),
                                  "--format", "json"])
    assert r.exit_code == 1
    [f] = json.loads(r.stdout)["findings"]
    assert (f["check"], f["found"], f["source_line"], f["target_line"]) == (
        "forbidden-target", "Black earth", 7, 9)


def test_percent_in_characters_is_compared_like_digits() -> None:
    # 百分之二十 is a count, never an idiom: a wrong figure names it, as 20% would be.
    found = [f for f in run("出口增长百分之二十。", "Exports grew by 12 percent.")
             if f.check.startswith("number")]
    assert [(f.check, f.found, f.expected) for f in found] == [("number-mismatch", "12", "百分之二十")]
