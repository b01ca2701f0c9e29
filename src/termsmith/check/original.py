"""Check a term base against its English original, and against itself.

Check ids (stable; default severity in brackets):

* ``stale-term`` [warning]: a term harvested from this document no longer occurs in it.
* ``stale-context`` [info]: a recorded context sentence is no longer at its line.
* ``variant-spelling`` [warning]: a near-miss spelling of a multi-word term
  (``Great Northern Wildness`` for ``Great Northern Wilderness``).
* ``variant-inflection`` [warning]: singular/plural changed in a fixed expression or a name.
* ``variant-case`` [warning]: a name lowercased, a token restyled (``Co. LTD.`` / ``Co. Ltd.``).
* ``variant-spacing`` [warning]: spacing or hyphenation (``Oil Field`` / ``Oilfield``).
* ``variant-numeral`` [warning]: ``9th`` / ``Ninth``, ``nine`` / ``9``.
* ``variant-order`` [warning]: a coordination flipped (``snow and ice`` / ``ice and snow``).
* ``deprecated-term`` [error]: a deprecated term used; the message names the preferred one.
* ``unit-conversion`` [error]: a unit gloss that does not convert (``100 mu (10 hectares)``).
* ``acronym-mismatch`` [warning]: an acronym whose letters do not fit the name before it.
* ``acronym-expansion`` [warning]: an acronym expanded two ways, or unlike the term base.
* ``gloss-differs`` [warning]: a scientific name or clarification unlike the term base's.
* ``gloss-inconsistent`` [warning]: one term glossed two ways in the document.
* ``zh-two-equivalents``, ``en-two-renderings``, ``duplicate-concept`` [warning]: term
  base integrity, see :func:`check_termbase`.

This module is the entry point and the one registry of these ids (``CHECKS``);
the work is done in its companions, each readable on its own:

* :mod:`~termsmith.check.scan`: one Aho-Corasick pass (:class:`~termsmith.matcher.Matcher`)
  over the document for deprecated terms, variants, restyled tokens and stale terms;
* :mod:`~termsmith.check.variants`: the patterns of that pass (each term and its
  spacing, hyphenation, number, numeral and order variants, one change each; case is
  free, the matcher folds it) and :func:`classify`, which names the difference;
* :mod:`~termsmith.check.spelling`: near-miss spellings, looked up around each rare
  word of the document in a masked-word index of the terms;
* :mod:`~termsmith.check.glosses`: glosses recomputed from the glossed-phrase
  harvester's candidates (unit conversions, acronyms, scientific names);
* :mod:`~termsmith.check.refs` and :mod:`~termsmith.check.findings`: the flattened
  term base and the finding builders they share.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from termsmith import inputs
from termsmith.check import CHECKS as _REGISTRY
from termsmith.check import Options
from termsmith.check.findings import note
from termsmith.check.glosses import check_glosses
from termsmith.check.refs import Keys, Ref, flatten, preferred
from termsmith.check.revision import Revision
from termsmith.check.scan import Scan
from termsmith.check.variants import classify
from termsmith.document import Document
from termsmith.forked import Beside
from termsmith.model import Concept, Finding, Review, Severity, Term, TermType, Usage
from termsmith.text import squash

# classify is re-exported: callers (and the tests) name variants through this module.
__all__ = ["CHECKS", "check_original", "check_termbase", "classify"]

_W, _E, _I = Severity.WARNING, Severity.ERROR, Severity.INFO
CHECKS: dict[str, tuple[Severity, str]] = {
    "stale-term": (_W, "a term harvested from the document no longer occurs in it"),
    "stale-context": (_I, "a recorded context sentence no longer matches its line"),
    "variant-spelling": (_W, "a near-miss spelling of a known multi-word term"),
    "variant-inflection": (_W, "singular/plural changed in a fixed expression or name"),
    "variant-case": (_W, "capitalisation differs from the approved form"),
    "variant-spacing": (_W, "spacing or hyphenation differs from the approved form"),
    "variant-numeral": (_W, "numeral style differs (9th / Ninth)"),
    "variant-order": (_W, "a coordinated phrase in the other order (snow and ice)"),
    "deprecated-term": (_E, "a deprecated term is used"),
    "unit-conversion": (_E, "a unit conversion gloss does not add up"),
    "acronym-mismatch": (_W, "an acronym's letters do not fit the name it glosses"),
    "acronym-expansion": (_W, "an acronym expanded two ways, or unlike the term base"),
    "gloss-differs": (_W, "a gloss differs from the one in the term base"),
    "gloss-inconsistent": (_W, "a term is glossed differently in two places"),
    "zh-two-equivalents": (_W, "one English term has two Chinese equivalents"),
    "en-two-renderings": (_W, "one Chinese term has two English renderings"),
    "duplicate-concept": (_W, "two concepts share an English term"),
    "termbase-elsewhere": (_I, "term-base findings about terms the checked files do not use, "
                               "counted (`termsmith check` alone lists them)"),
    "invisible-character": (_W, "a zero-width, joiner or direction-override character in the text"),
    "revised-copy": (_I, "the file is checked as a revised copy of a harvested document"),
}

_REGISTRY.update(CHECKS)     # registered at import; all_checks() imports every module


def check_original(concepts: Sequence[Concept], document: Document, options: Options, *,
                   integrity: bool = False, revision: Revision | None = None,
                   counts: Mapping[int, int] | None = None,
                   keys: Keys | None = None,
                   used: set[int] | None = None) -> Iterator[Finding]:
    """Check the term base ``concepts`` (with contexts) against an English original.

    The concepts may instead carry only the contexts recorded from this document (and
    the one it revises), with each term's forms in its ``variants`` and ``counts``
    giving each term's number of contexts (:func:`termsmith.check.run` reads a term
    base so): the findings are the same.
    The term-base checks (:func:`check_termbase`) need no document and are run once
    by the caller, however many documents it checks; ``integrity=True`` adds them here.
    ``used``, if given, gets the ids of the concepts whose terms the document uses.
    """
    refs = flatten(concepts, counts)
    keys = Keys() if keys is None else keys
    if revision is not None:
        how = (f"{revision.share:.0%} of its recorded sentences are here"
               if revision.share is not None else "named with --as" if revision.by == "as"
               else f"by {revision.by}")
        yield note("revised-copy", options, document.path, None,
                   f"checked as a revised copy of {revision.source} ({how}): its terms and "
                   "contexts are compared with this file", None, None)
    if options.enabled("invisible-character"):
        yield from check_invisible(document, options)
    document = visible_only(document)       # matched as if they were not there
    glosses = _glosses(refs, document, options, keys)
    try:
        scan = Scan(refs, document, options, revision.source if revision is not None else None)
        yield from scan.run()
        yield from glosses()
    finally:
        glosses.close()
    if used is not None:
        used.update(cid for i in scan.present if (cid := refs[i].cid) is not None)
    if integrity:
        yield from check_termbase(concepts, options, keys)


def check_invisible(document: Document, options: Options) -> Iterator[Finding]:
    """Invisible format characters in the text (issue 15, item 25): a term written with a
    zero-width space or joiner, or a right-to-left override, looks right and matches no
    spelling of it; they are reported here and ignored for matching."""
    for seg in document.segments:
        if seg.text.isascii():
            continue
        for m in _INVISIBLE_RUN.finditer(seg.text):
            start = seg.text.rfind(" ", 0, m.start()) + 1
            end = seg.text.find(" ", m.end())
            word = seg.text[start:end if end >= 0 else len(seg.text)]
            yield Finding("invisible-character", options.severity("invisible-character"),
                          f"{', '.join(inputs.invisible(m.group()))} in "
                          f"{inputs.visible(inputs.strip_invisible(word))!r}: invisible, yet "
                          "no other spelling of the word matches it; delete it",
                          path=document.path, line=seg.line, column=m.start() + 1,
                          found=inputs.visible(word.encode("unicode_escape").decode("ascii")),
                          expected=inputs.strip_invisible(word), context=seg.text,
                          span=(m.start(), m.end()))


_INVISIBLE_RUN = re.compile("[" + "".join(sorted(inputs.INVISIBLE)) + "]+")


def visible_only(document: Document) -> Document:
    """``document`` with invisible format characters removed from its segments."""
    if all(s.text.isascii() or not _INVISIBLE_RUN.search(s.text) for s in document.segments):
        return document
    return replace(document, segments=tuple(
        replace(s, text=inputs.strip_invisible(s.text)) for s in document.segments))


# A document this long has its glosses checked in a second process while the scan runs
# (they share nothing); a shorter one is not worth a fork.
PARALLEL_DOCUMENT = 1_000_000         # characters


class _Glosses:
    """The gloss findings, computed here when asked for, or by a forked worker meanwhile."""

    def __init__(self, refs: list[Ref], document: Document, options: Options,
                 keys: Keys) -> None:
        self._args = (refs, document, options, keys)
        self._worker: Beside[list[Finding]] | None = None
        if sum(len(s.text) for s in document.segments) >= PARALLEL_DOCUMENT:
            self._worker = Beside(lambda: list(check_glosses(refs, document, options, keys)))

    @property
    def forked(self) -> bool:
        """Whether a worker process checks the glosses."""
        return self._worker is not None and self._worker.forked

    def __call__(self) -> Iterable[Finding]:
        if self._worker is None:
            return check_glosses(*self._args)
        return self._worker.result()

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()


def _glosses(refs: list[Ref], document: Document, options: Options,
             keys: Keys | None = None) -> _Glosses:
    return _Glosses(refs, document, options, Keys() if keys is None else keys)


# -- term base integrity -------------------------------------------------------------

_SHORT_TYPES = frozenset({TermType.ACRONYM, TermType.ABBREVIATION, TermType.SHORT_FORM})


def check_termbase(concepts: Sequence[Concept], options: Options,
                   keys: Keys | None = None,
                   among: Collection[int] | None = None) -> Iterator[Finding]:
    """Integrity of the term base alone: equivalents, renderings, duplicates. ``keys``
    memoises the terms' keys across the checks of one run.

    With ``among`` (the concepts the checked files use), a finding none of whose
    concepts is among them is only counted, in one ``termbase-elsewhere`` note: a
    desk's term base holds thousands of terms a transcript never uses.
    """
    keys = Keys() if keys is None else keys
    elsewhere = 0

    def relevant(ids: Iterable[int]) -> bool:
        nonlocal elsewhere
        if among is None or any(i in among for i in ids):
            return True
        elsewhere += 1
        return False

    en_by_key: dict[str, list[tuple[Concept, Term]]] = defaultdict(list)
    zh_by_text: dict[str, list[tuple[Concept, Term]]] = defaultdict(list)
    for c in concepts:
        for t in c.terms:
            if t.review is Review.REJECTED or t.usage is Usage.DEPRECATED:
                continue
            if t.lang == "en":
                en_by_key[keys[t.text]].append((c, t))
            elif t.lang.split("-")[0] == "zh":
                zh_by_text[squash(t.text)].append((c, t))
    for entries in en_by_key.values():
        cids = sorted({c.id or 0 for c, _ in entries})
        head = entries[0][1].text
        if len(cids) > 1 and relevant(cids):
            yield note("duplicate-concept", options, None, None,
                       f'"{head}" is a term of concepts {", ".join(f"#{i}" for i in cids)}',
                       head, cids[-1])
    # One English term (by key, across concepts) with two Chinese equivalents of one
    # kind. A full form beside a short form (国务院新闻办公室 / 国新办 for State Council
    # Information Office / SCIO) is fine; accepted variants do not count. Reported once
    # per set of concepts, however many English terms they share.
    reported: set[frozenset[int]] = set()
    for entries in en_by_key.values():
        group = {id(c): c for c, _ in entries}
        ids = frozenset(c.id or 0 for c in group.values())
        if ids in reported:
            continue
        kinds: dict[bool, set[str]] = defaultdict(set)
        for c in group.values():
            for t in c.section("zh"):
                if t.review is Review.REJECTED or t.usage is Usage.DEPRECATED \
                        or t.type is TermType.VARIANT:
                    continue
                if t.usage is Usage.ADMITTED and t.review is Review.APPROVED and any(
                        x.usage is Usage.PREFERRED for x in c.section("zh")):
                    continue        # a synonym a reviewer kept beside the preferred equivalent
                kinds[t.type in _SHORT_TYPES].add(squash(t.text))
        for zh in (sorted(v) for v in kinds.values()):
            if len(zh) > 1:
                reported.add(ids)
                if not relevant(ids):
                    break
                head = entries[0][1].text
                yield note("zh-two-equivalents", options, None, None,
                           f'"{head}" has {len(zh)} Chinese equivalents: {", ".join(zh)}',
                           head, min(ids))
    for zh_text, entries in zh_by_text.items():
        renderings: dict[str, tuple[int, str]] = {}
        for c, _ in entries:
            pref = preferred(c)
            if pref is not None:
                renderings.setdefault(keys[pref.text], (c.id or 0, pref.text))
        if len(renderings) > 1 and relevant(i for i, _ in renderings.values()):
            shown = sorted(renderings.values())
            yield note("en-two-renderings", options, None, None,
                       f'"{zh_text}" is rendered as ' + " and ".join(
                            f'"{t}" (#{i})' for i, t in shown), zh_text, shown[-1][0])
    if elsewhere:
        yield note("termbase-elsewhere", options, None, None,
                   f"{elsewhere} more term-base finding{'s' if elsewhere > 1 else ''} about "
                   "terms the checked files do not use: `termsmith check` alone lists them",
                   None, None)
