#!/usr/bin/env python3
"""The store on a desk's scale: SQLite beside PostgreSQL, measured in one run.

* **lookups on 100,000 concepts**: what ``termsmith terms``, ``terms --grep``,
  ``show``, ``edit`` and the review page's first load (queue page, progress
  counts, kinds) ask of the store; in-process, median of ``--repeat`` runs,
  the two stores interleaved;
* **harvest ingest**: 100 documents harvested once (outside the term base, as
  ``termsmith harvest`` does), then stored into each store, one short
  transaction per document;
* **import**: a 20,000-concept TBX through ``exchange.import_file`` into an
  empty term base of each store, beside translate-toolkit's parse of the same
  file (issue 14: import ≤ 2× the parse).

PostgreSQL is a private cluster started for the run (``tests/pgcluster.py``: a
temporary folder, a Unix socket) unless ``--pg URL`` names one.

    python benchmarks/store_bench.py [--concepts 100000] [--docs 100] [--imported 20000]
                                     [--repeat 5] [--quick] [--pg URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))      # the private cluster helper

from termsmith.model import Concept, Context, Review, Term, TermType  # noqa: E402
from termsmith.store import Store, open_store  # noqa: E402

WORDS = ["grassland", "wetland", "forest", "river", "pasture", "soil", "energy", "rail", "port",
         "seed", "dairy", "tea", "rice", "salt", "solar", "wind", "coal", "steel", "silk", "paper"]


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _concept(i: int) -> Concept:
    w1, w2, w3 = WORDS[i % 20], WORDS[(i // 20) % 20], WORDS[(i // 400) % 20]
    text = f"{w1} {w2} {w3} programme {i}"
    sentence = f"The {text} was launched in {2000 + i % 25}."
    terms = [Term(text, contexts=(Context(sentence, f"corpus/doc{i % 100}.txt", i % 300 + 1,
                                          "Wu Xiaomei", 4, 4 + len(text)),))]
    if i % 7 == 0:
        terms.append(Term(f"{w1[:2].upper()}{w2[:1].upper()}P{i}", type=TermType.ACRONYM))
    if i % 3 == 0:
        terms.append(Term(f"第{i}号项目", "zh-Hans", review=Review.APPROVED))
    return Concept(terms=tuple(terms), kind=["name", "domain", "quoted", "unit"][i % 4],
                   score=round(0.3 + (i % 70) / 100, 2))


def fill(tb: Store, n: int) -> float:
    """Load ``n`` concepts in batches; return the seconds it took."""
    t = time.perf_counter()
    for start in range(0, n, 5000):
        tb.add_concepts([_concept(i) for i in range(start, min(n, start + 5000))])
    return time.perf_counter() - t


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of ``repeat`` calls."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def lookups(tb: Store, n: int) -> dict[str, Callable[[], object]]:
    """The store calls behind each command, on a base of ``n`` concepts."""
    from termsmith import web
    from termsmith.store import Filter

    probe = _concept(n // 2).terms[0].text

    def edit() -> None:
        def work() -> None:
            (cid, _), *_ = tb.find(probe)
            tb.check_version(cid, None)
            tb.update_concept(cid, "bench", note=f"note {time.perf_counter()}")
        tb.atomic(work)

    def first_page() -> None:
        web.info(tb, "bench")
        web.queue(tb, web.Query(statuses=(Review.CANDIDATE,)))

    return {
        "terms --limit 40": lambda: tb.rows(Filter(limit=40)),
        "terms --grep 'wetland river' --limit 40": lambda: tb.rows(Filter(text="wetland river",
                                                                           limit=40)),
        "show TERM": lambda: [tb.get(c) for c, _ in tb.find(probe)],
        "edit TERM --note": edit,
        "review page: first load": first_page,
        "  kinds (/api/info)": lambda: web.info(tb, "bench"),
        "  progress counts": lambda: tb.review_counts(statuses=(Review.CANDIDATE,)),
        "  queue page rows": lambda: tb.review_page(statuses=(Review.CANDIDATE,)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--concepts", type=int, default=100_000)
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--imported", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="10,000 concepts, 20 documents, 4,000 imported")
    ap.add_argument("--pg", default=None, help="a postgresql:// URL (default: a private cluster)")
    ap.add_argument("--only", default="lookups,harvest,import",
                    help="which parts to run, comma-separated (lookups, harvest, import)")
    a = ap.parse_args()
    if a.quick:
        a.concepts, a.docs, a.imported = 10_000, 20, 4_000
    cluster = None
    if a.pg is None:
        from pgcluster import Cluster, bindir

        found = bindir()
        if found is None:
            sys.exit("PostgreSQL is not installed (Debian package postgresql); or give --pg URL")
        cluster = Cluster(found)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            run(a, Path(tmp), cluster)
    finally:
        if cluster is not None:
            cluster.stop()


def _target(kind: str, folder: Path, cluster: object, pg: str | None, name: str) -> str:
    if kind == "sqlite":
        return str(folder / f"{name}.db")
    if pg is not None:
        return pg
    url, _ = cluster.fresh_url()  # type: ignore[attr-defined]
    return url


def run(a: argparse.Namespace, folder: Path, cluster: object) -> None:
    parts = set(a.only.split(","))
    print(f"# store benchmark: {a.concepts:,} concepts, {a.docs} documents, "
          f"{a.imported:,}-concept import; median of {a.repeat}; times in ms\n")
    print("| job | SQLite | PostgreSQL |\n|---|---|---|")
    if "lookups" in parts:
        lookup_rows(a, folder, cluster)
    if "harvest" in parts:
        harvest_rows(a, folder, cluster)
    if "import" in parts:
        import_rows(a, folder, cluster)
    print(f"\npeak RSS of this process: {peak_mb():.0f} MB")


def lookup_rows(a: argparse.Namespace, folder: Path, cluster: object) -> None:
    """Load ``--concepts`` concepts into each store, then time each command's store calls."""
    kinds = ("sqlite", "postgresql")
    stores = {k: open_store(_target(k, folder, cluster, a.pg, "big")) for k in kinds}
    loads = {k: fill(stores[k], a.concepts) for k in kinds}
    print(f"| load {a.concepts:,} concepts (batched) | {loads['sqlite']:.1f} s | "
          f"{loads['postgresql']:.1f} s |")
    calls = {k: lookups(stores[k], a.concepts) for k in kinds}
    for name in calls["sqlite"]:
        got = {k: [] for k in kinds}                       # interleaved
        for _ in range(a.repeat):
            for k in kinds:
                got[k].append(timed(calls[k][name], 1))
        print(f"| {name} | {statistics.median(got['sqlite']):.1f} | "
              f"{statistics.median(got['postgresql']):.1f} |")
    for tb in stores.values():
        tb.close()


