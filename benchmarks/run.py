#!/usr/bin/env python3
"""Run every benchmark of the project and print one table: ours beside the peer, the target.

Every script in ``benchmarks/`` that defines ``rows()`` (see ``_rows.py``) takes part,
whoever wrote it. Each job runs in its own process; ours and the peer's alternate
(ours first on odd rounds, the peer first on even ones), every row is run
``--repeat`` times round after round, and the table shows medians: wall time, CPU
time and peak RSS. The ratio is the peer's median time over ours (wall time; the
CPU-time ratio beside it is steadier on a busy machine, but says nothing about a
job that uses both cores).

    python benchmarks/run.py            # full sizes (the issue's: 1M TMX units, 100 MB of text …)
    python benchmarks/run.py --quick    # a tenth or so, for a laptop
    python benchmarks/run.py --only tmx --repeat 5 --markdown table.md
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from _rows import Row, load

HERE = Path(__file__).resolve().parent


@dataclass
class Script:
    """A benchmark script that takes part, its size and its rows."""

    path: Path
    module: ModuleType
    size: int
    rows: list[Row]
    folder: Path | None = None


@dataclass
class Figures:
    """Every run of one job."""

    runs: list[dict[str, float]] = field(default_factory=list)

    def median(self, key: str) -> float:
        return statistics.median(r[key] for r in self.runs)


def discover(quick: bool, only: list[str]) -> tuple[list[Script], list[str]]:
    """The scripts with rows (filtered by ``only``), and those without (named, not run)."""
    scripts, others = [], []
    for path in sorted(HERE.glob("*.py")):
        if path.name.startswith("_") or path.name == Path(__file__).name:
            continue
        if only and not any(o in path.stem for o in only):
            continue
        try:
            module = load(path)
        except Exception as e:           # a script that cannot even be imported here
            others.append(f"{path.name} (not importable: {e})")
            continue
        if not hasattr(module, "rows"):
            others.append(path.name)
            continue
        size = module.SIZES["quick" if quick else "full"]
        scripts.append(Script(path, module, size, module.rows(size)))
    return scripts, others


class JobFailed(Exception):
    """A job's process ended in error; the message is its last line of stderr."""


