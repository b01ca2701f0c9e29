"""The term base's data model, concept-oriented as TBX models it.

A :class:`Concept` holds language sections (``en``, ``zh-Hans``, others), each
a list of :class:`Term` objects; a term carries its type, part of speech,
usage status (preferred / admitted / deprecated), review status (candidate /
approved / rejected) and the contexts it was seen in. Objects are immutable and
validated on construction, so an invalid one cannot exist.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class TermType(StrEnum):
    """TBX ``termType`` values used by termsmith."""

    FULL_FORM = "fullForm"
    ACRONYM = "acronym"
    ABBREVIATION = "abbreviation"
    SHORT_FORM = "shortForm"
    VARIANT = "variant"
    PHRASE = "phrase"


class Usage(StrEnum):
    """Usage status (TBX ``administrativeStatus`` / ``normativeAuthorization``)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"


class Review(StrEnum):
    """Where a term stands in translator review."""

    CANDIDATE = "candidate"
    APPROVED = "approved"
    REJECTED = "rejected"


class PartOfSpeech(StrEnum):
    """TBX-Basic ``partOfSpeech`` picklist."""

    NOUN = "noun"
    VERB = "verb"
    ADJECTIVE = "adjective"
    ADVERB = "adverb"
    PROPER_NOUN = "properNoun"
    OTHER = "other"


class GlossType(StrEnum):
    """The type of a parenthetical gloss."""

    ACRONYM = "acronym"            # Belt and Road Initiative (BRI)
    UNIT = "unit"                  # 258 million mu (about 17.2 million hectares)
    SCIENTIFIC = "scientific"      # lion's mane mushrooms (Hericium erinaceus)
    EXPLANATION = "explanation"    # "..." (This means ...)
    CLARIFICATION = "clarification"  # 9,829 villages (state farms)


@dataclass(frozen=True, slots=True)
class Gloss:
    """A parenthetical gloss of a term as written in a source.

    For unit conversions the quantities are floats in base units
    (``258 million`` → ``258e6``); :attr:`factor` is target per source unit,
    so ``258 million mu (about 17.2 million hectares)`` gives ``≈ 0.0667``.
    """

    type: GlossType
    text: str                          # the gloss as written, without brackets
    unit: str | None = None            # source unit: "mu"
    quantity: float | None = None      # source quantity: 258e6
    target_unit: str | None = None     # "hectares"
    target_quantity: float | None = None
    approximate: bool = False          # "about", "around", "nearly" ...
    source: str = ""                   # document it was seen in
    line: int | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("gloss text must not be blank")

    @property
    def factor(self) -> float | None:
        """Conversion factor implied by the two quantities (target per source unit)."""
        if self.quantity and self.target_quantity is not None:
            return self.target_quantity / self.quantity
        return None

    @property
    def conversion(self) -> str | None:
        """A unit's factor as a note gives it, ``1 mu ≈ 0.0667 hectares``; None for other glosses.

        This, not the gloss as written (one sentence's quantity), is what a glossary
        entry for the unit says (issue 15, item 5).
        """
        f = self.factor
        if self.type is not GlossType.UNIT or f is None or not self.unit or not self.target_unit:
            return None
        return f"1 {self.unit} {'≈' if self.approximate else '='} {f:.3g} {self.target_unit}"


# BCP 47, loosely: a primary subtag and optional subtags (en, zh-Hans, zh-CN, pt-BR).
_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


# Characters XML 1.0 cannot hold (C0 controls but tab, LF, CR): no term may contain one.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_id(text: str | None, prefix: str = "") -> int | None:
    """A stored id from a file (``c12``, ``12``): ASCII digits SQLite can hold, else None.

    ``"²"``, ``"٣"`` and a 5,000-digit number are digits to :meth:`str.isdigit`, but no
    id (issue 15, item 22); a file's id that is none is read as no id at all.
    """
    if text is None:
        return None
    digits = text[len(prefix):] if prefix and text.startswith(prefix) else text
    if digits.isascii() and digits.isdigit() and 0 < len(digits) <= 18:
        return int(digits)
    return None


def check_lang(lang: str) -> str:
    """Return ``lang`` if it is a plausible BCP 47 tag, else raise ValueError."""
    if lang not in _LANGS_SEEN:
        if not _LANG.match(lang):
            raise ValueError(f"not a language tag: {lang!r}")
        if len(_LANGS_SEEN) < 256:
            _LANGS_SEEN.add(lang)
    return lang


# Tags already found plausible: a term base of 100,000 terms has a handful of languages,
# and every term read checks its own (bounded, so hostile input cannot grow it).
_LANGS_SEEN: set[str] = set()


