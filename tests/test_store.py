"""The term base on either store: schema, transactions, concepts, edits and history."""

from __future__ import annotations

import pytest

from termsmith.errors import NotFound, StoreError
from termsmith.model import Concept, Context, Gloss, GlossType, Review, Term, TermType, Usage
from termsmith.store import Filter, TermBase
from termsmith.store.sqlite import MIGRATIONS


def _concept(text: str = "black soil", zh: str | None = None) -> Concept:
    ctx = Context(sentence=f"We protect {text} here.", source="a.txt", line=3,
                  speaker="Liang", start=11, end=11 + len(text))
    terms = [Term(text=text, contexts=(ctx,))]
    if zh:
        terms.append(Term(text=zh, lang="zh-Hans", review=Review.APPROVED))
    return Concept(terms=tuple(terms), kind="domain", score=0.8)


def test_new_term_base_is_at_latest_schema(tb: TermBase) -> None:
    from termsmith.store import postgres, sqlite

    assert len(sqlite.MIGRATIONS) == len(postgres.MIGRATIONS)      # one numbering for both
    assert tb.schema_version == len(sqlite.MIGRATIONS)


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


def test_term_base_persists(db: str) -> None:
    with TermBase(db) as tb:
        tb.add_concept(_concept())
    with TermBase(db) as tb:
        assert [r.term for r in tb.rows()] == ["black soil"]


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


def _queue_base(tb: TermBase) -> dict[str, int]:
    """Twelve English terms with tied, missing and distinct scores; term ids by text."""
    import random

    specs = [("Straße Network", "name", 0.9), ("black soil", "domain", 0.5), ("good use", "domain", 0.5),
             ("hand-made", None, None), ("Ürümqi Fair", "name", 0.5), ("thin soil", "domain", 0.2),
             ("zero waste", "quoted", 0.9), ("soil health", "domain", 0.5), ("red soil", "domain", 0.0),
             ("green soil", "domain", 0.5)]
    random.Random(7).shuffle(specs)                  # ids do not follow the sort order
    for text, kind, score in specs:
        terms = [Term(text=text)]
        if text == "zero waste":
            terms += [Term(text="ZW", type=TermType.ACRONYM), Term(text="零废弃", lang="zh-Hans")]
        if text == "black soil":
            terms.append(Term(text="black earth", lang="en-GB"))
        tb.add_concept(Concept(terms=tuple(terms), kind=kind, score=score))
    return {r.term: r.term_id for r in tb.rows()}


def test_review_page_orders_by_score_then_id_and_filters_in_sql(tb: TermBase) -> None:
    ids = _queue_base(tb)
    rows = tb.rows(Filter(lang="en"))
    expected = [r.term_id for r in sorted(rows, key=lambda r: (-(r.score if r.score is not None else 1),
                                                               r.term_id))]
    page, more = tb.review_page(limit=100)
    assert [r.term_id for r in page] == expected and not more
    assert "零废弃" not in {r.term for r in page} and "black earth" in {r.term for r in page}
    assert page[0].term == "hand-made" and page[0].score is None       # no score counts as 1
    assert next(r for r in page if r.term == "zero waste").equivalents == ("零废弃",)
    assert next(r for r in page if r.term == "black soil").occurrences == 0
    # Kinds as the page shows them: an acronym is "acronym", no kind is "manual".
    kinds = {k: [r.term for r in tb.review_page(kinds=[k])[0]] for k in ("acronym", "manual", "quoted")}
    assert kinds == {"acronym": ["ZW"], "manual": ["hand-made"], "quoted": ["zero waste"]}
    # Text: case-folded like Python, wildcards literal.
    assert [r.term for r in tb.review_page(text="STRASSE")[0]] == ["Straße Network"]
    assert [r.term for r in tb.review_page(text="ürümqi")[0]] == ["Ürümqi Fair"]
    assert tb.review_page(text="%")[0] == [] and tb.review_page(text="_")[0] == []
    soil = tb.review_page(kinds=["domain"], text="soil")[0]
    tied = sorted(ids[t] for t in ("black soil", "soil health", "green soil"))
    assert [r.term_id for r in soil] == [*tied, ids["thin soil"], ids["red soil"]]
    tb.update_term(ids["soil health"], "wang", review=Review.APPROVED.value)
    assert [r.term for r in tb.review_page(statuses=[Review.APPROVED])[0]] == ["soil health"]
    assert tb.review_page(limit=0) == ([], True)


