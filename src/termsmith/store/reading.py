"""Reading concepts: one by id, all of them streamed, by text or key, and their history."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

from termsmith.errors import NotFound
from termsmith.model import (
    Change,
    Concept,
    Context,
    Gloss,
    GlossType,
    PartOfSpeech,
    Review,
    Term,
    TermType,
    Usage,
)
from termsmith.normalize import key as term_key
from termsmith.normalize import search_fold
from termsmith.store.sql import Row, SqlCore

_CONCEPT_COLS = ("id, subject, definition, note, kind, category, score, evidence, created, "
                 "modified, version, created_by, modified_by")
_TERM_COLS = "id, text, lang, type, pos, usage, review, note, created, modified, created_by, modified_by"
_GLOSS_COLS = ("type, text, unit, quantity, target_unit, target_quantity, approximate, source, "
               "line")


def _concept(row: Row, terms: tuple[Term, ...], glosses: tuple[Gloss, ...]) -> Concept:
    return Concept(terms=terms, id=row[0], subject=row[1], definition=row[2], note=row[3],
                   kind=row[4], category=row[5], score=row[6],
                   evidence=() if row[7] == "[]" else tuple(json.loads(row[7])), glosses=glosses,
                   created=row[8], modified=row[9], version=row[10], created_by=row[11],
                   modified_by=row[12])


# Stored values to members: a dict look-up costs a fraction of calling the enum (big exports
# read hundreds of thousands of terms); an unknown value still raises (KeyError).
_TYPES = {m.value: m for m in TermType}
_USAGES = {m.value: m for m in Usage}
_REVIEWS = {m.value: m for m in Review}
_POS = {m.value: m for m in PartOfSpeech}


def _term(r: Row, contexts: tuple[Context, ...] = (),
          variants: tuple[tuple[str, int], ...] = ()) -> Term:
    """A Term from the columns of :data:`_TERM_COLS`."""
    return Term(text=r[1], lang=r[2], type=_TYPES[r[3]],
                pos=_POS[r[4]] if r[4] else None, usage=_USAGES[r[5]],
                review=_REVIEWS[r[6]], note=r[7], contexts=contexts, variants=variants,
                id=r[0], created=r[8], modified=r[9], created_by=r[10], modified_by=r[11])


def _variants(counts: Iterable[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """A term's forms and how often each was seen, the most frequent first."""
    return tuple(sorted(counts, key=lambda fn: (-fn[1], fn[0])))


def _gloss(r: Row) -> Gloss:
    return Gloss(GlossType(r[0]), r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7], r[8])


