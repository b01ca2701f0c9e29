"""``termsmith align`` and ``termsmith tm``: the real aligner on made-up transcripts of the genre.

The transcripts (data/reader/zh/qinghai.*) were written for these tests; the
English is a translation of the Chinese made for them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DATA, INTEROP, VALIDATE

from termsmith.cli import main
from termsmith.formats import tmx

ZH = DATA / "reader" / "zh" / "qinghai.zh.txt"
EN = DATA / "reader" / "zh" / "qinghai.en.txt"
BILINGUAL = DATA / "reader" / "zh" / "qinghai.bilingual.txt"
ORACLE = DATA / "oracles" / "omegat"
JAR = Path("/usr/share/omegat/OmegaT.jar")


@pytest.fixture
def run(db: str):  # type: ignore[no-untyped-def]
    def invoke(*args: str):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, ["--db", str(db), *args])
    return invoke


@pytest.fixture(scope="module")
def aligned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Qinghai pair aligned into a TMX once (no term base)."""
    out = tmp_path_factory.mktemp("align") / "qinghai.tmx"
    r = CliRunner().invoke(main, ["--db", str(out.parent / "none.db"), "align", str(ZH), str(EN),
                                  "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert not (out.parent / "none.db").exists()        # no term base made for an alignment
    return out


def _pairs(path: Path) -> dict[str, str]:
    return {u.text("zh") or "": u.text("en") or "" for u in tmx.read(path)}


def test_tmx_pairs_the_sentences(aligned: Path) -> None:
    pairs = _pairs(aligned)
    assert pairs["青海是“中华水塔”。"] == 'Qinghai is the "Water Tower of China."'
    assert pairs["我补充一点。"] == "Let me add one point."
    assert pairs["正如牧民所说：“我们的草场比以往任何时候都绿。”"] == \
        'As herders say, "Our pastures are greener than ever before."'
    # One Chinese sentence translated as two English ones is one unit.
    assert pairs["今天的发布会就到这里，谢谢大家！"] == \
        "That concludes today's press conference. Thank you all!"
    assert not any("责任编辑" in k or "Translated" in v for k, v in pairs.items())


def test_tmx_is_valid_with_source_language_and_provenance(aligned: Path) -> None:
    r = subprocess.run([sys.executable, str(VALIDATE), str(aligned), "tmx14"], capture_output=True,
                       text=True, check=False)
    assert r.returncode == 0, r.stdout + r.stderr
    data = aligned.read_bytes()
    assert b'srclang="zh-CN"' in data and b'segtype="sentence"' in data
    unit = next(u for u in tmx.read(aligned) if u.text("zh") == "我补充一点。")
    zh, en = unit.variants
    assert dict(zh.props) == {"x-document": str(ZH), "x-line": "29"}
    assert dict(en.props) == {"x-document": str(EN), "x-line": "38"}
    assert 0 < float(dict(unit.props)["x-score"]) <= 1


def test_either_side_may_be_the_source(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "en-zh.tmx"
    r = run("align", str(EN), str(ZH), "-o", str(out))
    assert r.exit_code == 0, r.output
    assert b'srclang="en"' in out.read_bytes()
    first = next(iter(tmx.read(out)))
    assert [v.lang for v in first.variants] == ["en", "zh-Hans"]


def test_beads_format_covers_every_sentence_once(run) -> None:  # type: ignore[no-untyped-def]
    r = run("align", str(ZH), str(EN), "--format", "beads", "-q")
    assert r.exit_code == 0, r.output
    beads = [line.split(":") for line in r.stdout.splitlines()]
    src = [int(i) for s, _ in beads for i in s.strip("[]").split(",") if i]
    tgt = [int(i) for _, t in beads for i in t.strip("[]").split(",") if i]
    assert src == list(range(len(src))) and tgt == list(range(len(tgt)))


def test_presegmented_with_an_added_sentence(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    zh = tmp_path / "p.zh"
    en = tmp_path / "p.en"
    zh.write_text("青海是中华水塔。\n我们恢复了三千亩退化草原。\n三江源国家公园管理局牵头开展工作。\n"
                  "今年森林覆盖率达到百分之八点二。\n", encoding="utf-8")
    en.write_text("Qinghai is the Water Tower of China.\nWe restored 3,000 mu of degraded grassland.\n"
                  "Herders in the region welcomed the news warmly.\n"
                  "The Sanjiangyuan National Park Administration leads the work.\n"
                  "Forest coverage reached 8.2 percent this year.\n", encoding="utf-8")
    r = run("align", "--presegmented", str(zh), str(en), "--format", "beads", "-q")
    assert r.exit_code == 0, r.output
    beads = r.stdout.splitlines()
    # Indices are the files' lines (0-based); the added sentence does not derail the rest:
    # it stands alone or joins one of its neighbours' beads.
    assert beads[0] == "[0]:[0]" and beads[-1] == "[3]:[4]"
    assert beads[1:-1] in (["[1]:[1]", "[]:[2]", "[2]:[3]"], ["[1]:[1]", "[2]:[2,3]"],
                           ["[1]:[1,2]", "[2]:[3]"])


def test_tsv_and_html_outputs(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = run("align", str(ZH), str(EN), "-o", str(tmp_path / "a.tsv"))
    assert r.exit_code == 0, r.output
    rows = (tmp_path / "a.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("bead\tscore\t") and len(rows) > 10
    r = run("align", str(ZH), str(EN), "-o", str(tmp_path / "a.html"))
    assert r.exit_code == 0, r.output
    page = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert "青海是“中华水塔”。" in page and "<table" in page
    assert "beads to check" in r.output


def test_a_bilingual_page_aligns_alone(run) -> None:  # type: ignore[no-untyped-def]
    r = run("align", str(BILINGUAL), "--format", "tsv", "-q")
    assert r.exit_code == 0, r.output
    assert "女士们、先生们，下午好！\ten\t10\tLadies and gentlemen, good afternoon!" in r.stdout


def test_gb18030_original(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    gb = tmp_path / "qinghai.gb.txt"
    gb.write_bytes(ZH.read_text(encoding="utf-8").encode("gb18030"))
    r = run("align", str(gb), str(EN), "--format", "tsv", "-q")
    assert r.exit_code == 0, r.output
    assert "我补充一点。\ten\t38\tLet me add one point." in r.stdout


def test_bad_input_is_one_line_exit_3(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    r = run("align", str(EN), str(EN))
    assert r.exit_code == 3 and "both English" in r.output
    r = run("align", str(tmp_path / "nope.zh"), str(EN))
    assert r.exit_code == 3 and "nope.zh: no such file" in r.output
    r = run("align", str(ZH))
    assert r.exit_code == 3 and "not a bilingual page" in r.output
    assert run("align", "--presegmented", str(ZH)).exit_code == 2


# The memory ------------------------------------------------------------------------------

def test_store_is_idempotent_and_searchable(run) -> None:  # type: ignore[no-untyped-def]
    r = run("align", str(ZH), str(EN), "--store", "--format", "beads")
    assert r.exit_code == 0, r.output
    first = int(r.output.split("Translation memory: ")[1].split()[0])
    assert first > 15
    r = run("align", str(ZH), str(EN), "--store", "--format", "beads")
    assert "Translation memory: 0 units added" in r.output
    r = run("tm", "search", "草原", "--format", "json")
    hits = json.loads(r.stdout)
    assert len(hits) >= 3
    assert hits[0]["id"] > hits[-1]["id"]                               # newest first
    assert hits[0]["documents"] == [str(ZH), str(EN)]
    zh = hits[0]["variants"][0]
    assert [zh["text"][s:e] for s, e in zh["matches"]] == ["草原"] * len(zh["matches"])
    r = run("tm", "search", "Water Tower")
    assert r.exit_code == 0
    assert 'Qinghai is the "»Water Tower« of China."' in r.stdout
    assert f"{ZH}:17 ↔ {EN}:22" in r.stdout


def test_lookup_shows_a_percentage(run) -> None:  # type: ignore[no-untyped-def]
    run("align", str(ZH), str(EN), "--store", "-q", "--format", "beads")
    r = run("tm", "lookup", "今年我们完成造林绿化面积200万亩，森林覆盖率达到8.2%。")
    assert r.exit_code == 0, r.output
    first = r.stdout.splitlines()[0]
    assert first.startswith(" 96%  #")       # one character of 27 differs
    assert "This year we completed 1 million mu of afforestation" in r.stdout
    r = run("tm", "lookup", "Let me add one point.", "--format", "json")
    assert json.loads(r.stdout)[0]["score"] == 100
    r = run("tm", "lookup", "An unrelated sentence about the weather.")
    assert r.exit_code == 0 and "No match of 50% or more." in r.output


def test_tm_add_and_export_carry_the_memory(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = sorted(INTEROP.glob("*.tmx"))
    r = run("tm", "add", *map(str, files))
    assert r.exit_code == 0, r.output
    assert all(f"{f}: " in r.output for f in files)
    again = run("tm", "add", *map(str, files))
    assert again.output.count(" 0 units added") == len(files)
    r = run("tm", "search", "the", "-n", "1", "--format", "json")
    assert len(json.loads(r.stdout)) == 1
    run("align", str(ZH), str(EN), "--store", "-q", "--format", "beads")
    out = tmp_path / "memory.tmx"
    r = run("export", "-o", str(out))
    assert r.exit_code == 0, r.output
    assert _pairs(out)["我补充一点。"] == "Let me add one point."


@pytest.mark.skipif(not JAR.exists() or shutil.which("java") is None,
                    reason="OmegaT is not installed (apt-get install omegat)")
def test_omegat_translates_with_our_alignment(aligned: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.txt"
    source.write_text("我补充一点。\n\n青海是“中华水塔”。\n", encoding="utf-8")
    r = subprocess.run(["sh", str(ORACLE / "omegat_tmx_check.sh"), str(aligned), str(source), "zh-CN",
                        "en-US", "Let me add one point."], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr
    assert 'Qinghai is the "Water Tower of China."' in r.stdout


def test_tm_export_writes_the_memory_alone(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run("add", "Water Tower of China", "--zh", "中华水塔")               # a term pair: not in it
    run("align", str(ZH), str(EN), "--store", "-q", "--format", "beads")
    out = tmp_path / "memory.tmx"
    r = run("tm", "export", "-o", str(out))
    assert r.exit_code == 0, r.output
    check = subprocess.run([sys.executable, str(VALIDATE), str(out), "tmx14"], capture_output=True,
                           text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert b'srclang="*all*"' in out.read_bytes()
    pairs = _pairs(out)
    assert "中华水塔" not in pairs and pairs["我补充一点。"] == "Let me add one point."
    assert f"Wrote {len(pairs)} translation units" in r.output
