#!/usr/bin/env python3
"""Which set formulations the written transcripts' gold lists seldom keep bare.

    python benchmarks/harvest_anchors.py [--corpus benchmarks/data/written]

For each formulation of ``lexicon.FORMULATIONS`` said in six or more transcripts of the
corpus (its last word singular or plural, case aside), how many of those transcripts'
gold lists keep it; the rule of ``lexicon.ANCHORS`` (stop 39, measured again in stop 43)
makes an anchor of one kept in fewer than half. Prints the formulations the rule would
add to ANCHORS and the anchors it would remove, each with "kept of said".
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from termsmith.harvest import lexicon
from termsmith.normalize import singular

WRITTEN = Path(__file__).parent / "data" / "written"
LEAST = 6       # transcripts that say a formulation before the rule judges it (8 to stop 43)


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _singular_last(phrase: str) -> str:
    words = phrase.split()
    return " ".join([*words[:-1], singular(words[-1])])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=WRITTEN)
    args = ap.parse_args()
    texts: dict[str, str] = {}
    kept: dict[str, set[str]] = {}
    for path in sorted(args.corpus.glob("*.en.txt")):
        gold = path.with_name(path.name.removesuffix(".en.txt") + ".gold.tsv")
        if not gold.exists():
            continue
        texts[path.name] = _norm(path.read_text(encoding="utf-8"))
        forms: set[str] = set()
        for line in gold.read_text(encoding="utf-8").splitlines():
            cells = line.split("\t")
            if len(cells) == 3 and not line.startswith("#"):
                for alternative in cells[2].split(" | "):
                    forms |= {_norm(alternative), _singular_last(_norm(alternative))}
        kept[path.name] = forms
    joins, leaves = [], []
    for formulation in sorted(set(lexicon.FORMULATIONS)):
        said_form = _singular_last(_norm(formulation))
        pattern = re.compile(r"(?<![\w-])" + re.escape(said_form) + r"s?(?![\w-])")
        said = [name for name, text in texts.items() if pattern.search(text)]
        if len(said) < LEAST:
            continue
        n = sum(1 for name in said if {_norm(formulation), said_form} & kept[name])
        anchor = 2 * n < len(said)
        if anchor and formulation not in lexicon.ANCHORS:
            joins.append((formulation, n, len(said)))
        elif not anchor and formulation in lexicon.ANCHORS:
            leaves.append((formulation, n, len(said)))
    print(f"{len(texts)} transcripts; ANCHORS holds {len(lexicon.ANCHORS)}")
    print("would join:")
    for formulation, n, said in sorted(joins, key=lambda x: x[1] / x[2]):
        print(f"  {formulation}  ({n} of {said})")
    print("would leave:")
    for formulation, n, said in leaves:
        print(f"  {formulation}  ({n} of {said})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
