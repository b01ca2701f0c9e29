"""Importing other tools' files: everything the model holds kept, the rest reported, nothing twice."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import INTEROP

from termsmith import exchange
from termsmith.cli import main
from termsmith.errors import FormatError
from termsmith.model import Usage
from termsmith.store import TermBase

Fresh = Callable[[], TermBase]      # opens a fresh term base of the store under test


def _files(ext: str) -> list[Path]:
    return sorted(INTEROP.glob(f"*.{ext}"))


@pytest.mark.parametrize("path", _files("tbx"), ids=lambda p: p.name)
def test_other_tools_tbx_imports_once(path: Path, new_tb: Fresh) -> None:
    tb = new_tb()
    first = exchange.import_file(tb, path)
    assert first.concepts_added > 0 and first.terms_added >= first.concepts_added
    before = tb.stats()
    again = exchange.import_file(tb, path)
    assert (again.concepts_added, again.terms_added, again.terms_updated) == (0, 0, 0)
    assert tb.stats() == before


@pytest.mark.parametrize("path", _files("tmx"), ids=lambda p: p.name)
def test_other_tools_tmx_goes_to_the_translation_memory_once(path: Path, new_tb: Fresh) -> None:
    tb = new_tb()
    first = exchange.import_file(tb, path)
    assert first.units_added > 0
    again = exchange.import_file(tb, path)
    assert again.units_added == 0
    # Units repeated within the file count as already there the first time too.
    assert again.units_unchanged == first.units_added + first.units_unchanged


def test_dropped_data_categories_are_reported_by_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    r = CliRunner().invoke(main, ["--db", str(db), "import",
                                  str(INTEROP / "lisa-oracle-termbase-tbx2.tbx")])
    assert r.exit_code == 0, r.output
    assert "concepts added" in r.output and "dropped" in r.output


def test_csv_with_quoted_commas_and_cjk(tmp_path: Path, new_tb: Fresh) -> None:
    f = tmp_path / "memoq.csv"
    f.write_text('en,zh-CN,note\n'
                 '"ice and snow tourism, winter",冰雪旅游,"a note, with a comma"\n'
                 'black soil,黑土,"said ""fertile"""\n', encoding="utf-8")
    tb = new_tb()
    st = exchange.import_file(tb, f)
    assert st.concepts_added == 2
    (cid, _), = tb.find("ice and snow tourism, winter")
    c = tb.get(cid)
    assert [t.text for t in c.section("zh")] == ["冰雪旅游"]
    assert c.note == "a note, with a comma"
    (cid2, _), = tb.find("black soil")
    assert tb.get(cid2).note == 'said "fertile"'


def test_xliff_and_po_read_through_translate_toolkit(tmp_path: Path, new_tb: Fresh) -> None:
    from translate.storage import po, xliff

    x = xliff.xlifffile(sourcelanguage="en", targetlanguage="zh-CN")
    x.addsourceunit("Black soil").target = "黑土"
    x.addsourceunit("Not yet translated")
    (tmp_path / "a.xlf").write_bytes(bytes(x))
    p = po.pofile()
    p.updateheader(add=True, Language="zh_CN")
    p.addsourceunit("Leading Wild Goose").target = "头雁"
    (tmp_path / "b.po").write_bytes(bytes(p))
    tb = new_tb()
    a = exchange.import_file(tb, tmp_path / "a.xlf")
    b = exchange.import_file(tb, tmp_path / "b.po")
    assert (a.units_added, b.units_added) == (1, 1)
    assert a.report.dropped["untranslated unit"] == 1
    pairs = {(u.text("en"), u.text("zh")) for u in tb.units()}
    assert pairs == {("Black soil", "黑土"), ("Leading Wild Goose", "头雁")}
    assert {v.lang for u in tb.units() for v in u.variants} == {"en", "zh-Hans"}


def test_xliff_with_external_entity_is_refused(tmp_path: Path, new_tb: Fresh) -> None:
    f = tmp_path / "evil.xlf"
    f.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                 '<xliff version="1.2"><file source-language="en" target-language="zh-CN" '
                 'datatype="plaintext" original="x"><body><trans-unit id="1"><source>&xxe;'
                 '</source><target>x</target></trans-unit></body></file></xliff>\n')
    with pytest.raises(FormatError, match="entit"):
        exchange.import_file(new_tb(), f)


def test_import_cli_reports_conflicts_with_exit_1(tmp_path: Path, transcript: Path) -> None:
    db = str(tmp_path / "t.db")
    run = CliRunner().invoke
    assert run(main, ["--db", db, "harvest", str(transcript)]).exit_code == 0
    assert run(main, ["--db", db, "edit", "Water Tower of China", "--status", "approved",
                      "--zh", "中华水塔"]).exit_code == 0
    out = tmp_path / "out.tbx"
    assert run(main, ["--db", db, "export", "-o", str(out)]).exit_code == 0
    assert run(main, ["--db", db, "edit", "Water Tower of China", "--status", "rejected"]).exit_code == 0
    r = run(main, ["--db", db, "import", str(out)])
    assert r.exit_code == 1
    assert "1 conflicts" in r.output and "was reviewed" in r.output
    shown = json.loads(run(main, ["--db", db, "show", "Water Tower of China", "--format",
                                  "json"]).output)
    assert shown[0]["terms"][0]["status"] == "rejected"
    r = run(main, ["--db", db, "import", "--force", str(out)])
    assert r.exit_code == 0 and "1 terms updated" in r.output


def test_malformed_import_is_exit_3_with_line_and_column(tmp_path: Path) -> None:
    f = tmp_path / "bad.tmx"
    f.write_text('<?xml version="1.0"?>\n<tmx version="1.4"><header/>\n<body><tu></body></tmx>\n')
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "t.db"), "import", str(f)])
    assert r.exit_code == 3
    assert r.output.startswith("Error: ") and "bad.tmx" in r.output and "line 3, column" in r.output


def test_translator_sheet_note_on_a_deprecated_rendering_is_that_terms(tmp_path: Path,
                                                                       new_tb: Fresh) -> None:
    """A translator's sheet (en, zh, kind, status, note) marks a rendering "deprecated" with a
    note saying which to use: the note is the deprecated term's, and the concept keeps the
    note given on the preferred rendering's row (it was overwritten, or a conflict)."""
    tb = new_tb()
    base = tmp_path / "base.csv"
    base.write_text("id,en,zh-Hans\n7,Sanjiangyuan National Park,三江源国家公园\n"
                    "7,Three Rivers Source Park,\n", encoding="utf-8")       # one concept
    exchange.import_file(tb, base)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("en,zh-Hans,kind,status,note\n"
                     "Sanjiangyuan National Park,三江源国家公园,park,approved,A pilot park\n"
                     "Three Rivers Source Park,三江源国家公园,park,deprecated,Prefer the first\n",
                     encoding="utf-8")
    st = exchange.import_file(tb, sheet)
    assert st.conflicts == []
    (cid, _), = tb.find("Sanjiangyuan National Park")
    c = tb.get(cid)
    assert c.note == "A pilot park"
    assert [(t.text, t.usage, t.note) for t in c.section("en")] == [
        ("Sanjiangyuan National Park", Usage.ADMITTED, None),
        ("Three Rivers Source Park", Usage.DEPRECATED, "Prefer the first")]
