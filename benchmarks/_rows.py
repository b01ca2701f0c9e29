"""What a benchmark script offers ``run.py``, and the child process that times one job.

A script in ``benchmarks/`` joins the table by defining, at module level (and
importing nothing heavy there, so discovery stays cheap):

* ``SIZES = {"full": N, "quick": n}``: the size of its workload (units, concepts, copies…);
* ``rows(size) -> list[Row]``: the rows it adds to the table;
* ``setup(size, folder)`` (optional): make the inputs once, untimed;
* ``job(name, size, folder, clock)``: do one job of a row. ``clock.restart()`` leaves
  what came before it out of the figures (loading inputs that are not the job).

Each job runs in a fresh process (``python _rows.py SCRIPT JOB SIZE FOLDER``) that
prints its wall time, CPU time (its own and its children's: a peer run as a
command, or worker processes) and peak RSS as JSON, so each figure is that job's
alone.
"""

from __future__ import annotations

import importlib.util
import json
import resource
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType


@dataclass(frozen=True)
class Row:
    """One line of the table: our job, the peer's job beside it, and the target."""

    name: str
    ours: str                      # job name of ours
    peer: str | None = None        # job name of the peer (None: no peer, an absolute target)
    peer_name: str = ""
    target: str = ""               # as the issue states it
    min_ratio: float | None = None  # peer time / our time must reach this
    max_secs: float | None = None  # our wall time must stay under this
    max_mb: float | None = None    # our peak RSS must stay under this
    mb: float | None = None        # megabytes of text the job scans (a MB/s column)
    min_rate: float | None = None  # MB/s the job must reach
    cores: int = 1                 # > 1: the job uses several processes


class Clock:
    """Wall and CPU clocks of this process and its children, restartable by the job."""

    def __init__(self) -> None:
        self.restart()

    @staticmethod
    def _cpu() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime

    def restart(self) -> None:
        """Start timing here: what came before is not the job."""
        self.wall0 = time.perf_counter()
        self.cpu0 = self._cpu()
        self.stopped: tuple[float, float] | None = None

    def stop(self) -> None:
        """Stop timing here: what comes after (a server's shutdown) is not the job."""
        self.stopped = (time.perf_counter() - self.wall0, self._cpu() - self.cpu0)

    def read(self) -> dict[str, float]:
        """Wall and CPU seconds since the start (or until ``stop``), and the peak RSS in MB."""
        if self.stopped is not None:
            wall, cpu = self.stopped
        else:
            wall, cpu = time.perf_counter() - self.wall0, self._cpu() - self.cpu0
        peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
        return {"wall": wall, "cpu": cpu, "peak_mb": peak}


def load(path: Path) -> ModuleType:
    """Import a benchmark script by path (benchmarks/ is not a package)."""
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered before it runs, as an import does: @dataclass looks its module up there.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> None:
    script, name, size, folder = Path(argv[0]), argv[1], int(argv[2]), Path(argv[3])
    module = load(script)
    if name == "@setup":
        clock = Clock()
        module.setup(size, folder)
    else:
        clock = Clock()
        module.job(name, size, folder, clock)
    print(json.dumps(clock.read()))


if __name__ == "__main__":
    main(sys.argv[1:])
