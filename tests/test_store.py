"""The SQLite term base: schema, transactions, concepts, edits and history."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from termsmith.errors import NotFound, StoreError
from termsmith.model import Concept, Context, Gloss, GlossType, Review, Term, TermType, Usage
from termsmith.store import MIGRATIONS, Filter, TermBase


def _concept(text: str = "black soil", zh: str | None = None) -> Concept:
    ctx = Context(sentence=f"We protect {text} here.", source="a.txt", line=3,
                  speaker="Liang", start=11, end=11 + len(text))
    terms = [Term(text=text, contexts=(ctx,))]
    if zh:
        terms.append(Term(text=zh, lang="zh-Hans", review=Review.APPROVED))
    return Concept(terms=tuple(terms), kind="domain", score=0.8)


def test_new_term_base_is_at_latest_schema(tb: TermBase) -> None:
    assert tb.schema_version == len(MIGRATIONS)
    assert tb.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_concept_round_trips_with_terms_contexts_and_glosses(tb: TermBase) -> None:
    cid = tb.add_concept(_concept(zh="黑土"))
    tb.add_gloss(cid, Gloss(GlossType.UNIT, "about 17.2 million hectares", unit="mu",
                            quantity=258e6, target_unit="hectares", target_quantity=17.2e6,
                            approximate=True, source="a.txt", line=3))
    c = tb.get(cid)
    assert [(t.text, t.lang) for t in c.terms] == [("black soil", "en"), ("黑土", "zh-Hans")]
    assert c.terms[0].contexts[0].form == "black soil"
    assert c.terms[0].contexts[0].speaker == "Liang"
    assert c.terms[0].variants == (("black soil", 1),)
    assert c.glosses[0].factor == pytest.approx(1 / 15, rel=1e-3)
    assert c.section("zh")[0].text == "黑土"


def test_failed_transaction_changes_nothing(tb: TermBase) -> None:
    tb.add_concept(_concept())
    with pytest.raises(RuntimeError):
        with tb.transaction():
            tb.add_concept(_concept("conservation tillage"))
            raise RuntimeError("interrupted")
    assert [r.term for r in tb.rows()] == ["black soil"]


def test_duplicate_term_in_concept_is_a_store_error(tb: TermBase) -> None:
    cid = tb.add_concept(_concept())
    with pytest.raises(StoreError, match="already has the en term"):
        tb.add_term(cid, Term(text="black soil"), key="blacksoil")


def test_edit_is_recorded_in_history_with_who(tb: TermBase) -> None:
    cid = tb.add_concept(_concept())
    tid = tb.get(cid).terms[0].id
    assert tid is not None
    assert tb.update_term(tid, "wang", review="approved", usage="preferred") == 2
    assert tb.update_concept(cid, "li", definition="fertile dark soil") == 1
    assert tb.update_concept(cid, "li", definition="fertile dark soil") == 0   # no-op
    changes = tb.history(cid)
    assert [(c.field, c.old, c.new, c.who) for c in changes] == [
        ("review", "candidate", "approved", "wang"),
        ("usage", "admitted", "preferred", "wang"),
        ("definition", None, "fertile dark soil", "li"),
    ]
    t = tb.get(cid).terms[0]
    assert (t.review, t.usage) == (Review.APPROVED, Usage.PREFERRED)
    assert tb.term_is_reviewed(tid)


def test_find_by_text_variant_and_id(tb: TermBase) -> None:
    cid = tb.add_concept(_concept("time-honored brand"))
    assert tb.find("Time-Honored Brands") == tb.find("time-honored brand") != []
    assert tb.find(f"#{cid}")[0][0] == cid
    with pytest.raises(NotFound):
        tb.find("#999")
    assert tb.find("nothing like it") == []


def test_rows_filter_and_order(tb: TermBase) -> None:
    tb.add_concept(_concept("black soil", zh="黑土"))
    low = Concept(terms=(Term(text="good use"),), kind="domain", score=0.2)
    tb.add_concept(low)
    acro = Concept(terms=(Term(text="Belt and Road Initiative"),
                          Term(text="BRI", type=TermType.ACRONYM)), kind="expansion", score=0.95)
    tb.add_concept(acro)
    rows = tb.rows()
    assert [r.term for r in rows][:2] == ["Belt and Road Initiative", "BRI"]
    assert rows[1].kind == "acronym"
    assert [r.term for r in tb.rows(Filter(min_score=0.5, lang="en"))] == [
        "Belt and Road Initiative", "BRI", "black soil"]
    assert [r.term for r in tb.rows(Filter(lang="zh"))] == ["黑土"]
    assert tb.rows(Filter(text="soil"))[0].equivalents == ("黑土",)
    assert [r.term for r in tb.rows(Filter(text="%"))] == []      # LIKE wildcards escaped
    assert [r.term for r in tb.rows(Filter(kinds=("expansion",), limit=1))] == [
        "Belt and Road Initiative"]


def test_file_term_base_persists(tmp_path: Path) -> None:
    path = tmp_path / "terms.db"
    with TermBase(path) as tb:
        tb.add_concept(_concept())
    with TermBase(path) as tb:
        assert [r.term for r in tb.rows()] == ["black soil"]


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        TermBase(bad)


def test_directory_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        TermBase(tmp_path)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    TermBase(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer than this termsmith"):
        TermBase(path)


def test_invalid_objects_cannot_be_built() -> None:
    with pytest.raises(ValueError):
        Term(text="   ")
    with pytest.raises(ValueError):
        Term(text="x", lang="not a tag")
    with pytest.raises(ValueError, match="control character"):
        Term(text="black\x08soil")        # XML cannot hold it: no export could write it
    with pytest.raises(ValueError):
        Concept(terms=())
    with pytest.raises(ValueError):
        Concept(terms=(Term(text="x"),), score=1.5)
