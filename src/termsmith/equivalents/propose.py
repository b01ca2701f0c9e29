"""Propose translations of a term from the aligned units of a translation memory.

For an English term, every unit whose English holds it is a witness; the
candidates are the spans of those units' Chinese (runs of jieba words that
neither start nor end with a particle, preposition or conjunction, quoted
phrases and titles). Each candidate is scored on:

* **association across units**: consistency ``a/n`` (the candidate is in ``a`` of
  the term's ``n`` units) damped by specificity ``(a/f)^0.3`` (``f`` units of the
  whole memory hold it), so a rendering seen in 5 of 5 units beats one seen once,
  and a common word that happens to be near the term every time (我们) does not
  win; Dice's coefficient is given in the evidence;
* **lexical fit**: how much of the term the candidate accounts for and how much
  of the candidate the term accounts for, through CC-CEDICT, stems and pinyin
  (:mod:`.lexicon`) and numbers (:mod:`termsmith.check.zhnum`): the span that
  covers ``socialism with Chinese characteristics`` and nothing more is
  ``中国特色社会主义``, not ``中国特色社会主义道路``;
* **correspondence of marks**: a term quoted in English whose candidate is
  quoted in Chinese (``"X"`` ↔ ``“Y”``), titles in ``《》``, and an acronym gloss
  on both sides (``(WTO)`` ↔ ``（WTO）``).

A term seen once has no association to go by (every span of its one unit is
in 1 of 1), so the lexical fit weighs more there. For a term in many units,
candidates are read from a sample of them (:data:`_SAMPLE`) and ``a`` is scaled
up from the sample, so a frequent term costs no more than a rare one. The
Chinese-to-English direction is the same, with English word n-grams as candidates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from termsmith.check.zhnum import numbers_en, numbers_zh
from termsmith.equivalents import lexicon
from termsmith.equivalents.memory import Memory, Occurrence

__all__ = ["Example", "Proposal", "Proposer"]

# jieba tags a candidate may not start or end with: particles, prepositions,
# conjunctions, pronouns, adverbs, modal particles, punctuation; an end may not
# be a locative (上, 中) nor a start a measure word.
_BAD_START = frozenset("u uj ul uz ug ud uv p c r d y e o x w f q zg".split())
_BAD_END = frozenset("u uj ul uz ug ud uv p c r d y e o x w f zg".split())
_BAD_CLAUSE_END = frozenset("u uj ul uz ug ud uv y e o x w zg".split())
# Tags of words that make up noun phrases, the usual shape of a term.
_NOUNISH = frozenset("n nr nrt nrfg ns nt nz ng vn j l b a an".split())
_MAX_TOKENS = 7
_MAX_CHARS = 16
_SAMPLE = 12            # units read for candidates (association is counted over all)
_SHORTLIST = 40         # candidates whose memory frequency is counted
_EN_MAX_WORDS = 6
_QUOTES_EN = "\"“”‘’'"
_ZH_QUOTE = re.compile(r"[“「『]([^“”「」『』]{1,40})[”」』]")
_ZH_TITLE = re.compile(r"《([^《》]{1,60})》")
_ZH_GLOSS = re.compile(r"[（(]\s*([A-Za-z][A-Za-z0-9&\-. ]{0,20}?)\s*[）)]")
_EN_GLOSS = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9&\-. ]{0,20}?)\s*\)")
_EN_CLAUSE = re.compile(r"[^,.;:!?()\[\]\"“”‘’—–]+")
_EN_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")


@dataclass(frozen=True, slots=True)
class Example:
    """One aligned unit that supports a proposal."""

    unit: int
    en: str
    zh: str


@dataclass(frozen=True, slots=True)
class Proposal:
    """A proposed rendering with its score (0..1), support and evidence."""

    text: str
    score: float
    units: int                     # aligned units holding both the term and this text
    evidence: tuple[str, ...]
    example: Example | None = None

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {"text": self.text, "score": self.score, "units": self.units,
                "evidence": list(self.evidence),
                "example": None if self.example is None else
                {"en": self.example.en, "zh": self.example.zh}}


@dataclass(slots=True)
class _Cand:
    units: set[int] = field(default_factory=set)
    lex: float = 0.0
    cover: tuple[float, float] = (0.0, 0.0)
    words: tuple[str, ...] = ()         # what the lexical links were, for the evidence
    marks: set[str] = field(default_factory=set)
    numbers: int = 0                    # 1: numbers agree, -1: they differ
    best_unit: int = -1


class Proposer:
    """Proposes renderings of terms from one :class:`~.memory.Memory`."""

    def __init__(self, memory: Memory) -> None:
        self.memory = memory

    # -- English -> Chinese ----------------------------------------------------------

    def chinese_for(self, forms: Sequence[str], *, limit: int = 5) -> tuple[int, list[Proposal]]:
        """(units the term is in, proposals best first) for an English term and its other forms."""
        found: dict[int, None] = {}
        for f in dict.fromkeys(forms):
            found.update(dict.fromkeys(self.memory.en_units_of(f)))
        n = len(found)
        if not n:
            return 0, []
        head = forms[0]
        words = lexicon.content_words(head)
        stems = tuple(lexicon.stem(w) for w in words)
        capitals = tuple(w for w in words if w[0].isupper())
        numbers = tuple(x.value for x in numbers_en(head) if not x.soft)
        n_words = len(words) + len(numbers)
        acronyms = {f for f in forms if f.isupper() and len(f) >= 2 and " " not in f}
        # A rendering is rarely longer than three characters a word, and three more.
        max_len = 3 * max(n_words, 1) + 3
        units = sorted(found)
        sample = units if len(units) <= _SAMPLE else units[:: max(1, len(units) // _SAMPLE)][:_SAMPLE]
        # Where the term stands, in the units read (for marks and position).
        occ = {u: [o for f in dict.fromkeys(forms) for o in self.memory.occurrences(f, u)]
               for u in sample}
        cands: dict[str, _Cand] = {}
        for u in sample:
            if not occ[u]:
                continue
            zh, en = self.memory.zh[u], self.memory.en[u]
            info = _zh_info(zh)
            links = _term_links(zh, stems, capitals, numbers)
            marks = _marks(en, occ[u], zh, acronyms)
            rel_en = (occ[u][0].start + occ[u][0].end) / 2 / max(len(en), 1)
            for a, b in _spans_to_score(info, links, max_len):
                text = zh[a:b]
                c = cands.get(text)
                if c is None:
                    c = cands[text] = _Cand()
                c.units.add(u)
                en_cov, zh_cov, linked = _coverage(links, a, b, n_words, info.weight(a, b))
                unlinked = _unlinked_edges(info, links, a, b) + _cuts(info, a, b)
                pos = 1.0 - abs(rel_en - (a + b) / 2 / max(len(zh), 1))
                np_ = (a, b) in info.phrases
                # Unlinked edge words are surplus when the term is fully explained; when it
                # is not, they may be what renders the rest.
                lex = (0.5 * en_cov + 0.3 * zh_cov + 0.1 * pos + 0.1 * np_
                       - 0.12 * unlinked * en_cov)
                if lex > c.lex or c.best_unit < 0:
                    c.lex, c.cover, c.words, c.best_unit = lex, (en_cov, zh_cov), linked, u
                    c.numbers = _number_fit(numbers, info.numbers, a, b)
                for mark, span in marks:
                    if span == (a, b) or (mark == "gloss" and span[1] == b):
                        c.marks.add(mark)
        zh_texts = self.memory.zh
        return n, self._rank(cands, sample, n, limit, self.memory.zh_count,
                             lambda text, u: text in zh_texts[u])

    # -- Chinese -> English ----------------------------------------------------------

    def english_for(self, forms: Sequence[str], *, limit: int = 5) -> tuple[int, list[Proposal]]:
        """(units the Chinese term is in, English proposals best first)."""
        units_set: set[int] = set()
        for f in dict.fromkeys(forms):
            units_set |= self.memory.zh_units(f)
        n = len(units_set)
        if not n:
            return 0, []
        head = forms[0]
        term_links = lexicon.links(head)
        han = sum(1 for ch in head if not ch.isspace()) or 1
        units = sorted(units_set)
        sample = units if len(units) <= _SAMPLE else units[:: max(1, len(units) // _SAMPLE)][:_SAMPLE]
        cands: dict[str, _Cand] = {}
        for u in sample:
            en = self.memory.en[u]
            for text, toks in _en_spans(en):
                c = cands.get(text)
                if c is None:
                    c = cands[text] = _Cand()
                c.units.add(u)
                content = [t for t in toks if t.lower() not in lexicon.FUNCTION_WORDS]
                if not content:
                    continue
                # A hyphenated word links through any of its parts (high-standard).
                t_stems = [(k, lexicon.stem(part)) for k, t in enumerate(content)
                           for part in t.split("-") if part]
                covered: set[int] = set()
                matched: set[int] = set()
                linked: list[str] = []
                for i, j, meanings in term_links:
                    for k, s in t_stems:
                        if _match(s, meanings):
                            covered.update(range(i, j))
                            matched.add(k)
                            linked.append(f"{head[i:j]}={content[k]}")
                for i, j, w in lexicon.pinyin_links(head, [t for t in content if t[0].isupper()]):
                    covered.update(range(i, j))
                    matched.add(content.index(w))
                    linked.append(f"{head[i:j]}={w} (pinyin)")
                en_cov = len(matched) / len(content)
                zh_cov = len(covered) / han
                lex = 0.6 * zh_cov + 0.4 * en_cov
                if lex > c.lex or c.best_unit < 0:
                    c.lex, c.cover, c.words, c.best_unit = lex, (zh_cov, en_cov), tuple(linked), u
        en_texts = self.memory.en
        return n, self._rank(cands, sample, n, limit, self.memory.en_count,
                             lambda text, u: _holds_en(text, en_texts[u]))

    # -- scoring ---------------------------------------------------------------------

    def _rank(self, cands: dict[str, _Cand], sample: list[int], n: int, limit: int,
              count: Callable[[str], int], holds: Callable[[str, int], bool]) -> list[Proposal]:
        """Score the shortlist: association with the lexical fit and the marks.

        Association is consistency (the share ``a/n`` of the term's units that hold
        the candidate) damped by specificity (``a/f``, ``f`` the units of the whole
        memory holding it): Dice's ``2a/(n+f)`` would punish the right rendering of
        a term that is also the rendering of other English words (经济建设 is
        "economic development" and "economic construction"), consistency alone
        would crown a word that is everywhere (我们).

        ``a`` is counted in the units read (``sample``): exactly when they are all the
        term's units, else scaled up from them (a term in thousands of units).
        """
        sampled = max(len(sample), 1)
        exact = n <= len(sample)
        # Shortlist on what is cheap to know: share of the sampled units, lexical fit, marks.
        pre = sorted(cands.items(), key=lambda kv: -(len(kv[1].units) / sampled + kv[1].lex
                                                      + 0.3 * len(kv[1].marks)))[:_SHORTLIST]
        out: list[Proposal] = []
        for text, c in pre:
            held = sum(1 for u in sample if holds(text, u))
            a = max(held if exact else round(held / sampled * n), 1)
            f = max(count(text), a)
            dice = 2 * a / (n + f)
            assoc = (a / n) * (a / f) ** 0.3
            score = (0.5 * assoc + 0.5 * c.lex) if n >= 2 else (0.25 * assoc + 0.75 * c.lex)
            evidence = [f"in {'' if exact else 'about '}{a} of {n} units (Dice {dice:.2f})"]
            if c.words:
                evidence.append("words: " + ", ".join(_maximal(c.words)))
            if "quote" in c.marks:
                score += 0.15
                evidence.append("quoted on both sides")
            if "title" in c.marks:
                score += 0.1
                evidence.append("title marks 《》")
            if "gloss" in c.marks:
                score += 0.2
                evidence.append("same parenthetical gloss on both sides")
            if c.numbers > 0:
                score += 0.05
                evidence.append("numbers agree")
            elif c.numbers < 0:
                score -= 0.3
                evidence.append("numbers differ")
            score = round(min(1.0, max(0.0, score)), 3)
            ex = Example(c.best_unit, self.memory.en[c.best_unit], self.memory.zh[c.best_unit])
            out.append(Proposal(text=text, score=score, units=a, evidence=tuple(evidence),
                                example=ex))
        out.sort(key=lambda p: (-p.score, -p.units, len(p.text)))
        # A piece of a better proposal adds nothing (高标准 after 高标准农田); the list
        # offers other renderings instead.
        kept: list[Proposal] = []
        for p in out:
            if not any(p.text in q.text for q in kept):
                kept.append(p)
        return kept[:limit]


def _holds_en(text: str, sentence: str) -> bool:
    from termsmith.equivalents.memory import _pattern

    return _pattern(text).search(sentence) is not None


def _maximal(labels: Sequence[str]) -> list[str]:
    """The links worth showing: none that is part of another shown (中国 inside 中国梦)."""
    first: dict[str, str] = {}
    for x in labels:
        first.setdefault(x.split(" (")[0], x)
    return [x for base, x in first.items() if not any(base != b and base in b for b in first)]


# -- the Chinese side of a unit ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ZhInfo:
    spans: tuple[tuple[int, int], ...]        # candidate spans
    content: tuple[int, ...]                  # 1 for a character that counts (not punctuation)
    quoted: tuple[tuple[int, int], ...]
    titled: tuple[tuple[int, int], ...]
    glossed: tuple[tuple[int, int, str], ...]  # span before a parenthetical, and what it says
    dict_links: tuple[tuple[int, int, str], ...]      # dictionary words: span, headword
    phrases: frozenset[tuple[int, int]]       # maximal runs of nouns (a term's usual shape)
    numbers: tuple[tuple[int, int, float], ...]
    token_of: tuple[int, ...]                 # the token index of each character
    token_spans: tuple[tuple[int, int], ...]
    bounds: frozenset[int]

    def weight(self, a: int, b: int) -> int:
        return sum(self.content[a:b]) or 1


@lru_cache(maxsize=1 << 15)
def _zh_info(zh: str) -> _ZhInfo:
    from termsmith.harvest.zh import is_han, tagged

    toks = tagged(zh)
    spans: set[tuple[int, int]] = set()
    run: list[tuple[str, str, int, int]] = []

    def flush() -> None:
        for i in range(len(run)):
            if run[i][1] in _BAD_START and not (run[i][1] == "f" and len(run[i][0]) > 1):
                continue
            for j in range(i, min(len(run), i + _MAX_TOKENS)):
                a, b = run[i][2], run[j][3]
                if b - a > _MAX_CHARS:
                    break
                # A word tagged preposition or adverb that ends a clause is not one
                # there (总/依据，): only particles may not end a candidate then.
                bad = _BAD_END if j < len(run) - 1 else _BAD_CLAUSE_END
                if run[j][1] in bad and not (run[j][1] == "f" and len(run[j][0]) > 1):
                    continue
                spans.add((a, b))

    for t in toks:
        # str.isalnum holds for Han characters too: punctuation is what fails it.
        if t.tag in ("x", "w") and not any(map(str.isalnum, t.word)):
            flush()
            run = []
        else:
            run.append((t.word, t.tag, t.start, t.end))
    flush()
    quoted = tuple((m.start(1), m.end(1)) for m in _ZH_QUOTE.finditer(zh))
    titled = tuple((m.start(1), m.end(1)) for m in _ZH_TITLE.finditer(zh))
    # A parenthetical gloss (（NGE）) marks whatever candidate ends right before it.
    glossed = [(m.start(), m.start(), m.group(1).strip()) for m in _ZH_GLOSS.finditer(zh)]
    # Quoted and titled spans are candidates whatever jieba made of their words, and a
    # quoted phrase with its head noun (“一带一路”倡议) too.
    spans.update(quoted)
    spans.update(titled)
    from termsmith.harvest.zh.names import HEADS

    for a, b in quoted:
        for k in range(4, 1, -1):
            if zh[b + 1:b + 1 + k] in HEADS:
                spans.add((a - 1, b + 1 + k))
                break
    content = tuple(map(int, map(str.isalnum, zh)))
    # Dictionary words at word-aligned places: inside each jieba word and across two or
    # three neighbours (CC-CEDICT lists many set phrases: 中华民族, 改革开放).
    dict_links: dict[tuple[int, int], str] = {}
    known = lexicon.dictionary()
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    for k, t in enumerate(toks):
        if not is_han(t.word[0]):
            continue
        for i, j, _ in lexicon.links(t.word):
            dict_links[(t.start + i, t.start + j)] = t.word[i:j]
        for w in (2, 3):
            if k + w <= len(toks) and ends[k + w - 1] - starts[k] <= 8:
                piece = zh[starts[k]:ends[k + w - 1]]
                if piece in known and lexicon.meanings(piece):
                    dict_links[(starts[k], ends[k + w - 1])] = piece
    phrases: set[tuple[int, int]] = set()
    run_start = None
    for k, t in enumerate(toks):
        # Ordinals belong to names (第十八届); other numbers and measures do not.
        nounish = t.tag in _NOUNISH or (t.tag == "m" and t.word.startswith("第"))
        if nounish and run_start is None:
            run_start = t.start
        if run_start is not None and (not nounish or k == len(toks) - 1):
            end = t.end if nounish else t.start
            if end > run_start:
                phrases.add((run_start, end))
            run_start = None
    token_of = []
    for k, t in enumerate(toks):
        token_of += [k] * (t.end - t.start)
    numbers = tuple((x.start, x.end, float(x.value) if not x.soft else -float(x.value))
                    for x in numbers_zh(zh))
    return _ZhInfo(spans=tuple(sorted(spans)), content=content, quoted=quoted, titled=titled,
                   glossed=tuple(glossed),
                   dict_links=tuple((a, b, m) for (a, b), m in dict_links.items()),
                   phrases=frozenset(phrases), numbers=numbers, token_of=tuple(token_of),
                   token_spans=tuple((t.start, t.end) for t in toks),
                   bounds=frozenset([0, *(t.end for t in toks)]))


@lru_cache(maxsize=1 << 18)
def _means(stem: str, word: str) -> bool:
    """Whether the Chinese dictionary word ``word`` can mean the English ``stem``."""
    return _match(stem, lexicon.meanings(word))


def _match(stem: str, meanings: frozenset[str]) -> bool:
    if stem in meanings:
        return True
    n = lexicon.MIN_PREFIX
    if len(stem) < n:
        return False
    key = stem[:n]
    return any(m[:n] == key and lexicon.stems_match(stem, m) for m in meanings)


@lru_cache(maxsize=1 << 16)
def _term_links(zh: str, stems: tuple[str, ...], capitals: tuple[str, ...],
                numbers: tuple[float, ...] = ()) -> tuple[tuple[int, int, int, str], ...]:
    """Links ``(start, end, word index, label)`` between the term's words and spans of ``zh``:
    dictionary words, pinyin of names and numbers (numbers are words after the others)."""
    info = _zh_info(zh)
    out: list[tuple[int, int, int, str]] = []
    for a, b, word in info.dict_links:
        for k, s in enumerate(stems):
            if _means(s, word):
                out.append((a, b, k, word))
    # Names: the longest runs of capitalised words first (Zhang Ming as one name spelled by
    # consecutive characters, so Zhang alone cannot take the 长 of 省长), then single words.
    used: set[int] = set()
    spelled: set[str] = set()
    for run in _name_runs(capitals):
        if spelled.intersection(run):
            continue
        for a, b, _ in lexicon.pinyin_links(zh, [" ".join(run)]):
            if used.isdisjoint(range(a, b)):
                used.update(range(a, b))
                spelled.update(run)
                for w in run:
                    k = stems.index(lexicon.stem(w)) if lexicon.stem(w) in stems else 0
                    out.append((a, b, k, f"{zh[a:b]} (pinyin)"))
    for k, x in enumerate(numbers):
        for a, b, v in info.numbers:
            if abs(abs(v) - x) <= 1e-6 * max(1.0, abs(x)):
                out.append((a, b, len(stems) + k, zh[a:b]))
    return tuple(out)


def _spans_to_score(info: _ZhInfo, links: tuple[tuple[int, int, int, str], ...],
                    max_len: int = _MAX_CHARS) -> list[tuple[int, int]]:
    """The unit's candidate spans worth scoring for a term: where the term has links, those
    touching one, the noun phrases and the quoted and titled spans (a span with none of
    these cannot win there); else all of them."""
    marked = info.phrases.union(info.quoted, info.titled)
    if not links:
        return [(a, b) for a, b in info.spans if b - a <= max_len or (a, b) in marked]
    hit = [0] * (len(info.content) + 1)
    for i, j, _, _ in links:
        for x in range(i, j):
            hit[x + 1] = 1
    for x in range(1, len(hit)):
        hit[x] += hit[x - 1]
    out = [(a, b) for a, b in info.spans
           if (hit[b] > hit[a] and b - a <= max_len) or (a, b) in marked]
    out += _covering(info, links)
    return out


def _name_runs(capitals: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Runs of the term's capitalised words, longest first (all of them, then shorter)."""
    n = len(capitals)
    return [capitals[i:i + size] for size in range(n, 0, -1) for i in range(n - size + 1)]


