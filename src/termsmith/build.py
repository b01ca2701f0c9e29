"""Rebuild the shipped data (``glossary/`` and ``tmx/``) from the seed corpus and the decisions.

The shipped term base is never edited by hand: ``termsmith build`` harvests
every ``corpus/*.txt`` into a fresh in-memory term base, applies the reviewed
decisions kept in ``glossary/decisions.csv`` (:mod:`termsmith.decisions`:
statuses, equivalents, relations, merges, each with its reviewer and date; reviewable
in git), and exports TBX v2, TBX v3, CSV, an OmegaT glossary and TMX. Output is
deterministic, so ``termsmith build --check`` (run by the tests) fails when the
committed files differ from what the command produces.
"""

from __future__ import annotations

import filecmp
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from termsmith import decisions as decisions_file
from termsmith import exchange, formats, harvest, ingest, reader
from termsmith.errors import SourceError
from termsmith.model import Review
from termsmith.store import open_store

DECISIONS = "glossary/decisions.csv"


@dataclass(frozen=True, slots=True)
class Output:
    """One shipped file: where it goes and how it is exported."""

    path: str          # relative to the project root; {stem} is the corpus name
    fmt: str           # a writable format of the registry (termsmith.formats.FORMATS)

    def __post_init__(self) -> None:
        formats.get(self.fmt, writes=True)


OUTPUTS = (
    Output("glossary/{stem}.tbx", "tbx"),          # TBX v2: OmegaT, translate-toolkit, Weblate
    Output("glossary/{stem}.v3.tbx", "tbx3"),      # TBX v3 (ISO 30042:2019), TBX-Basic
    Output("glossary/{stem}.csv", "csv"),          # memoQ, Phrase, Weblate
    Output("glossary/{stem}.omegat.txt", "tsv"),   # OmegaT tab-separated glossary
    Output("tmx/{stem}.tmx", "tmx"),
)


def corpus_files(root: Path) -> list[Path]:
    """The documents the shipped glossary is built from, in name order."""
    return sorted((root / "corpus").glob("*.txt"))


def stem(root: Path) -> str:
    """The name of the shipped files: the corpus file's name when there is one document."""
    files = corpus_files(root)
    if len(files) == 1:
        return files[0].name.removesuffix(".txt").removesuffix(".en")
    return "termsmith"


def build(root: Path, out: Path | None = None,
          progress: Callable[[str], None] | None = None) -> list[Path]:
    """Harvest the corpus, apply the decisions, write every output under ``out`` (default root)."""
    if not corpus_files(root):
        # Not the project folder: an empty glossary written there, or every shipped
        # file reported stale, would only mislead.
        raise SourceError(f"{root}: no corpus/*.txt in this folder; give --root the project "
                          "folder (holding corpus/ and glossary/)")
    out = out or root
    tb = open_store(":memory:")
    try:
        docs = []
        for f in corpus_files(root):
            doc = reader.read(f)
            # Contexts name the document relative to the project, whatever the cwd.
            docs.append(replace(doc, path=f.relative_to(root).as_posix()))
        with tb.transaction():
            for doc in docs:
                if progress:
                    progress(f"harvest {doc.path}")
                ingest.store(tb, harvest.run(doc))
        decisions = root / DECISIONS
        if decisions.exists():
            if progress:
                progress(f"apply {DECISIONS}")
            decisions_file.apply(tb, decisions)
        name = stem(root)
        written = []
        for o in OUTPUTS:
            target = out / o.path.format(stem=name)
            target.parent.mkdir(parents=True, exist_ok=True)
            if progress:
                progress(f"write {target}")
            exchange.export(tb, target, o.fmt, statuses=[Review.CANDIDATE, Review.APPROVED])
            written.append(target)
        return written
    finally:
        tb.close()


def check(root: Path) -> list[str]:
    """Build into a temporary folder; return the shipped files that differ or are missing."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = build(root, Path(tmp))
        stale = []
        for f in fresh:
            rel = f.relative_to(tmp)
            shipped = root / rel
            if not shipped.exists() or not filecmp.cmp(f, shipped, shallow=False):
                stale.append(rel.as_posix())
        return stale
