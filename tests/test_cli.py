"""The command line: exit codes, one-line errors, output people and programs read."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from termsmith.cli import main


@pytest.fixture
def run(db: str):  # type: ignore[no-untyped-def]
    """Run termsmith on a fresh term base of the store under test."""
    def invoke(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, ["--db", str(db), *args], env=env)

    invoke.db = db  # type: ignore[attr-defined]
    return invoke


def test_every_command_has_help() -> None:
    for name, cmd in main.commands.items():
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert cmd.get_short_help_str().strip(), name


def test_harvest_then_terms_json(run, transcript: Path) -> None:  # type: ignore[no-untyped-def]
    r = run("harvest", str(transcript))
    assert r.exit_code == 0, r.output
    assert "new concepts" in r.output
    r = run("terms", "--format", "json")
    rows = json.loads(r.output)
    assert r.exit_code == 0
    assert {"term", "lang", "kind", "status", "occurrences"} <= set(rows[0])
    by_term = {row["term"]: row for row in rows}
    assert by_term["SCIO"]["kind"] == "acronym"
    assert by_term["jin"]["kind"] == "unit"
    assert by_term["Water Tower of China"]["occurrences"] == 2
    assert all(row["status"] == "candidate" and row["lang"] == "en" for row in rows)
    scores = [row["score"] for row in rows]
    assert scores == sorted(scores, reverse=True)


def test_harvest_a_folder_takes_the_transcripts_inside_it(run, transcript: Path,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "2024").mkdir(parents=True)
    (corpus / "2024" / "qinghai.en.txt").write_bytes(transcript.read_bytes())
    (corpus / "page.html").write_text(
        "<html><body><p>Host: Good morning.</p><p>Li Ming: The \"Blue Sky Shield\" "
        "campaign covers 40 cities.</p></body></html>", encoding="utf-8")
    (corpus / "notes.db").write_bytes(b"SQLite format 3\x00")        # no transcript: left
    (corpus / ".draft.txt").write_text("Host: a hidden draft.", encoding="utf-8")
    (corpus / "README.md").write_text("Host: notes on the corpus.\nLi: more.\n", encoding="utf-8")
    (corpus / "sources.txt").write_text("Transcripts of the 2024 briefings, as published.\n",
                                        encoding="utf-8")
    r = run("harvest", str(corpus))
    assert r.exit_code == 0, r.output
    assert "Harvested 2 documents" in r.output
    assert f"Skipped {corpus / 'sources.txt'}: not a transcript" in r.output   # a warning
    assert "README.md" not in r.output                      # Markdown is not looked at
    r = run("harvest", str(corpus / "sources.txt"))         # named: refused, nothing stored
    assert r.exit_code == 3 and "not a transcript" in r.output
    rows = json.loads(run("terms", "--format", "json").output)
    assert {"Blue Sky Shield", "Water Tower of China"} <= {row["term"] for row in rows}

    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "sub" / "list.csv").write_text("term\nmu\n", encoding="utf-8")
    r = run("harvest", str(empty))
    assert r.exit_code == 3
    assert f"{empty}: no transcripts (.txt" in r.output


def test_terms_filters(run, transcript: Path) -> None:  # type: ignore[no-untyped-def]
    run("harvest", str(transcript))
    rows = json.loads(run("terms", "--kind", "unit", "--format", "json").output)
    assert sorted(r["term"] for r in rows) == ["jin", "mu"]
    rows = json.loads(run("terms", "--min-score", "0.9", "--format", "json").output)
    assert rows and all(r["score"] >= 0.9 for r in rows)
    assert json.loads(run("terms", "--status", "approved", "--format", "json").output) == []
    table = run("terms", "--limit", "3").output.splitlines()
    assert table[0].split()[:3] == ["#", "score", "kind"] and len(table) == 5


def test_env_var_names_the_term_base(tmp_path: Path, transcript: Path) -> None:
    db = tmp_path / "from-env.db"
    r = CliRunner().invoke(main, ["harvest", str(transcript)], env={"TERMSMITH_DB": str(db)})
    assert r.exit_code == 0, r.output
    assert db.exists()


def test_show_highlights_term_in_context(run, transcript: Path) -> None:  # type: ignore[no-untyped-def]
    run("harvest", str(transcript))
    r = run("show", "jin")
    assert r.exit_code == 0
    assert "1.2 billion »jin« (about 600 million kilograms)" in r.output
    assert "1 jin = 0.5 kilograms (approximate)" in r.output
    assert "qinghai.en.txt:30: Wu Xiaomei:" in r.output
    data = json.loads(run("show", "SCIO", "--format", "json").output)
    assert [t["term"] for t in data[0]["terms"]] == ["State Council Information Office", "SCIO"]


def test_add_edit_history(run, transcript: Path) -> None:  # type: ignore[no-untyped-def]
    run("harvest", str(transcript))
    r = run("edit", "Water Tower of China", "--zh", "中华水塔", "--status", "approved",
            "--definition", "Qinghai, source of major rivers", "--reviewer", "wang")
    assert r.exit_code == 0, r.output
    assert "3 changes" in r.output
    data = json.loads(run("show", "Water Tower of China", "--format", "json").output)[0]
    assert data["definition"] == "Qinghai, source of major rivers"
    assert [(t["term"], t["lang"], t["status"]) for t in data["terms"]] == [
        ("Water Tower of China", "en", "approved"), ("中华水塔", "zh-Hans", "approved")]
    # A second Chinese equivalent keeps the first as the reviewer says: forbidden here.
    run("edit", "Water Tower of China", "--zh", "中国水塔", "--old", "forbidden", "--reviewer", "li")
    data = json.loads(run("show", "Water Tower of China", "--format", "json").output)[0]
    assert [(t["term"], t["usage"]) for t in data["terms"][1:]] == [
        ("中华水塔", "deprecated"), ("中国水塔", "preferred")]
    hist = run("history", "Water Tower of China").output
    assert "wang  'Water Tower of China' review: candidate -> approved" in hist
    assert "li  '中华水塔' usage: preferred -> deprecated" in hist
    # A typo corrected: the old text goes, the history keeps it.
    run("edit", "Water Tower of China", "--zh", "中國水塔", "--old", "typo", "--reviewer", "li")
    data = json.loads(run("show", "Water Tower of China", "--format", "json").output)[0]
    assert [(t["term"], t["usage"]) for t in data["terms"][1:]] == [
        ("中华水塔", "deprecated"), ("中國水塔", "preferred")]
    assert "li  '中国水塔' term[zh-Hans]: 中国水塔 -> (none)" in run("history", "Water Tower of China").output
    r = run("add", "ecological barrier", "--zh", "生态屏障", "--reviewer", "wang")
    assert r.exit_code == 0 and "= 生态屏障" in r.output
    rows = json.loads(run("terms", "--lang", "zh", "--format", "json").output)
    assert {r["term"] for r in rows} == {"中华水塔", "中國水塔", "生态屏障"}
    r = run("add", "ecological barrier")
    assert r.exit_code == 3 and "already in the term base" in r.output


def test_show_prints_a_terms_own_note(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("id,en,zh-Hans,status,note\n"
                     "3,Sanjiangyuan National Park,三江源国家公园,approved,A pilot park\n"
                     "3,Three Rivers Source Park,,deprecated,Prefer the first\n", encoding="utf-8")
    assert run("import", str(sheet)).exit_code == 0
    out = run("show", "Sanjiangyuan National Park").output
    assert "  note: A pilot park\n" in out
    assert ("    Three Rivers Source Park   (fullForm, deprecated, approved)\n"
            "      note: Prefer the first\n") in out


def test_show_unknown_term_is_exit_3(run, transcript: Path) -> None:  # type: ignore[no-untyped-def]
    run("harvest", str(transcript))
    r = run("show", "no such thing")
    assert r.exit_code == 3
    assert r.output.startswith("Error: no term 'no such thing'")


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "binary", "shift-jis"])
def test_bad_input_is_one_line_exit_3_and_changes_nothing(run, transcript: Path, tmp_path: Path,
                                                          case: str) -> None:  # type: ignore[no-untyped-def]
    run("harvest", str(transcript))
    before = json.loads(run("stats", "--format", "json").output)
    bad = tmp_path / f"bad-{case}.txt"
    if case == "directory":
        bad.mkdir()
    elif case == "empty":
        bad.write_bytes(b"  \n\n")
    elif case == "binary":
        bad.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    elif case == "shift-jis":   # an encoding termsmith does not detect
        bad.write_bytes("Title\n\n日本語の記者会見です。今日はいい天気ですね。\n".encode("shift_jis"))
    # The bad file comes after a good one: nothing at all may be stored.
    other = tmp_path / "good.txt"
    other.write_text("Title\n\nThe Sanjiangyuan National Park Administration (SNPA) met.\n")
    r = run("harvest", str(other), str(bad))
    assert r.exit_code == 3
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and bad.name in lines[0]
    if case == "shift-jis":
        assert "line 3" in lines[0] and "--encoding" in lines[0]
    assert json.loads(run("stats", "--format", "json").output) == before


_ARTICLE = ("Rural roads reach every village in the county\n\n"
            "The county has built 1,200 kilometers of rural roads under the "
            "\"Four Good Rural Roads\" program since 2019. Buses now reach every village, "
            "and the Rural Revitalization Bureau plans 300 more kilometers this year.\n")


def test_a_text_that_is_no_transcript_is_refused_unless_forced(  # type: ignore[no-untyped-def]
        run, transcript: Path, tmp_path: Path) -> None:
    article = tmp_path / "roads.en.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    before = json.loads(run("stats", "--format", "json").output)
    # With a good transcript beside it: refused all the same, and nothing stored.
    r = run("harvest", str(transcript), str(article))
    assert r.exit_code == 3
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {article}: not a transcript")
    assert "--force" in lines[0]
    assert json.loads(run("stats", "--format", "json").output) == before
    r = run("harvest", "--force", str(article))
    assert r.exit_code == 0, r.output
    rows = json.loads(run("terms", "--format", "json").output)
    assert "Four Good Rural Roads" in {row["term"] for row in rows}


def test_a_transcript_saved_as_one_line_or_in_chinese_is_harvested(  # type: ignore[no-untyped-def]
        run, tmp_path: Path) -> None:
    one_line = tmp_path / "briefing.en.txt"
    one_line.write_text("Briefing on rural roads. Lan Fei: Good morning. The \"Four Good Rural "
                        "Roads\" program reached every village. Guangming Daily: What comes next? "
                        "Lan Fei: Buses to every village.\n", encoding="utf-8")
    chinese = tmp_path / "roads.zh.txt"
    chinese.write_text("农村公路通到每个村\n\n全县建成农村公路1200公里，“四好农村路”建设成效明显。\n",
                       encoding="utf-8")
    r = run("harvest", str(one_line), str(chinese))
    assert r.exit_code == 0, r.output
    assert "Harvested 2 documents" in r.output


def test_usage_error_is_exit_2(run) -> None:  # type: ignore[no-untyped-def]
    assert run("harvest").exit_code == 2
    assert run("terms", "--status", "maybe").exit_code == 2


def test_stats_counts(run, transcript: Path) -> None:  # type: ignore[no-untyped-def]
    run("harvest", str(transcript))
    st = json.loads(run("stats", "--format", "json").output)
    assert st["documents"] == 1 and st["quotations"] == 1
    assert st["by_kind"]["unit"] == 2
    assert sum(st["by_status"].values()) == st["terms"]
    assert "concepts" in run("stats").output


def test_module_entry_point_and_fast_help() -> None:
    r = subprocess.run([sys.executable, "-X", "importtime", "-m", "termsmith", "--help"],
                       capture_output=True, text=True, check=True)
    assert "harvest" in r.stdout
    imported = {line.rsplit("|", 1)[-1].strip() for line in r.stderr.splitlines()}
    assert "click" in imported                        # the parse worked
    heavy = sorted(imported & {"lxml", "wordfreq", "ahocorasick", "sqlite3", "jieba"})
    assert heavy == []    # --help must not import heavy modules


def test_reimporting_our_own_tmx_changes_nothing(run, transcript: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 item 1: a fresh TMX export read back is the same entries, not new contexts."""
    assert run("harvest", str(transcript)).exit_code == 0
    assert run("edit", "Water Tower of China", "--zh", "中华水塔", "--status", "approved").exit_code == 0
    assert run("edit", "grassland restoration", "--status", "approved").exit_code == 0
    before = json.loads(run("stats", "--format", "json").output)
    shown = run("show", "Water Tower of China").output
    out = tmp_path / "f.tmx"
    assert run("export", "-o", str(out)).exit_code == 0
    r = run("import", str(out))
    assert r.exit_code == 0, r.output
    assert "0 conflicts" in r.output
    assert json.loads(run("stats", "--format", "json").output) == before
    assert run("show", "Water Tower of China").output == shown
    assert "»" not in shown.replace("»Water Tower of China«", "")


