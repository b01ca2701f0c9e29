"""Checks of bilingual material (aligned English–Chinese segments) against the term base.

Input is a stream of :class:`Pair` objects: paragraphs of two parallel text
files, units of a TMX file, or XLIFF/PO units read by translate-toolkit.
Either side may be the Chinese one: each pair carries the language of its
source and target (given, or detected from the script of the texts), and
:func:`check_pairs` runs every enabled check on each pair:

* key terms: an approved term in the source wants an approved rendering of
  its concept in the target (English source: :func:`_terms`; Chinese source:
  :mod:`termsmith.check.zh_source`); deprecated renderings are forbidden;
  quoted slogans keep their approved rendering, in quotes;
* numbers: the quantities of both sides agree (``258 million`` = ``2.58亿``,
  ``six decades`` = ``60年``); an English number of a kind Chinese says without a
  numeral (``the two sides`` = 双方, ``in the past 40 years`` = 改革开放以来) is
  information when the Chinese side has no number left to match it;
* form: empty, untranslated or copied targets (English left in Chinese, Chinese
  left in English), unpaired quotes and brackets, half-width punctuation in Chinese.

English terms are found with one :class:`~termsmith.matcher.Matcher` pass,
Chinese ones with one automaton pass confirmed by jieba only where a match
touches other Chinese characters (:mod:`termsmith.check.segment`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from termsmith.check import Options
from termsmith.check.segment import Segmenter, ZhTermFinder, is_han
from termsmith.check.zhnum import Num, compare, numbers_en, numbers_zh
from termsmith.errors import FormatError, SourceError
from termsmith.langs import is_chinese
from termsmith.model import Concept, Finding, Review, Severity, TermType, TranslationUnit, Usage

if TYPE_CHECKING:
    from termsmith.check.zh_source import Recent

__all__ = ["CHECKS", "Pair", "check_pairs", "language_of", "orient", "pairs_from_file",
           "pairs_from_texts", "pairs_from_units"]

E, W = Severity.ERROR, Severity.WARNING
CHECKS: dict[str, tuple[Severity, str]] = {
    "alignment": (E, "the texts have different numbers of paragraphs; one has no counterpart"),
    "key-term-missing": (E, "an approved term of the source lacks its approved rendering in the "
                            "target"),
    "key-term-loose": (Severity.INFO, "the target renders an approved term of the source loosely: its "
                       "head word or a derived form (Marxist for Marxism), a term nested in it, a "
                       "member noun, a pronoun for a named person or for a term the previous "
                       "sentence named, a reference back (this path), the noun before the term "
                       "standing for it (the second generation)"),
    "key-term-variant": (Severity.INFO, "the target renders an approved term of the source with "
                         "another sense the dictionary (CC-CEDICT) gives the whole term"),
    "key-term-omitted": (Severity.INFO, "the clause holding an approved term of the source "
                         "has no counterpart in the target (a condensed translation)"),
    "heading-term-dropped": (Severity.INFO, "a heading's translation leaves out an approved term "
                                            "of the source heading"),
    "key-term-extra": (W, "an approved Chinese term of the target lacks all its English terms in the source"),
    "forbidden-target": (E, "the target uses a deprecated rendering"),
    "slogan-rendering": (E, "a quoted term of the source lacks its approved, quoted rendering"),
    "slogan-unquoted": (Severity.INFO, "a quoted term of the source is rendered as approved and "
                                       "capitalized as a name, without quotation marks"),
    "number-mismatch": (E, "a number or magnitude differs between source and target, or is on one side only"),
    "year-added": (Severity.INFO, "the target names a year the source leaves implicit, or gives "
                                  "the year of an anniversary the source counts (100年时)"),
    "number-implicit": (Severity.INFO, "a number on the English side only, of a kind Chinese "
                                       "leaves implicit or says without a numeral (two, three, "
                                       "30 years since ...), while the Chinese side has no number "
                                       "left to match"),
    "untranslated": (W, "the target keeps text in the source language (English words that are no "
                        "allowed acronym or name, Chinese characters)"),
    "empty-target": (E, "the target segment is empty"),
    "same-as-source": (W, "the target segment is a copy of the source"),
    "unpaired-quote": (W, "a quotation mark has no partner"),
    "unpaired-bracket": (W, "a bracket or title mark has no partner"),
    "halfwidth-punct": (W, "half-width punctuation in Chinese text where full-width belongs"),
}
UNALIGNED = "(unaligned)"    # Pair.id of a paragraph left over by the aligner


@dataclass(frozen=True, slots=True)
class Pair:
    """One aligned segment pair; lines are 1-based in the source and target files."""

    source: str
    target: str
    line: int | None
    target_line: int | None
    id: str | None = None
    source_lang: str = "en"          # BCP 47; one side English, the other Chinese
    target_lang: str = "zh-Hans"

    @property
    def chinese_source(self) -> bool:
        """Whether the source is the Chinese side (a Chinese original and its English)."""
        return is_chinese(self.source_lang)


def language_of(texts: Iterable[str]) -> str:
    """``zh-Hans`` if the texts are mostly Chinese, else ``en``.

    Counted, not guessed: a Han character weighs as much as four Latin letters (a
    Chinese word is one or two characters, an English one about five letters), so
    a Chinese text quoting ``GDP`` stays Chinese and an English one quoting ``头雁``
    stays English.
    """
    from termsmith.readers.script import mostly_chinese  # the reader's count

    return "zh-Hans" if mostly_chinese(texts) else "en"


def orient(pairs: Iterable[Pair], source_lang: str | None = None,
           target_lang: str | None = None) -> list[Pair]:
    """The pairs with their languages set: as given, else detected from all sources (targets).

    When only one side is given or detected as Chinese the other is English, and
    the reverse, so a run never has two Chinese sides.
    """
    from dataclasses import replace

    from termsmith.langs import normalize

    got = list(pairs)
    src = normalize(source_lang) if source_lang else None
    tgt = normalize(target_lang) if target_lang else None
    if src is None and tgt is None:
        src = language_of(p.source for p in got)
    if src is None:
        src = "en" if is_chinese(tgt or "") else "zh-Hans"
    if tgt is None:
        tgt = "en" if is_chinese(src) else "zh-Hans"
    return [replace(p, source_lang=src, target_lang=tgt) for p in got]


# -- reading pairs ----------------------------------------------------------------


def _paragraphs(path: str | Path) -> list[tuple[int, str]]:
    """``(first line, text)`` of each blank-line-separated paragraph of a text file."""
    from termsmith import files
    from termsmith.readers.encoding import decode

    text = decode(files.read_bytes(path), str(path)).text   # UTF-8, UTF-16, GB18030, Big5 ...
    paras: list[tuple[int, str]] = []
    cur: list[str] = []
    start = 0
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if not cur:
                start = n
            cur.append(line)
        elif cur:
            paras.append((start, "\n".join(cur)))
            cur = []
    if cur:
        paras.append((start, "\n".join(cur)))
    return paras


def _values(text: str, zh: bool) -> tuple[frozenset[float], frozenset[float]]:
    """(hard, all) number values of a paragraph, for anchoring the alignment."""
    nums = numbers_zh(text) if zh else numbers_en(text)
    every = {round(float(n.value), 6): n.soft for n in nums}
    return frozenset(v for v, soft in every.items() if not soft), frozenset(every)


def _align(src: list[str], tgt: list[str]) -> list[tuple[int | None, int | None]]:
    """Align paragraphs (Gale–Church in spirit): 1–1, 1–0 and 0–1 steps by dynamic programming.

    A 1–1 step costs the misfit of the lengths, against the ratio of the two
    texts (English runs three to five characters per Chinese one), plus the
    share of numbers the two paragraphs do not have in common: in this genre
    numbers are the surest anchors.
    """
    ratio = (sum(map(len, src)) + 1) / (sum(map(len, tgt)) + 1)
    sv, tv = [_values(t, False) for t in src], [_values(t, True) for t in tgt]
    skip = 3.0
    n, m = len(src), len(tgt)
    cost = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[int]] = [[0] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            c = cost[i][j]
            if c == math.inf:
                continue
            if i < n and j < m:
                (sh, sa), (th, ta) = sv[i], tv[j]
                hard = len(sh) + len(th)
                misfit = 1 - (len(sh & ta) + len(th & sa)) / hard if hard else 0.5
                d = c + abs(math.log((len(src[i]) + 10) / ((len(tgt[j]) + 10) * ratio))) + 2 * misfit
                if d < cost[i + 1][j + 1]:
                    cost[i + 1][j + 1], back[i + 1][j + 1] = d, 1
            if i < n and c + skip < cost[i + 1][j]:
                cost[i + 1][j], back[i + 1][j] = c + skip, 2
            if j < m and c + skip < cost[i][j + 1]:
                cost[i][j + 1], back[i][j + 1] = c + skip, 3
    out: list[tuple[int | None, int | None]] = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        if step == 1:
            i, j = i - 1, j - 1
            out.append((i, j))
        elif step == 2:
            i -= 1
            out.append((i, None))
        else:
            j -= 1
            out.append((None, j))
    return out[::-1]


def pairs_from_texts(source_path: str | Path, target_path: str | Path) -> Iterator[Pair]:
    """Pairs of two parallel text files aligned by paragraph.

    With equal paragraph counts the n-th paragraphs pair up. Otherwise the
    texts are aligned by length, and a paragraph without a counterpart comes
    as a pair with an empty side and ``id == UNALIGNED``, which
    :func:`check_pairs` reports as an ``alignment`` finding.
    """
    src, tgt = _paragraphs(source_path), _paragraphs(target_path)
    if len(src) == len(tgt):
        steps: list[tuple[int | None, int | None]] = [(i, i) for i in range(len(src))]
    else:
        steps = _align([t for _, t in src], [t for _, t in tgt])
    for i, j in steps:
        s_line, s_text = src[i] if i is not None else (None, "")
        t_line, t_text = tgt[j] if j is not None else (None, "")
        yield Pair(s_text, t_text, s_line, t_line, None if i is not None and j is not None else UNALIGNED)


def pairs_from_units(units: Iterable[TranslationUnit], src: str = "en", tgt: str = "zh") -> Iterator[Pair]:
    """Pairs of translation units that have a ``src`` segment (a missing target is empty).

    A variant's ``x-line`` prop (``termsmith align`` writes the lines of each side)
    gives the pair its line numbers.
    """
    from termsmith.langs import normalize

    for u in units:
        s = u.text(src)
        if s is not None:
            yield Pair(s, u.text(tgt) or "", _x_line(u, src), _x_line(u, tgt), u.id,
                       normalize(src), normalize(tgt))


def _x_line(u: TranslationUnit, lang: str) -> int | None:
    want = lang.split("-")[0].lower()
    for v in u.variants:
        if v.lang.split("-")[0].lower() == want:
            for k, value in v.props:
                first = value.split(",")[0].strip()
                if k == "x-line" and first.isdigit():
                    return int(first)
    return None


def _tmx_srclang(path: str | Path) -> str | None:
    """The header's ``srclang`` of a TMX file (``*all*`` and absence give None)."""
    from termsmith.formats._xml import iterparse

    for _, el in iterparse(path, ("header",), fmt="TMX", events=("start",)):
        lang = el.get("srclang")
        return None if not lang or lang == "*all*" else str(lang)
    return None


