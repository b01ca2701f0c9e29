"""Language tags: what the term base stores and what CAT tools are given.

The term base keeps Chinese as ``zh-Hans`` (Simplified) or ``zh-Hant``
(Traditional). CAT tools match on the language part only and take whichever
Chinese variant comes last, so exports write one Chinese tag per file,
``zh-CN`` by default. Imports understand every common spelling.
"""

from __future__ import annotations

import re

# Region or script subtags that mean Traditional Chinese.
_TRADITIONAL = {"hant", "tw", "hk", "mo"}
ZH_EXPORT_TAGS = ("zh-CN", "zh-TW", "zh", "zh-Hans", "zh-Hant")
_TAG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")
# BCP 47's shape for a column heading (RFC 5646, 2.1): a language of two letters, then a
# script of four letters, a region of two letters or three digits, variants of five to
# eight characters (or a digit and three): "zh-Hans-CN", "es-419", "de-1996", not "AA_00".
_HEADING = re.compile(r"[a-z]{2}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?"
                      r"(?:[-_](?:[a-z0-9]{5,8}|\d[a-z0-9]{3}))*", re.IGNORECASE)


def is_heading_tag(cell: str) -> bool:
    """Whether a spreadsheet cell is shaped as a language tag (``en``, ``zh_CN``, ``es-419``)."""
    return cell.isascii() and _HEADING.fullmatch(cell) is not None


def normalize(tag: str) -> str:
    """The term base's form of a language tag.

    ``zh_CN``, ``zh-cn``, ``ZH``, ``zh-Hans-CN`` → ``zh-Hans``; ``zh-TW``,
    ``zh-Hant`` → ``zh-Hant``; ``en-US``, ``EN`` → ``en``; other tags keep their
    subtags with BCP 47 casing (``pt_br`` → ``pt-BR``). Raises ValueError on junk.
    """
    t = tag.strip()
    if not _TAG.match(t):
        raise ValueError(f"not a language tag: {tag!r}")
    parts = re.split(r"[-_]", t)
    primary = parts[0].lower()
    rest = [p.lower() for p in parts[1:]]
    if primary == "zh":
        return "zh-Hant" if any(p in _TRADITIONAL for p in rest) else "zh-Hans"
    if primary == "en":
        return "en"
    out = [primary]
    for p in parts[1:]:
        out.append(p.title() if len(p) == 4 else p.upper() if len(p) == 2 else p.lower())
    return "-".join(out)


def export_tag(lang: str, zh_tag: str = "zh-CN", en_tag: str = "en") -> str:
    """The tag to write for a stored language: Chinese gets ``zh_tag``, English ``en_tag``."""
    if lang.split("-")[0].lower() == "zh":
        return zh_tag
    if lang == "en":
        return en_tag
    return lang


def is_chinese(lang: str) -> bool:
    """True for any Chinese tag."""
    return re.split(r"[-_]", lang)[0].lower() == "zh"