def _covering(info: _ZhInfo, links: tuple[tuple[int, int, int, str], ...]) -> list[tuple[int, int]]:
    """Spans from the start of one link to the end of another, for two words of the term or
    more: candidates whatever jieba made of the words (我/代表大会/秘书处 holds 大会秘书处).
    They start and end where a word does or where a link of two characters or more does,
    and hold no punctuation."""
    starts = {s for s, _ in info.token_spans} | {i for i, j, _, _ in links if j - i >= 2}
    ends = {e for _, e in info.token_spans} | {j for i, j, _, _ in links if j - i >= 2}
    out = []
    for a, _, k1, _ in links:
        for _, b, k2, _ in links:
            if k1 != k2 and a < b and b - a <= _MAX_CHARS and a in starts and b in ends \
                    and all(info.content[a:b]):
                out.append((a, b))
    return out


def _cuts(info: _ZhInfo, a: int, b: int) -> int:
    """How many ends of the span fall inside a word (jieba's), where a term rarely ends."""
    bounds = info.bounds
    return (a not in bounds) + (b not in bounds)


def _unlinked_edges(info: _ZhInfo, links: tuple[tuple[int, int, int, str], ...],
                    a: int, b: int) -> int:
    """How many of the span's edge words (first, last) nothing in the term accounts for."""
    first = info.token_spans[info.token_of[a]] if a < len(info.token_of) else (a, b)
    last = info.token_spans[info.token_of[b - 1]] if 0 < b <= len(info.token_of) else (a, b)
    edges = {(max(a, first[0]), min(b, first[1])), (max(a, last[0]), min(b, last[1]))}
    return sum(1 for s, e in edges if not any(i < e and s < j for i, j, _, _ in links))


