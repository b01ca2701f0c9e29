"""The files a user names, checked the same way for every command before anything reads them.

One message per problem, naming the file (issue 15, items 6 and 24)::

    nosuch.txt: no such file
    corpus: is a directory, not a file
    pipe: not a regular file (a FIFO); give a file      # reading it could block for ever
    empty.csv: file is empty

:func:`input_file` raises :class:`~termsmith.errors.SourceError` (exit status 3).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from termsmith.errors import SourceError

__all__ = ["input_file", "read_bytes"]

_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def input_file(path: str | os.PathLike[str], *, empty_ok: bool = False) -> Path:
    """``path`` if it names an existing, non-empty regular file; else SourceError saying why."""
    p = Path(path)
    try:
        st = p.stat()                       # follows a symbolic link to what it names
    except FileNotFoundError:
        raise SourceError(f"{p}: no such file") from None
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
