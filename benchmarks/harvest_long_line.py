#!/usr/bin/env python3
"""Harvesting a document that is one very long line, beside the same text in lines (issue 14).

The seed transcript is copied until the text reaches 1 MB (and 5 MB), each copy
made different (a sentence naming the copy ends its long paragraphs, so no cache
makes a repeated paragraph free). Ours harvests it joined into a single line; the
peer is the same text with its paragraphs kept, one a line. The target is linear:
the single line must cost no more than about the same text in lines (ratio ≥ 0.67,
that is at most 1.5 times its time); a quadratic harvest took 24 s on one line of
1 MB and was killed at 300 s on 5 MB. Both are timed as ``termsmith harvest``
reads and harvests (``harvest.run(reader.read(path))``), storing nothing, after a
warm-up that loads the word lists.

    python benchmarks/run.py --only harvest_long_line [--quick]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from _rows import Row

SIZES = {"full": 5, "quick": 1}        # megabytes of the largest line
SEED = Path(__file__).resolve().parents[1] / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"


def _sizes(mb: int) -> list[int]:
    return sorted({1, mb})


def rows(mb: int) -> list[Row]:
    return [Row(f"harvest, one line of {n} MB", f"one line: {n}", f"lines: {n}",
                "the same text in lines", "linear (≥ 0.67×)", min_ratio=0.67, mb=n)
            for n in _sizes(mb)]


def _copies(target: int) -> list[str]:
    """Copies of the seed, each different, until they hold ``target`` bytes."""
    text = SEED.read_text(encoding="utf-8")
    out: list[str] = []
    size = 0
    while size < target:
        i = len(out)
        copy = "\n\n".join(p + f" Copy {i}." if len(p) > 80 else p for p in text.split("\n\n"))
        out.append(copy)
        size += len(copy.encode()) + 2
    return out


def setup(mb: int, folder: Path) -> None:
    for n in _sizes(mb):
        copies = _copies(n * 1_000_000)
        (folder / f"lines{n}.txt").write_text("\n\n".join(copies) + "\n", encoding="utf-8")
        line = " ".join(" ".join(c.split()) for c in copies)
        (folder / f"one{n}.txt").write_text(line + "\n", encoding="utf-8")


def job(name: str, mb: int, folder: Path, clock: Any) -> None:
    from termsmith import harvest, reader

    kind, n = name.split(": ")
    path = folder / f"{'one' if kind == 'one line' else 'lines'}{n}.txt"
    harvest.run(reader.parse_text('Warm up\n\nThe "Warm Up" (WU) test.\n'))
    clock.restart()
    harvest.run(reader.read(str(path)))


if __name__ == "__main__":
    sys.exit(subprocess.call([sys.executable, str(Path(__file__).with_name("run.py")),
                              "--only", "harvest_long_line", *sys.argv[1:]]))
