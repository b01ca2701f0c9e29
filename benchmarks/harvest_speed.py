#!/usr/bin/env python3
"""Harvesting speed: the seed once, the seed 100 times over as one file, and as 100 documents.

Prints wall time, throughput and peak memory (RSS) for each; targets live here,
not in the tests (benchmarks/README.md: harvesting >= 4 MB/s of text on one core).
Then two checks of issue 10: the harvest of one long paragraph (the seed's text
joined into a single line, x1 and x4: linear when MB/s stays level), and our
tagger beside a peer, textblob's ``PatternTagger`` (the same Brill lexicon, in
Python per token), tagging the same text: medians of interleaved runs.

    python benchmarks/harvest_speed.py [--copies 100] [--no-peer]
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from functools import partial
from pathlib import Path

from termsmith import harvest, ingest, reader
from termsmith.sentences import _split as _sentences  # the cached splitter
from termsmith.store import TermBase

SEED = Path(__file__).resolve().parents[1] / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, size: int, fn) -> float:  # type: ignore[no-untyped-def]
    _sentences.cache_clear()     # no job may profit from the one before
    t = time.perf_counter()
    fn()
    secs = time.perf_counter() - t
    print(f"{label:<48} {secs:8.2f} s  {size / 1e6 / secs:7.2f} MB/s  peak RSS {peak_mb():7.0f} MB")
    return secs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=100)
    ap.add_argument("--no-peer", action="store_true", help="skip the tagger comparison")
    args = ap.parse_args()
    text = SEED.read_text(encoding="utf-8")
    size = len(text.encode())
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        # Warm up imports (wordfreq lists, automaton module) so they are not timed.
        harvest.run(reader.parse_text("Warm up\n\nThe \"Warm Up\" (WU) test.\n"))

        def once() -> None:
            with TermBase(d / "once.db") as tb:
                ingest.store(tb, harvest.run(reader.read(SEED)))

        timed("seed, harvest + store", size, once)

        def harvest_only() -> None:
            harvest.run(reader.read(SEED))

        timed("seed, harvest only (no store)", size, harvest_only)

        # Copies differ in every paragraph (a sentence naming the copy is added), so
        # no cache can make a repeated paragraph free.
        def variant(i: int) -> str:
            return "\n\n".join(p + f" Copy {i}." if len(p) > 80 else p for p in text.split("\n\n"))

        big = d / "big.txt"
        big.write_text("\n\n".join(variant(i) for i in range(args.copies)), encoding="utf-8")
        big_size = big.stat().st_size

        def one_file() -> None:
            with TermBase(d / "big.db") as tb:
                ingest.store(tb, harvest.run(reader.read(big)))

        timed(f"seed x{args.copies} as one file, harvest + store", big_size, one_file)

        paths = []
        for i in range(args.copies):
            p = d / f"doc{i:03}.txt"
            p.write_text(variant(i), encoding="utf-8")
            paths.append(p)
        total = sum(p.stat().st_size for p in paths)

        def many(workers: int) -> None:
            db = d / f"many{workers}.db"
            docs = [reader.read(p) for p in paths]
            with TermBase(db) as tb, tb.transaction():
                for result in harvest.run_many(docs, workers=workers):
                    ingest.store(tb, result)
            with TermBase(db) as tb:
                st = tb.stats()
                print(f"  {st['concepts']} concepts, {st['terms']} terms, "
                      f"{st['contexts']} contexts in the term base")

        for workers in (1, 2):
            timed(f"seed as {args.copies} documents, {workers} process(es)", total,
                  partial(many, workers))

    # One long paragraph: every blank line of the seed's copies removed.
    for n in (1, 4):
        line = " ".join(" ".join(variant(i).split()) for i in range(n))
        doc = reader.parse_text(line)
        timed(f"seed x{n} as one line, harvest only", len(line.encode()),
              partial(harvest.run, doc))

    if not args.no_peer:
        compare_taggers(text)


def compare_taggers(text: str, rounds: int = 3) -> None:
    """Our tagger and textblob's PatternTagger on the same text, interleaved; medians."""
    from statistics import median

    from termsmith.harvest import tagger

    try:
        from textblob.en.taggers import PatternTagger
    except ImportError as e:            # textblob ships the lexicon; its import needs NLTK
        print(f"peer not run: {e}")
        return
    peer = PatternTagger()
    tagger.tag("Warm up.")
    peer.tag("Warm up.")
    size = len(text.encode())
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(rounds):
        for fn, out in ((tagger.tag, ours), (peer.tag, theirs)):
            t = time.perf_counter()
            fn(text)
            out.append(time.perf_counter() - t)
    print(f"{'tagging the seed, termsmith.harvest.tagger':<48} {median(ours):8.3f} s  "
          f"{size / 1e6 / median(ours):7.2f} MB/s")
    print(f"{'tagging the seed, textblob PatternTagger (peer)':<48} {median(theirs):8.3f} s  "
          f"{size / 1e6 / median(theirs):7.2f} MB/s")


if __name__ == "__main__":
    main()
