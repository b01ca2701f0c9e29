"""TMX 1.4b reader and writer: translation units in, translation units out.

The writer streams ``<tu>`` elements through ``lxml.etree.xmlfile``, refilling
one template element per unit shape (benchmarks/README.md), so memory stays flat
however many units there are; its output is valid against ``tmx14.dtd``.
English is written as ``srclang`` and every Chinese variant as ``zh_tag``: CAT
tools match Chinese on the language part and take the last ``zh-*`` variant
they see, so a file carries one Chinese tag (see :mod:`termsmith.langs`).

The reader streams ``<tu>`` end events (``_xml.iterparse``, entities refused),
clearing what it has used. It takes TMX 1.1-1.4 as real tools write it: any
encoding lxml detects (UTF-16 with BOM, windows-1252), ``lang=`` for
``xml:lang``, inline codes, several variants per language. What the model
cannot hold is counted in the :class:`~termsmith.formats.Report`; a ``<tuv>``
without a language, and a ``<tu>`` without a ``<tuv>``, are warnings (the
unit or variant is skipped, the file is kept), because OmegaT drops a whole
file for one such ``<tuv>`` and we would rather lose one segment.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import IO, Any, BinaryIO

from lxml import etree

from termsmith import __version__
from termsmith.errors import FormatError
from termsmith.formats import ExportOptions, Report
from termsmith.formats._xml import XML_LANG, iterparse, name_of
from termsmith.langs import export_tag, is_chinese, normalize
from termsmith.model import Concept, Context, Review, Term, TranslationUnit, Tuv

__all__ = ["read", "write", "write_concepts", "units_from_concepts", "context_from_note"]

log = logging.getLogger(__name__)

# TMX 1.4b DTD: <!ENTITY % segtypes "block|paragraph|sentence|phrase">
SEGTYPES = ("block", "paragraph", "sentence", "phrase")
# Inline elements holding native code (TMX 1.4b, Content Markup: bpt, ept, it, ph, ut): their
# content is the original formatting, not text; only a <sub> inside is text.
# <ut> is deprecated in 1.4 but still read.
_CODE = frozenset(("bpt", "ept", "it", "ph", "ut"))
_TEXT = frozenset(("hi", "sub"))                    # markers around real text
_TU_KEPT = frozenset(("tuid", "creationdate", "changedate", "creationid", "changeid"))
_TUV_KEPT = frozenset((XML_LANG, "lang", "creationdate", "changedate", "creationid", "changeid"))
# Provenance attributes (TMX 1.4b: on <tu> and <tuv>) and the model fields they hold.
_STAMPS = (("creationdate", "created"), ("creationid", "created_by"),
           ("changedate", "changed"), ("changeid", "changed_by"))
_MAX_TEMPLATES = 512

# Pretty-printing is done by hand (text and tails of the templates), so that
# whitespace inside <seg>, <note> and <prop> is never touched.
_TU_IN = "\n      "       # before a child of <tu>
_TUV_IN = "\n        "    # before a child of a <tuv> that has props
_TU_SEP = "\n    "        # before each <tu> in <body>


# -- writing ----------------------------------------------------------------


@dataclass(slots=True)
class _Template:
    """A ``<tu>`` element and handles on its parts, refilled for each unit of one shape.

    ``tags`` and ``types`` remember what was last set on the ``<tuv>``s and
    ``<prop>``s: languages and prop types repeat from unit to unit, and
    comparing two strings costs less than an lxml ``set()``.
    """

    tu: Any
    notes: list[Any]
    props: list[Any]                      # the <prop>s of the <tu>, then those of each <tuv>
    tuvs: list[tuple[Any, Any]]           # (<tuv>, its <seg>)
    tags: list[str | None]                # None: not set yet
    types: list[str | None]


_Shape = tuple[bool, tuple[bool, ...], int, int, tuple[int, ...], tuple[tuple[bool, ...], ...]]


def _stamps(x: TranslationUnit | Tuv) -> tuple[bool, ...]:
    return tuple([getattr(x, f) is not None for _, f in _STAMPS])


def _shape(u: TranslationUnit) -> _Shape:
    return (u.id is not None, _stamps(u), len(u.notes), len(u.props),
            tuple([len(v.props) for v in u.variants]), tuple([_stamps(v) for v in u.variants]))


def _template(shape: _Shape) -> _Template:
    has_id, stamps, n_notes, n_props, tuv_props, tuv_stamps = shape
    tu = etree.Element("tu")
    # Attributes are created once in a fixed order, then only refilled, so
    # every unit's attributes come out in the same order.
    if has_id:
        tu.set("tuid", "")
    for (attr, _), present in zip(_STAMPS, stamps, strict=True):
        if present:
            tu.set(attr, "")
    tu.text = _TU_IN

    def child(parent: Any, tag: str, tail: str | None) -> Any:
        el = etree.SubElement(parent, tag)
        el.tail = tail
        return el

    # DTD: <!ELEMENT tu ((note|prop)*, tuv+)>. Any order of note and prop is
    # valid; notes come first, as translate-toolkit writes them.
    notes = [child(tu, "note", _TU_IN) for _ in range(n_notes)]
    props = [child(tu, "prop", _TU_IN) for _ in range(n_props)]
    tuvs = []
    for k, tuv_has in zip(tuv_props, tuv_stamps, strict=True):
        tuv = child(tu, "tuv", _TU_IN)
        tuv.set(XML_LANG, "")
        for (attr, _), there in zip(_STAMPS, tuv_has, strict=True):
            if there:
                tuv.set(attr, "")
        # DTD: <!ELEMENT tuv ((note|prop)*, seg)>
        if k:
            tuv.text = _TUV_IN
        props += [child(tuv, "prop", _TUV_IN) for _ in range(k)]
        tuvs.append((tuv, child(tuv, "seg", _TU_IN if k else None)))
    tu[-1].tail = _TU_SEP
    return _Template(tu, notes, props, tuvs, [None] * len(tuvs), [None] * len(props))


def _fill(t: _Template, u: TranslationUnit, tags: dict[str, str], zh_tag: str, en_tag: str) -> None:
    tu = t.tu
    if u.id is not None:
        tu.set("tuid", u.id)
    for attr, f in _STAMPS:
        if (value := getattr(u, f)) is not None:
            tu.set(attr, value)
    if u.notes:
        for el, note in zip(t.notes, u.notes, strict=True):
            el.text = note
    props = u.props
    for i, v in enumerate(u.variants):
        tuv, seg = t.tuvs[i]
        tag = tags.get(v.lang)
        if tag is None:
            tag = tags[v.lang] = export_tag(v.lang, zh_tag, en_tag)
        if t.tags[i] != tag:
            tuv.set(XML_LANG, tag)
            t.tags[i] = tag
        if v.created is not None or v.changed is not None or v.created_by or v.changed_by:
            for attr, f in _STAMPS:
                if (value := getattr(v, f)) is not None:
                    tuv.set(attr, value)
        seg.text = v.text
        if v.props:
            props += v.props
    if props:
        for i, (ptype, value) in enumerate(props):
            el = t.props[i]
            if t.types[i] != ptype:
                el.set("type", ptype)
                t.types[i] = ptype
            el.text = value


def write(units: Iterable[TranslationUnit], dest: IO[bytes], *, srclang: str = "en",
          zh_tag: str = "zh-CN", creationtool: str = "termsmith",
          creationtoolversion: str = __version__, datatype: str = "plaintext",
          segtype: str = "phrase", timestamps: bool = False) -> int:
    """Write ``units`` to ``dest`` as TMX 1.4b (UTF-8); return the number of units written.

    :param srclang: the tag written on English variants and as the header's
        ``srclang`` (TMX 1.4b: it must name the source language of the units).
    :param zh_tag: the tag written on every Chinese variant (``zh-CN``, ``zh-TW`` ...).
    :param timestamps: add the header's ``creationdate`` (now, UTC); off by
        default so that the same units always give the same bytes.
    """
    if not is_chinese(zh_tag):
        raise ValueError(f"zh_tag must be a Chinese language tag, got {zh_tag!r}")
    if segtype not in SEGTYPES:
        raise ValueError(f"segtype must be one of {', '.join(SEGTYPES)}, got {segtype!r}")
    # English variants carry srclang, so the header and the units agree; a
    # Chinese (or other) srclang leaves English as "en".
    en_tag = srclang if srclang != "*all*" and normalize(srclang) == "en" else "en"
    header_src = zh_tag if is_chinese(srclang) else srclang
    header = etree.Element("header")
    # DTD: every header attribute but o-encoding and the change/creation
    # fields is #REQUIRED; o-tmf names the format the data came from.
    for attr, value in (("creationtool", creationtool), ("creationtoolversion", creationtoolversion),
                        ("segtype", segtype), ("o-tmf", "termsmith"), ("adminlang", en_tag),
                        ("srclang", header_src), ("datatype", datatype)):
        header.set(attr, value)
    if timestamps:
        # TMX 1.4b, creationdate: ISO 8601 as YYYYMMDDThhmmssZ, in UTC.
        header.set("creationdate", datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
    header.tail = "\n  "

    templates: dict[_Shape, _Template] = {}
    tags: dict[str, str] = {}
    n = 0
    dest.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    # Elements are written whole through xf.write(), never opened with
    # xf.element(..., {XML_LANG: ...}): that path spells xml:lang "ns0:lang".
    with etree.xmlfile(dest, encoding="UTF-8") as xf:
        # DTD: <!ATTLIST tmx version CDATA #FIXED "1.4"> (also for TMX 1.4b).
        with xf.element("tmx", version="1.4"):
            xf.write("\n  ")
            xf.write(header)
            with xf.element("body"):
                for u in units:
                    shape = _shape(u)
                    t = templates.get(shape)
                    if t is None:
                        if len(templates) >= _MAX_TEMPLATES:
                            templates.clear()
                        t = templates[shape] = _template(shape)
                    try:
                        _fill(t, u, tags, zh_tag, en_tag)
                    except ValueError as e:      # a control character, a lone surrogate
                        where = u.id if u.id is not None else f"#{n + 1}"
                        raise FormatError(f"TMX: unit {where}: cannot be written as XML: {e}") from e
                    xf.write(_TU_SEP)
                    xf.write(t.tu)
                    n += 1
                xf.write("\n  ")
            xf.write("\n")
    dest.write(b"\n")
    return n


def write_concepts(concepts: Iterable[Concept], dest: IO[bytes], options: ExportOptions) -> int:
    """The registry's TMX writer: a unit per term pair of each concept, then ``options.units``."""
    return write(chain(units_from_concepts(concepts, timestamps=options.timestamps), options.units),
                 dest, zh_tag=options.zh_tag,
                 timestamps=options.timestamps)


