"""Glosses in the document recomputed and compared: units, acronyms, scientific names.

The glossed-phrase harvester (:mod:`termsmith.harvest.glossed`) finds every
``phrase (gloss)`` of the document; here each is checked rather than
collected. A unit conversion must add up (:mod:`termsmith.check.units`), an
acronym must fit the name before it and be expanded one way, as in the term
base; a scientific name or clarification must be the same wherever the term
is glossed, and the same as the term base's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from termsmith.check import Options
from termsmith.check import units as unit_table
from termsmith.check.findings import finding
from termsmith.check.refs import Keys, Ref
from termsmith.document import Document, Segment
from termsmith.model import Finding, Gloss, GlossType, Review, TermType, Usage
from termsmith.normalize import fold, key, singular
from termsmith.text import squash

__all__ = ["check_glosses"]


def check_glosses(refs: list[Ref], document: Document, options: Options,
                  keys: Keys | None = None) -> Iterator[Finding]:
    """Unit conversions, acronyms and other glosses found by the glossed harvester
    (``keys``: the terms' keys, memoised across the checks of one run)."""
    from termsmith.harvest import glossed
    from termsmith.harvest.base import Kind
    from termsmith.harvest.merge import SentenceOffsets

    keys = Keys() if keys is None else keys
    by_key: dict[str, list[Ref]] = defaultdict(list)
    for r in refs:
        by_key[keys[r.term.text]].append(r)
    # Full form (by key) -> the acronyms the term base records for it.
    recorded: dict[str, set[str]] = defaultdict(set)
    for r in refs:
        if r.term.type is not TermType.ACRONYM:
            for t in r.concept.section("en"):
                if t.type is TermType.ACRONYM and t.review is not Review.REJECTED \
                        and t.usage is not Usage.DEPRECATED:
                    recorded[keys[r.term.text]].add(t.text)
    segs = {s.line: s for s in document.content()}
    # Where a candidate's sentence starts in its segment, from an index of the segment's
    # sentences (a find per candidate made a one-line document quadratic).
    offsets = SentenceOffsets({line: seg.text for line, seg in segs.items()})
    expansions: dict[str, tuple[str, int, int]] = {}     # acronym -> (expansion, line, col)
    glossed_as: _Glossed = defaultdict(list)
    for cand in glossed.harvest(document.segments):
        o, g = cand.occurrence, cand.gloss
        seg = segs.get(o.line)
        if seg is None:
            continue
        base = max(offsets.base(o.line, o.sentence), 0)
        start, end = base + o.start, base + o.end
        if cand.kind is Kind.UNIT and g is not None:
            yield from _conversion(g, seg, start, document.path, options)
        elif cand.kind is Kind.ACRONYM:
            known = _expansions(cand.term, by_key)
            yield from _acronym(cand.term, g.text if g else None, seg, start, end, known,
                                expansions, document.path, options)
            theirs = recorded.get(key(g.text), set()) if g is not None else set()
            if theirs and _one(cand.term) not in {_one(t) for t in theirs} and g is not None:
                # Its letters may fit (WTOr), yet the desk abbreviates the name otherwise.
                usual = sorted(theirs)[0]
                yield finding("acronym-mismatch", options, document.path, seg, start, end,
                              f'"{cand.term}" abbreviates "{g.text}", which the term base '
                              f'abbreviates as "{usual}"', cand.term, usual, None)
        elif g is not None and g.type in (GlossType.SCIENTIFIC, GlossType.CLARIFICATION):
            yield from _other_gloss(cand.term, g.type, g.text, seg, start, end, by_key,
                                    glossed_as, document.path, options)


def _one(acro: str) -> str:
    """An acronym in the singular: "MPAs" is the plural of "MPA", not another acronym."""
    return acro[:-1] if len(acro) > 2 and acro.endswith("s") and acro[:-1].isupper() else acro


def _conversion(g: Gloss, seg: Segment, start: int, path: str,
                options: Options) -> Iterator[Finding]:
    # "square" right before the quantity (white space between), read from a short tail:
    # the whole line before it, lowercased per unit, made a one-line document quadratic.
    text, end = seg.text, start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    square = text[max(0, end - 12):end].lower().endswith("square")
    conv = unit_table.recompute(g, square=square)
    if conv is None or conv.ok:
        return
    at = seg.text.find("(", start)
    g0 = seg.text.find(g.text, at) if at >= 0 else -1
    s, e = (g0, g0 + len(g.text)) if g0 >= 0 else (start, start + len(g.unit or ""))
    about = "about " if conv.approximate else ""
    yield finding("unit-conversion", options, path, seg, s, e,
                  f"{unit_table.format_quantity(conv.quantity)} {conv.unit} is "
                  f"{about}{conv.expected_text()}, not {g.text}", g.unit, conv.expected_text(),
                  None)


def _expansions(acro: str, by_key: dict[str, list[Ref]]) -> list[str]:
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
            yield finding("acronym-mismatch", options, path, seg, start, end,
                          f'the letters of "{acro}" do not fit "{name}"{hint}', acro,
                          known[0] if known else None, None)
        return
    if acro in seen and key(seen[acro][0]) != key(exp):
        first, line, col = seen[acro]
        yield finding("acronym-expansion", options, path, seg, start, end,
                      f'"{acro}" is expanded as "{exp}" here but as "{first}" at line '
                      f'{line}', acro, first, None)
    elif known and all(key(k) != key(exp) for k in known):
        yield finding("acronym-expansion", options, path, seg, start, end,
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
                 by_key: dict[str, list[Ref]], earlier: _Glossed, path: str,
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
            yield finding("gloss-inconsistent", options, path, seg, start, end,
                          f'"{" ".join(phrase.split()[-len(short):])}" is glossed "{text}" '
                          f'here but "{other_text}" at line {line}', phrase, other_text, None)
            break
    same.append((words, squash(text), seg.line))
    tails = (" ".join(phrase.split()[i:]) for i in range(len(words)))
    term = next((t for t in tails if key(t) in by_key), None)
    for r in by_key.get(key(term), ()) if term else ():
        stored = [g.text for g in r.concept.glosses if g.type is gtype]
        if stored and norm not in {fold(squash(s)) for s in stored}:
            yield finding("gloss-differs", options, path, seg, start, end,
                          f'"{term}" is glossed "{text}"; the term base has "{stored[0]}"',
                          term, stored[0], r.cid)
            return
