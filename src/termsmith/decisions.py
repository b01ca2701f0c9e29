"""The decisions file (``glossary/decisions.csv``): every human decision, kept in git, replayed
by ``termsmith build`` on top of a fresh harvest.

One row per decided English term (then one per kept Chinese synonym, short form,
abbreviation or forbidden term), UTF-8 without BOM, LF line ends, columns::

    en          the English term (found by its text or harvest key; added if unknown)
    zh-Hans     its Chinese equivalent (for an acronym: the Chinese short form), or the
                Chinese term the row's relation is about
    kind        the concept's category or harvest kind (for the reader; not applied)
    status      approved, rejected, candidate, or deprecated (an approved rendering
                another row of the same concept replaces)
    note        the concept's note          definition   the concept's definition
    concept     rows with the same value are one concept: the first row's English term.
                A row whose term the harvest put in another concept merges that concept
                in (a merge made in review is replayed as one)
    relation    empty: zh-Hans is the preferred equivalent; ``synonym``, ``shortForm``,
                ``abbreviation``: zh-Hans is kept, admitted; ``forbidden``: zh-Hans is
                kept, deprecated; ``variant``: the English term is an accepted variant
    reviewer    who decided          date   when (ISO 8601): both become the provenance
                                             the exports carry (TBX transacGrp, TMX changeid)

Optional columns (definition, concept, relation, reviewer, date) are written only when a
row needs them. :func:`write` and :func:`apply` are inverses: applying a written file to
the same harvest and writing again gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from termsmith import inputs, review
from termsmith.errors import FormatError, ReviewError
from termsmith.exchange import write_atomic
from termsmith.model import Concept, Review, Term, TermType, Usage
from termsmith.normalize import key
from termsmith.store import Store

COLUMNS = ("en", "zh-Hans", "kind", "status", "note", "definition", "concept", "relation",
           "reviewer", "date")
REQUIRED = ("en", "zh-Hans", "kind", "status", "note")
DEPRECATED = "deprecated"
VARIANT = "variant"
_RELATIONS = {r.value: r for r in review.Replaced if r is not review.Replaced.TYPO}
_SHORT = frozenset({TermType.ACRONYM, TermType.ABBREVIATION, TermType.SHORT_FORM})
_STATUSES = frozenset({*(r.value for r in Review), DEPRECATED})
DEFAULT_REVIEWER = "decisions"


@dataclass(frozen=True, slots=True)
class Decision:
    """One row of the decisions file."""

    en: str
    zh: str = ""
    kind: str = ""
    status: str = Review.APPROVED.value
    note: str = ""
    definition: str = ""
    concept: str = ""
    relation: str = ""
    reviewer: str = ""
    date: str = ""
    line: int = 0

    def cells(self) -> list[str]:
        """The row's cells in :data:`COLUMNS` order."""
        return [self.en, self.zh, self.kind, self.status, self.note, self.definition,
                self.concept, self.relation, self.reviewer, self.date]


# -- from a term base ---------------------------------------------------------------


def _zh_for(c: Concept, t: Term) -> Term | None:
    """The Chinese equivalent of one English term: a short form for an acronym, if any."""
    zh = [x for x in c.terms if x.lang.split("-")[0] == "zh" and x.usage is not Usage.DEPRECATED
          and (x.review is Review.APPROVED or x.usage is Usage.PREFERRED)]
    short = t.type in _SHORT
    zh.sort(key=lambda x: ((x.type is TermType.SHORT_FORM) != short, x.usage is not Usage.PREFERRED,
                           x.type is not TermType.FULL_FORM))
    return zh[0] if zh else None


def _by(t: Term | None) -> tuple[str, str]:
    return (t.modified_by or "", t.modified or "") if t is not None and t.modified_by else ("", "")


