"""Small text utilities shared by the reader and the harvesters: sentences, words, quotes.

Pure functions on ``str``; nothing here knows about files or the term base.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Abbreviations after which a full stop does not end a sentence (lowercased, no dot).
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof st mt ft gen gov sen rep rev hon jr sr
    co ltd inc corp dept univ assn bros approx est
    jan feb mar apr jun jul aug sep sept oct nov dec
    e.g i.e etc vs cf al
    a.m p.m u.s u.k u.n
    """.split()
)
# Abbreviations that are ordinary words too ("the answer is no."): they only
# abbreviate when a number follows ("No. 5", "Vol. 2", "Fig. 3").
_NUMBERED = frozenset("no nos vol vols fig figs".split())

_SENTENCE_END = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+|$)""")
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*", re.UNICODE)

OPEN_QUOTES = "\"“‘'"


def sentences(text: str) -> list[tuple[int, int]]:
    """Split a paragraph into sentence spans ``(start, end)``.

    Knows common abbreviations (``Mr.``, ``Co. Ltd.``, ``Feb. 7``), decimals,
    initials and punctuation inside closing quotes (``... Week."``). Every
    harvester splits the same paragraphs, so results are cached.
    """
    return list(_sentences(text))


# Sized for a large document: each harvester walks every paragraph in turn.
@lru_cache(maxsize=1 << 16)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if not _is_boundary(text, m.start(), end):
            continue
        s = _skip_space(text, start)
        if s < end:
            spans.append((s, end))
        start = end
    s = _skip_space(text, start)
    e = n
    while e > s and text[e - 1].isspace():
        e -= 1
    if s < e:
        spans.append((s, e))
    return tuple(spans)


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _is_boundary(text: str, punct: int, end: int) -> bool:
    """Decide whether the punctuation at ``punct`` really ends a sentence."""
    if text[punct] != ".":
        return _next_starts_sentence(text, end, lenient=True)
    # The word before the full stop.
    j = punct
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "(\"“‘":
        j -= 1
    word = text[j:punct].lower()
    if word in _ABBREVIATIONS:
        return False
    if word in _NUMBERED:
        nxt = _skip_space(text, end)
        if nxt < len(text) and text[nxt].isdigit():
            return False
    if len(word) == 1 and word.isalpha():      # an initial: "J. Smith"
        return False
    return _next_starts_sentence(text, end, lenient=False)


def _next_starts_sentence(text: str, end: int, *, lenient: bool) -> bool:
    i = _skip_space(text, end)
    if i >= len(text):
        return True
    c = text[i]
    if c in OPEN_QUOTES or c in "(“‘[":
        return True
    if c.isupper() or c.isdigit():
        return True
    return lenient and not c.islower()


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
