"""Harvest a document: run the harvesters, merge their candidates, locate every occurrence.

Each harvester is a module with ``harvest(segments) -> Iterator[Candidate]``,
registered by name in :data:`HARVESTERS` and imported only when used::

    from termsmith import reader, harvest
    result = harvest.run(reader.read("transcript.txt"))
    for group in result.concepts():
        print(group[0].term, group[0].score)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from termsmith.document import Document
from termsmith.harvest.base import Candidate, Entry, Gloss, GlossType, Harvester, Kind, Occurrence
from termsmith.harvest.merge import key, locate, merge

# The only registry of harvesters: name -> module (imported lazily).
HARVESTERS: dict[str, str] = {
    "quoted": "termsmith.harvest.quoted",
    "glossed": "termsmith.harvest.glossed",
    "names": "termsmith.harvest.names",
    "domain": "termsmith.harvest.domain",
}
MIN_SCORE = 0.3


@dataclass(slots=True)
class HarvestResult:
    """What harvesting one document found."""

    document: Document
    entries: list[Entry]            # terms, best first
    quotations: list[Candidate]     # quoted sentences: evidence, not terms

    def concepts(self) -> list[list[Entry]]:
        """Entries grouped into concepts: an expansion and its acronym share one.

        The first entry of each group is the main term (the full form).
        """
        by_key = {e.key: e for e in self.entries}
        joined: dict[str, str] = {}          # acronym key -> expansion key
        for e in self.entries:
            if e.kind is Kind.ACRONYM:
                for r in e.related:
                    if key(r) in by_key and by_key[key(r)].kind is not Kind.ACRONYM:
                        joined[e.key] = key(r)
                        break
        groups: dict[str, list[Entry]] = {}
        for e in self.entries:
            if e.key in joined:
                continue
            groups[e.key] = [e]
        for acro, full in joined.items():
            groups[full].append(by_key[acro])
        return list(groups.values())


def harvester(name: str) -> Harvester:
    """The harvester registered under ``name``."""
    module = importlib.import_module(HARVESTERS[name])
    fn: Harvester = module.harvest
    return fn


def run(document: Document, *, harvesters: Sequence[str] | None = None,
        min_score: float = MIN_SCORE,
        progress: Callable[[str], None] | None = None) -> HarvestResult:
    """Harvest ``document`` with the named harvesters (all by default)."""
    segments = document.content()
    names = list(harvesters or HARVESTERS)
    candidates: list[Candidate] = []
    for name in names:
        if progress:
            progress(name)
        candidates.extend(harvester(name)(segments))
    candidates = [_with_source(c, document.path) for c in candidates]
    entries, quotations = merge(candidates)
    entries = [e for e in entries if e.score >= min_score]
    if progress:
        progress("locate")
    locate(entries, segments)
    for e in entries:
        e.occurrences = [replace(o, source=document.path) for o in e.occurrences]
    entries.sort(key=lambda e: (-e.score, -len(e.occurrences), e.term.casefold()))
    return HarvestResult(document=document, entries=entries, quotations=quotations)


def _with_source(c: Candidate, path: str) -> Candidate:
    return replace(c, occurrence=replace(c.occurrence, source=path))


def run_all(documents: Iterable[Document], **kw: object) -> list[HarvestResult]:
    """Harvest several documents, each on its own."""
    return [run(d, **kw) for d in documents]  # type: ignore[arg-type]


__all__ = [
    "HARVESTERS", "HarvestResult", "Candidate", "Entry", "Gloss", "GlossType", "Kind",
    "Occurrence", "harvester", "run", "run_all",
]
