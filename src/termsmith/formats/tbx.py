"""TBX (ISO 30042) reader and writer. Knows XML, not SQLite.

The writer produces TBX-Basic in one of two shapes:

* **v2** (default): ``<martif type="TBX-Basic">`` with no namespace, TBX-Basic 2.x
  (LISA 2009, on the ISO 30042:2008 core). OmegaT and translate-toolkit (so
  Weblate) read this one; OmegaT 3.6 rejects v3.
* **v3**: ``<tbx type="TBX-Basic" style="dca" xmlns="urn:iso:std:iso:30042:ed-2">``
  (ISO 30042:2019), conceptEntry / langSec / termSec, same content.

Mapping (element by element; the same in both versions unless noted)::

    Concept.id            termEntry/@id "c{id}"; no id: "u{n}" (n = position), read back as None
    Concept.subject       termEntry/descrip[@type=subjectField]
    Concept.definition    termEntry/descrip[@type=definition]
    Concept.note          termEntry/note
    kind, category,       termEntry/note "termsmith:kind=…", "termsmith:category=…",
    score, evidence,      "termsmith:score=0.85", "termsmith:evidence=…" (one per item),
    glosses               "termsmith:gloss={json}" (one per gloss, see _tbx_map.gloss_out)
    created, modified     termEntry/transacGrp (transac + date), only with timestamps=True
    Term.lang             langSet/@xml:lang: English en_tag, Chinese zh_tag, others as stored
    Term.id               tig/@id "t{id}"
    Term.text             tig/term
    Term.type             tig/termNote[@type=termType]
    Term.pos              tig/termNote[@type=partOfSpeech]; v3 writes properNoun as "noun"
                          plus note "termsmith:pos=properNoun" (TBX-Basic v1.2.1 lacks it)
    Term.usage            tig/termNote[@type=administrativeStatus] "…Term-admn-sts"
    Term.note             tig/note
    Term.review           tig/note "termsmith:review=approved"
    Term.contexts         tig/descripGrp: descrip[@type=context] (the term's span marked
                          with <hi type="entailedTerm">), admin[@type=source] "path:line",
                          then a second admin[@type=source] holding the speaker
    Term.created/modified tig/transacGrp, only with timestamps=True

TBX-Basic has no data category for review status, harvest data or glosses, so
they travel as ``<note>`` with the fixed prefix ``termsmith:`` (a user's note that
itself starts with the prefix is written as ``termsmith:note=…``). Not written:
``Term.variants``. In v2 a date is ``xsd:date`` (TBXBasicRNGV02.rng, date.content),
so timestamps keep only their day there; v3 keeps the full ``dateTime``.

The reader takes v2 and v3 from any tool: tig, ntig/termGrp, termSec, DCT-style
data categories in other namespaces (``min:partOfSpeech``), TBX-Default and
Phrase TMS termNotes, UTF-16 and BOMs. What the model cannot hold is counted in
the :class:`~termsmith.formats.Report`.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO

from termsmith import langs
from termsmith.errors import FormatError
from termsmith.formats import Report
from termsmith.formats import _tbx_map as m
from termsmith.formats._xml import XML_LANG, XML_NS, iterparse, name_of
from termsmith.model import Concept, PartOfSpeech, Term

__all__ = ["read", "write"]

_HEADER_NOTE = ("Exported by termsmith. Notes starting with 'termsmith:' carry review "
                "status, harvest data and glosses.")


# --- writing ---------------------------------------------------------------------

class _Out:
    """Streams the root and header through ``xmlfile``, 2-space indented, one level at a time."""

    def __init__(self, xf: Any, ns: str | None) -> None:
        self._xf = xf
        self._ns = ns
        self._depth = 0

    def tag(self, name: str) -> str:
        return f"{{{self._ns}}}{name}" if self._ns else name

    def _indent(self) -> None:
        self._xf.write("\n" + "  " * self._depth)

    @contextmanager
    def block(self, name: str, attrs: dict[str, str] | None = None,
              nsmap: dict[str | None, str] | None = None) -> Iterator[None]:
        """An element whose children are elements (indented)."""
        if self._depth:
            self._indent()
        with self._xf.element(self.tag(name), attrs or {}, nsmap=nsmap):
            self._depth += 1
            yield
            self._depth -= 1
            self._indent()

    def leaf(self, name: str, text: str | None, attrs: dict[str, str] | None = None) -> None:
        """An element holding text only; lxml escapes it."""
        self._indent()
        with self._xf.element(self.tag(name), attrs or {}):
            if text:
                self._xf.write(text)

    def context(self, sentence: str, start: int, end: int) -> None:
        """``descrip type="context"``, the term's span as ``<hi type="entailedTerm">``."""
        self._indent()
        with self._xf.element(self.tag("descrip"), {"type": "context"}):
            if (start, end) == (0, 0) or not 0 <= start <= end <= len(sentence):
                self._xf.write(sentence)
                return
            self._xf.write(sentence[:start])
            with self._xf.element(self.tag("hi"), {"type": "entailedTerm"}):
                self._xf.write(sentence[start:end])
            self._xf.write(sentence[end:])


