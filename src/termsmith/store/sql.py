"""What both SQL backends share: statements, transactions, retries and error messages.

The operations (:mod:`.reading`, :mod:`.writing`, :mod:`.harvests`, :mod:`.queue`,
:mod:`.units`) are written once, in SQL that SQLite and PostgreSQL both accept
(``?`` placeholders, ``ON CONFLICT DO NOTHING``, ``coalesce``, ``TRUE``); each
backend supplies the connection, how a transaction begins, how ids are
allocated, how a long result is streamed and what its errors mean. Anything
dialect-specific lives in :mod:`.sqlite` or :mod:`.postgres`.

Errors: every database error becomes a one-line :class:`~termsmith.errors.StoreError`
naming the term base (locked, read-only, disk full, corrupt page, connection
lost); a busy database, a deadlock or a serialization failure is a
:class:`~termsmith.errors.BusyError`, which :meth:`SqlCore.atomic` retries with
back-off until its deadline.
"""

from __future__ import annotations

import logging
import os
import random
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from termsmith.errors import BusyError, StoreError
from termsmith.store.base import Mode

log = logging.getLogger(__name__)
T = TypeVar("T")
Row = tuple[Any, ...]

# How long a writer keeps trying a busy term base before giving up with a one-line
# error (seconds); TERMSMITH_BUSY_TIMEOUT overrides it.
BUSY_TIMEOUT = 30.0


def busy_timeout() -> float:
    """The retry deadline in seconds (TERMSMITH_BUSY_TIMEOUT, else :data:`BUSY_TIMEOUT`)."""
    raw = os.environ.get("TERMSMITH_BUSY_TIMEOUT", "")
    try:
        return max(0.0, float(raw)) if raw else BUSY_TIMEOUT
    except ValueError:
        return BUSY_TIMEOUT


