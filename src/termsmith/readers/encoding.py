"""Decode a source file's bytes: Unicode with or without a byte-order mark, or a desk's legacy encoding.

Detection, in order (issue 15 item 9):

1. ``--encoding`` given: that codec, strictly (a BOM of that codec is dropped);
2. a byte-order mark: UTF-8, UTF-16 or UTF-32;
3. valid UTF-8;
4. a file that is mostly valid UTF-8 with a few bad bytes is damaged UTF-8: an
   error naming the first bad byte's line and column, not a guess;
5. GB18030 or Big5, whichever decodes to more of its own common characters
   (GB2312 level 1, Big5 level 1), if most of them are: text in the other
   encoding, or in a Japanese one, decodes to rare characters; Korean (EUC-KR),
   which decodes to common ones, is told by its spaces between words;
6. Windows-1252, when the text then is mostly ASCII (English files saved by
   Windows tools: curly quotes, dashes, accented names).

Anything else is a one-line error naming the file, saying which encoding the
bytes look like (charset-normalizer's guess) and offering ``--encoding``. A file
that is plainly no text at all (a PDF, a Word document, a compressed file, a term
base: told by its first bytes) is refused first, saying what it is and what to do,
whatever ``--encoding`` says.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache

from termsmith.errors import SourceError
from termsmith.readers.script import is_han

__all__ = ["Decoded", "decode", "encoding_problem", "line_of"]

_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY_CHINESE = ("gb18030", "big5")
_MIN_COMMON = 0.6       # share of common characters a Chinese decoding needs to be believed


_SAVE_AS_TEXT = "save it as plain text (.txt) or a web page (.html) and give that"
# Files a desk has that are no text, by their first bytes: what they are, what to do.
_NOT_TEXT = (
    (b"%PDF-", "a PDF document", "extract its text first (e.g. pdftotext -layout) and give that"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt document, an .xlsx workbook?)", _SAVE_AS_TEXT),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (.doc, .xls)",
     _SAVE_AS_TEXT),
    (b"{\\rtf", "an RTF document", _SAVE_AS_TEXT),
    (b"\x1f\x8b", "a gzip-compressed file", "decompress it first"),
    (b"SQLite format 3\x00", "an SQLite database (a term base?)", "a term base is given as --db FILE"),
)


# A web page saved as one file (Chrome's "Webpage, Single File", .mhtml/.mht): text, but
# MIME parts in quoted-printable, which read as a transcript give "State Co= uncil".
_MIME_HEADERS = re.compile(rb"\A(?:[\x21-\x39\x3b-\x7e]+:[^\n]*\n|[ \t][^\n]*\n)+")


def _web_archive(data: bytes) -> bool:
    """A MIME message of related parts: MIME-Version and Content-Type multipart/related
    among the header lines it opens with."""
    head = data[:4096].removeprefix(codecs.BOM_UTF8).replace(b"\r\n", b"\n")
    m = _MIME_HEADERS.match(head)
    block = m.group(0) if m else b""
    return (re.search(rb"(?im)^MIME-Version:", block) is not None
            and re.search(rb"(?im)^Content-Type:\s*multipart/related", block) is not None)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from a file, and the codec that decoded it (Python's name)."""

    text: str
    encoding: str


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode ``data`` (the bytes of file ``name``), detecting the encoding unless one is given."""
    for magic, what, todo in _NOT_TEXT:
        if data.startswith(magic):
            raise SourceError(f"{name}: this is {what}, not text; {todo}")
    if _web_archive(data):
        raise SourceError(f"{name}: this is a web archive (.mhtml: a page saved as a single "
                          "file), not text; save the page as 'Webpage, HTML only' (.html) and "
                          "give that")
    if encoding:
        return _given(data, name, encoding)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data, name, codec, len(bom)), codec)
    nul = data.find(b"\0")
    if nul >= 0:    # NUL is valid UTF-8 and GB18030: a UTF-16 file without a BOM would slip through
        if _looks_utf16(data):
            order = "le" if data[1:2] == b"\0" else "be"
            raise SourceError(f"{name}: UTF-16 text without a byte-order mark; "
                              f"give --encoding utf-16-{order}")
        raise SourceError(f"{name}: line {line_of(data, nul)}: binary file (NUL byte)")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        first_error = e
    if _mostly_utf8(data):
        raise _error(data, name, "utf-8", first_error)
    scored = []
    for codec in _LEGACY_CHINESE:
        text = _try(data, codec)
        if text is not None and _unspaced(text):
            scored.append((_common_share(text, codec), codec, text))
    if scored:
        share, codec, text = max(scored)
        if share >= _MIN_COMMON:
            return Decoded(text, codec)
    text = _try(data, "cp1252")
    if text is not None and _western(text):
        return Decoded(text, "cp1252")
    raise _error(data, name, "utf-8", first_error, hint=True)


def encoding_problem(encoding: str) -> str | None:
    """Why ``encoding`` cannot decode a text file (unknown, or a bytes-to-bytes codec such
    as base64 or rot13), or None when it can."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return f"unknown encoding {encoding!r} (try utf-8, gb18030, big5, utf-16, cp1252)"
    if not getattr(info, "_is_text_encoding", True):     # how str.decode tells them apart
        return f"{encoding!r} is no text encoding (try utf-8, gb18030, big5, utf-16, cp1252)"
    return None


