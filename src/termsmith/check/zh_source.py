"""Checks of a pair whose source is Chinese and whose target is English (issue 9).

The desks translate Chinese originals into English, so this is the direction
that matters most. On each pair:

* key terms: an approved Chinese term of the source (found with the automaton
  and jieba's word boundaries, the term base as user dictionary) wants one of
  its concept's approved English terms in the target: the preferred term, an
  admitted short form or acronym, in any number (``black soils``,
  ``children``) and with a possessive (``nation's``); a deprecated English
  rendering is ``forbidden-target`` instead. When none is there the evidence
  is graded (:mod:`termsmith.check.evidence`): a loose rendering (the head word
  or a derived form, a nested term's rendering, a member noun, a pronoun for a
  named person, "this path" after a sentence that named it) is
  ``key-term-loose`` at info, a heading that drops the term
  ``heading-term-dropped`` at info, and nothing of it ``key-term-missing``;
* slogans: a term the source quotes (``“头雁”``) wants its approved English
  inside quotation marks in the target; capitalized as a name and unquoted it
  is ``slogan-unquoted`` at info (the capitals do what the quotes do);
* Chinese characters left in the English (``untranslated``).

Numbers, quotes and brackets are shared with the English-source checks in
:mod:`termsmith.check.bilingual`. An approved English term in the target whose
Chinese the source lacks is *not* reported in this direction: official English
names what the Chinese leaves implicit (``CPC`` for 党, ``Chinese`` for 我国).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from termsmith.check import evidence
from termsmith.model import Finding

if TYPE_CHECKING:
    from termsmith.check.bilingual import Pair, _Emit, _Index

__all__ = ["Recent", "han_left", "terms"]

# Quotation marks of a Chinese source: “…” and 「…」 (straight quotes in some files).
_ZH_QUOTE = re.compile(r"“([^“”]+)”|「([^「」]+)」|\"([^\"\n]+)\"")
# Quotation marks of an English target: curly or straight double quotes.
_EN_QUOTE = re.compile(r"“([^“”]*)”|\"([^\"\n]*)\"")
_HAN_RUN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\U00020000-\U0002FA1F〇]+")
_TRAIL = " ，。、；：！？,.;:!?"


def _body(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g is not None)


@dataclass(slots=True)
class Recent:
    """What the previous pair of a document said: the concepts its target rendered and
    those its source named, so the next pair's "this path" or "its" can point back."""

    rendered: set[int] = field(default_factory=set)
    named: set[int] = field(default_factory=set)


