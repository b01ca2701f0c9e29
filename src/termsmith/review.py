"""Review decisions: status changes, equivalents and how a replaced one is kept, deprecation,
variants and merges, and undo.

Every function here changes the term base in one transaction and records who
did what in the history (through :class:`~termsmith.store.Store`); the CLI,
the spreadsheet import, the decisions file and the review page all go through
them, so the rules hold whichever way a translator works::

    candidate ──► approved ──► (deprecated, with a replacement)
        │  ▲          │ ▲
        ▼  │          ▼ │
       rejected ◄─────┘ │      a decision can be revised (reviewers disagree);
           └────────────┘      every revision is in the history

Relations between terms, as a terminologist sees them (memoQ, MultiTerm and Phrase
make the same distinctions): when an equivalent is replaced, the old one is either
a typo (it goes; the history keeps it), an admitted synonym, short form or
abbreviation (kept, allowed), or forbidden (kept, deprecated: exports mark it so).
Nothing is forbidden unless a reviewer says so. Deprecating a term in favour of,
or accepting as a variant, a term that another concept already has is refused
with :class:`SameTermElsewhere`, naming that concept, so the caller can offer to
merge the two concepts instead of creating a duplicate.

``at`` (ISO 8601) dates a decision made earlier (the decisions file); default now.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from termsmith.errors import NotFound, ReviewError, StoreError
from termsmith.model import Change, Concept, Review, Term, TermType, Usage
from termsmith.normalize import form_key, key
from termsmith.store import Store

T = TypeVar("T")

# Status changes a reviewer may make (to the same status is a no-op, not an error).
ALLOWED: dict[Review, frozenset[Review]] = {
    Review.CANDIDATE: frozenset({Review.APPROVED, Review.REJECTED}),
    Review.APPROVED: frozenset({Review.REJECTED, Review.CANDIDATE}),
    Review.REJECTED: frozenset({Review.APPROVED, Review.CANDIDATE}),
}


class Replaced(StrEnum):
    """What becomes of an equivalent when another replaces it."""

    TYPO = "typo"                    # a typo corrected: the old text goes (history keeps it)
    SYNONYM = "synonym"              # kept as an admitted synonym
    SHORT_FORM = "shortForm"         # kept as an admitted short form (亚冬会)
    ABBREVIATION = "abbreviation"    # kept as an admitted abbreviation
    FORBIDDEN = "forbidden"          # kept, deprecated: exports mark it forbidden


_KEPT_TYPE = {Replaced.SYNONYM: TermType.FULL_FORM, Replaced.SHORT_FORM: TermType.SHORT_FORM,
              Replaced.ABBREVIATION: TermType.ABBREVIATION}
_SHORT = frozenset({TermType.ACRONYM, TermType.ABBREVIATION, TermType.SHORT_FORM})


class SameTermElsewhere(ReviewError):
    """The term named already belongs to another concept: merge rather than duplicate."""

    def __init__(self, text: str, concept: int, head: str, into: int) -> None:
        super().__init__(f"{text!r} is already a term of concept #{concept} ({head}); merge "
                         f"#{concept} into #{into} instead (termsmith merge '#{into}' '#{concept}')")
        self.text = text
        self.concept = concept        # the other concept
        self.head = head
        self.into = into              # the concept being reviewed


def _term(tb: Store, term_id: int) -> tuple[Concept, Term]:
    try:
        c = tb.get(tb.concept_of(term_id), contexts=False)
    except StoreError as e:
        raise ReviewError(f"no term with id {term_id}") from e
    return c, next(t for t in c.terms if t.id == term_id)


def _new_term(text: str, lang: str, **kw: object) -> Term:
    try:
        return Term(text=" ".join(text.split()), lang=lang, **kw)  # type: ignore[arg-type]
    except ValueError as e:
        raise ReviewError(str(e)) from e


def _set_status(tb: Store, term_id: int, status: Review, who: str, *,
               at: str | None = None) -> bool:
    """Approve, reject or reopen a term; return whether anything changed."""
    _, t = _term(tb, term_id)
    if t.review is status:
        return False
    if status not in ALLOWED[t.review]:
        raise ReviewError(f"{t.text!r} cannot go from {t.review.value} to {status.value}")
    changes = {"review": status.value}
    if status is not Review.APPROVED and t.usage is Usage.DEPRECATED:
        changes["usage"] = Usage.ADMITTED.value     # a deprecation needs an approved term
    return tb.update_term(term_id, who, dict(changes), at=at) > 0


def _set_equivalent(tb: Store, concept_id: int, text: str, who: str, *,
                   lang: str = "zh-Hans", old: Replaced = Replaced.SYNONYM,
                   at: str | None = None) -> bool:
    """Make ``text`` the concept's approved, preferred equivalent in ``lang``.

    The equivalent it replaces (the one in use, not a short form) becomes what
    ``old`` says: gone (a typo), an admitted synonym, short form or abbreviation,
    or forbidden. Return whether anything changed.
    """
    text = " ".join(text.split())
    if not text:
        raise ReviewError("the equivalent must not be blank")
    new = _new_term(text, lang, usage=Usage.PREFERRED, review=Review.APPROVED, created=at,
                    modified=at)
    c = tb.get(concept_id, contexts=False)
    same_lang = [t for t in c.terms if t.lang == lang]
    with tb.transaction():
        mine = next((t for t in same_lang if t.text == text), None)
        changed = False
        for t in same_lang:
            if t is mine or t.usage is Usage.DEPRECATED or t.type in _SHORT \
                    or t.type is TermType.VARIANT or t.review is Review.REJECTED:
                continue
            if t.usage is Usage.ADMITTED and t.review is Review.APPROVED:
                continue                # an agreed synonym stays one
            assert t.id is not None
            if old is Replaced.TYPO:
                tb.remove_term(t.id, who, at=at)
                changed = True
            elif old is Replaced.FORBIDDEN:
                changed |= tb.update_term(t.id, who, at=at, usage=Usage.DEPRECATED.value,
                                          review=Review.APPROVED.value) > 0
            else:
                changed |= tb.update_term(t.id, who, at=at, usage=Usage.ADMITTED.value,
                                          review=Review.APPROVED.value,
                                          type=_KEPT_TYPE[old].value) > 0
        if mine is None:
            tb.add_term(concept_id, new, key=key(text), who=who)
            return True
        assert mine.id is not None
        changed |= tb.update_term(mine.id, who, at=at, usage=Usage.PREFERRED.value,
                                  review=Review.APPROVED.value) > 0
        return changed


def _relate(tb: Store, concept_id: int, text: str, relation: Replaced, who: str, *,
           lang: str = "zh-Hans", at: str | None = None) -> int:
    """Keep ``text`` as a term of the concept in ``relation`` (synonym, short form,
    abbreviation: admitted; forbidden: deprecated); added if new. Return its id."""
    if relation is Replaced.TYPO:
        raise ReviewError("a typo is not kept; correct it with set_equivalent")
    c = tb.get(concept_id, contexts=False)
    usage = Usage.DEPRECATED if relation is Replaced.FORBIDDEN else Usage.ADMITTED
    with tb.transaction():
        mine = next((t for t in c.terms if t.lang == lang
                     and form_key(t.text) == form_key(text)), None)
        if mine is None:
            kind = _KEPT_TYPE.get(relation, TermType.FULL_FORM)
            return tb.add_term(concept_id, _new_term(text, lang, type=kind, usage=usage,
                                                     review=Review.APPROVED, created=at,
                                                     modified=at),
                               key=key(text), who=who)
        assert mine.id is not None
        changes = {"usage": usage.value, "review": Review.APPROVED.value}
        if relation in _KEPT_TYPE:
            changes["type"] = _KEPT_TYPE[relation].value
        tb.update_term(mine.id, who, dict(changes), at=at)
        return mine.id


def _elsewhere(tb: Store, c: Concept, text: str, lang: str) -> None:
    """Refuse a term another concept already has (SameTermElsewhere names it)."""
    for cid, _ in tb.find(text, lang=lang):
        if cid != c.id:
            other = tb.get(cid, contexts=False)
            raise SameTermElsewhere(text, cid, other.head.text, c.id or 0)


def _deprecate(tb: Store, term_id: int, replacement: str, who: str, *,
              at: str | None = None) -> int:
    """Deprecate an approved term in favour of ``replacement``; return the replacement's id.

    The replacement is a term of the same concept and language (made approved and
    preferred), added if the concept does not have it yet. A replacement that is
    another concept's term is refused with :class:`SameTermElsewhere` (merge them).
    """
    c, t = _term(tb, term_id)
    if t.review is not Review.APPROVED:
        raise ReviewError(f"only an approved term can be deprecated; {t.text!r} is "
                          f"{t.review.value} (reject it instead)")
    replacement = " ".join(replacement.split())
    # The exact text, not the harvest key: "Daqing Oilfield" replaces "Daqing Oil Field"
    # although both fold to one key.
    if replacement == t.text:
        raise ReviewError(f"{replacement!r} is the term being deprecated")
    other = next((x for x in c.terms if x.lang == t.lang and x.text == replacement), None) \
        or next((x for x in c.terms if x.lang == t.lang and x.id != t.id
                 and form_key(x.text) == form_key(replacement)), None)
    if other is None:
        _elsewhere(tb, c, replacement, t.lang)
    with tb.transaction():
        tb.update_term(term_id, who, at=at, usage=Usage.DEPRECATED.value)
        if other is None:
            return tb.add_term(c.id or 0, _new_term(replacement, t.lang, type=t.type, pos=t.pos,
                                                    usage=Usage.PREFERRED,
                                                    review=Review.APPROVED, created=at,
                                                    modified=at),
                               key=key(replacement), who=who)
        assert other.id is not None
        tb.update_term(other.id, who, at=at, usage=Usage.PREFERRED.value,
                       review=Review.APPROVED.value)
        return other.id


def _accept_variant(tb: Store, concept_id: int, text: str, who: str, *,
                   lang: str = "en", at: str | None = None) -> int:
    """Record an agreed variant (e.g. a short form) so checks stop reporting it.

    A variant that is another concept's term is refused with :class:`SameTermElsewhere`.
    """
    c = tb.get(concept_id, contexts=False)
    text = " ".join(text.split())
    # The exact text only: "Daqing oilfield" is a variant of its own, whatever other
    # renderings (preferred or deprecated) fold to the same key.
    same = [t for t in c.terms if t.lang == lang and t.text == text]
    if same:
        t = same[0]
        assert t.id is not None
        tb.update_term(t.id, who, at=at, type=TermType.VARIANT.value,
                       review=Review.APPROVED.value, usage=Usage.ADMITTED.value)
        return t.id
    _elsewhere(tb, c, text, lang)
    return tb.add_term(concept_id, _new_term(text, lang, type=TermType.VARIANT,
                                             review=Review.APPROVED, created=at, modified=at),
                       key=key(text), who=who)


def _remove_equivalent(tb: Store, concept_id: int, text: str, who: str, *,
                      lang: str = "zh", at: str | None = None) -> bool:
    """Withdraw a wrong equivalent: mark it rejected and deprecated; return whether anything changed.

    The term is never deleted: it stays in the term base (exports mark it
    forbidden, checks report it in a translation), and the change is in the
    history. ``lang`` names a section (``zh`` matches ``zh-Hans`` and ``zh-CN``).
    Setting the same text again with :func:`set_equivalent` restores it.
    """
    text = " ".join(text.split())
    c = tb.get(concept_id, contexts=False)
    t = next((t for t in c.section(lang) if t.text == text), None)
    if t is None:
        raise ReviewError(f"{text!r} is not a {lang} equivalent of {c.head.text!r}")
    assert t.id is not None
    return tb.update_term(t.id, who, at=at, review=Review.REJECTED.value,
                          usage=Usage.DEPRECATED.value) > 0


def merge(tb: Store, keep: int, other: int, who: str, *, at: str | None = None) -> None:
    """Merge concept ``other`` into ``keep`` (terms, contexts, glosses and history move)."""
    try:
        tb.merge_concepts(keep, other, who, at=at)
    except StoreError as e:
        raise ReviewError(str(e)) from e


def partner(c: Concept, t: Term) -> Term | None:
    """An acronym's expansion or an expansion's acronym in the same concept, if any
    (approving one offers the other)."""
    if t.lang.split("-")[0] != "en":
        return None
    want_short = t.type not in _SHORT
    return next((x for x in c.terms if x.id != t.id and x.lang == t.lang
                 and (x.type in _SHORT) == want_short and x.type is not TermType.VARIANT
                 and x.review is not Review.REJECTED), None)


def undo(tb: Store, who: str, *, action: int | None = None) -> list[Change]:
    """Take back ``who``'s last decision (or the decision ``action``); return what was undone.

    See :meth:`~termsmith.store.Store.undo`.
    """
    try:
        return tb.undo(who, action=action)
    except StoreError as e:
        raise ReviewError(str(e)) from e


def deprecate_text(tb: Store, text: str, replacement: str, who: str, *,
                   at: str | None = None) -> tuple[int, str]:
    """Deprecate the term written ``text`` in favour of ``replacement``; return (concept id,
    the term's text).

    ``text`` may also be a rendering seen in the documents but not yet a term of its own
    (``Daqing Oil Field``, harvested as a spelling variant of ``Daqing Oilfield``): it is
    added to that concept, approved and deprecated, so exports forbid it and checks
    report it.
    """
    hits = tb.find(text, lang="en") or tb.find(text)
    if not hits:
        raise NotFound(f"no term {text!r} in {tb.path}")
    exact = [(cid, tid) for cid, tid in hits
             if any(t.id == tid and t.text.casefold() == " ".join(text.split()).casefold()
                    for t in tb.get(cid, contexts=False).terms)]
    concepts = sorted({cid for cid, _ in exact or hits})
    if len(concepts) > 1:
        raise ReviewError(f"{text!r} names {len(concepts)} concepts "
                          f"({', '.join('#' + str(c) for c in concepts)}); merge them first")
    cid = concepts[0]
    if exact:
        tid = exact[0][1]
        _, t = _term(tb, tid)
        deprecate(tb, tid, replacement, who, at=at)
        return cid, t.text
    form = " ".join(text.split())
    with tb.transaction():
        tid = tb.add_term(cid, _new_term(form, "en", usage=Usage.DEPRECATED, review=Review.APPROVED,
                                         created=at, modified=at), key=key(form), who=who)
        if replacement != form:
            deprecate(tb, tid, replacement, who, at=at)
    return cid, form


# -- the decisions, each in one transaction, optionally against the version the reviewer saw ---
#
# ``expected_version`` is the concept's version the reviewer saw (``Concept.version``,
# ``TermRow.version``; the review page and the sheet send it). Given, the concept is locked
# and a change someone else made since raises ConflictError (who changed what, when) before
# anything is written; omitted (``termsmith edit``), the decision reads and writes in one
# transaction. Either way only the fields the decision names are written.


def _locked(tb: Store, concept_id: int, expected: int | None, work: Callable[[], T]) -> T:
    def run() -> T:
        tb.check_version(concept_id, expected)
        return work()
    return tb.atomic(run)


def _owner(tb: Store, term_id: int) -> int:
    try:
        return tb.concept_of(term_id)
    except StoreError as e:
        raise ReviewError(f"no term with id {term_id}") from e


def set_status(tb: Store, term_id: int, status: Review, who: str, *, at: str | None = None,
               expected_version: int | None = None) -> bool:
    """Approve, reject or reopen a term; return whether anything changed."""
    return _locked(tb, _owner(tb, term_id), expected_version,
                   lambda: _set_status(tb, term_id, status, who, at=at))


# Marks that cannot begin or end a Chinese term, as a reviewer copies one from a sentence:
# quotation marks, the enumeration comma, sentence punctuation (full-width and ASCII).
# Book-title marks 《》 may: a desk can choose to keep them.
_EDGE_MARKS = frozenset("\"'“”‘’「」『』，。、；：！？,.;:!?")
_HAN_SPACE = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]) "
                        r"(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")


def typed_equivalent_problem(text: str) -> str | None:
    """What is wrong with a Chinese equivalent as a reviewer typed it, or None: a space
    between two Chinese characters (a full-width space typed with the input method) or
    a quotation mark or punctuation copied with it. The sheet, the review page and
    ``termsmith edit``/``add`` refuse such a term rather than approve it as typed."""
    t = " ".join(text.split())
    if _HAN_SPACE.search(t):
        return f"{t!r} has a space between Chinese characters; remove it"
    marks = [m for m in (t[:1], t[-1:]) if m in _EDGE_MARKS]
    if marks:
        return (f"{t!r} begins or ends with {' and '.join(dict.fromkeys(marks))}; "
                "type the term without quotation marks or punctuation")
    return None


def set_equivalent(tb: Store, concept_id: int, text: str, who: str, *, lang: str = "zh-Hans",
                   old: Replaced = Replaced.SYNONYM, at: str | None = None,
                   expected_version: int | None = None) -> bool:
    """Make ``text`` the concept's approved, preferred equivalent in ``lang``; the one it
    replaces becomes what ``old`` says. Return whether anything changed."""
    return _locked(tb, concept_id, expected_version,
                   lambda: _set_equivalent(tb, concept_id, text, who, lang=lang, old=old, at=at))


def relate(tb: Store, concept_id: int, text: str, relation: Replaced, who: str, *,
           lang: str = "zh-Hans", at: str | None = None, expected_version: int | None = None) -> int:
    """Keep ``text`` as a term of the concept in ``relation``; return its id."""
    return _locked(tb, concept_id, expected_version,
                   lambda: _relate(tb, concept_id, text, relation, who, lang=lang, at=at))


def deprecate(tb: Store, term_id: int, replacement: str, who: str, *, at: str | None = None,
              expected_version: int | None = None) -> int:
    """Deprecate an approved term in favour of ``replacement``; return the replacement's id."""
    return _locked(tb, _owner(tb, term_id), expected_version,
                   lambda: _deprecate(tb, term_id, replacement, who, at=at))


def accept_variant(tb: Store, concept_id: int, text: str, who: str, *, lang: str = "en",
                   at: str | None = None, expected_version: int | None = None) -> int:
    """Record an agreed variant (e.g. a short form) so checks stop reporting it."""
    return _locked(tb, concept_id, expected_version,
                   lambda: _accept_variant(tb, concept_id, text, who, lang=lang, at=at))


def _propose(tb: Store, concept_id: int, text: str, who: str, *, lang: str, note: str | None,
             at: str | None) -> bool:
    c = tb.get(concept_id, contexts=False)
    if any(t.lang == lang and form_key(t.text) == form_key(text) for t in c.terms):
        return False        # already a term (a candidate, approved, or withdrawn: left as it is)
    tb.add_term(concept_id, _new_term(text, lang, review=Review.CANDIDATE, usage=Usage.ADMITTED,
                                      note=note, created=at, modified=at),
                key=key(text), who=who)
    return True


def propose_equivalent(tb: Store, concept_id: int, text: str, who: str, *, lang: str = "zh-Hans",
                       note: str | None = None, at: str | None = None,
                       expected_version: int | None = None) -> bool:
    """Add ``text`` as a *candidate* term of ``lang`` (an equivalent proposed from the
    translation memory, for a reviewer to approve or reject); recorded in the history.
    Nothing changes if the concept already has it. Return whether it was added."""
    text = " ".join(text.split())
    if not text:
        raise ReviewError("the equivalent must not be blank")
    return _locked(tb, concept_id, expected_version,
                   lambda: _propose(tb, concept_id, text, who, lang=lang, note=note, at=at))


def remove_equivalent(tb: Store, concept_id: int, text: str, who: str, *, lang: str = "zh",
                      at: str | None = None, expected_version: int | None = None) -> bool:
    """Withdraw a wrong equivalent (rejected and deprecated, never deleted)."""
    return _locked(tb, concept_id, expected_version,
                   lambda: _remove_equivalent(tb, concept_id, text, who, lang=lang, at=at))
