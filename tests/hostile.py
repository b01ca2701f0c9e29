"""Hostile and broken inputs for the tests, generated here, never stored (issue 15).

Each function returns the bytes of one file; every one is small (at most about a
megabyte) and quick to make, yet shaped like the attack or breakage it stands for.
``python tests/hostile.py DIR`` writes them all into DIR to try by hand.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

TMX_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" '
            'o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>\n')


def tmx_entity_after_comment(comment: int = 70_000) -> bytes:
    """An entity declared after more comment than a byte scan of the head looks at."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- ' + "padding " * (comment // 8) + '-->\n'
            '<!DOCTYPE tmx [<!ENTITY ref "EXPANDED">]>\n' + TMX_HEAD[39:] +
            '<tu><tuv xml:lang="en"><seg>black &ref; soil</seg></tuv>'
            '<tuv xml:lang="zh-CN"><seg>黑土</seg></tuv></tu></body></tmx>\n').encode()


def tbx_entity_after_comment(comment: int = 70_000) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- ' + "padding " * (comment // 8) + '-->\n'
            '<!DOCTYPE martif [<!ENTITY ref "EXPANDED">]>\n'
            '<martif type="TBX-Basic" xml:lang="en"><text><body><termEntry id="c1">'
            '<langSet xml:lang="en"><tig><term>black &ref; soil</term></tig></langSet>'
            '</termEntry></body></text></martif>\n').encode()


def xliff_internal_entity() -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE xliff [<!ENTITY e "EXPANDED">]>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="a" source-language="en" target-language="zh-CN" datatype="plaintext">'
            '<body><trans-unit id="1"><source>black &e; soil</source><target>黑土</target>'
            '</trans-unit></body></file></xliff>\n').encode()


def xliff_without_file() -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8"?>\n'
            b'<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>\n')


def tmx_termsmith_empty_seg() -> bytes:
    """A unit shaped like termsmith's own (x-concept prop) with an empty English segment."""
    return (TMX_HEAD + '<tu tuid="c1-1"><prop type="x-concept">c1</prop>'
            '<tuv xml:lang="en"><seg></seg></tuv><tuv xml:lang="zh-CN"><seg>黑土</seg></tuv>'
            '</tu></body></tmx>\n').encode()


def tmx_concept_id(ident: str) -> bytes:
    return (TMX_HEAD + f'<tu tuid="u1"><prop type="x-concept">{ident}</prop>'
            '<tuv xml:lang="en"><seg>black soil</seg></tuv><tuv xml:lang="zh-CN"><seg>黑土</seg>'
            '</tuv></tu></body></tmx>\n').encode()


def tbx_concept_id(ident: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en"><text>'
            f'<body><termEntry id="{ident}"><langSet xml:lang="en"><tig><term>black soil</term>'
            '</tig></langSet></termEntry></body></text></martif>\n').encode()


def csv_concept_id(ident: str) -> bytes:
    return f"id,en,zh-CN\n{ident},black soil,黑土\n".encode()


def html_nested(depth: int = 5000) -> bytes:
    """A transcript page whose text sits 5,000 elements deep."""
    return ("<!DOCTYPE html><html><body>" + "<div>" * depth +
            "<p>Qinghai protects the Sanjiangyuan National Park and its grassland.</p>" +
            "</div>" * depth + "</body></html>").encode()


def _xlsx(sheet: str, shared: str | None = None) -> bytes:
    """A minimal workbook whose first sheet is ``sheet`` (and shared strings ``shared``)."""
    files = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' + ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' if shared else "") + "</Types>",
        "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Review" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' if shared else "") + "</Relationships>",
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared:
        files["xl/sharedStrings.xml"] = shared
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buf.getvalue()


_SHEET = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{dim}<sheetData>{rows}</sheetData></worksheet>'
_HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>English term</t></is></c></row>'


def xlsx_dimension_bomb() -> bytes:
    """6 KB that claims A1:XFD1048576 (17 billion cells)."""
    return _xlsx(_SHEET.format(dim='<dimension ref="A1:XFD1048576"/>', rows=_HEADER_ROW))


def xlsx_billion_laughs() -> bytes:
    laughs = "".join(f'<!ENTITY l{i} "{"&l" + str(i - 1) + ";" * 1}' * 1 + ("&l" + str(i - 1) + ";") * 9 + '">'
                     for i in range(1, 10))
    sheet = ('<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY l0 "ha">' + laughs + ']>'
             + _SHEET[len('<?xml version="1.0"?>'):].format(dim="", rows=_HEADER_ROW.replace(
                 "<t>id</t>", "<t>&l9;</t>")))
    return _xlsx(sheet)


def xlsx_bad_cell_reference() -> bytes:
    return _xlsx(_SHEET.format(dim="", rows='<row r="1"><c r="ZZZZ99999999" t="inlineStr"><is><t>id</t></is></c></row>'))


def xlsx_shared_string_out_of_range() -> bytes:
    sst = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>id</t></si></sst>'
    return _xlsx(_SHEET.format(dim="", rows='<row r="1"><c r="A1" t="s"><v>99999</v></c></row>'), sst)


def xlsx_malformed_sheet() -> bytes:
    return _xlsx('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"')


def xlsx_big_cell(size: int = 2_000_000) -> bytes:
    """One cell far beyond Excel's 32,767 characters (compresses to a few KB)."""
    return _xlsx(_SHEET.format(dim="", rows=_HEADER_ROW + f'<row r="2"><c r="A2" t="inlineStr"><is><t>{"x" * size}</t></is></c></row>'))


ALL: dict[str, Callable[[], bytes]] = {
    "entity-after-comment.tmx": tmx_entity_after_comment,
    "entity-after-comment.tbx": tbx_entity_after_comment,
    "internal-entity.xlf": xliff_internal_entity,
    "no-file.xlf": xliff_without_file,
    "termsmith-empty-seg.tmx": tmx_termsmith_empty_seg,
    "overflow-id.tmx": lambda: tmx_concept_id("c99999999999999999999999"),
    "overflow-id.tbx": lambda: tbx_concept_id("c" + "9" * 5000),
    "superscript-id.csv": lambda: csv_concept_id("²"),
    "nested-5000.html": html_nested,
    "dimension-bomb.xlsx": xlsx_dimension_bomb,
    "billion-laughs.xlsx": xlsx_billion_laughs,
    "bad-cell-reference.xlsx": xlsx_bad_cell_reference,
    "shared-string-out-of-range.xlsx": xlsx_shared_string_out_of_range,
    "malformed-sheet.xlsx": xlsx_malformed_sheet,
    "big-cell.xlsx": xlsx_big_cell,
}


def write_all(folder: Path) -> list[Path]:
    """Write every hostile file into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, make in ALL.items():
        (folder / name).write_bytes(make())
        out.append(folder / name)
    return out


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")):
        print(p, p.stat().st_size)
