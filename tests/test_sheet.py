"""Review sheets: export, edit as a translator would, import; conflicts; decisions; LibreOffice."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from termsmith import harvest, ingest, reader, review, sheet
from termsmith.cli import main
from termsmith.errors import FormatError, ReviewError
from termsmith.model import Review, Usage
from termsmith.store import Filter, TermBase

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "sheet"
SOFFICE = shutil.which("soffice")


@pytest.fixture
def harvested(tb: TermBase, transcript: Path) -> TermBase:
    ingest.store(tb, harvest.run(reader.read(transcript)))
    return tb


def _rows(tb: TermBase) -> int:
    """How many rows a review sheet of ``tb`` has: one per English term."""
    return len(tb.rows(Filter(lang="en")))


def _ids(tb: TermBase, text: str) -> tuple[int, int]:
    """(concept id, term id) of an English term."""
    (cid, tid), = tb.find(text, lang="en")
    return cid, tid


def _term(tb: TermBase, text: str) -> Any:
    cid, tid = _ids(tb, text)
    return next(t for t in tb.get(cid, contexts=False).terms if t.id == tid)


def _edit(path: Path, edits: dict[int, dict[str, str | None]]) -> None:
    """Set cells of the rows of some term ids, by header name, as a reviewer would."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    col = {c.value: c.column for c in ws[1]}
    for row in ws.iter_rows(min_row=2):
        for name, value in edits.get(row[0].value, {}).items():
            ws.cell(row=row[0].row, column=col[name]).value = value
    wb.save(path)


def _row_of(path: Path, term_id: int) -> int:
    ws = openpyxl.load_workbook(path)["Review"]
    return next(r[0].row for r in ws.iter_rows(min_row=2) if r[0].value == term_id)


def _snapshot(tb: TermBase) -> list[Any]:
    return [(c, tb.history(c.id or 0)) for c in tb.concepts()]


# -- export -------------------------------------------------------------------------------