def pairs_from_file(path: str | Path, source_lang: str | None = None,
                    target_lang: str | None = None) -> Iterator[Pair]:
    """Pairs of a TMX, XLIFF or PO file (XLIFF and PO through translate-toolkit).

    A TMX's direction is its header's ``srclang`` (English if it names neither
    language) unless ``source_lang``/``target_lang`` say otherwise; XLIFF and PO
    sources and targets are detected by script when not given.
    """
    from termsmith import files
    from termsmith.langs import is_chinese as zh

    suffix = Path(path).suffix.lower()
    if suffix not in (".tmx", ".xlf", ".xliff", ".sdlxliff", ".po", ".pot"):
        raise FormatError(f"{path}: not a TMX, XLIFF or PO file")
    p = files.input_file(path)
    if suffix == ".tmx":
        from termsmith.formats import tmx

        src = source_lang or (None if target_lang else _tmx_srclang(p))
        if src is None:
            src = "en" if target_lang is None or zh(target_lang) else "zh"
        tgt = target_lang or ("en" if zh(src) else "zh")
        yield from pairs_from_units(tmx.read(p), src.replace("_", "-").split("-")[0].lower(),
                                    tgt.replace("_", "-").split("-")[0].lower())
        return
    if suffix not in (".xlf", ".xliff", ".sdlxliff", ".po", ".pot"):
        raise FormatError(f"{path}: not a TMX, XLIFF or PO file")
    from termsmith.formats import ttk

    store = ttk.load(p)                 # our hardened parser first: DTDs refused
    got = []
    for u in store.units:
        if u.isheader() or not u.source:
            continue
        # getid() prefixes the file and \x04 (the PO context separator) in XLIFF.
        got.append(Pair(str(u.source), str(u.target or ""), None, None,
                        (u.getid() or "").split("\x04")[-1] or None))
    yield from orient(got, source_lang, target_lang)


