"""Exceptions raised by termsmith.

The library raises only subclasses of :class:`GlossaryError` for problems with
the user's input or store; anything else is a bug and stays a traceback::

    GlossaryError            base: a message that says where and what
    ├── SourceError          a document that cannot be read (missing, a
    │                        directory, empty, undecodable, not a transcript)
    ├── FormatError          a malformed exchange file (TBX, TMX, CSV)
    ├── StoreError           the term base cannot be opened, migrated or written
    │   ├── NotFound         a term or concept named by the user does not exist
    │   └── BusyError        the term base stayed locked (or kept failing to
    │                        serialise) through every retry
    ├── ConflictError        a write based on a version of a concept that someone
    │                        else has changed since (optimistic concurrency)
    └── ReviewError          a review action that is not allowed

The CLI turns every GlossaryError into a one-line ``Error: ...`` and exit
status 3, except a ConflictError, which is a finding (exit status 1; see
:mod:`termsmith.cli`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from termsmith.model import Change


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


class BusyError(StoreError):
    """The term base was busy (locked by another writer) through every retry."""


class ConflictError(GlossaryError):
    """A write named a concept version that is no longer current.

    ``changes`` are the recorded changes made since ``expected`` (who changed
    what and when), oldest first; ``current`` is the version now. The message
    names them, so a reviewer can reload, keep theirs or keep their own.
    """

    def __init__(self, message: str, *, concept_id: int, expected: int, current: int,
                 changes: tuple[Change, ...] = ()) -> None:
        super().__init__(message)
        self.concept_id = concept_id
        self.expected = expected
        self.current = current
        self.changes = changes


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
    "BusyError",
    "ConflictError",
    "ReviewError",
    "database_message",
]
