"""How much of an approved English rendering a target sentence holds: graded evidence.

A professional translation does not repeat a term the way its Chinese original
does. 马克思主义理论 becomes "Marxist theory", 中华民族伟大复兴 "the great renewal
of the Chinese nation", a term said again in the next clause "this path". A check
that wants the full rendering in every sentence cries wolf on such work; one that
takes any word of the rendering hides a wrong one ("the mass route" for "the mass
line"). The grades, from the evidence a terminologist would weigh:

* **present**: the approved rendering, an admitted short form or acronym, in any
  inflection (found by the caller's matcher);
* **loose**: the rendering's head word in any derived form (``Marxist`` for
  ``Marxism``, ``rejuvenating`` for ``rejuvenation``, ``nation`` for ``Chinese
  nation``: :func:`heads`, :func:`stem`), or the rendering of a term of the term
  base nested in the source term (caller), or a word of the rendering for a
  member noun (中国共产党人 "Chinese Communists": :func:`member_noun`), or a
  personal pronoun for a named person (邓小平同志 "he": :func:`named_person`);
* **absent**: nothing of it. :func:`deviation` finds the phrase that keeps the
  rendering's modifiers and swaps its head ("mass route"), for the message.

Pure functions of strings; no term base, no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["Word", "content_stems", "demonstrative", "deviation", "heads", "is_heading", "member_noun",
           "named_person", "pronoun", "stem", "words"]

Word = tuple[int, int, str]            # start, end, the word as written

# Letters with inner apostrophes (People’s); a hyphen splits (pre-reform-and-opening-up).
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_PREPOSITIONS = frozenset("of with on from for in to at by into under over between against "
                          "among through toward towards".split())
_FUNCTION = _PREPOSITIONS | frozenset("a an the and or up out its their our this that these "
                                      "those".split())
# Suffixes stripped to reach a word's stem, longest first: inflection, then derivation
# (English morphology: -ism/-ist Marxism/Marxist, -ation/-ate rejuvenation/rejuvenate,
# -ity/-ous prosperity/prosperous, -ization modernization/modern, -ship relationship).
_SUFFIXES = tuple(sorted((
    "s es ies ed ing 's ’s "
    "ism isms ist ists istic ization izations isation isations ize izes ized izing ise "
    "ation ations ating ated ate ates ity ities ous ness ment ments ship ships ance ence "
    "al ally ic ical ically ive y").split(), key=len, reverse=True))
_MIN_STEM = 4


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude derivational stem: ``Marxist`` and ``Marxism`` → ``marx``, ``national`` → ``nation``.

    Suffixes come off until none is left that would leave four letters, so ``nation``
    keeps its ``-ation`` and ``line`` its ``e``. Coarse on purpose (``community`` and
    ``communism`` meet): it only decides whether a word is a *loose* rendering,
    reported at info, never that a term is present.
    """
    w = word.casefold().replace("’", "'")
    if w.endswith("ies") and len(w) > 5:
        w = w[:-3] + "y"                       # parties -> party
    while True:
        for suffix in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= _MIN_STEM:
                w = w[: -len(suffix)]
                break
        else:
            return w


def words(text: str) -> list[Word]:
    """The words of ``text`` with their offsets; a possessive stays on its word."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _plain(w: str) -> str:
    w = w.casefold().replace("’", "'")
    return w[:-2] if w.endswith("'s") else w


@lru_cache(maxsize=65536)
def heads(rendering: str) -> frozenset[str]:
    """Stems of the head words of an English term: the last content word before its first
    preposition, in each conjunct.

    ``rejuvenation of the Chinese nation`` → rejuven; ``Chinese nation`` → nation;
    ``reform and opening up`` → reform, open; ``Marxism`` → marx.
    """
    ws = [_plain(w) for _, _, w in words(rendering)]
    for i, w in enumerate(ws):
        if i and w in _PREPOSITIONS:
            ws = ws[:i]
            break
    out: set[str] = set()
    conjunct: list[str] = []
    for w in [*ws, "and"]:
        if w in ("and", "or"):
            content = [c for c in conjunct if c not in _FUNCTION]
            if content:
                out.add(stem(content[-1]))
            conjunct = []
        else:
            conjunct.append(w)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _modifiers(rendering: str) -> tuple[str, ...]:
    """Stems of the content words before the head of a one-conjunct term (``mass line`` → mass)."""
    ws = [_plain(w) for _, _, w in words(rendering)]
    for i, w in enumerate(ws):
        if i and w in _PREPOSITIONS:
            ws = ws[:i]
            break
    if "and" in ws or "or" in ws:
        return ()
    content = [w for w in ws if w not in _FUNCTION]
    return tuple(stem(w) for w in content[:-1])


@lru_cache(maxsize=65536)
def content_stems(rendering: str) -> frozenset[str]:
    """Stems of every content word of an English term."""
    return frozenset(stem(_plain(w)) for _, _, w in words(rendering) if _plain(w) not in _FUNCTION)


def find_stems(target_words: list[Word], stems: frozenset[str]) -> Word | None:
    """The first word of the target whose stem is one of ``stems``."""
    for w in target_words:
        if stem(_plain(w[2])) in stems:
            return w
    return None


def deviation(rendering: str, target: str, target_words: list[Word]) -> tuple[int, int] | None:
    """The span of a phrase that keeps the rendering's modifiers and swaps its head.

    ``mass line`` in "we follow the mass route" → "mass route". None when the
    rendering has no modifier or the target has no such phrase.
    """
    mods = _modifiers(rendering)
    if not mods:
        return None
    hd = heads(rendering)
    stems = [stem(_plain(w)) for _, _, w in target_words]
    n = len(mods)
    for i in range(len(stems) - n):
        if tuple(stems[i:i + n]) == mods and stems[i + n] not in hd \
                and _plain(target_words[i + n][2]) not in _FUNCTION \
                and all(not target[a[1]:b[0]].strip(" -") for a, b in
                        zip(target_words[i:i + n], target_words[i + 1:i + n + 1], strict=True)):
            return target_words[i][0], target_words[i + n][1]   # one phrase: no comma between
    return None


# -- the source side --------------------------------------------------------------

# Titles that follow a person's name in Chinese texts of the genre (邓小平同志, 李主席):
# a name so marked is a person, whom English refers back to with a pronoun.
_PERSON_TITLES = ("同志", "主席", "总书记", "总理", "副总理", "委员长", "书记", "先生", "女士",
                  "教授", "院士")
# Suffixes that make a member noun of an organisation or doctrine (共产党人 Communists,
# 党员 Party members): the English member noun is derived from the rendering's words.
_MEMBER_SUFFIXES = ("人", "员")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b")


def named_person(source: str, end: int) -> bool:
    """Whether the term ending at ``source[end]`` is a person's name (a title follows it)."""
    return source.startswith(_PERSON_TITLES, end)


