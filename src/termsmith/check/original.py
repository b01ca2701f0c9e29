"""Check a term base against its English original, and against itself.

Check ids (stable; default severity in brackets):

* ``stale-term`` [warning]: a term harvested from this document no longer occurs in it.
* ``stale-context`` [info]: a recorded context sentence is no longer at its line.
* ``variant-spelling`` [warning]: a near-miss spelling of a multi-word term
  (``Great Northern Wildness`` for ``Great Northern Wilderness``).
* ``variant-inflection`` [warning]: singular/plural changed in a fixed expression or a name.
* ``variant-case`` [warning]: a name lowercased, a token restyled (``Co. LTD.`` / ``Co. Ltd.``).
* ``variant-spacing`` [warning]: spacing or hyphenation (``Oil Field`` / ``Oilfield``).
* ``variant-numeral`` [warning]: ``9th`` / ``Ninth``, ``nine`` / ``9``.
* ``variant-order`` [warning]: a coordination flipped (``snow and ice`` / ``ice and snow``).
* ``deprecated-term`` [error]: a deprecated term used; the message names the preferred one.
* ``unit-conversion`` [error]: a unit gloss that does not convert (``100 mu (10 hectares)``).
* ``acronym-mismatch`` [warning]: an acronym whose letters do not fit the name before it.
* ``acronym-expansion`` [warning]: an acronym expanded two ways, or unlike the term base.
* ``gloss-differs`` [warning]: a scientific name or clarification unlike the term base's.
* ``gloss-inconsistent`` [warning]: one term glossed two ways in the document.
* ``zh-two-equivalents``, ``en-two-renderings``, ``duplicate-concept`` [warning]: term
  base integrity, see :func:`check_termbase`.

Variant checks run one Aho-Corasick pass (:class:`~termsmith.matcher.Matcher`) over
patterns generated from every term (case is free: the matcher folds it; spacing,
hyphenation, number, numeral and order variants are generated, one change each),
then :func:`classify` names the difference. Fuzzy spelling looks up the windows
around each rare word of the document in a masked-word index of the terms. Glosses
are recomputed from the glossed-phrase harvester's candidates.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from termsmith.check import CHECKS as _REGISTRY
from termsmith.check import Options
from termsmith.check import units as unit_table
from termsmith.document import Document, Role, Segment
from termsmith.harvest.lexicon import FUNCTION_WORDS, zipf
from termsmith.harvest.merge import form_key, key, singular
from termsmith.matcher import Match, Matcher, fold
from termsmith.model import Concept, Finding, Gloss, GlossType, Review, Severity, Term, TermType, Usage
from termsmith.text import sentences, squash

__all__ = ["CHECKS", "check_original", "check_termbase"]

_W, _E, _I = Severity.WARNING, Severity.ERROR, Severity.INFO
CHECKS: dict[str, tuple[Severity, str]] = {
    "stale-term": (_W, "a term harvested from the document no longer occurs in it"),
    "stale-context": (_I, "a recorded context sentence no longer matches its line"),
    "variant-spelling": (_W, "a near-miss spelling of a known multi-word term"),
    "variant-inflection": (_W, "singular/plural changed in a fixed expression or name"),
    "variant-case": (_W, "capitalisation differs from the approved form"),
    "variant-spacing": (_W, "spacing or hyphenation differs from the approved form"),
    "variant-numeral": (_W, "numeral style differs (9th / Ninth)"),
    "variant-order": (_W, "a coordinated phrase in the other order (snow and ice)"),
    "deprecated-term": (_E, "a deprecated term is used"),
    "unit-conversion": (_E, "a unit conversion gloss does not add up"),
    "acronym-mismatch": (_W, "an acronym's letters do not fit the name it glosses"),
    "acronym-expansion": (_W, "an acronym expanded two ways, or unlike the term base"),
    "gloss-differs": (_W, "a gloss differs from the one in the term base"),
    "gloss-inconsistent": (_W, "a term is glossed differently in two places"),
    "zh-two-equivalents": (_W, "one English term has two Chinese equivalents"),
    "en-two-renderings": (_W, "one Chinese term has two English renderings"),
    "duplicate-concept": (_W, "two concepts share an English term"),
}

_REGISTRY.update(CHECKS)     # registered at import; all_checks() imports every module

_QUOTES = '"“”'
_NO_QUOTES = str.maketrans("", "", _QUOTES)
_TOKEN = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*\.?")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
             "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
             "nineteenth twentieth").split()
_CARDINALS = ("one two three four five six seven eight nine ten eleven twelve thirteen "
              "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
# Word <-> digits, both ways: "ninth" <-> "9th", "nine" <-> "9" (one to twenty).
_NUMERALS: dict[str, str] = {}
for _n, (_o, _c) in enumerate(zip(_ORDINALS, _CARDINALS, strict=True), start=1):
    _d = f"{_n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(_n, 'th')}"
    _NUMERALS.update({_o: _d, _d: _o, _c: str(_n), str(_n): _c})
_CUTS = frozenset({"for", "of", "in", "on"})   # where a titled name may be shortened


@dataclass(frozen=True, slots=True)
class _Ref:
    """A term of the term base, flattened for matching."""

    concept: Concept
    term: Term
    rank: tuple[int, int, int, int]

    @property
    def cid(self) -> int | None:
        return self.concept.id


@dataclass(frozen=True, slots=True)
class _Pat:
    """What a matched pattern means: an exact term, a variant, a deprecated term ..."""

    kind: str                    # exact | variant | deprecated | prefix | binomial
    ref: int | None              # index into the refs; None for a binomial
    expected: str                # the approved form
    present: tuple[int, ...]     # refs this form proves present (stale-term)
    note: str = ""


def check_original(concepts: Sequence[Concept], document: Document, options: Options, *,
                   integrity: bool = False) -> Iterator[Finding]:
    """Check the term base ``concepts`` (with contexts) against an English original.

    The term-base checks (:func:`check_termbase`) need no document and are run once
    by the caller, however many documents it checks; ``integrity=True`` adds them here.
    """
    refs = _refs(concepts)
    yield from _Scan(refs, document, options).run()
    yield from _glosses(refs, document, options)
    if integrity:
        yield from check_termbase(concepts, options)


# -- the term base, flattened -------------------------------------------------------

def _refs(concepts: Sequence[Concept]) -> list[_Ref]:
    out = []
    for c in concepts:
        for t in c.section("en"):
            if t.review is not Review.REJECTED:
                rank = (("rejected", "candidate", "approved").index(t.review.value),
                        ("deprecated", "admitted", "preferred").index(t.usage.value),
                        len(t.contexts), -(c.id or 0))
                out.append(_Ref(c, t, rank))
    return out


def _case_sensitive(r: _Ref) -> bool:
    t = r.term.text
    return (r.term.type is TermType.ACRONYM or r.concept.kind in ("acronym", "unit")
            or (t.isupper() and sum(ch.isalpha() for ch in t) >= 2))


def _titled(text: str) -> bool:
    """A name or title: some word after the first is capitalised (``Daqing Oilfield``)."""
    ws = text.split()
    return any(w[:1].isupper() for w in ws[1:]) or (len(ws) == 1 and text[:1].isupper())


def _fixed_number(r: _Ref) -> bool:
    """Whether singular/plural is part of the term (a name, a slogan), not grammar."""
    n = len(r.term.text.split())
    return n >= 2 and _titled(r.term.text) or n >= 3 and (
        r.concept.kind in ("quoted", "explained") or r.term.type is TermType.PHRASE)


def _standing(r: _Ref | None) -> str:
    """How the message names the expected form: approved, preferred, or just recorded."""
    if r is not None and r.term.review is Review.APPROVED:
        return "approved"
    return "preferred" if r is not None and r.term.usage is Usage.PREFERRED else "recorded"


def _preferred(concept: Concept) -> Term | None:
    usable = [t for t in concept.section("en")
              if t.usage is not Usage.DEPRECATED and t.review is not Review.REJECTED]
    return next((t for t in usable if t.usage is Usage.PREFERRED), usable[0] if usable else None)


# -- variant generation and classification -------------------------------------------

def _variants(text: str) -> set[str]:
    """Spacing, hyphenation, number, numeral and order variants of a term (one change each)."""
    ws = text.split()
    out: set[str] = set()
    for i in range(len(ws) - 1):
        a, b = ws[i], ws[i + 1]
        if a.isalpha() and b.isalpha() and a.lower() not in FUNCTION_WORDS \
                and b.lower() not in FUNCTION_WORDS:
            out |= {" ".join([*ws[:i], a + b.lower(), *ws[i + 2:]]),
                    " ".join([*ws[:i], f"{a}-{b}", *ws[i + 2:]])}
    for i, w in enumerate(ws):
        if "-" in w:
            out |= {" ".join([*ws[:i], w.replace("-", " "), *ws[i + 1:]]),
                    " ".join([*ws[:i], w.replace("-", ""), *ws[i + 1:]])}
        elif (split := _compound_split(w)) is not None:
            out.add(" ".join([*ws[:i], split, *ws[i + 1:]]))
        swapped = _NUMERALS.get(w.lower())
        if swapped is not None:
            out.add(" ".join([*ws[:i], swapped.capitalize() if w[0].isupper() else swapped,
                              *ws[i + 1:]]))
        if ws[i].lower() == "and" and 0 < i < len(ws) - 1:
            out.add(" ".join([*ws[:i - 1], ws[i + 1], "and", ws[i - 1], *ws[i + 2:]]))
    last = ws[-1]
    if last.isalpha() and len(last) > 2 and not last.isupper():
        sing = singular(last)
        if sing != last:
            out.add(" ".join([*ws[:-1], sing]))
        elif len(ws) > 1 or text[:1].isupper():
            import inflection  # lazy, as in harvest.merge

            out.add(" ".join([*ws[:-1], inflection.pluralize(last)]))
    out.discard(text)
    return out


def _compound_split(word: str) -> str | None:
    """``Oilfield`` → ``Oil field``: a closed compound of two common words, if it is one."""
    if not word.isalpha() or len(word) < 7:
        return None
    low = word.lower()
    best: tuple[float, int] | None = None
    for i in range(3, len(low) - 2):
        score = min(zipf(low[:i]), zipf(low[i:]))
        if score >= 4.0 and (best is None or score > best[0]):
            best = (score, i)
    return None if best is None else f"{word[:best[1]]} {word[best[1]:]}"


def _numeral_norm(text: str) -> str:
    return " ".join(_word_numeral(w) for w in fold(text).split())


def _word_numeral(w: str) -> str:
    got = _NUMERALS.get(w, w)
    return got if got.isalpha() else w      # words are the normal form


def _order_norm(text: str) -> str:
    ws = fold(text).split()
    for i in range(1, len(ws) - 1):
        if ws[i] == "and":
            ws[i - 1], ws[i + 1] = sorted((ws[i - 1], ws[i + 1]))
    return " ".join(ws)


_TYPOGRAPHY = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "\u00a0": " "})


def classify(found: str, expected: str) -> str | None:
    """The variant check id that tells ``found`` from ``expected`` (None if equal).

    Typographic differences (curly or straight apostrophes, dashes) are not variants.
    """
    found, expected = found.translate(_TYPOGRAPHY), expected.translate(_TYPOGRAPHY)
    if found == expected:
        return None
    if fold(found) == fold(expected):
        return "variant-case"
    if key(found) == key(expected):
        same_spacing = form_key(found) == form_key(expected)
        if not same_spacing and re.sub(r"[\s\-]", "", form_key(found)) == \
                re.sub(r"[\s\-]", "", form_key(expected)):
            return "variant-spacing"
        return "variant-inflection"
    if _numeral_norm(found) == _numeral_norm(expected):
        return "variant-numeral"
    if _order_norm(found) == _order_norm(expected):
        return "variant-order"
    return "variant-spelling"


# -- the document scan -------------------------------------------------------------

class _Scan:
    """One automaton pass over the document for stale terms, variants and case."""

    def __init__(self, refs: list[_Ref], document: Document, options: Options) -> None:
        self.refs, self.doc, self.options = refs, document, options
        self.present: set[int] = set()
        self.styles = _token_styles(refs)
        self.matched: dict[int, list[tuple[int, int]]] = defaultdict(list)   # line -> spans
        # Terms are matched without double quotes, as harvested slogans are stored.
        self.texts = [squash(r.term.text.translate(_NO_QUOTES)) or r.term.text for r in refs]

    def run(self) -> Iterator[Finding]:
        matcher = Matcher(self._patterns())
        segments = self.doc.content()
        for seg in segments:
            yield from self._segment(seg, matcher)
        if self.options.enabled("variant-spelling"):
            yield from _fuzzy(self.refs, segments, self.matched, self.present, self.options,
                              self.doc.path)
        yield from self._stale(segments)

    def _patterns(self) -> list[tuple[str, _Pat, bool]]:
        exact: dict[str, list[int]] = defaultdict(list)
        variants: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i, r in enumerate(self.refs):
            text = self.texts[i]
            exact[fold(text)].append(i)
            if _case_sensitive(r) or r.term.usage is Usage.DEPRECATED:
                continue
            forms = _variants(text) | {squash(c.form) for c in r.term.contexts
                                       if key(c.form) == key(text)}
            for v in forms:
                variants[fold(v)].append((i, v))
        out: list[tuple[str, _Pat, bool]] = []
        for f, idx in exact.items():
            out.append(self._resolve_exact(idx, variants.pop(f, [])))
        for vs in variants.values():
            i, v = max(vs, key=lambda iv: self.refs[iv[0]].rank)
            out.append((v, _Pat("variant", i, self.texts[i], tuple(j for j, _ in vs)), False))
        taken = {fold(pattern) for pattern, _, _ in out}
        out += [p for p in _prefixes(self.refs) if fold(p[0]) not in taken]
        out += [p for p in _binomials(self.refs) if fold(p[0]) not in taken]
        return out

    def _resolve_exact(self, idx: list[int],
                       rivals: list[tuple[int, str]]) -> tuple[str, _Pat, bool]:
        refs, texts = self.refs, self.texts
        live = [i for i in idx if refs[i].term.usage is not Usage.DEPRECATED]
        present = tuple(idx)
        if not live:    # only a deprecated term has this form
            i = idx[0]
            pref = _preferred(refs[i].concept)
            return (texts[i], _Pat("deprecated", i, pref.text if pref else "", present), False)
        best = max(live, key=lambda i: refs[i].rank)
        own = {refs[i].cid for i in live}
        # A form that is its own (unreviewed) entry but a variant of a stronger term of
        # another concept, e.g. "Ninth Asian Winter Games" beside "9th Asian Winter Games".
        outside = [(i, v) for i, v in rivals if refs[i].cid not in own]
        if outside and refs[best].term.review is not Review.APPROVED:
            j, v = max(outside, key=lambda iv: refs[iv[0]].rank)
            if refs[j].rank > refs[best].rank:
                return (v, _Pat("variant", j, texts[j], present), False)
        return (texts[best], _Pat("exact", best, texts[best], present),
                _case_sensitive(refs[best]))

    def _segment(self, seg: Segment, matcher: Matcher[_Pat]) -> Iterator[Finding]:
        text = seg.text
        mtext, offs = _strip_quotes(text)
        found_all = list(matcher.find_all(mtext))
        for m in found_all:
            self.present.update(m.value.present)
        for m in _longest(found_all):
            start, end = offs[m.start], offs[m.end - 1] + 1
            self.matched[seg.line].append((start, end))
            yield from self._judge(seg, start, end, mtext[m.start:m.end], m.value)

    def _judge(self, seg: Segment, start: int, end: int, found: str,
               p: _Pat) -> Iterator[Finding]:
        ref = self.refs[p.ref] if p.ref is not None else None
        cid = ref.cid if ref else None
        term = ref.term.text if ref else p.expected
        if p.kind == "deprecated":
            alt = f'; use "{p.expected}"' if p.expected else ""
            yield _finding("deprecated-term", self.options, self.doc.path, seg, start, end,
                           f'"{found}" is deprecated{alt}', term, p.expected or None, cid)
            return
        if p.kind == "binomial":
            yield _finding("variant-order", self.options, self.doc.path, seg, start, end,
                           f'"{found}" reverses "{p.expected}", the order used in {p.note}',
                           term, p.expected, None)
            return
        check = classify(found, p.expected)
        if p.kind == "prefix" and check != "variant-case":
            return
        if check == "variant-case":
            if not _case_matters(found, p.expected, seg, start):
                return
        elif check == "variant-inflection" and ref is not None and not _fixed_number(ref):
            return
        if check is not None:
            what = "shortened title" if p.kind == "prefix" else _standing(ref)
            yield _finding(check, self.options, self.doc.path, seg, start, end,
                           f'"{found}" is a variant of the {what} "{p.expected}"', term,
                           p.expected, cid)
            return
        restyled = _restyle(found, self.styles)
        if restyled is not None and _titled(found):
            yield _finding("variant-case", self.options, self.doc.path, seg, start, end,
                           f'"{found}" is styled unlike other names: "{restyled}"', term,
                           restyled, cid)

    def _stale(self, segments: list[Segment]) -> Iterator[Finding]:
        by_line = {s.line: squash(s.text) for s in segments}
        path = self.doc.path
        # One stale-context finding per line, not per term: an edit above shifts every
        # later line, and a finding per term would bury the real news.
        stale: dict[int | None, dict[str, list[_Ref]]] = defaultdict(lambda: defaultdict(list))
        for i, r in enumerate(self.refs):
            mine = [c for c in r.term.contexts if _same_source(c.source, path)]
            if not mine:
                continue
            if i not in self.present and r.term.usage is not Usage.DEPRECATED:
                yield _note("stale-term", self.options, path, mine[0].line,
                            f'"{r.term.text}" no longer occurs in {os.path.basename(path)}',
                            r.term.text, r.cid, mine[0].sentence)
            for c in mine:
                if c.line is None or squash(c.sentence) not in by_line.get(c.line, ""):
                    stale[c.line][squash(c.sentence)].append(r)
        if not stale or not self.options.enabled("stale-context"):
            return
        now_at: dict[str, int] = {}
        for s in segments:
            for a, b in sentences(s.text):
                now_at.setdefault(squash(s.text[a:b]), s.line)
        for line, by_sentence in stale.items():
            rs = [r for group in by_sentence.values() for r in group]
            names = list(dict.fromkeys(r.term.text for r in rs))
            shown = ", ".join(f'"{n}"' for n in names[:3]) + (" ..." if len(names) > 3 else "")
            moved = {now_at.get(sent) for sent in by_sentence}
            where = (f"moved to line {moved.pop()}" if len(moved) == 1 and None not in moved
                     else "changed" if moved == {None} else "changed or moved")
            yield _note("stale-context", self.options, path, line,
                        f"the context at line {line} of {shown} has {where}", names[0],
                        rs[0].cid, next(iter(by_sentence)))


def _prefixes(refs: list[_Ref]) -> Iterator[tuple[str, _Pat, bool]]:
    """Short forms of long titles, cut before a preposition, to catch them lowercased.

    ``the 60 measures for talent revitalization`` shortens and lowercases the
    programme ``60 Measures for Talent Revitalization in Heilongjiang in the New
    Era``. Only distinctive prefixes (a figure or a rare word, three words or more)
    are used, so ``the food safety commission`` is not taken for a title.
    """
    for i, r in enumerate(refs):
        ws = r.term.text.split()
        if len(ws) < 4 or not _titled(r.term.text) or _case_sensitive(r):
            continue
        for k in range(3, len(ws)):
            if ws[k] in _CUTS and ws[k - 1].lower() not in FUNCTION_WORDS:
                head = ws[:k]
                text = " ".join(head)
                if _distinctive(text):
                    yield text, _Pat("prefix", i, text, (i,)), False


def _binomials(refs: list[_Ref]) -> Iterator[tuple[str, _Pat, bool]]:
    """Flipped coordinations: ``snow and ice`` where the terms say ``ice and snow``."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in refs:
        ws = fold(r.term.text).split()
        for i in range(1, len(ws) - 1):
            a, b = ws[i - 1], ws[i + 1]
            if ws[i] == "and" and a.isalpha() and b.isalpha() and len(a) > 2 and len(b) > 2 \
                    and a not in FUNCTION_WORDS and b not in FUNCTION_WORDS:
                seen[(a, b)].add(r.term.text)
    for (a, b), terms in seen.items():
        # Only an order the term base uses repeatedly counts as established.
        if len(terms) >= 2 and len(seen.get((b, a), ())) * 2 < len(terms):
            example = sorted(terms, key=len)[0]
            yield (f"{b} and {a}",
                   _Pat("binomial", None, f"{a} and {b}", (),
                        note=f'{len(terms)} terms such as "{example}"'), False)


