"""Hostile and broken files (made by tests/hostile.py): one line naming the file, exit 3,
nothing changed, never a traceback (issue 15, items 19, 22, 23, 26)."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import hostile
import pytest

from termsmith import exchange, harvest, ingest, reader
from termsmith.check import bilingual
from termsmith.errors import FormatError
from termsmith.store import TermBase


def _cli(tmp_path: Path, *args: str, memory_mb: int = 1024) -> subprocess.CompletedProcess[str]:
    """termsmith in a subprocess with bounded memory and time."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 2**20, memory_mb * 2**20))

    return subprocess.run([sys.executable, "-m", "termsmith", "--db", str(tmp_path / "t.db"), *args],
                          capture_output=True, text=True, timeout=120, preexec_fn=limit)


def _write(tmp_path: Path, name: str) -> Path:
    p = tmp_path / name
    p.write_bytes(hostile.ALL[name]())
    return p


@pytest.mark.parametrize(("name", "line"), [("entity-after-comment.tmx", 3),
                                            ("entity-after-comment.tbx", 3),
                                            ("internal-entity.xlf", 2)])
def test_a_dtd_anywhere_before_the_root_is_refused(tmp_path: Path, name: str, line: int) -> None:
    path = _write(tmp_path, name)
    tb = TermBase(":memory:")
    with pytest.raises(FormatError, match=rf"{name}: line {line}: the document declares XML "
                                          r"entities \('(ref|e)'\)"):
        exchange.import_file(tb, path)
    assert tb.stats()["concepts"] == 0 and tb.stats()["units"] == 0


def test_check_refuses_a_dtd_in_an_xliff(tmp_path: Path) -> None:
    path = _write(tmp_path, "internal-entity.xlf")
    with pytest.raises(FormatError, match="declares XML entities"):
        list(bilingual.pairs_from_file(path))
    r = _cli(tmp_path, "check", str(path))
    assert r.returncode == 3 and "declares XML entities" in r.stderr and "EXPANDED" not in r.stdout


@pytest.mark.parametrize(("name", "said"), [
    ("no-file.xlf", "<xliff> has no <file>"),
    ("bad-cell-reference.xlsx", "not a readable .xlsx workbook"),
    ("shared-string-out-of-range.xlsx", "not a readable .xlsx workbook"),
    ("malformed-sheet.xlsx", "not a readable .xlsx workbook"),
    ("billion-laughs.xlsx", "not a readable .xlsx workbook"),
    ("big-cell.xlsx", "row 2, column A: a cell of 2,000,000 characters (at most 32,767)"),
    ("nested-5000.html", "nested too deep")])
def test_broken_or_hostile_files_are_one_line(tmp_path: Path, name: str, said: str) -> None:
    path = _write(tmp_path, name)
    command = {".xlsx": ["review", "import"], ".html": ["harvest"]}.get(path.suffix, ["import"])
    r = _cli(tmp_path, *command, str(path))
    assert r.returncode == 3, r.stderr
    assert r.stderr.startswith(f"Error: {path}") or r.stderr.startswith(f"Error: XLIFF: {path}") \
        or r.stderr.startswith(f"Error: {path.name}")
    assert said in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert len(r.stderr) < 1000                      # never the whole cell back


def test_a_sheet_claiming_every_cell_is_read_in_bounded_memory(tmp_path: Path,
                                                              transcript: Path) -> None:
    with TermBase(tmp_path / "t.db") as tb:
        ingest.store(tb, harvest.run(reader.read(transcript)))
    path = _write(tmp_path, "dimension-bomb.xlsx")
    r = _cli(tmp_path, "review", "import", str(path), memory_mb=600)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("0 approved")


@pytest.mark.parametrize("name", ["overflow-id.tmx", "overflow-id.tbx", "superscript-id.csv"])
def test_ids_that_are_no_numbers_are_read_as_no_id(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name)
    tb = TermBase(":memory:")
    stats = exchange.import_file(tb, path)
    assert stats.concepts_added == 1
    [c] = list(tb.concepts())
    assert 0 < (c.id or 0) < 2**63 and {t.text for t in c.terms} >= {"black soil"}


def test_an_empty_segment_of_our_own_tmx_is_no_term(tmp_path: Path) -> None:
    path = _write(tmp_path, "termsmith-empty-seg.tmx")
    tb = TermBase(":memory:")
    exchange.import_file(tb, path)
    assert [t.text for c in tb.concepts() for t in c.terms] == ["黑土"]
