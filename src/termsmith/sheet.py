"""Review sheets: the term base as a spreadsheet a translator fills in, and back again.

:func:`export_sheet` writes one row per English term (``.xlsx`` or ``.csv``);
:func:`import_sheet` reads the sheet back, validates every row first (one bad
cell: :class:`~termsmith.errors.ReviewError` naming each row and column, and
nothing is applied), then applies the cells the reviewer changed through
:mod:`termsmith.review` in one transaction. (The decisions file is :mod:`termsmith.decisions`.)

Conflicts. The last column, ``version`` (hidden in ``.xlsx``), holds the term's
and the concept's ``modified`` stamps at export and a short fingerprint of each
editable cell as exported. A cell is *edited* when its fingerprint no longer
matches; the term base has *moved* when the current value's fingerprint does
not. An edited cell whose field also moved (and now differs) is a conflict,
applied only with ``force``; a cell the reviewer left alone never reverts what
someone changed in the term base after the export. Fingerprints rather than the
stamps alone decide, because stamps have one-second resolution and change with
any field of the concept.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import hashlib
import io
import itertools
import unicodedata
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from termsmith import inputs, review
from termsmith.errors import ConflictError, FormatError, ReviewError
from termsmith.exchange import write_atomic
from termsmith.model import Change, Concept, Context, Review, Term, TermRow, TermType, Usage
from termsmith.store import Store

COLUMNS = ("id", "concept", "English term", "kind", "gloss", "score", "occurrences",
           "best context", "Chinese equivalent", "status", "deprecate → use", "definition",
           "note", "suggested from the memory", "version")
# Cells a reviewer may change (``en`` is only checked: it is the row's identity).
FIELDS = ("en", "status", "zh", "dep", "definition", "note")
_HEADERS = {
    "id": "id", "term id": "id", "english term": "en", "english": "en", "en": "en",
    "chinese equivalent": "zh", "chinese": "zh", "zh-hans": "zh", "zh": "zh", "status": "status",
    "deprecate → use": "dep", "deprecate -> use": "dep", "deprecate": "dep",
    "definition": "definition", "note": "note", "version": "version"}
_LABEL = {"en": "English term", "status": "status", "zh": "Chinese equivalent",
          "dep": "deprecate → use", "definition": "definition", "note": "note"}
_SHORT = frozenset({TermType.ACRONYM, TermType.ABBREVIATION, TermType.SHORT_FORM})
_STATUSES = ", ".join(r.value for r in Review)
_ABOUT = (
    "How to review: one row per English term, candidates first, best score first.",
    "Fill in the white columns; the shaded ones are there to read (the sheet is protected "
    "without a password, so that a slip does not change them; filters and sorting work).",
    "status: candidate, approved or rejected. Chinese equivalent: the concept's approved "
    "Chinese term; a new one replaces it, and the one replaced is kept as an admitted synonym "
    "(to remove a typo or forbid the old one, use the review page or termsmith edit --old).",
    "deprecate → use: on an approved term, the English rendering to use instead. definition, "
    "note: the concept's (the same on each of its rows). gloss: an acronym's expansion, else "
    "the glosses seen in the text; best context: the term between « ».",
    "Import: termsmith review import FILE. If any cell is invalid, nothing is imported and every "
    "invalid cell is listed with its row and column. Otherwise every row is applied except "
    "the rows whose entry someone changed in the term base after this sheet was exported: "
    "those are conflicts, listed and left out (the rest is applied all the same); "
    "--force applies them too.",
    "suggested from the memory: Chinese equivalents the translation memory proposes for a "
    "term that has none (best first, with how many aligned sentence pairs support each); in "
    "the Chinese equivalent cell, Alt+Down lists them to pick one.",
    "Leave id, English term and the hidden version column as they are; columns may be "
    "reordered, rows not added.")


@dataclass(slots=True)
class SheetImport:
    """What importing a review sheet did (counts are rows)."""

    approved: int = 0
    rejected: int = 0
    reopened: int = 0          # back to candidate
    edited: int = 0            # Chinese equivalent, definition or note changed
    unchanged: int = 0
    deprecated: int = 0
    conflicts: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the CLI."""
        return (f"{self.approved} approved, {self.rejected} rejected, {self.reopened} reopened, "
                f"{self.deprecated} deprecated, {self.edited} edited, {self.unchanged} unchanged, "
                f"{len(self.conflicts)} conflicts")


