"""The search: dynamic programming over a band of the sentence grid, coarse to fine.

Node ``(i, j)`` means "the first ``i`` source and ``j`` target sentences are
aligned"; a bead of shape ``a-b`` moves from ``(i-a, j-b)`` to ``(i, j)`` at the
cost :meth:`~termsmith.align.cost.Context.costs` gives. Only a band of columns
``lo[i] … hi[i]`` is kept for each row, so time and memory grow with the length
of the document times the band's width, not with the product of the lengths.

The band comes from the same search one level coarser, where neighbouring
sentences are merged pairwise (as Vecalign does): a grid small enough is searched
whole, a bigger one is halved until it is, and the coarse path, widened by
``Params.band`` sentences, bounds the search at the next finer level.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from numba import njit
from numpy.typing import NDArray

from termsmith.align.cost import Context, Params, Side

I64 = NDArray[np.int64]
_BLOCK = 128          # rows whose costs are computed together (one matrix product per bead shape)


@dataclass(frozen=True, slots=True)
class Step:
    """One bead of the best path: ``a`` source sentences ending at ``i``, ``b`` target ones at ``j``."""

    i: int
    j: int
    a: int
    b: int
    cost: float
    distance: float       # the normalised distance c of the bead's spans (nan for a null bead)


def full_band(n: int, m: int) -> tuple[I64, I64]:
    """Every column in every row."""
    return np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m, dtype=np.int64)


def band_around(nodes: list[tuple[int, int]], n: int, m: int, width: int) -> tuple[I64, I64]:
    """The rows' column ranges covering a monotone path through ``nodes``, widened by ``width``."""
    jmin = np.full(n + 1, m, dtype=np.int64)
    jmax = np.zeros(n + 1, dtype=np.int64)
    pi, pj = 0, 0
    for i, j in nodes + [(n, m)]:
        i, j = min(i, n), min(j, m)
        jmin[pi:i + 1] = np.minimum(jmin[pi:i + 1], pj)
        jmax[pi:i + 1] = np.maximum(jmax[pi:i + 1], j)
        pi, pj = i, j
    jmin = np.minimum.accumulate(jmin[::-1])[::-1]     # keep monotone
    jmax = np.maximum.accumulate(jmax)
    rows = np.arange(n + 1)
    lo = np.maximum(jmin[np.maximum(rows - width, 0)] - width, 0)
    hi = np.minimum(jmax[np.minimum(rows + width, n)] + width, m)
    lo[0] = 0
    hi[n] = m
    return lo, hi


def dp(ctx: Context, lo: I64, hi: I64) -> list[Step]:
    """The cheapest path from (0, 0) to (n, m) inside the band."""
    n, m = len(ctx.src), len(ctx.tgt)
    types = ctx.params.bead_types()
    real = [(a, b) for a, b in types if a and b]
    width = int((hi - lo).max()) + 1
    offs = np.arange(width, dtype=np.int64)
    cols_all = lo[:, None] + offs[None, :]                    # (n+1, width) absolute columns
    in_band = cols_all <= hi[:, None]
    # Costs of every real bead shape at every cell of the band, a block of rows at a time.
    C = np.empty((len(real), n + 1, width), dtype=np.float32)
    for start in range(0, n + 1, _BLOCK):
        stop = min(start + _BLOCK, n + 1)
        rows = np.arange(start, stop, dtype=np.int64)
        cols = np.minimum(cols_all[start:stop], m)
        for k, (a, b) in enumerate(real):
            cost, _c = ctx.costs(a, b, rows, cols)
            cost[~in_band[start:stop]] = np.inf
            C[k, start:stop] = cost
    ta = np.array([a for a, _ in real], dtype=np.int64)
    tb = np.array([b for _, b in real], dtype=np.int64)
    null = ctx.params.null
    skip_src = null if (1, 0) in types else np.inf
    skip_tgt = null if (0, 1) in types else np.inf
    D, back = _fill(C, ta, tb, lo, hi, skip_src, skip_tgt)
    return _trace(ctx, D, back, lo, real)


@njit(cache=True, nogil=True)
def _fill(C: NDArray[np.float32], ta: I64, tb: I64, lo: I64, hi: I64, skip_src: float,
          skip_tgt: float) -> tuple[NDArray[np.float64], NDArray[np.int8]]:  # pragma: no cover - compiled
    """The DP table over the band; ``back`` holds the bead shape index (-2: 1-0, -3: 0-1)."""
    n = len(lo) - 1
    width = C.shape[2]
    D = np.full((n + 1, width), np.inf)
    back = np.full((n + 1, width), -1, dtype=np.int8)
    for i in range(n + 1):
        for w in range(width):
            j = lo[i] + w
            if j > hi[i]:
                break
            best = np.inf
            arg = -1
            if i == 0 and j == 0:
                best = 0.0
            for t in range(len(ta)):
                p = i - ta[t]
                pj = j - tb[t]
                if p < 0 or pj < lo[p] or pj > hi[p]:
                    continue
                v = D[p, pj - lo[p]] + C[t, i, w]
                if v < best:
                    best = v
                    arg = t
            if i >= 1 and lo[i - 1] <= j <= hi[i - 1]:
                v = D[i - 1, j - lo[i - 1]] + skip_src
                if v < best:
                    best = v
                    arg = -2
            if w >= 1:
                v = D[i, w - 1] + skip_tgt
                if v < best:
                    best = v
                    arg = -3
            D[i, w] = best
            back[i, w] = arg
    return D, back


def _trace(ctx: Context, D: NDArray[np.float64], back: NDArray[np.int8], lo: I64,
           real: list[tuple[int, int]]) -> list[Step]:
    n, m = len(ctx.src), len(ctx.tgt)
    i, j = n, m
    if not np.isfinite(D[n, m - lo[n]]):
        raise RuntimeError("alignment search found no path (band too narrow)")
    found: list[tuple[int, int, int, int, float]] = []
    while i > 0 or j > 0:
        t = int(back[i, j - lo[i]])
        a, b = real[t] if t >= 0 else (1, 0) if t == -2 else (0, 1)
        cost = float(D[i, j - lo[i]] - D[i - a, j - b - lo[i - a]])
        found.append((i, j, a, b, cost))
        i, j = i - a, j - b
    found.reverse()
    dist = np.full(len(found), np.nan)
    for a, b in {(a, b) for _, _, a, b, _ in found if a and b}:
        idx = [k for k, f in enumerate(found) if f[2] == a and f[3] == b]
        dist[idx] = ctx.distances(a, b, np.array([found[k][0] for k in idx], dtype=np.int64),
                                  np.array([found[k][1] for k in idx], dtype=np.int64))
    return [Step(i, j, a, b, cost, float(d)) for (i, j, a, b, cost), d in zip(found, dist, strict=True)]


def search(src: Side, tgt: Side, params: Params) -> list[Step]:
    """The best path for the whole bitext: whole grid if small, else coarse to fine."""
    n, m = len(src), len(tgt)
    if (n + 1) * (m + 1) <= params.full_cells or n < 4 or m < 4:
        lo, hi = full_band(n, m)
    else:
        coarse = replace(params, types=((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 0), (0, 1)),
                         length_weight=0.0)
        path = search(src.downsample(), tgt.downsample(), coarse)
        nodes = [(2 * s.i, 2 * s.j) for s in path]
        lo, hi = band_around(nodes, n, m, params.band)
    return dp(Context(src, tgt, params), lo, hi)