def from_concept(c: Concept, merged: bool = False) -> Iterator[Decision]:
    """The decisions a concept holds, as rows; every English term of a concept another was
    ``merged`` into (so that the merge is replayed)."""
    en = [t for t in c.terms if t.lang == "en"]
    decided = [t for t in en if merged or t.review is not Review.CANDIDATE
               or t.usage is Usage.DEPRECATED]
    # A concept with only a Chinese equivalent or a note decided keeps them on its first term.
    if not decided and en and (_zh_for(c, en[0]) or c.note or c.definition):
        decided = en[:1]
    if not decided:
        return
    kind = c.category or c.kind or ""
    group = decided[0].text if len(decided) > 1 else ""
    shown: set[int | None] = set()
    for t in decided:
        status = DEPRECATED if t.usage is Usage.DEPRECATED else t.review.value
        zh = None if t.review is Review.REJECTED else _zh_for(c, t)
        if zh is not None:
            shown.add(zh.id)
        who, at = _by(t) if t.modified_by else _by(zh)
        yield Decision(en=t.text, zh=zh.text if zh else "",
                       kind=TermType.ACRONYM.value if t.type is TermType.ACRONYM else kind,
                       status=status,
                       note=c.note or "", definition=c.definition or "", concept=group,
                       relation=VARIANT if t.type is TermType.VARIANT and status == "approved"
                       else "", reviewer=who, date=at)
    # Chinese terms kept beside the equivalent: synonyms, short forms, forbidden ones.
    for z in c.terms:
        if z.lang.split("-")[0] != "zh" or z.id in shown or z.review is not Review.APPROVED:
            continue
        if z.usage is Usage.DEPRECATED:
            relation = review.Replaced.FORBIDDEN.value
        elif z.usage is Usage.ADMITTED:
            relation = {TermType.SHORT_FORM: "shortForm", TermType.ABBREVIATION: "abbreviation"}.get(
                z.type, "synonym")
        else:
            continue
        who, at = _by(z)
        yield Decision(en=decided[0].text, zh=z.text, kind=kind, status=decided[0].review.value
                       if decided[0].usage is not Usage.DEPRECATED else DEPRECATED,
                       concept=group, relation=relation, reviewer=who, date=at)


def collect(tb: Store) -> list[Decision]:
    """Every human decision in the term base, by concept (its oldest term first), then term."""
    merged = tb.merged_concepts()
    # By each concept's oldest term: the order survives a merge, whichever concept was kept.
    groups = sorted(((min(t.id or 0 for t in c.terms), list(from_concept(c, c.id in merged)))
                     for c in tb.concepts()), key=lambda g: g[0])
    return [d for _, rows in groups for d in rows]


def write(tb: Store, path: str | Path) -> int:
    """Write every decision of ``tb`` to ``path``; return the number of rows."""
    rows = collect(tb)
    used = [i for i, name in enumerate(COLUMNS)
            if name in REQUIRED or any(r.cells()[i] for r in rows)]

    def out(f: IO[bytes]) -> None:
        text = io.TextIOWrapper(f, encoding="utf-8", newline="")
        w = csv.writer(text, lineterminator="\n")
        w.writerow([COLUMNS[i] for i in used])
        for r in rows:
            cells = r.cells()
            w.writerow([inputs.cell(cells[i]) for i in used])    # CWE-1236
        text.flush()
        text.detach()

    write_atomic(path, out)
    return len(rows)


# -- back into a term base ----------------------------------------------------------------


def read(path: str | Path) -> list[Decision]:
    """The rows of a decisions file; FormatError naming the line for a bad one."""
    name = Path(path).name
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise FormatError(f"{name}: cannot read: {e}") from e
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return []
    cols = [h.strip() for h in header]
    missing = [c for c in ("en", "status") if c not in cols]
    if missing:
        raise FormatError(f"{name}: line 1: no {missing[0]!r} column")
    unknown = [c for c in cols if c not in COLUMNS]
    if unknown:
        raise FormatError(f"{name}: line 1: unknown column {unknown[0]!r} "
                          f"(columns: {', '.join(COLUMNS)})")
    out = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(cols):
            raise FormatError(f"{name}: line {line}: {len(cells)} cells, header has {len(cols)}")
        row = dict(zip(cols, [inputs.uncell(c.strip()) for c in cells], strict=False))
        d = Decision(en=row.get("en", ""), zh=row.get("zh-Hans", ""), kind=row.get("kind", ""),
                     status=row.get("status", "").casefold(), note=row.get("note", ""),
                     definition=row.get("definition", ""), concept=row.get("concept", ""),
                     relation=row.get("relation", ""), reviewer=row.get("reviewer", ""),
                     date=row.get("date", ""), line=line)
        if not d.en:
            raise FormatError(f"{name}: line {line}: no English term")
        if d.status not in _STATUSES:
            raise FormatError(f"{name}: line {line}: status {d.status!r} is not one of "
                              f"{', '.join(sorted(_STATUSES))}")
        if d.relation and d.relation != VARIANT and d.relation not in _RELATIONS:
            raise FormatError(f"{name}: line {line}: relation {d.relation!r} is not one of "
                              f"{', '.join([VARIANT, *_RELATIONS])}")
        if d.relation in _RELATIONS and not d.zh:
            raise FormatError(f"{name}: line {line}: relation {d.relation} needs a zh-Hans term")
        out.append(d)
    return out