def pairs_from_lines(source_path: str | Path, target_path: str | Path, *,
                     source_lang: str | None = None, target_lang: str | None = None,
                     progress: Callable[[int, int], None] | None = None) -> list[Pair]:
    """Pairs of two files with one segment per line (``--presegmented``).

    With as many lines on both sides, line i goes with line i (a blank line is an
    empty segment). Otherwise the non-blank lines are aligned as sentences by
    :func:`termsmith.align.align` (a source line may go with several target lines
    and the reverse); a line without a counterpart comes as a pair with an empty
    side and ``id == UNALIGNED``.
    """
    src, tgt = _lines(source_path), _lines(target_path)
    s_lang = source_lang or language_of(t for _, t in src)
    t_lang = target_lang or ("en" if is_chinese(s_lang) else "zh-Hans")
    if len(src) == len(tgt):
        pairs = [Pair(a, b, i, j) for (i, a), (j, b) in zip(src, tgt, strict=True)]
        return orient(pairs, s_lang, t_lang)
    from termsmith import align

    s_kept = [(n, t) for n, t in src if t.strip()]
    t_kept = [(n, t) for n, t in tgt if t.strip()]
    beads = align.align([t for _, t in s_kept], [t for _, t in t_kept], src_lang=s_lang,
                        tgt_lang=t_lang, progress=progress)
    out = []
    for b in beads:
        ss = [s_kept[i] for i in b.src]
        ts = [t_kept[j] for j in b.tgt]
        out.append(Pair(_join([t for _, t in ss], s_lang), _join([t for _, t in ts], t_lang),
                        ss[0][0] if ss else None, ts[0][0] if ts else None,
                        None if ss and ts else UNALIGNED))
    return orient(out, s_lang, t_lang)


