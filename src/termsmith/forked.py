"""One job run by a forked worker process while this one goes on (the second core).

The job is a closure: a forked child inherits it with everything it refers to (a
term base's concepts, a built automaton), so nothing but its result is pickled.
Where ``fork`` is missing (Windows, macOS' default) or there is one core, the job
runs here when its result is asked for.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Generic, TypeVar

__all__ = ["Beside"]

T = TypeVar("T")
_JOB: Callable[[], Any] | None = None        # what the next forked worker runs


def _run_job() -> Any:
    assert _JOB is not None
    return _JOB()


class Beside(Generic[T]):
    """``job()`` started in a forked worker now; :meth:`result` waits for it. Use as a
    context manager (or call :meth:`close`) so the worker is always shut down."""

    def __init__(self, job: Callable[[], T]) -> None:
        global _JOB
        self._job = job
        self._pool: Any = None
        self._future: Any = None
        if (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods():
            _JOB = job                      # inherited by the worker: nothing is pickled
            try:
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
                self._future = self._pool.submit(_run_job)
            finally:
                _JOB = None

    @property
    def forked(self) -> bool:
        """Whether a worker process runs the job."""
        return self._future is not None

    def result(self) -> T:
        if self._future is None:
            return self._job()
        found: T = self._future.result()
        return found

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Beside[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
