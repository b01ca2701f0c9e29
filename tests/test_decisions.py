"""The decisions file: every human decision written, replayed on a fresh harvest by the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from termsmith import decisions, exchange, harvest, ingest, reader, review
from termsmith.errors import FormatError, ReviewError
from termsmith.formats import tbx
from termsmith.model import Review, TermType, Usage
from termsmith.store import TermBase

ROOT = Path(__file__).resolve().parents[1]


def _harvest(tb: TermBase, path: Path) -> TermBase:
    ingest.store(tb, harvest.run(reader.read(path)))
    return tb


def _id(tb: TermBase, text: str) -> tuple[int, int]:
    (hit,) = [h for h in tb.find(text, lang="en")
              if any(t.id == h[1] and t.text == text for t in tb.get(h[0]).terms)]
    return hit


def test_the_shipped_file_writes_itself_again(seed: Path, tmp_path: Path) -> None:
    shipped = ROOT / "glossary" / "decisions.csv"
    with TermBase() as tb:
        _harvest(tb, seed)
        done = decisions.apply(tb, shipped)
        out = tmp_path / "decisions.csv"
        assert decisions.write(tb, out) == done.rows
        # The merge the file asks for is made: one concept holds both renderings of the brand.
        cid, _ = _id(tb, "Black Soil Premium Products")
        assert {(t.text, t.usage) for t in tb.get(cid).section("en")} >= {
            ("Black Soil Premium Products", Usage.PREFERRED),
            ("black soil superior products", Usage.DEPRECATED)}
    assert out.read_bytes() == shipped.read_bytes()


@pytest.fixture
def decided(tb: TermBase, transcript: Path) -> TermBase:
    """The test transcript's harvest with one decision of every kind, by two reviewers."""
    _harvest(tb, transcript)
    water, w_tid = _id(tb, "Water Tower of China")
    review.set_status(tb, w_tid, Review.APPROVED, "wang")
    review.set_equivalent(tb, water, "中华水塔", "wang")
    review.set_equivalent(tb, water, "中国水塔", "li", old=review.Replaced.FORBIDDEN)
    review.relate(tb, water, "水塔", review.Replaced.SHORT_FORM, "li")
    review.deprecate(tb, w_tid, "China's Water Tower", "li")
    scio, s_tid = _id(tb, "State Council Information Office")
    review.set_status(tb, s_tid, Review.APPROVED, "wang")
    review.set_equivalent(tb, scio, "国务院新闻办公室", "wang")
    review.relate(tb, scio, "国新办", review.Replaced.SHORT_FORM, "wang")
    review.accept_variant(tb, scio, "State Council Info Office", "wang")
    park, p_tid = _id(tb, "Sanjiangyuan National Park")
    admin, _ = _id(tb, "Sanjiangyuan National Park Administration")
    review.set_status(tb, p_tid, Review.APPROVED, "li")
    review.merge(tb, park, admin, "li")
    tb.update_concept(park, "li", note="Park and its administration, one entry")
    _, clean = _id(tb, "clean energy plus")
    review.set_status(tb, clean, Review.REJECTED, "wang")
    return tb


def _state(tb: TermBase) -> set[tuple[str, ...]]:
    """What a reader of the exports sees: every decided term with its concept's head."""
    return {(c.head.text, t.lang, t.text, t.type.value, t.usage.value, t.review.value,
             c.note or "", t.modified_by or "")
            for c in tb.concepts() for t in c.terms
            if t.review is not Review.CANDIDATE or t.lang != "en"}


def test_relations_merges_and_reviewers_survive_a_rebuild(decided: TermBase, transcript: Path,
                                                          tmp_path: Path) -> None:
    first = tmp_path / "d1.csv"
    decisions.write(decided, first)
    lines = first.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "en,zh-Hans,kind,status,note,concept,relation,reviewer,date"
    text = "\n".join(lines)
    assert ",中华水塔,quoted,deprecated,,Water Tower of China,forbidden,li," in text
    assert ",水塔,quoted,deprecated,,Water Tower of China,shortForm,li," in text
    assert "State Council Info Office,国务院新闻办公室,organisation,approved,,State Council" \
           " Information Office,variant,wang," in text
    with TermBase() as fresh:
        _harvest(fresh, transcript)
        done = decisions.apply(fresh, first)
        assert done.merged == 1
        assert _state(fresh) == _state(decided)
        second = tmp_path / "d2.csv"
        decisions.write(fresh, second)
    assert second.read_bytes() == first.read_bytes()


def test_reviewer_and_date_become_the_exports_provenance(tb: TermBase, transcript: Path,
                                                         tmp_path: Path) -> None:
    _harvest(tb, transcript)
    f = tmp_path / "d.csv"
    f.write_text("en,zh-Hans,kind,status,note,reviewer,date\n"
                 "Water Tower of China,中华水塔,epithet,approved,,zhao.min,2025-06-12T08:30:00Z\n",
                 encoding="utf-8")
    decisions.apply(tb, f)
    out = tmp_path / "out.tbx"
    exchange.export(tb, out, "tbx3")
    (c,) = [c for c in tbx.read(out) if c.head.text == "Water Tower of China"]
    assert {(t.text, t.modified_by, t.modified) for t in c.terms} == {
        ("Water Tower of China", "zhao.min", "2025-06-12T08:30:00Z"),
        ("中华水塔", "zhao.min", "2025-06-12T08:30:00Z")}
    assert (c.modified_by, c.category) == ("zhao.min", "epithet")


@pytest.mark.parametrize(("row", "message"), [
    ("Water Tower of China,,x,maybe,,", "line 2: status 'maybe' is not one of"),
    (",中华水塔,x,approved,,", "line 2: no English term"),
    ("Water Tower of China,,x,approved,,sibling", "line 2: relation 'sibling' is not one of"),
    ("Water Tower of China,,x,approved,,forbidden", "line 2: relation forbidden needs a zh-Hans"),
    ("Water Tower of China,,x,approved,,,", "line 2: 7 cells, header has 6"),
])
def test_a_bad_row_is_named_and_nothing_is_applied(tb: TermBase, transcript: Path, tmp_path: Path,
                                                   row: str, message: str) -> None:
    _harvest(tb, transcript)
    f = tmp_path / "d.csv"
    f.write_text(f"en,zh-Hans,kind,status,note,relation\n{row}\nSCIO,国新办,acronym,approved,,\n",
                 encoding="utf-8")
    before = tb.stats()
    with pytest.raises(FormatError, match=message):
        decisions.apply(tb, f)
    assert tb.stats() == before


def test_a_row_that_cannot_apply_changes_nothing(tb: TermBase, transcript: Path,
                                                 tmp_path: Path) -> None:
    _harvest(tb, transcript)
    f = tmp_path / "d.csv"
    f.write_text("en,zh-Hans,kind,status,note\nSCIO,国新办,acronym,approved,\n"
                 "Water Tower of China,中华\x07水塔,quoted,approved,\n", encoding="utf-8")
    before = tb.stats()
    with pytest.raises(ReviewError, match="d.csv: line 3: .*control character"):
        decisions.apply(tb, f)
    assert tb.stats() == before
    _, tid = _id(tb, "SCIO")
    assert next(t for t in tb.get(_id(tb, "SCIO")[0]).terms if t.id == tid).type is TermType.ACRONYM
