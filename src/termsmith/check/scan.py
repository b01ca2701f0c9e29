"""The document scan: one automaton pass for variants, deprecated terms and stale terms.

:class:`Scan` matches the patterns of :mod:`termsmith.check.variants` against
each segment of the document (without double quotes, as slogans are stored),
keeps the leftmost-longest matches and judges each: a deprecated term, a
variant (:func:`~termsmith.check.variants.classify`, then whether the
difference matters in context: sentence-initial capitals and headlines do not),
or a token styled unlike other names. Terms the pass never saw are stale, and
so are recorded context sentences no longer at their line. Near-miss spellings
are left to :mod:`termsmith.check.spelling`.
"""

from __future__ import annotations

import copy
import os
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from termsmith.check import Options
from termsmith.check.findings import finding, note
from termsmith.check.refs import Ref, case_sensitive, distinctive, titled
from termsmith.check.revision import same_source
from termsmith.check.spelling import SHORT_DOCUMENT, misspellings
from termsmith.check.variants import Pattern, classify, letters, patterns
from termsmith.document import Document, Role, Segment
from termsmith.forked import Beside
from termsmith.matcher import Match, Matcher
from termsmith.model import Finding, Review, Severity, TermType, Usage
from termsmith.normalize import fold, singular
from termsmith.text import sentence_index, sentences, squash

__all__ = ["Scan"]


_QUOTES = '"“”'
_UNSEEN = object()
_NO_QUOTES = str.maketrans("", "", _QUOTES)