# -- values shown and compared ----------------------------------------------------------


def _norm(fld: str, value: str) -> str:
    if fld == "status":         # "ａｐｐｒｏｖｅｄ": typed with the input method in full-width mode
        return unicodedata.normalize("NFKC", value).strip().casefold()
    if fld in ("definition", "note"):
        return value.replace("\r\n", "\n").strip()
    return " ".join(value.split())


def _zh(c: Concept) -> str:
    """The concept's approved (preferred first) Chinese equivalent; short forms aside."""
    zh = [t for t in c.terms if t.lang.split("-")[0] == "zh" and t.usage is not Usage.DEPRECATED
          and t.type is not TermType.SHORT_FORM
          and (t.review is Review.APPROVED or t.usage is Usage.PREFERRED)]
    zh.sort(key=lambda t: t.usage is not Usage.PREFERRED)
    return zh[0].text if zh else ""


def _replacement(c: Concept, t: Term) -> str:
    """The English term to use instead of ``t``, if ``t`` is deprecated."""
    if t.usage is not Usage.DEPRECATED:
        return ""
    others = [x for x in c.terms if x.lang == t.lang and x.id != t.id
              and x.usage is not Usage.DEPRECATED and x.review is Review.APPROVED]
    others.sort(key=lambda x: x.usage is not Usage.PREFERRED)
    return others[0].text if others else ""


def _current(c: Concept, t: Term) -> dict[str, str]:
    return {"en": t.text, "status": t.review.value, "zh": _zh(c), "dep": _replacement(c, t),
            "definition": _norm("definition", c.definition or ""),
            "note": _norm("note", c.note or "")}


@functools.lru_cache(maxsize=4096)     # many cells repeat ("", "candidate", a definition)
def _fp(value: str) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:6]


class _Stamp(tuple[str | None, str | None]):
    """A row's version cell before it is written: the term's and the concept's times of
    change. The fingerprints of the row's fields are added by :func:`_stamped` where the
    row is written (in the sheet writer's second process, for a big sheet)."""

    __slots__ = ()


# Where :data:`FIELDS` are among a row's cells (:data:`COLUMNS`).
_FIELD_CELLS = tuple(COLUMNS.index(_LABEL[f]) for f in FIELDS)


def _stamped(row: list[Any]) -> list[Any]:
    """``row`` with its version cell made: ``v1 TERM-TIME CONCEPT-TIME`` and a fingerprint of
    each of :data:`FIELDS` as the sheet shows it, so that an import sees what was changed."""
    stamp = row[-1]
    if isinstance(stamp, _Stamp):
        row[-1] = f"v1 {stamp[0]} {stamp[1]} " + ".".join(_fp(row[i]) for i in _FIELD_CELLS)
    return row


def _fingerprints(version: str) -> list[str] | None:
    parts = version.split()
    fps = parts[-1].split(".") if len(parts) == 4 and parts[0] == "v1" else []
    return fps if len(fps) == len(FIELDS) else None


def _marked(x: Context | None) -> str:
    """A context sentence with the term between « »."""
    if x is None or x.end <= x.start:
        return x.sentence if x else ""
    return f"{x.sentence[:x.start]}«{x.form}»{x.sentence[x.end:]}"


def _gloss(c: Concept, t: Term, limit: int = 80) -> str:
    """The gloss column: an acronym's expansion; else the concept's glosses as written."""
    if t.type is TermType.ACRONYM:
        full = review.partner(c, t)
        if full is not None:
            return full.text
    text = "; ".join(dict.fromkeys(g.text for g in c.glosses))
    return text if len(text) <= limit else text[:limit - 1] + "…"


# -- export -----------------------------------------------------------------------------

_BATCH = 500           # rows read from the term base at a time (one query per table)
_SAMPLE = 2000         # rows whose content sets the column widths (the rest stream past)
# Columns a reviewer fills in (unlocked, white); the others are shaded and protected.
EDITABLE = frozenset({"Chinese equivalent", "status", "deprecate → use", "definition", "note"})
_WIDTH_CAP = {"best context": 60, "gloss": 30, "definition": 40, "note": 40,
              "suggested from the memory": 40}
_WRAP = frozenset({"best context", "gloss", "definition", "note"})


