"""Listings: term rows (``termsmith terms``), the review queue paged in SQL, counts and stats."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from termsmith.model import Review, TermRow, TermType
from termsmith.normalize import search_fold
from termsmith.store.base import Filter
from termsmith.store.harvests import HarvestMixin
from termsmith.store.reading import _REVIEWS, _TYPES, _USAGES
from termsmith.store.sql import Row, placeholders

# The kind a review page shows (writing.review_kind), kept on the term.
_REVIEW_KIND = "t.qkind"
# Rows the tally may grow to before it is folded (PostgreSQL appends a row per change).
_TALLY_ROWS = 2000
# Columns of a term row, as _term_rows reads them.
_ROW_COLS = ("t.id, t.text, t.lang, c.kind, t.review, t.usage, t.type, t.occurrences, c.score, "
             "c.id, c.category, c.version")


def _like(text: str) -> str:
    """A LIKE pattern finding ``text`` anywhere (with ``ESCAPE '\\'``)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _lang(lang: str, *, indexed: bool = True) -> tuple[str, list[object]]:
    """Terms of ``lang``: ``en`` also matches ``en-GB``.

    ``indexed``: with a range (``en`` ≤ lang < ``en.``, "." following "-") that an index
    on the language can serve, for counts; without it for ordered pages, which walk
    the order's own index instead. The exact test keeps out a longer tag such as ``enm``.
    """
    if not indexed:
        return "(t.lang = ? OR t.lang LIKE ?)", [lang, lang + "-%"]
    return ("(t.lang >= ? AND t.lang < ? AND (t.lang = ? OR t.lang LIKE ?))",
            [lang, lang + ".", lang, lang + "-%"])


