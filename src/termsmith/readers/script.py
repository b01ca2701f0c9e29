"""Which language a line or a document is written in: Chinese (Simplified or Traditional) or English.

Counted, not guessed: Han characters against Latin letters, a Han character
weighing as much as four letters (a Chinese word is one or two characters,
an English one five letters or so), so a Chinese sentence with ``GDP`` or an
English name in brackets stays Chinese, and an English sentence quoting
``头雁`` stays English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

__all__ = ["PINYIN", "PINYIN_SYLLABLE", "Script", "chinese_tag", "is_han", "script_of"]

# Hanyu pinyin without tones (genre knowledge: the Scheme for the Chinese Phonetic
# Alphabet's initials and finals): Chinese names and loanwords written in Latin letters
# (`Chongqing`, `hukou`, `hongchuan jingshen`). Syllables without an initial are spelt with
# y/w unless they start with a, o or e.
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = ("(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ui|ao|ou|iu|ie"
          "|ue|üe|an|en|in|un|ün|ia|ua|uo|a|o|e|i|u|ü|v)")
PINYIN_SYLLABLE = f"(?:{_INITIAL}{_FINAL}|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)"
PINYIN = re.compile(f"(?:{PINYIN_SYLLABLE})+")      # fullmatch: a lowercase word of pinyin

_HAN_WEIGHT = 4
# Full-width punctuation that only Chinese (and Japanese) text uses.
_ZH_PUNCT = frozenset("，。、；：？！“”‘’（）《》〈〉【】「」『』…—·")


class Script(StrEnum):
    """The writing of a line."""

    HAN = "han"          # Chinese
    LATIN = "latin"      # English (or another Latin-script language)
    NONE = "none"        # neither: digits, punctuation, a tag


def is_han(c: str) -> bool:
    """Whether ``c`` is a CJK ideograph."""
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x2FA1F or c == "〇"


def _class(chars: Iterable[str]) -> str:
    """A regular-expression character class of these characters, as ranges."""
    codes = sorted({ord(c) for c in chars})
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        a, b = chr(codes[i]), chr(codes[j])
        parts.append(re.escape(a) if i == j else f"{re.escape(a)}-{re.escape(b)}")
        i = j + 1
    return "[" + "".join(parts) + "]"


# Runs of the characters each side counts, found by the regular-expression engine (a loop
# over the characters in Python cost 24 of a big check's 31 profiled seconds).
_HAN_RUN = re.compile("(?:[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002fa1f〇]|"
                      + _class(_ZH_PUNCT) + ")+")
# Letters from Basic Latin to Latin Extended-B (below U+0250).
_LATIN_RUN = re.compile(_class(chr(o) for o in range(0x250) if chr(o).isalpha()) + "+")


# Latin letters are counted in the text's UTF-8 bytes: the ASCII ones by deleting them
# (``bytes.translate``, in C), those beyond (À, é, ł …) by the regular-expression engine, and
# only when a lead byte of U+0080..U+027F (0xC2..0xC9; continuation bytes are 0x80..0xBF)
# says there may be one. A run of letters found as a string per word, as before, cost most
# of the reader's time on an English document.
_LATIN_HIGH_RUN = re.compile(_class(chr(o) for o in range(0x80, 0x250) if chr(o).isalpha()) + "+")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_NOT_LATIN_LEAD = bytes(b for b in range(256) if not 0xC2 <= b <= 0xC9)


def _latin(text: str, beyond: int = -1) -> int:
    """How many Latin letters (Basic Latin to Latin Extended-B) ``text`` holds; or, when
    its ASCII letters alone are more than ``beyond`` (if given), their number (the
    comparison it is asked for is then decided)."""
    b = text.encode("utf-8", "surrogatepass")
    n = len(b) - len(b.translate(None, _ASCII_LETTERS))
    if 0 <= beyond < n:
        return n
    if len(b) > len(text) and b.translate(None, _NOT_LATIN_LEAD):
        n += sum(map(len, _LATIN_HIGH_RUN.findall(text)))
    return n


def _weights(text: str) -> tuple[int, int]:
    """How many Han characters (and Chinese punctuation marks) and Latin letters."""
    latin = _latin(text)
    han = 0 if text.isascii() else sum(map(len, _HAN_RUN.findall(text)))
    return han, latin


_ASCII_LETTER = re.compile("[A-Za-z]")


def script_of(text: str) -> Script:
    """The script ``text`` is mostly written in."""
    if text.isascii():          # most lines of an English document: no Han, so any letter
        return Script.LATIN if _ASCII_LETTER.search(text) else Script.NONE
    han = sum(map(len, _HAN_RUN.findall(text)))
    latin = _latin(text, beyond=han * _HAN_WEIGHT)
    if han == 0 and latin == 0:
        return Script.NONE
    return Script.HAN if han * _HAN_WEIGHT >= latin else Script.LATIN


def mostly_chinese(lines: Iterable[str]) -> bool:
    """Whether a document's lines are mostly Chinese: they hold an ideograph, and their
    Han characters and Chinese punctuation, weighted, outnumber their Latin letters."""
    text = "\n".join(lines)
    han = 0 if text.isascii() else sum(map(len, _HAN_RUN.findall(text)))
    if han == 0 or _HAN_ONLY.search(text) is None:
        # (the Latin letters need no counting; and punctuation alone, a middle dot or a
        # book title's marks with no ideograph, makes no text Chinese: "N·m", "0\n·")
        return False
    return han * _HAN_WEIGHT >= _latin(text, beyond=han * _HAN_WEIGHT)


_HAN_ONLY = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0002fa1f〇]+")


def chinese_tag(text: str) -> str:
    """``zh-Hant`` if many Han characters of ``text`` are outside GB2312 (Traditional), else ``zh-Hans``."""
    han = "".join(_HAN_ONLY.findall(text))
    if not han:
        return "zh-Hans"
    # GB2312 codes each of its characters in two bytes; the others are dropped.
    outside = len(han) - len(han.encode("gb2312", errors="ignore")) // 2
    return "zh-Hant" if outside > 0.2 * len(han) else "zh-Hans"
