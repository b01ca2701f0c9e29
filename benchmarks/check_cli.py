#!/usr/bin/env python3
"""``termsmith check`` as a user runs it: a big original, and a one-line file (start-up).

The seed transcript is harvested into a term base once; then the whole command
``termsmith check FILE`` is timed as a process, on the seed repeated 200 times
(10.9 MB; ``--quick``: 20 times) and on a one-line file, beside ``python -c pass``
(the interpreter's own start-up). Targets (issue 14): the big check ≤ 3 s, the
one-line check ≤ 0.25 s.

    python benchmarks/run.py --only check_cli [--quick]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from _rows import Row

SIZES = {"full": 200, "quick": 20}       # copies of the seed
SEED = Path(__file__).resolve().parents[1] / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"


def rows(copies: int) -> list[Row]:
    mb = copies * SEED.stat().st_size / 1e6
    return [
        Row(f"check on the seed ×{copies} ({mb:.1f} MB)", "check: big",
            target=f"≤ {3 * copies / 200:g} s", max_secs=3 * copies / 200, mb=mb),
        Row("check on a one-line file (start-up)", "check: one line", "python -c pass",
            "python -c pass", "≤ 0.25 s", max_secs=0.25),
    ]


def _termsmith(folder: Path, *args: str) -> None:
    subprocess.run([sys.executable, "-m", "termsmith", "--db", str(folder / "seed.db"), *args],
                   check=True, stdout=subprocess.DEVNULL)


def setup(copies: int, folder: Path) -> None:
    _termsmith(folder, "harvest", str(SEED))
    text = SEED.read_text(encoding="utf-8")
    (folder / "big.txt").write_text("\n\n".join([text] * copies), encoding="utf-8")
    # A line written for this benchmark, naming one harvested term.
    (folder / "one.txt").write_text("The Belt and Road Initiative opened new markets.\n",
                                    encoding="utf-8")


def job(name: str, copies: int, folder: Path, clock: Any) -> None:
    if name == "check: big":
        _check(folder, "big.txt")
    elif name == "check: one line":
        _check(folder, "one.txt")
    elif name == "python -c pass":
        subprocess.run([sys.executable, "-c", "pass"], check=True)
    else:
        raise SystemExit(f"unknown job {name!r}")


def _check(folder: Path, name: str) -> None:
    # exit status 1 means findings, which a check of the seed has
    done = subprocess.run([sys.executable, "-m", "termsmith", "--db", str(folder / "seed.db"),
                           "check", str(folder / name)], stdout=subprocess.DEVNULL)
    if done.returncode not in (0, 1):
        raise SystemExit(f"termsmith check {name}: exit status {done.returncode}")


if __name__ == "__main__":
    sys.exit(subprocess.call([sys.executable, str(Path(__file__).with_name("run.py")),
                              "--only", "check_cli", *sys.argv[1:]]))