def terms(pair: Pair, ix: _Index, emit: _Emit, recent: Recent | None = None
          ) -> Iterator[Finding]:
    """Key terms, forbidden renderings and quoted slogans of a Chinese → English pair.

    ``recent`` holds what the previous pair rendered and named; it is updated to this
    pair's, so a run over a document's pairs in order can tell "this path" or "its"
    from a term left out.
    """
    src, tgt = pair.source, pair.target
    # Approved Chinese terms of the source whose concept has approved English.
    wanted: dict[int, tuple[int, int, str]] = {}
    seen: dict[int, list[tuple[int, int, str]]] = {}     # every occurrence, for the evidence
    for s, e, t in ix.zh.find(src):
        for cid in sorted(ix.ok_owner.get(t, ())):
            if cid in ix.en_pref:
                wanted.setdefault(cid, (s, e, t))
                seen.setdefault(cid, []).append((s, e, t))
    src_quotes = [(m.start(), m.end(), _body(m).strip(_TRAIL)) for m in _ZH_QUOTE.finditer(src)]
    quoted: dict[int, int] = {}                  # concept -> index of the source quote it fills
    for cid, (s, e, t) in wanted.items():
        for qi, (qs, qe, body) in enumerate(src_quotes):
            if qs < s and e < qe and body == t:
                quoted.setdefault(cid, qi)

    hits: dict[int, list[tuple[int, int]]] = {}
    for m in ix.en_ok.find_all(tgt):
        hits.setdefault(m.value, []).append((m.start, m.end))
    before = Recent(set(recent.rendered), set(recent.named)) if recent else Recent()
    if recent is not None:
        recent.rendered = set(hits)
        recent.named = set(seen)
    bad: dict[int, list[tuple[int, int]]] = {}
    for m in ix.en_bad.find_all(tgt):
        bad.setdefault(m.value, []).append((m.start, m.end))

    for cid, spans in sorted(bad.items()):
        s, e = spans[0]
        pref = ix.en_pref.get(cid)
        zh = wanted.get(cid, (0, 0, ""))[2] or (ix.ok.get(cid) or [""])[0]
        yield emit("forbidden-target",
                   f'"{tgt[s:e]}" is deprecated' + (f' for "{zh}"' if zh else "")
                   + (f'; use "{pref}"' if pref else ""),
                   span=(s, e), term=pref or ix.head[cid], found=tgt[s:e], expected=pref,
                   concept=cid)

    tgt_quotes = [(m.start(), m.end(), _body(m)) for m in _EN_QUOTE.finditer(tgt)]
    tgt_words: list[evidence.Word] | None = None
    # Terms of the source rendered as approved: their Chinese and their English account for
    # each other, so neither is evidence for another term (a word of "primary stage of
    # socialism" renders 社会主义初级阶段, not 中国特色社会主义).
    rendered = {c: ([(s, e) for s, e, _ in seen[c]], hits[c]) for c in seen if c in hits}
    for cid, (_, _, zh) in wanted.items():
        if cid in bad:
            continue                                 # already reported as forbidden-target
        pref = ix.en_pref[cid]
        found = hits.get(cid, [])
        if cid not in quoted:
            if tgt_words is None:
                tgt_words = evidence.words(tgt)
            if not found:
                yield _missing(pair, ix, emit, cid, zh, seen[cid], hits, tgt_words, before,
                               rendered)
            elif len(seen[cid]) > len(found):
                # Said more often than rendered: one occurrence may be rendered wrongly
                # beside a right one.
                swap = _swapped(pair, ix, cid, seen[cid], hits, tgt_words)
                if swap is not None:
                    a, b = swap
                    yield emit("key-term-missing", f'target renders one of the '
                               f'{len(seen[cid])} "{zh}" as "{tgt[a:b]}" (approved: "{pref}")',
                               span=swap, term=pref, found=tgt[a:b], expected=pref,
                               concept=cid)
            continue
        # A quoted source term: its rendering should stand, quoted, in the target.
        if any(qs < a and b < qe for a, b in found for qs, qe, _ in tgt_quotes):
            continue
        counterpart = (tgt_quotes[quoted[cid]] if len(tgt_quotes) == len(src_quotes) else None)
        if found:
            a, b = found[0]
            if _capitalized(tgt, a, b):
                # English marks a set formulation as a name by its capitals (the Three
                # Represents); quotation marks are then a matter of house style.
                yield emit("slogan-unquoted",
                           f'target renders quoted “{zh}” as the name {tgt[a:b]}, without '
                           "quotation marks", span=(a, b), term=pref, found=tgt[a:b],
                           expected=f"“{pref}”", concept=cid)
            else:
                yield emit("slogan-rendering",
                           f'target renders quoted “{zh}” as {tgt[a:b]}, without quotation marks',
                           span=(a, b), term=pref, found=tgt[a:b], expected=f"“{pref}”",
                           concept=cid)
        elif counterpart is not None:
            qs, qe, body = counterpart
            yield emit("slogan-rendering", f'target renders quoted “{zh}” as “{body}”, not “{pref}”',
                       span=(qs + 1, qe - 1), term=pref, found=body, expected=pref, concept=cid)
        else:
            yield emit("slogan-rendering", f'target lacks “{pref}” for quoted “{zh}”',
                       term=pref, found=zh, expected=pref, concept=cid)