def line_of(data: bytes, pos: int) -> int:
    """The 1-based line of byte offset ``pos``, counting CRLF, CR and LF endings."""
    head = data[:pos]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1


def _given(data: bytes, name: str, encoding: str) -> Decoded:
    problem = encoding_problem(encoding)
    if problem:
        raise SourceError(f"{name}: {problem}")
    codec = codecs.lookup(encoding).name
    for bom, bom_codec in _BOMS:     # "utf-16" given for a file with a BOM: that BOM's byte order
        if data.startswith(bom) and bom_codec.startswith(codec.removesuffix("-sig")):
            return Decoded(_strict(data, name, bom_codec, len(bom)), bom_codec)
    return Decoded(_strict(data, name, codec, 0), codec)


def _strict(data: bytes, name: str, codec: str, skip: int) -> str:
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as e:
        raise _error(data[skip:], name, codec, e) from e


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _error(body: bytes, name: str, codec: str, e: UnicodeDecodeError, *,
           hint: bool = False) -> SourceError:
    """``NAME: line L: not UTF-8 text (byte 0xNN at column C)``, with a hint when asked."""
    pos = e.start
    line = line_of(body, pos)
    line_start = max(body.rfind(b"\n", 0, pos), body.rfind(b"\r", 0, pos)) + 1
    column = len(body[line_start:pos].decode(codec, "replace")) + 1
    label = codec.upper()[:6] if codec.startswith("utf") else codec
    message = f"{name}: line {line}: not {label} text (byte 0x{body[pos]:02x} at column {column})"
    if hint:
        guess = _guess(body)
        message += (f"; it looks like {guess}: give --encoding {guess}" if guess else
                    "; give its encoding with --encoding (e.g. gb18030, big5, cp1252)")
    err = SourceError(message)
    err.__cause__ = e
    return err


def _guess(data: bytes) -> str | None:
    """What charset-normalizer takes ``data`` to be, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return None if best is None or best.encoding in ("utf_8", "ascii") else best.encoding


def _looks_utf16(data: bytes) -> bool:
    """Every other byte NUL in the first kilobyte: UTF-16 text of a Latin script."""
    head = data[:1024]
    if len(head) < 4:
        return False
    even, odd = head[0::2], head[1::2]
    return odd.count(0) > 0.9 * len(odd) or even.count(0) > 0.9 * len(even)


def _mostly_utf8(data: bytes) -> bool:
    """More valid multi-byte UTF-8 characters than bad bytes: damaged UTF-8, not another encoding."""
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(1 for c in text if "\udc80" <= c <= "\udcff")
    good = sum(1 for c in text if ord(c) > 0x7F and not "\udc80" <= c <= "\udcff")
    return good >= bad and good > 0


def _western(text: str) -> bool:
    """English (or another Western language) as Windows-1252: a few accented letters and
    curly quotes among ASCII; text of another script read as Windows-1252 is all accents."""
    visible = [c for c in text if not c.isspace()]
    return sum(1 for c in visible if not c.isascii()) <= 0.15 * len(visible)


def _unspaced(text: str) -> bool:
    """Chinese does not put spaces between characters; Korean (EUC-KR read as GB18030) does."""
    han = spaced = 0
    for i, c in enumerate(text):
        if is_han(c):
            han += 1
            if 1 < i and text[i - 1] == " " and is_han(text[i - 2]):
                spaced += 1
    return spaced <= 0.05 * han + 1


def _common_share(text: str, codec: str) -> float:
    """The share of Han characters in ``text`` that are common characters of ``codec``."""
    han = [c for c in text if is_han(c)]
    if not han:
        return 0.0
    return sum(1 for c in han if _common(c, codec)) / len(han)


@lru_cache(maxsize=1 << 14)
def _common(c: str, codec: str) -> bool:
    """Whether ``c`` is in the level-1 (most common) block of GB2312 or Big5."""
    # GB2312 level 1: rows 16-55 (lead bytes 0xB0-0xD7), the 3,755 common characters.
    # Big5 level 1: 0xA440-0xC67E, the 5,401 common characters (常用字).
    try:
        if codec == "gb18030":
            b = c.encode("gb2312")
            return len(b) == 2 and 0xB0 <= b[0] <= 0xD7
        b = c.encode("big5")
        return len(b) == 2 and 0xA4 <= b[0] <= 0xC6
    except UnicodeEncodeError:
        return False
