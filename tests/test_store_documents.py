"""Documents keyed by content: one transcript under several names is harvested once (issue 11)."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from termsmith.cli import main
from termsmith.store import TermBase
from termsmith.store.sqlite import MIGRATIONS


def _stats(db: str) -> dict[str, int]:
    out = CliRunner().invoke(main, ["--db", db, "stats", "--format", "json"]).output
    return {k: v for k, v in json.loads(out).items() if isinstance(v, int)}


def test_same_file_under_three_names_is_one_document(db: str, transcript: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(transcript.parent)
    run = CliRunner().invoke
    assert run(main, ["--db", db, "harvest", transcript.name]).exit_code == 0
    once = _stats(db)
    for name in (f"./{transcript.name}", str(transcript.resolve())):
        assert run(main, ["--db", db, "harvest", name]).exit_code == 0
    assert _stats(db) == once


def test_a_copy_with_crlf_line_ends_is_the_same_document(db: str, transcript: Path) -> None:
    copy = transcript.with_name("copy.txt")
    copy.write_bytes(transcript.read_bytes().replace(b"\n", b"\r\n"))
    run = CliRunner().invoke
    assert run(main, ["--db", db, "harvest", str(transcript)]).exit_code == 0
    once = _stats(db)
    assert run(main, ["--db", db, "harvest", str(copy)]).exit_code == 0
    assert _stats(db) == once


def test_migration_merges_the_contexts_an_old_term_base_tripled(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    for sql in MIGRATIONS[:2]:
        con.executescript(sql)
    con.executescript("""
        PRAGMA user_version = 2;
        INSERT INTO document VALUES (1, 'seed.txt', 'abc', 'T', NULL, '2024-01-01');
        INSERT INTO concept (id, kind, created, modified) VALUES (1, 'name', 'x', 'x');
        INSERT INTO term (id, concept_id, lang, text, key, created, modified)
            VALUES (1, 1, 'en', 'Maqu Wetland', 'maquwetland', 'x', 'x');
        INSERT INTO context (term_id, document_id, source, line, sentence, start, "end", form) VALUES
            (1, NULL, 'seed.txt', 4, 'We saw Maqu Wetland.', 7, 19, 'Maqu Wetland'),
            (1, 1, './seed.txt', 4, 'We saw Maqu Wetland.', 7, 19, 'Maqu Wetland'),
            (1, 1, '/abs/seed.txt', 4, 'We saw Maqu Wetland.', 7, 19, 'Maqu Wetland'),
            (1, 1, '/abs/seed.txt', 9, 'Maqu Wetland grows.', 0, 12, 'Maqu Wetland');
        INSERT INTO gloss (concept_id, type, text, source, line) VALUES
            (1, 'clarification', 'a wetland park', 'seed.txt', 4),
            (1, 'clarification', 'a wetland park', './seed.txt', 4);
    """)
    con.commit()
    con.close()
    with TermBase(path) as tb:
        c = tb.get(1)
        assert [(x.source, x.line) for x in c.terms[0].contexts] == [("seed.txt", 4), ("seed.txt", 9)]
        assert [(g.source, g.text) for g in c.glosses] == [("seed.txt", "a wetland park")]
        assert c.version == 1
        assert tb.find("maqu wetlands") == [(1, 1)]
    assert os.path.exists(path)
