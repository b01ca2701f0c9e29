"""Bitexts: a document and its translation, read, split into sentences and aligned into beads.

::

    from termsmith import bitext
    bt = bitext.align(bitext.read_side("talk.zh.txt"), bitext.read_side("talk.en.txt"))
    for pair in bt.pairs():               # Pair(bead, source text, target text, lines ...)
        ...
    units = list(bt.units())              # one translation unit per bead with both sides

A :class:`Side` is the sentences of one document with where each comes from
(line, block, speaker). Documents are read with :mod:`termsmith.reader`
(encoding and language detected; a bilingual page gives both sides) and their
paragraphs split with :mod:`termsmith.sentences`; with ``presegmented`` each
non-blank line is one sentence, as given. :func:`align` hands the sides to
:mod:`termsmith.align`: speaker turns first when both documents have them
(the same speakers in the same order pair turn with turn), else paragraphs,
then sentences inside them. The writers (TMX, bead lines, TSV, HTML) live in
:mod:`termsmith.bitext.writers`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from termsmith.document import Document, Role
from termsmith.errors import SourceError
from termsmith.model import Bead, TranslationUnit, Tuv

__all__ = ["Bitext", "Pair", "Sentence", "Side", "WEAK", "align", "read_pair_sides", "read_side",
           "side_from_document"]

# Beads scoring under this deserve a person's look (termsmith.align: null beads score 0.2).
WEAK = 0.5

# Segments that are translated text: content, and courtesies ("谢谢。" / "Thank you."), which
# are translated too and would otherwise leave a sentence without its counterpart.
_ALIGNED = frozenset({Role.TITLE, Role.NARRATIVE, Role.SPEECH, Role.QUESTION, Role.FORMULA})

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a side, with where it stands in its document."""

    text: str
    line: int                   # 1-based line in the file
    block: int                  # index of its block (speaker turn or paragraph)
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class Side:
    """The sentences of one document, in order."""

    path: str
    lang: str                               # BCP 47: "zh-Hans", "en" ...
    sentences: tuple[Sentence, ...]
    document: Document | None = None       # None for presegmented files

    @property
    def is_chinese(self) -> bool:
        """Whether the side is Chinese."""
        return self.lang.split("-")[0].lower() == "zh"

    def blocks(self) -> list[list[str]]:
        """The sentence texts grouped by block, in order."""
        out: list[list[str]] = []
        for s in self.sentences:
            while len(out) <= s.block:
                out.append([])
            out[s.block].append(s.text)
        return out

    def block_speakers(self) -> list[str | None]:
        """The speaker of each block."""
        out: list[str | None] = []
        for s in self.sentences:
            while len(out) <= s.block:
                out.append(None)
            out[s.block] = s.speaker
        return out


@dataclass(frozen=True, slots=True)
class Pair:
    """A bead with its texts and lines, for writers."""

    bead: Bead
    source: str                    # the bead's source sentences, joined
    target: str
    source_lines: tuple[int, ...]  # distinct lines, ascending
    target_lines: tuple[int, ...]

    @property
    def weak(self) -> bool:
        """Whether a person should check this bead."""
        return self.bead.score < WEAK or not self.bead.src or not self.bead.tgt


@dataclass(frozen=True, slots=True)
class Bitext:
    """Two sides and the beads that align them."""

    source: Side
    target: Side
    beads: tuple[Bead, ...]

    def pairs(self) -> Iterator[Pair]:
        """Every bead with its texts, in order."""
        for b in self.beads:
            src = [self.source.sentences[i] for i in b.src]
            tgt = [self.target.sentences[i] for i in b.tgt]
            yield Pair(b, _join([s.text for s in src], self.source.is_chinese),
                       _join([s.text for s in tgt], self.target.is_chinese),
                       tuple(sorted({s.line for s in src})), tuple(sorted({s.line for s in tgt})))

    def units(self) -> Iterator[TranslationUnit]:
        """One translation unit per bead with both sides (a sentence without its counterpart is none).

        Props: ``x-score`` (the bead's score, 3 decimals) and ``x-bead`` (``[3,4]:[5]``) on
        the unit; ``x-document`` and ``x-line`` (its lines, comma-separated) on each variant.
        """
        for p in self.pairs():
            if not p.bead.src or not p.bead.tgt:
                continue
            yield TranslationUnit(
                variants=(Tuv(self.source.lang, p.source, _where(self.source.path, p.source_lines)),
                          Tuv(self.target.lang, p.target, _where(self.target.path, p.target_lines))),
                props=(("x-score", f"{p.bead.score:.3f}"), ("x-bead", str(p.bead))))


