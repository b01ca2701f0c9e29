"""The README's commands and examples run as written, on the seed, in a fresh folder (issue 15).

The Quick start's set-up (a virtual environment, pip) is what ``.ci/run`` runs
(tests/test_repository.py holds it to that); here its termsmith commands, every
``termsmith`` example of a shell block and the library example run against the
installed termsmith. Examples that need a PostgreSQL server or open a browser and
serve until stopped are left to tests/test_store*.py and tests/test_web*.py.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TERMSMITH = Path(sys.executable).with_name("termsmith")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)\n```", README, flags=re.S)


def _commands() -> list[list[str]]:
    out = []
    for block in _blocks("sh"):
        for line in block.splitlines():
            for part in line.split("&&"):
                words = shlex.split(part, comments=True)
                if words and words[0].endswith("termsmith"):
                    out.append(words[1:])
    return out


RUNNABLE = [c for c in _commands()
            if not any("postgresql://" in w for w in c) and c[:2] != ["review", "serve"]]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh folder with the repository's corpus/ and the files the examples name."""
    d = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "corpus", d / "corpus")
    shutil.copy(ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt", d / "transcript.txt")
    shutil.copy(DATA / "bilingual" / "seed-excerpt.en.txt", d / "speech.en.txt")
    shutil.copy(DATA / "bilingual" / "seed-excerpt.zh.txt", d / "speech.zh.txt")
    # The alignment examples name the sample bitext shipped with the tests, as from the
    # repository's root.
    shutil.copytree(DATA / "reader" / "zh", d / "tests" / "data" / "reader" / "zh")
    return d


def _run(folder: Path, args: list[str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TERMSMITH_DB"}
    return subprocess.run([str(TERMSMITH), *args], cwd=folder, capture_output=True, text=True,
                          timeout=600, env=env)


def test_the_readme_has_the_examples_this_test_runs() -> None:
    assert ["harvest", "corpus/scio-2024-04-26-heilongjiang.en.txt"] in RUNNABLE
    assert ["terms", "--limit", "40"] in RUNNABLE
    assert sum(c[0] == "check" for c in RUNNABLE) >= 4


def test_readme_commands_run_as_written(folder: Path) -> None:
    ran = []
    for args in RUNNABLE:
        if args[:2] == ["check", "memory.tmx"] and not (folder / "memory.tmx").exists():
            assert _run(folder, ["export", "-o", "memory.tmx"]).returncode == 0
        r = _run(folder, args)
        # 1 is "findings" for check; anything else must succeed.
        assert r.returncode in ((0, 1) if args[0] == "check" else (0,)), (args, r.stderr)
        assert "Traceback" not in r.stderr, (args, r.stderr)
        ran.append(args)
    shown = _run(folder, ["terms", "--limit", "40"]).stdout
    assert len(shown.splitlines()) == 42                  # a header, a rule, 40 terms
    assert (folder / "termsmith.db").exists()
    assert "头雁" in _run(folder, ["show", "Leading Wild Goose"]).stdout


def test_the_library_examples_run_as_written(folder: Path) -> None:
    harvest, align = _blocks("python")
    r = subprocess.run([sys.executable, "-c", harvest], cwd=folder, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr
    assert (folder / "terms.db").exists()
    r = subprocess.run([sys.executable, "-c", align], cwd=folder, capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr
    # Three 1-1 beads, each printed with its score.
    assert [line.split()[0] for line in r.stdout.splitlines()] == ["[0]:[0]", "[1]:[1]", "[2]:[2]"]
