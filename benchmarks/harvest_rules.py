#!/usr/bin/env python3
"""Each ranking rule of the English harvest switched off in turn, per dev transcript.

    python benchmarks/harvest_rules.py

For every rule: P@50 / must found / should found per transcript with the rule off
(``-`` the rule helps that transcript, ``+`` it hurts it, ``=`` no change), then the
entries the rule removes (or pushes out of the harvest), judged against the gold list
as wrong/right. A rule earns its place when it helps on several transcripts and costs
none a gold term: the leave-one-transcript-out reading of issue 10. The switches reach
into private names of termsmith.harvest; a renamed rule shows up as an AttributeError.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from harvest_eval import SHARED, Score, material, norm, score

from termsmith import harvest, reader
from termsmith.harvest import domain, names, quoted


def _old_calibration(termhood: float, occurrences: int, shaped: bool = False) -> float:
    if shaped:
        return round(0.3 + 0.25 * termhood, 2)
    return round(0.3 + (0.55 if occurrences > 1 else 0.45) * termhood, 2)


def _every_occurrence(found: list[tuple[int, int, int]]) -> dict[int, set[int]]:
    """``domain._spread`` switched off: each occurrence of a phrase counts as a paragraph."""
    out: dict[int, set[int]] = defaultdict(set)
    for k, (_, _, n) in enumerate(found):
        out[n].add(k)
    return out


def _every_paragraph(found: list[tuple[int, int, int]], runs: Any,
                     sents: list[tuple[Any, str, int]]) -> dict[int, set[int]]:
    """``domain._spread`` counting the paragraphs of every occurrence, inside a longer
    phrase or not (C-value's independent occurrences switched off)."""
    out: dict[int, set[int]] = defaultdict(set)
    for i, _, n in found:
        out[n].add(sents[runs.sentence[i]][0].line)
    return out


RULES: dict[str, tuple[Any, str, Any]] = {
    "judging adjective": (domain, "evaluative", lambda word: False),
    "deictic adjective": (domain, "_DEICTIC", frozenset()),
    "grading word": (domain, "_GRADING", frozenset()),
    "scope adjective": (domain, "_SCOPE", frozenset()),
    "measured area": (domain, "_MEASURED", frozenset()),
    "vague head": (domain, "_VAGUE_HEADS", frozenset()),
    "productive modifier": (domain, "_PRODUCTIVE", 10 ** 9),
    "productive, said 2-3x": (domain, "_PRODUCTIVE_SAID", 1),
    "head and modifier free": (domain, "_exchangeable", lambda *args: False),
    "nested chain": (domain, "_contexts",
                     lambda st, taken: sum(1 for p in st.parents if p in taken)),
    "-ly adverb": (domain, "_ADVERB", re.compile("(?!)")),
    "one-off calibration": (domain, "_calibrated", _old_calibration),
    "said in one paragraph": (domain, "_spread", lambda found, runs, sents: _every_occurrence(found)),
    "said on its own": (domain, "_spread", lambda found, runs, sents: _every_paragraph(found, runs, sents)),
    "boilerplate cut": (domain, "_BOILERPLATE", 0.3),
    "officials cut": (names, "_OFFICIAL", 0.3),
    "nested demotion": (harvest, "NESTED_SCORE", 1.0),
    "formulation complement": (domain, "_complement", lambda *args: 0),
    "before a formulation": (domain, "_before_formulation", lambda *args: False),
    "inside a formulation": (domain, "_inside_formulation", lambda *args: False),
    "name modifiers cut": (names, "_cut_modifiers", lambda found: found),
    "nationality + people": (names, "_people", lambda content: False),
    "same left modifier": (domain, "_bound_left", lambda *args: False),
    "quoted said again": (quoted, "_REPEATED", 0.0),
    "cut-off name": (names, "_drop_cut_off", lambda found: found),
    "lowercase names": (harvest, "_drop_lowercase_names", lambda entries: entries),
}


def main() -> int:
    todo = [(p, rows) for p, rows in material(SHARED / "corpus" / "dev")
            if any(r.tier == "should" for r in rows)]          # dev only: gold with precision

    def scores() -> list[Score]:
        return [score(p, rows) for p, rows in todo]

    def labels() -> list[dict[str, bool]]:
        out = []
        for p, rows in todo:
            forms = set().union(*(r.normed for r in rows))
            keys = set().union(*(r.keys for r in rows))
            out.append({e.key: bool({norm(e.term), *map(norm, e.variants)} & forms)
                        or e.key in keys for e in harvest.run(reader.read(p)).entries})
        return out

    full, base = scores(), labels()
    print(f"{'rule off':22}", " ".join(f"{p.name[5:20]:16}" for p, _ in todo))
    print(f"{'(all rules on)':22}", " ".join(
        f"{s.precision:.2f}/{s.must[0]}/{s.should[0]:<6}" for s in full))
    removed = {}
    stale = [f"{label}: {module.__name__}.{name}" for label, (module, name, _) in RULES.items()
             if not hasattr(module, name)]
    if stale:       # a rule renamed or gone: say which, before an hour of scoring
        print("switches not found (renamed or removed rules):", *stale, sep="\n  ")
        return 2
    for label, (module, name, value) in RULES.items():
        old = getattr(module, name)
        setattr(module, name, value)
        try:
            off, lab = scores(), labels()
        finally:
            setattr(module, name, old)
        cells = []
        for s, f in zip(off, full, strict=True):
            d = s.precision - f.precision
            mark = "-" if d < -1e-9 else "+" if d > 1e-9 else "="
            cells.append(f"{s.precision:.2f}/{s.must[0]}/{s.should[0]:<5}{mark}")
        print(f"{label:22}", " ".join(cells))
        removed[label] = [(sum(1 for k in a if k not in b and not a[k]),
                           sum(1 for k in a if k not in b and a[k]))
                          for a, b in zip(lab, base, strict=True)]
    print("\nentries each rule removes, wrong/right per transcript")
    for label, counts in removed.items():
        print(f"{label:22}", " ".join(f"{w:>2}/{r:<13}" for w, r in counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