def test_review_page_cursor_continues_while_statuses_change(tb: TermBase) -> None:
    _queue_base(tb)
    everything = [r.term_id for r in tb.review_page(statuses=[Review.CANDIDATE])[0]]
    seen: list[int] = []
    after: tuple[float, int] | None = None
    while True:
        page, more = tb.review_page(statuses=[Review.CANDIDATE], after=after, limit=3)
        seen += [r.term_id for r in page]
        for r in page:            # decided at once: no longer candidates
            tb.update_term(r.term_id, "wang", review=Review.REJECTED.value)
        if not more:
            break
        last = page[-1]
        after = (1.0 if last.score is None else last.score, last.term_id)
    assert seen == everything and len(seen) == 12
    assert tb.review_page(statuses=[Review.CANDIDATE])[0] == []


def test_review_counts(tb: TermBase) -> None:
    ids = _queue_base(tb)
    assert tb.review_counts() == {"reviewed": 0, "total": 12, "all_reviewed": 0, "all_total": 12,
                                  "matching": 12}
    tb.update_term(ids["black soil"], "wang", review=Review.APPROVED.value)
    tb.update_term(ids["thin soil"], "wang", review=Review.REJECTED.value)
    tb.update_term(ids["zero waste"], "wang", review=Review.APPROVED.value)
    assert tb.review_counts(kinds=["domain"], text="SOIL", statuses=[Review.CANDIDATE]) == {
        "reviewed": 2, "total": 5, "all_reviewed": 3, "all_total": 12, "matching": 3}
    assert tb.review_counts(statuses=[Review.APPROVED, Review.REJECTED])["matching"] == 3
    assert tb.review_counts(lang="zh")["all_total"] == 1


def _counted(tb: TermBase) -> tuple[dict[str, int], dict[str, int]]:
    """Progress and kinds counted from the terms themselves (what the tally must agree with)."""
    rows = tb.q("SELECT lang, qkind, review FROM term")
    en = [(k, r) for lg, k, r in rows if lg == "en" or lg.startswith("en-")]
    kinds: dict[str, int] = {}
    for k, _ in en:
        kinds[k] = kinds.get(k, 0) + 1
    in_scope = [r for k, r in en if k == "domain"]
    progress = {"all_total": len(en), "all_reviewed": sum(r != "candidate" for _, r in en),
                "total": len(in_scope), "reviewed": sum(r != "candidate" for r in in_scope),
                "matching": sum(r == "candidate" for r in in_scope)}
    return progress, dict(sorted(kinds.items(), key=lambda kn: (-kn[1], kn[0])))


def _tallied(tb: TermBase) -> tuple[dict[str, int], dict[str, int]]:
    return (tb.review_counts(kinds=["domain"], statuses=[Review.CANDIDATE]), tb.kind_counts())


def test_review_counts_follow_every_kind_of_change(tb: TermBase) -> None:
    """The page's counts come from a tally kept by the schema's triggers (issue 11: the first
    page fast at 100,000 terms); after adds, decisions, kind changes, renames, removals,
    merges and undo they are what counting the terms gives."""
    ids = _queue_base(tb)
    assert _tallied(tb) == _counted(tb)
    assert tb.kind_counts() == {"domain": 7, "name": 2, "acronym": 1, "manual": 1, "quoted": 1}
    review_set = tb.update_term
    review_set(ids["black soil"], "wang", review=Review.APPROVED.value)
    review_set(ids["thin soil"], "wang", review=Review.REJECTED.value)
    review_set(ids["ZW"], "wang", type=TermType.FULL_FORM.value)          # acronym → its concept's kind
    assert _tallied(tb) == _counted(tb)
    a = tb.find("soil health")[0][0]
    b = tb.find("green soil")[0][0]
    tb.merge_concepts(a, b, "li")
    tb.remove_term(ids["black earth"], "li")
    tb.add_concept(Concept(terms=(Term("grassland park"), Term("草原公园", "zh-Hans")), kind="name"))
    assert _tallied(tb) == _counted(tb)
    tb.undo("li")
    tb.undo("wang")
    assert _tallied(tb) == _counted(tb)
    with pytest.raises(RuntimeError):                       # a rolled-back change counts nothing
        with tb.transaction():
            tb.update_term(ids["good use"], "wang", review=Review.APPROVED.value)
            raise RuntimeError("interrupted")
    assert _tallied(tb) == _counted(tb)
    tb.compact_tally()                                      # folding changes no count
    assert _tallied(tb) == _counted(tb)
    groups = tb.q("SELECT lang, qkind, review FROM term_tally")
    assert len(groups) == len(set(groups))                  # one row per group once folded


