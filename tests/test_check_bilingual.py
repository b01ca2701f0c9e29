"""Checks of bilingual material against the term base (termsmith.check.bilingual)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

import pytest

from termsmith.check import Options, finalize
from termsmith.check.bilingual import (
    CHECKS,
    Pair,
    check_pairs,
    pairs_from_file,
    pairs_from_texts,
    pairs_from_units,
)
from termsmith.check.segment import JiebaSegmenter, ZhTermFinder
from termsmith.errors import FormatError
from termsmith.model import Concept, Finding, Review, Severity, Term, TermType, TranslationUnit, Tuv, Usage
from termsmith.normalize import key
from termsmith.store import TermBase

DATA = Path(__file__).parent / "data" / "bilingual"
ROOT = Path(__file__).resolve().parents[1]
SHEET = ROOT / "tests" / "data" / "review" / "seed-review-sheet.csv"
SEED = ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"


def _en(text: str, review: Review = Review.APPROVED, **kw: object) -> Term:
    return Term(text, "en", review=review, usage=Usage.PREFERRED, **kw)  # type: ignore[arg-type]


def _zh(text: str, usage: Usage = Usage.PREFERRED, review: Review = Review.APPROVED) -> Term:
    return Term(text, "zh-Hans", usage=usage, review=review)


CONCEPTS = [
    Concept((_en("Leading Wild Goose"), _zh("头雁"), _zh("领头雁", Usage.DEPRECATED)), id=1),
    Concept((_en("black soil"), _zh("黑土")), id=2),
    Concept((_en("pamper the guests"), _zh("宠客")), id=3),
    Concept((_en("time-honored brand"), _zh("老字号")), id=4),
    Concept((_en("mu"), _zh("亩")), id=5),
    Concept((_en("Daqing Oilfield"), _zh("大庆油田")), id=6),
    Concept((_en("SCIO", type=TermType.ACRONYM), _zh("国新办")), id=7),
    Concept((_en("TikTok"), _zh("TikTok")), id=8),
    Concept((_en("green development", Review.CANDIDATE), _zh("绿色发展")), id=9),
]


DEFAULT = Options()


def run(source: str, target: str, options: Options = DEFAULT, concepts: list[Concept] = CONCEPTS,
        ) -> list[Finding]:
    return list(check_pairs([Pair(source, target, 1, 1)], concepts, options, path="t.zh.txt"))


def checks(source: str, target: str) -> list[str]:
    return [f.check for f in run(source, target)]


def test_every_check_is_registered_with_a_severity() -> None:
    assert CHECKS["key-term-missing"][0] is Severity.ERROR
    assert CHECKS["halfwidth-punct"][0] is Severity.WARNING
    assert all(i == i.lower() and " " not in i for i in CHECKS)


# -- key terms -------------------------------------------------------------------------


def test_key_term_missing() -> None:
    [f] = run("We protect black soil.", "我们保护耕地。")
    assert (f.check, f.severity, f.message) == (
        "key-term-missing", Severity.ERROR, 'target lacks "黑土" for "black soil"')
    assert (f.term, f.expected, f.concept, f.path, f.line) == ("black soil", "黑土", 2, "t.zh.txt", 1)


@pytest.mark.parametrize("source", ["We protect black soil.", "Black Soils matter.", "BLACK SOIL"])
def test_key_term_present_with_inflection_and_case(source: str) -> None:
    assert run(source, "我们保护黑土。") == []


def test_key_term_not_matched_inside_an_unrelated_word() -> None:
    # 黑土豆 is 黑/土豆 (black potato): 黑土 is not a word of it.
    assert checks("We grow black soil crops.", "我们种黑土豆。") == ["key-term-missing"]


def test_candidate_english_terms_are_not_required() -> None:
    assert run("We pursue green development.", "我们坚持高质量发展。") == []


def test_acronyms_are_case_sensitive() -> None:
    assert checks("the SCIO said", "国务院说") == ["key-term-missing"]
    assert run("the scio said", "国务院说") == []


def test_key_term_extra() -> None:
    [f] = run("We protect farmland.", "我们保护黑土。")
    assert (f.check, f.severity, f.found, f.span) == ("key-term-extra", Severity.WARNING, "黑土", (4, 6))
    assert f.message == 'target has "黑土" but the source lacks "black soil"'
    assert run("We protect black soil.", "我们保护黑土。") == []


def test_extra_counts_candidate_english_as_present() -> None:
    assert run("We pursue green development.", "我们坚持绿色发展。") == []


def test_forbidden_target_names_the_preferred_term() -> None:
    [f] = run('the "Leading Wild Goose" plan', "“领头雁”计划")
    assert f.check == "forbidden-target"
    assert f.message == '"领头雁" is deprecated for "Leading Wild Goose"; use "头雁"'
    assert (f.found, f.expected, f.column) == ("领头雁", "头雁", 2)


def test_approved_term_is_not_forbidden() -> None:
    assert run('the "Leading Wild Goose" plan', "“头雁”计划") == []


# -- quoted slogans --------------------------------------------------------------------


def test_slogan_rendered_differently() -> None:
    [f] = run('Heilongjiang embraced a "pamper the guests" approach.', "黑龙江推出了“宠游客”模式。")
    assert f.check == "slogan-rendering"
    assert f.message == 'target renders quoted "pamper the guests" as “宠游客”, not “宠客”'
    assert (f.found, f.expected, f.span) == ("宠游客", "宠客", (7, 10))


def test_slogan_absent_without_quotes() -> None:
    [f] = run('a "pamper the guests" approach', "一种新模式")
    assert f.message == 'target lacks “宠客” for quoted "pamper the guests"'


def test_slogan_present_but_another_quoted_rendering_stands_there() -> None:
    assert checks('a "pamper the guests" approach', "宠客之外，推出了“好客”模式") == ["slogan-rendering"]


@pytest.mark.parametrize(("source", "target"), [
    ('a "pamper the guests" approach', "推出了“宠客”模式"),
    ("we pamper the guests", "我们宠客"),
    ('"time-honored brands," and more', "“老字号”等"),            # plural, comma inside quotes
])
def test_slogan_kept(source: str, target: str) -> None:
    assert run(source, target) == []


# -- numbers ---------------------------------------------------------------------------


def test_number_mismatch_is_one_finding() -> None:
    [f] = run("grain output reached 155.76 billion jin", "粮食产量达1575.6亿斤")
    assert f.check == "number-mismatch"
    assert f.message == 'target has "1575.6亿" where the source has "155.76 billion"'
    assert (f.column, f.found, f.expected) == (6, "1575.6亿", "155.76 billion")


def test_numbers_agree_and_glosses_may_be_dropped() -> None:
    assert run("a cultivated area of 258 million mu (about 17.2 million hectares)",
               "耕地面积2.58亿亩") == []


def test_number_on_one_side_only() -> None:
    assert [f.message for f in run("It reached 825,000.", "达到很多。")] == [
        'target lacks the source\'s "825,000"']


# -- form ------------------------------------------------------------------------------


def test_untranslated() -> None:
    [f] = run("such as Wuchang rice", "如Wuchang rice等")
    assert (f.check, f.found, f.column) == ("untranslated", "Wuchang rice", 2)


@pytest.mark.parametrize(("source", "target"), [
    ("GDP grew 5%", "GDP增长5%"),
    ("5G base stations", "5G基站"),
    ("on TikTok", "在TikTok上"),                                       # a term-base term
    ("lion's mane mushrooms (Hericium erinaceus)", "猴头菇（Hericium erinaceus）"),
])
def test_not_untranslated(source: str, target: str) -> None:
    assert run(source, target) == []


def test_empty_target() -> None:
    assert checks("We protect black soil.", "  ") == ["empty-target"]


def test_same_as_source() -> None:
    assert checks("We protect black soil.", "We protect black soil.") == ["same-as-source"]
    assert run("2023", "2023") == []                # nothing to translate


def test_unpaired_quote_on_either_side() -> None:
    [f] = run("promote time-honored brand", "推动“老字号转型")
    assert (f.check, f.found, f.column) == ("unpaired-quote", "“", 3)
    [g] = run('the "ballast role', "“压舱石”作用")
    assert (g.check, g.message, g.context) == ("unpaired-quote", 'source has an unpaired "',
                                               'the "ballast role')


def test_unpaired_bracket() -> None:
    assert checks("an area (about 17.2 million hectares", "面积（约1720万公顷") == [
        "unpaired-bracket", "unpaired-bracket"]
    assert checks("the plan", "《规划》") == []


def test_apostrophes_are_not_quotes() -> None:
    assert run("the world’s farmers’ land", "世界农民的土地") == []


@pytest.mark.parametrize(("target", "found"), [
    ("此外,发挥优势", ","), ("面积(约", "("), ("目标完成了.", "."), ("怎么办?", "?"),
])
def test_halfwidth_punct(target: str, found: str) -> None:
    got = [f for f in run("x", target) if f.check == "halfwidth-punct"]
    assert [f.found for f in got] == [found]


@pytest.mark.parametrize("target", ["2.58亿亩", "1,000亩", "GDP, CPI和PPI", "此外，发挥（约）。"])
def test_no_halfwidth_punct(target: str) -> None:
    assert [f for f in run("x", target) if f.check == "halfwidth-punct"] == []


def test_line_and_column_in_a_multiline_paragraph() -> None:
    [f] = list(check_pairs([Pair("x y", "第一行\n此外,发挥", 3, 10)], [], Options(), path="p"))
    assert (f.line, f.column) == (11, 3)


# -- options ---------------------------------------------------------------------------


def test_options_select_ignore_and_severity() -> None:
    src, tgt = "grain output of 155.76 billion jin", "产量1575.6亿斤,很高"
    assert {f.check for f in run(src, tgt)} == {"number-mismatch", "halfwidth-punct"}
    assert {f.check for f in run(src, tgt, Options(ignore=frozenset({"number-"})))} == {"halfwidth-punct"}
    [f] = run(src, tgt, Options(select=frozenset({"halfwidth-punct"}),
                                severities={"halfwidth-punct": Severity.ERROR}))
    assert f.severity is Severity.ERROR


def test_finalize_sorts_errors_first() -> None:
    got = finalize(run("grain output of 155.76 billion jin", "产量1575.6亿斤,很高"), Options())
    assert [f.check for f in got] == ["number-mismatch", "halfwidth-punct"]


# -- reading pairs ---------------------------------------------------------------------


def test_pairs_from_texts_lines() -> None:
    pairs = list(pairs_from_texts(DATA / "seed-excerpt.en.txt", DATA / "seed-excerpt.zh.txt"))
    assert len(pairs) == 6
    assert [(p.line, p.target_line) for p in pairs[:2]] == [(1, 1), (3, 3)]
    assert pairs[1].target.startswith("第二")


@pytest.mark.parametrize("dropped", range(6))
def test_pairs_from_texts_misaligned(tmp_path: Path, dropped: int) -> None:
    paras = (DATA / "seed-excerpt.zh.txt").read_text(encoding="utf-8").strip().split("\n\n")
    short = tmp_path / "short.zh.txt"
    short.write_text("\n\n".join(paras[:dropped] + paras[dropped + 1:]), encoding="utf-8")
    pairs = list(pairs_from_texts(DATA / "seed-excerpt.en.txt", short))
    findings = list(check_pairs(pairs, [], Options(), path=str(short)))
    assert [f.check for f in findings] == ["alignment"]     # the rest realigned: no number noise
    assert findings[0].message == (f"source paragraph at line {2 * dropped + 1} has no "
                                   "counterpart in the target")
    assert [p.target for p in pairs if p.target] == paras[:dropped] + paras[dropped + 1:]


def test_pairs_from_units_and_tmx(tmp_path: Path) -> None:
    from termsmith.formats import tmx

    units = [TranslationUnit((Tuv("en", "black soil"), Tuv("zh-CN", "黑土")), id="u1"),
             TranslationUnit((Tuv("en", "only English"),), id="u2")]
    assert list(pairs_from_units(units)) == [Pair("black soil", "黑土", None, None, "u1"),
                                             Pair("only English", "", None, None, "u2")]
    path = tmp_path / "m.tmx"
    with path.open("wb") as f:
        tmx.write(units, f)
    pairs = list(pairs_from_file(path))
    assert [(p.source, p.target) for p in pairs] == [("black soil", "黑土"), ("only English", "")]
    assert [f.check for f in check_pairs(pairs, CONCEPTS, Options(), path=str(path))] == ["empty-target"]


def test_pairs_from_po(tmp_path: Path) -> None:
    po = tmp_path / "m.po"
    po.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                  'msgid "black soil"\nmsgstr "黑土"\n\nmsgid "the SCIO"\nmsgstr ""\n', encoding="utf-8")
    assert [(p.source, p.target) for p in pairs_from_file(po)] == [("black soil", "黑土"), ("the SCIO", "")]


def test_pairs_from_xliff(tmp_path: Path) -> None:
    xlf = tmp_path / "m.xlf"
    xlf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="en" '
        'target-language="zh-CN" datatype="plaintext"><body><trans-unit id="1"><source>black soil'
        '</source><target>黑土</target></trans-unit></body></file></xliff>', encoding="utf-8")
    assert [(p.source, p.target, p.id) for p in pairs_from_file(xlf)] == [("black soil", "黑土", "1")]


def test_pairs_from_unknown_file(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="not a TMX, XLIFF or PO file"):
        list(pairs_from_file(tmp_path / "x.docx"))


# -- the segmenter ---------------------------------------------------------------------


def test_user_words_do_not_leak_between_segmenters() -> None:
    a = JiebaSegmenter(["九珍十八品"])
    b = JiebaSegmenter()
    assert "九珍十八品" in a.cut("推动九珍十八品认定")
    assert "九珍十八品" not in b.cut("推动九珍十八品认定")


class CountingSegmenter:
    """A Segmenter that cuts like jieba and counts how often it is asked."""

    def __init__(self, words: Iterable[str]) -> None:
        self.inner = JiebaSegmenter(words)
        self.calls = 0

    def add_words(self, words: Iterable[str]) -> None:
        self.inner.add_words(words)

    def cut(self, text: str) -> list[str]:
        self.calls += 1
        return self.inner.cut(text)


def test_segmenter_only_asked_when_a_match_touches_chinese() -> None:
    seg = CountingSegmenter(["黑土"])
    finder = ZhTermFinder(["黑土"], seg)
    assert finder.find("“黑土”，2.58亿黑土") != [] and seg.calls == 0
    assert finder.find("种黑土豆") == [] and seg.calls == 1


# -- the seed ----------------------------------------------------------------------------


def seed_term_base() -> TermBase:
    """The seed harvested, plus the review sheet's equivalents (and one deprecated rendering)."""
    from termsmith import harvest, ingest, reader

    tb = TermBase(":memory:")
    ingest.store(tb, harvest.run(reader.read(str(SEED))))
    for row in csv.DictReader(io.StringIO(SHEET.read_text(encoding="utf-8"))):
        en, zh, status = row["en"], row["zh-Hans"], row["status"]
        usage = Usage.DEPRECATED if status == "deprecated" else Usage.PREFERRED
        hits = tb.find(en, lang="en")
        if not hits:
            tb.add_concept(Concept((Term(en, "en", usage=usage, review=Review.APPROVED), _zh(zh))))
            continue
        cid, tid = hits[0]
        concept = tb.get(cid, contexts=False)
        term = next(t for t in concept.terms if t.id == tid)
        if term.text == en:             # "Daqing Oil Field" shares the key of "Daqing Oilfield": a variant
            tb.update_term(tid, "test", review=Review.APPROVED.value, usage=usage.value)
        if zh not in {t.text for t in concept.section("zh")}:
            tb.add_term(cid, _zh(zh), key=key(zh))
    # The sheet lists no deprecated Chinese; 领头雁 is the rendering desks are told to avoid.
    cid, _ = tb.find("Leading Wild Goose", lang="en")[0]
    tb.add_term(cid, _zh("领头雁", Usage.DEPRECATED), key="领头雁")
    return tb


