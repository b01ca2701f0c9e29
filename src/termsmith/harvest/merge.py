"""Merge candidates into entries: one per term, its variants grouped, every occurrence kept.

Candidates for the same term from several harvesters become one
:class:`~termsmith.harvest.base.Entry` with all their evidence. Case, plural
and spacing variants (``Oil Field`` / ``Oilfield``, ``brand`` / ``brands``)
share a :func:`~termsmith.normalize.key` and are recorded as variants seen. :func:`locate` then
finds every occurrence of every entry in one pass over the document.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from termsmith.document import Segment
from termsmith.harvest.base import Candidate, Entry, Kind, Occurrence
from termsmith.matcher import Matcher
from termsmith.model import Gloss
from termsmith.normalize import key, plural, singular
from termsmith.sentences import split_en, split_zh
from termsmith.text import Sentences, sentences

# Which kind names an entry when several harvesters found it: the most specific first.
_PRIORITY = [Kind.EXPANSION, Kind.ACRONYM, Kind.UNIT, Kind.SCIENTIFIC, Kind.EXPLAINED,
             Kind.TITLE, Kind.QUOTED, Kind.NAME, Kind.CLARIFIED, Kind.DOMAIN, Kind.QUOTATION]


def merge(candidates: Iterable[Candidate]) -> tuple[list[Entry], list[Candidate]]:
    """Group candidates by :func:`~termsmith.normalize.key`; return (entries, quotations)."""
    groups: defaultdict[str, list[Candidate]] = defaultdict(list)
    quotations: list[Candidate] = []
    keys: dict[str, str] = {}           # per term: key() without its cache's bookkeeping
    quotation = Kind.QUOTATION
    for c in candidates:
        if c.kind is quotation:
            quotations.append(c)
        else:
            term = c.term
            k = keys.get(term)
            if k is None:
                k = keys[term] = key(term)
            groups[k].append(c)
    entries = [_entry(k, cs) for k, cs in groups.items()]
    return entries, quotations


def _entry(k: str, cands: list[Candidate]) -> Entry:
    # One pass over the candidates (a term of a large document has hundreds).
    best: dict[Kind, float] = {}
    forms: dict[str, int] = {}
    occurrences: list[Occurrence] = []
    seen: set[tuple[int, str, int]] = set()
    # A gloss is kept once per line: a set, not a scan of the glosses kept so far (an
    # acronym glossed in every paragraph of a long document made this quadratic).
    glosses: list[tuple[Gloss, Occurrence]] = []
    glossed: set[tuple[Gloss, int]] = set()
    evidence: list[str] = []
    related: list[str] = []
    category: str | None = None
    # The best score of the kind of the candidates in a row (most terms: all of one kind),
    # written to ``best`` when the kind changes, not looked up and stored per candidate.
    kind: Kind | None = None
    top = 0.0
    for c in cands:
        if c.kind is not kind:
            if kind is not None:
                best[kind] = top
            kind = c.kind
            top = best.get(kind, 0.0)
        if c.score > top:
            top = c.score                                   # max(top, c.score)
        forms[c.term] = forms.get(c.term, 0) + 1
        o = c.occurrence
        ident = (o.line, o.sentence, o.start)
        if ident not in seen:
            seen.add(ident)
            occurrences.append(o)
        if c.gloss is not None and (c.gloss, o.line) not in glossed:
            glossed.add((c.gloss, o.line))
            glosses.append((c.gloss, o))
        if c.evidence not in evidence:
            evidence.append(c.evidence)
        if c.related and c.related not in related:
            related.append(c.related)
        if c.category and category is None:
            category = c.category
    if kind is not None:
        best[kind] = top
    # Agreement between harvesters is evidence: each further kind adds a little.
    score = min(1.0, max(best.values()) + 0.05 * (len(best) - 1))
    return Entry(term=_display(forms), key=k, kinds=sorted(best, key=_PRIORITY.index),
                 score=round(score, 3), occurrences=occurrences, glosses=glosses,
                 evidence=evidence, related=related, category=category)


def _display(forms: dict[str, int]) -> str:
    """Pick the form to show: singular over plural, then the most frequent, then the first
    (``forms`` counts them in the order first seen)."""
    order = {f: i for i, f in enumerate(forms)}
    singulars = [f for f in forms if f.split()[-1] == singular(f.split()[-1])]
    pool = singulars or list(forms)
    return min(pool, key=lambda f: (-forms[f], order[f]))


# Per entry (by ``id``): the ``(line, start, end)`` of each of its occurrences in its
# segment, in order, those whose sentence is not found there left out.
Spans = dict[int, list[tuple[int, int, int]]]


def locate(entries: Sequence[Entry], segments: Iterable[Segment]) -> Spans:
    """Add every occurrence of every entry's forms in ``segments`` (one automaton pass).

    Matching is whole-word and case-insensitive, except for acronyms and
    units, which must match as written (``GI`` is not ``gi``). Occurrences the
    harvesters already recorded are not added twice.

    Returns where the occurrences stand in their segments, as
    :func:`termsmith.harvest.prune_fragments` would work them out again.
    """
    patterns: list[tuple[str, int, bool]] = []
    # Per entry: each form as written and how often, the new occurrences' added as found.
    written: list[Counter[str]] = []
    for i, e in enumerate(entries):
        exact = Kind.ACRONYM in e.kinds or Kind.UNIT in e.kinds
        counts = Counter([o.sentence[o.start:o.end] for o in e.occurrences])
        written.append(counts)
        for f in {e.term, *_forms_of(e, counts)}:
            if '"' not in f:
                patterns.append((f, i, exact))
    matcher: Matcher[int] = Matcher(patterns)
    every = list(segments)
    segs = [s for s in every if s.role.is_content]
    texts = {s.line: s.text for s in segs}
    offsets = SentenceOffsets(texts)
    # Where each entry's occurrences stand: (line, offset in the segment), computed once
    # for the look-up of those already recorded and for the final order.
    places: list[list[tuple[int, int]]] = [
        [(o.line, base + o.start) for o, base in zip(e.occurrences, offsets.bases(e.occurrences),
                                                      strict=True)]
        for e in entries]
    # Per line: the (offset, entry) of each occurrence known, so that the automaton's
    # matches there (most of them: the harvesters recorded them) are dropped in bulk.
    known: dict[int, set[tuple[int, int]]] = {}
    for i, place in enumerate(places):
        for line, at in place:
            got_line = known.get(line)
            if got_line is None:
                got_line = known[line] = set()
            got_line.add((at, i))
    for seg in segs:
        text, line = seg.text, seg.line
        spans: Sentences | None = None
        # Per sentence start: the sentence (one string for all its new occurrences) and
        # where SentenceOffsets places it (a sentence said twice in one line stands where
        # it is first said), as every recorded occurrence is ordered.
        said_in: dict[int, tuple[str, int]] = {}
        here = known.get(line)
        if here is None:
            here = known[line] = set()
        for start, end, i in matcher.spans_all_except(text, here):
            if (start, i) in here:
                continue
            if spans is None:
                spans = Sentences(sentences(text))
            s0, s1 = spans.at(start) or (0, len(text))
            if end > s1:
                continue
            here.add((start, i))
            got = said_in.get(s0)
            if got is None or len(got[0]) != s1 - s0:
                sentence = text[s0:s1]
                got = said_in[s0] = (sentence, offsets.base(line, sentence))
            sentence, base = got
            places[i].append((line, base + start - s0))
            written[i][text[start:end]] += 1
            entries[i].occurrences.append(Occurrence(line, seg.speaker, sentence,
                                                     start - s0, end - s0))
    # The spans returned: a place on a content line is where the occurrence stands;
    # elsewhere (the speaker list, turn labels) it is looked up among all the segments.
    all_texts = {s.line: s.text for s in every}
    same = {line for line, text in texts.items() if all_texts.get(line) is text}
    elsewhere = SentenceOffsets(all_texts)      # indexes a line when first asked

    def span_elsewhere(o: Occurrence) -> tuple[int, int, int] | None:
        base = elsewhere.base(o.line, o.sentence)
        return (o.line, base + o.start, base + o.end) if base >= 0 else None

    located: Spans = {}
    squashed: dict[str, str] = {}       # a form as written -> its spacing squashed
    for e, place, counts in zip(entries, places, written, strict=True):
        occurrences = e.occurrences
        # Sorted by place; equal places keep their order (a stable sort, as before).
        order = sorted(range(len(occurrences)), key=place.__getitem__)
        e.occurrences = occs = [occurrences[k] for k in order]
        # A place on a content line lies before the occurrence's start when its sentence
        # is not in the segment (base -1): no span, as prune_fragments leaves it out.
        where = [(line, at, at + o.end - o.start) if line in same else span_elsewhere(o)
                 for (line, at), o in zip([place[k] for k in order], occs, strict=True)
                 if at >= o.start or line not in same]
        located[id(e)] = [x for x in where if x is not None]
        # Counted as written, then squashed: a squashed form stands where the first form
        # squashed into it was first seen, as it would counted one by one (in the order of
        # the sorted occurrences; most terms are written one way only).
        if len(counts) > 1:
            counts = Counter([o.sentence[o.start:o.end] for o in occs])
        variants: dict[str, int] = {}
        for f, n in counts.items():
            g = squashed.get(f)
            if g is None:
                g = squashed[f] = " ".join(f.split())
            variants[g] = variants.get(g, 0) + n
        e.variants = variants
    return located


class SentenceOffsets:
    """Where an occurrence's sentence starts in its segment, as ``text.find(sentence)``
    told, from an index of each segment's sentences built once.

    A ``find`` per occurrence made a one-line document quadratic (issue 14). The
    sentence of an occurrence is one or more sentences of its segment (a Chinese one
    may run on to the end of a term that crosses a sentence end): it is looked up by
    its first sentence, at the first sentence boundary where the whole of it stands.
    Anything else (a sentence cut some other way) is found with ``find``, once.
    """

    def __init__(self, texts: dict[int, str], *, chinese: bool = False) -> None:
        self._texts = texts
        self._chinese = chinese
        self._index: dict[int, dict[str, list[int]]] = {}
        self._found: dict[tuple[int, str], int] = {}

    def base(self, line: int, sentence: str) -> int:
        """The offset of ``sentence`` in the segment of ``line`` (-1 if not there)."""
        text = self._texts.get(line)
        if text is None:
            return "".find(sentence)
        index = self._index.get(line)
        if index is None:
            index = self._index[line] = {}
            spans = split_zh(text) if self._chinese else sentences(text)
            for s, e in spans:
                index.setdefault(text[s:e], []).append(s)
        starts = index.get(sentence)
        if starts is not None:
            return starts[0]
        first = split_zh(sentence) if self._chinese else split_en(sentence)
        if first:
            s0, e0 = first[0]
            for s in index.get(sentence[s0:e0], ()) if s0 == 0 else ():
                if text.startswith(sentence, s):
                    return s
        got = self._found.get((line, sentence))
        if got is None:
            got = self._found[(line, sentence)] = text.find(sentence)
        return got

    def offset(self, o: Occurrence) -> int:
        """The offset of occurrence ``o`` in its segment."""
        return self.base(o.line, o.sentence) + o.start

    def bases(self, occurrences: Iterable[Occurrence]) -> list[int]:
        """:meth:`base` of each occurrence's sentence, in order: the common case (the
        sentence is one of its segment's, already indexed) without a method call each."""
        out: list[int] = []
        index = self._index
        line = -1
        sents: dict[str, list[int]] | None = None
        for o in occurrences:
            if o.line != line:
                line = o.line
                sents = index.get(line)
            starts = sents.get(o.sentence) if sents is not None else None
            if starts is not None:
                out.append(starts[0])
            else:
                out.append(self.base(line, o.sentence))
                sents = index.get(line)         # indexed now, if the line is known
        return out


def _forms_of(e: Entry, written: Iterable[str]) -> set[str]:
    """Forms to look for: those seen (``written``: each form of ``e``'s occurrences as
    written), plus the plural or singular of lowercase terms."""
    forms = {" ".join(f.split()) for f in written}
    if e.term.islower() and Kind.UNIT not in e.kinds:
        words = e.term.split()
        sing = singular(words[-1])
        if sing != words[-1]:
            forms.add(" ".join([*words[:-1], sing]))
        else:
            forms.add(" ".join([*words[:-1], plural(words[-1])]))
    return forms
