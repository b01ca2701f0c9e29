#!/usr/bin/env python3
"""TBX I/O: termsmith's streaming writer and reader beside translate-toolkit's.

N synthetic English–Chinese concepts (100,000 full size: an English and a Chinese
term each, an acronym on every fifth, a context sentence on the English term, a
definition on every third) are written as TBX v2 by ``termsmith.formats.tbx.write``
and by translate-toolkit's ``tbxfile`` (one unit per concept: what it can hold);
the file termsmith wrote is read back by both readers (translate-toolkit takes
each unit's source and target, termsmith builds whole concepts). Target (issue
14): reading at least 3× translate-toolkit.

    python benchmarks/run.py --only tbx_io [--quick]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _rows import Row

SIZES = {"full": 100_000, "quick": 10_000}
DOMAINS = [("ecology", "生态"), ("energy", "能源"), ("agriculture", "农业"), ("transport", "交通")]


def rows(n: int) -> list[Row]:
    ttk = "translate-toolkit"
    return [
        Row(f"read TBX, {n:,} concepts", "read: termsmith", "read: translate-toolkit", ttk,
            "≥ 3×", min_ratio=3),
        Row(f"write TBX, {n:,} concepts", "write: termsmith", "write: translate-toolkit", ttk,
            "(no target; termsmith writes contexts too)"),
    ]


def concepts(n: int) -> Iterator[Any]:
    """``n`` synthetic English-Chinese concepts, made on the fly."""
    from termsmith.model import Concept, Context, PartOfSpeech, Review, Term, TermType, Usage

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


def setup(n: int, folder: Path) -> None:
    from termsmith.formats import tbx

    with open(folder / "input.tbx", "wb") as f:
        tbx.write(concepts(n), f)


def job(name: str, n: int, folder: Path, clock: Any) -> None:
    if name == "write: termsmith":
        from termsmith.formats import tbx

        with open(folder / "ours.tbx", "wb") as f:
            tbx.write(concepts(n), f)
    elif name == "write: translate-toolkit":
        from translate.storage import tbx as ttk

        store = ttk.tbxfile(sourcelanguage="en", targetlanguage="zh-CN")
        for c in concepts(n):
            unit = store.addsourceunit(c.terms[0].text)
            unit.settarget(c.terms[-1].text)
        with open(folder / "ttk.tbx", "wb") as f:
            store.serialize(f)
    elif name == "read: termsmith":
        from termsmith.formats import tbx

        for _ in tbx.read(folder / "input.tbx"):
            pass
    elif name == "read: translate-toolkit":
        from translate.storage import tbx as ttk

        store = ttk.tbxfile.parsefile(str(folder / "input.tbx"))
        for unit in store.units:
            _ = (unit.source, unit.target)
    else:
        raise SystemExit(f"unknown job {name!r}")


if __name__ == "__main__":
    import subprocess

    sys.exit(subprocess.call([sys.executable, str(Path(__file__).with_name("run.py")),
                              "--only", "tbx_io", *sys.argv[1:]]))
