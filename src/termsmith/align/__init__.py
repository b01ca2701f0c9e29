"""Sentence alignment of a document and its translation (issue 8).

::

    from termsmith.align import align, align_blocks
    beads = align(zh_sentences, en_sentences, src_lang="zh", tgt_lang="en")
    for b in beads:                    # Bead(src=(0,), tgt=(0, 1), score=0.97)
        print(b, b.score)              # [0]:[0,1] 0.97

Either language may be the source. Every sentence of both sides is in exactly
one bead, in text order; beads are 1-1, 1-n, n-1, 2-2, 2-3, 3-2 (up to six
English sentences for one Chinese, four Chinese for one English), or 1-0 / 0-1
for a sentence the translator left out or added. ``score`` estimates the chance
that the bead is exactly right (fitted on the development sets: most beads score
0.85–0.97); null beads score 0.2, and beads under about 0.7 deserve a person's look.

Evidence: a multilingual sentence encoder shipped inside a wheel
(:mod:`termsmith.align.encoder`, CPU, nothing downloaded) for sentences and for
runs of sentences embedded whole, sentence lengths, punctuation (question and
exclamation marks, ellipses, and where quotations open and close), numbers,
and the approved term pairs given as ``lexicon``. The search
(:mod:`termsmith.align.search`) is dynamic programming in a band around a
coarser alignment, so time and memory grow about linearly with the document.
Vectors are cached (:class:`~termsmith.align.encoder.EmbeddingCache`; on disk
too when ``TERMSMITH_CACHE_DIR`` is set), so aligning again is cheap.

This package imports numpy and the encoder only when a function is called.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING

from termsmith.model import Bead

if TYPE_CHECKING:
    from termsmith.align.cost import Params
    from termsmith.align.encoder import EmbeddingCache, Encoder

__all__ = ["Bead", "align", "align_blocks"]

Progress = Callable[[int, int], None]


def align(src: Sequence[str], tgt: Sequence[str], *, src_lang: str, tgt_lang: str,
          lexicon: Iterable[tuple[str, str]] = (), progress: Progress | None = None,
          encoder: Encoder | None = None, cache: EmbeddingCache | None = None,
          params: Params | None = None) -> list[Bead]:
    """Align two lists of sentences; return the beads in text order.

    :param src: the source sentences (one string each), e.g. the Chinese original.
    :param tgt: the target sentences, e.g. the official English.
    :param src_lang: BCP 47 tag of the source (``zh``, ``zh-Hans``, ``en`` ...).
    :param tgt_lang: BCP 47 tag of the target.
    :param lexicon: approved term pairs ``(source term, target term)``: a span pair
        that shares one is a little more likely to be a translation.
    :param progress: called as ``progress(done, total)`` while sentences are embedded
        (the slow part), and once with ``done == total`` at the end.
    :param encoder: another sentence encoder (tests, experiments); default USE-m3.
    :param cache: another embedding cache; default the process-wide one.
    :param params: other search parameters (benchmarks); default the tuned ones.
    """
    from termsmith.align import core

    p = core.params_for(src_lang, tgt_lang, params or core.DEFAULT)
    s, t = core.sides(src, tgt, lexicon=lexicon, encoder=encoder, cache=cache, progress=progress,
                      spans=(p.max_src, p.max_tgt) if p.joined else (1, 1))
    beads = core.beads_of(core.align_sides(s, t, p))
    if progress:
        progress(len(src) + len(tgt), len(src) + len(tgt))
    return beads


def align_blocks(src: Sequence[Sequence[str]], tgt: Sequence[Sequence[str]], *, src_lang: str, tgt_lang: str,
                 src_speakers: Sequence[Hashable | None] | None = None,
                 tgt_speakers: Sequence[Hashable | None] | None = None,
                 lexicon: Iterable[tuple[str, str]] = (), progress: Progress | None = None,
                 encoder: Encoder | None = None, cache: EmbeddingCache | None = None,
                 params: Params | None = None) -> list[Bead]:
    """Align two documents given as blocks (paragraphs or speaker turns) of sentences.

    Blocks are aligned first, then sentences inside each group of aligned blocks,
    so a bead never crosses a block boundary that the block alignment kept.
    Indices in the beads are *global* sentence indices: the sentences of all
    blocks counted in order from 0, as if the blocks were concatenated.

    :param src_speakers: the speaker of each source block (any hashable label, None
        for narration), and ``tgt_speakers`` the same for the target. Names differ
        between languages, so only the *pattern* is compared: when both sides have
        the same sequence of speaker changes (who speaks first, second, again ...),
        the turns are paired one to one.
    Other parameters as for :func:`align`.
    """
    from termsmith.align import blocks

    return blocks.align_blocks(src, tgt, src_lang=src_lang, tgt_lang=tgt_lang, src_speakers=src_speakers,
                               tgt_speakers=tgt_speakers, lexicon=lexicon, progress=progress,
                               encoder=encoder, cache=cache, params=params)
