"""Import and export: exchange files in and out of the term base, safely.

Bridges :mod:`termsmith.formats` (files ↔ model objects) and
the :class:`~termsmith.store.Store` (model objects ↔ SQLite or PostgreSQL):

* an import runs in one transaction, so a malformed file changes nothing;
  importing a file twice adds nothing twice; a difference with a term a
  reviewer has decided on is reported as a conflict, never silently
  overwritten (unless forced);
* an export is written to a temporary file beside the target and renamed over
  it, so an interrupted export never leaves half a file where the old one stood.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from glob import escape as glob_escape
from pathlib import Path
from typing import IO, Any

from termsmith import files, formats, langs
from termsmith.errors import FormatError
from termsmith.formats import ExportOptions, Report
from termsmith.model import Concept, Review, Term, TermType, TranslationUnit, Usage, parse_id
from termsmith.normalize import find_form, form_key, key
from termsmith.store import Mode, Store

EXPORT_FORMATS = tuple(formats.names(writes=True))

# The fields a termsmith TMX carries (its units describe their English term); the
# registry holds each format's, this is the one concept_from_units rebuilds.
_TMX_FIELDS = formats.FORMATS["tmx"].carries
_SHORT = frozenset({TermType.ACRONYM, TermType.ABBREVIATION, TermType.SHORT_FORM})


@dataclass(slots=True)
class ImportStats:
    """What an import did, for the summary."""

    concepts_added: int = 0
    terms_added: int = 0
    terms_updated: int = 0
    concepts_updated: int = 0
    unchanged: int = 0
    units_added: int = 0
    units_unchanged: int = 0
    conflicts: list[str] = field(default_factory=list)
    report: Report = field(default_factory=Report)

    def conflict(self, message: str) -> None:
        """Record a conflict once (an OmegaT glossary repeats a term on each of its pairs)."""
        if message not in self.conflicts:
            self.conflicts.append(message)


def detect_format(path: str | Path) -> str:
    """The format of a file: an XML file by its root (whatever its extension says),
    anything else by its extension."""
    p = Path(path)
    by_name = formats.for_path(p)
    if by_name is None or by_name.roots:
        by_root = formats.sniff(_head(p))
        if by_root is not None:
            return by_root.name
    if by_name is not None:
        return by_name.name
    _refuse_other_content(p, None)
    raise FormatError(f"{path}: cannot tell the format from the name or content; "
                      f"give --format ({', '.join(formats.names(reads=True))})")


# What a file that is no exchange file at all turns out to be, by its first bytes, and
# what to do with it instead (issue 15, item 7).
_NOT_EXCHANGE = (
    (b"%PDF-", "a PDF document", "termsmith reads text: convert it to text first"),
    (b"PK\x03\x04", "a ZIP archive (an .xlsx or .docx workbook or document)",
     "a review sheet goes in with: termsmith review import FILE"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document", "save it as .xlsx or CSV"),
    (b"SQLite format 3\x00", "an SQLite database (a term base?)", "give it as --db FILE"),
)


def _refuse_other_content(p: Path, fmt: formats.Format | None) -> None:
    """FormatError when the file is plainly something else: a PDF, a workbook, an HTML
    page or a transcript, saying which command reads it."""
    head = _head(p)
    for magic, what, hint in _NOT_EXCHANGE:
        if head.startswith(magic):
            raise FormatError(f"{p}: this is {what}, not {fmt.title if fmt else 'a glossary'}; "
                              f"{hint.replace('FILE', str(p))}")
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n").lower()
    if text.startswith(("<!doctype html", "<html")):
        raise FormatError(f"{p}: this looks like an HTML page, not an exchange file; "
                          f"a transcript is harvested: termsmith harvest {p}")
    if (fmt is None or fmt.name in ("csv", "tsv")) and _looks_like_prose(text):
        raise FormatError(f"{p}: this looks like a transcript (running text, no columns), not "
                          f"a {fmt.title if fmt else 'glossary'}; use: termsmith harvest {p}")


def _looks_like_prose(text: str) -> bool:
    """Running text: no tabs, no steady number of CSV cells per line, many long lines
    ending like sentences."""
    import csv
    from collections import Counter

    lines = [ln for ln in text.splitlines()[:-1] if ln.strip() and not ln.startswith("#")]
    if len(lines) < 3 or any("\t" in ln for ln in lines):
        return False
    cells, n = Counter(len(row) for row in csv.reader(lines)).most_common(1)[0]
    if cells >= 2 and n * 5 >= len(lines) * 4:      # a table: most rows have as many cells
        return False
    long = [ln for ln in lines if len(ln.split()) >= 8]
    sentences = sum(ln.rstrip().endswith((".", "?", "!", ":", '"', "”")) for ln in lines)
    return len(long) * 3 >= len(lines) and sentences * 3 >= len(lines)


def _head(p: Path) -> bytes:
    try:
        with open(p, "rb") as f:
            raw = f.read(8192)
    except IsADirectoryError as e:
        raise FormatError(f"{p}: is a directory, not a file") from e
    except OSError as e:
        raise FormatError(f"{p}: cannot read: {e.strerror or e}") from e
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        return raw.decode(enc, errors="ignore").encode("utf-8")
    return raw


# -- export ---------------------------------------------------------------------


def select(concepts: Iterable[Concept], *, statuses: Sequence[Review] = (),
           kinds: Sequence[str] = (), min_score: float | None = None) -> Iterator[Concept]:
    """Keep concepts of the given kinds and score, and terms of the given review statuses.

    A concept whose English terms are all filtered out is dropped.
    """
    for c in concepts:
        if kinds and (c.kind or "manual") not in kinds:
            continue
        if min_score is not None and c.score is not None and c.score < min_score:
            continue
        if statuses:
            terms = tuple(t for t in c.terms if t.review in statuses)
            if not any(t.lang == "en" for t in terms):
                continue
            c = replace(c, terms=terms)
        yield c


def write_atomic(path: str | Path, write: Callable[[IO[bytes]], Any]) -> Any:
    """Call ``write(stream)`` on a temporary file beside ``path``, then rename it over ``path``.

    Only a regular file (or nothing) is ever replaced (issue 15, item 20): a symbolic
    link is followed and what it names is replaced, so the link stays; a FIFO, a
    device or a socket (``-o /dev/null``, ``-o /dev/stdout``) is written through,
    never renamed over. Temporaries that an export killed before it could clean up
    left beside the target (``.NAME.PID.*.part`` of a process that is gone) are removed.
    """
    target = Path(path)
    try:
        # What the path finally names, links followed by the system: /dev/stdout on a pipe
        # is a link to /proc/self/fd/1, a link to "pipe:[N]", which no Path can resolve.
        st: os.stat_result | None = os.stat(target)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
        with open(target, "wb") as f:               # a FIFO, device or pipe: written through
            return write(f)
    if target.is_symlink():
        target = target.resolve()
    if target.is_dir():
        raise FormatError(f"{target}: is a directory")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FormatError(f"{target}: folder {folder} does not exist")
    _remove_stale_parts(folder, target.name)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part",
                               dir=folder)
    try:
        # mkstemp makes the file private (0600); give it the mode a new file would get
        # (or the one the replaced file had).
        os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            result = write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return result


def _remove_stale_parts(folder: Path, name: str) -> None:
    """Remove ``.NAME.PID.*.part`` temporaries whose process is gone (killed mid-export)."""
    for part in folder.glob(f".{glob_escape(name)}.*.part"):
        pid = part.name[len(name) + 2:].split(".", 1)[0]
        if not (pid.isascii() and pid.isdigit()):
            continue                    # not one of ours
        try:
            os.kill(int(pid), 0)
            continue                    # still running: perhaps another export of the same file
        except ProcessLookupError:
            pass
        except (PermissionError, OverflowError):
            continue                    # someone else's process, or no pid at all
        try:
            if part.is_file() and not part.is_symlink():
                part.unlink()
        except OSError:
            pass                        # not ours to remove after all


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def export(tb: Store, path: str | Path, fmt: str, *, statuses: Sequence[Review] = (),
           kinds: Sequence[str] = (), min_score: float | None = None, zh_tag: str = "zh-CN",
           timestamps: bool = False, max_contexts: int | None = 3,
           include_units: bool = True) -> int:
    """Export the term base to ``path`` in ``fmt``; return the number of entries written."""
    writer = formats.get(fmt, writes=True)
    if zh_tag not in langs.ZH_EXPORT_TAGS:
        raise FormatError(f"unknown Chinese tag {zh_tag!r} (choose from "
                          f"{', '.join(langs.ZH_EXPORT_TAGS)})")
    concepts = select(tb.concepts(contexts=writer.contexts, max_contexts=max_contexts),
                      statuses=statuses, kinds=kinds, min_score=min_score)
    units: Iterable[TranslationUnit] = ()
    if include_units and writer.holds is formats.Holds.UNITS:
        units = tb.units()
    options = ExportOptions(zh_tag=zh_tag, timestamps=timestamps, max_contexts=max_contexts,
                            units=units)
    write = writer.write_fn()
    result: int = write_atomic(path, lambda f: write(concepts, f, options))
    return result


# -- import ---------------------------------------------------------------------


def read_items(path: str | Path, fmt: str, report: Report) -> Iterator[Concept | TranslationUnit]:
    """Stream what a file holds: concepts (TBX, CSV, TSV) or translation units (TMX, XLIFF, PO)."""
    return formats.get(fmt, reads=True).read_fn()(path, report=report)


def import_file(tb: Store, path: str | Path, *, fmt: str | None = None, force: bool = False,
                who: str = "import") -> ImportStats:
    """Import an exchange file into ``tb`` in one transaction; return what changed.

    TMX units written by termsmith (carrying an ``x-concept`` prop) become
    concepts again; other units go to the translation memory.
    """
    files.input_file(path)                  # missing, a directory, a FIFO, empty: refused
    fmt = fmt or detect_format(path)
    kind = formats.get(fmt, reads=True)
    _refuse_other_content(Path(path), kind)
    carried = kind.carries
    # Re-run whole (the file read again) if PostgreSQL cannot serialise it with another writer.
    return tb.atomic(lambda: _import(tb, path, fmt, carried, force, who), Mode.BULK)


def _import(tb: Store, path: str | Path, fmt: str,
            carried: tuple[frozenset[str], frozenset[str]], force: bool, who: str) -> ImportStats:
    stats = ImportStats()
    pending: list[TranslationUnit] = []
    pending_id: str | None = None
    batch = _Batch(tb, stats, force, who, str(path))
    seen_any = False
    for item in read_items(path, fmt, stats.report):
        seen_any = True
        if isinstance(item, Concept):
            seen = stats.report.carried     # known once the reader has seen the header
            batch.concept(item, (seen, seen) if seen is not None else carried)
            continue
        cid = dict(item.props).get("x-concept")
        if cid is None:
            batch.unit(item)
            continue
        if pending and cid != pending_id:
            batch.concept(concept_from_units(pending, str(path)), _TMX_FIELDS)
            pending = []
        pending.append(item)
        pending_id = cid
    if pending:
        batch.concept(concept_from_units(pending, str(path)), _TMX_FIELDS)
    batch.flush()
    if not seen_any and not stats.report.dropped and not stats.report.warnings:
        raise FormatError(f"{path}: no terms or translation units in this "
                          f"{formats.get(fmt).title} (only white space, or a header with no rows)")
    return stats


class _Batch:
    """What an import writes, gathered so that new concepts and translation units go in
    with one statement per table (issue 14: a 20,000-concept TBX) while every concept
    that meets one already in the term base is merged on its own, in file order."""

    SIZE = 1000

    def __init__(self, tb: Store, stats: ImportStats, force: bool, who: str, source: str) -> None:
        self.tb, self.stats, self.force, self.who, self.source = tb, stats, force, who, source
        self.todo: list[tuple[Concept, tuple[frozenset[str], frozenset[str]]]] = []
        self.units: list[TranslationUnit] = []

    def concept(self, c: Concept, carried: tuple[frozenset[str], frozenset[str]]) -> None:
        self.todo.append((replace(c, terms=tuple(_located(t) for t in c.terms)), carried))
        if len(self.todo) >= self.SIZE:
            self._concepts()

    def unit(self, u: TranslationUnit) -> None:
        self.units.append(u)
        if len(self.units) >= self.SIZE:
            self._units()

    def flush(self) -> None:
        self._concepts()
        self._units()

    def _units(self) -> None:
        if self.units:
            added = self.tb.add_units(self.units, source=self.source)
            self.stats.units_added += added
            self.stats.units_unchanged += len(self.units) - added
            self.units = []

    def _concepts(self) -> None:
        """Look the batch's keys up at once; add the new concepts together, merge the others."""
        todo, self.todo = self.todo, []
        wanted: dict[str, set[str]] = {}
        for c, _ in todo:
            for lang, k in _first_keys(c):
                wanted.setdefault(lang, set()).add(k)
        known = {(lang, k) for lang, keys in wanted.items()
                 for k in self.tb.find_terms_by_keys(lang, sorted(keys))}
        new: list[Concept] = []
        new_keys: set[tuple[str, str]] = set()
        dirty = False                   # a merge may have given a known concept new terms
        for c, carried in todo:
            first = set(_first_keys(c))
            if not first & known and not first & new_keys and not (dirty and _find(self.tb, c)):
                new.append(c)
                new_keys |= {(t.lang, key(t.text)) for t in c.terms}
                continue
            self._add(new)
            new, new_keys = [], set()
            _merge(self.tb, c, self.force, self.who, self.stats, carried)
            dirty = True
        self._add(new)

    def _add(self, new: list[Concept]) -> None:
        if new:
            self.tb.add_concepts(new, keep_id=True)
            self.stats.concepts_added += len(new)
            self.stats.terms_added += sum(len(c.terms) for c in new)


