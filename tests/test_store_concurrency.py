"""Eight writers on overlapping concepts, on each store: nothing lost, nothing silently overwritten.

Each decision sets a concept's note to a value nobody else writes. Reviewer-style
decisions (as the review page and the sheet import make them) name the version
they read and are either applied or refused with a ConflictError naming who
changed the concept; ``termsmith edit`` decisions name no version and are always
applied. Meanwhile a harvest stores documents. Afterwards the history holds
exactly one entry per applied decision and none for a refused one.
"""

from __future__ import annotations

import multiprocessing as mp
import random
from pathlib import Path

from click.testing import CliRunner

from termsmith import harvest, ingest, reader
from termsmith.errors import ConflictError
from termsmith.model import Concept, Term
from termsmith.store import open_store

PROCS, DECISIONS, CONCEPTS = 8, 100, 12


def _writer(db: str, n: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from termsmith.cli import main

    rng = random.Random(n)
    results = []
    with open_store(db) as tb:
        for i in range(DECISIONS):
            cid = rng.randint(1, CONCEPTS)
            value = f"p{n}-{i}"
            if i % 4 == 3:                               # the command line: no version
                r = CliRunner().invoke(main, ["--db", db, "edit", f"#{cid}", "--note", value,
                                              "--reviewer", f"p{n}"])
                results.append((value, cid, "applied" if r.exit_code == 0 else r.output))
                continue
            seen = tb.version(cid)                       # what the page or the sheet showed
            try:
                tb.update_concept(cid, f"p{n}", note=value, expected_version=seen)
                results.append((value, cid, "applied"))
            except ConflictError as e:
                ok = e.current > seen and e.concept_id == cid and " set note to " in str(e)
                results.append((value, cid, "conflict" if ok else f"bad conflict: {e}"))
            except Exception as e:                       # noqa: BLE001 - reported to the test
                results.append((value, cid, f"error: {e}"))
    out.put(results)


def _harvester(db: str, docs: list[str], out: mp.Queue) -> None:  # type: ignore[type-arg]
    try:
        with open_store(db) as tb:
            for d in docs:
                ingest.store(tb, harvest.run(reader.read(d)))
        out.put([("harvest", 0, "applied")])
    except Exception as e:                               # noqa: BLE001
        out.put([("harvest", 0, f"error: {e}")])


def test_eight_writers_lose_nothing(db: str, transcript: Path, tmp_path: Path) -> None:
    with open_store(db) as tb:
        ids = tb.add_concepts([Concept(terms=(Term(text=f"shared concept {i}"),))
                               for i in range(CONCEPTS)])
    assert ids == list(range(1, CONCEPTS + 1))
    docs = []
    for i in range(6):
        p = tmp_path / f"doc{i}.txt"
        p.write_text(transcript.read_text(encoding="utf-8").replace("Qinghai", f"Qinghai{i}"),
                     encoding="utf-8")
        docs.append(str(p))
    ctx = mp.get_context("fork")
    out: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
    procs = [ctx.Process(target=_writer, args=(db, n, out)) for n in range(PROCS)]
    procs.append(ctx.Process(target=_harvester, args=(db, docs, out)))
    for p in procs:
        p.start()
    results = [r for _ in procs for r in out.get(timeout=600)]
    for p in procs:
        p.join(timeout=60)
    bad = [r for r in results if r[2] not in ("applied", "conflict")]
    assert not bad, bad[:5]
    applied = {v for v, _, how in results if how == "applied" and v != "harvest"}
    refused = {v for v, _, how in results if how == "conflict"}
    assert len(applied) + len(refused) == PROCS * DECISIONS
    assert applied and refused                     # the overlap really produced conflicts
    with open_store(db) as tb:
        notes = [h for cid in ids for h in tb.history(cid) if h.field == "note"]
        assert sorted(h.new or "" for h in notes) == sorted(applied)     # one entry each
        for cid in ids:                              # the last applied note is the note
            mine = [h for h in tb.history(cid) if h.field == "note"]
            assert tb.get(cid, contexts=False).note == (mine[-1].new if mine else None)
        assert tb.stats()["documents"] == len(docs)   # the harvest went through too