def write(concepts: Iterable[Concept], dest: BinaryIO, *, version: int = 2,
          zh_tag: str = "zh-CN", en_tag: str = "en", title: str = "termsmith glossary",
          timestamps: bool = False, max_contexts: int | None = 3) -> int:
    """Write ``concepts`` as TBX-Basic (``version`` 2 or 3); return how many were written.

    :param zh_tag: the one tag all Chinese sections get (CAT tools match only ``zh``).
    :param max_contexts: contexts written per term (None: all).
    """
    from lxml import etree

    if version not in (2, 3):
        raise ValueError(f"TBX version must be 2 or 3, not {version!r}")
    v3 = version == 3
    dest.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    count = 0
    with etree.xmlfile(dest, encoding="UTF-8") as xf:
        out = _Out(xf, m.TBX3_NS if v3 else None)
        # The xml prefix must be in the root's nsmap, or xmlfile writes "ns0:lang".
        if v3:
            root, attrs = "tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: en_tag}
            nsmap: dict[str | None, str] = {None: m.TBX3_NS, "xml": XML_NS}
        else:
            root, attrs = "martif", {"type": "TBX-Basic", XML_LANG: en_tag}
            nsmap = {"xml": XML_NS}
        with out.block(root, attrs, nsmap):
            _header(out, title, v3)
            with out.block("text"):
                it = iter(concepts)
                first = next(it, None)
                # v3 text has an optional body (core RNG); v2 requires
                # body(termEntry+), so an empty v2 file cannot be schema-valid.
                if first is not None or not v3:
                    with out.block("body"):
                        seen: set[int] = set()
                        for concept in _chain(first, it):
                            count += 1
                            if concept.id is not None:
                                if concept.id in seen:
                                    raise FormatError(
                                        f"TBX: concept {concept.id} comes twice: two entries "
                                        f"would have the same id c{concept.id}")
                                seen.add(concept.id)
                            # Refuse what XML cannot hold before writing any of the entry,
                            # so the error names it and no half entry is written.
                            bad = _unwritable(concept)
                            if bad:
                                name = concept.id if concept.id is not None \
                                    else f"#{count} (no id)"
                                raise FormatError(f"TBX: concept {name}: cannot be written as "
                                                  f"XML: {bad}")
                            _entry(out, concept, count, v3, zh_tag, en_tag, timestamps,
                                   max_contexts)
    dest.write(b"\n")
    return count