def run_job(script: Script, name: str) -> dict[str, float]:
    """One job in a fresh process; its JSON figures (:class:`JobFailed` if it fails)."""
    assert script.folder is not None
    cmd = [sys.executable, str(HERE / "_rows.py"), str(script.path), name, str(script.size),
           str(script.folder)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    # Installed programs start from cached bytecode; a shell that forbids writing it makes
    # every start compile the sources again (~70 ms for termsmith), which no user pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise JobFailed(f"{script.path.name} {name}: failed\n{done.stderr[-2000:]}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def _last_line(message: str) -> str:
    """The last non-empty line of a failure (the exception, for a traceback)."""
    lines = [ln.strip() for ln in message.splitlines() if ln.strip()]
    return lines[-1] if lines else message


def _secs(f: Figures | None) -> str:
    if f is None:
        return "—"
    return f"{f.median('wall'):.2f} s ({f.median('cpu'):.2f})"


def _mb(f: Figures | None) -> str:
    return "—" if f is None else f"{f.median('peak_mb'):.0f} MB"


def verdict(row: Row, ours: Figures, peer: Figures | None) -> str:
    """'yes', or what falls short."""
    short = []
    wall = ours.median("wall")
    if row.min_ratio is not None and peer is None:
        short.append("ratio not measured (the peer did not run)")
    elif row.min_ratio is not None and peer is not None:
        ratio = peer.median("wall") / wall
        if ratio < row.min_ratio:
            short.append(f"ratio {ratio:.1f}× < {row.min_ratio:g}×")
    if row.max_secs is not None and wall > row.max_secs:
        short.append(f"{wall:.2f} s > {row.max_secs:g} s")
    if row.max_mb is not None and ours.median("peak_mb") > row.max_mb:
        short.append(f"{ours.median('peak_mb'):.0f} MB > {row.max_mb:g} MB")
    if row.min_rate is not None and row.mb is not None and row.mb / wall < row.min_rate:
        short.append(f"{row.mb / wall:.1f} MB/s < {row.min_rate:g} MB/s")
    return "yes" if not short else "no: " + "; ".join(short)


def _has_target(row: Row) -> bool:
    return any(x is not None for x in (row.min_ratio, row.max_secs, row.max_mb, row.min_rate))


def table(results: list[tuple[Row, Figures, Figures | None]]) -> str:
    """The results as a Markdown table."""
    lines = ["| job | termsmith: wall (CPU) | RSS | peer | peer: wall (CPU) | RSS "
             "| ratio wall (CPU) | MB/s | target | met |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for row, ours, peer in results:
        ratio = "—"
        if peer is not None:
            ratio = (f"{peer.median('wall') / ours.median('wall'):.1f}× "
                     f"({peer.median('cpu') / max(ours.median('cpu'), 1e-9):.1f}×)")
        rate = f"{row.mb / ours.median('wall'):.1f}" if row.mb else "—"
        lines.append(f"| {row.name} | {_secs(ours)} | {_mb(ours)} | {row.peer_name or '—'} "
                     f"| {_secs(peer)} | {_mb(peer)} | {ratio} | {rate} | {row.target or '—'} "
                     f"| {verdict(row, ours, peer) if _has_target(row) else '—'} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="small sizes, for a laptop")
    ap.add_argument("--repeat", type=int, default=3, help="runs per job (median shown; default 3)")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="only scripts whose name contains NAME (repeatable)")
    ap.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = ap.parse_args()

    scripts, others = discover(args.quick, args.only)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load "
          f"{os.getloadavg()[0]:.1f}; {'quick' if args.quick else 'full'} sizes, "
          f"{args.repeat} runs per job", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="termsmith-bench-") as tmp:
        for s in scripts:
            s.folder = Path(tmp) / s.path.stem
            s.folder.mkdir()
            if hasattr(s.module, "setup"):
                t = time.perf_counter()
                run_job(s, "@setup")
                print(f"{s.path.name}: inputs made in {time.perf_counter() - t:.1f} s",
                      file=sys.stderr)
        figures: dict[tuple[str, str], Figures] = {}
        failed: dict[tuple[str, str], str] = {}
        for round_ in range(args.repeat):
            for s in scripts:
                for row in s.rows:
                    jobs = [row.ours] + ([row.peer] if row.peer else [])
                    if round_ % 2:
                        jobs.reverse()
                    for name in jobs:
                        if (s.path.name, name) in figures and \
                                len(figures[s.path.name, name].runs) > round_ \
                                or (s.path.name, name) in failed:
                            continue          # a job shared by two rows runs once a round
                        try:
                            r = run_job(s, name)
                        except JobFailed as e:
                            if name != row.peer:
                                raise SystemExit(str(e)) from None
                            # A peer that cannot run here (not installed: `pip install -e
                            # '.[bench]'`) leaves its columns empty; the run goes on.
                            failed[s.path.name, name] = _last_line(str(e))
                            print(f"  {s.path.name} {name}: peer not run: "
                                  f"{failed[s.path.name, name]}", file=sys.stderr)
                            continue
                        figures.setdefault((s.path.name, name), Figures()).runs.append(r)
                        print(f"  round {round_ + 1}: {s.path.name} {name}: {r['wall']:.2f} s, "
                              f"{r['peak_mb']:.0f} MB", file=sys.stderr)
    results = [(row, figures[s.path.name, row.ours],
                figures.get((s.path.name, row.peer)) if row.peer else None)
               for s in scripts for row in s.rows]
    out = table(results)
    print(out)
    for (script, name), why in failed.items():
        print(f"\nPeer not run: {script} {name}: {why}")
    if others:
        print(f"\nNot in the table (no rows() defined): {', '.join(others)}")
    if args.markdown:
        args.markdown.write_text(out + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