def _strip_quotes(text: str) -> tuple[str, Sequence[int]]:
    """``text`` without double quotes (terms are stored unquoted), and the offset map."""
    if not any(q in text for q in _QUOTES):
        return text, range(len(text) + 1)
    keep = [i for i, ch in enumerate(text) if ch not in _QUOTES]
    return "".join(text[i] for i in keep), [*keep, len(text)]


def _longest(matches: list[Match[_Pat]]) -> list[Match[_Pat]]:
    """Leftmost-longest, non-overlapping matches."""
    best: dict[int, Match[_Pat]] = {}
    for m in matches:
        if m.start not in best or m.end > best[m.start].end:
            best[m.start] = m
    out, last = [], -1
    for s in sorted(best):
        if s >= last:
            out.append(best[s])
            last = best[s].end
    return out


def _sentence_initial(text: str, start: int) -> bool:
    s0 = next((s for s, e in sentences(text) if s <= start < e), 0)
    return not text[s0:start].strip(" \"'“‘([")


def _case_matters(found: str, expected: str, seg: Segment, start: int) -> bool:
    """Whether a case difference is a finding, not sentence or headline capitalisation."""
    if seg.role is Role.TITLE:
        return False        # headlines are title-cased by convention
    fw, ew = found.split(), expected.split()
    initial = _sentence_initial(seg.text, start)
    for k, (f, e) in enumerate(zip(fw, ew, strict=False)):
        if f == e or (k == 0 and initial and f == e[:1].upper() + e[1:]):
            continue
        if not e.islower():
            # A name lowercased, or a token restyled (LTD / Ltd). A title made of common
            # words ("Promoting High-Quality Development") is also an ordinary phrase
            # when lowercased; only a quoted use of it is then the title.
            return not f.islower() or _distinctive(expected) or _quoted(seg.text, start)
        # A lowercase term capitalised: a finding unless it is part of a longer name.
        if len(ew) > 1 and not _next_to_capital(seg.text, start, start + len(found)):
            return True
    return False


