"""Import and export through the term base: round trips, idempotence, conflicts, atomicity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from termsmith import exchange, harvest, ingest, reader
from termsmith.errors import FormatError
from termsmith.model import Concept, Review, Term, TermType, Usage
from termsmith.store import TermBase

Fresh = Callable[[], TermBase]      # opens a fresh term base of the store under test


@pytest.fixture
def filled(tb: TermBase, transcript: Path) -> TermBase:
    """A term base holding the test transcript's harvest and two decisions."""
    ingest.store(tb, harvest.run(reader.read(transcript)))
    (cid, tid), = tb.find("Water Tower of China")
    tb.update_term(tid, "wang", review="approved", usage="preferred")
    tb.add_term(cid, Term(text="中华水塔", lang="zh-Hans", review=Review.APPROVED,
                          usage=Usage.PREFERRED), key="中华水塔", who="wang")
    (cid2, _), = tb.find("SCIO")
    tb.add_term(cid2, Term(text="国新办", lang="zh-Hans", review=Review.APPROVED), key="国新办",
                who="wang")
    return tb


@pytest.mark.parametrize("fmt", ["tbx", "tbx3", "tmx", "csv"])
def test_export_import_export_gives_the_same_file(filled: TermBase, tmp_path: Path,
                                                  fmt: str, new_tb: Fresh) -> None:
    first = tmp_path / f"first.{fmt}"
    exchange.export(filled, first, fmt)
    fresh = new_tb()
    stats = exchange.import_file(fresh, first, fmt="tbx" if fmt == "tbx3" else fmt)
    assert stats.conflicts == []
    second = tmp_path / f"second.{fmt}"
    exchange.export(fresh, second, fmt)
    assert second.read_bytes() == first.read_bytes()


@pytest.mark.parametrize("fmt", ["tbx", "tbx3", "tmx", "csv", "tsv"])
def test_importing_twice_adds_nothing(filled: TermBase, tmp_path: Path, fmt: str, new_tb: Fresh) -> None:
    f = tmp_path / f"out.{fmt}"
    exchange.export(filled, f, fmt)
    fresh = new_tb()
    exchange.import_file(fresh, f, fmt="tbx" if fmt == "tbx3" else fmt)
    before = fresh.stats()
    again = exchange.import_file(fresh, f, fmt="tbx" if fmt == "tbx3" else fmt)
    assert (again.concepts_added, again.terms_added, again.terms_updated) == (0, 0, 0)
    assert fresh.stats() == before


def test_conflict_with_reviewed_term_is_reported_not_applied(filled: TermBase,
                                                              tmp_path: Path) -> None:
    f = tmp_path / "out.tbx"
    exchange.export(filled, f, "tbx")
    (cid, tid), = filled.find("Water Tower of China")
    filled.update_term(tid, "li", review="rejected")
    stats = exchange.import_file(filled, f)
    assert len(stats.conflicts) == 1
    assert "was reviewed" in stats.conflicts[0] and "review rejected → approved" in stats.conflicts[0]
    assert filled.get(cid).terms[0].review is Review.REJECTED
    forced = exchange.import_file(filled, f, force=True)
    assert forced.terms_updated == 1 and forced.conflicts == []
    assert filled.get(cid).terms[0].review is Review.APPROVED


def test_conflict_names_who_changed_it_and_when(filled: TermBase, tmp_path: Path) -> None:
    """A colleague's file differing from what a reviewer decided: the conflict says whose
    decision it would overwrite, and when it was made (for a term and a concept field)."""
    f = tmp_path / "colleague.csv"
    f.write_text("en,zh-Hans,status,note\nWater Tower of China,中华水塔,rejected,a nickname\n",
                 encoding="utf-8")
    (cid, tid), = filled.find("Water Tower of China")
    filled.update_concept(cid, "zhou", note="Qinghai's epithet")
    review_at = next(h.at for h in filled.history(cid) if h.term_id == tid and h.field == "review")
    note_at = filled.history(cid)[-1].at
    zh_at = next(h.at for h in filled.history(cid) if h.field == "term[zh-Hans]")
    stats = exchange.import_file(filled, f)
    assert sorted(stats.conflicts) == [
        f"#{cid} Water Tower of China: [en] 'Water Tower of China' was reviewed by wang at "
        f"{review_at}; file has review approved → rejected (kept the term base's; --force to "
        "take the file's)",
        f"#{cid} Water Tower of China: [zh-Hans] '中华水塔' was reviewed by wang at {zh_at}; "
        "file has review approved → rejected (kept the term base's; --force to take the file's)",
        f"#{cid} Water Tower of China: note differs: term base \"Qinghai's epithet\" set by zhou "
        f"at {note_at}, file 'a nickname'"]
    assert filled.get(cid).note == "Qinghai's epithet"