# -- term pairs ------------------------------------------------------------------


def _pair_status(en: Term, zh: Term) -> Review:
    if en.review is Review.APPROVED and zh.review is Review.APPROVED:
        return Review.APPROVED
    if Review.REJECTED in (en.review, zh.review):
        return Review.REJECTED
    return Review.CANDIDATE


def _context_note(ctx: Context) -> str:
    if not ctx.source:
        return ctx.sentence
    where = f"{ctx.source}:{ctx.line}" if ctx.line is not None else ctx.source
    return f"{ctx.sentence} ({where})"


_NOTE = re.compile(r"(?P<sentence>.*) \((?P<source>[^()]+?)(?::(?P<line>[0-9]{1,9}))?\)", re.DOTALL)


def context_from_note(note: str) -> Context | None:
    """The context a unit's note was written from (``sentence (source:line)``), or None."""
    m = _NOTE.fullmatch(note)
    if m is None or not m["sentence"].strip():
        return None
    return Context(sentence=m["sentence"], source=m["source"],
                   line=int(m["line"]) if m["line"] else None)


def tmx_date(stamp: str | None) -> str | None:
    """An ISO 8601 stamp (``2025-06-12T10:30:00Z`` or ``2025-06-12``) as TMX writes
    dates (``20250612T103000Z``, UTC); None stays None."""
    if not stamp:
        return None
    day, _, time = stamp.rstrip("Z").partition("T")
    return day.replace("-", "") + "T" + (time.replace(":", "") or "000000")[:6].ljust(6, "0") + "Z"