def _ordered(tb: Store, statuses: Sequence[Review], kinds: Sequence[str],
             min_score: float | None) -> Iterator[list[TermRow]]:
    """The sheet's English terms in batches: candidates first, then the decided ones, each
    best score first (then term id), as the review page pages them; cut at ``min_score``."""
    wanted = set(statuses) or set(Review)
    for group in ([Review.CANDIDATE], [Review.APPROVED, Review.REJECTED]):
        chosen = [s for s in group if s in wanted]
        if not chosen:
            continue
        for batch in tb.review_rows(kinds=kinds, statuses=chosen, batch=_BATCH):
            kept = [r for r in batch if min_score is None or r.score is None or r.score >= min_score]
            if kept:
                yield kept
            if len(kept) < len(batch):
                break          # best score first: the rest are lower still


SUGGEST_ROWS = 2000     # rows (best score first) that get suggestions: ~10 ms each


class _Suggester:
    """Equivalents proposed from the term base's translation memory for rows without one
    (:func:`termsmith.equivalents.suggestions`), for the first ``limit`` such rows."""

    def __init__(self, tb: Store, limit: int) -> None:
        self.tb = tb
        self.left = limit if limit > 0 and tb.unit_count() else 0

    def __call__(self, concept: int, zh: str) -> list[tuple[str, int]]:
        if zh or self.left <= 0:
            return []
        from termsmith import equivalents

        self.left -= 1
        return [(p.text, p.units) for p in equivalents.suggestions(self.tb, concept)]


def _suggested(props: list[tuple[str, int]]) -> str:
    return " · ".join(f"{text} ({units})" for text, units in props)


def _sheet_rows(tb: Store, statuses: Sequence[Review], kinds: Sequence[str],
                min_score: float | None, suggest: int = 0) -> Generator[list[Any], None, None]:
    """The sheet's rows (cells in :data:`COLUMNS` order), streamed a batch at a time; the
    last, the version, is a :class:`_Stamp` until :func:`_stamped`."""
    suggester = _Suggester(tb, suggest)
    for batch in _ordered(tb, statuses, kinds, min_score):
        concepts = tb.get_many([r.concept for r in batch])
        first = tb.first_contexts([r.term_id for r in batch])
        for r in batch:
            c = concepts[r.concept]
            t = next(t for t in c.terms if t.id == r.term_id)
            cur = _current(c, t)
            score = None if r.score is None else round(r.score, 3)
            yield [t.id, c.id, t.text, r.kind or "manual", _gloss(c, t),
                   int(score) if score is not None and score.is_integer() else score,
                   r.occurrences, _marked(first.get(r.term_id)),
                   cur["zh"], cur["status"], cur["dep"], cur["definition"], cur["note"],
                   _suggested(suggester(c.id or 0, cur["zh"])), _Stamp((t.modified, c.modified))]


def _width(value: object) -> int:
    """Display width of the longest line (CJK and other wide characters count double)."""
    lines = str(value).split("\n") if value is not None else [""]
    return max(sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in ln)
               for ln in lines)