def _join(texts: list[str], lang: str) -> str:
    return ("" if is_chinese(lang) else " ").join(t.strip() for t in texts)


def _lines(path: str | Path) -> list[tuple[int, str]]:
    """``(line number, text)`` of every line, trailing blank lines dropped."""
    from termsmith import files
    from termsmith.readers.encoding import decode

    text = decode(files.read_bytes(path), str(path)).text   # UTF-8, UTF-16, GB18030, Big5 ...
    lines = list(enumerate(text.splitlines(), 1))
    while lines and not lines[-1][1].strip():
        lines.pop()
    if not lines:
        raise SourceError(f"{path}: no text (empty or only white space)")
    return lines


def one_segment_per_line(path: str | Path) -> bool:
    """Whether a text file has several lines and no blank line between them (a presegmented
    file: one sentence or paragraph per line, as bitexts and exports are written)."""
    lines = _lines(path)
    return len(lines) > 1 and all(t.strip() for _, t in lines)


# -- the term index ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _En:
    concept: int
    text: str
    approved: bool


class _Index:
    """What the checks need of the term base, built once per run.

    For an English target (a Chinese source), ``en_ok`` finds every approved,
    not deprecated English term (short forms and acronyms included) in any
    inflection, and ``en_bad`` every deprecated one that no concept approves.
    Only approved terms go into them, so an unreviewed candidate never hides
    an approved term inside it.
    """

    def __init__(self, concepts: Sequence[Concept], segmenter: Segmenter | None) -> None:
        from termsmith.matcher import Matcher
        from termsmith.normalize import inflections, plural, singular

        self.ok: dict[int, list[str]] = {}          # concept -> acceptable Chinese, preferred first
        self.bad: dict[int, list[str]] = {}         # concept -> deprecated Chinese
        self.head: dict[int, str] = {}              # concept -> English for messages
        self.ok_owner: dict[str, set[int]] = {}     # Chinese text -> concepts accepting it
        self.latin: set[str] = set()                # Latin runs inside Chinese terms (brands)
        patterns: list[tuple[str, _En, bool]] = []
        ok_en: list[tuple[str, int, bool]] = []
        bad_en: list[tuple[str, int, bool]] = []
        self.en_pref: dict[int, str] = {}            # concept -> preferred approved English
        self.en_approved: dict[int, list[str]] = {}  # concept -> approved English, preferred first
        for c in concepts:
            if c.id is None:
                continue
            en = [t for t in c.section("en") if t.review is not Review.REJECTED]
            for t in en:
                value = _En(c.id, t.text, t.review is Review.APPROVED)
                cs = t.type is TermType.ACRONYM or (t.text.isupper() and len(t.text) <= 6)
                words = t.text.split()
                # Forms the term base has seen (Daqing Oil Field for Daqing Oilfield) count too.
                forms = {t.text, *(f for f, _ in t.variants), *(x.form for x in t.contexts if x.form)}
                if not cs:   # inflection tolerance: plural and singular of the head noun
                    forms |= {" ".join([*words[:-1], singular(words[-1])]),
                              " ".join([*words[:-1], plural(words[-1])])}
                forms |= {f.replace("'", "’") for f in forms}
                patterns += [(f, value, cs) for f in forms]
            approved_en = [t for t in en if t.review is Review.APPROVED]
            self.head[c.id] = (approved_en or en or [c.head])[0].text
            for t in sorted(c.section("en"), key=lambda t: t.usage is not Usage.PREFERRED):
                cs = t.type is TermType.ACRONYM or (t.text.isupper() and len(t.text) <= 6)
                forms = {t.text} if cs else set(inflections(t.text))
                forms |= {f.replace("'", "’") for f in forms} | {f.replace("’", "'") for f in forms}
                if t.usage is Usage.DEPRECATED:
                    bad_en += [(f, c.id, cs) for f in forms]
                elif t.review is Review.APPROVED:
                    self.en_pref.setdefault(c.id, t.text)
                    self.en_approved.setdefault(c.id, []).append(t.text)
                    ok_en += [(f, c.id, cs) for f in forms]
            zh = sorted(c.section("zh"), key=lambda t: t.usage is not Usage.PREFERRED)
            for t in zh:
                # Deprecated, whether still approved or withdrawn (review.remove_equivalent
                # marks a wrong equivalent rejected and deprecated): either way forbidden.
                if t.usage is Usage.DEPRECATED:
                    self.bad.setdefault(c.id, []).append(t.text)
                elif t.review is Review.APPROVED:
                    self.ok.setdefault(c.id, []).append(t.text)
                    self.ok_owner.setdefault(t.text, set()).add(c.id)
                self.latin.update(m.casefold() for m in _LATIN.findall(t.text))
        # A text some concept approves is never forbidden, whatever another concept says.
        self.forbidden: dict[str, list[int]] = {}
        for cid, texts in self.bad.items():
            for text in texts:
                if text not in self.ok_owner:
                    self.forbidden.setdefault(text, []).append(cid)
        self.en = Matcher(patterns)
        accepted = {f.casefold() for f, _, _ in ok_en}
        self.en_ok = Matcher(ok_en)
        self.en_bad = Matcher([x for x in bad_en if x[0].casefold() not in accepted])
        self.zh = ZhTermFinder([*self.ok_owner, *self.forbidden], segmenter)


