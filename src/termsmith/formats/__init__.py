"""Exchange formats: TBX (v2 and v3), TMX, CSV/TSV glossaries, XLIFF and PO. Each module knows its
format, not SQLite.

Every format is registered once, in :data:`FORMATS`, as a :class:`Format`: its name, the module
that handles it (imported on first use, so the command line starts fast), the file extensions
and XML roots that name it, what it holds (concepts or translation units), which term fields it
carries, and its reader and writer. The command line (``--format`` choices, the format of a file
name), :mod:`termsmith.exchange` (import, export, detection) and :mod:`termsmith.build` all read
this table, so adding a format means one module and one entry here.

A format module offers, under the names its entry gives:

* a :class:`Reader`: ``read(source, *, report=None)`` streams :class:`~termsmith.model.Concept`
  or :class:`~termsmith.model.TranslationUnit` objects from a path or binary stream, counting
  in the :class:`Report` what the file held and the model could not (so an import can say what
  it dropped);
* a :class:`Writer`: ``write(concepts, dest, options)`` writes concepts (and, for a format that
  holds translation units, ``options.units``) to a binary stream and returns how many entries
  it wrote.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, BinaryIO, Protocol

from termsmith.errors import FormatError

if TYPE_CHECKING:                 # the model is imported by the format modules themselves
    from termsmith.model import Concept, TranslationUnit

__all__ = ["FORMATS", "ExportOptions", "Format", "Holds", "Reader", "Report", "Writer",
           "for_path", "get", "module", "names", "sniff"]


@dataclass(slots=True)
class Report:
    """What a reader saw but could not keep, and any warnings, for the user."""

    dropped: Counter[str] = field(default_factory=Counter)   # "descrip[type=x]" -> count
    warnings: list[str] = field(default_factory=list)
    # The term fields this file states ("review", "usage", "note"; "forbidden": only
    # whether a term is deprecated), when a reader knows them to be fewer than its
    # format's (a CSV without a status column); None: whatever the format carries.
    carried: frozenset[str] | None = None

    def drop(self, what: str, n: int = 1) -> None:
        """Record that ``what`` was dropped ``n`` times."""
        self.dropped[what] += n

    def warn(self, message: str) -> None:
        """Record a warning (one line, naming the place)."""
        self.warnings.append(message)

    def summary(self) -> list[str]:
        """Lines for the user: dropped items with counts, then warnings."""
        lines = [f"dropped {n} × {what}" for what, n in sorted(self.dropped.items())]
        return lines + self.warnings


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What every writer is told, whatever its format (a format ignores what it cannot hold)."""

    zh_tag: str = "zh-CN"          # the one tag written for Chinese (CAT tools match on ``zh``)
    timestamps: bool = False       # created/modified dates (off: the same data, the same bytes)
    max_contexts: int | None = 3   # context sentences per term (None: all)
    units: Iterable[TranslationUnit] = ()   # the translation memory, for formats holding units


class Reader(Protocol):
    """Streams what a file holds."""

    def __call__(self, source: str | Path | BinaryIO, *,
                 report: Report | None = None) -> Iterator[Concept | TranslationUnit]: ...


class Writer(Protocol):
    """Writes concepts (and ``options.units``) to a binary stream; returns the entries written."""

    def __call__(self, concepts: Iterable[Concept], dest: IO[bytes], options: ExportOptions) -> int: ...


class Holds(StrEnum):
    """What a format's entries are."""

    CONCEPTS = "concepts"          # a term base: TBX, CSV/TSV glossaries
    UNITS = "units"                # a translation memory or a bilingual file: TMX, XLIFF, PO


# Term fields (for English terms, and for other terms) a format states; an import compares
# and updates only these, so a field the format lacks never reads as a change.
_ALL_FIELDS = frozenset({"type", "usage", "review", "pos", "note"})
_CSV_FIELDS = frozenset({"usage", "review", "note"})          # no term type or part of speech