def _first_keys(c: Concept) -> list[tuple[str, str]]:
    """(language, key) of the terms :func:`_find` matches a concept on."""
    order = {"en": 0, "zh-Hans": 1, "zh-Hant": 1}
    terms = sorted(c.terms, key=lambda t: order.get(t.lang, 2))
    first = order.get(terms[0].lang, 2)
    return [(t.lang, key(t.text)) for t in terms if order.get(t.lang, 2) == first]


def concept_from_units(units: Sequence[TranslationUnit], source: str = "TMX") -> Concept:
    """Rebuild a concept from the term-pair units termsmith wrote for it."""
    from termsmith.formats.tmx import context_from_note, iso_date

    terms: dict[tuple[str, str], Term] = {}
    for u in units:
        props = dict(u.props)
        review = _enum(Review, props.get("x-status"), Review.CANDIDATE)
        note = context_from_note(u.notes[0]) if u.notes else None
        for v in u.variants:
            if not v.text.strip():
                continue                # an empty segment names no term (issue 15, item 22)
            lang = langs.normalize(v.lang)
            english = lang == "en"
            # The unit's props and note describe its English term (see tmx.units_from_concepts).
            terms.setdefault((lang, v.text), Term(
                text=v.text.strip(), lang=lang,
                type=_enum(TermType, props.get("x-termType"), TermType.FULL_FORM)
                if english else TermType.FULL_FORM,
                usage=_enum(Usage, props.get("x-usage"), Usage.ADMITTED)
                if english else Usage.ADMITTED,
                review=review, contexts=(note,) if english and note else (),
                created=iso_date(v.created), modified=iso_date(v.changed),
                created_by=v.created_by, modified_by=v.changed_by))
    cid = dict(units[0].props).get("x-concept", "")
    ordered = sorted(terms.values(), key=lambda t: t.lang != "en")
    if not ordered:
        raise FormatError(f"{source}: unit {units[0].id or cid!r}: every segment of concept "
                          f"{cid!r} is empty")
    return Concept(terms=tuple(ordered), id=parse_id(cid, "c"))