@pytest.fixture(scope="module")
def seed_concepts() -> list[Concept]:
    with seed_term_base() as tb:
        return list(tb.concepts(contexts=True))


def _check_seed(name: str, concepts: list[Concept]) -> list[tuple[int | None, str]]:
    pairs = pairs_from_texts(DATA / "seed-excerpt.en.txt", DATA / name)
    return [(f.line, f.check) for f in finalize(check_pairs(pairs, concepts, Options(), path=name),
                                                 Options())]


def test_seed_correct_rendering_is_clean(seed_concepts: list[Concept]) -> None:
    assert _check_seed("seed-excerpt.zh.txt", seed_concepts) == []


def test_seed_planted_errors_are_found_exactly(seed_concepts: list[Concept]) -> None:
    assert _check_seed("seed-excerpt.planted.zh.txt", seed_concepts) == [
        (1, "key-term-missing"),       # 大庆油田 → 大庆
        (3, "number-mismatch"),        # 1557.6亿斤 → 1575.6亿斤
        (5, "forbidden-target"),       # “头雁” → “领头雁”
        (9, "slogan-rendering"),       # “宠客” → “宠游客”
        (7, "halfwidth-punct"),        # 此外,发挥
        (11, "unpaired-quote"),        # “老字号转型
        (11, "untranslated"),          # Wuchang rice left in English
    ]


def test_withdrawn_equivalent_is_forbidden_in_translations() -> None:
    from termsmith import review
    from termsmith.check import Options
    from termsmith.check.bilingual import Pair, check_pairs
    from termsmith.model import Concept, Review, Term, Usage
    from termsmith.store import TermBase

    tb = TermBase(":memory:")
    cid = tb.add_concept(Concept(terms=(
        Term(text="Leading Wild Goose", review=Review.APPROVED),
        Term(text="领头雁", lang="zh-Hans", review=Review.APPROVED, usage=Usage.PREFERRED))))
    review.set_equivalent(tb, cid, "头雁", "wang")
    review.remove_equivalent(tb, cid, "领头雁", "wang")
    concepts = list(tb.concepts(contexts=True))
    pair = Pair(source="The Leading Wild Goose plan.", target="领头雁计划。", line=1,
                target_line=1)
    checks = [f.check for f in check_pairs([pair], concepts, Options(), path="t.zh.txt")]
    assert "forbidden-target" in checks