_CHARS_PER_WORD = 2      # Chinese characters an English content word usually comes to


def _coverage(links: tuple[tuple[int, int, int, str], ...], a: int, b: int, n_words: int,
              weight: int) -> tuple[float, float, tuple[str, ...]]:
    """(share of the term's words linked inside [a, b), how well the span's unlinked
    characters fit the term's unlinked words, the links used).

    The fit is 1 when the characters nothing explains are about as many as the words
    nothing explains would come to (two characters a word): 生态文明建设 for
    "ecological progress" (progress unexplained, 文明建设 unexplained) fits, 生态
    does not; for a fully explained term it is the share of linked characters.
    """
    if not n_words:
        return 0.0, 0.0, ()
    words: set[int] = set()
    chars: set[int] = set()
    used: list[str] = []
    for i, j, k, label in links:
        if a <= i and j <= b:
            words.add(k)
            chars.update(range(i, j))
            used.append(label)
    free_chars = max(weight - len(chars), 0)
    expected = _CHARS_PER_WORD * (n_words - len(words))
    fit = max(0.0, 1.0 - abs(free_chars - expected) / max(weight, expected, 1))
    return len(words) / n_words, fit, tuple(used)


def _marks(en: str, occs: list[Occurrence], zh: str,
           acronyms: set[str]) -> list[tuple[str, tuple[int, int]]]:
    """Spans of ``zh`` marked as the term is marked in ``en``: quotes, titles, glosses."""
    info = _zh_info(zh)
    out: list[tuple[str, tuple[int, int]]] = []
    for o in occs:
        before = en[max(0, o.start - 1):o.start]
        after = en[o.end:o.end + 2]
        if before and before in _QUOTES_EN and any(ch in _QUOTES_EN for ch in after):
            out += [("quote", s) for s in info.quoted]
            out += [("title", s) for s in info.titled]
        words = en[o.start:o.end].split()
        if len(words) >= 2 and all(w[0].isupper() for w in words if len(w) > 3):
            out += [("title", s) for s in info.titled]
        gloss = _EN_GLOSS.match(en, o.end)
        said = {gloss.group(1)} if gloss else set()
        said |= acronyms
        for a, b, text in info.glossed:
            if text in said:
                out.append(("gloss", (a, b)))
    return out


