"""Chinese segmentation and term finding (check/segment.py): fast engines, same answers."""

from __future__ import annotations

import logging

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termsmith.check.segment import JiebaSegmenter, ZhTermFinder, _prototype

# Sentences of the genre, written for this test (press-conference Chinese).
TEXT = [
    "我省坚持把保护好黑土地作为首要任务，黑土豆产量稳定增长。",
    "今年全省粮食总产量达到1557.6亿斤，连续十四年位居全国第一。",
    "我们推进“头雁”工程建设，发挥领头雁示范带动作用。",
    "冰雪旅游和冰雪经济快速发展，哈尔滨冰雪大世界接待游客创新高。",
    "国务院新闻办公室举行新闻发布会，介绍东北全面振兴取得的新突破。",
    "大豆种植面积稳定在7000万亩以上，秸秆还田和保护性耕作全面推广。",
]
USER_WORDS = ["黑土地保护", "头雁", "冰雪经济", "保护性耕作", "国新办", "黑土", "领头雁示范"]


def _python_jieba(words: list[str]) -> jieba.Tokenizer:
    """jieba's own tokenizer with ``words`` added (its dictionary copied, not re-read)."""
    jieba.setLogLevel(logging.WARNING)
    proto = _prototype()
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total, tk.initialized = dict(proto.FREQ), proto.total, True
    for w in words:
        tk.add_word(w)
    return tk


def test_the_fast_cutter_cuts_as_jieba_does_with_the_same_user_words() -> None:
    seg = JiebaSegmenter(USER_WORDS)
    reference = _python_jieba(USER_WORDS)
    for line in TEXT:
        assert seg.cut(line) == list(reference.cut(line, HMM=False))
    # words added later reach the fast cutter too
    seg.add_words(["粮食总产量"])
    reference.add_word("粮食总产量")
    assert seg.cut(TEXT[1]) == list(reference.cut(TEXT[1], HMM=False))
    assert "粮食总产量" in seg.cut(TEXT[1])


_HAN = "黑土地保护豆产量头雁工程冰雪经济旅游大世界国务院新闻办公室粮食总亿斤亩"


@settings(max_examples=15, deadline=None)   # each example loads a dictionary
@given(st.lists(st.text(alphabet=_HAN, min_size=2, max_size=5), max_size=8),
       st.text(alphabet=_HAN + "，。“”0123456789ab", max_size=60))
def test_fast_and_python_cuts_agree_on_any_text(words: list[str], text: str) -> None:
    seg = JiebaSegmenter(words)
    assert seg.cut(text) == list(_python_jieba(words).cut(text, HMM=False))


def test_candidates_are_every_overlapping_occurrence_by_end() -> None:
    finder = ZhTermFinder(["黑土", "黑土地", "土地", "头雁", "头雁"])
    text = "保护黑土地，“头雁”。"
    assert finder.candidates(text) == [(2, 4, "黑土"), (2, 5, "黑土地"), (3, 5, "土地"),
                                       (7, 9, "头雁")]
    assert ZhTermFinder([]).candidates(text) == []


@pytest.mark.parametrize(("text", "found"), [
    ("黑土豆产量稳定", []),                      # 黑土 inside 黑/土豆: not a word here
    ("保护黑土，利用好黑土", [(2, 4, "黑土"), (8, 10, "黑土")]),
])
def test_find_keeps_only_whole_words(text: str, found: list[tuple[int, int, str]]) -> None:
    assert ZhTermFinder(["黑土"]).find(text) == found


@pytest.mark.parametrize(("terms", "text", "found"), [
    # jieba's best cut crosses the term (深化改革 / 开放; 十八 / 大作), but a cut that keeps
    # it whole is nearly as likely: the sentence says the term.
    (["改革开放"], "我们要全面深化改革开放。", [(7, 11, "改革开放")]),
    (["十八大"], "部长对十八大作了介绍。", [(3, 6, "十八大")]),
    # A term inside a word that is far likelier whole is not said: 人民币, 大学生, 国家级.
    (["人民"], "人民币汇率保持稳定。", []),
    (["学生"], "大学生就业形势总体稳定。", []),
    (["国家"], "国家级新区建设加快推进。", []),
])
def test_a_term_jieba_cuts_across_is_found_when_nearly_as_likely_whole(
        terms: list[str], text: str, found: list[tuple[int, int, str]]) -> None:
    assert ZhTermFinder(terms).find(text) == found


def test_word_cost_is_zero_on_jiebas_own_cut_and_grows_with_the_words_it_breaks() -> None:
    seg = JiebaSegmenter(["改革开放", "人民"])
    assert seg.word_cost("坚持改革开放", 2, 6) == pytest.approx(0.0)
    assert 0 < seg.word_cost("深化改革开放", 2, 6) < seg.word_cost("人民币汇率", 0, 2)


_PIECES = st.sampled_from(["黑土", "黑土地", "保护", "头雁", "冰雪经济", "产量", "稳定",
                           "，", "。", "“", "”", "GDP", "1557.6", "亿斤", "（", "）", " ", "-"])
_FINDER = ZhTermFinder(USER_WORDS)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=14))
def test_finding_with_the_blocks_found_once_per_text_is_finding_block_by_block(
        pieces: list[str]) -> None:
    """find() looks up where jieba's blocks end once per text; each occurrence is then
    judged as word_aligned judges it on its own."""
    from termsmith.check.segment import _aligned_fast, word_aligned

    text = "".join(pieces)
    alone = [(s, e, t) for s, e, t in _FINDER.candidates(text)
             if _aligned_fast(text, s, e) or word_aligned(_FINDER.segmenter, text, s, e)]
    assert _FINDER.find(text) == alone
