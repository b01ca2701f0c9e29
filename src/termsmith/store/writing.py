"""Adding concepts, terms, contexts and glosses (one at a time or batched), and editing them.

Every reviewer-visible write locks its concept (:meth:`WriteMixin.check_version`),
raises the concept's ``version`` once, writes only the fields that differ and
records each in the history with who, when and the version it made.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from termsmith.errors import ConflictError, NotFound, StoreError
from termsmith.model import Change, Concept, Context, Gloss, Review, Term, TermType, Usage
from termsmith.normalize import key as term_key
from termsmith.normalize import search_fold
from termsmith.store.base import Mode, now
from termsmith.store.reading import ReadMixin
from termsmith.store.sql import chunks, placeholders

CONCEPT_FIELDS = frozenset({"subject", "definition", "note", "category"})
TERM_FIELDS = frozenset({"text", "type", "pos", "usage", "review", "note"})

_INSERT_CONCEPT = ("INSERT INTO concept (id, subject, definition, note, kind, category, score, "
                   "evidence, created, modified, created_by, modified_by, version) "
                   "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)")
_INSERT_TERM = ("INSERT INTO term (id, concept_id, lang, text, key, fold, type, pos, usage, "
                "review, note, edited, created, modified, created_by, modified_by, rank, qkind) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
_INSERT_CONTEXT = ("INSERT INTO context (term_id, document_id, source, line, speaker, sentence, "
                   "start, stop, form) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")
_INSERT_GLOSS = ("INSERT INTO gloss (concept_id, type, text, unit, quantity, target_unit, "
                 "target_quantity, approximate, source, line) VALUES (?,?,?,?,?,?,?,?,?,?) "
                 "ON CONFLICT DO NOTHING")


def context_row(term_id: int, c: Context, document_id: int | None) -> tuple[Any, ...]:
    """The context table's values for one context."""
    return (term_id, document_id, c.source, c.line, c.speaker, c.sentence, c.start, c.end, c.form)


def gloss_row(concept_id: int, g: Gloss) -> tuple[Any, ...]:
    """The gloss table's values for one gloss."""
    return (concept_id, g.type.value, g.text, g.unit, g.quantity, g.target_unit,
            g.target_quantity, int(g.approximate), g.source, g.line)


def review_kind(term_type: str, concept_kind: str | None) -> str:
    """The kind the review page shows a term under: an acronym is an acronym whatever its
    concept's kind; a concept without a kind (added by hand) is "manual"."""
    return "acronym" if term_type == TermType.ACRONYM.value else (concept_kind or "manual")


def _term_row(tid: int, cid: int, t: Term, key: str, who: str | None, stamp: str,
              rank: float, kind: str | None) -> tuple[Any, ...]:
    """The term table's values. ``rank`` (the concept's score, 1 if none) and ``qkind``
    (:func:`review_kind`) are kept on the term so the review queue and its counts walk
    an index instead of joining every concept."""
    return (tid, cid, t.lang, t.text, key, search_fold(t.text), t.type.value,
            t.pos.value if t.pos else None, t.usage.value, t.review.value, t.note, int(bool(who)),
            t.created or stamp, t.modified or stamp, t.created_by or who, t.modified_by or who,
            rank, review_kind(t.type.value, kind))


def _concept_row(cid: int, c: Concept, who: str | None, stamp: str) -> tuple[Any, ...]:
    return (cid, c.subject, c.definition, c.note, c.kind, c.category, c.score,
            json.dumps(list(c.evidence)), c.created or stamp, c.modified or stamp,
            c.created_by or who, c.modified_by or who)


