"""Our own exports imported back into the term base they came from change nothing.

An import compares only what its format carries: an OmegaT glossary has no
review status, a memoQ-style CSV no usage column, and a field a file does not
state must never read as a change (issue 15, item 2).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith import exchange, harvest, ingest, reader, review
from termsmith.formats import csvglossary
from termsmith.model import Concept, Gloss, GlossType, Review, Term
from termsmith.store import TermBase


@pytest.fixture
def decided(tb: TermBase, transcript: Path) -> TermBase:
    """The test transcript harvested, then reviewed the ways translators do."""
    ingest.store(tb, harvest.run(reader.read(transcript)))
    (cid, tid), = tb.find("Water Tower of China")
    review.set_status(tb, tid, Review.APPROVED, "wang")
    review.set_equivalent(tb, cid, "中华水塔", "wang")
    tb.update_concept(cid, "wang", definition="Qinghai's role as the source of great rivers.",
                      note="Use the quotation marks in running text.")
    (cid, tid), = tb.find("SCIO")
    review.set_status(tb, tid, Review.APPROVED, "wang")
    review.set_equivalent(tb, cid, "国新办", "wang")
    (cid, tid), = tb.find("Sanjiangyuan National Park Administration")
    review.set_status(tb, tid, Review.APPROVED, "li")
    review.set_equivalent(tb, cid, "三江源国家公园管理局", "li")
    review.deprecate(tb, tid, "Sanjiangyuan National Park Authority", "li")
    (_, tid), = tb.find("clean energy plus")
    review.set_status(tb, tid, Review.REJECTED, "li")
    return tb


def _snapshot(tb: TermBase) -> list[Concept]:
    return list(tb.concepts(contexts=True))


@pytest.mark.parametrize("fmt", ["tbx", "tbx3", "csv", "tsv"])
def test_reimporting_a_fresh_export_changes_nothing(decided: TermBase, tmp_path: Path,
                                                    fmt: str) -> None:
    f = tmp_path / f"glossary.{'txt' if fmt == 'tsv' else fmt}"
    exchange.export(decided, f, fmt)
    before = _snapshot(decided)
    stats = exchange.import_file(decided, f, fmt="tbx" if fmt == "tbx3" else None)
    assert stats.conflicts == []
    assert (stats.concepts_added, stats.terms_added, stats.terms_updated,
            stats.concepts_updated) == (0, 0, 0, 0)
    assert _snapshot(decided) == before


@pytest.mark.parametrize("dialect", ["memoq", "phrase", "weblate"])
def test_reimporting_other_csv_layouts_changes_nothing(decided: TermBase, tmp_path: Path,
                                                       dialect: str) -> None:
    f = tmp_path / f"{dialect}.csv"
    with f.open("wb") as out:
        csvglossary.write_csv(decided.concepts(), out, dialect=dialect)
    before = _snapshot(decided)
    stats = exchange.import_file(decided, f)
    assert stats.conflicts == [] and stats.terms_updated == 0 and stats.concepts_updated == 0
    assert _snapshot(decided) == before


def test_omegat_glossary_still_carries_a_forbidden_mark(decided: TermBase, tmp_path: Path) -> None:
    f = tmp_path / "glossary.txt"
    exchange.export(decided, f, "tsv")
    (cid, _), = decided.find("SCIO")
    (zh,) = [t for t in decided.get(cid).terms if t.text == "国新办"]
    assert zh.id is not None
    decided.update_term(zh.id, "zhao", usage="deprecated")
    stats = exchange.import_file(decided, f)
    # The file says 国新办 is allowed (no [forbidden] mark): that is a real difference.
    assert len(stats.conflicts) == 1 and "usage deprecated → admitted" in stats.conflicts[0]


def test_omegat_comment_of_a_unit_is_its_factor(tb: TermBase, tmp_path: Path) -> None:
    tb.add_concept(Concept(
        terms=(Term("qing", "en", review=Review.APPROVED), Term("顷", "zh-Hans", review=Review.APPROVED)),
        kind="unit",
        glosses=(Gloss(GlossType.UNIT, "about 2,000 hectares", unit="qing", quantity=300,
                       target_unit="hectares", target_quantity=2000, approximate=True),)))
    f = tmp_path / "units.txt"
    exchange.export(tb, f, "tsv")
    (line,) = [ln for ln in f.read_text(encoding="utf-8").splitlines() if ln.startswith("qing")]
    assert line == "qing\t顷\t1 qing ≈ 6.67 hectares"
