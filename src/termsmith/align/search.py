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
    real = [(t, a, b) for t, (a, b) in enumerate(types) if a and b]
    null = ctx.params.null
    skip_src = types.index((1, 0)) if (1, 0) in types else -1
    skip_tgt = types.index((0, 1)) if (0, 1) in types else -1
    width = int((hi - lo).max()) + 1
    offs = np.arange(width, dtype=np.int64)
    inf = np.inf
    D = np.full((n + 1, width), inf)
    back = np.full((n + 1, width), -1, dtype=np.int8)
    C = np.empty((len(real), _BLOCK, width))
    cols_all = lo[:, None] + offs[None, :]                    # (n+1, width) absolute columns
    in_band = cols_all <= hi[:, None]
    for start in range(0, n + 1, _BLOCK):
        stop = min(start + _BLOCK, n + 1)
        rows = np.arange(start, stop, dtype=np.int64)
        cols = np.minimum(cols_all[start:stop], m)
        for k, (_, a, b) in enumerate(real):
            cost, _c = ctx.costs(a, b, rows, cols)
            cost[~in_band[start:stop]] = inf
            C[k, : stop - start] = cost
        for i in range(start, stop):
            r = i - start
            best = np.full(width, inf)
            arg = np.full(width, -1, dtype=np.int8)
            if i == 0:
                best[0] = 0.0
            for k, (t, a, b) in enumerate(real):
                p = i - a
                if p < 0:
                    continue
                pc = cols_all[i] - b - lo[p]
                ok = (pc >= 0) & (pc < width) & in_band[i]
                if not ok.any():
                    continue
                cand = np.full(width, inf)
                cand[ok] = D[p, pc[ok]] + C[k, r, ok]
                better = cand < best
                best[better] = cand[better]
                arg[better] = t
            if skip_src >= 0 and i >= 1:
                pc = cols_all[i] - lo[i - 1]
                ok = (pc >= 0) & (pc < width) & in_band[i]
                cand = np.full(width, inf)
                cand[ok] = D[i - 1, pc[ok]] + null
                better = cand < best
                best[better] = cand[better]
                arg[better] = skip_src
            if skip_tgt >= 0:
                # D[i, j] = min(best[j], D[i, j-1] + null): a running minimum
                steps = null * offs
                run = np.minimum.accumulate(best - steps)
                chained = run < best - steps - 1e-12
                best = np.where(in_band[i], run + steps, inf)
                arg = np.where(chained & in_band[i], skip_tgt, arg).astype(np.int8)
            D[i] = best
            back[i] = arg
    return _trace(ctx, D, back, lo, types)


def _trace(ctx: Context, D: NDArray[np.float64], back: NDArray[np.int8], lo: I64,
           types: tuple[tuple[int, int], ...]) -> list[Step]:
    n, m = len(ctx.src), len(ctx.tgt)
    i, j = n, m
    if not np.isfinite(D[n, m - lo[n]]):
        raise RuntimeError("alignment search found no path (band too narrow)")
    steps: list[Step] = []
    while i > 0 or j > 0:
        t = int(back[i, j - lo[i]])
        a, b = types[t]
        here = float(D[i, j - lo[i]])
        prev = float(D[i - a, j - b - lo[i - a]])
        if a and b:
            _cost, c = ctx.costs(a, b, np.array([i], dtype=np.int64), np.array([[j]], dtype=np.int64))
            dist = float(c[0, 0])
        else:
            dist = float("nan")
        steps.append(Step(i, j, a, b, here - prev, dist))
        i, j = i - a, j - b
    steps.reverse()
    return steps


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
