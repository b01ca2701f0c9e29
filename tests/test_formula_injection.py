"""No CSV/TSV cell termsmith writes runs as a spreadsheet formula, and none is read back
with the neutralising quote left on; formulas typed into a sheet are refused (issue 15,
item 18; CWE-1236, OWASP "CSV Injection")."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from termsmith import decisions, exchange, sheet
from termsmith.cli import main
from termsmith.model import Concept, Review, Term
from termsmith.store import TermBase

# What a harvested quotation, a careless note or an attacker's glossary could hold.
HOSTILE = {"=1+1": "=HYPERLINK(\"http://example.invalid\",\"点击\")", "+cmd": "@SUM(A1:A9)",
           "-2+3 growth": "\t=2+5"}
DANGER = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(tmp_path: Path) -> TermBase:
    tb = TermBase(tmp_path / "t.db")
    for en, zh in HOSTILE.items():
        tb.add_concept(Concept(terms=(Term(en, "en", review=Review.APPROVED),
                                      Term(zh.strip(), "zh-Hans", review=Review.APPROVED)),
                               note="@SUM(1+1)*cmd|' /C calc'!A0", definition="=2+2"))
    return tb


def _cells(data: bytes, delimiter: str = ",") -> list[str]:
    text = data.decode("utf-8-sig")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter,
                      quoting=csv.QUOTE_NONE if delimiter == "\t" else csv.QUOTE_MINIMAL)
    return [c for row in rows for c in row]


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_exports_never_start_a_cell_with_a_formula(hostile: TermBase, tmp_path: Path,
                                                   fmt: str, delimiter: str) -> None:
    f = tmp_path / f"out.{fmt}"
    exchange.export(hostile, f, fmt)
    cells = _cells(f.read_bytes(), delimiter)
    assert "'=1+1" in cells
    assert not [c for c in cells if c.startswith(DANGER)]
    # ... and reading the file back gives the texts as they were, without the quote.
    fresh = TermBase(":memory:")
    exchange.import_file(fresh, f)
    texts = {t.text for c in fresh.concepts() for t in c.terms}
    assert set(HOSTILE) <= texts
    assert {v.strip() for v in HOSTILE.values()} <= texts
    if fmt == "csv":
        assert {c.definition for c in fresh.concepts()} == {"=2+2"}


def test_review_sheet_csv_and_decisions_neutralise_formulas(hostile: TermBase,
                                                            tmp_path: Path) -> None:
    s = tmp_path / "sheet.csv"
    sheet.export_sheet(hostile, s)
    assert not [c for c in _cells(s.read_bytes()) if c.startswith(DANGER)]
    d = tmp_path / "decisions.csv"
    decisions.write(hostile, d)
    assert not [c for c in _cells(d.read_bytes()) if c.startswith(DANGER)]
    # The sheet goes back in unchanged: the quotes come off again, nothing differs.
    result = sheet.import_sheet(hostile, s, who="li")
    assert result.conflicts == [] and result.edited == 0


def test_xlsx_cells_are_strings_not_formulas(hostile: TermBase, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    s = tmp_path / "sheet.xlsx"
    sheet.export_sheet(hostile, s)
    ws = load_workbook(s)["Review"]
    values = [(c.value, c.data_type) for row in ws.iter_rows(min_row=2) for c in row
              if isinstance(c.value, str) and c.value.startswith("=")]
    assert values and all(t == "s" for _, t in values)


def test_terms_tsv_neutralises_formulas(hostile: TermBase) -> None:
    r = CliRunner().invoke(main, ["--db", str(hostile.path), "terms", "--format", "tsv"])
    assert r.exit_code == 0
    assert not [c for c in _cells(r.output.encode(), "\t") if c.startswith(DANGER)]


def test_a_formula_typed_into_a_sheet_is_refused(hostile: TermBase, tmp_path: Path) -> None:
    s = tmp_path / "sheet.csv"
    sheet.export_sheet(hostile, s)
    rows = list(csv.reader(io.StringIO(s.read_text(encoding="utf-8-sig"), newline="")))
    zh = rows[0].index("Chinese equivalent")
    rows[1][zh] = '=HYPERLINK("http://example.invalid/x","头雁")'
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    s.write_text(buf.getvalue(), encoding="utf-8")
    before = list(hostile.concepts())
    r = CliRunner().invoke(main, ["--db", str(hostile.path), "review", "import", str(s)])
    assert r.exit_code == 3
    assert "row 2, column I (Chinese equivalent)" in r.output and "formula" in r.output
    assert list(hostile.concepts()) == before


def test_control_characters_in_a_sheet_are_refused_naming_the_cell(hostile: TermBase,
                                                                  tmp_path: Path) -> None:
    s = tmp_path / "sheet.csv"
    sheet.export_sheet(hostile, s)
    rows = list(csv.reader(io.StringIO(s.read_text(encoding="utf-8-sig"), newline="")))
    rows[1][rows[0].index("note")] = "see \x1b]0;owned\x07"
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    s.write_text(buf.getvalue(), encoding="utf-8")
    r = CliRunner().invoke(main, ["--db", str(hostile.path), "review", "import", str(s)])
    assert r.exit_code == 3 and "(note): note has a control character U+001B" in r.output
