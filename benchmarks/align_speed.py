"""Speed and memory of the sentence aligner from 1k to 20k source sentences, beside Gale–Church.

The bitext of each size is built from the development sets (``../shared/align``
pol-dev and mac-dev, Chinese to English), repeated until it has N Chinese
sentences; every repetition tags its sentences with ``§k`` (k = the copy) on
both sides so that no sentence is a duplicate the embedding cache would skip.
The gold beads are repeated alongside, so strict F1 at scale is printed too
(the tag is a small extra cue shared by the two sides of one copy).

Each job runs in a fresh process with an empty embedding cache, and the peer
runs on the same sentences right after ours (interleaved, one size at a time):

* ``termsmith``: :func:`termsmith.align.align` (embedding + search), with the
  embedding and search times reported apart;
* ``galechurch``: the ``galechurch`` wheel (Gale & Church 1993, sentence lengths
  only, Rust), if installed (``pip install galechurch``).

Usage: ``python benchmarks/align_speed.py [--sizes 1000,2000,5000,10000,20000] [--repeat 1]``
(a scaling table with strict F1), or ``python benchmarks/run.py --only align_speed`` (one row
in the project's table: 10,000 Chinese sentences, the issue's target of 60 s in 1 GB).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from _rows import Row

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "align"
SIZES = {"full": 10_000, "quick": 1_000}


def rows(n: int) -> list[Row]:
    """The row of ``benchmarks/run.py``: align N Chinese sentences with their English."""
    return [Row(f"align {n:,} zh sentences with their English (embed + search)", "align: termsmith",
                "align: galechurch", "galechurch (lengths only)", "< 60 s in < 1 GB on 2 cores",
                max_secs=60, max_mb=1024, cores=2)]


def corpus() -> tuple[list[str], list[str], list[tuple[list[int], list[int]]]]:
    """All development bitexts concatenated: Chinese, English and the gold beads."""
    sys.path.insert(0, str(SHARED))
    import score_align as sa

    zh: list[str] = []
    en: list[str] = []
    gold: list[tuple[list[int], list[int]]] = []
    for folder in (SHARED / "pol-dev", SHARED / "mac-dev"):
        for g in sorted(folder.glob("*.gold.align")):
            tid = g.name.split(".")[0]
            z = (folder / f"{tid}.zh").read_text(encoding="utf-8").splitlines()
            e = (folder / f"{tid}.en").read_text(encoding="utf-8").splitlines()
            for s, t in sa.read_alignment(str(g)):
                gold.append(([i + len(zh) for i in s], [j + len(en) for j in t]))
            zh += z
            en += e
    return zh, en, gold


def bitext(n: int) -> tuple[list[str], list[str], list[tuple[list[int], list[int]]]]:
    """N Chinese sentences (whole beads), their English and gold beads."""
    zh0, en0, gold0 = corpus()
    zh: list[str] = []
    en: list[str] = []
    gold: list[tuple[list[int], list[int]]] = []
    copy = 0
    while len(zh) < n:
        copy += 1
        tag = f" §{copy}" if copy > 1 else ""
        for s, t in gold0:
            if len(zh) >= n:
                break
            gold.append((list(range(len(zh), len(zh) + len(s))),
                         list(range(len(en), len(en) + len(t)))))
            zh += [zh0[i] + tag for i in s]
            en += [en0[j] + tag for j in t]
    return zh, en, gold


def strict_f1(gold: list[tuple[list[int], list[int]]], auto: list[tuple[list[int], list[int]]]) -> float:
    sys.path.insert(0, str(SHARED))
    import score_align as sa

    res = sa.score([("all", [(tuple(s), tuple(t)) for s, t in gold],
                     [(tuple(s), tuple(t)) for s, t in auto])])
    return float(res["overall"]["strict"]["F1"])


def job(name: str, n: int, folder: Path | None = None, clock: Any = None) -> dict[str, Any]:
    """One timed job: ``run.py``'s (``align: NAME``, timed by its clock) or this script's own."""
    zh, en, gold = bitext(n)
    if clock is not None:
        clock.restart()
    auto, extra = _align(name.split(": ")[-1], zh, en)
    if clock is not None:
        return {}
    use = resource.getrusage(resource.RUSAGE_SELF)
    return {"job": name, "zh": len(zh), "en": len(en), "cpu": use.ru_utime + use.ru_stime,
            "f1": strict_f1(gold, auto), "peak_mb": use.ru_maxrss / 1024, **extra}


Beads = list[tuple[list[int], list[int]]]


def _align(name: str, zh: list[str], en: list[str]) -> tuple[Beads, dict[str, float]]:
    t0 = time.perf_counter()
    if name == "termsmith":
        from termsmith.align import core

        s, t = core.sides(zh, en)
        t1 = time.perf_counter()
        path = core.align_sides(s, t, core.params_for("zh", "en"))
        beads = core.beads_of(path)
        auto = [(list(b.src), list(b.tgt)) for b in beads]
        t2 = time.perf_counter()
        extra: dict[str, float] = {"embed_secs": t1 - t0, "search_secs": t2 - t1}
    else:
        import galechurch

        # Its DP is the whole grid; let it take the biggest grids too (memory grows quadratically).
        result = galechurch.align(zh, en, max_block_size=2_000_000_000)
        auto = []
        for line in result.to_pharaoh_lines():
            left, right = line.split(":")[:2]
            auto.append(([int(x) for x in left.strip("[] ").split(",") if x.strip()],
                         [int(x) for x in right.strip("[] ").split(",") if x.strip()]))
        extra = {}
    extra["secs"] = time.perf_counter() - t0
    return auto, extra


def have_galechurch() -> bool:
    try:
        import galechurch  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,2000,5000,10000,20000")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--job")
    ap.add_argument("--n", type=int)
    args = ap.parse_args()
    if args.job:
        print(json.dumps(job(args.job, args.n)))
        return
    env = {k: v for k, v in os.environ.items() if k != "TERMSMITH_CACHE_DIR"}
    jobs = ["termsmith"] + (["galechurch"] if have_galechurch() else [])
    print("wall seconds (embedding, search), CPU seconds of the whole process, sentences (both sides)")
    print("per wall second, peak RSS; the machine's load average now:", os.getloadavg())
    print(f"{'job':11} {'zh':>6} {'en':>6} {'secs':>8} {'embed':>7} {'search':>7} {'cpu s':>7} {'sent/s':>7} "
          f"{'peak MB':>8} {'strict F1':>9}")
    for n in (int(x) for x in args.sizes.split(",")):
        runs: dict[str, list[dict[str, Any]]] = {j: [] for j in jobs}
        for _ in range(args.repeat):
            for j in jobs:
                proc = subprocess.run([sys.executable, __file__, "--job", j, "--n", str(n)], env=env,
                                      capture_output=True, text=True)
                if proc.returncode:
                    print(f"{j:11} {n:6}  failed: {proc.stderr.strip().splitlines()[-1][:80]}", flush=True)
                    continue
                runs[j].append(json.loads(proc.stdout.strip().splitlines()[-1]))
        for j in jobs:
            if not runs[j]:
                continue
            r = sorted(runs[j], key=lambda x: x["secs"])[len(runs[j]) // 2]
            rate = (r["zh"] + r["en"]) / r["secs"]
            print(f"{j:11} {r['zh']:6} {r['en']:6} {r['secs']:8.1f} {r.get('embed_secs', 0):7.1f} "
                  f"{r.get('search_secs', 0):7.1f} {r['cpu']:7.1f} {rate:7.0f} {r['peak_mb']:8.0f} "
                  f"{r['f1']:9.3f}", flush=True)


if __name__ == "__main__":
    main()
