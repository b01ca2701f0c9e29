"""Accuracy of the sentence aligner on the development sets, beside the published aligners.

For every bitext ``NNN`` of ``../shared/align/mac-dev`` (literary) and
``../shared/align/pol-dev`` (political), aligns ``NNN.zh`` to ``NNN.en`` as given
(one sentence per line), writes ``OUT/SET/NNN.align`` and scores it with the
shared scorer (``score_align.py``): strict and lax F1 per set and per text,
printed beside the figures the shared README publishes.

``--loo`` also chooses the parameters named by ``--grid`` leave-one-text-out:
for each text, the grid point best on the *other* texts (mean strict F1 of the
sets) is used, so the figure printed is what a held-out text would get.

Usage::

    python benchmarks/align_eval.py [--out OUT] [--set mac-dev --set pol-dev]
    python benchmarks/align_eval.py --param gamma=0.25 --param null=1.2
    python benchmarks/align_eval.py --loo --grid gamma=0.2,0.25,0.3,0.35 \
        --grid length_weight=0.1,0.15,0.2 --grid length_variance=10,15,22

Embeddings are cached in ``OUT/cache`` so repeated runs only search.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "align"

# Published strict / lax F1 (shared/align/README.md and issue 8).
PUBLISHED: dict[str, list[tuple[str, float, float | None]]] = {
    "mac-dev": [("Gale-Church", 0.485, 0.737), ("Hunalign", 0.610, 0.852), ("Bleualign", 0.641, 0.873),
                ("Vecalign (LaBSE)", 0.863, 0.997), ("Bertalign (LaBSE, GPU)", 0.911, 0.998),
                ("prototype (USE-m3, tuned on dev)", 0.895, 0.993)],
    "pol-dev": [("Gale-Church", 0.85, None), ("Hunalign", 0.90, None), ("Bleualign", 0.91, None),
                ("Vecalign", 0.98, None), ("Bertalign", 0.99, None),
                ("prototype (USE-m3, tuned on dev)", 0.980, 1.000)],
}


def load_scorer() -> Any:
    sys.path.insert(0, str(SHARED))
    import score_align

    return score_align


def texts(folder: Path) -> list[str]:
    return sorted(p.name.split(".")[0] for p in folder.glob("*.gold.align"))


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def parse_value(field_type: Any, raw: str) -> Any:
    if "bool" in str(field_type):
        return raw.lower() in ("1", "true", "yes")
    if "int" in str(field_type):
        return int(raw)
    return float(raw)


def run_set(name: str, params: Any, out: Path) -> dict[str, list[Any]]:
    """Align every text of a set; return the beads per text id."""
    from termsmith.align import align

    folder = SHARED / name
    result = {}
    for tid in texts(folder):
        zh = read_lines(folder / f"{tid}.zh")
        en = read_lines(folder / f"{tid}.en")
        beads = align(zh, en, src_lang="zh", tgt_lang="en", params=params)
        result[tid] = beads
        target = out / name
        target.mkdir(parents=True, exist_ok=True)
        (target / f"{tid}.align").write_text("".join(f"{b}:{b.score}\n" for b in beads), encoding="utf-8")
    return result


def score(sa: Any, name: str, out: Path, only: list[str] | None = None) -> dict[str, Any]:
    """The scorer's figures for the texts ``only`` (default all) of a set, overall and per text."""
    folder = SHARED / name
    ids = only or texts(folder)
    items = [(tid, sa.read_alignment(str(folder / f"{tid}.gold.align")),
              sa.read_alignment(str(out / name / f"{tid}.align"))) for tid in ids]
    return sa.score(items, by="text")  # type: ignore[no-any-return]


