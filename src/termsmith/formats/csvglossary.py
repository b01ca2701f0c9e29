"""CSV and TSV glossaries for CAT tools (OmegaT, memoQ, Phrase, Weblate). Knows CSV, not SQLite.

Layouts written, each following what the tool documents:

``write_tsv`` – OmegaT glossary (``.txt``/``.utf8``/``.tab``): ``source<TAB>target[<TAB>comment]``,
    no header, UTF-8, ``\\n``. OmegaT splits each line on tabs with no quoting, skips lines
    starting with ``#`` and lines with fewer than two columns (``GlossaryReaderTSV``), so cells
    are flattened, never quoted; synonyms are one line per source–target pair; a deprecated
    target is marked ``[forbidden]`` at the start of the comment.
``write_csv(dialect="generic")`` – our round-trip layout, also for Excel and for mapping by hand
    in memoQ: ``id, en, zh-CN, definition, note, en usage, en status, en note, en reviewer,
    en date, zh-CN usage, …`` (reviewer and date: who last changed the term, and when);
    a concept's n-th synonyms go on its n-th row, continuation rows repeat the ``id``.
``"memoq"`` – one entry per row (memoQ "imports each row … in a new entry"), one column per
    language, alternatives split by ``;`` ("Split alternatives in field by"), deprecated terms in
    ``<lang> forbidden`` columns, ``definition`` and ``note``.
``"phrase"`` – Phrase Strings term base CSV: ``term, description`` and locale codes.
``"weblate"`` – translate-toolkit CSV header ``source, target, context, developer_comments``;
    the CSV format carries no flags, so forbidden terms are left out (use TBX for those).

``read`` takes any of these, or any CSV/TSV whose header names languages (``zh_CN``, ``zh-Hans``,
``EN``, ``English`` …) plus known columns; anything else is reported through :class:`Report`.
"""

from __future__ import annotations

import csv
import io
import pickle
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import zip_longest
from pathlib import Path
from typing import IO, Any, cast

from termsmith import langs
from termsmith.errors import FormatError
from termsmith.formats import ExportOptions, Report
from termsmith.inputs import cell, check, uncell
from termsmith.model import Concept, Gloss, Review, Term, Usage, parse_id

__all__ = ["DIALECTS", "read", "write_concepts_csv", "write_concepts_tsv", "write_csv", "write_tsv"]

DIALECTS = ("generic", "memoq", "phrase", "weblate")
# OmegaT writes this line at the top of glossaries it creates; its reader skips "#" lines.
OMEGAT_HEADER = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
_OMEGAT_MAGIC = OMEGAT_HEADER.partition(" -*-")[0]     # what OmegaT itself writes first
FORBIDDEN = "[forbidden]"
DEPRECATED_SOURCE = "[deprecated source]"
SYNONYM_SEP = ";"
# dialect -> (BOM, flatten newlines). Excel needs the BOM to read UTF-8 CJK; Phrase wants the
# first line to be "only supported column names"; Weblate advises against newlines in values.
_OPTIONS = {"generic": (True, False), "memoq": (False, False), "phrase": (False, False),
            "weblate": (False, True)}

Row = list[str]


@contextmanager
def _text(dest: IO[str] | IO[bytes], bom: bool) -> Iterator[IO[str]]:
    """A text view of ``dest`` (UTF-8 over a binary stream), optionally starting with a BOM."""
    wrapper = None
    if isinstance(dest, io.TextIOBase):
        out = cast(IO[str], dest)
    else:
        wrapper = io.TextIOWrapper(cast(IO[bytes], dest), encoding="utf-8", newline="")
        out = wrapper
    if bom:
        out.write("\ufeff")
    yield out
    out.flush()
    if wrapper is not None:
        wrapper.detach()          # leave the caller's stream open


