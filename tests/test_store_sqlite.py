"""What only the SQLite store does: the file, its pragmas, old schemas, its errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
