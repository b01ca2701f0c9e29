"""xlsxrows.read_rows reads a worksheet's values as openpyxl reads them (read-only, cached
values), streamed: openpyxl is the reference here, on workbooks it writes and on parts
written by hand the way Excel and LibreOffice write them (shared strings with rich runs
and phonetic guides, inline strings, rows and cells without numbers, gaps)."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from termsmith.xlsxrows import read_rows

sys.path.insert(0, str(Path(__file__).parent))
import hostile  # noqa: E402

WIDTH = 12


def openpyxl_rows(path: Path | io.BytesIO, sheet: str = "Review") -> list[tuple[int, list[Any]]]:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    ws = wb[sheet] if sheet in wb.sheetnames else wb.worksheets[0]
    ws.reset_dimensions()
    out = [(i, list(r)) for i, r in enumerate(ws.iter_rows(values_only=True, max_col=WIDTH), 1)]
    wb.close()
    return out


def ours(path: Path | io.BytesIO, sheet: str = "Review") -> list[tuple[int, list[Any]]]:
    return list(read_rows(path, sheet=sheet, width=WIDTH))


def test_a_review_sheet_of_the_genre_reads_as_openpyxl_reads_it(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    about = wb.active
    about.title = "About"
    about["A1"] = "How to fill in this sheet"
    ws = wb.create_sheet("Review")                  # not the first sheet: found by its name
    ws.append(["id", "concept", "English term", "score", "best context", "Chinese equivalent",
               "status", "reviewed on", "duration", "approved?"])
    marked = CellRichText(["Heilongjiang will build the ",
                           TextBlock(InlineFont(b=True), "Leading Wild Goose"), " program."])
    ws.append([12, 7, "Leading Wild Goose", 0.85, marked, "领头雁", "approved",
               dt.datetime(2024, 4, 26, 15, 0), dt.timedelta(hours=2, minutes=30), True])
    ws.append([13, 7, "black soil", 1.0, "protect black soil", "黑土地", "candidate", None, None,
               False])
    ws.append([])                                   # an empty row in the middle
    ws.append([14, 8, "  mu  ", 1e-7, "=not a formula", "亩", None, dt.date(2024, 1, 1)])
    ws["J5"] = "=SUM(A2:A3)"                        # a formula: no cached value is written
    ws["H5"].number_format = "yyyy-mm-dd"
    path = tmp_path / "review.xlsx"
    wb.save(path)
    assert ours(path) == openpyxl_rows(path)
    got = dict(ours(path))
    assert got[2][:7] == [12, 7, "Leading Wild Goose", 0.85,
                          "Heilongjiang will build the Leading Wild Goose program.", "领头雁",
                          "approved"]
    assert got[2][7] == dt.datetime(2024, 4, 26, 15, 0) and got[2][9] is True
    assert got[4] == [None] * WIDTH and got[5][2] == "  mu  "


cell = st.one_of(
    st.none(),
    st.integers(-10**12, 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.sampled_from(["草原", "Sanjiangyuan National Park", " leading ", "x005F_x", "&<>\"'"]),
    st.datetimes(min_value=dt.datetime(1901, 1, 1), max_value=dt.datetime(2099, 12, 31)).map(
        lambda d: d.replace(microsecond=0)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cell, max_size=WIDTH + 3), max_size=12), st.booleans())
def test_any_grid_openpyxl_writes_reads_the_same(grid: list[list[Any]], mac: bool) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Review"
    if mac:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for row in grid:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    assert ours(io.BytesIO(buf.getvalue())) == openpyxl_rows(io.BytesIO(buf.getvalue()))
    _trimmed_as_padded(buf.getvalue())


def _trimmed_as_padded(data: bytes) -> None:
    """Rows read trimmed (what the review import asks for) are the padded rows up to their
    last cell: what is cut is empty."""
    padded = ours(io.BytesIO(data))
    trimmed = list(read_rows(io.BytesIO(data), sheet="Review", width=WIDTH, trim=True))
    assert [i for i, _ in trimmed] == [i for i, _ in padded]
    for (_, t), (_, p) in zip(trimmed, padded, strict=True):
        assert p[:len(t)] == t and all(v is None for v in p[len(t):])


_SST = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<si><t>id</t></si><si><t>English term</t></si>'
        '<si><r><rPr><b/></rPr><t>Qinghai</t></r><r><t xml:space="preserve"> Lake</t></r>'
        '<rPh sb="0" eb="1"><t>ignored</t></rPh></si>'
        '<si><t>x005F_x000D_ kept as openpyxl keeps it</t></si></sst>')
_ROWS = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
         '<row><c t="n"><v>3</v></c><c t="s"><v>2</v></c></row>'          # no numbers: counted
         '<row r="5"><c r="B5" t="s"><v>3</v></c><c r="C5" t="str"><v>computed</v></c>'
         '<c r="D5" t="e"><v>#N/A</v></c><c r="E5" t="inlineStr"><is><t>inline</t></is></c>'
         '<c r="F5"/><c r="G5" t="d"><v>2024-04-26T10:00:00</v></c><c r="Z5" t="n"><v>9</v></c></row>'
         '<row r="4"><c r="A4"><v>1</v></c></row>')                          # out of order
_HAND = hostile._SHEET.format(dim='<dimension ref="A1:XFD1048576"/>', rows=_ROWS)


def test_parts_written_by_hand_read_as_openpyxl_reads_them() -> None:
    data = hostile._xlsx(_HAND, _SST)
    assert ours(io.BytesIO(data)) == openpyxl_rows(io.BytesIO(data))
    got = dict(ours(io.BytesIO(data)))
    assert got[2][:2] == [3, "Qinghai Lake"]        # runs joined, the phonetic guide left out
    assert got[5][1:5] == ["x000D_ kept as openpyxl keeps it", "computed", "#N/A", "inline"]
    assert got[3] == got[4] == [None] * WIDTH       # the gap; the late row 4 skipped
    _trimmed_as_padded(data)
    trimmed = dict(read_rows(io.BytesIO(data), sheet="Review", width=WIDTH, trim=True))
    assert trimmed[3] == trimmed[4] == [] and len(trimmed[1]) == 2
    assert len(trimmed[5]) == 7                     # to G5: Z5 is beyond the width read


@pytest.mark.parametrize("name", ["bad-cell-reference.xlsx", "shared-string-out-of-range.xlsx",
                                  "malformed-sheet.xlsx", "billion-laughs.xlsx"])
def test_broken_or_hostile_workbooks_raise(name: str) -> None:
    """Each raises (the review import says which file, in one line: test_hostile.py)."""
    with pytest.raises(Exception):  # noqa: B017, PT011 - whatever openpyxl would raise, or ours
        ours(io.BytesIO(hostile.ALL[name]()))


def test_a_dtd_is_refused_with_its_part_and_line() -> None:
    from termsmith.errors import FormatError

    with pytest.raises(FormatError, match=r"xl/worksheets/sheet1.xml.*line 1.*declares XML entities"):
        ours(io.BytesIO(hostile.ALL["billion-laughs.xlsx"]()))


def test_a_row_beyond_the_last_is_refused_before_any_gap_is_filled() -> None:
    data = hostile._xlsx(hostile._SHEET.format(dim="", rows=hostile._HEADER_ROW
                                               + '<row r="99999999"><c r="A99999999"><v>1</v></c></row>'))
    rows = read_rows(io.BytesIO(data), sheet="Review", width=WIDTH)
    assert next(rows)[0] == 1
    with pytest.raises(ValueError, match="out of range"):
        next(rows)
