"""Review decisions: the allowed status changes, Chinese equivalents, deprecation with a replacement.

Every function here changes the term base in one transaction and records who
did what in the history (through :class:`~termsmith.store.TermBase`); the CLI,
the spreadsheet import and the review page all go through them, so the rules
hold whichever way a translator works::

    candidate ──► approved ──► (deprecated, with a replacement)
        │  ▲          │ ▲
        ▼  │          ▼ │
       rejected ◄─────┘ │      a decision can be revised (reviewers disagree);
           └────────────┘      every revision is in the history
"""

from __future__ import annotations

from termsmith.errors import ReviewError
from termsmith.model import Concept, Review, Term, TermType, Usage
from termsmith.store import TermBase

# Status changes a reviewer may make (to the same status is a no-op, not an error).
ALLOWED: dict[Review, frozenset[Review]] = {
    Review.CANDIDATE: frozenset({Review.APPROVED, Review.REJECTED}),
    Review.APPROVED: frozenset({Review.REJECTED, Review.CANDIDATE}),
    Review.REJECTED: frozenset({Review.APPROVED, Review.CANDIDATE}),
}


def _term(tb: TermBase, term_id: int) -> tuple[Concept, Term]:
    for cid, tid in tb.db.execute("SELECT concept_id, id FROM term WHERE id = ?", (term_id,)):
        c = tb.get(cid, contexts=False)
        return c, next(t for t in c.terms if t.id == tid)
    raise ReviewError(f"no term with id {term_id}")


def set_status(tb: TermBase, term_id: int, status: Review, who: str) -> bool:
    """Approve, reject or reopen a term; return whether anything changed."""
    _, t = _term(tb, term_id)
    if t.review is status:
        return False
    if status not in ALLOWED[t.review]:
        raise ReviewError(f"{t.text!r} cannot go from {t.review.value} to {status.value}")
    changes = {"review": status.value}
    if status is not Review.APPROVED and t.usage is Usage.DEPRECATED:
        changes["usage"] = Usage.ADMITTED.value     # a deprecation needs an approved term
    return tb.update_term(term_id, who, **changes) > 0


def set_equivalent(tb: TermBase, concept_id: int, text: str, who: str, *,
                   lang: str = "zh-Hans") -> bool:
    """Make ``text`` the concept's approved, preferred equivalent in ``lang``.

    A different equivalent already there is kept, deprecated, so the change is
    visible in exports and in the history rather than silently lost. Return
    whether anything changed.
    """
    from termsmith.normalize import key

    text = " ".join(text.split())
    if not text:
        raise ReviewError("the equivalent must not be blank")
    try:
        new = Term(text=text, lang=lang, usage=Usage.PREFERRED, review=Review.APPROVED)
    except ValueError as e:
        raise ReviewError(str(e)) from e
    c = tb.get(concept_id, contexts=False)
    same_lang = [t for t in c.terms if t.lang == lang]
    with tb.transaction():
        mine = next((t for t in same_lang if t.text == text), None)
        changed = False
        for t in same_lang:
            if t is not mine and t.usage is not Usage.DEPRECATED and t.type is not TermType.SHORT_FORM:
                assert t.id is not None
                changed |= tb.update_term(t.id, who, usage=Usage.DEPRECATED.value) > 0
        if mine is None:
            tb.add_term(concept_id, new, key=key(text), who=who)
            return True
        assert mine.id is not None
        changed |= tb.update_term(mine.id, who, usage=Usage.PREFERRED.value,
                                  review=Review.APPROVED.value) > 0
        return changed


def deprecate(tb: TermBase, term_id: int, replacement: str, who: str) -> int:
    """Deprecate an approved term in favour of ``replacement``; return the replacement's id.

    The replacement is a term of the same concept and language (made approved and
    preferred), added if the concept does not have it yet.
    """
    from termsmith.normalize import form_key, key

    c, t = _term(tb, term_id)
    if t.review is not Review.APPROVED:
        raise ReviewError(f"only an approved term can be deprecated; {t.text!r} is "
                          f"{t.review.value} (reject it instead)")
    replacement = " ".join(replacement.split())
    if form_key(replacement) == form_key(t.text):
        raise ReviewError(f"{replacement!r} is the term being deprecated")
    with tb.transaction():
        tb.update_term(term_id, who, usage=Usage.DEPRECATED.value)
        other = next((x for x in c.terms if x.lang == t.lang
                      and form_key(x.text) == form_key(replacement)), None)
        if other is None:
            return tb.add_term(c.id or 0, Term(text=replacement, lang=t.lang, type=t.type,
                                               pos=t.pos, usage=Usage.PREFERRED,
                                               review=Review.APPROVED),
                               key=key(replacement), who=who)
        assert other.id is not None
        tb.update_term(other.id, who, usage=Usage.PREFERRED.value, review=Review.APPROVED.value)
        return other.id


def accept_variant(tb: TermBase, concept_id: int, text: str, who: str, *,
                   lang: str = "en") -> int:
    """Record an agreed variant (e.g. a short form) so checks stop reporting it."""
    from termsmith.normalize import form_key, key

    c = tb.get(concept_id, contexts=False)
    for t in c.terms:
        if t.lang == lang and form_key(t.text) == form_key(text):
            assert t.id is not None
            tb.update_term(t.id, who, type=TermType.VARIANT.value, review=Review.APPROVED.value,
                           usage=Usage.ADMITTED.value)
            return t.id
    return tb.add_term(concept_id, Term(text=" ".join(text.split()), lang=lang,
                                        type=TermType.VARIANT, review=Review.APPROVED),
                       key=key(text), who=who)


def remove_equivalent(tb: TermBase, concept_id: int, text: str, who: str, *,
                      lang: str = "zh") -> bool:
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
    return tb.update_term(t.id, who, review=Review.REJECTED.value,
                          usage=Usage.DEPRECATED.value) > 0
