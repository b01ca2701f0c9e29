"""Sentence splitting for Chinese and English paragraphs: spans into the paragraph, nothing lost.

:func:`split` returns ``(start, end)`` spans of ``text``: each sentence without
the white space around it; between two spans there is only white space, so
no character but spacing is ever dropped, and no span is empty.

* Chinese (:func:`split_zh`): a sentence ends after ``。！？；…`` (full- or
  half-width, runs such as ``？！`` or ``……`` together) and the closing quotes
  and brackets that follow them (``。”``, ``！）``). A colon, a comma or a full
  stop inside a number never ends one.
* English (:func:`split_en`): a sentence ends after ``. ! ?`` (and the quotes
  and brackets after them) before white space and a capital, a digit or an
  opening quote; but not after a title (``Mr.``, ``Dr.``), an initial
  (``J. Smith``), ``No.``/``Vol.``/``Art.`` before a number, a month before a
  day (``Feb. 7``) or a company suffix inside a name (``Co. Ltd.``). After an
  abbreviation that can close a sentence (``Ltd.``, ``etc.``, ``a.m.``,
  ``U.S.``) a sentence ends only if the next word is one that opens
  sentences (``The``, ``We``, ``It`` ...). Decimals (``3.5``) have no space after
  the point and never split.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["Span", "sentences", "split", "split_en", "split_zh"]

Span = tuple[int, int]

# -- Chinese ---------------------------------------------------------------------

_ZH_END = re.compile(r"(?:[。！？；!?;]|…+|\.{3,})+[”’」』）)》】〕\]\"']*")


def split_zh(text: str) -> list[Span]:
    """Sentence spans of a Chinese paragraph."""
    return _spans(text, (m.end() for m in _ZH_END.finditer(text)))


# -- English ---------------------------------------------------------------------

# Titles before a name: a full stop after one never ends a sentence (English usage).
_TITLES = frozenset("mr mrs ms dr prof gen gov sen rep rev hon st mt ft lt col capt sgt cmdr "
                    "adm pres amb supt insp messrs".split())
# Before a number only: "No. 1", "Vol. 2", "Art. 5", "pp. 12" ("no." alone is a word).
_NUMBERED = frozenset("no nos vol vols fig figs art arts sec ch chap para pp p op".split())
# Months: "Feb. 7", "Sept. 9, 2025"; a sentence may still end on one ("... in Jan. We ...").
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that sit inside a sentence but may also close one ("... Co. Ltd. The firm").
_MAY_CLOSE = frozenset("co ltd inc corp plc llc bros dept univ assn est approx etc al "
                       "a.m p.m u.s u.k u.n e.u u.s.a p.r.c e.g i.e vs cf jr sr".split())
# Words that open English sentences (closed-class words, genre-neutral): after an
# abbreviation that may close a sentence, one of these says the sentence did close.
_OPENERS = frozenset("""
    the this that these those it its we our us i he she his her they their there here
    in on at as for with by from to of a an and but so yet or nor also however meanwhile
    moreover furthermore therefore thus besides still then now today tomorrow yesterday
    after before since while when where what why how who which if although though
    because all some many most each every no not none one two three first second
    finally overall next last let please thank thanks yes
    """.split())

_OPENING = "\"'“‘([{"


def split_en(text: str) -> list[Span]:
    """Sentence spans of an English paragraph."""
    return _spans(text, [m.end() for m in _EN_END.finditer(text)
                         if m.group(1) is not None or _en_boundary(text, m)])


def _en_boundary(text: str, m: re.Match[str]) -> bool:
    punct = m.start()
    nxt = _next_word(text, m.end())
    if nxt is None:
        return True                        # the end of the paragraph
    first = nxt[0]
    if text[punct] != "." or m.group().startswith(".."):
        # "!" and "?" end a sentence unless the text goes on in lower case ("Yes? no").
        return not first.islower()
    if first.islower():
        return False
    if not (first.isupper() or first.isdigit() or first in _OPENING):
        return first.isalpha()             # a letter without case (a Chinese name)
    word = _word_before(text, punct).lower()
    bare = word.rstrip(".")
    if bare in _TITLES:
        return False
    if (bare in _NUMBERED or bare in _MONTHS) and first.isdigit():
        return False
    if bare in _MONTHS:
        return _opens(nxt)
    if len(bare) == 1 and bare.isalpha():
        return False                       # an initial: "J. Smith", "Plan B. The" is rare
    if bare in _MAY_CLOSE or _is_dotted(word):
        return _opens(nxt)
    return True


_NEXT_WORD = re.compile(r"\s*(\S+)")
_WORD_START = frozenset(" \t\n\r\u00a0\u3000" + _OPENING)   # what a word starts after


def _certain() -> str:
    """Look-behinds at a full stop that _en_boundary would pass without a look, before white
    space and an ASCII capital or digit: after seven characters of one word with no dot
    among them (longer than any abbreviation above, and no dotted one), or after a word of
    two to six lowercase letters that is none of them (its own lower case, no initial, no
    dot). Most full stops of running text; _en_boundary is asked of the rest."""
    after = "[" + re.escape("".join(sorted(_WORD_START))) + "]"      # what _word_before stops at
    abbreviations = _TITLES | _NUMBERED | _MONTHS | _MAY_CLOSE
    longest = max(map(len, abbreviations))
    certain = [f"(?<=[^\\s.{re.escape(_OPENING)}]{{{longest + 1}}}\\.)"]
    for k in range(2, longest + 1):
        these = sorted(w for w in abbreviations if len(w) == k and w.isalpha())
        certain.append(f"(?<={after}[a-z]{{{k}}}\\.)"
                       + (f"(?<!{after}(?:{'|'.join(these)})\\.)" if these else ""))
    return "(?:" + "|".join(certain) + ")"


# "[.!?…][.!?…]*", not "[.!?…]+": a pattern that opens with a character class is searched
# for by that class, character by character in C; one that opens with a repeat is tried
# whole at every position, twice as slow over a long paragraph. Group 1 is set (empty)
# where the end is certain without _en_boundary (_certain).
_EN_END = re.compile(r"[.!?…](?:" + _certain() + r"[\"'”’)\]]*(?=\s+[A-Z0-9])()"
                     r"|[.!?…]*[\"'”’)\]]*(?=\s|$))")


def _word_before(text: str, punct: int) -> str:
    """The word ending at ``punct`` (dots inside it kept: ``U.S``, ``a.m``)."""
    j = punct
    while j > 0 and text[j - 1] not in _WORD_START:     # words are short: a few steps
        j -= 1
    return text[j:punct]


def _next_word(text: str, i: int) -> str | None:
    m = _NEXT_WORD.match(text, i)
    return m.group(1) if m else None


def _opens(word: str) -> bool:
    """Whether ``word`` (after an abbreviation) opens a new sentence."""
    w = word.lstrip(_OPENING).rstrip(".,;:!?\"'”’)").lower()
    return w in _OPENERS


def _is_dotted(word: str) -> bool:
    """Dotted abbreviations: ``U.S.``, ``a.m.``, ``P.R.C.`` (letters between dots)."""
    return "." in word and _DOTTED.fullmatch(word) is not None     # most words: no dot


_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]\.?")


# -- both ------------------------------------------------------------------------


def _spans(text: str, ends: Iterable[int]) -> list[Span]:
    """Spans between the given sentence ends (and the paragraph's end), white space trimmed."""
    out: list[Span] = []
    start = 0
    for end in [*ends, len(text)]:
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
        start = max(start, end)
    return out


def split(text: str, lang: str) -> list[Span]:
    """Sentence spans of a paragraph in ``lang`` (``zh``, ``zh-Hans`` ... or anything else: English)."""
    return list(_split(text, lang.split("-")[0].lower() == "zh"))


@lru_cache(maxsize=1 << 16)   # sized for a large document: each harvester walks it
def _split(text: str, chinese: bool) -> tuple[Span, ...]:
    return tuple(split_zh(text) if chinese else split_en(text))


def sentences(text: str, lang: str) -> list[str]:
    """The sentences of a paragraph as strings."""
    return [text[s:e] for s, e in split(text, lang)]