def _enum(cls: Any, value: str | None, default: Any) -> Any:
    try:
        return cls(value) if value else default
    except ValueError:
        return default


def _find(tb: Store, c: Concept) -> int | None:
    """The existing concept an imported one is the same as.

    Matched on the terms of its first language among English, Chinese, then any
    other: a concept with English terms that match nothing is new, even if its
    Chinese term is known (two English renderings of one brand are two concepts
    until a reviewer merges them; the checker reports them).
    """
    order = {"en": 0, "zh-Hans": 1, "zh-Hant": 1}
    terms = sorted(c.terms, key=lambda t: order.get(t.lang, 2))
    first = order.get(terms[0].lang, 2)
    for t in terms:
        if order.get(t.lang, 2) != first:
            break
        hit = tb.find_term_by_key(t.lang, key(t.text))
        if hit:
            return hit[0]
    return None


def _located(t: Term) -> Term:
    """``t`` with a span for each context that lacks one (a TMX note keeps only the sentence)."""
    if all(c.end > c.start for c in t.contexts):
        return t
    out = []
    for c in t.contexts:
        if c.end <= c.start and (span := find_form(c.sentence, t.text)) is not None:
            c = replace(c, start=span[0], end=span[1])
        out.append(c)
    return replace(t, contexts=tuple(out))


