"""Safe XML parsing shared by the TBX and TMX modules.

Every parser here has entity resolution, DTD loading and network access off
(translate-toolkit's ``misc/xml_helpers.py`` does the same), so an external
entity cannot read a local file and an entity-expansion bomb cannot blow up:
a document that declares entities is refused with a clear error. Errors name
the file, line and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from termsmith.errors import FormatError

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_PEEK = 64 * 1024


def _options() -> dict[str, Any]:
    return {"resolve_entities": False, "no_network": True, "load_dtd": False,
            "dtd_validation": False, "huge_tree": False, "remove_blank_text": False}


def parser() -> Any:
    """An lxml parser with entities, DTD loading and network off."""
    from lxml import etree

    return etree.XMLParser(**_options())


def check_no_entities(head: bytes, name: str) -> None:
    """Refuse a document whose DOCTYPE declares entities (external or expanding)."""
    m = _ENTITY_DECL.search(_decoded_head(head))
    if m:
        line = _decoded_head(head)[:m.start()].count(b"\n") + 1
        raise FormatError(f"{name}: line {line}: the document declares XML entities; "
                          "entity declarations are refused (external entities and "
                          "entity expansion are a security risk)")


def _decoded_head(head: bytes) -> bytes:
    """The first bytes as UTF-8 when the file is UTF-16 (so the entity scan works)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) > 1 and head[1:2] == b"\x00"):
        enc = "utf-16-be" if head.startswith(b"\xfe\xff") or head[:1] == b"\x00" else "utf-16-le"
        return head.decode(enc, errors="ignore").encode("utf-8")
    return head


def name_of(source: str | Path | IO[bytes]) -> str:
    """A printable name for a source (its path, or the stream's name)."""
    if isinstance(source, (str, Path)):
        return str(source)
    return str(getattr(source, "name", "<stream>"))


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
    else:
        pos = source.tell()
        head = source.read(_PEEK)
        source.seek(pos)
    if not head.strip():
        raise FormatError(f"{fmt}: {name}: the file is empty")
    check_no_entities(head, f"{fmt}: {name}")
    try:
        yield from etree.iterparse(source, events=events, tag=tags, **_options())
    except etree.XMLSyntaxError as e:
        line, col = e.position if e.position else (e.lineno, 0)
        raise FormatError(f"{fmt}: {name}: line {line}, column {col}: {e.msg}") from e