def iso_date(stamp: str | None) -> str | None:
    """A TMX date (``20250612T103000Z``) as ISO 8601 (``2025-06-12T10:30:00Z``); other
    shapes are kept as they are."""
    if not stamp or not re.fullmatch(r"\d{8}T\d{6}Z", stamp):
        return stamp
    return (f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}:"
            f"{stamp[13:15]}Z")


def _provenance(t: Term, timestamps: bool) -> dict[str, str | None]:
    """A term's creation and last change as TMX attributes' values (see :data:`_STAMPS`):
    those with a responsible person, and with ``timestamps`` any that is dated."""
    out: dict[str, str | None] = {}
    for stamp, who, date_field, who_field in ((t.created, t.created_by, "created", "created_by"),
                                              (t.modified, t.modified_by, "changed", "changed_by")):
        if who or (timestamps and stamp):
            out[date_field] = tmx_date(stamp)
            out[who_field] = who
    return out


def _latest(a: dict[str, str | None], b: dict[str, str | None], field: str,
            who: str) -> dict[str, str | None]:
    """The later of two variants' stamps (the unit was created when its second term was)."""
    pick = max((a, b), key=lambda d: d.get(field) or "")
    return {field: pick.get(field), who: pick.get(who)} if pick.get(field) or pick.get(who) else {}


