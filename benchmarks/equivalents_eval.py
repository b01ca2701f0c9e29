"""Accuracy of `termsmith equivalents` on a bitext with a gold list of term equivalents.

A bitext folder in the format of ``shared/align`` (``NNN.zh``, ``NNN.en``, one
sentence per line, ``NNN.gold.align`` beads) and a gold list (TSV: English term,
accepted Chinese renderings separated by ``|``) are read; the bitext is made a
translation memory twice, from the gold beads and from the aligner's beads
(``termsmith.align``), and each gold term's proposals are scored: top-1 and
top-3 accuracy, overall and for terms seen in one unit vs two or more (terms
the memory does not hold at all are counted apart, as they cannot be proposed).

    python benchmarks/equivalents_eval.py                       # pol-dev 001 and our list
    python benchmarks/equivalents_eval.py --bitext DIR --gold LIST.tsv --memory gold
    python benchmarks/equivalents_eval.py --show-misses

Targets (issue 12): top-1 >= 0.85 and top-3 >= 0.95 for terms seen twice or
more; top-1 >= 0.70 for terms seen once.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from termsmith.equivalents.memory import Memory
from termsmith.equivalents.propose import Proposer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
DEFAULT_BITEXT = HERE.parent.parent / "shared" / "align" / "pol-dev"
DEFAULT_GOLD = HERE / "data" / "pol-dev-001.equivalents.tsv"


def read_beads(path: Path) -> list[tuple[list[int], list[int]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        zh, en = line.split(":")[:2]
        out.append(([int(x) for x in zh.strip("[] ").split(",") if x.strip()],
                    [int(x) for x in en.strip("[] ").split(",") if x.strip()]))
    return out


def pairs_of(zh: list[str], en: list[str], beads: list[tuple[list[int], list[int]]]) \
        -> list[tuple[str, str]]:
    return [(" ".join(en[i] for i in e), "".join("".join(zh[i].split()) for i in z))
            for z, e in beads if z and e]


def aligned_beads(zh: list[str], en: list[str]) -> list[tuple[list[int], list[int]]]:
    from termsmith.align import align

    return [(list(b.src), list(b.tgt)) for b in align(zh, en, src_lang="zh", tgt_lang="en")]


def read_gold(path: Path) -> list[tuple[str, set[str]]]:
    rows = [r for r in csv.reader((ln for ln in path.open(encoding="utf-8")
                                   if not ln.startswith("#")), delimiter="\t")]
    return [(r[0], set(r[1].split("|"))) for r in rows[1:] if r]


def evaluate(memory: Memory, gold: list[tuple[str, set[str]]], show: bool,
             peer: bool = False) -> dict[str, object]:
    proposer = Proposer(memory)
    buckets: dict[str, list[tuple[bool, bool]]] = {"once": [], "twice+": []}
    unseen = []
    started = time.perf_counter()
    for term, accepted in gold:
        if peer:
            from equivalents_speed import dice_ngrams

            n = len(memory.en_units_of(term))
            texts = [t for t, _ in dice_ngrams(memory, term)]
        else:
            n, props = proposer.chinese_for([term], limit=3)
            texts = [p.text for p in props]
        if n == 0:
            unseen.append(term)
            continue
        top1 = bool(texts) and texts[0] in accepted
        top3 = any(t in accepted for t in texts[:3])
        buckets["once" if n == 1 else "twice+"].append((top1, top3))
        if show and not top1:
            print(f"  {'near' if top3 else 'MISS'} [{n}] {term}: gold {'|'.join(sorted(accepted))}; "
                  f"got {texts}", file=sys.stderr)
    secs = time.perf_counter() - started
    out: dict[str, object] = {"seconds": round(secs, 2), "unseen": unseen}
    allr = buckets["once"] + buckets["twice+"]
    for name, rows in [("overall", allr), *buckets.items()]:
        out[name] = {"terms": len(rows),
                     "top1": round(sum(a for a, _ in rows) / len(rows), 3) if rows else None,
                     "top3": round(sum(b for _, b in rows) / len(rows), 3) if rows else None}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bitext", type=Path, default=DEFAULT_BITEXT)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--memory", choices=["gold", "aligned", "both"], default="both")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--peer", action="store_true",
                    help="Also score the textbook method (Dice over character n-grams) on the "
                         "same memory.")
    args = ap.parse_args()
    gold = read_gold(args.gold)
    kinds = ["gold", "aligned"] if args.memory == "both" else [args.memory]
    for kind in kinds:
        pairs: list[tuple[str, str]] = []
        for zh_path in sorted(args.bitext.glob("*.zh")):
            stem = zh_path.with_suffix("")
            zh = zh_path.read_text(encoding="utf-8").splitlines()
            en = stem.with_suffix(".en").read_text(encoding="utf-8").splitlines()
            beads = read_beads(stem.with_suffix(".gold.align")) if kind == "gold" \
                else aligned_beads(zh, en)
            pairs += pairs_of(zh, en, beads)
        memory = Memory(pairs)
        for who in ("termsmith", "Dice over n-grams")[: 2 if args.peer else 1]:
            res = evaluate(memory, gold, args.show_misses and who == "termsmith",
                           peer=who != "termsmith")
            print(f"{who}: memory from {kind} beads ({len(pairs)} units), {len(gold)} gold "
                  f"terms, {res['seconds']} s")
            for name in ("overall", "twice+", "once"):
                r = res[name]
                assert isinstance(r, dict)
                print(f"  {name:8} terms {r['terms']:3}  top-1 {r['top1']}  top-3 {r['top3']}")
            if res["unseen"]:
                print(f"  not in the memory: {res['unseen']}")


if __name__ == "__main__":
    main()
