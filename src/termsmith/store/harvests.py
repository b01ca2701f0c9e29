"""Documents and harvests: one short, batched transaction per document.

A harvest is computed outside the term base (:mod:`termsmith.harvest`, in
worker processes); :meth:`HarvestMixin.store_harvest` then looks up every key
in one query, inserts the new concepts with one statement per table, adds
contexts and glosses with ``executemany`` and commits. Harvests never raise a
concept's version and never change a term a reviewer has decided on or edited.

Documents are keyed by content (the hash of their normalised text), so the same
transcript harvested under another name (``seed.txt``, ``./seed.txt``, its
absolute path) or re-saved with other line ends adds nothing twice: its
contexts name the document by the path it was first harvested under.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from termsmith.model import Concept, Context, Quotation, Term
from termsmith.store.base import DocumentRecord, GroupPlan, HarvestStats, Mode, now
from termsmith.store.sql import chunks, placeholders
from termsmith.store.writing import _INSERT_GLOSS, WriteMixin, context_row, gloss_row

_INSERT_QUOTATION = ("INSERT INTO quotation (document_id, source, line, speaker, text) "
                     "VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")


class HarvestMixin(WriteMixin):
    """add_document, store_harvest, add_quotation, refresh_harvest, quotations."""

    def documents(self) -> list[DocumentRecord]:
        """The harvested documents, oldest first."""
        return [DocumentRecord(path=r[0], sha256=r[1], content=r[2] or "", canonical=r[3] or "",
                               title=r[4], date=r[5])
                for r in self.q("SELECT path, sha256, content, canonical, title, date "
                                "FROM document ORDER BY id")]

    def add_document(self, doc: DocumentRecord) -> tuple[int, str]:
        """Record a document once per content; return (its id, the path its contexts name)."""
        def work() -> tuple[int, str]:
            row = self.one("SELECT id, path FROM document WHERE content = ?", (doc.content,))
            if row is None:
                # Harvested before documents were keyed by content: same bytes, same document.
                row = self.one("SELECT id, path FROM document WHERE sha256 = ?", (doc.sha256,))
                if row is not None:
                    self.run("UPDATE document SET content = ?, canonical = coalesce(canonical, ?) "
                             "WHERE id = ?", (doc.content, doc.canonical, row[0]))
            if row is not None:
                return int(row[0]), str(row[1])
            did = self.insert("INSERT INTO document (path, sha256, content, canonical, title, date, "
                              "harvested) VALUES (?,?,?,?,?,?,?)",
                              (doc.path, doc.sha256, doc.content, doc.canonical, doc.title,
                               doc.date, now()))
            return did, doc.path
        return self.atomic(work, Mode.BULK)

    def add_quotation(self, q: Quotation, document_id: int | None = None) -> bool:
        """Record a quoted sentence unless already there."""
        return self.run(_INSERT_QUOTATION, (document_id, q.source, q.line, q.speaker, q.text)) > 0

    def quotations(self) -> list[Quotation]:
        """Quoted sentences seen, in document order."""
        return [Quotation(text=r[0], source=r[1], line=r[2], speaker=r[3]) for r in
                self.q("SELECT text, source, line, speaker FROM quotation ORDER BY source, line, id")]

    def refresh_harvest(self, concept_id: int, *, score: float | None,
                        evidence: Sequence[str], kind: str | None,
                        category: str | None) -> None:
        """Update harvest-owned fields of a concept (score, evidence); never reviewer fields."""
        row = self.one("SELECT id, score, evidence, kind, category FROM concept WHERE id = ?",
                       (concept_id,))
        if row is not None and (u := _refreshed(row, score, evidence, kind, category)) is not None:
            self._apply_refresh([u])

    def store_harvest(self, doc: DocumentRecord, groups: Sequence[GroupPlan],
                      quotations: Sequence[Quotation]) -> HarvestStats:
        """Store one document's harvest in one short transaction (batched statements).

        A group whose key (any of its terms' keys) is known enriches that concept:
        new terms and contexts, glosses, a better score and more evidence; else it
        becomes a new concept. Reviewed terms are left as they are.
        """
        return self.atomic(lambda: self._store_harvest(doc, groups, quotations), Mode.BULK)

    def _store_harvest(self, doc: DocumentRecord, groups: Sequence[GroupPlan],
                       quotations: Sequence[Quotation]) -> HarvestStats:
        stats = HarvestStats()
        doc_id, source = self.add_document(doc)
        # A harvest is of one language (a Chinese original's terms are zh-Hans).
        lang = next((t.lang for g in groups for _, t in g.terms), "en")
        # Every term with each key: one key may name terms of more than one concept (a
        # harvest adds an acronym to its expansion's concept though the acronym alone is
        # a concept of its own already), and a term is known to a concept only by its own.
        known = self._term_hits_by_keys(lang, [k for g in groups for k, _ in g.terms])
        new: list[Concept] = []
        ctx_rows: list[tuple[Any, ...]] = []
        gloss_rows: list[tuple[Any, ...]] = []
        refresh: dict[int, GroupPlan] = {}
        for g in groups:
            terms = [(k, _sourced(t, source)) for k, t in g.terms]
            glosses = [replace(x, source=source) for x in g.glosses]
            cid = next((known[k][0][0] for k, _ in terms if k in known), None)
            if cid is None:
                new.append(Concept(terms=tuple(t for _, t in terms), kind=g.kind, category=g.category,
                                   score=g.score, evidence=tuple(g.evidence), glosses=tuple(glosses)))
                stats.concepts_added += 1
                stats.terms_added += len(terms)
                stats.contexts_added += sum(len(t.contexts) for _, t in terms)
                continue
            refresh[cid] = g
            for k, t in terms:
                hit = next((h for h in known.get(k, ()) if h[0] == cid), None)
                if hit is None:
                    self.add_term(cid, t, key=k, document_id=doc_id)
                    stats.terms_added += 1
                    stats.contexts_added += len(t.contexts)
                    continue
                stats.terms_kept += 1
                stats.reviewed_untouched += hit[2]
                ctx_rows += [context_row(hit[1], c, doc_id) for c in t.contexts]
            gloss_rows += [gloss_row(cid, x) for x in glosses]
        if new:
            self.add_concepts(new, document_id=doc_id)
        stats.contexts_added += self.add_contexts(ctx_rows)
        if gloss_rows:
            stats.glosses_added += self.many(_INSERT_GLOSS, gloss_rows)
        stats.glosses_added += sum(len(c.glosses) for c in new)
        self._refresh_many(refresh)
        if quotations:
            stats.quotations_added += self.many(_INSERT_QUOTATION, [
                (doc_id, source, q.line, q.speaker, q.text) for q in quotations])
        return stats

    def _refresh_many(self, plans: dict[int, GroupPlan]) -> None:
        updates = []
        ids = sorted(plans)
        for part in chunks(ids):
            for row in self.q("SELECT id, score, evidence, kind, category FROM concept WHERE id IN "
                              f"({placeholders(len(part))})", part):
                g = plans[int(row[0])]
                if (u := _refreshed(row, g.score, g.evidence, g.kind, g.category)) is not None:
                    updates.append(u)
        if updates:
            self._apply_refresh(updates)

    def _apply_refresh(self, updates: list[tuple[Any, ...]]) -> None:
        self.many("UPDATE concept SET score = ?, evidence = ?, kind = ?, category = ? WHERE id = ?",
                  updates)
        # The terms' queue order follows the concept's score, their shown kind its kind.
        self.many("UPDATE term SET rank = ?, qkind = CASE WHEN type = 'acronym' THEN 'acronym' "
                  "ELSE ? END WHERE concept_id = ?",
                  [(1.0 if u[0] is None else u[0], u[2] or "manual", u[4]) for u in updates])


def _refreshed(row: tuple[Any, ...], score: float | None, evidence: Sequence[str],
               kind: str | None, category: str | None) -> tuple[Any, ...] | None:
    """The new (score, evidence, kind, category, id) of a concept, or None if nothing changes."""
    cid, old_score, old_ev, old_kind, old_cat = row
    merged = json.dumps(list(dict.fromkeys([*json.loads(old_ev), *evidence])))
    scores = [s for s in (old_score, score) if s is not None]
    new = (max(scores) if scores else None, merged, old_kind or kind, old_cat or category)
    return None if new == (old_score, old_ev, old_kind, old_cat) else (*new, cid)


def _sourced(t: Term, source: str) -> Term:
    """``t`` with its contexts naming the document as the term base knows it."""
    if all(c.source == source for c in t.contexts):
        return t
    return replace(t, contexts=tuple(Context(sentence=c.sentence, source=source, line=c.line,
                                             speaker=c.speaker, start=c.start, end=c.end)
                                     for c in t.contexts))
