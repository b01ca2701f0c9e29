"""Variant patterns of the term base, and naming the difference a variant makes.

:func:`patterns` generates what the document scan's one Aho-Corasick pass
(:class:`~termsmith.matcher.Matcher`) looks for: every term's own form, and
its spacing, hyphenation, number, numeral and order variants, one change each
(case is free: the matcher folds it). Shortened titles and flipped
coordinations (``snow and ice`` where the terms say ``ice and snow``) are
patterns too. :func:`classify` tells which ``variant-*`` check a found form
falls under.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from termsmith.check.refs import Ref, case_sensitive, distinctive, preferred, titled
from termsmith.frequency import zipf
from termsmith.harvest.lexicon import FUNCTION_WORDS
from termsmith.model import Review, Usage
from termsmith.normalize import fold, form_key, key, plural, singular, typography
from termsmith.text import squash

__all__ = ["Pattern", "classify", "letters", "patterns"]


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
class Pattern:
    """What a matched pattern means: an exact term, a variant, a deprecated term ..."""

    kind: str                    # exact | variant | deprecated | prefix | binomial
    ref: int | None              # index into the refs; None for a binomial
    expected: str                # the approved form
    present: tuple[int, ...]     # refs this form proves present (stale-term)
    note: str = ""


def patterns(refs: list[Ref], texts: list[str], scanned: str | None = None,
             said: str | None = None) -> list[tuple[str, Pattern, bool]]:
    """The automaton's patterns: each term's form, its variants, title prefixes, flips.

    ``texts`` are the refs' texts as matched (without double quotes). Each folded
    form is one pattern, given to the strongest ref that claims it. ``scanned``,
    if given, is the folded text the patterns will be matched against: a
    closed compound (``Oilfield``) is then split (which needs word frequencies,
    slow to load) only where the document holds a split of it, since a pattern
    that cannot occur can change no finding. ``said``, if given, is the letters and
    digits of all the text the patterns will be matched against (:func:`letters`):
    a term none of whose forms can occur there (:func:`_may_occur`) gets no pattern,
    which changes no finding either and spares a big term base's patterns.
    """
    exact: dict[str, list[int]] = defaultdict(list)
    variants: dict[str, list[tuple[int, str]]] = defaultdict(list)
    keys: dict[str, str] = {}           # form -> key, each form keyed once
    splits: dict[str, bool] = {}        # word -> whether ``scanned`` holds a split of it

    def key_of(form: str) -> str:
        got = keys.get(form)
        if got is None:
            got = keys[form] = key(form)
        return got

    for i, r in enumerate(refs):
        text = texts[i]
        if said is not None and not _may_occur(text, said, _forms(r)):
            continue
        exact[fold(text)].append(i)
        if case_sensitive(r) or r.term.usage is Usage.DEPRECATED:
            continue
        own = key_of(text)
        forms = _variants(text, scanned, splits) | {
            squash(f) for f in _forms(r) if key_of(f) == own}
        for v in forms:
            variants[fold(v)].append((i, v))
    out: list[tuple[str, Pattern, bool]] = []
    for f, idx in exact.items():
        out.append(_resolve_exact(refs, texts, idx, variants.pop(f, [])))
    for vs in variants.values():
        i, v = max(vs, key=lambda iv: refs[iv[0]].rank)
        out.append((v, Pattern("variant", i, texts[i], tuple(j for j, _ in vs)), False))
    taken = {fold(pattern) for pattern, _, _ in out}
    out += [p for p in _prefixes(refs, scanned) if fold(p[0]) not in taken]
    out += [p for p in _binomials(refs) if fold(p[0]) not in taken]
    return out


def letters(text: str) -> str:
    """``text``'s letters and digits, case folded: what every form of a term keeps of it
    (spacing, hyphens, quotes and other punctuation gone)."""
    return "".join(filter(str.isalnum, text.casefold()))


def _forms(r: Ref) -> Iterator[str]:
    """The forms a term's contexts show: counted (``variants``) when the term was read
    without its contexts, or in the contexts themselves."""
    yield from (f for f, _ in r.term.variants)
    yield from (c.form for c in r.term.contexts)


def _may_occur(text: str, said: str, forms: Iterable[str] = ()) -> bool:
    """Whether a form of the term ``text`` (its own, a variant of :func:`_variants`, or one
    of ``forms``, the forms its contexts show) can stand in the text whose :func:`letters`
    are ``said``: whether the letters every such form keeps (:func:`_kept`) are said.

    A form seen in a context may be spelt otherwise ("price indices" of "price indexes"):
    its own letters are looked for.
    """
    kept = _kept(text)
    if kept is None or kept in said:
        return True
    low = text.casefold()
    return any(letters(f) in said for f in forms if f.casefold() != low)


def _kept(text: str) -> str | None:
    """The letters every variant of ``text`` (:func:`_variants`) holds in a row, or None
    when there are none to be sure of.

    Each variant makes one change: it respaces or rehyphenates (joining two words,
    splitting a compound: the letters stay), swaps a numeral ("ninth" / "9th"), flips the
    two words around an "and", or changes the number of the last word (its tail). The
    words no change touches keep their letters, in order; the longest run of them is
    what every variant holds, the last word counting only for the letters it shares
    with its singular and its plural.
    """
    ws = text.split()
    n = len(ws)
    touched = [False] * n
    for i, w in enumerate(ws):
        low = w.lower()
        if low in _NUMERALS:
            touched[i] = True
        elif low == "and" and 0 < i < n - 1:
            touched[i - 1] = touched[i + 1] = True
    best: str | None = None
    start = 0
    for end in range(n + 1):
        if end < n and not touched[end]:
            continue
        if end > start:
            run = ws[start:end]
            got = (letters(" ".join(run[:-1])) + _last_kept(run[-1]) if end == n
                   else letters(" ".join(run)))
            if best is None or len(got) > len(best):
                best = got
        start = end + 1
    return best or None


@lru_cache(maxsize=65536)
def _last_kept(last: str) -> str:
    """What every variant of a term keeps of its last word ``last`` (see :func:`_variants`):
    the letters it shares with its singular and its plural, or all of them."""
    if not (last.isalpha() and len(last) > 2 and not last.isupper()):
        return letters(last)
    kept = [*zip(last.casefold(), singular(last).casefold(), plural(last).casefold(),
                 strict=False)]
    n = next((i for i, (a, b, c) in enumerate(kept) if not a == b == c), len(kept))
    return letters(last.casefold()[:n])


def _resolve_exact(refs: list[Ref], texts: list[str], idx: list[int],
                   rivals: list[tuple[int, str]]) -> tuple[str, Pattern, bool]:
    """The pattern for a form that is a term's own (``idx``), which ``rivals`` may claim."""
    live = [i for i in idx if refs[i].term.usage is not Usage.DEPRECATED]
    present = tuple(idx)
    if not live:    # only a deprecated term has this form
        i = idx[0]
        pref = preferred(refs[i].concept)
        return (texts[i], Pattern("deprecated", i, pref.text if pref else "", present), False)
    best = max(live, key=lambda i: refs[i].rank)
    own = {refs[i].cid for i in live}
    # A form that is its own (unreviewed) entry but a variant of a stronger term of
    # another concept, e.g. "Ninth Asian Winter Games" beside "9th Asian Winter Games".
    outside = [(i, v) for i, v in rivals if refs[i].cid not in own]
    if outside and refs[best].term.review is not Review.APPROVED:
        j, v = max(outside, key=lambda iv: refs[iv[0]].rank)
        if refs[j].rank > refs[best].rank:
            return (v, Pattern("variant", j, texts[j], present), False)
    return (texts[best], Pattern("exact", best, texts[best], present),
            case_sensitive(refs[best]))


