"""A big worksheet's rows written as text, spliced into a workbook openpyxl wrote; and
a worksheet's rows read back as values, streamed (:func:`read_rows`).

openpyxl's write-only mode costs ~10 µs a plain cell and ~100 µs a rich-text one
(a cell object, a style look-up and an ``xmlfile`` element per cell): a
100,000-term review sheet (1.2 million cells) took 40 CPU-s (benchmarks/README.md).
Here openpyxl still writes the whole workbook (styles, column widths, protection,
print set-up, validation, the other sheets) with the header row only; the data rows
are made from fixed pieces per row shape around escaped values
(``xml.sax.saxutils.escape``, as libxml2 escapes text), streamed to a temporary file,
and put in the worksheet part between its last header cell and ``</sheetData>``.

The cells are the ones openpyxl would write (ECMA-376 Part 1, 18.3.1.4 ``c``): a
number as ``t="n"`` with ``%.16g`` (openpyxl's ``safe_string``), text as an inline
string (``t="inlineStr"``, ``xml:space="preserve"`` when it has surrounding
white space), never a formula; an empty value is no cell at all.

Reading: openpyxl's read-only mode builds an object per shared string, rich-text run and
font, and scans the whole sheet for its size when the sheet does not say it: a
100,000-row review sheet took 25-35 s and 400 MB to read (rich text in every row's
context cell). :func:`read_rows` reads the same values as openpyxl's
``load_workbook(read_only=True, data_only=True)`` and ``iter_rows(values_only=True)``
(openpyxl's own rules for numbers, dates and strings, its date and time functions) with
lxml's streaming parser, safely (no DTD, entities or network: :mod:`termsmith.formats._xml`).
"""

from __future__ import annotations

import io
import multiprocessing
import posixpath
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import IO, Any, TypeVar
from xml.sax.saxutils import escape

from lxml import etree

_END = b"</sheetData>"
T = TypeVar("T")


class Rich:
    """Text with one marked run (the term in its context): before, marked, after."""

    __slots__ = ("after", "before", "marked")

    def __init__(self, before: str, marked: str, after: str) -> None:
        self.before, self.marked, self.after = before, marked, after


# Text content escaped as libxml2 escapes it (the characters XML needs, and a carriage
# return as a reference so that a reader's line-end normalisation keeps it).
_ENTITIES = {"\r": "&#13;"}


def _t(value: str) -> str:
    """A ``<t>`` element holding ``value``."""
    text = escape(value, _ENTITIES)
    if value != value.strip():
        return f'<t xml:space="preserve">{text}</t>'
    return f"<t>{text}</t>"


class RowWriter:
    """``<row>`` elements for the data rows, without a namespace (the worksheet's default
    namespace applies once they are inside its ``<sheetData>``).

    Each row shape (which cells are empty, numbers, text or rich text) becomes a list of
    fixed pieces once; a row is its pieces joined around the cell references and the
    escaped values (``xml.sax.saxutils.escape``). Building lxml elements per row cost
    ~30 µs a row more: 3.5 of a 100,000-term sheet's 13.5 s (benchmarks/README.md)."""

    def __init__(self, columns: int, styles: Sequence[int | None], rich_style: int | None,
                 mark: etree._Element) -> None:
        """:param styles: each column's cell style id (``s``), None for none.
        :param rich_style: the style id of a :class:`Rich` cell.
        :param mark: the ``<rPr>`` of the marked run (from openpyxl's ``InlineFont``)."""
        from openpyxl.utils import get_column_letter

        self.letters = [get_column_letter(i + 1) for i in range(columns)]
        self.styles = list(styles)
        self.rich_style = rich_style
        self.mark = etree.tostring(mark, encoding="unicode")
        self._shapes: dict[tuple[str, ...], list[tuple[int, str, str, str]]] = {}

    def _template(self, shape: tuple[str, ...]) -> list[tuple[int, str, str, str]]:
        """Per cell of a row of these kinds ("" none, "n" number, "s" text, "r" rich): its
        index, kind, the text before its row number and the text between that and its value
        (attributes in openpyxl's order: ``r``, ``s``, ``t``)."""
        slots = []
        for i, kind in enumerate(shape):
            if not kind:
                continue
            style = self.rich_style if kind == "r" else self.styles[i]
            s = "" if style is None else f' s="{style}"'
            if kind == "n":
                slots.append((i, kind, f'<c r="{self.letters[i]}', f'"{s} t="n"><v>'))
            else:
                slots.append((i, kind, f'<c r="{self.letters[i]}', f'"{s} t="inlineStr"><is>'))
        return slots

    def row(self, number: int, values: Sequence[Any]) -> str:
        """Row ``number`` (1-based) of these cell values, serialised."""
        shape = tuple("" if v is None or v == "" else "r" if isinstance(v, Rich)
                      else "n" if isinstance(v, int | float) and not isinstance(v, bool) else "s"
                      for v in values)
        slots = self._shapes.get(shape)
        if slots is None:
            slots = self._shapes[shape] = self._template(shape)
        suffix = str(number)
        out = [f'<row r="{suffix}">']
        for i, kind, head, mid in slots:
            v = values[i]
            if kind == "s":
                out += (head, suffix, mid, _t(str(v)), "</is></c>")
            elif kind == "n":
                out += (head, suffix, mid, f"{v:.16g}", "</v></c>")   # openpyxl's safe_string
            else:
                out += (head, suffix, mid, "<r>", _t(v.before), "</r><r>", self.mark,
                        _t(v.marked), "</r><r>", _t(v.after), "</r></is></c>")
        out.append("</row>")
        return "".join(out)


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


