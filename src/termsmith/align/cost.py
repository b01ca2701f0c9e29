"""Bead costs: how unlikely it is that a span of source sentences translates a span of target ones.

For a bead of ``a`` source and ``b`` target sentences (a span's vector is the
normalised mean of its sentence vectors):

    c    = (1 − sim) / ((n_src + n_tgt) / 2)          Vecalign's normalised distance
    cost = c · (a + b) / 2 + γ · (a + b − 2) + λ · GC(len_src, len_tgt)

``sim`` is the cosine of the two spans plus ``number_weight`` and ``term_weight``
times the dot products of their anchor vectors (numbers, approved term pairs); ``n_x`` is the
mean distance of span x to the other side's sentences (``1 − x·mean``), which
discounts spans that are close to everything; ``GC`` is the Gale–Church length
term of :func:`~termsmith.align.features.length_cost`. The cost grows with the
number of sentences a bead covers, so a path's total is comparable whatever
bead sizes it uses, and γ makes a merged bead pay for its extra sentences.
A sentence left unaligned (1-0 or 0-1) costs ``null``.
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
    gamma_src: float = 0.0        # ... plus this per extra source sentence
    gamma_tgt: float = 0.0        # ... plus this per extra target sentence
    null: float = 1.5             # cost of leaving one sentence unaligned
    length_weight: float = 0.2    # weight of the Gale–Church term
    length_variance: float = 15.0
    number_weight: float = 0.0    # weight of shared numbers
    term_weight: float = 0.3      # weight of shared approved term pairs
    max_src: int = 4              # the longest span on each side
    max_tgt: int = 6
    norm_floor: float = 0.5      # the least normaliser (tiny documents: their mean is their content)
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
                    pairs(self.lengths))

    def slice(self, start: int, stop: int) -> Side:
        """Sentences ``start`` to ``stop`` (exclusive)."""
        return Side(self.vectors[start:stop], self.numbers[start:stop], self.terms[start:stop],
                    self.lengths[start:stop])

    def spans(self, k: int, ends: I64) -> tuple[F32, F32, F32, F64]:
        """Vectors, number and term anchors, lengths of the spans of ``k`` sentences ending before ``ends``.

        Ends below ``k`` give zero rows (no such span).
        """
        ok = ends >= k
        e = ends[ok]
        out = []
        for x in (self.vectors, self.numbers, self.terms):
            v = np.zeros((len(ends), x.shape[1]), dtype=np.float32)
            for d in range(1, k + 1):
                v[ok] += x[e - d]
            out.append(_unit(v) if k > 1 else v)
        ln = np.zeros(len(ends), dtype=np.float64)
        for d in range(1, k + 1):
            ln[ok] += self.lengths[e - d]
        return out[0], out[1], out[2], ln


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
        sv, sn, st, sl = self.src.spans(a, rows)
        tv, tn, tt, tl = self.tgt.spans(b, span_cols)
        sim = sv @ tv.T
        if p.number_weight:
            sim += p.number_weight * np.clip(sn @ tn.T, 0.0, None)
        if p.term_weight and self.has_terms:
            sim += p.term_weight * np.clip(st @ tt.T, 0.0, None)
        ns = 1.0 - sv @ self.tgt_mean
        nt = 1.0 - tv @ self.src_mean
        idx = cols - jmin
        sim_b = np.take_along_axis(sim, idx, axis=1).astype(np.float64)
        norm = (ns[:, None] + nt[idx]) / 2.0
        c = (1.0 - sim_b) / np.maximum(norm, p.norm_floor)
        cost = c * (a + b) / 2.0 + p.gamma * (a + b - 2) + p.gamma_src * (a - 1) + p.gamma_tgt * (b - 1)
        if p.length_weight:
            cost += p.length_weight * length_cost(sl[:, None], tl[idx], self.ratio, p.length_variance)
        bad = (rows[:, None] < a) | (cols < b)
        cost[bad] = np.inf
        return cost, c


    def distances(self, a: int, b: int, rows: I64, cols: I64) -> F64:
        """The normalised distance c of the ``a``-``b`` beads ending at each (rows[k], cols[k])."""
        sv, _sn, _st, _sl = self.src.spans(a, rows)
        tv, _tn, _tt, _tl = self.tgt.spans(b, cols)
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
