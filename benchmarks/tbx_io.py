#!/usr/bin/env python3
"""TBX I/O: termsmith's streaming writer and reader against translate-toolkit's.

Generates N synthetic English-Chinese concepts (100,000 by default: an English
and a Chinese term each, an acronym on every fifth, a context sentence on the
English term, a definition on every third), writes them as TBX v2 and v3 with
``termsmith.formats.tbx.write`` and as TBX with translate-toolkit's ``tbxfile``
(one unit per concept, English source, Chinese target), then reads termsmith's
files back with both readers. It also times the whole export path: a term base
built with ``TermBase.add_concept`` (one transaction), then
``termsmith.exchange.export(tb, path, "tbx")``, which streams
``TermBase.concepts(contexts=True)``. Every measurement runs in its own
subprocess, so the peak RSS printed is that job's alone (benchmarks/README.md:
translate-toolkit writes 100k concepts in 4.75 s / 430 MB; a template element
with ``xmlfile`` in 0.42 s / 18 MB).

    python benchmarks/tbx_io.py [--units 100000] [--no-ttk] [--no-store] [--repeat 1]
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

from termsmith.model import Concept, Context, PartOfSpeech, Review, Term, TermType, Usage

DOMAINS = [("ecology", "生态"), ("energy", "能源"), ("agriculture", "农业"), ("transport", "交通")]


def concepts(n: int) -> Iterator[Concept]:
    """``n`` synthetic English-Chinese concepts, made on the fly."""
    for i in range(n):
        en, zh = DOMAINS[i % len(DOMAINS)]
        text = f"{en} programme {i}"
        sentence = f'The {text} covers the <pilot> zone & its "green" growth.'
        terms = [Term(text, "en", pos=PartOfSpeech.NOUN, usage=Usage.PREFERRED,
                      review=Review.APPROVED, id=3 * i + 1,
                      contexts=(Context(sentence, "corpus/report-2024.en.txt", i % 500 + 1,
                                        None, 4, 4 + len(text)),))]
        if i % 5 == 0:
            terms.append(Term(f"{en[:2].upper()}P{i}", "en", type=TermType.ACRONYM, id=3 * i + 2))
        terms.append(Term(f"{zh}项目第{i}号", "zh-Hans", pos=PartOfSpeech.NOUN,
                          review=Review.APPROVED, id=3 * i + 3))
        definition = (f"A {en} programme & its <pilot> zones, number {i}."
                      if i % 3 == 0 else None)
        yield Concept(terms=tuple(terms), id=i + 1, subject=en, definition=definition,
                      kind="domain", score=0.5 + (i % 50) / 100)


def job(name: str, n: int, d: Path) -> dict[str, float]:
    """Run one measurement in this process; return seconds and counts."""
    v2, v3, theirs, db = d / "ours.tbx", d / "ours.tbx3", d / "ttk.tbx", d / "tb.sqlite"
    t = time.perf_counter()
    count = 0
    if name == "generate concepts (baseline)":
        count = sum(1 for _ in concepts(n))
    elif name in ("write: termsmith v2", "write: termsmith v3"):
        from termsmith.formats import tbx

        version = 3 if name.endswith("v3") else 2
        with open(v3 if version == 3 else v2, "wb") as f:
            count = tbx.write(concepts(n), f, version=version)
    elif name == "write: translate-toolkit":
        from translate.storage import tbx as ttk

        store = ttk.tbxfile(sourcelanguage="en", targetlanguage="zh-CN")
        for c in concepts(n):
            unit = store.addsourceunit(c.terms[0].text)
            unit.settarget(c.terms[-1].text)
            count += 1
        with open(theirs, "wb") as f:
            store.serialize(f)
    elif name in ("read: termsmith v2", "read: termsmith v3"):
        from termsmith.formats import tbx

        count = sum(1 for _ in tbx.read(v3 if name.endswith("v3") else v2))
    elif name == "read: translate-toolkit":
        from translate.storage import tbx as ttk

        store = ttk.tbxfile.parsefile(str(v2))
        for unit in store.units:
            _ = (unit.source, unit.target)
            count += 1
    elif name == "store: build (add_concept)":
        from termsmith.store import TermBase

        db.unlink(missing_ok=True)
        with TermBase(db) as tb, tb.transaction():
            for c in concepts(n):
                tb.add_concept(c)
                count += 1
    elif name == "store: stream concepts":
        from termsmith.store import TermBase

        with TermBase(db) as tb:
            count = sum(1 for _ in tb.concepts(contexts=True, max_contexts=3))
    elif name == "store: export tbx":
        from termsmith import exchange
        from termsmith.store import TermBase

        with TermBase(db) as tb:
            count = exchange.export(tb, d / "store.tbx", "tbx")
    else:
        raise SystemExit(f"unknown job {name!r}")
    secs = time.perf_counter() - t
    peak = peak_mb()
    return {"secs": secs, "units": count, "peak_mb": peak}


_FILES = {"write: termsmith v2": "ours.tbx", "write: termsmith v3": "ours.tbx3",
          "write: translate-toolkit": "ttk.tbx", "store: export tbx": "store.tbx"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--units", type=int, default=100_000, help="concepts")
    ap.add_argument("--no-ttk", action="store_true", help="skip translate-toolkit")
    ap.add_argument("--no-store", action="store_true", help="skip the term-base export path")
    ap.add_argument("--repeat", type=int, default=1, help="runs per job; the median is shown")
    ap.add_argument("--job", help=argparse.SUPPRESS)
    ap.add_argument("--dir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.job:                                   # a child: one measurement, JSON out
        print(json.dumps(job(args.job, args.units, Path(args.dir))))
        return

    jobs = ["generate concepts (baseline)", "write: termsmith v2", "write: termsmith v3"]
    if not args.no_ttk:
        jobs.append("write: translate-toolkit")
    jobs += ["read: termsmith v2", "read: termsmith v3"]
    if not args.no_ttk:
        jobs.append("read: translate-toolkit")
    if not args.no_store:
        jobs += ["store: build (add_concept)", "store: stream concepts", "store: export tbx"]
    print(f"{args.units:,} concepts, Python {sys.version.split()[0]}")
    print(f"{'job':<30} {'time':>9} {'concepts/s':>12} {'peak RSS':>10} {'file':>8}")
    baseline = stream = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name in jobs:
            repeat = 1 if name == "store: build (add_concept)" else args.repeat
            r = median_run(__file__, name, args.units, tmp, repeat)
            size = ""
            if name in _FILES:
                size = f"{(Path(tmp) / _FILES[name]).stat().st_size / 1e6:5.0f} MB"
            print(f"{name:<30} {r['secs']:7.2f} s {r['units'] / r['secs']:12,.0f}"
                  f" {r['peak_mb']:7.0f} MB {size:>8}")
            if name.startswith("generate"):
                baseline = r["secs"]
            elif name == "store: stream concepts":
                stream = r["secs"]
            elif name.startswith("write: termsmith") and r["secs"] > baseline:
                net = r["secs"] - baseline    # the writer's own share: concepts are made on the fly
                print(f"{'  net of generating':<30} {net:7.2f} s {r['units'] / net:12,.0f}")
            elif name == "store: export tbx" and r["secs"] > stream:
                net = r["secs"] - stream
                print(f"{'  net of streaming':<30} {net:7.2f} s {r['units'] / net:12,.0f}")


if __name__ == "__main__":
    main()
