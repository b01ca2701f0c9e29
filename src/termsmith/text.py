"""Small text utilities shared by the reader and the harvesters: sentences, words, quotes.

Pure functions on ``str``; nothing here knows about files or the term base.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from termsmith.sentences import split

_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)


def sentences(text: str) -> list[tuple[int, int]]:
    """Split an English paragraph into sentence spans ``(start, end)``.

    :func:`termsmith.sentences.split_en` does it (the one sentence splitter:
    ``Mr.``, ``Co. Ltd.``, ``Feb. 7``, decimals, initials, closing quotes);
    results are cached there, as every harvester splits the same paragraphs.
    """
    return split(text, "en")


def words(text: str) -> Iterator[re.Match[str]]:
    """Iterate over word tokens (letters/digits with inner ' - . joined)."""
    return _WORD.finditer(text)


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The span of the sentence of ``text`` that contains offset ``pos``."""
    for s, e in sentences(text):
        if s <= pos < e:
            return s, e
    return 0, len(text)


def squash(text: str) -> str:
    """Collapse runs of white space into one space and strip the ends."""
    return " ".join(text.split())
