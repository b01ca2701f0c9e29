"""Bead costs: how unlikely it is that a span of source sentences translates a span of target ones.

For a bead of ``a`` source and ``b`` target sentences:

    c    = (1 − cos) · (1 − shared) / ((n_src + n_tgt) / 2)    Vecalign's normalised distance
    cost = c · (a + b) / 2 + γ · (a + b − 2) + λ · GC(len_src, len_tgt) + μ · P(marks)

``cos`` is the cosine of the two spans' vectors. A span's vector mixes the
normalised mean of its sentence vectors with the vector of the span embedded
whole (``joined`` of it; Vecalign and Bertalign embed the concatenation), when
the encoder can embed spans (:class:`~termsmith.align.encoder.PoolingEncoder`).
``shared`` is ``number_weight`` and ``term_weight`` times the dot products of
the spans' anchor vectors (numbers, approved term pairs). ``n_x`` is the
mean distance of span x to the other side's sentences (``1 − x·mean``), which
discounts spans that are close to everything; ``GC`` is the Gale–Church length
term of :func:`~termsmith.align.features.length_cost`; ``P`` sums, over the
punctuation classes of :func:`~termsmith.align.features.marks` (``? ! …`` and
the quotation balance), how far the two spans' counts differ (at most 2 each).
The cost grows with the number of sentences a bead covers, so a path's total is
comparable whatever bead sizes it uses, and γ makes a merged bead pay for its
extra sentences. A sentence left unaligned (1-0 or 0-1) costs ``null``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from termsmith.align.features import length_cost

F32 = NDArray[np.float32]
F64 = NDArray[np.float64]
I64 = NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Params:
    """The aligner's parameters (chosen on the development sets, leave-one-text-out)."""

    gamma: float = 0.3            # extra cost per sentence beyond a 1-1 bead
    # Per extra source / target sentence on top of gamma. On a path without null beads
    # these add a constant (the extra sentences sum to n - beads and m - beads), so
    # they only move the balance against 1-0 and 0-1 beads; the same holds for any
    # prior linear in a bead's sizes (measured: no change on the development sets).
    gamma_src: float = 0.0
    gamma_tgt: float = 0.0
    null: float = 1.5             # cost of leaving one sentence unaligned
    length_weight: float = 0.2    # weight of the Gale–Church term
    length_variance: float = 15.0
    mark_weight: float = 0.15     # weight of differing punctuation: ? ! … and quotation balance
    number_weight: float = 0.0    # weight of shared numbers
    term_weight: float = 0.3      # weight of shared approved term pairs
    max_src: int = 4              # the longest span on each side
    max_tgt: int = 6
    norm_floor: float = 0.5      # the least normaliser (tiny documents: their mean is their content)
    joined: float = 0.5           # share of a span's vector from the span embedded whole (PoolingEncoder)
    band: int = 8                 # half-width of the band around the coarse path
    full_cells: int = 600_000     # grids up to this many cells are searched whole
    types: tuple[tuple[int, int], ...] = field(default=())

    def bead_types(self) -> tuple[tuple[int, int], ...]:
        """Bead shapes searched, null beads last: 1-k and k-1 up to the maxima, 2-2, 2-3, 3-2."""
        if self.types:
            return self.types
        out = [(1, b) for b in range(1, self.max_tgt + 1)]
        out += [(a, 1) for a in range(2, self.max_src + 1)]
        out += [(a, b) for a, b in ((2, 2), (2, 3), (3, 2)) if a <= self.max_src and b <= self.max_tgt]
        return tuple(out) + ((1, 0), (0, 1))


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a bitext as the search sees it: unit vectors, anchors and lengths per sentence."""

    vectors: F32                  # (n, dim), rows L2-normalised (zero for an empty sentence)
    numbers: F32                  # (n, ANCHOR_DIM) anchor vectors of the numbers
    terms: F32                    # (n, ANCHOR_DIM) anchor vectors of the approved term pairs
    lengths: F64                  # (n,)
    # Vectors of spans embedded whole: joined[k - 2][e] is the vector of sentences
    # e-k … e-1 (k = 2, 3 …); spans longer than given are the mean of their sentences.
    joined: tuple[F32, ...] = ()
    marks: F64 | None = None      # (n, MARKS) punctuation counts (features.marks), None: not compared

    def __len__(self) -> int:
        return len(self.lengths)

    def downsample(self) -> Side:
        """Pairs of neighbouring sentences merged: the coarse level of the search."""
        n = len(self)
        pad = n % 2

        def pairs(x: NDArray[np.float32] | NDArray[np.float64]) -> NDArray[np.float64]:
            y = np.concatenate([x, np.zeros((pad,) + x.shape[1:], x.dtype)]) if pad else x
            out: NDArray[np.float64] = y.reshape((len(y) // 2, 2) + y.shape[1:]).sum(axis=1)
            return out.astype(np.float64)
        return Side(_unit(pairs(self.vectors)), _unit(pairs(self.numbers)), _unit(pairs(self.terms)),
                    pairs(self.lengths), (), None if self.marks is None else pairs(self.marks))

    def slice(self, start: int, stop: int) -> Side:
        """Sentences ``start`` to ``stop`` (exclusive)."""
        return Side(self.vectors[start:stop], self.numbers[start:stop], self.terms[start:stop],
                    self.lengths[start:stop], tuple(x[start:stop + 1] for x in self.joined),
                    None if self.marks is None else self.marks[start:stop])

    def spans(self, k: int, ends: I64, joined: float = 0.0) -> tuple[F32, F32, F32, F64]:
        """Vectors, number and term anchors, lengths of the spans of ``k`` sentences ending before ``ends``.

        Ends below ``k`` give zero rows (no such span). A span's vector is the
        normalised mean of its sentences' vectors, mixed with the vector of the
        span embedded whole (share ``joined``) where the side has one.
        """
        ok = ends >= k
        e = ends[ok]
        out = []
        for x in (self.vectors, self.numbers, self.terms):
            v = np.zeros((len(ends), x.shape[1]), dtype=np.float32)
            for d in range(1, k + 1):
                v[ok] += x[e - d]
            if k > 1:
                v = _unit(v)
            if x is self.vectors and joined and 2 <= k <= len(self.joined) + 1:
                v[ok] = _unit((1.0 - joined) * v[ok] + joined * self.joined[k - 2][e])
            out.append(v)
        ln = np.zeros(len(ends), dtype=np.float64)
        for d in range(1, k + 1):
            ln[ok] += self.lengths[e - d]
        return out[0], out[1], out[2], ln

    def span_marks(self, k: int, ends: I64) -> F64:
        """Punctuation counts of the spans of ``k`` sentences ending before ``ends`` (zeros if none)."""
        width = 0 if self.marks is None else self.marks.shape[1]
        out = np.zeros((len(ends), width), dtype=np.float64)
        if self.marks is not None:
            ok = ends >= k
            for d in range(1, k + 1):
                out[ok] += self.marks[ends[ok] - d]
        return out


@dataclass(slots=True)
class Context:
    """What every bead cost of one search needs: both sides, their mean vectors, the length ratio."""

    src: Side
    tgt: Side
    params: Params
    src_mean: F32 = field(init=False)
    tgt_mean: F32 = field(init=False)
    ratio: float = field(init=False)
    has_terms: bool = field(init=False)

    def __post_init__(self) -> None:
        self.has_terms = bool(self.src.terms.any() and self.tgt.terms.any())
        self.src_mean = _mean(self.src.vectors)
        self.tgt_mean = _mean(self.tgt.vectors)
        total = float(self.src.lengths.sum())
        self.ratio = float(self.tgt.lengths.sum()) / total if total > 0 else 1.0

    def costs(self, a: int, b: int, rows: I64, cols: I64) -> tuple[F64, F64]:
        """Cost and normalised distance of the ``a``-``b`` bead ending at each (row, col) of a block.

        ``rows`` (B,) and ``cols`` (B, W) are end positions; invalid cells get +inf.
        """
        p = self.params
        jmin = int(cols.min())
        jmax = int(cols.max())
        span_cols = np.arange(jmin, jmax + 1, dtype=np.int64)
        sv, sn, st, sl = self.src.spans(a, rows, p.joined)
        tv, tn, tt, tl = self.tgt.spans(b, span_cols, p.joined)
        dist = 1.0 - sv @ tv.T
        # Shared numbers and term pairs shrink the distance by a share instead of
        # adding to the cosine: a cosine pushed past 1 would make the distance
        # negative, and then the bigger the bead, the cheaper.
        shared = np.zeros_like(dist)
        if p.number_weight:
            shared += p.number_weight * np.clip(sn @ tn.T, 0.0, None)
        if p.term_weight and self.has_terms:
            shared += p.term_weight * np.clip(st @ tt.T, 0.0, None)
        if p.number_weight or (p.term_weight and self.has_terms):
            dist *= np.maximum(1.0 - shared, 0.0)
        ns = 1.0 - sv @ self.tgt_mean
        nt = 1.0 - tv @ self.src_mean
        idx = cols - jmin
        dist_b = np.take_along_axis(dist, idx, axis=1).astype(np.float64)
        norm = (ns[:, None] + nt[idx]) / 2.0
        c = dist_b / np.maximum(norm, p.norm_floor)
        cost = c * (a + b) / 2.0 + p.gamma * (a + b - 2) + p.gamma_src * (a - 1) + p.gamma_tgt * (b - 1)
        if p.length_weight:
            cost += p.length_weight * length_cost(sl[:, None], tl[idx], self.ratio, p.length_variance)
        if p.mark_weight and self.src.marks is not None and self.tgt.marks is not None:
            sm = self.src.span_marks(a, rows)
            tm = self.tgt.span_marks(b, span_cols)
            diff = np.abs(sm[:, None, :] - tm[idx])
            cost += p.mark_weight * np.minimum(diff, 2.0).sum(axis=2)
        bad = (rows[:, None] < a) | (cols < b)
        cost[bad] = np.inf
        return cost, c


    def distances(self, a: int, b: int, rows: I64, cols: I64) -> F64:
        """The normalised distance c of the ``a``-``b`` beads ending at each (rows[k], cols[k])."""
        sv, _sn, _st, _sl = self.src.spans(a, rows, self.params.joined)
        tv, _tn, _tt, _tl = self.tgt.spans(b, cols, self.params.joined)
        sim = np.einsum("ij,ij->i", sv, tv).astype(np.float64)
        norm = (2.0 - sv @ self.tgt_mean - tv @ self.src_mean) / 2.0
        out: F64 = (1.0 - sim) / np.maximum(norm, self.params.norm_floor)
        return out


def _unit(x: NDArray[np.float32] | NDArray[np.float64]) -> F32:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    out: F32 = (x / np.maximum(norms, 1e-12)).astype(np.float32)
    return out


def _mean(v: F32) -> F32:
    m = v.mean(axis=0) if len(v) else np.zeros(v.shape[1], dtype=np.float32)
    return m.astype(np.float32)
