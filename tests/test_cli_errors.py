"""One rule for every command (issue 15, items 6–8, 10, 11, 21, 22, 24): usage errors exit 2,
bad input exits 3 with one line naming the file; choices come from the registries."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from termsmith.cli import main
from termsmith.store import TermBase

Run = Callable[..., Result]


@pytest.fixture
def run(tmp_path: Path, transcript: Path) -> Run:
    """The CLI on a term base holding the test transcript's harvest."""
    db = tmp_path / "terms.db"
    CliRunner().invoke(main, ["--db", str(db), "harvest", str(transcript)], catch_exceptions=False)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, ["--db", str(db), *args])

    invoke.db = db  # type: ignore[attr-defined]
    return invoke


def _one_line_error(r: Result, *names: str) -> str:
    assert r.exit_code == 3, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), r.exception
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), r.output
    for name in names:
        assert name in lines[0]
    return lines[0]


def _commands() -> Iterator[tuple[str, click.Command]]:
    for name, cmd in main.commands.items():
        if isinstance(cmd, click.Group):
            for sub, subcmd in cmd.commands.items():
                yield f"{name} {sub}", subcmd
        else:
            yield name, cmd


# -- item 6: bad input is 3, one line naming the file ---------------------------------------


@pytest.mark.parametrize("args", [
    ["check", "{dir}"], ["harvest", "{dir}"], ["import", "{dir}"], ["review", "import", "{dir}"],
    ["check", "{missing}"], ["harvest", "{missing}"], ["import", "{missing}"],
    ["review", "import", "{missing}"], ["check", "--config", "{missing}"],
    ["check", "--source", "{missing}", "--target", "{empty}"],
    ["check", "{empty}"], ["harvest", "{empty}"], ["import", "{empty}"],
    ["review", "import", "{empty}"], ["build", "--root", "{missing}"]])
