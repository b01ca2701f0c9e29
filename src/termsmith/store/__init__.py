"""The term base: one interface (:class:`Store`), two backends (SQLite, PostgreSQL).

:func:`open_store` takes what ``--db`` / ``TERMSMITH_DB`` say: a file path (or
``:memory:``) opens :class:`~termsmith.store.sqlite.SQLiteStore`; a
``postgresql://`` (or ``postgres://``) URL opens
:class:`~termsmith.store.postgres.PostgresStore` on a shared server, so a desk
of translators works on one term base. Nothing outside this package speaks SQL to a
term base (the aligner's embedding cache, :mod:`termsmith.align.encoder`, is an SQLite
file of its own).

Layout: :mod:`.base` (the protocol and its records), :mod:`.sql` (transactions,
retries, errors), :mod:`.reading`, :mod:`.writing` (concepts, terms, versions,
edits), :mod:`.harvests` (documents, batched harvest ingest), :mod:`.queue`
(listings, review queue, stats), :mod:`.units` (translation memory),
:mod:`.schema` (migrations' data steps), :mod:`.sqlite` and :mod:`.postgres`
(connections and each dialect's schema).
"""

from __future__ import annotations

import re
from pathlib import Path

from termsmith.store.base import (
    DocumentRecord,
    Filter,
    GroupPlan,
    HarvestStats,
    Mode,
    Store,
    now,
)

URL_SCHEMES = ("postgresql://", "postgres://")


def is_url(target: str | Path) -> bool:
    """True if ``target`` names a PostgreSQL server rather than a file."""
    return isinstance(target, str) and target.startswith(URL_SCHEMES)


def open_store(target: str | Path = ":memory:", *, busy_timeout: float | None = None) -> Store:
    """Open (creating and migrating if needed) the term base at a path or ``postgresql://`` URL.

    ``busy_timeout``: how many seconds a write keeps retrying a busy term base before a
    one-line error (default: TERMSMITH_BUSY_TIMEOUT, else 30; the review page uses less).
    """
    _refuse_no_term_base(target)
    if is_url(target):
        from termsmith.store.postgres import PostgresStore

        pg: Store = PostgresStore(str(target), busy_timeout=busy_timeout)
        return pg
    from termsmith.store.sqlite import SQLiteStore

    return SQLiteStore(target, busy_timeout=busy_timeout)


_OTHER_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def _refuse_no_term_base(target: str | Path) -> None:
    """StoreError for what names no term base: an empty name (``TERMSMITH_DB=``, which
    SQLite would take for a throw-away database) or a URL of another kind (``mysql://``,
    which would be taken for a file in a folder ``mysql:``)."""
    from termsmith.errors import StoreError

    if isinstance(target, str) and not target.strip():
        raise StoreError("no term base named: --db or TERMSMITH_DB is empty; give an SQLite "
                         "file or a postgresql:// URL")
    if isinstance(target, str) and not is_url(target) and _OTHER_URL.match(target):
        raise StoreError(f"{target}: not a term base: give an SQLite file or a postgresql:// "
                         "(or postgres://) URL")


# The name the library has always offered: ``TermBase(path_or_url)`` opens a store.
TermBase = open_store


def __getattr__(name: str) -> object:
    if name == "MIGRATIONS":                       # the SQLite dialect's, for older callers
        from termsmith.store.sqlite import MIGRATIONS

        return MIGRATIONS
    raise AttributeError(name)


__all__ = ["DocumentRecord", "Filter", "GroupPlan", "HarvestStats", "Mode", "Store", "TermBase",
           "URL_SCHEMES", "is_url", "now", "open_store"]
