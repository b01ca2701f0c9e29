"""Consistency checks: a term base against documents, and against itself.

Each check module (:mod:`termsmith.check.original`, :mod:`termsmith.check.bilingual`)
is a pure function from model objects to :class:`~termsmith.model.Finding` objects
and declares its check ids in its own ``CHECKS`` constant. :func:`all_checks` merges
them lazily, so ``import termsmith.check`` stays light (no matcher, no wordfreq):
only a caller that needs the registry, or runs a check, pays for the imports.

:class:`Options` selects checks and overrides their severities; :func:`finalize`
applies it to a stream of findings and sorts them for display.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from termsmith.model import Finding, Severity

if TYPE_CHECKING:
    from termsmith.store import Store

__all__ = ["CHECKS", "MODULES", "Options", "all_checks", "finalize", "run"]

# check id -> (default severity, one-line description). Each check module adds its own
# CHECKS constant when imported, and all_checks() imports them all; the modules are the
# single source of truth.
CHECKS: dict[str, tuple[Severity, str]] = {}

# The check modules, imported on demand (sacrebleu's lazy registry idea).
MODULES: tuple[str, ...] = ("termsmith.check.original", "termsmith.check.bilingual")


def all_checks() -> dict[str, tuple[Severity, str]]:
    """Every known check id with its default severity and description."""
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:   # a real missing dependency, not a module not yet written
                raise
            continue
        CHECKS.update(getattr(module, "CHECKS", {}))
    return CHECKS


@dataclass(frozen=True)
class Options:
    """Which checks run and how severe their findings are.

    An empty ``select`` means every check; ``ignore`` wins over ``select``.
    A select/ignore entry may also be a prefix ending in ``-`` (``variant-``).
    """

    select: frozenset[str] = frozenset()
    ignore: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=lambda: MappingProxyType({}))

    def enabled(self, check_id: str) -> bool:
        """Whether findings of ``check_id`` are reported."""
        if _matches(check_id, self.ignore):
            return False
        return not self.select or _matches(check_id, self.select)

    def severity(self, check_id: str) -> Severity:
        """The severity of ``check_id``: the override, else its registered default."""
        if check_id in self.severities:
            return self.severities[check_id]
        # A running check has registered its module's ids; only an unknown id pays for
        # importing every check module.
        default = CHECKS.get(check_id) or all_checks().get(check_id)
        return default[0] if default else Severity.WARNING


def _matches(check_id: str, patterns: frozenset[str]) -> bool:
    return check_id in patterns or any(
        p.endswith("-") and check_id.startswith(p) for p in patterns)


def finalize(findings: Iterable[Finding], options: Options) -> list[Finding]:
    """Drop disabled checks, apply severity overrides, sort for display."""
    kept: list[Finding] = []
    for f in findings:
        if not options.enabled(f.check):
            continue
        if f.check in options.severities and options.severities[f.check] != f.severity:
            f = replace(f, severity=options.severities[f.check])
        kept.append(f)
    kept.sort(key=lambda f: (f.severity.rank, f.path or "", f.line or 0, f.column or 0,
                             f.check))
    return kept



def run(tb: Store, files: Sequence[str] = (), *, source: str | None = None,
        target: str | None = None, options: Options | None = None,
        source_lang: str | None = None, target_lang: str | None = None,
        presegmented: bool = False,
        progress: Callable[[int, int], None] | None = None,
        as_doc: str | None = None) -> list[Finding]:
    """Everything ``termsmith check`` checks, as one call: the term base on its own, each of
    ``files`` (an original: the term base against it; a TMX, XLIFF or PO file: its pairs),
    and ``source`` against its translation ``target`` (either side Chinese; languages
    counted from the script unless given). Returns the findings, filtered by ``options``
    and sorted for display; ``progress(done, total)`` follows an alignment. An original
    harvested under another name is recognised by its title and date or its content, or
    named with ``as_doc`` (:mod:`termsmith.check.revision`; an unknown name raises
    :class:`~termsmith.check.revision.UnknownDocument`).

    >>> from termsmith.store import open_store
    >>> with open_store("termsmith.db") as tb:                        # doctest: +SKIP
    ...     findings = run(tb, ["speech.en.txt"])
    """
    opts = options or Options()
    # Each term with the forms its contexts show, not the contexts themselves: a big term
    # base holds half a million, and an original needs only those recorded from it.
    concepts = list(tb.concepts(forms=True))
    found = _findings(concepts, files, source, target, opts, (source_lang, target_lang),
                      presegmented, progress, (tb, as_doc))
    return finalize(found, opts)


def _findings(concepts: list[Any], files: Sequence[str], source: str | None,
              target: str | None, options: Options, langs: tuple[str | None, str | None],
              presegmented: bool,
              progress: Callable[[int, int], None] | None,
              harvested: tuple[Store, str | None]) -> Iterator[Finding]:
    from termsmith import formats, reader
    from termsmith.check import bilingual, original, revision
    from termsmith.check.refs import Keys

    tb, as_doc = harvested
    keys = Keys()       # every check of this run keys the same terms
    # The concepts the checked originals use: the term base's own findings about others
    # are counted, not listed (None: all listed, as for the term base alone or a file
    # of pairs, whose terms are not collected).
    used: set[int] | None = set() if files and not (source and target) else None
    # (read once, for the first original: the term base does not change during a check)
    counts: dict[int, int] | None = None
    sources: list[str] | None = None
    documents: list[Any] = []
    for f in files:
        named = formats.for_path(f)
        if named is not None and named.holds is formats.Holds.UNITS:     # TMX, XLIFF, PO
            used = None
            yield from bilingual.check_pairs(bilingual.pairs_from_file(f, *langs), concepts,
                                             options, path=f)
        else:
            document = reader.read(f)
            if sources is None:
                counts, sources, documents = (tb.context_counts(), tb.context_sources(),
                                              tb.documents())
            rev = revision.recognise_among(document, sources, tb.source_sentences,
                                           documents, as_doc)
            # Its own contexts (and those of the document it revises): the stale checks
            # compare them with the file.
            ours = [s for s in sources if (rev is not None and s == rev.source)
                    or revision.same_source(s, document.path)]
            yield from original.check_original(_with_contexts(concepts, tb.contexts_from(ours)),
                                               document, options, revision=rev, counts=counts,
                                               keys=keys, used=used)
    if source and target:
        if presegmented or (bilingual.one_segment_per_line(source)
                            and bilingual.one_segment_per_line(target)):
            pairs = bilingual.pairs_from_lines(source, target, source_lang=langs[0],
                                               target_lang=langs[1], progress=progress)
        else:
            pairs = bilingual.orient(bilingual.pairs_from_texts(source, target), *langs)
        yield from bilingual.check_pairs(pairs, concepts, options, path=target)
    yield from original.check_termbase(concepts, options, keys, among=used)


def _with_contexts(concepts: list[Any], contexts: dict[int, tuple[Any, ...]]) -> list[Any]:
    """``concepts`` with the terms of ``contexts`` (by term id) given those contexts."""
    if not contexts:
        return concepts
    return [c if not any(t.id in contexts for t in c.terms) else
            replace(c, terms=tuple(replace(t, contexts=contexts[t.id]) if t.id in contexts
                                   else t for t in c.terms))
            for c in concepts]