def units_from_concepts(concepts: Iterable[Concept], *, include_rejected: bool = False,
                        timestamps: bool = False) -> Iterator[TranslationUnit]:
    """One unit per English-Chinese term pair of each concept (English terms x Chinese terms).

    ``tuid`` is ``c{id}-{n}``. Props: ``x-concept`` (the concept id),
    ``x-status`` (approved only if both terms are, rejected if either is,
    else candidate), ``x-usage`` and ``x-termType`` (of the English term, as
    :func:`termsmith.exchange.concept_from_units` reads them back). A note
    holds the English term's first context and its ``source:line``. Rejected
    terms are skipped unless ``include_rejected``; a concept without both an
    English and a Chinese term gives no unit.

    Provenance: each ``<tuv>`` carries its term's ``creationdate``/``creationid`` and
    ``changedate``/``changeid`` where a person is responsible (with ``timestamps``,
    wherever dated); the ``<tu>`` carries the later of its two variants' values.
    """
    for c in concepts:
        def keep(t: Term) -> bool:
            return include_rejected or t.review is not Review.REJECTED

        english = [t for t in c.section("en") if keep(t)]
        chinese = [t for t in c.terms if is_chinese(t.lang) and keep(t)]
        n = 0
        for en in english:
            for zh in chinese:
                n += 1
                props = [] if c.id is None else [("x-concept", str(c.id))]
                props += [("x-status", _pair_status(en, zh).value), ("x-usage", en.usage.value),
                          ("x-termType", en.type.value)]
                pe, pz = _provenance(en, timestamps), _provenance(zh, timestamps)
                yield TranslationUnit(
                    variants=(Tuv(normalize(en.lang), en.text, (), **pe),
                              Tuv(normalize(zh.lang), zh.text, (), **pz)),
                    id=None if c.id is None else f"c{c.id}-{n}",
                    props=tuple(props),
                    notes=(_context_note(en.contexts[0]),) if en.contexts else (),
                    **_latest(pe, pz, "created", "created_by"),
                    **_latest(pe, pz, "changed", "changed_by"),
                )


# -- reading -----------------------------------------------------------------


