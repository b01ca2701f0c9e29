"""The one registry of exchange formats: the CLI, exchange and build all read it."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import pytest
from click.testing import CliRunner

from termsmith import exchange, formats
from termsmith.build import Output
from termsmith.cli import main
from termsmith.errors import FormatError
from termsmith.formats import FORMATS, ExportOptions, Format, Holds, Report
from termsmith.model import Concept, Review, Term, TranslationUnit, Tuv, Usage
from termsmith.store import TermBase


@pytest.mark.parametrize("fmt", list(FORMATS.values()), ids=list(FORMATS))
def test_every_registered_reader_and_writer_exists(fmt: Format) -> None:
    mod = fmt.load()
    assert fmt.reader is None or callable(getattr(mod, fmt.reader))
    assert fmt.writer is None or callable(getattr(mod, fmt.writer))
    assert all(e.startswith(".") and e == e.lower() for e in fmt.extensions)


def test_names_filter_by_what_a_format_can_do() -> None:
    assert formats.names(writes=True) == ["tbx", "tbx3", "tmx", "csv", "tsv"]
    assert set(formats.names(reads=True)) == set(FORMATS)


def test_unknown_or_read_only_format_names_the_choices() -> None:
    with pytest.raises(FormatError, match=r"unknown export format 'xliff' \(choose from tbx, tbx3"):
        formats.get("xliff", writes=True)
    with pytest.raises(FormatError, match="unknown format 'docx'"):
        formats.get("docx")


@pytest.mark.parametrize(("name", "writes", "expected"), [
    ("glossary.TBX", False, "tbx"), ("glossary.tbx", True, "tbx"),   # .tbx writes v2, never v3
    ("memory.tmx", False, "tmx"), ("omegat.txt", True, "tsv"), ("a.utf8", False, "tsv"),
    ("job.sdlxliff", False, "xliff"), ("ui.pot", False, "po"), ("x.xlf", True, None),
    ("notes.docx", False, None), ("no-extension", True, None)])
def test_a_file_name_names_its_format(name: str, writes: bool, expected: str | None) -> None:
    found = formats.for_path(name, writes=writes)
    assert (found.name if found else None) == expected


def test_the_root_that_comes_first_decides() -> None:
    tmx = b'<?xml version="1.0"?>\n<tmx version="1.4"><header/><body><tu><note>a &lt;martif&gt;'
    assert (found := formats.sniff(tmx)) is not None and found.name == "tmx"
    tbx = b'<?xml version="1.0"?>\n<martif type="TBX-Basic"><!-- was <tmx> -->'
    assert (found := formats.sniff(tbx)) is not None and found.name == "tbx"
    assert formats.sniff(b"<root/>") is None


def test_an_xml_file_is_detected_by_its_root_whatever_its_name(tmp_path: Path) -> None:
    memory = tmp_path / "memory.xml"
    memory.write_text('<?xml version="1.0"?><tmx version="1.4"><header/><body/></tmx>')
    assert exchange.detect_format(memory) == "tmx"
    misnamed = tmp_path / "glossary.tmx"
    misnamed.write_text('<?xml version="1.0"?><martif type="TBX-Basic"/>')
    assert exchange.detect_format(misnamed) == "tbx"


def test_cli_choices_come_from_the_registry(tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["export", "--help"]).output
    assert "[tbx|tbx3|tmx|csv|tsv]" in out
    db = str(tmp_path / "t.db")
    with TermBase(db) as tb, tb.transaction():
        tb.add_concept(Concept((Term("black soil", "en", review=Review.APPROVED,
                                     usage=Usage.PREFERRED),
                                Term("黑土", "zh-Hans", review=Review.APPROVED))))
    v3 = tmp_path / "g.tbx"
    r = runner.invoke(main, ["--db", db, "export", "--format", "tbx3", "-o", str(v3)])
    assert r.exit_code == 0, r.output
    assert b'xmlns="urn:iso:std:iso:30042:ed-2"' in v3.read_bytes()
    # what export writes as tbx3, import reads as tbx3 too
    other = str(tmp_path / "other.db")
    r = runner.invoke(main, ["--db", other, "import", "--format", "tbx3", str(v3)])
    assert r.exit_code == 0, r.output
    assert "1 concepts added" in r.output
    r = runner.invoke(main, ["--db", db, "export", "-o", str(tmp_path / "g.tab")])
    assert r.output.startswith("Wrote 1 entries to") and "(tsv)" in r.output


def test_build_refuses_an_output_in_an_unwritable_format() -> None:
    with pytest.raises(FormatError, match="unknown export format 'po'"):
        Output("glossary/{stem}.po", "po")


def _write_lines(concepts: Iterable[Concept], dest: IO[bytes], options: ExportOptions) -> int:
    n = 0
    for c in concepts:
        dest.write(" = ".join(t.text for t in c.terms).encode() + b"\n")
        n += 1
    return n


def _read_lines(source: str | Path | IO[bytes], *, report: Report | None = None
                ) -> Iterator[TranslationUnit]:
    data = Path(source).read_text("utf-8") if isinstance(source, (str, Path)) \
        else source.read().decode()
    for line in data.splitlines():
        en, zh = line.split(" = ")
        yield TranslationUnit((Tuv("en", en), Tuv("zh-Hans", zh)))


def test_a_new_format_is_one_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Registering a module is all it takes for export, detection and import to use it."""
    mod = types.ModuleType("termsmith_test_lines")
    mod.write = _write_lines          # type: ignore[attr-defined]
    mod.read = _read_lines            # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, mod.__name__, mod)
    monkeypatch.setitem(FORMATS, "lines", Format("lines", "line pairs", mod.__name__, Holds.UNITS,
                                                 writer="write", extensions=(".pairs",)))
    tb = TermBase(":memory:")
    with tb.transaction():
        tb.add_concept(Concept((Term("black soil", "en"), Term("黑土", "zh-Hans"))))
    out = tmp_path / "x.pairs"
    assert exchange.export(tb, out, "lines") == 1
    assert out.read_text("utf-8") == "black soil = 黑土\n"
    assert exchange.detect_format(out) == "lines"
    other = TermBase(":memory:")
    stats = exchange.import_file(other, out)
    assert stats.units_added == 1
