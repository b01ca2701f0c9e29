#!/usr/bin/env python3
"""Where an English harvest spends its time: CPU seconds per stage on a few MB of genre text.

The text is the seed and the development transcripts (``../shared/corpus/dev``) copied
until it reaches ``--mb`` megabytes, each copy's long paragraphs ending in a sentence that
names the copy (no cache can make a repeated paragraph free). Each stage is what
``harvest.run(reader.read(path))`` does, timed on its own with the cyclic collector paused
as ``harvest.run`` pauses it: reading, each harvester, the merge, ``locate`` and
``prune_fragments``. The minimum of ``--repeat`` runs is printed (issue 10's target:
4 MB/s on one core; benchmarks/README.md has the figures and the profile).

    python benchmarks/harvest_stages.py [--mb 3] [--repeat 3] [--file TEXT] [--docs N]

``--docs N`` cuts the text into N documents at paragraph ends and harvests each on its
own, as ``termsmith harvest *.txt`` does a corpus: each stage's time is then the sum over
the documents, and the work done once per document and per distinct term of a document
(each has its own term list to score, merge and locate) counts as it does in a corpus.

To compare two versions, run it with ``PYTHONPATH`` set to each one's ``src``, in turns.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"
DEV = ROOT.parent / "shared" / "corpus" / "dev"


def corpus(mb: float) -> str:
    """The seed and the dev transcripts, copied until ``mb`` megabytes, each copy different."""
    texts = [p.read_text(encoding="utf-8") for p in [SEED, *sorted(DEV.glob("*.en.txt"))]]
    out: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        i = len(out)
        copy = "\n\n".join(p + f" Copy {i}." if len(p) > 80 else p
                           for p in texts[i % len(texts)].split("\n\n"))
        out.append(copy)
        size += len(copy.encode()) + 2
    return "\n\n".join(out) + "\n"


def split(path: Path, n: int, folder: Path) -> list[Path]:
    """``path`` cut at paragraph ends into ``n`` documents of about the same size."""
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    share = sum(map(len, paragraphs)) / n
    out: list[Path] = []
    part: list[str] = []
    size = 0
    for para in paragraphs:
        part.append(para)
        size += len(para)
        if size >= share * (len(out) + 1) or para is paragraphs[-1]:
            out.append(folder / f"doc{len(out):03d}.en.txt")
            out[-1].write_text("\n\n".join(part) + "\n", encoding="utf-8")
            part = []
    return out


def once(path: Path) -> dict[str, float]:
    """CPU seconds of each stage of one harvest of ``path``, and their total."""
    from termsmith import harvest, reader

    merge = sys.modules["termsmith.harvest.merge"]     # the module, not harvest.merge()
    times: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t = time.process_time()
        out = fn()
        times[name] = time.process_time() - t
        return out

    doc = timed("read", lambda: reader.read(path))
    segments = doc.harvested()
    candidates: list[Any] = []
    for name in harvest.for_language(harvest.language_of(doc)):
        fn = harvest.harvester(name)
        candidates.extend(timed(name, lambda fn=fn: list(fn(segments))))
    entries, _ = timed("merge", lambda: merge.merge(candidates))
    entries = [e for e in entries if e.score >= harvest.MIN_SCORE]
    # What locate returns (where the occurrences stand) goes to prune, as in harvest.run;
    # a version whose locate returns nothing is timed as it runs too.
    located = timed("locate", lambda: merge.locate(entries, segments))
    kw = {} if located is None else {"located": located}
    timed("prune", lambda: harvest.prune_fragments(entries, segments, **kw))
    times["total"] = sum(times.values())
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=3.0)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--file", type=Path, help="harvest this text instead")
    ap.add_argument("--docs", type=int, default=1,
                    help="cut the text into this many documents, harvested one by one")
    args = ap.parse_args()

    from termsmith import harvest, reader
    from termsmith.sentences import _split

    harvest.run(reader.parse_text('Warm up\n\nThe "Warm Up" (WU) test.\n'))
    with tempfile.TemporaryDirectory() as tmp:
        path = args.file or Path(tmp) / "corpus.txt"
        if args.file is None:
            path.write_text(corpus(args.mb), encoding="utf-8")
        size = path.stat().st_size / 1e6
        paths = [path] if args.docs <= 1 else split(path, args.docs, Path(tmp))
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            _split.cache_clear()            # no run profits from the one before
            times: dict[str, float] = {}
            for p in paths:
                gc.disable()
                try:
                    for k, v in once(p).items():
                        times[k] = times.get(k, 0.0) + v
                finally:
                    gc.enable()
                gc.collect()
            for k, v in times.items():
                best[k] = min(best.get(k, v), v)
    docs = f" in {len(paths)} documents" if len(paths) > 1 else ""
    print(f"{size:.2f} MB{docs}, CPU seconds (min of {args.repeat}): "
          + " ".join(f"{k}={v:.2f}" for k, v in best.items())
          + f"  {size / best['total']:.2f} MB/s")


if __name__ == "__main__":
    main()
