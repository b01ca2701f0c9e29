"""The translation memory: concordance search and fuzzy lookup over the term base's units.

The memory is the term base's translation units (TMX imports, aligned
documents: :meth:`~termsmith.store.Store.add_unit`). The store indexes
each unit's text two ways, with the pure functions below: character
trigrams (:func:`index_text`) and the bigrams of its Chinese
(:func:`zh_grams`); this module asks the store for candidates through those
indexes and decides on them, so no search reads every unit:

* :func:`search` (concordance) is a substring search: every unit whose text
  in any language contains the query, case-insensitively and with any run of
  white space matching any other, newest first, with the matches' spans.
* :func:`lookup` (fuzzy match) scores the units that share the most rare
  grams with a sentence (a few hundred at most, whatever the memory's size)
  with rapidfuzz's Levenshtein distance, over words for English and other
  spaced languages and over characters for Chinese, as CAT tools count: 100%
  only for the identical text, a difference of case or spacing alone 99%.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from termsmith.errors import GlossaryError
from termsmith.model import MemoryUnit, Tuv
from termsmith.readers.script import Script, script_of

if TYPE_CHECKING:
    from pathlib import Path

    from termsmith.bitext import Bitext
    from termsmith.formats import Report
    from termsmith.store import Store

__all__ = ["Added", "Hit", "Match", "add_bitext", "add_file", "export", "grams", "index_text", "lexicon",
           "lookup",
           "search", "zh_grams"]

# How many candidate units a fuzzy lookup scores, at most.
CANDIDATES = 200
# Units the rarest grams of a lookup may name before no more grams are added
# (the cost of a lookup is about the total; see benchmarks/tm_speed.py).
_POSTINGS_BUDGET = 20_000
_MIN_GRAMS = 3       # grams always used, however common (a short or common sentence)
_BATCH = 200         # units fetched at a time while a search verifies candidates


def is_chinese_text(text: str) -> bool:
    """Whether ``text`` is mostly Chinese (see :mod:`termsmith.readers.script`)."""
    return script_of(text) is Script.HAN


def index_text(text: str) -> str:
    """The text the trigram index holds for ``text``: runs of spaces made one, lines kept apart."""
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def zh_grams(text: str) -> str:
    """The Chinese bigrams of ``text`` as space-separated words (a lone Han character stands alone).

    ``黑土地保护，2024年`` gives ``黑土 土地 地保 保护 年``: a phrase of consecutive
    bigrams is found exactly where the Chinese string is, which character
    trigrams cannot do for a two-character term.
    """
    out: list[str] = []
    for run in _han_runs(text):
        if len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return " ".join(out)


def grams(text: str) -> tuple[set[str], set[str]]:
    """The lowercase character trigrams and the Chinese bigrams of a unit's text (as indexed)."""
    folded = index_text(text).lower()
    return ({folded[i:i + 3] for i in range(len(folded) - 2)}, set(zh_grams(text).split()))


# Runs of Han characters (the blocks of readers.script.is_han), found in C.
_HAN_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002fa1f〇]+")


def _han_runs(text: str) -> Iterator[str]:
    return (m.group() for m in _HAN_RUN.finditer(text))


# -- filling the memory ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Added:
    """What adding to the memory did."""

    added: int            # new units
    known: int            # units the memory already held (nothing added twice)


def add_bitext(tb: Store, bt: Bitext) -> Added:
    """Keep an aligned bitext's units in the memory, linked to both documents, in one transaction.

    Aligning the same pair again adds nothing twice: a unit is its texts.
    """
    from dataclasses import replace

    from termsmith.ingest import record

    units = list(bt.units())

    def work() -> int:
        ids: list[int | None] = []
        for side in (bt.source, bt.target):
            if side.document is None:            # presegmented: no document to record
                ids.append(None)
                continue
            rec = record(side.document)
            # Both sides of a bilingual page come from one file: key each side by its text.
            ids.append(tb.add_document(replace(rec, sha256=rec.content))[0])
        return tb.add_units(units, bt.source.path, document_id=ids[0], target_document_id=ids[1])

    added = tb.atomic(work)
    return Added(added, len(units) - added)


