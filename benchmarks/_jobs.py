"""Shared by the I/O benchmarks: run each job in its own process, so peak RSS is the job's own."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from typing import Any


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_run(script: str, name: str, units: int, folder: str, repeat: int) -> dict[str, Any]:
    """Run ``script --job NAME`` ``repeat`` times in fresh processes; the median result.

    The child prints one JSON object (``secs``, ``units``, ``peak_mb`` …).
    """
    runs = []
    for _ in range(max(1, repeat)):
        out = subprocess.run([sys.executable, script, "--job", name, "--units", str(units),
                              "--dir", folder], capture_output=True, text=True, check=True).stdout
        runs.append(json.loads(out))
    return sorted(runs, key=lambda x: x["secs"])[len(runs) // 2]
