"""The term base in one SQLite file (or ``:memory:``): no server, one writer at a time.

Write transactions begin ``IMMEDIATE`` (the write lock is taken first, so a
transaction never fails half-way for want of it), the journal is a write-ahead
log (readers never wait for the writer), foreign keys are on, and the schema
version is ``PRAGMA user_version``. A busy file waits up to two seconds per
attempt and is retried by :meth:`~termsmith.store.sql.SqlCore.atomic` until its
deadline; then the user gets one line, never a traceback. All the SQL that only
SQLite speaks is in this module.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from termsmith.errors import BusyError, StoreError
from termsmith.store import schema
from termsmith.store.base import Mode
from termsmith.store.sql import Row, chunks, placeholders
from termsmith.store.units import UnitsMixin

MIGRATIONS: list[str] = [
    # 1: the concept-oriented term base.
    """
    CREATE TABLE document (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT,
        date TEXT,
        harvested TEXT NOT NULL
    );
    CREATE TABLE concept (
        id INTEGER PRIMARY KEY,
        subject TEXT,
        definition TEXT,
        note TEXT,
        kind TEXT,
        category TEXT,
        score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 1),
        evidence TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        modified TEXT NOT NULL
    );
    CREATE TABLE term (
        id INTEGER PRIMARY KEY,
        concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        key TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT 'fullForm',
        pos TEXT,
        usage TEXT NOT NULL DEFAULT 'admitted',
        review TEXT NOT NULL DEFAULT 'candidate',
        note TEXT,
        edited INTEGER NOT NULL DEFAULT 0,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        UNIQUE (concept_id, lang, key)
    );
    CREATE INDEX term_key ON term(lang, key);
    CREATE INDEX term_text ON term(text COLLATE NOCASE);
    CREATE TABLE context (
        id INTEGER PRIMARY KEY,
        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
        document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        line INTEGER,
        speaker TEXT,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        form TEXT NOT NULL,
        UNIQUE (term_id, source, line, sentence, start)
    );
    CREATE TABLE gloss (
        id INTEGER PRIMARY KEY,
        concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        text TEXT NOT NULL,
        unit TEXT, quantity REAL, target_unit TEXT, target_quantity REAL,
        approximate INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL DEFAULT '',
        line INTEGER,
        UNIQUE (concept_id, type, text, source, line)
    );
    CREATE TABLE quotation (
        id INTEGER PRIMARY KEY,
        document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        line INTEGER NOT NULL,
        speaker TEXT,
        text TEXT NOT NULL,
        UNIQUE (source, line, text)
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        concept_id INTEGER NOT NULL REFERENCES concept(id) ON DELETE CASCADE,
        term_id INTEGER REFERENCES term(id) ON DELETE SET NULL,
        field TEXT NOT NULL,
        old TEXT,
        new TEXT,
        who TEXT NOT NULL,
        at TEXT NOT NULL
    );
    """,
    # 2: translation units (a translation memory: imported TMX, aligned segment pairs).
    """
    CREATE TABLE unit (
        id INTEGER PRIMARY KEY,
        tuid TEXT,
        source TEXT NOT NULL DEFAULT '',
        props TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '[]',
        created TEXT,
        changed TEXT,
        fingerprint TEXT NOT NULL UNIQUE
    );
    CREATE TABLE unit_variant (
        unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        text TEXT NOT NULL,
        props TEXT NOT NULL DEFAULT '[]',
        seq INTEGER NOT NULL,
        PRIMARY KEY (unit_id, seq)
    );
    CREATE INDEX unit_variant_lang ON unit_variant(lang, text);
    """,
    # 3: the translation memory keeps its documents and is searchable (termsmith.tm):
    # a trigram full-text index of every unit's text (substring search, fuzzy
    # candidates) and one of the bigrams of its Chinese (two-character terms, which
    # trigrams cannot find). Both are contentless: the text stays in unit_variant.
    """
    ALTER TABLE unit ADD COLUMN document_id INTEGER REFERENCES document(id) ON DELETE SET NULL;
    ALTER TABLE unit ADD COLUMN target_document_id INTEGER REFERENCES document(id)
        ON DELETE SET NULL;
    ALTER TABLE unit ADD COLUMN added TEXT;
    CREATE VIRTUAL TABLE unit_text USING fts5(text, content='', tokenize='trigram');
    CREATE VIRTUAL TABLE unit_text_vocab USING fts5vocab(unit_text, 'row');
    CREATE VIRTUAL TABLE unit_zh USING fts5(grams, content='', tokenize='unicode61');
    CREATE VIRTUAL TABLE unit_zh_vocab USING fts5vocab(unit_zh, 'row');
    INSERT INTO unit_text (rowid, text)
        SELECT unit_id, termsmith_tm_text(group_concat(text, char(10))) FROM unit_variant
        GROUP BY unit_id;
    INSERT INTO unit_zh (rowid, grams)
        SELECT unit_id, termsmith_zh_grams(group_concat(text, char(10))) FROM unit_variant
        GROUP BY unit_id;
    """,
    # 4: provenance (who created and last changed each concept, term and translation unit,
    # exported as TBX transacGrp responsibility and TMX creationid/changeid); history entries
    # grouped by decision (``action``: undo takes back one decision whole); history lookups.
    """
    ALTER TABLE concept ADD COLUMN created_by TEXT;
    ALTER TABLE concept ADD COLUMN modified_by TEXT;
    ALTER TABLE term ADD COLUMN created_by TEXT;
    ALTER TABLE term ADD COLUMN modified_by TEXT;
    ALTER TABLE history ADD COLUMN action INTEGER;
    ALTER TABLE unit ADD COLUMN created_by TEXT;
    ALTER TABLE unit ADD COLUMN changed_by TEXT;
    ALTER TABLE unit_variant ADD COLUMN created TEXT;
    ALTER TABLE unit_variant ADD COLUMN changed TEXT;
    ALTER TABLE unit_variant ADD COLUMN created_by TEXT;
    ALTER TABLE unit_variant ADD COLUMN changed_by TEXT;
    UPDATE history SET action = id;
    UPDATE term SET
        modified_by = (SELECT who FROM history h WHERE h.term_id = term.id ORDER BY h.id DESC LIMIT 1),
        created_by = (SELECT who FROM history h WHERE h.term_id = term.id AND h.field LIKE 'term[%'
                      ORDER BY h.id LIMIT 1);
    UPDATE concept SET
        modified_by = (SELECT who FROM history h WHERE h.concept_id = concept.id
                       ORDER BY h.id DESC LIMIT 1),
        created_by = (SELECT who FROM history h WHERE h.concept_id = concept.id
                      AND h.field = 'created' ORDER BY h.id LIMIT 1);
    CREATE INDEX history_concept ON history(concept_id, id);
    CREATE INDEX history_term ON history(term_id);
    CREATE INDEX history_at ON history(at);
    CREATE INDEX history_action ON history(action);
    """,
    # 5: versions, search forms, documents by content, indexes (see termsmith.store.schema).
    """
    ALTER TABLE concept ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE term ADD COLUMN fold TEXT NOT NULL DEFAULT '';
    ALTER TABLE history ADD COLUMN version INTEGER;
    ALTER TABLE context RENAME COLUMN end TO stop;
    ALTER TABLE document ADD COLUMN content TEXT;
    ALTER TABLE document ADD COLUMN canonical TEXT;
    CREATE UNIQUE INDEX document_content ON document(content);
    CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE term_alias (
        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
        lang TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (lang, key, term_id)
    );
    DROP INDEX term_text;
    DROP INDEX term_key;
    CREATE INDEX term_any_key ON term(key);
    CREATE INDEX term_fold ON term(fold);
    ALTER TABLE term ADD COLUMN rank REAL NOT NULL DEFAULT 1;
    CREATE INDEX term_queue ON term(rank DESC, id);
    ALTER TABLE term ADD COLUMN occurrences INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX term_listing ON term(rank DESC, occurrences DESC, fold, id);
    ALTER TABLE term ADD COLUMN qkind TEXT NOT NULL DEFAULT 'manual';
    CREATE INDEX term_progress ON term(lang, qkind, review);
    CREATE INDEX context_document ON context(document_id);
    CREATE INDEX quotation_document ON quotation(document_id);
    """,
    # 6: the review page's counts (progress, kinds) read a tally of terms per language, kind
    # and review status, kept by triggers in the same transaction as every change of a
    # term, instead of counting every term (issue 11: first page < 100 ms at 100,000).
    """
    CREATE TABLE term_tally (
        lang TEXT NOT NULL,
        qkind TEXT NOT NULL,
        review TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (lang, qkind, review)
    ) WITHOUT ROWID;
    INSERT INTO term_tally (lang, qkind, review, n)
        SELECT lang, qkind, review, count(*) FROM term GROUP BY 1, 2, 3;
    CREATE TRIGGER term_tally_insert AFTER INSERT ON term BEGIN
        INSERT INTO term_tally (lang, qkind, review, n) VALUES (new.lang, new.qkind, new.review, 1)
            ON CONFLICT (lang, qkind, review) DO UPDATE SET n = n + 1;
    END;
    CREATE TRIGGER term_tally_delete AFTER DELETE ON term BEGIN
        UPDATE term_tally SET n = n - 1
            WHERE lang = old.lang AND qkind = old.qkind AND review = old.review;
    END;
    CREATE TRIGGER term_tally_update AFTER UPDATE OF lang, qkind, review ON term
    WHEN old.lang IS NOT new.lang OR old.qkind IS NOT new.qkind OR old.review IS NOT new.review
    BEGIN
        UPDATE term_tally SET n = n - 1
            WHERE lang = old.lang AND qkind = old.qkind AND review = old.review;
        INSERT INTO term_tally (lang, qkind, review, n) VALUES (new.lang, new.qkind, new.review, 1)
            ON CONFLICT (lang, qkind, review) DO UPDATE SET n = n + 1;
    END;
    """,
    # 7: how many units hold each gram (kind 0: lowercase trigrams, 1: Chinese bigrams),
    # kept as units are added: a fuzzy lookup picks its rarest grams from here, where
    # the FTS5 vocabulary tables would read every posting of every gram (termsmith.tm).
    """
    CREATE TABLE unit_gram_count (
        kind INTEGER NOT NULL,
        gram TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (kind, gram)
    ) WITHOUT ROWID;
    INSERT INTO unit_gram_count (kind, gram, n) SELECT 0, term, doc FROM unit_text_vocab;
    INSERT INTO unit_gram_count (kind, gram, n) SELECT 1, term, doc FROM unit_zh_vocab
    """,
    # 8: a context is unique by the same columns, indexed where it stands first (source,
    # line, start), then term and sentence: a document's contexts go into the index side
    # by side instead of among every term's, a third of the pages to write when a corpus
    # is stored (benchmarks/README.md); a term's contexts are found by a small index of
    # their own. SQLite drops no table constraint: the table is copied (ids kept).
    """
    CREATE TABLE context_by_place (
        id INTEGER PRIMARY KEY,
        term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
        document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        line INTEGER,
        speaker TEXT,
        sentence TEXT NOT NULL,
        start INTEGER NOT NULL,
        stop INTEGER NOT NULL,
        form TEXT NOT NULL,
        UNIQUE (source, line, start, term_id, sentence)
    );
    INSERT INTO context_by_place (id, term_id, document_id, source, line, speaker, sentence,
                                  start, stop, form)
        SELECT id, term_id, document_id, source, line, speaker, sentence, start, stop, form
        FROM context;
    DROP TABLE context;
    ALTER TABLE context_by_place RENAME TO context;
    CREATE INDEX context_document ON context(document_id);
    CREATE INDEX context_term ON context(term_id)
    """,
]


# How long one attempt waits for another writer's lock (milliseconds).
_ATTEMPT_MS = 2000


# Pages the write-ahead log grows to before they are copied into the file (SQLite's own
# default is 1,000, 4 MB). A corpus harvest commits one document at a time, and each
# commit rewrites the same index pages (terms by key, fold, queue order; contexts by
# term): copied every 4 MB, half the commit time into a term base of 100,000 concepts
# went to checkpoints. At 40 MB the log holds many commits' versions of a page and
# copies it once: storing 200 transcripts into that term base 4.1-4.5 s -> 3.0-3.2 s,
# into an empty one -10 % (benchmarks/README.md, stop 58). Each commit is as durable as
# before (the log is synced at every commit); closing copies the rest into the file.
WAL_PAGES = 10_000


class SQLiteStore(UnitsMixin):
    """A term base stored in one SQLite file (or ``:memory:``)."""

    dialect = "sqlite"

    def __init__(self, path: str | Path = ":memory:", *, busy_timeout: float | None = None) -> None:
        super().__init__(busy_timeout)
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if p.is_dir():
                raise StoreError(f"{self.path}: is a directory, not a term base")
            if not p.parent.exists():
                raise StoreError(f"{self.path}: folder {p.parent} does not exist")
            if not p.exists() and not os.access(p.parent, os.W_OK):
                raise StoreError(f"{self.path}: cannot create the term base: no permission to "
                                 f"write in folder {p.parent}")
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as e:
            raise self._fail(e) from e
        try:
            self._functions()
            self.db.execute("PRAGMA foreign_keys = ON")
            attempt = min(_ATTEMPT_MS, max(1, int(self._deadline * 1000)))
            self.db.execute(f"PRAGMA busy_timeout = {attempt}")
            self._migrate()
            if self.path != ":memory:" and self.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.atomic(lambda: None)           # wait for other writers, then switch
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute(f"PRAGMA wal_autocheckpoint = {WAL_PAGES}")
        except sqlite3.Error as e:
            self.db.close()
            raise self._fail(e) from e
        except BaseException:
            self.db.close()
            raise

    def _functions(self) -> None:
        """SQL functions the migrations and the memory index use (pure, from termsmith.tm)."""
        from termsmith import tm

        self.db.create_function("termsmith_tm_text", 1, tm.index_text, deterministic=True)
        self.db.create_function("termsmith_zh_grams", 1, tm.zh_grams, deterministic=True)

    # -- hooks ---------------------------------------------------------------------------

    def _execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self.db.execute(sql, args)

    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        return int(self.db.executemany(sql, rows).rowcount)

    def _insert_id(self, sql: str, args: Sequence[Any]) -> int:
        return int(self.db.execute(sql, args).lastrowid or 0)

    def _begin(self, mode: Mode) -> None:
        self.db.execute("BEGIN" if mode is Mode.READ else "BEGIN IMMEDIATE")

    def _end(self, commit: bool) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT" if commit else "ROLLBACK")

    def _stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[Row]:
        # The cursor itself, not a generator around it: ``stream`` (a generator that
        # translates errors) calls this when first asked for a row, and each row of a
        # 500,000-row read then passes through one generator, not two.
        return self.db.execute(sql, args)

    # A batch of new terms this big goes in with the review-count tally's row trigger set
    # aside, and the counts added in one statement: the trigger costs ~25 µs a term, a
    # quarter of a 20,000-concept import (benchmarks/README.md). DDL is transactional in
    # SQLite and this connection holds the write lock, so no other connection ever sees the
    # trigger missing, and a failure rolls it back with the rows.
    BULK_TERMS = 2000

    def _insert_terms(self, rows: list[tuple[Any, ...]]) -> None:
        trigger = None
        if len(rows) >= self.BULK_TERMS and self.db.in_transaction:
            trigger = self.db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND name = 'term_tally_insert'").fetchone()
        if trigger is None:
            super()._insert_terms(rows)
            return
        self.run("DROP TRIGGER term_tally_insert")
        super()._insert_terms(rows)
        counts = Counter((r[2], r[17], r[9]) for r in rows)       # lang, qkind, review
        self.many("INSERT INTO term_tally (lang, qkind, review, n) VALUES (?, ?, ?, ?) "
                  "ON CONFLICT (lang, qkind, review) DO UPDATE SET n = n + excluded.n",
                  [(*k, n) for k, n in counts.items()])
        self.run(trigger[0])

    def allocate_ids(self, table: str, n: int, above: int = 0) -> list[int]:
        """``n`` ids after the highest in ``table`` (the write lock is held: nobody else adds)."""
        if n <= 0:
            return []
        top = int(self.db.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])
        start = max(top, above) + 1
        return list(range(start, start + n))

    def _ids_taken(self, table: str) -> None:
        pass                                        # max(id) is the id source

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def _translate(self, e: Exception) -> StoreError | None:
        if not isinstance(e, sqlite3.Error) or isinstance(e, sqlite3.ProgrammingError
                                                          | sqlite3.InterfaceError):
            return None
        name = getattr(e, "sqlite_errorname", "") or ""
        where = self.path
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(e):
            return BusyError(f"{where}: the term base is locked by another writer")
        if name.startswith("SQLITE_READONLY") or "readonly" in str(e):
            return StoreError(f"{where}: the term base is read-only (check the permissions of the "
                              "file and its folder)")
        if name == "SQLITE_FULL" or "disk is full" in str(e):
            return StoreError(f"{where}: the disk is full; nothing was changed")
        if name.startswith("SQLITE_CORRUPT") or "malformed" in str(e):
            return StoreError(f"{where}: the term base is damaged ({e}); restore it from a backup")
        if name == "SQLITE_NOTADB" or "not a database" in str(e):
            return StoreError(f"{where}: not a termsmith term base ({e})")
        if name.startswith("SQLITE_CANTOPEN"):
            return StoreError(f"{where}: cannot open the term base ({e})")
        if name.startswith("SQLITE_IOERR"):
            return StoreError(f"{where}: input/output error ({e})")
        return StoreError(f"{where}: {e}")

    # -- the translation memory's text index (FTS5) ----------------------------------------

    def _index_units(self, texts: Sequence[tuple[int, str]]) -> None:
        from termsmith import tm

        self.many("INSERT INTO unit_text (rowid, text) VALUES (?, ?)",
                  [(uid, tm.index_text(t)) for uid, t in texts])
        zh = [(uid, g) for uid, t in texts if (g := tm.zh_grams(t))]
        if zh:
            self.many("INSERT INTO unit_zh (rowid, grams) VALUES (?, ?)", zh)
        counts: Counter[tuple[int, str]] = Counter()
        for _, t in texts:
            for kind, grams in enumerate(tm.grams(t)):
                counts.update((kind, g) for g in grams)
        self.many("INSERT INTO unit_gram_count (kind, gram, n) VALUES (?,?,?) "
                  "ON CONFLICT (kind, gram) DO UPDATE SET n = n + excluded.n",
                  [(k, g, n) for (k, g), n in counts.items()])

    def unit_keys_containing(self, text: str) -> Iterator[int]:
        """Keys of units whose text may contain ``text`` (case-insensitive), newest first.

        A superset: the caller checks each unit. Served by the trigram index for
        three characters or more, by the Chinese bigram index for two Chinese
        characters, else by a scan of every unit.
        """
        from termsmith import tm

        if len(text) >= 3:
            rows = self.stream("SELECT rowid FROM unit_text WHERE unit_text MATCH ? "
                               "ORDER BY rowid DESC", (_fts_phrase(tm.index_text(text)),))
        elif len(text) == 2 and tm.zh_grams(text) == text:
            rows = self.stream("SELECT rowid FROM unit_zh WHERE unit_zh MATCH ? "
                               "ORDER BY rowid DESC", (_fts_phrase(text),))
        else:
            rows = self.stream("SELECT id FROM unit ORDER BY id DESC")
        for (key,) in rows:
            yield int(key)

    def unit_keys_with_text(self, text: str) -> list[int]:
        """Keys of units with a variant whose text is exactly ``text``, newest first.

        Through the (lang, text) index: its few languages are enumerated by seeks
        (a recursive query), where ``text = ?`` alone would scan every variant.
        """
        return [int(k) for (k,) in self.q(
            "WITH RECURSIVE l(lang) AS (SELECT min(lang) FROM unit_variant UNION ALL "
            "SELECT (SELECT min(lang) FROM unit_variant WHERE lang > l.lang) FROM l "
            "WHERE l.lang IS NOT NULL) "
            "SELECT DISTINCT unit_id FROM unit_variant WHERE lang IN "
            "(SELECT lang FROM l WHERE lang IS NOT NULL) AND text = ? ORDER BY unit_id DESC", (text,))]

    def unit_gram_counts(self, grams: Sequence[str], *, chinese: bool) -> dict[str, int]:
        """How many units hold each gram: character trigrams (lowercase), or Chinese bigrams."""
        counts: dict[str, int] = {}
        for chunk in chunks(list(dict.fromkeys(grams))):
            for term, n in self.q(f"SELECT gram, n FROM unit_gram_count WHERE kind = ? AND gram IN "
                                  f"({placeholders(len(chunk))})", [int(chinese), *chunk]):
                counts[term] = int(n)
        return counts

    def unit_keys_sharing(self, grams: Sequence[str], *, chinese: bool, limit: int) -> list[int]:
        """Keys of the ``limit`` units that share the most of ``grams``, best (then newest) first.

        Each gram's postings are read from the full-text index and counted here: the
        caller gives rare grams, so that is a few thousand rows, where FTS5's own
        ranking (bm25 over an OR query) costs several times more.
        """
        table = "unit_zh" if chinese else "unit_text"
        shared: Counter[int] = Counter()
        for g in dict.fromkeys(grams):
            shared.update(k for (k,) in self.db.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (_fts_phrase(g),)))
        best = sorted(shared.items(), key=lambda kv: (-kv[1], -kv[0]))[:limit]
        return [int(k) for k, _ in best]

    # -- schema ----------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """The schema version of the open database."""
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        if self.schema_version > len(MIGRATIONS):
            raise StoreError(f"{self.path}: schema version {self.schema_version} is newer than this "
                             f"termsmith knows ({len(MIGRATIONS)}); upgrade termsmith")
        if self.schema_version == len(MIGRATIONS) and schema.keys_current(self):
            return

        def work() -> None:
            version = self.schema_version                 # again, under the write lock
            for i in range(version, len(MIGRATIONS)):
                for statement in statements(MIGRATIONS[i]):
                    self.db.execute(statement)
                if i + 1 in schema.STEPS:
                    schema.STEPS[i + 1](self)
                self.db.execute(f"PRAGMA user_version = {i + 1}")
            if not schema.keys_current(self):
                schema.rekey(self)
        self.atomic(work, Mode.BULK)


def statements(script: str) -> Iterator[str]:
    """The statements of a migration, one at a time (a trigger's body keeps its ``;``)."""
    pending = ""
    for part in script.split(";"):
        pending += part + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                yield pending
            pending = ""
    if pending.strip(" \n;"):
        yield pending


def _fts_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: matched literally, quotes doubled."""
    return '"' + text.replace('"', '""') + '"'