def test_review_counts_tally_is_filled_by_the_migration(db: str) -> None:
    """A term base made before the tally (schema 5) gets it, filled, when opened (and the
    later versions with it)."""
    from termsmith.store import open_store

    with open_store(db) as tb:
        _queue_base(tb)
        tb.update_term(tb.find("black soil")[0][1], "wang", review=Review.APPROVED.value)
        expected = _counted(tb)
        tb.run("DROP TABLE term_tally")
        tb.run("DROP TABLE unit_gram_count")                # version 7's
        for name in ("insert", "delete", "update"):
            tb.run(f"DROP TRIGGER term_tally_{name}" + (" ON term" if tb.dialect == "postgresql" else ""))
        if tb.dialect == "postgresql":
            for fn in ("added", "removed", "changed"):
                tb.run(f"DROP FUNCTION termsmith_tally_{fn}")
            tb.run("UPDATE termsmith_schema SET version = 5")
        else:
            tb.run("PRAGMA user_version = 5")
    with open_store(db) as tb:
        assert tb.schema_version == len(MIGRATIONS)
        assert _tallied(tb) == expected


def test_merge_never_leaves_two_identical_terms(tb: TermBase) -> None:
    """Issue 15 item 3: a term renamed to its twin's text merges into it."""
    a = tb.add_concept(_concept("Maqu wetland"))
    b = tb.add_concept(_concept("Maqu wetlands park"))
    (tid,) = [t.id for t in tb.get(b).terms]
    assert tid is not None
    tb.update_term(tid, "rev", text="Maqu wetland")
    tb.merge_concepts(a, b, "rev")
    merged = tb.get(a)
    assert [t.text for t in merged.terms] == ["Maqu wetland"]
    assert len(merged.terms[0].contexts) == 2                  # both sentences kept
    assert {c for c, _ in tb.find("Maqu wetlands park")} == {a}   # the old name still finds it


def test_version_rises_with_each_edit_and_stale_writes_conflict(tb: TermBase) -> None:
    from termsmith.errors import ConflictError

    cid = tb.add_concept(_concept())
    v = tb.get(cid).version
    assert v == tb.version(cid) == 1
    assert tb.update_concept(cid, "ana", note="first", expected_version=v) == 1
    assert tb.version(cid) == 2
    with pytest.raises(ConflictError, match=r"ana set note to 'first'") as err:
        tb.update_concept(cid, "ben", definition="late", expected_version=v)
    assert err.value.current == 2 and err.value.expected == 1
    assert tb.get(cid).definition is None                      # nothing written
    assert tb.update_concept(cid, "ana", note="first", expected_version=2) == 0   # no change
    assert tb.version(cid) == 2
    assert [h.version for h in tb.history(cid)] == [2]


def test_text_search_finds_substrings_literally_with_the_trigram_index(tb: TermBase) -> None:
    """``terms --grep`` on PostgreSQL reads a pg_trgm index (issue 11); the search stays a
    literal, case-folded substring search: % and _ are characters, not wildcards."""
    for text in ("Songhua River basin", "100% renewable grid", "grid_code rules", "gridlock"):
        tb.add_concept(Concept(terms=(Term(text),), kind="domain"))
    if tb.dialect == "postgresql":
        assert tb.one("SELECT to_regclass('term_fold_trgm') IS NOT NULL") == (True,)
    assert [r.term for r in tb.rows(Filter(text="RIVER BAS"))] == ["Songhua River basin"]
    assert [r.term for r in tb.rows(Filter(text="% renew"))] == ["100% renewable grid"]
    assert [r.term for r in tb.rows(Filter(text="d_c"))] == ["grid_code rules"]
    assert sorted(r.term for r in tb.rows(Filter(text="grid"))) == [
        "100% renewable grid", "grid_code rules", "gridlock"]


def test_terms_looked_up_by_many_keys_are_those_of_the_language_asked(tb: TermBase) -> None:
    """An acronym written the same in both languages (WTO in a Chinese text too) is two
    terms; a batch look-up by key finds the one of the language asked, or its alias."""
    from termsmith.normalize import key

    with tb.transaction():
        en = tb.add_concept(Concept(terms=(Term("WTO", "en"), Term("世界贸易组织", "zh-Hans"))))
        zh = tb.add_concept(Concept(terms=(Term("WTO", "zh-Hans"),)))
        tb.add_concept(Concept(terms=(Term("Belt and Road Initiative", "en"),)))
    found = tb.find_terms_by_keys("zh-Hans", [key("WTO"), key("世界贸易组织"), key("nothing")])
    assert {k: cid for k, (cid, _) in found.items()} == {key("WTO"): zh, key("世界贸易组织"): en}
    found = tb.find_terms_by_keys("en", [key("WTO"), key("Belt and Road Initiative")])
    assert found[key("WTO")][0] == en and len(found) == 2
