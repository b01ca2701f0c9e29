"""Chinese names: institutions, places, programmes, companies, events and people.

Two sources of evidence:

* jieba's part-of-speech tags (the ICTCLAS tag set): ``nt`` (organisation),
  ``ns`` (place), ``nz`` (other proper noun), ``nr`` (person);
* the endings of the genre's names (:data:`ENDINGS`): a run of nouns ending in
  ``委员会``, ``示范区``, ``工程``, ``集团`` … is one name (``黑土地保护工程``,
  ``国家农业高新技术产业示范区``), whatever jieba made of its pieces. The run
  extends left over nouns, verbal nouns and ordinals (``第十八届``) and starts at a
  noun, never at the verb that governs the name (``建设`` in ``建设…示范区``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from termsmith.document import Segment
from termsmith.harvest.base import Candidate, Kind
from termsmith.harvest.zh import Token, content, is_han, occurrence, sentence_spans, tagged, zipf_zh

__all__ = ["ENDINGS", "HEADS", "harvest"]

# Endings of Chinese official names, by what they name. A genre knowledge list: the
# naming patterns of China's Party and state bodies, zones, plans and campaigns,
# companies and events (as in the names listed by gov.cn and the SCIO's transcripts).
ENDINGS: dict[str, str] = {
    **dict.fromkeys("委员会 办公室 办公厅 人民政府 国务院 部 局 厅 署 委 院 研究院 研究所 "
                    "协会 学会 联合会 中心 总局 管理局 法院 检察院 银行 大学 学院 "
                    "人民代表大会 常务委员会 政协 党委 支部 总书记".split(), "organisation"),
    **dict.fromkeys("集团 公司 有限公司 股份公司 合作社 农场 企业 酒厂 工厂".split(), "company"),
    **dict.fromkeys("示范区 新区 开发区 试验区 自贸区 经济带 经济区 城市群 产业园 园区 基地 "
                    "特区 自治区 保护区 功能区 走廊 省 市 县 州 镇 乡".split(), "place"),
    **dict.fromkeys("工程 计划 行动 规划 战略 倡议 方案 纲要 专项 项目 示范 攻坚战 "
                    "三年行动 五年规划 新政".split(), "programme"),
    **dict.fromkeys("会议 大会 全会 论坛 博览会 峰会 运动会 冬奥会 亚冬会 交易会 "
                    "冰雪节 文化节".split(), "event"),
}
# Head nouns that make a quoted phrase a name: “一带一路”倡议 (used by .quoted).
HEADS = frozenset(w for w, c in ENDINGS.items() if c == "programme" and len(w) >= 2) | frozenset(
    "精神 理念 思想 目标 原则 模式 品牌 工程 政策 制度 体系".split())

# jieba's ``nz`` ("other proper noun") is mostly set phrases (改革开放), left to .domain.
_PROPER = {"nt": "organisation", "ns": "place", "nr": "person", "nrt": "person",
           "nrfg": "person"}
_PROPER_SCORE = {"nt": 0.7, "ns": 0.6, "nr": 0.5, "nrt": 0.5, "nrfg": 0.5}
# jieba's dictionary tags many common words as names (英雄 ns, 福祉 nr): a place must
# end like one, a person's name must start with a common surname. Genre-neutral lists:
# the characters that end Chinese place names (省 province, 市 city, 江 river ...), and
# the commonest Chinese surnames (the top of the Ministry of Public Security's 2020 list).
_PLACE_END = frozenset("省市县区州镇乡村山河江湖海岛港湾岭峡谷原盆地洲")
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤习寿")
# Tags a name may continue over (nouns, verbal nouns, distinguishing words, idioms,
# abbreviations, and verbs inside a name: 黑土地/保护/工程).
_INNER = frozenset("n nr nrt nrfg ns nt nz ng vn v b j l an i".split())
# Tags a name may start with: not a verb (the verb governs the name).
_START = frozenset("n nr nrt nrfg ns nt nz ng b j l an".split())
_MAX_TOKENS = 8
_MAX_CHARS = 24


def harvest(segments: Iterable[Segment]) -> Iterator[Candidate]:
    """Yield NAME candidates from tags and from the genre's name endings."""
    for seg in content(segments):
        toks = tagged(seg.text)
        spans = sentence_spans(seg.text)
        compounds: set[tuple[int, int]] = set()
        for j, t in enumerate(toks):
            category = _ending(t)
            if category is None:
                continue
            i = _start(toks, j)
            if i is None:
                continue
            s, e = toks[i].start, t.end
            compounds.add((s, e))
            n = j - i + 1
            score = 0.8 if n >= 3 else 0.7
            if any(toks[k].tag in _PROPER for k in range(i, j + 1)):
                score += 0.1
            yield Candidate(term=seg.text[s:e], kind=Kind.NAME, score=round(min(score, 0.95), 2),
                            occurrence=occurrence(seg, s, e, spans),
                            evidence=f"name ending in {_matched_ending(t.word)} ({category})",
                            category=category)
        for t in toks:
            if t.tag not in _PROPER or len(t.word) < 2 or not all(is_han(c) for c in t.word):
                continue
            if (t.start, t.end) in compounds or not _plausible(t):
                continue
            score = _PROPER_SCORE[t.tag]
            z = zipf_zh(t.word)
            if z is not None and z > 5.0:
                score -= 0.15          # 中国, 北京: names, but a translator knows them
            yield Candidate(term=t.word, kind=Kind.NAME, score=round(score, 2),
                            occurrence=occurrence(seg, t.start, t.end, spans),
                            evidence=f"proper noun (jieba tag {t.tag})",
                            category=_PROPER[t.tag])


