"""Chinese slogans in quotation marks and titles in title marks.

Government Chinese quotes its set phrases (``“藏粮于地、藏粮于技”``, ``“一带一路”``;
``「」`` in traditional typesetting) and marks the titles of laws, plans and books
with ``《》`` (GB/T 15834-2011, the national standard for punctuation). A quoted
phrase immediately followed by a head noun (``“一带一路”倡议``) is also a name:
the whole is what an English text renders as one term (the Belt and Road
Initiative). A quoted whole sentence (a remark, a saying introduced by ``说：``)
is kept as a quotation, not a term.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from termsmith.document import Segment
from termsmith.harvest.base import Candidate, Kind
from termsmith.harvest.zh import content, is_han, occurrence, sentence_spans
from termsmith.harvest.zh.names import HEADS

__all__ = ["harvest"]

# Opening mark -> closing mark. ‘’ and 『』 nest inside the others.
_PAIRS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
_CLOSING = frozenset(_PAIRS.values())
_TITLE = re.compile(r"《([^《》\n]{1,60})》")
_EDITION = re.compile(r"[（(][^（）()]*\d[^（）()]*[）)]$")
_SENTENCE_END = re.compile(r"[。！？!?]\s*$")
_INTRO = re.compile(r"(?:说|道|指出|强调|表示|提出|写道|讲|问|答|曰)[：:]\s*$")
_MAX_TERM = 24            # characters: longer quoted spans are remarks, not terms
_PUNCT_INSIDE = re.compile(r"[，,。；;！？!?：:]")


def harvest(segments: Iterable[Segment]) -> Iterator[Candidate]:
    """Yield quoted slogans (QUOTED), quoted remarks (QUOTATION) and titles (TITLE)."""
    for seg in content(segments):
        text = seg.text
        spans = sentence_spans(text)
        for start, end, outer_end in _quotes(text):
            yield from _quoted(seg, start, end, outer_end, spans)
        for m in _TITLE.finditer(text):
            s, e = _trim(text, m.start(1), m.end(1))
            edition = _EDITION.search(text, s, e)
            if edition and edition.start() > s:
                e = edition.start()     # 《…规划（2024—2030年）》: the years are the edition
            if s < e and any(is_han(c) for c in text[s:e]):
                yield Candidate(term=text[s:e], kind=Kind.TITLE, score=0.9,
                                occurrence=occurrence(seg, s, e, spans),
                                evidence="title in title marks 《》", category="title")


def _quotes(text: str) -> list[tuple[int, int, int]]:
    """(content start, content end, offset after the closing mark) of each quoted span."""
    out: list[tuple[int, int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, c in enumerate(text):
        if c in _PAIRS:
            stack.append((c, i))
        elif c in _CLOSING and stack:
            # A mismatched closing mark closes the quote it belongs to; unclosed inner
            # quotes are dropped.
            while stack and c != _PAIRS[stack[-1][0]]:
                stack.pop()
            if stack:
                _, at = stack.pop()
                out.append((at + 1, i, i + 1))
    return sorted(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "、，,"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "、，,。"):
        end -= 1
    return start, end


def _quoted(seg: Segment, q0: int, q1: int, after: int,
            spans: list[tuple[int, int]]) -> Iterator[Candidate]:
    text = seg.text
    start, end = _trim(text, q0, q1)
    body = text[start:end]
    if start >= end or sum(1 for c in body if is_han(c)) < 2:
        return          # nothing Chinese, or one quoted character (“的”字): not a term
    occ = occurrence(seg, start, end, spans)
    if _is_quotation(text, q0, body):
        yield Candidate(term=" ".join(body.split()), kind=Kind.QUOTATION, score=0.1,
                        occurrence=occ, evidence="quoted sentence (a remark, not a term)")
        return
    term = "".join(body.split()) if all(is_han(c) or c.isspace() for c in body) else body
    score, why = _score(body)
    yield Candidate(term=term, kind=Kind.QUOTED, score=score, occurrence=occ, evidence=why)
    # “一带一路”倡议: the quoted phrase with its head noun is one name.
    head = _head_after(text, after)
    if head:
        stop = after + len(head)
        yield Candidate(term=f"“{term}”{head}", kind=Kind.NAME, score=min(1.0, score + 0.05),
                        occurrence=occurrence(seg, q0 - 1, stop, spans),
                        evidence=f"quoted phrase with the head noun {head}", category="programme")


def _head_after(text: str, at: int) -> str | None:
    for n in range(4, 1, -1):
        word = text[at:at + n]
        if word in HEADS:
            return word
    return None


def _is_quotation(text: str, q0: int, body: str) -> bool:
    """A quoted whole sentence or remark: long, punctuated inside, or introduced by 说："""
    if len(body) > _MAX_TERM:
        return True
    if _INTRO.search(text[max(0, q0 - 12):q0 - 1]) and (
            _SENTENCE_END.search(body) or _PUNCT_INSIDE.search(body)):
        return True
    return bool(_SENTENCE_END.search(body)) and len(body) > 8


def _score(body: str) -> tuple[float, str]:
    n = sum(1 for c in body if is_han(c))
    if _PUNCT_INSIDE.search(body):
        return 0.75, "quoted slogan in several parts"
    if n <= 12:
        return 0.85, "quoted phrase"
    return 0.7, "long quoted phrase"
