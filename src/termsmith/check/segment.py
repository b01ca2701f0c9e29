"""Chinese word segmentation, to decide whether a term found in a Chinese text is a word of it.

Chinese has no spaces, so a term found by substring search may sit inside an
unrelated word (``黑土`` in ``黑土豆``, black potato: 黑/土豆). A segmenter
settles it: the match counts only if its ends fall on word boundaries. The
term base's Chinese terms are loaded as a user dictionary so a term is cut as
one word where it stands.

:class:`JiebaSegmenter` uses jieba (imported lazily: loading its model takes
half a second). Each instance owns a ``jieba.Tokenizer`` rather than the
global one, so user words never leak from one term base or test to the next;
the prefix dictionary is loaded once per process and copied, which costs
milliseconds. jieba reads its bundled dictionary and downloads nothing.
benchmarks/README.md measures jieba at 20–40× slower than an automaton, so callers
find candidates with an automaton and ask the segmenter only about those.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any, Protocol

__all__ = ["JiebaSegmenter", "Segmenter", "ZhTermFinder", "is_han", "word_aligned"]


def is_han(c: str) -> bool:
    """Whether ``c`` is a CJK ideograph (a character that can continue a Chinese word)."""
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FA1F or c == "〇"


class Segmenter(Protocol):
    """Cuts Chinese text into words."""

    def add_words(self, words: Iterable[str]) -> None:
        """Make each of ``words`` a word of the dictionary (cut as one token where it stands)."""

    def cut(self, text: str) -> list[str]:
        """The words of ``text`` in order; joined they give ``text`` back."""


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _prototype() -> Any:
    """A jieba tokenizer with its bundled dictionary loaded, never given user words."""
    import jieba  # lazy: half a second to load the model

    # jieba logs "Building prefix dict ..." at DEBUG on its own logger; keep it quiet.
    jieba.setLogLevel(logging.WARNING)
    with _lock:
        tk = jieba.Tokenizer()
        tk.initialize()
    return tk


class JiebaSegmenter:
    """A :class:`Segmenter` over a private ``jieba.Tokenizer`` with user words.

    Exact mode without the HMM: the HMM guesses new words, which would move
    boundaries from one run to the next as the dictionary changes.

    jieba (Python) decides each user word's frequency, as it always has; the
    cutting itself is done by ``rjieba`` (jieba-rs: the same dictionary and the
    same maximum-probability route, in Rust, about 10x faster), given the same
    words with the same frequencies, so the words come out the same
    (tests/test_segment.py compares the two on genre text).
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        import jieba

        proto = _prototype()
        self._tk: Any = jieba.Tokenizer()
        # Copying the prefix dictionary rather than re-reading it: Tokenizer keeps
        # it in FREQ/total, and add_word mutates exactly those, so a copy isolates us.
        self._tk.FREQ = dict(proto.FREQ)
        self._tk.total = proto.total
        self._tk.initialized = True
        self._cache: dict[str, frozenset[int]] = {}
        self._routes: dict[str, list[tuple[float, int]]] = {}
        self._added: list[tuple[str, int]] = []   # user words and the frequency jieba gave them
        self._fast: Any = None                     # the rjieba tokenizer, made on first cut
        self.add_words(words)

    def add_words(self, words: Iterable[str]) -> None:
        """Add user words; jieba suggests a frequency that makes each one cut whole."""
        tk = self._tk
        for w in words:
            w = w.strip()
            if w:
                tk.add_word(w)
                self._added.append((w, tk.FREQ[w]))
                if self._fast is not None:
                    self._fast.add_word(w, tk.FREQ[w], None)
        self._cache.clear()

    def _rust(self) -> Any:
        if self._fast is None:
            import rjieba  # lazy: loading its dictionary takes a third of a second

            fast = rjieba.Jieba()
            for w, freq in self._added:
                fast.add_word(w, freq, None)
            self._fast = fast
        return self._fast

    def cut(self, text: str) -> list[str]:
        """The words of ``text`` (jieba exact mode, no HMM)."""
        words: list[str] = self._rust().cut(text, False)
        return words

    def _best(self, text: str) -> list[tuple[float, int]]:
        """jieba's route table of ``text``: entry i holds the log probability of the best
        segmentation of ``text[i:]`` (jieba's own ``calc``, the model rjieba follows)."""
        got = self._routes.get(text)
        if got is None:
            tk = self._tk
            route: dict[int, tuple[float, int]] = {}
            tk.calc(text, tk.get_DAG(text), route)
            got = [route[i] for i in range(len(text) + 1)]
            if len(self._routes) > 4096:
                self._routes.clear()
            self._routes[text] = got
        return got

    def word_cost(self, text: str, start: int, end: int) -> float:
        """How much less probable, in natural log, jieba finds ``text`` cut with
        ``text[start:end]`` as one word than its own best cut (0 when that is its cut).

        对十八大作了 is cut 十八 / 大作 because 大作 "masterpiece" is a strong word, yet
        对 / 十八大 / 作了 is only five times less probable (1.6); 人民币 cut 人民 / 币 is
        seven thousand times less probable (8.9): a term is read where the cost is small.
        """
        tk = self._tk
        whole = self._best(text)[0][0]
        left = self._best(text[:start])[0][0] if start else 0.0
        word = math.log(tk.FREQ.get(text[start:end]) or 1) - math.log(tk.total)
        return whole - (left + word + self._best(text)[end][0])

    def boundaries(self, text: str) -> frozenset[int]:
        """Offsets in ``text`` where a word starts or ends (0 and ``len(text)`` included)."""
        got = self._cache.get(text)
        if got is None:
            offsets = {0}
            pos = 0
            for w in self.cut(text):
                pos += len(w)
                offsets.add(pos)
            got = frozenset(offsets)
            if len(self._cache) > 4096:     # one segment is asked about many times, then no more
                self._cache.clear()
            self._cache[text] = got
        return got