# -- checking ---------------------------------------------------------------------

_LATIN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ \t]+[A-Za-z][A-Za-z'’\-]*)*")
_KEPT_LATIN = {"app", "apps", "wi-fi"}   # Latin words Chinese texts of the genre keep as they are
_SRC_QUOTE = re.compile(r'"([^"\n]+)"|“([^“”]+)”')
_TGT_QUOTE = re.compile(r'“([^“”]*)”|"([^"\n]*)"|「([^「」]*)」')
_PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")
_OPEN = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "（": "）", "(": ")", "【": "】"}
_CLOSE = {v: k for k, v in _OPEN.items()}
_QUOTES = set("“”‘’「」『』\"")
_CJK_OPENERS = set("“‘「『《（【")
_CJK_CLOSERS = set("”’」』》）】、，。；：？！")


class _Emit:
    """Builds findings for one pair: severity from the options, line and column from the span."""

    def __init__(self, pair: Pair, options: Options, path: str) -> None:
        self.pair, self.options, self.path = pair, options, path

    def __call__(self, check: str, message: str, *, span: tuple[int, int] | None = None,
                 source_side: bool = False, term: str | None = None, found: str | None = None,
                 expected: str | None = None, concept: int | None = None) -> Finding:
        text = self.pair.source if source_side else self.pair.target
        base = self.pair.line if source_side else self.pair.target_line
        line, column = base, None
        if span is not None:
            nl = text.rfind("\n", 0, span[0])
            line = None if base is None else base + text.count("\n", 0, span[0])
            column = span[0] - nl
        p = self.pair
        return Finding(check, self.options.severity(check), message, path=self.path, line=line,
                       column=column, term=term, found=found, expected=expected, concept=concept,
                       context=text, span=span, source_text=p.source, source_line=p.line,
                       target_text=p.target, target_line=p.target_line,
                       source_lang=p.source_lang, target_lang=p.target_lang)