def _variants(text: str, scanned: str | None = None,
              splits: dict[str, bool] | None = None) -> set[str]:
    """Spacing, hyphenation, number, numeral and order variants of a term (one change each).

    With ``scanned``, a compound's split is left out where ``scanned`` holds no split of it
    (``splits`` remembers, for one ``scanned``, which words it holds a split of).
    """
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
        elif (scanned is None or _split_said(w, scanned, splits)) and \
                (split := _compound_split(w)) is not None:
            out.add(" ".join([*ws[:i], split, *ws[i + 1:]]))
        swapped = _NUMERALS.get(w.lower())
        # A term that is a numeral alone ("one", quoted in a speech) has no numeral
        # variant: its digits would be every figure of the document ("43.1%").
        if swapped is not None and len(ws) > 1:
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
            out.add(" ".join([*ws[:-1], plural(last)]))
    out.discard(text)
    return out


def _split_said(word: str, scanned: str, splits: dict[str, bool] | None) -> bool:
    """:func:`_split_occurs`, remembered in ``splits`` (terms share their words)."""
    if splits is None:
        return _split_occurs(word, scanned)
    got = splits.get(word)
    if got is None:
        got = splits[word] = _split_occurs(word, scanned)
    return got


def _split_occurs(word: str, scanned: str) -> bool:
    """Whether ``scanned`` holds ``word`` cut in two by a space anywhere _compound_split cuts."""
    if not word.isalpha() or len(word) < 7:
        return False
    low = fold(word)
    return any(f"{low[:i]} {low[i:]}" in scanned for i in range(3, len(low) - 2))


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


