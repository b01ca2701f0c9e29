"""Bitexts: sides read from documents, units from beads, and the writers (golden files).

The writers are tested on a bitext whose beads are given by hand, so their
output does not move when the aligner improves; test_cli_align.py runs the
real aligner.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import VALIDATE
from lxml import html

from termsmith import bitext
from termsmith.bitext import Bitext, Sentence, Side
from termsmith.bitext.writers import WRITERS, format_for, write_html, write_tmx
from termsmith.errors import SourceError
from termsmith.formats import tmx
from termsmith.model import Bead

DATA = Path(__file__).parent / "data" / "reader" / "zh"
GOLDEN = Path(__file__).parent / "golden"

ZH = Side("talk.zh.txt", "zh-Hans", (
    Sentence("青海是“中华水塔”。", 5, 0, "吴晓梅"),
    Sentence("我们恢复退化草原3000亩，保护了珍稀动物。", 5, 0, "吴晓梅"),
    Sentence("=草原修复取得了哪些成效？", 8, 1, "记者"),
    Sentence("谢谢。", 8, 1, "记者"),
    Sentence("这句没有译出。", 10, 2, "吴晓梅"),
))
EN = Side("talk.en.txt", "en", (
    Sentence('Qinghai is the "Water Tower of China."', 6, 0, "Wu Xiaomei"),
    Sentence("We have restored 3,000 mu of grassland.", 6, 0, "Wu Xiaomei"),
    Sentence("We have protected rare animals.", 7, 0, "Wu Xiaomei"),
    Sentence("What has restoration achieved? Thank you.", 9, 1, "Reporter"),
    Sentence("An added sentence <b>& more</b>.", 11, 2, "Wu Xiaomei"),
))
BEADS = (Bead((0,), (0,), 0.97), Bead((1,), (1, 2), 0.81), Bead((2, 3), (3,), 0.44),
         Bead((4,), (), 0.2), Bead((), (4,), 0.2))
BT = Bitext(ZH, EN, BEADS)


def test_pairs_join_sentences_by_language_and_keep_lines() -> None:
    pairs = list(BT.pairs())
    assert pairs[1].source == "我们恢复退化草原3000亩，保护了珍稀动物。"
    assert pairs[1].target == "We have restored 3,000 mu of grassland. We have protected rare animals."
    assert (pairs[1].source_lines, pairs[1].target_lines) == ((5,), (6, 7))
    assert pairs[2].source == "=草原修复取得了哪些成效？谢谢。"        # Chinese: no space between
    assert [p.weak for p in pairs] == [False, False, True, True, True]


def test_units_one_per_bead_with_both_sides() -> None:
    units = list(BT.units())
    assert len(units) == 3                          # the 1-0 and 0-1 beads are no units
    u = units[1]
    assert [v.lang for v in u.variants] == ["zh-Hans", "en"]
    assert dict(u.props) == {"x-score": "0.810", "x-bead": "[1]:[1,2]"}
    assert dict(u.variants[1].props) == {"x-document": "talk.en.txt", "x-line": "6,7"}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_writers_match_golden_files(fmt: str, update_golden: bool) -> None:
    buf = io.BytesIO()
    n = WRITERS[fmt].write(BT, buf)
    assert n == (3 if fmt == "tmx" else 5)
    golden = GOLDEN / f"bitext.{fmt}"
    if update_golden:
        golden.write_bytes(buf.getvalue())
    assert buf.getvalue() == golden.read_bytes()


def test_beads_lines() -> None:
    buf = io.BytesIO()
    WRITERS["beads"].write(BT, buf)
    assert buf.getvalue().decode().splitlines() == ["[0]:[0]", "[1]:[1,2]", "[2,3]:[3]", "[4]:[]", "[]:[4]"]


def test_tsv_cells_never_run_as_formulas() -> None:
    buf = io.BytesIO()
    WRITERS["tsv"].write(BT, buf)
    rows = [line.split("\t") for line in buf.getvalue().decode().splitlines()]
    assert rows[0] == ["bead", "score", "source_lang", "source_lines", "source", "target_lang",
                       "target_lines", "target"]
    assert rows[3][4] == "'=草原修复取得了哪些成效？谢谢。"


def test_tmx_is_valid_and_reads_back(tmp_path: Path) -> None:
    f = tmp_path / "bt.tmx"
    with open(f, "wb") as out:
        write_tmx(BT, out)
    r = subprocess.run([sys.executable, str(VALIDATE), str(f), "tmx14"], capture_output=True, text=True,
                       check=False)
    assert r.returncode == 0, r.stdout + r.stderr
    assert b'srclang="zh-CN"' in f.read_bytes()
    units = list(tmx.read(f))
    assert [u.text("zh") for u in units] == [p.source for p in BT.pairs() if p.bead.src and p.bead.tgt]
    assert dict(units[0].variants[0].props) == {"x-document": "talk.zh.txt", "x-line": "5"}


def test_tmx_english_source_and_traditional_chinese(tmp_path: Path) -> None:
    hant = Side("t.zh.txt", "zh-Hant", (Sentence("青海是「中華水塔」。", 1, 0),))
    en = Side("t.en.txt", "en", (Sentence('Qinghai is the "Water Tower of China."', 1, 0),))
    buf = io.BytesIO()
    write_tmx(Bitext(en, hant, (Bead((0,), (0,), 0.9),)), buf)
    out = buf.getvalue()
    assert b'srclang="en"' in out and b'xml:lang="zh-TW"' in out
    assert out.index(b'xml:lang="en"') < out.index(b'xml:lang="zh-TW"')   # the source comes first


def test_html_view_is_accessible_and_self_contained() -> None:
    buf = io.BytesIO()
    write_html(BT, buf)
    page = html.fromstring(buf.getvalue())
    assert page.get("lang") == "en"
    assert page.find(".//main") is not None and page.find(".//table/caption") is not None
    assert all(th.get("scope") in ("col", "row") for th in page.iter("th"))
    # Every text cell says its language; weak beads are said in words and listed as links.
    assert [td.get("lang") for td in page.xpath("//tr[@id='b1']/td[@lang]")] == ["zh-Hans", "en"]
    assert page.xpath("//tr[@id='b3']//strong/text()") == ["check"]
    assert page.xpath("//tr[@id='b1']//strong") == []
    assert page.xpath("//nav//a/@href") == ["#b3", "#b4", "#b5"]
    assert page.xpath("//tr[@id='b4']/td[@class='empty']/text()") == ["(no counterpart)"]
    # Text is escaped by lxml, and nothing is loaded from elsewhere.
    assert "An added sentence <b>& more</b>." in page.text_content()
    assert not page.xpath("//script | //link | //img | //iframe | //*[@src]")
    assert all(h.startswith("#") for h in page.xpath("//a/@href"))


def test_format_from_extension() -> None:
    assert [format_for(n) for n in ("a.tmx", "b.ALIGN", "c.tsv", "d.html", "e.txt")] == \
        ["tmx", "beads", "tsv", "html", None]


# Sides from documents -----------------------------------------------------------------

def test_side_of_a_chinese_transcript_blocks_are_turns() -> None:
    side = bitext.read_side(DATA / "qinghai.zh.txt")
    assert side.lang == "zh-Hans"
    texts = [s.text for s in side.sentences]
    assert texts[0].startswith("国务院新闻办公室举行")            # the title is translated too
    assert "青海是“中华水塔”。" in texts and "谢谢。" in texts
    assert not any(t.startswith(("责任编辑", "发布人", "/6", "_ueditor")) for t in texts)
    wu = [s for s in side.sentences if s.text == "青海是“中华水塔”。"][0]
    assert (wu.line, wu.speaker) == (17, "吴晓梅")
    # Two paragraphs of one turn are one block; a new speaker opens the next.
    same_turn = [s.block for s in side.sentences if s.speaker == "吴晓梅" and s.line in (17, 19)]
    assert len(set(same_turn)) == 1
    speakers = side.block_speakers()
    assert speakers[:2] == [None, None] and speakers[2:5] == ["寿小丽", "吴晓梅", "中央广播电视总台央视记者"]
    assert len(side.blocks()) == len(speakers)


def test_presegmented_side_keeps_lines_as_sentences(tmp_path: Path) -> None:
    f = tmp_path / "p.zh"
    f.write_bytes("第一句。第二句还在这一行。\n\n第三句。\n".encode("gb18030"))
    side = bitext.read_side(f, presegmented=True)
    assert side.lang == "zh-Hans"
    assert [(s.text, s.line) for s in side.sentences] == [("第一句。第二句还在这一行。", 1), ("第三句。", 3)]
    assert side.document is None


def test_both_sides_in_one_language_is_an_error() -> None:
    with pytest.raises(SourceError, match="both English"):
        bitext.align(EN, EN)
