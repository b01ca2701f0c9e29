"""Hierarchical alignment: blocks (paragraphs, speaker turns) first, then sentences inside them.

A block is represented by the normalised sum of its sentence vectors (and the
sum of their lengths and anchors), and blocks are aligned with the same search
as sentences, with bead shapes up to 3-3. When both sides name their speakers
and the speaker *patterns* agree (the same turn-taking: A, B, A, C ...), turns
are paired one to one without a search: names are spelt differently in the two
languages, but who speaks when is the same in a transcript and its translation.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import replace

import numpy as np
from numpy.typing import NDArray

from termsmith.align import core
from termsmith.align import encoder as enc
from termsmith.align.cost import Params, Side
from termsmith.model import Bead

BLOCK_TYPES = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1), (1, 0), (0, 1))


def pattern(speakers: Sequence[Hashable | None]) -> list[int]:
    """Speakers renamed by order of first appearance (None stays -1): comparable across languages."""
    seen: dict[Hashable, int] = {}
    out = []
    for s in speakers:
        if s is None:
            out.append(-1)
        else:
            out.append(seen.setdefault(s, len(seen)))
    return out


def _pooled(side: Side, bounds: Sequence[int]) -> Side:
    """One unit per block: sums of its sentences (vectors and anchors normalised)."""
    b = np.asarray(bounds, dtype=np.int64)

    def sums(x: NDArray[np.float32]) -> NDArray[np.float32]:
        c = np.concatenate([np.zeros((1, x.shape[1])), np.cumsum(x, axis=0, dtype=np.float64)])
        y = c[b[1:]] - c[b[:-1]]
        out: NDArray[np.float32] = (y / np.maximum(np.linalg.norm(y, axis=1, keepdims=True), 1e-12)).astype(
            np.float32)
        return out

    ln = np.concatenate([[0.0], np.cumsum(side.lengths)])
    return Side(sums(side.vectors), sums(side.numbers), sums(side.terms), ln[b[1:]] - ln[b[:-1]])


def _bounds(blocks: Sequence[Sequence[str]]) -> list[int]:
    out = [0]
    for b in blocks:
        out.append(out[-1] + len(b))
    return out


def block_pairs(s: Side, t: Side, sb: list[int], tb: list[int], params: Params,
                src_speakers: Sequence[Hashable | None] | None,
                tgt_speakers: Sequence[Hashable | None] | None) -> list[tuple[range, range]]:
    """Groups of source blocks paired with groups of target blocks, in order."""
    ns, nt = len(sb) - 1, len(tb) - 1
    if (src_speakers is not None and tgt_speakers is not None and ns == nt
            and len(src_speakers) == ns and len(tgt_speakers) == nt
            and pattern(src_speakers) == pattern(tgt_speakers)):
        return [(range(k, k + 1), range(k, k + 1)) for k in range(ns)]
    ps, pt = _pooled(s, sb), _pooled(t, tb)
    # Empty blocks would only confuse the block search: give them no weight by
    # merging them into their neighbours through the search's null beads.
    path = core.align_sides(ps, pt, replace(params, types=BLOCK_TYPES))
    return [(range(st.i - st.a, st.i), range(st.j - st.b, st.j)) for st in path]


def align_blocks(src: Sequence[Sequence[str]], tgt: Sequence[Sequence[str]], *, src_lang: str, tgt_lang: str,
                 src_speakers: Sequence[Hashable | None] | None = None,
                 tgt_speakers: Sequence[Hashable | None] | None = None,
                 lexicon: Iterable[tuple[str, str]] = (), progress: core.Progress | None = None,
                 encoder: enc.Encoder | None = None, cache: enc.EmbeddingCache | None = None,
                 params: Params | None = None) -> list[Bead]:
    """See :func:`termsmith.align.align_blocks`."""
    flat_s = [x for b in src for x in b]
    flat_t = [x for b in tgt for x in b]
    p = core.params_for(src_lang, tgt_lang, params or core.DEFAULT)
    s, t = core.sides(flat_s, flat_t, lexicon=lexicon, encoder=encoder, cache=cache, progress=progress,
                      spans=(p.max_src, p.max_tgt) if p.joined else (1, 1))
    sb, tb = _bounds(src), _bounds(tgt)
    beads: list[Bead] = []
    for gs, gt in block_pairs(s, t, sb, tb, p, src_speakers, tgt_speakers):
        s0 = sb[gs.start] if len(gs) else sb[gs.start]
        s1 = sb[gs.stop] if len(gs) else s0
        t0 = tb[gt.start] if len(gt) else tb[gt.start]
        t1 = tb[gt.stop] if len(gt) else t0
        path = core.align_sides(s.slice(s0, s1), t.slice(t0, t1), p)
        beads.extend(core.beads_of(path, s0, t0))
    if progress:
        progress(len(flat_s) + len(flat_t), len(flat_s) + len(flat_t))
    return beads