# English nouns whose plural is not made with -s (English grammar's irregular plurals;
# the key, like `inflection`, leaves them alone: "people" is also a nation, 人民).
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child",
              "feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse",
              "oxen": "ox", "persons": "person"}


def _irregular_norm(text: str) -> str:
    return " ".join(_IRREGULAR.get(w, w) for w in fold(text).split())


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


def classify(found: str, expected: str) -> str | None:
    """The variant check id that tells ``found`` from ``expected`` (None if equal).

    Typographic differences (curly or straight apostrophes, dashes) are not variants.
    """
    found, expected = typography(found), typography(expected)
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
    if _irregular_norm(found) == _irregular_norm(expected):
        return "variant-inflection"         # "older people" of "older person"
    if _numeral_norm(found) == _numeral_norm(expected):
        return "variant-numeral"
    if _order_norm(found) == _order_norm(expected):
        return "variant-order"
    return "variant-spelling"


def _prefixes(refs: list[Ref], scanned: str | None = None) -> Iterator[tuple[str, Pattern, bool]]:
    """Short forms of long titles, cut before a preposition, to catch them lowercased.

    ``the 60 measures for talent revitalization`` shortens and lowercases the
    programme ``60 Measures for Talent Revitalization in Heilongjiang in the New
    Era``. Only distinctive prefixes (a figure or a rare word, three words or more)
    are used, so ``the food safety commission`` is not taken for a title. With
    ``scanned`` (see :func:`patterns`), only prefixes it holds are judged.
    """
    for i, r in enumerate(refs):
        ws = r.term.text.split()
        if len(ws) < 4 or not titled(r.term.text) or case_sensitive(r):
            continue
        for k in range(3, len(ws)):
            if ws[k] in _CUTS and ws[k - 1].lower() not in FUNCTION_WORDS:
                head = ws[:k]
                text = " ".join(head)
                # (a prefix the scanned text lacks is not judged: that takes word frequencies)
                if (scanned is None or fold(text) in scanned) and distinctive(text):
                    yield text, Pattern("prefix", i, text, (i,)), False


def _binomials(refs: list[Ref]) -> Iterator[tuple[str, Pattern, bool]]:
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
                   Pattern("binomial", None, f"{a} and {b}", (),
                           note=f'{len(terms)} terms such as "{example}"'), False)
