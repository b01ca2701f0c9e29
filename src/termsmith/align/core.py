"""Sentence alignment of one bitext: embed, search, turn the path into beads with confidences."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from math import exp

import numpy as np

from termsmith.align import encoder as enc
from termsmith.align.cost import Params, Side
from termsmith.align.features import anchors, lengths, marks, split_lexicon
from termsmith.align.search import Step, search
from termsmith.model import Bead

DEFAULT = Params()

# Confidence of a bead from its normalised distance c (about 1 for unrelated
# sentences): a logistic curve through 0.5 at MIDPOINT, fitted (maximum
# likelihood) to whether each bead of the development alignments was right:
# about 0.95 for c < 0.5, 0.86 for c near 0.7, 0.5 at c = 1.07. A sentence left
# unaligned gets NULL_SCORE: a person should look at it.
MIDPOINT = 1.07
STEEPNESS = 5.0
NULL_SCORE = 0.2

Progress = Callable[[int, int], None]


def sides(src: Sequence[str], tgt: Sequence[str], *, lexicon: Iterable[tuple[str, str]] = (),
          encoder: enc.Encoder | None = None, cache: enc.EmbeddingCache | None = None,
          progress: Progress | None = None, spans: tuple[int, int] = (1, 1)) -> tuple[Side, Side]:
    """Both sides embedded, with anchors and lengths.

    :param spans: the longest source and target spans to embed whole (when the
        encoder can: :class:`~termsmith.align.encoder.PoolingEncoder`).
    """
    total = len(src) + len(tgt)
    report = (lambda base: (lambda done: progress(base + done, total))) if progress else None
    src_terms, tgt_terms = split_lexicon(lexicon)
    out = []
    for texts, base, terms, k in ((src, 0, src_terms, spans[0]), (tgt, len(src), tgt_terms, spans[1])):
        v, joined = _vectors(texts, k, encoder, cache, report(base) if report else None)
        out.append(Side(v, anchors(texts, ()), anchors(texts, terms, numbers=False), lengths(texts), joined,
                        marks(texts)))
    return out[0], out[1]


def _vectors(texts: Sequence[str], k: int, encoder: enc.Encoder | None, cache: enc.EmbeddingCache | None,
             progress: Callable[[int], None] | None) -> tuple[enc.Vectors, tuple[enc.Vectors, ...]]:
    """Sentence vectors, and the vectors of the spans of 2 … ``k`` sentences embedded whole."""
    model = encoder or enc.default_encoder()
    pooled = enc.embed_pooled(texts, encoder=model, cache=cache, progress=progress)
    if pooled is None or not isinstance(model, enc.PoolingEncoder):
        return enc.embed(texts, encoder=model, cache=cache, progress=progress), ()
    vectors = model.finish(pooled)
    # cs[e] - cs[e - k] is the pooled row of sentences e-k … e-1.
    cs = np.concatenate([np.zeros((1, pooled.shape[1])), np.cumsum(pooled, axis=0, dtype=np.float64)])
    joined = []
    for size in range(2, min(k, len(texts)) + 1):
        rows = np.zeros((len(texts) + 1, vectors.shape[1]), dtype=np.float32)
        rows[size:] = model.finish((cs[size:] - cs[:-size]).astype(np.float32))
        joined.append(rows)
    return vectors, tuple(joined)


def beads_of(path: Sequence[Step], src_offset: int = 0, tgt_offset: int = 0) -> list[Bead]:
    """The beads of a search path, indices shifted by the offsets."""
    out = []
    for s in path:
        if s.a and s.b:
            score = 1.0 / (1.0 + exp(STEEPNESS * (s.distance - MIDPOINT)))
        else:
            score = NULL_SCORE
        out.append(Bead(tuple(range(src_offset + s.i - s.a, src_offset + s.i)),
                        tuple(range(tgt_offset + s.j - s.b, tgt_offset + s.j)),
                        round(score, 4)))
    return out


def align_sides(s: Side, t: Side, params: Params = DEFAULT) -> list[Step]:
    """The best path between two prepared sides (empty sides handled)."""
    if len(s) == 0 and len(t) == 0:
        return []
    from threadpoolctl import threadpool_limits

    # The search multiplies many small matrices: one BLAS thread each is faster
    # (a second thread's start-up costs more than it saves, most of all on a busy machine).
    with threadpool_limits(limits=1, user_api="blas"):
        return search(s, t, params)


def params_for(src_lang: str, tgt_lang: str, base: Params = DEFAULT) -> Params:
    """Span maxima by language: a Chinese sentence often becomes up to six English ones."""
    def many(lang: str) -> int:
        return 6 if lang.lower().startswith("en") else 4
    from dataclasses import replace
    return replace(base, max_src=many(src_lang), max_tgt=many(tgt_lang))


