#!/usr/bin/env python3
"""Review at scale: the review sheet and the review page on a 100,000-concept term base.

The term base (made once, untimed) holds N synthetic concepts of the genre: an English
candidate with a context sentence each, a Chinese equivalent on every other one, an
acronym on every fifth, a definition on every third, scores spread over 0.5–1. Jobs:

* ``review export sheet.xlsx`` as the CLI runs it (target, issue 14: ≤ 10 s, < 100 MB);
* ``review import sheet.xlsx`` of that sheet as exported (every row read and checked
  against the term base, nothing to apply): what a reviewer waits for on returning it;
* ``review serve`` ready: from starting the command to the page answering (≤ 0.5 s);
* the first page of the queue, ``GET /api/queue`` as the page asks for it, and
  ``/api/info`` (≤ 50 ms each), on a server already listening.

No peer tool does this job, so the targets are absolute.

    python benchmarks/run.py --only review_scale [--quick]
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _rows import Row

SIZES = {"full": 100_000, "quick": 10_000}
DOMAINS = [("ecology", "生态"), ("energy", "能源"), ("agriculture", "农业"), ("transport", "交通")]


def rows(n: int) -> list[Row]:
    return [
        Row(f"review export sheet.xlsx, {n:,} concepts", "sheet", target="≤ 10 s, < 100 MB",
            max_secs=10, max_mb=100),
        Row(f"review import sheet.xlsx (unchanged), {n:,} concepts", "sheet import",
            target="≤ 10 s", max_secs=10),
        Row(f"review serve ready, {n:,} concepts", "serve ready", target="≤ 0.5 s", max_secs=0.5),
        Row(f"review page: first page of the queue, {n:,} concepts", "first page",
            target="≤ 50 ms", max_secs=0.05),
        Row(f"review page: /api/info (kinds counted), {n:,} concepts", "info",
            target="≤ 50 ms", max_secs=0.05),
    ]


def concepts(n: int) -> Iterator[Any]:
    from termsmith.model import Concept, Context, Review, Term, TermType, Usage

    for i in range(n):
        en, zh = DOMAINS[i % len(DOMAINS)]
        text = f"{en} pilot zone {i}"
        sentence = f"The {text} was set up in the county last year, officials said."
        terms = [Term(text, "en", contexts=(Context(sentence, "corpus/briefing.en.txt",
                                                    i % 500 + 1, None, 4, 4 + len(text)),))]
        if i % 5 == 0:
            terms.append(Term(f"{en[:2].upper()}PZ{i}", "en", type=TermType.ACRONYM))
        if i % 2 == 0:
            terms.append(Term(f"{zh}试验区{i}", "zh-Hans", usage=Usage.PREFERRED,
                              review=Review.APPROVED))
        yield Concept(terms=tuple(terms), kind="domain" if i % 7 else "name",
                      definition=f"A {en} pilot zone, number {i}." if i % 3 == 0 else None,
                      score=0.5 + (i % 500) / 1000)


def setup(n: int, folder: Path) -> None:
    from termsmith.store import TermBase

    with TermBase(folder / "big.db") as tb, tb.transaction():
        for c in concepts(n):
            tb.add_concept(c)


def _cli() -> list[str]:
    return [sys.executable, "-m", "termsmith"]


def job(name: str, n: int, folder: Path, clock: Any) -> None:
    db = str(folder / "big.db")
    env = {**os.environ, "TERMSMITH_DB": db}
    if name == "sheet":
        subprocess.run([*_cli(), "review", "export", str(folder / "sheet.xlsx")], env=env,
                       check=True, stdout=subprocess.DEVNULL)
    elif name == "sheet import":
        sheet = folder / "sheet.xlsx"
        if not sheet.exists():                     # (made by the export job, else here)
            subprocess.run([*_cli(), "review", "export", str(sheet)], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            clock.restart()
        subprocess.run([*_cli(), "review", "import", str(sheet)], env=env, check=True,
                       stdout=subprocess.DEVNULL)
    elif name == "serve ready":
        proc = subprocess.Popen([*_cli(), "review", "serve", "--port", "0"], env=env,
                                stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stderr is not None
            line = proc.stderr.readline()          # "Reviewing … at http://127.0.0.1:PORT/ …"
            url = line.split(" at ", 1)[1].split()[0]
            with urllib.request.urlopen(url, timeout=30) as res:
                res.read()
            clock.stop()                           # the server's shutdown is not the job
        finally:
            proc.terminate()
            proc.wait()
    elif name in ("first page", "info"):
        from termsmith import web

        server, url = web.start(db, who="bench")
        try:
            path = "api/queue?status=candidate&limit=100" if name == "first page" else "api/info"
            with urllib.request.urlopen(url + "api/progress", timeout=30) as res:   # warm: open, migrate
                res.read()
            clock.restart()
            with urllib.request.urlopen(url + path, timeout=30) as res:
                res.read()
            clock.stop()                           # shutting down waits for the poll interval
        finally:
            server.stop()
    else:
        raise SystemExit(f"unknown job {name!r}")


if __name__ == "__main__":
    sys.exit(subprocess.call([sys.executable, str(Path(__file__).with_name("run.py")),
                              "--only", "review_scale", *sys.argv[1:]]))
