"""Shared fixtures: an in-memory term base, a small genre transcript, paths."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from termsmith.store import TermBase

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "corpus" / "scio-2024-04-26-heilongjiang.en.txt"
SHARED = ROOT.parent / "shared"

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


@pytest.fixture
def tb() -> Iterator[TermBase]:
    """An empty in-memory term base."""
    base = TermBase(":memory:")
    yield base
    base.close()


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    """The short genre transcript written to a file."""
    p = tmp_path / "qinghai.en.txt"
    p.write_text(TRANSCRIPT, encoding="utf-8")
    return p


@pytest.fixture
def seed() -> Path:
    """The seed transcript shipped in corpus/."""
    if not SEED.exists():
        pytest.skip(f"seed document {SEED} is missing")
    return SEED


def pytest_addoption(parser: pytest.Parser) -> None:
    """``pytest --update-golden`` rewrites tests/golden/* from the current writers."""
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite the golden files in tests/golden/ instead of comparing")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run was started with ``--update-golden``."""
    return bool(request.config.getoption("--update-golden"))
