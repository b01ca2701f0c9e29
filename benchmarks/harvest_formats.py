#!/usr/bin/env python3
"""The harvest of the dev transcripts written the ways transcripts come: scores beside as written.

The dev transcripts are one paragraph per line, labels on lines of their own, a
speaker list. Desks get the genre in other shapes: labels inline (``CCTV: How
...?``), text hard-wrapped by a PDF viewer or mail program, no-break spaces
from web pages, straight quotes, Windows line ends, no speaker list. Each variant
below rewrites every dev transcript mechanically (no words change), scores it
against the same gold list with ``harvest_eval.score`` and prints the pooled
figures: a generalising harvest scores the same on each, except where the
variant removes what the gold list holds (without its speaker list a transcript
no longer names the organisations listed there).

    python benchmarks/harvest_formats.py [--corpus DIR] [--misses]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import harvest_eval  # noqa: E402

_LABEL_LINE = re.compile(r"^([A-Z][^\n:]{2,40}):\n\n", re.M)
_LIST_HEADINGS = ("speaker", "speakers", "chairperson", "chairpersons", "chair", "host", "date")
_OWN_LABEL = re.compile(r"[A-Z][\w .’'-]{2,40}:")


def inline_labels(text: str) -> str:
    """``Name:`` lines joined to the paragraph after them."""
    return _LABEL_LINE.sub(r"\1: ", text)


def hard_wrapped(text: str) -> str:
    """Every paragraph longer than 78 characters wrapped at 78 columns."""
    return "\n\n".join("\n".join(textwrap.wrap(p, 78)) if len(p) > 78 else p
                       for p in text.split("\n\n"))


def no_break_spaces(text: str) -> str:
    """One space in twenty a no-break space (text copied from a web page)."""
    rnd = random.Random(1)
    return "".join("\u00a0" if c == " " and rnd.random() < 0.05 else c for c in text)


def straight_quotes(text: str) -> str:
    return text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def no_speaker_list(text: str) -> str:
    """The speaker list and its headings left out (what it alone names is lost too)."""
    out: list[str] = []
    skipping = False
    for line in text.split("\n"):
        if line.strip().rstrip(":").lower() in _LIST_HEADINGS:
            skipping = True
            continue
        if skipping and _OWN_LABEL.fullmatch(line.strip()):
            skipping = False
        if not skipping:
            out.append(line)
    return "\n".join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda t: t,
    "labels inline": inline_labels,
    "hard-wrapped at 78": hard_wrapped,
    "no-break spaces": no_break_spaces,
    "straight quotes": straight_quotes,
    "CRLF line ends": crlf,
    "no speaker list": no_speaker_list,
    # A ministry's regular press conference: no speaker list, every label inline.
    "no list, inline": lambda t: inline_labels(no_speaker_list(t)),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=harvest_eval.SHARED / "corpus" / "dev")
    ap.add_argument("--misses", action="store_true", help="list what each variant loses")
    args = ap.parse_args()
    texts = sorted(args.corpus.glob("*.en.txt"))
    todo = [(t, harvest_eval.read_gold(g)) for t in texts
            if (g := t.with_name(t.name.removesuffix(".en.txt") + ".gold.tsv")).exists()]
    if not todo:
        print(f"no material: {args.corpus} has no *.en.txt with a *.gold.tsv", file=sys.stderr)
        return 3
    print(f"{'variant':<20} {'must recall':>13} {'should recall':>14} {'P@50':>5}")
    baseline: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, rewrite in VARIANTS.items():
            scores = []
            for path, rows in todo:
                out = Path(tmp) / path.name
                out.write_bytes(rewrite(path.read_text(encoding="utf-8")).encode("utf-8"))
                scores.append(harvest_eval.score(out, rows))
            must = (sum(s.must[0] for s in scores), sum(s.must[1] for s in scores))
            should = (sum(s.should[0] for s in scores), sum(s.should[1] for s in scores))
            p50 = sum(s.precision for s in scores) / len(scores)
            print(f"{name:<20} {harvest_eval._ratio(must)} {harvest_eval._ratio(should)} {p50:5.2f}")
            missed = {f"{s.name}: {m}" for s in scores for m in s.missed}
            if not baseline:
                baseline = missed
            elif args.misses and missed - baseline:
                print("    lost: " + "; ".join(sorted(missed - baseline)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