def _distinctive(text: str) -> bool:
    """A figure or a rare word (a place, a brand): the phrase cannot be ordinary English."""
    return any(p[:1].isdigit() or (p.isalpha() and zipf(p.lower()) < 3.0)
               for p in re.split(r"[\s\-]+", text))


def _quoted(text: str, start: int) -> bool:
    return text[:start].rstrip()[-1:] in ("\"", "“", "‘", "'")


def _next_to_capital(text: str, start: int, end: int) -> bool:
    before = text[:start].split()[-1:]
    after = text[end:].split()[:1]
    return any(w[:1].isupper() for w in before + after)


def _token_styles(refs: list[_Ref]) -> dict[str, str]:
    """Tokens written two ways across titled names (``Ltd.`` / ``LTD.``): the usual form."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for r in refs:
        if _titled(r.term.text) and len(r.term.text.split()) > 1 and not _case_sensitive(r):
            for w in r.term.text.split():
                if not w.islower() and sum(ch.isalpha() for ch in w) >= 2:
                    forms[fold(w)][w] += 10 if r.term.review is Review.APPROVED else 1
    out = {}
    for f, c in forms.items():
        if len(c) > 1:     # the most common form; on a tie, Title over UPPER case
            out[f] = max(c, key=lambda w: (c[w], not w.isupper()))
    return out


def _restyle(found: str, styles: dict[str, str]) -> str | None:
    ws = found.split()
    fixed = [styles.get(fold(w), w) if not w.islower() else w for w in ws]
    return " ".join(fixed) if fixed != ws else None


def _same_source(a: str, b: str) -> bool:
    # Paths are stored as given at harvest time; the same file may be named from
    # another directory, so fall back to the file name.
    return a == b or os.path.abspath(a) == os.path.abspath(b) or \
        os.path.basename(a) == os.path.basename(b)


# -- findings ----------------------------------------------------------------------

def _finding(check: str, options: Options, path: str, seg: Segment, start: int, end: int,
             message: str, term: str | None, expected: str | None,
             concept: int | None) -> Finding:
    s0, s1 = next(((s, e) for s, e in sentences(seg.text) if s <= start < e),
                  (0, len(seg.text)))
    s1 = max(s1, end)
    return Finding(check=check, severity=options.severity(check), message=message, path=path,
                   line=seg.line, column=start + 1, term=term, found=seg.text[start:end],
                   expected=expected, concept=concept, context=seg.text[s0:s1],
                   span=(start - s0, end - s0))


def _note(check: str, options: Options, path: str | None, line: int | None, message: str,
          term: str | None, concept: int | None, context: str | None = None) -> Finding:
    return Finding(check=check, severity=options.severity(check), message=message, path=path,
                   line=line, term=term, concept=concept, context=context)


# -- fuzzy spelling ----------------------------------------------------------------

_MAX_WORDS = 8      # longer names are rarely misspelt as a whole; keeps the index small


def _fuzzy(refs: list[_Ref], segments: list[Segment], matched: dict[int, list[tuple[int, int]]],
           present: set[int], options: Options, path: str) -> Iterator[Finding]:
    """Word windows that equal a multi-word term except one near-miss word.

    Index: each term once per word position, with that word masked. A misspelt
    word is rare and unknown to the terms' vocabulary, so only windows around
    such a word are looked up: the cost grows with the document's rare words,
    not with its length times the number of terms.
    """
    index: dict[tuple[str | None, ...], list[tuple[int, str]]] = defaultdict(list)
    vocab: set[str] = set()
    known_forms = {fold(r.term.text) for r in refs}
    for i, r in enumerate(refs):
        ws = [fold(w) for w in _words(r.term.text)]
        if not 2 <= len(ws) <= _MAX_WORDS or _case_sensitive(r) \
                or r.term.usage is Usage.DEPRECATED:
            continue
        vocab.update(ws)
        for k, w in enumerate(ws):
            if len(w) >= 5 and w.isalpha() and w not in FUNCTION_WORDS:
                index[(*ws[:k], None, *ws[k + 1:])].append((i, w))
    lengths = sorted({len(k) for k in index}, reverse=True)
    for seg in segments:
        # A token keeps its dot for abbreviations (Co.); a window ends before a full stop.
        toks = [(m.start(), m.start() + len(w), fold(w)) for m in _TOKEN.finditer(seg.text)
                for w in [m.group().rstrip(".")]]
        words = [w for _, _, w in toks]
        for t, w in enumerate(words):
            if w in vocab or len(w) < 4 or not w.isalpha() or zipf(w) >= 3.0:
                continue
            hit = _lookup(words, t, lengths, index)
            if hit is None:
                continue
            a, b, i = hit
            start, end = toks[a][0], toks[b - 1][1]
            if refs[i].term.text.endswith(".") and seg.text[end:end + 1] == ".":
                end += 1     # "Co. Ltd." keeps its dot
            found = seg.text[start:end]
            if fold(found) in known_forms or any(s <= start and end <= e
                                                 for s, e in matched.get(seg.line, ())):
                continue     # another known term, or already judged by the automaton
            r = refs[i]
            present.add(i)
            yield _finding("variant-spelling", options, path, seg, start, end,
                           f'"{found}" looks like a misspelling of "{r.term.text}"',
                           r.term.text, r.term.text, r.cid)


def _lookup(words: list[str], t: int, lengths: list[int],
            index: dict[tuple[str | None, ...], list[tuple[int, str]]]
            ) -> tuple[int, int, int] | None:
    """The longest window around ``words[t]`` that is a term but for a near miss there."""
    for n in lengths:
        for a in range(max(0, t - n + 1), min(t, len(words) - n) + 1):
            masked = (*words[a:t], None, *words[t + 1:a + n])
            for i, expected in index.get(masked, ()):
                if _near_miss(words[t], expected):
                    return a, a + n, i
    return None


def _words(text: str) -> list[str]:
    return [m.group().rstrip(".") for m in _TOKEN.finditer(text)]


def _near_miss(found: str, expected: str) -> bool:
    """A dropped, added, changed or swapped letter or two, and not an ordinary word."""
    if found == expected or found[:1] != expected[:1] or singular(found) == singular(expected):
        return False
    limit = 2 if len(expected) >= 8 else 1
    if abs(len(found) - len(expected)) > limit or any(ch.isdigit() for ch in found):
        return False
    # "form" for "from" is a real word: the writer meant it, or a spell checker cannot help.
    return zipf(found) < 3.0 and _distance(found, expected, limit) <= limit


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without re-edits), capped."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


# -- glosses recomputed in the document ---------------------------------------------

def _glosses(refs: list[_Ref], document: Document, options: Options) -> Iterator[Finding]:
    """Unit conversions, acronyms and other glosses found by the glossed harvester."""
    from termsmith.harvest import glossed
    from termsmith.harvest.base import Kind

    by_key: dict[str, list[_Ref]] = defaultdict(list)
    for r in refs:
        by_key[key(r.term.text)].append(r)
    segs = {s.line: s for s in document.content()}
    expansions: dict[str, tuple[str, int, int]] = {}     # acronym -> (expansion, line, col)
    glossed_as: _Glossed = defaultdict(list)
    for cand in glossed.harvest(document.segments):
        o, g = cand.occurrence, cand.gloss
        seg = segs.get(o.line)
        if seg is None:
            continue
        base = max(seg.text.find(o.sentence), 0)
        start, end = base + o.start, base + o.end
        if cand.kind is Kind.UNIT and g is not None:
            yield from _conversion(g, seg, start, document.path, options)
        elif cand.kind is Kind.ACRONYM:
            known = _expansions(cand.term, by_key)
            yield from _acronym(cand.term, g.text if g else None, seg, start, end, known,
                                expansions, document.path, options)
        elif g is not None and g.type in (GlossType.SCIENTIFIC, GlossType.CLARIFICATION):
            yield from _other_gloss(cand.term, g.type, g.text, seg, start, end, by_key,
                                    glossed_as, document.path, options)


def _conversion(g: Gloss, seg: Segment, start: int, path: str,
                options: Options) -> Iterator[Finding]:
    square = seg.text[:start].rstrip().lower().endswith("square")
    conv = unit_table.recompute(g, square=square)
    if conv is None or conv.ok:
        return
    at = seg.text.find("(", start)
    g0 = seg.text.find(g.text, at) if at >= 0 else -1
    s, e = (g0, g0 + len(g.text)) if g0 >= 0 else (start, start + len(g.unit or ""))
    about = "about " if conv.approximate else ""
    yield _finding("unit-conversion", options, path, seg, s, e,
                   f"{unit_table.format_quantity(conv.quantity)} {conv.unit} is "
                   f"{about}{conv.expected_text()}, not {g.text}", g.unit, conv.expected_text(),
                   None)


def _expansions(acro: str, by_key: dict[str, list[_Ref]]) -> list[str]:
    """The term base's full forms of ``acro`` (terms of the concepts it belongs to)."""
    return [t.text for r in by_key.get(key(acro), ()) if r.term.text == acro
            for t in r.concept.section("en")
            if t.type is not TermType.ACRONYM and t.text != acro
            and t.review is not Review.REJECTED and t.usage is not Usage.DEPRECATED]


