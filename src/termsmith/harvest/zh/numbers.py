"""Chinese units of measure, harvested with the quantities they measure (``2.58亿亩``).

A Chinese unit (``亩``, ``斤``, ``公顷``) is the term: it is what a glossary
must render one way (mu, jin, hectares) and what a conversion note belongs to.
Each quantity written with it becomes a gloss of the unit (the value in
base units, as the English unit harvester records ``258 million mu``), and its
context shows the number as written, so numbers can later be matched across
languages (``2.58亿亩`` ↔ ``258 million mu``). Numbers are read by
:mod:`termsmith.check.zhnum` (Arabic or Chinese numerals with 万 and 亿).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from termsmith.check.zhnum import numbers_zh
from termsmith.document import Segment
from termsmith.harvest.base import Candidate, Kind
from termsmith.harvest.zh import content, occurrence, sentence_spans
from termsmith.model import Gloss, GlossType

__all__ = ["UNITS", "harvest"]

# Units of measure written after Chinese quantities, with how much a translator must
# think about them: traditional market units (市制: mu, jin, li ...) always need a
# rendering and often a conversion; metric and currency units rarely do. A genre
# knowledge list (the State Council's 1984 order on legal units keeps the market
# units in agriculture; they are everywhere in the genre's figures).
UNITS: dict[str, float] = {
    **dict.fromkeys("亩 斤 两 担 顷 里 丈 尺 寸".split(), 0.85),
    **dict.fromkeys("公顷 平方公里 平方米 公里 千米 米 吨 公斤 千克 千瓦 千瓦时 立方米 "
                    "标准箱 头 只 株 户 人次".split(), 0.5),
    **dict.fromkeys("元 美元 欧元 人民币".split(), 0.45),
}
_LONGEST = max(len(u) for u in UNITS)


def harvest(segments: Iterable[Segment]) -> Iterator[Candidate]:
    """Yield a UNIT candidate (the unit as term, the quantity as gloss) for each quantity."""
    for seg in content(segments):
        text = seg.text
        spans: list[tuple[int, int]] | None = None
        for n in numbers_zh(text):
            unit = _unit_at(text, n.end)
            if unit is None:
                continue
            # 2.58亿亩: the quantity is the number with its unit; 亿 is part of the number.
            quantity = text[n.start:n.end + len(unit)]
            spans = spans or sentence_spans(text)
            gloss = Gloss(type=GlossType.UNIT, text=quantity, unit=unit,
                          quantity=float(n.value))
            yield Candidate(term=unit, kind=Kind.UNIT, score=UNITS[unit],
                            occurrence=occurrence(seg, n.end, n.end + len(unit), spans),
                            evidence=f"unit of measure after a number: {quantity}",
                            gloss=gloss, related=quantity, category="unit")


def _unit_at(text: str, at: int) -> str | None:
    """The longest unit written at ``text[at:]`` (``平方公里`` before ``公里``), or None."""
    for n in range(min(_LONGEST, len(text) - at), 0, -1):
        word = text[at:at + n]
        if word in UNITS:
            return word
    return None