def add_file(tb: Store, path: str | Path, *, report: Report | None = None) -> Added:
    """Keep every unit of a TMX file in the memory (term pairs included), in one transaction."""
    from termsmith.formats import tmx

    units = list(tmx.read(path, report=report))
    added = tb.add_units(units, str(path))
    return Added(added, len(units) - added)


def export(tb: Store, path: str | Path, *, zh_tag: str = "zh-CN") -> int:
    """Write the memory alone (no term pairs) to ``path`` as TMX 1.4b; return the units written.

    Its units have sources in either language, so the header's ``srclang`` is
    ``*all*`` (TMX 1.4b); written beside the target and renamed over it.
    """
    from termsmith.exchange import write_atomic
    from termsmith.formats import tmx

    written: int = write_atomic(path, lambda f: tmx.write(tb.units(), f, srclang="*all*",
                                                          zh_tag=zh_tag, segtype="sentence"))
    return written


def lexicon(tb: Store, src_lang: str, tgt_lang: str) -> list[tuple[str, str]]:
    """The term base's approved term pairs, as ``(source term, target term)`` for the aligner."""
    from termsmith.model import Review

    pairs: list[tuple[str, str]] = []
    for c in tb.concepts():
        src = [t.text for t in c.section(src_lang.split("-")[0]) if t.review is Review.APPROVED]
        tgt = [t.text for t in c.section(tgt_lang.split("-")[0]) if t.review is Review.APPROVED]
        pairs += [(a, b) for a in src for b in tgt]
    return pairs


# -- concordance ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    """A unit that contains the searched text, with where: spans per variant (in variant order)."""

    unit: MemoryUnit
    spans: tuple[tuple[tuple[int, int], ...], ...]

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (the ``tm search --format json`` shape)."""
        return {**_unit_dict(self.unit),
                "variants": [{"lang": v.lang, "text": v.text, "matches": [list(s) for s in spans]}
                             for v, spans in zip(self.unit.unit.variants, self.spans, strict=True)]}


def search(tb: Store, text: str, *, limit: int | None = 50,
           langs: Sequence[str] = ()) -> list[Hit]:
    """Units whose text contains ``text`` (any variant, or those of ``langs``), newest first."""
    query = " ".join(text.split())
    if not query:
        raise GlossaryError("search text is empty")
    pattern = re.compile(r"\s+".join(re.escape(w) for w in query.split()), re.IGNORECASE)
    hits: list[Hit] = []
    for keys in _batches(tb.unit_keys_containing(query), _BATCH):
        for mu in tb.memory_units(keys):
            spans = tuple(
                tuple((m.start(), m.end()) for m in pattern.finditer(v.text))
                if _lang_ok(v.lang, langs) else ()
                for v in mu.unit.variants)
            if any(spans):
                hits.append(Hit(mu, spans))
                if limit is not None and len(hits) >= limit:
                    return hits
    return hits


def _batches(keys: Iterable[int], size: int) -> Iterator[list[int]]:
    batch: list[int] = []
    for k in keys:
        batch.append(k)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _lang_ok(lang: str, langs: Sequence[str]) -> bool:
    if not langs:
        return True
    primary = lang.split("-")[0].lower()
    return any(lang.lower() == w.lower() or primary == w.split("-")[0].lower() for w in langs)


# -- fuzzy lookup ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """A fuzzy match: the unit, the variant that matched, its score (0-100) and the other variants."""

    unit: MemoryUnit
    score: int
    source: Tuv
    targets: tuple[Tuv, ...]
    differences: tuple[tuple[int, int], ...] = ()   # spans of ``source.text`` that differ

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict (the ``tm lookup --format json`` shape)."""
        return {**_unit_dict(self.unit), "score": self.score,
                "source": {"lang": self.source.lang, "text": self.source.text,
                           "differences": [list(d) for d in self.differences]},
                "targets": [{"lang": t.lang, "text": t.text} for t in self.targets]}