# What XML 1.0 cannot hold: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _unwritable(c: Concept) -> str | None:
    """Name the first character of ``c`` that XML cannot hold, and where it stands."""
    texts = [c.subject, c.definition, c.note, c.kind, c.category, *c.evidence,
             *(g.text for g in c.glosses), *(g.unit for g in c.glosses),
             *(g.target_unit for g in c.glosses), *(g.source for g in c.glosses)]
    for t in c.terms:
        texts += [t.text, t.note, *(x.sentence for x in t.contexts),
                  *(x.speaker for x in t.contexts), *(x.source for x in t.contexts)]
    for text in texts:
        m = _NOT_XML.search(text or "")
        if m and text:
            return (f"character {m.group()!r} (U+{ord(m.group()):04X}) in "
                    f"{text[max(0, m.start() - 20):m.end() + 20]!r}")
    return None


def _chain(first: Concept | None, rest: Iterator[Concept]) -> Iterator[Concept]:
    if first is not None:
        yield first
        yield from rest


def _header(out: _Out, title: str, v3: bool) -> None:
    with out.block("tbxHeader" if v3 else "martifHeader"):
        with out.block("fileDesc"):
            with out.block("titleStmt"):
                out.leaf("title", title)
            with out.block("sourceDesc"):
                out.leaf("p", _HEADER_NOTE)
        if not v3:
            # ISO 30042:2008 wants the XCS named; the TBX-Basic 2.x one.
            with out.block("encodingDesc"):
                out.leaf("p", "TBXBasicXCSV02.xcs", {"type": "XCSURI"})


def _entry(out: _Out, c: Concept, n: int, v3: bool, zh_tag: str, en_tag: str,
           timestamps: bool, max_contexts: int | None) -> None:
    eid = f"c{c.id}" if c.id is not None else f"u{n}"
    with out.block("conceptEntry" if v3 else "termEntry", {"id": eid}):
        if c.subject:
            out.leaf("descrip", c.subject, {"type": "subjectField"})
        if c.definition:
            out.leaf("descrip", c.definition, {"type": "definition"})
        if c.note:
            out.leaf("note", m.plain_note(c.note))
        if c.kind is not None:
            out.leaf("note", m.note("kind", c.kind))
        if c.category is not None:
            out.leaf("note", m.note("category", c.category))
        if c.score is not None:
            out.leaf("note", m.note("score", m.score_out(c.score)))
        for ev in c.evidence:
            out.leaf("note", m.note("evidence", ev))
        for g in c.glosses:
            out.leaf("note", m.note("gloss", m.gloss_out(g)))
        if timestamps:
            _transacs(out, c.created, c.modified, v3)
        for tag, terms in _sections(c.terms, zh_tag, en_tag):
            with out.block("langSec" if v3 else "langSet", {XML_LANG: tag}):
                for t in terms:
                    _term(out, t, v3, timestamps, max_contexts)


def _sections(terms: tuple[Term, ...], zh_tag: str, en_tag: str) -> list[tuple[str, list[Term]]]:
    """Terms grouped by written tag: English, then Chinese, then others as they come."""
    groups: dict[str, list[Term]] = {}
    for t in terms:
        groups.setdefault(langs.export_tag(t.lang, zh_tag, en_tag), []).append(t)

    def rank(tag: str) -> int:
        return 0 if tag.split("-")[0].lower() == "en" else 1 if langs.is_chinese(tag) else 2

    return sorted(groups.items(), key=lambda kv: rank(kv[0]))   # stable: keeps first-seen order