def _plausible(t: Token) -> bool:
    """Whether a word jieba tags as a name looks like one of its kind."""
    if t.tag == "ns":
        return len(t.word) >= 3 and t.word[-1] in _PLACE_END
    if t.tag in ("nr", "nrt", "nrfg"):
        return 2 <= len(t.word) <= 3 and t.word[0] in _SURNAMES and (zipf_zh(t.word) or 0) < 4.0
    return True


def _matched_ending(word: str) -> str:
    return max((w for w in ENDINGS if word.endswith(w)), key=len, default=word)


def _ending(t: Token) -> str | None:
    """The category of a name that ``t`` ends, or None."""
    return _ending_of(t.word, t.tag)


@lru_cache(maxsize=1 << 16)
def _ending_of(word: str, tag: str) -> str | None:
    if word in ENDINGS:
        return ENDINGS[word]
    for n in range(min(len(word) - 1, 7), 1, -1):        # 示范区 in 产业示范区
        cat = ENDINGS.get(word[-n:])
        if cat is not None:
            return cat
    cat = ENDINGS.get(word[-1:]) if len(word) >= 3 else None
    # 农业农村部 (nt), 黑龙江省 (ns): a one-character ending only ends a word jieba
    # tags as a name of that kind (it tags 广大干部 ns).
    if cat is not None and ((tag == "nt" and cat == "organisation")
                            or (tag == "ns" and cat == "place")):
        return cat
    return None


def _start(toks: tuple[Token, ...], j: int) -> int | None:
    """Where the name ending at token ``j`` starts, or None when it is the ending alone."""
    i = j
    chars = len(toks[j].word)
    while i > 0 and j - i + 1 < _MAX_TOKENS:
        t = toks[i - 1]
        ordinal = t.tag == "m" and t.word.startswith("第")
        if t.tag not in _INNER and not ordinal:
            break
        if chars + len(t.word) > _MAX_CHARS:
            break
        chars += len(t.word)
        i -= 1
    # A verb more than two words before the ending governs the name (大力/实施/卓越/
    # 工程师/培养/计划): the name starts after it. Nearer, it is part of it (黑土/保护/
    # 利用/规划).
    for k in range(j - 3, i - 1, -1):
        if toks[k].tag == "v":
            i = k + 1
            break
    # Start at the first token that may start a name; a verb directly before the
    # ending may start it (扶贫/工程), any other verb governs it.
    while i < j and toks[i].tag not in _START and not (
            i == j - 1 and toks[i].tag in ("v", "vn") and len(toks[i].word) >= 2):
        i += 1
    if i == j:
        return None if len(toks[j].word) <= 3 or toks[j].word in ENDINGS else j
    return i