def check_pairs(pairs: Iterable[Pair], concepts: Sequence[Concept], options: Options, *,
                path: str, segmenter: Segmenter | None = None) -> Iterator[Finding]:
    """Check each pair against the term base; findings of disabled checks are not computed."""
    index = _Index(concepts, segmenter)
    from termsmith.check.zh_source import Recent

    recent = Recent()               # what the previous pair said (for "this path", "its")
    for pair in pairs:
        emit = _Emit(pair, options, path)
        for f in _check(pair, index, emit, recent):
            if options.enabled(f.check):
                yield f


def _check(pair: Pair, ix: _Index, emit: _Emit, recent: Recent) -> Iterator[Finding]:
    src, tgt = pair.source, pair.target
    if pair.id == UNALIGNED:
        side, where = ("source", pair.line) if src else ("target", pair.target_line)
        yield emit("alignment", f"{side} paragraph at line {where} has no counterpart in the "
                   f"{'target' if src else 'source'}", source_side=bool(src))
        return
    if not tgt.strip():
        if src.strip():
            yield emit("empty-target", "target is empty")
        return
    if tgt.strip() == src.strip() and (re.search(r"[A-Za-z]{2}", src) or any(map(is_han, src))):
        yield emit("same-as-source", "target is a copy of the source")
        return
    if pair.chinese_source:
        from termsmith.check import zh_source

        yield from zh_source.terms(pair, ix, emit, recent)
    else:
        yield from _terms(pair, ix, emit)
    yield from _numbers(pair, emit)
    if pair.chinese_source:
        yield from zh_source.han_left(pair, emit)
    else:
        yield from _untranslated(pair, ix, emit)
    yield from _unpaired_pair(pair, emit)
    if not pair.chinese_source:
        yield from _halfwidth(tgt, emit)


def _terms(pair: Pair, ix: _Index, emit: _Emit) -> Iterator[Finding]:
    src, tgt = pair.source, pair.target
    src_quotes = [(m.start(), m.end(), (m.group(1) or m.group(2)).strip()) for m in _SRC_QUOTE.finditer(src)]
    tgt_quotes = [(m.start(), m.end(), next(g for g in m.groups() if g is not None))
                  for m in _TGT_QUOTE.finditer(tgt)]
    present: set[int] = set()
    wanted: dict[int, str] = {}                   # concept -> English form seen, approved terms only
    quoted: dict[int, int] = {}                   # concept -> index of the source quote it fills
    for m in ix.en.find(src):
        cid = m.value.concept
        present.add(cid)
        if m.value.approved:
            wanted.setdefault(cid, src[m.start:m.end])
            for qi, (qs, qe, body) in enumerate(src_quotes):
                if qs < m.start and m.end < qe and body.rstrip(",.;:!? ") == src[m.start:m.end]:
                    quoted.setdefault(cid, qi)
    found: dict[str, list[tuple[int, int]]] = {}
    for s, e, t in ix.zh.find(tgt):
        found.setdefault(t, []).append((s, e))

    for t, spans in found.items():
        for cid in ix.forbidden.get(t, ()):
            pref = ix.ok.get(cid, [])
            yield emit("forbidden-target",
                       f'"{t}" is deprecated for "{ix.head[cid]}"'
                       + (f'; use "{pref[0]}"' if pref else ""),
                       span=spans[0], term=ix.head[cid], found=t,
                       expected=pref[0] if pref else None, concept=cid)
        owners = ix.ok_owner.get(t, set())
        if owners and not owners & present:
            cid = min(owners)
            yield emit("key-term-extra", f'target has "{t}" but the source lacks "{ix.head[cid]}"',
                       span=spans[0], term=ix.head[cid], found=t, concept=cid)

    for cid, form in wanted.items():
        ok = ix.ok.get(cid)
        if not ok or any(t in found for t in ix.bad.get(cid, ())):
            continue                               # nothing to expect, or already forbidden-target
        hits = [(s, e) for t in ok for s, e in found.get(t, ())]
        if cid not in quoted:
            if not hits:
                yield emit("key-term-missing", f'target lacks "{ok[0]}" for "{form}"',
                           term=ix.head[cid], expected=ok[0], concept=cid)
            continue
        # A quoted source term: its rendering should stand, quoted, where the source quotes it.
        inside = any(qs < s and e < qe for s, e in hits for qs, qe, _ in tgt_quotes)
        counterpart = tgt_quotes[quoted[cid]] if len(tgt_quotes) == len(src_quotes) else None
        if inside or (hits and (counterpart is None or counterpart[2] in ok)):
            continue
        if counterpart is not None:
            qs, qe, body = counterpart
            yield emit("slogan-rendering", f'target renders quoted "{form}" as “{body}”, not “{ok[0]}”',
                       span=(qs + 1, qe - 1), term=ix.head[cid], found=body, expected=ok[0],
                       concept=cid)
        else:
            yield emit("slogan-rendering", f'target lacks “{ok[0]}” for quoted "{form}"',
                       term=ix.head[cid], expected=ok[0], concept=cid)


