#!/usr/bin/env python3
"""Number findings of ``termsmith check`` on professional Chinese → English translations.

Material: the six literary bitexts of ``../shared/align/mac-dev`` (novel chapters and
their published English) and the political bitext ``../shared/align/pol-dev/001``
(official English), each written as a TMX of its gold beads (srclang Chinese, as
``check_zh_en.py`` does), checked with ``--select number-`` against an empty term base.
A published translation renders its numbers as the author meant them, so a
``number-mismatch`` at error or warning severity is nearly always a false alarm: a
misreading of a Chinese number (十四五岁 read as 14 and 5), or a number the translator
rendered freely ("dozens" for 几十), which the figure counts too.

    python benchmarks/check_zh_en_numbers.py [--shared ../shared] [--show]

Prints one row per bitext: beads, number findings at error/warning, per 100 beads.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_zh_en import ROOT, SEVERE, write_tmx  # noqa: E402


def beads(path: Path) -> list[tuple[list[int], list[int]]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        a, b = line.split(":")[:2]
        out.append((json.loads(a), json.loads(b)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print each finding with its pair")
    opts = ap.parse_args()
    align = opts.shared / "align"
    texts = [(f"mac-{p.name[:3]}", p) for p in sorted((align / "mac-dev").glob("*.gold.align"))]
    texts.append(("pol-001", align / "pol-dev" / "001.gold.align"))
    print(f"{'text':<9}{'beads':>6}{'err+warn':>10}{'per 100':>9}{'info':>6}")
    total_n = total_bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        db = t / "empty.db"
        for name, gold in texts:
            stem = gold.name.split(".")[0]
            zh = (gold.parent / f"{stem}.zh").read_text(encoding="utf-8").splitlines()
            en = (gold.parent / f"{stem}.en").read_text(encoding="utf-8").splitlines()
            tmx = t / f"{name}.tmx"
            n = write_tmx(tmx, zh, en, beads(gold))
            cmd = [sys.executable, "-m", "termsmith", "--db", str(db), "check", str(tmx),
                   "--select", "number-", "--select", "year-", "--format", "json"]
            p = subprocess.run(cmd, capture_output=True, text=True)
            if p.returncode not in (0, 1):
                raise SystemExit(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.strip()}")
            found = [f for f in json.loads(p.stdout)["findings"] if f.get("path") is not None]
            severe = [f for f in found if f["severity"] in SEVERE]
            total_n += n
            total_bad += len(severe)
            print(f"{name:<9}{n:>6}{len(severe):>10}{100 * len(severe) / n:>9.1f}"
                  f"{len(found) - len(severe):>6}  "
                  + ", ".join(f"{k} {v}" for k, v in Counter(str(f['check']) for f in severe).items()))
            if opts.show:
                for f in severe:
                    print(f"    {f.get('line')}: {f['check']}: {f['message']}")
                    print(f"        zh: {f.get('source_text', '')}")
                    print(f"        en: {f.get('target_text', '')}")
    print(f"{'all':<9}{total_n:>6}{total_bad:>10}{100 * total_bad / total_n:>9.1f}")


if __name__ == "__main__":
    main()
