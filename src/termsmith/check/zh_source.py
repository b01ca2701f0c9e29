"""Checks of a pair whose source is Chinese and whose target is English (issue 9).

The desks translate Chinese originals into English, so this is the direction
that matters most. On each pair:

* key terms: an approved Chinese term of the source (found with the automaton
  and jieba's word boundaries, the term base as user dictionary) wants one of
  its concept's approved English terms in the target: the preferred term, an
  admitted short form or acronym, in any number (``black soils``,
  ``children``) and with a possessive (``nation's``); a deprecated English
  rendering is ``forbidden-target`` instead;
* slogans: a term the source quotes (``“头雁”``) wants its approved English
  inside quotation marks in the target;
* Chinese characters left in the English (``untranslated``).

Numbers, quotes and brackets are shared with the English-source checks in
:mod:`termsmith.check.bilingual`. An approved English term in the target whose
Chinese the source lacks is *not* reported in this direction: official English
names what the Chinese leaves implicit (``CPC`` for 党, ``Chinese`` for 我国).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from termsmith.model import Finding

if TYPE_CHECKING:
    from termsmith.check.bilingual import Pair, _Emit, _Index

__all__ = ["han_left", "terms"]

# Quotation marks of a Chinese source: “…” and 「…」 (straight quotes in some files).
_ZH_QUOTE = re.compile(r"“([^“”]+)”|「([^「」]+)」|\"([^\"\n]+)\"")
# Quotation marks of an English target: curly or straight double quotes.
_EN_QUOTE = re.compile(r"“([^“”]*)”|\"([^\"\n]*)\"")
_HAN_RUN = re.compile(r"[\u3400-\u4DBF\u4E00-\u9FFF\U00020000-\U0002FA1F〇]+")
_TRAIL = " ，。、；：！？,.;:!?"


def _body(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g is not None)


def terms(pair: Pair, ix: _Index, emit: _Emit) -> Iterator[Finding]:
    """Key terms, forbidden renderings and quoted slogans of a Chinese → English pair."""
    src, tgt = pair.source, pair.target
    # Approved Chinese terms of the source whose concept has approved English.
    wanted: dict[int, tuple[int, int, str]] = {}
    for s, e, t in ix.zh.find(src):
        for cid in sorted(ix.ok_owner.get(t, ())):
            if cid in ix.en_pref:
                wanted.setdefault(cid, (s, e, t))
    src_quotes = [(m.start(), m.end(), _body(m).strip(_TRAIL)) for m in _ZH_QUOTE.finditer(src)]
    quoted: dict[int, int] = {}                  # concept -> index of the source quote it fills
    for cid, (s, e, t) in wanted.items():
        for qi, (qs, qe, body) in enumerate(src_quotes):
            if qs < s and e < qe and body == t:
                quoted.setdefault(cid, qi)

    hits: dict[int, list[tuple[int, int]]] = {}
    for m in ix.en_ok.find_all(tgt):
        hits.setdefault(m.value, []).append((m.start, m.end))
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
    for cid, (_, _, zh) in wanted.items():
        if cid in bad:
            continue                                 # already reported as forbidden-target
        pref = ix.en_pref[cid]
        found = hits.get(cid, [])
        if cid not in quoted:
            if not found:
                yield emit("key-term-missing", f'target lacks "{pref}" for "{zh}"',
                           term=pref, found=zh, expected=pref, concept=cid)
            continue
        # A quoted source term: its rendering should stand, quoted, in the target.
        if any(qs < a and b < qe for a, b in found for qs, qe, _ in tgt_quotes):
            continue
        counterpart = (tgt_quotes[quoted[cid]] if len(tgt_quotes) == len(src_quotes) else None)
        if found:
            a, b = found[0]
            yield emit("slogan-rendering",
                       f'target renders quoted “{zh}” as {tgt[a:b]}, without quotation marks',
                       span=(a, b), term=pref, found=tgt[a:b], expected=f"“{pref}”", concept=cid)
        elif counterpart is not None:
            qs, qe, body = counterpart
            yield emit("slogan-rendering", f'target renders quoted “{zh}” as “{body}”, not “{pref}”',
                       span=(qs + 1, qe - 1), term=pref, found=body, expected=pref, concept=cid)
        else:
            yield emit("slogan-rendering", f'target lacks “{pref}” for quoted “{zh}”',
                       term=pref, found=zh, expected=pref, concept=cid)


def han_left(pair: Pair, emit: _Emit) -> Iterator[Finding]:
    """Chinese characters left in the English target, one finding per run."""
    for m in _HAN_RUN.finditer(pair.target):
        yield emit("untranslated", f'target keeps Chinese "{m.group()}"', span=m.span(),
                   found=m.group())