def lookup(tb: Store, sentence: str, *, min_score: int = 50, limit: int = 5,
           langs: Sequence[str] = ()) -> list[Match]:
    """The best fuzzy matches of ``sentence`` in the memory, best first (then newest).

    Compared with the variants in the sentence's language (Chinese, or any
    other when the sentence is not Chinese), or those of ``langs``.
    """
    query = " ".join(sentence.split())
    if not query:
        raise GlossaryError("lookup sentence is empty")
    chinese = is_chinese_text(query)
    keys = list(dict.fromkeys([*tb.unit_keys_with_text(query), *_candidates(tb, query, chinese)]))
    q_tokens = _tokens(query, chinese)
    matches: list[Match] = []
    for mu in tb.memory_units(keys):
        best: tuple[int, int] | None = None         # (score, variant index)
        for i, v in enumerate(mu.unit.variants):
            if not (_lang_ok(v.lang, langs) if langs else _is_zh_tag(v.lang) == chinese):
                continue
            score = _score(query, q_tokens, v.text, chinese)
            if best is None or score > best[0]:
                best = (score, i)
        if best is None or best[0] < min_score:
            continue
        src = mu.unit.variants[best[1]]
        others = tuple(v for i, v in enumerate(mu.unit.variants) if i != best[1])
        matches.append(Match(mu, best[0], src, others, _differences(q_tokens, src.text, chinese)))
    matches.sort(key=lambda m: (-m.score, -m.unit.key))
    return matches[:limit]


def _is_zh_tag(lang: str) -> bool:
    return lang[:2].lower() == "zh" and lang[2:3] in ("", "-", "_")


def _candidates(tb: Store, query: str, chinese: bool) -> list[int]:
    """Units sharing the most rare grams with ``query``: the few worth scoring."""
    if chinese:
        grams = zh_grams(query).split()
    else:
        folded = index_text(query).lower()
        grams = [folded[i:i + 3] for i in range(len(folded) - 2)]
    grams = list(dict.fromkeys(grams))
    if not grams:
        return []
    counts = tb.unit_gram_counts(grams, chinese=chinese)
    present = sorted((g for g in grams if counts.get(g)), key=lambda g: counts[g])
    chosen: list[str] = []
    total = 0
    for g in present:
        if len(chosen) >= _MIN_GRAMS and total + counts[g] > _POSTINGS_BUDGET:
            break
        chosen.append(g)
        total += counts[g]
    return tb.unit_keys_sharing(chosen, chinese=chinese, limit=CANDIDATES)


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+|[^\w\s]")  # a number with its separators is one token


def _tokens(text: str, chinese: bool) -> list[str]:
    """What the edit distance counts: characters of Chinese, words and punctuation of the rest."""
    folded = text.casefold()
    if chinese:
        return [c for c in folded if not c.isspace()]
    return _TOKEN.findall(folded)


def _score(query: str, q_tokens: list[str], text: str, chinese: bool) -> int:
    """The match percentage: 100 only for the same text, else at most 99."""
    from rapidfuzz.distance import Levenshtein

    if text == query:
        return 100
    sim = Levenshtein.normalized_similarity(q_tokens, _tokens(text, chinese))
    return min(99, math.floor(sim * 100 + 1e-9))


def _differences(q_tokens: list[str], text: str, chinese: bool) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` whose tokens the sentence looked up does not have (for highlighting)."""
    from rapidfuzz.distance import Levenshtein

    spans = ([(i, i + 1) for i, c in enumerate(text) if not c.isspace()] if chinese
             else [(m.start(), m.end()) for m in _TOKEN.finditer(text)])
    tokens = [text[s:e].casefold() for s, e in spans]
    out: list[tuple[int, int]] = []
    for op in Levenshtein.opcodes(q_tokens, tokens):
        if op.tag in ("replace", "insert") and op.dest_end > op.dest_start:
            start, end = spans[op.dest_start][0], spans[op.dest_end - 1][1]
            if out and out[-1][1] >= start - 1 and not chinese:
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
    return tuple(out)


def _unit_dict(mu: MemoryUnit) -> dict[str, object]:
    return {"id": mu.key, "tuid": mu.unit.id, "added": mu.added, "source": mu.source,
            "documents": list(mu.documents), "props": [list(p) for p in mu.unit.props]}
