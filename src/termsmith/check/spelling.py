"""Near-miss spellings of multi-word terms (``variant-spelling``).

The automaton of the document scan only finds forms it was given; a
misspelling (``Great Northern Wildness``) is found here instead, by looking
up the word windows around each rare word of the document in a masked-word
index of the terms. Forms the scan has already judged are skipped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from termsmith.check import Options
from termsmith.check.findings import finding
from termsmith.check.refs import Ref, case_sensitive
from termsmith.document import Segment
from termsmith.frequency import zipf
from termsmith.harvest.lexicon import FUNCTION_WORDS
from termsmith.model import Finding, Usage
from termsmith.normalize import fold, singular

__all__ = ["misspellings"]

_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*\.?")
_WORD = re.compile(r"([^\W_]+(?:['’\-][^\W_]+)*)\.?")     # a _TOKEN without its dot
SHORT_DOCUMENT = 200_000     # characters: below, lookups are cheaper than loading word frequencies
_MAX_WORDS = 8      # longer names are rarely misspelt as a whole; keeps the index small


def misspellings(refs: list[Ref], segments: list[Segment], matched: dict[int, list[tuple[int, int]]],
                 present: set[int], options: Options, path: str) -> Iterator[Finding]:
    """Word windows that equal a multi-word term except one near-miss word.

    Index: each term once per word position, with that word masked. A misspelt
    word is rare and unknown to the terms' vocabulary, so only windows around
    such a word are looked up: the cost grows with the document's rare words,
    not with its length times the number of terms.
    """
    index: dict[tuple[str | None, ...], list[tuple[int, str]]] = defaultdict(list)
    vocab: set[str] = set()
    known_forms = {fold(r.term.text) for r in refs}
    # A window is a term but for one word, so every other word of the term is a word of
    # the document: a term with two words or more the document lacks is not indexed (a
    # big term base's terms mostly). Every term's words are still the vocabulary.
    # Each segment folded (fold keeps offsets and word characters) and cut into words once;
    # a token keeps its dot for abbreviations (Co.), the word is without it.
    cut = [(seg, folded, _WORD.findall(folded)) for seg in segments
           for folded in (fold(seg.text),)]
    said = {w for _, _, words in cut for w in words}
    for i, r in enumerate(refs):
        ws = [fold(w) for w in _WORD.findall(r.term.text)]   # (each word folded alone)
        if not 2 <= len(ws) <= _MAX_WORDS or case_sensitive(r) \
                or r.term.usage is Usage.DEPRECATED:
            continue
        vocab.update(ws)
        if sum(w not in said for w in ws) > 1:
            continue
        for k, w in enumerate(ws):
            if len(w) >= 5 and w.isalpha() and w not in FUNCTION_WORDS:
                index[(*ws[:k], None, *ws[k + 1:])].append((i, w))
    lengths = sorted({len(k) for k in index}, reverse=True)
    short = sum(len(seg.text) for seg in segments) <= SHORT_DOCUMENT
    # Words that could be a near miss (unknown to the terms, long, alphabetic and, in a
    # long document, rare in English), decided once per distinct word; a segment with
    # none of them is passed over by one set operation.
    decided: set[str] = set(vocab)
    suspects: set[str] = set()
    for seg, folded, words in cut:
        distinct = set(words)
        new = distinct - decided
        if new:
            decided |= new
            suspects.update(w for w in new if len(w) >= 4 and w.isalpha()
                            and (short or zipf(w) < 3.0))
        if suspects.isdisjoint(distinct):
            continue
        spans: list[tuple[int, int]] | None = None
        last = len(words) - 1
        for t, w in enumerate(words):
            if w not in suspects:
                continue
            # A window of two or more words around a near miss holds a neighbour of it
            # that is a term's word: without one, no lookup can hit.
            if not ((t > 0 and words[t - 1] in vocab) or (t < last and words[t + 1] in vocab)):
                continue
            hit = _lookup(words, t, lengths, index)
            # In a short document the frequency lists are only loaded for a hit.
            if hit is None or (short and zipf(w) >= 3.0):
                continue
            if spans is None:
                spans = [(m.start(), m.end()) for m in _TOKEN.finditer(folded)]
            a, b, i = hit
            start, end = spans[a][0], spans[b - 1][0] + len(words[b - 1])
            if refs[i].term.text.endswith(".") and seg.text[end:end + 1] == ".":
                end += 1     # "Co. Ltd." keeps its dot
            found = seg.text[start:end]
            if fold(found) in known_forms or any(s <= start and end <= e
                                                 for s, e in matched.get(seg.line, ())):
                continue     # another known term, or already judged by the automaton
            r = refs[i]
            present.add(i)
            yield finding("variant-spelling", options, path, seg, start, end,
                          f'"{found}" looks like a misspelling of "{r.term.text}"',
                          r.term.text, r.term.text, r.cid)


def _lookup(words: list[str], t: int, lengths: list[int],
            index: dict[tuple[str | None, ...], list[tuple[int, str]]]
            ) -> tuple[int, int, int] | None:
    """The longest window around ``words[t]`` that is a term but for a near miss there."""
    for n in lengths:
        for a in range(max(0, t - n + 1), min(t, len(words) - n) + 1):
            masked = (*words[a:t], None, *words[t + 1:a + n])
            for i, expected in index.get(masked, ()):
                if _near_miss(words[t], expected):
                    return a, a + n, i
    return None


def _near_miss(found: str, expected: str) -> bool:
    """A dropped, added, changed or swapped letter or two, and not an ordinary word."""
    if found == expected or found[:1] != expected[:1] or singular(found) == singular(expected):
        return False
    limit = 2 if len(expected) >= 8 else 1
    if abs(len(found) - len(expected)) > limit or any(ch.isdigit() for ch in found):
        return False
    # "form" for "from" is a real word: the writer meant it, or a spell checker cannot help.
    return zipf(found) < 3.0 and _distance(found, expected, limit) <= limit


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without re-edits), capped."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
