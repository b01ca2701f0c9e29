"""The benchmark scripts stay runnable as the code under them changes.

They are not run here (timings belong in benchmarks/, and most read ../shared), but
``benchmarks/run.py`` imports every script to find its rows, and a script that no
longer imports, or whose switches name rules that were renamed, fails only when a
teammate next runs it, an hour into a measurement.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
SCRIPTS = sorted(p for p in BENCH.glob("*.py") if not p.name.startswith("_"))


@pytest.fixture(scope="module")
def rows_module():
    sys.path.insert(0, str(BENCH))
    try:
        import _rows
        yield _rows
    finally:
        sys.path.remove(str(BENCH))


@pytest.mark.parametrize("path", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_every_script_imports_as_run_py_loads_it(rows_module, path):
    module = rows_module.load(path)
    assert module.__file__ == str(path)
    # run.py reads these from a script that joins its table
    if hasattr(module, "rows"):
        assert set(module.SIZES) == {"full", "quick"}
        assert all(r.ours for r in module.rows(module.SIZES["quick"]))


def test_harvest_rules_switches_name_rules_that_exist(rows_module):
    module = rows_module.load(BENCH / "harvest_rules.py")
    missing = [f"{label}: {mod.__name__}.{name}" for label, (mod, name, _) in module.RULES.items()
               if not hasattr(mod, name)]
    assert missing == []


def test_harvest_rules_spread_switches_count_as_the_rule_off_means(rows_module):
    module = rows_module.load(BENCH / "harvest_rules.py")

    class Runs:
        sentence = [0, 0, 0, 1, 1]          # words 0-2 in sentence 0, 3-4 in sentence 1

    class Seg:
        def __init__(self, line):
            self.line = line

    sents = [(Seg(7), "", 0), (Seg(9), "", 0)]
    # phrase 0 said at words 0-2 and again at 3-5; phrase 1 inside the first, at 1-2
    found = [(0, 2, 0), (1, 2, 1), (3, 5, 0)]
    assert module._every_occurrence(found) == {0: {0, 2}, 1: {1}}
    assert module._every_paragraph(found, Runs, sents) == {0: {7, 9}, 1: {7}}