def micro(counts: list[dict[str, int]]) -> float:
    """Strict F1 over the summed counts of several texts (the scorer's micro-average)."""
    tot = {k: sum(c[k] for c in counts) for k in counts[0]}
    p = tot["P_strict_hits"] / max(tot["auto_beads_scored_for_P"], 1)
    r = tot["R_strict_hits"] / max(tot["gold_beads_scored_for_R"], 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="/tmp/termsmith-align-eval")
    ap.add_argument("--set", action="append", dest="sets")
    ap.add_argument("--param", action="append", default=[], help="NAME=VALUE of termsmith.align.cost.Params")
    ap.add_argument("--loo", action="store_true", help="choose --grid parameters leave-one-text-out")
    ap.add_argument("--grid", action="append", default=[], help="NAME=V1,V2,... searched with --loo")
    args = ap.parse_args()
    out = Path(args.out)
    os.environ.setdefault("TERMSMITH_CACHE_DIR", str(out / "cache"))
    from termsmith.align.cost import Params

    types = {f.name: f.type for f in fields(Params)}
    base = Params()
    for kv in args.param:
        k, v = kv.split("=", 1)
        base = replace(base, **{k: parse_value(types[k], v)})
    sa = load_scorer()
    sets = args.sets or ["mac-dev", "pol-dev"]
    print(f"parameters: {base}")
    for name in sets:
        t0 = time.perf_counter()
        run_set(name, base, out / "main")
        secs = time.perf_counter() - t0
        res = score(sa, name, out / "main")
        s, lx = res["overall"]["strict"]["F1"], res["overall"]["lax"]["F1"]
        print(f"\n== {name}  ({secs:.1f} s)")
        print(f"{'aligner':38} {'strict F1':>9} {'lax F1':>7}")
        print(f"{'termsmith':38} {s:9.3f} {lx:7.3f}")
        for label, ps, pl in PUBLISHED[name]:
            print(f"{label:38} {ps:9.3f} {pl if pl is not None else float('nan'):7.3f}")
        per = "  ".join(f"{k}: {v['strict']['F1']:.3f}/{v['lax']['F1']:.3f}" for k, v in res["groups"])
        print(f"per text (strict/lax): {per}")
    if args.loo and args.grid:
        print("\n== leave one text out")
        loo(sa, sets, base, args.grid, types, out)


def loo(sa: Any, sets: list[str], base: Any, grid: list[str], types: dict[str, Any], out: Path) -> None:
    """Leave-one-text-out over all the texts of ``sets`` together.

    Each text is aligned with the grid point that is best on the *other* texts,
    judged by the mean over the sets of their strict F1 (so the six literary
    chapters do not outvote the political text): one parameter set for both
    genres, as the aligner ships with.
    """
    axes: list[list[tuple[str, Any]]] = []
    for g in grid:
        k, vs = g.split("=", 1)
        axes.append([(k, parse_value(types[k], v)) for v in vs.split(",")])
    points = [dict(p) for p in itertools.product(*axes)]
    ids = [(name, tid) for name in sets for tid in texts(SHARED / name)]
    counts: list[dict[tuple[str, str], dict[str, int]]] = []
    for n, point in enumerate(points):
        per: dict[tuple[str, str], dict[str, int]] = {}
        for name in sets:
            run_set(name, replace(base, **point), out / f"grid{n}")
            res = score(sa, name, out / f"grid{n}")
            per.update({(name, tid): m["counts"] for tid, m in res["groups"]})
        counts.append(per)
        print(f"  grid {point}: " + "  ".join(
            f"{name} {micro([per[k] for k in ids if k[0] == name]):.3f}" for name in sets))

    def objective(n: int, train: list[tuple[str, str]]) -> float:
        scores = [micro([counts[n][k] for k in train if k[0] == name]) for name in sets
                  if any(k[0] == name for k in train)]
        return sum(scores) / len(scores)

    chosen: dict[tuple[str, str], dict[str, int]] = {}
    for key in ids:
        train = [k for k in ids if k != key]
        n = max(range(len(points)), key=lambda n: objective(n, train))
        chosen[key] = counts[n][key]
        print(f"  LOO {key[0]}/{key[1]}: chose {points[n]}, strict F1 on it {micro([counts[n][key]]):.3f}")
    best = max(range(len(points)), key=lambda n: objective(n, ids))
    print(f"best on all texts: {points[best]}")
    for name in sets:
        print(f"LOO strict F1 {name}: {micro([chosen[k] for k in ids if k[0] == name]):.3f}")


if __name__ == "__main__":
    main()