def member_noun(source: str, end: int) -> bool:
    """Whether the term ending at ``source[end]`` is the stem of a member noun (共产党 + 人)."""
    return source.startswith(_MEMBER_SUFFIXES, end)


# A demonstrative determiner and the noun phrase word after it ("this goal", "these theories").
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch)\s+[A-Za-z][\w’'-]*")


def demonstrative(target: str) -> tuple[int, int] | None:
    """The span of the first demonstrative phrase of ``target`` ("this goal")."""
    m = _DEMONSTRATIVE.search(target)
    return m.span() if m else None


def pronoun(target: str) -> tuple[int, int] | None:
    """The span of the first third-person personal pronoun of ``target``."""
    m = _PRONOUN.search(target)
    return m.span() if m else None


# Marks that end a sentence (a heading has none); closing quotes and brackets may follow.
_ZH_END = "。！？!?；;…：:"
_EN_END = ".!?;:…"
_CLOSERS = "”’」』）)》】\"' \t"


def is_heading(source: str, target: str) -> bool:
    """Whether a pair is a heading or title: short, and no sentence-final mark on either side.

    Titles are rewritten rather than translated (a Chinese title that names a
    doctrine in full may have an English one that keeps its gist), so a term a
    title leaves out is not an error of the translation.
    """
    s, t = source.rstrip(_CLOSERS), target.rstrip(_CLOSERS)
    return bool(s and t) and len(s) <= 60 and "\n" not in s and s[-1] not in _ZH_END \
        and t[-1] not in _EN_END


# Marks that end a clause of a Chinese sentence: the unit a translation keeps or drops.
_ZH_CLAUSE = re.compile(r"[，；。！？：,;!?:]")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
MIN_CLAUSE_WORDS = 2      # dictionary words (two characters or more) besides the term


def omitted_clause(source: str, start: int, end: int, target: str) -> bool:
    """Whether the clause of ``source`` holding ``source[start:end]`` has no counterpart in
    ``target``: it has :data:`MIN_CLAUSE_WORDS` or more dictionary words besides the term
    and none of them (nor a name spelled in pinyin, nor a number) shows in the target,
    while another clause of the source does. Official translations condense: a clause
    left out is an omission to look at, not a wrong rendering of the term in it.

    The evidence is CC-CEDICT and pinyin (:mod:`termsmith.equivalents.lexicon`).
    """
    from termsmith.equivalents import lexicon

    said = [w for _, _, w in words(target)]
    stems = {lexicon.stem(w) for w in said}
    names = [w for w in said if w[:1].isupper()]
    numbers = set(_DIGITS.findall(target))

    def shown(lo: int, hi: int, skip: tuple[int, int] | None) -> tuple[int, int]:
        """(dictionary words of source[lo:hi] outside ``skip``, how many show in the target)."""
        text = source[lo:hi]
        listed = shows = 0
        for i, j, meanings in lexicon.links(text):
            if j - i < 2 or (skip and lo + i < skip[1] and lo + j > skip[0]):
                continue
            listed += 1
            if meanings & stems or any(lexicon.stems_match(m, s) for m in meanings
                                       for s in stems):
                shows += 1
        for i, j, _ in lexicon.pinyin_links(text, names):
            if not (skip and lo + i < skip[1] and lo + j > skip[0]):
                shows += 1
        shows += sum(1 for n in _DIGITS.findall(text) if n in numbers)
        return listed, shows

    bounds = [0, *(m.end() for m in _ZH_CLAUSE.finditer(source)), len(source)]
    clauses = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if source[a:b].strip()]
    mine = next(((a, b) for a, b in clauses if a <= start < b), None)
    if mine is None or len(clauses) < 2:
        return False
    listed, shows = shown(*mine, (start, end))
    if listed < MIN_CLAUSE_WORDS or shows:
        return False
    return any(shown(a, b, None)[1] for a, b in clauses if (a, b) != mine)