class Scan:
    """One automaton pass over the document for stale terms, variants and case."""

    def __init__(self, refs: list[Ref], document: Document, options: Options,
                 revision_of: str | None = None) -> None:
        """:param revision_of: the source (as contexts name it) of the harvested document
            ``document`` is a revised copy of (:mod:`termsmith.check.revision`)."""
        self.refs, self.doc, self.options = refs, document, options
        self.revision_of = revision_of
        self.present: set[int] = set()
        self.styles = _token_styles(refs)
        self.matched: dict[int, list[tuple[int, int]]] = defaultdict(list)   # line -> spans
        # What classify and _restyle said of each form found (they depend on it alone).
        self._classified: dict[tuple[str, str], Any] = {}
        self._restyled: dict[str, Any] = {}
        # Terms are matched without double quotes, as harvested slogans are stored.
        self.texts = [squash(r.term.text.translate(_NO_QUOTES)) or r.term.text for r in refs]

    def run(self) -> Iterator[Finding]:
        segments = self.doc.content()
        # A short document is searched for compound splits before they are made (see
        # variants.patterns): a one-line check then never loads the frequency lists.
        scanned = None
        if sum(len(s.text) for s in segments) <= SHORT_DOCUMENT:
            scanned = "\n".join(fold(_strip_quotes(s.text)[0]) for s in segments)
        # Every text the matcher reads (content, the speaker list, turn labels), as letters:
        # terms that cannot occur in it get no pattern (variants.patterns).
        said = letters("\n".join(s.text for s in self.doc.harvested()))
        matcher = Matcher(patterns(self.refs, self.texts, scanned, said))
        yield from self._parts(segments, matcher)
        # Names harvested from the speaker list and turn labels are present there; only
        # content is checked for variants.
        others = [s for s in self.doc.harvested() if not s.role.is_content]
        for seg in others:
            for m in matcher.find_all(seg.text):
                self.present.update(m.value.present)
        yield from self._stale(segments + others)

    def _part(self, segments: list[Segment], matcher: Matcher[Pattern]) -> Iterator[Finding]:
        """The findings of these segments: the automaton's, then near-miss spellings."""
        for seg in segments:
            yield from self._segment(seg, matcher)
        if self.options.enabled("variant-spelling"):
            yield from misspellings(self.refs, segments, self.matched, self.present, self.options,
                                    self.doc.path)

    def _parts(self, segments: list[Segment], matcher: Matcher[Pattern]) -> Iterator[Finding]:
        """:meth:`_part` of every segment. A long document's second half is done by a forked
        worker meanwhile (segments are judged independently); the terms it saw and the
        spans it matched are merged here before the checks that need the whole document."""
        size = sum(len(s.text) for s in segments)
        if size < PARALLEL_SCAN or (os.cpu_count() or 1) < 2:
            yield from self._part(segments, matcher)
            return
        half = len(segments) // 2
        matcher.prepare()                  # built once, inherited by the worker
        rest = segments[half:]

        def second_half() -> tuple[list[Finding], set[int], dict[int, list[tuple[int, int]]]]:
            """The findings of the second half, the terms it saw, the spans it matched."""
            other = copy.copy(self)
            other.present, other.matched = set(), defaultdict(list)
            return list(other._part(rest, matcher)), other.present, dict(other.matched)

        with Beside(second_half) as worker:
            yield from self._part(segments[:half], matcher)
            found, present, matched = worker.result()
        self.present |= present
        for line, spans in matched.items():
            self.matched[line].extend(spans)
        yield from found

    def _segment(self, seg: Segment, matcher: Matcher[Pattern]) -> Iterator[Finding]:
        text = seg.text
        mtext, offs = _strip_quotes(text)
        found_all = [m for m in matcher.find_all(mtext) if not _glued(mtext, m.start, m.end)]
        for m in found_all:
            self.present.update(m.value.present)
        for m in _longest(found_all):
            start, end = offs[m.start], offs[m.end - 1] + 1
            self.matched[seg.line].append((start, end))
            yield from self._judge(seg, start, end, mtext[m.start:m.end], m.value)

    def _judge(self, seg: Segment, start: int, end: int, found: str,
               p: Pattern) -> Iterator[Finding]:
        ref = self.refs[p.ref] if p.ref is not None else None
        cid = ref.cid if ref else None
        term = ref.term.text if ref else p.expected
        if p.kind == "deprecated":
            alt = f'; use "{p.expected}"' if p.expected else ""
            yield finding("deprecated-term", self.options, self.doc.path, seg, start, end,
                          f'"{found}" is deprecated{alt}', term, p.expected or None, cid)
            return
        if p.kind == "binomial":
            yield finding("variant-order", self.options, self.doc.path, seg, start, end,
                          f'"{found}" reverses "{p.expected}", the order used in {p.note}',
                          term, p.expected, None)
            return
        verdict = (found, p.expected)
        check = self._classified.get(verdict, _UNSEEN)
        if check is _UNSEEN:              # the same forms recur all through a document
            check = self._classified[verdict] = classify(found, p.expected)
        if p.kind == "prefix" and check != "variant-case":
            return
        if check == "variant-case":
            if not _case_matters(found, p.expected, seg, start):
                return
            if ref is not None and ref.term.review is not Review.APPROVED and \
                    " " not in ref.term.text and (found in _recorded_forms(ref)
                                                  or _common_word(found)):
                # An unreviewed word harvested at sentence starts ("Desertification",
                # "Kindergartens"): its own contexts show the lowercase form too, or
                # English has it as a common word. (A name's style, "Autonomous
                # Region", and an approved word's case are reported.)
                return
        elif check == "variant-inflection" and ref is not None and not _fixed_number(ref):
            # Number is grammar in a domain noun ("black soil belts"): an approved
            # multi-word term inflected is still shown, as a variant at info severity.
            if ref.term.review is Review.APPROVED and len(ref.term.text.split()) > 1:
                f = finding(check, self.options, self.doc.path, seg, start, end,
                            f'"{found}" is an inflected form of the approved "{p.expected}"',
                            term, p.expected, cid)
                yield replace(f, severity=Severity.INFO)
            return
        if check is not None:
            what = "shortened title" if p.kind == "prefix" else _standing(ref)
            yield finding(check, self.options, self.doc.path, seg, start, end,
                          f'"{found}" is a variant of the {what} "{p.expected}"', term,
                          p.expected, cid)
            return
        if ref is not None and case_sensitive(ref) and found == ref.term.text:
            return          # an acronym as recorded ("EAST"), not a name's word restyled
        restyled = self._restyled.get(found, _UNSEEN)
        if restyled is _UNSEEN:
            restyled = self._restyled[found] = _restyle(found, self.styles)
        if restyled is not None and titled(found):
            yield finding("variant-case", self.options, self.doc.path, seg, start, end,
                          f'"{found}" is styled unlike other names: "{restyled}"', term,
                          restyled, cid)

    def _stale(self, segments: list[Segment]) -> Iterator[Finding]:
        by_line = {s.line: squash(s.text) for s in segments}
        path = self.doc.path
        # One stale-context finding per line, not per term: an edit above shifts every
        # later line, and a finding per term would bury the real news.
        stale: dict[int | None, dict[str, list[Ref]]] = defaultdict(lambda: defaultdict(list))
        # (a term base's half a million contexts name a few thousand documents: each
        # name is compared with this file's once)
        ours: dict[str, bool] = {}

        def of_this(source: str) -> bool:
            got = ours.get(source)
            if got is None:
                got = ours[source] = source == self.revision_of or same_source(source, path)
            return got

        for i, r in enumerate(self.refs):
            mine = [c for c in r.term.contexts if of_this(c.source)]
            if not mine:
                continue
            if i not in self.present and r.term.usage is not Usage.DEPRECATED:
                yield note("stale-term", self.options, path, mine[0].line,
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
            yield note("stale-context", self.options, path, line,
                       f"the context at line {line} of {shown} has {where}", names[0],
                       rs[0].cid, next(iter(by_sentence)))


# A document this long has the second half of its segments scanned by a forked worker
# while this process scans the first (benchmarks/README.md: check on the seed ×200).
PARALLEL_SCAN = 1_000_000       # characters


def _common_word(found: str) -> bool:
    """Whether ``found`` is a lowercase word English has as a common word, not a name:
    the tagger's lexicon (Brill's, from the Wall Street Journal) holds it, or its
    singular, in a class other than proper noun ("kindergartens", "resolutely")."""
    if not found.islower() or not found.isalpha():
        return False
    from termsmith.harvest.tagger import lexicon

    words = lexicon()
    cls = words.get(found) or words.get(singular(found))
    return cls is not None and cls != "P"


def _recorded_forms(r: Ref) -> set[str]:
    """The forms the term's contexts show (counted, or in the contexts read)."""
    return {f for f, _ in r.term.variants} | {c.form for c in r.term.contexts}


def _fixed_number(r: Ref) -> bool:
    """Whether singular/plural is part of the term (a name, a slogan), not grammar."""
    n = len(r.term.text.split())
    return n >= 2 and titled(r.term.text) or n >= 3 and (
        r.concept.kind in ("quoted", "explained") or r.term.type is TermType.PHRASE)


def _standing(r: Ref | None) -> str:
    """How the message names the expected form: approved, preferred, or just recorded."""
    if r is not None and r.term.review is Review.APPROVED:
        return "approved"
    return "preferred" if r is not None and r.term.usage is Usage.PREFERRED else "recorded"


_QUOTE = re.compile(f"[{_QUOTES}]")


class _Offsets:
    """Where each character of a text without its quotes stood in the text (offset map)."""

    __slots__ = ("_shifts",)

    def __init__(self, quotes: list[int]) -> None:
        # The k-th removed quote stood at quotes[k]; characters of the stripped text from
        # quotes[k] - k on moved left by k + 1.
        self._shifts = [q - k for k, q in enumerate(quotes)]

    def __getitem__(self, i: int) -> int:
        return i + bisect_right(self._shifts, i)


def _strip_quotes(text: str) -> tuple[str, Sequence[int] | _Offsets]:
    """``text`` without double quotes (terms are stored unquoted), and the offset map."""
    quotes = [m.start() for m in _QUOTE.finditer(text)]
    if not quotes:
        return text, range(len(text) + 1)
    return text.translate(_NO_QUOTES), _Offsets(quotes)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the match ``text[start:end]`` is part of a larger token the matcher's word
    boundaries cut: a figure ("Phase 2" in "Phase 2.5", "Berth 6" in "Berth 6,000") or a
    contraction ("d" in "I'd", "ll" in "we'll")."""
    before = text[start - 2:start] if start >= 2 else ""
    first = text[start:start + 1]
    return (first.isdigit() and before[-1:] in (".", ",") and before[:1].isdigit()) or \
        (first.isalpha() and before[-1:] in ("'", "’") and before[:1].isalpha()) or \
        (text[end - 1:end].isdigit() and text[end:end + 1] in (".", ",")
         and text[end + 1:end + 2].isdigit())


def _longest(matches: list[Match[Pattern]]) -> list[Match[Pattern]]:
    """Leftmost-longest, non-overlapping matches."""
    best: dict[int, Match[Pattern]] = {}
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
    s0 = (sentence_index(text).at(start) or (0, 0))[0]
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
        if k == 0 and f.lower() == e.lower() in _ARTICLES:
            continue        # "the Lancang River" where a sentence began "The Lancang River"
        if not e.islower():
            # A name lowercased, or a token restyled (LTD / Ltd). A title made of common
            # words ("Promoting High-Quality Development") is also an ordinary phrase
            # when lowercased; only a quoted use of it is then the title.
            return not f.islower() or distinctive(expected) or _quoted(seg.text, start)
        # A lowercase term capitalised: a finding unless it is part of a longer name.
        if len(ew) > 1 and not _next_to_capital(seg.text, start, start + len(found)):
            return True
    return False


_ARTICLES = frozenset({"the", "a", "an"})


def _quoted(text: str, start: int) -> bool:
    return text[:start].rstrip()[-1:] in ("\"", "“", "‘", "'")


def _next_to_capital(text: str, start: int, end: int) -> bool:
    before = text[:start].split()[-1:]
    after = text[end:].split()[:1]
    return any(w[:1].isupper() for w in before + after)


def _token_styles(refs: list[Ref]) -> dict[str, str]:
    """Tokens written two ways across titled names (``Ltd.`` / ``LTD.``): the usual form."""
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for r in refs:
        if titled(r.term.text) and len(r.term.text.split()) > 1 and not case_sensitive(r):
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
    fixed = [w if w.islower() else _usual(w, styles) for w in ws]
    return " ".join(fixed) if fixed != ws else None


def _usual(word: str, styles: dict[str, str]) -> str:
    """How other names write ``word``. A two-letter word and a two-letter acronym are
    not one token restyled: "Us" of the Mu Us Sandy Land is no "US", nor "BA" of the
    Village BA (a basketball league) the "Ba" of the Ba River."""
    usual = styles.get(fold(word), word)
    if usual.isupper() != word.isupper() and sum(ch.isalpha() for ch in word) <= 2:
        return word
    return usual