def harvest_rows(a: argparse.Namespace, folder: Path, cluster: object) -> None:
    """Harvest ``--docs`` documents once; store them into each store (one transaction each)."""
    from termsmith import harvest, ingest, reader

    seed = (ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt").read_text(encoding="utf-8")
    paras = seed.split("\n\n")
    results = []
    for i in range(a.docs):
        p = folder / f"doc{i}.txt"
        # Each document a different selection of the seed's paragraphs: shared and new terms.
        p.write_text("\n\n".join(paras[:12] + paras[12 + i % 40::3]), encoding="utf-8")
        results.append(harvest.run(reader.read(p)))
    for k in ("sqlite", "postgresql"):
        with open_store(_target(k, folder, cluster, None, "harvest")) as tb:
            t = time.perf_counter()
            for r in results:
                ingest.store(tb, r)
            secs = time.perf_counter() - t
            n = tb.stats()["contexts"]
        print(f"| store {a.docs} harvested documents ({n:,} contexts) | {k}: {secs:.2f} s |  |")


def import_rows(a: argparse.Namespace, folder: Path, cluster: object) -> None:
    """``exchange.import_file`` of a TBX into each store beside translate-toolkit's parse."""
    from termsmith import exchange
    from termsmith.formats import tbx

    sys.path.insert(0, str(Path(__file__).parent))
    from tbx_io import concepts

    f = folder / "import.tbx"
    with open(f, "wb") as out:
        tbx.write(concepts(a.imported), out)
    got: dict[str, list[float]] = {"translate-toolkit parse": [], "sqlite": [], "postgresql": [],
                                    "termsmith read only": []}
    for _ in range(3):
        from translate.storage import tbx as ttk

        t = time.perf_counter()
        ttk.tbxfile.parsefile(str(f))
        got["translate-toolkit parse"].append(time.perf_counter() - t)
        t = time.perf_counter()
        sum(1 for _ in exchange.read_items(f, "tbx", exchange.Report()))
        got["termsmith read only"].append(time.perf_counter() - t)
        for k in ("sqlite", "postgresql"):
            with open_store(_target(k, folder, cluster, None, f"imp{time.perf_counter_ns()}")) as tb:
                t = time.perf_counter()
                exchange.import_file(tb, f)
                got[k].append(time.perf_counter() - t)
    base = statistics.median(got["translate-toolkit parse"])
    for name, runs in got.items():
        m = statistics.median(runs)
        print(f"| import {a.imported:,}-concept TBX: {name} | {m:.2f} s | {m / base:.2f}× the parse |")


if __name__ == "__main__":
    main()
