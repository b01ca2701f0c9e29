"""The translation memory as the equivalent finder reads it: aligned English–Chinese pairs,
indexed for finding a term's units and counting a string's units.

Built once per run from the term base's units (:meth:`Memory.from_units`): an
index of English words (lowercased) and one of Chinese character bigrams, so
that neither finding the units of a term nor counting the units holding a
Chinese string reads the whole memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from termsmith.model import TranslationUnit
from termsmith.normalize import plural, singular

__all__ = ["Memory", "Occurrence"]

_EN_WORD = re.compile(r"[A-Za-z0-9]+")
_VERIFY = 500        # units checked one by one at most when counting a Chinese string


@dataclass(frozen=True, slots=True)
class Occurrence:
    """Where a term was found in a unit: the unit's index and the span in its text."""

    unit: int
    start: int
    end: int


class Memory:
    """Aligned English–Chinese pairs with the indexes the proposer needs."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.en: list[str] = []
        self.zh: list[str] = []
        self._en_lower: list[str] = []
        self._en_index: dict[str, list[int]] = {}
        self._zh_index: dict[str, list[int]] = {}
        for en, zh in pairs:
            u = len(self.en)
            self.en.append(en)
            self.zh.append(zh)
            low = en.lower()
            self._en_lower.append(low)
            for w in set(_EN_WORD.findall(low)):
                self._en_index.setdefault(w, []).append(u)
            for g in {zh[i:i + 2] for i in range(len(zh) - 1)}:
                self._zh_index.setdefault(g, []).append(u)
        self._zh_units = lru_cache(maxsize=1 << 16)(self._zh_units_uncached)
        self.zh_count = lru_cache(maxsize=1 << 18)(self._zh_count_uncached)
        self.en_count = lru_cache(maxsize=1 << 18)(lambda form: len(self.en_units_of(form)))

    @classmethod
    def from_units(cls, units: Iterable[TranslationUnit]) -> Memory:
        """The English–Chinese pairs of ``units`` (units lacking either language are left out)."""
        def pairs() -> Iterable[tuple[str, str]]:
            for tu in units:
                en, zh = tu.text("en"), tu.text("zh")
                if en and zh and en.strip() and zh.strip():
                    yield " ".join(en.split()), "".join(zh.split()) if _no_latin(zh) else zh.strip()
        return cls(pairs())

    def __len__(self) -> int:
        return len(self.en)

    # -- English -------------------------------------------------------------------

    def find_en(self, form: str) -> list[Occurrence]:
        """Occurrences of an English term (whole words; case-insensitive unless it is an
        acronym; the last word singular or plural)."""
        pattern = _pattern(form)
        return [Occurrence(u, m.start(), m.end()) for u in self.en_units_of(form)
                for m in pattern.finditer(self.en[u])]

    def en_units_of(self, form: str) -> list[int]:
        """The units whose English holds ``form`` (as :meth:`find_en` finds it), in order.

        A one-word term that is not an acronym is answered by the word index alone
        (it indexes exactly the words the pattern matches); a phrase or an acronym
        is checked in each unit holding all its words.
        """
        words = _EN_WORD.findall(form.lower())
        if not words:
            return []
        last = {words[-1], singular(words[-1]), plural(words[-1])}
        postings = [self._en_index.get(w, []) for w in words[:-1]]
        postings.append(sorted({u for w in last for u in self._en_index.get(w, [])}))
        postings.sort(key=len)
        if not postings[0]:
            return []
        units = set(postings[0])
        for p in postings[1:]:
            units.intersection_update(p)
            if not units:
                return []
        pieces = form.split()
        if len(words) == 1 and len(pieces) == 1 and not (form.isupper() and len(form) >= 2) \
                and re.fullmatch(r"[A-Za-z0-9]+", form):
            return sorted(units)
        search = _pattern(form).search
        return [u for u in sorted(units) if search(self.en[u])]

    def occurrences(self, form: str, unit: int) -> list[Occurrence]:
        """Where ``form`` stands in one unit's English."""
        return [Occurrence(unit, m.start(), m.end()) for m in _pattern(form).finditer(self.en[unit])]

    def en_units(self, words: list[str]) -> set[int]:
        """Units whose English holds all of ``words`` (lowercase), in any order."""
        postings = sorted((self._en_index.get(w, []) for w in words), key=len)
        if not postings or not postings[0]:
            return set()
        units = set(postings[0])
        for p in postings[1:]:
            units.intersection_update(p)
        return units

    # -- Chinese -------------------------------------------------------------------

    def zh_units(self, text: str) -> frozenset[int]:
        """Units whose Chinese contains ``text`` (cached)."""
        got: frozenset[int] = self._zh_units(text)
        return got

    def _zh_count_uncached(self, text: str) -> int:
        """How many units' Chinese contains ``text``; for a common string of three characters
        or more, the units holding its rarest bigrams (an upper bound, close for such strings:
        checking thousands of units would cost more than the estimate is off)."""
        if len(text) < 2:
            return len(self.zh_units(text))
        grams = sorted({text[i:i + 2] for i in range(len(text) - 1)},
                       key=lambda g: len(self._zh_index.get(g, ())))
        first = self._zh_index.get(grams[0])
        if not first:
            return 0
        if len(text) == 2:
            return len(first)
        units = set(first)
        for g in grams[1:3]:
            units.intersection_update(self._zh_index.get(g, ()))
        if len(units) > _VERIFY:
            return len(units)
        return sum(1 for u in units if text in self.zh[u])

    def _zh_units_uncached(self, text: str) -> frozenset[int]:
        if len(text) < 2:
            return frozenset(u for u, z in enumerate(self.zh) if text in z)
        grams = sorted({text[i:i + 2] for i in range(len(text) - 1)},
                       key=lambda g: len(self._zh_index.get(g, ())))
        first = self._zh_index.get(grams[0])
        if not first:
            return frozenset()
        if len(text) == 2:
            return frozenset(first)       # a bigram's postings are the answer itself
        units = set(first)
        for g in grams[1:3]:
            units.intersection_update(self._zh_index.get(g, ()))
        return frozenset(u for u in units if text in self.zh[u])


def _no_latin(text: str) -> bool:
    return not re.search(r"[A-Za-z0-9]\s+[A-Za-z0-9]", text)


@lru_cache(maxsize=1 << 14)
def _pattern(form: str) -> re.Pattern[str]:
    """A regex for ``form`` as a whole phrase: any spacing or hyphen between its words, and
    its last word singular or plural (an acronym: as written, or with a plural s)."""
    pieces = form.split()
    acronym = len(pieces) == 1 and form.isupper() and len(form) >= 2
    parts = [re.sub(r"\\-", r"[\\s\\-]*", re.escape(p)) for p in pieces[:-1]]
    last = pieces[-1]
    forms = {last, last + "s"} if acronym else {last, singular(last), plural(last)}
    parts.append("(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")")
    body = r"[\s\-]+".join(parts)
    flags = 0 if acronym else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)
