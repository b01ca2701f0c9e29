"""The term base flattened for the checks against an English original.

One :class:`Ref` per English term that is not rejected, ranked so that the
strongest claim to a form wins (approved over candidate, preferred over
admitted, then the term with more contexts, then the older concept), and the
predicates on terms that the document scan, the variant patterns and the
spelling check share.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from termsmith.frequency import zipf
from termsmith.model import Concept, Review, Term, TermType, Usage
from termsmith.normalize import key

__all__ = ["Keys", "Ref", "case_sensitive", "distinctive", "flatten", "preferred", "titled"]


@dataclass(frozen=True, slots=True)
class Ref:
    """A term of the term base, flattened for matching."""

    concept: Concept
    term: Term
    rank: tuple[int, int, int, int]

    @property
    def cid(self) -> int | None:
        return self.concept.id


class Keys(dict[str, str]):
    """:func:`termsmith.normalize.key` of each text asked for, computed once: the checks of
    one run key the whole term base several times (a big one: ~1 s each time)."""

    def __missing__(self, text: str) -> str:
        got = self[text] = key(text)
        return got


def flatten(concepts: Sequence[Concept], counts: Mapping[int, int] | None = None) -> list[Ref]:
    """The English terms of ``concepts`` that are not rejected, each with its rank.

    ``counts``, if given, is each term's number of contexts by term id (the store's
    :meth:`~termsmith.store.Store.context_counts`), for concepts read without all their
    contexts; else a term's contexts are counted.
    """
    out = []
    for c in concepts:
        for t in c.section("en"):
            if t.review is not Review.REJECTED:
                n = len(t.contexts) if counts is None else counts.get(t.id or 0, 0)
                rank = (("rejected", "candidate", "approved").index(t.review.value),
                        ("deprecated", "admitted", "preferred").index(t.usage.value),
                        n, -(c.id or 0))
                out.append(Ref(c, t, rank))
    return out


def case_sensitive(r: Ref) -> bool:
    t = r.term.text
    return (r.term.type is TermType.ACRONYM or r.concept.kind in ("acronym", "unit")
            or (t.isupper() and sum(ch.isalpha() for ch in t) >= 2))


def titled(text: str) -> bool:
    """A name or title: some word after the first is capitalised (``Daqing Oilfield``)."""
    ws = text.split()
    return any(w[:1].isupper() for w in ws[1:]) or (len(ws) == 1 and text[:1].isupper())


def preferred(concept: Concept) -> Term | None:
    usable = [t for t in concept.section("en")
              if t.usage is not Usage.DEPRECATED and t.review is not Review.REJECTED]
    return next((t for t in usable if t.usage is Usage.PREFERRED), usable[0] if usable else None)


def distinctive(text: str) -> bool:
    """A figure or a rare word (a place, a brand): the phrase cannot be ordinary English."""
    return any(p[:1].isdigit() or (p.isalpha() and zipf(p.lower()) < 3.0)
               for p in re.split(r"[\s\-]+", text))
