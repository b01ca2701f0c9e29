"""What only the SQLite store does: the file, its pragmas, old schemas, its errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from termsmith.errors import StoreError
from termsmith.model import Concept, Term
from termsmith.store import TermBase
from termsmith.store.sqlite import MIGRATIONS, SQLiteStore


def test_foreign_keys_on_and_wal(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "t.db") as tb:
        assert tb.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert tb.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert tb.schema_version == len(MIGRATIONS)


def test_the_log_takes_many_commits_and_a_closed_term_base_is_one_whole_file(
        tmp_path: Path) -> None:
    from termsmith.store.sqlite import WAL_PAGES

    path = tmp_path / "desk.db"
    with SQLiteStore(path) as tb:
        # copied into the file every 40 MB, not every 4 MB (SQLite's default)
        assert tb.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_PAGES >= 10_000
        for i in range(300):        # one short transaction each, as a corpus harvest commits
            tb.add_concept(Concept(terms=(Term(f"pilot zone number {i} of the plateau"),)))
        assert (tmp_path / "desk.db-wal").stat().st_size > 0
    # closed: the file alone (copied, as a desk backs it up) holds every concept
    copy = tmp_path / "backup.db"
    copy.write_bytes(path.read_bytes())
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM concept").fetchone()[0] == 300


_CONTEXT_COLUMNS = "id, term_id, document_id, source, line, speaker, sentence, start, stop, form"


def test_contexts_of_a_version_7_term_base_are_kept_by_the_migration(
        tmp_path: Path, transcript: Path) -> None:
    from termsmith import harvest, ingest, reader

    path = tmp_path / "desk.db"
    with TermBase(path) as tb:
        ingest.store(tb, harvest.run(reader.read(transcript)))
    con = sqlite3.connect(path)
    # The context table as version 7 made it: unique by term first, no index of terms.
    con.executescript(f"""
        PRAGMA foreign_keys = OFF;
        CREATE TABLE context_v7 (
            id INTEGER PRIMARY KEY,
            term_id INTEGER NOT NULL REFERENCES term(id) ON DELETE CASCADE,
            document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
            source TEXT NOT NULL, line INTEGER, speaker TEXT, sentence TEXT NOT NULL,
            start INTEGER NOT NULL, stop INTEGER NOT NULL, form TEXT NOT NULL,
            UNIQUE (term_id, source, line, sentence, start));
        INSERT INTO context_v7 SELECT {_CONTEXT_COLUMNS} FROM context;
        DROP TABLE context;
        ALTER TABLE context_v7 RENAME TO context;
        CREATE INDEX context_document ON context(document_id);
        PRAGMA user_version = 7;
    """)
    before = con.execute(f"SELECT {_CONTEXT_COLUMNS} FROM context ORDER BY id").fetchall()
    con.close()
    assert len(before) > 20
    with TermBase(path) as tb:
        assert tb.schema_version == len(MIGRATIONS)
        assert tb.q(f"SELECT {_CONTEXT_COLUMNS} FROM context ORDER BY id") == before
        indexes = {r[1]: r[2] for r in tb.q("PRAGMA index_list(context)")}
        assert indexes["context_term"] == 0 and indexes["context_document"] == 0
        assert [r[2] for r in tb.q(
            f"PRAGMA index_info({next(n for n, u in indexes.items() if u)!r})")] == [
            "source", "line", "start", "term_id", "sentence"]
        # Still one context per place: the same harvest again adds none; deleting a term
        # deletes its contexts.
        assert ingest.store(tb, harvest.run(reader.read(transcript))).contexts_added == 0
        (_, tid), = tb.find("Water Tower of China")
        tb.run("DELETE FROM term WHERE id = ?", (tid,))
        assert tb.q("SELECT count(*) FROM context WHERE term_id = ?", (tid,)) == [(0,)]


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="notes.db: not a termsmith term base"):
        TermBase(bad)


def test_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        TermBase(tmp_path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    TermBase(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer than this termsmith"):
        TermBase(path)


@pytest.mark.parametrize(("error", "says"), [
    ("attempt to write a readonly database", "read-only"),
    ("database or disk is full", "disk is full"),
    ("database disk image is malformed", "damaged"),
    ("file is not a database", "not a termsmith term base"),
])
def test_sqlite_errors_become_one_line(tmp_path: Path, error: str, says: str) -> None:
    with SQLiteStore(tmp_path / "t.db") as tb:
        got = tb._translate(sqlite3.OperationalError(error))
    assert got is not None and says in str(got) and str(got).startswith(str(tmp_path / "t.db"))
    assert "\n" not in str(got)


def test_locked_term_base_is_retried_then_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from termsmith.errors import BusyError

    monkeypatch.setenv("TERMSMITH_BUSY_TIMEOUT", "0.5")
    path = tmp_path / "t.db"
    TermBase(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")                  # another writer holds the lock
    try:
        with SQLiteStore(path) as tb, pytest.raises(BusyError, match="busy"):
            tb.add_concept(Concept(terms=(Term(text="yak"),)))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_batch_look_up_by_key_walks_the_key_index(tmp_path: Path) -> None:
    """Harvests and imports look their keys up a batch at a time: the query must walk the
    key index, not every term of a language (an import into a 100,000-term base took
    12.3 s instead of 5.2 s when it did)."""
    with TermBase(tmp_path / "t.db") as tb:
        seen: list[str] = []
        tb.db.set_trace_callback(seen.append)
        tb.find_terms_by_keys("en", ["belt and road initiative", "mu"])
        tb.db.set_trace_callback(None)
        query = next(q for q in seen if "FROM term t WHERE" in q)
        plan = " ".join(str(r) for r in tb.db.execute("EXPLAIN QUERY PLAN " + query))
        assert "term_any_key" in plan, plan


def _tally(tb: TermBase) -> dict[tuple[str, str, str], int]:
    return {(lang, kind, review): n for lang, kind, review, n
            in tb.db.execute("SELECT lang, qkind, review, n FROM term_tally") if n}


def _counted(tb: TermBase) -> dict[tuple[str, str, str], int]:
    return {(lang, kind, review): n for lang, kind, review, n in tb.db.execute(
        "SELECT lang, qkind, review, count(*) FROM term GROUP BY 1, 2, 3")}


def _programmes(n: int, start: int = 0) -> list[Concept]:
    from termsmith.model import Review

    return [Concept(terms=(Term(f"rural revitalization pilot {i}", "en"),
                           Term(f"乡村振兴试点{i}号", "zh-Hans", review=Review.APPROVED)),
                    kind="domain" if i % 3 else "name") for i in range(start, start + n)]


def test_a_big_batch_of_terms_keeps_the_review_counts_and_the_trigger(tmp_path: Path) -> None:
    """A batch past BULK_TERMS goes in with the tally's row trigger set aside and the counts
    added at once: the counts are those of the terms, and the trigger is back afterwards."""
    with TermBase(tmp_path / "t.db") as tb:
        tb.add_concepts(_programmes(5))                      # small: the trigger counts
        tb.add_concepts(_programmes(SQLiteStore.BULK_TERMS, start=5))
        assert _tally(tb) == _counted(tb)
        assert sum(_tally(tb).values()) == 2 * (SQLiteStore.BULK_TERMS + 5)
        assert tb.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                             "AND name = 'term_tally_insert'").fetchone()[0] == 1
        tb.add_concepts(_programmes(1, start=10**6))         # one more, counted by the trigger
        assert _tally(tb) == _counted(tb)


def test_a_failed_big_batch_changes_neither_terms_nor_counts_nor_the_trigger(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure after the trigger was dropped and the terms went in (here: the counts'
    statement, as a full disk would) rolls everything back, the trigger included."""
    with TermBase(tmp_path / "t.db") as tb:
        tb.add_concepts(_programmes(3))
        before = (_tally(tb), _counted(tb))
        real = SQLiteStore.many

        def many(self: SQLiteStore, sql: str, rows: Any) -> int:
            if sql.startswith("INSERT INTO term_tally"):
                raise StoreError("database or disk is full")
            return real(self, sql, rows)

        monkeypatch.setattr(SQLiteStore, "many", many)
        with pytest.raises(StoreError, match="disk is full"):
            tb.add_concepts(_programmes(SQLiteStore.BULK_TERMS, start=3))
        monkeypatch.undo()
        assert (_tally(tb), _counted(tb)) == before
        assert tb.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                             "AND name = 'term_tally_insert'").fetchone()[0] == 1
        tb.add_concepts(_programmes(1, start=10**6))          # and it counts again
        assert _tally(tb) == _counted(tb)
