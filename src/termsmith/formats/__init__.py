"""Exchange formats: TBX (v2 and v3), TMX, CSV/TSV glossaries. Each module knows its format, not SQLite.

Every reader takes a path or binary stream and an optional :class:`Report`
that collects what the file held and the model could not (so an import can
say what it dropped); every writer takes model objects and a binary stream.

The only registry of formats is :data:`FORMATS` (name → module, imported lazily).
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass, field
from types import ModuleType

FORMATS: dict[str, str] = {
    "tbx": "termsmith.formats.tbx",      # TBX v2 (martif, TBX-Basic): the default TBX
    "tbx3": "termsmith.formats.tbx",     # TBX v3 (ISO 30042:2019, TBX-Basic dialect)
    "tmx": "termsmith.formats.tmx",
    "csv": "termsmith.formats.csvglossary",
    "tsv": "termsmith.formats.csvglossary",
    "xliff": "termsmith.formats.ttk",    # read only, through translate-toolkit
    "po": "termsmith.formats.ttk",       # read only, through translate-toolkit
}


def module(name: str) -> ModuleType:
    """The module that handles format ``name``."""
    return importlib.import_module(FORMATS[name])


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
