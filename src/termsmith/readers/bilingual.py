"""Split a bilingual page (Chinese and English paragraphs in turn) into its two sides.

Desks publish transcripts and speeches as one page that gives each Chinese
paragraph and then its English (or the other way round). Each line goes to
the side of its script (:mod:`termsmith.readers.script`), keeping its line
number in the file; where a line of the other language stood, the side gets
a blank line, so paragraphs never run together across the gap. Lines of
neither script (a bare date in digits) and page-break tags go to both sides.
"""

from __future__ import annotations

from termsmith.readers.script import Script, script_of
from termsmith.readers.zh import PAGE_BREAK_TAG

__all__ = ["Line", "is_bilingual", "split"]

Line = tuple[int, str]   # (1-based line number, text)

# A page is bilingual when each language holds at least this share of its
# paragraphs, and at least _MIN_EACH of them: a Chinese transcript quoting an
# English title, or the reverse, is not.
_MIN_SHARE = 0.25
_MIN_EACH = 2


def is_bilingual(lines: list[Line]) -> bool:
    """Whether the lines alternate between Chinese and English paragraphs."""
    # A line all ASCII is never Han: the Latin lines are counted only once the Han lines are
    # enough for a bilingual page (an English document has none, and its lines are nearly
    # all ASCII: asking the script of each was a fifth of reading it).
    kinds = [script_of(text) for _, text in lines if not text.isascii()]
    han = kinds.count(Script.HAN)
    if han < _MIN_EACH:
        return False
    latin = kinds.count(Script.LATIN) + sum(
        script_of(text) is Script.LATIN for _, text in lines if text.isascii())
    total = han + latin
    return (total > 0 and min(han, latin) >= _MIN_EACH
            and min(han, latin) >= _MIN_SHARE * total)


def split(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """``(Chinese lines, English lines)`` of a bilingual page, line numbers kept."""
    zh: list[Line] = []
    en: list[Line] = []
    for n, text in lines:
        kind = script_of(text) if text.strip() and PAGE_BREAK_TAG not in text else Script.NONE
        if kind is Script.HAN:
            zh.append((n, text))
            en.append((n, ""))
        elif kind is Script.LATIN:
            en.append((n, text))
            zh.append((n, ""))
        else:
            zh.append((n, text))
            en.append((n, text))
    return zh, en
