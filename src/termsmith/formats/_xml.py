"""Safe XML parsing shared by the TBX, TMX and XLIFF readers.

Every parser here has entity resolution, DTD loading and network access off
(translate-toolkit's ``misc/xml_helpers.py`` does the same), so an external
entity cannot read a local file and an entity-expansion bomb cannot blow up.
Beyond that, a document whose DOCTYPE has an internal subset (where entities
and their expansions are declared) is refused by the parser itself: the check
reads what the parser parsed (``docinfo.internalDTD``), wherever in the file
the declaration stands, not the first bytes (issue 15, item 19: a scan of the
first 64 KiB missed a declaration after 70 KB of comment, and the entity
reference was then silently dropped). A DOCTYPE that only names an external
DTD (``<!DOCTYPE tmx SYSTEM "tmx14.dtd">``, as many tools write) is fine: it is
never loaded. Errors name the file, line and column.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from termsmith.errors import FormatError

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
_PEEK = 4096
_DOCTYPE_PEEK = 1 << 20       # how far to look for the DOCTYPE's line when naming it


def _options() -> dict[str, Any]:
    return {"resolve_entities": False, "no_network": True, "load_dtd": False,
            "dtd_validation": False, "huge_tree": False, "remove_blank_text": False}


def parser() -> Any:
    """An lxml parser with entities, DTD loading and network off."""
    from lxml import etree

    return etree.XMLParser(**_options())


def refuse_dtd(tree: Any, name: str, head: bytes = b"") -> None:
    """FormatError if the parsed document's DOCTYPE declares anything (entities, elements).

    ``tree`` is the document (any element's ``getroottree()``) as the parser left it;
    ``head``, the bytes before the root if at hand, only lets the message name the
    DOCTYPE's line (the decision is the parser's).
    """
    dtd = tree.docinfo.internalDTD
    if dtd is None:
        return
    entities = [e.name for e in dtd.iterentities()]
    if entities or list(dtd.iterelements()):
        what = (f"declares XML entities ({', '.join(repr(e) for e in entities[:3])})" if entities
                else "declares a DTD")
        root_line = tree.getroot().sourceline if tree.getroot() is not None else 1
        line = _doctype_line(head) or root_line
        raise FormatError(f"{name}: line {line}: the document {what} in its DOCTYPE; DTDs are "
                          "refused (entities can expand without bound or read local files): "
                          "remove the <!DOCTYPE … [ … ]> block")


def _doctype_line(head: bytes) -> int | None:
    """The line of the first ``<!ENTITY`` (else ``<!DOCTYPE``) in a document's first bytes."""
    text = head.decode("utf-16", "ignore") if head[:2] in (b"\xff\xfe", b"\xfe\xff") \
        else head.decode("utf-8", "ignore")
    at = text.find("<!ENTITY")
    at = at if at >= 0 else text.find("<!DOCTYPE")
    return text.count("\n", 0, at) + 1 if at >= 0 else None


def _syntax_error(e: Any, fmt: str, name: str, head: bytes) -> FormatError:
    """The FormatError for lxml's XMLSyntaxError ``e``.

    libxml2 2.14 and later stop an entity bomb while reading its declarations
    ("Maximum entity amplification factor exceeded"), before any element (and so
    before ``refuse_dtd`` can look); that is the same refusal, said the same way.
    """
    msg = str(getattr(e, "msg", "") or e)
    if "amplification" in msg or "entity" in msg.lower():
        line = _doctype_line(head)
        if line is not None and b"<!ENTITY" in head:
            return FormatError(f"{fmt}: {name}: line {line}: the document declares XML entities "
                               "in its DOCTYPE; DTDs are refused (entities can expand without "
                               "bound or read local files): remove the <!DOCTYPE … [ … ]> block")
    line, col = e.position if e.position else (e.lineno, 0)
    # lxml ends its message with ", line L, column C" too; the place is said once, first
    text = str(e.msg or "").removesuffix(f", line {line}, column {col}")
    return FormatError(f"{fmt}: {name}: line {line}, column {col}: {text}")


def parse_bytes(data: bytes, name: str, *, fmt: str) -> Any:
    """The whole document ``data`` parsed safely (DTDs refused); FormatError naming the place."""
    from lxml import etree

    try:
        tree = etree.ElementTree(etree.fromstring(data, parser()))
    except etree.XMLSyntaxError as e:
        raise _syntax_error(e, fmt, name, data[:_DOCTYPE_PEEK]) from e
    refuse_dtd(tree, f"{fmt}: {name}", data[:_DOCTYPE_PEEK])
    return tree


def name_of(source: str | Path | IO[bytes]) -> str:
    """A printable name for a source (its path, or the stream's name)."""
    if isinstance(source, (str, Path)):
        return str(source)
    return str(getattr(source, "name", "<stream>"))


def _reread(source: str | Path | IO[bytes], start: int) -> bytes:
    """The first bytes of ``source`` again (for an error message only)."""
    try:
        if isinstance(source, (str, Path)):
            with open(source, "rb") as f:
                return f.read(_DOCTYPE_PEEK)
        source.seek(start)
        return source.read(_DOCTYPE_PEEK)
    except (OSError, ValueError):
        return b""


def iterparse(source: str | Path | IO[bytes], tags: tuple[str, ...], *, fmt: str,
              events: tuple[str, ...] = ("start", "end")) -> Iterator[tuple[str, Any]]:
    """Stream ``(event, element)`` for the ``events`` of ``tags``.

    The caller clears what it has used. Malformed XML becomes a FormatError
    ``"{fmt}: {name}: line L, column C: message"``.
    """
    from lxml import etree

    name = name_of(source)
    if isinstance(source, (str, Path)):
        try:
            with open(source, "rb") as f:
                head = f.read(_PEEK)
        except OSError as e:
            raise FormatError(f"{name}: cannot read: {e.strerror or e}") from e
        start = 0
    else:
        start = pos = source.tell()
        head = source.read(_PEEK)
        source.seek(pos)
    if not head.strip():
        raise FormatError(f"{fmt}: {name}: the file is empty")
    first = True
    try:
        for event, el in etree.iterparse(source, events=events, tag=tags, **_options()):
            if first:           # the DOCTYPE, if any, was parsed before the first element
                if el.getroottree().docinfo.internalDTD is not None:
                    refuse_dtd(el.getroottree(), f"{fmt}: {name}", _reread(source, start))
                first = False
            yield event, el
    except etree.XMLSyntaxError as e:
        raise _syntax_error(e, fmt, name, _reread(source, start)) from e
