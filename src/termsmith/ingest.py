"""Store a harvest in the term base: new concepts added, known ones enriched, decisions kept.

This is the bridge between the pure harvesters and the :class:`~termsmith.store.Store`:
it maps harvest entries onto the concept model (outside any transaction) and
hands them to :meth:`~termsmith.store.Store.store_harvest`, which applies them in
one short, batched transaction per document.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import replace
from pathlib import Path

from termsmith.document import Document
from termsmith.harvest import HarvestResult
from termsmith.harvest.base import Entry, Kind, Occurrence, gc_paused
from termsmith.model import Context, Gloss, PartOfSpeech, Quotation, Term, TermType
from termsmith.normalize import squash
from termsmith.store import DocumentRecord, GroupPlan, HarvestStats, Store

_POS = {Kind.NAME: PartOfSpeech.PROPER_NOUN, Kind.TITLE: PartOfSpeech.PROPER_NOUN,
        Kind.DOMAIN: PartOfSpeech.NOUN, Kind.UNIT: PartOfSpeech.NOUN, Kind.SCIENTIFIC: PartOfSpeech.NOUN,
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


def _term(e: Entry, source: str, lang: str = "en") -> Term:
    return Term(text=e.term, lang=lang, type=term_type(e), pos=_POS.get(e.kind),
                contexts=tuple(context(o, source) for o in e.occurrences))


def _glosses(group: list[Entry], source: str) -> list[Gloss]:
    out: list[Gloss] = []
    for e in group:
        for g, o in e.glosses:
            if e.kind is Kind.ACRONYM:
                continue        # the expansion's gloss (the acronym) says the same
            out.append(replace(g, source=source, line=o.line))
    return out


def content_key(doc: Document) -> str:
    """The identity of a document's text, whatever its file name, encoding or line ends.

    A SHA-256 over each segment's line number and NFC-normalised, space-collapsed
    text: the same transcript saved as UTF-8 or GB18030, with CRLF or LF, under
    any path, is one document (and its contexts are stored once).
    """
    h = hashlib.sha256()
    for seg in doc.segments:
        h.update(f"{seg.line}\t{squash(unicodedata.normalize('NFC', seg.text))}\n"
                 .encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def record(doc: Document) -> DocumentRecord:
    """How the store keys a document: content hash, canonical path, raw-bytes hash."""
    try:
        canonical = str(Path(doc.path).resolve())
    except (OSError, RuntimeError):
        canonical = doc.path
    return DocumentRecord(path=doc.path, sha256=doc.sha256 or content_key(doc),
                          content=content_key(doc), canonical=canonical, title=doc.title,
                          date=doc.date)


def plan(result: HarvestResult) -> list[GroupPlan]:
    """The concepts a harvest proposes, in the store's terms (no term base needed)."""
    source = result.document.path
    plans = []
    for group in result.concepts():
        head = group[0]
        plans.append(GroupPlan(
            terms=[(e.key, _term(e, source, result.lang)) for e in group], kind=head.kind.value,
            category=head.category, score=max(e.score for e in group),
            evidence=[ev for e in group for ev in e.evidence], glosses=_glosses(group, source)))
    return plans


def store(tb: Store, result: HarvestResult) -> HarvestStats:
    """Store one document's harvest in ``tb``: one short transaction; return what changed.

    The cyclic collector is paused as during the harvest (:func:`gc_paused`): the terms
    and contexts made here (tens of thousands a document) make no cycles, and each
    collection their allocation set off would walk the harvest's objects as well, which
    are alive until stored: half the time of this step on 40 documents of 75 KB.
    """
    with gc_paused():
        quotations = [Quotation(text=q.term, source=result.document.path,
                                line=q.occurrence.line, speaker=q.occurrence.speaker)
                      for q in result.quotations]
        return tb.store_harvest(record(result.document), plan(result), quotations)
