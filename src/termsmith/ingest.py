"""Store a harvest in the term base: new concepts added, known ones enriched, decisions kept.

This is the bridge between the pure harvesters and :class:`~termsmith.store.TermBase`:
it maps harvest entries onto the concept model and applies them in one
transaction per document.
"""

from __future__ import annotations

from dataclasses import replace

from termsmith.harvest import HarvestResult
from termsmith.harvest.base import Entry, Kind, Occurrence
from termsmith.model import Concept, Context, Gloss, PartOfSpeech, Quotation, Term, TermType
from termsmith.store import HarvestStats, TermBase

_POS = {Kind.NAME: PartOfSpeech.PROPER_NOUN, Kind.DOMAIN: PartOfSpeech.NOUN,
        Kind.UNIT: PartOfSpeech.NOUN, Kind.SCIENTIFIC: PartOfSpeech.NOUN,
        Kind.ACRONYM: PartOfSpeech.NOUN, Kind.EXPANSION: PartOfSpeech.NOUN}


def term_type(e: Entry) -> TermType:
    """The TBX term type of a harvested entry."""
    if e.kind is Kind.ACRONYM:
        return TermType.ACRONYM
    if e.kind is Kind.EXPLAINED or (e.kind is Kind.QUOTED and len(e.term.split()) > 4):
        return TermType.PHRASE
    return TermType.FULL_FORM


def context(o: Occurrence, source: str) -> Context:
    """A model context from a harvest occurrence in document ``source``."""
    return Context(sentence=o.sentence, source=source, line=o.line, speaker=o.speaker,
                   start=o.start, end=o.end)


def _term(e: Entry, source: str) -> Term:
    return Term(text=e.term, lang="en", type=term_type(e), pos=_POS.get(e.kind),
                contexts=tuple(context(o, source) for o in e.occurrences))


def _glosses(group: list[Entry], source: str) -> list[Gloss]:
    out: list[Gloss] = []
    for e in group:
        for g, o in e.glosses:
            if e.kind is Kind.ACRONYM:
                continue        # the expansion's gloss (the acronym) says the same
            out.append(replace(g, source=source, line=o.line))
    return out


def store(tb: TermBase, result: HarvestResult) -> HarvestStats:
    """Store one document's harvest in ``tb`` (one transaction); return what changed."""
    stats = HarvestStats()
    doc = result.document
    with tb.transaction():
        doc_id = tb.add_document(doc.path, doc.sha256, doc.title, doc.date)
        for group in result.concepts():
            _store_group(tb, group, doc_id, doc.path, stats)
        for q in result.quotations:
            o = q.occurrence
            if tb.add_quotation(Quotation(text=q.term, source=doc.path, line=o.line,
                                          speaker=o.speaker), doc_id):
                stats.quotations_added += 1
    return stats


def _store_group(tb: TermBase, group: list[Entry], doc_id: int, source: str,
                 stats: HarvestStats) -> None:
    head = group[0]
    evidence = [ev for e in group for ev in e.evidence]
    score = max(e.score for e in group)
    cid = None
    for e in group:
        hit = tb.find_term_by_key("en", e.key)
        if hit:
            cid = hit[0]
            break
    if cid is None:
        concept = Concept(terms=tuple(_term(e, source) for e in group), kind=head.kind.value,
                          category=head.category, score=score, evidence=tuple(evidence))
        cid = tb.add_concept(concept, document_id=doc_id)
        stats.concepts_added += 1
        stats.terms_added += len(group)
        stats.contexts_added += sum(len(e.occurrences) for e in group)
    else:
        tb.refresh_harvest(cid, score=score, evidence=evidence, kind=head.kind.value,
                           category=head.category)
        for e in group:
            hit = tb.find_term_by_key("en", e.key)
            if hit is None or hit[0] != cid:
                tb.add_term(cid, _term(e, source), key=e.key, document_id=doc_id)
                stats.terms_added += 1
                stats.contexts_added += len(e.occurrences)
                continue
            tid = hit[1]
            stats.terms_kept += 1
            stats.reviewed_untouched += tb.term_is_reviewed(tid)
            for o in e.occurrences:
                stats.contexts_added += tb.add_context(tid, context(o, source), doc_id)
    for g in _glosses(group, source):
        stats.glosses_added += tb.add_gloss(cid, g)