class SqlCore(ABC):
    """Plumbing shared by the SQL backends; subclasses implement the abstract hooks."""

    path: str
    dialect: str = ""
    # Appended to a SELECT that must lock the rows it reads until the transaction ends.
    for_update: str = ""
    _depth: int = 0
    # The history "action" of the open transaction: the changes of one decision share it.
    _action: int | None = None

    def __init__(self, busy: float | None = None) -> None:
        self._depth = 0
        self._action = None
        self._deadline = busy_timeout() if busy is None else busy

    # -- hooks ------------------------------------------------------------------

    @abstractmethod
    def _execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        """Run one statement, return the driver's cursor (raw errors)."""

    @abstractmethod
    def _executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        """Run one statement for many rows; return the rows changed (raw errors)."""

    @abstractmethod
    def _insert_id(self, sql: str, args: Sequence[Any]) -> int:
        """Run an INSERT of one row and return its new id (raw errors)."""

    @abstractmethod
    def _begin(self, mode: Mode) -> None:
        """Start a transaction suited to ``mode`` (raw errors)."""

    @abstractmethod
    def _end(self, commit: bool) -> None:
        """Commit or roll back the open transaction (raw errors)."""

    @abstractmethod
    def _translate(self, e: Exception) -> StoreError | None:
        """The StoreError (BusyError when worth retrying) for a driver error, or None."""

    @abstractmethod
    def allocate_ids(self, table: str, n: int, above: int = 0) -> list[int]:
        """``n`` fresh ids for ``table`` (all greater than ``above``), in a write transaction."""

    @abstractmethod
    def _ids_taken(self, table: str) -> None:
        """Rows were inserted into ``table`` with explicit ids: keep its id source ahead."""

    @abstractmethod
    def _stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[Row]:
        """Rows of a long query, fetched in batches (raw errors)."""

    @abstractmethod
    def close(self) -> None:
        """Close the connection(s)."""

    # -- statements with errors translated ------------------------------------------

    def _fail(self, e: Exception) -> StoreError:
        got = self._translate(e)
        if got is None:
            raise e
        return got

    def q(self, sql: str, args: Sequence[Any] = ()) -> list[Row]:
        """All rows of a query."""
        try:
            return list(self._execute(sql, args).fetchall())
        except Exception as e:
            raise self._fail(e) from e

    def one(self, sql: str, args: Sequence[Any] = ()) -> Row | None:
        """The first row of a query, or None."""
        try:
            row = self._execute(sql, args).fetchone()
        except Exception as e:
            raise self._fail(e) from e
        return None if row is None else tuple(row)

    def run(self, sql: str, args: Sequence[Any] = ()) -> int:
        """Run a statement; return the number of rows it changed."""
        try:
            return int(self._execute(sql, args).rowcount)
        except Exception as e:
            raise self._fail(e) from e

    def many(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        """Run a statement for every row (batched); return the rows changed."""
        try:
            return self._executemany(sql, rows)
        except Exception as e:
            raise self._fail(e) from e

    def insert(self, sql: str, args: Sequence[Any]) -> int:
        """Insert one row; return its id."""
        try:
            return self._insert_id(sql, args)
        except Exception as e:
            raise self._fail(e) from e

    def stream(self, sql: str, args: Sequence[Any] = ()) -> Iterator[Row]:
        """Rows of a long query, streamed."""
        try:
            yield from self._stream(sql, args)
        except Exception as e:
            raise self._fail(e) from e

    # -- transactions -------------------------------------------------------------------

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def in_transaction(self) -> bool:
        """True inside :meth:`transaction`."""
        return self._depth > 0

    @contextmanager
    def transaction(self, mode: Mode = Mode.EDIT) -> Iterator[None]:
        """Run the block in one transaction; nested blocks join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._begin_retrying(mode)
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            try:
                self._end(commit=False)
            except Exception as e:       # the connection is gone: report the first error
                log.debug("rollback failed: %s", e)
            raise
        else:
            self._depth = 0
            try:
                self._end(commit=True)
            except Exception as e:
                try:
                    self._end(commit=False)
                except Exception:
                    pass
                raise self._fail(e) from e
        finally:
            self._depth = 0
            self._action = None

    def _begin_retrying(self, mode: Mode) -> None:
        deadline = time.monotonic() + self._deadline
        attempt = 0
        while True:
            try:
                self._begin(mode)
                return
            except Exception as e:
                err = self._fail(e)
                if not isinstance(err, BusyError) or time.monotonic() >= deadline:
                    raise (self._gave_up(err) if isinstance(err, BusyError) else err) from e
            attempt += 1
            _backoff(attempt, deadline)

    def atomic(self, work: Callable[[], T], mode: Mode = Mode.EDIT) -> T:
        """Run ``work()`` in one transaction, re-run on busy, deadlock or serialization failure."""
        if self._depth:
            return work()
        deadline = time.monotonic() + self._deadline
        attempt = 0
        while True:
            try:
                with self.transaction(mode):
                    return work()
            except BusyError as e:
                if time.monotonic() >= deadline:
                    raise self._gave_up(e) from e
                attempt += 1
                log.debug("%s: retrying (%d): %s", self.path, attempt, e)
                _backoff(attempt, deadline)

    def _gave_up(self, e: BusyError) -> BusyError:
        return BusyError(f"{self.path}: the term base stayed busy for {self._deadline:g} s "
                         f"({e}); try again, or set TERMSMITH_BUSY_TIMEOUT")


def _backoff(attempt: int, deadline: float) -> None:
    """Sleep a little longer each attempt (with jitter), never past the deadline."""
    pause = min(1.0, 0.02 * 2 ** min(attempt, 6)) * (0.5 + random.random())
    time.sleep(max(0.0, min(pause, deadline - time.monotonic())))


def placeholders(n: int) -> str:
    """``?,?,?`` for an IN list of ``n`` values."""
    return ",".join("?" * n)


def chunks(items: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    """``items`` in slices of at most ``size`` (IN lists stay within every driver's limits)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]
