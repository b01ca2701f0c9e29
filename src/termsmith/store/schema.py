"""Schema versions: the same numbered migrations for both backends, then data steps in Python.

Each backend keeps its SQL for version N (:data:`termsmith.store.sqlite.MIGRATIONS`,
:data:`termsmith.store.postgres.MIGRATIONS`: the same tables, columns and
indexes in each dialect); after a version's SQL, the step of the same number
here (if any) fixes up data in portable SQL and Python, in the same
transaction. A term base newer than this termsmith is refused.

Version history:
1. concepts, terms, contexts, glosses, quotations, history, documents
2. translation units
3. the translation memory's documents and text index (SQLite: FTS5 trigram and Chinese
   bigram tables; PostgreSQL: a table of the same grams)
4. provenance: who created and last changed concepts, terms and units; history entries
   grouped by decision (``action``, for undo)
5. concept versions (optimistic concurrency), term search form (``fold``), history
   versions, documents keyed by content and canonical path, ``context.stop`` (was
   ``end``: reserved in PostgreSQL), indexes for every lookup; merges the contexts,
   glosses and quotations a document harvested under several names had tripled.
6. a tally of terms per language, kind and review status kept by triggers (the review
   page's counts); PostgreSQL: a pg_trgm index on the terms' search form where available
7. how many units hold each gram of the memory's text index (fuzzy lookup's rarest grams)

Apart from versions, :func:`rekey` keeps stored term keys in step with
:data:`termsmith.normalize.KEY_VERSION`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from termsmith.normalize import KEY_VERSION, search_fold
from termsmith.normalize import key as term_key


def _fill_fold(s: Any) -> None:
    """Version 5: the search form of every term."""
    rows = [(search_fold(text), tid) for tid, text in s.q("SELECT id, text FROM term")]
    if rows:
        s.many("UPDATE term SET fold = ? WHERE id = ?", rows)


def _merge_document_aliases(s: Any) -> None:
    """Version 5: one document harvested under several names (``seed.txt``, ``./seed.txt``,
    its absolute path) is one document: its contexts, glosses and quotations once, under
    the path it was first harvested as (issue 11)."""
    canonical: dict[str, tuple[int, str]] = {}
    for did, path in s.q("SELECT id, path FROM document ORDER BY id"):
        canonical.setdefault(path, (int(did), str(path)))
    for source, did, path in s.q("SELECT DISTINCT x.source, x.document_id, d.path FROM context x "
                                 "JOIN document d ON d.id = x.document_id ORDER BY 2, 1"):
        canonical.setdefault(source, (int(did), str(path)))
    for source, (did, _) in canonical.items():
        s.run("UPDATE context SET document_id = ? WHERE document_id IS NULL AND source = ?",
              (did, source))
        s.run("UPDATE quotation SET document_id = ? WHERE document_id IS NULL AND source = ?",
              (did, source))
    s.run("DELETE FROM context WHERE document_id IS NOT NULL AND EXISTS (SELECT 1 FROM context y "
          "WHERE y.term_id = context.term_id AND y.document_id = context.document_id AND "
          "coalesce(y.line, -1) = coalesce(context.line, -1) AND y.sentence = context.sentence "
          "AND y.start = context.start AND y.id < context.id)")
    s.run("DELETE FROM quotation WHERE document_id IS NOT NULL AND EXISTS (SELECT 1 FROM "
          "quotation y WHERE y.document_id = quotation.document_id AND y.line = quotation.line "
          "AND y.text = quotation.text AND y.id < quotation.id)")
    for source, (_, path) in canonical.items():
        if source == path:
            continue
        s.run("UPDATE context SET source = ? WHERE source = ?", (path, source))
        s.run("UPDATE quotation SET source = ? WHERE source = ?", (path, source))
        s.run("DELETE FROM gloss WHERE source = ? AND EXISTS (SELECT 1 FROM gloss g WHERE "
              "g.concept_id = gloss.concept_id AND g.type = gloss.type AND g.text = gloss.text "
              "AND coalesce(g.line, -1) = coalesce(gloss.line, -1) AND g.source = ?)",
              (source, path))
        s.run("UPDATE gloss SET source = ? WHERE source = ?", (path, source))


def _version5(s: Any) -> None:
    # The review queue's order (the concept's score, 1 if none) on the term: one index walk.
    s.run("UPDATE term SET rank = coalesce((SELECT score FROM concept c WHERE c.id = term.concept_id), 1)")
    # The kind the review page shows (an acronym is an acronym; no kind: manual), for its counts.
    s.run("UPDATE term SET qkind = CASE WHEN type = 'acronym' THEN 'acronym' ELSE coalesce((SELECT "
          "nullif(c.kind, '') FROM concept c WHERE c.id = term.concept_id), 'manual') END")
    _fill_fold(s)
    _merge_document_aliases(s)
    # How often each term was seen (termsmith terms sorts by it): kept on the term.
    s.run("UPDATE term SET occurrences = (SELECT count(*) FROM context x WHERE x.term_id = term.id)")


STEPS: dict[int, Callable[[Any], None]] = {5: _version5}


def rekey(s: Any) -> int:
    """Re-derive every term's key from its text (after a change of the key rules, or to repair
    keys an old ``edit --text`` left behind); merge a concept's identical twin terms. Return
    how many terms changed."""
    changed = 0
    rows = s.q("SELECT id, concept_id, lang, text, key FROM term ORDER BY concept_id, lang, id")
    seen: dict[tuple[int, str, str], int] = {}          # (concept, lang, key) -> term id
    texts: dict[tuple[int, str, str], int] = {}         # (concept, lang, text) -> term id
    updates: list[tuple[str, int]] = []
    aliases: list[tuple[int, str, str]] = []            # old keys stay findable
    for tid, cid, lang, text, old in rows:
        twin = texts.get((cid, lang, text))
        if twin is not None:
            _fold_twin(s, twin, tid)
            changed += 1
            continue
        texts[(cid, lang, text)] = tid
        k = term_key(text)
        if (cid, lang, k) in seen:
            k = f"{k}~{text}"
        seen[(cid, lang, k)] = tid
        if k != old:
            updates.append((k, tid))
            aliases.append((tid, lang, old))
    if updates:
        # Two passes: a key freed by one row may be taken by another (UNIQUE per concept).
        s.many("UPDATE term SET key = ? WHERE id = ?", [(f"\x00{tid}", tid) for _, tid in updates])
        s.many("UPDATE term SET key = ? WHERE id = ?", updates)
        s.many("INSERT INTO term_alias (term_id, lang, key) VALUES (?,?,?) ON CONFLICT DO NOTHING",
               aliases)
    s.run("DELETE FROM meta WHERE name = 'key_version'")
    s.run("INSERT INTO meta (name, value) VALUES ('key_version', ?)", (str(KEY_VERSION),))
    return changed + len(updates)


def _fold_twin(s: Any, keep: int, twin: int) -> None:
    """Fold term ``twin`` into the identical term ``keep`` of the same concept."""
    s.run("DELETE FROM context WHERE term_id = ? AND EXISTS (SELECT 1 FROM context y WHERE "
          "y.term_id = ? AND y.source = context.source AND coalesce(y.line, -1) = "
          "coalesce(context.line, -1) AND y.sentence = context.sentence AND y.start = "
          "context.start)", (twin, keep))
    s.run("UPDATE context SET term_id = ? WHERE term_id = ?", (keep, twin))
    s.run("UPDATE history SET term_id = ? WHERE term_id = ?", (keep, twin))
    s.run("INSERT INTO term_alias (term_id, lang, key) SELECT ?, lang, key FROM term_alias "
          "WHERE term_id = ? ON CONFLICT DO NOTHING", (keep, twin))
    s.run("DELETE FROM term WHERE id = ?", (twin,))
    s.recount([keep])


def keys_current(s: Any) -> bool:
    """True if the stored keys follow this termsmith's key rules."""
    row = s.one("SELECT value FROM meta WHERE name = 'key_version'")
    return row is not None and row[0] == str(KEY_VERSION)