def test_import_adds_chinese_equivalent_to_known_concept(tb: TermBase, tmp_path: Path) -> None:
    tb.add_concept(Concept(terms=(Term(text="black soil"),), kind="domain", score=0.8))
    f = tmp_path / "in.csv"
    exchange.export(_base_with(Concept(terms=(Term(text="Black soil"),
                                              Term(text="黑土", lang="zh-Hans")))), f, "csv")
    stats = exchange.import_file(tb, f)
    assert (stats.concepts_added, stats.terms_added) == (0, 1)
    (cid, _), = tb.find("black soil")
    assert [t.text for t in tb.get(cid).section("zh")] == ["黑土"]


def _base_with(*concepts: Concept) -> TermBase:
    tb = TermBase(":memory:")
    for c in concepts:
        tb.add_concept(c)
    return tb


def test_failed_import_changes_nothing(filled: TermBase, tmp_path: Path) -> None:
    good = tmp_path / "good.tbx"
    exchange.export(_base_with(Concept(terms=(Term(text="new thing"),
                                              Term(text="新事物", lang="zh-Hans")))), good, "tbx")
    text = good.read_text(encoding="utf-8")
    broken = tmp_path / "broken.tbx"
    broken.write_text(text.replace("</martif>", "</martif"), encoding="utf-8")
    before = filled.stats()
    with pytest.raises(FormatError, match=r"broken\.tbx: line \d+, column \d+"):
        exchange.import_file(filled, broken)
    assert filled.stats() == before
    assert filled.find("new thing") == []