def _missing(pair: Pair, ix: _Index, emit: _Emit, cid: int, zh: str,
             occurrences: list[tuple[int, int, str]], hits: dict[int, list[tuple[int, int]]],
             tgt_words: list[evidence.Word], before: Recent,
             rendered: dict[int, tuple[list[tuple[int, int]], list[tuple[int, int]]]]
             ) -> Finding:
    """The finding for a source term whose approved rendering the target lacks, graded by the
    evidence the target holds (:mod:`termsmith.check.evidence`)."""
    src, tgt = pair.source, pair.target
    pref = ix.en_pref[cid]
    # Acronyms (CPC) count only as the matcher found them, in their case: no loose form.
    renderings = [r for r in ix.en_approved.get(cid, [pref]) if not r.isupper()] or [pref]

    def loose(how: str, span: tuple[int, int]) -> Finding:
        return emit("key-term-loose", f'target renders "{zh}" loosely as "{tgt[span[0]:span[1]]}" '
                    f'({how}; approved: "{pref}")', span=span, term=pref,
                    found=tgt[span[0]:span[1]], expected=pref, concept=cid)

    # The head word of an approved rendering, in any derived form: "Marxist theory" for
    # 马克思主义理论, "this path" for the path named in full before.
    elsewhere = [(a, b) for c, (src_spans, _) in rendered.items() if c != cid
                 for a, b in src_spans]
    taken = [(a, b) for c, (_, tgt_spans) in rendered.items() if c != cid
             for a, b in tgt_spans]
    candidates = [w for w in evidence.head_candidates(tgt_words, renderings)
                  if not any(a <= w[0] and w[1] <= b for a, b in taken)]
    term_spans = _term_spans(src, occurrences)
    head = evidence.linked_head(src, term_spans, tgt, candidates, elsewhere)
    if head is not None:
        return loose("its head word", head[:2])
    # The source names it first by its head noun alone, then in full; English says it once
    # and carries it on with "its".
    carried = evidence.carried_on(src, term_spans, tgt, candidates)
    if carried is not None:
        return loose("a pronoun for it, named before by its head noun", carried)
    for _, _, t in occurrences:
        # A term of the term base nested in this one, rendered as approved:
        # "the great renewal of the Chinese nation" for 中华民族伟大复兴.
        # The rest of the term must show beside it ("great renewal"): the nested rendering
        # alone ("the cause of the Chinese nation") renders only the part.
        for _, _, inner in ix.zh.candidates(t):
            for other in sorted(ix.ok_owner.get(inner, ())):
                if inner != t and other != cid and other in hits:
                    span = next((h for h in hits[other]
                                 if evidence.rest_rendered(t, inner, renderings, tgt, h)), None)
                    if span is not None:
                        return loose(f'the rendering of "{inner}" inside it', span)
    # A sense the dictionary gives the whole term (中华民族 "the Chinese people"): a
    # variant the desk did not approve, not a wrong rendering.
    # The source outside the term (every occurrence of it blanked), for what else accounts
    # for a word of the target.
    rest = evidence.rest_of(src, term_spans)
    sense = evidence.dictionary_sense(zh, tgt)
    if sense is not None and all(
            evidence.explained(rest, w) for _, _, w in evidence.words(tgt[sense[0]:sense[1]])
            if w.casefold() not in _NAME_FUNCTION):
        sense = None
    # The rendering's modifiers with another head ("Mao policy", "the Chinese policy"): the
    # term rendered wrongly where it stands, whatever a pronoun or a demonstrative elsewhere
    # in the sentence, a heading or a condensed clause might otherwise excuse.
    # A phrase that another term rendered as approved holds, or that another word of the
    # source accounts for (中国人民 "Chinese people"), is that word's, not a swap.
    free = [w for w in tgt_words if not any(a <= w[0] and w[1] <= b for a, b in taken)]
    for r in renderings if sense is None else ():
        swapped = next((d for d in evidence.deviations(r, tgt, free) if not all(
            evidence.rendered_elsewhere(rest, w) for _, _, w in evidence.words(tgt[slice(*d)])
            if w.casefold() not in _NAME_FUNCTION)), None)
        if swapped is not None:
            a, b = swapped
            return emit("key-term-missing", f'target lacks "{pref}" for "{zh}" (has '
                        f'"{tgt[a:b]}": another word for "{r}"?)', span=swapped, term=pref,
                        found=tgt[a:b], expected=pref, concept=cid)
    for s, e, _ in occurrences:
        # A member noun (共产党人 "Communists"): a word of the rendering in any form.
        if evidence.member_noun(src, e):
            w = evidence.find_stems(tgt_words,
                                    frozenset().union(*map(evidence.content_stems, renderings)))
            if w is not None:
                return loose(f'a member noun for "{src[s:e + 1]}"', w[:2])
        # A named person (邓小平同志) the target refers back to: "he" opening a sentence, or
        # any pronoun when the previous pair named him (a pronoun with no antecedent in the
        # text, "During his tour ... [name left out] said", stands for nothing).
        if evidence.named_person(src, e):
            p = evidence.pronoun(tgt)
            if p is not None and (evidence.opens_sentence(tgt, p[0])
                                  or cid in before.named or cid in before.rendered):
                return loose("a pronoun for the person named", p)
        # The role or the body of 以X同志为核心的党中央 said as "headed by X".
        led = evidence.led_by(src, s, e, tgt)
        if led is not None:
            return loose(f'"{tgt[led[0]:led[1]]}", the formula 以…为…的 condensed', led)
        # The term understood after the noun of the word before it: 第二代中央领导集体
        # "the second generation" (the classifier noun 代 heads the English phrase).
        held = evidence.modifier_head(src, s, tgt)
        if held is not None:
            return loose(f'"{tgt[held[0]:held[1]]}", the noun before it, standing for it',
                         held)
    # The previous sentence rendered the term and this one points back to it: "this goal",
    # "these theories" (English does not repeat a term the way Chinese does).
    if cid in before.rendered:
        ref = evidence.demonstrative(tgt)
        if ref is not None:
            return loose("a reference back to the previous sentence", ref)
    # The previous source named the term too, and the target carries it on with a
    # pronoun: 中华民族 … 中华民族遭受的苦难 "Its sufferings".
    if cid in before.named or cid in before.rendered:
        ref = evidence.collective_pronoun(tgt)
        if ref is not None:
            return loose("a pronoun for the term of the previous sentence", ref)
    if sense is not None:
        return emit("key-term-variant", f'target renders "{zh}" as "{tgt[sense[0]:sense[1]]}", '
                    f'a sense the dictionary gives it (approved: "{pref}")', span=sense,
                    term=pref, found=tgt[sense[0]:sense[1]], expected=pref, concept=cid)
    # A heading or title, of which the term is only a part (a term alone in a segment, as in
    # a glossary-like memory, is held to its rendering).
    if evidence.is_heading(src, tgt) and 2 * len(zh) < len(src.strip()):
        return emit("heading-term-dropped", f'the heading\'s translation leaves out "{pref}" '
                    f'for "{zh}"', term=pref, found=zh, expected=pref, concept=cid)
    # The whole clause holding the term is left out of the translation (condensed), not
    # the term rendered otherwise: nothing else of that clause shows in the target.
    s0, e0, _ = occurrences[0]
    if evidence.omitted_clause(src, s0, e0, tgt):
        return emit("key-term-omitted", f'the clause with "{zh}" has no counterpart in the '
                    f'target (approved: "{pref}"): condensed or left out?', term=pref, found=zh,
                    expected=pref, concept=cid)
    return emit("key-term-missing", f'target lacks "{pref}" for "{zh}"', term=pref, found=zh,
                expected=pref, concept=cid)