def word_aligned(seg: Segmenter, text: str, start: int, end: int,
                 outside: Sequence[int] | None = None) -> bool:
    """Whether ``text[start:end]`` begins and ends on word boundaries.

    A span whose neighbours are not Chinese characters (punctuation, Latin,
    the ends of the text; a numeral before it) is aligned without asking the
    segmenter: that covers most terms of a translated text and keeps jieba
    off the fast path.
    """
    before = start == 0 or _open_before(text[start - 1])
    after = end == len(text) or not is_han(text[end])
    if before and after:
        return True
    # jieba cuts each run of its block characters on its own (re_han_default), so
    # segmenting only the run around the match gives the same boundaries, cheaply.
    # ``outside``: the sorted offsets of the characters outside every block, if known.
    if outside is not None:
        at = bisect_left(outside, start)
        lo = outside[at - 1] + 1 if at else 0
        at = bisect_left(outside, end, at)
        hi = outside[at] if at < len(outside) else len(text)
    else:
        lo, hi = start, end
        while lo > 0 and _BLOCK.match(text[lo - 1]):
            lo -= 1
        while hi < len(text) and _BLOCK.match(text[hi]):
            hi += 1
    block = text[lo:hi]
    if not isinstance(seg, JiebaSegmenter):
        bounds = _bounds(seg, block)
        return (before or start - lo in bounds) and (after or end - lo in bounds)
    bounds = seg.boundaries(block)
    if (before or start - lo in bounds) and (after or end - lo in bounds):
        return True
    # jieba's best cut crosses the term; a cut that keeps it whole may be nearly as likely
    # (深化改革 / 开放 against 深化 / 改革开放): then the text says the term.
    return seg.word_cost(block, start - lo, end - lo) <= MAX_WORD_COST


# How much less probable (natural log) a cut keeping a term whole may be than jieba's best
# cut for the term to count as said: e² ≈ 7 times. The genre's crossings measured at 1.5–1.6
# (深化改革开放, 对十八大作了); a term inside another word at 2.6–8.9 (安全 of 食品安全法,
# 大会 of 代表大会, 人民 of 人民币, 学生 of 大学生).
MAX_WORD_COST = 2.0

# jieba.re_han_default: the characters jieba keeps together in one block.
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]")
_OUTSIDE = re.compile(r"[^\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]")


# A numeral before a term ends a word whatever jieba says: its dictionary has
# 亿亩 and 亿斤 as words, yet in 2.58亿亩 the unit 亩 is the term.
_NUMERALS = frozenset("〇零一二两三四五六七八九十百千万亿")


def _open_before(c: str) -> bool:
    return not is_han(c) or c in _NUMERALS


def _bounds(seg: Segmenter, text: str) -> frozenset[int]:
    offsets = {0}
    pos = 0
    for w in seg.cut(text):
        pos += len(w)
        offsets.add(pos)
    return frozenset(offsets)


class ZhTermFinder:
    """Every occurrence of many Chinese terms in one pass, then kept only if word-aligned.

    The automaton is ``ahocorasick-rs`` (Rust) over the ``str`` itself, reporting
    every overlapping occurrence with character offsets; benchmarks/README.md
    measures it at twice pyahocorasick on the UTF-8 bytes read as Latin-1, which
    was the fastest way before.
    """

    def __init__(self, terms: Iterable[str], segmenter: Segmenter | None = None) -> None:
        words = list(dict.fromkeys(w for w in (t.strip() for t in terms) if w))
        self._auto: Any = None
        if words:
            import ahocorasick_rs  # lazy: a C extension

            # The contiguous NFA builds and searches fastest for thousands of terms.
            self._auto = ahocorasick_rs.AhoCorasick(
                words, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        self._seg = segmenter
        self._words = words

    @property
    def segmenter(self) -> Segmenter:
        """The segmenter (a :class:`JiebaSegmenter` with the terms, made on first use)."""
        if self._seg is None:
            self._seg = JiebaSegmenter(self._words)
        return self._seg

    def candidates(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, term)`` of every occurrence, overlapping ones included, by end offset
        (the longest first among those ending together)."""
        if self._auto is None:
            return []
        hits = self._auto.find_matches_as_indexes(text, overlapping=True)
        if not hits:
            return []
        words = self._words
        out = [(start, end, words[i]) for i, start, end in hits]
        if len(out) > 1:
            out.sort(key=_by_end)
        return out

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """The occurrences that are whole words of ``text`` (asking the segmenter only when needed)."""
        out = []
        outside: list[int] | None = None
        for s, e, t in self.candidates(text):
            if not _aligned_fast(text, s, e):
                if outside is None:       # where jieba's blocks end, found once per text
                    outside = [m.start() for m in _OUTSIDE.finditer(text)]
                if not word_aligned(self.segmenter, text, s, e, outside):
                    continue
            out.append((s, e, t))
        return out


def _by_end(hit: tuple[int, int, str]) -> tuple[int, int]:
    return hit[1], hit[0]


def _aligned_fast(text: str, start: int, end: int) -> bool:
    return (start == 0 or _open_before(text[start - 1])) and (end == len(text) or not is_han(text[end]))