def _term(out: _Out, t: Term, v3: bool, timestamps: bool, max_contexts: int | None) -> None:
    with out.block("termSec" if v3 else "tig", {"id": f"t{t.id}"} if t.id is not None else None):
        out.leaf("term", t.text)
        out.leaf("termNote", t.type.value, {"type": "termType"})
        # TBX-Basic v1.2.1 (v3) takes TBX-Min's partOfSpeech picklist, without properNoun
        # (TBX-Basic_DCA.sch, module.min.termNote): v3 says noun and keeps the rest in a note.
        proper_v3 = v3 and t.pos is PartOfSpeech.PROPER_NOUN
        if t.pos is not None:
            out.leaf("termNote", "noun" if proper_v3 else t.pos.value, {"type": "partOfSpeech"})
        out.leaf("termNote", m.USAGE_OUT[t.usage], {"type": "administrativeStatus"})
        contexts = t.contexts if max_contexts is None else t.contexts[:max_contexts]
        for ctx in contexts:
            # TBX-Basic: descripGrp = descrip, admin* and admin may only be
            # customerSubset/projectSubset/source (TBXBasiccoreStructV02.dtd, V4 .sch).
            with out.block("descripGrp"):
                out.context(ctx.sentence, ctx.start, ctx.end)
                if ctx.source or ctx.line is not None or ctx.speaker is not None:
                    out.leaf("admin", m.cite(ctx.source, ctx.line), {"type": "source"})
                if ctx.speaker is not None:
                    out.leaf("admin", ctx.speaker, {"type": "source"})
        if t.note:
            out.leaf("note", m.plain_note(t.note))
        if proper_v3:
            out.leaf("note", m.note("pos", PartOfSpeech.PROPER_NOUN.value))
        out.leaf("note", m.note("review", t.review.value))
        if timestamps:
            _transacs(out, t.created, t.modified, v3)


def _transacs(out: _Out, created: str | None, modified: str | None, v3: bool) -> None:
    for kind, stamp in ((m.CREATED_V3 if v3 else m.CREATED_V2, created),
                        ("modification", modified)):
        if stamp:
            with out.block("transacGrp"):
                out.leaf("transac", kind, {"type": "transactionType"})
                out.leaf("date", stamp if v3 else stamp.split("T")[0])


# --- reading ---------------------------------------------------------------------

def read(source: str | Path | BinaryIO, *, report: Report | None = None) -> Iterator[Concept]:
    """Concepts from a TBX v2 (``martif``) or v3 (``tbx``) file, streamed."""
    from lxml import etree

    rep = report if report is not None else Report()
    name = name_of(source)
    start = None if isinstance(source, (str, Path)) else source.tell()
    root: str | None = None
    tags = ("{*}martif", "{*}tbx", "{*}termEntry", "{*}conceptEntry")
    for event, el in iterparse(source, tags, fmt="TBX"):
        local = etree.QName(el).localname
        if event == "start":
            if root is None and local in ("martif", "tbx") and el.getparent() is None:
                root = local
            continue
        if local not in m.ENTRY_TAGS:
            continue
        if root is None:
            top = el.getroottree().getroot()
            raise _wrong_root(name, etree.QName(top).localname, top.sourceline)
        concept = m.EntryReader(name, rep).concept(el)
        _release(el, rep)
        if concept is not None:
            yield concept
    if root is None:
        raise _wrong_root(name, *_peek_root(source, start))


def _wrong_root(name: str, tag: str, line: int) -> FormatError:
    return FormatError(f"TBX: {name}: line {line}: the root element is <{tag}>, not "
                       "<martif> (TBX v2) or <tbx> (TBX v3)")


def _peek_root(source: str | Path | IO[bytes], start: int | None) -> tuple[str, int]:
    """The root element's name and line, read again from the start of the source."""
    from lxml import etree

    if isinstance(source, (str, Path)):
        with open(source, "rb") as f:
            head = f.read(64 * 1024)
    else:
        source.seek(start or 0)
        head = source.read(64 * 1024)
    try:
        for _, el in etree.iterparse(io.BytesIO(head), events=("start",),
                                     resolve_entities=False, no_network=True, load_dtd=False):
            return etree.QName(el).localname, el.sourceline
    except etree.XMLSyntaxError:
        pass
    return "?", 1


def _release(el: Any, rep: Report) -> None:
    """Free a handled entry and everything before it; count unknown body-level elements."""
    el.clear(keep_tail=True)
    parent = el.getparent()
    while (prev := el.getprevious()) is not None:
        if isinstance(prev.tag, str) and m.local(prev) not in m.ENTRY_TAGS:
            rep.drop(m.label(prev))
        parent.remove(prev)
