"""Checks of bilingual material (aligned English–Chinese segments) against the term base.

Input is a stream of :class:`Pair` objects: paragraphs of two parallel text
files, units of a TMX file, or XLIFF/PO units read by translate-toolkit.
:func:`check_pairs` runs every enabled check on each pair:

* key terms: an approved English term in the source wants an approved Chinese
  equivalent in the target, and an approved Chinese term in the target wants
  its English in the source; deprecated Chinese equivalents are forbidden;
  quoted slogans keep their approved rendering, in quotes;
* numbers: the quantities of both sides agree (``258 million`` = ``2.58亿``);
* form: empty, untranslated or copied targets, unpaired quotes and brackets,
  half-width punctuation in Chinese.

English terms are found with one :class:`~termsmith.matcher.Matcher` pass,
Chinese ones with one automaton pass confirmed by jieba only where a match
touches other Chinese characters (:mod:`termsmith.check.segment`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from termsmith.check import Options
from termsmith.check.segment import Segmenter, ZhTermFinder, is_han
from termsmith.check.zhnum import compare_numbers, numbers_en, numbers_zh
from termsmith.errors import FormatError, SourceError
from termsmith.model import Concept, Finding, Review, Severity, TermType, TranslationUnit, Usage

__all__ = ["CHECKS", "Pair", "check_pairs", "pairs_from_file", "pairs_from_texts",
           "pairs_from_units"]

E, W = Severity.ERROR, Severity.WARNING
CHECKS: dict[str, tuple[Severity, str]] = {
    "alignment": (E, "the texts have different numbers of paragraphs; one has no counterpart"),
    "key-term-missing": (E, "an approved English term of the source lacks its approved Chinese "
                            "equivalent in the target"),
    "key-term-extra": (W, "an approved Chinese term of the target lacks all its English terms in the source"),
    "forbidden-target": (E, "the target uses a deprecated Chinese equivalent"),
    "slogan-rendering": (E, "a quoted term of the source lacks its approved, quoted rendering"),
    "number-mismatch": (E, "a number or magnitude differs between source and target, or is on one side only"),
    "untranslated": (W, "the target keeps a run of English words that is not an allowed acronym or name"),
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


# -- reading pairs ----------------------------------------------------------------


def _paragraphs(path: str | Path) -> list[tuple[int, str]]:
    """``(first line, text)`` of each blank-line-separated paragraph of a UTF-8 file."""
    from termsmith import files

    try:
        text = files.read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SourceError(f"{path}: cannot read as UTF-8 text ({e})") from e
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
    """Pairs of translation units that have a ``src`` segment (a missing target is empty)."""
    for u in units:
        s = u.text(src)
        if s is not None:
            yield Pair(s, u.text(tgt) or "", None, None, u.id)


def pairs_from_file(path: str | Path) -> Iterator[Pair]:
    """Pairs of a TMX, XLIFF or PO file (XLIFF and PO through translate-toolkit)."""
    from termsmith import files

    suffix = Path(path).suffix.lower()
    if suffix not in (".tmx", ".xlf", ".xliff", ".sdlxliff", ".po", ".pot"):
        raise FormatError(f"{path}: not a TMX, XLIFF or PO file")
    p = files.input_file(path)
    if suffix == ".tmx":
        from termsmith.formats import tmx

        yield from pairs_from_units(tmx.read(p))
        return
    if suffix not in (".xlf", ".xliff", ".sdlxliff", ".po", ".pot"):
        raise FormatError(f"{path}: not a TMX, XLIFF or PO file")
    from termsmith.formats import ttk

    store = ttk.load(p)                 # our hardened parser first: DTDs refused
    for u in store.units:
        if u.isheader() or not u.source:
            continue
        # getid() prefixes the file and \x04 (the PO context separator) in XLIFF.
        yield Pair(str(u.source), str(u.target or ""), None, None,
                   (u.getid() or "").split("\x04")[-1] or None)


# -- the term index ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _En:
    concept: int
    text: str
    approved: bool


class _Index:
    """What the checks need of the term base, built once per run."""

    def __init__(self, concepts: Sequence[Concept], segmenter: Segmenter | None) -> None:
        from termsmith.matcher import Matcher
        from termsmith.normalize import plural, singular

        self.ok: dict[int, list[str]] = {}          # concept -> acceptable Chinese, preferred first
        self.bad: dict[int, list[str]] = {}         # concept -> deprecated Chinese
        self.head: dict[int, str] = {}              # concept -> English for messages
        self.ok_owner: dict[str, set[int]] = {}     # Chinese text -> concepts accepting it
        self.latin: set[str] = set()                # Latin runs inside Chinese terms (brands)
        patterns: list[tuple[str, _En, bool]] = []
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
        return Finding(check, self.options.severity(check), message, path=self.path, line=line,
                       column=column, term=term, found=found, expected=expected, concept=concept,
                       context=text, span=span)


def check_pairs(pairs: Iterable[Pair], concepts: Sequence[Concept], options: Options, *,
                path: str, segmenter: Segmenter | None = None) -> Iterator[Finding]:
    """Check each pair against the term base; findings of disabled checks are not computed."""
    index = _Index(concepts, segmenter)
    for pair in pairs:
        emit = _Emit(pair, options, path)
        for f in _check(pair, index, emit):
            if options.enabled(f.check):
                yield f


def _check(pair: Pair, ix: _Index, emit: _Emit) -> Iterator[Finding]:
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
    if tgt.strip() == src.strip() and re.search(r"[A-Za-z]{2}", src):
        yield emit("same-as-source", "target is a copy of the source")
        return
    yield from _terms(pair, ix, emit)
    yield from _numbers(pair, emit)
    yield from _untranslated(pair, ix, emit)
    for text, is_src in ((src, True), (tgt, False)):
        yield from _unpaired(text, is_src, emit)
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


def _numbers(pair: Pair, emit: _Emit) -> Iterator[Finding]:
    for a, b in compare_numbers(pair.source, pair.target):
        if a is not None and b is not None:
            yield emit("number-mismatch", f'target has "{b.text}" where the source has "{a.text}"',
                       span=(b.start, b.end), found=b.text, expected=a.text)
        elif a is not None:
            yield emit("number-mismatch", f'target lacks the source\'s "{a.text}"', expected=a.text)
        elif b is not None:
            yield emit("number-mismatch", f'target has "{b.text}", which the source lacks',
                       span=(b.start, b.end), found=b.text)


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
