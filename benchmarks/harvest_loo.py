#!/usr/bin/env python3
"""Leave-one-transcript-out check of the English harvest's ranking thresholds.

    python benchmarks/harvest_loo.py

For each threshold, every candidate value is scored on the five dev transcripts
(P@50, must and should found). Then, leaving each transcript out in turn, the value
with the best mean P@50 on the other four (ties: more gold found, then the shipped
value) is applied to the held-out one: the held-out P@50 beside the shipped value's
shows whether the threshold generalises or was tuned to one transcript. The
switches reach into private names of termsmith.harvest.
"""

from __future__ import annotations

from typing import Any

from harvest_eval import SHARED, Score, material, score

from termsmith import harvest
from termsmith.harvest import domain

PARAMS: dict[str, tuple[Any, str, list[Any]]] = {
    "lowercase share of a name": (harvest, "LOWERCASE_SHARE", [0.25, 0.34, 0.5, 0.67, 0.75]),
    "same left modifier, min said": (domain, "_BOUND_MIN", [2, 3, 4]),
    "productive modifier heads": (domain, "_PRODUCTIVE", [3, 4, 5, 6]),
    "productive modifier, said at most": (domain, "_PRODUCTIVE_SAID", [1, 2, 3, 4, 6, 8]),
    "nested score cap": (harvest, "NESTED_SCORE", [0.35, 0.45, 0.55, 0.65]),
    "exchangeable head, modifiers": (domain, "_EXCHANGEABLE_HEAD", [3, 4, 5, 6, 10 ** 9]),
}


def _fit(scores: list[Score], held: int, shipped: bool) -> tuple[float, int, bool]:
    """How well a value does on every transcript but ``held``: mean P@50, gold found."""
    rest = [s for i, s in enumerate(scores) if i != held]
    return (round(sum(s.precision for s in rest) / len(rest), 4),
            sum(s.must[0] + s.should[0] for s in rest), shipped)


def main() -> int:
    todo = [(p, rows) for p, rows in material(SHARED / "corpus" / "dev")
            if any(r.tier == "should" for r in rows)]
    names = [p.name[5:20] for p, _ in todo]
    print("held out:", "  ".join(names))
    for label, (module, name, values) in PARAMS.items():
        shipped = getattr(module, name)
        table: dict[Any, list[Score]] = {}
        try:
            for v in values:
                setattr(module, name, v)
                table[v] = [score(p, rows) for p, rows in todo]
        finally:
            setattr(module, name, shipped)
        chosen, held, ship = [], [], []
        for k in range(len(todo)):
            best = max(values, key=lambda v, k=k, t=table, sh=shipped: _fit(t[v], k, v == sh))
            chosen.append(best)
            held.append(table[best][k].precision)
            ship.append(table[shipped][k].precision)
        print(f"\n{label} (shipped {shipped})")
        for v in values:
            print(f"  {v!s:>6}: P@50 " + " ".join(f"{s.precision:.2f}" for s in table[v])
                  + f"  mean {sum(s.precision for s in table[v]) / len(todo):.3f}"
                  + f"  gold found {sum(s.must[0] + s.should[0] for s in table[v])}")
        print("  chosen on the other four: " + " ".join(f"{c!s:>5}" for c in chosen))
        print("  held-out P@50 (LOO):      " + " ".join(f"{h:5.2f}" for h in held)
              + f"  mean {sum(held) / len(held):.3f}")
        print("  held-out P@50 (shipped):  " + " ".join(f"{h:5.2f}" for h in ship)
              + f"  mean {sum(ship) / len(ship):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