def test_missing_directory_or_empty_is_3_naming_the_file(run: Run, tmp_path: Path,
                                                          args: list[str]) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    paths = {"dir": str(folder), "missing": str(tmp_path / "nosuch.xlsx"), "empty": str(empty)}
    given = [a.format(**paths) for a in args]
    line = _one_line_error(run(*given))
    named = next(a for a in given if a in paths.values())
    assert named in line


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf  \n\n", b"en,zh-CN,note\r\n"])
def test_importing_an_empty_glossary_is_3(run: Run, tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "glossary.csv"
    f.write_bytes(content)
    before = json.loads(run("stats", "--format", "json").output)
    _one_line_error(run("import", str(f)), "glossary.csv")
    assert json.loads(run("stats", "--format", "json").output) == before


# -- item 7: say what the file looks like ----------------------------------------------------


def test_importing_a_transcript_says_to_harvest_it(run: Run, transcript: Path, tmp_path: Path) -> None:
    txt = tmp_path / "briefing.txt"
    txt.write_bytes(transcript.read_bytes())
    line = _one_line_error(run("import", str(txt)), "briefing.txt")
    assert "looks like a transcript" in line and f"termsmith harvest {txt}" in line


@pytest.mark.parametrize(("name", "data", "said"), [
    ("spec.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "PDF document"),
    ("sheet.xlsx", b"PK\x03\x04\x14\x00\x06\x00", "review import"),
    ("page.html", b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "termsmith harvest"),
    ("colleague.db", b"SQLite format 3\x00" + bytes(100), "--db")])
def test_a_file_of_another_kind_is_named_with_the_command_for_it(
        run: Run, tmp_path: Path, name: str, data: bytes, said: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    assert said in _one_line_error(run("import", str(f)), name)
    # The same with a format given: no XML parser error about the PDF's bytes.
    assert said in _one_line_error(run("import", "--format", "tbx3", str(f)), name)


# -- item 8: choices come from the registries -------------------------------------------------


@pytest.mark.parametrize("args", [["terms", "--kind", "bogus"],
                                  ["export", "--kind", "bogus", "-o", "{out}"],
                                  ["review", "export", "--kind", "bogus", "{out}"],
                                  ["harvest", "--harvester", "bogus", "x.txt"],
                                  ["export", "--format", "pdf", "-o", "{out}"]])
def test_a_choice_not_in_the_registry_is_a_usage_error(run: Run, tmp_path: Path,
                                                        args: list[str]) -> None:
    out = tmp_path / "out.tbx"
    r = run(*[a.format(out=out) for a in args])
    assert r.exit_code == 2 and "Invalid value" in r.output
    assert not out.exists()


def test_help_lists_the_registries_choices() -> None:
    from termsmith import formats
    from termsmith.harvest import HARVESTERS
    from termsmith.harvest.base import Kind

    terms_help = CliRunner().invoke(main, ["terms", "--help"]).output
    assert all(k.value in terms_help for k in Kind if k.is_term) and "manual" in terms_help
    harvest_help = CliRunner().invoke(main, ["harvest", "--help"]).output
    assert all(h in harvest_help for h in HARVESTERS)
    import_help = CliRunner().invoke(main, ["import", "--help"]).output
    assert all(f in import_help for f in formats.names(reads=True))
    assert "tbx3" in import_help


# -- item 10 -----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [name for name, _ in _commands()])
def test_db_works_after_the_command_too(command: str, tmp_path: Path) -> None:
    r = CliRunner().invoke(main, [*command.split(), "--db", str(tmp_path / "t.db"), "--help"])
    assert r.exit_code == 0 and "--db PATH" in r.output


def test_db_after_the_command_is_the_one_used(run: Run, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    r = CliRunner().invoke(main, ["stats", "--db", str(other), "--format", "json"])
    assert r.exit_code == 0 and json.loads(r.output)["concepts"] == 0
    assert other.exists()


@pytest.mark.parametrize("command", [name for name, _ in _commands()])
def test_every_help_ends_with_examples(command: str) -> None:
    r = CliRunner().invoke(main, [*command.split(), "--help"])
    tail = r.output.rstrip().split("Examples:")[-1].strip().splitlines()
    assert "Examples:" in r.output and 1 <= len(tail) <= 2
    assert all(line.strip().startswith(f"termsmith {command.split()[0]}") for line in tail)


def test_history_never_prints_none(run: Run) -> None:
    run("edit", "Water Tower of China", "--definition", "Qinghai's water role")
    run("edit", "Water Tower of China", "--definition", "")
    out = run("history", "Water Tower of China").output
    assert "None" not in out and "definition: (none) -> Qinghai's water role" in out


def test_json_names_concept_and_term_ids(run: Run) -> None:
    [row] = json.loads(run("terms", "--grep", "Water Tower", "--format", "json").output)
    assert {"concept", "term_id"} <= set(row) and "id" not in row
    [shown] = json.loads(run("show", f"#{row['concept']}", "--format", "json").output)
    assert shown["concept"] == row["concept"] and "id" not in shown
    assert row["term_id"] in [t["term_id"] for t in shown["terms"]]


def test_stats_says_what_it_counts(run: Run) -> None:
    out = run("stats").output
    assert "concepts by kind:" in out and "terms by review status:" in out
    assert "terms by language:" in out


# -- item 22: ids that are no ids ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["#²", "#99999999999999999999", "#" + "9" * 5000, "#1²"])
@pytest.mark.parametrize("command", ["show", "history", "edit"])
def test_a_concept_id_that_is_no_number_is_one_line(run: Run, name: str, command: str) -> None:
    assert "not a concept id" in _one_line_error(run(command, name))


# -- items 11, 26: the term base cannot be written ----------------------------------------------


def test_a_locked_term_base_is_one_line(run: Run) -> None:
    other = sqlite3.connect(run.db, isolation_level=None)  # type: ignore[attr-defined]
    other.execute("BEGIN EXCLUSIVE")
    try:
        line = _one_line_error(run("edit", "Water Tower of China", "--note", "busy?"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "busy" in line and "terms.db" in line


def test_an_unwritable_export_folder_is_one_line(run: Run) -> None:
    _one_line_error(run("export", "-o", "/proc/termsmith-test.tbx"), "/proc")


# -- item 21: control characters refused at the door ---------------------------------------------


@pytest.mark.parametrize(("option", "value"), [("--note", "a\x1b]0;owned\x07b"),
                                               ("--definition", "nul\x00"), ("--zh", "头\x9b雁"),
                                               ("--text", "Water\x1bTower")])
def test_control_characters_in_an_edit_are_refused_naming_the_option(
        run: Run, option: str, value: str) -> None:
    before = run("show", "Water Tower of China", "--format", "json").output
    line = _one_line_error(run("edit", "Water Tower of China", option, value))
    assert line.startswith(f"Error: {option} has a control character")
    assert run("show", "Water Tower of China", "--format", "json").output == before


def test_escapes_already_stored_are_shown_not_sent_to_the_terminal(run: Run) -> None:
    with TermBase(run.db) as tb:  # type: ignore[attr-defined]
        (cid, _), = tb.find("Water Tower of China")
        tb.update_concept(cid, "old.version", note="\x1b]0;owned\x07\x1b[2J gone")
    for args in (["show", "Water Tower of China"], ["history", "Water Tower of China"]):
        out = run(*args).output
        assert "\x1b" not in out and "\x07" not in out and "\\x1b]0;owned\\x07" in out


# -- item 24: a FIFO is refused, never read (it would block for ever) ------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
@pytest.mark.parametrize("args", [["harvest"], ["import"], ["check"], ["review", "import"],
                                  ["check", "--config"]])
def test_a_fifo_is_refused_at_once(tmp_path: Path, args: list[str]) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = subprocess.run([sys.executable, "-m", "termsmith", "--db", str(tmp_path / "t.db"), *args,
                        str(fifo)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 3
    assert r.stderr.strip() == f"Error: {fifo}: not a regular file (a FIFO); give a file"


# -- a file that is no text at all, given where a transcript is read ---------------------------


@pytest.mark.parametrize(("name", "data", "said"), [
    ("briefing.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "PDF document"),
    ("briefing.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), ".docx"),
    ("briefing.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), ".doc"),
    ("briefing.rtf", b"{\\rtf1\\ansi Host: Good morning.\\par }", "RTF document"),
    ("briefing.txt.gz", b"\x1f\x8b\x08\x00" + bytes(40), "decompress"),
    ("colleague.db", b"SQLite format 3\x00" + bytes(100), "--db")])
@pytest.mark.parametrize("command", [["harvest"], ["harvest", "--force"],
                                     ["harvest", "--encoding", "latin-1"], ["check"]])
def test_a_document_that_is_no_text_is_named_for_what_it_is(
        run: Run, tmp_path: Path, name: str, data: bytes, said: str, command: list[str]) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    before = json.loads(run("stats", "--format", "json").output)
    line = _one_line_error(run(*command, str(f)), name)
    assert said in line and "not text" in line
    assert "--force" not in line and "--encoding" not in line and "UTF-16" not in line
    assert json.loads(run("stats", "--format", "json").output) == before


# -- a file the user may not read: bad input (3), not a usage error (2) -------------------------


@pytest.mark.parametrize("args", [["harvest"], ["check"], ["import"], ["review", "import"],
                                  ["tm", "add"], ["align"], ["check", "--config"]])
def test_an_unreadable_file_is_3_naming_it(run: Run, tmp_path: Path, transcript: Path,
                                           monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    import builtins
    import io

    locked = tmp_path / "locked.txt"
    locked.write_bytes(transcript.read_bytes())
    real_access, real_open = os.access, builtins.open

    def access(path: object, mode: int, **kw: object) -> bool:     # as a user without the right
        return False if Path(os.fsdecode(path)) == locked else real_access(path, mode, **kw)  # type: ignore[arg-type]

    def deny(file: object, *a: object, **kw: object) -> object:
        if isinstance(file, (str, os.PathLike)) and Path(os.fsdecode(file)) == locked:
            raise PermissionError(13, "Permission denied", os.fsdecode(file))
        return real_open(file, *a, **kw)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(builtins, "open", deny)
    monkeypatch.setattr(io, "open", deny)
    line = _one_line_error(run(*args, str(locked)), "locked.txt")
    assert "Permission denied" in line


# -- Ctrl-C: 130 and one line, never Click's "Aborted!" with 1 (which means findings) ------------


def test_ctrl_c_mid_harvest_keeps_whole_documents_and_says_so(
        tmp_path: Path, transcript: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from termsmith import ingest

    folder = tmp_path / "talks"
    folder.mkdir()
    for i in range(3):
        (folder / f"talk{i}.txt").write_text(
            transcript.read_text(encoding="utf-8").replace("Qinghai", f"Qinghai{i}"), encoding="utf-8")
    real_store, calls = ingest.store, []

    def store(tb: object, result: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real_store(tb, result)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "store", store)
    db = tmp_path / "t.db"
    r = CliRunner().invoke(main, ["--db", str(db), "harvest", "-j", "1", str(folder)])
    assert r.exit_code == 130, r.output
    assert r.output.strip().splitlines() == [
        "Interrupted: 1 of 3 documents stored, each whole; run the same command again to "
        "harvest the rest"]
    monkeypatch.setattr(ingest, "store", real_store)
    stats = CliRunner().invoke(main, ["--db", str(db), "stats", "--format", "json"])
    assert json.loads(stats.output)["documents"] == 1


def test_ctrl_c_in_any_command_is_130_not_findings(run: Run, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from termsmith import exchange

    def interrupted(*a: object, **kw: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(exchange, "export", interrupted)
    out = tmp_path / "out.tbx"
    r = run("export", "-o", str(out))
    assert r.exit_code == 130 and r.output.strip() == "Interrupted."
    assert not out.exists()


# -- --db naming no term base: one line, 3, nothing created ----------------------------------------


@pytest.mark.parametrize(("db", "said"), [
    ("", "--db or TERMSMITH_DB is empty"),
    ("mysql://desk@localhost/terms", "mysql://desk@localhost/terms: not a term base"),
    ("sqlite:///terms.db", "sqlite:///terms.db: not a term base")])
def test_a_db_that_names_no_term_base_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  db: str, said: str) -> None:
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["--db", db, "stats"])
    assert said in _one_line_error(r)
    assert list(tmp_path.iterdir()) == []


def test_a_term_base_in_a_folder_one_may_not_write_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shared = tmp_path / "desk-share"
    shared.mkdir()
    real_access = os.access

    def access(path: object, mode: int, **kw: object) -> bool:    # as a user without the right
        if Path(os.fsdecode(path)) == shared and mode & os.W_OK:  # type: ignore[arg-type]
            return False
        return real_access(path, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    r = CliRunner().invoke(main, ["--db", str(shared / "terms.db"), "stats"])
    assert _one_line_error(r) == (f"Error: {shared / 'terms.db'}: cannot create the term base: "
                                  f"no permission to write in folder {shared}")


def test_a_folder_that_cannot_be_listed_is_3_not_left_out(run: Run, tmp_path: Path, transcript: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "april").mkdir(parents=True)
    (corpus / "may").mkdir()
    (corpus / "april" / "talk.txt").write_bytes(transcript.read_bytes())
    (corpus / "may" / "talk.txt").write_bytes(transcript.read_bytes())
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:          # as a user without the right
        if Path(os.fsdecode(path)) == corpus / "may":  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    before = json.loads(run("stats", "--format", "json").output)
    monkeypatch.setattr(os, "scandir", scandir)
    line = _one_line_error(run("harvest", str(corpus)))
    assert line == f"Error: {corpus / 'may'}: cannot read this folder (Permission denied)"
    monkeypatch.undo()
    assert json.loads(run("stats", "--format", "json").output) == before


def test_a_pattern_that_matched_nothing_says_so(run: Run, tmp_path: Path) -> None:
    pattern = str(tmp_path / "briefings" / "*.en.txt")    # as the shell passes it on no match
    assert _one_line_error(run("harvest", pattern)) == (
        f"Error: {pattern}: no such file (no file matches this pattern)")
    assert _one_line_error(run("harvest", str(tmp_path / "gone.txt"))).endswith("gone.txt: no such file")


def test_harvest_help_names_every_suffix_a_directory_is_read_for() -> None:
    from termsmith.files import TRANSCRIPT_SUFFIXES

    r = CliRunner().invoke(main, ["harvest", "--help"])
    text = " ".join(r.output.split())
    assert all(f"{suffix}," in text for suffix in TRANSCRIPT_SUFFIXES)


@pytest.mark.parametrize("encoding", ["base64", "rot13", "klingon"])
@pytest.mark.parametrize("command", [["harvest"], ["align"]])
def test_an_encoding_that_cannot_decode_text_is_a_usage_error(
        run: Run, transcript: Path, encoding: str, command: list[str]) -> None:
    target = ["x.en.txt"] if command == ["align"] else []
    r = run(*command, "--encoding", encoding, str(transcript), *target)
    assert r.exit_code == 2, r.output
    last = r.output.strip().splitlines()[-1]
    assert last.startswith("Error: Invalid value for '--encoding': ") and "(try utf-8," in last


def test_the_reader_refuses_a_bytes_codec_in_one_line(transcript: Path) -> None:
    from termsmith import reader
    from termsmith.errors import SourceError

    with pytest.raises(SourceError, match=r"qinghai\.en\.txt: 'base64' is no text encoding"):
        reader.read(transcript, encoding="base64")


# -- an output file that is the term base or an input: refused, both left as they were ---------------


@pytest.mark.parametrize("args", [
    ["check", "{doc}", "-o", "{db}"], ["check", "{doc}", "--format", "html", "-o", "{doc}"],
    ["check", "--source", "{doc}", "--target", "{other}", "-o", "{other}"],
    ["export", "-o", "{db}", "--format", "tbx"], ["review", "export", "{db}"],
    ["review", "decisions", "-o", "{db}"], ["tm", "export", "-o", "{db}"],
    ["align", "{doc}", "{other}", "-o", "{doc}", "--format", "tsv"]])
def test_an_output_that_would_replace_the_term_base_or_an_input_is_refused(
        run: Run, tmp_path: Path, transcript: Path, args: list[str]) -> None:
    doc = tmp_path / "talk.en.txt"
    doc.write_bytes(transcript.read_bytes())
    other = tmp_path / "talk.zh.txt"
    other.write_text("主持人：\n各位记者朋友，上午好。\n", encoding="utf-8")
    db = run.db  # type: ignore[attr-defined]
    before = {p: p.read_bytes() for p in (doc, other, db)}
    # Named another way than the command names it: the same file all the same.
    paths = {"db": os.path.relpath(db), "doc": str(doc), "other": str(other)}
    given = [a.format(**paths) for a in args]
    if args[-1].startswith("{") and "{db}" not in args:
        given[-1] = str(tmp_path / "." / Path(given[-1]).name)
    r = run(*given)
    assert r.exit_code == 2, r.output
    assert "writing there would replace it" in r.output.strip().splitlines()[-1]
    assert {p: p.read_bytes() for p in before} == before


@pytest.mark.parametrize("order", ["mime-first", "type-first"])
def test_a_page_saved_as_a_web_archive_is_refused_not_harvested_as_text(
        run: Run, tmp_path: Path, order: str) -> None:
    headers = ["MIME-Version: 1.0", 'Content-Type: multipart/related;\r\n\tboundary="--b--"']
    if order == "type-first":
        headers.reverse()
    page = ("From: <Saved by Blink>\r\nSubject: Press briefing on wetlands\r\n"
            + "\r\n".join(headers) + "\r\n\r\n----b--\r\nContent-Type: text/html\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n<html><body><p>Host: Good morn=\r\n"
            "ing. The Green Cor=\r\nridor Plan was launched.</p></body></html>\r\n----b----\r\n")
    f = tmp_path / "briefing.mhtml"
    f.write_bytes(page.encode("ascii"))
    before = json.loads(run("stats", "--format", "json").output)
    for args in (["harvest"], ["harvest", "--force"], ["check"]):
        line = _one_line_error(run(*args, str(f)), "briefing.mhtml")
        assert "web archive" in line and "(.html)" in line
    assert json.loads(run("stats", "--format", "json").output) == before


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout on this system")
@pytest.mark.parametrize("args", [["check", "{doc}", "--format", "json"], ["export", "--format", "csv"],
                                  ["tm", "export"]])
def test_output_to_dev_stdout_on_a_pipe_is_written_through(run: Run, transcript: Path,
                                                            args: list[str]) -> None:
    cmd = [a.format(doc=transcript) for a in args]
    r = subprocess.run([sys.executable, "-m", "termsmith", "--db", str(run.db),  # type: ignore[attr-defined]
                        *cmd, "-o", "/dev/stdout"], capture_output=True, timeout=120)
    assert r.returncode in (0, 1), r.stderr
    assert r.stdout.strip(), r.stderr
    assert b"Error" not in r.stderr
