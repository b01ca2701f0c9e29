"""XLIFF and PO from translators, read through translate-toolkit (read only).

translate-toolkit is what the ecosystem (Weblate, Pootle, Virtaal) trusts for
these formats, so termsmith does not parse them itself. Each translated unit
becomes a :class:`~termsmith.model.TranslationUnit` with a source and a target
variant; untranslated units, PO headers and obsolete entries are skipped and
counted in the report.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from termsmith import langs
from termsmith.errors import FormatError
from termsmith.formats import Report
from termsmith.formats._xml import check_no_entities, name_of
from termsmith.model import TranslationUnit, Tuv


def read(source: str | Path | IO[bytes], *, report: Report | None = None,
         source_lang: str | None = None, target_lang: str | None = None) -> Iterator[TranslationUnit]:
    """Stream the translated units of an XLIFF or PO file.

    Languages come from the file (XLIFF ``source-language``/``target-language``,
    the PO ``Language`` header), else from ``source_lang`` (default ``en``) and
    ``target_lang`` (default ``zh-Hans``).
    """
    from translate.storage import factory  # lazy: translate-toolkit is slow to import

    report = report if report is not None else Report()
    name = name_of(source)
    try:
        data = Path(source).read_bytes() if isinstance(source, (str, Path)) else source.read()
    except OSError as e:
        raise FormatError(f"{name}: cannot read: {e.strerror or e}") from e
    if not data.strip():
        raise FormatError(f"{name}: the file is empty")
    if data.lstrip()[:1] == b"<":
        check_no_entities(data[:65536], name)
    try:
        import io

        buf = io.BytesIO(data)
        buf.name = name
        store: Any = factory.getobject(buf)
    except Exception as e:  # translate-toolkit raises many types for bad input
        raise FormatError(f"{name}: not a readable XLIFF or PO file: {e}") from e
    src = _lang(store.getsourcelanguage(), source_lang or "en", name)
    tgt = _lang(store.gettargetlanguage(), target_lang or "zh-Hans", name)
    for i, unit in enumerate(store.units, start=1):
        if unit.isheader() or getattr(unit, "isobsolete", lambda: False)():
            continue
        source_text, target_text = str(unit.source or ""), str(unit.target or "")
        if not source_text.strip() or not target_text.strip():
            report.drop("untranslated unit")
            continue
        if unit.isfuzzy():
            report.drop("fuzzy flag (kept as a note)")
        notes = tuple(n for n in [unit.getnotes()] if n)
        if unit.isfuzzy():
            notes += ("fuzzy",)
        uid = unit.getid() or str(i)
        yield TranslationUnit(variants=(Tuv(src, source_text), Tuv(tgt, target_text)),
                              id=uid.replace("\x04", " | "), notes=notes)


def _lang(tag: str | None, default: str, name: str) -> str:
    if not tag:
        return langs.normalize(default)
    try:
        return langs.normalize(tag)
    except ValueError as e:
        raise FormatError(f"{name}: unknown language {tag!r}") from e
