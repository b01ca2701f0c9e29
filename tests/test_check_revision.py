"""A revised copy of a harvested original, checked under another name (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from termsmith import check, harvest, ingest, reader
from termsmith.check.revision import UnknownDocument
from termsmith.cli import main
from termsmith.store import TermBase


@pytest.fixture
def harvested(tb: TermBase, transcript: Path) -> TermBase:
    ingest.store(tb, harvest.run(reader.read(transcript)))
    return tb


def _revise(transcript: Path, path: Path, *, title: str | None = None) -> Path:
    """The transcript as an editor would send it back: a term renamed, a paragraph cut,
    saved under another name (and maybe retitled)."""
    text = transcript.read_text(encoding="utf-8")
    text = text.replace('the "Water Tower of China."', 'the "Water Tower of Asia."')
    text = text.replace("Good afternoon. Welcome to the press conference held by the State "
                        "Council Information Office (SCIO).\n\n", "")
    if title is not None:
        text = title + text[text.index("\n"):]
    path.write_text(text, encoding="utf-8")
    return path


def _by(findings: list, check_id: str) -> list:
    return [f for f in findings if f.check == check_id]


def test_a_copy_under_another_name_is_recognised_by_title_and_date(
        harvested: TermBase, transcript: Path, tmp_path: Path) -> None:
    copy = _revise(transcript, tmp_path / "briefing-final.txt")
    found = check.run(harvested, [str(copy)])
    [revised] = _by(found, "revised-copy")
    assert "qinghai.en.txt" in revised.message and "title and date" in revised.message
    stale = _by(found, "stale-term")
    assert [f.term for f in stale] == ["Water Tower of China"]
    assert stale[0].path == str(copy)
    # The cut paragraph moved every later context up: reported per line, as moved.
    assert any("moved to line" in f.message for f in _by(found, "stale-context"))


def test_a_retitled_copy_is_recognised_by_its_content(
        harvested: TermBase, transcript: Path, tmp_path: Path) -> None:
    copy = _revise(transcript, tmp_path / "v2.txt",
                   title="Press conference: green development in Qinghai (corrected)")
    found = check.run(harvested, [str(copy)])
    [revised] = _by(found, "revised-copy")
    assert "of its recorded sentences are here" in revised.message
    assert [f.term for f in _by(found, "stale-term")] == ["Water Tower of China"]


def test_an_unrelated_original_is_no_revision(harvested: TermBase, tmp_path: Path) -> None:
    other = tmp_path / "gansu.en.txt"
    other.write_text("SCIO briefing on the Hexi Corridor\nBeijing | 10 a.m. May 8, 2025\n\n"
                     "Shou Xiaoli:\n\nThe Hexi Corridor Green Barrier holds back the sand, and "
                     "herders in Qinghai watched it grow.\n", encoding="utf-8")
    found = check.run(harvested, [str(other)])
    assert not _by(found, "revised-copy") and not _by(found, "stale-term")


def test_as_names_the_document_and_an_unknown_name_is_refused(
        harvested: TermBase, transcript: Path, tmp_path: Path) -> None:
    copy = _revise(transcript, tmp_path / "v3.txt", title="Untitled")
    (tmp_path / "v3.txt").write_text(
        "\n".join(copy.read_text(encoding="utf-8").splitlines()[:3]) + "\n", encoding="utf-8")
    # Too little of it is left to recognise: named, it is checked as the revision.
    assert not _by(check.run(harvested, [str(copy)]), "revised-copy")
    found = check.run(harvested, [str(copy)], as_doc="qinghai.en.txt")
    assert "named with --as" in _by(found, "revised-copy")[0].message
    assert "Water Tower of China" in {f.term for f in _by(found, "stale-term")}
    with pytest.raises(UnknownDocument):
        check.run(harvested, [str(copy)], as_doc="fujian.en.txt")


def test_cli_as(harvested: TermBase, transcript: Path, tmp_path: Path, db: str) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["--db", db, "harvest", str(transcript)]).exit_code == 0
    copy = _revise(transcript, tmp_path / "v4.txt")
    out = runner.invoke(main, ["--db", db, "check", str(copy), "--as", "qinghai.en.txt"])
    assert out.exit_code in (0, 1) and "revised copy of" in out.output
    bad = runner.invoke(main, ["--db", db, "check", str(copy), "--as", "nowhere.txt"])
    assert bad.exit_code == 2 and "--as" in bad.output
    both = runner.invoke(main, ["--db", db, "check", "--as", "qinghai.en.txt"])
    assert both.exit_code == 2