def test_edit_text_moves_the_lookup_key(run, transcript: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 item 3: after edit --text, importing the new text finds the same concept."""
    assert run("harvest", str(transcript)).exit_code == 0
    r = run("edit", "clean energy plus", "--text", "Clean Energy Plus Model", "--zh", "清洁能源+")
    assert r.exit_code == 0, r.output
    glossary = tmp_path / "g.csv"
    glossary.write_text("en,zh-Hans\nClean Energy Plus Model,清洁能源+\n", encoding="utf-8")
    before = json.loads(run("stats", "--format", "json").output)["concepts"]
    r = run("import", str(glossary))
    assert "0 concepts added" in r.output, r.output
    assert json.loads(run("stats", "--format", "json").output)["concepts"] == before


def test_the_library_harvests_a_folder_too(transcript: Path, tmp_path: Path) -> None:
    from termsmith import harvest
    from termsmith.store import open_store

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "qinghai.en.txt").write_bytes(transcript.read_bytes())
    (corpus / "sources.txt").write_text("Where the transcripts come from.\n", encoding="utf-8")
    with open_store(str(tmp_path / "t.db")) as tb:
        got = harvest.into(tb, [str(corpus)])
    assert got.documents == 1 and got.concepts > 0
    assert harvest.gather([str(corpus)]).skipped[0][0].endswith("sources.txt")


def test_harvesters_that_do_not_read_the_documents_language_say_so(tmp_path: Path) -> None:
    zh = tmp_path / "briefing.zh.txt"
    zh.write_text("主持人：\n各位记者朋友，上午好。今天我们介绍湿地保护工作的进展。\n"
                  "李明：\n谢谢主持人。我们推进“绿色长廊”建设，效果明显。\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "t.db"), "harvest", "--harvester",
                                  "glossed", str(zh)])
    assert r.exit_code == 0
    assert (f"Warning: {zh}: Chinese text, which --harvester glossed does not read (those that "
            "do: zh-quoted, zh-names, zh-domain, zh-numbers); nothing harvested from it") in r.output
    quiet = CliRunner().invoke(main, ["--db", str(tmp_path / "t.db"), "harvest", "-q",
                                      "--harvester", "glossed", str(zh)])
    assert quiet.exit_code == 0 and quiet.output == ""
    fits = CliRunner().invoke(main, ["--db", str(tmp_path / "t.db"), "harvest", "--harvester",
                                     "quoted", str(zh)])
    assert "Warning" not in fits.output


def test_a_transcript_named_twice_is_harvested_and_counted_once(tmp_path: Path, transcript: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "talks"
    folder.mkdir()
    (folder / "talk.txt").write_bytes(transcript.read_bytes())
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["--db", "t.db", "harvest", "talks/talk.txt", "./talks/talk.txt",
                                  str(folder / "talk.txt"), "talks"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("Harvested 1 document in ")
    assert "0 terms already known" in r.output


@pytest.mark.parametrize("since", ["2026-13-01", "2026-02-30", "2026-06-12T24:30"])
def test_history_since_an_impossible_date_is_a_usage_error(run, since: str) -> None:  # type: ignore[no-untyped-def]
    """A typo such as a month 13 matched nothing and said "No changes recorded"."""
    run("add", "ecological barrier", "--zh", "生态屏障", "--reviewer", "wang")
    r = run("history", "--since", since)
    assert r.exit_code == 2 and f"'{since}' is no date" in r.output
    assert "#1 ecological barrier: created" in run("history", "--since", "2000-02-29").output


def test_edit_and_add_refuse_a_chinese_term_with_a_stray_space_or_mark(run) -> None:  # type: ignore[no-untyped-def]
    run("add", "ecological barrier", "--zh", "生态屏障", "--reviewer", "wang")
    r = run("edit", "ecological barrier", "--zh", "生态　屏障")
    assert r.exit_code == 2 and "'生态 屏障' has a space between Chinese characters" in r.output
    r = run("add", "ice city", "--zh", "冰城，")
    assert r.exit_code == 2 and "'冰城，' begins or ends with ，" in r.output
    assert run("show", "ice city").exit_code == 3
    assert "生态屏障" in run("show", "ecological barrier").output
    assert run("edit", "ecological barrier", "--zh", "5G 生态屏障").exit_code == 0   # Latin, space, Han
