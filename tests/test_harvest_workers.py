"""A multi-file harvest killed with SIGKILL or SIGTERM leaves no pool worker behind
(issue 15, item 24)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _harvest_in_two_workers(tmp_path: Path, seed: Path) -> tuple[subprocess.Popen[bytes],
                                                                   set[int]]:
    """``termsmith harvest --jobs 2`` of 24 copies of the seed (enough work to be seen in
    the middle of it), and its workers once both are running."""
    files = []
    for i in range(24):
        f = tmp_path / f"doc{i}.en.txt"
        f.write_bytes(seed.read_bytes() + f"\n\nCopy {i}.\n".encode())
        files.append(str(f))
    proc = subprocess.Popen([sys.executable, "-m", "termsmith", "--db", str(tmp_path / "t.db"),
                             "harvest", "--jobs", "2", *files],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.05)
    if len(workers) < 2:
        proc.kill()
        proc.wait(timeout=60)
        pytest.fail("the harvest ended before its workers could be seen")
    return proc, workers


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killed_harvest_leaves_no_workers(tmp_path: Path, transcript: Path, seed: Path,
                                          sig: signal.Signals) -> None:
    proc, workers = _harvest_in_two_workers(tmp_path, seed)
    os.kill(proc.pid, sig)
    proc.wait(timeout=60)
    deadline = time.monotonic() + 30
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:                            # never leave them behind, even when failing
        os.kill(w, signal.SIGKILL)
    assert left == []


def _nice(pid: int) -> int:
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_workers_yield_the_cpu_to_the_process_that_stores(tmp_path: Path, seed: Path) -> None:
    # Every document passes through the storing process: on a machine with as many workers
    # as cores, the workers run niced so that it is never the one kept waiting.
    from termsmith.harvest import WORKER_NICE

    proc, workers = _harvest_in_two_workers(tmp_path, seed)
    try:
        time.sleep(0.5)         # (a worker just forked may not have reniced itself yet)
        parent = _nice(proc.pid)
        now = {w: _nice(w) for w in workers if _alive(w)}
        assert now and set(now.values()) == {min(19, parent + WORKER_NICE)}
    finally:
        proc.kill()
        proc.wait(timeout=60)
