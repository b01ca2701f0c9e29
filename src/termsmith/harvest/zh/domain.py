"""Chinese domain terms: noun phrases salient against general Chinese.

The same method as the English domain harvester (C-value with specificity;
Frantzi, Ananiadou & Mima 2000), over jieba's words and tags instead of spaces:

* candidates are runs of 1–4 words inside one run of nouns (``n``, ``vn``,
  ``nz``, ``ng``, ``an``, ``b``, ``j``), ending in a noun or verbal noun
  (``高标准/农田``, ``黑土地/保护``, ``秸秆/还田``); a single word qualifies only
  when it is rare in general Chinese;
* C-value rewards frequent longer strings and discounts a string by the
  frequency of the longer candidates it is nested in, so ``农田`` inside
  ``高标准农田`` does not count on its own;
* specificity: words rare in general Chinese (jieba's dictionary frequencies on
  the Zipf scale, :func:`~termsmith.harvest.zh.zipf_zh`) make a phrase more
  technical; a compound jieba does not list at all is judged by its words.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from termsmith.document import Segment
from termsmith.harvest.base import Candidate, Kind
from termsmith.harvest.zh import Token, content, is_han, occurrence, sentence_spans, tagged, zipf_zh

__all__ = ["harvest"]

MIN_SCORE = 0.4
_MAX_N = 4
_NOUNISH = frozenset("n vn nz ng an b j".split())
_HEAD = frozenset("n vn nz ng j".split())
_UNKNOWN_ZIPF = 2.5          # a word jieba does not list: rare
_SINGLE_MAX_ZIPF = 3.6       # a single word must be at least this rare


@dataclass(slots=True)
class _Stats:
    words: tuple[str, ...]
    places: list[tuple[Segment, int, int]] = field(default_factory=list)


def harvest(segments: Iterable[Segment], *, min_score: float = MIN_SCORE) -> Iterator[Candidate]:
    """Yield one DOMAIN candidate per occurrence of each term scoring ``min_score`` or more."""
    segs = content(segments)
    stats: dict[str, _Stats] = {}
    for seg in segs:
        for run in _runs(tagged(seg.text)):
            for i in range(len(run)):
                for n in range(1, min(_MAX_N, len(run) - i) + 1):
                    gram = run[i:i + n]
                    if not _ok(gram):
                        continue
                    s, e = gram[0].start, gram[-1].end
                    term = seg.text[s:e]
                    st = stats.get(term)
                    if st is None:
                        st = stats[term] = _Stats(tuple(t.word for t in gram))
                    st.places.append((seg, s, e))
    scored = _score(stats)
    spans_of: dict[int, list[tuple[int, int]]] = {}
    for term, (score, why) in scored.items():
        if score < min_score:
            continue
        for seg, s, e in stats[term].places:
            spans = spans_of.get(seg.line)
            if spans is None:
                spans = spans_of[seg.line] = sentence_spans(seg.text)
            yield Candidate(term=term, kind=Kind.DOMAIN, score=score,
                            occurrence=occurrence(seg, s, e, spans), evidence=why)


def _runs(toks: tuple[Token, ...]) -> Iterator[tuple[Token, ...]]:
    run: list[Token] = []
    for t in toks:
        if t.tag in _NOUNISH and all(is_han(c) for c in t.word):
            run.append(t)
        else:
            if run:
                yield tuple(run)
            run = []
    if run:
        yield tuple(run)


def _ok(gram: tuple[Token, ...]) -> bool:
    if gram[-1].tag not in _HEAD:
        return False
    if len(gram) > 1 and gram[0].tag == "vn":
        return False        # 代表/新一届…: a verb governing the phrase, not part of it
    if len(gram) == 1:
        w = gram[0].word
        z = zipf_zh(w)
        return len(w) >= 2 and (z is None or z < _SINGLE_MAX_ZIPF)
    return True


def _zipf_of(words: tuple[str, ...]) -> float:
    """How common a candidate is in general Chinese (Zipf scale).

    A single word: its own frequency. A phrase: from its words (jieba's dictionary
    also lists many phrases of common words with small counts, 世界形势, which would
    make them look technical): halfway between its rarest word and the mean, less
    a little for each further word (longer compounds are more specific).
    """
    zs = [zipf_zh(w) or _UNKNOWN_ZIPF for w in words]
    if len(zs) == 1:
        return zs[0]
    return (min(zs) + sum(zs) / len(zs)) / 2 - 0.2 * (len(zs) - 1)


def _score(stats: dict[str, _Stats]) -> dict[str, tuple[float, str]]:
    """C-value with nesting, combined with specificity, for every candidate."""
    # The longer candidates each candidate is nested in (its word sub-sequences: linear
    # in the number of candidates, not quadratic).
    nested_in: dict[str, list[str]] = defaultdict(list)
    for longer, st in stats.items():
        w = st.words
        for a in range(len(w)):
            for b in range(a + 1, len(w) + 1):
                if b - a < len(w):
                    inner = "".join(w[a:b])
                    if inner in stats:
                        nested_in[inner].append(longer)
    out: dict[str, tuple[float, str]] = {}
    for term, st in stats.items():
        f = len(st.places)
        outer = nested_in.get(term, [])
        if outer:
            inside = sum(len(stats[o].places) for o in outer)
            f_eff = f - inside / len(outer)
        else:
            f_eff = float(f)
        if f_eff <= 0:
            continue
        cvalue = math.log2(1 + len(st.words)) * f_eff
        frequent = 1.0 - math.exp(-cvalue / 4.0)
        z = _zipf_of(st.words)
        rare = min(1.0, max(0.0, (5.0 - z) / 3.0))
        if f == 1 and rare < 0.5:
            continue            # a one-off phrase of common words
        score = 0.15 + 0.85 * (1.0 - (1.0 - frequent) * (1.0 - rare))
        if f == 1:
            score *= 0.8        # seen once: ranked below the terms a text keeps using
        score = round(score, 2)
        times = "seen once" if f == 1 else f"seen {f} times"
        out[term] = (min(score, 0.9), f"termhood {score:.2f}: c-value {cvalue:.1f}, {times}, "
                                      f"general-Chinese Zipf {z:.1f}")
    return out
