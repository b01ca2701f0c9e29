"""Find many terms in one pass: an Aho-Corasick automaton with whole-word filtering.

One automaton holds every pattern; matching is done on a case-folded copy of
the text (same length as the original), so offsets map back unchanged.
Patterns marked case-sensitive (acronyms, units) are confirmed against the
original text. ``pyahocorasick`` is imported lazily.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from termsmith.normalize import fold

T = TypeVar("T")


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


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
    """

    def __init__(self, patterns: Iterable[tuple[str, T, bool]]) -> None:
        import ahocorasick  # lazy: a C extension, not needed for --help

        self._auto: Any = ahocorasick.Automaton()
        table: dict[str, list[tuple[str, T, bool]]] = {}
        for pattern, value, case_sensitive in patterns:
            pattern = " ".join(pattern.split())
            if pattern:
                table.setdefault(fold(pattern), []).append((pattern, value, case_sensitive))
        for key, entries in table.items():
            self._auto.add_word(key, (len(key), entries))
        self._empty = not table
        if not self._empty:
            self._auto.make_automaton()

    def find_all(self, text: str) -> Iterator[Match[T]]:
        """Every whole-word match, overlapping ones included, in order of end offset."""
        if self._empty:
            return
        folded = fold(text)
        n = len(text)
        for end_idx, (length, entries) in self._auto.iter(folded):
            start, end = end_idx - length + 1, end_idx + 1
            if start > 0 and _is_word_char(text[start - 1]) and _is_word_char(text[start]):
                continue
            if end < n and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
                continue
            for pattern, value, case_sensitive in entries:
                if case_sensitive and text[start:end] != pattern:
                    continue
                yield Match(start, end, value)

    def find(self, text: str) -> list[Match[T]]:
        """Leftmost-longest, non-overlapping matches (one value per span)."""
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
