#!/usr/bin/env python3
"""How many wrong term renderings ``termsmith check`` catches, beyond the ten planted ones.

``check_zh_en.py`` plants ten errors of ten kinds. This one asks the key-term
question systematically on the same material (``../shared/align/pol-dev/001``,
its gold beads as TMX, the 52-concept desk term base of
``data/pol-dev-001.check-terms.tsv``): wherever the official English holds the
approved rendering of a term its Chinese sentence has, the rendering is
replaced, one pair at a time (every other bead per run, so a mutated pair's
neighbours are the official ones), in three ways a translation goes wrong:

* ``head``: the head word swapped for another noun of the genre ("mass line" →
  "mass policy", "socialism with Chinese characteristics" → "policy with Chinese
  characteristics"): a wrong rendering that keeps the modifiers;
* ``other``: the whole rendering replaced by a phrase of the genre that renders
  something else ("public welfare");
* ``drop``: the rendering deleted (an omission; reported at info when the
  clause reads as condensed, so not expected to count fully).

A mutation counts as caught when a finding at error or warning severity that the
official English did not have names the mutated English line.

    python benchmarks/check_zh_en_terms.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import check_zh_en as base  # noqa: E402  (the same material, term base and runner)

# Nouns of the genre put in place of a rendering's head, and a phrase that renders
# something else; the first that does not occur in the rendering is used.
HEADS = ("policy", "approach", "programme", "vision")
OTHER = "public welfare"
PREPOSITIONS = frozenset("of with from for in on to by and".split())


def mutate(text: str, rendering: str, how: str) -> str | None:
    """``text`` with every ``rendering`` changed ``how``; None when it is not there."""
    pattern = re.compile(r"\b" + re.escape(rendering) + r"\b", re.I)
    if pattern.search(text) is None:
        return None
    if how == "head":
        # The head: the last word before the first preposition ("socialism" of "socialism
        # with Chinese characteristics", "line" of "mass line").
        words = rendering.split()
        cut = next((i for i, w in enumerate(words) if i and w in PREPOSITIONS), len(words))
        new = next(h for h in HEADS if h not in words)
        replacement = " ".join([*words[:cut - 1], new, *words[cut:]])
    elif how == "other":
        replacement = OTHER
    else:
        replacement = ""
    out = pattern.sub(replacement, text)
    return re.sub(r"\s{2,}", " ", out).replace(" ,", ",").replace(" .", ".")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=base.ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print each mutation not caught")
    opts = ap.parse_args()
    folder = opts.shared / "align" / "pol-dev"
    zh = (folder / "001.zh").read_text(encoding="utf-8").splitlines()
    en = (folder / "001.en").read_text(encoding="utf-8").splitlines()
    beads = [(a, b) for a, b in base.gold_beads(folder) if a and b]
    terms = base.read_terms()
    print(f"{'mutation':<8}{'made':>6}{'caught':>8}{'share':>8}   caught by")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        db = t / "desk.db"
        base.build_termbase(db)
        base.write_tmx(t / "gold.tmx", zh, en, beads)
        good = base.run_check(db, [str(t / "gold.tmx")])
        before = Counter(base._key(f) for f in good)
        for how in ("head", "other", "drop"):
            made = caught = 0
            by: Counter[str] = Counter()
            for parity in (0, 1):
                lines = list(en)
                changed: list[set[int]] = []          # the English lines of each mutated pair
                for k, (a, b) in enumerate(beads):
                    if k % 2 != parity:
                        continue
                    source = "".join(zh[i] for i in a)
                    said = [r for zhs, r, _, _ in terms if any(z in source for z in zhs)]
                    for zhs, rendering, _, _ in terms:
                        if not any(z in source for z in zhs) or any(
                                rendering != r and rendering in r for r in said):
                            continue                        # not said, or part of a longer one
                        j = next((j for j in b if re.search(r"\b" + re.escape(rendering) + r"\b",
                                                             lines[j])), None)
                        if j is None:
                            continue
                        for i in b:
                            lines[i] = mutate(lines[i], rendering, how) or lines[i]
                        changed.append({i + 1 for i in b})
                        break                               # one mutation per pair
                base.write_tmx(t / "bad.tmx", zh, lines, beads)
                bad = base.run_check(db, [str(t / "bad.tmx")])
                new_findings = [f for f in bad if f["severity"] in base.SEVERE
                                and before[base._key(f)] == 0]
                for where in changed:
                    hit = [f for f in new_findings if where & base._lines(f)]
                    made += 1
                    if hit:
                        caught += 1
                        by[str(hit[0]["check"])] += 1
                    elif opts.show:
                        info = [f"{f['check']}: {f['message']}" for f in bad
                                if where & base._lines(f) and before[base._key(f)] == 0]
                        text = " ".join(lines[i - 1] for i in sorted(where))
                        print(f"    missed {how} at {min(where)}: {text[:90]!r}")
                        for i in info:
                            print(f"        {i[:160]}")
            print(f"{how:<8}{made:>6}{caught:>8}{caught / max(made, 1):>8.2f}   "
                  + ", ".join(f"{k} {v}" for k, v in by.most_common()))


if __name__ == "__main__":
    main()