def _flat(text: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", text).strip()


def _sections(concept: Concept, zh_tag: str, include_rejected: bool) -> dict[str, list[Term]]:
    """Terms by export tag, in order; one Chinese variant per file (see :mod:`termsmith.langs`)."""
    script = langs.normalize(zh_tag)
    out: dict[str, list[Term]] = {}
    for t in concept.terms:
        if t.review is Review.REJECTED and not include_rejected:
            continue
        if langs.is_chinese(t.lang) and langs.normalize(t.lang) != script:
            continue
        out.setdefault(langs.export_tag(t.lang, zh_tag), []).append(t)
    return out


COMMENT_SEP = "; "


def comment_parts(concept: Concept) -> list[str]:
    """What a one-cell comment says about a concept: definition, note, then its glosses
    (a unit by its factor, not one sentence's quantity), each once."""
    parts = [concept.definition, concept.note,
             *(g.text for g in concept.glosses if g.conversion is None),
             *unit_factors(concept.glosses)]
    return list(dict.fromkeys(p.strip() for p in parts if p and p.strip()))


def unit_factors(glosses: Iterable[Gloss]) -> list[str]:
    """One conversion per unit pair, ``1 mu ≈ 0.0667 hectares`` (issue 15, item 5).

    Several sentences give several rounded quantities: an exact gloss wins, else
    the median of the approximate factors.
    """
    by_pair: dict[tuple[str, str], list[Gloss]] = {}
    for g in glosses:
        if g.conversion is not None:
            by_pair.setdefault((g.unit or "", g.target_unit or ""), []).append(g)
    out = []
    for gs in by_pair.values():
        exact = [g for g in gs if not g.approximate]
        chosen = exact or sorted(gs, key=lambda g: g.factor or 0.0)
        out.append(cast(str, chosen[(len(chosen) - 1) // 2 if not exact else 0].conversion))
    return out


def _describe(concept: Concept, also: Iterable[str] = ()) -> str:
    """Definition, note, glosses and extra synonyms as one comment, in that order."""
    extra = ", ".join(also)
    return COMMENT_SEP.join([*comment_parts(concept), *([f"also: {extra}"] if extra else [])])


def write_tsv(concepts: Iterable[Concept], dest: IO[str] | IO[bytes], *, zh_tag: str = "zh-CN",
              include_rejected: bool = False) -> int:
    """Write an OmegaT glossary (English → Chinese); return the number of entry lines."""
    n = 0
    with _text(dest, bom=False) as out:
        out.write(OMEGAT_HEADER + "\n")
        # QUOTE_NONE: OmegaT does not unquote; _flat() removes what would need escaping.
        w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None,
                       lineterminator="\n")
        for c in concepts:
            sec = _sections(c, zh_tag, include_rejected)
            for s in sec.get("en", []):
                for t in sec.get(zh_tag, []):
                    marks = [FORBIDDEN] * (t.usage is Usage.DEPRECATED)
                    marks += [DEPRECATED_SOURCE] * (s.usage is Usage.DEPRECATED)
                    comment = _flat(" ".join([*marks, _describe(c)]))
                    w.writerow([cell(_flat(s.text)), cell(_flat(t.text)),
                                *([cell(comment)] if comment else [])])
                    n += 1
    return n


def write_csv(concepts: Iterable[Concept], dest: IO[str] | IO[bytes], *, zh_tag: str = "zh-CN",
              dialect: str = "generic", include_rejected: bool = False, delimiter: str = ",",
              bom: bool | None = None) -> int:
    """Write a CSV glossary in ``dialect`` (see the module docstring); return the number of rows."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r} (choose from {', '.join(DIALECTS)})")
    # The header names every language of the file, so the concepts are read to the end
    # before the first row: they wait in a temporary file, not in memory (an export of a
    # whole term base streams from the store).
    with tempfile.TemporaryFile(prefix="termsmith-csv-") as spool:
        seen = dict.fromkeys(["en", zh_tag])
        for c in concepts:
            sec = _sections(c, zh_tag, include_rejected)
            seen.update(dict.fromkeys(sec))
            pickle.dump((c, sec), spool, pickle.HIGHEST_PROTOCOL)
        spool.seek(0)
        header, rows = _LAYOUTS[dialect](_unspooled(spool), list(seen), zh_tag)
        with_bom, flatten = _OPTIONS[dialect]
        n = 0
        with _text(dest, with_bom if bom is None else bom) as out:
            w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")   # RFC 4180 line ends
            w.writerow(header)
            for row in rows:
                # Never a cell a spreadsheet would run as a formula (CWE-1236): see inputs.cell.
                w.writerow([cell(_flat(v) if flatten else v) for v in row])
                n += 1
    return n


def _unspooled(spool: IO[bytes]) -> Iterator[tuple[Concept, dict[str, list[Term]]]]:
    """What :func:`write_csv` put in its temporary file, in order (this process wrote it)."""
    while True:
        try:
            yield pickle.load(spool)  # noqa: S301 - our own temporary file
        except EOFError:
            return


def write_concepts_csv(concepts: Iterable[Concept], dest: IO[bytes], options: ExportOptions) -> int:
    """The registry's CSV writer: the generic round-trip layout."""
    return write_csv(concepts, dest, zh_tag=options.zh_tag)


def write_concepts_tsv(concepts: Iterable[Concept], dest: IO[bytes], options: ExportOptions) -> int:
    """The registry's TSV writer: an OmegaT glossary."""
    return write_tsv(concepts, dest, zh_tag=options.zh_tag)


Sections = Iterable[tuple[Concept, dict[str, list[Term]]]]
Layout = tuple[Row, Iterator[Row]]        # the header, and the rows as they are made


def _generic(secs: Sections, tags: list[str], zh_tag: str) -> Layout:
    # reviewer, date: who last changed the term and when (its provenance; empty for a
    # harvested term nobody has touched).
    fields = ("usage", "status", "note", "reviewer", "date")
    header = ["id", *tags, "definition", "note", *(f"{t} {f}" for t in tags for f in fields)]

    def rows() -> Iterator[Row]:
        for i, (c, sec) in enumerate(secs, 1):
            key = str(c.id) if c.id is not None else f"new-{i}"
            for k, slot in enumerate(zip_longest(*(sec.get(t, []) for t in tags))):
                first = k == 0
                row = [key, *(t.text if t else "" for t in slot),
                       c.definition or "" if first else "", c.note or "" if first else ""]
                for t in slot:
                    row += [t.usage.value, t.review.value, t.note or "", t.modified_by or "",
                            (t.modified or "") if t.modified_by else ""] if t else [""] * 5
                yield row
    return header, rows()


def _allowed(terms: list[Term]) -> list[Term]:
    return [t for t in terms if t.usage is not Usage.DEPRECATED]


def _memoq(secs: Sections, tags: list[str], zh_tag: str) -> Layout:
    header = [*tags, "definition", "note", *(f"{t} forbidden" for t in tags)]

    def cell(terms: list[Term]) -> str:
        for t in terms:
            if SYNONYM_SEP in t.text:
                raise FormatError(f"memoQ CSV: term {t.text!r} contains the separator {SYNONYM_SEP!r}")
        return SYNONYM_SEP.join(t.text for t in terms)

    rows = ([*(cell(_allowed(s.get(t, []))) for t in tags), c.definition or "",
             COMMENT_SEP.join(comment_parts(replace(c, definition=None))),
             *(cell([x for x in s.get(t, []) if x.usage is Usage.DEPRECATED]) for t in tags)]
            for c, s in secs if s)
    return header, rows


def _pairs(secs: Sections, zh_tag: str) -> Iterator[tuple[Concept, str, str, str]]:
    """(concept, source, first allowed target, comment) per allowed English term."""
    for c, sec in secs:
        targets = [t.text for t in _allowed(sec.get(zh_tag, []))]
        for s in _allowed(sec.get("en", [])):
            yield c, s.text, targets[0] if targets else "", _describe(c, targets[1:])


def _phrase(secs: Sections, tags: list[str], zh_tag: str) -> Layout:
    return (["term", "description", "en", zh_tag],
            ([s, comment, s, t] for _, s, t, comment in _pairs(secs, zh_tag)))


def _weblate(secs: Sections, tags: list[str], zh_tag: str) -> Layout:
    return (["source", "target", "context", "developer_comments"],
            ([s, t, "" if c.id is None else str(c.id), comment]
             for c, s, t, comment in _pairs(secs, zh_tag)))


_LAYOUTS = {"generic": _generic, "memoq": _memoq, "phrase": _phrase, "weblate": _weblate}

# -- reading -------------------------------------------------------------------------------

_CONCEPT_COLUMNS = {
    "id": "id", "concept": "id", "concept id": "id", "cid": "id", "entry_id": "id",
    "context": "id", "definition": "definition", "note": "note", "notes": "note",
    "description": "note", "comment": "note", "comments": "note", "explanation": "note",
    "developer_comments": "note", "translator_comments": "note", "entry_note": "note",
    "status": "status", "usage": "usage", "forbidden": "forbidden", "flags": "flags",
}
_COMMENT_COLUMNS = {"description", "developer_comments", "comment", "comments"}
_TERM_FIELDS = {"usage": "usage", "status": "status", "note": "tnote", "forbidden": "forbidden",
                "reviewer": "reviewer", "date": "date"}
_LANG_NAMES = {"english": "en", "chinese": "zh-Hans", "chinese (simplified)": "zh-Hans",
               "chinese (prc)": "zh-Hans", "chinese (traditional)": "zh-Hant",
               "chinese (taiwan)": "zh-Hant"}
_REVIEW_ALIASES = {"new": Review.CANDIDATE}          # Phrase term status: New / Approved
_USAGE_WORDS = {u.value: u for u in Usage} | {"forbidden": Usage.DEPRECATED}
_TRUE, _FALSE = {"true", "yes", "1", "x", "forbidden"}, {"false", "no", "0"}


@dataclass(frozen=True, slots=True)
class _Col:
    kind: str                   # term usage status tnote forbidden flags id definition note omegat drop
    lang: str | None = None
    name: str = ""


@dataclass(slots=True)
class _Entry:
    terms: dict[str, list[Term]] = field(default_factory=dict)
    definition: str | None = None
    notes: list[str] = field(default_factory=list)


def _lang(cell: str) -> str | None:
    """The language a header cell names, if any (2-letter primary subtags or an English name)."""
    low = cell.strip().casefold()
    if low in _LANG_NAMES:
        return _LANG_NAMES[low]
    if not langs.is_heading_tag(cell.strip()):     # "AA_00" is a term, not a language
        return None
    return langs.normalize(cell)


def _column(cell: str, source_lang: str, target_lang: str) -> _Col | None:
    key = " ".join(cell.casefold().split())
    if key in ("source", "term"):
        return _Col("term", source_lang)
    if key == "target":
        return _Col("term", target_lang)
    for k in (key, key.replace(" ", "_"), key.replace("_", " ")):
        if k in _CONCEPT_COLUMNS:
            return _Col(_CONCEPT_COLUMNS[k], name=k)
    if (lang := _lang(cell)) is not None:
        return _Col("term", lang)
    head, _, tail = cell.strip().rpartition(" ")
    if tail.casefold() in _TERM_FIELDS and head and (lang := _lang(head)) is not None:
        return _Col(_TERM_FIELDS[tail.casefold()], lang)
    return None


def _header(row: Row, source_lang: str, target_lang: str, force: bool) -> list[_Col] | None:
    cols = [_column(c, source_lang, target_lang) for c in row]
    terms = sum(1 for c in cols if c and c.kind == "term")
    others = any(c and c.kind != "term" for c in cols)
    if not force and not (terms >= 2 or (terms and others)):
        return None
    return [c or _Col("drop", name=row[i].strip() or f"{i + 1}") for i, c in enumerate(cols)]


def _decode(data: bytes, name: str) -> str:
    try:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):      # Excel "Unicode Text" is UTF-16
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[:e.start].count(b"\n") + 1
        raise FormatError(f"{name}: line {line}: not UTF-8 or UTF-16 ({e.reason})") from e


def _delimiter(line: str) -> str:
    """Tab if the first line has one, else whichever of ``;`` and ``,`` splits it into more cells."""
    if "\t" in line:
        return "\t"
    return max(";,", key=lambda d: len(next(csv.reader([line], delimiter=d), [])))


def read(source: str | Path | IO[bytes], *, report: Report | None = None,
         source_lang: str = "en", target_lang: str = "zh-Hans", header: bool | None = None,
         synonym_sep: str | None = None) -> Iterator[Concept]:
    """Read a CSV or TSV glossary (delimiter and header detected) as concepts.

    :param header: force (True) or deny (False) a header row; None detects it.
    :param synonym_sep: split term cells on this character; default ``";"`` when the header
        has ``<lang> forbidden`` columns (the memoQ layout), else no splitting.
    """
    report = report if report is not None else Report()
    if isinstance(source, (str, Path)):
        name, data = Path(source).name, Path(source).read_bytes()
    else:
        name, data = Path(str(getattr(source, "name", "") or "CSV")).name, source.read()
    text = _decode(data, name)
    lines = io.StringIO(text, newline="")          # the line breaks csv itself sees
    first = next((ln for ln in lines if ln.strip() and not ln.startswith("#")), None)
    if first is None:
        return
    delim = _delimiter(first)
    row0 = next(csv.reader([first], delimiter=delim))
    # A file that opens with OmegaT's own first line is OmegaT's shape whatever its first
    # entry looks like: an entry "EU<tab>AA<tab>aa-AA" is not a header of language columns.
    omegat_file = header is not True and text.lstrip("\ufeff").startswith(_OMEGAT_MAGIC)
    cols = (None if header is False or omegat_file
            else _header(row0, source_lang, target_lang, bool(header)))
    if header and not any(c.kind == "term" for c in cols or []):
        raise FormatError(f"{name}: line 1: no language column in the header")
    omegat = cols is None
    if omegat:      # OmegaT shape: source, target, comment; no quoting, "#" lines are comments
        cols = [_Col("term", source_lang), _Col("term", target_lang), _Col("omegat")]
    opts: dict[str, Any] = ({"quoting": csv.QUOTE_NONE} if omegat and delim == "\t"
                            else {"strict": True})
    report.carried = _carried(cast(list[_Col], cols))
    if synonym_sep is None and any(c.kind == "forbidden" and c.lang for c in cols or []):
        synonym_sep = SYNONYM_SEP       # the memoQ layout: "Split alternatives in field by"
    entries = _rows(csv.reader(io.StringIO(text, newline=""), delimiter=delim, **opts),
                    cast(list[_Col], cols), omegat, name, report, source_lang, synonym_sep)
    for key, e in entries.items():
        terms = tuple(t for ts in e.terms.values() for t in ts)
        yield Concept(terms=terms, id=parse_id(key),
                      definition=e.definition, note="\n".join(e.notes) or None)


def _carried(cols: list[_Col]) -> frozenset[str]:
    """The term fields a file with these columns states (see :attr:`Report.carried`).

    A term without a status column reads as a candidate, without a usage column as
    admitted: defaults, not what the file says (issue 15, item 2). A status column may hold
    "deprecated", and OmegaT's comment and memoQ's forbidden columns mark a
    deprecated term: they say whether a term is deprecated, not which usage it has.
    """
    kinds = {c.kind for c in cols}
    memoq = any(c.kind == "forbidden" and c.lang for c in cols)
    carried = {"review"} if "status" in kinds else set()
    # The one-cell comment our OmegaT, Phrase, Weblate and memoQ layouts write
    # (definition; note; glosses) reads back as a note: "comment" says so.
    if "omegat" in kinds or memoq or any(c.kind == "note" and c.name in _COMMENT_COLUMNS
                                         for c in cols):
        carried.add("comment")
    carried |= {"usage"} if "usage" in kinds else set()
    # A row-wide status column with a note column: a deprecated rendering's note is its own.
    carried |= {"note"} if "tnote" in kinds or (
        "status" in kinds and any(c.kind == "note" and c.name not in _COMMENT_COLUMNS
                                  for c in cols)) else set()
    if kinds & {"status", "forbidden", "flags", "omegat"}:
        carried.add("forbidden")
    return frozenset(carried)


def _rows(reader: Any, cols: list[_Col], omegat: bool, name: str, report: Report,
          source_lang: str, sep: str | None) -> dict[str, _Entry]:
    entries: dict[str, _Entry] = {}
    seen_header = omegat
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return entries
        except csv.Error as e:
            raise FormatError(f"{name}: line {reader.line_num}: {e}") from e
        line, start = start, reader.line_num + 1
        if not any(c.strip() for c in row) or ((omegat or not seen_header) and row[0].startswith("#")):
            continue
        if not seen_header:
            seen_header = True
            continue
        if omegat and len([c for c in row[:2] if c.strip()]) < 2:
            report.warn(f"{name}: line {line}: fewer than two terms, skipped (as OmegaT does)")
            continue
        if len(row) > len(cols) and any(c.strip() for c in row[len(cols):]):
            if not omegat:
                raise FormatError(f"{name}: line {line}: {len(row)} cells, header has {len(cols)}")
            report.drop(f"column {len(cols) + 1}+")
        try:
            _row(row, cols, entries, f"row{line}", report, source_lang, sep)
        except ValueError as e:
            raise FormatError(f"{name}: line {line}: {e}") from e


def _row(row: Row, cols: list[_Col], entries: dict[str, _Entry], rowkey: str, report: Report,
         source_lang: str, sep: str | None) -> None:
    texts: dict[str, list[str]] = {}
    bad: dict[str, list[str]] = {}                        # forbidden terms given as text
    usage: dict[str | None, Usage] = {}
    review: dict[str | None, Review] = {}
    notes: dict[str, str] = {}
    by: dict[str, tuple[str | None, str | None]] = {}     # lang -> (modified_by, modified)
    key, definition, cnotes = rowkey, None, []
    judged = False                  # a row-wide status judged the source rendering (deprecated)
    said: list[str] = []            # the row's own note (not a tool's one-cell comment)
    for col, raw in zip(cols, row, strict=False):
        v = check(col.name or col.kind, uncell(raw.strip()))   # no control characters
        if not v:
            continue
        parts = [p.strip() for p in v.split(sep) if p.strip()] if sep else [v]
        if col.kind == "term":
            texts.setdefault(cast(str, col.lang), []).extend(parts)
        elif col.kind == "usage":
            usage[col.lang] = Usage(v.casefold())
        elif col.kind == "status":
            # Translators' sheets often put a usage decision in the status column
            # ("deprecated": another rendering is preferred): a decided term.
            # A row-wide usage word judges the source rendering, not its equivalent.
            if v.casefold() in _USAGE_WORDS:
                usage[col.lang or source_lang] = _USAGE_WORDS[v.casefold()]
                review[col.lang] = Review.APPROVED
                judged = judged or col.lang is None
            else:
                review[col.lang] = _REVIEW_ALIASES.get(v.casefold()) or Review(v.casefold())
        elif col.kind == "tnote":
            notes[cast(str, col.lang)] = v
        elif col.kind in ("reviewer", "date"):
            who, when = by.get(cast(str, col.lang), (None, None))
            by[cast(str, col.lang)] = (v, when) if col.kind == "reviewer" else (who, v)
        elif col.kind in ("forbidden", "flags"):
            flags = {f.strip().casefold() for f in re.split(r"[,;]", v)}
            if col.kind == "forbidden" and not flags <= _TRUE | _FALSE and col.lang:
                bad.setdefault(col.lang, []).extend(parts)
            elif flags & _TRUE:     # a row-wide mark applies to the target terms
                usage.setdefault(col.lang or "*target", Usage.DEPRECATED)
            for f in sorted(flags - _TRUE - _FALSE) if col.kind == "flags" else ():
                report.drop(f"flag {f}")
        elif col.kind == "omegat":
            for mark, lang in ((FORBIDDEN, "*target"), (DEPRECATED_SOURCE, source_lang)):
                if v.startswith(mark):
                    usage[lang], v = Usage.DEPRECATED, v[len(mark):].strip()
            cnotes += [v] if v else []
        elif col.kind == "id":
            key = v
        elif col.kind == "definition":
            definition = v
        elif col.kind == "note":
            cnotes.append(v)
            said += [] if col.name in _COMMENT_COLUMNS else [v]
        else:
            report.drop(f"column {col.name}")
    if not texts and not bad:
        return
    if judged and said and source_lang not in notes:
        # "Use 'Daqing Oilfield'" beside a rendering marked deprecated is about that
        # rendering, not the concept: it is the term's note, and does not replace the
        # concept's note given on the preferred term's row.
        notes[source_lang] = "\n".join(said)
        cnotes = [n for n in cnotes if n not in said]
    e = entries.setdefault(key, _Entry())
    e.definition = e.definition or definition
    e.notes += [n for n in cnotes if n not in e.notes]
    for lang, items in [*texts.items(), *bad.items()]:
        target = "*target" if lang != source_lang else source_lang
        use = (Usage.DEPRECATED if lang in bad and items is bad[lang]
               else usage.get(lang) or usage.get(target) or usage.get(None) or Usage.ADMITTED)
        rev = review.get(lang) or review.get(None) or Review.CANDIDATE
        have = e.terms.setdefault(lang, [])
        for text in items:
            if all(t.text != text for t in have):
                who, when = by.get(lang, (None, None))
                have.append(Term(text=text, lang=lang, usage=use, review=rev, note=notes.get(lang),
                                 modified_by=who, modified=when))
