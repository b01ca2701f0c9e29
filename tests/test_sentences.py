"""Sentence splitting (termsmith.sentences): Chinese and English, on sentences written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termsmith.sentences import sentences, split


@pytest.mark.parametrize(("text", "expected"), [
    ("青海是“中华水塔”。我们恢复退化草原3000亩！你说呢？",
     ["青海是“中华水塔”。", "我们恢复退化草原3000亩！", "你说呢？"]),
    # Closing quotes and brackets stay with the sentence they close.
    ("他说：“我们的草场比以往任何时候都绿。”大家都笑了。",
     ["他说：“我们的草场比以往任何时候都绿。”", "大家都笑了。"]),
    ("（这是一个括注。）下面请提问。", ["（这是一个括注。）", "下面请提问。"]),
    # Semicolons and ellipses end sentences; runs of marks stay together.
    ("一是加强保护；二是推动利用……三是什么？！", ["一是加强保护；", "二是推动利用……", "三是什么？！"]),
    # Decimal points, colons and commas do not.
    ("森林覆盖率达到8.2%，比上年提高0.5个百分点：成效明显。",
     ["森林覆盖率达到8.2%，比上年提高0.5个百分点：成效明显。"]),
    ("没有结尾标点的标题", ["没有结尾标点的标题"]),
    ("Half-width too!真的吗?是的.", ["Half-width too!", "真的吗?", "是的."]),
])
def test_chinese(text: str, expected: list[str]) -> None:
    assert sentences(text, "zh-Hans") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The conference opened on Feb. 7 in Beijing. It lasted two days.",
     ["The conference opened on Feb. 7 in Beijing.", "It lasted two days."]),
    ("Heilongjiang Beidahuang Agriculture Co. Ltd. signed the deal. Output rose.",
     ["Heilongjiang Beidahuang Agriculture Co. Ltd. signed the deal.", "Output rose."]),
    ("The firm is Harbin Electric Co. Ltd. The deal was signed in March.",
     ["The firm is Harbin Electric Co. Ltd.", "The deal was signed in March."]),
    ("The No. 1 Central Document sets the goals. Grain output was 155.76 billion jin.",
     ["The No. 1 Central Document sets the goals.", "Grain output was 155.76 billion jin."]),
    ("J. R. Harper and Mr. Wang met Dr. Li at 10 a.m. The talks went well.",
     ["J. R. Harper and Mr. Wang met Dr. Li at 10 a.m.", "The talks went well."]),
    ("Trade with the U.S. grew by 3.5 percent. U.S. firms invested more.",
     ["Trade with the U.S. grew by 3.5 percent.", "U.S. firms invested more."]),
    ('She said, "It works." Then she left. Did it? Yes!',
     ['She said, "It works."', "Then she left.", "Did it?", "Yes!"]),
    ("Growth was 5.2% (up from 4.9%). Next year we will see.",
     ["Growth was 5.2% (up from 4.9%).", "Next year we will see."]),
    ("See Art. 5 of the law, e.g. the second clause. It applies.",
     ["See Art. 5 of the law, e.g. the second clause.", "It applies."]),
    ("The answer is no. Thank you.", ["The answer is no.", "Thank you."]),
    ("Wait... what happened? nothing much.", ["Wait... what happened? nothing much."]),
])
def test_english(text: str, expected: list[str]) -> None:
    assert sentences(text, "en") == expected


# Text built from pieces of the genre, with marks and spaces where they break splitters.
_PIECES = st.sampled_from([
    "我们", "草原", "保护", "。", "！", "？", "；", "……", "”", "“", "（", "）", "，", "：", "8.2%",
    "The", "Mr.", "Co.", "Ltd.", "Feb.", "7", "No.", "1", "3.5", "U.S.", "a.m.", "J.", "word",
    ".", "!", "?", '"', ")", " ", "  ", "\n", "\t",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.sampled_from(["en", "zh-Hans"]))
def test_nothing_lost_no_empty_sentence_offsets_right(text: str, lang: str) -> None:
    spans = split(text, lang)
    pos = 0
    for start, end in spans:
        assert start < end                                  # no empty sentence
        assert text[pos:start].strip() == ""                # only white space between sentences
        piece = text[start:end]
        assert piece == piece.strip()                       # trimmed
        pos = end
    assert text[pos:].strip() == ""
    assert sentences(text, lang) == [text[s:e] for s, e in spans]
    # Nothing but white space is lost: the sentences give back every other character.
    assert "".join("".join(s.split()) for s in sentences(text, lang)) == "".join(text.split())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.sampled_from(["en", "zh"]))
def test_any_text_splits_into_trimmed_nonempty_spans(text: str, lang: str) -> None:
    spans = split(text, lang)
    assert all(s < e for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
    assert "".join("".join(text[s:e].split()) for s, e in spans) == "".join(text.split())
