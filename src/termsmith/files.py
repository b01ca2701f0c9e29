"""The files a user names, checked the same way for every command before anything reads them.

One message per problem, naming the file (issue 15, items 6 and 24)::

    nosuch.txt: no such file
    corpus: is a directory, not a file
    pipe: not a regular file (a FIFO); give a file      # reading it could block for ever
    empty.csv: file is empty
    corpus: no transcripts (.txt, .text, .htm, .html, .xhtml) in this directory

A directory given where transcripts are read stands for the transcripts inside it
(:func:`transcripts`). :func:`input_file` raises :class:`~termsmith.errors.SourceError` (exit status 3).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from termsmith.errors import SourceError

__all__ = ["TRANSCRIPT_SUFFIXES", "input_file", "read_bytes", "transcripts"]

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def input_file(path: str | os.PathLike[str], *, empty_ok: bool = False) -> Path:
    """``path`` if it names an existing, non-empty regular file; else SourceError saying why."""
    p = Path(path)
    try:
        st = p.stat()                       # follows a symbolic link to what it names
    except FileNotFoundError:
        # A pattern the shell left as it was: no file matched it.
        matched = " (no file matches this pattern)" if any(c in p.name for c in "*?[") else ""
        raise SourceError(f"{p}: no such file{matched}") from None
    except OSError as e:
        raise SourceError(f"{p}: cannot read ({e.strerror or e})") from e
    if stat.S_ISDIR(st.st_mode):
        raise SourceError(f"{p}: is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        what = next((name for test, name in _KINDS if test(st.st_mode)), "not a file")
        raise SourceError(f"{p}: not a regular file ({what}); give a file")
    if st.st_size == 0 and not empty_ok:
        raise SourceError(f"{p}: file is empty")
    return p


def read_bytes(path: str | os.PathLike[str], *, limit: int | None = None) -> bytes:
    """The bytes of an input file (checked by :func:`input_file`), at most ``limit`` of them."""
    p = input_file(path)
    try:
        with open(p, "rb") as f:
            data = f.read() if limit is None else f.read(limit + 1)
    except OSError as e:
        raise SourceError(f"{p}: cannot read ({e.strerror or e})") from e
    if limit is not None and len(data) > limit:
        raise SourceError(f"{p}: larger than {limit // 2**20} MB; split it")
    return data


# What the reader takes for a transcript inside a directory: text and HTML pages
# (termsmith.reader), by their suffix; other files (term bases, exports, images, and
# Markdown, a corpus folder's README and notes) are left.
TRANSCRIPT_SUFFIXES = (".txt", ".text", ".htm", ".html", ".xhtml")


def _walk(top: Path) -> Iterator[Path]:
    """The transcripts in folder ``top`` and its subfolders, hidden ones left out, symbolic
    links to folders not followed. A folder that cannot be listed is a SourceError: left
    out in silence, its transcripts would be missing from a harvest that says it is done."""
    def fail(e: OSError) -> None:
        raise SourceError(f"{e.filename or top}: cannot read this folder "
                          f"({e.strerror or e})") from e

    for folder, subfolders, names in os.walk(top, onerror=fail):
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in names:
            f = Path(folder, name)
            if not name.startswith(".") and f.suffix.lower() in TRANSCRIPT_SUFFIXES and f.is_file():
                yield f


def transcripts(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[str, bool]]:
    """``paths`` with each directory replaced by the transcripts inside it and its
    subdirectories (files ending in one of :data:`TRANSCRIPT_SUFFIXES`, hidden files
    and directories left out), in name order, each with whether it was found in a
    directory (True) or named (False); files named are kept as given, whatever their
    suffix; each file once, however often it is named. A directory holding none is a
    SourceError, as a missing file is."""
    out: list[tuple[str, bool]] = []
    for path in paths:
        p = Path(path)
        if not p.is_dir():
            out.append((os.fspath(path), False))
            continue
        found = sorted(_walk(p), key=lambda f: f.relative_to(p).parts)
        if not found:
            kinds = ", ".join(TRANSCRIPT_SUFFIXES)
            raise SourceError(f"{p}: no transcripts ({kinds}) in this directory")
        out.extend((os.fspath(f), True) for f in found)
    # A file named twice (talk.txt ./talk.txt, or named and inside a folder named) is
    # read once: a harvest then counts the documents it was given, not the names.
    seen: set[str] = set()
    unique = []
    for name, found_in_folder in out:
        key = os.path.realpath(name)
        if key not in seen:
            seen.add(key)
            unique.append((name, found_in_folder))
    return unique