def _acronym(acro: str, exp: str | None, seg: Segment, start: int, end: int,
             known: list[str], seen: dict[str, tuple[str, int, int]], path: str,
             options: Options) -> Iterator[Finding]:
    if exp is None:
        name = _name_before(seg.text, start)
        if name is not None:
            hint = f'; the term base expands it as "{known[0]}"' if known else ""
            yield _finding("acronym-mismatch", options, path, seg, start, end,
                           f'the letters of "{acro}" do not fit "{name}"{hint}', acro,
                           known[0] if known else None, None)
        return
    if acro in seen and key(seen[acro][0]) != key(exp):
        first, line, col = seen[acro]
        yield _finding("acronym-expansion", options, path, seg, start, end,
                       f'"{acro}" is expanded as "{exp}" here but as "{first}" at line '
                       f'{line}', acro, first, None)
    elif known and all(key(k) != key(exp) for k in known):
        yield _finding("acronym-expansion", options, path, seg, start, end,
                       f'"{acro}" is expanded as "{exp}"; the term base has "{known[0]}"',
                       acro, known[0], None)
    seen.setdefault(acro, (exp, seg.line, start + 1))


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’\-]*\s+(?:(?:of|and|the|for|on|in|&)\s+)*)+)\($")


def _name_before(text: str, paren_content: int) -> str | None:
    """The capitalised name right before ``(ACRONYM)``, if it has two or more words."""
    # The last 200 characters hold any name an acronym abbreviates, and bound the search.
    m = _NAME_BEFORE.search(text[max(0, paren_content - 200):paren_content])
    if m is None:
        return None
    name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1).strip())
    caps = [w for w in name.split() if w[:1].isupper()]
    acro = text[paren_content:text.find(")", paren_content)]
    letters = sum(ch.isupper() for ch in acro)
    # Only a name the acronym plausibly abbreviates: about one letter per word.
    return name if len(caps) >= 2 and abs(letters - len(caps)) <= 1 else None


