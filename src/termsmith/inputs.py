"""Text from outside, checked at the door: the command line, sheets, the review page, imports.

A control character (NUL, ESC, DEL, the C1 range) in a term, note or definition
would be printed raw to a terminal, where an escape sequence can rewrite the
screen or the window title (CWE-150), and XML cannot hold one at all, so every
TBX and TMX export would fail until someone found it by hand. Such text is
refused where it comes in, with the field named (issue 15, item 21); what is
printed for people goes through :func:`visible` as well::

    check(field, value)      the value, or ValueError naming the field and the character
    visible(text)            control characters shown as escapes (\\x1b), for terminals
    invisible(text)          the invisible format characters a text holds (zero-width
                             space and joiners, bidirectional overrides …)
    strip_invisible(text)    the text without them, for matching
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls but tab, LF and CR; DEL; C1 controls; lone surrogates (not UTF-8);
# U+FFFE/U+FFFF (not characters).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"[\t\n\r]")

# Format characters (Unicode category Cf) that show as nothing but make two
# spellings of a term differ: zero-width space/non-joiner/joiner, word joiner,
# soft hyphen, byte-order mark, the bidirectional marks, embeddings, overrides and
# isolates (the "Trojan Source" characters, CVE-2021-42574), invisible operators.
INVISIBLE = frozenset(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
_INVISIBLE = re.compile("[" + "".join(sorted(INVISIBLE)) + "]")


def check(field: str, value: str, *, multiline: bool = True) -> str:
    """Return ``value`` if it holds no control character, else raise ValueError naming ``field``.

    Tab and line breaks are allowed in multi-line fields (notes, definitions),
    refused in one-line ones (terms).
    """
    bad = _CONTROL.search(value) or (None if multiline else _LINE_BREAKS.search(value))
    if bad is not None:
        raise ValueError(f"{field} has a control character {_name(bad.group())} at position "
                         f"{bad.start() + 1}; remove it")
    return value


def visible(text: str) -> str:
    """``text`` with control characters (but tab and line feed) and bidirectional overrides
    shown as escapes, for terminals."""
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]",
                  lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"),
                  text)


def invisible(text: str) -> list[str]:
    """The invisible format characters in ``text``, as ``U+200B ZERO WIDTH SPACE``, in order, once."""
    return list(dict.fromkeys(_name(c) for c in _INVISIBLE.findall(text)))


def strip_invisible(text: str) -> str:
    """``text`` without invisible format characters (matching ignores them)."""
    return _INVISIBLE.sub("", text) if not text.isascii() else text


def _name(char: str) -> str:
    return f"U+{ord(char):04X}" + (f" {unicodedata.name(char)}" if unicodedata.name(char, "") else "")


# -- spreadsheet cells (CWE-1236, formula injection) -------------------------------------

# A cell a spreadsheet would run as a formula (OWASP "CSV Injection"): one that begins
# with = + - @, or with a tab or carriage return before one of them.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEUTRAL = "'"


def cell(value: str) -> str:
    """``value`` for a CSV/TSV cell: a leading ``'`` added where a spreadsheet would take
    the text for a formula (OWASP's advice; the writers' quoting does the rest), and
    where the text already looks neutralised (``'=``), so that :func:`uncell` gives it
    back as it was."""
    return _NEUTRAL + value if value.lstrip(_NEUTRAL).startswith(_FORMULA_START) else value


def uncell(value: str) -> str:
    """A CSV/TSV cell read back: the ``'`` that :func:`cell` added removed again."""
    if value.startswith(_NEUTRAL) and value.lstrip(_NEUTRAL).startswith(_FORMULA_START):
        return value[1:]
    return value


def is_formula(value: str) -> bool:
    """True for a cell a spreadsheet would run (not neutralised by a leading ``'``)."""
    return value.lstrip(" ").startswith(("=", "+", "@")) or value.startswith(("\t=", "\r="))
