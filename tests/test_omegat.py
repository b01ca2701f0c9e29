"""A real CAT tool reads our exports: OmegaT 3.6, headless, through our oracle scripts.

Needs the Debian package ``omegat`` (CI installs it) and the oracle scripts in ``tests/data/oracles/omegat``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import DATA

from termsmith import exchange, harvest, ingest, reader
from termsmith.model import Review, Term, Usage
from termsmith.store import TermBase

ORACLE = DATA / "oracles" / "omegat"
JAR = Path("/usr/share/omegat/OmegaT.jar")

pytestmark = [
    pytest.mark.skipif(not JAR.exists() or shutil.which("java") is None,
                       reason="OmegaT is not installed (apt-get install omegat)"),
]


@pytest.fixture
def approved(tb: TermBase, transcript: Path) -> TermBase:
    ingest.store(tb, harvest.run(reader.read(transcript)))
    for en, zh in [("Water Tower of China", "中华水塔"), ("SCIO", "国新办"), ("jin", "斤")]:
        (cid, tid), = tb.find(en)
        tb.update_term(tid, "wang", review="approved")
        tb.add_term(cid, Term(text=zh, lang="zh-Hans", review=Review.APPROVED,
                              usage=Usage.PREFERRED), key=zh, who="wang")
    return tb


def _omegat(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["sh", str(ORACLE / script), *args], capture_output=True, text=True,
                          timeout=300)


def test_omegat_reads_our_tbx_with_chinese_equivalents(approved: TermBase, tmp_path: Path) -> None:
    f = tmp_path / "glossary.tbx"
    exchange.export(approved, f, "tbx")
    r = _omegat("omegat_tbx_check.sh", str(f), "en-US", "zh-CN", "3")
    assert r.returncode == 0, r.stdout + r.stderr
    entries = {tuple(line.split("\t")[1:3]) for line in r.stdout.splitlines()
               if line.startswith("ENTRY\t")}
    assert ("Water Tower of China", "中华水塔") in entries
    assert ("SCIO", "国新办") in entries
    assert ("jin", "斤") in entries


def test_omegat_fills_a_translation_from_our_tmx(approved: TermBase, tmp_path: Path) -> None:
    f = tmp_path / "memory.tmx"
    exchange.export(approved, f, "tmx")
    source = tmp_path / "source.txt"
    source.write_text("Water Tower of China\n\nA sentence with no match.\n", encoding="utf-8")
    r = _omegat("omegat_tmx_check.sh", str(f), str(source), "en-US", "zh-CN", "中华水塔")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "中华水塔" in r.stdout


@pytest.mark.parametrize("zh_tag", ["zh-CN", "zh-Hans", "zh"])
def test_omegat_takes_every_chinese_tag_we_offer(approved: TermBase, tmp_path: Path,
                                                 zh_tag: str) -> None:
    f = tmp_path / "glossary.tbx"
    exchange.export(approved, f, "tbx", zh_tag=zh_tag)
    r = _omegat("omegat_tbx_check.sh", str(f), "en-US", "zh-CN", "3")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "中华水塔" in r.stdout