_Glossed = dict[tuple[str, GlossType], list[tuple[list[str], str, int]]]


def _other_gloss(phrase: str, gtype: GlossType, text: str, seg: Segment, start: int, end: int,
                 by_key: dict[str, list[_Ref]], earlier: _Glossed, path: str,
                 options: Options) -> Iterator[Finding]:
    """A scientific name or clarification: the same as elsewhere in the document and the base?

    The harvester takes the whole run of words before the bracket ("protect golden
    snub-nosed monkeys"), so two glossed phrases name the same thing when one ends
    with the other; "black snub-nosed monkeys" and "golden snub-nosed monkeys" do not.
    """
    words = [fold(w) for w in phrase.split()]
    if gtype is GlossType.CLARIFICATION and len(words) < 2:
        return      # "villages (state farms)": a common word clarified locally, not a term
    norm = fold(squash(text))
    same = earlier[(singular(words[-1]), gtype)]
    for other, other_text, line in same:
        short, long_ = sorted((words, other), key=len)
        if len(short) >= 2 and long_[-len(short):] == short and fold(other_text) != norm:
            yield _finding("gloss-inconsistent", options, path, seg, start, end,
                           f'"{" ".join(phrase.split()[-len(short):])}" is glossed "{text}" '
                           f'here but "{other_text}" at line {line}', phrase, other_text, None)
            break
    same.append((words, squash(text), seg.line))
    tails = (" ".join(phrase.split()[i:]) for i in range(len(words)))
    term = next((t for t in tails if key(t) in by_key), None)
    for r in by_key.get(key(term), ()) if term else ():
        stored = [g.text for g in r.concept.glosses if g.type is gtype]
        if stored and norm not in {fold(squash(s)) for s in stored}:
            yield _finding("gloss-differs", options, path, seg, start, end,
                           f'"{term}" is glossed "{text}"; the term base has "{stored[0]}"',
                           term, stored[0], r.cid)
            return