def _term_spans(source: str, occurrences: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Every place ``source`` says one of the term's forms found in it (also inside a longer
    term), for blanking the term out of the source."""
    return [m.span() for t in {t for _, _, t in occurrences}
            for m in re.finditer(re.escape(t), source)]


def _swapped(pair: Pair, ix: _Index, cid: int, occurrences: list[tuple[int, int, str]],
             hits: dict[int, list[tuple[int, int]]], tgt_words: list[evidence.Word]
             ) -> tuple[int, int] | None:
    """The span of a phrase that renders the term with another head noun before its tail
    ("policy with Chinese characteristics"), outside every term rendered as approved, its
    noun rendering no other word of the source."""
    src, tgt = pair.source, pair.target
    spans = [h for hs in hits.values() for h in hs]
    rest = evidence.rest_of(src, _term_spans(src, occurrences))
    for r in ix.en_approved.get(cid, []):
        for a, b in evidence.tail_swaps(r, tgt, tgt_words):
            noun = evidence.words(tgt[a:b])[0][2]
            if not any(x < b and a < y for x, y in spans) \
                    and not evidence.rendered_elsewhere(rest, noun):
                return a, b
    return None


def _capitalized(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written as a name: every content word capitalized, and
    not only because it opens the sentence (one word at the start proves nothing)."""
    ws = [w for _, _, w in evidence.words(text[start:end])]
    content = [w for w in ws if w.casefold() not in _NAME_FUNCTION]
    if not content or not all(w[0].isupper() for w in content):
        return False
    at_start = not text[:start].strip() or text[:start].rstrip()[-1] in ".!?“\"'"
    return len(content) > 1 or not at_start


_NAME_FUNCTION = frozenset("a an the of and or with on in to for at by".split())


def han_left(pair: Pair, emit: _Emit) -> Iterator[Finding]:
    """Chinese characters left in the English target, one finding per run."""
    for m in _HAN_RUN.finditer(pair.target):
        yield emit("untranslated", f'target keeps Chinese "{m.group()}"', span=m.span(),
                   found=m.group())
