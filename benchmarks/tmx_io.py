#!/usr/bin/env python3
"""TMX I/O: termsmith's streaming writer and reader beside translate-toolkit's.

N synthetic English–Chinese units (1,000,000 full size) are written with
``termsmith.formats.tmx.write`` and with translate-toolkit's ``tmxfile``; a file
written by termsmith is read back by both readers. Units are made on the fly in
both writers (the "making the units" row is that share). Targets (issue 14):
writing and reading at least 10× translate-toolkit, each in < 50 MB.

    python benchmarks/run.py --only tmx_io [--quick]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _rows import Row

SIZES = {"full": 1_000_000, "quick": 100_000}
DOMAINS = [("ecology", "生态"), ("energy", "能源"), ("agriculture", "农业"), ("transport", "交通")]


def rows(n: int) -> list[Row]:
    ttk = "translate-toolkit"
    return [
        Row(f"write TMX, {n:,} units", "write: termsmith", "write: translate-toolkit", ttk,
            "≥ 10× in < 50 MB", min_ratio=10, max_mb=50),
        Row(f"read TMX, {n:,} units", "read: termsmith", "read: translate-toolkit", ttk,
            "≥ 10× in < 50 MB", min_ratio=10, max_mb=50),
        Row(f"  (making {n:,} units, in both writers)", "generate units"),
    ]


def units(n: int) -> Iterator[Any]:
    """``n`` synthetic term-pair units, made on the fly."""
    from termsmith.model import TranslationUnit, Tuv

    for i in range(n):
        en, zh = DOMAINS[i % len(DOMAINS)]
        yield TranslationUnit(
            variants=(Tuv("en", f"{en} programme number {i} & its <pilot> zone"),
                      Tuv("zh-Hans", f"{zh}项目第{i}号及其“试点”区")),
            id=f"c{i}-1", props=(("x-concept", str(i)), ("x-status", "approved")))


def setup(n: int, folder: Path) -> None:
    from termsmith.formats import tmx

    with open(folder / "input.tmx", "wb") as f:
        tmx.write(units(n), f)


def job(name: str, n: int, folder: Path, clock: Any) -> None:
    if name == "generate units":
        for _ in units(n):
            pass
    elif name == "write: termsmith":
        from termsmith.formats import tmx

        with open(folder / "ours.tmx", "wb") as f:
            tmx.write(units(n), f)
    elif name == "write: translate-toolkit":
        from translate.storage import tmx as ttk

        store = ttk.tmxfile(sourcelanguage="en", targetlanguage="zh-CN")
        for u in units(n):
            store.addtranslation(u.variants[0].text, "en", u.variants[1].text, "zh-CN")
        with open(folder / "ttk.tmx", "wb") as f:
            store.serialize(f)
    elif name == "read: termsmith":
        from termsmith.formats import tmx

        for _ in tmx.read(folder / "input.tmx"):
            pass
    elif name == "read: translate-toolkit":
        from translate.storage import tmx as ttk

        store = ttk.tmxfile.parsefile(str(folder / "input.tmx"))
        for unit in store.units:
            _ = (unit.source, unit.target)
    else:
        raise SystemExit(f"unknown job {name!r}")


if __name__ == "__main__":
    import subprocess

    sys.exit(subprocess.call([sys.executable, str(Path(__file__).with_name("run.py")),
                              "--only", "tmx_io", *sys.argv[1:]]))
