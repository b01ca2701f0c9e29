"""Speed of equivalent proposals: 5,000 terms over a 50,000-unit memory (issue 12: < 60 s).

The memory is pol-dev's aligned bitext (``shared/align/pol-dev``, gold beads)
scaled up: each copy of a unit gets its own reference number on both sides, so
no two units are the same text and no cache is shared between copies. The
terms are the commonest English word n-grams of it (one to four words, no
function word at an edge), as a harvest would find them.

The peer is the textbook way (bilingual term extraction by co-occurrence):
every Chinese character n-gram (2–6) of a term's units, ranked by Dice's
coefficient, on the same index; it is about a hundred times slower, so it is
timed beside ours on the first 500 terms only. Run through ``run.py``
(interleaved, medians, peak RSS) or alone::

    python benchmarks/equivalents_speed.py [--units 50000] [--terms 5000]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from _rows import Row

HERE = Path(__file__).resolve().parent
BITEXT = HERE.parent.parent / "shared" / "align" / "pol-dev"
TERMS = 5000
SIZES = {"full": 50_000, "quick": 5_000}
_FUNCTION = frozenset("""a an the of and or to in on at by for with from as into is are was were be
    been this that these those it its we our us you they their he his she her i not no but so
    all any each every some such more most many other than then there here which who what when
    where how also only will would shall should can could may might must has have had do does
    did very just""".split())


PEER_TERMS = 500     # the peer is ~100x slower: it is timed on the first 500 terms


def rows(size: int) -> list[Row]:
    n = TERMS if size >= 50_000 else TERMS // 10
    return [Row(f"Equivalent proposals, {n} terms over {size // 1000}k units", "propose: termsmith",
                target="< 60 s", max_secs=60.0 if size >= 50_000 else None),
            Row(f"  the first {PEER_TERMS} of them, beside the textbook method",
                "propose 500: termsmith", "propose 500: char n-gram Dice", "Dice over n-grams")]


def _pairs() -> list[tuple[str, str]]:
    sys.path.insert(0, str(HERE))
    from equivalents_eval import pairs_of, read_beads

    zh = (BITEXT / "001.zh").read_text(encoding="utf-8").splitlines()
    en = (BITEXT / "001.en").read_text(encoding="utf-8").splitlines()
    return pairs_of(zh, en, read_beads(BITEXT / "001.gold.align"))


def scaled(units: int) -> list[tuple[str, str]]:
    """``units`` pairs: pol-dev's, copied with a reference number on both sides."""
    base = _pairs()
    return [(f"{e} (ref. {k // len(base)})", f"{z}（第{k // len(base)}号）")
            for k, (e, z) in zip(range(units), (base[i % len(base)] for i in range(units)),
                                 strict=True)]


def terms_of(pairs: list[tuple[str, str]], n: int) -> list[str]:
    """The ``n`` commonest English 1–4-word n-grams with no function word at an edge."""
    counts: Counter[str] = Counter()
    for en, _ in pairs[: 2 * 275]:
        for clause in re.split(r"[,.;:!?()\"“”—–]", en):
            words = re.findall(r"[A-Za-z][A-Za-z’'\-]*", clause)
            for i in range(len(words)):
                for j in range(i, min(i + 4, len(words))):
                    if words[i].lower() in _FUNCTION or words[j].lower() in _FUNCTION:
                        continue
                    counts[" ".join(words[i:j + 1])] += 1
    return [t for t, _ in counts.most_common(n)]


def setup(size: int, folder: Path) -> None:
    pairs = scaled(size)
    with open(folder / "memory.tsv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter="\t").writerows(pairs)
    n_terms = TERMS if size >= 50_000 else TERMS // 10
    (folder / "terms.txt").write_text("\n".join(terms_of(pairs, n_terms)) + "\n", encoding="utf-8")


def _load(folder: Path) -> tuple[list[tuple[str, str]], list[str]]:
    with open(folder / "memory.tsv", encoding="utf-8", newline="") as f:
        pairs = [(r[0], r[1]) for r in csv.reader(f, delimiter="\t")]
    terms = (folder / "terms.txt").read_text(encoding="utf-8").split("\n")
    return pairs, [t for t in terms if t]


def job(name: str, size: int, folder: Path, clock: Any) -> None:
    from termsmith.equivalents.memory import Memory

    pairs, terms = _load(folder)
    clock.restart()
    started = time.process_time()
    memory = Memory(pairs)
    print(f"  (memory of {len(pairs)} units indexed in {time.process_time() - started:.1f} s CPU)",
          file=sys.stderr)
    if name.startswith("propose 500"):
        terms = terms[:PEER_TERMS]
    if name in ("propose: termsmith", "propose 500: termsmith"):
        from termsmith.equivalents.propose import Proposer

        proposer = Proposer(memory)
        for t in terms:
            proposer.chinese_for([t], limit=3)
    elif name == "propose 500: char n-gram Dice":
        for t in terms:
            dice_ngrams(memory, t)
    else:
        raise ValueError(name)


def dice_ngrams(memory: Any, term: str, limit: int = 3) -> list[tuple[str, float]]:
    """The peer: character 2–6-grams of the term's units, the most Dice-associated first."""
    units = {o.unit for o in memory.find_en(term)}
    if not units:
        return []
    counts: Counter[str] = Counter()
    for u in units:
        z = memory.zh[u]
        counts.update({z[i:j] for i in range(len(z)) for j in range(i + 2, min(len(z), i + 6) + 1)})
    scored = []
    for gram, a in counts.most_common(60):
        f = len(memory.zh_units(gram))
        scored.append((gram, 2 * a / (len(units) + f)))
    scored.sort(key=lambda x: -x[1])
    return scored[:limit]


def main() -> None:
    import resource
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--units", type=int, default=SIZES["full"])
    ap.add_argument("--terms", type=int, default=TERMS)
    ap.add_argument("--ours-only", action="store_true", help="Leave the (slow) peer out.")
    args = ap.parse_args()
    from _rows import Clock

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        setup(args.units, folder)
        pairs, terms = _load(folder)
        (folder / "terms.txt").write_text("\n".join(terms[: args.terms]) + "\n", encoding="utf-8")
        from termsmith.equivalents import lexicon
        from termsmith.harvest.zh import tagged

        lexicon.dictionary()          # loaded once per process either way; not the job
        tagged("中国")
        names = ["propose: termsmith"]
        if not args.ours_only:
            names += ["propose 500: termsmith", "propose 500: char n-gram Dice"]
        for name in names:
            clock = Clock()
            started, cpu = time.perf_counter(), time.process_time()
            job(name, args.units, folder, clock)
            n = min(len(terms), args.terms, PEER_TERMS if "500" in name else args.terms)
            print(f"{name:32} {n} terms, {len(pairs)} units: "
                  f"{time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} s CPU, "
                  f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
