"""Exceptions raised by termsmith.

The library raises only subclasses of :class:`GlossaryError` for problems with
the user's input or store; anything else is a bug and stays a traceback::

    GlossaryError            base: a message that says where and what
    ├── SourceError          a document that cannot be read (missing, a
    │                        directory, empty, undecodable, not a transcript)
    ├── FormatError          a malformed exchange file (TBX, TMX, CSV)
    ├── StoreError           the term base cannot be opened, migrated or written
    │   └── NotFound         a term or concept named by the user does not exist
    └── ReviewError          a review action that is not allowed

The CLI turns every GlossaryError into a one-line ``Error: ...`` and exit
status 3 (see :mod:`termsmith.cli`).
"""

from __future__ import annotations


class GlossaryError(Exception):
    """Base class of every error caused by input, not by a bug."""


class SourceError(GlossaryError):
    """A source document cannot be read or is not text."""


class FormatError(GlossaryError):
    """An exchange file is malformed."""


class StoreError(GlossaryError):
    """The term base cannot be opened, migrated or changed."""


class NotFound(StoreError):
    """A term or concept the user named is not in the term base."""


class ReviewError(GlossaryError):
    """A review action is not allowed (bad status, bad value)."""


# What SQLite's errors mean to the person running termsmith, by a word of the message.
_DATABASE_HINTS = (
    ("locked", "the term base is busy (another termsmith is writing to it); try again"),
    ("busy", "the term base is busy (another termsmith is writing to it); try again"),
    ("readonly", "the term base is read-only (the file, its folder or the disk)"),
    ("read-only", "the term base is read-only (the file, its folder or the disk)"),
    ("full", "the disk is full"),
    ("i/o error", "the disk could not be read or written"),
    ("unable to open", "the term base cannot be opened (no such folder, or no permission)"),
    ("malformed", "the term base file is damaged"),
    ("not a database", "not a termsmith term base"),
)


def database_message(path: str, error: BaseException) -> str:
    """One line naming the term base and what a database error means, e.g. a locked file."""
    text = str(error)
    hint = next((h for word, h in _DATABASE_HINTS if word in text.lower()), None)
    return f"{path}: {hint} ({text})" if hint else f"{path}: term base error: {text}"


__all__ = [
    "GlossaryError",
    "SourceError",
    "FormatError",
    "StoreError",
    "NotFound",
    "ReviewError",
    "database_message",
]
