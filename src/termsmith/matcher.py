"""Find many terms in one pass: an Aho-Corasick automaton with whole-word filtering.

One automaton holds every pattern; matching is done on a case-folded copy of
the text (same length as the original), so offsets map back unchanged.
Patterns marked case-sensitive (acronyms, units) are confirmed against the
original text. The automata (``ahocorasick-rs``, ``pyahocorasick``) are imported lazily.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from termsmith.normalize import fold

T = TypeVar("T")


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _first(entries: list[tuple[str, T, bool]], text: str, start: int, end: int) -> int:
    """The position in ``entries`` of the first pattern at ``text[start:end]`` that passes its
    case check; -1 if none does."""
    for j, (pattern, _, case_sensitive) in enumerate(entries):
        if not case_sensitive or text[start:end] == pattern:
            return j
    return -1


# (start, end, pattern key's index, position in its entries): a match without its value,
# as a worker process sends it back.
_Span = tuple[int, int, int, int]
_WORKER: Any = None          # the Matcher a forked worker searches with (see find_many)
_SEVERAL = object()          # the value of a key with several patterns: never known


def _spans_of(texts: list[str]) -> list[list[_Span]]:
    return [_WORKER._spans(t) for t in texts]


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for t in texts:
        chunk.append(t)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A pattern found at ``text[start:end]``."""

    start: int
    end: int
    value: T


