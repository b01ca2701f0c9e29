"""The shipped glossary/ and tmx/ are exactly what `termsmith build` produces, and valid."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, VALIDATE

from termsmith import build
from termsmith.formats import Report, tbx, tmx


def test_shipped_files_are_up_to_date() -> None:
    stale = build.check(ROOT)
    assert stale == [], f"run 'termsmith build' and commit: {stale}"


def test_build_is_deterministic_across_hash_seeds(tmp_path: Path) -> None:
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        code = ("import sys; from pathlib import Path; from termsmith import build; "
                "build.build(Path(sys.argv[1]), Path(sys.argv[2]))")
        subprocess.run([sys.executable, "-c", code, str(ROOT), str(out)], check=True, env=env)
        outs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert outs[0] == outs[1]


def _shipped(pattern: str) -> list[Path]:
    return sorted(ROOT.glob(pattern))


@pytest.mark.parametrize(("pattern", "kind"), [
    ("glossary/*[!3].tbx", "tbx2-basic"), ("glossary/*.v3.tbx", "tbx3-basic"), ("tmx/*.tmx", "tmx14")])
def test_shipped_files_are_schema_valid(pattern: str, kind: str) -> None:
    files = [f for f in _shipped(pattern) if kind != "tbx2-basic" or not f.name.endswith(".v3.tbx")]
    assert files
    for f in files:
        r = subprocess.run([sys.executable, str(VALIDATE), str(f), kind], capture_output=True,
                           text=True)
        assert r.returncode == 0, r.stdout + r.stderr


def test_shipped_glossary_carries_the_translators_equivalents() -> None:
    (f,) = [p for p in _shipped("glossary/*.tbx") if not p.name.endswith(".v3.tbx")]
    report = Report()
    pairs = {(t.text, z.text) for c in tbx.read(f, report=report)
             for t in c.section("en") for z in c.section("zh")}
    assert ("Leading Wild Goose", "头雁") in pairs
    assert ("Daqing Oilfield", "大庆油田") in pairs
    assert ("mu", "亩") in pairs
    assert not report.dropped           # our own file: nothing lost on reading


def test_shipped_tmx_has_the_approved_pairs() -> None:
    (f,) = _shipped("tmx/*.tmx")
    units = list(tmx.read(f))
    assert ("nine delicacies and 18 products", "九珍十八品") in {
        (u.text("en"), u.text("zh")) for u in units}
    assert all(dict(u.props).get("x-status") == "approved" for u in units
               if u.text("en") == "Leading Wild Goose")


@pytest.mark.parametrize(("pattern", "fmt"), [
    ("glossary/*.heilongjiang.tbx", "tbx"), ("glossary/*.v3.tbx", "tbx3"),
    ("glossary/*.csv", "csv"), ("tmx/*.tmx", "tmx")])
def test_shipped_file_import_export_round_trip(pattern: str, fmt: str, tmp_path: Path) -> None:
    """Import a shipped file into an empty term base and export it: the same bytes."""
    from termsmith import exchange
    from termsmith.store import TermBase

    files = [f for f in _shipped(pattern.replace("*.heilongjiang", "*"))
             if fmt != "tbx" or not f.name.endswith(".v3.tbx")]
    files = [f for f in files if f.name != "decisions.csv"]
    assert files
    for f in files:
        tb = TermBase(":memory:")
        stats = exchange.import_file(tb, f, fmt="tbx" if fmt == "tbx3" else fmt)
        assert stats.conflicts == [] and stats.unchanged == 0
        out = tmp_path / f.name
        exchange.export(tb, out, fmt)
        assert out.read_bytes() == f.read_bytes(), f


@pytest.mark.parametrize("check", [[], ["--check"]])
def test_build_refuses_a_folder_that_is_no_project(tmp_path: Path, check: list[str]) -> None:
    from click.testing import CliRunner

    from termsmith.cli import main

    talks = tmp_path / "talks"              # transcripts, but not under corpus/
    talks.mkdir()
    (talks / "briefing.en.txt").write_text("Host: Good morning.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", "--root", str(talks), *check])
    assert r.exit_code == 3, r.output
    assert r.output.strip() == (f"Error: {talks}: no corpus/*.txt in this folder; give --root the "
                                "project folder (holding corpus/ and glossary/)")
    assert sorted(p.name for p in talks.iterdir()) == ["briefing.en.txt"]   # nothing written


def test_build_check_names_a_missing_shipped_file_as_missing(tmp_path: Path, transcript: Path) -> None:
    from click.testing import CliRunner

    from termsmith.cli import main

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "briefing.en.txt").write_bytes(transcript.read_bytes())
    assert CliRunner().invoke(main, ["build", "--root", str(tmp_path)]).exit_code == 0
    (tmp_path / "tmx" / "briefing.tmx").unlink()
    (tmp_path / "glossary" / "briefing.csv").write_text("stale\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["build", "--root", str(tmp_path), "--check"])
    assert r.exit_code == 1
    assert r.output.strip().splitlines() == [
        "glossary/briefing.csv: differs from what 'termsmith build' produces",
        "tmx/briefing.tmx: missing; 'termsmith build' writes it"]