def test_export_xlsx_layout(harvested: TermBase, tmp_path: Path) -> None:
    cid, tid = _ids(harvested, "Water Tower of China")
    review.set_status(harvested, tid, Review.APPROVED, "wang")
    review.set_equivalent(harvested, cid, "中华水塔", "wang")
    out = tmp_path / "review.xlsx"
    n = sheet.export_sheet(harvested, out)
    english = [r for r in harvested.rows() if r.lang == "en"]
    assert n == len(english)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Review", "About"]
    ws = wb["Review"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == sheet.COLUMNS
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "D2"
    assert ws.auto_filter.ref == f"A1:O{n + 1}"
    (dv,) = ws.data_validations.dataValidation
    assert (dv.type, dv.formula1, str(dv.sqref)) == (
        "list", '"candidate,approved,rejected"', f"J2:J{n + 1}")
    assert ws.column_dimensions["O"].hidden
    assert ws["H2"].alignment.wrap_text
    # Candidates first, best score first; decided terms after them.
    statuses = [r[9] for r in rows[1:]]
    assert statuses[-1] == "approved" and set(statuses[:-1]) == {"candidate"}
    scores = [r[5] for r in rows[1:-1]]
    assert scores == sorted(scores, reverse=True)
    water = rows[-1]
    assert (water[0], water[1], water[2], water[8]) == (tid, cid, "Water Tower of China", "中华水塔")
    assert "«Water Tower of China»" in water[7]
    units = {r[2]: r for r in rows[1:]}
    assert units["mu"][4] == "about 200 hectares" and units["mu"][3] == "unit"
    # Column widths follow the content, capped; the context column is the widest.
    widths = {c: ws.column_dimensions[c].width for c in "ACH"}
    assert widths["A"] < widths["C"] <= widths["H"] <= 80


def test_cjk_counts_double_in_column_width(harvested: TermBase, tmp_path: Path) -> None:
    cid, _ = _ids(harvested, "Water Tower of China")
    review.set_equivalent(harvested, cid, "中" * 20, "wang")
    sheet.export_sheet(harvested, tmp_path / "s.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "s.xlsx")["Review"]
    assert ws.column_dimensions["I"].width == 42


def test_export_filters(harvested: TermBase, tmp_path: Path) -> None:
    _, tid = _ids(harvested, "clean energy plus")
    review.set_status(harvested, tid, Review.REJECTED, "wang")
    out = tmp_path / "s.csv"
    assert sheet.export_sheet(harvested, out, statuses=[Review.REJECTED]) == 1
    assert sheet.export_sheet(harvested, out, kinds=["unit"]) == 2
    assert sheet.export_sheet(harvested, out, min_score=0.9) == 6
    with pytest.raises(FormatError, match="xlsx or .csv"):
        sheet.export_sheet(harvested, tmp_path / "s.ods")


def test_export_csv_has_bom_and_the_same_rows(harvested: TermBase, tmp_path: Path) -> None:
    cid, _ = _ids(harvested, "Water Tower of China")
    review.set_equivalent(harvested, cid, "中华水塔", "wang")
    sheet.export_sheet(harvested, tmp_path / "s.xlsx")
    sheet.export_sheet(harvested, tmp_path / "s.csv")
    data = (tmp_path / "s.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfid,concept,English term,") and b"\r\n" in data
    from_csv = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    ws = openpyxl.load_workbook(tmp_path / "s.xlsx")["Review"]
    from_xlsx = [[sheet._text(v) for v in r] for r in ws.iter_rows(values_only=True)]
    assert from_csv == from_xlsx


def test_formula_like_text_stays_text(harvested: TermBase, tmp_path: Path) -> None:
    cid, _ = _ids(harvested, "Water Tower of China")
    harvested.update_concept(cid, "wang", note="=HYPERLINK(\"http://x\")")
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    ws = openpyxl.load_workbook(out)["Review"]
    cell = next(r[12] for r in ws.iter_rows(min_row=2) if r[1].value == cid)
    assert cell.data_type == "s"
    assert sheet.import_sheet(harvested, out, who="li").summary().endswith(
        f"0 edited, {_rows(harvested)} unchanged, 0 conflicts")


# -- import -------------------------------------------------------------------------------


def test_edit_and_import(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    water_c, water = _ids(harvested, "Water Tower of China")
    _, clean = _ids(harvested, "clean energy plus")
    _, degraded = _ids(harvested, "degraded grassland")
    park_c, park = _ids(harvested, "Sanjiangyuan National Park Administration")
    mu_c, _ = _ids(harvested, "mu")
    _edit(out, {
        water: {"status": "Approved", "Chinese equivalent": "中华水塔",
                "deprecate → use": "China's Water Tower"},
        clean: {"status": "rejected"},
        degraded: {"status": "rejected"},
        park: {"status": "approved", "Chinese equivalent": " 三江源国家公园管理局 ",
               "note": "Set up in 2018"},
        _ids(harvested, "mu")[1]: {"definition": "A Chinese unit of area, 1/15 hectare."},
    })
    n = _rows(harvested)
    result = sheet.import_sheet(harvested, out, who="wang")
    assert result.summary() == ("2 approved, 2 rejected, 0 reopened, 1 deprecated, 3 edited, "
                                f"{n - 5} unchanged, 0 conflicts")
    assert _term(harvested, "clean energy plus").review is Review.REJECTED
    w = harvested.get(water_c, contexts=False)
    en = {t.text: (t.review, t.usage) for t in w.section("en")}
    assert en == {"Water Tower of China": (Review.APPROVED, Usage.DEPRECATED),
                  "China's Water Tower": (Review.APPROVED, Usage.PREFERRED)}
    assert [(t.text, t.usage) for t in w.section("zh")] == [("中华水塔", Usage.PREFERRED)]
    p = harvested.get(park_c, contexts=False)
    assert p.note == "Set up in 2018" and p.section("zh")[0].text == "三江源国家公园管理局"
    assert harvested.get(mu_c).definition == "A Chinese unit of area, 1/15 hectare."
    hist = harvested.history(water_c)
    assert {c.who for c in hist} == {"wang"}
    assert ("review", "candidate", "approved") in [(c.field, c.old, c.new) for c in hist]
    # The same sheet again: nothing changes, nothing is recorded.
    before = _snapshot(harvested)
    again = sheet.import_sheet(harvested, out, who="wang")
    assert again.summary() == ("0 approved, 0 rejected, 0 reopened, 0 deprecated, 0 edited, "
                               f"{n} unchanged, 0 conflicts")
    assert _snapshot(harvested) == before
    # A fresh export of the result imports as unchanged too (one more row: the replacement).
    sheet.export_sheet(harvested, out)
    assert sheet.import_sheet(harvested, out, who="wang").unchanged == n + 1
    assert _snapshot(harvested) == before


def test_reopen_and_clear_note(harvested: TermBase, tmp_path: Path) -> None:
    cid, tid = _ids(harvested, "Water Tower of China")
    review.set_status(harvested, tid, Review.APPROVED, "wang")
    harvested.update_concept(cid, "wang", note="old note")
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    _edit(out, {tid: {"status": "candidate", "note": None}})
    result = sheet.import_sheet(harvested, out, who="li")
    assert (result.reopened, result.edited) == (1, 1)
    assert harvested.get(cid).note is None and _term(harvested, "Water Tower of China").review \
        is Review.CANDIDATE


def test_csv_round_trip_with_semicolons(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    sheet.export_sheet(harvested, out)
    _, tid = _ids(harvested, "clean energy plus")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    status = rows[0].index("status")
    for r in rows:
        if r[0] == str(tid):
            r[status] = "approved"
    # Excel in a comma-decimal locale saves CSV with ";" (and without a BOM).
    with open(out, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    assert sheet.import_sheet(harvested, out, who="wang").approved == 1
    assert _term(harvested, "clean energy plus").review is Review.APPROVED


def test_reordered_and_extra_columns(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    rows = list(openpyxl.load_workbook(out)["Review"].iter_rows(values_only=True))
    _, tid = _ids(harvested, "Qinghai")
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        shuffled = [r[14], r[9], "my remarks" if r[0] == "id" else "ok", *reversed(r[:9]),
                    *r[10:14]]
        ws.append(["approved" if r[0] == tid and i == 1 else v for i, v in enumerate(shuffled)])
    wb.save(out)
    result = sheet.import_sheet(harvested, out, who="wang")
    assert (result.approved, result.unchanged) == (1, _rows(harvested) - 1)
    assert _term(harvested, "Qinghai").review is Review.APPROVED


def test_dropped_columns_change_nothing(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    sheet.export_sheet(harvested, out)
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    with open(out, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([r[:3] + r[9:10] + r[13:] for r in rows])     # id … status, version
    assert sheet.import_sheet(harvested, out, who="wang").unchanged == _rows(harvested)


@pytest.mark.parametrize(("column", "value", "message"), [
    ("status", "aproved",
     "row {row}, column J (status): 'aproved' is not one of candidate, approved, rejected"),
    ("id", 99999, "row {row}, column A (id): no English term with id 99999"),
    ("id", "x12", "row {row}, column A (id): 'x12' is not a term id"),
    ("English term", None, "row {row}, column C (English term): the English term is blank"),
    ("English term", "Water Towers", "row {row}, column C (English term): 'Water Towers' is not term"),
    ("Chinese equivalent", "Water Tower",
     "row {row}, column I (Chinese equivalent): 'Water Tower' has no Chinese characters"),
    ("deprecate → use", "China's Water Tower",
     "row {row}, column K (deprecate → use): only an approved term can be deprecated"),
])
def test_invalid_cell_names_row_and_column(harvested: TermBase, tmp_path: Path, column: str,
                                           value: Any, message: str) -> None:
    out = tmp_path / "review.xlsx"
    sheet.export_sheet(harvested, out)
    _, water = _ids(harvested, "Water Tower of China")
    _, clean = _ids(harvested, "clean energy plus")
    row = _row_of(out, water)
    _edit(out, {water: {column: value}, clean: {"status": "approved"}})   # a valid edit too
    before = _snapshot(harvested)
    with pytest.raises(ReviewError) as e:
        sheet.import_sheet(harvested, out, who="wang")
    assert f"review.xlsx: {message.format(row=row)}" in str(e.value)
    assert str(e.value).endswith("review.xlsx: 1 invalid cell; nothing was imported")
    assert _snapshot(harvested) == before


def test_every_invalid_cell_is_listed(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    _, a = _ids(harvested, "Water Tower of China")
    _, b = _ids(harvested, "Qinghai")
    _edit(out, {a: {"status": "yes"}, b: {"status": "approved", "deprecate → use": "Qinghai"}})
    with pytest.raises(ReviewError) as e:
        sheet.import_sheet(harvested, out, who="wang")
    lines = str(e.value).splitlines()
    assert [ln.split(":")[1].strip() for ln in lines[:2]] == [
        f"row {_row_of(out, a)}, column J (status)", f"row {_row_of(out, b)}, column K (deprecate → use)"]
    assert "'Qinghai' is the term being deprecated" in lines[1]
    assert lines[2] == "s.xlsx: 2 invalid cells; nothing was imported"


def test_concept_rows_must_agree(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    _, scio = _ids(harvested, "SCIO")
    _, full = _ids(harvested, "State Council Information Office")
    _edit(out, {scio: {"Chinese equivalent": "国新办"},
                full: {"Chinese equivalent": "国务院新闻办公室"}})
    with pytest.raises(ReviewError, match="give both rows the same value"):
        sheet.import_sheet(harvested, out, who="wang")
    _edit(out, {scio: {"Chinese equivalent": "国务院新闻办公室"}})    # the same on both: fine
    assert sheet.import_sheet(harvested, out, who="wang").edited == 2


def test_bad_headers_and_files(harvested: TermBase, tmp_path: Path) -> None:
    bad = tmp_path / "s.csv"
    bad.write_text("term,status\nQinghai,approved\n", encoding="utf-8")
    with pytest.raises(ReviewError, match="row 1: no 'id' column"):
        sheet.import_sheet(harvested, bad, who="wang")
    fake = tmp_path / "s.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(FormatError, match="not a readable .xlsx"):
        sheet.import_sheet(harvested, fake, who="wang")


def test_new_row_without_id_is_refused(harvested: TermBase) -> None:
    with pytest.raises(ReviewError, match=r"row 2, column A \(id\): '' is empty: rows cannot be added"):
        sheet.import_sheet(harvested, DATA / "added-row.csv", who="wang")


# -- conflicts ----------------------------------------------------------------------------


def test_conflict_is_listed_not_applied_unless_forced(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    cid, tid = _ids(harvested, "Water Tower of China")
    _, clean = _ids(harvested, "clean energy plus")
    review.set_status(harvested, tid, Review.APPROVED, "li")          # after the export
    _edit(out, {tid: {"status": "rejected", "note": "not a term"}, clean: {"status": "approved"}})
    result = sheet.import_sheet(harvested, out, who="wang")
    assert (result.approved, result.rejected, result.edited) == (1, 0, 0)
    (conflict,) = result.conflicts
    at = harvested.history(cid)[-1].at
    assert conflict == (f"s.xlsx: row {_row_of(out, tid)}: #{cid} 'Water Tower of China' changed "
                        "in the term base since the export (status: sheet 'rejected', term base "
                        f"'approved', set by li at {at}); not applied")
    assert _term(harvested, "Water Tower of China").review is Review.APPROVED
    assert harvested.get(cid).note is None
    forced = sheet.import_sheet(harvested, out, who="wang", force=True)
    assert (forced.rejected, forced.edited, forced.conflicts) == (1, 1, [])
    assert _term(harvested, "Water Tower of China").review is Review.REJECTED
    assert harvested.get(cid).note == "not a term"


def test_conflict_names_who_changed_each_field_and_when(harvested: TermBase,
                                                       tmp_path: Path) -> None:
    """Two reviewers on one concept: the stale row is refused naming the colleague and the
    time of the change to that very field, not only that something moved."""
    out = tmp_path / "s.csv"
    sheet.export_sheet(harvested, out)
    cid, tid = _ids(harvested, "Water Tower of China")
    review.set_equivalent(harvested, cid, "中华水塔", "li")                 # after the export
    harvested.update_concept(cid, "zhou", note="the source region of three rivers")
    zh_at, note_at = (h.at for h in harvested.history(cid)[-2:])
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    head = rows[0]
    for r in rows:
        if r[0] == str(tid):
            r[head.index("Chinese equivalent")] = "水塔"
            r[head.index("note")] = "an epithet"
    with out.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    (conflict,) = sheet.import_sheet(harvested, out, who="wang").conflicts
    assert conflict.endswith(
        f"(Chinese equivalent: sheet '水塔', term base '中华水塔', set by li at {zh_at}; "
        f"note: sheet 'an epithet', term base 'the source region of three rivers', "
        f"set by zhou at {note_at}); not applied")
    c = harvested.get(cid)
    assert (c.note, c.section("zh")[0].text) == ("the source region of three rivers", "中华水塔")


def test_untouched_cells_never_revert_later_changes(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    cid, tid = _ids(harvested, "Water Tower of China")
    review.set_status(harvested, tid, Review.APPROVED, "li")          # after the export
    review.set_equivalent(harvested, cid, "中华水塔", "li")
    _edit(out, {tid: {"note": "Qinghai's epithet"}})                   # status, zh left alone
    result = sheet.import_sheet(harvested, out, who="wang", force=True)
    assert (result.edited, result.conflicts) == (1, [])
    c = harvested.get(cid)
    assert (c.note, c.terms[0].review, c.section("zh")[0].text) == (
        "Qinghai's epithet", Review.APPROVED, "中华水塔")


def test_change_made_while_a_sheet_is_imported_is_a_conflict(harvested: TermBase, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 11: the rows are judged against the concepts as read, then applied in one
    transaction that first checks each concept's version; a colleague's change in between
    makes that concept's rows conflicts (not applied, not overwritten); the rest is applied."""
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    cid, tid = _ids(harvested, "Water Tower of China")
    _, clean = _ids(harvested, "clean energy plus")
    _edit(out, {tid: {"note": "Qinghai's epithet"}, clean: {"status": "approved"}})
    judged = sheet._apply

    def colleague_first(tb: Any, *args: Any) -> Any:
        tb.update_concept(cid, "li", note="an epithet of Qinghai")      # between read and write
        return judged(tb, *args)

    monkeypatch.setattr(sheet, "_apply", colleague_first)
    result = sheet.import_sheet(harvested, out, who="wang", force=True)
    assert result.approved == 1 and result.edited == 0
    (conflict,) = result.conflicts
    assert conflict.startswith(f"s.xlsx: row {_row_of(out, tid)}: #{cid} 'Water Tower of China' ")
    assert "while the sheet was imported" in conflict and "li" in conflict
    assert harvested.get(cid).note == "an epithet of Qinghai"
    assert _term(harvested, "clean energy plus").review is Review.APPROVED


def test_chinese_typed_with_a_stray_space_or_mark_is_an_invalid_cell(harvested: TermBase,
                                                                     tmp_path: Path) -> None:
    """A translator's input method leaves a full-width space inside a term, or the term is
    copied from a sentence with its quotation marks or comma: refused, naming the cell,
    rather than approved as typed (a check would never find it in a Chinese text)."""
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    _, a = _ids(harvested, "Water Tower of China")
    _, b = _ids(harvested, "clean energy plus")
    _, c = _ids(harvested, "Qinghai")
    _edit(out, {a: {"Chinese equivalent": "中华\u3000水塔", "status": "approved"},
                b: {"Chinese equivalent": "“清洁能源+”"}, c: {"Chinese equivalent": "青海、"}})
    with pytest.raises(ReviewError) as e:
        sheet.import_sheet(harvested, out, who="wang")
    lines = str(e.value).splitlines()
    assert lines[-1] == "s.xlsx: 3 invalid cells; nothing was imported"
    assert sorted(ln.split(": ", 2)[2] for ln in lines[:-1]) == [
        "'“清洁能源+”' begins or ends with “ and ”; type the term without quotation marks "
        "or punctuation",
        "'中华 水塔' has a space between Chinese characters; remove it",
        "'青海、' begins or ends with 、; type the term without quotation marks or punctuation"]
    assert all(harvested.history(cid) == [] for cid, _ in
               (_ids(harvested, t) for t in ("Water Tower of China", "Qinghai")))


def test_deprecating_for_another_concepts_term_names_the_cell(harvested: TermBase,
                                                             tmp_path: Path) -> None:
    """Refused only when applied (it depends on the other concept): the error names the
    cell as a check beforehand would, and nothing of the sheet is imported."""
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    _, a = _ids(harvested, "Water Tower of China")
    _, b = _ids(harvested, "clean energy plus")
    _edit(out, {b: {"status": "approved"},
                a: {"status": "approved", "deprecate → use": "Sanjiangyuan National Park"}})
    with pytest.raises(ReviewError) as e:
        sheet.import_sheet(harvested, out, who="wang")
    assert str(e.value).startswith(
        f"s.xlsx: row {_row_of(out, a)}, column K (deprecate → use): 'Sanjiangyuan National "
        "Park' is already a term of concept #")
    assert str(e.value).endswith("; nothing was imported")
    assert _term(harvested, "clean energy plus").review is Review.CANDIDATE
    assert _term(harvested, "Water Tower of China").review is Review.CANDIDATE


def test_status_typed_in_full_width_letters_is_read(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    _, tid = _ids(harvested, "Qinghai")
    _edit(out, {tid: {"status": "Ｒｅｊｅｃｔｅｄ\u3000"}})
    assert sheet.import_sheet(harvested, out, who="wang").rejected == 1
    assert _term(harvested, "Qinghai").review is Review.REJECTED


def test_unreadable_csv_sheet_names_the_line(harvested: TermBase, tmp_path: Path) -> None:
    """A sheet saved in a legacy code page, or with a cell csv cannot read, is refused naming
    the line, as every other bad input is; nothing is imported."""
    _, tid = _ids(harvested, "Qinghai")
    latin = tmp_path / "latin.csv"
    latin.write_bytes(f"id,English term,note\n{tid},Qinghai,ok\n{tid},Qinghai,".encode()
                      + "caf\u00e9\n".encode("cp1252"))
    with pytest.raises(FormatError, match=r"^latin\.csv: line 3: not UTF-8 or UTF-16 \("):
        sheet.import_sheet(harvested, latin, who="wang")
    huge = tmp_path / "huge.csv"
    huge.write_text(f'id,English term,note\n{tid},Qinghai,"{"x" * 200_000}"\n', encoding="utf-8")
    with pytest.raises(FormatError, match=r"^huge\.csv: line 2: field larger than field limit"):
        sheet.import_sheet(harvested, huge, who="wang")
    assert harvested.history(_ids(harvested, "Qinghai")[0]) == []


def test_row_without_version_is_a_conflict_when_it_differs(harvested: TermBase,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "s.csv"
    _, tid = _ids(harvested, "Qinghai")
    out.write_text(f"id,English term,status\n{tid},Qinghai,rejected\n", encoding="utf-8")
    result = sheet.import_sheet(harvested, out, who="wang")
    assert len(result.conflicts) == 1 and _term(harvested, "Qinghai").review is Review.CANDIDATE
    assert sheet.import_sheet(harvested, out, who="wang", force=True).rejected == 1


# -- CLI ----------------------------------------------------------------------------------


def test_cli_export_import_decisions(tmp_path: Path, transcript: Path) -> None:
    db = str(tmp_path / "t.db")
    run = CliRunner().invoke
    assert run(main, ["--db", db, "harvest", str(transcript)]).exit_code == 0
    out = tmp_path / "s.xlsx"
    r = run(main, ["--db", db, "review", "export", str(out)])
    with TermBase(db) as tb:
        _, tid = _ids(tb, "Qinghai")
        n = _rows(tb)
    assert (r.exit_code, r.output) == (0, f"Wrote {n} rows to {out}.\n")
    _edit(out, {tid: {"status": "approved"}})
    r = run(main, ["--db", db, "review", "import", "--reviewer", "wang", str(out)])
    assert (r.exit_code, r.output) == (0, "1 approved, 0 rejected, 0 reopened, 0 deprecated, "
                                          f"0 edited, {n - 1} unchanged, 0 conflicts\n")
    # Someone rejects it in the term base; the stale sheet now says something else.
    assert run(main, ["--db", db, "edit", "Qinghai", "--status", "rejected"]).exit_code == 0
    r = run(main, ["--db", db, "review", "import", str(out)])     # the sheet still says approved
    assert r.exit_code == 1 and "1 conflicts" in r.stdout and "conflict: s.xlsx: row" in r.stderr
    _edit(out, {tid: {"status": "approve"}})
    r = run(main, ["--db", db, "review", "import", str(out)])
    assert r.exit_code == 3
    row = next(i for i, cells in enumerate(
        openpyxl.load_workbook(out)["Review"].iter_rows(values_only=True), start=1)
        if cells[0] == tid)
    assert r.output.startswith(f"Error: s.xlsx: row {row}, column J (status): 'approve' is not one of")
    decisions = tmp_path / "decisions.csv"
    r = run(main, ["--db", db, "review", "decisions", "-o", str(decisions)])
    assert (r.exit_code, r.output) == (0, f"Wrote 1 decisions to {decisions}.\n")
    header, row = decisions.read_text(encoding="utf-8").splitlines()
    assert header == "en,zh-Hans,kind,status,note,reviewer,date"
    with TermBase(db) as tb:
        t = _term(tb, "Qinghai")
    # "Qinghai province" in the speaker list makes it a place
    assert row == f"Qinghai,,place,rejected,,{t.modified_by},{t.modified}" and t.modified_by


# -- LibreOffice --------------------------------------------------------------------------


def _soffice(src: Path, target: str, outdir: Path, profile: Path) -> Path:
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed: cannot check the sheet opens in Calc "
                    "(apt-get install libreoffice-calc-nogui)")
    outdir.mkdir()
    # A profile of its own, so parallel test runs do not fight over ~/.config/libreoffice.
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=120,
                   env={**os.environ, "HOME": str(profile)})
    (result,) = outdir.iterdir()
    return result


@pytest.fixture
def cjk_sheet(harvested: TermBase, tmp_path: Path) -> Path:
    cid, tid = _ids(harvested, "Water Tower of China")
    review.set_status(harvested, tid, Review.APPROVED, "wang")
    review.set_equivalent(harvested, cid, "中华水塔", "wang")
    harvested.update_concept(cid, "wang", note="青海的别称; “Water Tower” 😀")
    out = tmp_path / "review.xlsx"
    sheet.export_sheet(harvested, out)
    return out


def test_libreoffice_reads_the_sheet_as_written(cjk_sheet: Path, tmp_path: Path) -> None:
    # 44,34,76: comma, double quote, UTF-8 (Calc's default is the system code page).
    got = _soffice(cjk_sheet, "csv:Text - txt - csv (StarCalc):44,34,76,1", tmp_path / "lo",
                   tmp_path / "profile")
    rows = list(csv.reader(got.read_text(encoding="utf-8").splitlines()))
    ws = openpyxl.load_workbook(cjk_sheet)["Review"]
    assert rows == [[sheet._text(v) for v in r] for r in ws.iter_rows(values_only=True)]
    assert any("中华水塔" in r and "青海的别称; “Water Tower” 😀" in r for r in rows)


def test_libreoffice_saved_sheet_imports_cleanly(cjk_sheet: Path, harvested: TermBase,
                                                 tmp_path: Path) -> None:
    got = _soffice(cjk_sheet, "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo", tmp_path / "profile")
    ws = openpyxl.load_workbook(got)["Review"]
    assert ws.data_validations.dataValidation and ws.column_dimensions["O"].hidden
    before = _snapshot(harvested)
    result = sheet.import_sheet(harvested, got, who="wang")
    assert result.summary() == ("0 approved, 0 rejected, 0 reopened, 0 deprecated, 0 edited, "
                                f"{_rows(harvested)} unchanged, 0 conflicts")
    assert _snapshot(harvested) == before


# -- print set-up, protection, marks, truthful About ---------------------------------------


def test_sheet_prints_landscape_one_page_wide_with_titles(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    n = sheet.export_sheet(harvested, out)
    ws = openpyxl.load_workbook(out)["Review"]
    assert (ws.page_setup.orientation, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (
        "landscape", 1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1" and ws.print_title_cols == "$A:$C"
    assert ws.print_area == [f"'Review'!$A$1:$N${n + 1}"] or ws.print_area == f"'Review'!$A$1:$N${n + 1}"
    assert ws.freeze_panes == "D2"          # the English term stays beside every column


def test_read_only_columns_are_shaded_and_protected(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    ws = openpyxl.load_workbook(out)["Review"]
    assert ws.protection.sheet and not ws.protection.autoFilter and not ws.protection.sort
    header = [c.value for c in ws[1]]
    shaded = {str(r.sqref) for r in ws.conditional_formatting for rule in r.rules
              if rule.dxf is not None and rule.dxf.fill is not None and rule.formula == ["TRUE"]}
    (ranges,) = shaded
    for cell, name in zip(ws[2], header, strict=True):
        editable = name in sheet.EDITABLE
        # A written cell carries its own protection; an empty one its column's.
        locked = cell.protection.locked if cell.value is not None else \
            ws.column_dimensions[cell.column_letter].protection.locked
        assert locked is not editable, name
        assert (f"{cell.column_letter}2:" in ranges) is not editable, name
        assert (ws.cell(1, cell.column).fill.fill_type == "solid") is not editable, name
    assert sheet.EDITABLE == {"Chinese equivalent", "status", "deprecate → use", "definition", "note"}


def test_the_term_is_marked_in_its_context_and_an_acronym_glossed_by_its_expansion(
        harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    ws = openpyxl.load_workbook(out, rich_text=True)["Review"]
    col = {c.value: c.column - 1 for c in ws[1]}
    rows = {r[col["English term"]].value: r for r in ws.iter_rows(min_row=2)}
    context = rows["Water Tower of China"][col["best context"]].value
    marked = [block for block in context if not isinstance(block, str)]
    assert [b.text for b in marked] == ["Water Tower of China"] and marked[0].font.b
    assert rows["SCIO"][col["gloss"]].value == "State Council Information Office"


def test_the_about_sheet_tells_how_conflicting_rows_are_applied(harvested: TermBase,
                                                                tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    about = " ".join(str(r[0]) for r in openpyxl.load_workbook(out)["About"].iter_rows(values_only=True))
    assert "all or nothing" not in about
    assert "nothing is imported" in about and "the rest is applied all the same" in about
    # ...and it is true: one row in conflict is left out, the other row applied.
    _, water = _ids(harvested, "Water Tower of China")
    _, clean = _ids(harvested, "clean energy plus")
    _edit(out, {water: {"status": "approved"}, clean: {"status": "rejected"}})
    review.set_status(harvested, water, Review.REJECTED, "li")      # changed since the export
    result = sheet.import_sheet(harvested, out, who="wang")
    assert len(result.conflicts) == 1 and result.rejected == 1
    assert _term(harvested, "Water Tower of China").review is Review.REJECTED
    assert _term(harvested, "clean energy plus").review is Review.REJECTED


def test_libreoffice_prints_the_sheet_one_page_wide(harvested: TermBase, tmp_path: Path) -> None:
    out = tmp_path / "s.xlsx"
    sheet.export_sheet(harvested, out)
    wb = openpyxl.load_workbook(out)            # the Review sheet alone (About prints a page too)
    del wb["About"]
    wb.save(tmp_path / "review-only.xlsx")
    pdf = _soffice(tmp_path / "review-only.xlsx", "pdf", tmp_path / "lo",
                   tmp_path / "profile").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf))
    # 14 English terms fit on one landscape page once every column is scaled to the width;
    # unscaled, the columns right of the context would go to further pages.
    assert pages == 1


# Aligned pairs in the genre's style, written for this test (a made-up county).
_MEMORY = [
    ("The county expanded its rural revitalisation fund.", "该县扩大了乡村振兴基金。"),
    ("The rural revitalisation fund now reaches every township.", "乡村振兴基金现已覆盖每个乡镇。"),
    ("Villages apply to the rural revitalisation fund each spring.", "各村每年春天申请乡村振兴基金。"),
    ("The fund's rules were published last year.", "基金规则去年公布。"),
]


def test_sheet_offers_the_memorys_suggestions_in_a_drop_down(tmp_path: Path) -> None:
    from termsmith.model import Concept, Term, TranslationUnit, Tuv

    out = tmp_path / "s.xlsx"
    with TermBase(tmp_path / "m.db") as tb:
        tb.add_units([TranslationUnit(variants=(Tuv("en", e), Tuv("zh-Hans", z)))
                      for e, z in _MEMORY], "county.tmx")
        tb.add_concept(Concept(terms=(Term("rural revitalisation fund"),), kind="name", score=0.9))
        tb.add_concept(Concept(terms=(Term("township"), Term("乡镇", lang="zh-Hans",
                                                             review=Review.APPROVED)),
                               kind="domain", score=0.5))
        assert sheet.export_sheet(tb, out) == 2
        assert sheet.export_sheet(tb, tmp_path / "none.xlsx", suggest=0) == 2
    ws = openpyxl.load_workbook(out)["Review"]
    rows = list(ws.iter_rows(values_only=True))
    col = rows[0].index("suggested from the memory")
    fund = next(r for r in rows if r[2] == "rural revitalisation fund")
    township = next(r for r in rows if r[2] == "township")
    assert str(fund[col]).startswith("乡村振兴基金 (3)")
    assert township[col] in (None, "")                  # it has its equivalent
    zh = openpyxl.utils.get_column_letter(rows[0].index("Chinese equivalent") + 1)
    row = rows.index(fund) + 1
    lists = [dv for dv in ws.data_validations.dataValidation if f"{zh}{row}" in dv.sqref]
    assert len(lists) == 1 and lists[0].formula1.startswith('"乡村振兴基金')
    assert not lists[0].showErrorMessage                # any other value may still be typed
    quiet = openpyxl.load_workbook(tmp_path / "none.xlsx")["Review"]
    assert all(not r[col] for r in list(quiet.iter_rows(values_only=True))[1:])


# -- a sheet big enough for the second process ------------------------------------------


def _many(tb: TermBase, n: int) -> None:
    """``n`` concepts of the genre, each with a context that marks its term."""
    from termsmith.model import Concept, Context, Term

    places = ("county", "prefecture", "border city", "river basin")
    with tb.transaction():
        for i in range(n):
            text = f"cold-chain logistics hub {i}"
            sentence = f"The {places[i % 4]} opened the {text} & its depot <east> last spring."
            start = sentence.index(text)
            tb.add_concept(Concept(
                terms=(Term(text, "en", contexts=(Context(sentence, "briefing.en.txt", i + 1, None,
                                                          start, start + len(text)),)),),
                kind="domain", score=0.5 + (i % 97) / 200,
                definition=f"  A hub for chilled goods, number {i}.\r\n" if i % 3 == 0 else None))


def _sheet_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml")


def test_a_big_sheet_written_beside_the_reading_is_the_same_and_imports(
        tb: TermBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    n = sheet._SAMPLE + 700          # past the sample: the rows go to a second process
    _many(tb, n)
    big = tmp_path / "big.xlsx"
    assert sheet.export_sheet(tb, big) == n
    # The same sheet written in one process (as a small sheet is) is byte for byte the same.
    monkeypatch.setattr(sheet, "_SAMPLE", 10 * n)
    one = tmp_path / "one.xlsx"
    assert sheet.export_sheet(tb, one) == n
    monkeypatch.undo()
    assert _sheet_xml(big) == _sheet_xml(one)
    ws = openpyxl.load_workbook(big)["Review"]
    assert ws.max_row == n + 1
    # A row the second process wrote: its cells, the term marked, the version made there.
    col = {c.value: c.column for c in ws[1]}
    last = n + 1
    text = str(ws.cell(row=last, column=col["English term"]).value)
    cid, tid = _ids(tb, text)
    assert ws.cell(row=last, column=1).value == tid
    context = ws.cell(row=last, column=col["best context"]).value
    assert f"«{text}»" in str(context) and "& its depot <east>" in str(context)
    assert str(ws.cell(row=last, column=col["version"]).value).startswith("v1 ")
    # Approving rows on both sides of the sample imports as decisions, the rest unchanged.
    _, early = _ids(tb, "cold-chain logistics hub 5")
    _edit(big, {early: {"status": "approved"}, tid: {"status": "approved",
                                                     "Chinese equivalent": "冷链物流枢纽"}})
    result = sheet.import_sheet(tb, big, who="li")
    assert result.summary() == ("2 approved, 0 rejected, 0 reopened, 0 deprecated, 1 edited, "
                                f"{n - 2} unchanged, 0 conflicts")
    assert [t.text for t in tb.get(cid, contexts=False).section("zh")] == ["冷链物流枢纽"]


def test_a_failure_in_the_row_writer_is_reported_not_hidden(
        tb: TermBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from termsmith import xlsxrows

    _many(tb, sheet._SAMPLE + 10)

    def broken(self: Any, number: int, values: Any) -> str:
        raise ValueError(f"row {number} cannot be written")

    monkeypatch.setattr(xlsxrows.RowWriter, "row", broken)
    out = tmp_path / "s.xlsx"
    with pytest.raises(RuntimeError, match="row writer failed: ValueError: row 2 cannot"):
        sheet.export_sheet(tb, out)
    assert not out.exists()              # nothing half-written is left behind
