"""`termsmith check` from the command line: exit codes, formats, selection, configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from termsmith.cli import main

DATA = ROOT / "tests" / "data" / "bilingual"
GLOSSARY = ROOT / "glossary" / "scio-2024-04-26-heilongjiang.tbx"


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A term base holding the shipped glossary (harvest + the translator's decisions)."""
    path = str(tmp_path / "g.db")
    r = CliRunner().invoke(main, ["--db", path, "import", str(GLOSSARY)])
    assert r.exit_code == 0, r.output
    return path


def _check(db: str, *args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["--db", db, "check", *args])


def test_planted_translation_errors_exit_1_and_json_lists_them(db: str) -> None:
    r = _check(db, "--source", str(DATA / "seed-excerpt.en.txt"),
               "--target", str(DATA / "seed-excerpt.planted.zh.txt"), "--format", "json")
    assert r.exit_code == 1
    doc = json.loads(r.output)
    checks = {(f["check"], f["line"]) for f in doc["findings"]}
    assert ("number-mismatch", 3) in checks and ("key-term-missing", 1) in checks
    for f in doc["findings"]:
        assert {"check", "severity", "message", "line", "term"} <= set(f)
        assert f["severity"] in ("error", "warning", "info")
    assert doc["summary"]["error"] == sum(f["severity"] == "error" for f in doc["findings"])


def test_correct_translation_exits_0(db: str) -> None:
    r = _check(db, "--source", str(DATA / "seed-excerpt.en.txt"),
               "--target", str(DATA / "seed-excerpt.zh.txt"))
    assert r.exit_code == 0, r.output
    assert r.output.strip().endswith("No findings.")


def test_seed_against_its_glossary_reports_its_real_inconsistencies(db: str, seed: Path) -> None:
    r = _check(db, str(seed), "--format", "json")
    found = {(f["check"], f["found"]) for f in json.loads(r.output)["findings"]}
    assert ("deprecated-term", "Daqing Oil Field") in found
    assert ("variant-numeral", "Ninth Asian Winter Games") in found
    assert ("variant-order", "snow and ice") in found
    assert not any(c == "unit-conversion" for c, _ in found)      # mu and jin add up
    assert r.exit_code == 1                                        # deprecated terms are errors


def test_text_output_is_path_line_check_message_with_highlight(db: str, seed: Path) -> None:
    r = _check(db, str(seed), "--select", "deprecated-term")
    lines = r.output.splitlines()
    assert lines[0] == "ERRORS"
    assert f"{seed}:253:" in lines[1] and ": deprecated-term: " in lines[1]
    assert "»Daqing Oil Field«" in lines[2]
    assert "\x1b[" not in r.output                                  # no colour when piped


def test_select_ignore_and_severity_override(db: str, seed: Path) -> None:
    r = _check(db, str(seed), "--ignore", "deprecated-term", "--ignore", "variant-")
    assert r.exit_code == 0 and "variant-" not in r.output and "deprecated-term" not in r.output
    r = _check(db, str(seed), "--select", "variant-order", "--severity", "variant-order=error",
               "--format", "json")
    doc = json.loads(r.output)
    assert r.exit_code == 1 and {f["check"] for f in doc["findings"]} == {"variant-order"}
    assert all(f["severity"] == "error" for f in doc["findings"])


def test_config_file(db: str, seed: Path, tmp_path: Path) -> None:
    conf = tmp_path / "termsmith.toml"
    conf.write_text('[check]\nignore = ["variant-"]\n[check.severity]\n'
                    '"deprecated-term" = "warning"\n', encoding="utf-8")
    r = _check(db, str(seed), "--config", str(conf), "--format", "json")
    doc = json.loads(r.output)
    assert r.exit_code == 0
    assert {f["check"] for f in doc["findings"]} == {"deprecated-term"}


def test_unknown_check_id_is_a_usage_error(db: str, seed: Path) -> None:
    r = _check(db, str(seed), "--select", "no-such-check")
    assert r.exit_code == 2 and "unknown check" in r.output