@dataclass(frozen=True, slots=True)
class Context:
    """A sentence a term was seen in, with where it came from."""

    sentence: str
    source: str                # document path as harvested
    line: int | None = None    # 1-based line in the source
    speaker: str | None = None
    start: int = 0             # the term's span in ``sentence``, for highlighting
    end: int = 0

    @property
    def form(self) -> str:
        """The exact form of the term in this context."""
        return self.sentence[self.start:self.end]


@dataclass(frozen=True, slots=True)
class Term:
    """A designation of a concept in one language."""

    text: str
    lang: str = "en"
    type: TermType = TermType.FULL_FORM
    pos: PartOfSpeech | None = None
    usage: Usage = Usage.ADMITTED
    review: Review = Review.CANDIDATE
    note: str | None = None
    contexts: tuple[Context, ...] = ()
    variants: tuple[tuple[str, int], ...] = ()   # forms seen and how often
    id: int | None = None
    created: str | None = None
    modified: str | None = None
    created_by: str | None = None    # who created / last changed it (None: the harvest)
    modified_by: str | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("term text must not be blank")
        if self.text != self.text.strip():
            raise ValueError(f"term text has surrounding spaces: {self.text!r}")
        if _CONTROL.search(self.text):
            raise ValueError(f"term text has a control character: {self.text!r}")
        check_lang(self.lang)


@dataclass(frozen=True, slots=True)
class Concept:
    """A concept entry: terms in several languages plus what describes the concept."""

    terms: tuple[Term, ...]
    id: int | None = None
    subject: str | None = None        # subject field
    definition: str | None = None
    note: str | None = None
    kind: str | None = None           # how it was harvested (quoted, name, domain ...)
    category: str | None = None       # organisation, place, programme ...
    score: float | None = None        # harvest score, 0..1
    glosses: tuple[Gloss, ...] = ()
    evidence: tuple[str, ...] = ()
    created: str | None = None
    modified: str | None = None
    created_by: str | None = None     # who created / last changed it (None: the harvest)
    modified_by: str | None = None
    # The store's edit counter: a reviewer's write names the version it saw and is
    # refused (ConflictError) if someone changed the concept since. None outside a store.
    version: int | None = None

    def __post_init__(self) -> None:
        if not self.terms:
            raise ValueError("a concept needs at least one term")
        if self.score is not None and not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score must be within 0..1, got {self.score}")

    @property
    def languages(self) -> list[str]:
        """Language sections present, in order of first term."""
        return list(dict.fromkeys(t.lang for t in self.terms))

    def section(self, lang: str) -> list[Term]:
        """The terms of one language section (``zh`` matches ``zh-Hans`` and ``zh-CN``)."""
        return [t for t in self.terms if t.lang == lang or t.lang.split("-")[0] == lang]

    @property
    def head(self) -> Term:
        """The term that names the concept: the first English one not deprecated (a merge
        can bring in an older, deprecated rendering), else the first English one, else the
        first."""
        en = self.section("en")
        return next((t for t in en if t.usage is not Usage.DEPRECATED), en[0] if en else self.terms[0])


@dataclass(frozen=True, slots=True)
class Quotation:
    """A quoted sentence seen in a document: kept as evidence, never a term."""

    text: str
    source: str
    line: int
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Change:
    """One recorded change to the term base (the audit trail)."""

    concept_id: int
    field: str
    old: str | None
    new: str | None
    who: str
    at: str
    term_id: int | None = None
    term: str | None = None          # the text of the term it changed (None: a concept field)
    action: int | None = None        # changes made by one decision share an action number
    head: str | None = None          # the concept's name, for listings across the term base
    version: int | None = None       # the concept's version this change made

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (``termsmith history --format json``)."""
        return {"at": self.at, "who": self.who, "concept": self.concept_id, "head": self.head,
                "term_id": self.term_id, "term": self.term, "field": self.field,
                "old": self.old, "new": self.new, "action": self.action}


@dataclass(frozen=True, slots=True)
class TermRow:
    """A flat view of one term for listings (``termsmith terms``)."""

    term: str
    lang: str
    kind: str | None
    status: Review
    usage: Usage
    type: TermType
    occurrences: int
    score: float | None
    concept: int
    term_id: int
    category: str | None = None
    equivalents: tuple[str, ...] = field(default=())   # terms of other languages
    version: int | None = None                         # the concept's version (see Concept)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "term": self.term, "lang": self.lang, "kind": self.kind,
            "status": self.status.value, "usage": self.usage.value, "type": self.type.value,
            "occurrences": self.occurrences, "score": self.score, "concept": self.concept,
            "term_id": self.term_id, "category": self.category,
            "equivalents": list(self.equivalents),
        }


@dataclass(frozen=True, slots=True)
class Tuv:
    """One language's text of a translation unit (TMX ``tuv``: unit variant)."""

    lang: str
    text: str                       # plain text; inline markup (bpt/ept/ph ...) removed
    props: tuple[tuple[str, str], ...] = ()
    created: str | None = None      # TMX creationdate / changedate (as written) and
    changed: str | None = None      # creationid / changeid of this variant (a term's own)
    created_by: str | None = None
    changed_by: str | None = None

    def __post_init__(self) -> None:
        check_lang(self.lang)
        bad = _CONTROL.search(self.text)
        if bad:     # XML cannot hold it: every TMX export would fail (issue 15, item 21)
            raise ValueError(f"segment text has a control character U+{ord(bad.group()):04X}")


