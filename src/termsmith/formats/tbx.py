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
    created, modified,    termEntry/transacGrp: transac (origination in v2, creation in v3, or
    created_by,           modification), date, transacNote[@type=responsibility] (who): written
    modified_by           when someone is responsible; with timestamps=True, whenever dated
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
    Term.created/modified tig/transacGrp, as for the concept
      created_by/modified_by

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
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO

from termsmith import langs
from termsmith.errors import FormatError
from termsmith.formats import ExportOptions, Report
from termsmith.formats import _tbx_map as m
from termsmith.formats._xml import XML_LANG, XML_NS, iterparse, name_of
from termsmith.model import Concept, PartOfSpeech, Review, Term, TermType, Usage

__all__ = ["read", "write", "write_v2", "write_v3"]

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


def write(concepts: Iterable[Concept], dest: IO[bytes], *, version: int = 2,
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
                        entries = _Entries(xf, v3, zh_tag, en_tag, timestamps, max_contexts)
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
                            entries.write(concept, count)
    dest.write(b"\n")
    return count


def write_v2(concepts: Iterable[Concept], dest: IO[bytes], options: ExportOptions) -> int:
    """The registry's TBX writer (:data:`termsmith.formats.FORMATS`): TBX-Basic v2."""
    return write(concepts, dest, version=2, zh_tag=options.zh_tag, timestamps=options.timestamps,
                 max_contexts=options.max_contexts)


def write_v3(concepts: Iterable[Concept], dest: IO[bytes], options: ExportOptions) -> int:
    """The registry's TBX v3 writer: TBX-Basic in ISO 30042:2019's shape."""
    return write(concepts, dest, version=3, zh_tag=options.zh_tag, timestamps=options.timestamps,
                 max_contexts=options.max_contexts)


# What XML 1.0 cannot hold: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _unwritable(c: Concept) -> str | None:
    """Name the first character of ``c`` that XML cannot hold, and where it stands."""
    # One search over everything first: almost every concept is fine.
    texts = [c.subject, c.definition, c.note, c.kind, c.category, *c.evidence]
    for g in c.glosses:
        texts += (g.text, g.unit, g.target_unit, g.source)
    for t in c.terms:
        texts += (t.text, t.note)
        for x in t.contexts:
            texts += (x.sentence, x.speaker, x.source)
    if _NOT_XML.search("\n".join(filter(None, texts))) is None:
        return None
    return _first_unwritable(c)


def _first_unwritable(c: Concept) -> str | None:
    """The message for the first bad character, fields taken in a fixed order."""
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


# --- entries: one template per shape -----------------------------------------------
#
# Each entry is written whole with ``xf.write(element)`` from a template element
# kept per entry shape (benchmarks/README.md: building elements costs more than writing
# them): the shape says which elements the entry has, in order; the template is
# built once for it, then only its texts, tails and attributes are refilled, so
# lxml still does all the escaping. v3 templates have no namespace: written
# inside ``<tbx xmlns="urn:iso:std:iso:30042:ed-2">`` they take the default one.

# Kinds of shape token
_LEAF, _OPEN, _HI, _CLOSE = range(4)

# Shape tokens: each stands for one element (or the end of a block).
(_SUBJECT, _DEFINITION, _NOTE, _TRANSAC_GRP, _TRANSAC, _DATE, _END, _LANG, _TIG_ID, _TIG,
 _TERM, _TERM_TYPE, _POS, _STATUS, _DESCRIP_GRP, _CONTEXT, _CONTEXT_HI, _SOURCE,
 _RESPONSIBLE) = range(19)

# token -> (kind, tag (v2), @type or the attribute refilled on a block)
_TOKENS: dict[int, tuple[int, str, str | None]] = {
    _SUBJECT: (_LEAF, "descrip", "subjectField"),
    _DEFINITION: (_LEAF, "descrip", "definition"),
    _NOTE: (_LEAF, "note", None),
    _TRANSAC_GRP: (_OPEN, "transacGrp", None),
    _TRANSAC: (_LEAF, "transac", "transactionType"),
    _DATE: (_LEAF, "date", None),
    _RESPONSIBLE: (_LEAF, "transacNote", "responsibility"),
    _END: (_CLOSE, "", None),
    _LANG: (_OPEN, "langSet", XML_LANG),
    _TIG_ID: (_OPEN, "tig", "id"),
    _TIG: (_OPEN, "tig", None),
    _TERM: (_LEAF, "term", None),
    _TERM_TYPE: (_LEAF, "termNote", "termType"),
    _POS: (_LEAF, "termNote", "partOfSpeech"),
    _STATUS: (_LEAF, "termNote", "administrativeStatus"),
    _DESCRIP_GRP: (_OPEN, "descripGrp", None),
    _CONTEXT: (_LEAF, "descrip", "context"),
    _CONTEXT_HI: (_HI, "descrip", "context"),
    _SOURCE: (_LEAF, "admin", "source"),
}
_V3_TAGS = {"termEntry": "conceptEntry", "langSet": "langSec", "tig": "termSec"}
_ENTRY_DEPTH = 3                 # martif/tbx > text > body > termEntry
_ENTRY_SEP = "\n" + "  " * _ENTRY_DEPTH
_MAX_TEMPLATES = 512             # shapes kept (least recently used dropped)
_MAX_GROUPINGS = 1000           # sequences of term languages whose sections are remembered


class _Template:
    """An entry element and the parts refilled for each concept of its shape."""

    __slots__ = ("entry", "texts", "tails", "attrs", "written", "last")

    def __init__(self, entry: Any, texts: list[Any], tails: list[Any],
                 attrs: list[tuple[Any, str]]) -> None:
        self.entry = entry
        self.texts = texts           # elements whose .text is refilled, in shape order
        self.tails = tails           # <hi> elements whose .tail is refilled
        self.attrs = attrs           # (element, attribute name), the entry's id first
        # The texts and attribute values last set: many repeat from entry to entry
        # (termType, review notes, language tags), and comparing two strings costs
        # less than an lxml assignment.
        self.written: list[str] | list[None] = [None] * len(texts)
        self.last: list[str] | list[None] = [None] * len(attrs)


def _template(shape: tuple[int, ...], v3: bool) -> _Template:
    from lxml import etree

    def tag(name: str) -> str:
        return _V3_TAGS.get(name, name) if v3 else name

    entry = etree.Element(tag("termEntry"), id="")
    texts: list[Any] = []
    tails: list[Any] = []
    attrs: list[tuple[Any, str]] = [(entry, "id")]
    blocks = [entry]               # elements whose children are indented
    stack = [entry]
    for token in shape:
        kind, name, attr = _TOKENS[token]
        if kind == _CLOSE:
            stack.pop()
            continue
        el = etree.SubElement(stack[-1], tag(name))
        if kind == _OPEN:
            if attr is not None:
                el.set(attr, "")
                attrs.append((el, attr))
            blocks.append(el)
            stack.append(el)
            continue
        if attr is not None:
            el.set("type", attr)
        el.text = ""               # never <x/>: the streamed writer always wrote <x></x>
        texts.append(el)
        if kind == _HI:
            hi = etree.SubElement(el, "hi", type="entailedTerm")
            hi.text = ""
            texts.append(hi)
            tails.append(hi)
    _indent(entry, _ENTRY_DEPTH, {id(b) for b in blocks})
    return _Template(entry, texts, tails, attrs)


def _indent(el: Any, depth: int, blocks: set[int]) -> None:
    """Two-space indentation inside blocks; leaves keep their text as it is."""
    inner = "\n" + "  " * (depth + 1)
    el.text = inner
    last = None
    for child in el:
        child.tail = inner
        if id(child) in blocks:
            _indent(child, depth + 1, blocks)
        last = child
    if last is not None:
        last.tail = "\n" + "  " * depth
    else:
        el.text = "\n" + "  " * depth


class _Entries:
    """Writes entries through ``xf``, from templates kept per shape."""

    def __init__(self, xf: Any, v3: bool, zh_tag: str, en_tag: str, timestamps: bool,
                 max_contexts: int | None) -> None:
        self.xf = xf
        self.v3 = v3
        self.zh_tag = zh_tag
        self.en_tag = en_tag
        self.timestamps = timestamps
        self.max_contexts = max_contexts
        self.templates: OrderedDict[tuple[int, ...], _Template] = OrderedDict()
        # stored languages of a concept's terms -> sections (see sections)
        self.groupings: dict[tuple[str, ...], tuple[tuple[str, tuple[int, ...]], ...]] = {}
        self.created = m.CREATED_V3 if v3 else m.CREATED_V2
        # (type, pos, usage, review) -> what they write (see term_notes): a few
        # hundred keys at most, so no cap is needed.
        self.notes: dict[tuple[TermType, PartOfSpeech | None, Usage, Review],
                         tuple[tuple[int, ...], tuple[str, ...], tuple[int, ...],
                               tuple[str, ...]]] = {}

    def write(self, c: Concept, n: int) -> None:
        shape: list[int] = []
        texts: list[str] = []
        tails: list[str] = []
        attrs = [f"c{c.id}" if c.id is not None else f"u{n}"]
        if c.subject:
            shape.append(_SUBJECT)
            texts.append(c.subject)
        if c.definition:
            shape.append(_DEFINITION)
            texts.append(c.definition)
        notes = []
        if c.note:
            notes.append(m.plain_note(c.note))
        if c.kind is not None:
            notes.append(m.note("kind", c.kind))
        if c.category is not None:
            notes.append(m.note("category", c.category))
        if c.score is not None:
            notes.append(m.note("score", m.score_out(c.score)))
        for ev in c.evidence:
            notes.append(m.note("evidence", ev))
        for g in c.glosses:
            notes.append(m.note("gloss", m.gloss_out(g)))
        if notes:
            shape += [_NOTE] * len(notes)
            texts += notes
        self.transacs(c.created, c.modified, c.created_by, c.modified_by, shape, texts)
        terms = c.terms
        for tag, positions in self.sections(terms):
            shape.append(_LANG)
            attrs.append(tag)
            for i in positions:
                self.term(terms[i], shape, texts, tails, attrs)
            shape.append(_END)

        key = tuple(shape)
        tpl = self.templates.get(key)
        if tpl is None:
            if len(self.templates) >= _MAX_TEMPLATES:
                self.templates.popitem(last=False)
            tpl = self.templates[key] = _template(key, self.v3)
        else:
            self.templates.move_to_end(key)
        for el, text, old in zip(tpl.texts, texts, tpl.written, strict=True):
            if text != old:
                el.text = text
        tpl.written = texts
        if tails:
            for el, text in zip(tpl.tails, tails, strict=True):
                el.tail = text
        for (el, name), value, old in zip(tpl.attrs, attrs, tpl.last, strict=True):
            if value != old:
                el.set(name, value)
        tpl.last = attrs
        self.xf.write(_ENTRY_SEP)
        self.xf.write(tpl.entry)

    def sections(self, terms: tuple[Term, ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
        """Terms grouped by written tag: English, then Chinese, then others as they come.

        As (tag, positions in ``terms``), kept per sequence of stored languages.
        """
        key = tuple([t.lang for t in terms])
        found = self.groupings.get(key)
        if found is not None:
            return found
        groups: dict[str, list[int]] = {}
        for i, lang in enumerate(key):
            groups.setdefault(langs.export_tag(lang, self.zh_tag, self.en_tag), []).append(i)

        def rank(tag: str) -> int:
            return 0 if tag.split("-")[0].lower() == "en" else 1 if langs.is_chinese(tag) else 2

        ordered = sorted(groups.items(), key=lambda kv: rank(kv[0]))  # stable: keeps first-seen order
        if len(self.groupings) >= _MAX_GROUPINGS:
            self.groupings.clear()
        found = self.groupings[key] = tuple((tag, tuple(ix)) for tag, ix in ordered)
        return found

    def term(self, t: Term, shape: list[int], texts: list[str], tails: list[str],
             attrs: list[str]) -> None:
        if t.id is not None:
            shape += (_TIG_ID, _TERM)
            attrs.append(f"t{t.id}")
        else:
            shape += (_TIG, _TERM)
        texts.append(t.text)
        notes = self.notes.get((t.type, t.pos, t.usage, t.review))
        if notes is None:
            notes = self.notes[t.type, t.pos, t.usage, t.review] = self.term_notes(t)
        head_shape, head, tail_shape, tail = notes
        shape += head_shape
        texts += head
        contexts = t.contexts if self.max_contexts is None else t.contexts[:self.max_contexts]
        for ctx in contexts:
            # TBX-Basic: descripGrp = descrip, admin* and admin may only be
            # customerSubset/projectSubset/source (TBXBasiccoreStructV02.dtd, V4 .sch).
            sentence, start, end = ctx.sentence, ctx.start, ctx.end
            # descrip type="context", the term's span as <hi type="entailedTerm">
            if (start, end) == (0, 0) or not 0 <= start <= end <= len(sentence):
                shape += (_DESCRIP_GRP, _CONTEXT)
                texts.append(sentence)
            else:
                shape += (_DESCRIP_GRP, _CONTEXT_HI)
                texts += (sentence[:start], sentence[start:end])
                tails.append(sentence[end:])
            speaker = ctx.speaker
            if speaker is not None:
                shape += (_SOURCE, _SOURCE, _END)
                texts += (m.cite(ctx.source, ctx.line), speaker)
            elif ctx.source or ctx.line is not None:
                shape += (_SOURCE, _END)
                texts.append(m.cite(ctx.source, ctx.line))
            else:
                shape.append(_END)
        if t.note:
            shape.append(_NOTE)
            texts.append(m.plain_note(t.note))
        shape += tail_shape
        texts += tail
        self.transacs(t.created, t.modified, t.created_by, t.modified_by, shape, texts)
        shape.append(_END)

    def term_notes(self, t: Term) -> tuple[tuple[int, ...], tuple[str, ...],
                                           tuple[int, ...], tuple[str, ...]]:
        """What a term's type, part of speech, usage and review write, before and after
        its contexts and note: the same for every term with the same four values."""
        head_shape = [_TERM_TYPE]
        head = [t.type.value]
        # TBX-Basic v1.2.1 (v3) takes TBX-Min's partOfSpeech picklist, without properNoun
        # (TBX-Basic_DCA.sch, module.min.termNote): v3 says noun and keeps the rest in a note.
        proper_v3 = self.v3 and t.pos is PartOfSpeech.PROPER_NOUN
        if t.pos is not None:
            head_shape.append(_POS)
            head.append("noun" if proper_v3 else t.pos.value)
        head_shape.append(_STATUS)
        head.append(m.USAGE_OUT[t.usage])
        tail = [m.note("pos", PartOfSpeech.PROPER_NOUN.value)] if proper_v3 else []
        tail.append(m.note("review", t.review.value))
        return tuple(head_shape), tuple(head), (_NOTE,) * len(tail), tuple(tail)

    def transacs(self, created: str | None, modified: str | None, created_by: str | None,
                 modified_by: str | None, shape: list[int], texts: list[str]) -> None:
        """Creation and last modification: a transacGrp each when a person is responsible
        (date and ``transacNote type="responsibility"``), or, with timestamps, when dated."""
        for kind, stamp, who in ((self.created, created, created_by),
                                 ("modification", modified, modified_by)):
            if not who and not (self.timestamps and stamp):
                continue
            shape += (_TRANSAC_GRP, _TRANSAC)
            texts.append(kind)
            if stamp:
                shape.append(_DATE)
                texts.append(stamp if self.v3 else stamp.split("T")[0])
            if who:
                shape.append(_RESPONSIBLE)
                texts.append(who)
            shape.append(_END)


# --- reading ---------------------------------------------------------------------

def read(source: str | Path | BinaryIO, *, report: Report | None = None) -> Iterator[Concept]:
    """Concepts from a TBX v2 (``martif``) or v3 (``tbx``) file, streamed."""
    from lxml import etree

    rep = report if report is not None else Report()
    name = name_of(source)
    start = None if isinstance(source, (str, Path)) else source.tell()
    root: str | None = None
    entries = m.EntryReader(name, rep)
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
        concept = entries.concept(el)
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