def _number_fit(numbers: Sequence[float], zh_numbers: Sequence[tuple[int, int, float]],
                a: int, b: int) -> int:
    # Chinese numbers written in characters (一, 十八) are stored negated: "soft", as
    # they are often part of words (第一次, 统一) rather than quantities.
    inside = [v for s, e, v in zh_numbers if a <= s and e <= b]
    if not numbers:
        return -1 if any(v > 0 for v in inside) else 0
    return 1 if all(any(abs(abs(v) - x) < 1e-6 * max(1.0, abs(x)) for v in inside)
                    for x in numbers) else -1


@lru_cache(maxsize=1 << 15)
def _en_spans(en: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """English word n-grams of a sentence that could be a term (no function word at an edge)."""
    out: dict[str, tuple[str, ...]] = {}
    for clause in _EN_CLAUSE.finditer(en):
        toks = list(_EN_TOKEN.finditer(clause.group()))
        opening = not en[:clause.start()].strip()
        for i in range(len(toks)):
            if toks[i].group().lower() in lexicon.FUNCTION_WORDS:
                continue
            for j in range(i, min(len(toks), i + _EN_MAX_WORDS)):
                if toks[j].group().lower() in lexicon.FUNCTION_WORDS:
                    continue
                text = " ".join(clause.group()[toks[i].start():toks[j].end()].split())
                # The capital of a sentence's first word is not the term's (High-standard).
                if opening and i == 0 and text[:1].isupper() and text[1:2].islower() \
                        and not any(t.group()[:1].isupper() for t in toks[1:j + 1]):
                    text = text[0].lower() + text[1:]
                out.setdefault(text, tuple(t.group() for t in toks[i:j + 1]))
    return tuple(out.items())