def write_all(writer: RowWriter, rows: Iterable[Sequence[Any]], out: IO[bytes], first: int,
              prepare: Callable[[int, Any], Sequence[Any]] | None = None) -> int:
    """Serialise ``rows`` into ``out`` as rows ``first``, ``first + 1``, …; return how many.
    ``prepare(number, row)``, if given, turns each row into the cells written."""
    n = 0
    buf: list[str] = []
    for n, values in enumerate(rows, 1):
        number = first + n - 1
        buf.append(writer.row(number, values if prepare is None else prepare(number, values)))
        if len(buf) >= 512:
            out.write("".join(buf).encode("utf-8"))
            buf.clear()
    out.write("".join(buf).encode("utf-8"))
    return n


_BATCH = 500        # rows sent to the worker at a time


def _received(conn: Any) -> Iterator[Any]:
    while (batch := conn.recv()) is not None:
        yield from batch


def write_beside(writer: RowWriter, rows: Iterable[Sequence[Any]], out: IO[bytes], first: int,
                 prepare: Callable[[int, Any], Sequence[Any]],
                 result: Callable[[], T]) -> tuple[int, T]:
    """:func:`write_all` done by a forked worker process while this one makes the rows (a
    generator reading a term base, say), so that the two take a core each. Rows go to the
    worker in batches through a pipe (memory stays flat); ``out`` must be a real file,
    which the worker writes and flushes. Returns how many rows were written and what
    ``result()`` gives in the worker afterwards (what ``prepare`` recorded). Without
    ``fork`` (Windows, macOS' default), everything is done here."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return write_all(writer, rows, out, first, prepare), result()
    ctx = multiprocessing.get_context("fork")
    rows_in, rows_out = ctx.Pipe(duplex=False)
    back_in, back_out = ctx.Pipe(duplex=False)

    def work() -> None:
        rows_out.close()            # so that the parent's end closing is seen as EOF
        back_in.close()
        try:
            n = write_all(writer, _received(rows_in), out, first, prepare)
            out.flush()
            back_out.send((None, n, result()))
        except EOFError:
            pass                    # the parent stopped (its own error is reported there)
        except BaseException as e:  # noqa: BLE001 - reported by the parent, whatever it was
            back_out.send((f"{type(e).__name__}: {e}", 0, None))

    proc = ctx.Process(target=work, name="termsmith-rows", daemon=True)
    proc.start()
    rows_in.close()
    back_out.close()
    try:
        try:
            batch: list[Any] = []
            for values in rows:
                batch.append(values)
                if len(batch) >= _BATCH:
                    rows_out.send(batch)
                    batch = []
            if batch:
                rows_out.send(batch)
            rows_out.send(None)
        except (BrokenPipeError, ConnectionResetError):
            pass                    # the worker stopped: what it says is read below
        try:
            error, n, found = back_in.recv()
        except EOFError:
            raise RuntimeError(f"the row writer stopped (exit status {proc.exitcode})") from None
        if error is not None:
            raise RuntimeError(f"the row writer failed: {error}")
        return n, found
    finally:
        rows_out.close()
        back_in.close()
        proc.join(30)
        if proc.is_alive():
            proc.kill()
            proc.join()


# -- reading ----------------------------------------------------------------------------

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# The last column and row a worksheet can have (Excel's XFD1048576).
LAST_COLUMN = 16_384
LAST_ROW = 1_048_576


def read_rows(path: str | Any, *, sheet: str, width: int,
              trim: bool = False) -> Iterator[tuple[int, list[Any]]]:
    """(row number, the first ``width`` cells' values) of every row of the worksheet named
    ``sheet`` (else the first), from row 1 to the last row, empty rows included: the
    values openpyxl gives read-only with ``data_only`` (a formula's cached value), each
    row padded with None to ``width``; with ``trim``, each row only up to its last cell
    (an empty row empty).

    A workbook that is broken or hostile raises ``ValueError``, ``KeyError``,
    ``IndexError`` or :class:`~termsmith.errors.FormatError` (malformed XML, with its
    part, line and column; a DTD): the caller says which file.
    """
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

    with zipfile.ZipFile(path) as z:
        book_part = _office_document(z)
        book = _parse(z, book_part)
        rels = _relationships(z, book_part)
        sheets = [(s.get("name"), s.get(f"{_DOC_REL}id")) for s in book.iter(f"{_MAIN}sheet")]
        if not sheets:
            raise ValueError("the workbook has no worksheet")
        rid = next((r for name, r in sheets if name == sheet), sheets[0][1])
        if rid not in rels:
            raise KeyError(f"no part for worksheet relationship {rid!r}")
        pr = book.find(f"{_MAIN}workbookPr")
        epoch = CALENDAR_MAC_1904 if pr is not None and pr.get("date1904") in ("1", "true") \
            else CALENDAR_WINDOWS_1900
        shared: list[str] = []
        dates: frozenset[int] = frozenset()
        durations: frozenset[int] = frozenset()
        for kind, part in rels.values():
            if kind.endswith("/sharedStrings"):
                shared = _shared_strings(z, part)
            elif kind.endswith("/styles"):
                dates, durations = _date_styles(z, part)
        yield from _rows(z, rels[rid][1], shared, dates, durations, epoch, width, trim)


def _office_document(z: zipfile.ZipFile) -> str:
    """The workbook part the package's relationships name (``xl/workbook.xml``)."""
    if "_rels/.rels" in z.namelist():
        for r in _parse(z, "_rels/.rels").iter(f"{_PKG_REL}Relationship"):
            if (r.get("Type") or "").endswith("/officeDocument"):
                return posixpath.normpath((r.get("Target") or "").lstrip("/"))
    return "xl/workbook.xml"


def _relationships(z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (type, the target part's name in the package)."""
    folder, name = posixpath.split(part)
    rels_part = posixpath.join(folder, "_rels", name + ".rels")
    if rels_part not in z.namelist():
        return {}
    out = {}
    for r in _parse(z, rels_part).iter(f"{_PKG_REL}Relationship"):
        target = r.get("Target") or ""
        if r.get("TargetMode") == "External":
            continue
        full = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        out[r.get("Id") or ""] = (r.get("Type") or "", posixpath.normpath(full))
    return out


def _parse(z: zipfile.ZipFile, part: str) -> Any:
    from termsmith.formats._xml import parse_bytes

    return parse_bytes(z.read(part), part, fmt="xlsx").getroot()


_T = f"{_MAIN}t"
_R = f"{_MAIN}r"


def _text(el: Any) -> str:
    """openpyxl's ``Text.from_tree(el).content``: the plain ``<t>`` and every run's ``<t>``
    (phonetic runs, ``<rPh>``, left out)."""
    parts = []
    for child in el:
        tag = child.tag
        if tag == _T:
            if child.text:
                parts.append(child.text)
        elif tag == _R:
            t = child.find(_T)
            if t is not None and t.text:
                parts.append(t.text)
    return "".join(parts)


def _shared_strings(z: zipfile.ZipFile, part: str) -> list[str]:
    from termsmith.formats._xml import iterparse

    out = []
    with z.open(part) as f:
        for _, si in iterparse(f, (f"{_MAIN}si",), fmt=f"xlsx: {part}", events=("end",)):
            out.append(_text(si).replace("x005F_", ""))     # as openpyxl's read_string_table
            si.clear()
    return out


def _date_styles(z: zipfile.ZipFile, part: str) -> tuple[frozenset[int], frozenset[int]]:
    """The cell styles (indexes of ``cellXfs``) whose number format is a date, and those
    that are a duration, as openpyxl's ``Stylesheet._normalise_numbers`` tells them."""
    from openpyxl.styles.numbers import builtin_format_code, is_date_format, is_timedelta_format

    root = _parse(z, part)
    custom = {int(n.get("numFmtId", "-1")): n.get("formatCode") or ""
              for n in root.iterfind(f"{_MAIN}numFmts/{_MAIN}numFmt")}
    dates, durations = set(), set()
    xfs = root.find(f"{_MAIN}cellXfs")
    for i, xf in enumerate(xfs.iterfind(f"{_MAIN}xf") if xfs is not None else ()):
        fid = int(xf.get("numFmtId", "0"))
        fmt = custom[fid] if fid in custom else builtin_format_code(fid)
        if fmt and is_date_format(fmt):
            dates.add(i)
        if fmt and is_timedelta_format(fmt):
            durations.add(i)
    return frozenset(dates), frozenset(durations)


def _number(text: str) -> int | float:
    """openpyxl's ``_cast_number``."""
    return float(text) if "." in text or "E" in text or "e" in text else int(text)


def _rows(z: zipfile.ZipFile, part: str, shared: list[str], dates: frozenset[int],
          durations: frozenset[int], epoch: Any, width: int,
          trim: bool = False) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl.utils.cell import coordinate_to_tuple
    from openpyxl.utils.datetime import from_excel, from_ISO8601

    from termsmith.formats._xml import iterparse

    done = 0                                # rows yielded so far (numbered from 1)
    number = 0
    columns: dict[str, int] = {}            # column letters -> number, as met
    v_tag, is_tag, c_tag = f"{_MAIN}v", f"{_MAIN}is", f"{_MAIN}c"
    with z.open(part) as f:
        for _, row in iterparse(f, (f"{_MAIN}row",), fmt=f"xlsx: {part}", events=("end",)):
            r = row.get("r")
            number = int(float(r)) if r is not None else number + 1
            if not 1 <= number <= LAST_ROW:
                raise ValueError(f"row number {r!r} out of range")
            if number <= done:
                row.clear()
                continue                            # (a row out of order: openpyxl skips it)
            values: list[Any] = [None] * width
            column = last = 0
            for c in row:
                if c.tag != c_tag:
                    continue
                ref = c.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")
                    column = columns.get(letters, 0) if letters != ref else 0
                    if not column:
                        column = columns[letters] = coordinate_to_tuple(ref)[1]
                else:
                    column += 1
                if column > LAST_COLUMN:
                    raise ValueError(f"cell {ref!r} beyond column XFD")
                if column > width:
                    continue
                kind = c.get("t", "n")
                value: Any = None
                v = inline = None
                for child in c:
                    if child.tag == v_tag:
                        v = child.text
                    elif child.tag == is_tag:
                        inline = child
                if kind == "inlineStr":
                    value = _text(inline) if inline is not None else None
                elif v:
                    if kind == "n":
                        value = _number(v)
                        style = int(c.get("s") or 0)
                        if style in dates:
                            try:
                                value = from_excel(value, epoch, timedelta=style in durations)
                            except (OverflowError, ValueError):
                                value = "#VALUE!"
                    elif kind == "s":
                        value = shared[int(v)]
                    elif kind == "b":
                        value = bool(int(v))
                    elif kind == "d":
                        value = from_ISO8601(v)
                    else:                           # "str" (a formula's text), "e" (an error)
                        value = v
                values[column - 1] = value
                if column > last:
                    last = column
            row.clear()
            while done < number - 1:                # rows the sheet leaves out are empty
                done += 1
                yield done, [] if trim else [None] * width
            done = number
            yield number, values[:last] if trim else values
