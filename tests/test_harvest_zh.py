"""Chinese-side harvest: each harvester on genre paragraphs written for these tests.

The paragraphs imitate a provincial press conference (a made-up province, made-up
figures); nothing is copied from a real transcript.
"""

from __future__ import annotations

import pytest

from termsmith import harvest, ingest
from termsmith.document import Document, Role, Segment
from termsmith.harvest import Kind
from termsmith.harvest.zh import domain, names, numbers, quoted, sentence_spans
from termsmith.store import TermBase

PARAS = [
    "主持人 张明：各位记者朋友，欢迎参加今天的新闻发布会。",
    "今年，我省落实“藏粮于地、藏粮于技”战略，实施寒地黑土保护工程，新建高标准农田1200万亩，"
    "全省耕地面积达到2.58亿亩，粮食总产量1557.6亿斤。",
    "我们编制了《寒地黑土保护利用规划（2024—2030年）》，推进高标准农田建设，高标准农田占比进一步提高。",
    "松江省农业农村厅联合北方农垦集团，建设国家农业高新技术产业示范区，发展冰雪经济，打造「冰雪之冠」品牌。",
    "一位种粮大户对记者说：“今年的收成比去年好多了，我们心里很踏实。”",
    "下一步，我们将继续实施高标准农田建设行动，保护黑土地，让黑土豆和黑土地都有好收成。",
]


def _segments(paras: list[str] = PARAS) -> tuple[Segment, ...]:
    return tuple(Segment(text=p, line=i + 2, role=Role.SPEECH, speaker="张明")
                 for i, p in enumerate(paras))


def _doc(paras: list[str] = PARAS) -> Document:
    return Document(path="briefing.zh.txt", title=None, date=None, segments=_segments(paras),
                    lang="zh-Hans")


def _terms(cands: object) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for c in cands:  # type: ignore[attr-defined]
        out.setdefault(c.term, []).append(c)
    return out


def test_quoted_slogans_and_corner_brackets() -> None:
    found = _terms(quoted.harvest(_segments()))
    slogan = found["藏粮于地、藏粮于技"][0]
    assert slogan.kind is Kind.QUOTED
    assert slogan.occurrence.line == 3 and slogan.occurrence.speaker == "张明"
    assert slogan.occurrence.form == "藏粮于地、藏粮于技"
    assert found["冰雪之冠"][0].kind is Kind.QUOTED          # 「」 as well as “”


def test_quoted_phrase_with_head_noun_is_a_name() -> None:
    found = _terms(quoted.harvest(_segments()))
    name = found["“藏粮于地、藏粮于技”战略"][0]
    assert name.kind is Kind.NAME and name.category == "programme"
    assert name.occurrence.form == "“藏粮于地、藏粮于技”战略"
    assert "“冰雪之冠”品牌" in found                           # 「」 folded to one form


def test_quoted_remark_is_a_quotation_not_a_term() -> None:
    found = _terms(quoted.harvest(_segments()))
    remark = [c for cs in found.values() for c in cs if c.kind is Kind.QUOTATION]
    assert [c.term for c in remark] == ["今年的收成比去年好多了，我们心里很踏实"]


def test_titles_in_title_marks_without_the_edition() -> None:
    found = _terms(quoted.harvest(_segments()))
    title = found["寒地黑土保护利用规划"][0]
    assert title.kind is Kind.TITLE
    assert title.occurrence.sentence.startswith("我们编制了《寒地黑土保护利用规划")


def test_single_quoted_character_is_not_a_term() -> None:
    found = _terms(quoted.harvest(_segments(["这个“的”字用得不对，“粮仓”二字用得好。"])))
    assert list(found) == ["粮仓"]


@pytest.mark.parametrize(("name", "category"), [
    ("寒地黑土保护工程", "programme"),
    ("高标准农田建设行动", "programme"),
    ("国家农业高新技术产业示范区", "place"),
    ("松江省农业农村厅", "organisation"),
    ("农垦集团", "company"),
])
def test_names_from_genre_endings(name: str, category: str) -> None:
    found = _terms(names.harvest(_segments()))
    assert found[name][0].kind is Kind.NAME
    assert found[name][0].category == category