def _write_xlsx(rows: Iterator[list[Any]], f: IO[bytes]) -> int:
    """Stream the rows into a write-only workbook set up for reviewing on screen and on paper;
    return how many were written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.cell.rich_text import TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.protection import SheetProtection

    from termsmith import xlsxrows

    wb: Any = Workbook(write_only=True)
    ws: Any = wb.create_sheet("Review")
    col = {name: get_column_letter(i) for i, name in enumerate(COLUMNS, 1)}
    sample = [_stamped(r) for r in itertools.islice(rows, _SAMPLE)]
    for i, name in enumerate(COLUMNS):
        widest = max([_width(name), *(_width(r[i]) for r in sample)])
        dim = ws.column_dimensions[col[name]]
        dim.width = min(max(widest + 2, 6), _WIDTH_CAP.get(name, 50))
    ws.column_dimensions[col["version"]].hidden = True
    ws.freeze_panes = "D2"                 # the header row, and id, concept, English term
    # On paper: landscape, one page wide, the header and the English term on every page.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"                  # A4 (ECMA-376 paper size 9)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_title_cols = f"A:{col['English term']}"
    ws.print_options.gridLines = True
    # Read-only columns are locked by the sheet's protection (no password: it guards against
    # slips, not people); filtering, sorting and resizing stay allowed.
    ws.protection = SheetProtection(sheet=True, autoFilter=False, sort=False, formatColumns=False,
                                    formatRows=False, selectLockedCells=False,
                                    selectUnlockedCells=False)
    shade = PatternFill("solid", fgColor="EEF0F3")
    bold = Font(bold=True)
    mark = InlineFont(b=True, color="1F4E9E")
    wrap = Alignment(wrap_text=True, vertical="top")
    # Cells cost little as plain values and ten times as much with a style of their own, so
    # only what needs one gets one: a read-only cell is a plain value (locked: the default),
    # an editable one carries the unlocked style, and an editable cell left empty is not
    # written at all and takes its column's style (unlocked too). The read-only columns are
    # shaded by one conditional format over their range, not cell by cell.
    unlocked = WriteOnlyCell(ws)
    unlocked.protection = Protection(locked=False)
    unlocked.alignment = Alignment(vertical="top")
    unlocked_wrap = WriteOnlyCell(ws)
    unlocked_wrap.protection = Protection(locked=False)
    unlocked_wrap.alignment = wrap
    marked = WriteOnlyCell(ws)
    marked.alignment = wrap
    editable = [name in EDITABLE for name in COLUMNS]
    for name, edit in zip(COLUMNS, editable, strict=True):
        if edit:
            ws.column_dimensions[col[name]].protection = Protection(locked=False)
    # Style ids registered in the workbook's styles now, written by the row writer.
    styles = [(unlocked_wrap if name in _WRAP else unlocked).style_id if edit else None
              for name, edit in zip(COLUMNS, editable, strict=True)]
    header = []
    for name in COLUMNS:
        cell = WriteOnlyCell(ws, name)
        cell.font = bold
        if name not in EDITABLE:
            cell.fill = shade
        header.append(cell)
    ws.append(header)
    context = COLUMNS.index("best context")
    rpr = TextBlock(mark, "x").to_tree().find("rPr")
    writer = xlsxrows.RowWriter(len(COLUMNS), styles, marked.style_id, rpr)

    suggested = COLUMNS.index("suggested from the memory")
    picks: dict[tuple[str, ...], list[int]] = {}

    def prepare(at: int, row: list[Any]) -> list[Any]:
        """Row ``at``'s cells as written; its suggestions recorded in ``picks``."""
        _stamped(row)
        if row[suggested]:
            # An inline list is at most 255 characters; its items cannot hold commas
            # or quotes. Each item is the text before " (N)".
            items = tuple(x.rpartition(" (")[0] for x in str(row[suggested]).split(" · "))
            items = tuple(x for x in items if x and not set(x) & set(',"'))
            while items and len(",".join(items)) > 250:
                items = items[:-1]
            if items:
                picks.setdefault(items, []).append(at)
        out: list[Any] = list(row)
        for i, value in enumerate(out):
            if isinstance(value, str):
                value = out[i] = ILLEGAL_CHARACTERS_RE.sub("", value)
                if i == context and "«" in value:
                    # The term marked in its context: bold and blue, between « ».
                    before, _, rest = value.partition("«")
                    form, _, after = rest.partition("»")
                    out[i] = xlsxrows.Rich(before + "«", form, "»" + after)
        return out

    body = xlsxrows.spool()
    everything = itertools.chain(sample, rows)
    try:
        if len(sample) < _SAMPLE:        # a small sheet: not worth a second process
            n = xlsxrows.write_all(writer, everything, body, 2, prepare)
        else:
            # Reading the term base and writing the rows take about as long each: the rows
            # are written by a forked worker while this process reads (benchmarks/README.md).
            n, found = xlsxrows.write_beside(writer, everything, body, 2, prepare,
                                             lambda: picks)
            picks.update(found)
    except BaseException:
        body.close()
        # The unfinished workbook's writer is closed now rather than by the garbage
        # collector, which would report its complaint about the open element as noise.
        with contextlib.suppress(Exception):
            ws.close()
        raise
    read_only = [col[name] for name in COLUMNS if name not in EDITABLE]
    ws.conditional_formatting.add(
        " ".join(f"{c}2:{c}{max(n + 1, 2)}" for c in read_only),
        FormulaRule(formula=["TRUE"], fill=shade, stopIfTrue=False))
    last = max(n + 1, 2)
    ws.auto_filter.ref = f"A1:{col['version']}{n + 1}"
    ws.print_area = f"A1:{col['suggested from the memory']}{n + 1}"
    dv = DataValidation(type="list", formula1='"' + ",".join(r.value for r in Review) + '"',
                        allow_blank=False, showDropDown=False, showErrorMessage=True,
                        errorTitle="status", error=f"Choose one of {_STATUSES}.")
    dv.add(f"{col['status']}2:{col['status']}{last}")
    ws.data_validations.append(dv)
    # The memory's suggestions as a drop-down on the row's Chinese cell (Alt+Down, Enter):
    # rows with the same suggestions share one list; any other value may still be typed.
    for choices, rows_ in picks.items():
        pick = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                              allow_blank=True, showDropDown=False, showErrorMessage=False)
        pick.add(" ".join(f"{col['Chinese equivalent']}{r}" for r in rows_))
        ws.data_validations.append(pick)
    about = wb.create_sheet("About")
    about.column_dimensions["A"].width = 100
    title = WriteOnlyCell(about, _ABOUT[0])
    title.font = bold
    about.append([title])
    for line in _ABOUT[1:]:
        cell = WriteOnlyCell(about, line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        about.append([cell])
    saved = io.BytesIO()
    wb.save(saved)
    with body:
        xlsxrows.splice(saved.getvalue(), "xl/worksheets/sheet1.xml", body, f)
    return n


def _write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]], f: IO[bytes], *,
               bom: bool, crlf: bool) -> None:
    out = io.TextIOWrapper(f, encoding="utf-8-sig" if bom else "utf-8", newline="")
    w = csv.writer(out, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for row in rows:
        # Never a cell a spreadsheet would run as a formula (CWE-1236): see inputs.cell.
        w.writerow(["" if v is None else inputs.cell(v) if isinstance(v, str) else v for v in row])
    out.flush()
    out.detach()                           # write_atomic still owns ``f``


def _kind_of(path: str | Path) -> str:
    ext = Path(path).suffix.lower()
    if ext in (".xlsx", ".xlsm"):
        return "xlsx"
    if ext in (".csv", ".tsv", ".txt"):
        return "csv"
    raise FormatError(f"{path}: a review sheet is .xlsx or .csv, not {ext or 'no extension'!r}")


def export_sheet(tb: Store, path: str | Path, *, statuses: Sequence[Review] = (),
                 kinds: Sequence[str] = (), min_score: float | None = None,
                 suggest: int = SUGGEST_ROWS) -> int:
    """Write a review sheet (.xlsx or .csv) of the English terms; return the number of rows.

    The first ``suggest`` rows without a Chinese equivalent get the equivalents the
    translation memory proposes (none when the term base holds no memory).

    Streamed: the term base is read a batch of rows at a time, and the workbook is
    written as it goes (openpyxl's write-only mode), so memory stays flat.
    """
    kind = _kind_of(path)
    rows = _sheet_rows(tb, statuses, kinds, min_score, suggest)
    if kind == "xlsx":
        try:
            n: int = write_atomic(path, lambda f: _write_xlsx(rows, f))
        finally:
            rows.close()             # a failed export stops reading while the store is open
        return n
    counted = _Counted(map(_stamped, rows))
    # CSV with a BOM, so that Excel reads the file as UTF-8 and shows the Chinese.
    write_atomic(path, lambda f: _write_csv(COLUMNS, counted, f, bom=True, crlf=True))
    return counted.n


class _Counted:
    """An iterator that counts what passes."""

    def __init__(self, rows: Iterator[list[Any]]) -> None:
        self.rows = rows
        self.n = 0

    def __iter__(self) -> Iterator[list[Any]]:
        for row in self.rows:
            self.n += 1
            yield row


# -- import -----------------------------------------------------------------------------


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# Bounds on what a sheet may claim (issue 15, item 23): a workbook's parts unpacked, a
# cell (Excel's own limit), the rows and columns read. A sheet within them is read in
# bounded memory whatever its <dimension> says.
MAX_UNPACKED = 512 * 2**20
MAX_CELL = 32_767
MAX_ROWS = 1_048_576
MAX_COLUMNS = 64


def _read(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(sheet row number, cells as text) of every row, the header included, as read."""
    rows = _read_xlsx(path) if _kind_of(path) == "xlsx" else _read_csv(path)
    for i, cells in rows:
        if i > MAX_ROWS:
            raise FormatError(f"{path.name}: more than {MAX_ROWS:,} rows")
        for j, value in enumerate(cells[:MAX_COLUMNS]):
            if len(value) > MAX_CELL:
                from openpyxl.utils import get_column_letter

                raise FormatError(f"{path.name}: row {i}, column {get_column_letter(j + 1)}: a cell "
                                  f"of {len(value):,} characters (at most {MAX_CELL:,})")
        yield i, cells[:MAX_COLUMNS]


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    import zipfile

    from termsmith.xlsxrows import read_rows

    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError) as e:
        raise FormatError(f"{path.name}: not a readable .xlsx workbook ({e})") from e
    if unpacked > MAX_UNPACKED:
        raise FormatError(f"{path.name}: unpacks to {unpacked // 2**20:,} MB (at most "
                          f"{MAX_UNPACKED // 2**20} MB): not a review sheet")
    # Anything the reader or the XML parser under it raises for a broken or hostile part (a
    # bad cell reference, a shared string out of range, an entity bomb, a cut-off sheet)
    # is the workbook's fault, said in one line (issue 15, item 22). The rows are read as
    # openpyxl reads them (read-only, cached values), streamed (termsmith.xlsxrows), so a
    # <dimension> claiming A1:XFD1048576 costs nothing.
    try:
        # (each row up to its last cell: a sheet's 14 columns, not 64 padded ones)
        for i, row in read_rows(path, sheet="Review", width=MAX_COLUMNS, trim=True):
            yield i, [_text(v) for v in row]
    except Exception as e:
        text = str(e).splitlines()[0][:200] if str(e) else ""
        raise FormatError(f"{path.name}: not a readable .xlsx workbook "
                          f"({type(e).__name__}: {text})") from e


def _read_csv(path: Path) -> list[tuple[int, list[str]]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") \
            else data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise FormatError(f"{path.name}: line {line}: not UTF-8 or UTF-16 ({e.reason}); "
                          "save the sheet as CSV with the UTF-8 character set") from e
    first = text.split("\n", 1)[0]
    # Excel saves "CSV" with ";" where the decimal separator is a comma.
    delim = "\t" if "\t" in first else max(",;", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        return list(enumerate(reader, 1))
    except csv.Error as e:
        raise FormatError(f"{path.name}: line {reader.line_num}: {e}") from e


@dataclass(slots=True)
class _Row:
    line: int
    concept: Concept
    term: Term
    changes: dict[str, str] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)


def _control(value: str, fld: str) -> str | None:
    """Why a cell cannot be taken: a control character (issue 15, item 21), else None."""
    try:
        inputs.check(_LABEL.get(fld, fld), value)
    except ValueError as e:
        return str(e)
    return None


def _has_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in "WF" and unicodedata.category(ch) == "Lo"
               for ch in text)


def import_sheet(tb: Store, path: str | Path, *, who: str,
                 force: bool = False) -> SheetImport:
    """Apply a filled-in review sheet: all of it, or (any invalid cell) none of it."""
    from openpyxl.utils import get_column_letter

    from termsmith import files
    from termsmith.normalize import form_key

    path = files.input_file(path)           # missing, a directory, a FIFO, empty: refused
    name = path.name
    csv_sheet = _kind_of(path) != "xlsx"
    table = _read(path)
    first = next(table, None)
    if first is None:
        raise ReviewError(f"{name}: the sheet is empty")
    header = first[1]
    keys = [_HEADERS.get(" ".join(h.casefold().split())) for h in header]
    cols = {k: i for i, k in enumerate(keys) if k}
    if len(cols) < sum(map(bool, keys)):
        raise ReviewError(f"{name}: row 1: a column is named twice")
    if "id" not in cols:
        raise ReviewError(f"{name}: row 1: no 'id' column (the header names the columns)")
    terms = {t.id: (c, t) for c in tb.concepts() for t in c.terms if t.lang == "en"}
    problems: list[str] = []
    seen: dict[int, int] = {}
    rows: list[_Row] = []

    def where(line: int, fld: str) -> str:
        i = cols[fld]
        return f"{name}: row {line}, column {get_column_letter(i + 1)} ({header[i].strip()})"

    for line, cells in table:            # (the rest, streamed: checked as they come)
        def cell(fld: str, cells: list[str] = cells) -> str | None:
            i = cols.get(fld)
            return None if i is None else (cells[i] if i < len(cells) else "")

        if not any(c.strip() for c in cells):
            continue
        raw = (cell("id") or "").strip()
        tid = int(raw) if raw.isascii() and raw.isdecimal() and len(raw) < 19 else -1
        why = ("'' is empty: rows cannot be added in a sheet" if not raw
               else f"{raw!r} is not a term id" if tid < 0
               else f"no English term with id {raw}" if tid not in terms
               else f"term {raw} is also on row {seen[tid]}" if tid in seen else None)
        if why:
            problems.append(f"{where(line, 'id')}: {why}")
            continue
        seen[tid] = line
        c, t = terms[tid]
        row = _Row(line, c, t)
        rows.append(row)
        cur = _current(c, t)
        fps = _fingerprints(cell("version") or "")
        # In a CSV sheet a cell starting with = is a formula a spreadsheet would run (ours carry
        # a neutralising '); an .xlsx cell holds text, or a formula's computed value.
        formulas = [f for f in FIELDS if csv_sheet and inputs.is_formula(cell(f) or "")]
        for fld in formulas:
            problems.append(f"{where(line, fld)}: {cell(fld)!r} is a spreadsheet formula, not "
                            "text; type the text (start it with ' to keep a leading =, + or @)")
        bad = next(((f, e) for f in FIELDS if (e := _control(cell(f) or "", f)) is not None), None)
        if bad is not None:
            problems.append(f"{where(line, bad[0])}: {bad[1]}")
        if formulas or bad is not None:
            continue
        values = {f: _norm(f, inputs.uncell(v) if csv_sheet else v) for f in FIELDS
                  if (v := cell(f)) is not None}
        status = values.get("status")
        if status is not None and status not in {r.value for r in Review}:
            problems.append(f"{where(line, 'status')}: {status!r} is not one of {_STATUSES}")
            continue
        if values.get("en") == "":
            problems.append(f"{where(line, 'en')}: the English term is blank")
            continue
        for fld, value in values.items():
            if value == cur[fld]:
                continue
            if fps is not None and _fp(value) == fps[FIELDS.index(fld)]:
                continue      # the reviewer left the cell alone; the term base moved on
            if fld == "en":
                problems.append(f"{where(line, 'en')}: {value!r} is not term {t.id} {t.text!r}; "
                                "the English term cannot be changed in a sheet (use "
                                "'deprecate → use', or termsmith edit --text)")
            else:
                row.changes[fld] = value
                if not force and (fps is None or _fp(cur[fld]) != fps[FIELDS.index(fld)]):
                    row.conflicts.append(f"{_LABEL[fld]}: sheet {value!r}, term base {cur[fld]!r}"
                                         + _changed_by(tb, c, t, fld))
        problems += [f"{where(line, fld)}: {msg}" for fld, msg in _check(row, cur, form_key)]
        if row.conflicts:
            row.changes.clear()            # a row is applied whole or not at all
    by_concept: dict[int, dict[str, tuple[str, int]]] = {}
    for row in rows:
        mine = by_concept.setdefault(row.concept.id or 0, {})
        for fld in ("zh", "definition", "note"):
            if fld in row.changes:
                value, other = mine.setdefault(fld, (row.changes[fld], row.line))
                if value != row.changes[fld]:
                    problems.append(f"{where(row.line, fld)}: concept #{row.concept.id} has "
                                    f"{value!r} on row {other}; give both rows the same value")
    if problems:
        raise ReviewError("\n".join([*problems, f"{name}: {len(problems)} invalid "
                                     f"cell{'s' * (len(problems) != 1)}; nothing was imported"]))
    return _apply(tb, rows, by_concept, name, who, where)


def _changed_by(tb: Store, c: Concept, t: Term, fld: str) -> str:
    """``", set by WHO at WHEN"``: the last recorded change to what the sheet's ``fld`` shows
    of term ``t`` (the concept's last change if none is recorded for it); "" if none."""
    def shows(h: Change) -> bool:
        if fld == "status":
            return h.term_id == t.id and h.field == "review"
        if fld == "dep":
            return h.field == "term[en]" or (h.term_id == t.id and h.field == "usage")
        if fld == "zh":
            return h.field.startswith("term[zh") or (h.term_id != t.id and _has_cjk(h.term or ""))
        return h.field == fld and h.term_id is None
    history = tb.history(c.id or 0)
    last = next((h for h in reversed(history) if shows(h)), history[-1] if history else None)
    return "" if last is None else f", set by {last.who} at {last.at}"


def _check(row: _Row, cur: dict[str, str], form_key: Any) -> list[tuple[str, str]]:
    """Problems with the changes of one row, as (field, message)."""
    out: list[tuple[str, str]] = []
    ch, t = row.changes, row.term
    zh = ch.get("zh")
    if zh == "":
        out.append(("zh", f"clearing the Chinese equivalent {cur['zh']!r} is not possible here; "
                          "type the right one (the old one is kept, deprecated)"))
    elif zh is not None and not _has_cjk(zh):
        out.append(("zh", f"{zh!r} has no Chinese characters (columns swapped?)"))
    elif zh is not None and (problem := review.typed_equivalent_problem(zh)):
        out.append(("zh", problem))
    dep = ch.get("dep")
    status = ch.get("status", cur["status"])
    if dep and status != Review.APPROVED.value:
        out.append(("dep", f"only an approved term can be deprecated; {t.text!r} is {status} "
                           "(approve it, or reject it instead)"))
    elif dep and form_key(dep) == form_key(t.text):
        out.append(("dep", f"{dep!r} is the term being deprecated"))
    elif dep == "" and status == Review.APPROVED.value:
        out.append(("dep", "emptying the cell does not restore a deprecated term; set its "
                           "status to candidate or rejected"))
    for fld in ("zh", "dep"):
        v = ch.get(fld)
        if v:
            try:
                Term(text=v, lang="en")
            except ValueError as e:
                out.append((fld, str(e)))
    return out


def _apply(tb: Store, rows: list[_Row], by_concept: dict[int, dict[str, tuple[str, int]]],
           name: str, who: str, where: Callable[[int, str], str] | None = None) -> SheetImport:
    result = SheetImport()
    with tb.transaction():
        # The sheet was judged against the concepts as read above; before anything is
        # written, each concept to change is locked and must still be at that version
        # (issue 11): one changed in between is a conflict, its rows left out.
        stale: dict[int, str] = {}
        touched = {row.concept.id: row.concept.version for row in rows if row.changes}
        for cid, version in sorted((k, v) for k, v in touched.items() if k is not None):
            try:
                tb.check_version(cid, version)
            except ConflictError as e:
                stale[cid] = str(e)
        for row in rows:
            if row.changes and row.concept.id in stale:
                row.changes.clear()
                row.conflicts.append(stale[row.concept.id or 0] + " while the sheet was imported")
        for cid in stale:
            by_concept.pop(cid, None)
        for row in rows:
            tid = row.term.id or 0
            fld = "status"
            try:
                if "status" in row.changes:
                    status = Review(row.changes["status"])
                    review.set_status(tb, tid, status, who)
                    if status is Review.APPROVED:
                        result.approved += 1
                    elif status is Review.REJECTED:
                        result.rejected += 1
                    else:
                        result.reopened += 1
                if row.changes.get("dep"):
                    fld = "dep"
                    review.deprecate(tb, tid, row.changes["dep"], who)
                    result.deprecated += 1
            except ReviewError as e:       # (the cell, as a check before applying names it)
                at = where(row.line, fld) if where else f"{name}: row {row.line}"
                raise ReviewError(f"{at}: {e}; nothing was imported") from e
            result.edited += bool(row.changes.keys() & {"zh", "definition", "note"})
            if row.conflicts:
                result.conflicts.append(
                    f"{name}: row {row.line}: #{row.concept.id} {row.term.text!r} changed in the "
                    f"term base since the export ({'; '.join(row.conflicts)}); not applied")
            elif not row.changes:
                result.unchanged += 1
        for cid, changes in by_concept.items():
            if "zh" in changes:
                review.set_equivalent(tb, cid, changes["zh"][0], who)
            fields: dict[str, str | None] = {f: changes[f][0] or None for f in ("definition", "note")
                                             if f in changes}
            if fields:
                tb.update_concept(cid, who, fields)
    return result


__all__ = ["COLUMNS", "SheetImport", "export_sheet", "import_sheet"]
