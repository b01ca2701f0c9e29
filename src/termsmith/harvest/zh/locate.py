"""Find every occurrence of the harvested Chinese terms in a document (one automaton pass).

The Chinese counterpart of :func:`termsmith.harvest.merge.locate`: an
``ahocorasick-rs`` automaton finds every form, leftmost-longest; a match of a
short term (two or three characters) counts only where jieba's words of the
segment begin and end with it (``黑土`` is not found in ``黑土豆``), and a unit
only right after a number.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from termsmith.document import Segment
from termsmith.harvest.base import Entry, Kind, Occurrence
from termsmith.harvest.merge import SentenceOffsets
from termsmith.harvest.zh import is_han, sentence_spans, tagged
from termsmith.text import Sentences

__all__ = ["locate"]

_SHORT = 3          # terms of this many characters or fewer must be whole words
_NUMERAL = set("0123456789０１２３４５６７８９.零〇一二两三四五六七八九十百千万亿")


def locate(entries: Sequence[Entry], segments: Iterable[Segment]) -> None:
    """Add every occurrence of every entry's forms in ``segments``; sort and count variants."""
    import ahocorasick_rs

    forms: dict[str, int] = {}
    for i, e in enumerate(entries):
        for f in {e.term, *(o.form for o in e.occurrences)}:
            forms.setdefault(f, i)
    segs = [s for s in segments if s.role.is_content]
    offsets = SentenceOffsets({s.line: s.text for s in segs}, chinese=True)
    if forms:
        patterns = list(forms)
        ac = ahocorasick_rs.AhoCorasick(patterns,
                                        matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        known = [{(o.line, offsets.offset(o)) for o in e.occurrences} for e in entries]
        for seg in segs:
            text = seg.text
            spans: Sentences | None = None
            for p, start, end in ac.find_matches_as_indexes(text):
                i = forms[patterns[p]]
                e = entries[i]
                if (seg.line, start) in known[i] or not _fits(e, text, start, end):
                    continue
                spans = spans or Sentences(sentence_spans(text))
                s0, s1 = spans.at(start) or (0, len(text))
                if end > s1:
                    continue
                known[i].add((seg.line, start))
                e.occurrences.append(Occurrence(line=seg.line, speaker=seg.speaker,
                                                sentence=text[s0:s1], start=start - s0,
                                                end=end - s0))
    for e in entries:
        e.occurrences.sort(key=lambda o: (o.line, offsets.offset(o)))
        e.variants = dict(Counter(o.form for o in e.occurrences))


def _fits(e: Entry, text: str, start: int, end: int) -> bool:
    if Kind.UNIT in e.kinds:
        return start > 0 and text[start - 1] in _NUMERAL
    if end - start > _SHORT or not all(is_han(c) for c in text[start:end]):
        return True
    bounds = _bounds(text)
    return start in bounds and end in bounds


@lru_cache(maxsize=4096)
def _bounds(text: str) -> frozenset[int]:
    return frozenset([0, *(t.end for t in tagged(text))])