def test_name_does_not_start_at_the_governing_verb() -> None:
    found = _terms(names.harvest(_segments()))
    assert not any(t.startswith(("建设", "实施")) for t in found)


def test_names_from_tags_need_the_shape_of_a_name() -> None:
    found = _terms(names.harvest(_segments()))
    assert found["张明"][0].category == "person"
    assert found["松江省"][0].category == "place"
    # jieba's dictionary tags some common words as names; they are not taken.
    assert not any(c.category == "place" and not c.term.endswith(("省", "区", "地"))
                   for cs in found.values() for c in cs)


def test_domain_terms_repeated_noun_phrases_and_nesting() -> None:
    found = _terms(domain.harvest(_segments()))
    assert len(found["高标准农田"]) == 4
    assert found["高标准农田"][0].kind is Kind.DOMAIN
    assert "termhood" in found["高标准农田"][0].evidence
    # A phrase of common words seen once is not a term.
    assert "新闻发布会" not in found


def test_domain_ranks_repeated_terms_above_one_offs() -> None:
    found = _terms(domain.harvest(_segments()))
    once = [cs[0].score for cs in found.values() if len(cs) == 1]
    assert found["高标准农田"][0].score > max(once)


def test_numbers_with_chinese_units() -> None:
    found = _terms(numbers.harvest(_segments()))
    mu = found["亩"]
    assert [c.gloss.text for c in mu] == ["1200万亩", "2.58亿亩"]
    assert [c.gloss.quantity for c in mu] == [1.2e7, 2.58e8]
    assert found["斤"][0].gloss.quantity == pytest.approx(1.5576e11)
    assert all(c.kind is Kind.UNIT for cs in found.values() for c in cs)


def test_sentence_spans_keep_closing_quotes() -> None:
    text = "他说：“很好。”我们同意！还有呢"
    assert [text[s:e] for s, e in sentence_spans(text)] == ["他说：“很好。”", "我们同意！", "还有呢"]


def test_run_on_a_chinese_document_uses_the_chinese_harvesters() -> None:
    result = harvest.run(_doc())
    terms = {e.term: e for e in result.entries}
    assert {"藏粮于地、藏粮于技", "寒地黑土保护工程", "高标准农田", "亩"} <= set(terms)
    # locate: every occurrence, but a short term never inside a longer word (黑土豆).
    black_soil = terms["黑土地"]
    assert [o.line for o in black_soil.occurrences] == [7, 7]
    assert all(o.form == "黑土地" for o in black_soil.occurrences)
    assert result.quotations[0].kind is Kind.QUOTATION


def test_harvester_names_fit_the_document_language() -> None:
    assert harvest.for_language("zh-Hans") == ["zh-quoted", "zh-names", "zh-domain", "zh-numbers"]
    assert harvest.for_language("zh-Hans", ["quoted"]) == ["zh-quoted"]
    assert harvest.for_language("en", ["quoted", "zh-names"]) == ["quoted"]


def test_chinese_terms_are_stored_as_chinese_never_english() -> None:
    with TermBase() as tb:
        ingest.store(tb, harvest.run(_doc()))
        langs = {t.lang for c in tb.concepts() for t in c.terms}
        assert langs == {"zh-Hans"}
        hits = tb.find("高标准农田", lang="zh-Hans")
        assert hits
        concept = tb.get(hits[0][0])
        contexts = concept.terms[0].contexts
        assert contexts[0].line == 3 and contexts[0].speaker == "张明"
        # Harvesting again adds nothing twice.
        before = tb.stats()
        ingest.store(tb, harvest.run(_doc()))
        assert tb.stats()["contexts"] == before["contexts"]


def test_a_chinese_text_read_as_english_is_still_harvested_as_chinese() -> None:
    doc = Document(path="briefing.txt", title=None, date=None, segments=_segments(), lang="en")
    result = harvest.run(doc)
    assert result.lang == "zh-Hans"
    assert "高标准农田" in {e.term for e in result.entries}
