"""The repository is self-contained: the tests' data is here with its provenance, and
CI runs the README's commands exactly."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys

from conftest import DATA, INTEROP, ROOT, VALIDATE

TESTS = ROOT / "tests"


def test_no_test_reads_outside_the_repository() -> None:
    # ../shared is a development convenience that a clone does not have.
    outside = re.compile(r"""parents\[2\]|ROOT\.parent|["']shared["']|/work/""")
    offenders = [f"{p.name}:{n}" for p in sorted(TESTS.glob("*.py")) if p.name != "test_repository.py"
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if outside.search(line)]
    assert offenders == []


def test_every_copied_folder_says_where_its_files_come_from() -> None:
    for folder in ("interop", "standards", "review", "oracles/omegat"):
        readme = DATA / folder / "README.md"
        assert readme.is_file(), f"{folder} has no provenance file"
    assert "licence" in (DATA / "README.md").read_text(encoding="utf-8")


def test_interop_files_are_the_bytes_their_readme_lists() -> None:
    readme = (INTEROP / "README.md").read_text(encoding="utf-8")
    listed = dict((name, digest) for digest, name in
                  re.findall(r"^([0-9a-f]{64})  (\S+)$", readme, flags=re.M))
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
             for p in INTEROP.iterdir() if p.suffix in (".tmx", ".tbx")}
    assert files == listed


def test_shipped_schemas_load_and_judge_their_samples() -> None:
    r = subprocess.run([sys.executable, str(VALIDATE), "--self-test"], capture_output=True,
                       text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.rstrip().endswith("10 passed, 0 failed")


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme[readme.index("## Quick start"):readme.index("## The term base")]
    return re.findall(r"```sh\n(.*?)\n```", quick, flags=re.S)


def test_ci_runs_the_readme_commands_exactly() -> None:
    setup, tests = _readme_commands()
    assert setup.startswith("python3 -m venv .venv && .venv/bin/pip install")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup in ci and tests in ci
    assert ci.index(setup) < ci.index(tests)
    # ... with every skip turned into a failure.
    assert "export TERMSMITH_NO_SKIP=1" in ci