class ReadMixin(SqlCore):
    """get, term, concepts, find, history, version."""

    def get(self, concept_id: int, *, contexts: bool = True) -> Concept:
        """The concept with this id, with its terms (and their contexts)."""
        row = self.one(f"SELECT {_CONCEPT_COLS} FROM concept WHERE id = ?", (concept_id,))
        if row is None:
            raise NotFound(f"no concept #{concept_id}")
        terms = tuple(self._terms(concept_id, contexts))
        glosses = tuple(_gloss(r) for r in self.q(
            f"SELECT {_GLOSS_COLS} FROM gloss WHERE concept_id = ? "
            "ORDER BY source, line NULLS FIRST, id",
            (concept_id,)))
        return _concept(row, terms, glosses)

    def _terms(self, concept_id: int, contexts: bool) -> Iterator[Term]:
        rows = self.q(f"SELECT {_TERM_COLS} FROM term WHERE concept_id = ? "
                      "ORDER BY lang != 'en', id", (concept_id,))
        by_term: dict[int, list[Row]] = {}
        if contexts and rows:
            from termsmith.store.sql import placeholders

            ids = [r[0] for r in rows]          # by term id: the context index serves it
            for c in self.q(
                    "SELECT x.term_id, x.sentence, x.source, x.line, x.speaker, x.start, x.stop, "
                    f"x.form FROM context x WHERE x.term_id IN ({placeholders(len(ids))}) "
                    "ORDER BY x.term_id, x.source, x.line NULLS FIRST, x.start, x.id", ids):
                by_term.setdefault(c[0], []).append(c)
        for r in rows:
            ctx: tuple[Context, ...] = ()
            variants: tuple[tuple[str, int], ...] = ()
            if contexts:
                mine = by_term.get(r[0], [])
                ctx = tuple(Context(sentence=c[1], source=c[2], line=c[3], speaker=c[4],
                                    start=c[5], end=c[6]) for c in mine)
                counts: dict[str, int] = {}
                for c in mine:
                    if c[7]:                    # a context without a span shows no form
                        counts[c[7]] = counts.get(c[7], 0) + 1
                variants = _variants(counts.items())
            yield _term(r, ctx, variants)

    def concept_of(self, term_id: int) -> int:
        """The id of the concept a term belongs to; NotFound if there is no such term."""
        row = self.one("SELECT concept_id FROM term WHERE id = ?", (term_id,))
        if row is None:
            raise NotFound(f"no term with id {term_id}")
        return int(row[0])

    def get_many(self, ids: Sequence[int]) -> dict[int, Concept]:
        """Concepts (without contexts) by id, in a few queries whatever their number."""
        from termsmith.store.sql import chunks, placeholders

        out: dict[int, Concept] = {}
        for part in chunks(sorted(set(ids))):
            marks = placeholders(len(part))
            terms: dict[int, list[Term]] = {}
            for r in self.q(f"SELECT concept_id, {_TERM_COLS} FROM term WHERE concept_id IN ({marks}) "
                            "ORDER BY concept_id, lang != 'en', id", part):
                terms.setdefault(r[0], []).append(_term(r[1:]))
            glosses: dict[int, list[Gloss]] = {}
            for r in self.q(f"SELECT concept_id, {_GLOSS_COLS} FROM gloss WHERE concept_id IN "
                            f"({marks}) ORDER BY concept_id, source, line NULLS FIRST, id", part):
                glosses.setdefault(r[0], []).append(_gloss(r[1:]))
            for row in self.q(f"SELECT {_CONCEPT_COLS} FROM concept WHERE id IN ({marks})", part):
                if row[0] in terms:
                    out[row[0]] = _concept(row, tuple(terms[row[0]]), tuple(glosses.get(row[0], ())))
        return out

    def first_contexts(self, term_ids: Sequence[int]) -> dict[int, Context]:
        """Each term's first context (by source, line, position), for listings of many terms
        (the review sheet's "best context"): a few queries, whatever their number."""
        from termsmith.store.sql import chunks, placeholders

        out: dict[int, Context] = {}
        for part in chunks(sorted(set(term_ids))):
            for r in self.q(
                    "SELECT x.term_id, x.sentence, x.source, x.line, x.speaker, x.start, x.stop "
                    f"FROM context x WHERE x.term_id IN ({placeholders(len(part))}) "
                    "ORDER BY x.term_id, x.source, x.line NULLS FIRST, x.start, x.id", part):
                if r[0] not in out:
                    out[r[0]] = Context(sentence=r[1], source=r[2], line=r[3], speaker=r[4],
                                        start=r[5], end=r[6])
        return out

    def context_counts(self) -> dict[int, int]:
        """How many contexts each term has, by term id (terms without any left out)."""
        return {int(t): int(n) for t, n in self.q(
            "SELECT term_id, count(*) FROM context GROUP BY term_id")}

    def context_sources(self) -> list[str]:
        """The sources (document names, as harvested or imported) contexts name, sorted."""
        return [str(r[0]) for r in self.q("SELECT DISTINCT source FROM context ORDER BY source")]

    def source_sentences(self) -> Iterator[tuple[str, str]]:
        """Each (source, sentence) the contexts hold once, streamed."""
        for r in self.stream("SELECT DISTINCT source, sentence FROM context"):
            yield str(r[0]), str(r[1])

    def contexts_from(self, sources: Collection[str]) -> dict[int, tuple[Context, ...]]:
        """The contexts recorded from these sources, by term id, each term's in the order
        :meth:`concepts` gives them (by source, line, position)."""
        from termsmith.store.sql import chunks, placeholders

        out: dict[int, list[Context]] = {}
        # (more than one batch of sources keeps each batch's order per term: a file is
        # known by one or two names, far fewer than a batch)
        for part in chunks(sorted(set(sources))):
            for r in self.q(
                    "SELECT x.term_id, x.sentence, x.source, x.line, x.speaker, x.start, x.stop "
                    f"FROM context x WHERE x.source IN ({placeholders(len(part))}) "
                    "ORDER BY x.term_id, x.source, x.line NULLS FIRST, x.start, x.id", part):
                out.setdefault(int(r[0]), []).append(
                    Context(sentence=r[1], source=r[2], line=r[3], speaker=r[4], start=r[5],
                            end=r[6]))
        return {t: tuple(cs) for t, cs in out.items()}

    def term(self, term_id: int) -> tuple[Concept, Term]:
        """The concept (without contexts) holding a term, and the term."""
        row = self.one("SELECT concept_id FROM term WHERE id = ?", (term_id,))
        if row is None:
            raise NotFound(f"no term with id {term_id}")
        c = self.get(row[0], contexts=False)
        return c, next(t for t in c.terms if t.id == term_id)

    def version(self, concept_id: int) -> int:
        """The concept's current version."""
        row = self.one("SELECT version FROM concept WHERE id = ?", (concept_id,))
        if row is None:
            raise NotFound(f"no concept #{concept_id}")
        return int(row[0])

    def concepts(self, *, contexts: bool = False, max_contexts: int | None = None,
                 forms: bool = False) -> Iterator[Concept]:
        """Every concept, in id order, streamed.

        One query per table, merged by concept id (no query per concept), so
        exporting 100,000 concepts stays fast and memory stays bounded.
        ``max_contexts`` caps the contexts kept per term. ``forms`` fills each term's
        ``variants`` (the forms its contexts show, and how often, as :meth:`get` does)
        from one grouped query, without reading the contexts themselves.
        """
        concepts = self.stream(f"SELECT {_CONCEPT_COLS} FROM concept ORDER BY id")
        terms = _Merge(self.stream(
            f"SELECT concept_id, {_TERM_COLS} FROM term ORDER BY concept_id, lang != 'en', id"))
        glosses = _Merge(self.stream(
            f"SELECT concept_id, {_GLOSS_COLS} FROM gloss "
            "ORDER BY concept_id, source, line NULLS FIRST, id"))
        ctxs = _Merge(self.stream(
            "SELECT t.concept_id, x.term_id, x.sentence, x.source, x.line, x.speaker, x.start, "
            "x.stop FROM context x JOIN term t ON t.id = x.term_id "
            "ORDER BY t.concept_id, x.term_id, x.source, x.line NULLS FIRST, x.start, x.id"))\
            if contexts else None
        seen = _Merge(self.stream(
            "SELECT t.concept_id, x.term_id, x.form, count(*) FROM context x "
            "JOIN term t ON t.id = x.term_id WHERE x.form != '' "
            "GROUP BY t.concept_id, x.term_id, x.form ORDER BY t.concept_id, x.term_id"))\
            if forms else None
        for row in concepts:
            cid = row[0]
            by_term: dict[int, list[Context]] = {}
            if ctxs is not None:
                for c in ctxs.take(cid):
                    lst = by_term.setdefault(c[1], [])
                    if max_contexts is None or len(lst) < max_contexts:
                        lst.append(Context(sentence=c[2], source=c[3], line=c[4], speaker=c[5],
                                           start=c[6], end=c[7]))
            shown: dict[int, list[tuple[str, int]]] = {}
            if seen is not None:
                for f in seen.take(cid):
                    shown.setdefault(f[1], []).append((f[2], f[3]))
            term_objs = tuple(_term(r[1:], tuple(by_term.get(r[1], ())),
                                    _variants(shown.get(r[1], ())))
                              for r in terms.take(cid))
            gl = tuple(_gloss(r[1:]) for r in glosses.take(cid))
            if not term_objs:
                continue    # cannot happen through this API; a hand-edited database may
            yield _concept(row, term_objs, gl)

    def find(self, text: str, lang: str | None = None) -> list[tuple[int, int]]:
        """(concept id, term id) of terms whose text (any case), key or former key matches ``text``.

        ``#12`` names concept 12 directly.
        """
        t = text.strip()
        if t.startswith("#") and t[1:].isascii() and t[1:].isdigit() and len(t) < 19:
            row = self.one("SELECT id FROM term WHERE concept_id = ? "
                           "ORDER BY lang != 'en', usage = 'deprecated', id",
                           (int(t[1:]),))
            if row is None:
                # A colleague may have merged it: say where it went (history or a link).
                gone = self.one("SELECT concept_id, who, at FROM history WHERE field = 'merged' "
                                "AND old LIKE ? ORDER BY id DESC", (f"#{int(t[1:])} %",))
                raise NotFound(f"no concept #{t[1:]}" + (
                    f": merged into #{gone[0]} by {gone[1]} at {gone[2]}" if gone else ""))
            return [(int(t[1:]), int(row[0]))]
        # The text in any case, the key, or a former key (a term whose text was corrected):
        # three indexed lookups (an OR of them would scan every term).
        also = " AND t.lang = ?" if lang else ""
        args: list[object] = []
        for value in (search_fold(t), term_key(t), term_key(t)):
            args += [value, lang] if lang else [value]
        return [(int(a), int(b)) for a, b in self.q(
            f"SELECT t.concept_id, t.id FROM term t WHERE t.fold = ?{also} UNION "
            f"SELECT t.concept_id, t.id FROM term t WHERE t.key = ?{also} UNION "
            "SELECT t.concept_id, t.id FROM term_alias a JOIN term t ON t.id = a.term_id "
            f"WHERE a.key = ?{also} ORDER BY 1, 2", args)]

    def find_term_by_key(self, lang: str, key: str) -> tuple[int, int] | None:
        """(concept id, term id) of the term with this harvest key (or former key), if any."""
        return self.find_terms_by_keys(lang, [key]).get(key)

    def find_terms_by_keys(self, lang: str, keys: Sequence[str]) -> dict[str, tuple[int, int]]:
        """:meth:`find_term_by_key` for many keys at once (absent keys left out)."""
        return {k: (cid, tid) for k, (cid, tid, _) in self._terms_by_keys(lang, keys).items()}

    def _terms_by_keys(self, lang: str, keys: Sequence[str]) -> dict[str, tuple[int, int, bool]]:
        """Terms by key: (concept id, term id, reviewed), the oldest term per key.

        A key no term has now may be a former one: a term whose text a reviewer
        corrected keeps its old key as an alias, so a harvest that meets the old
        wording again enriches the corrected term instead of adding the old one anew.
        """
        return {k: hits[0] for k, hits in self._term_hits_by_keys(lang, keys).items()}

    def _term_hits_by_keys(self, lang: str, keys: Sequence[str]
                           ) -> dict[str, list[tuple[int, int, bool]]]:
        """Every term with each key, oldest first: (concept id, term id, reviewed). One key
        may name terms of several concepts ("GI" alone and in the concept of "geographical
        indication"); a key no term has now may be a former one (see _terms_by_keys)."""
        from termsmith.store.sql import chunks, placeholders

        out: dict[str, list[tuple[int, int, bool]]] = {}
        cols = "t.concept_id, t.id, t.review, t.edited"
        for part in chunks(sorted(set(keys))):
            marks = placeholders(len(part))
            # By key alone, the language checked here: with "t.lang = ?" in the query,
            # SQLite's planner walks the (lang, qkind, review) index, every term of the
            # language for each batch (an import into a big term base slowed with its size).
            for k, term_lang, cid, tid, review, edited in self.q(
                    f"SELECT t.key, t.lang, {cols} FROM term t WHERE t.key IN ({marks}) "
                    "ORDER BY t.id", part):
                if term_lang == lang:
                    out.setdefault(k, []).append(
                        (int(cid), int(tid), review != Review.CANDIDATE.value or bool(edited)))
            missing = [k for k in part if k not in out]
            if missing:
                for k, cid, tid, review, edited in self.q(
                        f"SELECT a.key, {cols} FROM term_alias a JOIN term t ON t.id = a.term_id "
                        f"WHERE a.lang = ? AND a.key IN ({placeholders(len(missing))}) ORDER BY t.id",
                        [lang, *missing]):
                    out.setdefault(k, []).append(
                        (int(cid), int(tid), review != Review.CANDIDATE.value or bool(edited)))
        return out

    def term_is_reviewed(self, term_id: int) -> bool:
        """True if a reviewer has decided on or edited the term."""
        row = self.one("SELECT review, edited FROM term WHERE id = ?", (term_id,))
        return row is not None and (row[0] != Review.CANDIDATE.value or bool(row[1]))

    _HISTORY = ("SELECT h.concept_id, h.term_id, h.field, h.old, h.new, h.who, h.at, t.text, "
                "h.action, (SELECT x.text FROM term x WHERE x.concept_id = h.concept_id "
                "ORDER BY x.lang != 'en', x.usage = 'deprecated', x.id LIMIT 1), h.version "
                "FROM history h "
                "LEFT JOIN term t ON t.id = h.term_id ")

    def _changes(self, sql: str, args: Sequence[object]) -> list[Change]:
        return [Change(concept_id=r[0], term_id=r[1], field=r[2], old=r[3], new=r[4], who=r[5],
                       at=r[6], term=r[7], action=r[8], head=r[9], version=r[10])
                for r in self.q(self._HISTORY + sql, args)]

    def history(self, concept_id: int) -> list[Change]:
        """The recorded changes of a concept, oldest first, each naming the term it changed."""
        return self._changes("WHERE h.concept_id = ? ORDER BY h.id", (concept_id,))

    def changes(self, *, who: str | None = None, since: str | None = None,
                limit: int | None = None) -> list[Change]:
        """Recent changes across the term base, newest first.

        ``who``: one reviewer's only; ``since``: made at or after this ISO 8601 date
        or time (``2025-06-12`` or ``2025-06-12T10:00:00Z``); ``limit``: at most so many.
        """
        where: list[str] = ["TRUE"]
        args: list[object] = []
        if who:
            where.append("h.who = ?")
            args.append(who)
        if since:
            where.append("h.at >= ?")
            args.append(since)
        sql = f"WHERE {' AND '.join(where)} ORDER BY h.id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return self._changes(sql, args)

    def merged_concepts(self) -> set[int]:
        """Ids of the concepts another was merged into (the decisions file replays merges)."""
        return {int(r[0]) for r in self.q(
            "SELECT DISTINCT concept_id FROM history WHERE field = 'merged'")}


class _Merge:
    """A stream ordered by concept id, consumed one concept at a time (a merge join)."""

    def __init__(self, rows: Iterator[Row]) -> None:
        self._rows = rows
        self._next: tuple[Any, ...] | None = next(self._rows, None)

    def take(self, concept_id: int) -> Iterator[tuple[Any, ...]]:
        """Rows of ``concept_id`` (skipping orphans of lower ids)."""
        while self._next is not None and self._next[0] < concept_id:
            self._next = next(self._rows, None)
        while self._next is not None and self._next[0] == concept_id:
            yield self._next
            self._next = next(self._rows, None)
