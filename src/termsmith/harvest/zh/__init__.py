"""Chinese-side harvest: harvesters for Chinese segments, and what they share.

The harvesters (registered in :data:`termsmith.harvest.HARVESTERS` under
``zh-…`` names) are pure functions from segments to candidates, like the
English ones, and yield the same :class:`~termsmith.harvest.base.Candidate`:

* :mod:`.quoted` — slogans in ``“”`` and ``「」`` (``“藏粮于地、藏粮于技”``), and titles
  in ``《》`` (``《黑土地保护法》``);
* :mod:`.names` — institutions, places, programmes and companies, from jieba's
  part-of-speech tags (``nt``, ``ns``, ``nz``, ``nr``) and the genre's name endings
  (``委员会``, ``示范区``, ``工程`` …);
* :mod:`.domain` — noun phrases salient against general Chinese (jieba's
  dictionary frequencies);
* :mod:`.numbers` — Chinese units of measure with their quantities (``2.58亿亩``).

Word segmentation and tagging are jieba's, run by ``rjieba`` (jieba-rs: the same
dictionary and tags, in Rust, about 20x faster than jieba in Python; see
benchmarks/README.md); each segment is tagged once and the tags are shared by
all the harvesters of a run (:func:`tagged`).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from termsmith.document import Segment
from termsmith.harvest.base import Occurrence
from termsmith.readers.script import is_han
from termsmith.sentences import split_zh

__all__ = ["Token", "is_han", "occurrence", "sentence_spans", "tagged", "zipf_zh"]


class Token(NamedTuple):
    """A word of a segment with its jieba part-of-speech tag and its span.

    A named tuple rather than a frozen dataclass: a document has hundreds of
    thousands of tokens, and a tuple is several times cheaper to build.
    """

    word: str
    tag: str          # jieba (ICTCLAS) tag: n, ns, nt, nz, nr, v, vn, m, x ...
    start: int
    end: int


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import rjieba  # lazy: loading its dictionary takes a third of a second

    return rjieba.Jieba()


@lru_cache(maxsize=1 << 16)
def tagged(text: str) -> tuple[Token, ...]:
    """The words of ``text`` with their tags (jieba, HMM on for new words), cached per text.

    Every harvester of a run asks for the same segments, so each is tagged once.
    """
    out: list[Token] = []
    pos = 0
    make = Token._make
    for word, tag in _jieba().tag(text, True):
        end = pos + len(word)
        out.append(make((word, tag, pos, end)))
        pos = end
    return tuple(out)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of a Chinese paragraph, white space trimmed.

    The reader's splitter (:func:`termsmith.sentences.split_zh`: after ``。！？；…`` and
    the closing quotes and brackets that follow), so the harvest, the aligner and the
    memory cut Chinese the same way; a paragraph of white space alone is one span.
    """
    return split_zh(text) or [(0, len(text))]


def occurrence(seg: Segment, start: int, end: int,
               spans: list[tuple[int, int]] | None = None) -> Occurrence:
    """The occurrence of ``seg.text[start:end]``, in the sentence that holds it."""
    spans = spans if spans is not None else sentence_spans(seg.text)
    s0, s1 = 0, len(seg.text)
    # The last sentence starting at or before ``start`` (bisect: spans are sorted and
    # disjoint; a scan per term made a one-line document quadratic, issue 14).
    k = bisect_right(spans, start, key=_first) - 1
    if k >= 0 and start < spans[k][1]:
        s0, s1 = spans[k][0], max(spans[k][1], end)
    return Occurrence(line=seg.line, speaker=seg.speaker, sentence=seg.text[s0:s1],
                      start=start - s0, end=end - s0)


def _first(span: tuple[int, int]) -> int:
    return span[0]


@lru_cache(maxsize=1)
def _frequencies() -> tuple[dict[str, int], int]:
    """jieba's dictionary: word -> frequency in its (general, balanced) source corpus."""
    from importlib.resources import files

    freq: dict[str, int] = {}
    total = 0
    with files("jieba").joinpath("dict.txt").open(encoding="utf-8") as f:
        for line in f:
            parts = line.split(" ", 2)
            if len(parts) >= 2:
                n = int(parts[1])
                freq[parts[0]] = n
                total += n
    return freq, total


def zipf_zh(word: str) -> float | None:
    """The Zipf frequency (log10 per billion words) of ``word`` in general Chinese, or None.

    From the frequencies in jieba's dictionary (about 350,000 words); None for a
    word it does not list (a compound or a new word).
    """
    freq, total = _frequencies()
    n = freq.get(word)
    if not n:
        return None
    return math.log10(n / total * 1e9)


def content(segments: Iterable[Segment]) -> list[Segment]:
    """The segments that may be harvested."""
    return [s for s in segments if s.role.is_content]