def _merge(tb: Store, c: Concept, force: bool, who: str, stats: ImportStats,
           carried: tuple[frozenset[str], frozenset[str]]) -> None:
    c = replace(c, terms=tuple(_located(t) for t in c.terms))
    cid = _find(tb, c)
    if cid is None:
        tb.add_concept(c, keep_id=True)
        stats.concepts_added += 1
        stats.terms_added += len(c.terms)
        return
    current = tb.get(cid)
    label = f"#{cid} {current.head.text}"
    changes: dict[str, str | None] = {}
    for fld in ("subject", "definition", "note"):
        new, old = getattr(c, fld), getattr(current, fld)
        if new is None or new == old or (fld == "note" and "comment" in carried[0]
                                         and _is_comment_of(new, current)):
            continue
        if old is None or force:
            changes[fld] = new
        else:
            stats.conflict(f"{label}: {fld} differs: term base {old!r}"
                           f"{_set_by(tb, cid, None, {fld})}, file {new!r}")
    if changes:
        # The file's own record of who made the change, where it has one (a decisions
        # file, another desk's export); else the importer, now.
        tb.update_concept(cid, c.modified_by or who, at=c.modified if c.modified_by else None,
                          fields=changes)
        stats.concepts_updated += 1
    for g in c.glosses:
        tb.add_gloss(cid, g)
    by_form = {(t.lang, form_key(t.text)): t for t in current.terms}
    # A row pairing an English acronym or short form with a Chinese term (SCIO → 国新办)
    # gives the concept a Chinese short form, not a second full form.
    matched_en = [by_form.get(("en", form_key(t.text))) for t in c.terms if t.lang == "en"]
    short_row = bool(matched_en) and all(m is not None and m.type in _SHORT for m in matched_en)
    for t in c.terms:
        mine = by_form.get((t.lang, form_key(t.text)))
        if mine is None and short_row and t.lang != "en" and t.type is TermType.FULL_FORM:
            t = replace(t, type=TermType.SHORT_FORM)
        if mine is None:
            tb.add_term(cid, t, key=key(t.text), who=who)   # a spelling variant gets its own key
            stats.terms_added += 1
            continue
        assert mine.id is not None
        # A context the term base has (same sentence, same place) is the same context,
        # whatever the file kept of it: a TMX note has no speaker and no span (issue 15).
        seen = {(x.source, x.line, x.sentence) for x in mine.contexts}
        for ctx in t.contexts:
            if (ctx.source, ctx.line, ctx.sentence) not in seen:
                tb.add_context(mine.id, ctx)
        # Only what the format carries can differ: a CSV has no term type, so its
        # default (fullForm) must not turn an acronym into a full form.
        fields = carried[t.lang != "en"]
        diff: dict[str, Any] = {
            f: _plain(getattr(t, f)) for f in ("type", "usage", "review", "pos", "note")
            if f in fields and getattr(t, f) is not None and getattr(t, f) != getattr(mine, f)}
        deprecated = t.usage is Usage.DEPRECATED
        if "forbidden" in fields and "usage" not in fields and deprecated != (
                mine.usage is Usage.DEPRECATED):
            diff["usage"] = _plain(Usage.DEPRECATED if deprecated else Usage.ADMITTED)
        if t.text != mine.text and t.lang != "en":
            diff["text"] = t.text
        if carried is _TMX_FIELDS and diff.get("review") not in (None, Review.APPROVED.value):
            # A TMX unit's status is its pair's (approved only if both terms are): only an
            # "approved" says something about this term; anything else is not carried.
            del diff["review"]
        if not diff:
            stats.unchanged += 1
        elif tb.term_is_reviewed(mine.id) and not force:
            parts = ", ".join(f"{f} {_plain(getattr(mine, f))} → {v}"
                              for f, v in sorted(diff.items()))
            stats.conflict(f"{label}: [{t.lang}] {mine.text!r} was reviewed"
                           f"{_set_by(tb, cid, mine.id, set(diff), ' by')}; file has "
                           f"{parts} (kept the term base's; --force to take the file's)")
        else:
            tb.update_term(mine.id, t.modified_by or who, at=t.modified if t.modified_by else None,
                           **diff)
            stats.terms_updated += 1


def _set_by(tb: Store, cid: int, term_id: int | None, fields: set[str],
            lead: str = " set by") -> str:
    """``" set by WHO at WHEN"``: the last recorded change to one of ``fields`` of the term
    (or, ``term_id`` None, the concept), else to the term; "" if none is recorded."""
    mine = [h for h in tb.history(cid) if h.term_id == term_id]
    last = next((h for h in reversed(mine) if h.field in fields),
                mine[-1] if mine and term_id is not None else None)
    return "" if last is None else f"{lead} {last.who} at {last.at}"


def _is_comment_of(note: str, concept: Concept) -> bool:
    """True if ``note`` is the one-cell comment our CSV/TSV layouts write for ``concept``
    (definition; note; glosses; "also: …" synonyms), or a part of it: not a new note."""
    from termsmith.formats.csvglossary import COMMENT_SEP, comment_parts

    parts = [p for p in note.split(COMMENT_SEP) if not p.startswith("also: ")]
    return set(parts) <= set(comment_parts(concept))


def _plain(value: Any) -> Any:
    """An enum's value, or the value itself."""
    return value.value if isinstance(value, Enum) else value
