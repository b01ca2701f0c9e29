"""Shared fixtures: an in-memory term base, a small genre transcript, paths.

Everything the tests read lives in this repository (``tests/data/``: schemas, other
tools' files, oracle scripts, the review sheet, each folder with its provenance).
A test may skip only when a Debian program it drives is not installed, and its
message names the package. With ``TERMSMITH_NO_SKIP=1`` (set by ``.ci/run``) any
skip is reported as a failure, so CI cannot pass with a test that did not run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from pgcluster import DEBIAN_PACKAGE, Cluster, bindir

from termsmith.store import Store, open_store

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"
DATA = ROOT / "tests" / "data"
INTEROP = DATA / "interop"                                # other tools' TMX/TBX files
VALIDATE = DATA / "oracles" / "validate" / "validate.py"  # the TBX/TMX schema validator
NO_SKIP = os.environ.get("TERMSMITH_NO_SKIP", "") not in ("", "0")

# No property test is timed (timings belong in benchmarks/): Hypothesis's 200 ms deadline
# per example would fail a test on a loaded CI machine whose first example loads a lexicon.
settings.register_profile("termsmith", deadline=None)
settings.load_profile("termsmith")
# `pytest --hypothesis-profile=stress` runs every property test 50 times as long as CI
# does, to find before CI does what its random draws would find one day (a TSV whose first
# entry looked like a header of language columns was found that way).
settings.register_profile("stress", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])

# A short transcript of the genre, written for the tests (not taken from the seed).
TRANSCRIPT = """\
SCIO briefing on green development in Qinghai
Beijing | 3 p.m. June 12, 2025

The State Council Information Office (SCIO) held a press conference Thursday in Beijing on green development in Qinghai.

Speakers

Ms. Wu Xiaomei, vice governor of Qinghai province

Chairperson

Mr. Shou Xiaoli, spokesperson of the SCIO

Shou Xiaoli:

Good afternoon. Welcome to the press conference held by the State Council Information Office (SCIO).

Wu Xiaomei:

Qinghai is the "Water Tower of China." We have restored 3,000 mu (about 200 hectares) of degraded grassland and protected golden snub-nosed monkeys (Rhinopithecus roxellana). The Sanjiangyuan National Park Administration leads the work. Grassland restoration and grassland restoration projects matter. We promote the "clean energy plus" model.

_ueditor_page_break_tag_

Qinghai Daily:

What has grassland restoration achieved in the Sanjiangyuan National Park? Thank you.

Wu Xiaomei:

Grassland restoration has covered 1.2 billion jin (about 600 million kilograms) of forage. As herders have said, "Our pastures are greener than ever before in our lives." The Sanjiangyuan National Park Administration will continue its work on the "Water Tower of China."

Translated and edited by Li Ming and Jane Doe.

/6    Wu Xiaomei
"""


# Every test that takes ``tb``, ``db``, ``new_db`` or ``new_tb`` runs once per store.
STORES = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A private PostgreSQL server for this test run (see tests/pgcluster.py)."""
    found = bindir()
    if found is None:
        pytest.skip(f"PostgreSQL is not installed (Debian package {DEBIAN_PACKAGE}): "
                    "the PostgreSQL half of the store tests cannot run")
    cluster = Cluster(found)
    yield cluster
    cluster.stop()


@pytest.fixture(params=STORES)
def store_kind(request: pytest.FixtureRequest) -> str:
    """Which store the test runs against."""
    return str(request.param)


@pytest.fixture
def new_db(store_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[[], str]]:
    """Make targets for fresh, empty term bases: a file path, or the URL of a new schema."""
    made: list[str] = []
    cluster: Cluster | None = request.getfixturevalue("pg_cluster") if store_kind == "postgresql" else None

    def make() -> str:
        if cluster is None:
            made.append(str(tmp_path / f"terms{len(made) or ''}.db"))
            return made[-1]
        url, schema = cluster.fresh_url()
        made.append(schema)
        return url

    yield make
    if cluster is not None:
        for schema in made:
            cluster.drop(schema)


@pytest.fixture
def db(new_db: Callable[[], str]) -> str:
    """Where a fresh term base is: a file path (SQLite) or a URL (PostgreSQL)."""
    return new_db()


@pytest.fixture
def new_tb(store_kind: str, new_db: Callable[[], str]) -> Iterator[Callable[[], Store]]:
    """Open fresh, empty term bases of the store under test (closed afterwards)."""
    opened: list[Store] = []

    def make() -> Store:
        opened.append(open_store(":memory:" if store_kind == "sqlite" else new_db()))
        return opened[-1]

    yield make
    for s in opened:
        s.close()


@pytest.fixture
def tb(new_tb: Callable[[], Store]) -> Store:
    """An empty term base (in memory for SQLite, a fresh schema for PostgreSQL)."""
    return new_tb()


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    """The short genre transcript written to a file."""
    p = tmp_path / "qinghai.en.txt"
    p.write_text(TRANSCRIPT, encoding="utf-8")
    return p


@pytest.fixture
def seed() -> Path:
    """The seed transcript shipped in corpus/."""
    return SEED


def pytest_addoption(parser: pytest.Parser) -> None:
    """``pytest --update-golden`` rewrites tests/golden/* from the current writers."""
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the golden files in tests/golden/ instead of comparing")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with ``--update-golden``."""
    return bool(request.config.getoption("--update-golden"))


def _no_skip(report: pytest.TestReport | pytest.CollectReport) -> None:
    """Under TERMSMITH_NO_SKIP, turn a skip (not an expected failure) into a failure."""
    if NO_SKIP and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under TERMSMITH_NO_SKIP=1 (CI needs every test to run): {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None]:
    outcome = yield
    _no_skip(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None]:
    outcome = yield
    _no_skip(outcome.get_result())


CHROMIUM = Path("/usr/bin/chromium")      # Debian's chromium, driven through Playwright


@pytest.fixture
def browser() -> Iterator[Any]:
    """Headless Chromium for the review-page tests."""
    from playwright import sync_api  # a test dependency (pip install -e '.[test]')

    if not CHROMIUM.exists() and not shutil.which("chromium"):
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield b
        b.close()