class Matcher(Generic[T]):
    """Whole-word, case-insensitive multi-pattern matcher.

    :param patterns: ``(pattern, value, case_sensitive)`` triples. One pattern
        may map to several values.

    :meth:`find` (leftmost-longest) runs a leftmost-longest automaton
    (``ahocorasick-rs``, in Rust) and keeps each match that is a whole word and
    passes its case check: no whole-word match can then start earlier or be
    longer at the same start, so the result is that of the overlapping search.
    Where the automaton's pick fails a check (``soil`` inside ``soils``), the
    longest shorter pattern at that start is looked up in the pattern table
    and the search resumes after it. :meth:`find_all` (every overlapping
    match) uses ``pyahocorasick``, built on first use. benchmarks/README.md
    has the figures.
    """

    def __init__(self, patterns: Iterable[tuple[str, T, bool]]) -> None:
        table: dict[str, list[tuple[str, T, bool]]] = {}
        for pattern, value, case_sensitive in patterns:
            pattern = " ".join(pattern.split())
            if pattern:
                table.setdefault(fold(pattern), []).append((pattern, value, case_sensitive))
        self._table = table
        self._entries = list(table.values())       # aligned with the automaton's pattern index
        self._index = {key: i for i, key in enumerate(table)}
        self._empty = not table
        self._longest: Any = None        # each automaton is built when first needed: a
        self._overlapping: Any = None    # harvest's locate asks for every match only
        self._every: Any = None          # (ahocorasick-rs, overlapping: spans_all_except)
        # Per key index: the value of its only pattern (None where it has several), for
        # dropping known matches before any check (see spans_all_except).
        self._sole: list[object] = [es[0][1] if len(es) == 1 else _SEVERAL
                                    for es in self._entries]

    def _leftmost(self) -> Any:
        """The leftmost-longest automaton (ahocorasick-rs), built when first needed."""
        if self._longest is None:
            import ahocorasick_rs  # lazy: a C extension, not needed for --help

            # The contiguous NFA builds and searches fastest for tens of thousands of terms.
            self._longest = ahocorasick_rs.AhoCorasick(
                list(self._table), matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST,
                implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        return self._longest

    def _all(self) -> Any:
        """The overlapping automaton (pyahocorasick), built when first needed."""
        if self._overlapping is None:
            import ahocorasick  # lazy: a C extension

            auto = ahocorasick.Automaton()
            for key, entries in self._table.items():
                auto.add_word(key, (len(key), entries))
            auto.make_automaton()
            self._overlapping = auto
        return self._overlapping

    def _every_match(self) -> Any:
        """The overlapping automaton of ahocorasick-rs (every match as one list), built
        when first needed."""
        if self._every is None:
            import ahocorasick_rs  # lazy: a C extension

            self._every = ahocorasick_rs.AhoCorasick(
                list(self._table), matchkind=ahocorasick_rs.MATCHKIND_STANDARD)
        return self._every

    def prepare(self) -> None:
        """Build the overlapping automaton now (before forking workers that search with it)."""
        if not self._empty:
            self._all()

    def find_all(self, text: str) -> Iterator[Match[T]]:
        """Every whole-word match, overlapping ones included, in order of end offset."""
        for start, end, value in self.spans_all(text):
            yield Match(start, end, value)

    def spans_all(self, text: str) -> Iterator[tuple[int, int, T]]:
        """:meth:`find_all` as ``(start, end, value)`` tuples (no :class:`Match` built:
        the harvest's :func:`~termsmith.harvest.merge.locate` meets every occurrence)."""
        if self._empty:
            return
        folded = fold(text)
        n = len(text)
        # _is_word_char inlined: this loop meets every occurrence of every pattern.
        for end_idx, (length, entries) in self._all().iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0:
                c, d = text[start - 1], text[start]
                if (c.isalnum() or c == "_") and (d.isalnum() or d == "_"):
                    continue
            if end < n:
                c, d = text[end], text[end - 1]
                if (c.isalnum() or c == "_") and (d.isalnum() or d == "_"):
                    continue
            for pattern, value, case_sensitive in entries:
                if case_sensitive and text[start:end] != pattern:
                    continue
                yield start, end, value

    def spans_all_except(self, text: str,
                         known: Container[tuple[int, T]]) -> list[tuple[int, int, T]]:
        """:meth:`spans_all` as a list, in the same order, without the matches whose
        ``(start, value)`` is in ``known``.

        The harvest's :func:`~termsmith.harvest.merge.locate` meets every occurrence
        again, most of them recorded already: the automaton returns all its raw matches
        as one list (built in Rust), those at known places are dropped in one
        comprehension, and only the rest are checked for whole words and case.
        """
        if self._empty:
            return []
        hits: list[tuple[int, int, int]] = self._every_match().find_matches_as_indexes(
            fold(text), overlapping=True)
        sole = self._sole
        hits = [h for h in hits if (h[1], sole[h[0]]) not in known]
        n = len(text)
        entries = self._entries
        out: list[tuple[int, int, T]] = []
        for index, start, end in hits:
            if start > 0:
                c, d = text[start - 1], text[start]
                if (c.isalnum() or c == "_") and (d.isalnum() or d == "_"):
                    continue
            if end < n:
                c, d = text[end], text[end - 1]
                if (c.isalnum() or c == "_") and (d.isalnum() or d == "_"):
                    continue
            for pattern, value, case_sensitive in entries[index]:
                if case_sensitive and text[start:end] != pattern:
                    continue
                if (start, value) not in known:
                    out.append((start, end, value))
        return out

    def find(self, text: str) -> list[Match[T]]:
        """Leftmost-longest, non-overlapping matches (one value per span)."""
        entries = self._entries
        return [Match(start, end, entries[i][j][1]) for start, end, i, j in self._spans(text)]

    def find_many(self, texts: Iterable[str], *, processes: int = 1,
                  chunk: int = 2000) -> Iterator[list[Match[T]]]:
        """:meth:`find` for each of ``texts``, in order.

        With ``processes`` > 1 the texts go in chunks to forked worker processes that
        share this matcher (nothing is rebuilt or pickled but texts and offsets), so a
        long run of lines uses every core; memory stays bounded by a few chunks.
        """
        if processes <= 1 or self._empty:
            yield from map(self.find, texts)
            return
        import multiprocessing

        global _WORKER
        self._leftmost()        # built once, here, not in every worker
        _WORKER = self          # inherited by the forked workers
        entries = self._entries
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            for spans in pool.imap(_spans_of, _chunks(texts, chunk)):
                for line in spans:
                    yield [Match(start, end, entries[i][j][1]) for start, end, i, j in line]
        _WORKER = None

    def _spans(self, text: str) -> list[_Span]:
        if self._empty:
            return []
        folded = fold(text)
        out: list[_Span] = []
        pos: int | None = 0
        while pos is not None:
            pos = self._scan(text, folded, pos, out)
        return out

    def _scan(self, text: str, folded: str, pos: int, out: list[_Span]) -> int | None:
        """Add the automaton's matches from ``pos`` on to ``out`` while they pass their checks.

        At the first that does not, settle its start by hand (a shorter whole-word match
        there, or none) and return where to search again; None when the text is done.
        """
        hits: list[tuple[int, int, int]] = self._leftmost().find_matches_as_indexes(
            folded[pos:] if pos else folded)
        n = len(text)
        entries = self._entries
        for index, start, end in hits:
            start += pos
            end += pos
            if not (end < n and _is_word_char(text[end]) and _is_word_char(text[end - 1])):
                if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
                    return start + 1          # inside a word: nothing can start here
                j = _first(entries[index], text, start, end)
                if j >= 0:
                    out.append((start, end, index, j))
                    continue
            shorter = self._shorter(text, folded, start, end)
            if shorter is None:
                return start + 1
            out.append(shorter)
            return shorter[1]
        return None

    def _shorter(self, text: str, folded: str, start: int, end: int) -> _Span | None:
        """The longest whole-word match at ``start`` ending before ``end``, if any."""
        if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
            return None
        for stop in range(end - 1, start, -1):
            if _is_word_char(text[stop]) and _is_word_char(text[stop - 1]):
                continue
            index = self._index.get(folded[start:stop])
            if index is not None:
                j = _first(self._entries[index], text, start, stop)
                if j >= 0:
                    return start, stop, index, j
        return None

    def _find_overlapping(self, text: str) -> list[Match[T]]:
        """:meth:`find` from every overlapping whole-word match (the exact, slower way)."""
        best: dict[int, Match[T]] = {}
        for m in self.find_all(text):
            cur = best.get(m.start)
            if cur is None or m.end > cur.end:
                best[m.start] = m
        out: list[Match[T]] = []
        last = -1
        for start in sorted(best):
            if start >= last:
                out.append(best[start])
                last = best[start].end
        return out