def test_interrupted_export_leaves_the_old_file(filled: TermBase, tmp_path: Path) -> None:
    target = tmp_path / "glossary.tbx"
    target.write_bytes(b"old contents")
    before = sorted(tmp_path.iterdir())

    def boom(f):  # type: ignore[no-untyped-def]
        f.write(b"<martif half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        exchange.write_atomic(target, boom)
    assert target.read_bytes() == b"old contents"
    assert sorted(tmp_path.iterdir()) == before          # no temporary file left behind


def test_status_filter_and_zh_tag(filled: TermBase, tmp_path: Path) -> None:
    f = tmp_path / "approved.tbx"
    n = exchange.export(filled, f, "tbx", statuses=[Review.APPROVED], zh_tag="zh-TW")
    text = f.read_text(encoding="utf-8")
    assert n == 1
    assert "Water Tower of China" in text and "中华水塔" in text and 'xml:lang="zh-TW"' in text
    assert "SCIO" not in text                           # its English terms are candidates


def test_tmx_export_has_one_unit_per_pair_and_keeps_stored_units(filled: TermBase,
                                                                 tmp_path: Path) -> None:
    from termsmith.formats import tmx
    from termsmith.model import TranslationUnit, Tuv

    filled.add_unit(TranslationUnit(variants=(Tuv("en", "Good morning."), Tuv("zh-Hans", "早上好。"))))
    f = tmp_path / "out.tmx"
    exchange.export(filled, f, "tmx")
    units = list(tmx.read(f))
    pairs = {(u.text("en"), u.text("zh")) for u in units}
    assert ("Water Tower of China", "中华水塔") in pairs
    assert ("State Council Information Office", "国新办") in pairs and ("SCIO", "国新办") in pairs
    assert ("Good morning.", "早上好。") in pairs


def test_unknown_format_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "notes.docx"
    f.write_bytes(b"PK\x03\x04 not a glossary")
    with pytest.raises(FormatError, match="notes.docx: this is a ZIP archive .*review import"):
        exchange.detect_format(f)
    g = tmp_path / "notes.rtf"
    g.write_bytes(b"{\\rtf1 not a glossary}")
    with pytest.raises(FormatError, match="cannot tell the format"):
        exchange.detect_format(g)


def test_acronym_type_survives_round_trip(filled: TermBase, tmp_path: Path, new_tb: Fresh) -> None:
    f = tmp_path / "out.tbx"
    exchange.export(filled, f, "tbx")
    fresh = new_tb()
    exchange.import_file(fresh, f)
    (cid, _), = fresh.find("SCIO")
    assert [(t.text, t.type) for t in fresh.get(cid).section("en")] == [
        ("State Council Information Office", TermType.FULL_FORM), ("SCIO", TermType.ACRONYM)]


def test_csv_import_keeps_term_types_it_does_not_carry(tb: TermBase, transcript: Path,
                                                        tmp_path: Path) -> None:
    ingest.store(tb, harvest.run(reader.read(transcript)))
    filled = tb
    sheet = tmp_path / "decisions.csv"
    sheet.write_text("en,zh-Hans,status\nSCIO,国新办,approved\n"
                     "State Council Information Office,国务院新闻办公室,approved\n",
                     encoding="utf-8")
    exchange.import_file(filled, sheet, force=True)
    (cid, _), = filled.find("SCIO")
    terms = {t.text: t for t in filled.get(cid).terms}
    assert terms["SCIO"].type is TermType.ACRONYM          # not reset to the CSV's default
    assert terms["SCIO"].review is Review.APPROVED
    # The Chinese equivalent of an acronym alone is a short form, not a second full form.
    assert terms["国新办"].type is TermType.SHORT_FORM
    assert terms["国务院新闻办公室"].type is TermType.FULL_FORM


@pytest.mark.parametrize(("fmt", "kind"), [("tbx", "tbx2-basic"), ("tbx3", "tbx3-basic"),
                                           ("tmx", "tmx14")])
def test_exports_say_who_decided_and_when_and_stay_valid(filled: TermBase, tmp_path: Path,
                                                         fmt: str, kind: str) -> None:
    import subprocess
    import sys

    from conftest import VALIDATE
    from lxml import etree

    out = tmp_path / f"out.{fmt}"
    exchange.export(filled, out, fmt)
    root = etree.parse(str(out)).getroot()
    (cid, tid), = filled.find("Water Tower of China")
    t = next(x for x in filled.get(cid).terms if x.id == tid)
    if fmt == "tmx":
        tuv = root.find(".//tuv[seg='Water Tower of China']")
        assert (tuv.get("changeid"), tuv.get("changedate")) == (
            "wang", t.modified.replace("-", "").replace(":", "") if t.modified else None)
        assert root.find(".//tu/tuv[seg='中华水塔']/..").get("creationid") == "wang"
    else:
        ns = {"t": "urn:iso:std:iso:30042:ed-2"} if fmt == "tbx3" else {}
        p = "t:" if ns else ""
        tig = root.find(f".//{p}{'termSec' if ns else 'tig'}[@id='t{tid}']", ns)
        grp = tig.find(f"{p}transacGrp", ns)
        assert grp.findtext(f"{p}transac", namespaces=ns) == "modification"
        assert grp.find(f"{p}transacNote", ns).get("type") == "responsibility"
        assert grp.findtext(f"{p}transacNote", namespaces=ns) == "wang"
        assert grp.findtext(f"{p}date", namespaces=ns) == (t.modified if fmt == "tbx3"
                                                           else (t.modified or "")[:10])
        # A harvested term nobody touched carries no transacGrp (no person is responsible).
        (scio, stid), = filled.find("SCIO")
        other = root.find(f".//{p}{'termSec' if ns else 'tig'}[@id='t{stid}']", ns)
        assert other.find(f"{p}transacGrp", ns) is None
    r = subprocess.run([sys.executable, str(VALIDATE), str(out), kind], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