@dataclass(frozen=True, slots=True)
class TranslationUnit:
    """An aligned pair (or set) of segments: a TMX ``tu``.

    Built from a term base (one unit per English–Chinese term pair) or read
    from a translation memory; segment pairs from aligned documents use the
    same shape.
    """

    variants: tuple[Tuv, ...]
    id: str | None = None
    props: tuple[tuple[str, str], ...] = ()   # (type, value), TMX <prop>
    notes: tuple[str, ...] = ()
    created: str | None = None               # TMX creationdate / changedate, as written
    changed: str | None = None
    created_by: str | None = None            # TMX creationid / changeid
    changed_by: str | None = None

    def __post_init__(self) -> None:
        if not self.variants:
            raise ValueError("a translation unit needs at least one variant")

    def text(self, lang: str) -> str | None:
        """The segment text of ``lang`` (``zh`` matches ``zh-CN``), or None."""
        for s in self.variants:
            if s.lang == lang or s.lang.split("-")[0].lower() == lang.lower():
                return s.text
        return None


@dataclass(frozen=True, slots=True)
class MemoryUnit:
    """A translation unit as the translation memory keeps it: with where and when it came in."""

    key: int                              # the unit's id in the term base
    unit: TranslationUnit
    source: str = ""                      # the file it was imported or aligned from
    added: str | None = None              # when it entered the memory (ISO 8601, UTC)
    documents: tuple[str, ...] = ()       # the aligned documents (source side first), if any


@dataclass(frozen=True, slots=True)
class Bead:
    """One bead of a sentence alignment: source sentences matched to target sentences.

    ``src`` and ``tgt`` are 0-based sentence indices, ascending and consecutive;
    either may be empty (a sentence the translator left out, or added). ``score``
    is the aligner's confidence in [0, 1]: weak beads are the ones a person
    should check. Printed as the bead line of ``shared/align/``: ``[0,1]:[0]``.
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float = 1.0

    def __post_init__(self) -> None:
        if not self.src and not self.tgt:
            raise ValueError("a bead needs at least one sentence")
        for side in (self.src, self.tgt):
            if any(i < 0 for i in side) or any(b != a + 1 for a, b in zip(side, side[1:], strict=False)):
                raise ValueError(f"bead indices must be consecutive and non-negative: {side}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"bead score must be in [0, 1]: {self.score}")

    def __str__(self) -> str:
        return f"[{','.join(map(str, self.src))}]:[{','.join(map(str, self.tgt))}]"


class Severity(StrEnum):
    """How serious a finding is; ``error`` findings make ``termsmith check`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for info (for sorting)."""
        return ("error", "warning", "info").index(self.value)


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by a consistency check."""

    check: str                       # stable id: "variant-spelling", "number-mismatch" ...
    severity: Severity
    message: str
    path: str | None = None          # the checked file (None: the term base itself)
    line: int | None = None          # 1-based line in ``path``
    column: int | None = None        # 1-based column of ``found`` on that line
    term: str | None = None          # the term-base term it concerns
    found: str | None = None         # the form found in the text
    expected: str | None = None      # the approved form
    concept: int | None = None
    context: str | None = None       # the sentence, for showing the finding in place
    span: tuple[int, int] | None = None   # ``found`` within ``context``
    # A finding on a segment pair carries both sides, each with its 1-based line (issue 9).
    source_text: str | None = None
    source_line: int | None = None
    target_text: str | None = None
    target_line: int | None = None
    source_lang: str | None = None
    target_lang: str | None = None

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (the ``--format json`` shape)."""
        return {
            "check": self.check, "severity": self.severity.value, "message": self.message,
            "path": self.path, "line": self.line, "column": self.column, "term": self.term,
            "found": self.found, "expected": self.expected, "concept": self.concept,
            "context": self.context, "span": list(self.span) if self.span else None,
            "source_text": self.source_text, "source_line": self.source_line,
            "target_text": self.target_text, "target_line": self.target_line,
            "source_lang": self.source_lang, "target_lang": self.target_lang,
        }