# -- term base integrity -------------------------------------------------------------

_SHORT_TYPES = frozenset({TermType.ACRONYM, TermType.ABBREVIATION, TermType.SHORT_FORM})


def check_termbase(concepts: Sequence[Concept], options: Options) -> Iterator[Finding]:
    """Integrity of the term base alone: equivalents, renderings, duplicates."""
    en_by_key: dict[str, list[tuple[Concept, Term]]] = defaultdict(list)
    zh_by_text: dict[str, list[tuple[Concept, Term]]] = defaultdict(list)
    for c in concepts:
        for t in c.terms:
            if t.review is Review.REJECTED or t.usage is Usage.DEPRECATED:
                continue
            if t.lang == "en":
                en_by_key[key(t.text)].append((c, t))
            elif t.lang.split("-")[0] == "zh":
                zh_by_text[squash(t.text)].append((c, t))
    for entries in en_by_key.values():
        cids = sorted({c.id or 0 for c, _ in entries})
        head = entries[0][1].text
        if len(cids) > 1:
            yield _note("duplicate-concept", options, None, None,
                        f'"{head}" is a term of concepts {", ".join(f"#{i}" for i in cids)}',
                        head, cids[-1])
    # One English term (by key, across concepts) with two Chinese equivalents of one
    # kind. A full form beside a short form (国务院新闻办公室 / 国新办 for State Council
    # Information Office / SCIO) is fine; accepted variants do not count. Reported once
    # per set of concepts, however many English terms they share.
    reported: set[frozenset[int]] = set()
    for entries in en_by_key.values():
        group = {id(c): c for c, _ in entries}
        ids = frozenset(c.id or 0 for c in group.values())
        if ids in reported:
            continue
        kinds: dict[bool, set[str]] = defaultdict(set)
        for c in group.values():
            for t in c.section("zh"):
                if t.review is Review.REJECTED or t.usage is Usage.DEPRECATED \
                        or t.type is TermType.VARIANT:
                    continue
                kinds[t.type in _SHORT_TYPES].add(squash(t.text))
        for zh in (sorted(v) for v in kinds.values()):
            if len(zh) > 1:
                reported.add(ids)
                head = entries[0][1].text
                yield _note("zh-two-equivalents", options, None, None,
                            f'"{head}" has {len(zh)} Chinese equivalents: {", ".join(zh)}',
                            head, min(ids))
    for zh_text, entries in zh_by_text.items():
        renderings: dict[str, tuple[int, str]] = {}
        for c, _ in entries:
            pref = _preferred(c)
            if pref is not None:
                renderings.setdefault(key(pref.text), (c.id or 0, pref.text))
        if len(renderings) > 1:
            shown = sorted(renderings.values())
            yield _note("en-two-renderings", options, None, None,
                        f'"{zh_text}" is rendered as ' + " and ".join(
                            f'"{t}" (#{i})' for i, t in shown), zh_text, shown[-1][0])
