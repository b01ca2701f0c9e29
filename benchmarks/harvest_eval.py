#!/usr/bin/env python3
"""Score the English harvest against terminologists' gold lists.

    python benchmarks/harvest_eval.py [--corpus DIR] [--misses] [--json OUT]

Material: every ``*.en.txt`` in ``../shared/corpus/dev`` that has a ``*.gold.tsv``
beside it (columns ``tier``, ``kind``, ``term``; `` | `` separates alternatives),
and the seed (``corpus/``), whose gold is the translator's review sheet
``../shared/review/seed-review-sheet.csv``. The sheet is not a gold list made
for scoring: it holds what one translator decided on, not everything a glossary
needs. Its rows are grouped by Chinese equivalent (an approved English term and
the deprecated rendering of the same Chinese term are one row with two
alternatives) and all count as ``must``; the seed has no ``should`` tier, and
its precision is a lower bound (a sound term the translator did not list counts
as wrong).

Matching follows ``corpus/dev/README.md``: case, straight/curly quotes, white
space, a leading article and trailing punctuation are ignored, and a row is
found when any alternative equals a harvested term. A harvested term is an
entry's display form or any form it was seen in (its variants: the reviewer sees
them all on the entry).

Precision is over the top 50 entries by score, in the order ``harvest.run``
returns them. A top-50 entry is correct when it matches a gold row (any tier) as
above, or, failing that, when its grouping key (plural, hyphen and spacing
folded, as the term base groups variants) equals the key of a gold alternative.
Anything else counts as wrong; ``--misses`` lists those entries so that a human
can check the judgement (gold lists are not exhaustive).

Candidates per 1,000 words counts entries over the words of the whole file,
beside the gold rows per 1,000 words (about 30 in the dev lists).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from termsmith import harvest, reader
from termsmith.harvest.merge import key as group_key

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"
SHEET = SHARED / "review" / "seed-review-sheet.csv"
TOP = 50

_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_WORDS = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def norm(term: str) -> str:
    """Normalise as the gold README says: case, quotes, space, leading article, trailing punct."""
    t = " ".join(term.translate(_QUOTES).split()).casefold()
    t = t.strip("\"'")
    t = _ARTICLE.sub("", t)
    return t.rstrip(".,;:!?\"' ").lstrip("\"' ")


@dataclass
class Row:
    tier: str
    kind: str
    alternatives: list[str]

    @property
    def normed(self) -> set[str]:
        return {norm(a) for a in self.alternatives}

    @property
    def keys(self) -> set[str]:
        return {group_key(a) for a in self.alternatives}


@dataclass
class Score:
    name: str
    words: int
    gold: int
    must: tuple[int, int]
    should: tuple[int, int]
    precision: float
    candidates: int
    seconds: float
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def per_kw(self) -> float:
        return 1000 * self.candidates / self.words

    @property
    def gold_per_kw(self) -> float:
        return 1000 * self.gold / self.words


def read_gold(path: Path) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tier, kind, term = line.split("\t")
        rows.append(Row(tier, kind, [a.strip() for a in term.split(" | ") if a.strip()]))
    return rows


def read_sheet(path: Path) -> list[Row]:
    """The review sheet as gold: one must row per Chinese equivalent."""
    by_zh: dict[str, Row] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            row = by_zh.setdefault(rec["zh-Hans"], Row("must", rec["kind"], []))
            row.alternatives.append(rec["en"])
    return list(by_zh.values())


def material(corpus: Path) -> list[tuple[Path, list[Row]]]:
    out = []
    if SEED.exists() and SHEET.exists():
        out.append((SEED, read_sheet(SHEET)))
    for text in sorted(corpus.glob("*.en.txt")):
        gold = text.with_name(text.name.removesuffix(".en.txt") + ".gold.tsv")
        if gold.exists():
            out.append((text, read_gold(gold)))
    return out


def score(path: Path, rows: list[Row]) -> Score:
    t0 = time.perf_counter()
    result = harvest.run(reader.read(path))
    secs = time.perf_counter() - t0
    entries = result.entries
    forms = [{norm(e.term), *(norm(v) for v in e.variants)} for e in entries]
    harvested = set().union(*forms) if forms else set()

    def found(r: Row) -> bool:
        return bool(r.normed & harvested)

    must = [r for r in rows if r.tier == "must"]
    should = [r for r in rows if r.tier == "should"]
    gold_forms = set().union(*(r.normed for r in rows))
    gold_keys = set().union(*(r.keys for r in rows))
    top = entries[:TOP]
    wrong = [e.term for e, f in zip(top, forms[:TOP], strict=True)
             if not (f & gold_forms) and e.key not in gold_keys]
    words = len(_WORDS.findall(path.read_text(encoding="utf-8")))
    return Score(
        name=path.name.removesuffix(".en.txt"), words=words, gold=len(rows),
        must=(sum(map(found, must)), len(must)), should=(sum(map(found, should)), len(should)),
        precision=(len(top) - len(wrong)) / len(top) if top else 0.0,
        candidates=len(entries), seconds=secs,
        missed=[f"{r.tier}: {r.alternatives[0]}" for r in rows if not found(r)], wrong=wrong,
    )


def _ratio(pair: tuple[int, int]) -> str:
    got, n = pair
    return f"{got / n:5.2f} ({got:>2}/{n:<2})" if n else "    —        "


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev")
    ap.add_argument("--misses", action="store_true",
                    help="list gold rows not found and top-50 entries judged wrong")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = ap.parse_args()
    todo = material(args.corpus)
    if not todo:
        print(f"no material: {args.corpus} has no *.en.txt with a *.gold.tsv", file=sys.stderr)
        return 3
    harvest.run(reader.parse_text("Warm up\n\nThe \"Warm Up\" (WU) test.\n"))   # imports
    scores = [score(p, rows) for p, rows in todo]
    print(f"{'transcript':<38} {'must recall':>13} {'should recall':>14} {'P@50':>5} "
          f"{'cand/kw':>7} {'gold/kw':>7} {'secs':>5}")
    for s in scores:
        print(f"{s.name:<38} {_ratio(s.must)} {_ratio(s.should)} {s.precision:5.2f} "
              f"{s.per_kw:7.1f} {s.gold_per_kw:7.1f} {s.seconds:5.2f}")
    dev = [s for s in scores if s.should[1]]
    if dev:
        def pooled(attr: str) -> tuple[int, int]:
            return (sum(getattr(s, attr)[0] for s in dev), sum(getattr(s, attr)[1] for s in dev))
        mean_p = sum(s.precision for s in dev) / len(dev)
        ratio = sum(s.candidates for s in dev) / sum(s.gold for s in dev)
        print(f"{'dev pooled':<38} {_ratio(pooled('must'))} {_ratio(pooled('should'))} "
              f"{mean_p:5.2f}   candidates/gold {ratio:.1f}x")
    if args.misses:
        for s in scores:
            print(f"\n== {s.name}\n  not found: " + "; ".join(s.missed))
            print("  top-50 judged wrong: " + "; ".join(s.wrong))
    if args.json:
        args.json.write_text(json.dumps([{
            "transcript": s.name, "must": s.must, "should": s.should, "precision": s.precision,
            "candidates": s.candidates, "words": s.words, "gold": s.gold, "seconds": s.seconds,
            "missed": s.missed, "wrong": s.wrong} for s in scores], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