class WriteMixin(ReadMixin):
    """add_concept(s), add_term, add_context, add_gloss; versions; update_*, merge_concepts."""

    # -- adding -------------------------------------------------------------------

    def add_concept(self, concept: Concept, *, who: str | None = None,
                    keep_id: bool = False, document_id: int | None = None) -> int:
        """Insert a concept with its terms, contexts and glosses; return its id.

        With ``keep_id``, the concept keeps ``concept.id`` when that id is free (an
        import into an empty term base then exports the same ids).
        """
        def work() -> int:
            [cid] = self.add_concepts([concept], keep_id=keep_id, document_id=document_id,
                                      who=who)
            return cid
        return self.atomic(work, Mode.BULK)

    def add_concepts(self, concepts: Sequence[Concept], *, keep_id: bool = False,
                     document_id: int | None = None, who: str | None = None) -> list[int]:
        """Insert many new concepts with one batched statement per table; return their ids."""
        if not concepts:
            return []
        return self.atomic(lambda: self._add_concepts(concepts, keep_id, document_id, who),
                           Mode.BULK)

    def _add_concepts(self, concepts: Sequence[Concept], keep_id: bool,
                      document_id: int | None, who: str | None) -> list[int]:
        stamp = now()
        cids = self._ids_for("concept", [c.id if keep_id else None for c in concepts])
        tids = self._ids_for("term", [t.id if keep_id else None
                                      for c in concepts for t in c.terms])
        concept_rows: list[tuple[Any, ...]] = []
        term_rows: list[tuple[Any, ...]] = []
        ctx_rows: list[tuple[Any, ...]] = []
        gloss_rows: list[tuple[Any, ...]] = []
        logs: list[tuple[Any, ...]] = []
        i = 0
        for cid, c in zip(cids, concepts, strict=True):
            concept_rows.append(_concept_row(cid, c, who, stamp))
            if who:
                logs.append((cid, None, "created", None, c.head.text, who, c.created))
            keys: dict[tuple[str, str], str] = {}
            for t in c.terms:
                tid = tids[i]
                i += 1
                k = term_key(t.text)
                if (t.lang, k) in keys:
                    if keys[(t.lang, k)] == t.text:
                        raise StoreError(f"concept has the {t.lang} term {t.text!r} twice")
                    k = f"{k}~{t.text}"     # a spelling variant: a key of its own (see add_term)
                keys[(t.lang, k)] = t.text
                term_rows.append(_term_row(tid, cid, t, k, who, stamp,
                                           1.0 if c.score is None else c.score, c.kind))
                ctx_rows += [context_row(tid, x, document_id) for x in t.contexts]
                if who:
                    logs.append((cid, tid, f"term[{t.lang}]", None, t.text, who, t.created))
            gloss_rows += [gloss_row(cid, g) for g in c.glosses]
        self.many(_INSERT_CONCEPT, concept_rows)
        self._insert_terms(term_rows)
        self.add_contexts(ctx_rows)
        if gloss_rows:
            self.many(_INSERT_GLOSS, gloss_rows)
        for cid, tid, fld, old, new, by, at in logs:      # by hand: a few, one decision
            self._log(cid, tid, fld, old, new, by, 1, at)
        return cids

    def _insert_terms(self, rows: list[tuple[Any, ...]]) -> None:
        """Insert rows of the term table (made by :func:`_term_row`); a store may batch them
        its own way."""
        self.many(_INSERT_TERM, rows)

    def _ids_for(self, table: str, wanted: Sequence[int | None]) -> list[int]:
        """Ids for new rows: each wanted id if it is free (and not wanted twice), else a fresh one."""
        asked = {w for w in wanted if w is not None and 0 < w < 2 ** 62}
        taken: set[int] = set()
        for part in chunks(sorted(asked)):
            taken |= {int(r[0]) for r in self.q(
                f"SELECT id FROM {table} WHERE id IN ({placeholders(len(part))})", part)}
        out: list[int | None] = []
        used: set[int] = set()
        for w in wanted:
            if w is not None and w in asked and w not in taken and w not in used:
                used.add(w)
                out.append(w)
            else:
                out.append(None)
        if used:
            self._ids_taken(table)   # before allocating: fresh ids must pass the kept ones
        fresh = iter(self.allocate_ids(table, sum(x is None for x in out), above=max(used, default=0)))
        return [x if x is not None else next(fresh) for x in out]

    def add_term(self, concept_id: int, term: Term, *, key: str, who: str | None = None,
                 keep_id: bool = False, document_id: int | None = None,
                 expected_version: int | None = None) -> int:
        """Add a term (and its contexts) to a concept; return the term id.

        With ``keep_id``, the term keeps ``term.id`` when that id is free. With
        ``who``, the addition is a reviewer's: the concept's version is checked
        against ``expected_version`` (if given) and raised, and it is recorded.
        """
        def work() -> int:
            version = self.check_version(concept_id, expected_version) if who else None
            same = self.one("SELECT text FROM term WHERE concept_id = ? AND lang = ? AND key = ?",
                            (concept_id, term.lang, key))
            k = key
            if same is not None:
                if same[0] == term.text:
                    raise StoreError(f"concept {concept_id} already has the {term.lang} term "
                                     f"{term.text!r}")
                # A spelling variant of a term the concept has (Daqing Oil Field beside
                # Daqing Oilfield: one harvest key): a designation of its own, under a key
                # of its own, while harvests keep finding the original by the plain key.
                k = f"{key}~{term.text}"
            [tid] = self._ids_for("term", [term.id if keep_id else None])
            owner = self.one("SELECT coalesce(score, 1), nullif(kind, '') FROM concept WHERE id = ?",
                             (concept_id,))
            self.run(_INSERT_TERM, _term_row(tid, concept_id, term, k, who, now(),
                                             float(owner[0]) if owner else 1.0,
                                             owner[1] if owner else None))
            if term.contexts:
                self.add_contexts([context_row(tid, c, document_id) for c in term.contexts])
            if who and version is not None:
                v = self._bump(concept_id, version, who, term.created)
                self._log(concept_id, tid, f"term[{term.lang}]", None, term.text, who, v,
                          term.created)
            return tid
        return self.atomic(work, Mode.EDIT if who else Mode.BULK)

    def add_context(self, term_id: int, c: Context, document_id: int | None = None) -> bool:
        """Add a context unless already there; return whether it was added."""
        def work() -> bool:
            added = self.run(_INSERT_CONTEXT, context_row(term_id, c, document_id)) > 0
            if added:
                self.run("UPDATE term SET occurrences = occurrences + 1 WHERE id = ?", (term_id,))
            return added
        return self.atomic(work, Mode.BULK)

    def add_contexts(self, rows: Sequence[tuple[Any, ...]]) -> int:
        """Insert context rows (made by :func:`context_row`) that are not there yet and keep
        each term's count of contexts; return how many were new.

        When every row was new (a document harvested the first time) each term's count
        rises by its rows, one batched statement; else the terms are counted again.
        """
        if not rows:
            return 0
        added = self.many(_INSERT_CONTEXT, rows)
        if added == len(rows):
            counts = Counter(r[0] for r in rows)
            self.many("UPDATE term SET occurrences = occurrences + ? WHERE id = ?",
                      [(n, tid) for tid, n in sorted(counts.items())])
        else:
            self.recount(sorted({r[0] for r in rows}))
        return added

    def recount(self, term_ids: Sequence[int]) -> None:
        """Store how many contexts each of these terms has (listings sort by it)."""
        for part in chunks(list(term_ids)):
            self.run("UPDATE term SET occurrences = (SELECT count(*) FROM context x WHERE "
                     f"x.term_id = term.id) WHERE id IN ({placeholders(len(part))})", part)

    def add_gloss(self, concept_id: int, g: Gloss) -> bool:
        """Add a gloss unless already there; return whether it was added."""
        return self.run(_INSERT_GLOSS, gloss_row(concept_id, g)) > 0

    # -- versions -------------------------------------------------------------------

    def check_version(self, concept_id: int, expected: int | None) -> int:
        """Lock the concept for this transaction and return its version.

        Raise :class:`~termsmith.errors.ConflictError` if ``expected`` is given and
        someone changed the concept since: the error lists who changed what and
        when (from the history). Call inside a transaction, before reading what
        the write depends on; the lock holds until the transaction ends.
        """
        row = self.one(f"SELECT version FROM concept WHERE id = ?{self.for_update}", (concept_id,))
        if row is None:
            raise NotFound(f"no concept #{concept_id}")
        current = int(row[0])
        if expected is not None and expected != current:
            raise self._conflict(concept_id, expected, current)
        return current

    def _conflict(self, concept_id: int, expected: int, current: int) -> ConflictError:
        changes = tuple(h for h in self.history(concept_id)
                        if h.version is not None and h.version > expected)
        head = self.one("SELECT text FROM term WHERE concept_id = ? "
                        "ORDER BY lang != 'en', usage = 'deprecated', id",
                        (concept_id,))
        name = f"#{concept_id}" + (f" {head[0]!r}" if head else "")
        said = "; ".join(_describe(h) for h in changes[-3:])
        more = f" (and {len(changes) - 3} earlier changes)" if len(changes) > 3 else ""
        return ConflictError(
            f"concept {name} changed after you loaded it (version {expected}, now {current})"
            + (f": {said}{more}" if said else ""),
            concept_id=concept_id, expected=expected, current=current, changes=changes)

    def _bump(self, concept_id: int, version: int, who: str, at: str | None = None) -> int:
        """Raise the concept's version (and its last modification); return the new version."""
        self.run("UPDATE concept SET version = ?, modified = ?, modified_by = ? WHERE id = ?",
                 (version + 1, at or now(), who, concept_id))
        return version + 1

    def _log(self, concept_id: int, term_id: int | None, fld: str, old: object,
             new: object, who: str, version: int | None, at: str | None = None) -> None:
        """Record one change; the changes of one transaction (one decision) share an action."""
        hid = self.insert(
            "INSERT INTO history (concept_id, term_id, field, old, new, who, at, version, action) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (concept_id, term_id, fld, None if old is None else str(old),
             None if new is None else str(new), who, at or now(), version, self._action))
        if self._action is None:
            self.run("UPDATE history SET action = id WHERE id = ?", (hid,))
            if self._depth:               # later changes of this transaction join it
                self._action = hid

    # -- editing ------------------------------------------------------------------------

    def update_concept(self, concept_id: int, who: str,
                       fields: Mapping[str, str | None] | None = None, *,
                       expected_version: int | None = None, at: str | None = None,
                       **more: str | None) -> int:
        """Change concept fields (subject, definition, note, category); return how many changed.

        Fields come as a mapping, keywords or both. Only fields that differ from the
        stored ones are written (and recorded).
        """
        changes = {**(fields or {}), **more}
        bad = set(changes) - CONCEPT_FIELDS
        if bad:
            raise ValueError(f"not concept fields: {sorted(bad)}")

        def work() -> int:
            version = self.check_version(concept_id, expected_version)
            if not changes:
                return 0
            row = self.one(f"SELECT {', '.join(changes)} FROM concept WHERE id = ?",
                           (concept_id,))
            assert row is not None
            diff = {f: v for (f, v), old in zip(changes.items(), row, strict=True) if old != v}
            if not diff:
                return 0
            v = version + 1
            self.run(f"UPDATE concept SET {', '.join(f'{f} = ?' for f in diff)}, version = ?, "
                     "modified = ?, modified_by = ? WHERE id = ?",
                     [*diff.values(), v, at or now(), who, concept_id])
            for (f, new), old in zip(changes.items(), row, strict=True):
                if f in diff:
                    self._log(concept_id, None, f, old, new, who, v, at)
            return len(diff)
        return self.atomic(work)

    def update_term(self, term_id: int, who: str, fields: Mapping[str, str | None] | None = None,
                    *, expected_version: int | None = None, at: str | None = None,
                    **more: str | None) -> int:
        """Change term fields (text, type, pos, usage, review, note); return how many changed.

        A new text gets the key and search form that go with it, so lookups and
        imports find the term under its new name, not its old one.
        """
        changes = {**(fields or {}), **more}
        bad = set(changes) - TERM_FIELDS
        if bad:
            raise ValueError(f"not term fields: {sorted(bad)}")
        if "text" in changes:
            text = changes["text"]
            if text is None or not text.strip():
                raise StoreError("term text must not be blank")
            changes["text"] = " ".join(text.split())

        def work() -> int:
            owner = self.one("SELECT concept_id FROM term WHERE id = ?", (term_id,))
            if owner is None:
                raise NotFound(f"no term with id {term_id}")
            cid = int(owner[0])
            version = self.check_version(cid, expected_version)
            names = ["text", "type", "pos", "usage", "review", "note", "lang", "key"]
            row = self.one(f"SELECT {', '.join(names)} FROM term WHERE id = ?", (term_id,))
            assert row is not None
            current = dict(zip(names, row, strict=True))
            diff = {f: v for f, v in changes.items() if current[f] != v}
            if not diff:
                return 0
            sets = dict(diff)
            if "type" in diff:
                kind = self.one("SELECT nullif(kind, '') FROM concept WHERE id = ?", (cid,))
                sets["qkind"] = review_kind(str(diff["type"]), kind[0] if kind else None)
            if "text" in diff:
                text = str(diff["text"])
                k = term_key(text)
                clash = self.one("SELECT text FROM term WHERE concept_id = ? AND lang = ? AND "
                                 "key = ? AND id != ?", (cid, current["lang"], k, term_id))
                if clash is not None and clash[0] == text:
                    raise StoreError(f"concept #{cid} already has the {current['lang']} term "
                                     f"{text!r}; merge them instead")
                sets["key"] = k if clash is None else f"{k}~{text}"
                sets["fold"] = search_fold(text)
                # The old wording stays findable (harvests, imports): see _terms_by_keys.
                self.run("INSERT INTO term_alias (term_id, lang, key) VALUES (?,?,?) "
                         "ON CONFLICT DO NOTHING", (term_id, current["lang"], current["key"]))
            v = version + 1
            stamp = at or now()
            self.run(f"UPDATE term SET {', '.join(f'{f} = ?' for f in sets)}, edited = 1, "
                     "modified = ?, modified_by = ? WHERE id = ?",
                     [*sets.values(), stamp, who, term_id])
            self.run("UPDATE concept SET version = ?, modified = ?, modified_by = ? WHERE id = ?",
                     (v, stamp, who, cid))
            for f, new in diff.items():
                self._log(cid, term_id, f, current[f], new, who, v, at)
            return len(diff)
        return self.atomic(work)

    def merge_concepts(self, keep: int, other: int, who: str, *, at: str | None = None) -> None:
        """Move every term, gloss and history entry of ``other`` into ``keep``; drop ``other``.

        For two concepts that turn out to be one (two English renderings of one
        brand). Terms ``keep`` already has (same language and key, or same text)
        are not duplicated: their contexts move over. Concept fields ``keep``
        lacks are taken from ``other``. Recorded in ``keep``'s history.
        """
        if keep == other:
            raise StoreError(f"cannot merge concept #{keep} into itself")

        def work() -> None:
            for cid in sorted((keep, other)):        # one lock order: no deadlock
                self.check_version(cid, None)
            a, b = self.get(keep, contexts=False), self.get(other, contexts=False)
            fields = {f: getattr(b, f) for f in ("subject", "definition", "note", "category")
                      if getattr(a, f) is None and getattr(b, f) is not None}
            if fields:
                self.update_concept(keep, who, fields, at=at)
            mine = self.q("SELECT id, lang, key, text FROM term WHERE concept_id = ?", (keep,))
            by_key = {(r[1], r[2]): int(r[0]) for r in mine}
            by_text = {(r[1], r[3]): int(r[0]) for r in mine}
            for tid, lang, k, text, row_type in self.q(
                    "SELECT id, lang, key, text, type FROM term WHERE concept_id = ? ORDER BY id",
                    (other,)):
                twin = by_key.get((lang, k)) or by_text.get((lang, text))
                if twin is None:
                    self.run("UPDATE term SET concept_id = ?, rank = ?, qkind = ? WHERE id = ?",
                             (keep, 1.0 if a.score is None else a.score,
                              review_kind(str(row_type), a.kind or None), tid))
                    continue
                # Contexts the twin has already stay once; the others move to the twin.
                self.run("DELETE FROM context WHERE term_id = ? AND EXISTS (SELECT 1 FROM "
                         "context y WHERE y.term_id = ? AND y.source = context.source AND "
                         "coalesce(y.line, -1) = coalesce(context.line, -1) AND y.sentence = "
                         "context.sentence AND y.start = context.start)", (tid, twin))
                self.run("UPDATE context SET term_id = ? WHERE term_id = ?", (twin, tid))
                self.run("UPDATE history SET term_id = ? WHERE term_id = ?", (twin, tid))
                self.run("INSERT INTO term_alias (term_id, lang, key) SELECT ?, lang, key FROM "
                         "term_alias WHERE term_id = ? ON CONFLICT DO NOTHING", (twin, tid))
                self.run("DELETE FROM term WHERE id = ?", (tid,))
                self.recount([twin])
            self.run("DELETE FROM gloss WHERE concept_id = ? AND EXISTS (SELECT 1 FROM gloss g "
                     "WHERE g.concept_id = ? AND g.type = gloss.type AND g.text = gloss.text AND "
                     "g.source = gloss.source AND coalesce(g.line, -1) = coalesce(gloss.line, -1))",
                     (other, keep))
            self.run("UPDATE gloss SET concept_id = ? WHERE concept_id = ?", (keep, other))
            self.run("UPDATE history SET concept_id = ? WHERE concept_id = ?", (keep, other))
            self.run("DELETE FROM concept WHERE id = ?", (other,))
            version = self.version(keep)
            v = self._bump(keep, version, who, at)
            self._log(keep, None, "merged", f"#{other} {b.head.text}", f"#{keep}", who, v, at)
        self.atomic(work)


    def remove_term(self, term_id: int, who: str, *, at: str | None = None) -> None:
        """Delete a term (a typo corrected): its text stays in the history, as the old value
        of ``term[LANG]``. A concept's last term cannot be removed."""
        def work() -> None:
            cid = self.concept_of(term_id)
            version = self.check_version(cid, None)
            row = self.one("SELECT lang, text FROM term WHERE id = ?", (term_id,))
            assert row is not None
            left = self.one("SELECT count(*) FROM term WHERE concept_id = ?", (cid,))
            if left is None or int(left[0]) < 2:
                raise StoreError(f"{row[1]!r} is the only term of concept #{cid}")
            v = self._bump(cid, version, who, at)
            self._log(cid, term_id, f"term[{row[0]}]", row[1], None, who, v, at)
            self.run("DELETE FROM term WHERE id = ?", (term_id,))
        self.atomic(work)


    # -- undo -------------------------------------------------------------------------------

    def last_action(self, who: str) -> int | None:
        """``who``'s latest decision (history action) not yet undone, nor itself an undo."""
        row = self.one(
            "SELECT max(action) FROM history WHERE who = ? AND action NOT IN "
            "(SELECT action FROM history WHERE field = 'undone') AND action NOT IN "
            "(SELECT CAST(new AS INTEGER) FROM history WHERE field = 'undone')", (who,))
        return None if row is None or row[0] is None else int(row[0])

    def undo(self, who: str, *, action: int | None = None) -> list[Change]:
        """Take back one decision (``who``'s last, or ``action``): every change it made, last
        first, in one transaction; return the changes undone (empty: nothing to undo).

        The undo is itself recorded (the changes back, and an ``undone`` entry naming the
        action), so the history stays complete and a second undo takes back the decision
        before. Refused (StoreError, nothing changed) when a field has been changed again
        since (naming who and when), or for a merge or a concept created by hand.
        """
        def work() -> list[Change]:
            act = self.last_action(who) if action is None else action
            if act is None:
                return []
            if self.one("SELECT 1 FROM history WHERE field = 'undone' AND new = ?", (str(act),)):
                raise StoreError(f"decision {act} is already undone")
            done = self._changes("WHERE h.action = ? ORDER BY h.id DESC", (act,))
            if not done:
                raise NotFound(f"no decision {act} in the history")
            for ch in done:
                self._revert(ch, who)
            self._log(done[-1].concept_id, None, "undone", None, str(act), who, None)
            return done
        return self.atomic(work)

    def _revert(self, ch: Change, who: str) -> None:
        name = ch.term or ch.head or f"#{ch.concept_id}"
        if ch.field in ("merged", "created"):
            raise StoreError(f"{ch.field} #{ch.concept_id} ({name}) cannot be undone")
        if ch.field == "undone":
            raise StoreError("an undo is not undone; make the decision again")
        if ch.field.startswith("term["):
            lang = ch.field[5:-1]
            if ch.old is None:          # added: take it out again (found by its text if it
                row = self.one(         # was taken out and put back since)
                    "SELECT id FROM term WHERE id = ? OR (concept_id = ? AND lang = ? AND text = ?) "
                    "ORDER BY id = ? DESC LIMIT 1",
                    (ch.term_id, ch.concept_id, lang, ch.new, ch.term_id))
                if row is not None:
                    self.remove_term(int(row[0]), who)
            else:                       # removed (a typo corrected): back, as it was in use
                self.add_term(ch.concept_id, Term(text=ch.old, lang=lang, usage=Usage.PREFERRED,
                                                  review=Review.APPROVED),
                              key=term_key(ch.old), who=who)
            return
        if ch.term_id is None and ch.field in CONCEPT_FIELDS:
            cur = getattr(self.get(ch.concept_id, contexts=False), ch.field)
            self._check_unchanged(ch, cur, name)
            self.update_concept(ch.concept_id, who, {ch.field: ch.old})
        elif ch.term_id is not None and ch.field in TERM_FIELDS:
            row = self.one(f"SELECT {ch.field} FROM term WHERE id = ?", (ch.term_id,))
            if row is None:
                raise StoreError(f"{name}: the term is gone; its {ch.field} cannot be undone")
            self._check_unchanged(ch, row[0], name)
            self.update_term(ch.term_id, who, {ch.field: ch.old})

    def _check_unchanged(self, ch: Change, current: object, name: str) -> None:
        if (None if current is None else str(current)) == ch.new:
            return
        later = self.one(
            "SELECT who, at FROM history WHERE concept_id = ? AND field = ? AND id > "
            "(SELECT max(id) FROM history WHERE action = ?) AND coalesce(term_id, 0) = ? "
            "ORDER BY id DESC LIMIT 1",
            (ch.concept_id, ch.field, ch.action, ch.term_id or 0))
        by = f" by {later[0]} at {later[1]}" if later else ""
        raise StoreError(f"{name}: {ch.field} was changed again{by} (now {current!r}); "
                         "not undone")


def _describe(h: Change) -> str:
    what = f"{h.field} to {h.new!r}" if h.new is not None else f"cleared {h.field}"
    return f"{h.who} set {what} at {h.at}" if h.new is not None else f"{h.who} {what} at {h.at}"
