"""Equivalent proposals: renderings of the term base's terms found in its translation memory.

For each English term without an approved Chinese equivalent (and each Chinese
term without an English one), :func:`propose` reads the aligned units that hold
it and proposes renderings, best first, each with its score, the number of
units that support it, its evidence and an aligned example
(:mod:`.propose` says how they are scored)::

    from termsmith import equivalents
    from termsmith.store import open_store

    with open_store("terms.db") as tb:
        for found in equivalents.propose(tb):
            print(found.term, [(p.text, p.score) for p in found.proposals[:3]])
        equivalents.accept(tb, equivalents.propose(tb), threshold=0.8, who="li")

:func:`accept` writes each best proposal scoring at least a threshold as a
*candidate* term through :func:`termsmith.review.propose_equivalent` (recorded in
the history), for a reviewer to approve; :func:`suggestions` gives the
proposals of one concept, for the review page and the sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from termsmith.equivalents.memory import Memory
from termsmith.equivalents.propose import Example, Proposal, Proposer
from termsmith.model import Concept, Review, TermType, Usage

if TYPE_CHECKING:
    from termsmith.store import Store

__all__ = ["Direction", "Example", "Memory", "Proposal", "Proposer", "TermProposals", "accept",
           "memory", "propose", "suggestions"]


class Direction(StrEnum):
    """Which terms get proposals."""

    EN_ZH = "en-zh"         # English terms without an approved Chinese equivalent
    ZH_EN = "zh-en"         # Chinese terms (from a Chinese original) without English
    BOTH = "both"


@dataclass(frozen=True, slots=True)
class TermProposals:
    """The proposals for one term."""

    concept: int
    term: str                       # the term (English, or Chinese for zh-en)
    lang: str                       # its language
    target: str                     # the language of the proposals
    seen: int                       # aligned units holding the term
    proposals: tuple[Proposal, ...]

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (the ``termsmith equivalents --format json`` shape)."""
        return {"term": self.term, "concept": self.concept, "lang": self.lang,
                "target": self.target, "units": self.seen,
                "proposals": [p.as_dict() for p in self.proposals]}


def memory(tb: Store) -> Memory:
    """The term base's translation memory, read once and indexed."""
    return Memory.from_units(tb.units())


def _usable(t_review: Review, t_usage: Usage) -> bool:
    return t_review is not Review.REJECTED and t_usage is not Usage.DEPRECATED


def _wanted(c: Concept, direction: Direction) -> tuple[str, list[str]] | None:
    """(the language to propose in, the forms to look for) if ``c`` needs proposals."""
    en = [t for t in c.section("en") if _usable(t.review, t.usage)]
    zh = [t for t in c.section("zh") if _usable(t.review, t.usage)]
    if direction in (Direction.EN_ZH, Direction.BOTH) and en \
            and not any(t.review is Review.APPROVED for t in zh):
        en.sort(key=lambda t: (t.type in (TermType.ACRONYM, TermType.ABBREVIATION,
                                          TermType.VARIANT), t.id or 0))
        return "zh-Hans", [t.text for t in en]
    if direction in (Direction.ZH_EN, Direction.BOTH) and zh and not en:
        return "en", [t.text for t in zh]
    return None


def propose(tb: Store, *, direction: Direction = Direction.BOTH, terms: Sequence[str] = (),
            limit: int = 5, mem: Memory | None = None,
            progress: Callable[[int], None] | None = None) -> Iterator[TermProposals]:
    """Proposals for every term that needs them (or only for ``terms``), in concept order.

    A term the memory does not hold is listed with no proposals. ``progress`` is
    called with the number of concepts done.
    """
    mem = mem if mem is not None else memory(tb)
    proposer = Proposer(mem)
    only = {" ".join(t.split()).casefold() for t in terms}
    for c in tb.concepts(contexts=False):
        if progress:
            progress(1)
        want = _wanted(c, direction)
        if want is None or c.id is None:
            continue
        target, forms = want
        if only and not only & {f.casefold() for f in forms}:
            continue
        yield _proposals(proposer, c, target, forms, limit)


def _proposals(proposer: Proposer, c: Concept, target: str, forms: list[str],
               limit: int) -> TermProposals:
    withdrawn = {t.text for t in c.terms if t.lang.split("-")[0] == target.split("-")[0]
                 and not _usable(t.review, t.usage)}
    if target == "en":
        seen, props = proposer.english_for(forms, limit=limit + len(withdrawn))
    else:
        seen, props = proposer.chinese_for(forms, limit=limit + len(withdrawn))
    # A rendering a reviewer withdrew or rejected is not proposed again.
    kept = tuple(p for p in props if p.text not in withdrawn)[:limit]
    return TermProposals(concept=c.id or 0, term=forms[0],
                         lang="en" if target != "en" else "zh-Hans", target=target,
                         seen=seen, proposals=kept)


def accept(tb: Store, found: Iterator[TermProposals] | Sequence[TermProposals], threshold: float,
           who: str) -> list[tuple[TermProposals, Proposal]]:
    """Write each term's best proposal scoring ``threshold`` or more as a candidate term of
    its concept (:func:`termsmith.review.propose_equivalent`); return those written."""
    from termsmith import review

    written = []
    for tp in list(found):
        if not tp.proposals or tp.proposals[0].score < threshold:
            continue
        best = tp.proposals[0]
        note = (f"proposed from the translation memory: score {best.score:.2f}, "
                f"{best.units} of {tp.seen} units; " + "; ".join(best.evidence))
        if review.propose_equivalent(tb, tp.concept, best.text, who, lang=tp.target, note=note):
            written.append((tp, best))
    return written


_CACHE: dict[tuple[str, int], Memory] = {}


def suggestions(tb: Store, concept_id: int, *, limit: int = 3) -> list[Proposal]:
    """Proposals for one concept (the review page and the sheet show them as suggestions).

    The memory is read once per term base and size and kept while the process
    lives (the review server asks for one concept at a time).
    """
    ident = (tb.path, tb.unit_count())
    mem = _CACHE.get(ident)
    if mem is None:
        _CACHE.clear()
        mem = _CACHE[ident] = memory(tb)
    c = tb.get(concept_id, contexts=False)
    want = _wanted(c, Direction.BOTH)
    if want is None:
        return []
    return list(_proposals(Proposer(mem), c, want[0], want[1], limit).proposals)
