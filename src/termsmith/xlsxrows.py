"""A big worksheet's rows written by lxml, spliced into a workbook openpyxl wrote.

openpyxl's write-only mode costs ~10 µs a plain cell and ~100 µs a rich-text one
(a cell object, a style look-up and an ``xmlfile`` element per cell): a
100,000-term review sheet (1.2 million cells) took 40 CPU-s (benchmarks/README.md).
Here openpyxl still writes the whole workbook (styles, column widths, protection,
print set-up, validation, the other sheets) with the header row only; the data rows
are lxml elements, one template per row shape refilled and serialised (the TMX
writer's technique), streamed to a temporary file, and put in the worksheet part
between its last header cell and ``</sheetData>``. lxml does all the escaping.

The cells are the ones openpyxl would write (ECMA-376 Part 1, 18.3.1.4 ``c``): a
number as ``t="n"`` with ``%.16g`` (openpyxl's ``safe_string``), text as an inline
string (``t="inlineStr"``, ``xml:space="preserve"`` when it has surrounding
white space), never a formula; an empty value is no cell at all.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from typing import IO, Any

from lxml import etree

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_END = b"</sheetData>"


class Rich:
    """Text with one marked run (the term in its context): before, marked, after."""

    __slots__ = ("after", "before", "marked")

    def __init__(self, before: str, marked: str, after: str) -> None:
        self.before, self.marked, self.after = before, marked, after


def _text(el: etree._Element, value: str) -> None:
    el.text = value
    if value != value.strip():
        el.set(_XML_SPACE, "preserve")
    elif _XML_SPACE in el.attrib:
        del el.attrib[_XML_SPACE]


class RowWriter:
    """``<row>`` elements for the data rows, without a namespace (the worksheet's default
    namespace applies once they are inside its ``<sheetData>``)."""

    def __init__(self, columns: int, styles: Sequence[int | None], rich_style: int | None,
                 mark: etree._Element) -> None:
        """:param styles: each column's cell style id (``s``), None for none.
        :param rich_style: the style id of a :class:`Rich` cell.
        :param mark: the ``<rPr>`` of the marked run (from openpyxl's ``InlineFont``)."""
        from openpyxl.utils import get_column_letter

        self.letters = [get_column_letter(i + 1) for i in range(columns)]
        self.styles = list(styles)
        self.rich_style = rich_style
        self.mark = mark
        self._shapes: dict[tuple[str, ...], tuple[etree._Element, list[Any]]] = {}

    def _template(self, shape: tuple[str, ...]) -> tuple[etree._Element, list[Any]]:
        """A ``<row>`` for cells of these kinds ("" none, "n" number, "s" text, "r" rich),
        and per cell (index, ``c`` element, kind, the elements that take its text)."""
        row = etree.Element("row", r="")
        slots: list[Any] = []
        for i, kind in enumerate(shape):
            if not kind:
                continue
            c = etree.SubElement(row, "c", r="")          # attributes in openpyxl's order
            style = self.rich_style if kind == "r" else self.styles[i]
            if style is not None:
                c.set("s", str(style))
            if kind == "n":
                c.set("t", "n")
                slots.append((i, c, kind, (etree.SubElement(c, "v"),)))
                continue
            c.set("t", "inlineStr")
            inline = etree.SubElement(c, "is")
            if kind == "s":
                slots.append((i, c, kind, (etree.SubElement(inline, "t"),)))
                continue
            texts = []
            for marked in (False, True, False):
                run = etree.SubElement(inline, "r")
                if marked:
                    run.append(etree.fromstring(etree.tostring(self.mark)))
                texts.append(etree.SubElement(run, "t"))
            slots.append((i, c, kind, tuple(texts)))
        return row, slots

    def row(self, number: int, values: Sequence[Any]) -> bytes:
        """Row ``number`` (1-based) of these cell values, serialised."""
        shape = tuple("" if v is None or v == "" else "r" if isinstance(v, Rich)
                      else "n" if isinstance(v, int | float) and not isinstance(v, bool) else "s"
                      for v in values)
        got = self._shapes.get(shape)
        if got is None:
            got = self._shapes[shape] = self._template(shape)
        row, slots = got
        suffix = str(number)
        row.set("r", suffix)
        for i, c, kind, texts in slots:
            c.set("r", self.letters[i] + suffix)
            v = values[i]
            if kind == "r":
                for el, part in zip(texts, (v.before, v.marked, v.after), strict=True):
                    _text(el, part)
            elif kind == "n":
                texts[0].text = f"{v:.16g}"         # openpyxl's safe_string
            else:
                _text(texts[0], str(v))
        return bytes(etree.tostring(row, encoding="utf-8"))


def splice(workbook: bytes, part: str, rows: IO[bytes], dest: IO[bytes]) -> None:
    """Write ``workbook`` (an .xlsx openpyxl saved) to ``dest`` with the serialised ``rows``
    added at the end of worksheet ``part``'s ``<sheetData>``."""
    # Compressed fast (level 1: several times quicker than the default, the file ~15 %
    # bigger); the parts besides the rows are small.
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, \
            zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != part:
                out.writestr(info, data)
                continue
            at = data.rfind(_END)
            if at < 0:
                raise ValueError(f"{part}: no </sheetData> to add rows to")
            target = zipfile.ZipInfo(info.filename, date_time=info.date_time)
            target.compress_type = zipfile.ZIP_DEFLATED
            with out.open(target, "w", force_zip64=True) as w:
                w.write(data[:at])
                rows.seek(0)
                shutil.copyfileobj(rows, w, 1 << 20)
                w.write(data[at:])


def spool() -> IO[bytes]:
    """A temporary file for the serialised rows (removed when closed)."""
    return tempfile.TemporaryFile(prefix="termsmith-rows-")


def write_all(writer: RowWriter, rows: Iterable[Sequence[Any]], out: IO[bytes], first: int) -> int:
    """Serialise ``rows`` into ``out`` as rows ``first``, ``first + 1``, …; return how many."""
    n = 0
    buf: list[bytes] = []
    for n, values in enumerate(rows, 1):
        buf.append(writer.row(first + n - 1, values))
        if len(buf) >= 512:
            out.write(b"".join(buf))
            buf.clear()
    out.write(b"".join(buf))
    return n
