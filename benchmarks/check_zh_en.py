#!/usr/bin/env python3
"""False alarms and caught errors of ``termsmith check`` on a Chinese original and its official English.

Material: ``../shared/align/pol-dev/001`` (five political texts with their
official English, one sentence per line, with gold beads) and a desk's term base
of 52 concepts written for it (``data/pol-dev-001.check-terms.tsv``). The
official translation is professional work, so nearly every finding at error or
warning severity is a false alarm: the figure is findings per 100 sentence pairs
(gold beads). Then 10 realistic errors of different kinds are planted in a copy
of the English (``PLANTED``: numbers, a year, a magnitude, an ordinal, a date, a
wrong and a forbidden term rendering, Chinese left in the English, a slogan that
lost its quotes, an unpaired quote), and an error counts as caught when a new
finding at error or warning severity names its English line.

Three ways in, as a user runs them (the whole ``termsmith check`` command, JSON out):

* ``tmx``: the gold beads written as a TMX (srclang Chinese, each variant with
  its ``x-line``), so the checks are measured apart from the aligner;
* ``files``: the two files, ``--source 001.zh --target 001.en`` with
  ``--presegmented`` when the command offers it (aligned by termsmith's aligner
  since the line counts differ);

    python benchmarks/check_zh_en.py [--shared ../shared] [--show]

Prints one row per way in: pairs, findings at error/warning on the official
English, per 100 pairs, and caught/planted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
TERMS = ROOT / "benchmarks" / "data" / "pol-dev-001.check-terms.tsv"

# (English line, 1-based; text in the official English; planted text; kind). Written for
# this benchmark by reading the bitext: each is a mistake a translator could make.
PLANTED = [
    (12, "5,000 years", "3,000 years", "number"),
    (97, "in 1992", "in 1982", "year"),
    (320, "9.6 million sq km", "96 million sq km", "magnitude"),
    (66, "21st century", "20th century", "ordinal"),
    (44, "November 17, 2012", "November 7, 2012", "date"),
    (255, "the mass line", "the mass route", "term missing"),
    (88, "Mao Zedong Thought", "Mao Tse-tung Thought", "forbidden term"),
    (65, "with Deng Xiaoping at", "with 邓小平 at", "Chinese left"),
    (110, "“one central task, two basic points,”", "one central task, two basic points,",
     "slogan unquoted"),
    (287, "brilliant flame.”", "brilliant flame.", "unpaired quote"),
]
SEVERE = {"error", "warning"}


def read_terms() -> list[tuple[list[str], str, list[str], list[str]]]:
    rows = []
    for line in TERMS.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("zh\t") or not line.strip():
            continue
        zh, en, admitted, deprecated = (line.split("\t") + ["", "", ""])[:4]
        rows.append((zh.split("|"), en, [a for a in admitted.split("|") if a],
                     [d for d in deprecated.split("|") if d]))
    return rows


def build_termbase(db: Path) -> None:
    from termsmith.model import Concept, Review, Term, TermType, Usage
    from termsmith.store import open_store

    concepts = []
    for zh, en, admitted, deprecated in read_terms():
        terms = [Term(en, "en", usage=Usage.PREFERRED, review=Review.APPROVED)]
        for a in admitted:
            kind = TermType.ACRONYM if a.isupper() else TermType.SHORT_FORM
            terms.append(Term(a, "en", type=kind, usage=Usage.ADMITTED, review=Review.APPROVED))
        terms += [Term(d, "en", usage=Usage.DEPRECATED, review=Review.APPROVED) for d in deprecated]
        terms += [Term(z, "zh-Hans", usage=Usage.PREFERRED if i == 0 else Usage.ADMITTED,
                       review=Review.APPROVED) for i, z in enumerate(zh)]
        concepts.append(Concept(tuple(terms)))
    with open_store(db) as tb, tb.transaction():
        for c in concepts:
            tb.add_concept(c)


def gold_beads(folder: Path) -> list[tuple[list[int], list[int]]]:
    beads = []
    for line in (folder / "001.gold.align").read_text(encoding="utf-8").splitlines():
        a, b = line.split(":")[:2]
        beads.append((json.loads(a), json.loads(b)))
    return beads


def write_tmx(path: Path, zh: list[str], en: list[str], beads: list[tuple[list[int], list[int]]]
              ) -> int:
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", creationtool="check_zh_en", creationtoolversion="1",
                     segtype="sentence", adminlang="en", srclang="zh-CN", datatype="plaintext",
                     **{"o-tmf": "none"})
    body = etree.SubElement(root, "body")
    n = 0
    for a, b in beads:
        if not a or not b:
            continue
        tu = etree.SubElement(body, "tu", tuid=str(n + 1))
        for lang, lines, text in (("zh-CN", a, "".join(zh[i] for i in a)),
                                  ("en", b, " ".join(en[j] for j in b))):
            tuv = etree.SubElement(tu, "tuv", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
            prop = etree.SubElement(tuv, "prop", type="x-line")
            prop.text = ",".join(str(i + 1) for i in lines)
            etree.SubElement(tuv, "seg").text = text
        n += 1
    etree.ElementTree(root).write(str(path), encoding="UTF-8", xml_declaration=True,
                                  pretty_print=True)
    return n


def planted(en: list[str]) -> list[str]:
    out = list(en)
    for line, old, new, _ in PLANTED:
        assert old in out[line - 1], (line, old)
        out[line - 1] = out[line - 1].replace(old, new, 1)
    return out


def run_check(db: Path, args: list[str]) -> list[dict[str, object]]:
    cmd = [sys.executable, "-m", "termsmith", "--db", str(db), "check", *args, "--format", "json"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.strip()}")
    found: list[dict[str, object]] = json.loads(p.stdout)["findings"]
    return [f for f in found if f.get("path") is not None]      # not the term base's own


def _lines(f: dict[str, object]) -> set[int]:
    """The English lines a finding names (the target's, or in a TMX the variant's x-line)."""
    out = set()
    for k in ("target_line", "line"):
        v = f.get(k)
        if isinstance(v, int):
            out.add(v)
        if k == "target_line" and isinstance(v, int):
            break
    lines = f.get("target_lines")
    if isinstance(lines, list):
        out |= {x for x in lines if isinstance(x, int)}
    return out


def _key(f: dict[str, object]) -> tuple[object, ...]:
    return (f.get("check"), f.get("message"), f.get("line"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print the findings on the official English")
    opts = ap.parse_args()
    folder = opts.shared / "align" / "pol-dev"
    zh = (folder / "001.zh").read_text(encoding="utf-8").splitlines()
    en = (folder / "001.en").read_text(encoding="utf-8").splitlines()
    beads = gold_beads(folder)
    helptext = subprocess.run([sys.executable, "-m", "termsmith", "check", "--help"],
                              capture_output=True, text=True).stdout
    preseg = ["--presegmented"] if "--presegmented" in helptext else []
    print(f"{'input':<8}{'pairs':>6}{'err+warn':>10}{'per 100':>9}{'info':>6}  caught   by check")
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        db = t / "desk.db"
        build_termbase(db)
        bad_en = planted(en)
        (t / "001.zh").write_text("\n".join(zh) + "\n", encoding="utf-8")
        (t / "001.en").write_text("\n".join(en) + "\n", encoding="utf-8")
        (t / "bad.en").write_text("\n".join(bad_en) + "\n", encoding="utf-8")
        n = write_tmx(t / "gold.tmx", zh, en, beads)
        write_tmx(t / "bad.tmx", zh, bad_en, beads)
        ways = {"tmx": ([str(t / "gold.tmx")], [str(t / "bad.tmx")]),
                "files": (["--source", str(t / "001.zh"), "--target", str(t / "001.en"), *preseg],
                          ["--source", str(t / "001.zh"), "--target", str(t / "bad.en"), *preseg])}
        for way, (good_args, bad_args) in ways.items():
            good = run_check(db, good_args)
            severe = [f for f in good if f["severity"] in SEVERE]
            bad = run_check(db, bad_args)
            before = Counter(_key(f) for f in good)
            new = [f for f in bad if f["severity"] in SEVERE and before[_key(f)] == 0]
            caught = [p for p in PLANTED if any(p[0] in _lines(f) for f in new)]
            by = Counter(str(f["check"]) for f in severe)
            print(f"{way:<8}{n:>6}{len(severe):>10}{100 * len(severe) / n:>9.1f}"
                  f"{len(good) - len(severe):>6}  {len(caught):>2}/{len(PLANTED)}   "
                  + ", ".join(f"{k} {v}" for k, v in by.most_common()))
            missed = [p for p in PLANTED if p not in caught]
            if missed:
                print("          missed: " + "; ".join(f"line {p[0]} {p[3]}" for p in missed))
            if opts.show:
                for f in severe:
                    print(f"    {f.get('line')}: {f['check']}: {f['message']}")


if __name__ == "__main__":
    main()
