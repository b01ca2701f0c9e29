"""Small text utilities shared by the reader and the harvesters: sentences, words, quotes.

Pure functions on ``str``; nothing here knows about files or the term base.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from termsmith.sentences import _split

_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)


def sentences(text: str) -> list[tuple[int, int]]:
    """Split an English paragraph into sentence spans ``(start, end)``.

    :func:`termsmith.sentences.split_en` does it (the one sentence splitter:
    ``Mr.``, ``Co. Ltd.``, ``Feb. 7``, decimals, initials, closing quotes);
    results are cached there, as every harvester splits the same paragraphs.
    """
    return list(_split(text, False))     # split(text, "en") without reading the tag


class Sentences:
    """The sentence spans of a paragraph, looked up by offset with ``bisect``.

    A one-line document is one paragraph of tens of thousands of sentences: scanning
    its spans for every term found made harvesting it quadratic (issue 14).
    """

    __slots__ = ("spans", "_starts", "_ends")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans                      # sorted, disjoint, none empty (split)
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def touching(self, start: int, end: int) -> tuple[int, int] | None:
        """The union of the sentences that [start, end) touches (``e > start and s <
        end``), or None if it touches none."""
        i = bisect_right(self._ends, start)
        j = bisect_left(self._starts, end) - 1
        if i > j:
            return None
        return self.spans[i][0], self.spans[j][1]

    def at(self, pos: int) -> tuple[int, int] | None:
        """The sentence that contains offset ``pos`` (``s <= pos < e``), if any."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._ends[i]:
            return self.spans[i]
        return None

    def holding(self, start: int, end: int) -> tuple[int, int] | None:
        """The sentence that holds all of [start, end) (``s <= start`` and ``end <= e``),
        or None if no one sentence does (the span is empty or crosses a sentence end)."""
        i = bisect_right(self._starts, start) - 1
        if i >= 0 and start < end <= self._ends[i]:
            return self.spans[i]
        return None


def words(text: str) -> Iterator[re.Match[str]]:
    """Iterate over word tokens (letters/digits with inner ' - . joined)."""
    return _WORD.finditer(text)


@lru_cache(maxsize=64)
def sentence_index(text: str) -> Sentences:
    """The sentence spans of an English paragraph, indexed for look-ups by offset (kept for
    the paragraphs in use: a check asks about one paragraph for each finding in it)."""
    return Sentences(sentences(text))


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence of ``text`` that contains offset ``pos`` (the whole text if
    none does)."""
    return sentence_index(text).at(pos) or (0, len(text))


def squash(text: str) -> str:
    """Collapse runs of white space into one space and strip the ends."""
    # Most lines need nothing done: every white space character but " " is unprintable,
    # so a printable text without a double space or a space at either end is returned
    # as it is, without splitting it into words (the reader squashes every line).
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())