# -- numbers ----------------------------------------------------------------------


_YEAR = re.compile(r"(?:1[6-9]|20)\d\d(?:年)?")
# After an English number: it counts years ("30 years", "a 30-year", "six decades").
_DURATION = re.compile(r"[\s-]*(?:years?|decades?)\b", re.IGNORECASE)


def _numbers(pair: Pair, emit: _Emit) -> Iterator[Finding]:
    zh_source = pair.chinese_source
    en_text, zh_text = (pair.target, pair.source) if zh_source else (pair.source, pair.target)
    found = compare(en_text, zh_text)
    # Chinese has a number left that no English one matched (五千, 八 ...): every English
    # number left over is then weighed against it, never let pass. 一 is no such number: it
    # is in more words than counts (统一, 一些, 进一步, 一切), and neither is a unit alone
    # (身经百战, 百姓, 千万, 十分): idiom far more often than a count.
    spare = any(n.value > 1 and n.text not in _UNIT_ALONE for n in found.zh_spare)
    for en, zh in found.diffs:
        a, b = (zh, en) if zh_source else (en, zh)        # the source's, the target's
        if a is None and b is not None:
            if zh_source and _YEAR.fullmatch(b.text):
                # "in 1921", "by 2021": translators name the year a Chinese source leaves to
                # the reader (中国共产党成立后, 成立100年时); a wrong year is a mismatch, not this.
                yield emit("year-added", f'target names the year "{b.text}", which the source '
                           "lacks", span=(b.start, b.end), found=b.text)
            elif zh_source and not spare and _implicit(b, en_text):
                yield emit("number-implicit", f'target has "{b.text}", which the source says '
                           "without a numeral or leaves implicit", span=(b.start, b.end),
                           found=b.text)
            else:
                yield emit("number-mismatch", f'target has "{b.text}", which the source lacks',
                           span=(b.start, b.end), found=b.text)
        elif a is not None and b is None:
            if not zh_source and not spare and _implicit(a, en_text):
                yield emit("number-implicit", f'target has no numeral for the source\'s '
                           f'"{a.text}" (Chinese says it with a word, or leaves it implicit)',
                           expected=a.text)
            else:
                yield emit("number-mismatch", f'target lacks the source\'s "{a.text}"',
                           expected=a.text)
        elif a is not None and b is not None:
            if zh_source and _YEAR.fullmatch(b.text) and _counts_years(zh_text, a):
                # 成立100年时 "by 2021": an anniversary said as its year; the two are not
                # the same kind of number, so neither is wrong.
                yield emit("year-added", f'target names the year "{b.text}" where the source '
                           f'counts "{a.text}" years', span=(b.start, b.end), found=b.text,
                           expected=a.text)
            else:
                yield emit("number-mismatch", f'target has "{b.text}" where the source has '
                           f'"{a.text}"', span=(b.start, b.end), found=b.text, expected=a.text)


_UNIT_ALONE = frozenset("十拾百佰千仟万亿")


