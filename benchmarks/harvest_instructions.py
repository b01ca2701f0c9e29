#!/usr/bin/env python3
"""Instructions a harvest executes, counted by valgrind: the same figure on every run.

On a shared, noisy machine two versions' CPU seconds differ by 10-30 % between runs of
the same code, more than most single changes save. Counting instructions (valgrind's
cachegrind, no cache simulation) gives one number per version, so a 3 % change shows.
It is no substitute for time (a cache miss costs more than an instruction), only a way
to see small differences: report both.

Each ``--src`` (a checkout's ``src`` folder; default this one) is run twice under
valgrind, reading and harvesting the text 0 and 1 times, and the difference is printed,
so start-up and imports are not counted. The text is the first ``--kb`` kilobytes of
the genre text of ``harvest_stages.py`` (the seed and the dev transcripts copied), as
one document or cut into ``--docs`` documents; or, with ``--written N``, N of the written
genre transcripts of ``benchmarks/data/written`` (a fixed sample, each one document):
a corpus as users have it, where few phrases repeat from one document to the next.

    python benchmarks/harvest_instructions.py --src /tmp/old/src --src src [--kb 700] [--docs 10]
    python benchmarks/harvest_instructions.py --src /tmp/old/src --src src --written 40

Needs valgrind (Debian package ``valgrind``).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The child: harvest the documents ``n`` times with the given src first on the path.
_CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from termsmith import harvest, reader
from termsmith.sentences import _split
docs = Path(sys.argv[2]).read_text(encoding="utf-8").split("\\f")
harvest.run(reader.parse_text('Warm up\\n\\nThe "Warm Up" (WU) test.\\n'))
for _ in range(int(sys.argv[3])):
    _split.cache_clear()
    for d in docs:
        harvest.run(reader.parse_text(d))
"""


def _refs(src: str, docs: Path, n: int) -> int:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", _CHILD, src, str(docs), str(n)],
        capture_output=True, text=True, env=env, check=True).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if m is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{out[-500:]}")
    return int(m.group(1).replace(",", ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", action="append", help="a src folder (repeatable; default ./src)")
    ap.add_argument("--kb", type=int, default=700, help="kilobytes of genre text")
    ap.add_argument("--docs", type=int, default=1, help="cut it into this many documents")
    ap.add_argument("--written", type=int, default=0,
                    help="harvest this many written transcripts instead, one document each")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from harvest_stages import corpus

    if args.written:
        files = sorted((ROOT / "benchmarks" / "data" / "written").glob("*.en.txt"))
        random.Random(7).shuffle(files)
        docs = [f.read_text(encoding="utf-8") for f in files[:args.written]]
    else:
        paragraphs = corpus(args.kb / 1000 + 0.1)[:args.kb * 1000].split("\n\n")[:-1]
        step = -(-len(paragraphs) // args.docs)      # rounded up: --docs documents at most
        docs = ["\n\n".join(paragraphs[i:i + step]) for i in range(0, len(paragraphs), step)]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "docs.txt"
        path.write_text("\f".join(docs), encoding="utf-8")
        size = sum(len(d.encode()) for d in docs) / 1e6
        for src in args.src or [str(ROOT / "src")]:
            n = _refs(src, path, 1) - _refs(src, path, 0)
            print(f"{src}: {size:.2f} MB in {len(docs)} document(s): "
                  f"{n / 1e6:,.0f} M instructions ({n / size / 1e6:,.0f} per byte)")


if __name__ == "__main__":
    main()