@dataclass(frozen=True, slots=True)
class Format:
    """One exchange format: how it is named, recognised, read and written."""

    name: str                       # what --format takes
    title: str                      # for help and messages
    module: str                     # the module that handles it (imported on first use)
    holds: Holds
    reader: str | None = "read"     # function names in ``module``; None: cannot read / write
    writer: str | None = None
    # File extensions (lower case, with the dot) that name this format. For writing, a format
    # that shares an extension with another is chosen only by name (.tbx is TBX v2, not v3).
    extensions: tuple[str, ...] = ()
    roots: tuple[bytes, ...] = ()   # XML root elements that identify it, whatever the extension
    write_extensions: bool = True   # whether ``extensions`` also choose it for writing
    # TMX units written by termsmith describe their English term (tmx.units_from_concepts).
    carries: tuple[frozenset[str], frozenset[str]] = (_ALL_FIELDS, _ALL_FIELDS)
    entries: str = "concepts"       # what the writer's count counts, for summaries
    contexts: bool = True           # whether the writer writes terms' context sentences (if
                                    # not, an export reads none from the term base)

    def load(self) -> ModuleType:
        """The module that handles this format."""
        return importlib.import_module(self.module)

    def read_fn(self) -> Reader:
        """The reader; FormatError if the format cannot be read."""
        if self.reader is None:
            raise FormatError(f"{self.title} cannot be read (choose from {', '.join(names(reads=True))})")
        fn: Reader = getattr(self.load(), self.reader)
        return fn

    def write_fn(self) -> Writer:
        """The writer; FormatError if the format cannot be written."""
        if self.writer is None:
            raise FormatError(f"{self.title} cannot be written (choose from "
                              f"{', '.join(names(writes=True))})")
        fn: Writer = getattr(self.load(), self.writer)
        return fn


FORMATS: dict[str, Format] = {f.name: f for f in (
    # TBX v2 (martif, TBX-Basic): the default TBX; OmegaT, translate-toolkit and Weblate read it.
    Format("tbx", "TBX", "termsmith.formats.tbx", Holds.CONCEPTS, writer="write_v2",
           extensions=(".tbx",), roots=(b"<martif", b"<tbx")),
    # TBX v3 (ISO 30042:2019, TBX-Basic dialect); read by the same reader as v2.
    Format("tbx3", "TBX v3", "termsmith.formats.tbx", Holds.CONCEPTS, writer="write_v3",
           extensions=(".tbx",), write_extensions=False),
    Format("tmx", "TMX", "termsmith.formats.tmx", Holds.UNITS, writer="write_concepts",
           extensions=(".tmx",), roots=(b"<tmx",),
           carries=(frozenset({"type", "usage", "review"}), frozenset({"review"})),
           entries="translation units"),
    # memoQ, Phrase, Weblate, Excel
    Format("csv", "CSV glossary", "termsmith.formats.csvglossary", Holds.CONCEPTS,
           writer="write_concepts_csv", extensions=(".csv",),
           carries=(_CSV_FIELDS, _CSV_FIELDS), entries="entries", contexts=False),
    # OmegaT's tab-separated glossary
    Format("tsv", "tab-separated glossary", "termsmith.formats.csvglossary", Holds.CONCEPTS,
           writer="write_concepts_tsv", extensions=(".tsv", ".txt", ".tab", ".utf8"),
           carries=(_CSV_FIELDS, _CSV_FIELDS), entries="entries", contexts=False),
    # Read only, through translate-toolkit (what Weblate and Pootle trust for these).
    Format("xliff", "XLIFF", "termsmith.formats.ttk", Holds.UNITS,
           extensions=(".xlf", ".xliff", ".sdlxliff")),
    Format("po", "PO", "termsmith.formats.ttk", Holds.UNITS, extensions=(".po", ".pot")),
)}


def names(*, reads: bool = False, writes: bool = False) -> list[str]:
    """Format names, in registry order: all, or those that can be read and/or written."""
    return [f.name for f in FORMATS.values()
            if not (reads and f.reader is None) and not (writes and f.writer is None)]


def get(name: str, *, reads: bool = False, writes: bool = False) -> Format:
    """The format called ``name``; FormatError naming the choices if there is none."""
    f = FORMATS.get(name)
    if f is None or (reads and f.reader is None) or (writes and f.writer is None):
        what = "import" if reads else "export" if writes else ""
        raise FormatError(f"unknown {what + ' ' if what else ''}format {name!r} "
                          f"(choose from {', '.join(names(reads=reads, writes=writes))})")
    return f


def for_path(path: str | Path, *, writes: bool = False) -> Format | None:
    """The format a file name names by its extension (None: the extension names none)."""
    ext = Path(path).suffix.lower()
    for f in FORMATS.values():
        if ext in f.extensions and (f.reader if not writes else f.writer) is not None \
                and (f.write_extensions or not writes):
            return f
    return None


def sniff(head: bytes) -> Format | None:
    """The XML format whose root element comes first in ``head`` (the first bytes, as UTF-8)."""
    found = [(at, i, f) for i, f in enumerate(FORMATS.values()) for root in f.roots
             if (at := head.find(root)) >= 0]
    return min(found, key=lambda x: x[:2])[2] if found else None


def module(name: str) -> ModuleType:
    """The module that handles format ``name``."""
    return get(name).load()