class QueueMixin(HarvestMixin):
    """rows, review_page, review_counts, kind_counts, stats."""

    def rows(self, flt: Filter | None = None) -> list[TermRow]:
        """Flat term rows for listings, best score first."""
        flt = flt or Filter()
        sql = [f"SELECT {_ROW_COLS} FROM term t JOIN concept c ON c.id = t.concept_id WHERE TRUE"]
        args: list[object] = []
        if flt.kinds:
            sql.append(f"AND c.kind IN ({placeholders(len(flt.kinds))})")
            args += list(flt.kinds)
        if flt.statuses:
            sql.append(f"AND t.review IN ({placeholders(len(flt.statuses))})")
            args += [s.value for s in flt.statuses]
        if flt.min_score is not None:
            sql.append("AND t.rank >= ?")
            args.append(flt.min_score)
        if flt.lang:
            cond, more = _lang(flt.lang, indexed=False)
            sql.append("AND " + cond)
            args += more
        if flt.text:
            sql.append("AND t.fold LIKE ? ESCAPE '\\'")
            args.append(_like(search_fold(flt.text)))
        # t.rank is the concept's score (1 if none): the term_listing index walks this order.
        sql.append("ORDER BY t.rank DESC, t.occurrences DESC, t.fold, t.id")
        if flt.limit is not None:
            sql.append("LIMIT ?")
            args.append(flt.limit)
        return self._term_rows(self.q(" ".join(sql), args))

    def _term_rows(self, rows: Sequence[Row], equivalents_too: bool = True) -> list[TermRow]:
        """TermRows from rows of :data:`_ROW_COLS`, with each concept's other-language terms
        (unless not ``equivalents_too``)."""
        equivalents: dict[int, list[tuple[str, str]]] = {}
        cids = sorted({r[9] for r in rows}) if equivalents_too else []
        if len(cids) > 900:     # many concepts: one scan beats a huge IN list
            query, args = "SELECT concept_id, lang, text FROM term ORDER BY id", []
        else:
            query = (f"SELECT concept_id, lang, text FROM term WHERE concept_id IN "
                     f"({placeholders(len(cids))}) ORDER BY id")
            args = cids
        if cids:
            for cid, lang, text in self.q(query, args):
                equivalents.setdefault(cid, []).append((lang, text))
        return [
            TermRow(term=r[1], lang=r[2],
                    kind="acronym" if r[6] == TermType.ACRONYM.value else r[3],
                    status=_REVIEWS[r[4]], usage=_USAGES[r[5]],
                    type=_TYPES[r[6]], occurrences=r[7], score=r[8], concept=r[9],
                    term_id=r[0], category=r[10], version=r[11],
                    equivalents=tuple(t for lg, t in equivalents.get(r[9], [])
                                      if lg.split("-")[0] != r[2].split("-")[0]))
            for r in rows]

    def _review_filter(self, kinds: Sequence[str], text: str) -> tuple[str, list[object]]:
        """SQL condition (on ``t`` and ``c``) and its arguments: in ``kinds``, containing ``text``."""
        sql = ["TRUE"]
        args: list[object] = []
        if kinds:
            sql.append(f"{_REVIEW_KIND} IN ({placeholders(len(kinds))})")
            args += list(kinds)
        if text:
            # Python's casefold (stored in t.fold), not an ASCII-only LIKE: "ürümqi" finds "Ürümqi".
            sql.append("t.fold LIKE ? ESCAPE '\\'")
            args.append(_like(search_fold(text)))
        return " AND ".join(sql), args

    def review_page(self, *, lang: str = "en", kinds: Sequence[str] = (),
                    statuses: Sequence[Review] = (), text: str = "",
                    after: tuple[float, int] | None = None,
                    before: tuple[float, int] | None = None,
                    limit: int = 100) -> tuple[list[TermRow], bool]:
        """One page of the review queue and whether more follow, filtered, sorted and cut in SQL.

        Terms of ``lang`` (``en`` also matches ``en-GB``) whose kind is in ``kinds``
        (an acronym counts as ``acronym``, a concept without a kind as ``manual``),
        whose review status is in ``statuses`` and whose text contains ``text``
        (case-folded); empty means any. Ordered by score, best first (no score
        counts as 1), then by term id. ``after`` is the sort key ``(score, term id)``
        of the last row of the previous page: the page starts after it, wherever
        that row's own status went meanwhile, so deciding on the rows of a
        "candidate" page skips nothing. ``before`` is the sort key of a page's first
        row: the page that ends just before it (still best first), and whether more
        come before that one. Each row carries its concept's version.
        """
        where, args = self._review_filter(kinds, text)
        cond, more_args = _lang(lang, indexed=False)
        where += " AND " + cond
        args += more_args
        if statuses:
            where += f" AND t.review IN ({placeholders(len(statuses))})"
            args += [s.value for s in statuses]
        if after is not None:
            where += " AND (t.rank < ? OR (t.rank = ? AND t.id > ?))"
            args += [after[0], after[0], after[1]]
        order = "t.rank DESC, t.id"
        if before is not None:
            where += " AND (t.rank > ? OR (t.rank = ? AND t.id < ?))"
            args += [before[0], before[0], before[1]]
            order = "t.rank, t.id DESC"      # the rows nearest the key, turned round below
        # Count contexts for the page's rows only, after the sort and the limit.
        rows = self.q(
            "SELECT p.id, p.text, p.lang, p.kind, p.review, p.usage, p.type, p.occurrences, "
            "p.score, p.concept_id, p.category, p.version FROM (SELECT t.id, t.text, t.lang, "
            "c.kind, t.review, t.usage, t.type, t.occurrences, c.score, t.concept_id, c.category, "
            "c.version, t.rank AS s "
            f"FROM term t JOIN concept c ON c.id = t.concept_id WHERE {where} "
            # t.rank is the concept's score (1 if none): the term_queue index walks this order.
            f"ORDER BY {order} LIMIT ?) p ORDER BY p.s DESC, p.id",
            [*args, max(limit, 0) + 1])
        more = len(rows) > limit
        n = max(limit, 0)
        rows = rows[len(rows) - n:] if before is not None and more else rows[:n]
        return self._term_rows(rows), more

    def review_rows(self, *, lang: str = "en", kinds: Sequence[str] = (),
                    statuses: Sequence[Review] = (), batch: int = 500) -> Iterator[list[TermRow]]:
        """The whole review queue in :meth:`review_page`'s order (filters alike), streamed in
        batches from one query, for exports of every row (the review sheet). The rows carry
        no equivalents: an export reads the concepts themselves (:meth:`get_many`)."""
        where, args = self._review_filter(kinds, "")
        cond, more_args = _lang(lang, indexed=False)
        where += " AND " + cond
        args += more_args
        if statuses:
            where += f" AND t.review IN ({placeholders(len(statuses))})"
            args += [s.value for s in statuses]
        rows = self.stream(
            "SELECT t.id, t.text, t.lang, c.kind, t.review, t.usage, t.type, t.occurrences, "
            "c.score, t.concept_id, c.category, c.version "
            f"FROM term t JOIN concept c ON c.id = t.concept_id WHERE {where} "
            "ORDER BY t.rank DESC, t.id", args)
        while part := list(itertools.islice(rows, batch)):
            yield self._term_rows(part, equivalents_too=False)

    def review_counts(self, *, lang: str = "en", kinds: Sequence[str] = (), text: str = "",
                      statuses: Sequence[Review] = ()) -> dict[str, int]:
        """Review progress: from the tally (a few rows) or, with ``text``, one aggregate query.

        ``all_total`` / ``all_reviewed``: terms of ``lang`` and how many are no longer
        candidates; ``total`` / ``reviewed``: the same within ``kinds`` and ``text``
        (as :meth:`review_page`); ``matching``: those in ``statuses`` too (the
        length of the queue :meth:`review_page` pages through).
        """
        counts = {"reviewed": 0, "total": 0, "all_reviewed": 0, "all_total": 0, "matching": 0}
        wanted = {s.value for s in statuses}
        groups: Iterable[tuple[bool, bool, bool, int]]
        if not text:
            groups = ((not kinds or kind in kinds, not wanted or review in wanted,
                       review != Review.CANDIDATE.value, n)
                      for kind, review, n in self._tally(lang))
        else:
            scope, args = self._review_filter(kinds, text)
            status = f"t.review IN ({placeholders(len(statuses))})" if statuses else "TRUE"
            cond, more_args = _lang(lang)
            # At most eight groups; each row's filter is evaluated once.
            groups = self.q(
                f"SELECT ({scope}) AS a, ({status}) AS b, t.review != 'candidate' AS r, count(*) "
                f"FROM term t WHERE {cond} GROUP BY 1, 2, 3",
                [*args, *[s.value for s in statuses], *more_args])
        for in_scope, in_status, reviewed, n in groups:
            counts["all_total"] += n
            counts["all_reviewed"] += n if reviewed else 0
            if in_scope:
                counts["total"] += n
                counts["reviewed"] += n if reviewed else 0
                counts["matching"] += n if in_status else 0
        return counts

    def kind_counts(self, lang: str = "en") -> dict[str, int]:
        """Terms of ``lang`` per kind as the review page shows it, most first (from the tally)."""
        per_kind: dict[str, int] = {}
        for kind, _, n in self._tally(lang):
            per_kind[kind] = per_kind.get(kind, 0) + n
        return dict(sorted(((k, n) for k, n in per_kind.items() if n),
                           key=lambda kn: (-kn[1], kn[0])))

    def _tally(self, lang: str) -> list[tuple[str, str, int]]:
        """(kind, review status, terms) of the terms of ``lang`` (``en`` also ``en-GB``), read
        from the tally the schema's triggers keep (version 6), not by counting terms."""
        out: list[tuple[str, str, int]] = []
        rows = 0
        for lg, kind, review, n, parts in self.q(
                "SELECT lang, qkind, review, sum(n), count(*) FROM term_tally GROUP BY 1, 2, 3"):
            rows += int(parts)
            if int(n) and (lg == lang or str(lg).startswith(lang + "-")):
                out.append((str(kind), str(review), int(n)))
        if rows > _TALLY_ROWS and not self.in_transaction:
            self.compact_tally()
        return out

    def compact_tally(self) -> None:
        """Fold the tally's rows into one per group (a dialect whose triggers append rows
        overrides this; SQLite's keep one row per group already)."""

    def review_kinds(self, *, lang: str = "en") -> list[tuple[str, int]]:
        """Kinds (as the review queue shows them) of the terms of ``lang``, with counts, most
        first: one aggregate query."""
        return list(self.kind_counts(lang).items())

    def suggest(self, text: str, *, lang: str = "en", limit: int = 10) -> list[tuple[int, int, str]]:
        """(concept id, term id, text) of terms of ``lang`` starting with ``text`` (any case),
        then containing it; at most ``limit``."""
        folded = search_fold(text).strip()
        if not folded:
            return []
        cond, args = _lang(lang)
        starts = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        rows = self.q(
            f"SELECT t.concept_id, t.id, t.text FROM term t WHERE {cond} AND t.fold LIKE ? "
            "ESCAPE '\\' ORDER BY t.fold NOT LIKE ? ESCAPE '\\', length(t.text), t.id LIMIT ?",
            [*args, _like(folded), starts, limit])
        return [(int(a), int(b), str(c)) for a, b, c in rows]

    def stats(self) -> dict[str, object]:
        """Counts for ``termsmith stats``."""
        def count(table: str) -> int:
            row = self.one(f"SELECT count(*) FROM {table}")
            return int(row[0]) if row else 0

        def grouped(sql: str) -> dict[str, int]:
            return {str(k): int(n) for k, n in self.q(sql)}

        out: dict[str, Any] = {name: count(table) for name, table in (
            ("documents", "document"), ("concepts", "concept"), ("terms", "term"),
            ("contexts", "context"), ("glosses", "gloss"), ("quotations", "quotation"),
            ("units", "unit"))}
        out |= {
            "by_kind": grouped("SELECT coalesce(kind, 'manual'), count(*) FROM concept "
                               "GROUP BY 1 ORDER BY 2 DESC, 1"),
            "by_status": grouped("SELECT review, count(*) FROM term GROUP BY 1 ORDER BY 1"),
            "by_lang": grouped("SELECT lang, count(*) FROM term GROUP BY 1 ORDER BY 1"),
        }
        return out
