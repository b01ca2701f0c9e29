"""The README's review examples run on the seed as written."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from termsmith.cli import main

ROOT = Path(__file__).resolve().parents[1]
# A placeholder the reader fills in (TERM, FILE, KEEP, "…", [options]) is not run.
PLACEHOLDER = re.compile(r"\b[A-Z]{3,}\b|…|\[")


def _examples(section: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    body = text.split(f"### {section}\n", 1)[1].split("\n### ", 1)[0]
    spans = re.findall(r"`(termsmith [^`]+)`", body.replace("\n  ", " "))
    return [s for s in spans if not PLACEHOLDER.search(s.replace("$USER", ""))]


def test_the_review_examples_run_on_the_seed(seed: Path, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    examples = _examples("Reviewing")
    assert any("deprecate" in e for e in examples) and any("history" in e for e in examples)
    (tmp_path / "corpus").mkdir()
    shutil.copy(seed, tmp_path / "corpus" / seed.name)
    (tmp_path / "glossary").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("USER", "tester")
    monkeypatch.setenv("TERMSMITH_REVIEWER", "tester")
    monkeypatch.setenv("TERMSMITH_DB", str(tmp_path / "termsmith.db"))
    run = CliRunner().invoke
    r = run(main, ["harvest", f"corpus/{seed.name}"])
    assert r.exit_code == 0, r.output
    for example in examples:
        args = shlex.split(os.path.expandvars(example))[1:]
        r = run(main, args)
        assert r.exit_code == 0, f"{example}\n{r.output}"
    history = run(main, ["history", "--reviewer", "tester"]).output
    assert "'Daqing Oil Field' usage" in history or "'Daqing Oil Field' term[en]" in history
    assert "'Leading Wild Goose' review: candidate -> approved" in history
