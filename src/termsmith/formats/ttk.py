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
from termsmith.formats._xml import name_of, parse_bytes
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
    safe(data, name)
    try:
        yield from _units(factory, data, name, report, source_lang, target_lang)
    except FormatError:
        raise
    except Exception as e:  # translate-toolkit raises many types for bad input
        raise FormatError(f"{name}: not a readable XLIFF or PO file: "
                          f"{type(e).__name__}: {e}") from e


def safe(data: bytes, name: str) -> None:
    """Check an XLIFF file with our hardened parser before translate-toolkit parses it: a DTD
    (whose entities translate-toolkit's parser would expand) is refused, and an XLIFF
    without ``<file>`` is said plainly (issue 15, items 19 and 22). PO files pass."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<" or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        tree = parse_bytes(data, name, fmt="XLIFF")
        root = tree.getroot()
        if _local(root) == "xliff" and not [c for c in root if _local(c) == "file"]:
            raise FormatError(f"XLIFF: {name}: line {root.sourceline}: <xliff> has no <file>")


def load(path: str | Path) -> Any:
    """translate-toolkit's store of an XLIFF or PO file, checked by :func:`safe` first."""
    from translate.storage import factory  # lazy: translate-toolkit is slow to import

    data = Path(path).read_bytes()
    safe(data, str(path))
    import io

    buf = io.BytesIO(data)
    buf.name = str(path)
    try:
        store = factory.getobject(buf)
        store.units                                     # noqa: B018 (parsed lazily by some)
        return store
    except Exception as e:  # translate-toolkit raises many types for bad input
        raise FormatError(f"{path}: not a readable XLIFF or PO file: "
                          f"{type(e).__name__}: {e}") from e


def _local(el: Any) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def _units(factory: Any, data: bytes, name: str, report: Report, source_lang: str | None,
           target_lang: str | None) -> Iterator[TranslationUnit]:
    import io

    buf = io.BytesIO(data)
    buf.name = name
    store: Any = factory.getobject(buf)
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
        try:
            yield TranslationUnit(variants=(Tuv(src, source_text), Tuv(tgt, target_text)),
                                  id=uid.replace("\x04", " | "), notes=notes)
        except ValueError as e:             # a control character (issue 15, item 21)
            raise FormatError(f"{name}: unit {uid!r}: {e}") from e


def _lang(tag: str | None, default: str, name: str) -> str:
    if not tag:
        return langs.normalize(default)
    try:
        return langs.normalize(tag)
    except ValueError as e:
        raise FormatError(f"{name}: unknown language {tag!r}") from e
