"""The TBX mapping: value picklists, small text codecs, and the reader of one entry.

:mod:`termsmith.formats.tbx` streams the file and writes; this module holds what
both directions share and turns one ``termEntry`` / ``conceptEntry`` into a
:class:`~termsmith.model.Concept` (:class:`EntryReader`).

TBX-Basic has no data category for several things termsmith keeps (review
status, harvest data, glosses, a context's speaker), so :mod:`termsmith.formats.tbx`
writes them as ``<note>`` elements with a fixed prefix, ``termsmith:KEY=VALUE``.
Every Basic schema allows ``<note>`` at entry and term level (TBX-Basic 2.x DTD
``%auxInfo;``; TBX v3 core ``AuxInfo``), so the file stays valid and other tools
show the notes as plain comments.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from termsmith import langs
from termsmith.errors import FormatError
from termsmith.formats import Report
from termsmith.formats._xml import XML_LANG
from termsmith.model import Concept, Context, Gloss, GlossType, PartOfSpeech, Review, Term, TermType, Usage

TBX3_NS = "urn:iso:std:iso:30042:ed-2"
ENTRY_TAGS = ("termEntry", "conceptEntry")
# ASCII digits, as many as SQLite's integers hold (\d would take "²" and 5,000 digits).
_ID = re.compile(r"c([0-9]{1,18})")      # our concept ids: c{Concept.id}
_OWN_ID = re.compile(r"u[0-9]+")          # our ids for concepts without one
_TERM_ID = re.compile(r"t([0-9]{1,18})")  # our term ids: t{Term.id}
PREFIX = "termsmith:"

# TBX-Basic 2.x (and TBX-Basic v1.2.1 for v3) only knows administrativeStatus with the
# ISO 12620 "-admn-sts" picklist (TBXBasicRNGV02.rng, termNote_administrativeStatus).
# TBX-Basic V4 prefers usageStatus (preferred/admitted/deprecated) but still accepts
# administrativeStatus (an info-level report only), whereas v1.2.1 rejects usageStatus;
# so both versions write administrativeStatus, and the reader takes either.
USAGE_OUT = {
    Usage.PREFERRED: "preferredTerm-admn-sts",
    Usage.ADMITTED: "admittedTerm-admn-sts",
    Usage.DEPRECATED: "deprecatedTerm-admn-sts",
}
_USAGE_IN = {
    "preferred": Usage.PREFERRED, "preferredterm-admn-sts": Usage.PREFERRED,
    "standardizedterm-admn-sts": Usage.PREFERRED,
    "admitted": Usage.ADMITTED, "admittedterm-admn-sts": Usage.ADMITTED,
    "legalterm-admn-sts": Usage.ADMITTED, "regulatedterm-admn-sts": Usage.ADMITTED,
    "deprecated": Usage.DEPRECATED, "deprecatedterm-admn-sts": Usage.DEPRECATED,
    "supersededterm-admn-sts": Usage.DEPRECATED, "notrecommended": Usage.DEPRECATED,
    "obsolete": Usage.DEPRECATED, "forbidden": Usage.DEPRECATED,
}
USAGE_TYPES = ("administrativeStatus", "usageStatus", "normativeAuthorization")

# transactionType: TBX-Basic 2.x says origination/modification (TBXBasicRNGV02.rng,
# transac_transactionType); TBX-Basic V4 says creation/modification. (v1.2.1 still says
# origination, so a v3 file with a creation date fails that one older Schematron.)
CREATED_V2 = "origination"
CREATED_V3 = "creation"
_CREATED_IN = {"origination", "creation"}

_REVIEW_IN = {"approved": Review.APPROVED, "rejected": Review.REJECTED,
              "candidate": Review.CANDIDATE, "new": Review.CANDIDATE}


def usage(value: str) -> Usage | None:
    """The Usage for an administrativeStatus / usageStatus value, or None."""
    return _USAGE_IN.get(value.strip().lower())


def review(value: str) -> Review | None:
    """The Review for a status word (ours, or Phrase TMS's ``status`` termNote)."""
    return _REVIEW_IN.get(value.strip().lower())


_TERM_TYPES = {t.value.lower(): t for t in TermType}
_POS = {p.value.lower(): p for p in PartOfSpeech}


def term_type(value: str) -> TermType | None:
    """The TermType for a TBX termType value (case-insensitive), or None."""
    return _TERM_TYPES.get(value.strip().lower())


def pos(value: str) -> PartOfSpeech | None:
    """The PartOfSpeech for a TBX partOfSpeech value (case-insensitive), or None."""
    return _POS.get(value.strip().lower())


def is_creation(value: str) -> bool:
    """True if a transactionType value records a creation."""
    return value.strip() in _CREATED_IN


# --- termsmith:KEY=VALUE notes ------------------------------------------------

_NOTE = re.compile(r"termsmith:([a-z]+)=(.*)", re.DOTALL)


def note(key: str, value: str) -> str:
    """A prefixed note: ``termsmith:review=approved``."""
    return f"{PREFIX}{key}={value}"


def plain_note(text: str) -> str:
    """A user's note as written: escaped as ``termsmith:note=`` if it looks prefixed."""
    return note("note", text) if text.startswith(PREFIX) else text


def split_note(text: str) -> tuple[str | None, str]:
    """``(key, value)`` of a prefixed note, or ``(None, text)`` for a plain one."""
    m = _NOTE.fullmatch(text) if text.startswith(PREFIX) else None
    if m is None:
        return None, text
    return m[1], m[2]


# --- glosses: one JSON object per note, fields at their defaults left out ------

_GLOSS_FIELDS = {f.name: f for f in dataclasses.fields(Gloss)}


def gloss_out(g: Gloss) -> str:
    """A Gloss as compact JSON (type and text first, then the non-default fields)."""
    data: dict[str, object] = {"type": g.type.value, "text": g.text}
    for name, f in _GLOSS_FIELDS.items():
        value = getattr(g, name)
        if name not in data and value != f.default:
            data[name] = value
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def gloss_in(text: str) -> Gloss:
    """The Gloss from :func:`gloss_out`'s JSON; ValueError if it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"gloss is not JSON: {e}") from e
    if not isinstance(data, dict) or set(data) - set(_GLOSS_FIELDS):
        raise ValueError(f"not a gloss: {text[:80]!r}")
    data["type"] = GlossType(str(data.get("type")))
    for key in ("quantity", "target_quantity"):
        if data.get(key) is not None:
            data[key] = float(data[key])
    return Gloss(**data)


def score_out(score: float) -> str:
    """A score written so that ``float()`` gives it back exactly."""
    return repr(float(score))


def score_in(text: str) -> float:
    """A score from its note; ValueError when it is not a number."""
    value = float(text)
    if math.isnan(value):
        raise ValueError("score is NaN")
    return value


# --- a context's document citation: "path:line" --------------------------------

# The line is appended after the last colon. A path that already ends in
# ":<digits>" (or ":") and has no line gets a bare trailing colon, so the
# citation always parses back to the same (source, line).
_CITE = re.compile(r"(.*):(-?[0-9]{1,9})?", re.DOTALL)


def cite(source: str, line: int | None) -> str:
    """``source:line``, reversible by :func:`uncite`."""
    if line is not None:
        return f"{source}:{line}"
    return source + ":" if _CITE.fullmatch(source) else source


def uncite(text: str) -> tuple[str, int | None]:
    """``(source, line)`` from a citation written by :func:`cite`."""
    m = _CITE.fullmatch(text)
    if m is None:
        return text, None
    return m[1], int(m[2]) if m[2] else None


# --- reading one entry ------------------------------------------------------------

def local(el: Any) -> str:
    """An element's name without its namespace."""
    tag: str = el.tag
    return tag if tag[0] != "{" else tag.rsplit("}", 1)[-1]


def is_dct(el: Any) -> bool:
    """A data category written as an element of another namespace (TBX v3 DCT style)."""
    tag: str = el.tag
    return tag.startswith("{") and not tag.startswith(f"{{{TBX3_NS}}}")


def label(el: Any) -> str:
    """How a dropped element is named in the report: ``descrip[type=xyz]``, ``min:foo``."""
    name = local(el)
    if is_dct(el):
        return f"{el.prefix}:{name}" if el.prefix else name
    kind = el.get("type")
    return f"{name}[type={kind}]" if kind else name


def text_of(el: Any) -> str:
    """All text inside an element, markup dropped."""
    if not len(el):                 # the common case: text only (itertext costs more)
        text: str | None = el.text
        return text or ""
    return "".join(el.itertext())


# A file names a handful of languages a hundred thousand times.
_normalized = lru_cache(maxsize=256)(langs.normalize)


class EntryReader:
    """Turns one termEntry / conceptEntry into a Concept."""

    def __init__(self, name: str, rep: Report) -> None:
        self.name = name
        self.rep = rep

    def error(self, el: Any, message: str) -> FormatError:
        return FormatError(f"TBX: {self.name}: line {el.sourceline}: {message}")

    def concept(self, entry: Any) -> Concept | None:
        f: dict[str, Any] = {}
        notes: list[str] = []
        evidence: list[str] = []
        glosses: list[Gloss] = []
        terms: list[Term] = []
        seen_term = False
        for child in entry:
            if not isinstance(child.tag, str):
                continue
            name = local(child)
            if name in ("langSet", "langSec"):
                section, had = self.section(child, f)
                terms += section
                seen_term = seen_term or had
            elif name in ("descrip", "descripGrp") or is_dct(child):
                self.descrip(child, f, at_entry=True)
            elif name == "note":
                self.entry_note(child, f, notes, evidence, glosses)
            elif name == "transacGrp":
                self.transac(child, f)
            else:
                self.rep.drop(label(child))
        if not seen_term:
            raise self.error(entry, f"<{local(entry)}> has no <term>")
        if not terms:
            self.rep.warn(f"TBX: {self.name}: line {entry.sourceline}: entry skipped, "
                          "all its terms are empty")
            return None
        eid = entry.get("id")
        if eid is not None and (mid := _ID.fullmatch(eid)):
            f["id"] = int(mid[1])
        elif eid is not None and not _OWN_ID.fullmatch(eid):
            self.rep.drop(f"{local(entry)}@id")
        try:
            return Concept(terms=tuple(terms), note="\n".join(notes) if notes else None,
                           evidence=tuple(evidence), glosses=tuple(glosses), **f)
        except (ValueError, TypeError) as e:
            raise self.error(entry, str(e)) from e

    def descrip(self, el: Any, f: dict[str, Any], *, at_entry: bool) -> None:
        """subjectField / definition at entry or language level (alone or in a descripGrp)."""
        if local(el) == "descripGrp":
            inner = [c for c in el if isinstance(c.tag, str)]
            if not inner:
                return
            for extra in inner[1:]:
                self.rep.drop(f"descripGrp/{label(extra)}")
            el = inner[0]
        kind = local(el) if is_dct(el) else el.get("type", "")
        text = text_of(el).strip()
        key = {"subjectField": "subject", "definition": "definition"}.get(kind)
        if key is None or (key == "subject" and not at_entry):
            self.rep.drop(label(el))
        elif text and key not in f:
            f[key] = text
        elif text:
            self.rep.drop(label(el))

    def entry_note(self, el: Any, f: dict[str, Any], notes: list[str],
                   evidence: list[str], glosses: list[Gloss]) -> None:
        key, value = split_note(text_of(el))
        try:
            if key is None:
                if value.strip():
                    notes.append(value.strip())
            elif key == "note":
                notes.append(value)
            elif key in ("kind", "category"):
                f[key] = value
            elif key == "score":
                f["score"] = score_in(value)
            elif key == "evidence":
                evidence.append(value)
            elif key == "gloss":
                glosses.append(gloss_in(value))
            else:
                self.rep.drop(f"note[{PREFIX}{key}]")
        except ValueError as e:
            raise self.error(el, f"bad {PREFIX}{key} note: {e}") from e

    def transac(self, grp: Any, f: dict[str, Any]) -> None:
        """created / modified (and who: created_by / modified_by) from a transacGrp
        (transac, date, transacNote[@type=responsibility])."""
        kind, date, who = None, None, None
        for c in grp:
            if not isinstance(c.tag, str):
                continue
            if local(c) == "transac" and c.get("type") == "transactionType":
                kind = text_of(c).strip()
            elif local(c) == "date":
                date = text_of(c).strip()
            elif local(c) == "transacNote" and c.get("type") == "responsibility":
                who = text_of(c).strip() or None
            else:
                self.rep.drop(f"transacGrp/{label(c)}")
        if kind is None or not (date or who):
            self.rep.drop("transacGrp")
        elif is_creation(kind) or kind == "modification":
            stamp = "created" if is_creation(kind) else "modified"
            if date:
                f[stamp] = date
            if who:
                f[f"{stamp}_by"] = who
        else:
            self.rep.drop(f"transac[{kind}]")

    def section(self, ls: Any, f: dict[str, Any]) -> tuple[list[Term], bool]:
        """The terms of a langSet / langSec; also whether it held any <term> element."""
        tag = ls.get(XML_LANG)
        if not tag:
            raise self.error(ls, f"<{local(ls)}> has no xml:lang")
        try:
            lang = _normalized(tag)
        except ValueError as e:
            raise self.error(ls, str(e)) from e
        terms: list[Term] = []
        had = False
        for child in ls:
            if not isinstance(child.tag, str):
                continue
            name = local(child)
            if name in ("tig", "ntig", "termSec"):
                had = True
                term = self.term(child, lang)
                if term is not None:
                    terms.append(term)
            elif name in ("descrip", "descripGrp") or is_dct(child):
                # a definition given per language: kept if the concept has none yet
                self.descrip(child, f, at_entry=False)
            else:
                self.rep.drop(f"{local(ls)}/{label(child)}")
        return terms, had

    def term(self, tig: Any, lang: str) -> Term | None:
        parts = list(tig)
        if tig.find("{*}termGrp") is not None:
            parts = []                                          # ntig/termGrp (TBX 2008)
            for c in tig:
                if isinstance(c.tag, str) and local(c) == "termGrp":
                    parts.extend(c)
                else:
                    parts.append(c)
        f: dict[str, Any] = {"lang": lang}
        text: str | None = None
        notes: list[str] = []
        contexts: list[Context] = []
        for c in parts:
            if not isinstance(c.tag, str):
                continue
            name = local(c)
            if name == "term":
                text = text_of(c).strip()
            elif name == "termNote" or is_dct(c):
                self.term_note(c, f)
            elif name == "termNoteGrp":
                for n in c:
                    if isinstance(n.tag, str) and local(n) == "termNote":
                        self.term_note(n, f)
            elif name in ("descrip", "descripGrp"):
                ctx = self.context(c)
                if ctx is not None:
                    contexts.append(ctx)
            elif name == "note":
                self.term_note_el(c, f, notes)
            elif name == "transacGrp":
                self.transac(c, f)
            else:
                self.rep.drop(label(c))
        if text is None:
            raise self.error(tig, f"<{local(tig)}> has no <term>")
        if not text:
            self.rep.drop("term[empty]")
            return None
        tid = tig.get("id")
        if tid is not None and (mid := _TERM_ID.fullmatch(tid)):
            f["id"] = int(mid[1])
        try:
            return Term(text=text, note="\n".join(notes) if notes else None,
                        contexts=tuple(contexts), **f)
        except ValueError as e:
            raise self.error(tig, str(e)) from e

    def term_note(self, el: Any, f: dict[str, Any]) -> None:
        kind = local(el) if is_dct(el) else el.get("type", "")
        value = text_of(el).strip()
        if kind == "termType" and (tt := term_type(value)) is not None:
            f["type"] = tt
        elif kind == "partOfSpeech" and (p := pos(value)) is not None:
            f["pos"] = p
        elif kind in USAGE_TYPES and (u := usage(value)) is not None:
            f["usage"] = u
        # Phrase TMS term-base export: forbidden / preferred flags, status, epoch-ms times
        elif kind in ("forbidden", "preferred") and value in ("true", "false"):
            if value == "true":
                f["usage"] = Usage.DEPRECATED if kind == "forbidden" else Usage.PREFERRED
        elif kind == "status" and (r := review(value)) is not None:
            f["review"] = r
        elif kind in ("createdAt", "lastModifiedAt") and value.isascii() and value.isdigit() \
                and len(value) <= 15:
            f["created" if kind == "createdAt" else "modified"] = _epoch_ms(value)
        else:
            self.rep.drop(label(el) if is_dct(el) else f"termNote[type={kind}]")

    def term_note_el(self, el: Any, f: dict[str, Any], notes: list[str]) -> None:
        key, value = split_note(text_of(el))
        if key is None:
            if value.strip():
                notes.append(value.strip())
        elif key == "note":
            notes.append(value)
        elif key == "review":
            r = review(value)
            if r is None:
                raise self.error(el, f"bad {PREFIX}review note: {value!r}")
            f["review"] = r
        elif key == "pos" and (p := pos(value)) is not None:
            f["pos"] = p
        else:
            self.rep.drop(f"note[{PREFIX}{key}]")

    def context(self, el: Any) -> Context | None:
        """A Context from descripGrp(descrip[@type=context], admin[@type=source]*) or a bare descrip."""
        grp = [c for c in el if isinstance(c.tag, str)] if local(el) == "descripGrp" else [el]
        if not grp or local(grp[0]) != "descrip" or grp[0].get("type") != "context":
            for c in grp:
                self.rep.drop(label(c))
            return None
        sentence, start, end = _marked(grp[0])
        sources: list[str] = []
        for c in grp[1:]:
            if local(c) == "admin" and c.get("type") == "source" and len(sources) < 2:
                sources.append(text_of(c))
            else:
                self.rep.drop(f"descripGrp/{label(c)}")
        source, line = uncite(sources[0]) if sources else ("", None)
        speaker = sources[1] if len(sources) > 1 else None
        return Context(sentence=sentence, source=source, line=line, speaker=speaker,
                       start=start, end=end)


def _marked(descrip: Any) -> tuple[str, int, int]:
    """Text of a context descrip and the span of its first ``<hi type="entailedTerm">``."""
    text = descrip.text or ""
    start = end = 0
    found = False
    for c in descrip:
        inner = text_of(c) if isinstance(c.tag, str) else ""
        if not found and isinstance(c.tag, str) and local(c) == "hi" \
                and c.get("type") == "entailedTerm":
            found = True
            start, end = len(text), len(text) + len(inner)
        text += inner + (c.tail or "")
    return text, start, end


def _epoch_ms(value: str) -> str:
    stamp = datetime.fromtimestamp(int(value) / 1000, UTC).replace(microsecond=0)
    return stamp.isoformat().replace("+00:00", "Z")