def _implicit(n: Num, en_text: str) -> bool:
    """Whether an English number is of a kind Chinese says without a numeral or leaves to
    the reader: spelled out ("the two goals": 两大目标, 双, 各; "all three": 三者), or a
    count of years ("in the past 30 years": 改革开放以来)."""
    return not n.text[:1].isdigit() or bool(_DURATION.match(en_text, n.end))


def _counts_years(zh_text: str, n: Num) -> bool:
    """Whether a Chinese number counts years (100年, 60多年, 70周年) rather than naming one."""
    rest = zh_text[n.end:].lstrip("多余")
    return n.value < 1000 and rest.startswith(("年", "周年"))


# -- form -------------------------------------------------------------------------


def _untranslated(pair: Pair, ix: _Index, emit: _Emit) -> Iterator[Finding]:
    tgt = pair.target
    glosses = [m.span() for m in _PARENS.finditer(tgt)]
    for m in _LATIN.finditer(tgt):
        run = m.group().rstrip("'’-")
        letters = sum(c.isalpha() for c in run)
        if letters < 3 or not any(c.islower() for c in run) or run.casefold() in ix.latin \
                or run.casefold() in _KEPT_LATIN:
            continue        # acronyms (GDP, CPC), units, brands written in Latin in the term base
        if any(s < m.start() < e for s, e in glosses) and f"({run})" in pair.source:
            continue        # a Latin name kept in brackets, as the source glosses it
        yield emit("untranslated", f'target keeps English "{run}"', span=(m.start(), m.start() + len(run)),
                   found=run)


def _unpaired_pair(pair: Pair, emit: _Emit) -> Iterator[Finding]:
    """Unpaired marks of both sides; a quote open on both sides is a quotation that goes on
    into the next segment (sentence-split text), not a finding."""
    src = list(_unpaired(pair.source, True, emit))
    tgt = list(_unpaired(pair.target, False, emit))
    if any(f.check == "unpaired-quote" for f in src) and any(f.check == "unpaired-quote" for f in tgt):
        src = [f for f in src if f.check != "unpaired-quote"]
        tgt = [f for f in tgt if f.check != "unpaired-quote"]
    yield from src
    yield from tgt


def _unpaired(text: str, is_src: bool, emit: _Emit) -> Iterator[Finding]:
    side = "source" if is_src else "target"
    stack: list[tuple[int, str]] = []
    bad: list[tuple[int, str]] = []
    straight = [i for i, c in enumerate(text) if c == '"']
    if len(straight) % 2:
        bad.append((straight[-1], '"'))
    for i, c in enumerate(text):
        if c in _OPEN:
            stack.append((i, c))
        elif c in _CLOSE:
            if stack and stack[-1][1] == _CLOSE[c]:
                stack.pop()
            elif any(o == _CLOSE[c] for _, o in stack):
                while stack[-1][1] != _CLOSE[c]:    # close what was left open inside
                    bad.append(stack.pop())
                stack.pop()
            elif c != "’":                          # ’ alone is an apostrophe: world’s
                bad.append((i, c))
    for i, c in sorted(bad + stack):
        kind = "unpaired-quote" if c in _QUOTES else "unpaired-bracket"
        yield emit(kind, f"{side} has an unpaired {c}", span=(i, i + 1), source_side=is_src, found=c)


def _halfwidth(text: str, emit: _Emit) -> Iterator[Finding]:
    def prev(i: int) -> str:
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        return text[j] if j >= 0 else ""

    def nxt(i: int) -> str:
        j = i + 1
        while j < len(text) and text[j] in " \t":
            j += 1
        return text[j] if j < len(text) else ""

    for i, c in enumerate(text):
        if c not in ",;:?!().":
            continue
        p, n = prev(i), nxt(i)
        zh_before = bool(p) and (is_han(p) or p in _CJK_CLOSERS)
        zh_after = bool(n) and (is_han(n) or n in _CJK_OPENERS)
        if c == ".":
            bad = zh_before and (not n or n.isspace() or zh_after)   # not 2.58, not e.g.
        else:
            bad = zh_before or zh_after
        if bad:
            full = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
                    ".": "。"}[c]
            yield emit("halfwidth-punct", f'half-width "{c}" in Chinese text; use "{full}"',
                       span=(i, i + 1), found=c, expected=full)