class _Reader:
    """Turns ``<tu>`` elements into units, counting in ``report`` what it leaves out."""

    def __init__(self, name: str, report: Report | None) -> None:
        self.name = name
        self.report = report if report is not None else Report()
        self.log = report is None            # no report: warnings go to the log
        self.langs: dict[str, str | None] = {}

    def warn(self, line: int | None, message: str) -> None:
        text = f"TMX: {self.name}: line {line}: {message}"
        if self.log:
            log.warning("%s", text)
        else:
            self.report.warn(text)

    def lang(self, raw: str) -> str | None:
        """``raw`` normalised (``EN-US`` -> ``en``, ``zh_CN`` -> ``zh-Hans``), None if it is junk."""
        try:
            lang: str | None = normalize(raw)
            Tuv(lang or "", "")                      # the model's own check
        except ValueError:
            lang = None
        if len(self.langs) > 1000:                  # a file with a tag per tuv
            self.langs.clear()
        self.langs[raw] = lang
        return lang

    def header(self, el: Any) -> None:
        for child in el:
            if isinstance(child.tag, str):
                kind = child.get("type")
                self.report.drop(f"header/{child.tag}" + (f"[type={kind}]" if kind else ""))

    def unit(self, tu: Any) -> TranslationUnit | None:
        variants: list[Tuv] = []
        props: list[tuple[str, str]] = []
        notes: list[str] = []
        seen_tuv = False
        for child in tu:
            tag = child.tag
            if tag == "tuv":
                seen_tuv = True
                v = self.tuv(child)
                if v is not None:
                    variants.append(v)
            elif tag == "prop":
                props.append((child.get("type", ""), child.text or ""))
            elif tag == "note":
                notes.append(child.text or "")
            elif isinstance(tag, str):                 # not a comment or PI
                self.report.drop(f"tu/{tag}")
        if not seen_tuv:
            # DTD: tuv+. A warning rather than an error: one broken unit
            # should not cost the user the rest of a memory.
            self.warn(tu.sourceline, "<tu> has no <tuv>; skipped")
            return None
        if not variants:
            self.report.drop("tu without a usable tuv")
            return None
        attrib = tu.attrib
        if len(attrib) > 1:
            for attr in attrib:
                if attr not in _TU_KEPT:
                    self.report.drop(f"tu@{attr}")
        return TranslationUnit(variants=tuple(variants), id=attrib.get("tuid"), props=tuple(props),
                               notes=tuple(notes), created=attrib.get("creationdate"),
                               changed=attrib.get("changedate"),
                               created_by=attrib.get("creationid"),
                               changed_by=attrib.get("changeid"))

    def tuv(self, tuv: Any) -> Tuv | None:
        attrib = tuv.attrib
        # TMX 1.4 requires xml:lang; 1.1 and 1.2 used lang (kept in the 1.4 DTD, deprecated).
        raw = attrib.get(XML_LANG) or attrib.get("lang")
        if not raw:
            self.warn(tuv.sourceline, "<tuv> has no xml:lang; skipped")
            return None
        lang = self.langs[raw] if raw in self.langs else self.lang(raw)
        if lang is None:
            self.warn(tuv.sourceline, f"<tuv> has an invalid language tag {raw!r}; skipped")
            return None
        props: list[tuple[str, str]] = []
        if len(tuv) == 1 and tuv[0].tag == "seg":          # the common case
            seg = tuv[0]
        else:
            seg = None
            for child in tuv:
                tag = child.tag
                if tag == "seg" and seg is None:
                    seg = child
                elif tag == "prop":
                    # Okapi writes props after <seg> (the DTD puts them first); keep them.
                    props.append((child.get("type", ""), child.text or ""))
                elif isinstance(tag, str):
                    self.report.drop(f"tuv/{tag}")
            if seg is None:
                self.warn(tuv.sourceline, "<tuv> has no <seg>; skipped")
                return None
        if len(attrib) > 1:
            for attr in attrib:
                if attr not in _TUV_KEPT:
                    self.report.drop(f"tuv@{attr}")
        text = self.text(seg) if len(seg) else seg.text or ""
        if len(attrib) == 1:
            return Tuv(lang, text, tuple(props) if props else ())
        return Tuv(lang, text, tuple(props) if props else (), created=attrib.get("creationdate"),
                   changed=attrib.get("changedate"), created_by=attrib.get("creationid"),
                   changed_by=attrib.get("changeid"))

    def text(self, el: Any) -> str:
        """The text of a ``<seg>``, ``<hi>`` or ``<sub>``: native code left out, tails kept."""
        parts = [el.text or ""]
        for child in el:
            tag = child.tag
            if tag in _CODE:
                self.report.drop(f"inline <{tag}>")
                # DTD: bpt/ept/it/ph/ut hold (#PCDATA|sub)*; a <sub> is a
                # sub-flow of real text (alt text, a footnote) inside the code.
                parts.extend(self.text(s) for s in child if s.tag == "sub")
            elif tag in _TEXT:
                parts.append(self.text(child))
            elif isinstance(tag, str):                 # not TMX 1.4 (<g>, <x/>, <mrk>)
                self.report.drop(f"inline <{tag}>")
                parts.append(self.text(child))
            parts.append(child.tail or "")
        return "".join(parts)


def _root_error(source: str | Path | BinaryIO, name: str, start: int) -> FormatError:
    """The error for a document whose root is not <tmx> (a second, short pass finds the root)."""
    if not isinstance(source, (str, Path)):
        source.seek(start)
    for _, el in iterparse(source, ("*",), fmt="TMX"):
        return FormatError(f"TMX: {name}: line {el.sourceline}: the root element is "
                           f"<{el.tag}>, not <tmx>")
    return FormatError(f"TMX: {name}: no root element")      # pragma: no cover


def read(source: str | Path | BinaryIO, *, report: Report | None = None) -> Iterator[TranslationUnit]:
    """Stream the translation units of a TMX file (a path or a binary stream).

    Raises :class:`FormatError` for malformed XML (naming file, line and
    column), a root other than ``<tmx>``, or entity declarations.
    """
    name = name_of(source)
    start = 0 if isinstance(source, (str, Path)) else source.tell()
    reader = _Reader(name, report)
    rooted = False
    for event, el in iterparse(source, ("tmx", "header", "tu"), fmt="TMX"):
        tag = el.tag
        if event == "start":                # the first event comes before any end event
            if not rooted:
                root = el.getroottree().getroot()
                if root.tag != "tmx":
                    raise FormatError(f"TMX: {name}: line {root.sourceline}: the root element "
                                      f"is <{root.tag}>, not <tmx>")
                rooted = True
            continue
        if tag == "tu":
            unit = reader.unit(el)
            # Bounded memory: drop the finished <tu> and whatever came before it.
            el.clear(keep_tail=True)
            parent = el.getparent()
            while el.getprevious() is not None:
                del parent[0]
            if unit is not None:
                yield unit
        elif tag == "header":
            reader.header(el)
            el.clear(keep_tail=True)
    if not rooted:
        raise _root_error(source, name, start)
