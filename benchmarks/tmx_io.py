#!/usr/bin/env python3
"""TMX I/O: termsmith's streaming writer and reader against translate-toolkit's.

Generates N synthetic English-Chinese units (1,000,000 by default), writes them
with ``termsmith.formats.tmx.write`` and with translate-toolkit's ``tmxfile``,
then reads termsmith's file back with both readers. Every measurement runs in
its own subprocess, so the peak RSS printed is that job's alone. Targets live
here, not in the tests (benchmarks/README.md: export >= 250k units/s in < 50 MB,
import >= 100k units/s in < 50 MB).

    python benchmarks/tmx_io.py [--units 100000] [--no-ttk] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from _jobs import median_run, peak_mb

from termsmith.model import TranslationUnit, Tuv

DOMAINS = [("ecology", "生态"), ("energy", "能源"), ("agriculture", "农业"), ("transport", "交通")]


def units(n: int) -> Iterator[TranslationUnit]:
    """``n`` synthetic term-pair units, made on the fly."""
    for i in range(n):
        en, zh = DOMAINS[i % len(DOMAINS)]
        yield TranslationUnit(
            variants=(Tuv("en", f"{en} programme number {i} & its <pilot> zone"),
                      Tuv("zh-Hans", f"{zh}项目第{i}号及其“试点”区")),
            id=f"c{i}-1", props=(("x-concept", str(i)), ("x-status", "approved")))


def job(name: str, n: int, d: Path) -> dict[str, float]:
    """Run one measurement in this process; return seconds and counts."""
    ours, theirs = d / "ours.tmx", d / "ttk.tmx"
    t = time.perf_counter()
    count = 0
    if name == "generate units (baseline)":
        count = sum(1 for _ in units(n))
    elif name == "write: termsmith":
        from termsmith.formats import tmx

        with open(ours, "wb") as f:
            count = tmx.write(units(n), f)
    elif name == "write: translate-toolkit":
        from translate.storage import tmx as ttk

        store = ttk.tmxfile(sourcelanguage="en", targetlanguage="zh-CN")
        for u in units(n):
            store.addtranslation(u.variants[0].text, "en", u.variants[1].text, "zh-CN")
            count += 1
        with open(theirs, "wb") as f:
            store.serialize(f)
    elif name == "read: termsmith":
        from termsmith.formats import tmx

        count = sum(1 for _ in tmx.read(ours))
    elif name == "read: translate-toolkit":
        from translate.storage import tmx as ttk

        store = ttk.tmxfile.parsefile(str(ours))  # type: ignore[no-untyped-call]
        for unit in store.units:
            _ = (unit.source, unit.target)
            count += 1
    else:
        raise SystemExit(f"unknown job {name!r}")
    secs = time.perf_counter() - t
    peak = peak_mb()
    return {"secs": secs, "units": count, "peak_mb": peak}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", type=int, default=1_000_000)
    ap.add_argument("--no-ttk", action="store_true", help="skip translate-toolkit (slow, ~3 GB at 1M)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per job; the median is shown")
    ap.add_argument("--job", help=argparse.SUPPRESS)
    ap.add_argument("--dir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.job:                                   # a child: one measurement, JSON out
        print(json.dumps(job(args.job, args.units, Path(args.dir))))
        return

    jobs = ["generate units (baseline)", "write: termsmith", "read: termsmith"]
    if not args.no_ttk:
        jobs[2:2] = ["write: translate-toolkit"]
        jobs.append("read: translate-toolkit")
    print(f"{args.units:,} units, Python {sys.version.split()[0]}")
    baseline = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name in jobs:
            r = median_run(__file__, name, args.units, tmp, args.repeat)
            size = ""
            if name.startswith("write"):
                f = Path(tmp) / ("ours.tmx" if "termsmith" in name else "ttk.tmx")
                size = f"  {f.stat().st_size / 1e6:6.0f} MB file"
            print(f"{name:<28} {r['secs']:8.2f} s  {r['units'] / r['secs']:10,.0f} units/s"
                  f"  peak RSS {r['peak_mb']:6.0f} MB{size}")
            if name.startswith("generate"):
                baseline = r["secs"]
            elif name.startswith("write") and r["secs"] > baseline:
                net = r["secs"] - baseline    # the writers' own share: units are made on the fly
                print(f"{'  net of generating units':<28} {net:8.2f} s  {r['units'] / net:10,.0f} units/s")


if __name__ == "__main__":
    main()