def test_html_report_escapes_and_highlights(db: str, seed: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    r = _check(db, str(seed), "--format", "html", "-o", str(out))
    assert r.exit_code == 1
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<mark>Daqing Oil Field</mark>" in page
    assert "<script" not in page


def test_html_report_escapes_document_text(tmp_path: Path) -> None:
    from termsmith.check import report
    from termsmith.model import Finding, Severity

    f = Finding("deprecated-term", Severity.ERROR, 'use "<b>x</b>"', path="a.txt", line=1,
                context="a <script>alert(1)</script> b", span=(2, 10))
    page = report.html([f])
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page


def test_list_checks_and_missing_file(db: str, tmp_path: Path) -> None:
    r = _check(db, "--list-checks")
    assert r.exit_code == 0
    ids = {line.split()[0] for line in r.output.splitlines()}
    assert {"key-term-missing", "number-mismatch", "unit-conversion", "stale-term"} <= ids
    r = _check(db, str(tmp_path / "missing.txt"))
    assert r.exit_code == 3 and r.output.startswith("Error: ")


def test_termbase_only_check_runs_integrity(tmp_path: Path) -> None:
    path = str(tmp_path / "t.db")
    run = CliRunner().invoke
    run(main, ["--db", path, "add", "Feihe Dairy", "--zh", "飞鹤乳业"])
    run(main, ["--db", path, "add", "Feihe Milk Company", "--zh", "飞鹤乳业"])
    r = run(main, ["--db", path, "check", "--format", "json"])
    assert [f["check"] for f in json.loads(r.output)["findings"]] == ["en-two-renderings"]
    assert r.exit_code == 0            # a warning, not an error


def test_the_library_call_finds_what_the_command_reports(db: str) -> None:
    from termsmith import check
    from termsmith.store import open_store

    args = {"source": str(DATA / "seed-excerpt.en.txt"),
            "target": str(DATA / "seed-excerpt.planted.zh.txt")}
    with open_store(db) as tb:
        found = check.run(tb, source=args["source"], target=args["target"])
        narrowed = check.run(tb, options=check.Options(select=frozenset({"number-mismatch"})),
                             **args)
    r = _check(db, "--source", args["source"], "--target", args["target"], "--format", "json")
    assert [(f.check, f.line) for f in found] == [
        (f["check"], f["line"]) for f in json.loads(r.output)["findings"]]
    assert narrowed and {f.check for f in narrowed} == {"number-mismatch"}


def test_html_report_is_accessible_and_counts_in_words() -> None:
    from lxml import html as lhtml

    from termsmith.check import report
    from termsmith.model import Finding, Severity

    found = [Finding("variant-case", Severity.WARNING, "styled unlike", path="a.txt", line=3,
                     context="The Green Belt Plan was praised.", span=(4, 19)),
             Finding("variant-case", Severity.WARNING, "styled unlike", path="a.txt", line=9,
                     context="The green belt plan again.", span=(4, 19)),
             Finding("key-term-missing", Severity.ERROR, "source has it", path="b.zh.txt", line=1,
                     context="我们要推进绿色发展。", span=(3, 7))]
    page = report.html(found, title="termsmith check: a.txt")
    doc = lhtml.document_fromstring(page)
    assert doc.get("lang") == "en"                               # the page's language declared
    assert doc.findtext(".//title") == "termsmith check: a.txt: 1 error, 2 warnings, 0 info"
    assert [s.text for s in doc.findall(".//p[@class='summary']/span")] == [
        "1 error", "2 warnings", "0 info"]                      # as the text report words them
    assert {th.get("scope") for th in doc.iter("th")} == {"col"}
    chinese = [td for td in doc.iter("td") if "绿色" in td.text_content()]
    assert [td.get("lang") for td in chinese] == ["zh"]
    assert all(td.get("lang") is None for td in doc.iter("td") if "Green" in td.text_content())


@pytest.mark.parametrize(("args", "config", "code", "said"), [
    (["--select", "no-such-check"], None, 2,
     "Invalid value for --select: unknown check 'no-such-check' (see --list-checks)"),
    (["--ignore", "no-such-check"], None, 2,
     "Invalid value for --ignore: unknown check 'no-such-check' (see --list-checks)"),
    (["--severity", "variant-case=fatal"], None, 2,
     "Invalid value for --severity: variant-case=fatal: unknown level 'fatal'; use error, warning or info"),
    ([], '[check]\nselect = ["variant-case", "no-such-check"]\n', 3,
     "rules.toml: unknown check 'no-such-check' (see --list-checks)"),
    ([], '[check.severity]\nvariant-case = "fatal"\n', 3,
     "rules.toml: variant-case=fatal: unknown level 'fatal'; use error, warning or info")])
def test_a_bad_check_id_or_level_names_the_option_or_the_config_file(
        db: str, tmp_path: Path, transcript: Path, args: list[str], config: str | None, code: int,
        said: str) -> None:
    if config is not None:
        (tmp_path / "rules.toml").write_text(config, encoding="utf-8")
        args = ["--config", str(tmp_path / "rules.toml")]
    r = _check(db, *args, str(transcript))
    assert r.exit_code == code, r.output
    assert r.output.strip().splitlines()[-1].endswith(said)


@pytest.mark.parametrize("args", [["{doc}"], []])
def test_checking_against_a_term_base_that_does_not_exist_is_3_and_creates_none(
        tmp_path: Path, transcript: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    for db in (["--db", "tpyo.db"], []):                 # a typo, or the default in the wrong folder
        r = CliRunner().invoke(main, [*db, "check", *[a.format(doc=transcript) for a in args]])
        assert r.exit_code == 3, r.output
        name = "tpyo.db" if db else "termsmith.db"
        assert r.output.strip() == (f"Error: {name}: no such term base; give --db (or TERMSMITH_DB) "
                                    "the term base to check against")
    assert not list(tmp_path.glob("*.db"))


def test_a_translation_is_checked_against_its_original_with_no_term_base(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers and units need no term base: a translator checks a pair before any exists,
    and no empty term base is left behind."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "talk.zh.txt").write_text("今年全省粮食产量达到1600亿斤。\n", encoding="utf-8")
    (tmp_path / "talk.en.txt").write_text("This year the province harvested 16 billion "
                                          "jin of grain.\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", "--source", "talk.zh.txt", "--target", "talk.en.txt",
                                  "--format", "json"])
    assert r.exit_code in (0, 1), r.output
    assert [f["check"] for f in json.loads(r.output)["findings"]] == ["number-mismatch"]
    assert not list(tmp_path.glob("*.db"))

