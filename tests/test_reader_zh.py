"""Reading Chinese: the transcript parser, encodings, bilingual pages (fixtures in data/reader/zh)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from termsmith.document import Document, Participant, Role, Segment
from termsmith.errors import SourceError
from termsmith.reader import parse_text, read, read_pair
from termsmith.readers.bilingual import is_bilingual, split
from termsmith.readers.encoding import decode
from termsmith.readers.zh import find_date

DATA = Path(__file__).parent / "data" / "reader" / "zh"
ZH = DATA / "qinghai.zh.txt"
BIG5_SOURCE = DATA / "qinghai.big5.source.txt"
BILINGUAL = DATA / "qinghai.bilingual.txt"


def line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return n
    raise AssertionError(f"{needle!r} not in {path}")


def seg(doc: Document, start: str) -> Segment:
    return next(s for s in doc.segments if s.text.startswith(start))


@pytest.fixture(scope="module")
def doc() -> Document:
    return read(ZH)


# The transcript ------------------------------------------------------------------

def test_title_date_language(doc: Document) -> None:
    assert doc.lang == "zh-Hans"
    assert doc.title == "国务院新闻办公室举行“推动高质量发展”系列主题新闻发布会（青海）"
    assert doc.date == "2025-06-12"
    assert doc.segments[0] == Segment(doc.title, 1, Role.TITLE)
    assert doc.segments[1] == Segment("2025年6月12日 星期四", 2, Role.DATELINE)
    assert seg(doc, "国务院新闻办公室于").role is Role.NARRATIVE


def test_speaker_list_post_then_name_and_chair(doc: Document) -> None:
    assert doc.participants == (
        Participant("吴晓梅", "青海省人民政府副省长"),
        Participant("马建国", "青海省林业和草原局局长"),
        Participant("寿小丽", "国务院新闻办公室新闻局副局长、新闻发言人", chair=True),
    )
    assert seg(doc, "发布人").role is Role.HEADING
    assert seg(doc, "青海省人民政府副省长").role is Role.SPEAKER_LIST


def test_chair_label_names_the_chair(doc: Document) -> None:
    label = seg(doc, "主持人 寿小丽：")
    assert (label.role, label.speaker) == (Role.SPEAKER_LABEL, "寿小丽")
    turn = seg(doc, "女士们、先生们")
    assert (turn.role, turn.speaker, turn.line) == (Role.SPEECH, "寿小丽", line_of(ZH, "女士们、先生们"))


def test_turns_with_full_and_half_width_colons(doc: Document) -> None:
    assert seg(doc, "青海是").speaker == "吴晓梅"
    assert seg(doc, "马建国:").role is Role.SPEAKER_LABEL
    assert seg(doc, "我补充一点").speaker == "马建国"


def test_label_on_the_line_of_the_text(doc: Document) -> None:
    s = seg(doc, "谢谢你的提问")
    assert (s.role, s.speaker, s.line) == (Role.SPEECH, "吴晓梅", line_of(ZH, "谢谢你的提问"))
    # The quotation's colon inside the paragraph opens nothing.
    assert s.text.endswith("正如牧民所说：“我们的草场比以往任何时候都绿。”")


def test_a_reported_saying_is_not_a_turn(doc: Document) -> None:
    s = seg(doc, "他说：")
    assert (s.role, s.speaker) == (Role.SPEECH, "吴晓梅")


def test_outlets_ask_questions(doc: Document) -> None:
    q = seg(doc, "草原修复取得了哪些成效")
    assert (q.role, q.speaker) == (Role.QUESTION, "中央广播电视总台央视记者")
    assert seg(doc, "请问青海").speaker == "香港中评社记者"
    assert seg(doc, "请问青海").role is Role.QUESTION


def test_boilerplate(doc: Document) -> None:
    assert seg(doc, "_ueditor_page_break_tag_").role is Role.PAGE_BREAK
    assert seg(doc, "责任编辑").role is Role.CREDIT
    assert seg(doc, "/6").role is Role.CAPTION
    thanks = seg(doc, "谢谢。")
    assert (thanks.role, thanks.speaker) == (Role.FORMULA, "寿小丽")
    assert seg(doc, "今天的发布会就到这里").role is Role.SPEECH


def test_wrapped_lines_join_without_a_space(doc: Document) -> None:
    s = seg(doc, "我们推广")
    assert s.text == "我们推广“清洁能源+”模式……这是一项长期任务，需要久久为功、持续用力。"
    assert s.line == line_of(ZH, "我们推广")


def test_content_is_what_the_aligner_reads(doc: Document) -> None:
    content = doc.content()
    assert all(s.role in (Role.SPEECH, Role.QUESTION, Role.NARRATIVE, Role.TITLE) for s in content)
    assert not any("责任编辑" in s.text or "谢谢。" == s.text for s in content)


@pytest.mark.parametrize(("text", "iso"), [
    ("2024年4月26日", "2024-04-26"), ("二〇二四年四月二十六日", "2024-04-26"),
    ("时间：2025 年 6 月 2 日 上午10时", "2025-06-02"), ("发布时间：2025-06-12 15:28", "2025-06-12"),
    ("2025年2月30日", None), ("二十年前", None),
])
def test_dates(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


def test_html_page() -> None:
    page = ("<html><body><h1>新闻发布会</h1><p>2025年6月12日</p><p>发布人：</p>"
            "<p>青海省副省长 吴晓梅</p><p>吴晓梅：</p><p>青海是“中华水塔”。</p></body></html>")
    d = parse_text(page, path="page.html")
    assert d.lang == "zh-Hans"
    assert (d.title, d.date) == ("新闻发布会", "2025-06-12")
    assert seg(d, "青海是").speaker == "吴晓梅"


# Encodings -----------------------------------------------------------------------

def _same_segments(a: Document, b: Document) -> None:
    assert [(s.text, s.line, s.role, s.speaker) for s in a.segments] == \
        [(s.text, s.line, s.role, s.speaker) for s in b.segments]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"])
def test_chinese_desk_encodings_are_detected(tmp_path: Path, doc: Document, encoding: str) -> None:
    text = ZH.read_text(encoding="utf-8")
    raw = text.encode(encoding)
    if encoding.startswith("utf-16-"):
        raw = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + raw
    f = tmp_path / f"qinghai.{encoding}.txt"
    f.write_bytes(raw)
    got = read(f)
    _same_segments(got, doc)
    assert got.participants == doc.participants


def test_crlf_gb18030(tmp_path: Path, doc: Document) -> None:
    f = tmp_path / "crlf.txt"
    f.write_bytes(ZH.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gb18030"))
    _same_segments(read(f), doc)


def test_big5_traditional(tmp_path: Path) -> None:
    f = tmp_path / "big5.txt"
    f.write_bytes(BIG5_SOURCE.read_text(encoding="utf-8").encode("big5"))
    d = read(f)
    assert d.lang == "zh-Hant"
    assert d.date == "2025-06-12"
    assert seg(d, "青海是").speaker == "吳曉梅"
    assert seg(d, "女士們").speaker == "壽小麗"
    assert seg(d, "草原修復").role is Role.QUESTION


def test_windows_1252_english(tmp_path: Path) -> None:
    f = tmp_path / "cp1252.txt"
    f.write_bytes("Title\n\nWu Xiaomei:\n\nQinghai is the \u201cWater Tower of China\u201d \u2013 "
                  "caf\u00e9 owners agree.\n".encode("cp1252"))
    d = read(f)
    assert d.lang == "en"
    assert seg(d, "Qinghai").text == \
        "Qinghai is the \u201cWater Tower of China\u201d \u2013 café owners agree."


def test_encoding_given(tmp_path: Path) -> None:
    f = tmp_path / "gbk.txt"
    f.write_bytes("标题\n\n谢谢".encode("gbk"))   # too short to detect: it reads as UTF-8 junk or fails
    assert read(f, encoding="gbk").title == "标题"
    assert decode("谢谢".encode("gbk"), "x", "GB18030").encoding == "gb18030"


@pytest.mark.parametrize(("data", "encoding", "message"), [
    ("日本語の記者会見です。今日はいい天気ですね。".encode("shift_jis"), None,
     r"e\.txt: line 1: not UTF-8 text \(byte 0x93 at column 1\); it looks like \w+: give --encoding \w+$"),
    ("한국어 텍스트입니다. 오늘은 날씨가 좋네요.".encode("euc_kr"), None,
     r"e\.txt: line 1: not UTF-8 text .*; it looks like \w+: give --encoding \w+$"),
    ("Title\n\n国务院".encode("gb18030"), "utf-8",
     r"e\.txt: line 3: not UTF-8 text \(byte 0xb9 at column 1\)$"),
    (b"\xb1\xea\n\x81\x40", "big5", r"e\.txt: line 2: not big5 text \(byte 0x81 at column 1\)$"),
    (b"abc", "klingon", r"e\.txt: unknown encoding 'klingon'"),
    ("Title text".encode("utf-16-be"), None, r"give --encoding utf-16-be$"),
])
def test_encoding_errors_are_one_line_and_helpful(tmp_path: Path, data: bytes, encoding: str | None,
                                                  message: str) -> None:
    f = tmp_path / "e.txt"
    f.write_bytes(data)
    with pytest.raises(SourceError, match=message) as info:
        read(f, encoding=encoding)
    assert "\n" not in str(info.value)


# Bilingual pages ------------------------------------------------------------------

def test_bilingual_page_splits_by_script_keeping_line_numbers() -> None:
    zh, en = read_pair(BILINGUAL)
    assert (zh.lang, en.lang) == ("zh-Hans", "en")
    assert zh.title == "青海生态保护新闻发布会"
    assert en.title == "Press conference on ecological protection in Qinghai"
    assert zh.date == en.date == "2025-06-12"
    s = seg(zh, "青海是")
    assert (s.line, s.speaker) == (line_of(BILINGUAL, "青海是"), "吴晓梅")
    e = seg(en, "Qinghai is")
    assert (e.line, e.speaker) == (line_of(BILINGUAL, "Qinghai is"), "Wu Xiaomei")
    # Paragraphs with no blank line between them stay apart; the tag goes to both sides.
    assert seg(en, "What has").role is Role.QUESTION
    assert seg(zh, "草原修复").role is Role.QUESTION
    assert any(s.role is Role.PAGE_BREAK for s in zh.segments)
    assert any(s.role is Role.PAGE_BREAK for s in en.segments)
    assert [s.speaker for s in zh.content() if s.speaker] == ["寿小丽", "吴晓梅", "中央广播电视总台央视记者"]
    assert [s.speaker for s in en.content() if s.speaker] == ["Shou Xiaoli", "Wu Xiaomei",
                                                               "China Media Group CCTV"]


def test_bilingual_html_page() -> None:
    zh, en = read_pair(DATA / "qinghai.bilingual.html")
    assert [s.text for s in zh.content()][-1] == "青海是“中华水塔”。我们恢复退化草原3000亩。"
    assert [s.text for s in en.content()][-1].startswith("Qinghai is the")
    assert seg(zh, "青海是").line < seg(en, "Qinghai is").line


def test_read_gives_one_side_of_a_bilingual_page() -> None:
    assert read(BILINGUAL).lang == "en"
    assert read(BILINGUAL, lang="zh").lang == "zh-Hans"


def test_a_monolingual_page_is_not_bilingual(doc: Document) -> None:
    with pytest.raises(SourceError, match="not a bilingual page"):
        read_pair(ZH)
    lines = [(1, "青海是“中华水塔”。"), (2, "Qinghai Daily:"), (3, "草原修复取得了哪些成效？")]
    assert not is_bilingual(lines)


_LINES = st.lists(st.sampled_from(["主持人 寿小丽：", "Shou Xiaoli:", "女士们，下午好！", "Good afternoon!",
                                   "", "_ueditor_page_break_tag_", "2025", "青海 GDP 增长。",
                                   "The term 头雁 means a leading goose."]), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_LINES)
def test_split_keeps_every_line_on_its_side(texts: list[str]) -> None:
    lines = list(enumerate(texts, start=1))
    zh, en = split(lines)
    assert [n for n, _ in zh] == [n for n, _ in en] == [n for n, _ in lines]
    for (_, text), (_, a), (_, b) in zip(lines, zh, en, strict=True):
        assert text in (a, b)                  # nothing lost
        assert a == "" or b == "" or a == b    # one side, or both for neutral lines


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "标题", "2025年6月12日", "发布人：", "青海省副省长 吴晓梅", "主持人：", "新闻发言人 寿小丽",
    "主持人 寿小丽：", "吴晓梅：", "吴晓梅：草原是命根子。", "记者：", "他说：好。", "谢谢。",
    "_ueditor_page_break_tag_", "责任编辑：李明", "/6 吴晓梅", "", "我们推广保护性耕作，这是一项长期任务",
    "草原修复取得了哪些成效？"]), min_size=1, max_size=25))
def test_zh_parser_never_invents_text(texts: list[str]) -> None:
    source = "\n".join(texts)
    if not source.strip():
        return
    d = parse_text("标题\n" + source)
    flat = "".join("标题\n".join([""] + texts).split())
    last = 0
    for s in d.segments:
        assert s.text.strip()                                 # no empty segment
        assert s.line >= last                                 # in order
        last = s.line
        assert "".join(s.text.split()) in flat                # every segment's text is in the source


# -- the script count --------------------------------------------------------------------

_SAMPLE_CHARS = st.one_of(
    st.characters(max_codepoint=0x2FF),                          # Latin, Latin-1, IPA
    st.characters(min_codepoint=0x3000, max_codepoint=0x303F),   # CJK punctuation, 〇
    st.characters(min_codepoint=0x33F0, max_codepoint=0x4E10),   # around both Han blocks' edges
    st.characters(min_codepoint=0x9FF0, max_codepoint=0xA010),
    st.characters(min_codepoint=0xFF00, max_codepoint=0xFF65),   # full-width forms
    st.sampled_from("，。、；：？！“”‘’（）《》〈〉【】「」『』…—·\U00020000\U0002FA1F\U0002FA20"),
)


@given(st.text(_SAMPLE_CHARS, max_size=60))
def test_the_script_count_is_the_per_character_rule(text: str) -> None:
    """Han characters and Chinese punctuation on one side, letters below U+0250 on the
    other, counted one character at a time, as the module's documentation says."""
    from termsmith.readers import script

    marks = "，。、；：？！“”‘’（）《》〈〉【】「」『』…—·"
    han = sum(1 for c in text if script.is_han(c) or c in marks)
    latin = sum(1 for c in text if not (script.is_han(c) or c in marks)
                and c.isalpha() and ord(c) < 0x250)
    assert script._weights(text) == (han, latin)


@given(st.lists(st.text(_SAMPLE_CHARS, max_size=30), max_size=6))
def test_a_documents_language_and_each_lines_script_follow_the_count(lines: list[str]) -> None:
    from termsmith.readers import script

    han = sum(script._weights(t)[0] for t in lines)
    latin = sum(script._weights(t)[1] for t in lines)
    ideograph = any(script.is_han(c) for t in lines for c in t)
    assert script.mostly_chinese(lines) == (ideograph and 4 * han >= latin)
    for t in lines:
        h, la = script._weights(t)
        expected = (script.Script.NONE if h == la == 0 else
                    script.Script.HAN if 4 * h >= la else script.Script.LATIN)
        assert script.script_of(t) is expected