@dataclass(slots=True)
class Applied:
    """What applying a decisions file did."""

    rows: int = 0
    added: int = 0        # English terms the harvest had not found
    merged: int = 0       # concepts merged into another


def _locate(tb: Store, d: Decision, anchor: int | None) -> tuple[int, int | None] | None:
    """(concept, term) of the row's English term, in the row's concept first. A term whose
    text differs though its harvest key is the same (Daqing Oil Field beside Daqing
    Oilfield) is a rendering of its own: (concept, None), to be added there."""
    hits = tb.find(d.en, lang="en")

    def rank(hit: tuple[int, int]) -> tuple[bool, bool]:
        texts = {t.id: t.text for t in tb.get(hit[0], contexts=False).terms}
        return texts.get(hit[1]) != d.en, hit[0] != anchor

    best = min(hits, key=rank, default=None)
    if best is None:
        return None
    exact = rank(best)[0] is False
    return (best[0], best[1]) if exact else (best[0], None)


def apply(tb: Store, path: str | Path) -> Applied:
    """Replay a decisions file on ``tb`` in one transaction (a bad row changes nothing)."""
    rows = read(path)
    name = Path(path).name
    done = Applied()
    anchors: dict[str, int] = {}
    # In a concept with a deprecated rendering, the approved ones are the preferred ones.
    replaced = {d.concept for d in rows if d.concept and d.status == DEPRECATED}
    with tb.transaction():
        for d in rows:
            try:
                _apply_row(tb, d, anchors, done, d.concept in replaced)
            except (ReviewError, ValueError) as e:
                raise ReviewError(f"{name}: line {d.line}: {e}") from e
            done.rows += 1
    return done


def _apply_row(tb: Store, d: Decision, anchors: dict[str, int], done: Applied,
               preferred: bool) -> None:
    who, at = d.reviewer or DEFAULT_REVIEWER, d.date or None
    anchor = anchors.get(d.concept)
    hit = _locate(tb, d, anchor)
    term = Term(text=d.en, lang="en", usage=Usage.PREFERRED, review=Review.APPROVED,
                created=at, modified=at)
    if hit is None and anchor is None:
        cid = tb.add_concept(Concept(terms=(term,), created=at, modified=at), who=who)
        tid = tb.get(cid, contexts=False).terms[0].id or 0
        done.added += 1
    elif hit is None or hit[1] is None:
        cid = hit[0] if hit is not None else anchor or 0
        tid = tb.add_term(cid, term, key=key(d.en), who=who)
        done.added += 1
    else:
        cid, tid = hit[0], hit[1]
    if d.concept:
        anchor = anchors.setdefault(d.concept, cid)
        if anchor != cid:
            # The older concept is kept, whichever row comes first: the same file gives
            # the same ids, so writing it again gives the same rows in the same order.
            keep, other = min(anchor, cid), max(anchor, cid)
            review.merge(tb, keep, other, who, at=at)
            done.merged += 1
            cid = anchors[d.concept] = keep
    c = tb.get(cid, contexts=False)
    t = next(x for x in c.terms if x.id == tid)
    if d.relation in _RELATIONS:
        review.relate(tb, cid, d.zh, _RELATIONS[d.relation], who, at=at)
        return
    if d.status == DEPRECATED:
        changes = {k: v for k, v in (("review", Review.APPROVED.value),
                                     ("usage", Usage.DEPRECATED.value))
                   if getattr(t, k).value != v}
        if changes:
            tb.update_term(tid, who, dict(changes), at=at)
    elif d.relation == VARIANT:
        review.accept_variant(tb, cid, t.text, who, at=at)
    else:
        review.set_status(tb, tid, Review(d.status), who, at=at)
        if preferred and d.status == Review.APPROVED.value and t.usage is not Usage.PREFERRED:
            tb.update_term(tid, who, at=at, usage=Usage.PREFERRED.value)
    if d.zh and d.status != Review.REJECTED.value:
        if t.type in _SHORT:
            review.relate(tb, cid, d.zh, review.Replaced.SHORT_FORM, who, at=at)
        else:
            review.set_equivalent(tb, cid, d.zh, who, at=at)
    fields = {k: v for k, v in (("note", d.note), ("definition", d.definition)) if v}
    if d.kind and d.kind != (c.category or c.kind or "") and not (
            t.type is TermType.ACRONYM and d.kind == TermType.ACRONYM.value):
        fields["category"] = d.kind      # what the reviewer calls it (a harvest kind is not)
    if fields:
        tb.update_concept(cid, who, dict(fields), at=at)


__all__ = ["COLUMNS", "Applied", "Decision", "apply", "collect", "read", "write"]