def _where(path: str, lines: tuple[int, ...]) -> tuple[tuple[str, str], ...]:
    return (("x-document", path), ("x-line", ",".join(map(str, lines))))


def _join(texts: list[str], chinese: bool) -> str:
    """Sentences of one bead as one segment: Chinese without spaces, others with one."""
    return ("" if chinese else " ").join(texts)


# -- reading ------------------------------------------------------------------------


def side_from_document(doc: Document) -> Side:
    """The sentences of a read document; blocks are speaker turns when it has speakers, else paragraphs."""
    from termsmith import sentences

    segs = [s for s in doc.segments if s.role in _ALIGNED]
    by_turns = any(s.speaker for s in segs)
    out: list[Sentence] = []
    block = -1
    prev: str | None = None
    for seg in segs:
        # A turn is the run of a speaker's paragraphs; narration stays one block a paragraph.
        if not by_turns or seg.speaker is None or seg.speaker != prev:
            block += 1
        prev = seg.speaker
        for s, e in sentences.split(seg.text, doc.lang):
            out.append(Sentence(seg.text[s:e], seg.line, block, seg.speaker))
    return Side(doc.path, doc.lang, tuple(out), doc)


def read_side(path: str | os.PathLike[str], *, encoding: str | None = None,
              presegmented: bool = False, lang: str | None = None) -> Side:
    """Read one document as a side: a transcript (sentences split), or one sentence per line."""
    from termsmith import reader

    if presegmented:
        return _presegmented(path, encoding)
    return side_from_document(reader.read(path, encoding=encoding, lang=lang))


def read_pair_sides(path: str | os.PathLike[str], *, encoding: str | None = None) -> tuple[Side, Side]:
    """The Chinese and the English side of a bilingual page."""
    from termsmith import reader

    zh, en = reader.read_pair(path, encoding=encoding)
    return side_from_document(zh), side_from_document(en)


def _presegmented(path: str | os.PathLike[str], encoding: str | None) -> Side:
    """Each non-blank line one sentence (one block), its line number kept."""
    from termsmith import files
    from termsmith.readers.encoding import decode
    from termsmith.readers.script import chinese_tag, mostly_chinese

    name = os.fspath(path)
    text = decode(files.read_bytes(name), name, encoding).text.removeprefix("\ufeff")
    lines = [(n, " ".join(t.split())) for n, t in enumerate(text.splitlines(), start=1)]
    kept = [(n, t) for n, t in lines if t]
    if not kept:
        raise SourceError(f"{name}: no text (empty or only white space)")
    texts = [t for _, t in kept]
    lang = chinese_tag("".join(texts)) if mostly_chinese(texts) else "en"
    return Side(name, lang, tuple(Sentence(t, n, 0) for n, t in kept))


# -- aligning ------------------------------------------------------------------------


def align(source: Side, target: Side, *, lexicon: Iterable[tuple[str, str]] = (),
          progress: Progress | None = None) -> Bitext:
    """Align two sides (speaker turns or paragraphs first, then sentences) into a :class:`Bitext`.

    :param lexicon: approved term pairs ``(source term, target term)`` (the term base's).
    :param progress: called as ``progress(done, total)`` while sentences are embedded.
    """
    from termsmith import align as aligner

    if source.is_chinese == target.is_chinese:
        raise SourceError(f"{source.path} and {target.path} are both "
                          f"{'Chinese' if source.is_chinese else 'English'}; "
                          "give a Chinese document and its English translation")
    for side in (source, target):
        if not side.sentences:
            raise SourceError(f"{side.path}: no sentences to align")
    sb, tb = source.blocks(), target.blocks()
    if len(sb) > 1 and len(tb) > 1:
        beads = aligner.align_blocks(sb, tb, src_lang=source.lang, tgt_lang=target.lang,
                                     src_speakers=source.block_speakers(),
                                     tgt_speakers=target.block_speakers(),
                                     lexicon=lexicon, progress=progress)
    else:
        beads = aligner.align([s.text for s in source.sentences], [s.text for s in target.sentences],
                              src_lang=source.lang, tgt_lang=target.lang, lexicon=lexicon,
                              progress=progress)
    return Bitext(source, target, tuple(beads))
